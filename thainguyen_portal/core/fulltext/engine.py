"""Matching, counting and ranking: one rule, the same answer on SQLite and PostgreSQL.

**What matches.** An entry matches when it holds every group of the query (``query.py``), each group in any of its
forms (a synonym, a place's successor), each form as written: a form of up to three syllables side by side, a
longer one as each of its three-syllable windows. Or when it holds one of the query's keys (a document number).

* SQLite: ``text_folded LIKE '% chuyen doi so %'`` on the folded token string.
* PostgreSQL: ``search_vector @@ '''chuyen doi so'''::tsquery``: the vector holds every token, pair and triple of
  the entry (indexing.py), so the same test is one GIN lookup with no recheck.

**How many.** Only the newest ``SEARCH_MAX_RESULTS`` (1,000) matches are counted and ranked; more is announced as
"1,000 or more". On PostgreSQL they are found window by window (the last 7 days, 30, 90, a year, the rest) in one
``UNION ALL`` with a ``LIMIT``, each window one scan of the GIN index that also holds the date.

**Ranking** (``score``, Python over the candidates' title and first ~1,500 characters, so both databases rank
alike): a document number typed → that document first; the whole query side by side in the title, then in the
opening; each group in the title and opening; each pair of neighbouring query syllables found side by side; with
tone marks typed, the same with the marks (``đổi`` is not ``đối``); how much of a short title the query covers;
and for news, recency (half the bonus every 90 days). Ties: newest first.
"""

import functools
import math
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, F, Func, Q, Value
from django.db.models.functions import Collate, Substr
from django.db.models.lookups import GreaterThan
from django.utils import timezone

from .indexing import KEY_PREFIX, ngrams
from .text import token_string

HEAD_CHARACTERS = 1500
WINDOWS = (7, 30, 90, 365)


@functools.cache
def recency_kinds():
    """The kinds whose results a recent date lifts: the areas that declare ``search_recency`` (core/areas.py)."""
    from ..areas import areas

    return frozenset(area.label for area in areas() if area.search_recency)


RECENCY_HALF_LIFE_DAYS = 90


def uses_postgres():
    return connection.vendor == "postgresql"


def max_results():
    return max(1, int(getattr(settings, "SEARCH_MAX_RESULTS", 1000)))


# --- matching -----------------------------------------------------------------------------------------------


def _form_lexemes(form):
    form = list(form)
    return [" ".join(form)] if len(form) <= 3 else ngrams(form, 3)


def tsquery(parsed):
    """The query as a tsquery literal over the portal's own lexemes ('' when nothing can match)."""
    groups = []
    for group in parsed.groups:
        forms = [" & ".join(f"'{lexeme}'" for lexeme in _form_lexemes(form)) for form in group.alternatives if form]
        if forms:
            groups.append("(" + " | ".join(f"({form})" for form in forms) + ")")
    text = " & ".join(groups)
    keys = " | ".join(f"'{KEY_PREFIX}{key}'" for key in parsed.keys)
    if text and keys:
        return f"({text}) | {keys}"
    return text or keys


def _pg_match(query):
    """``search_vector @@ '<query>'::tsquery``, built from the column (so it holds in subqueries, whose tables
    Django renames)."""
    tsq = Func(Value(query), template="%(expressions)s::tsquery")
    return Func(F("search_vector"), tsq, arg_joiner=" @@ ", template="(%(expressions)s)", output_field=BooleanField())


def condition(parsed):
    """What an entry must hold, as a filter of ``TextEntry`` querysets."""
    if uses_postgres():
        query = tsquery(parsed)
        if not query:
            return Q(pk__in=[])
        return Q(_pg_match(query))
    text = Q()
    for group in parsed.groups:
        forms = Q()
        for form in group.alternatives:
            windows = Q()
            for lexeme in _form_lexemes(form):
                windows &= Q(text_folded__contains=f" {lexeme} ")
            forms |= windows
        text &= forms
    keys = Q()
    for key in parsed.keys:
        keys |= Q(keys__contains=f" {key} ")
    if parsed.groups and parsed.keys:
        return text | keys
    if parsed.groups:
        return text
    return keys if parsed.keys else Q(pk__in=[])


# --- candidates ----------------------------------------------------------------------------------------------------

_NEWEST_FIRST = (F("date").desc(nulls_last=True), "-pk")
FIELDS = ("pk", "date", "kind", "source", "object_id", "page_id", "keys", "title_folded")
# The opening (title and first characters of the body) is read for this many of the best-placed candidates only.
HEAD_READ = 120


@dataclass
class Candidate:
    pk: int
    date: object
    kind: str
    source: str
    object_id: int
    page_id: int
    keys: str
    title_folded: str
    head_folded: str = ""
    head_exact: str = ""
    score: float = 0.0


def _newest_sql(matching, limit, now, fields):
    """PostgreSQL: the newest ``limit`` rows of ``matching``, window by window (see the module's docstring)."""
    now = now or timezone.now()
    bounds = [now - timedelta(days=days) for days in WINDOWS]

    def below(moment):
        # "date + 0 seconds" keeps the upper bound out of the GIN index (a lower bound alone is what it answers well)
        shifted = Func(F("date"), template="(%(expressions)s + interval '0 seconds')")
        return Q(GreaterThan(Value(moment), shifted))

    parts, newer = [], None
    for older in bounds:
        window = matching.filter(date__gte=older)
        parts.append(window.filter(below(newer)) if newer is not None else window)
        newer = older
    parts.append(matching.filter(Q(below(newer)) | Q(date__isnull=True)))
    sqls, params = [], []
    for part in parts:
        sql, part_params = part.order_by(*_NEWEST_FIRST).values_list(*fields)[:limit].query.sql_with_params()
        sqls.append(f"({sql})")
        params.extend(part_params)
    return f"SELECT newest.* FROM ({' UNION ALL '.join(sqls)}) AS newest LIMIT %s", [*params, limit]


def candidates(queryset, parsed, now=None, limit=None):
    """The newest ``max_results()`` entries of ``queryset`` that match, as ``Candidate``s (one query)."""
    limit = limit or max_results()
    if parsed.is_empty:
        return []
    matching = queryset.filter(condition(parsed))
    if uses_postgres():
        sql, params = _newest_sql(matching, limit, now, FIELDS)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
    else:
        rows = list(matching.order_by(*_NEWEST_FIRST).values_list(*FIELDS)[:limit])
    return [Candidate(*row) for row in rows]


def find(queryset, parsed, now=None, limit=None):
    """The ranked candidates of a query; when nothing holds its phrases side by side, those of the same query with
    the phrases cut into syllables. Returns ``(parsed, candidates)``: the parsed query that was used."""
    found = candidates(queryset, parsed, now, limit)
    if not found and any(group.origin == "phrase" for group in parsed.groups):
        relaxed = parsed.relax()
        found = candidates(queryset, relaxed, now, limit)
        if found:
            parsed = relaxed
    rank(found, parsed, now)
    return parsed, found


def rank(found, parsed, now=None):
    """Score the candidates: all of them on their title, key and date; the ``HEAD_READ`` best placed of those
    also on their opening (one more query), which the others are not worth reading for."""
    for candidate in found:
        candidate.score = score_title(candidate, parsed, now)
    best = sorted(found, key=lambda c: (c.score, c.date is not None, c.date or 0, c.pk), reverse=True)[:HEAD_READ]
    by_pk = {candidate.pk: candidate for candidate in best}
    if not by_pk:
        return found
    from thainguyen_portal.core.models import TextEntry

    heads = TextEntry.objects.filter(pk__in=list(by_pk)).values_list(
        "pk", Substr("text_folded", 1, HEAD_CHARACTERS), Substr("text_exact", 1, HEAD_CHARACTERS)
    )
    for pk, head_folded, head_exact in heads:
        candidate = by_pk[pk]
        candidate.head_folded, candidate.head_exact = head_folded or "", head_exact or ""
        candidate.score += score_head(candidate, parsed)
    return found


# --- ranking ------------------------------------------------------------------------------------------------------


def score_title(candidate, parsed, now=None):
    """Points from the key, the title (folded) and the date."""
    title = candidate.title_folded or ""
    title_tokens = title.split()
    value = 0.0
    if parsed.keys and candidate.keys:
        for rank_, key in enumerate(parsed.keys):
            if f" {key} " in candidate.keys:
                value += 1000 - 10 * rank_
                break
    tokens = parsed.tokens
    if len(tokens) > 1 and token_string(tokens) in title:
        value += 40
    for group in parsed.groups:
        if any(token_string(form) in title for form in group.alternatives):
            value += 10 * (1 + 0.5 * (len(group.tokens) - 1))
        if any(token_string(form) in title for form in group.boosts):
            value += 10
    for pair in ngrams(tokens, 2):
        if f" {pair} " in title:
            value += 4
    if title_tokens:
        typed = set(tokens)
        value += 6 * sum(1 for token in title_tokens if token in typed) / len(title_tokens)
    if candidate.kind in recency_kinds() and candidate.date is not None:
        age = max(0.0, ((now or timezone.now()) - candidate.date).total_seconds() / 86400)
        value += 4 * math.pow(0.5, age / RECENCY_HALF_LIFE_DAYS)
    return value


def score_head(candidate, parsed):
    """Points from the opening (what the title did not already give) and from the tone marks typed."""
    title = candidate.title_folded or ""
    head = candidate.head_folded or ""
    title_count = len(title.split())
    head_exact_tokens = (candidate.head_exact or "").split()
    title_exact = token_string(head_exact_tokens[:title_count])
    head_exact = " " + " ".join(head_exact_tokens) + " "
    tokens = parsed.tokens
    value = 0.0
    if len(tokens) > 1:
        whole = token_string(tokens)
        if whole not in title and whole in head:
            value += 12
    for group in parsed.groups:
        forms = [token_string(form) for form in group.alternatives]
        if not any(form in title for form in forms) and any(form in head for form in forms):
            value += 3 * (1 + 0.5 * (len(group.tokens) - 1))
        boosts = [token_string(form) for form in group.boosts]
        if not any(form in title for form in boosts) and any(form in head for form in boosts):
            value += 6
    for pair in ngrams(tokens, 2):
        fragment = f" {pair} "
        if fragment not in title and fragment in head:
            value += 1.5
    exact = [token for token in parsed.exact if token]
    if exact and token_string(exact) != token_string(tokens):  # tone marks typed
        whole = token_string(exact)
        if len(exact) > 1 and whole in title_exact:
            value += 15
        elif len(exact) > 1 and whole in head_exact:
            value += 5
        for token in set(exact):
            fragment = f" {token} "
            value += 2 if fragment in title_exact else (0.5 if fragment in head_exact else 0)
    return value


def score(candidate, parsed, now=None):
    """The whole score of a candidate whose opening is read (``head_folded``/``head_exact`` set)."""
    return score_title(candidate, parsed, now) + score_head(candidate, parsed)


def order(found, sort="relevance"):
    """Candidates by relevance (score, then newest) or by date (newest first; undated last)."""
    newest = sorted(found, key=lambda c: c.pk, reverse=True)
    newest.sort(key=lambda c: (c.date is not None, c.date or 0), reverse=True)
    if sort == "date":
        return newest
    return sorted(newest, key=lambda c: c.score, reverse=True)


# --- suggestions ----------------------------------------------------------------------------------------------


def suggest(queryset, words, limit=8):
    """Titles for what is being typed (folded words, the last one a prefix): those that begin with it first
    (shortest first), then, when there are not enough and at least four letters were typed, those holding it
    further in (newest first). The first query walks the prefix index on the title (byte order, ``COLLATE "C"``
    on PostgreSQL); the second its trigram index."""
    if not words:
        return []
    typed = " ".join(words)
    if uses_postgres():
        prefixed = queryset.alias(title_c=Collate("title_folded", "C")).filter(title_c__startswith=f" {typed}")
        prefixed = prefixed.order_by("title_c")
    else:
        prefixed = queryset.filter(title_folded__startswith=f" {typed}").order_by("title_folded")
    starting = list(prefixed.values_list("title", flat=True)[: limit * 4])
    starting.sort(key=len)
    titles = list(dict.fromkeys(starting))
    if len(titles) < limit and len(typed.replace(" ", "")) >= 4:
        inner = queryset.filter(title_folded__contains=f" {typed}").exclude(title_folded__startswith=f" {typed}")
        titles.extend(inner.order_by(*_NEWEST_FIRST).values_list("title", flat=True)[: limit * 3])
    return list(dict.fromkeys(titles))[:limit]
