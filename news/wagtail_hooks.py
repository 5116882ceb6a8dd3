"""Admin menus for the newsroom's snippets, and the news slots of the home page."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from thainguyen_portal.core.slots import HOME_SLOTS_HOOK, HomeSlot

from .models import Agency, ArticlePage, Leader, NewsIndexPage, Outlet, Spokesperson, public

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


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    list_display = ["name"]
    search_fields = ["name"]


class NewsroomGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Newsroom")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (LeaderViewSet, SpokespersonViewSet, OutletViewSet, AgencyViewSet)


register_snippet(NewsroomGroup)


def _news_index(request, home_page):
    """The news index of the home page's language, looked up once per request."""
    memo = request.__dict__.setdefault("_news_index", {})
    if home_page.pk not in memo:
        memo[home_page.pk] = (
            NewsIndexPage.objects.child_of(home_page).live().only("id", "url_path", "depth", "path").first()
        )
    return memo[home_page.pk]


def _latest(request, home_page, **filters):
    return list(
        public(ArticlePage.objects.live().descendant_of(home_page), request)
        .filter(**filters)
        .only("id", "title", "url_path", "depth", "path", "date", "sapo", "locale_id")
        .order_by("-date", "-pk")[:SLOT_SIZE]
    )


@hooks.register(HOME_SLOTS_HOOK)
def latest_news(request, home_page):
    """The latest articles (view restrictions, articles, the news index for the link: three small queries, the
    restrictions shared with the other news slot)."""
    articles = _latest(request, home_page)
    if not articles:
        return None
    index = _news_index(request, home_page)
    return HomeSlot(
        key="news-latest",
        title=_("Latest news"),
        template="news/slots/article_list.html",
        order=10,
        items=articles,
        more_url=index.get_url(request) if index else None,
    )


@hooks.register(HOME_SLOTS_HOOK)
def direction_news(request, home_page):
    """The latest direction and administration articles (one query: the restrictions are read once)."""
    articles = _latest(request, home_page, kind=ArticlePage.Kind.DIRECTION)
    if not articles:
        return None
    return HomeSlot(
        key="news-direction",
        title=_("Direction and administration"),
        template="news/slots/article_list.html",
        order=20,
        items=articles,
    )
