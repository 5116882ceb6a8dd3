"""The consultations demo: two drafts open for comment and one concluded with its report and the decision issued,
made once however often seed_demo runs; their pages answer and show published comments only."""

from io import StringIO

import pytest
from django.core.management import call_command

from gazette.consultations.models import (
    CommentStatus,
    ConsultationComment,
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationState,
)
from gazette.models import GazetteIndexPage

pytestmark = pytest.mark.django_db


def counts():
    return (ConsultationPage.objects.count(), ConsultationComment.objects.count())


def test_seed_demo_makes_the_consultations_once(client, demo):
    first = counts()
    call_command("seed_demo", "--only", "consultations", stdout=StringIO())
    assert counts() == first

    index = ConsultationIndexPage.objects.get(locale__language_code="vi")
    assert index.get_parent().pk == GazetteIndexPage.objects.get(locale__language_code="vi").pk
    pages = list(ConsultationPage.objects.child_of(index).live())
    states = sorted(page.state() for page in pages)
    assert states == sorted([ConsultationState.OPEN, ConsultationState.OPEN, ConsultationState.CONCLUDED])
    concluded = next(page for page in pages if page.state() == ConsultationState.CONCLUDED)
    assert concluded.final_document_id and concluded.draft_document_id and concluded.explanatory_note_id
    assert ConsultationComment.objects.filter(status=CommentStatus.PENDING).count() == 1

    assert client.get(index.url).status_code == 200
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "@example.vn" not in html
        for comment in page.comments.all():
            assert (comment.text in html) == (comment.status == CommentStatus.APPROVED)
    pending = ConsultationComment.objects.get(status=CommentStatus.PENDING)
    assert client.get(pending.page.url + "gop-y/").status_code == 200
