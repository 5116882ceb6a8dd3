"""Infographics made from figures: a chart block on the infographic page (and in a layered story's chapter)."""

import json
import re
from decimal import Decimal

import pytest
from wagtail.test.utils.form_data import rich_text, streamfield

from multimedia.factories import InfographicPageFactory, LayeredStoryPageFactory
from multimedia.models import InfographicPage
from multimedia.tests.test_admin import add, vi
from multimedia.tests.test_pages import INFOGRAPHIC_QUERIES
from tests.helpers import html_of

pytestmark = pytest.mark.django_db

AREA = {
    "title": "Diện tích chè Thái Nguyên 2020–2026",
    "unit": "nghìn ha",
    "kind": "column",
    "rows": [{"label": str(year), "value": Decimal(v)} for year, v in ((2020, "21.5"), (2023, "22.3"), (2026, "22.8"))],
    "source": "Số liệu minh họa cho bản demo",
    "note": "",
}


def test_an_infographic_made_of_a_chart_shows_the_svg_and_the_same_figures_as_a_table(client, hub):
    page = InfographicPageFactory(parent=hub, images=[("chart", AREA)], text_alternative="")
    html = html_of(client, page.url)
    svg = re.search(r"<svg[^>]*role=\"img\".*?</svg>", html, re.S).group(0)
    assert svg.count('class="chart__bar"') == 3
    assert "<caption>Diện tích chè Thái Nguyên 2020–2026 (nghìn ha)</caption>" in html
    assert re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td></tr>', html) == [
        ("2020", "21,5"),
        ("2023", "22,3"),
        ("2026", "22,8"),
    ]
    assert "Số liệu minh họa cho bản demo" in html
    assert 'href="#ban-chu"' not in html  # no text alternative to point to: the table is the text
    assert page.accessibility_problems() == []


def test_a_chart_costs_no_query(hub, count_queries):
    page = InfographicPageFactory(parent=hub)
    page.images = [*[(b.block_type, b.value) for b in page.images], ("chart", AREA)]
    page.save_revision().publish()
    html = count_queries(page.url, INFOGRAPHIC_QUERIES).content.decode()
    assert 'class="chart__bar"' in html


def test_a_layered_story_chapter_can_hold_a_chart(client, hub):
    story = LayeredStoryPageFactory(parent=hub)
    chapters = [(c.block_type, c.value) for c in story.chapters]
    chapter = chapters[0][1]
    body_block = story.chapters.stream_block.child_blocks["chapter"].child_blocks["body"]
    chapter["body"] = body_block.normalize(
        [*[(b.block_type, b.value) for b in chapter["body"]], ("chart", {**AREA, "kind": "line"})]
    )
    story.chapters = [("chapter", chapter), *chapters[1:]]
    story.save_revision().publish()
    html = html_of(client, story.url)
    assert html.count("<circle") == 3 and "<caption>Diện tích chè Thái Nguyên 2020–2026 (nghìn ha)</caption>" in html


def _chart_form(rows, kind="bar"):
    return {
        "title": "Kết quả chuyển đổi số",
        "unit": "%",
        "kind": kind,
        "rows": {
            "count": len(rows),
            **{
                i: {"value": {"label": label, "value": value}, "deleted": "", "order": i, "id": ""}
                for i, (label, value) in enumerate(rows)
            },
        },
        "source": "Số liệu minh họa cho bản demo",
        "note": "",
    }


def test_editor_publishes_a_chart_infographic_and_negative_bars_are_refused(client, signed_in_superuser, hub):
    fields = {
        "title": "Chuyển đổi số bằng số liệu",
        "images": streamfield([("chart", _chart_form([("Hồ sơ trực tuyến", "68.4"), ("Thanh toán", "-1")]))]),
        "text_alternative": rich_text(""),
        "cover_image": "",
    }
    html = add(client, hub, InfographicPage, fields).content.decode()
    message = vi("Bars and columns cannot show a negative figure; choose a line.")
    assert message in html or json.dumps(message)[1:-1] in html  # the block's errors reach the editor as JSON
    assert not InfographicPage.objects.filter(title="Chuyển đổi số bằng số liệu").exists()
    fields["images"] = streamfield([("chart", _chart_form([("Hồ sơ trực tuyến", "68.4"), ("Thanh toán", "52")]))])
    assert add(client, hub, InfographicPage, fields).status_code == 302
    page = InfographicPage.objects.get(title="Chuyển đổi số bằng số liệu")
    assert page.live
    assert [row["value"] for row in page.images[0].value["rows"]] == [Decimal("68.4"), Decimal("52")]
