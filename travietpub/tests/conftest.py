import json

import pytest

from travietpub.factories import MagazineIndexPageFactory
from travietpub.pdfgen import make_issue_pdf

ARTICLE_PAGES = [
    (
        "Chè Tân Cương vào mùa",
        ["Những búp chè đầu tiên của vụ xuân được hái từ sáng sớm.", "Người dân Tân Cương sao chè bằng chảo gang."],
    ),
    ("Chè Tân Cương vào mùa (tiếp)", ["Hợp tác xã chè Hảo Đạt giữ cách sao chè truyền thống."]),
    ("La Bằng – vùng chè dưới chân núi Tam Đảo", ["Nước suối trong, sương sớm làm nên vị chè La Bằng ngọt hậu."]),
    ("Trại Cài, chè của người Dao", ["Đồng bào ở Trại Cài trồng chè trung du trên những sườn đồi dốc."]),
]


def write_folder(folder, issues, manifest="json"):
    """PDFs and a manifest for `issues` (dicts: number, date, title, file, articles, scanned, pages)."""
    rows = []
    for issue in issues:
        if not issue.get("absent"):
            make_issue_pdf(
                folder / issue["file"],
                title=issue["title"],
                number=issue["number"],
                date_label=issue["date"],
                pages=issue.get("pages", ARTICLE_PAGES),
                scanned=issue.get("scanned", False),
            )
        rows.append({k: issue[k] for k in ("number", "date", "title", "file", "articles") if k in issue})
    if manifest == "json":
        (folder / "manifest.json").write_text(json.dumps({"issues": rows}, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture
def magazine(site_tree):
    index = MagazineIndexPageFactory(parent=site_tree.home)
    index.save_revision().publish()
    return index


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"
