"""Site search over the live pages of the reader's language.

Issue 7 makes the matching Vietnamese-aware; this view already keeps to the reader's locale, paginates
forgivingly (a wrong ?page= shows the first or last page) and never fails on odd input.
"""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import translation
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


def clean_query(raw):
    """Printable characters only, whitespace collapsed, at most MAX_QUERY_LENGTH characters."""
    printable = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        locale = Locale.objects.filter(language_code=translation.get_language()).first()
        pages = Page.objects.live().public().specific()
        if locale is not None:
            pages = pages.filter(locale=locale)
        paginator = Paginator(pages.search(query), PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"search_query": query, "search_results": results})
