"""Issue 21: the petitions moved out of the news app with no data lost.

Existing databases hold the petitions in the news app's tables and point to their content types (app label `news`)
from pages, revisions, the reference index and permissions. The test builds that database: it makes a petition
and what hangs off it, migrates back to before the move (the petitions app's 0001 renames the content types back
to `news`), adds a row through the old news models as a database of the time would have it, then migrates forward
again and checks that every row and every content type is still there, with the same ids.
"""

import uuid

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, Page, ReferenceIndex, Revision

from home.factories import HomePageFactory
from news.factories import NewsIndexPageFactory
from news.petitions.factories import AgencyFactory, PetitionIndexPageFactory, PetitionPageFactory
from news.petitions.models import Agency, PetitionPage
from news.petitions.submissions import PetitionSubmission
from thainguyen_portal.core.models import TextEntry

BEFORE = [("news", "0008_translatable_corrections"), ("petitions", None)]
MODELS = ("agency", "petitionindexpage", "petitionpage", "petitionsubmission", "petitionattachment")


def content_types(app_label):
    return dict(ContentType.objects.filter(app_label=app_label, model__in=MODELS).values_list("model", "id"))


# Transactional: migrations cannot run inside the test's transaction. After another transactional test's flush the
# database may be empty (no locale, no root page): both are made when missing.
@pytest.mark.django_db(transaction=True)
def test_the_move_keeps_the_pages_their_content_types_revisions_agencies_and_permissions():
    vi, _created = Locale.objects.get_or_create(language_code="vi")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=vi))
    home = HomePageFactory(parent=root, slug="trang-chu-chuyen-doi", locale=vi)
    petitions = PetitionIndexPageFactory(parent=NewsIndexPageFactory(parent=home, locale=vi), locale=vi)
    agency = AgencyFactory(name="Sở Xây dựng", locale=vi)
    petition = PetitionPageFactory(parent=petitions, agency=agency, answering_agency=agency, locale=vi)
    petition.save_revision().publish()
    petition.content = "Đường liên xóm đã được sửa một đoạn, còn một đoạn chưa sửa."
    petition.save_revision()  # a draft on top of the live version
    submission = PetitionSubmission.objects.create(
        sender_name="Nguyễn Văn An", subject="Đường hỏng", content="Đường liên xóm hỏng.", petition_page=petition
    )
    desk = Group.objects.create(name="Bàn biên tập (thử chuyển đổi)")
    permission = Permission.objects.get(content_type__app_label="petitions", codename="view_petitionsubmission")
    desk.permissions.add(permission)
    moved = content_types("petitions")
    assert set(moved) == set(MODELS)
    revisions = list(Revision.page_revisions.filter(object_id=str(petition.pk)).values_list("pk", "content_type_id"))
    assert len(revisions) == 2 and {ct for _pk, ct in revisions} == {moved["petitionpage"]}
    references = ReferenceIndex.get_references_to(agency).count()

    executor = MigrationExecutor(connection)
    try:
        # Before the move: the same content type rows, labelled `news`, as on the databases of the time.
        executor.migrate(BEFORE)
        assert content_types("news") == moved and content_types("petitions") == {}
        old = MigrationExecutor(connection).loader.project_state([BEFORE[0]]).apps
        old_agency = old.get_model("news", "Agency").objects.create(
            name="Sở Y tế", locale_id=vi.pk, translation_key=uuid.uuid4()
        )
        assert old.get_model("news", "PetitionPage").objects.get(pk=petition.pk).agency_id == agency.pk
        # The site search's entry of the petition, under the news app's kind as it was indexed then.
        TextEntry.objects.filter(page_id=petition.pk).delete()
        entry = TextEntry.objects.create(
            source="page", object_key=str(petition.pk), page_id=petition.pk, locale=vi, kind="news", title="Đường"
        )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()

    # After: the rows kept their ids and now say `petitions`; nothing is left under `news`.
    assert content_types("petitions") == moved and content_types("news") == {}
    page = Page.objects.get(pk=petition.pk)
    assert page.content_type_id == moved["petitionpage"]
    assert isinstance(page.specific, PetitionPage) and page.specific.agency == agency
    assert page.specific.answering_agency == agency
    after = list(Revision.page_revisions.filter(object_id=str(petition.pk)).values_list("pk", "content_type_id"))
    assert sorted(after) == sorted(revisions)
    assert page.specific.get_latest_revision_as_object().content.startswith("Đường liên xóm đã được sửa")
    assert page.specific.live_revision.as_object().agency == agency
    assert ReferenceIndex.get_references_to(agency).count() == references
    assert Agency.objects.get(pk=old_agency.pk).name == "Sở Y tế"
    assert PetitionSubmission.objects.get(pk=submission.pk).petition_page_id == petition.pk
    assert Permission.objects.get(pk=permission.pk).content_type_id == moved["petitionsubmission"]
    assert list(desk.permissions.values_list("pk", flat=True)) == [permission.pk]
    assert TextEntry.objects.get(pk=entry.pk).kind == "petitions"
