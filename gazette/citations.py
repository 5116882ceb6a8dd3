"""The gazette explained in the news: legal documents cited by pages (``DocumentCitation``, models.py).

* ``documents_base``: where the documents' pages are for a page's readers (the gazette index of its language, else
  the Vietnamese one: the documents are Vietnamese), from the cache.
* ``explaining_pages``: the live, public pages of one language that cite a document, newest first, for the
  document's page.
"""

from django.core.cache import cache
from django.db.models import Exists, OuterRef
from wagtail.models import Page

from thainguyen_portal.core.fulltext.indexing import as_datetime
from thainguyen_portal.core.publishing.frame import public

from .signals import INDEX_URL_CACHE_SECONDS, VIETNAMESE_INDEX_URL_CACHE_KEY

# The document's page lists at most this many articles (the newest).
EXPLAINING_PAGES_SHOWN = 10


def _vietnamese_index_url():
    url = cache.get(VIETNAMESE_INDEX_URL_CACHE_KEY)
    if url is None:
        from .searching import _index_page

        index = _index_page()
        url = index.url if index is not None and index.url else ""
        cache.set(VIETNAMESE_INDEX_URL_CACHE_KEY, url, INDEX_URL_CACHE_SECONDS)
    return url


def documents_base(home_page=None):
    """The URL under which a document's page is ``van-ban/<slug>/``: the gazette under `home_page` (the cited
    page's home page), else the Vietnamese gazette; "" when there is no live gazette."""
    from .wagtail_hooks import _index_url

    url = _index_url(home_page) if home_page is not None else ""
    return url or _vietnamese_index_url()


def is_cited():
    """An ``Exists`` annotation of a document queryset: does any page cite the document?"""
    from .models import DocumentCitation

    return Exists(DocumentCitation.objects.filter(document_id=OuterRef("pk")))


def explaining_pages(document, locale_id, request=None, limit=EXPLAINING_PAGES_SHOWN):
    """The live, public pages in the locale `locale_id` citing `document`, newest first, as dicts of ``title``,
    ``date`` (the page's own date, ``search_date()``, else its first publication) and ``url``. Two queries (the
    pages, then their specific fields; one more per other page type), none when the document is not cited
    (``document.is_cited``, annotated by the view)."""
    from .models import DocumentCitation

    if not getattr(document, "is_cited", True):
        return []
    pages = (
        public(Page.objects.live(), request)
        .filter(locale_id=locale_id, pk__in=DocumentCitation.objects.filter(document=document).values("page_id"))
        .order_by("-first_published_at", "-pk")
        .defer_streamfields()
        .specific()[:limit]
    )
    found = []
    for page in pages:
        own_date = page.search_date() if callable(getattr(page, "search_date", None)) else None
        day = as_datetime(own_date) or page.first_published_at
        found.append({"title": page.title, "date": day, "url": page.get_url(request)})
    found.sort(key=lambda item: item["date"], reverse=True)
    return found
