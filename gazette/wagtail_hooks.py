"""The gazette in the admin: documents and fields as snippets, the late-items panel, and the home-page slot."""

from django.core.cache import cache
from django.urls import path, reverse
from django.utils.translation import get_language, gettext_lazy, pgettext_lazy
from django.utils.translation import gettext as _
from laces.components import Component
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from thainguyen_portal.core.operations.admin_menu import register_permission_menu_item
from thainguyen_portal.core.publishing import slots
from thainguyen_portal.core.publishing.slots import HomeSlot

from . import views_admin
from .generations import HOME_SLOT_GENERATION
from .models import GazetteIndexPage, LegalDocument, LegalField
from .schedule import late_items
from .signals import INDEX_URL_CACHE_SECONDS, index_url_cache_key

HOME_SLOT_COUNT = 5

# The partner API, the search sources, the sitemap and the home slot are declared in area.py.


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = gettext_lazy("Legal documents")
    list_display = ["number", "summary", "doc_type", "issue_date", "is_published"]
    list_filter = ["doc_type", "issuing_body", "is_published"]
    search_fields = ["number", "summary"]
    ordering = ["-issue_date"]
    list_per_page = 50


class LegalFieldViewSet(SnippetViewSet):
    model = LegalField
    icon = "tag"
    menu_label = pgettext_lazy("legal document", "Fields")
    list_display = ["name", "slug"]


class GazetteGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Gazette")
    menu_icon = "doc-full-inverse"
    menu_order = 240
    items = (LegalDocumentViewSet, LegalFieldViewSet)


register_snippet(GazetteGroup)


class LateItemsPanel(Component):
    """On the dashboard: issues past their due date and documents not published within the allowed days."""

    name = "gazette_late_items"
    template_name = "gazette/admin/late_panel.html"
    order = 120

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["late"] = late_items(limit=10)
        context["full_list_url"] = reverse("gazette_late_items")
        return context


@hooks.register("construct_homepage_panels")
def add_late_items_panel(request, panels):
    if request.user.has_perm("gazette.change_legaldocument"):
        panels.append(LateItemsPanel())


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("gazette/late/", views_admin.late_items_view, name="gazette_late_items")]


# Shown to those who may open the list (the gazette's roles and the administrators), not to every user.
register_permission_menu_item(
    "gazette.change_legaldocument",
    gettext_lazy("Gazette: late items"),
    "gazette_late_items",
    icon_name="warning",
    order=241,
)


def _index_url(home_page):
    """The URL of the gazette index under `home_page` ("" when there is none), kept in the cache.

    The home page is the busiest page of the site: the slot costs one query (the documents) once this is cached.
    signals.py clears the entry whenever an index page is published, unpublished, moved or deleted.
    """
    key = index_url_cache_key(home_page.pk)
    url = cache.get(key)
    if url is None:
        index = (
            GazetteIndexPage.objects.live()
            .public()
            .child_of(home_page)
            .only("id", "url_path", "depth", "path", "title")
            .first()
        )
        url = index.url if index is not None else ""
        cache.set(key, url, INDEX_URL_CACHE_SECONDS)
    return url


def latest_documents_slot(request, home_page):
    """The newest documents of the gazette, on the Vietnamese home page: from the cache (no query) until a document
    or the index changes (generations.py, signals.py), else the index's URL (cached) and the documents (one)."""
    # The documents are Vietnamese: the slot shows on the Vietnamese home page only (the language comes from the
    # path; reading home_page.locale would cost a query).
    if get_language() != "vi":
        return None
    data = slots.cached(HOME_SLOT_GENERATION, home_page, lambda: _slot_data(home_page))
    if not data["items"]:
        return None
    return HomeSlot(
        key="gazette",
        title=_("Electronic gazette: new documents"),
        template="gazette/slots/latest_documents.html",
        order=40,
        items=data["items"],
        more_url=data["more_url"],
    )


def _slot_data(home_page):
    index_url = _index_url(home_page)
    if not index_url:
        return {"items": [], "more_url": None}
    documents = list(
        LegalDocument.objects.published()
        .only("number", "slug", "summary", "issue_date")
        .order_by("-first_published_at", "-pk")[:HOME_SLOT_COUNT]
    )
    for document in documents:
        document.url = f"{index_url}van-ban/{document.slug}/"
    return {"items": documents, "more_url": index_url}
