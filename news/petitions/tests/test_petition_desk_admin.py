"""#20, the desk's admin: the petition inspect view reads like a form (local time, yes/no, a dash), a row of the
inbox opens it, the agency filter offers the admin's language only."""

import datetime
import re

import pytest
from django.urls import reverse
from wagtail.models import Locale

from news.petitions.factories import AgencyFactory
from news.petitions.submissions import PetitionSubmission

pytestmark = pytest.mark.django_db


def make_submission(**overrides):
    values = {
        "code": "TN-7K2M9Q",
        "sender_name": "Nguyễn Văn An",
        "subject": "Đường liên xã bị sạt lở",
        "content": "Đoạn đường qua xóm Đồng Tâm bị sạt lở sau mưa lớn.",
        "created_at": datetime.datetime(2026, 3, 15, 1, 30, tzinfo=datetime.UTC),
    }
    values.update(overrides)
    return PetitionSubmission.objects.create(**values)


def test_the_inspect_view_shows_local_time_and_words_not_raw_values(admin_client, news_tree):
    submission = make_submission()
    html = admin_client.get(reverse("petition_submissions:inspect", args=[submission.pk])).content.decode()
    assert "15/03/2026 08:30" in html  # 01:30 UTC is 08:30 in Thái Nguyên (Asia/Ho_Chi_Minh)
    assert "01:30" not in html
    assert "Không" in html  # the name may not be published
    assert "—" in html  # no note, no published petition
    for raw in (">None<", ">False<", ">True<", "UTC", "+00:00"):
        assert raw not in html.replace(" ", "").replace("\n", ""), raw


def test_a_row_of_the_inbox_opens_the_submission_not_the_edit_form(admin_client, news_tree):
    submission = make_submission()
    html = admin_client.get(reverse("petition_submissions:index")).content.decode()
    inspect = reverse("petition_submissions:inspect", args=[submission.pk])
    edit = reverse("petition_submissions:edit", args=[submission.pk])
    title_links = re.findall(r'<a [^>]*href="([^"]+)"[^>]*>\s*' + re.escape(submission.code), html)
    assert title_links == [inspect], (title_links, edit)


def test_the_agency_filter_offers_the_current_language_only(admin_client, news_tree):
    health = AgencyFactory(name="Sở Y tế")
    english = health.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Department of Health"
    english.save()
    html = admin_client.get(reverse("petition_submissions:index")).content.decode()
    assert "Sở Y tế" in html
    assert "Department of Health" not in html
