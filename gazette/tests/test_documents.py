"""Legal documents: validation, status of force, full text from the PDF, the permanent URL and its outputs."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError

from gazette.factories import DocumentFileFactory, DocumentRelationFactory, LegalDocumentFactory
from gazette.models import ForceStatus, LegalDocument, RelationKind
from tests.helpers import html_of
from thainguyen_portal.core.models import TextEntry

from .conftest import publish

pytestmark = pytest.mark.django_db


def test_number_is_normalised_and_makes_the_permanent_slug(gazette):
    document = LegalDocumentFactory(number="15 2026 qd ubnd")
    assert document.number == "15/2026/QĐ-UBND"
    assert document.slug == "15-2026-qd-ubnd"
    assert (document.number_value, document.number_year, document.symbol_key) == (15, 2026, "qd-ubnd")


def test_validation_reports_each_problem(gazette):
    LegalDocumentFactory(number="15/2026/QĐ-UBND")
    document = LegalDocument(
        number="15/2026/qd-ubnd",  # the same number typed differently
        doc_type="quyet-dinh",
        issuing_body="ubnd-tinh",
        signer="Nguyễn Văn A",
        summary="Trùng số",
        issue_date=datetime.date(2025, 12, 30),  # not in the number's year
        effective_date=datetime.date(2025, 12, 1),  # before the issue date
    )
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert set(error.value.message_dict) >= {"number", "issue_date", "effective_date"}

    bad = LegalDocument(number="QĐ-UBND", doc_type="quyet-dinh", issuing_body="ubnd-tinh", signer="A", summary="x")
    bad.issue_date = datetime.date(2026, 1, 1)
    with pytest.raises(ValidationError) as error:
        bad.full_clean()
    assert "number" in error.value.message_dict


def test_expired_override_needs_an_expiry_date(gazette):
    document = LegalDocumentFactory.build(number="1/2026/QĐ-UBND", status_override=ForceStatus.EXPIRED)
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "expiry_date" in error.value.message_dict


@pytest.mark.parametrize(
    "effective,expiry,override,day,expected",
    [
        ("2026-03-01", None, "", "2026-02-28", ForceStatus.NOT_YET),
        ("2026-03-01", None, "", "2026-03-01", ForceStatus.IN_FORCE),
        ("2026-03-01", "2026-06-01", "", "2026-05-31", ForceStatus.IN_FORCE),
        ("2026-03-01", "2026-06-01", "", "2026-06-01", ForceStatus.EXPIRED),
        ("2026-03-01", None, ForceStatus.PARTLY_EXPIRED, "2026-05-01", ForceStatus.PARTLY_EXPIRED),
    ],
)
def test_status_of_force_from_dates_with_override(gazette, effective, expiry, override, day, expected):
    document = LegalDocumentFactory(
        number="2/2026/QĐ-UBND",
        issue_date=datetime.date(2026, 2, 1),
        effective_date=datetime.date.fromisoformat(effective),
        expiry_date=expiry and datetime.date.fromisoformat(expiry),
        status_override=override,
    )
    assert document.status(datetime.date.fromisoformat(day)) == expected
    annotated = LegalDocument.objects.with_status(datetime.date.fromisoformat(day)).get(pk=document.pk)
    assert annotated.force_status == expected


def test_effective_date_defaults_to_the_issue_date(gazette):
    document = LegalDocumentFactory(issue_date=datetime.date(2026, 4, 2), effective_date=None)
    assert document.effective_date == datetime.date(2026, 4, 2)


def test_full_text_is_extracted_from_the_signed_pdf(signed_pdf_document):
    text = signed_pdf_document.full_text
    assert "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN" in text
    assert "Điều 1. Phạm vi điều chỉnh" in text
    # The full-text index holds it (gazette/searching.py): as extracted, for snippets; folded, for matching.
    entry = TextEntry.objects.get(source="gazette.legaldocument", object_id=signed_pdf_document.pk)
    assert "Điều 1. Phạm vi điều chỉnh" in entry.body
    assert " dieu 1 pham vi dieu chinh " in entry.text_folded


def test_document_is_public_only_once_an_issue_holding_it_is_live(client, gazette):
    document = LegalDocumentFactory(number="30/2026/QĐ-UBND")
    assert client.get("/cong-bao/van-ban/30-2026-qd-ubnd/").status_code == 404
    draft_issue = gazette.issue.copy(
        update_attrs={"slug": "so-06-nam-2026", "number": "06", "title": "Công báo số 06"}, keep_live=False
    )
    publish(document, draft_issue)
    assert client.get("/cong-bao/van-ban/30-2026-qd-ubnd/").status_code == 404
    draft_issue.save_revision().publish()
    document.refresh_from_db()
    assert document.is_published and document.first_published_at
    assert client.get("/cong-bao/van-ban/30-2026-qd-ubnd/").status_code == 200
    draft_issue.refresh_from_db()
    draft_issue.unpublish()
    assert client.get("/cong-bao/van-ban/30-2026-qd-ubnd/").status_code == 404


def test_document_page_shows_metadata_citation_relations_and_files(client, documents, signed_pdf_document):
    DocumentRelationFactory(source=signed_pdf_document, kind=RelationKind.AMENDS, target=documents.land)
    html = html_of(client, "/cong-bao/van-ban/15-2026-qd-ubnd/")
    assert "Quyết định số 15/2026/QĐ-UBND ngày 20/2/2026 của UBND tỉnh Thái Nguyên" in html
    assert "Trần Việt Hưng" in html
    assert '<time datetime="2026-03-01">01/03/2026</time>' in html
    assert 'href="/cong-bao/van-ban/20-2026-qd-ubnd/">20/2026/QĐ-UBND</a>' in html  # "is amended by"
    assert 'href="/cong-bao/tra-cuu/?field=dat-dai"' in html
    assert '<link rel="canonical" href="http://testserver/cong-bao/van-ban/15-2026-qd-ubnd/">' in html
    # The amending document lists the relation the other way, with its download.
    html = client.get("/cong-bao/van-ban/20-2026-qd-ubnd/").content.decode()
    assert 'href="/cong-bao/van-ban/15-2026-qd-ubnd/">15/2026/QĐ-UBND</a>' in html
    assert re.search(r'href="/cong-bao/van-ban/20-2026-qd-ubnd/tai-ve/\d+/" download>', html)


def test_dublin_core_and_schema_org_legislation(client, documents):
    html = client.get("/cong-bao/van-ban/05-2026-nq-hdnd/", follow=True).content.decode()
    for name in ("title", "creator", "date", "description", "publisher", "identifier"):
        assert f'<meta name="DC.{name}"' in html
    assert '<meta name="DC.identifier" content="05/2026/NQ-HĐND">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "05/2026/NQ-HĐND"
    assert data["legislationPassedBy"]["name"] == "HĐND tỉnh Thái Nguyên"
    assert data["legislationDate"] == "2026-01-15"


def test_legislation_json_ld_cannot_be_broken_out_of(client, documents):
    documents.land.summary = "Quy định </script><script>alert(1)</script> & <!-- đất đai"
    documents.land.save()
    html = client.get("/cong-bao/van-ban/15-2026-qd-ubnd/").content.decode()
    assert "<script>alert(1)" not in html and "<!-- đất" not in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "\\u003c/script\\u003e" in block and "\\u0026" in block
    assert json.loads(block)["name"] == documents.land.summary


def test_variant_addresses_redirect_to_the_permanent_one(client, documents):
    response = client.get("/cong-bao/van-ban/05-2026-nq-hdnd/")
    assert response.status_code == 301
    assert response["Location"] == "/cong-bao/van-ban/5-2026-nq-hdnd/"
    response = client.get("/cong-bao/van-ban/15-2026-QD-UBND/")
    assert response.status_code == 301
    assert response["Location"] == "/cong-bao/van-ban/15-2026-qd-ubnd/"
    assert client.get("/cong-bao/van-ban/khong-co-van-ban-nay/").status_code == 404
    assert client.get("/cong-bao/van-ban/99-2026-qd-ubnd/").status_code == 404


def test_download_is_named_after_the_number(client, signed_pdf_document):
    item = signed_pdf_document.files.get()
    response = client.get(f"/cong-bao/van-ban/20-2026-qd-ubnd/tai-ve/{item.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "filename*=utf-8''20-2026-Q%C4%90-UBND.pdf" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert client.get(f"/cong-bao/van-ban/20-2026-qd-ubnd/tai-ve/{item.pk + 999}/").status_code == 404


def test_print_view(client, signed_pdf_document):
    html = html_of(client, "/cong-bao/van-ban/20-2026-qd-ubnd/ban-in/")
    assert "Điều 1. Phạm vi điều chỉnh" in html
    assert "gazette-print.css" in html
    assert 'class="site-footer"' not in html


def test_file_extensions_are_limited(gazette):
    item = DocumentFileFactory.build(document=LegalDocumentFactory())
    item.file.file.name = "documents/bang-gia.exe"
    with pytest.raises(ValidationError):
        item.clean()


def test_document_page_query_count_is_fixed(documents, signed_pdf_document, count_queries):
    DocumentRelationFactory(source=signed_pdf_document, kind=RelationKind.AMENDS, target=documents.land)
    DocumentRelationFactory(source=documents.fees, kind=RelationKind.GUIDES, target=documents.land)
    count_queries("/cong-bao/van-ban/15-2026-qd-ubnd/", DOCUMENT_QUERIES)


# The frame's queries (the pages of the URL, the index page, alternates: the rest comes from the cache, see
# core/publishing/frame.py); ours: the document (with whether any page cites it), its fields, files (+ documents),
# appearances (+ issues), outgoing and incoming relations, the consultation on its draft (gazette/consultations). The
# articles explaining a cited document cost two more (test_citations.py).
DOCUMENT_QUERIES = 10


def test_document_page_has_the_share_bar_for_its_permanent_address(client, documents):
    html = client.get("/cong-bao/van-ban/15-2026-qd-ubnd/").content.decode()
    address = "http://testserver/cong-bao/van-ban/15-2026-qd-ubnd/"
    assert 'class="share"' in html
    assert f'data-copy-url="{address}"' in html
    assert "https://sp.zalo.me/share_inline?d=http%3A%2F%2Ftestserver%2Fcong-bao%2Fvan-ban%2F15-2026-qd-ubnd%2F" in html
    assert html.count('type="application/ld+json"') == 1  # the Legislation only: the index page adds none
