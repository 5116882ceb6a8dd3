"""The demo's illustrations: one drawing per subject, distinct from one another, deterministic, light, and a portrait
placeholder that says it is one."""

import io

import pytest
from PIL import Image, ImageChops, ImageStat

from thainguyen_portal.core.demos import art as demo_art

LANDSCAPE = (1600, 900)
SQUARE = (600, 600)
BUDGET = 160 * 1024  # bytes at 1600x900; most drawings weigh 50-90 KB


def _open(data):
    return Image.open(io.BytesIO(data))


def _mean_difference(a, b):
    return sum(ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).mean) / 3


@pytest.mark.parametrize("subject", list(demo_art.SUBJECTS))
@pytest.mark.parametrize("size", [LANDSCAPE, SQUARE, (480, 720)])
def test_every_subject_draws_a_jpeg_at_any_shape(subject, size):
    image = _open(demo_art.draw(subject, "seed", size))
    assert image.format == "JPEG"
    assert image.size == size


@pytest.mark.parametrize("subject", list(demo_art.SUBJECTS))
def test_a_subject_and_seed_always_give_the_same_bytes_within_budget(subject):
    first = demo_art.draw(subject, "Đồi chè Tân Cương", LANDSCAPE)
    assert first == demo_art.draw(subject, "Đồi chè Tân Cương", LANDSCAPE)
    assert len(first) < BUDGET, f"{subject}: {len(first) // 1024} KB"


def test_the_seed_varies_the_picture():
    assert demo_art.draw("lake", "một", LANDSCAPE) != demo_art.draw("lake", "hai", LANDSCAPE)


def test_different_subjects_at_the_same_seed_are_different_pictures():
    drawings = {subject: demo_art.render(subject, "same seed", (400, 225)) for subject in demo_art.SUBJECTS}
    subjects = list(drawings)
    for i, a in enumerate(subjects):
        for b in subjects[i + 1 :]:
            # A mean difference of 12 (of 255) per channel is far above JPEG noise and far below two unrelated
            # pictures; the old drawing gave 0 for every pair (one picture for everything).
            assert _mean_difference(drawings[a], drawings[b]) > 12, f"{a} and {b} look alike"


def test_unknown_subject_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="tea_hills"):
        demo_art.draw("volcano", 1, SQUARE)


def _label_band(image):
    width, height = image.size
    unit = min(width, height)
    return image.crop((0, int(height - unit * 0.24), width, int(height - unit * 0.06)))


@pytest.mark.parametrize("size", [SQUARE, LANDSCAPE])
def test_the_portrait_placeholder_says_it_is_one(size):
    labelled = demo_art.render("portrait", "Chủ tịch", size)
    bare = demo_art.render("portrait", "Chủ tịch", size, label=False)
    band, bare_band = _label_band(labelled), _label_band(bare)
    # Light letters on a dark band where the bare silhouette has none.
    letters = sum(1 for r, g, b in band.get_flattened_data() if min(r, g, b) > 215)
    assert letters > band.width * band.height * 0.03
    assert sum(1 for r, g, b in band.get_flattened_data() if max(r, g, b) < 60) > band.width * band.height * 0.5
    assert not any(max(r, g, b) < 60 for r, g, b in bare_band.get_flattened_data())


def test_drawings_survive_a_machine_without_the_dejavu_fonts(monkeypatch):
    monkeypatch.setattr(demo_art, "_FONT_DIR", "/nonexistent/")
    assert _open(demo_art.draw("portrait", 1, SQUARE)).size == SQUARE
    assert _open(demo_art.draw("meeting", 1, LANDSCAPE)).size == LANDSCAPE


def test_magazine_cover_and_page():
    cover = _open(demo_art.magazine_cover("Hương chè Tân Cương qua bốn mùa", "Số 12 · 2026", 3, (600, 800)))
    page = _open(demo_art.magazine_page("Người giữ nghề sao chè", 14, 3, (600, 800), subject="historic"))
    assert cover.size == page.size == (600, 800)
    assert _mean_difference(cover, page) > 12
