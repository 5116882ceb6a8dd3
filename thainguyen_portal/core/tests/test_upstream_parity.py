"""The portal's overrides of Wagtail internals give Wagtail's own results (core/upstream/wagtail.py,
docs/upstream.md). Run on every upgrade of Wagtail.

One representative tree, built with factories in both languages: a routable news index (feeds, tag pages), sections,
articles (routable too: their print view), a draft article, a draft section with live articles below it (one named
like its feed's route), a section behind a password with an article below it, an article restricted to a group, an
alias of an article, and the English translations of the index, a section and an article.

* Routing: for every page of the tree in both languages, their sub-routes and addresses that lead nowhere, the
  portal's router (core/pages/routing.py, through BasePage.route) gives the RouteResult of Wagtail's own ``Page.route``
  (``PORTAL_FAST_ROUTING = False``): the same page, of the same type, with the same parent and the same sub-route
  view and arguments, or Http404 on both.
* View restrictions: for every page, BasePage.get_view_restrictions (from core/publishing/frame.py's cached index) finds
  the restrictions Wagtail's ``Page.get_view_restrictions`` finds, and they accept or refuse the same requests
  (anonymous reader, a reader who gave the password, a signed-in user outside the group, a member of the group); the
  cached ``frame.public`` gives ``PageQuerySet.public()``.

The restriction index skips the cache when the site has any alias, so the restriction checks run with and without
the alias (the fast path is only exercised without).
"""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.http import Http404
from django.test import RequestFactory, override_settings
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from home.factories import StandardPageFactory
from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
from tests.helpers import committed, english_news_copies
from thainguyen_portal.core.models import BasePage
from thainguyen_portal.core.publishing import frame
from thainguyen_portal.core.upstream import wagtail as upstream

pytestmark = pytest.mark.django_db

SESSION_KEY = PageViewRestriction.passed_view_restrictions_session_key


def build_tree(site_tree, locales, django_user_model, with_alias):
    with committed():
        index = NewsIndexPageFactory(parent=site_tree.home)
        current = SectionPageFactory(parent=index, title="Thời sự", slug="thoi-su")
        article = ArticlePageFactory(parent=current, title="Khánh thành cầu", slug="khanh-thanh-cau")
        article.tags.add("Cầu Bến Tượng")
        article.save_revision().publish()
        ArticlePageFactory(parent=current, title="Bản nháp", slug="ban-nhap", live=False)
        draft_section = SectionPageFactory(parent=index, title="Chưa xuất bản", slug="chua-xuat-ban", live=False)
        ArticlePageFactory(parent=draft_section, title="Dưới bản nháp", slug="duoi-ban-nhap")
        # A live child named like one of the draft section's own routes: a draft page's routes are not served, its
        # child is (Wagtail's RoutablePageMixin.route tries its own routes only when live).
        ArticlePageFactory(parent=draft_section, title="Bản tin RSS", slug="rss")
        private = SectionPageFactory(parent=index, title="Nội bộ", slug="noi-bo")
        ArticlePageFactory(parent=private, title="Tài liệu nội bộ", slug="tai-lieu-noi-bo")
        members_only = ArticlePageFactory(parent=current, title="Chỉ thành viên", slug="chi-thanh-vien")
        StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
        if with_alias:
            article.create_alias(parent=private, update_slug="ban-sao-cau")
            article.create_alias(parent=index, update_slug="ban-sao-cong-khai")
        # English: translations of the index, a section and an article (same translation keys).
        _index_en, current_en, _article_en = english_news_copies(site_tree.home_en, index, current, article)
        ArticlePageFactory(parent=current_en, locale=locales.en, title="English draft", slug="draft", live=False)

        password = PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="chè-Tân-Cương"
        )
        group = Group.objects.create(name="Ban biên tập nội bộ")
        by_group = PageViewRestriction.objects.create(page=members_only, restriction_type=PageViewRestriction.GROUPS)
        by_group.groups.add(group)
    member = django_user_model.objects.create_user("thanhvien", "tv@thainguyen.gov.vn", "mật-khẩu-dài-2026")
    member.groups.add(group)
    outsider = django_user_model.objects.create_user("nguoingoai", "nn@thainguyen.gov.vn", "mật-khẩu-dài-2026")
    return password, member, outsider


def addresses(site_tree):
    """(language, path components) of every page below both home pages, their sub-routes and dead ends."""
    homes = {"vi": site_tree.home, "en": site_tree.home_en}
    found = {(language, ()) for language in homes}
    found |= {(language, ("khong-co",)) for language in homes}
    found.add(("vi", tuple(f"sau-{n}" for n in range(15))))  # deeper than the router looks at once
    for language, home in homes.items():
        for page in Page.objects.descendant_of(home):
            own = tuple(part for part in page.url_path[len(home.url_path) :].split("/") if part)
            found.add((language, own))
            for tail in (("rss",), ("atom",), ("print",), ("tag", "cau-ben-tuong"), ("khong-co",), ("khong", "co")):
                found.add((language, own + tail))
            found.add((language, own + own[-1:]))  # the page's own slug again below it
    return sorted(found)


def route(language, components, fast):
    """What routing `components` from the home page of `language` gives: a comparable summary of the RouteResult,
    or "404"."""
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    with override_settings(PORTAL_FAST_ROUTING=fast), translation.override(language):
        root = Site.objects.get(is_default_site=True).root_page.localized.specific
        try:
            page, args, kwargs = root.route(request, list(components))
        except Http404:
            return "404"
        if args:  # a routable page's sub-route: (view, view args, view kwargs)
            view, view_args, view_kwargs = args
            args = (getattr(view, "__name__", repr(view)), tuple(view_args), dict(view_kwargs))
        parent = page.get_parent()
        return (type(page).__name__, page.pk, page.live, parent.pk if parent else None, args, kwargs)


def test_the_portals_router_gives_wagtails_route_result_for_every_address(site_tree, locales, django_user_model):
    build_tree(site_tree, locales, django_user_model, with_alias=True)
    checked = served = 0
    for language, components in addresses(site_tree):
        expected = route(language, components, fast=False)
        assert route(language, components, fast=True) == expected, (language, "/".join(components))
        checked += 1
        served += expected != "404"
    # The tree really has pages, sub-routes and dead ends in both languages.
    assert checked > 100 and 30 < served < checked, (checked, served)


def restrictions_match(page, password, member, outsider):
    portal = list(page.get_view_restrictions())
    wagtail = list(upstream.UPSTREAM_VIEW_RESTRICTIONS(page))
    assert sorted(r.pk for r in portal) == sorted(r.pk for r in wagtail), page.url_path
    for user, session in (
        (AnonymousUser(), {}),
        (AnonymousUser(), {SESSION_KEY: [password.pk]}),
        (outsider, {}),
        (member, {}),
    ):
        request = RequestFactory().get("/")
        request.user, request.session = user, session
        accepted = [all(r.accept_request(request) for r in found) for found in (portal, wagtail)]
        assert accepted[0] == accepted[1], (page.url_path, user, session)
    return bool(wagtail)


@pytest.mark.parametrize("with_alias", [False, True], ids=["cached-index", "with-alias"])
def test_the_portals_view_restrictions_are_wagtails(site_tree, locales, django_user_model, with_alias):
    password, member, outsider = build_tree(site_tree, locales, django_user_model, with_alias)
    pages = [page for page in Page.objects.filter(depth__gte=2).specific() if isinstance(page, BasePage)]
    restricted = sum(restrictions_match(page, password, member, outsider) for page in pages)
    assert restricted >= 3 + (1 if with_alias else 0)  # the section, its article, the group's article (the alias)
    assert set(frame.public(Page.objects.all()).values_list("pk", flat=True)) == set(
        Page.objects.public().values_list("pk", flat=True)
    )


def test_a_restriction_added_later_is_seen_by_the_portal_at_once(site_tree, locales, django_user_model):
    password, member, outsider = build_tree(site_tree, locales, django_user_model, with_alias=False)
    article = Page.objects.get(slug="khanh-thanh-cau", locale=locales.vi).specific
    assert not restrictions_match(article, password, member, outsider)  # the index is now cached
    with committed():
        PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    article = Page.objects.get(pk=article.pk).specific
    assert restrictions_match(article, password, member, outsider)
    assert not article.get_view_restrictions()[0].accept_request(_anonymous())


def _anonymous():
    request = RequestFactory().get("/")
    request.user, request.session = AnonymousUser(), {}
    return request


def test_the_private_wagtail_names_the_portal_uses_exist():
    from django.utils.module_loading import import_string

    classes = {
        **upstream.PRIVATE_NAMES,
        **{import_string(path): names for path, names in upstream.ADMIN_PRIVATE_NAMES.items()},
    }
    for cls, names in classes.items():
        for name in names:
            assert callable(getattr(cls, name, None)), f"{cls.__name__}.{name} is gone"


def test_wagtail_takes_the_site_the_portal_gives_the_request(site_tree, django_assert_num_queries):
    """core/publishing/frame.py gives Wagtail the request's Site from its cache (upstream.set_request_site): Wagtail's
    Site.find_for_request must then use it without a query, and return that very object."""
    from wagtail.models import Site

    request = RequestFactory().get("/", HTTP_HOST="example.invalid")
    site = Site.objects.get(is_default_site=True)
    upstream.set_request_site(request, site)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site
