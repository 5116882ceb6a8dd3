"""Illustrations for the demo, drawn in code: one picture per subject the demo writes about, so that an alt text can
say what is actually drawn. Deterministic (the seed varies colours, time of day and details, never the subject) and
light (tens of KB as a JPEG at 1600x900).

``SUBJECTS`` maps each subject to what its picture shows (the alt text's starting point); ``draw`` makes the JPEG.
``magazine_cover`` and ``magazine_page`` draw the demo's magazine covers and scanned pages the same way.
"""

import colorsys
import hashlib
import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

SUBJECTS = {
    "tea_hills": "Minh họa: đồi chè xếp tầng dưới bầu trời",
    "lake": "Minh họa: mặt hồ giữa những dãy núi",
    "bridge": "Minh họa: cây cầu bắc qua sông",
    "industrial_park": "Minh họa: nhà xưởng khu công nghiệp",
    "festival": "Minh họa: lễ hội với cờ và đèn lồng",
    "portrait": "Ảnh chân dung giữ chỗ (không phải ảnh thật)",
    "city": "Minh họa: các tòa nhà trong đô thị",
    "meeting": "Minh họa: hội trường với bàn chủ tọa",
    "school": "Minh họa: ngôi trường có sân và cột cờ",
    "health": "Minh họa: tòa nhà bệnh viện có dấu chữ thập",
    "road": "Minh họa: con đường xuyên qua đồi",
    "fields": "Minh họa: ruộng lúa bậc thang",
    "forest": "Minh họa: rừng và núi đá",
    "historic": "Minh họa: nhà sàn di tích giữa rừng",
    "digital": "Minh họa: điện thoại và biểu tượng dịch vụ công trực tuyến",
    "market": "Minh họa: gian hàng nông sản ở chợ",
}

PORTRAIT_LABEL = "Ảnh minh họa"
PORTRAIT_NOTE = "Chưa có ảnh"
MAGAZINE_NAME = "TRÀ VIỆT"

_FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
JPEG_QUALITY = 80


def draw(subject, seed, size):
    """The JPEG bytes of `subject`'s illustration at `size` (width, height); `seed` varies colours and details."""
    return _jpeg(render(subject, seed, size))


def render(subject, seed, size, label=True):
    """`subject`'s illustration as a Pillow image (``draw`` without the encoding). `label=False` leaves the
    portrait placeholder's words out (only tests want that)."""
    if subject not in SUBJECTS:
        raise ValueError(f"Unknown demo subject {subject!r}; choose one of {', '.join(SUBJECTS)}")
    scene = _Scene(seed, size)
    if subject == "portrait":
        _portrait(scene, label=label)
    else:
        _DRAWINGS[subject](scene)
    return scene.img


def magazine_cover(title, issue_label, seed, size=(1200, 1600), subject="tea_hills"):
    """The JPEG bytes of a magazine cover: `subject`'s illustration under the masthead ("TRÀ VIỆT"), `issue_label`
    (e.g. "Số 12 · 2026") and `title` in a band at the foot. An alt text can say exactly that."""
    width, height = size
    img = render(subject, seed, size)
    d = ImageDraw.Draw(img)
    unit = min(width, height)
    rng = _rng(seed)
    band = _hls(rng.choice([0.0, 0.08, 0.33, 0.58]), 0.22, 0.5)
    d.rectangle([0, 0, width, int(height * 0.17)], fill=band)
    masthead = _fit_font(d, MAGAZINE_NAME, int(width * 0.84), int(unit * 0.13))
    _centered_text(d, width / 2, height * 0.075, MAGAZINE_NAME, masthead, (255, 246, 220))
    _centered_text(d, width / 2, height * 0.145, issue_label, _font(int(unit * 0.035), bold=False), (255, 246, 220))
    d.rectangle([0, int(height * 0.8), width, height], fill=_mix(band, (0, 0, 0), 0.3))
    lines = _wrap(d, title, _font(int(unit * 0.055)), int(width * 0.88))[:3]
    font = _font(int(unit * 0.055))
    line_height = unit * 0.068
    top = height * 0.9 - line_height * (len(lines) - 1) / 2
    for index, line in enumerate(lines):
        _centered_text(d, width / 2, top + index * line_height, line, font, (255, 255, 255))
    return _jpeg(img)


def magazine_page(title, page_number, seed, size=(1200, 1600), subject="tea_hills"):
    """The JPEG bytes of a magazine page as a scan would show it: `title` as the heading, an illustration of
    `subject`, grey bars standing for the columns of text (no readable body text) and the page number."""
    width, height = size
    rng = _rng(seed)
    paper = _mix((250, 246, 236), _hls(rng.random(), 0.9, 0.3), 0.2)
    img = Image.new("RGB", size, paper)
    d = ImageDraw.Draw(img)
    unit = min(width, height)
    margin = int(width * 0.08)
    font = _font(int(unit * 0.05))
    y = margin
    for line in _wrap(d, title, font, width - 2 * margin)[:2]:
        d.text((margin, y), line, font=font, fill=(30, 30, 30))
        y += int(unit * 0.065)
    y += int(unit * 0.02)
    art_height = int(height * 0.32)
    art = render(subject, seed, (width - 2 * margin, art_height))
    img.paste(art, (margin, y))
    y += art_height + int(unit * 0.04)
    columns = 2
    gap = int(width * 0.04)
    column_width = (width - 2 * margin - gap) // columns
    line_gap = int(unit * 0.03)
    for column in range(columns):
        x = margin + column * (column_width + gap)
        row = y
        while row < height - margin * 1.4:
            length = column_width if rng.random() > 0.12 else int(column_width * rng.uniform(0.3, 0.8))
            d.rectangle([x, row, x + length, row + max(2, line_gap // 3)], fill=(150, 150, 150))
            row += line_gap
    number = str(page_number)
    _centered_text(d, width / 2, height - margin * 0.7, number, _font(int(unit * 0.03), bold=False), (60, 60, 60))
    return _jpeg(img)


# --- the painter's kit ---------------------------------------------------------------------------------------
def _rng(seed):
    return random.Random(int(hashlib.sha256(str(seed).encode()).hexdigest()[:16], 16))


def _jpeg(img):
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def _hls(hue, lightness, saturation):
    r, g, b = colorsys.hls_to_rgb(hue % 1, lightness, saturation)
    return (int(r * 255), int(g * 255), int(b * 255))


def _mix(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def _font(size, bold=True):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    size = max(8, int(size))
    try:
        return ImageFont.truetype(_FONT_DIR + name, size)
    except OSError:
        return ImageFont.load_default(size=size)


def _fit_font(d, text, max_width, size, bold=True):
    font = _font(size, bold)
    while size > 10 and d.textlength(text, font=font) > max_width:
        size = int(size * 0.9)
        font = _font(size, bold)
    return font


def _centered_text(d, x, y, text, font, fill):
    d.text((x, y), text, font=font, fill=fill, anchor="mm")


def _wrap(d, text, font, max_width):
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and d.textlength(candidate, font=font) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


# Sky (top, horizon), sun, and how much the land is darkened: midday, morning, late afternoon, dusk.
_SKIES = [
    ((78, 146, 214), (196, 226, 246), (255, 246, 205), 0.0),
    ((122, 168, 216), (250, 224, 188), (255, 238, 175), 0.05),
    ((82, 124, 190), (246, 200, 150), (255, 214, 150), 0.12),
    ((58, 64, 122), (240, 152, 112), (255, 196, 130), 0.28),
]


class _Scene:
    """A canvas with its seeded choices: sky, light, and shortcuts scaled to the picture."""

    def __init__(self, seed, size):
        self.rng = _rng(seed)
        self.w, self.h = size
        self.u = min(self.w, self.h) / 900
        self.img = Image.new("RGB", size, (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.sky_top, self.haze, self.sun, self.dark = self.rng.choice(_SKIES)

    # colours
    def tone(self, color):
        """`color` in this picture's light (darker and warmer towards dusk)."""
        return _mix(_mix(color, self.haze, 0.08), (20, 20, 50), self.dark)

    def far(self, color, t=0.5):
        """`color` seen through the haze."""
        return _mix(self.tone(color), self.haze, t)

    def green(self, lightness=0.4, saturation=0.5):
        return self.tone(_hls(self.rng.uniform(0.24, 0.34), lightness, saturation))

    # shapes
    def gradient(self, box, top, bottom):
        x0, y0, x1, y1 = (int(v) for v in box)
        height = max(1, y1 - y0)
        column = Image.new("RGB", (1, height))
        column.putdata([_mix(top, bottom, i / max(1, height - 1)) for i in range(height)])
        self.img.paste(column.resize((max(1, x1 - x0), height), Image.NEAREST), (x0, y0))

    def sky(self, horizon=None, sun=True, clouds=True):
        horizon = self.h if horizon is None else horizon
        self.gradient((0, 0, self.w, horizon), self.sky_top, self.haze)
        if sun:
            r = 45 * self.u
            x = self.w * self.rng.uniform(0.15, 0.85)
            y = horizon * self.rng.uniform(0.2, 0.55)
            self.d.ellipse([x - r * 1.6, y - r * 1.6, x + r * 1.6, y + r * 1.6], fill=_mix(self.sun, self.haze, 0.6))
            self.d.ellipse([x - r, y - r, x + r, y + r], fill=self.sun)
        if clouds:
            for _ in range(self.rng.randint(2, 4)):
                self.cloud(self.w * self.rng.random(), horizon * self.rng.uniform(0.1, 0.45))

    def cloud(self, x, y):
        color = _mix((255, 255, 255), self.haze, 0.25 + self.dark)
        s = self.u * self.rng.uniform(0.7, 1.3)
        for dx, dy, r in ((0, 0, 40), (45, -15, 50), (95, 0, 38), (50, 12, 45)):
            self.d.ellipse(
                [x + dx * s - r * s, y + dy * s - r * s * 0.7, x + dx * s + r * s, y + dy * s + r * s * 0.7], fill=color
            )

    def profile(self, base, amplitude, waves=(1.0, 2.3, 5.1), step=16):
        """The top edge of a ridge: (x, y) points across the picture (gentler on a tall picture than on a wide one,
        where the same height would make cliffs)."""
        amplitude *= min(1.0, self.w / self.h / (16 / 9)) ** 0.5
        terms = [
            (k * self.rng.uniform(0.8, 1.25), self.rng.uniform(0, 6.283), wt)
            for k, wt in zip(waves, (1.0, 0.45, 0.18), strict=True)
        ]
        points = []
        for x in range(0, self.w + step, step):
            t = x / self.w * 6.283
            points.append((x, base - amplitude * sum(wt * math.sin(t * k + ph) for k, ph, wt in terms)))
        return points

    def fill_below(self, points, color, bottom=None):
        bottom = self.h if bottom is None else bottom
        self.d.polygon([(points[0][0], bottom), *points, (points[-1][0], bottom)], fill=color)

    def ridge(self, base, amplitude, color, **kwargs):
        points = self.profile(base, amplitude, **kwargs)
        self.fill_below(points, color)
        return points

    def karst(self, base, height, color, count, width_range=(0.07, 0.14)):
        """Steep limestone peaks side by side."""
        peaks = []
        x = -self.w * 0.05
        while x < self.w * 1.05:
            half = self.w * self.rng.uniform(*width_range)
            peaks.append((x + half, half, height * self.rng.uniform(0.55, 1.0)))
            x += half * self.rng.uniform(1.1, 1.7)
        points = []
        for px in range(0, self.w + 8, 8):
            top = 0
            for cx, half, ph in peaks:
                t = abs(px - cx) / half
                if t < 1:
                    top = max(top, ph * (1 - t**2.2) ** 0.3)
            points.append((px, base - top))
        self.fill_below(points, color)
        return points

    def tree(self, x, ground, size, color=None, trunk=(92, 64, 44)):
        color = color or self.green(self.rng.uniform(0.25, 0.4))
        s = size
        self.d.rectangle([x - s * 0.08, ground - s * 0.9, x + s * 0.08, ground], fill=self.tone(trunk))
        light = _mix(color, (255, 255, 200), 0.12)
        for dx, dy, r in ((0, -1.25, 0.55), (-0.35, -0.95, 0.42), (0.35, -0.95, 0.42)):
            self.d.ellipse(
                [x + (dx - r) * s, ground + (dy - r) * s, x + (dx + r) * s, ground + (dy + r) * s], fill=color
            )
        self.d.ellipse([x - 0.3 * s, ground - 1.6 * s, x + 0.05 * s, ground - 1.3 * s], fill=light)

    def person(self, x, ground, size, body, hat=False, head=(70, 50, 40)):
        s = size
        self.d.rounded_rectangle([x - 0.28 * s, ground - 1.5 * s, x + 0.28 * s, ground], radius=0.2 * s, fill=body)
        self.d.ellipse([x - 0.2 * s, ground - 1.95 * s, x + 0.2 * s, ground - 1.55 * s], fill=head)
        if hat:  # nón lá
            self.d.polygon(
                [(x - 0.42 * s, ground - 1.62 * s), (x + 0.42 * s, ground - 1.62 * s), (x, ground - 2.15 * s)],
                fill=self.tone((232, 214, 160)),
            )

    def ground(self, top, color):
        self.d.rectangle([0, top, self.w, self.h], fill=color)

    def windows(self, box, rows, cols, color, margin=0.18):
        x0, y0, x1, y1 = box
        cw, rh = (x1 - x0) / cols, (y1 - y0) / rows
        for r in range(rows):
            for c in range(cols):
                self.d.rectangle(
                    [
                        x0 + c * cw + cw * margin,
                        y0 + r * rh + rh * margin,
                        x0 + (c + 1) * cw - cw * margin,
                        y0 + (r + 1) * rh - rh * margin,
                    ],
                    fill=color,
                )

    def vehicle(self, x, ground, length, color, truck=False):
        s = length
        wheel = (40, 40, 44)
        if truck:
            self.d.rectangle([x, ground - 0.42 * s, x + 0.72 * s, ground - 0.08 * s], fill=color)
            self.d.rounded_rectangle(
                [x + 0.74 * s, ground - 0.3 * s, x + s, ground - 0.08 * s],
                radius=0.04 * s,
                fill=self.tone((235, 235, 235)),
            )
            self.d.rectangle(
                [x + 0.86 * s, ground - 0.27 * s, x + 0.97 * s, ground - 0.18 * s], fill=self.tone((120, 170, 210))
            )
            centres = (0.15, 0.55, 0.87)
        else:
            self.d.rounded_rectangle([x, ground - 0.28 * s, x + s, ground - 0.08 * s], radius=0.06 * s, fill=color)
            self.d.rounded_rectangle(
                [x + 0.2 * s, ground - 0.44 * s, x + 0.75 * s, ground - 0.24 * s], radius=0.08 * s, fill=color
            )
            self.d.rectangle(
                [x + 0.27 * s, ground - 0.4 * s, x + 0.68 * s, ground - 0.28 * s], fill=self.tone((170, 205, 230))
            )
            centres = (0.2, 0.8)
        r = 0.09 * s
        for c in centres:
            self.d.ellipse([x + c * s - r, ground - 2 * r, x + c * s + r, ground], fill=wheel)


# --- one drawing per subject -----------------------------------------------------------------------------------
def _tea_hills(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    sc.sky(int(h * 0.6))
    sc.ridge(h * 0.42, h * 0.08, sc.far((70, 110, 100), 0.55))
    sc.ridge(h * 0.5, h * 0.07, sc.far((60, 110, 70), 0.3))
    hue = rng.uniform(0.26, 0.32)
    for layer in range(3):
        base = h * (0.58 + 0.14 * layer)
        points = sc.profile(base, h * rng.uniform(0.05, 0.09), waves=(1.2, 2.6, 4.0))
        path = sc.tone(_hls(hue - 0.04, 0.52 - 0.04 * layer, 0.35))
        bush = sc.tone(_hls(hue, 0.32 - 0.03 * layer, 0.55))
        sc.fill_below(points, path)
        gap = (22 + 12 * layer) * sc.u
        row = 1
        while points and row * gap < h * 0.5:
            offset = row * gap
            sc.d.line([(x, y + offset) for x, y in points], fill=bush, width=max(2, int(gap * 0.62)))
            row += 1
    for _ in range(rng.randint(2, 4)):
        x = w * rng.uniform(0.1, 0.9)
        sc.person(
            x,
            h * rng.uniform(0.86, 0.95),
            26 * sc.u,
            sc.tone(rng.choice([(60, 90, 160), (170, 60, 60), (230, 230, 230)])),
            hat=True,
        )


def _lake(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    horizon = int(h * rng.uniform(0.52, 0.6))
    sc.sky(horizon)
    sc.ridge(horizon - h * 0.14, h * 0.09, sc.far((80, 110, 120), 0.5), waves=(1.5, 3.2, 6.0))
    sc.ridge(horizon - h * 0.05, h * 0.06, sc.far((50, 100, 70), 0.2), waves=(1.0, 2.7, 5.5))
    sc.d.rectangle([0, horizon - 2 * sc.u, w, horizon], fill=sc.tone((40, 80, 50)))
    span = min(horizon, h - horizon)
    reflection = sc.img.crop((0, horizon - span, w, horizon)).transpose(Image.FLIP_TOP_BOTTOM)
    water = Image.new("RGB", reflection.size, sc.tone((40, 90, 130)))
    sc.img.paste(Image.blend(reflection, water, 0.45), (0, horizon))
    if span < h - horizon:
        sc.d.rectangle([0, horizon + span, w, h], fill=sc.tone((40, 90, 130)))
    ripple = _mix(sc.haze, (255, 255, 255), 0.3)
    for _ in range(int(60 * w / 1600) + 10):
        y = horizon + (h - horizon) * rng.random() ** 1.6
        length = w * rng.uniform(0.02, 0.09) * (0.4 + (y - horizon) / (h - horizon))
        x = w * rng.random()
        sc.d.line([(x, y), (x + length, y)], fill=ripple, width=max(1, int(2 * sc.u)))
    # a small boat with its rower
    bx, by, bl = w * rng.uniform(0.3, 0.7), horizon + (h - horizon) * 0.45, 140 * sc.u
    sc.d.polygon(
        [(bx, by), (bx + bl, by), (bx + bl * 0.85, by + bl * 0.12), (bx + bl * 0.15, by + bl * 0.12)],
        fill=sc.tone((70, 45, 30)),
    )
    sc.person(bx + bl * 0.5, by, 26 * sc.u, sc.tone((60, 70, 110)), hat=True)
    # the near shore
    shore = sc.profile(h * 0.97, h * 0.04, waves=(0.8, 2.0, 4.0))
    sc.fill_below(shore, sc.tone((60, 95, 50)))
    for _ in range(3):
        sc.tree(w * rng.choice([rng.uniform(0.02, 0.2), rng.uniform(0.8, 0.98)]), h * 1.0, 90 * sc.u)


def _bridge(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    water_top = int(h * 0.64)
    sc.sky(water_top)
    sc.ridge(water_top - h * 0.08, h * 0.06, sc.far((70, 110, 90), 0.45))
    sc.gradient((0, water_top, w, h), sc.tone((70, 130, 160)), sc.tone((30, 80, 110)))
    for _ in range(50):
        y = water_top + (h - water_top) * rng.random()
        x = w * rng.random()
        sc.d.line(
            [(x, y), (x + w * rng.uniform(0.02, 0.07), y)],
            fill=_mix(sc.haze, (255, 255, 255), 0.2),
            width=max(1, int(2 * sc.u)),
        )
    bank = sc.tone((96, 130, 70))
    sc.d.polygon([(0, water_top - h * 0.02), (w * 0.16, water_top), (w * 0.08, h), (0, h)], fill=bank)
    sc.d.polygon([(w, water_top - h * 0.02), (w * 0.84, water_top), (w * 0.92, h), (w, h)], fill=bank)
    deck_y = h * 0.55
    deck_t = h * 0.03
    concrete = sc.tone((200, 200, 195))
    steel = sc.tone(rng.choice([(200, 60, 50), (235, 235, 235), (60, 110, 170)]))
    kind = rng.choice(["arch", "cable"])
    if kind == "arch":
        x0, x1 = w * 0.18, w * 0.82
        rise = h * 0.22
        thickness = max(4, int(14 * sc.u))
        sc.d.arc([x0, deck_y - rise, x1, deck_y + rise], 180, 360, fill=steel, width=thickness)
        for i in range(1, 12):
            x = x0 + (x1 - x0) * i / 12
            t = (x - (x0 + x1) / 2) / ((x1 - x0) / 2)
            y = deck_y - rise * math.sqrt(max(0.0, 1 - t * t))
            sc.d.line([(x, y), (x, deck_y)], fill=steel, width=max(2, int(4 * sc.u)))
        piers = (x0, x1)
    else:
        piers = (w * 0.33, w * 0.67)
        top = deck_y - h * 0.33
        for px in piers:
            for i in range(1, 7):
                for side in (-1, 1):
                    sc.d.line(
                        [(px, top + h * 0.03), (px + side * w * 0.026 * i, deck_y)],
                        fill=steel,
                        width=max(1, int(3 * sc.u)),
                    )
            sc.d.rectangle([px - 12 * sc.u, top, px + 12 * sc.u, water_top], fill=concrete)
    for px in piers:
        sc.d.rectangle(
            [px - 16 * sc.u, deck_y, px + 16 * sc.u, water_top + h * 0.05], fill=_mix(concrete, (0, 0, 0), 0.15)
        )
    sc.d.rectangle([0, deck_y, w, deck_y + deck_t], fill=concrete)
    sc.d.rectangle([0, deck_y - 6 * sc.u, w, deck_y], fill=_mix(concrete, (0, 0, 0), 0.25))
    x = w * rng.uniform(0.0, 0.1)
    while x < w:
        length = rng.uniform(60, 110) * sc.u
        sc.vehicle(x, deck_y - 6 * sc.u, length, sc.tone(_hls(rng.random(), 0.45, 0.6)), truck=rng.random() < 0.3)
        x += length + rng.uniform(80, 260) * sc.u


def _industrial_park(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    ground_y = h * 0.62
    sc.sky(int(ground_y))
    sc.ridge(ground_y - h * 0.04, h * 0.04, sc.far((80, 120, 90), 0.5))
    sc.ground(ground_y, sc.tone((150, 175, 110)))
    wall = sc.tone((236, 238, 240))
    roof = sc.tone(rng.choice([(70, 110, 170), (90, 100, 115), (60, 130, 150)]))
    stripe = sc.tone(rng.choice([(30, 90, 170), (200, 70, 50), (40, 140, 110)]))
    for row, (height_frac, scale) in enumerate(((0.16, 0.8), (0.24, 1.0))):
        x = -w * rng.uniform(0.0, 0.1) + row * w * 0.05
        while x < w:
            length = w * rng.uniform(0.22, 0.36) * scale
            base = ground_y + h * 0.08 * row
            top = base - h * height_frac
            sc.d.rectangle([x, top, x + length, base], fill=_mix(wall, (0, 0, 0), 0.08 * (1 - row)))
            sc.d.rectangle([x, top + (base - top) * 0.25, x + length, top + (base - top) * 0.33], fill=stripe)
            if rng.random() < 0.5:  # sawtooth roof
                teeth = 6
                for i in range(teeth):
                    tx = x + length * i / teeth
                    sc.d.polygon(
                        [(tx, top), (tx + length / teeth, top), (tx + length / teeth, top - h * 0.04)], fill=roof
                    )
            else:  # a low gable with a strip of solar panels
                sc.d.polygon(
                    [(x - 4 * sc.u, top), (x + length / 2, top - h * 0.05), (x + length + 4 * sc.u, top)], fill=roof
                )
                sc.d.polygon(
                    [
                        (x + length * 0.12, top - h * 0.006),
                        (x + length * 0.5, top - h * 0.044),
                        (x + length * 0.5, top - h * 0.03),
                        (x + length * 0.2, top - h * 0.004),
                    ],
                    fill=sc.tone((30, 50, 90)),
                )
            for i in range(rng.randint(2, 4)):
                dx = x + length * (0.1 + 0.22 * i)
                if dx + length * 0.12 < x + length:
                    sc.d.rectangle(
                        [dx, base - (base - top) * 0.45, dx + length * 0.12, base], fill=sc.tone((130, 140, 150))
                    )
            sc.d.rectangle(
                [x, top + (base - top) * 0.4, x + length, top + (base - top) * 0.46], fill=sc.tone((150, 190, 220))
            )
            x += length + w * rng.uniform(0.03, 0.08)
    road_top = h * 0.82
    for x in range(int(w * 0.03), w, int(w * 0.11)):
        sc.tree(x + rng.uniform(-20, 20) * sc.u, road_top - h * 0.01, 40 * sc.u)
    sc.d.rectangle([0, road_top, w, h * 0.95], fill=sc.tone((90, 92, 96)))
    for x in range(0, w, int(80 * sc.u) or 1):
        sc.d.rectangle([x, h * 0.885, x + 40 * sc.u, h * 0.885 + 4 * sc.u], fill=(235, 235, 220))
    x = w * rng.uniform(0.0, 0.2)
    while x < w:
        length = rng.uniform(170, 230) * sc.u
        sc.vehicle(
            x, h * 0.88, length, sc.tone(rng.choice([(200, 60, 50), (40, 110, 180), (230, 160, 40)])), truck=True
        )
        x += length + rng.uniform(150, 500) * sc.u


def _festival(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    sc.sky_top, sc.haze = rng.choice(
        [((30, 30, 80), (150, 80, 120)), ((20, 40, 90), (230, 130, 90)), ((40, 60, 130), (240, 180, 120))]
    )
    sc.dark = 0.15
    sc.sky(int(h * 0.7), sun=False, clouds=False)
    sc.ridge(h * 0.55, h * 0.05, sc.tone((40, 50, 60)))
    # the stage
    sx0, sx1 = w * rng.uniform(0.25, 0.35), w * rng.uniform(0.65, 0.75)
    sc.d.rectangle([sx0, h * 0.3, sx1, h * 0.7], fill=sc.tone((170, 20, 30)))
    sc.d.rectangle([sx0, h * 0.3, sx1, h * 0.7], outline=(230, 190, 70), width=max(3, int(10 * sc.u)))
    sc.d.ellipse([(sx0 + sx1) / 2 - h * 0.08, h * 0.38, (sx0 + sx1) / 2 + h * 0.08, h * 0.54], fill=(240, 200, 80))
    sc.d.rectangle([sx0 - w * 0.03, h * 0.7, sx1 + w * 0.03, h * 0.76], fill=sc.tone((90, 60, 45)))
    for i in range(4):  # dancers on the stage
        x = sx0 + (sx1 - sx0) * (0.2 + 0.2 * i)
        sc.person(x, h * 0.7, 30 * sc.u, rng.choice([(230, 200, 60), (220, 90, 140), (240, 240, 240)]), hat=True)
    # bunting and lanterns on strings
    colors = [(220, 40, 40), (245, 200, 40), (40, 120, 210), (40, 170, 90), (240, 120, 40)]
    for line in range(2):
        y0 = h * (0.08 + 0.12 * line)
        sag = h * 0.08
        n = 18
        points = [(w * i / n, y0 + sag * math.sin(math.pi * i / n)) for i in range(n + 1)]
        sc.d.line(points, fill=(230, 230, 230), width=max(1, int(2 * sc.u)))
        for i, (x, y) in enumerate(points[:-1]):
            nx, ny = points[i + 1]
            if line == 0:
                sc.d.polygon(
                    [(x, y), (nx, ny), ((x + nx) / 2, (y + ny) / 2 + h * 0.06)],
                    fill=colors[(i + rng.randint(0, 1)) % len(colors)],
                )
            elif i % 2 == 1:
                r = 22 * sc.u
                cx, cy = (x + nx) / 2, (y + ny) / 2 + r * 1.4
                sc.d.line([((x + nx) / 2, (y + ny) / 2), (cx, cy)], fill=(230, 230, 230), width=1)
                sc.d.ellipse([cx - r * 1.5, cy - r * 1.4, cx + r * 1.5, cy + r * 1.4], fill=(255, 200, 90))
                sc.d.ellipse([cx - r * 1.2, cy - r, cx + r * 1.2, cy + r], fill=(225, 40, 35))
                sc.d.rectangle([cx - r * 0.5, cy - r * 1.15, cx + r * 0.5, cy - r * 0.85], fill=(240, 200, 60))
                sc.d.line([(cx, cy + r), (cx, cy + r * 1.8)], fill=(240, 200, 60), width=max(1, int(3 * sc.u)))
    # flags on poles either side of the stage
    for x in (sx0 - w * 0.08, sx1 + w * 0.08):
        sc.d.line([(x, h * 0.25), (x, h * 0.8)], fill=(210, 210, 210), width=max(2, int(5 * sc.u)))
        sc.d.polygon([(x, h * 0.26), (x + w * 0.06, h * 0.29), (x, h * 0.32)], fill=rng.choice(colors))
    # the crowd, seen from behind
    for row in range(3):
        y = h * (0.84 + 0.07 * row)
        x = -rng.uniform(0, 30) * sc.u
        while x < w + 40 * sc.u:
            s = (36 + 10 * row) * sc.u * rng.uniform(0.85, 1.1)
            shade = sc.tone(_mix((20, 20, 30), (90, 70, 80), rng.random() * 0.6 + 0.2 * (2 - row)))
            sc.d.ellipse([x - s * 0.8, y - s * 0.35, x + s * 0.8, y + s * 1.6], fill=shade)
            sc.d.ellipse([x - s * 0.42, y - s * 1.0, x + s * 0.42, y - s * 0.1], fill=shade)
            x += s * rng.uniform(1.2, 1.7)


def _portrait(sc, label=True):
    w, h, rng = sc.w, sc.h, sc.rng
    hue = rng.uniform(0.5, 0.65)
    sc.gradient((0, 0, w, h), _hls(hue, 0.86, 0.15), _hls(hue, 0.7, 0.12))
    unit = min(w, h)
    cx, cy = w / 2, h * 0.42
    figure = _hls(hue, 0.5, 0.06)
    r = unit * 0.17
    sc.d.ellipse([cx - unit * 0.36, cy + r * 0.95, cx + unit * 0.36, cy + r * 0.95 + unit * 0.7], fill=figure)
    sc.d.rectangle([cx - r * 0.4, cy + r * 0.5, cx + r * 0.4, cy + r * 1.3], fill=figure)
    sc.d.ellipse([cx - r * 0.85, cy - r, cx + r * 0.85, cy + r], fill=figure)
    if not label:
        return
    band_top, band_bottom = h - unit * 0.24, h - unit * 0.06
    sc.d.rectangle([0, band_top, w, band_bottom], fill=(40, 44, 52))
    font = _fit_font(sc.d, PORTRAIT_LABEL, w * 0.86, unit * 0.075)
    _centered_text(sc.d, w / 2, band_top + (band_bottom - band_top) * 0.36, PORTRAIT_LABEL, font, (255, 255, 255))
    small = _fit_font(sc.d, PORTRAIT_NOTE, w * 0.86, unit * 0.045, bold=False)
    _centered_text(sc.d, w / 2, band_top + (band_bottom - band_top) * 0.74, PORTRAIT_NOTE, small, (225, 225, 225))


def _city(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    street = h * 0.8
    sc.sky(int(street))
    far = sc.far((120, 130, 150), 0.55)
    x = 0
    while x < w:
        bw = w * rng.uniform(0.04, 0.08)
        sc.d.rectangle([x, street - h * rng.uniform(0.3, 0.5), x + bw, street], fill=far)
        x += bw
    x = -w * 0.02
    while x < w:
        bw = w * rng.uniform(0.07, 0.13)
        top = street - h * rng.uniform(0.22, 0.58)
        body = sc.tone(
            rng.choice([(225, 220, 205), (180, 195, 210), (210, 180, 150), (160, 170, 180), (235, 235, 235)])
        )
        sc.d.rectangle([x, top, x + bw, street], fill=body)
        glass = sc.tone(rng.choice([(110, 160, 200), (80, 110, 140), (150, 190, 210)]))
        if rng.random() < 0.4:  # glass tower
            sc.d.rectangle([x + bw * 0.08, top + bw * 0.08, x + bw * 0.92, street], fill=glass)
            for y in range(int(top + bw * 0.2), int(street), max(4, int(18 * sc.u))):
                sc.d.line([(x + bw * 0.08, y), (x + bw * 0.92, y)], fill=_mix(glass, (255, 255, 255), 0.25))
        else:
            rows = max(2, int((street - top) / (34 * sc.u)))
            sc.windows((x + bw * 0.08, top + bw * 0.1, x + bw * 0.92, street - h * 0.04), rows, 4, glass)
        if rng.random() < 0.3:
            sc.d.line([(x + bw / 2, top), (x + bw / 2, top - h * 0.05)], fill=body, width=max(2, int(4 * sc.u)))
        x += bw + w * rng.uniform(0.0, 0.02)
    sc.d.rectangle([0, street, w, h], fill=sc.tone((80, 82, 86)))
    sc.d.rectangle([0, street, w, street + h * 0.025], fill=sc.tone((190, 185, 175)))
    for x in range(0, w, max(1, int(90 * sc.u))):
        sc.d.rectangle([x, h * 0.91, x + 45 * sc.u, h * 0.91 + 5 * sc.u], fill=(235, 235, 220))
    for x in range(int(w * 0.05), w, max(1, int(w * 0.14))):
        sc.tree(x, street + h * 0.02, 42 * sc.u)
    x = rng.uniform(0, 0.3) * w
    while x < w:
        length = rng.uniform(90, 130) * sc.u
        sc.vehicle(x, h * 0.9 + rng.choice([0, 0.06]) * h, length, sc.tone(_hls(rng.random(), 0.45, 0.6)))
        x += length + rng.uniform(100, 400) * sc.u


def _meeting(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    wall = rng.choice([(236, 226, 200), (226, 214, 190), (220, 226, 230)])
    sc.gradient((0, 0, w, h * 0.72), wall, _mix(wall, (0, 0, 0), 0.12))
    curtain = rng.choice([(150, 25, 35), (120, 20, 60), (40, 70, 130)])
    for side in (0, 1):
        x0 = 0 if side == 0 else w * 0.88
        sc.d.rectangle([x0, 0, x0 + w * 0.12, h * 0.72], fill=curtain)
        for i in range(6):
            fx = x0 + w * 0.12 * i / 6
            sc.d.line([(fx, 0), (fx, h * 0.72)], fill=_mix(curtain, (0, 0, 0), 0.3), width=max(2, int(6 * sc.u)))
    # the banner across the top of the stage
    banner = (190, 20, 30)
    sc.d.rectangle([w * 0.14, h * 0.06, w * 0.86, h * 0.2], fill=banner)
    sc.d.rectangle([w * 0.14, h * 0.06, w * 0.86, h * 0.2], outline=(240, 200, 70), width=max(2, int(5 * sc.u)))
    font = _fit_font(sc.d, "HỘI NGHỊ", w * 0.6, h * 0.085)
    _centered_text(sc.d, w / 2, h * 0.13, "HỘI NGHỊ", font, (250, 215, 80))
    # presidium: people seated behind a long table with a cloth and flowers
    floor_y = h * 0.72
    sc.d.rectangle([0, floor_y, w, h], fill=rng.choice([(150, 70, 60), (120, 60, 55), (110, 90, 80)]))
    table_y = h * 0.48
    seats = rng.randint(5, 7)
    for i in range(seats):
        x = w * (0.2 + 0.6 * (i + 0.5) / seats)
        s = 44 * sc.u
        sc.d.ellipse(
            [x - s * 0.8, table_y - s * 0.9, x + s * 0.8, table_y + s * 0.6],
            fill=rng.choice([(40, 45, 60), (60, 60, 70), (230, 230, 235)]),
        )
        sc.d.ellipse([x - s * 0.38, table_y - s * 1.65, x + s * 0.38, table_y - s * 0.8], fill=(90, 65, 50))
    cloth = rng.choice([(40, 120, 70), (170, 25, 35), (40, 70, 140)])
    sc.d.rectangle([w * 0.18, table_y, w * 0.82, table_y + h * 0.2], fill=cloth)
    sc.d.rectangle([w * 0.18, table_y, w * 0.82, table_y + h * 0.025], fill=_mix(cloth, (255, 255, 255), 0.4))
    for i in range(seats):  # name plates and microphones
        x = w * (0.2 + 0.6 * (i + 0.5) / seats)
        sc.d.rectangle([x - 24 * sc.u, table_y - 14 * sc.u, x + 24 * sc.u, table_y], fill=(245, 245, 245))
    for i in range(9):
        x = w * (0.2 + 0.6 * i / 8)
        r = 20 * sc.u
        sc.d.ellipse(
            [x - r * 1.5, table_y + h * 0.2 - r * 1.4, x + r * 1.5, table_y + h * 0.2 + r * 0.8], fill=(40, 120, 50)
        )
        for dx in (-0.8, 0, 0.8):
            sc.d.ellipse(
                [x + dx * r - r * 0.6, table_y + h * 0.2 - r * 1.6, x + dx * r + r * 0.6, table_y + h * 0.2 - r * 0.4],
                fill=rng.choice([(240, 210, 60), (230, 80, 90), (250, 250, 250)]),
            )
    # the lectern
    lx = w * 0.9
    sc.d.polygon(
        [(lx - 40 * sc.u, h * 0.5), (lx + 40 * sc.u, h * 0.5), (lx + 30 * sc.u, h * 0.74), (lx - 30 * sc.u, h * 0.74)],
        fill=(120, 70, 40),
    )
    # the audience, seen from behind
    for row in range(2):
        y = h * (0.86 + 0.1 * row)
        x = w * 0.03 + row * 30 * sc.u
        while x < w:
            s = (42 + 8 * row) * sc.u
            shade = rng.choice([(40, 40, 50), (60, 60, 70), (200, 200, 205), (70, 80, 110)])
            sc.d.ellipse([x - s * 0.85, y - s * 0.3, x + s * 0.85, y + s * 1.4], fill=shade)
            sc.d.ellipse([x - s * 0.4, y - s * 0.95, x + s * 0.4, y - s * 0.1], fill=(35, 30, 30))
            x += s * 1.9


def _school(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    yard = h * 0.72
    sc.sky(int(yard))
    sc.ground(yard, sc.tone((205, 195, 175)))
    wall = sc.tone(rng.choice([(240, 210, 120), (235, 225, 190), (245, 200, 150)]))
    x0, x1 = w * 0.12, w * 0.88
    floors = rng.randint(2, 3)
    top = yard - h * (0.15 * floors)
    sc.d.rectangle([x0, top, x1, yard], fill=wall)
    roof = sc.tone((175, 70, 50))
    sc.d.polygon(
        [(x0 - w * 0.02, top), (x0 + w * 0.03, top - h * 0.08), (x1 - w * 0.03, top - h * 0.08), (x1 + w * 0.02, top)],
        fill=roof,
    )
    for f in range(floors):
        fy = top + h * 0.15 * f
        sc.d.rectangle([x0, fy + h * 0.13, x1, fy + h * 0.15], fill=_mix(wall, (0, 0, 0), 0.15))
        sc.windows(
            (x0 + w * 0.02, fy + h * 0.02, x1 - w * 0.02, fy + h * 0.12), 1, 12, sc.tone((90, 130, 170)), margin=0.2
        )
    cx = (x0 + x1) / 2
    sc.d.rectangle([cx - w * 0.06, top - h * 0.04, cx + w * 0.06, yard], fill=_mix(wall, (255, 255, 255), 0.3))
    sc.d.polygon([(cx - w * 0.075, top - h * 0.04), (cx, top - h * 0.14), (cx + w * 0.075, top - h * 0.04)], fill=roof)
    sc.d.rectangle([cx - w * 0.03, yard - h * 0.12, cx + w * 0.03, yard], fill=sc.tone((110, 80, 60)))
    # flagpole and flag in the yard
    fx = w * rng.uniform(0.06, 0.1) if rng.random() < 0.5 else w * rng.uniform(0.9, 0.94)
    sc.d.line([(fx, yard + h * 0.12), (fx, h * 0.12)], fill=(220, 220, 220), width=max(2, int(6 * sc.u)))
    sc.d.rectangle([fx, h * 0.12, fx + w * 0.07, h * 0.2], fill=(218, 37, 29))
    sc.d.rectangle([fx - 14 * sc.u, yard + h * 0.11, fx + 14 * sc.u, yard + h * 0.13], fill=(150, 150, 150))
    for x in (w * 0.04, w * 0.96, w * 0.3, w * 0.7):
        sc.tree(x + rng.uniform(-10, 10) * sc.u, yard + h * 0.07, 60 * sc.u)
    for _ in range(rng.randint(5, 9)):
        sc.person(
            w * rng.uniform(0.15, 0.85),
            yard + h * rng.uniform(0.12, 0.25),
            22 * sc.u,
            rng.choice([(245, 245, 245), (60, 90, 170)]),
        )


def _health(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    ground_y = h * 0.76
    sc.sky(int(ground_y))
    sc.ground(ground_y, sc.tone((180, 185, 180)))
    sc.d.rectangle([0, ground_y, w, ground_y + h * 0.03], fill=sc.tone((120, 160, 90)))
    wall = sc.tone((245, 245, 242))
    x0, x1 = w * 0.22, w * 0.78
    top = h * 0.24
    sc.d.rectangle([x0, top, x1, ground_y], fill=wall)
    sc.d.rectangle([x0 - w * 0.12, top + h * 0.18, x0, ground_y], fill=_mix(wall, (0, 0, 0), 0.06))
    sc.d.rectangle([x1, top + h * 0.18, x1 + w * 0.12, ground_y], fill=_mix(wall, (0, 0, 0), 0.06))
    glass = sc.tone(rng.choice([(100, 170, 200), (90, 150, 170)]))
    sc.windows((x0 + w * 0.02, top + h * 0.04, x1 - w * 0.02, ground_y - h * 0.12), 5, 10, glass, margin=0.15)
    sc.windows((x0 - w * 0.11, top + h * 0.21, x0 - w * 0.01, ground_y - h * 0.12), 3, 4, glass, margin=0.18)
    sc.windows((x1 + w * 0.01, top + h * 0.21, x1 + w * 0.11, ground_y - h * 0.12), 3, 4, glass, margin=0.18)
    cross_color = rng.choice([(210, 30, 40), (30, 150, 80)])
    cx, cy, s = w / 2, top - h * 0.09, h * 0.07
    sc.d.rectangle([cx - s * 1.3, cy - s * 1.3, cx + s * 1.3, cy + s * 1.3], fill=(255, 255, 255))
    sc.d.rectangle(
        [cx - s * 1.3, cy - s * 1.3, cx + s * 1.3, cy + s * 1.3], outline=cross_color, width=max(2, int(4 * sc.u))
    )
    sc.d.rectangle([cx - s * 0.35, cy - s, cx + s * 0.35, cy + s], fill=cross_color)
    sc.d.rectangle([cx - s, cy - s * 0.35, cx + s, cy + s * 0.35], fill=cross_color)
    sc.d.rectangle(
        [cx - w * 0.08, ground_y - h * 0.11, cx + w * 0.08, ground_y - h * 0.09], fill=sc.tone((70, 120, 170))
    )
    sc.d.rectangle([cx - w * 0.05, ground_y - h * 0.09, cx + w * 0.05, ground_y], fill=glass)
    # the ambulance
    ax, ay, al = w * rng.uniform(0.05, 0.12), h * 0.93, 230 * sc.u
    sc.d.rounded_rectangle([ax, ay - al * 0.45, ax + al * 0.75, ay - al * 0.08], radius=al * 0.03, fill=(250, 250, 250))
    sc.d.rounded_rectangle(
        [ax + al * 0.7, ay - al * 0.32, ax + al, ay - al * 0.08], radius=al * 0.05, fill=(250, 250, 250)
    )
    sc.d.rectangle([ax + al * 0.8, ay - al * 0.29, ax + al * 0.95, ay - al * 0.2], fill=(120, 170, 210))
    sc.d.rectangle([ax, ay - al * 0.2, ax + al, ay - al * 0.16], fill=cross_color)
    c, k = (ax + al * 0.37, ay - al * 0.3), al * 0.07
    sc.d.rectangle([c[0] - k * 0.35, c[1] - k, c[0] + k * 0.35, c[1] + k], fill=cross_color)
    sc.d.rectangle([c[0] - k, c[1] - k * 0.35, c[0] + k, c[1] + k * 0.35], fill=cross_color)
    for wx in (0.18, 0.82):
        r = al * 0.08
        sc.d.ellipse([ax + wx * al - r, ay - 2 * r, ax + wx * al + r, ay], fill=(40, 40, 44))
    for x in (w * 0.03, w * 0.97):
        sc.tree(x, ground_y + h * 0.03, 70 * sc.u)


def _road(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    horizon = h * 0.5
    sc.sky(int(horizon) + 2)
    sc.ridge(horizon - h * 0.06, h * 0.06, sc.far((80, 110, 100), 0.5))
    left = sc.ridge(horizon + h * 0.02, h * 0.05, sc.green(0.42), waves=(1.0, 2.0, 4.0))
    sc.ridge(horizon + h * 0.12, h * 0.04, sc.green(0.36), waves=(1.0, 2.0, 4.0))
    del left
    vx = w * rng.uniform(0.4, 0.6)
    bend = w * rng.uniform(-0.12, 0.12)
    near = w * 0.42
    steps = 40
    lefts, rights, centres = [], [], []
    for i in range(steps + 1):
        t = i / steps  # 0 at the bottom of the picture, 1 at the vanishing point
        y = h - (h - horizon - h * 0.04) * (1 - (1 - t) ** 1.8)
        cx = w / 2 + (vx - w / 2) * t + bend * math.sin(math.pi * t)
        half = near * (1 - t) ** 1.8 + 3 * sc.u
        lefts.append((cx - half, y))
        rights.append((cx + half, y))
        centres.append((cx, y, half))
    verge = sc.tone((180, 160, 120))
    sc.d.polygon(
        [(x - 18 * sc.u * (1 - i / steps), y) for i, (x, y) in enumerate(lefts)]
        + [(x + 18 * sc.u * (1 - i / steps), y) for i, (x, y) in reversed(list(enumerate(rights)))],
        fill=verge,
    )
    sc.d.polygon(lefts + rights[::-1], fill=sc.tone((85, 88, 92)))
    edge = (235, 235, 230)
    sc.d.line(lefts, fill=edge, width=max(2, int(5 * sc.u)))
    sc.d.line(rights, fill=edge, width=max(2, int(5 * sc.u)))
    for i in range(0, steps - 4, 2):
        (x0, y0, half0), (x1, y1, _) = centres[i], centres[i + 1]
        sc.d.line([(x0, y0), (x1, y1)], fill=(245, 220, 90), width=max(1, int(half0 / 30)))
    for side in (-1, 1):
        for i in range(2, 30, 4):
            x, y, half = centres[i]
            size = 90 * sc.u * (1 - i / steps) ** 1.5
            sc.tree(x + side * (half + size * 1.5), y, size)
    if rng.random() < 0.7:
        x, y, half = centres[12]
        length = half * 0.45
        sc.vehicle(x + half * 0.1, y, length, sc.tone(_hls(rng.random(), 0.45, 0.6)))


def _fields(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    sc.sky(int(h * 0.45))
    sc.ridge(h * 0.3, h * 0.07, sc.far((70, 100, 100), 0.5))
    season = rng.choice(["green", "gold", "young"])
    hues = {"green": (0.22, 0.3, 0.42, 0.6), "gold": (0.11, 0.15, 0.52, 0.7), "young": (0.2, 0.26, 0.55, 0.55)}
    low, high, lightness, saturation = hues[season]
    riser = sc.tone((120, 95, 55))
    # Hillsides cut into terraces: nested contours of each hill, from its foot up to its top, back hills first.
    hills = [
        (w * rng.uniform(0.1, 0.4), h * 0.78, w * 0.42, h * 0.42, 0.25),
        (w * rng.uniform(0.6, 0.9), h * 0.8, w * 0.45, h * 0.4, 0.15),
        (w * rng.uniform(0.35, 0.65), h * 1.25, w * 0.75, h * 0.68, 0.0),
    ]
    for cx, base, half_width, height, haze in hills:
        levels = 8
        step = height / levels
        for k in range(levels):
            frac = 1 - k / levels
            rx, ry = half_width * frac**0.8, height * frac
            color = _mix(
                sc.tone(_hls(rng.uniform(low, high), lightness + 0.08 * rng.random(), saturation)), sc.haze, haze
            )
            sc.d.ellipse([cx - rx, base - ry, cx + rx, base + ry], fill=_mix(riser, sc.haze, haze))
            sc.d.ellipse([cx - rx + step * 0.3, base - ry + step * 0.3, cx + rx - step * 0.3, base + ry], fill=color)
            if season == "young":  # water shining in the flooded terrace
                sc.d.arc(
                    [cx - rx + step * 0.5, base - ry + step * 0.5, cx + rx - step * 0.5, base + ry],
                    200,
                    340,
                    fill=_mix(sc.haze, (255, 255, 255), 0.4),
                    width=max(1, int(step * 0.08)),
                )
    x = w * rng.uniform(0.6, 0.85)
    sc.person(x, h * 0.93, 34 * sc.u, sc.tone((70, 90, 140)), hat=True)


def _forest(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    sc.sky(int(h * 0.7), clouds=rng.random() < 0.5)
    sc.karst(h * 0.6, h * 0.42, sc.far((90, 120, 110), 0.55), 8, width_range=(0.04, 0.08))
    mist = Image.new("RGB", (w, int(h * 0.08)), _mix(sc.haze, (255, 255, 255), 0.5))
    region = (0, int(h * 0.5), w, int(h * 0.5) + mist.size[1])
    sc.img.paste(Image.blend(sc.img.crop(region), mist, 0.55), region[:2])
    sc.karst(h * 0.74, h * 0.5, sc.tone((60, 95, 70)), 6, width_range=(0.05, 0.09))
    for row in range(4):
        y = h * (0.66 + 0.11 * row)
        x = -rng.uniform(0, 40) * sc.u
        while x < w + 40 * sc.u:
            s = (50 + 22 * row) * sc.u * rng.uniform(0.8, 1.2)
            color = sc.green(rng.uniform(0.18, 0.32) + 0.03 * row, 0.55)
            sc.d.ellipse([x - s, y - s * 1.1, x + s, y + s * 0.6], fill=color)
            sc.d.ellipse([x - s * 0.6, y - s * 1.0, x + s * 0.1, y - s * 0.55], fill=_mix(color, (230, 255, 150), 0.18))
            x += s * rng.uniform(1.2, 1.6)


def _historic(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    ground_y = h * 0.78
    sc.sky(int(ground_y))
    sc.ridge(h * 0.5, h * 0.07, sc.far((60, 100, 80), 0.4))
    for x in range(int(w * 0.02), w, int(w * 0.07)):
        sc.tree(
            x + rng.uniform(-20, 20) * sc.u, h * 0.62, rng.uniform(70, 110) * sc.u, color=sc.far((50, 100, 50), 0.2)
        )
    sc.ground(ground_y, sc.tone((120, 150, 80)))
    sc.d.rectangle([0, h * 0.6, w, ground_y], fill=sc.tone((110, 145, 75)))
    wood = sc.tone(rng.choice([(120, 80, 50), (140, 95, 60)]))
    cx = w * rng.uniform(0.45, 0.55)
    half = min(w * 0.26, h * 0.55)
    floor_y = ground_y - h * 0.16
    for i in range(7):  # the stilts
        px = cx - half * 0.9 + half * 1.8 * i / 6
        sc.d.rectangle([px - 7 * sc.u, floor_y, px + 7 * sc.u, ground_y], fill=_mix(wood, (0, 0, 0), 0.3))
    sc.d.rectangle([cx - half, floor_y - h * 0.02, cx + half, floor_y + h * 0.015], fill=_mix(wood, (0, 0, 0), 0.2))
    wall_top = floor_y - h * 0.14
    sc.d.rectangle([cx - half * 0.9, wall_top, cx + half * 0.9, floor_y - h * 0.02], fill=wood)
    for i in range(1, 16):
        x = cx - half * 0.9 + half * 1.8 * i / 16
        sc.d.line(
            [(x, wall_top), (x, floor_y - h * 0.02)], fill=_mix(wood, (0, 0, 0), 0.25), width=max(1, int(2 * sc.u))
        )
    for i in (-0.5, 0.5):
        sc.d.rectangle(
            [cx + half * i - half * 0.1, wall_top + h * 0.03, cx + half * i + half * 0.1, floor_y - h * 0.05],
            fill=(50, 35, 25),
        )
    thatch = sc.tone(rng.choice([(170, 130, 70), (150, 110, 60), (110, 90, 70)]))
    roof_top = wall_top - h * 0.2
    sc.d.polygon(
        [
            (cx - half * 1.12, wall_top + h * 0.02),
            (cx - half * 0.55, roof_top),
            (cx + half * 0.55, roof_top),
            (cx + half * 1.12, wall_top + h * 0.02),
        ],
        fill=thatch,
    )
    for i in range(1, 6):
        y = roof_top + (wall_top + h * 0.02 - roof_top) * i / 6
        t = i / 6
        sc.d.line(
            [(cx - half * (0.55 + 0.57 * t), y), (cx + half * (0.55 + 0.57 * t), y)],
            fill=_mix(thatch, (0, 0, 0), 0.2),
            width=max(1, int(3 * sc.u)),
        )
    # the stairs up to the floor
    sx = cx + half * 0.6
    sc.d.line([(sx, floor_y), (sx + half * 0.25, ground_y)], fill=wood, width=max(2, int(6 * sc.u)))
    sc.d.line([(sx + half * 0.12, floor_y), (sx + half * 0.37, ground_y)], fill=wood, width=max(2, int(6 * sc.u)))
    for i in range(1, 6):
        t = i / 6
        y = floor_y + (ground_y - floor_y) * t
        sc.d.line(
            [(sx + half * 0.25 * t, y), (sx + half * 0.12 + half * 0.25 * t, y)], fill=wood, width=max(2, int(4 * sc.u))
        )
    # the relic's stone stele
    bx = cx - half * 1.45 if cx - half * 1.45 > w * 0.06 else cx + half * 1.4
    sc.d.rectangle([bx - 40 * sc.u, ground_y - 110 * sc.u, bx + 40 * sc.u, ground_y], fill=sc.tone((150, 150, 145)))
    sc.d.ellipse(
        [bx - 40 * sc.u, ground_y - 140 * sc.u, bx + 40 * sc.u, ground_y - 80 * sc.u], fill=sc.tone((150, 150, 145))
    )
    sc.d.rectangle(
        [bx - 28 * sc.u, ground_y - 100 * sc.u, bx + 28 * sc.u, ground_y - 20 * sc.u], fill=sc.tone((120, 120, 115))
    )
    for x in (w * 0.04, w * 0.96):
        sc.tree(x, h * 0.95, 110 * sc.u)


def _digital(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    hue = rng.uniform(0.52, 0.66)
    sc.gradient((0, 0, w, h), _hls(hue, 0.55, 0.55), _hls(hue + 0.05, 0.3, 0.5))
    for _ in range(8):
        r = min(w, h) * rng.uniform(0.05, 0.2)
        x, y = w * rng.random(), h * rng.random()
        sc.d.ellipse([x - r, y - r, x + r, y + r], fill=_hls(hue, rng.uniform(0.4, 0.6), 0.5))
    ph = h * 0.84
    pw = ph * 0.5
    cx = w * 0.5 if w < h * 1.1 else w * rng.uniform(0.35, 0.65)
    top = (h - ph) / 2
    sc.d.rounded_rectangle([cx - pw / 2, top, cx + pw / 2, top + ph], radius=pw * 0.12, fill=(30, 32, 40))
    screen = [cx - pw * 0.44, top + ph * 0.07, cx + pw * 0.44, top + ph * 0.93]
    sc.d.rounded_rectangle(screen, radius=pw * 0.06, fill=(246, 248, 252))
    sc.d.rectangle([screen[0], screen[1] + pw * 0.06, screen[2], screen[1] + ph * 0.13], fill=_hls(hue, 0.35, 0.7))
    font = _fit_font(sc.d, "Dịch vụ công", pw * 0.8, ph * 0.04)
    _centered_text(sc.d, cx, screen[1] + ph * 0.085, "Dịch vụ công", font, (255, 255, 255))
    colors = [(220, 60, 60), (40, 140, 90), (240, 160, 40), (50, 110, 200), (140, 80, 180), (30, 160, 170)]
    cell = (screen[2] - screen[0]) / 3
    for i in range(12):
        col, row = i % 3, i // 3
        ix = screen[0] + cell * col + cell * 0.15
        iy = screen[1] + ph * 0.165 + row * cell * 1.02
        size = cell * 0.7
        color = colors[(i + rng.randint(0, 5)) % len(colors)]
        sc.d.rounded_rectangle([ix, iy, ix + size, iy + size], radius=size * 0.22, fill=color)
        glyph = i % 3
        white = (255, 255, 255)
        if glyph == 0:  # a document
            sc.d.rectangle([ix + size * 0.28, iy + size * 0.2, ix + size * 0.72, iy + size * 0.8], fill=white)
            for k in range(3):
                gy = iy + size * (0.34 + 0.14 * k)
                sc.d.line([(ix + size * 0.35, gy), (ix + size * 0.65, gy)], fill=color, width=max(1, int(size / 18)))
        elif glyph == 1:  # a tick
            sc.d.line(
                [
                    (ix + size * 0.25, iy + size * 0.5),
                    (ix + size * 0.43, iy + size * 0.7),
                    (ix + size * 0.75, iy + size * 0.3),
                ],
                fill=white,
                width=max(2, int(size / 9)),
                joint="curve",
            )
        else:  # a person
            sc.d.ellipse([ix + size * 0.38, iy + size * 0.2, ix + size * 0.62, iy + size * 0.44], fill=white)
            sc.d.pieslice([ix + size * 0.25, iy + size * 0.5, ix + size * 0.75, iy + size * 1.0], 180, 360, fill=white)
    button = [screen[0] + pw * 0.08, screen[3] - ph * 0.09, screen[2] - pw * 0.08, screen[3] - ph * 0.03]
    sc.d.rounded_rectangle(button, radius=ph * 0.03, fill=_hls(hue, 0.35, 0.7))
    font = _fit_font(sc.d, "Nộp hồ sơ", pw * 0.6, ph * 0.032)
    _centered_text(sc.d, cx, (button[1] + button[3]) / 2, "Nộp hồ sơ", font, (255, 255, 255))
    # wireless waves beside the phone
    wx, wy = cx + pw * 0.75, top + ph * 0.2
    for k in range(1, 4):
        r = pw * 0.12 * k
        sc.d.arc([wx - r, wy - r, wx + r, wy + r], 300, 360, fill=(255, 255, 255), width=max(2, int(6 * sc.u)))
        sc.d.arc([wx - r, wy - r, wx + r, wy + r], 0, 60, fill=(255, 255, 255), width=max(2, int(6 * sc.u)))


def _market(sc):
    w, h, rng = sc.w, sc.h, sc.rng
    ground_y = h * 0.7
    sc.sky(int(ground_y), sun=False)
    x = 0
    while x < w:
        bw = w * rng.uniform(0.08, 0.14)
        sc.d.rectangle(
            [x, ground_y - h * rng.uniform(0.25, 0.45), x + bw, ground_y],
            fill=sc.far(rng.choice([(220, 200, 160), (200, 180, 150), (230, 220, 200)]), 0.3),
        )
        x += bw
    sc.ground(ground_y, sc.tone((170, 160, 145)))
    produce = [(240, 140, 30), (215, 40, 40), (80, 160, 60), (245, 210, 50), (130, 60, 120), (60, 120, 40)]
    stalls = max(2, round(w / (h * 0.55)))
    sw = w / stalls
    for i in range(stalls):
        x0 = i * sw + sw * 0.05
        x1 = (i + 1) * sw - sw * 0.05
        awning = rng.choice([(200, 40, 40), (40, 110, 190), (40, 150, 90), (230, 150, 30)])
        top = h * 0.25
        for px in (x0 + sw * 0.04, x1 - sw * 0.04):
            sc.d.rectangle([px - 5 * sc.u, top, px + 5 * sc.u, ground_y + h * 0.1], fill=sc.tone((110, 80, 50)))
        stripes = 6
        for k in range(stripes):
            sx0 = x0 + (x1 - x0) * k / stripes
            sx1 = x0 + (x1 - x0) * (k + 1) / stripes
            color = awning if k % 2 == 0 else (250, 250, 245)
            sc.d.polygon(
                [
                    (sx0 + sw * 0.04, top - h * 0.1),
                    (sx1 - sw * 0.0, top - h * 0.1),
                    (sx1, top + h * 0.02),
                    (sx0, top + h * 0.02),
                ],
                fill=sc.tone(color),
            )
        for k in range(stripes):
            sx = x0 + (x1 - x0) * (k + 0.5) / stripes
            r = (x1 - x0) / stripes / 2
            color = awning if k % 2 == 0 else (250, 250, 245)
            sc.d.pieslice([sx - r, top - r * 0.6, sx + r, top + r * 0.9], 0, 180, fill=sc.tone(color))
        # the seller behind the table
        sc.person(
            (x0 + x1) / 2 + rng.uniform(-0.15, 0.15) * sw,
            ground_y - h * 0.02,
            75 * sc.u,
            sc.tone(rng.choice([(60, 90, 160), (180, 70, 70), (230, 230, 230)])),
            hat=rng.random() < 0.6,
        )
        table_y = ground_y - h * 0.1
        sc.d.rectangle([x0, table_y, x1, ground_y + h * 0.08], fill=sc.tone((150, 105, 60)))
        sc.d.rectangle([x0, table_y, x1, table_y + h * 0.02], fill=sc.tone((120, 80, 45)))
        # piles of fruit and vegetables in baskets
        baskets = 3
        for b in range(baskets):
            bx = x0 + (x1 - x0) * (b + 0.5) / baskets
            br = (x1 - x0) / baskets * 0.42
            color = sc.tone(rng.choice(produce))
            r = br * 0.22
            for row, count in enumerate((4, 3, 2)):
                for k in range(count):
                    fx = bx - (count - 1) * r + 2 * r * k
                    fy = table_y - r * 0.6 - row * r * 1.5
                    sc.d.ellipse([fx - r, fy - r, fx + r, fy + r], fill=_mix(color, (0, 0, 0), 0.08 * (k % 2)))
            sc.d.chord([bx - br, table_y - br * 0.5, bx + br, table_y + br * 0.5], 0, 180, fill=sc.tone((180, 140, 80)))
    for _ in range(rng.randint(3, 6)):
        sc.person(
            w * rng.random(),
            h * rng.uniform(0.93, 1.0),
            70 * sc.u,
            sc.tone(rng.choice([(60, 90, 160), (180, 70, 70), (230, 230, 230), (90, 130, 90)])),
            hat=rng.random() < 0.5,
        )


_DRAWINGS = {
    "tea_hills": _tea_hills,
    "lake": _lake,
    "bridge": _bridge,
    "industrial_park": _industrial_park,
    "festival": _festival,
    "city": _city,
    "meeting": _meeting,
    "school": _school,
    "health": _health,
    "road": _road,
    "fields": _fields,
    "forest": _forest,
    "historic": _historic,
    "digital": _digital,
    "market": _market,
}
