import datetime
from types import SimpleNamespace

import pytest

from gazette.factories import (
    DocumentFileFactory,
    GazetteIndexPageFactory,
    GazetteIssuePageFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
)
from gazette.models import DocumentAppearance, DocumentType, IssuingBody


@pytest.fixture
def gazette(site_tree):
    """The gazette index under the Vietnamese home page, with one live issue."""
    index = GazetteIndexPageFactory(parent=site_tree.home)
    issue = GazetteIssuePageFactory(parent=index, number="05", publication_date=datetime.date(2026, 3, 10))
    issue.save_revision().publish()
    return SimpleNamespace(index=index, issue=issue, site=site_tree)


def publish(document, issue, page_from=1, page_to=None):
    DocumentAppearance.objects.create(document=document, issue=issue, page_from=page_from, page_to=page_to)
    document.recompute_published()
    return document


@pytest.fixture
def documents(gazette):
    """A small, varied set of published documents (all in the fixture's issue)."""
    land = LegalFieldFactory(name="Đất đai")
    education = LegalFieldFactory(name="Giáo dục")
    issue = gazette.issue
    docs = SimpleNamespace()
    docs.land = publish(
        LegalDocumentFactory(
            number="15/2026/QĐ-UBND",
            summary="Ban hành Quy định về hạn mức giao đất ở tại các xã, phường trên địa bàn tỉnh Thái Nguyên",
            issue_date=datetime.date(2026, 2, 20),
            effective_date=datetime.date(2026, 3, 1),
            signer="Trần Việt Hưng",
            fields=[land],
        ),
        issue,
        page_from=3,
        page_to=9,
    )
    docs.fees = publish(
        LegalDocumentFactory(
            number="05/2026/NQ-HĐND",
            doc_type=DocumentType.RESOLUTION,
            issuing_body=IssuingBody.COUNCIL,
            summary="Quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2026-2027",
            issue_date=datetime.date(2026, 1, 15),
            effective_date=datetime.date(2026, 9, 1),
            signer="Phạm Hoàng Sơn",
            signer_position="Chủ tịch Hội đồng nhân dân tỉnh",
            fields=[education],
        ),
        issue,
        page_from=1,
        page_to=2,
    )
    docs.old = publish(
        LegalDocumentFactory(
            number="12/2024/CT-UBND",
            doc_type=DocumentType.DIRECTIVE,
            summary="Tăng cường công tác quản lý đất đai và phòng, chống sạt lở đất mùa mưa bão",
            issue_date=datetime.date(2024, 5, 6),
            effective_date=datetime.date(2024, 5, 6),
            expiry_date=datetime.date(2026, 1, 1),
            fields=[land],
        ),
        issue,
        page_from=10,
    )
    return docs


@pytest.fixture
def signed_pdf_document(gazette):
    document = LegalDocumentFactory(
        number="20/2026/QĐ-UBND", summary="Quy định giá đất cụ thể để tính tiền bồi thường khi Nhà nước thu hồi đất"
    )
    DocumentFileFactory(document=document)
    document.full_text = ""
    document.save()
    return publish(document, gazette.issue)
