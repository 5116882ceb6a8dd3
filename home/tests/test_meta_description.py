"""Every public page type has a <meta name="description">: the editors' search description, else the page's own
lead cut to about 160 characters at a word, else the site's description (its home page's)."""

import datetime
import html as html_lib
import re

import pytest

from gazette.factories import GazetteIndexPageFactory, GazetteIssuePageFactory
from home.factories import StandardPageFactory
from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
from thainguyen_portal.core.text import excerpt
from travietpub.factories import MagazineIndexPageFactory, MagazineIssuePageFactory

pytestmark = pytest.mark.django_db

HOME_INTRO = "Thông tin chính thống về hoạt động chỉ đạo, điều hành của tỉnh Thái Nguyên."


def description(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    found = re.findall(r'<meta name="description" content="([^"]*)">', response.content.decode())
    assert len(found) == 1, (url, found)
    return html_lib.unescape(found[0])


def test_each_page_type_has_its_description(client, site_tree):
    home = site_tree.home
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=home), title="Thời sự", slug="thoi-su")
    long_sapo = (
        "Sáng 4/12, Ủy ban nhân dân tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2026, "
        "đánh giá kết quả triển khai Đề án 06 và bàn giải pháp đưa dịch vụ công trực tuyến toàn trình đến mọi xã, "
        "phường trên địa bàn tỉnh."
    )
    article = ArticlePageFactory(parent=section, title="Hội nghị chuyển đổi số", sapo=long_sapo)
    standard = StandardPageFactory(parent=home, title="Giới thiệu", slug="gioi-thieu")
    described = StandardPageFactory(
        parent=home, title="Liên hệ", slug="lien-he", search_description="Địa chỉ, điện thoại và thư điện tử."
    )
    gazette = GazetteIndexPageFactory(parent=home)
    issue = GazetteIssuePageFactory(parent=gazette, number="05", publication_date=datetime.date(2026, 3, 10))
    issue.save_revision().publish()
    magazine_issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home))

    cut = description(client, article.url)
    assert cut == excerpt(long_sapo) and cut.endswith("…") and len(cut) <= 160
    assert long_sapo.startswith(cut[:-1])  # cut at a word: what is kept is the text's beginning, whole words
    assert long_sapo[len(cut) - 1] in " ,"
    assert description(client, "/") == HOME_INTRO
    assert description(client, standard.url) == "Thái Nguyên là trung tâm chính trị, kinh tế của vùng Việt Bắc."
    assert description(client, described.url) == "Địa chỉ, điện thoại và thư điện tử."
    assert description(client, magazine_issue.url) == "Thư tòa soạn: mùa chè mới đã về."  # rich text, as plain text
    assert description(client, issue.url) == HOME_INTRO  # no lead of its own: the site's description


def test_site_description_without_a_home_description(client, site_tree):
    home = site_tree.home
    home.intro = ""
    home.save_revision().publish()
    issue = GazetteIssuePageFactory(
        parent=GazetteIndexPageFactory(parent=home), number="06", publication_date=datetime.date(2026, 3, 17)
    )
    issue.save_revision().publish()
    assert description(client, issue.url).startswith("Cổng Thông tin điện tử tỉnh Thái Nguyên")
