"""Issue 19: the gazette's demo agrees with the leaders' page on who signs, and its documents' status of force follows
from their dates and relations. Over the plan (fast, no database) and over the seeded demo (marked `demo`)."""

import collections
import datetime
import re
from pathlib import Path

import pytest
from django.utils import timezone

from gazette import demo as gazette_demo
from gazette.demo import FIELD_DEPARTMENTS, SIGNERS, _plan, department
from gazette.models import DocumentRelation, ForceStatus, LegalDocument, RelationKind
from thainguyen_portal.core.demos import people as demo_people

CAST = {person[0]: person[1] for person in [*demo_people.COMMITTEE_LEADERS, demo_people.COUNCIL_CHAIRMAN]}
LIVE = (ForceStatus.IN_FORCE, ForceStatus.PARTLY_EXPIRED)


def plan_status(spec, today):
    if spec["status_override"]:
        return spec["status_override"]
    if spec["effective_date"] > today:
        return ForceStatus.NOT_YET
    if spec["expiry_date"] and spec["expiry_date"] <= today:
        return ForceStatus.EXPIRED
    return ForceStatus.IN_FORCE


@pytest.fixture(params=["today", "2026-07-15", "2027-12-31"])
def planned(request):
    today = timezone.localdate() if request.param == "today" else datetime.date.fromisoformat(request.param)
    _issues, documents, relations = _plan(today)
    return today, documents, relations


def test_the_signers_are_the_leaders_pages_cast():
    signers = {signer for people in SIGNERS.values() for signer in people}
    assert signers <= set(CAST.items())
    assert (demo_people.STANDING_VICE_CHAIRMAN[0], demo_people.STANDING_VICE_CHAIRMAN[1]) in signers
    assert all(since in demo_people.DEPARTMENTS for _before, since in FIELD_DEPARTMENTS.values())


def test_the_gazette_demo_names_no_leader_itself():
    """Names come from the cast only: a change there (a new Standing Vice-Chairman) changes the signers too."""
    source = Path(gazette_demo.__file__).read_text(encoding="utf-8")
    assert [name for name in CAST if name in source] == []


def test_no_two_documents_of_one_title_are_in_force_together(planned):
    today, documents, _relations = planned
    live = collections.Counter(spec["summary"] for spec in documents if plan_status(spec, today) in LIVE)
    assert [title for title, count in live.items() if count > 1] == []
    repeated = collections.Counter(spec["summary"] for spec in documents)
    assert max(repeated.values()) > 2  # the demo does have titles issued again


def test_a_newer_document_of_the_same_title_replaces_the_older(planned):
    today, documents, relations = planned
    by_number = {spec["number"]: spec for spec in documents}
    replaced_by = {target: source for source, kind, target in relations if kind == RelationKind.REPLACES}
    by_title = collections.defaultdict(list)
    for spec in documents:
        by_title[spec["summary"]].append(spec)
    for specs in by_title.values():
        specs.sort(key=lambda spec: (spec["issue_date"], spec["effective_date"], spec["number"]))
        for older, newer in zip(specs, specs[1:], strict=False):
            assert replaced_by[older["number"]] == newer["number"]
    for target, source in replaced_by.items():
        older, newer = by_number[target], by_number[source]
        assert older["expiry_date"] is not None
        assert older["expiry_date"] <= max(newer["effective_date"], older["effective_date"] + datetime.timedelta(1))
        if newer["effective_date"] <= today:
            assert plan_status(older, today) == ForceStatus.EXPIRED
    assert len(replaced_by) > 20


def test_documents_of_a_past_year_have_expired(planned):
    today, documents, _relations = planned
    yearly = re.compile(r"năm (?:học )?(\d{4})(?:–\d{4})?$")
    checked = 0
    for spec in documents:
        found = yearly.search(spec["summary"])
        if found and int(found.group(1)) < today.year - 1:
            assert plan_status(spec, today) == ForceStatus.EXPIRED, spec["number"]
            checked += 1
        if found and "học" not in found.group(0) and int(found.group(1)) < today.year:
            assert spec["expiry_date"] <= datetime.date(int(found.group(1)) + 1, 1, 1), spec["number"]
    if today.year >= 2027:
        assert checked


def test_the_status_follows_the_dates(planned):
    today, documents, _relations = planned
    for spec in documents:
        status = plan_status(spec, today)
        assert (status == ForceStatus.NOT_YET) == (spec["effective_date"] > today)
        if spec["expiry_date"] and spec["expiry_date"] <= today:
            assert status == ForceStatus.EXPIRED
        if spec["status_override"] == ForceStatus.PARTLY_EXPIRED:  # amended, and still in force
            assert any(kind == RelationKind.AMENDS and target == spec["number"] for _s, kind, target in planned[2])


def test_departments_are_named_as_on_their_day():
    assert department("Khoa học – Công nghệ", datetime.date(2025, 2, 10)) == "Sở Thông tin và Truyền thông"
    assert department("Khoa học – Công nghệ", datetime.date(2025, 8, 10)) == "Sở Khoa học và Công nghệ"


@pytest.mark.django_db
def test_the_seeded_documents_follow_their_dates_and_cast(demo):
    today = timezone.localdate()
    documents = list(LegalDocument.objects.published())
    assert {(d.signer, d.signer_position) for d in documents} <= set(CAST.items())
    live = collections.Counter(d.summary for d in documents if d.status() in LIVE)
    assert [title for title, count in live.items() if count > 1] == []
    for relation in DocumentRelation.objects.filter(kind=RelationKind.REPLACES).select_related("source", "target"):
        if relation.source.effective_date <= today:
            assert relation.target.status() == ForceStatus.EXPIRED
    for document in documents:
        text = document.full_text
        if document.issue_date < datetime.date(2025, 3, 1):
            assert "năm 2025;" not in text and "Sở Nông nghiệp và Môi trường" not in text, document.number
            assert "các huyện, thành phố" in text
        if document.issue_date >= datetime.date(2025, 7, 1):
            named = re.search(r"Giám đốc (Sở [^\n]+?) về lĩnh vực", " ".join(text.split()))
            assert named and named.group(1) in demo_people.DEPARTMENTS, document.number
            assert "các xã, phường" in " ".join(text.split()) and "huyện" not in text
