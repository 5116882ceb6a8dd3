"""Finding entries: the same reading of the query on both databases, two ways of matching.

* PostgreSQL: the ``search_vector`` column (``portal_vietnamese`` = simple + unaccent, GIN-indexed) matched with
  ``plainto_tsquery`` for the words and ``phraseto_tsquery`` for each phrase; ranked by ``ts_rank`` on the small
  title vector plus, when the reader typed tone marks, the rank against ``title_exact`` (marks kept), so exact
  matches come first; then newest first. The large body vector is never read for ranking (it is what makes
  PostgreSQL full-text ranking slow on big tables).
* SQLite (and any other database): the folded word strings, ``text_folded LIKE '% dac san %'``; ranked by
  title matches, body matches and exact-mark matches (``text_exact``).
"""

from django.db import connection
from django.db.models import BooleanField, Case, F, FloatField, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

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


def match(queryset, parsed):
    """Entries that contain every word and every phrase, annotated with ``rank`` (higher is better)."""
    if uses_postgres():
        tsq, params = _pg_tsquery(parsed, CONFIG, folded=False)
        queryset = queryset.annotate(
            matched=RawSQL(f"search_searchentry.search_vector @@ ({tsq})", params, output_field=BooleanField())
        ).filter(matched=True)
        any_tsq = f"replace(({tsq})::text, '&', '|')::tsquery"
        rank_sql = f"ts_rank(search_searchentry.title_vector, {any_tsq})"
        rank_params = list(params)
        if parsed.has_marks:
            exact_tsq, exact_params = _pg_tsquery(parsed, "simple", folded=False)
            rank_sql += (
                f" + 2 * ts_rank(search_searchentry.title_exact, replace(({exact_tsq})::text, '&', '|')::tsquery)"
            )
            rank_params += exact_params
        return queryset.annotate(rank=RawSQL(rank_sql, rank_params, output_field=FloatField()))

    condition = Q()
    rank = Value(0, output_field=IntegerField())
    groups = [([word], [exact]) for word, exact in zip(parsed.folded_words, parsed.words, strict=True)]
    groups += list(zip(parsed.folded_phrases, parsed.phrases, strict=True))
    for words_folded, words_exact in groups:
        folded = _like_fragment(words_folded)
        exact = _like_fragment(words_exact)
        condition &= Q(text_folded__contains=folded)
        rank = (
            rank
            + Case(When(title_folded__contains=folded, then=Value(3)), default=Value(0))
            + Case(When(text_exact__contains=exact, then=Value(2)), default=Value(0))
            + Value(1)
        )
    return queryset.filter(condition).annotate(rank=Cast(rank, FloatField()))


def suggestion_words(typed):
    """The folded words of what was typed, letters and digits only: "Đặc san, Tr" -> ["dac", "san", "tr"]."""
    return [fold(word) for word in tokens(typed)][:MAX_TERMS]


def suggest(queryset, words, limit=8):
    """Titles with the given words, the last one as a prefix: ["dac", "san", "tr"] -> "Đặc san Trà Việt"."""
    if not words:
        return []
    if uses_postgres():
        # Whole words, then the last one as a prefix, in the title: the title's own GIN index answers it.
        terms = [*words[:-1], f"{words[-1]}:*"]
        queryset = queryset.annotate(
            matched=RawSQL(
                f"search_searchentry.title_vector @@ to_tsquery('{CONFIG}', %s)",
                [" & ".join(terms)],
                output_field=BooleanField(),
            )
        ).filter(matched=True)
    else:
        condition = Q(title_folded__contains=f" {words[-1]}")
        for word in words[:-1]:
            condition &= Q(title_folded__contains=f" {word} ")
        queryset = queryset.filter(condition)
    rows = queryset.order_by(F("date").desc(nulls_last=True), "-pk").values_list("title", flat=True)[: limit * 3]
    seen, titles = set(), []
    for title in rows:
        if title not in seen:
            seen.add(title)
            titles.append(title)
    return titles[:limit]
