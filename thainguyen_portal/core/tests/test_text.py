import pytest

from thainguyen_portal.core.text import fold_vietnamese, vietnamese_slugify

SLUG_TABLE = [
    ("Đường lên Tân Cương", "duong-len-tan-cuong"),
    ("Đặc san Trà Việt", "dac-san-tra-viet"),
    ("ĐẠI HỘI ĐẢNG BỘ TỈNH THÁI NGUYÊN", "dai-hoi-dang-bo-tinh-thai-nguyen"),
    ("Chỉ đạo – Điều hành", "chi-dao-dieu-hanh"),
    ("Phát ngôn báo chí", "phat-ngon-bao-chi"),
    ("Văn hóa – Xã hội", "van-hoa-xa-hoi"),
    ("Chuyển đổi số", "chuyen-doi-so"),
    ("Thông tin báo chí về Thái Nguyên", "thong-tin-bao-chi-ve-thai-nguyen"),
    ("Phản ánh – Kiến nghị", "phan-anh-kien-nghi"),
    ("Nghị quyết số 15/2026/NQ-HĐND", "nghi-quyet-so-15-2026-nq-hdnd"),
    ("Quyết định 15/2026/QĐ-UBND", "quyet-dinh-15-2026-qd-ubnd"),
    ("Khởi công dự án ở Định Hóa", "khoi-cong-du-an-o-dinh-hoa"),
    ("Người dân Đồng Hỷ thu hoạch chè", "nguoi-dan-dong-hy-thu-hoach-che"),
    ("Ủy ban nhân dân tỉnh", "uy-ban-nhan-dan-tinh"),
    ("Hồ Núi Cốc: điểm đến hấp dẫn!", "ho-nui-coc-diem-den-hap-dan"),
    ("  Phổ Yên   —  Sông Công  ", "pho-yen-song-cong"),
    ("Trại Cài, La Bằng & Tân Cương", "trai-cai-la-bang-tan-cuong"),
    ("Năm 2026: tăng trưởng 8,5%", "nam-2026-tang-truong-8-5"),
    # Stacked marks typed as decomposed characters (NFD), as some phone keyboards send them.
    ("Vie\u0302\u0323t Nam", "viet-nam"),
    ("Nghìn năm văn hiến", "nghin-nam-van-hien"),
]


@pytest.mark.parametrize(("title", "slug"), SLUG_TABLE)
def test_vietnamese_slugify(title, slug):
    assert vietnamese_slugify(title) == slug


def test_slug_table_covers_the_hard_letters():
    titles = "".join(title for title, _ in SLUG_TABLE)
    assert {"đ", "Đ", "ệ", "ặ", "ở", "ổ", "Ủ"} <= set(titles)
    assert len(SLUG_TABLE) >= 15


def test_slugs_are_ascii_and_clean():
    for title, _ in SLUG_TABLE:
        slug = vietnamese_slugify(title)
        assert slug.isascii()
        assert not slug.startswith("-") and not slug.endswith("-") and "--" not in slug


def test_long_titles_are_cut_at_a_word_boundary():
    slug = vietnamese_slugify("Thái Nguyên " * 40, max_length=50)
    assert len(slug) <= 50
    assert slug.endswith("nguyen")


def test_fold_keeps_case_and_spacing():
    assert fold_vietnamese("Đặc san Trà Việt") == "Dac san Tra Viet"


def test_nothing_sluggable_gives_an_empty_slug():
    assert vietnamese_slugify("—!?") == ""


@pytest.mark.parametrize(("title", "slug"), SLUG_TABLE)
def test_browser_formatters_fold_like_the_server(title, slug):
    """The admin's slug widget applies these regexes in JavaScript; applied here they give the server's folding."""
    import re
    import unicodedata

    from thainguyen_portal.core.text import slug_input_formatters

    value = unicodedata.normalize("NFC", title)
    for pattern, replacement, _flags in slug_input_formatters():
        value = re.sub(pattern, replacement, value)
    assert re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") == slug


def test_excerpt_is_plain_text_cut_at_a_word():
    from thainguyen_portal.core.text import excerpt

    assert excerpt("<p>Chè &amp; <b>Tân   Cương</b></p>") == "Chè & Tân Cương"
    text = "Thái Nguyên " * 20
    cut = excerpt(text, limit=30)
    assert cut == "Thái Nguyên Thái Nguyên Thái…" and len(cut) <= 30
    assert excerpt("a" * 40, limit=10) == "a" * 9 + "…"  # one long word: cut inside it
    assert excerpt("") == ""
