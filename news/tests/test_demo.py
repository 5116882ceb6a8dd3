"""The news demo content: what the issue asks for, made once however often seed_demo runs."""

from io import StringIO

import pytest
from django.core.management import call_command

from news.models import ArticlePage, SectionPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "articles": ArticlePage.objects.count(),
        "sections": SectionPage.objects.count(),
    }


def test_seed_demo_makes_the_newsroom_once(client, demo):
    first = counts()
    call_command("seed_demo", "--only", "news", stdout=StringIO())
    assert counts() == first

    vi = ArticlePage.objects.filter(locale__language_code="vi")
    assert vi.count() >= 60
    assert vi.filter(kind=ArticlePage.Kind.STATEMENT).count() == 5
    press = vi.filter(kind=ArticlePage.Kind.PRESS)
    assert press.count() == 10 and len({article.original_date for article in press}) == 3
    titles = set(SectionPage.objects.filter(locale__language_code="vi").values_list("title", flat=True))
    assert {
        "Thời sự",
        "Chỉ đạo – Điều hành",
        "Phát ngôn báo chí",
        "Kinh tế",
        "Chuyển đổi số",
        "Văn hóa – Xã hội",
    } <= titles
    assert {"Du lịch", "Thông tin báo chí về Thái Nguyên"} <= titles
    # Four translated here, the rest by the English edition's demo (translation/demo.py).
    assert ArticlePage.objects.filter(locale__language_code="en").count() >= 4

    home = client.get("/").content.decode()
    assert "Tin mới nhất" in home and "Chỉ đạo – Điều hành" in home
    assert client.get("/tin-tuc/").status_code == 200
    assert client.get("/en/news/").status_code == 200
    assert "Thai Nguyen tea exports hit a record" in client.get("/en/news/economy/").content.decode()
