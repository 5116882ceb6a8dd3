"""The frame from the cache (core/publishing/frame.py) and the router (core/pages/routing.py): fewer queries, never
stale.

The page cache is off here: these are the pages as rendered, and they must follow every change as soon as it is
committed (each test runs inside a transaction that never is: `committed()` runs what the commit would).
"""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from tests.helpers import committed, html_of
from thainguyen_portal.core.factories import MenuFactory

pytestmark = pytest.mark.django_db


def main_menu(html):
    start = html.index('id="main-menu"')
    return html[start : html.index("</nav>", start)]


def test_menus_follow_a_menu_change(client, site_tree):
    about = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    contact = StandardPageFactory(parent=site_tree.home, title="Liên hệ", slug="lien-he")
    menu = MenuFactory.with_pages("main", [about])
    assert "/lien-he/" not in main_menu(html_of(client, "/gioi-thieu/"))
    menu.items = [("link", {"label": "", "page": page, "url": ""}) for page in (about, contact)]
    with committed():
        menu.save()
    assert 'href="/lien-he/"' in main_menu(html_of(client, "/gioi-thieu/"))


def test_a_deep_page_in_a_menu_leaves_it_when_unpublished_and_renamed_when_published(client, site_tree):
    about = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    deep = StandardPageFactory(parent=about, title="Lịch sử hình thành", slug="lich-su")
    StandardPageFactory(parent=deep, title="Đặt chỗ", slug="dat-cho")  # depth 5: far below the structural levels
    MenuFactory.with_pages("main", [deep])
    assert "Lịch sử hình thành" in main_menu(html_of(client, "/"))
    deep.title = "Lịch sử tỉnh Thái Nguyên"
    with committed():
        deep.save_revision().publish()
    assert "Lịch sử tỉnh Thái Nguyên" in main_menu(html_of(client, "/"))
    with committed():
        deep.unpublish()
    assert "/gioi-thieu/lich-su/" not in main_menu(html_of(client, "/"))


def test_site_settings_follow_a_change(client, site_tree):
    assert "0208 3855 186" in html_of(client, "/")
    site_tree.settings.hotline = "0208 3999 999"
    with committed():
        site_tree.settings.save()
    html = html_of(client, "/")
    assert "0208 3999 999" in html and "0208 3855 186" not in html


def test_a_new_view_restriction_applies_at_once(client, site_tree):
    """The list of restrictions is cached: adding one must make the page private on the very next request."""
    section = StandardPageFactory(parent=site_tree.home, title="Nội bộ", slug="noi-bo")
    StandardPageFactory(parent=section, title="Tài liệu họp", slug="tai-lieu-hop")
    assert client.get("/noi-bo/tai-lieu-hop/").status_code == 200
    with committed():
        restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/noi-bo/tai-lieu-hop/")
    assert response.status_code == 302  # to the login page
    assert "Tài liệu họp" not in html_of(client, "/")  # the latest updates list public pages only
    with committed():
        restriction.delete()
    assert client.get("/noi-bo/tai-lieu-hop/").status_code == 200


def test_routing_finds_deep_pages_and_gives_404_below_them(client, site_tree):
    one = StandardPageFactory(parent=site_tree.home, title="Một", slug="mot")
    two = StandardPageFactory(parent=one, title="Hai", slug="hai")
    StandardPageFactory(parent=two, title="Ba", slug="ba")
    html = html_of(client, "/mot/hai/ba/")
    crumbs = html[html.index('class="breadcrumbs') : html.index("</nav>", html.index('class="breadcrumbs'))]
    assert 'href="/mot/"' in crumbs and 'href="/mot/hai/"' in crumbs and 'aria-current="page">Ba<' in crumbs
    assert client.get("/mot/hai/khong-co/").status_code == 404
    assert client.get("/mot/khong-co/ba/").status_code == 404
    two.unpublish()
    assert client.get("/mot/hai/").status_code == 404
    assert client.get("/mot/hai/ba/").status_code == 200  # Wagtail serves a live page below a draft one


def test_english_pages_are_routed_in_english(client, site_tree):
    assert '<html lang="en"' in html_of(client, "/en/")
    assert client.get("/en/khong-co/").status_code == 404


def test_made_up_hosts_do_not_fill_the_cache(client, site_tree, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    html_of(client, "/")
    before = len(cache._cache) if hasattr(cache, "_cache") else None
    assert client.get("/", HTTP_HOST="attacker-1.example").status_code == 400
    assert client.get("/", HTTP_HOST="attacker-2.example").status_code == 400
    if before is not None:  # the local-memory cache can be counted
        assert len(cache._cache) == before
