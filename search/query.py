"""Finding entries: the same reading of the query on both databases, two ways of matching.

Only the newest ``SEARCH_MAX_RESULTS`` (1,000) matches are counted and ranked (``candidates``, one query; on
PostgreSQL window by window, ``_newest_sql``): a query whose common syllables match tens of thousands of entries
costs what its newest thousand cost.

* PostgreSQL: the ``search_vector`` column (``portal_vietnamese`` = simple + unaccent, in a GIN index with the
  date) matched with ``plainto_tsquery`` for the words and ``phraseto_tsquery`` for each phrase; ranked by ``ts_rank`` on the small
  title vector plus, when the reader typed tone marks, the rank against ``title_exact`` (marks kept), so exact
  matches come first; then newest first. The large body vector is never read for ranking (it is what makes
  PostgreSQL full-text ranking slow on big tables).
* SQLite (and any other database): the folded word strings, ``text_folded LIKE '% dac san %'``; ranked by
  title matches, body matches and exact-mark matches (``text_exact``).
"""

from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, Case, F, FloatField, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils import timezone

from .models import SearchEntry
from .text import MAX_TERMS, fold, token_string, tokens

CONFIG = "portal_vietnamese"


def _like_fragment(words):
    return token_string(words)


def uses_postgres():
    return connection.vendor == "postgresql"


def _pg_tsquery(parsed, config, folded):
    words = parsed.folded_words if folded else parsed.words
    phrases = parsed.folded_phrases if folded else parsed.phrases
    parts, params = [], []
    if words:
        parts.append(f"plainto_tsquery('{config}', %s)")
        params.append(" ".join(words))
    for phrase in phrases:
        parts.append(f"phraseto_tsquery('{config}', %s)")
        params.append(" ".join(phrase))
    return " && ".join(parts), params


def max_results():
    """How many matches are ranked: the newest ``SEARCH_MAX_RESULTS`` (1,000). A query that matches more says so
    ("1,000 or more results") instead of counting and ranking tens of thousands of rows."""
    return max(1, int(getattr(settings, "SEARCH_MAX_RESULTS", 1000)))


# Date windows, newest first (days back from now): PostgreSQL looks for the newest matches in the first window and
# only goes on to the next while it has fewer than it needs (see ``_newest_sql``).
WINDOWS = (7, 30, 90, 365)
SUGGESTION_WINDOWS = (30, 365)  # a suggestion needs only a few titles


def _condition(parsed):
    """What an entry must contain: every word and every phrase."""
    if uses_postgres():
        tsq, params = _pg_tsquery(parsed, CONFIG, folded=False)
        return RawSQL(f"search_searchentry.search_vector @@ ({tsq})", params, output_field=BooleanField())
    condition = Q()
    for words_folded, _words_exact in _groups(parsed):
        condition &= Q(text_folded__contains=_like_fragment(words_folded))
    return condition


def _rank(parsed):
    """Higher is better: title matches above body matches; with tone marks typed, exact-mark matches first."""
    if uses_postgres():
        tsq, params = _pg_tsquery(parsed, CONFIG, folded=False)
        any_tsq = f"replace(({tsq})::text, '&', '|')::tsquery"
        rank_sql = f"ts_rank(search_searchentry.title_vector, {any_tsq})"
        rank_params = list(params)
        if parsed.has_marks:
            exact_tsq, exact_params = _pg_tsquery(parsed, "simple", folded=False)
            rank_sql += (
                f" + 2 * ts_rank(search_searchentry.title_exact, replace(({exact_tsq})::text, '&', '|')::tsquery)"
            )
            rank_params += exact_params
        return RawSQL(rank_sql, rank_params, output_field=FloatField())
    rank = Value(0, output_field=IntegerField())
    for words_folded, words_exact in _groups(parsed):
        folded = _like_fragment(words_folded)
        exact = _like_fragment(words_exact)
        rank = (
            rank
            + Case(When(title_folded__contains=folded, then=Value(3)), default=Value(0))
            + Case(When(text_exact__contains=exact, then=Value(2)), default=Value(0))
            + Value(1)
        )
    return Cast(rank, FloatField())


def _groups(parsed):
    groups = [([word], [exact]) for word, exact in zip(parsed.folded_words, parsed.words, strict=True)]
    return groups + list(zip(parsed.folded_phrases, parsed.phrases, strict=True))


_NEWEST_FIRST = (F("date").desc(nulls_last=True), "-pk")


def _newest_sql(matching, limit, now, fields, windows=WINDOWS):
    """PostgreSQL: SQL and parameters for the newest ``limit`` rows of ``matching`` (``fields`` of each), newest
    first.

    A ``UNION ALL`` of date windows (the last 7 days, 30, 90, a year; then the older and undated matches),
    each the newest matches of its window, with ``LIMIT`` over the whole. PostgreSQL runs the parts in order and
    stops as soon as it has ``limit`` rows, and a window is one scan of the GIN index that holds the date
    (migration 0003) visiting only that window's rows: a word found in 60,000 entries costs what its newest
    thousand cost; a rare word costs what its few matches cost. Only a window's lower bound goes to the index (an
    upper bound would make the GIN scan enumerate every older date); the upper one is checked on the rows found
    (``date + interval '0 seconds'`` keeps it out of the index).
    """
    now = now or timezone.now()
    bounds = [now - timedelta(days=days) for days in windows]

    def below(moment):
        return RawSQL("search_searchentry.date + interval '0 seconds' < %s", [moment], output_field=BooleanField())

    parts = []
    newer = None
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


def candidates(queryset, parsed, now=None):
    """The newest ``max_results()`` entries of ``queryset`` that contain every word and every phrase, as
    ``(pk, date, rank)`` rows, newest first. One query."""
    matching = queryset.filter(_condition(parsed)).annotate(rank=_rank(parsed))
    if not uses_postgres():
        return list(matching.order_by(*_NEWEST_FIRST).values_list("pk", "date", "rank")[: max_results()])
    sql, params = _newest_sql(matching, max_results(), now, ("pk", "date", "rank"))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def order(rows, sort="relevance"):
    """``candidates()`` rows by relevance (rank, then newest) or by date (newest first; undated last)."""
    newest = sorted(rows, key=lambda row: row[0], reverse=True)  # ties: the latest entry first
    newest.sort(key=lambda row: (row[1] is not None, row[1] or 0), reverse=True)  # stable sorts
    if sort == "date":
        return newest
    return sorted(newest, key=lambda row: row[2], reverse=True)


def match(queryset, parsed, now=None):
    """``candidates()`` as a queryset of entries annotated with ``rank`` (higher is better)."""
    rows = candidates(queryset, parsed, now)
    return SearchEntry.objects.filter(pk__in=[row[0] for row in rows]).annotate(rank=_rank(parsed))


def suggestion_words(typed):
    """The folded words of what was typed, letters and digits only: "Đặc san, Tr" -> ["dac", "san", "tr"]."""
    return [fold(word) for word in tokens(typed)][:MAX_TERMS]


def suggest(queryset, words, limit=8):
    """Titles with the given words, the last one as a prefix: ["dac", "san", "tr"] -> "Đặc san Trà Việt"."""
    if not words:
        return []
    if uses_postgres():
        # Whole words, then the last one as a prefix, in the title: the title's GIN index (with the date) answers
        # it, newest first, window by window.
        terms = [*words[:-1], f"{words[-1]}:*"]
        condition = RawSQL(
            f"search_searchentry.title_vector @@ to_tsquery('{CONFIG}', %s)",
            [" & ".join(terms)],
            output_field=BooleanField(),
        )
    else:
        condition = Q(title_folded__contains=f" {words[-1]}")
        for word in words[:-1]:
            condition &= Q(title_folded__contains=f" {word} ")
    matching = queryset.filter(condition)
    if uses_postgres():
        sql, params = _newest_sql(matching, limit * 3, None, ("title",), windows=SUGGESTION_WINDOWS)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = [row[0] for row in cursor.fetchall()]
    else:
        rows = list(matching.order_by(*_NEWEST_FIRST).values_list("title", flat=True)[: limit * 3])
    seen, titles = set(), []
    for title in rows:
        if title not in seen:
            seen.add(title)
            titles.append(title)
    return titles[:limit]
