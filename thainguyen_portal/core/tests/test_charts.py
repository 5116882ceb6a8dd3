"""Charts made from figures (ChartBlock): an accessible SVG drawn on the server and the same figures as a table."""

import re
from decimal import Decimal

import pytest
from django.utils import translation
from wagtail.blocks import StructBlockValidationError

from thainguyen_portal.core.pages import charts
from thainguyen_portal.core.pages.blocks import ChartBlock

AREA = [("2020", "21.5"), ("2021", "21.8"), ("2022", "1022.25"), ("2023", "0")]


def _value(kind="bar", rows=AREA, unit="nghìn ha", title="Diện tích chè", source="Số liệu minh họa cho bản demo"):
    block = ChartBlock()
    return block, block.to_python(
        {
            "title": title,
            "unit": unit,
            "kind": kind,
            "rows": [{"label": label, "value": value} for label, value in rows],
            "source": source,
            "note": "",
        }
    )


def _render(kind="bar", rows=AREA, language="vi", **kwargs):
    block, value = _value(kind, rows, **kwargs)
    with translation.override(language):
        return block.render(value)


def _svg(html):
    return re.search(r"<svg.*?</svg>", html, re.S).group(0)


@pytest.mark.parametrize("kind", ["bar", "column", "line"])
def test_the_chart_is_an_svg_image_with_a_title_and_a_description(kind):
    html = _render(kind)
    svg = _svg(html)
    assert 'role="img"' in svg
    ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
    assert [f'id="{ids[0]}"' in svg, f'id="{ids[1]}"' in svg] == [True, True]
    assert re.search(rf'<title id="{ids[0]}">Diện tích chè</title>', svg)
    assert "2022 (1.022,25 nghìn ha)" in svg  # the description names the highest figure, in Vietnamese notation
    assert 'viewBox="0 0 400 ' in svg and "Số liệu minh họa cho bản demo" in html


@pytest.mark.parametrize("kind", ["bar", "column"])
def test_one_bar_per_figure_with_its_value_written_on_the_chart(kind):
    svg = _svg(_render(kind))
    assert svg.count('class="chart__bar"') == len(AREA)
    for label in ("21,5", "21,8", "1.022,25", "0"):
        assert f">{label}</text>" in svg
    for label, _ in AREA:
        assert f">{label}</text>" in svg


def test_the_bars_are_in_proportion_to_the_figures():
    svg = _svg(_render("bar", [("a", "10"), ("b", "20")]))
    widths = [float(w) for w in re.findall(r'class="chart__bar"[^>]*width="([\d.]+)"', svg)]
    assert widths[1] == pytest.approx(2 * widths[0], rel=0.01)


def test_a_line_draws_one_point_per_figure():
    svg = _svg(_render("line"))
    assert svg.count("<circle") == len(AREA)
    assert len(re.search(r'points="([^"]+)"', svg).group(1).split()) == len(AREA)


def test_the_same_figures_are_a_table_with_a_caption():
    html = _render("column")
    table = re.search(r"<table.*?</table>", html, re.S).group(0)
    assert "<caption>Diện tích chè (nghìn ha)</caption>" in table
    rows = re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td></tr>', table)
    assert rows == [("2020", "21,5"), ("2021", "21,8"), ("2022", "1.022,25"), ("2023", "0")]


def test_coordinates_are_svg_numbers_in_every_language():
    for language in ("vi", "en"):
        svg = _svg(_render("line", language=language))
        assert not re.search(r'(x|y|cx|cy|width|height|x1|x2|y1|y2)="-?\d+,\d', svg), language
    assert ">1,022.25</text>" in _svg(_render("bar", language="en"))


def test_labels_and_figures_are_escaped():
    html = _render("bar", [("<b>xã</b>", "1")], title="<script>x</script>")
    assert "<script>x</script>" not in html and "<b>xã</b>" not in html


def test_nice_scale_has_round_ticks_covering_the_figures():
    bottom, top, ticks = charts.nice_scale(0, 2365)
    assert (bottom, top) == (0, 2500)
    assert ticks == [Decimal(v) for v in ("0", "500", "1000", "1500", "2000", "2500")]
    bottom, top, ticks = charts.nice_scale(-3.2, 7.5)
    assert bottom <= -3.2 and top >= 7.5 and Decimal(0) in ticks


def test_format_number_drops_trailing_zeros_and_groups_thousands():
    with translation.override("vi"):
        assert charts.format_number(Decimal("22000.50")) == "22.000,5"
        assert charts.format_number(Decimal("1E+3")) == "1.000"
    with translation.override("en"):
        assert charts.format_number(Decimal("22000.50")) == "22,000.5"


def _errors(kind, rows):
    block, value = _value(kind, rows)
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)
    return caught.value.block_errors


def test_a_chart_needs_a_figure():
    errors = _errors("bar", [])
    message = errors["rows"].non_block_errors.as_data()[0].messages[0]
    assert str(message) == "Biểu đồ cần ít nhất một số liệu."  # "A chart needs at least one figure."


@pytest.mark.parametrize("kind", ["bar", "column"])
def test_bars_refuse_negative_figures_and_say_which(kind):
    errors = _errors(kind, [("2020", "5"), ("2021", "-2")])
    row_errors = errors["rows"].block_errors
    assert list(row_errors) == [1]
    with translation.override("en"):
        assert "negative" in str(row_errors[1].block_errors["value"].messages[0])


def test_a_line_may_go_below_zero():
    block, value = _value("line", [("Q1", "-2.5"), ("Q2", "3")])
    block.clean(value)
    svg = _svg(block.render(value))
    assert ">-2,5</text>" in svg or ">−2,5</text>" in svg
