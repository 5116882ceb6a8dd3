"""The gazette's demo content: about 40 issues and 150 documents with real PDFs; seeding again changes nothing."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model

from gazette.factories import LegalDocumentFactory
from gazette.lookup import Lookup
from gazette.models import DocumentRelation, ForceStatus, GazetteIssuePage, LegalDocument, LegalField
from thainguyen_portal.core.models import TextEntry

pytestmark = pytest.mark.django_db


def counts():
    return (
        GazetteIssuePage.objects.count(),
        GazetteIssuePage.objects.live().count(),
        LegalDocument.objects.count(),
        LegalDocument.objects.published().count(),
        DocumentRelation.objects.count(),
    )


def test_demo_content_is_realistic_and_idempotent(client, demo):
    first = counts()
    issues, live_issues, documents, published, relations = first
    assert 35 <= live_issues <= 45
    assert issues == live_issues + 1  # next week's issue, scheduled
    assert 140 <= documents <= 170
    assert published == documents - 2  # two documents wait for an issue
    assert relations > 10
    statuses = {document.status() for document in LegalDocument.objects.all()}
    assert {ForceStatus.IN_FORCE, ForceStatus.EXPIRED, ForceStatus.PARTLY_EXPIRED} <= statuses
    assert GazetteIssuePage.objects.filter(number__contains="+").exists()  # combined issues
    document = LegalDocument.objects.published().order_by("-issue_date").first()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in document.full_text  # read from its generated PDF
    assert [d.pk for d in Lookup({"q": document.number.lower()}).results()] == [document.pk]
    # The full-text index holds each published document once (gazette/searching.py), and the site search finds one by
    # its number, first.
    entries = TextEntry.objects.filter(source="gazette.legaldocument")
    assert sorted(entries.values_list("object_id", flat=True)) == sorted(
        LegalDocument.objects.published().values_list("pk", flat=True)
    )
    results = client.get("/tim-kiem/", {"q": document.number}).context["search_results"]
    assert results[0].object_id == document.pk

    home = client.get("/").content.decode()
    assert 'id="slot-gazette"' in home
    assert client.get("/cong-bao/").status_code == 200
    assert client.get(f"/cong-bao/van-ban/{document.slug}/").status_code == 200

    call_command("seed_demo", "--only", "gazette", stdout=StringIO())
    assert counts() == first
    assert entries.count() == published


def test_seed_demo_reset_makes_the_gazette_again_and_leaves_other_documents(client, demo):
    call_command("seed_demo", "--reset", "--only", "gazette", stdout=StringIO())
    first = counts() + (get_document_model().objects.count(), LegalField.objects.count())
    demo_pks = set(LegalDocument.objects.values_list("pk", flat=True))
    # What an earlier day's seeding, or an editor trying the admin, leaves in the demo: the document "signed
    # yesterday" is a month old and has another summary, another lost its signed PDF.
    today = timezone.localdate()
    yesterdays = LegalDocument.objects.get(number="318/QĐ-UBND")
    LegalDocument.objects.filter(pk=yesterdays.pk).update(
        issue_date=today - datetime.timedelta(days=30), summary="Bản sửa thử của biên tập viên"
    )
    emptied = LegalDocument.objects.published().order_by("issue_date").first()
    emptied.files.all().delete()
    # A document the demo did not make (imported from the province's archive) must survive the reset.
    imported = LegalDocumentFactory(number="12/2019/QĐ-UBND", issue_date=datetime.date(2019, 5, 6))

    call_command("seed_demo", "--reset", "--only", "gazette", stdout=StringIO())

    assert LegalDocument.objects.filter(pk=imported.pk).exists()
    imported.delete()
    assert counts() + (get_document_model().objects.count(), LegalField.objects.count()) == first
    # Made again, as the demo makes them today: none of the old rows is left.
    yesterdays = LegalDocument.objects.get(number="318/QĐ-UBND")
    assert yesterdays.issue_date == today - datetime.timedelta(days=1)
    assert yesterdays.summary.startswith("Công bố danh mục thủ tục hành chính")
    assert LegalDocument.objects.get(number=emptied.number).files.count() == 1
    assert not LegalDocument.objects.filter(pk__in=demo_pks).exists()
    assert client.get("/cong-bao/").status_code == 200


def test_demo_articles_explain_documents_in_plain_words(client, demo):
    """Some demo articles cite the documents they explain (both editions), which carry a plain-language summary."""
    from wagtail.models import Locale

    from gazette.models import DocumentCitation
    from news.models import ArticlePage

    article = ArticlePage.objects.live().get(slug="xuat-khau-che-thai-nguyen-dat-ky-luc", locale__language_code="vi")
    citation = DocumentCitation.objects.select_related("document").get(page=article)
    document = citation.document
    assert document.summary.startswith("Quy định chính sách hỗ trợ phát triển sản phẩm chè đặc sản Tân Cương")
    assert document.plain_summary
    assert document.number in client.get(article.url).content.decode()
    page = client.get(f"/cong-bao/van-ban/{document.slug}/").content.decode()
    assert article.url in page and "gz-plain-summary" in page
    english = article.get_translation(Locale.objects.get(language_code="en"))  # the English demo translates it
    assert [c.document_id for c in english.cited_documents.all()] == [document.pk]  # synchronised
    assert (
        f'<a href="/cong-bao/van-ban/{document.slug}/">{document.number}</a>'
        in client.get(english.url).content.decode()
    )
    assert DocumentCitation.objects.filter(page__locale__language_code="vi").values("page").distinct().count() >= 5
