"""Issue 19: the demo's Trà Việt reads as a magazine (a cover with the masthead, the number and date, a picture and the
cover lines; inner pages with a title, two columns of text and a picture), its alt texts say what is drawn, and its
words of today use today's places."""

import io
import json
import re

import pypdfium2 as pdfium
import pytest
from pypdfium2 import raw as pdfium_c

from thainguyen_portal.core.demos import art as demo_art
from thainguyen_portal.core.demos import people as demo_people
from thainguyen_portal.core.demos.art import draw
from travietpub import demo as magazine_demo
from travietpub.importer import TravietImporter
from travietpub.models import MagazineIssuePage
from travietpub.pdfgen import make_issue_pdf

from .conftest import write_folder

PARAGRAPHS = [
    "Mỗi độ xuân về, những đồi chè Tân Cương lại trổ búp non xanh mướt. Từ tờ mờ sáng, người hái chè đã lên đồi, "
    "nhẹ tay ngắt từng búp một tôm hai lá để giữ trọn hương vị của vùng chè đặc sản."
] * 3


def pages_of(path):
    document = pdfium.PdfDocument(str(path))
    try:
        result = []
        for page in document:
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            width = page.get_width()
            # Where the characters of the body text start on the line: left column, right column.
            lefts = {
                round(textpage.get_charbox(i)[0] / width, 1)
                for i in range(textpage.count_chars())
                if textpage.get_charbox(i)[1] > 100  # above the page's foot
            }
            images = sum(1 for obj in page.get_objects() if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE)
            result.append({"text": " ".join(text.split()), "lefts": lefts, "images": images})
            textpage.close()
            page.close()
        return result
    finally:
        document.close()


def test_a_cover_and_pages_that_read_as_a_magazine(tmp_path):
    path = make_issue_pdf(
        tmp_path / "so-12.pdf",
        title="Chè Thái Nguyên vươn ra thế giới",
        number=12,
        date_label="Tháng 12/2026",
        pages=[("Chè đến châu Âu", PARAGRAPHS, draw("tea_hills", 1, (720, 405))), ("Thư tòa soạn", PARAGRAPHS)],
        cover_lines=["Chè đến châu Âu", "Du lịch vùng chè"],
        cover_art=draw("tea_hills", 2, (840, 600)),
    )
    cover, article, letter = pages_of(path)
    assert "TRÀ VIỆT" in cover["text"] and "ĐẶC SAN TRÀ VIỆT – SỐ 12" in cover["text"]
    assert "Số 12 · Tháng 12/2026" in cover["text"]
    assert "Chè Thái Nguyên vươn ra thế giới" in cover["text"]
    assert "TRONG SỐ NÀY • Chè đến châu Âu • Du lịch vùng chè" in cover["text"]
    assert cover["images"] == 1
    assert article["text"].startswith("Chè đến châu Âu Mỗi độ xuân về")
    assert article["images"] == 1 and letter["images"] == 0
    assert min(article["lefts"]) < 0.15 and any(0.5 <= left < 0.6 for left in article["lefts"])  # two columns
    assert path.stat().st_size < 200_000


def test_the_importer_takes_the_covers_alt_text_from_the_manifest(tmp_path, magazine, media_root):
    issue = {"number": 12, "date": "2026-12", "title": "Hương chè", "file": "so-12.pdf", "articles": []}
    write_folder(tmp_path, [issue])
    manifest = tmp_path / "manifest.json"
    rows = json.loads(manifest.read_text("utf-8"))
    rows["issues"][0]["cover_alt"] = "Bìa tạp chí Trà Việt số 12/2026: tên tạp chí, tranh đồi chè và các tít bài"
    manifest.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    TravietImporter(tmp_path, magazine).run()
    cover = MagazineIssuePage.objects.get(number=12).cover
    assert cover.description == rows["issues"][0]["cover_alt"]


def test_a_long_alt_text_is_cut_to_what_an_image_holds(tmp_path, magazine, media_root):
    """An image's description holds 255 characters; PostgreSQL refused the demo's longer ones (SQLite kept them)."""
    issue = {"number": 13, "date": "2026-12", "title": "Hương chè", "file": "so-13.pdf", "articles": []}
    write_folder(tmp_path, [issue])
    manifest = tmp_path / "manifest.json"
    rows = json.loads(manifest.read_text("utf-8"))
    rows["issues"][0]["cover_alt"] = "Bìa tạp chí Trà Việt số 13: " + "đồi chè, " * 60
    manifest.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    report = TravietImporter(tmp_path, magazine).run()
    assert not report.of("failed")
    description = MagazineIssuePage.objects.get(number=13).cover.description
    assert description.startswith("Bìa tạp chí Trà Việt số 13: đồi chè,") and len(description) <= 255


def test_the_demo_covers_alt_texts_say_what_is_drawn():
    for issue in magazine_demo.ISSUES:
        alt = magazine_demo.cover_alt(issue)
        assert len(alt) <= 255  # what an image's description holds
        assert alt.startswith(f"Bìa Đặc san Trà Việt số {issue['number']}, ")
        assert "TRÀ VIỆT" in alt and issue["title"] in alt
        drawn = demo_art.SUBJECTS[magazine_demo.COVER_SUBJECTS[issue["number"]]].split(": ", 1)[-1]
        assert drawn in alt
        lines = magazine_demo.cover_lines(issue)
        if "các tít bài" in alt:  # the headlines, where they fit in an image's 255 characters
            assert all(f"“{line}”" in alt for line in lines)
        else:
            assert len(alt) + len(" và các tít bài ") + sum(len(line) + 4 for line in lines) > 255
        assert magazine_demo.cover_lines(issue)  # every cover has its headlines
    assert "không phải biểu trưng thật" in magazine_demo.logo_alt("Hợp tác xã Chè La Bằng")
    assert set(magazine_demo.PAGE_SUBJECTS.values()) <= set(demo_art.SUBJECTS)


def test_the_demo_speaks_of_todays_places():
    today = json.dumps([magazine_demo.REGIONS, magazine_demo.BUSINESSES], ensure_ascii=False, default=str)
    assert "Đại Hữu" not in json.dumps(magazine_demo.ISSUES, ensure_ascii=False) + today
    # Districts and the former city exist no more: named only as former ("cũ").
    for found in re.finditer(r"(huyện|thành phố) [A-ZĐ][^\s,.()]*(?: [A-ZĐ][^\s,.()]*)*( cũ)?", today):
        assert found.group(2), found.group(0)
    assert "xã Tân Cương" in today and "phường Phan Đình Phùng" in demo_people.PLACES


@pytest.mark.django_db
def test_the_seeded_magazine_has_its_covers_and_pictured_pages(demo):
    issue = MagazineIssuePage.objects.get(number=6, locale__language_code="vi")
    assert issue.cover.description == magazine_demo.cover_alt(next(i for i in magazine_demo.ISSUES if i["number"] == 6))
    first = issue.print_pages.get(number=1)
    assert "TRÀ VIỆT" in first.text and "TRONG SỐ NÀY" in first.text
    opening = issue.print_pages.get(number=3)  # "Chè Thái Nguyên đến châu Âu", with its picture
    assert opening.image.size < 400_000
    assert io.BytesIO(opening.image.read()).getbuffer().nbytes > 0
