"""manage.py import_gazette: good rows import, bad rows are reported with line and reason and store nothing,
and a second run changes nothing."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command

from gazette.models import DocumentAppearance, DocumentFile, DocumentRelation, GazetteIssuePage, LegalDocument
from gazette.pdf import make_pdf

pytestmark = pytest.mark.django_db

COLUMNS = [
    "number", "type", "issuing_body", "signer", "signer_position", "issue_date", "effective_date", "expiry_date",
    "status", "fields", "summary", "files", "issue", "issue_date_published", "pages", "amends", "replaces", "guides",
]  # fmt: skip

GOOD = [
    {
        "number": "10/2025/QĐ-UBND",
        "type": "Quyết định",
        "issuing_body": "UBND tỉnh",
        "signer": "Trần Việt Hưng",
        "signer_position": "Chủ tịch",
        "issue_date": "12/03/2025",
        "summary": "Quy định bảng giá đất giai đoạn 2025-2029 trên địa bàn tỉnh Thái Nguyên",
        "fields": "Đất đai; Tài chính",
        "files": "10-2025-qd-ubnd.pdf",
        "issue": "05+06/2025",
        "issue_date_published": "2025-03-20",
        "pages": "3-12",
    },
    {
        "number": "15/2025/qd-ubnd",  # typed in lower case
        "type": "quyet-dinh",
        "issuing_body": "ubnd-tinh",
        "signer": "Nguyễn Huy Dũng",
        "issue_date": "2025-04-02",
        "expiry_date": "2026-01-01",
        "summary": "Sửa đổi, bổ sung một số điều của Quy định bảng giá đất",
        "amends": "10/2025/QĐ-UBND",
        "issue": "07/2025",
        "issue_date_published": "2025-04-10",
    },
]

BAD = [
    ({"number": "mười lăm", "type": "Quyết định", "issuing_body": "UBND tỉnh", "signer": "A", "issue_date": "2025-01-02", "summary": "x"}, "number"),
    ({"number": "11/2025/QĐ-UBND", "type": "Luật", "issuing_body": "UBND tỉnh", "signer": "A", "issue_date": "2025-01-02", "summary": "x"}, "unknown type"),
    ({"number": "12/2025/QĐ-UBND", "type": "Quyết định", "issuing_body": "UBND tỉnh", "signer": "A", "issue_date": "30/02/2025", "summary": "x"}, "not a date"),
    ({"number": "13/2025/QĐ-UBND", "type": "Quyết định", "issuing_body": "UBND tỉnh", "signer": "A", "issue_date": "2025-01-02", "summary": "x", "files": "khong-co.pdf", "issue": "08/2025", "issue_date_published": "2025-01-09"}, "not found"),
    ({"number": "14/2025/QĐ-UBND", "type": "Quyết định", "issuing_body": "UBND tỉnh", "signer": "A", "issue_date": "2025-01-02", "summary": "x", "amends": "999/2020/QĐ-UBND", "issue": "09/2025", "issue_date_published": "2025-01-09"}, "no document"),
    ({"number": "16/2024/QĐ-UBND", "type": "Quyết định", "issuing_body": "UBND tỉnh", "signer": "A", "issue_date": "2025-01-02", "summary": "x"}, "issue_date"),
]  # fmt: skip


def write_manifest(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)


@pytest.fixture
def files_dir(tmp_path):
    directory = tmp_path / "files"
    directory.mkdir()
    (directory / "10-2025-qd-ubnd.pdf").write_bytes(
        make_pdf(["QUYẾT ĐỊNH 10/2025/QĐ-UBND"], ["Ban hành bảng giá đất đối với đất nông nghiệp trồng chè."])
    )
    return directory


def run(manifest, files_dir, fails=False, **options):
    """The command's report; `fails`: it must exit with status 1 (a CommandError) after printing it."""
    out = io.StringIO()
    if fails:
        with pytest.raises(CommandError) as raised:
            call_command(
                "import_gazette", str(manifest), files=str(files_dir), stdout=out, stderr=io.StringIO(), **options
            )
        assert raised.value.returncode == 1
    else:
        call_command("import_gazette", str(manifest), files=str(files_dir), stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def counts():
    return (
        LegalDocument.objects.count(),
        DocumentFile.objects.count(),
        DocumentAppearance.objects.count(),
        DocumentRelation.objects.count(),
        GazetteIssuePage.objects.count(),
    )


def test_good_rows_import_and_a_second_run_changes_nothing(gazette, tmp_path, files_dir):
    manifest = tmp_path / "manifest.csv"
    write_manifest(manifest, GOOD)
    output = run(manifest, files_dir)
    assert "imported: 2, updated: 0, skipped: 0, failed: 0" in output
    first = LegalDocument.objects.get(number="10/2025/QĐ-UBND")
    # The new issues are drafts, not published (nobody submitted them: no --user), and so are their documents.
    assert not first.is_published
    assert not GazetteIssuePage.objects.filter(number__in=["05+06", "07"], live=True).exists()
    assert "issue 05+06/2025: left as a draft (no --user given)" in output
    assert sorted(first.fields.values_list("name", flat=True)) == ["Tài chính", "Đất đai"]
    assert "đất nông nghiệp trồng chè" in first.full_text
    appearance = first.appearances.get()
    assert (appearance.issue.number, appearance.page_from, appearance.page_to) == ("05+06", 3, 12)
    second = LegalDocument.objects.get(slug="15-2025-qd-ubnd")
    assert second.number == "15/2025/QĐ-UBND"
    assert DocumentRelation.objects.get().target == first
    before = counts()

    output = run(manifest, files_dir)
    assert "imported: 0, updated: 0, skipped: 2, failed: 0" in output
    assert counts() == before


def test_changed_row_is_updated(gazette, tmp_path, files_dir):
    manifest = tmp_path / "manifest.csv"
    write_manifest(manifest, GOOD)
    run(manifest, files_dir)
    changed = [dict(GOOD[0], summary="Quy định bảng giá đất (đã đính chính)"), GOOD[1]]
    write_manifest(manifest, changed)
    # Without --update the changed row is refused, with its line, number and reason, and the command fails.
    output = run(manifest, files_dir, fails=True)
    assert "imported: 0, updated: 0, skipped: 1, failed: 1" in output
    assert "line 2 [10/2025/QĐ-UBND]: FAILED: document 10/2025/QĐ-UBND already exists" in output
    assert "--update" in output
    assert LegalDocument.objects.get(slug="10-2025-qd-ubnd").summary.startswith("Quy định bảng giá đất giai đoạn")
    output = run(manifest, files_dir, update=True)
    assert "imported: 0, updated: 1, skipped: 1, failed: 0" in output
    assert LegalDocument.objects.get(slug="10-2025-qd-ubnd").summary == "Quy định bảng giá đất (đã đính chính)"


def test_bad_rows_are_reported_with_line_and_reason_and_store_nothing(gazette, tmp_path, files_dir):
    manifest = tmp_path / "manifest.csv"
    write_manifest(manifest, [row for row, _ in BAD] + [GOOD[0]])
    before = counts()
    output = run(manifest, files_dir, fails=True)
    assert "imported: 1, updated: 0, skipped: 0, failed: 6" in output
    for line, (_, reason) in enumerate(BAD, start=2):
        assert any(
            f"line {line} [" in text and "]: FAILED:" in text and reason in text for text in output.splitlines()
        ), (line, output)
    # Only the good row (and its new issue) were stored: the bad rows left no document, file or issue behind.
    documents, files, appearances, relations, issues = counts()
    assert (documents, files, appearances, relations) == (before[0] + 1, before[1] + 1, before[2] + 1, before[3])
    assert issues == before[4] + 1
    assert not GazetteIssuePage.objects.filter(number__in=["08", "09"]).exists()


def test_missing_columns_and_missing_index_stop_the_command(site_tree, tmp_path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("number,summary\n1/2025/QĐ-UBND,x\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_gazette", str(manifest), stdout=io.StringIO(), stderr=io.StringIO())


def test_new_issues_are_submitted_to_the_gazette_workflow_as_the_given_user(gazette, tmp_path, files_dir):
    from django.contrib.auth import get_user_model
    from wagtail.models import WorkflowState

    from thainguyen_portal.editorial.setup import setup_newsroom

    setup_newsroom()
    clerk = get_user_model().objects.create_user("vanthu", "vanthu@thainguyen.gov.vn", "x")
    manifest = tmp_path / "manifest.csv"
    write_manifest(manifest, GOOD)
    output = run(manifest, files_dir, username="vanthu")
    assert "imported: 2, updated: 0, skipped: 0, failed: 0" in output
    issue = GazetteIssuePage.objects.get(number="05+06")
    assert not issue.live
    state = WorkflowState.objects.get(object_id=str(issue.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow.name == "Công báo" and state.requested_by == clerk
    assert "issue 05+06/2025: a draft, submitted to the gazette's workflow as vanthu" in output
    assert not LegalDocument.objects.get(number="10/2025/QĐ-UBND").is_published
    with pytest.raises(CommandError):
        run(manifest, files_dir, username="khong-co-ai")
