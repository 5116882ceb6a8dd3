"""The back-issue importer on real PDFs generated with Vietnamese text (fpdf2), read back with pypdfium2."""

import shutil
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from travietpub.importer import TravietImporter, ocr_available, read_manifest
from travietpub.models import MagazineArticlePage, MagazineIssuePage, MagazinePrintPage, TeaRegion

from .conftest import write_folder

pytestmark = pytest.mark.django_db

GOOD = {
    "number": 12,
    "date": "2024-03",
    "title": "Hương chè Tân Cương",
    "file": "so-12.pdf",
    "articles": [
        {
            "title": "Chè Tân Cương vào mùa",
            "authors": ["Nguyễn Thu Hà"],
            "pages": "2-3",
            "regions": ["Tân Cương"],
            "topics": ["Vụ xuân"],
        },
        {"title": "La Bằng – vùng chè dưới chân núi Tam Đảo", "authors": "Trần Minh", "pages": "4"},
    ],
}


def counts():
    return {
        "pages": Page.objects.count(),
        "issues": MagazineIssuePage.objects.count(),
        "articles": MagazineArticlePage.objects.count(),
        "print_pages": MagazinePrintPage.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "revisions": Revision.objects.count(),
    }


def run(folder, magazine, **options):
    return TravietImporter(folder, magazine, **options).run()


def test_a_good_folder_imports_drafts_with_cover_pages_text_and_articles(tmp_path, magazine, media_root):
    write_folder(tmp_path, [GOOD])
    report = run(tmp_path, magazine)
    assert [(o.status, o.label) for o in report.outcomes] == [("imported", "Số 12 (so-12.pdf)")], report.outcomes

    issue = MagazineIssuePage.objects.get(number=12)
    assert not issue.live  # drafts unless --publish
    assert issue.title == "Hương chè Tân Cương"
    assert issue.issue_date.isoformat() == "2024-03-01"
    assert issue.page_count == 5 and not issue.needs_ocr
    assert issue.cover.title == "Bìa Đặc san Trà Việt số 12"
    assert issue.cover.width > issue.cover.height * 0.6  # a real rendering of page 1
    assert issue.pdf.file.read().startswith(b"%PDF")
    assert issue.pdf.file_size == issue.pdf.file.size > 0  # stored, not left for the issue page to read
    pages = list(issue.print_pages.order_by("number"))
    assert [p.number for p in pages] == [1, 2, 3, 4, 5]
    assert "ĐẶC SAN TRÀ VIỆT – SỐ 12" in pages[0].text
    assert "Những búp chè đầu tiên của vụ xuân" in pages[1].text
    assert pages[1].width == 1200 and pages[1].image.storage.exists(pages[1].image.name)

    first, second = MagazineArticlePage.objects.child_of(issue).order_by("print_start")
    assert (first.title, first.authors, first.print_start, first.print_end) == (
        "Chè Tân Cương vào mùa",
        "Nguyễn Thu Hà",
        2,
        3,
    )
    assert "Hợp tác xã chè Hảo Đạt" in str(first.body)  # the text of its pages (2-3)
    assert [r.name for r in first.regions.all()] == ["Tân Cương"]
    assert [t.name for t in first.tags.all()] == ["Vụ xuân"]
    assert (second.print_start, second.print_end) == (4, 4)


def test_publish_makes_everything_live(tmp_path, magazine, media_root):
    write_folder(tmp_path, [GOOD])
    run(tmp_path, magazine, publish=True)
    issue = MagazineIssuePage.objects.get(number=12)
    assert issue.live
    assert MagazineArticlePage.objects.child_of(issue).live().count() == 2


def test_a_second_run_changes_nothing(tmp_path, magazine, media_root):
    write_folder(tmp_path, [GOOD, {**GOOD, "number": 13, "file": "so-13.pdf", "articles": []}])
    run(tmp_path, magazine, publish=True)
    before = counts()
    files = sorted(p.name for p in media_root.rglob("*") if p.is_file())
    report = run(tmp_path, magazine, publish=True)
    assert [o.status for o in report.outcomes] == ["skipped", "skipped"]
    assert counts() == before
    assert sorted(p.name for p in media_root.rglob("*") if p.is_file()) == files


def test_a_changed_pdf_updates_the_issue_in_place(tmp_path, magazine, media_root, django_capture_on_commit_callbacks):
    write_folder(tmp_path, [GOOD])
    run(tmp_path, magazine, publish=True)
    issue_id, page_count = MagazineIssuePage.objects.values_list("pk", "page_count").get(number=12)
    changed = [("Trang mới", ["Một trang mới về chè Khe Cốc."])] * 2
    write_folder(tmp_path, [{**GOOD, "pages": changed, "articles": GOOD["articles"][:1]}])
    # The old cover, PDF and page files are removed once the issue's transaction commits.
    # Without --update the issue already imported is not replaced: the row fails and says why.
    report = run(tmp_path, magazine, publish=True)
    assert [o.status for o in report.outcomes] == ["failed"]
    assert "issue 12 already exists (published)" in report.outcomes[0].detail
    assert "--update" in report.outcomes[0].detail
    assert MagazineIssuePage.objects.get(number=12).page_count == page_count != 3
    with django_capture_on_commit_callbacks(execute=True):
        report = run(tmp_path, magazine, publish=True, update=True)
    assert [o.status for o in report.outcomes] == ["updated"]
    issue = MagazineIssuePage.objects.get(number=12)
    assert issue.pk == issue_id and issue.page_count == 3
    assert "Khe Cốc" in issue.print_pages.get(number=2).text
    assert get_image_model().objects.count() == 1  # the old cover went away
    assert get_document_model().objects.count() == 1
    assert len(list((media_root / "traviet" / str(issue_id)).iterdir())) == 6  # 3 images and 3 thumbnails


def test_broken_issues_are_reported_and_store_nothing(tmp_path, magazine, media_root):
    issues = [
        GOOD,
        {**GOOD, "number": 20, "file": "hong.pdf", "articles": []},
        {**GOOD, "number": 21, "file": "khong-co.pdf", "articles": [], "absent": True},
        {**GOOD, "number": 22, "file": "so-22.pdf", "date": "tháng ba", "articles": []},
        {**GOOD, "number": 23, "file": "so-23.pdf", "articles": []},
        {**GOOD, "number": 23, "file": "so-23b.pdf", "articles": []},
        {**GOOD, "number": 24, "file": "so-24.pdf", "articles": [{"title": "Bài dài", "pages": "4-40"}]},
    ]
    write_folder(tmp_path, issues)
    (tmp_path / "hong.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF at all")
    report = run(tmp_path, magazine, publish=True)

    failed = {o.label: o.detail for o in report.of("failed")}
    assert [o.label for o in report.of("imported")] == ["Số 12 (so-12.pdf)"]
    assert failed["Số 20 (hong.pdf)"].startswith("corrupt PDF hong.pdf")
    assert failed["Số 21 (khong-co.pdf)"] == "missing file khong-co.pdf"
    assert failed["manifest.json entry 4"] == "bad manifest row: date 'tháng ba' is not YYYY-MM or YYYY-MM-DD"
    assert failed["Số 23 (so-23.pdf)"] == "duplicate number 23 (also in manifest row 6)"
    assert failed["Số 23 (so-23b.pdf)"] == "duplicate number 23 (also in manifest row 5)"
    assert "beyond the 5 pages of the PDF" in failed["Số 24 (so-24.pdf)"]
    assert report.summary() == "1 imported, 0 updated, 0 skipped, 6 failed"
    assert list(MagazineIssuePage.objects.values_list("number", flat=True)) == [12]
    assert MagazinePrintPage.objects.count() == 5


def test_a_failure_half_way_leaves_no_half_issue(tmp_path, magazine, media_root, monkeypatch):
    """An error while the articles are written rolls back the whole issue and removes its files."""
    write_folder(tmp_path, [GOOD])

    def explode(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(TeaRegion, "save", explode)  # the first article's region is saved last
    report = run(tmp_path, magazine)
    assert [(o.status, o.detail) for o in report.outcomes] == [("failed", "RuntimeError: disk full")]
    assert not MagazineIssuePage.objects.exists()
    assert not MagazinePrintPage.objects.exists()
    assert not get_image_model().objects.exists()
    assert [p for p in media_root.rglob("*") if p.is_file()] == []


def test_a_bad_csv_row_is_reported_with_its_line_number(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "number,date,title,file,articles\n"
        "5,2023-09,Chè La Bằng,so-5.pdf,Chè La Bằng | Hà Anh | 2-3; Trại Cài | Minh | 4\n"
        "x,2023-10,Số lỗi,so-x.pdf,\n"
        "7,2023-11,,so-7.pdf,\n",
        encoding="utf-8",
    )
    specs, failures = read_manifest(tmp_path / "manifest.csv")
    assert [(s.number, [(a.title, a.authors, a.start, a.end) for a in s.articles]) for s in specs] == [
        (5, [("Chè La Bằng", "Hà Anh", 2, 3), ("Trại Cài", "Minh", 4, 4)])
    ]
    assert [(f.label, f.detail) for f in failures] == [
        ("manifest.csv line 3", "bad manifest row: issue number 'x' is not a positive whole number"),
        ("manifest.csv line 4", "bad manifest row: the title is missing"),
    ]


def test_the_scanned_issue_is_marked_needs_ocr(tmp_path, magazine, media_root):
    write_folder(tmp_path, [{**GOOD, "number": 3, "file": "so-3-scan.pdf", "scanned": True, "articles": []}])
    report = run(tmp_path, magazine)
    assert "needs OCR (pages without text: 1, 2, 3, 4, 5)" in report.outcomes[0].detail
    issue = MagazineIssuePage.objects.get(number=3)
    assert issue.needs_ocr
    assert not issue.print_pages.filter(has_text_layer=True).exists()


def test_the_command_prints_progress_and_a_summary_and_fails_on_errors(tmp_path, magazine, media_root):
    write_folder(tmp_path, [GOOD, {**GOOD, "number": 14, "file": "thieu.pdf", "absent": True}])
    out, err = StringIO(), StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_traviet", str(tmp_path), "--publish", stdout=out, stderr=err)
    assert exit_info.value.code == 1
    assert "[###############---------------] 1/2 Số 12 (so-12.pdf)" in err.getvalue()
    assert "failed  Số 14 (thieu.pdf): missing file thieu.pdf" in out.getvalue()
    assert "Summary: 1 imported, 0 updated, 0 skipped, 1 failed in" in out.getvalue()


def test_the_command_needs_a_manifest(tmp_path, magazine):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no manifest.json or manifest.csv"):
        call_command("import_traviet", str(tmp_path), stdout=StringIO(), stderr=StringIO())


def test_ocr_makes_the_scanned_issue_searchable(tmp_path, magazine, media_root):
    # Never skipped: .ci/run installs Debian's tesseract-ocr and tesseract-ocr-vie; a machine without them fails here.
    assert ocr_available(), "Tesseract is missing: apt-get install tesseract-ocr tesseract-ocr-vie"
    pages = [("Chè Trại Cài", ["Vùng chè Trại Cài nổi tiếng với giống chè trung du lá nhỏ."])]
    write_folder(tmp_path, [{**GOOD, "number": 4, "file": "scan.pdf", "scanned": True, "pages": pages, "articles": []}])
    run(tmp_path, magazine, publish=True)
    issue = MagazineIssuePage.objects.get(number=4)
    assert issue.needs_ocr
    assert not MagazineIssuePage.objects.live().search("giống").count()

    report = run(tmp_path, magazine, publish=True, ocr=True, update=True)
    assert [o.status for o in report.outcomes] == ["updated"]
    issue = MagazineIssuePage.objects.get(number=4)
    assert not issue.needs_ocr
    assert issue.print_pages.get(number=2).ocr
    assert "trung du" in issue.print_pages.get(number=2).text
    assert [p.pk for p in Page.objects.live().search("giống")] == [issue.pk]
    shutil.rmtree(media_root, ignore_errors=True)
