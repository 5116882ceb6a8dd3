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

import math
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, F, Func, Q, Value
from django.db.models.functions import Substr
from django.db.models.lookups import GreaterThan
from django.utils import timezone

from .indexing import KEY_PREFIX, ngrams
from .text import token_string

HEAD_CHARACTERS = 1500
WINDOWS = (7, 30, 90, 365)
RECENCY_KINDS = {"news"}
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
FIELDS = ("pk", "date", "kind", "source", "object_id", "page_id", "keys", "title_folded", "head_folded", "head_exact")


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
    head_folded: str
    head_exact: str
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
    matching = queryset.filter(condition(parsed)).annotate(
        head_folded=Substr("text_folded", 1, HEAD_CHARACTERS), head_exact=Substr("text_exact", 1, HEAD_CHARACTERS)
    )
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
    for candidate in found:
        candidate.score = score(candidate, parsed, now)
    return parsed, found


# --- ranking ------------------------------------------------------------------------------------------------------


def score(candidate, parsed, now=None):
    title = candidate.title_folded or ""
    head = candidate.head_folded or ""
    title_tokens = title.split()
    head_exact_tokens = (candidate.head_exact or "").split()
    title_exact = token_string(head_exact_tokens[: len(title_tokens)])
    head_exact = " " + " ".join(head_exact_tokens) + " "
    value = 0.0

    if parsed.keys and candidate.keys:
        for rank, key in enumerate(parsed.keys):
            if f" {key} " in candidate.keys:
                value += 1000 - 10 * rank
                break

    tokens = parsed.tokens
    if len(tokens) > 1:
        whole = token_string(tokens)
        if whole in title:
            value += 40
        elif whole in head:
            value += 12
    for group in parsed.groups:
        in_title = in_head = False
        for form in group.alternatives:
            fragment = token_string(form)
            in_title = in_title or fragment in title
            in_head = in_head or fragment in head
        weight = 1 + 0.5 * (len(group.tokens) - 1)
        value += 10 * weight if in_title else (3 * weight if in_head else 0)
    for pair in ngrams(tokens, 2):
        fragment = f" {pair} "
        value += 4 if fragment in title else (1.5 if fragment in head else 0)

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

    if title_tokens:
        covered = sum(1 for token in title_tokens if token in set(tokens))
        value += 6 * covered / len(title_tokens)

    if candidate.kind in RECENCY_KINDS and candidate.date is not None:
        age = max(0.0, ((now or timezone.now()) - candidate.date).total_seconds() / 86400)
        value += 4 * math.pow(0.5, age / RECENCY_HALF_LIFE_DAYS)
    return value


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
    (shortest first), then those holding it further in (newest first). Two small queries: the first through the
    prefix index on the title, the second through its trigram index on PostgreSQL."""
    if not words:
        return []
    typed = " ".join(words)
    starting = list(
        queryset.filter(title_folded__startswith=f" {typed}")
        .order_by("title_folded", "-date")
        .values_list("title", flat=True)[: limit * 4]
    )
    starting.sort(key=len)
    titles = list(dict.fromkeys(starting))
    if len(titles) < limit:
        inner = queryset.filter(title_folded__contains=f" {typed}").exclude(title_folded__startswith=f" {typed}")
        titles.extend(inner.order_by(*_NEWEST_FIRST).values_list("title", flat=True)[: limit * 3])
    return list(dict.fromkeys(titles))[:limit]
