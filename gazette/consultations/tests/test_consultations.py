"""Drafts open for public comment: the comment form against the clock, moderation, the report, the link to the
document issued, the listing and its feed, and the page cache around the closing time."""

import datetime
import time

import pytest
from django.test import override_settings
from django.utils import timezone

from gazette.consultations.factories import ConsultationCommentFactory, ConsultationPageFactory
from gazette.consultations.models import CommentStatus, ConsultationComment, ConsultationState
from gazette.factories import GazetteIssuePageFactory, LegalDocumentFactory
from gazette.models import DocumentAppearance

pytestmark = pytest.mark.django_db

TEXT = "Đề nghị bổ sung hộ cận nghèo vào đối tượng được hỗ trợ 70% chi phí giống chè."


def form_data(**overrides):
    data = {"article": "2", "text": TEXT, "name": "Hoàng Thị Lan", "contact": "0912 345 678", "website": ""}
    data.update(overrides)
    return data


def now():
    return timezone.now()


def open_page(consultations, **kwargs):
    return ConsultationPageFactory(parent=consultations.index, **kwargs)


# --- The comment form against the clock ------------------------------------------------------------------------


def test_a_comment_while_open_is_stored_pending_and_the_reader_is_told_it_awaits_moderation(client, consultations):
    page = open_page(consultations)
    form = client.get(page.url + "gop-y/?dieu=2")
    assert form.status_code == 200
    assert 'value="2" selected' in form.content.decode()
    assert "no-store" in form["Cache-Control"] or "no-cache" in form["Cache-Control"]
    response = client.post(page.url + "gop-y/", form_data())
    assert response.status_code == 302 and response["Location"] == page.url + "gop-y/da-gui/"
    comment = ConsultationComment.objects.get()
    assert (comment.page_id, comment.article_number, comment.status) == (page.pk, 2, CommentStatus.PENDING)
    assert (comment.name, comment.phone, comment.email, comment.text) == ("Hoàng Thị Lan", "0912345678", "", TEXT)
    sent = client.get(response["Location"])
    assert "cs-awaiting-moderation" in sent.content.decode()
    assert "Ý kiến của bạn đang chờ kiểm duyệt" in sent.content.decode()


def test_a_comment_on_the_whole_draft_with_an_email(client, consultations):
    page = open_page(consultations)
    response = client.post(page.url + "gop-y/", form_data(article="", contact="lan.hoang@example.vn"))
    assert response.status_code == 302
    comment = ConsultationComment.objects.get()
    assert comment.article_number is None and comment.email == "lan.hoang@example.vn" and comment.phone == ""


def test_a_bad_contact_is_refused_and_the_text_kept(client, consultations):
    page = open_page(consultations)
    response = client.post(page.url + "gop-y/", form_data(contact="khong co"))
    assert response.status_code == 200
    html = response.content.decode()
    assert TEXT in html and "Nhập số điện thoại" in html
    assert not ConsultationComment.objects.exists()


@pytest.mark.parametrize(
    "opens,closes,message",
    [
        (datetime.timedelta(days=2), datetime.timedelta(days=30), "Chưa đến thời gian góp ý"),
        (-datetime.timedelta(days=30), -datetime.timedelta(minutes=1), "Đã hết thời hạn góp ý"),
    ],
    ids=["before-opening", "after-closing"],
)
def test_outside_the_period_the_comment_is_refused_with_a_message_and_nothing_typed_is_lost(
    client, consultations, opens, closes, message
):
    page = open_page(consultations, opens_at=now() + opens, closes_at=now() + closes)
    shown = client.get(page.url + "gop-y/")
    assert shown.status_code == 200 and message in shown.content.decode()
    assert 'class="cs-form"' not in shown.content.decode()  # no form to fill in for nothing
    response = client.post(page.url + "gop-y/", form_data())
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert TEXT in html and "Hoàng Thị Lan" in html and "0912 345 678" in html  # everything typed, shown again
    assert "Gửi góp ý" not in html  # no button to send it
    assert not ConsultationComment.objects.exists()


def test_a_concluded_consultation_takes_no_comment(client, consultations):
    page = open_page(consultations, report="<p>Báo cáo tổng hợp.</p>")
    response = client.post(page.url + "gop-y/", form_data())
    assert response.status_code == 200 and TEXT in response.content.decode()
    assert not ConsultationComment.objects.exists()


def test_the_honeypot_stores_nothing_and_looks_like_success(client, consultations):
    page = open_page(consultations)
    response = client.post(page.url + "gop-y/", form_data(website="http://spam.example"))
    assert response.status_code == 302 and response["Location"].endswith("gop-y/da-gui/")
    assert not ConsultationComment.objects.exists()


def test_comments_are_rate_limited_per_client(client, consultations, rate_limit_clock, settings):
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "comment": "3/m"}
    page = open_page(consultations)
    for _ in range(3):
        assert client.post(page.url + "gop-y/", form_data()).status_code == 302
    refused = client.post(page.url + "gop-y/", form_data())
    assert refused.status_code == 429 and refused["Retry-After"]
    assert ConsultationComment.objects.count() == 3
    rate_limit_clock.advance(60)
    assert client.post(page.url + "gop-y/", form_data()).status_code == 302


# --- Moderation ------------------------------------------------------------------------------------------------


def test_only_approved_comments_show_under_their_article_and_no_contact_ever(client, consultations):
    page = open_page(consultations)
    ConsultationCommentFactory(
        page=page, article_number=3, name="Trần Văn Bình", email="binh@example.vn", phone="0987654321", text="Ý kiến A"
    )
    ConsultationCommentFactory(page=page, article_number=None, name="Lê Thu", email="thu@example.vn", text="Ý kiến B")
    ConsultationCommentFactory(page=page, article_number=3, status=CommentStatus.PENDING, text="Đang chờ duyệt X")
    ConsultationCommentFactory(page=page, article_number=1, status=CommentStatus.REJECTED, text="Bị từ chối Y")
    html = client.get(page.url).content.decode()
    assert "Ý kiến A" in html and "Ý kiến B" in html and "Trần Văn Bình" in html
    assert "Đang chờ duyệt X" not in html and "Bị từ chối Y" not in html
    for private in ("binh@example.vn", "0987654321", "thu@example.vn"):
        assert private not in html
    article_3 = html[html.index('id="dieu-3"') :]
    assert "Ý kiến A" in article_3  # under the article it targets
    assert "Ý kiến A" not in html[html.index('id="dieu-1"') : html.index('id="dieu-2"')]
    assert "Ý kiến B" in html[html.index('id="cs-general"') : html.index('id="cs-articles"')]


@pytest.fixture
def moderators(settings, consultations):
    from thainguyen_portal.editorial.factories import UserFactory
    from thainguyen_portal.editorial.setup import setup_newsroom

    setup_newsroom()
    return {
        role: UserFactory(username=role, role=role) for role in ("gazette_approvers", "gazette_officers", "reporters")
    }


def test_a_gazette_approver_publishes_a_comment_in_the_admin_and_it_shows(client, consultations, moderators):
    page = open_page(consultations)
    comment = ConsultationCommentFactory(page=page, article_number=2, status=CommentStatus.PENDING, text="Góp ý Z")
    assert "Góp ý Z" not in client.get(page.url).content.decode()
    client.force_login(moderators["gazette_approvers"])
    listing = client.get("/admin/consultation-comments/?status=pending")
    assert listing.status_code == 200 and comment.name in listing.content.decode()
    inspect = client.get(f"/admin/consultation-comments/inspect/{comment.pk}/")
    assert inspect.status_code == 200 and comment.email in inspect.content.decode()  # staff see the contact
    response = client.post(f"/admin/consultation-comments/{comment.pk}/moderate/", {"status": "approved"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.APPROVED and comment.moderated_by == moderators["gazette_approvers"]
    client.logout()
    html = client.get(page.url).content.decode()
    assert "Góp ý Z" in html and comment.email not in html


def test_gazette_officers_moderate_and_other_roles_cannot(client, consultations, moderators):
    page = open_page(consultations)
    comment = ConsultationCommentFactory(page=page, status=CommentStatus.PENDING)
    client.force_login(moderators["gazette_officers"])
    assert (
        client.post(f"/admin/consultation-comments/{comment.pk}/moderate/", {"status": "rejected"}).status_code == 302
    )
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED
    client.force_login(moderators["reporters"])
    assert client.get("/admin/consultation-comments/").status_code in (302, 403)
    assert client.post(f"/admin/consultation-comments/{comment.pk}/moderate/", {"status": "approved"}).status_code in (
        302,
        403,
    )
    comment.refresh_from_db()
    assert comment.status == CommentStatus.REJECTED


@override_settings(PAGE_CACHE_ENABLED=True)
def test_publishing_a_comment_renews_the_cached_page(client, consultations, django_capture_on_commit_callbacks):
    page = open_page(consultations)
    comment = ConsultationCommentFactory(page=page, status=CommentStatus.PENDING, text="Góp ý mới W")
    assert client.get(page.url)["X-Cache"] == "MISS"
    assert client.get(page.url)["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        ConsultationComment.objects.get(pk=comment.pk).moderate(CommentStatus.APPROVED, None)
    response = client.get(page.url)
    assert response["X-Cache"] == "MISS" and "Góp ý mới W" in response.content.decode()
    # A new pending comment changes nothing readers see: the page stays cached.
    assert client.get(page.url)["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        ConsultationCommentFactory(page=page, status=CommentStatus.PENDING)
    assert client.get(page.url)["X-Cache"] == "HIT"


# --- The report and the document issued ------------------------------------------------------------------------


def test_the_report_concludes_the_consultation_and_shows(client, consultations):
    page = open_page(
        consultations, opens_at=now() - datetime.timedelta(days=40), closes_at=now() - datetime.timedelta(days=10)
    )
    assert page.state() == ConsultationState.CLOSED
    html = client.get(page.url).content.decode()
    assert "cs-report" not in html and "đang tổng hợp" in html
    page.report = "<p>Sở đã tiếp thu 12 ý kiến, giải trình 3 ý kiến.</p>"
    page.save_revision().publish()
    assert page.state() == ConsultationState.CONCLUDED
    html = client.get(page.url).content.decode()
    assert "cs-report" in html and "Sở đã tiếp thu 12 ý kiến" in html


def test_the_draft_and_the_document_issued_link_each_other(client, consultations):
    issue = GazetteIssuePageFactory(parent=consultations.gazette, number="07")
    issue.save_revision().publish()
    document = LegalDocumentFactory(number="25/2026/QĐ-UBND", summary="Quy định hỗ trợ phát triển chè")
    DocumentAppearance.objects.create(document=document, issue=issue, page_from=1)
    document.recompute_published()
    page = open_page(consultations, report="<p>Đã tiếp thu.</p>", final_document=document)
    html = client.get(page.url).content.decode()
    assert 'href="/cong-bao/van-ban/25-2026-qd-ubnd/"' in html and "25/2026/QĐ-UBND" in html
    document_html = client.get("/cong-bao/van-ban/25-2026-qd-ubnd/").content.decode()
    assert f'href="{page.url}"' in document_html and page.title in document_html
    other = LegalDocumentFactory(number="26/2026/QĐ-UBND")
    DocumentAppearance.objects.create(document=other, issue=issue, page_from=2)
    other.recompute_published()
    assert "gz-consultation" not in client.get("/cong-bao/van-ban/26-2026-qd-ubnd/").content.decode()


# --- The listing, its counts and its feed ------------------------------------------------------------------------


def make_listing(consultations):
    pages = {
        "open": open_page(consultations),
        "upcoming": open_page(consultations, opens_at=now() + datetime.timedelta(days=3)),
        "closed": open_page(
            consultations, opens_at=now() - datetime.timedelta(days=40), closes_at=now() - datetime.timedelta(days=5)
        ),
        "concluded": open_page(
            consultations,
            opens_at=now() - datetime.timedelta(days=90),
            closes_at=now() - datetime.timedelta(days=60),
            report="<p>Báo cáo.</p>",
        ),
    }
    for _ in range(3):
        ConsultationCommentFactory(page=pages["open"])
    ConsultationCommentFactory(page=pages["open"], status=CommentStatus.PENDING)
    ConsultationCommentFactory(page=pages["closed"], status=CommentStatus.REJECTED)
    for _ in range(2):
        ConsultationCommentFactory(page=pages["concluded"])
    return pages


def test_the_listing_shows_states_and_counts_of_published_comments(client, consultations):
    pages = make_listing(consultations)
    response = client.get(consultations.index.url)
    counts = {item.pk: item.approved_count for item in response.context["page_obj"]}
    assert counts == {
        pages["open"].pk: 3,
        pages["upcoming"].pk: 0,
        pages["closed"].pk: 0,
        pages["concluded"].pk: 2,
    }
    html = response.content.decode()
    assert "3 ý kiến đã đăng" in html
    for state, page in pages.items():
        filtered = client.get(consultations.index.url + f"?state={state}")
        assert [item.pk for item in filtered.context["page_obj"]] == [page.pk]
    assert len(client.get(consultations.index.url + "?state=xyz&page=abc").context["page_obj"]) == 4


def test_the_feed_lists_the_consultations(client, consultations):
    pages = make_listing(consultations)
    response = client.get(consultations.index.url + "rss/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    for page in pages.values():
        assert page.title in body
    assert client.get(consultations.index.url + "atom/").status_code == 200


# Router (2) + alternates + the consultations with their counts (one query, whatever their number) + count.
LISTING_QUERIES = 5
# Router (2, the documents selected with the page) + alternates + published comments.
PAGE_QUERIES = 4


def test_listing_query_count_is_fixed(consultations, count_queries):
    make_listing(consultations)
    count_queries(consultations.index.url, LISTING_QUERIES)
    for _ in range(4):
        ConsultationCommentFactory(page=open_page(consultations))
    count_queries(consultations.index.url, LISTING_QUERIES)
    count_queries(consultations.index.url + "?state=open", LISTING_QUERIES)


def test_page_query_count_is_fixed(consultations, count_queries):
    issue = GazetteIssuePageFactory(parent=consultations.gazette, number="08")
    issue.save_revision().publish()
    document = LegalDocumentFactory(number="27/2026/QĐ-UBND")
    page = open_page(consultations, final_document=document, report="<p>Đã tiếp thu.</p>")
    for number in (1, 2, 3, None):
        ConsultationCommentFactory(page=page, article_number=number)
    count_queries(page.url, PAGE_QUERIES)


# --- The page cache around the closing time ------------------------------------------------------------------------


@override_settings(PAGE_CACHE_ENABLED=True)
def test_the_page_cache_never_serves_the_open_form_after_closing(client, consultations):
    closes = now() + datetime.timedelta(seconds=3)
    page = open_page(consultations, closes_at=closes)
    first = client.get(page.url)
    assert first["X-Cache"] == "MISS" and "Góp ý Điều 2" in first.content.decode()
    # Kept no longer than until the closing, by the page cache and by nginx or a CDN.
    assert "s-maxage=2" in first["Cache-Control"] or "s-maxage=1" in first["Cache-Control"]
    assert "stale-while-revalidate" not in first["Cache-Control"]
    second = client.get(page.url)
    assert second["X-Cache"] == "HIT"  # cached while open
    time.sleep(max(0.0, (closes - now()).total_seconds()) + 0.2)
    after = client.get(page.url)
    html = after.content.decode()
    assert after.get("X-Cache") != "HIT"
    assert "Góp ý Điều 2" not in html and 'href="' + page.url + "gop-y/" not in html
    # and the form itself was never cached: it refuses now.
    form = client.get(page.url + "gop-y/")
    assert "X-Cache" not in form and "Đã hết thời hạn góp ý" in form.content.decode()


@override_settings(PAGE_CACHE_ENABLED=True)
def test_the_comment_form_is_never_in_the_page_cache(client, consultations):
    page = open_page(consultations)
    first = client.get(page.url + "gop-y/")
    second = client.get(page.url + "gop-y/")
    assert "X-Cache" not in first and "X-Cache" not in second
    assert "csrfmiddlewaretoken" in second.content.decode()


# --- The English edition ------------------------------------------------------------------------------------------


def test_the_page_is_translatable_with_wagtail_localize(consultations):
    from wagtail_localize.models import StringSegment, TranslationSource

    page = open_page(consultations)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert "Mức hỗ trợ" in strings and page.summary in strings and page.drafting_agency in strings


# --- The area's declaration ----------------------------------------------------------------------------------------


def test_the_consultations_join_the_gazette_section_and_grant_moderation_to_its_roles():
    from thainguyen_portal.core import areas

    consultations = areas.area("consultations")
    assert "consultations" in areas.sections()["gazette"] and "gazette" in areas.sections()["gazette"]
    grants = {grant.role: set(grant.model_perms) for grant in consultations.grants}
    assert ("consultations", "change_consultationcomment") in grants["gazette_officers"]
    assert ("consultations", "delete_consultationcomment") in grants["gazette_approvers"]
    assert consultations.demo is not None


def test_a_gazette_officer_can_add_a_consultation_and_open_the_comment_views(client, consultations, moderators):
    page = open_page(consultations)
    comment = ConsultationCommentFactory(page=page, status=CommentStatus.PENDING)
    client.force_login(moderators["gazette_officers"])
    add = client.get(f"/admin/pages/add/consultations/consultationpage/{consultations.index.pk}/")
    assert add.status_code == 200 and 'id="id_drafting_agency"' in add.content.decode()
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert client.get(f"/admin/consultation-comments/edit/{comment.pk}/").status_code == 200
    filtered = client.get(f"/admin/consultation-comments/?page={page.pk}&status=pending")
    assert filtered.status_code == 200 and comment.name in filtered.content.decode()


def test_an_english_translation_takes_comments_at_its_english_address(client, consultations):
    from thainguyen_portal.core.demo import DemoBuilder

    page = open_page(consultations)
    builder = DemoBuilder()
    gazette_en = builder.translation(consultations.gazette, "en", title="Gazette", slug="gazette")
    builder.translation(consultations.index, "en", title="Drafts for comment", slug="drafts-for-comment")
    english = builder.translation(
        page,
        "en",
        title="Draft decision on tea",
        slug="draft-decision-on-tea",
        summary="Support for tea growers.",
        drafting_agency="Department of Agriculture and Environment",
        articles=page.articles.raw_data,
    )
    assert gazette_en.url == "/en/gazette/"
    response = client.get(english.url)
    assert response.status_code == 200 and 'href="/en/gazette/drafts-for-comment/draft-decision-on-tea/comment/' in (
        response.content.decode()
    )
    assert client.get(english.url + "comment/").status_code == 200
    assert client.post(english.url + "comment/", form_data()).status_code == 302
    assert ConsultationComment.objects.get().page_id == english.pk


@override_settings(PAGE_CACHE_ENABLED=True)
def test_the_page_cache_serves_the_draft_and_the_listing_without_a_query(
    client, consultations, django_assert_num_queries
):
    """Issue #22: the new page types are served from the page cache like every other page, with no query."""
    page = open_page(consultations)
    listing = page.get_parent()
    for url in (page.url, listing.url):
        assert client.get(url)["X-Cache"] == "MISS"
        with django_assert_num_queries(0):
            response = client.get(url)
        assert response["X-Cache"] == "HIT" and response.status_code == 200


def test_the_gazettes_page_leads_to_the_drafts_open_for_comment(client, consultations):
    """A reader who opens the gazette finds the consultations under it, with their one-line description; an
    unpublished listing is not offered."""
    consultations.index.search_description = "Góp ý dự thảo văn bản đang lấy ý kiến nhân dân."
    consultations.index.save_revision().publish()
    html = client.get(consultations.gazette.url).content.decode()
    nav = html[html.index('class="gz-sections"') :]
    assert f'<a href="{consultations.index.url}">{consultations.index.title}</a>' in nav
    assert "Góp ý dự thảo văn bản đang lấy ý kiến nhân dân." in nav

    consultations.index.unpublish()
    assert 'class="gz-sections"' not in client.get(consultations.gazette.url).content.decode()
