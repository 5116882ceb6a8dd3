"""The translators' hand-off (#20 item 9): "ready for review" starts the English workflow, the dashboard shows
what waits for review and what is ready to hand off, and a changed segment offers its previous English."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from news.factories import ArticlePageFactory
from thainguyen_portal.translation import reports, upstream

pytestmark = pytest.mark.django_db


def translate_all(translation, locale, english=lambda text: f"EN {text}"):
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        text = segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": f"{text}-en" if segment.context.path == "slug" else english(text)},
        )


@pytest.fixture
def draft(english_tree, locales):
    """A Vietnamese article and its English translation draft (made by wagtail-localize, nothing translated)."""
    article = ArticlePageFactory(parent=english_tree.economy, title="Bài bàn giao", slug="bai-ban-giao", sapo="Mở đầu.")
    article.save_revision().publish()
    translate_object(article, [locales.en])
    page = article.get_translation(locales.en)
    translation = Translation.objects.get(source__object_id=article.translation_key, target_locale=locales.en)
    return article, page, translation


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_an_unfinished_translation_cannot_be_handed_off(draft, people):
    _, page, _ = draft
    client = logged_in(people.translator)
    response = client.post(reverse("translation:ready_for_review", args=[page.pk]), follow=True)
    assert "not translated yet" in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_the_translator_hands_off_and_the_english_editor_sees_it(draft, people, locales):
    _, page, translation = draft
    translate_all(translation, locales.en)
    editor = logged_in(people.english_editor)
    home = editor.get("/admin/").content.decode()
    assert "Fully translated drafts, not yet submitted for review" in home
    assert "Every translation is up to date" not in home
    assert [row.page.pk for row in reports.ready_to_submit()] == [page.pk]

    translator = logged_in(people.translator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    editor_html = translator.get(edit_url).content.decode()
    assert reverse("translation:ready_for_review", args=[page.pk]) in editor_html  # in wagtail-localize's editor
    response = translator.post(reverse("translation:ready_for_review", args=[page.pk]), {"next": edit_url})
    assert response.status_code == 302 and response.url == edit_url

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == people.translator
    assert state.workflow.name == "Biên dịch tiếng Anh"
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().title == "EN Bài bàn giao"  # the translation, saved as the draft
    assert not page.live
    assert reports.ready_to_submit() == []
    [row] = reports.awaiting_review()
    assert row.page.pk == page.pk and row.task == "Biên dịch"
    home = editor.get("/admin/").content.decode()
    assert "Waiting for review" in home and "EN Bài bàn giao" in home
    assert "Every translation is up to date" not in home


def test_people_outside_the_english_edition_cannot_hand_off(draft, people, locales):
    _, page, translation = draft
    translate_all(translation, locales.en)
    response = logged_in(people.reporter).post(reverse("translation:ready_for_review", args=[page.pk]))
    assert response.status_code in (302, 403)
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_a_changed_segment_offers_its_previous_english(draft, people, locales):
    article, page, translation = draft
    translate_all(translation, locales.en)
    assert upstream.previous_english(translation) == []

    article.sapo = "Mở đầu đã sửa."
    article.save_revision().publish()
    source = TranslationSource.objects.get(object_id=article.translation_key)
    source.update_from_db()
    [changed] = upstream.previous_english(translation)
    assert changed.source_text == "Mở đầu đã sửa."
    [previous] = changed.previous
    assert (previous.source_text, previous.english) == ("Mở đầu.", "EN Mở đầu.")
    assert reports.unfinished_translation(page) == 1  # still to translate: the previous English is only offered

    translator = logged_in(people.translator)
    html = translator.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Previous English" in html and "EN Mở đầu." in html
    reuse_url = reverse("translation:reuse_previous_english", args=[translation.pk])
    assert reuse_url in html

    # A reporter cannot, a wrong pair is refused, the translator's choice makes it the segment's translation.
    form = {"string": changed.string_id, "previous": previous.pk}
    assert logged_in(people.reporter).post(reuse_url, form).status_code in (302, 403)
    assert reports.unfinished_translation(page) == 1
    translator.post(reuse_url, {"string": changed.string_id, "previous": previous.pk + 1000})
    assert reports.unfinished_translation(page) == 1
    response = translator.post(reuse_url, form)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert reports.unfinished_translation(page) == 0
    reused = StringTranslation.objects.get(translation_of_id=changed.string_id, locale=locales.en)
    assert reused.data == "EN Mở đầu." and reused.last_translated_by == people.translator
    assert upstream.previous_english(translation) == []


def test_after_the_hand_off_a_second_translator_and_an_english_editor_approve_and_it_goes_live(
    draft, people, locales, django_capture_on_commit_callbacks
):
    from thainguyen_portal.editorial.factories import UserFactory
    from thainguyen_portal.editorial.roles import TRANSLATORS

    _, page, translation = draft
    translate_all(translation, locales.en)
    logged_in(people.translator).post(reverse("translation:ready_for_review", args=[page.pk]))

    def approve(user):
        state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
        task_state = state.current_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
        with django_capture_on_commit_callbacks(execute=True):
            response = logged_in(user).post(url, {"comment": ""})
        assert response.status_code in (200, 302)
        return task_state.task.name

    # The submitter does not approve their own work; another translator does.
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.current_task_state.task.specific.get_actions(page, people.translator) == []
    assert approve(UserFactory(username="biendich2", role=TRANSLATORS)) == "Biên dịch"
    assert [row.task for row in reports.awaiting_review()] == ["Duyệt bản tiếng Anh"]
    assert approve(people.english_editor) == "Duyệt bản tiếng Anh"
    page.refresh_from_db()
    assert page.live and page.title == "EN Bài bàn giao"
    assert reports.awaiting_review() == []
