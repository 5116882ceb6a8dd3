"""Site search over the live pages (and registered sources) of the reader's language.

``/tim-kiem/?q=…`` (``/en/search/`` in English) answers the results page; the same URL with ``format=json``
answers the suggestions the search box shows while the reader types. Any input gives a page: odd characters are
dropped, a long query is cut with a note, a malformed filter gives a message and is ignored.
"""

import datetime
import hashlib

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, PageViewRestriction

from thainguyen_portal.core.fulltext.engine import find, max_results, order, suggest
from thainguyen_portal.core.fulltext.indexing import kind_choices
from thainguyen_portal.core.fulltext.query import MAX_QUERY_LENGTH, MAX_TERMS, parse_query
from thainguyen_portal.core.fulltext.snippets import highlight
from thainguyen_portal.core.fulltext.text import fold, normalise, syllables
from thainguyen_portal.core.models import TextEntry
from thainguyen_portal.core.pages.filters import query_dates
from thainguyen_portal.core.security.ratelimit import ratelimit

from . import stats
from .models import QueryStat
from .promotions import promotions_for

PER_PAGE = 10
SUGGESTION_CACHE_SECONDS = 300
SORTS = ("relevance", "date")


def clean_query(raw):
    """Printable characters only, whitespace collapsed, at most MAX_QUERY_LENGTH characters."""
    return normalise(raw)[:MAX_QUERY_LENGTH]


def _locale_id():
    ids = cache.get("search:locale-ids")
    if ids is None:
        ids = dict(Locale.objects.values_list("language_code", "id"))
        cache.set("search:locale-ids", ids, 3600)
    return ids.get(translation.get_language()) or ids.get("vi")


def _restricted_paths():
    """Tree paths of pages behind a view restriction (password, sign-in, groups): they and their subtrees are
    not public. One query."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _public(queryset, restricted):
    if restricted:
        hidden = Q()
        for path in restricted:
            hidden |= Q(path__startswith=path)
        queryset = queryset.exclude(hidden)
    return queryset


def _entries(locale_id, restricted=None):
    if restricted is None:
        restricted = _restricted_paths()
    return _public(TextEntry.objects.filter(locale_id=locale_id), restricted)


def suggestion_words(typed):
    """The folded words of what was typed, letters and digits only: "Đặc san, Tr" -> ["dac", "san", "tr"]."""
    return [fold(word) for word in syllables(typed)][:MAX_TERMS]


def _popular_queries(words, limit=3):
    """Past queries that found something and begin with what is being typed, most asked first."""
    typed = " ".join(words)
    rows = QueryStat.objects.filter(hits__gte=3).order_by("-hits").values_list("query", "hits", "zero_hits")[:500]
    return [query for query, hits, zero in rows if zero < hits and fold(query).startswith(typed)][:limit]


def _moment(day, end=False):
    """The first (or last) moment of a day, in the portal's time zone; None for no day."""
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.max if end else datetime.time.min))


def _sections(locale_id, restricted):
    """The top sections of the reader's language (children of the home page that have pages under them)."""
    pages = Page.objects.live().filter(depth=3, locale_id=locale_id, numchild__gt=0)
    return list(_public(pages, restricted).order_by("path").values_list("pk", "title", "path"))


# Per client address (core.security.ratelimit); operators change them with PORTAL_RATE_LIMITS = {"search": "…"}. The box
# asks for suggestions as the reader types (after a pause), so they get a higher rate of their own.
SEARCH_RATE = "60/m"
SUGGEST_RATE = "240/m"


@ratelimit("suggest", rate=SUGGEST_RATE, methods=None)
def suggestions(request):
    query = clean_query(request.GET.get("q", ""))
    words = suggestion_words(query)
    titles = []
    if len("".join(words)) >= 2:
        locale_id = _locale_id()
        digest = hashlib.sha1(" ".join(words).encode()).hexdigest()
        key = f"search:suggest:{locale_id}:{digest}"
        titles = cache.get(key)
        if titles is None:
            titles = suggest(_entries(locale_id), words)
            popular = [query for query in _popular_queries(words) if fold(query) not in {fold(t) for t in titles}]
            titles = (titles[:1] + popular + titles[1:])[:8]
            cache.set(key, titles, SUGGESTION_CACHE_SECONDS)
    response = JsonResponse({"query": query, "suggestions": titles})
    response["Cache-Control"] = f"public, max-age={SUGGESTION_CACHE_SECONDS}"
    return response


def search(request):
    """The results page, or the suggestions (``format=json``): each with its own rate limit."""
    if request.GET.get("format") == "json":
        return suggestions(request)
    return results_page(request)


@ratelimit("search", rate=SEARCH_RATE, methods=None)
def results_page(request):
    language = translation.get_language() or "vi"
    parsed = parse_query(request.GET.get("q", ""), language=language)
    messages = []
    if parsed.truncated:
        messages.append(
            _("Your search was too long and has been cut to its first %(count)s characters.")
            % {"count": MAX_QUERY_LENGTH}
        )

    locale_id = _locale_id()
    kinds = kind_choices()
    kind = request.GET.get("type", "")
    if kind and kind not in dict(kinds):
        messages.append(_("Unknown content type: showing every type."))
        kind = ""
    sort = request.GET.get("sort", "relevance")
    if sort not in SORTS:
        sort = "relevance"
    days, bad_dates = query_dates(request.GET, "from", "to")
    date_from, date_to = _moment(days.get("from")), _moment(days.get("to"), end=True)
    if bad_dates:
        messages.append(_("Dates are written like 26/11/2026; the malformed date was ignored."))
    if date_from and date_to and date_from > date_to:
        messages.append(_("The start date was after the end date; the two have been swapped."))
        date_from, date_to = (
            timezone.make_aware(datetime.datetime.combine(timezone.localtime(date_to).date(), datetime.time.min)),
            timezone.make_aware(datetime.datetime.combine(timezone.localtime(date_from).date(), datetime.time.max)),
        )

    restricted = _restricted_paths()
    sections = _sections(locale_id, restricted)
    section = None
    section_value = request.GET.get("section", "")
    if section_value:
        section = next((row for row in sections if str(row[0]) == section_value), None)
        if section is None:
            messages.append(_("Unknown section: showing every section."))

    results = None
    promoted = []
    if not parsed.is_empty:
        entries = _entries(locale_id, restricted)
        if kind:
            entries = entries.filter(kind=kind)
        if section:
            entries = entries.filter(path__startswith=section[2])
        if date_from:
            entries = entries.filter(date__gte=date_from)
        if date_to:
            entries = entries.filter(date__lte=date_to)
        # One query for the newest max_results() matches, ranked here (core/fulltext/engine.py); one for the page's.
        parsed, found = find(entries, parsed)
        rows = order(found, sort)
        results = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
        if results.object_list:
            loaded = TextEntry.objects.defer("title_folded", "text_folded", "text_exact", "search_vector").in_bulk(
                [row.pk for row in results.object_list]
            )
            results.object_list = [loaded[row.pk] for row in results.object_list if row.pk in loaded]
        promotions = promotions_for(parsed.text) if results.number == 1 else []

        page_ids = {entry.page_id for entry in results if entry.page_id}
        page_ids |= {promotion["page_id"] for promotion in promotions if promotion["page_id"]}
        pages = {}
        if page_ids:
            pages = {page.pk: page for page in Page.objects.live().filter(pk__in=page_ids)}
        for entry in results:
            page = pages.get(entry.page_id)
            entry.link = page.get_url(request) if page else entry.url
            entry.snippet = highlight(entry.body, parsed)
            entry.title_html = highlight(entry.title, parsed, whole=True)
        for promotion in promotions:
            page = pages.get(promotion["page_id"])
            if page is not None and page.locale_id == locale_id:
                promoted.append({"url": page.get_url(request), "title": page.title, **_text(promotion)})
            elif not promotion["page_id"] and promotion["url"]:
                promoted.append(
                    {"url": promotion["url"], "title": promotion["title"] or promotion["url"], **_text(promotion)}
                )
        stats.record(parsed.text, found=bool(results.paginator.count or promoted))
    elif request.GET.get("q", "").strip():
        messages.append(_("Type a word or two to search for: the search ignores punctuation and symbols."))

    params = request.GET.copy()
    params.pop("page", None)
    params.pop("format", None)
    context = {
        "search_query": parsed.text,
        "notices": parsed.notices,
        "corrected": parsed.corrected,
        "relaxed": parsed.relaxed,
        "legal_documents": _legal_documents_link(results, kind),
        "search_results": results,
        "promoted": promoted,
        "messages_search": messages,
        "kinds": kinds,
        "kind": kind,
        "sections": [(pk, title) for pk, title, _path in sections],
        "section": section[0] if section else None,
        "sort": sort,
        "date_from": request.GET.get("from", "")[:20],
        "date_to": request.GET.get("to", "")[:20],
        "page_query": params.urlencode(),
        # Only the newest max_results() matches are counted and ranked (search/query.py).
        "results_capped": results is not None and results.paginator.count >= max_results(),
        "max_results": number_format(max_results(), force_grouping=True),
    }
    return render(request, "search/search.html", context)


def _legal_documents_link(results, kind):
    """Where legal documents are among the results (or filtered for): the gazette lookup, for its full filters."""
    if results is None:
        return None
    from thainguyen_portal.core.fulltext.indexing import registered_sources

    kinds = {entry.kind for entry in results}
    for source in registered_sources():
        if source.kind in kinds or source.kind == kind:
            return getattr(source, "lookup_url", None)
    return None


def _text(promotion):
    return {"description": promotion["description"]}
