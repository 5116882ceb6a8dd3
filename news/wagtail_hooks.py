"""Admin menus for the newsroom's snippets, and the news slots of the home page."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from thainguyen_portal.core.publishing import slots
from thainguyen_portal.core.publishing.slots import FeedLink, HomeSlot

from .models import ArticlePage, CalendarEntry, Leader, NewsIndexPage, Outlet, Spokesperson, public
from .signals import GENERATION

SLOT_SIZE = 6


class LeaderViewSet(SnippetViewSet):
    model = Leader
    icon = "user"
    list_display = ["name", "position", "sort_order"]
    search_fields = ["name", "position"]


class SpokespersonViewSet(SnippetViewSet):
    model = Spokesperson
    icon = "user"
    list_display = ["name", "position"]


class OutletViewSet(SnippetViewSet):
    model = Outlet
    icon = "globe"
    list_display = ["name", "site"]
    search_fields = ["name"]


class CalendarEntryViewSet(SnippetViewSet):
    model = CalendarEntry
    icon = "date"
    menu_label = gettext_lazy("Work calendar")
    list_display = ["date", "time", "leader", "activity", "place"]
    list_filter = ["leader"]
    search_fields = ["activity", "place", "participants"]
    ordering = ["-date", "time"]


class NewsroomGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Newsroom")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (LeaderViewSet, SpokespersonViewSet, OutletViewSet, CalendarEntryViewSet)


register_snippet(NewsroomGroup)
# The partner API, partner feeds into articles and the home slots are declared in area.py.


def _entries(request, home_page, **filters):
    """Plain dictionaries (title, url, date, sapo) of the latest live, public articles of the home page's tree."""
    articles = (
        public(ArticlePage.objects.live().descendant_of(home_page), request)
        .filter(**filters)
        .only("id", "title", "url_path", "depth", "path", "date", "sapo", "locale_id")
        .order_by("-date", "-pk")[:SLOT_SIZE]
    )
    return [
        {"title": article.title, "url": article.get_url(request), "date": article.date, "sapo": article.sapo}
        for article in articles
    ]


def latest_news(request, home_page):
    """The latest articles and the link to the news index. From the cache: no query; after a change: view
    restrictions, articles, the news index (three)."""

    def compute():
        index = NewsIndexPage.objects.child_of(home_page).live().only("id", "url_path", "depth", "path").first()
        return {"items": _entries(request, home_page), "more_url": index.get_url(request) if index else None}

    slot = slots.cached(GENERATION, home_page, compute, part="latest")
    if not slot["items"]:
        return None
    feeds = []
    if slot["more_url"]:  # the news index's feeds of all news (news/feeds.py)
        feeds = [
            FeedLink(_("Latest news") + " (RSS)", slot["more_url"] + "rss/"),
            FeedLink(_("Latest news") + " (Atom)", slot["more_url"] + "atom/", "application/atom+xml"),
        ]
    return HomeSlot(
        key="news-latest",
        title=_("Latest news"),
        template="news/slots/article_list.html",
        order=10,
        items=slot["items"],
        more_url=slot["more_url"],
        feeds=feeds,
    )


def direction_news(request, home_page):
    """The latest direction and administration articles. From the cache: no query; after a change: one or two."""
    items = slots.cached(
        GENERATION, home_page, lambda: _entries(request, home_page, kind=ArticlePage.Kind.DIRECTION), part="direction"
    )
    if not items:
        return None
    return HomeSlot(
        key="news-direction",
        title=_("Direction and administration"),
        template="news/slots/article_list.html",
        order=20,
        items=items,
    )
