"""The article page: its parts, its kinds, the print view, sharing and metadata."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.rich_text import RichText

from news.factories import (
    ArticleCorrectionFactory,
    ArticlePageFactory,
    LeaderFactory,
    OutletFactory,
    RelatedArticleFactory,
    SpokespersonFactory,
)
from news.models import ArticlePage
from tests.helpers import html_of
from thainguyen_portal.core.factories import ImageFactory

pytestmark = pytest.mark.django_db


def json_ld(html):
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]


def test_article_shows_lead_byline_dates_corrections_and_reading_time(client, news_tree):
    published = timezone.localtime().replace(year=2026, month=11, day=20, hour=8, minute=30, second=0, microsecond=0)
    article = ArticlePageFactory(
        parent=news_tree.current,
        title="Thái Nguyên khởi công cầu Bến Oánh",
        sapo="Sáng 20/11, tỉnh Thái Nguyên khởi công xây dựng cầu Bến Oánh nối hai bờ sông Cầu.",
        authors="Minh Anh, Quang Huy",
        source="Báo Thái Nguyên",
        date=published,
        updated_at=published + datetime.timedelta(hours=3),
        body=[("paragraph", RichText("<p>" + "chữ " * 700 + "</p>"))],
    )
    ArticleCorrectionFactory(
        page=article,
        text="Sửa tên xã: Phúc Xuân chứ không phải Phúc Trìu.",
        time=published + datetime.timedelta(hours=5),
    )
    article.tags.add("Giao thông")
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "Sáng 20/11, tỉnh Thái Nguyên khởi công" in html
    assert "Minh Anh, Quang Huy" in html
    assert "Nguồn: Báo Thái Nguyên" in html
    assert '<time datetime="2026-11-20T08:30:00+07:00">08:30 20/11/2026</time>' in html
    assert "Cập nhật" in html and "11:30 20/11/2026" in html
    assert "Đính chính" in html and "13:30 20/11/2026" in html and "Phúc Xuân chứ không phải Phúc Trìu" in html
    assert ArticlePage.objects.get(pk=article.pk).reading_minutes == 4  # 700+ words at 220 a minute
    assert "4 phút đọc" in html
    assert 'href="/tin-tuc/tag/giao-thong/"' in html


def test_previous_next_in_section_and_related_articles(client, news_tree):
    now = timezone.now()
    older = ArticlePageFactory(parent=news_tree.current, title="Tin cũ hơn", date=now - datetime.timedelta(days=2))
    article = ArticlePageFactory(parent=news_tree.current, title="Tin ở giữa", date=now - datetime.timedelta(days=1))
    newer = ArticlePageFactory(parent=news_tree.current, title="Tin mới hơn", date=now)
    chosen = ArticlePageFactory(parent=news_tree.economy, title="Bài liên quan do biên tập chọn")
    RelatedArticleFactory(page=article, article=chosen)
    response = client.get(article.url)
    assert response.context["previous_article"].pk == older.pk
    assert response.context["next_article"].pk == newer.pk
    assert [a.pk for a in response.context["related"]] == [chosen.pk, newer.pk, older.pk]
    html = response.content.decode()
    assert f'rel="prev" href="{older.url}"' in html
    assert f'rel="next" href="{newer.url}"' in html


def test_share_links_use_no_third_party_script(client, news_tree):
    article = ArticlePageFactory(parent=news_tree.current, title="Lễ hội Trà Thái Nguyên", slug="le-hoi-tra")
    html = client.get(article.url).content.decode()
    full = "http%3A%2F%2Ftestserver%2Ftin-tuc%2Fthoi-su%2Fle-hoi-tra%2F"
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={full}"' in html
    assert f'href="https://sp.zalo.me/share_inline?d={full}"' in html
    assert "https://x.com/intent/post?url=" in html
    assert 'href="mailto:?subject=' in html
    assert 'data-copy-url="http://testserver/tin-tuc/thoi-su/le-hoi-tra/"' in html
    assert 'href="/tin-tuc/thoi-su/le-hoi-tra/print/"' in html
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
    assert all(src.startswith("/static/") for src in scripts), scripts


def test_open_graph_and_json_ld(client, news_tree):
    article = ArticlePageFactory(
        parent=news_tree.current,
        title="Thái Nguyên đón 4 triệu lượt khách",
        slug="don-4-trieu-luot-khach",
        authors="Lan Hương",
        featured_image=ImageFactory(),
    )
    html = client.get(article.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+\.(jpg|png)">', html)
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    news_article, breadcrumbs = json_ld(html)
    assert news_article["@type"] == "NewsArticle"
    assert news_article["headline"] == article.title
    assert news_article["author"] == [{"@type": "Person", "name": "Lan Hương"}]
    assert news_article["publisher"]["name"] == "Cổng Thông tin điện tử tỉnh Thái Nguyên"
    assert news_article["publisher"]["logo"]["url"].startswith("http://testserver/static/")
    assert news_article["image"][0].startswith("http://testserver/")
    assert datetime.datetime.fromisoformat(news_article["datePublished"]) == article.date
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == [
        "Trang chủ",
        "Tin tức",
        "Thời sự",
        article.title,
    ]
    assert breadcrumbs["itemListElement"][-1]["item"] == "http://testserver/tin-tuc/thoi-su/don-4-trieu-luot-khach/"


def test_json_ld_cannot_be_broken_out_of(client, news_tree):
    article = ArticlePageFactory(parent=news_tree.current, title="Thử </script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)[0]["headline"].startswith("Thử </script>")


def test_print_view(client, news_tree):
    article = ArticlePageFactory(parent=news_tree.current, title="Bản in thử")
    html = html_of(client, article.url + "print/")
    assert "<h1>Bản in thử</h1>" in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html


def test_direction_article_names_its_leader_and_documents(client, news_tree):
    leader = LeaderFactory(name="Trịnh Việt Hùng", position="Chủ tịch Ủy ban nhân dân tỉnh")
    article = ArticlePageFactory(
        parent=news_tree.direction, kind=ArticlePage.Kind.DIRECTION, leader=leader, title="Chủ tịch tỉnh chỉ đạo"
    )
    html = client.get(article.url).content.decode()
    assert "Trịnh Việt Hùng" in html and "Chủ tịch Ủy ban nhân dân tỉnh" in html
    assert f'href="{news_tree.leaders.url}"' in html
    leaders_html = client.get(news_tree.leaders.url).content.decode()
    assert "Trịnh Việt Hùng" in leaders_html


def test_statement_and_press_coverage_display(client, news_tree):
    spokesperson = SpokespersonFactory(name="Phạm Thị Hà")
    statement = ArticlePageFactory(
        parent=news_tree.current,
        kind=ArticlePage.Kind.STATEMENT,
        spokesperson=spokesperson,
        statement_kind=ArticlePage.StatementKind.PRESS_CONFERENCE,
    )
    html = client.get(statement.url).content.decode()
    assert "Phạm Thị Hà" in html and "Họp báo" in html
    assert spokesperson.phone not in html  # contacts are on the spokesperson's page, not on every statement
    outlet = OutletFactory(name="Báo Nhân Dân")
    press = ArticlePageFactory(
        parent=news_tree.current,
        kind=ArticlePage.Kind.PRESS,
        outlet=outlet,
        original_url="https://nhandan.vn/thai-nguyen-bai-goc.html",
        original_date=datetime.date(2026, 11, 19),
        excerpt="Thái Nguyên là điểm sáng thu hút đầu tư.",
    )
    html = client.get(press.url).content.decode()
    assert 'href="https://nhandan.vn/thai-nguyen-bai-goc.html"' in html
    assert "Báo Nhân Dân" in html and "19/11/2026" in html


def test_kinds_require_their_fields(news_tree):
    cases = [
        (ArticlePage.Kind.PRESS, {"outlet", "original_url"}),
        (ArticlePage.Kind.STATEMENT, {"spokesperson"}),
        (ArticlePage.Kind.DIRECTION, {"leader"}),
    ]
    for kind, fields in cases:
        article = ArticlePage(title="Thiếu trường", slug="thieu-truong", sapo="Tóm tắt.", kind=kind)
        with pytest.raises(ValidationError) as raised:
            article.clean()
        assert set(raised.value.message_dict) == fields
    article = ArticlePage(
        title="Ngày sai",
        sapo="Tóm tắt.",
        date=timezone.now(),
        updated_at=timezone.now() - datetime.timedelta(days=1),
    )
    with pytest.raises(ValidationError) as raised:
        article.clean()
    assert set(raised.value.message_dict) == {"updated_at"}


def test_english_translation_is_served_under_en(client, news_tree):
    from thainguyen_portal.core.demo import DemoBuilder

    builder = DemoBuilder()
    index_en = builder.translation(news_tree.index, "en", title="News", slug="news")
    section_en = builder.translation(news_tree.current, "en", title="Current affairs", slug="current-affairs")
    article = ArticlePageFactory(parent=news_tree.current, title="Tin gốc tiếng Việt")
    english = builder.translation(
        article, "en", title="Thai Nguyen in English", slug="in-english", sapo="English lead."
    )
    assert english.url == "/en/news/current-affairs/in-english/"
    html = client.get(english.url).content.decode()
    assert '<html lang="en"' in html and "English lead." in html
    assert "Thai Nguyen in English" in client.get(section_en.url).content.decode()
    assert "Tin gốc tiếng Việt" not in client.get(index_en.url).content.decode()
    assert json_ld(html)[0]["inLanguage"] == "en"
