"""A reader goes from the home page to a section and an article, checks the share bar and the article's JSON-LD;
another filters the petitions, sends one and looks it up by its code. axe-core checks every page on the way."""

import io
import json
import uuid
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import E2E, browsing, serious_violations

pytestmark = E2E


@pytest.mark.parametrize("width", [375, 1280])
def test_home_section_article_share_and_json_ld(browser, demo_site, screenshots, width):
    with browsing(browser, viewport={"width": width, "height": 900}, locale="vi-VN") as page:
        page.goto(f"{demo_site.url}/")
        latest = page.locator(".slot--news-latest")
        assert latest.locator("li").count() == 6
        latest.get_by_role("link", name="Xem thêm").click()
        page.wait_for_url("**/tin-tuc/")
        assert page.locator("h1").inner_text() == "Tin tức"
        assert serious_violations(page) == []

        page.get_by_role("navigation", name="Chuyên mục").get_by_role("link", name="Thời sự").click()
        page.wait_for_url("**/tin-tuc/thoi-su/")
        from news.models import ArticlePage, SectionPage

        section = SectionPage.objects.get(slug="thoi-su", locale__language_code="vi")
        in_section = ArticlePage.objects.live().descendant_of(section).count()
        assert in_section >= 12  # the demo's current affairs (and the English edition's translated sources)
        assert page.locator(".news-card").count() == min(in_section, 20)  # one page of 20
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / f"news-section-{width}.png"), full_page=True)

        first = page.locator(".news-card .card__title a").first
        title = first.inner_text()
        first.click()
        page.wait_for_url("**/tin-tuc/thoi-su/*/")
        assert page.locator("h1").inner_text() == title
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / f"news-article-{width}.png"), full_page=True)

        url = page.url
        path = urlsplit(url).path  # full URLs are built from the site's configured host, not the test server's
        share = page.locator(".share")
        assert (
            share.get_by_role("link", name="Facebook")
            .get_attribute("href")
            .startswith("https://www.facebook.com/sharer/sharer.php?u=")
        )
        assert share.get_by_role("link", name="Zalo").get_attribute("href").startswith("https://sp.zalo.me/")
        assert share.get_by_role("link", name="In bài").get_attribute("href").endswith("/print/")
        copy = share.get_by_role("button", name="Sao chép liên kết")
        assert urlsplit(copy.get_attribute("data-copy-url")).path == path

        blocks = [json.loads(text) for text in page.locator('script[type="application/ld+json"]').all_text_contents()]
        article = next(block for block in blocks if block["@type"] == "NewsArticle")
        assert article["headline"] == title and urlsplit(article["url"]).path == path
        breadcrumbs = next(block for block in blocks if block["@type"] == "BreadcrumbList")
        assert [item["name"] for item in breadcrumbs["itemListElement"]][:3] == ["Trang chủ", "Tin tức", "Thời sự"]

        page.goto(url + "print/")
        assert page.locator("h1").inner_text() == title


def test_petitions_listing_filters_submission_and_tracking(browser, demo_site, settings, tmp_path, screenshots):
    from PIL import Image

    settings.NEWS_PETITION_FILES_ROOT = tmp_path / "private"
    photo = tmp_path / "o-ga.png"
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 90, 60)).save(buffer, format="PNG")
    photo.write_bytes(buffer.getvalue())
    subject = f"Ổ gà trên đường Quang Trung {uuid.uuid4().hex[:6]}"
    with browsing(browser, viewport={"width": 1280, "height": 900}, locale="vi-VN") as page:
        page.goto(f"{demo_site.url}/tin-tuc/phan-anh-kien-nghi/")
        assert page.locator(".petition-item").count() == 5
        page.get_by_label("Lĩnh vực").select_option("land")
        page.get_by_role("button", name="Lọc").click()
        page.wait_for_url("**field=land**")
        assert page.locator(".petition-item").count() == 2
        assert serious_violations(page) == []
        page.locator(".petition-item a").first.click()
        # count() does not wait: the address changes as soon as the navigation commits, before the page is parsed.
        expect(page.locator(".petition__answer")).to_have_count(1)
        assert "Nguyễn Văn An" not in page.content()  # the sender did not allow the name
        assert serious_violations(page) == []

        # Send a petition: first with nothing filled in (the messages), then properly.
        page.goto(f"{demo_site.url}/tin-tuc/phan-anh-kien-nghi/")
        page.get_by_role("link", name="Gửi phản ánh, kiến nghị").click()
        page.wait_for_url("**/phan-anh-kien-nghi/gui/")
        assert serious_violations(page) == []
        page.get_by_role("button", name="Gửi phản ánh").click()
        expect(page.locator(".petition-form__summary")).to_have_count(1)
        assert page.locator('[aria-invalid="true"]').count() >= 4
        assert serious_violations(page) == []
        page.get_by_label("Họ và tên").fill("Lê Thị Hoa")
        page.get_by_label("Công dân").check()
        page.get_by_label("Điện thoại").fill("0912 345 678")
        page.get_by_label("Tiêu đề").fill(subject)
        page.get_by_label("Lĩnh vực").select_option("transport")
        page.get_by_role("textbox", name="Nội dung").fill(
            "Đường Quang Trung đoạn trước số 120 có ổ gà lớn, xe máy dễ ngã khi trời mưa."
        )
        page.get_by_label("Tệp đính kèm").set_input_files(str(photo))
        page.screenshot(path=str(screenshots / "petition-form.png"), full_page=True)
        page.get_by_role("button", name="Gửi phản ánh").click()
        page.wait_for_url("**/gui/cam-on/**")
        code = page.locator("#petition-code").inner_text().strip()
        assert code.startswith("PA-") and len(code) == 14
        assert "0912" not in page.content()
        assert serious_violations(page) == []

        # Look it up by typing the code on the tracking page.
        page.goto(f"{demo_site.url}/tin-tuc/phan-anh-kien-nghi/tra-cuu/")
        assert serious_violations(page) == []
        page.get_by_label("Mã tra cứu", exact=True).fill(code.lower())
        page.get_by_role("button", name="Tra cứu").click()
        page.wait_for_url("**ma=**")
        status = page.locator(".petition-status")
        assert code in status.inner_text() and "Đã tiếp nhận" in status.inner_text()
        assert "Lê Thị Hoa" not in page.content() and "0912" not in page.content()
        assert serious_violations(page) == []
        page.screenshot(path=str(screenshots / "petition-tracking.png"), full_page=True)
