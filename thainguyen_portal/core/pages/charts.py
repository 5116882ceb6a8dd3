"""The geometry of a chart drawn from an editor's figures (``blocks.ChartBlock``): pure arithmetic, no database.

Everything is laid out in a viewBox ``WIDTH`` units wide that the browser scales to the column; the template
(core/blocks/chart.html) only writes the shapes and texts computed here. Numbers are written in the active
language's format (1.234,5 in Vietnamese, 1,234.5 in English).
"""

import math
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext, pgettext

WIDTH = 400
FONT = 14  # px in viewBox units; the SVG is never drawn wider than 38rem, so this stays readable
CHAR = FONT * 0.58  # the width of an average character, for truncation and margins

BAR = "bar"
COLUMN = "column"
LINE = "line"


def format_number(value):
    """`value` without trailing zeros, grouped and with the decimal separator of the active language."""
    value = Decimal(value)
    value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return number_format(value, force_grouping=True)


def nice_scale(low, high, ticks=5):
    """Round axis bounds and a round step (1, 2, 2.5 or 5 times a power of ten) covering low..high."""
    low, high = float(min(low, 0)), float(max(high, 0))
    if high == low:
        high = low + 1
    raw = (high - low) / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    bottom = math.floor(low / step) * step
    top = math.ceil(high / step) * step
    count = round((top - bottom) / step)
    return bottom, top, [_clean(bottom + i * step) for i in range(count + 1)]


def _clean(number):
    return Decimal(str(round(number, 10)))


def _truncate(text, width, char=CHAR):
    limit = max(3, int(width / char))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def geometry(kind, rows, unit=""):
    """What to draw for `rows` [(label, Decimal value), ...] as a chart of `kind`: the viewBox height and the
    shapes, every value already formatted."""
    rows = [(str(label), Decimal(value)) for label, value in rows]
    return _svg_numbers(_bars(rows, unit) if kind == BAR else _axes(kind, rows, unit))


def _svg_numbers(item):
    """Coordinates as SVG wants them ("249.8"), whatever the language: templates would write "249,8" in Vietnamese."""
    if isinstance(item, dict):
        return {key: _svg_numbers(value) for key, value in item.items()}
    if isinstance(item, list):
        return [_svg_numbers(value) for value in item]
    if isinstance(item, bool) or not isinstance(item, int | float):
        return item
    return f"{item:.1f}".removesuffix(".0")


def _is_dip(values, index):
    before = values[index - 1] if index > 0 else None
    after = values[index + 1] if index + 1 < len(values) else None
    neighbours = [v for v in (before, after) if v is not None]
    return bool(neighbours) and all(values[index] < v for v in neighbours)


def _bars(rows, unit):
    """Horizontal bars, one under the other: the label above its bar, the value at the bar's end."""
    top = FONT * 2 if unit else FONT * 0.5
    row_height = FONT * 3.4
    value_room = max(len(format_number(v)) for _, v in rows) * CHAR + 8
    length = WIDTH - value_room
    largest = max((v for _, v in rows), default=Decimal(0)) or Decimal(1)
    bars = []
    for index, (label, value) in enumerate(rows):
        y = top + index * row_height
        width = float(value / largest) * length if value > 0 else 0
        bars.append(
            {
                "label": _truncate(label, WIDTH),
                "label_y": round(y + FONT, 1),
                "x": 0,
                "y": round(y + FONT * 1.45, 1),
                "width": round(max(width, 1.5 if value > 0 else 0), 1),
                "height": round(FONT * 1.35, 1),
                "value": format_number(value),
                "value_x": round(width + 6, 1),
                "value_y": round(y + FONT * 1.45 + FONT * 1.05, 1),
            }
        )
    height = top + len(rows) * row_height
    return {
        "kind": BAR,
        "width": WIDTH,
        "height": round(height, 1),
        "font": FONT,
        "unit_y": FONT,
        "bars": bars,
        "baseline": {"x": 0, "y1": round(top + FONT * 1.2, 1), "y2": round(height - FONT * 0.6, 1)},
    }


def _axes(kind, rows, unit):
    """Columns or a line over a vertical scale with round ticks and gridlines; labels under the axis."""
    values = [v for _, v in rows]
    bottom, top, ticks = nice_scale(min(values), max(values))
    tick_labels = [format_number(t) for t in ticks]
    left = max(len(t) for t in tick_labels) * CHAR + 8
    plot_top = FONT * 2.4 if unit else FONT
    plot_height = 190
    plot_bottom = plot_top + plot_height
    plot_width = WIDTH - left - 4
    slot = plot_width / len(rows)

    def y_of(value):
        return plot_bottom - (float(value) - bottom) / (top - bottom) * plot_height

    zero = y_of(0)
    grid = [{"y": round(y_of(t), 1), "label": label} for t, label in zip(ticks, tick_labels, strict=True)]
    # A label too wide for its slot takes a smaller font, then is shown under every second or third slot only,
    # then is shortened (the table under the chart has it in full).
    longest = max(len(label) for label, _ in rows)
    label_font = FONT if longest * CHAR <= slot * 0.95 else FONT * 0.85
    char = label_font * 0.58
    label_every = min(3, len(rows), max(1, math.ceil(longest * char / (slot * 0.95))))
    widest_value = max(len(format_number(v)) for v in values) * CHAR
    value_font = FONT if widest_value <= slot else FONT * 0.8
    points = []
    for index, (label, value) in enumerate(rows):
        centre = left + slot * (index + 0.5)
        y = y_of(value)
        point = {
            "label": _truncate(label, slot * label_every * 0.95, char),
            "show_label": index % label_every == 0,
            "x": round(centre, 1),
            "y": round(y, 1),
            "value": format_number(value),
            "value_y": round((y - 7) if value >= 0 else (y + value_font + 4), 1),
        }
        if kind == LINE and _is_dip(values, index):  # a label above a dip would sit on the line: below it
            point["value_y"] = round(y + value_font + 6, 1)
        if kind == COLUMN:
            width = slot * 0.62
            point.update(
                {
                    "bar_x": round(centre - width / 2, 1),
                    "bar_y": round(min(y, zero), 1),
                    "bar_width": round(width, 1),
                    "bar_height": round(max(abs(zero - y), 1 if value else 0), 1),
                }
            )
        points.append(point)
    return {
        "kind": kind,
        "width": WIDTH,
        "height": round(plot_bottom + FONT * 2.2, 1),
        "font": FONT,
        "label_font": round(label_font, 1),
        "value_font": round(value_font, 1),
        "unit_y": FONT,
        "left": round(left, 1),
        "right": WIDTH,
        "zero": round(zero, 1),
        "grid": grid,
        "tick_x": round(left - 6, 1),
        "label_y": round(plot_bottom + FONT * 1.5, 1),
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
    }


def describe(kind, rows, unit=""):
    """One sentence for the SVG's description: what kind of chart, how many figures, the highest and the lowest."""
    names = {
        BAR: pgettext("chart", "Bar chart"),
        COLUMN: pgettext("chart", "Column chart"),
        LINE: pgettext("chart", "Line chart"),
    }
    rows = [(str(label), Decimal(value)) for label, value in rows]
    count = ngettext("%(count)d figure", "%(count)d figures", len(rows)) % {"count": len(rows)}
    parts = [names.get(kind, names[BAR]), count]

    def figure(row):
        label, value = row
        return f"{label} ({format_number(value)}{' ' + unit if unit else ''})"

    if len(rows) > 1:
        parts.append(pgettext("chart", "highest: %(figure)s") % {"figure": figure(max(rows, key=lambda r: r[1]))})
        parts.append(pgettext("chart", "lowest: %(figure)s") % {"figure": figure(min(rows, key=lambda r: r[1]))})
    return "; ".join(parts) + ". " + gettext("Every figure is in the table that follows.")
