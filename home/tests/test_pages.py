import re

import pytest
from django.test import override_settings
from wagtail.models import Page

from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from tests.helpers import get_ok, html_of
from thainguyen_portal.core.demo import DemoBuilder
from thainguyen_portal.core.factories import ImageFactory, MenuFactory

pytestmark = pytest.mark.django_db


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def test_vietnamese_home_page_renders_in_vietnamese(client, site_tree):
    response = get_ok(client, "/")
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert site_tree.home.tagline in html
    assert alternates(html) == {
        "vi": "http://testserver/",
        "x-default": "http://testserver/",
        "en": "http://testserver/en/",
    }
    assert '<link rel="canonical" href="http://testserver/">' in html
    assert response["Content-Language"] == "vi"


def test_english_home_page_renders_in_english(client, site_tree):
    html = html_of(client, "/en/")
    assert '<html lang="en"' in html
    assert "Thai Nguyen – the land of fine tea" in html
    assert alternates(html)["en"] == "http://testserver/en/"
    assert "Skip to main content" in html
    assert "Thai Nguyen Provincial Portal" in html  # the English variant of the site setting


def test_language_is_taken_from_the_url_only(client, site_tree):
    """An English browser still gets Vietnamese at / and the response does not vary on Accept-Language."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9", HTTP_COOKIE="django_language=en")
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert "accept-language" not in response.get("Vary", "").lower()


def test_language_switcher_goes_to_the_translation_or_the_other_home(client, site_tree):
    translated = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    translated.save_revision().publish()
    DemoBuilder().translation(translated, "en", title="About Thai Nguyen", slug="about")
    only_vietnamese = StandardPageFactory(parent=site_tree.home, title="Lịch tiếp công dân", slug="lich-tiep-cong-dan")

    html = client.get("/gioi-thieu/").content.decode()
    assert '<a href="/en/about/" hreflang="en" lang="en">English</a>' in html
    assert alternates(html) == {
        "vi": "http://testserver/gioi-thieu/",
        "x-default": "http://testserver/gioi-thieu/",
        "en": "http://testserver/en/about/",
    }

    html = client.get(only_vietnamese.url).content.decode()
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in html
    assert 'hreflang="en" href' not in html  # no alternate for a translation that does not exist

    html = client.get("/en/about/").content.decode()
    assert '<html lang="en"' in html
    assert '<a href="/gioi-thieu/" hreflang="vi" lang="vi">Tiếng Việt</a>' in html


def test_unpublished_translation_is_not_offered(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    english = DemoBuilder().translation(page, "en", title="About", slug="about")
    english.unpublish()
    html = client.get("/gioi-thieu/").content.decode()
    assert "/en/about/" not in html
    assert client.get("/en/about/").status_code == 404


def test_standard_page_renders_its_body_and_breadcrumbs(client, site_tree):
    image = ImageFactory(title="Hồ Núi Cốc")
    page = StandardPageFactory(
        parent=site_tree.home,
        title="Liên hệ",
        slug="lien-he",
        body=[
            ("heading", "Địa chỉ"),
            ("quote", {"text": "Thái Nguyên – đệ nhất danh trà", "attribution": "Ca dao"}),
            ("image", {"image": image, "caption": "Hồ Núi Cốc nhìn từ trên cao", "credit": "Ảnh: Quang Minh"}),
        ],
    )
    html = html_of(client, "/lien-he/")
    assert '<h2 class="body-heading">Địa chỉ</h2>' in html
    assert "Thái Nguyên – đệ nhất danh trà" in html
    assert "Ảnh: Quang Minh" in html
    assert 'aria-current="page">Liên hệ</span>' in html
    assert page.title in html


def test_menu_lists_live_pages_in_the_readers_language(client, site_tree):
    live = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    draft = StandardPageFactory(parent=site_tree.home, title="Bản nháp", slug="ban-nhap", live=False)
    MenuFactory.with_pages("main", [live, draft])
    html = client.get("/").content.decode()
    nav = html[html.index('id="main-menu"') : html.index("</nav>", html.index('id="main-menu"'))]
    assert 'href="/gioi-thieu/"' in nav
    assert "ban-nhap" not in nav
    # No English menu yet: the English site shows only its home link, never Vietnamese pages.
    html_en = client.get("/en/").content.decode()
    nav_en = html_en[html_en.index('id="main-menu"') : html_en.index("</nav>", html_en.index('id="main-menu"'))]
    assert "gioi-thieu" not in nav_en


def test_home_page_lists_latest_updates_of_its_language_only(client, site_tree):
    StandardPageFactory(parent=site_tree.home, title="Tin cập nhật mới", slug="tin-cap-nhat-moi")
    html = client.get("/").content.decode()
    assert "Tin cập nhật mới" in html
    html_en = client.get("/en/").content.decode()
    assert "Tin cập nhật mới" not in html_en


def test_home_page_query_count_is_fixed(client, site_tree, django_assert_num_queries):
    pages = [StandardPageFactory(parent=site_tree.home, title=f"Trang số {n}", slug=f"trang-so-{n}") for n in range(6)]
    MenuFactory.with_pages("main", pages[:4])
    MenuFactory.with_pages("footer", pages[4:])
    home = site_tree.home
    home.featured = [
        ("featured_page", {"page": page, "heading": "", "summary": "Tóm tắt", "image": ImageFactory()})
        for page in pages[:3]
    ]
    home.save_revision().publish()
    with override_settings(PAGE_CACHE_ENABLED=False):  # the cost of rendering it, not of a cache hit
        client.get("/")  # renditions are made on the first view; the count is for every view after it
        with django_assert_num_queries(HOME_PAGE_QUERIES):
            response = client.get("/")
    assert response.status_code == 200
    assert response.content.decode().count('<article class="card') == 3
    with override_settings(PAGE_CACHE_ENABLED=True):
        client.get("/")
        with django_assert_num_queries(0):  # then anonymous readers get it from the page cache
            assert client.get("/")["X-Cache"] == "HIT"


# Latest updates, featured pages, featured images. The site and its home pages in every language (the language
# links), the locales, the view restrictions, the settings and both menus come from the cache
# (core/publishing/frame.py), renditions too. Raise it only with a reason.
HOME_PAGE_QUERIES = 3


def test_home_page_is_one_per_tree():
    assert HomePage.max_count == 1
    assert HomePage.parent_page_types == ["wagtailcore.Page"]


def test_standard_pages_nest_only_under_home_and_standard_pages():
    assert StandardPage.parent_page_types == ["home.HomePage", "home.StandardPage"]
    assert StandardPage.subpage_types == ["home.StandardPage"]


def test_page_created_without_slug_gets_a_vietnamese_slug(site_tree):
    page = StandardPage(title="Đường lên Tân Cương")
    site_tree.home.add_child(instance=page)
    assert Page.objects.get(pk=page.pk).slug == "duong-len-tan-cuong"


def test_standard_page_renders_a_table_and_a_document_link(client, site_tree):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(title="Quy chế phát ngôn")
    document.file.save("quy-che-phat-ngon.pdf", ContentFile(b"%PDF-1.4"), save=True)
    table = {
        "data": [["Xã", "Diện tích chè (ha)"], ["Tân Cương", "700"], ["La Bằng", "250"]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": "",
    }
    StandardPageFactory(
        parent=site_tree.home,
        title="Vùng chè",
        slug="vung-che",
        body=[
            ("table", {"caption": "Diện tích chè năm 2026", "table": table}),
            ("document", {"document": document, "title": ""}),
        ],
    )
    html = html_of(client, "/vung-che/")
    assert "Tân Cương" in html and "Diện tích chè năm 2026" in html
    assert "Quy chế phát ngôn" in html and "download" in html
