"""The gazette's demo content: about 40 issues and 150 documents with real PDFs; seeding again changes nothing."""

from io import StringIO

import pytest
from django.core.management import call_command

from gazette.lookup import Lookup
from gazette.models import DocumentRelation, ForceStatus, GazetteIssuePage, LegalDocument

pytestmark = pytest.mark.django_db


def counts():
    return (
        GazetteIssuePage.objects.count(),
        GazetteIssuePage.objects.live().count(),
        LegalDocument.objects.count(),
        LegalDocument.objects.published().count(),
        DocumentRelation.objects.count(),
    )


def test_demo_content_is_realistic_and_idempotent(client):
    call_command("seed_demo", stdout=StringIO())
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

    home = client.get("/").content.decode()
    assert 'id="slot-gazette"' in home
    assert client.get("/cong-bao/").status_code == 200
    assert client.get(f"/cong-bao/van-ban/{document.slug}/").status_code == 200

    call_command("seed_demo", stdout=StringIO())
    assert counts() == first
