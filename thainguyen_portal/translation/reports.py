"""What the English edition's reports list: stale translations, glossary problems, pages not yet translated.

Each function works on a handful of queries whatever the number of pages (the glossary check loads the pages it
compares, in batches).
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from . import upstream
from .glossary import all_terms, missing_renderings, translatable_text

SOURCE_CHANGED = "source_changed"
NOT_PUBLISHED = "not_published"


def english_code():
    """The language of the translated edition (the first one that is not the default)."""
    return next(code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE)


def default_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def _translated_pages(default):
    """Published pages of the other languages that are translations (not aliases) of a default-language page.

    The home pages are left out: the English home page is curated on its own, not translated.
    """
    return (
        Page.objects.exclude(locale=default)
        .filter(depth__gt=2, alias_of__isnull=True, last_published_at__isnull=False)
        .select_related("locale", "content_type")
        .order_by("path")
    )


@dataclass
class StaleTranslation:
    page: Page  # the translation (English)
    source_page: Page  # the Vietnamese page it translates
    status: str
    source_changed_at: datetime  # the source's last publication
    synced_at: datetime  # when the translation last took the source's text
    translation_source_id: int | None = None  # wagtail-localize's source, when it manages the translation

    @property
    def update_url(self):
        """Where the translator takes the new source: wagtail-localize's sync view, else the page editor."""
        if self.translation_source_id and self.status == SOURCE_CHANGED:
            url = reverse("wagtail_localize:update_translations", args=[self.translation_source_id])
            return f"{url}?next={reverse('translation:stale')}"
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def source_edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.source_page.pk])

    @property
    def source_history_url(self):
        return reverse("wagtailadmin_pages:history", args=[self.source_page.pk])


def stale_translations():
    """Translations whose Vietnamese source was published after they last took its text, oldest change first.

    A translation wagtail-localize manages takes the source's text when it is synced (``TranslationSource`` is
    updated): it is stale when the source was published since, and "synced, not yet published" while the new text
    waits in a draft. A translation made by hand (same translation key, no wagtail-localize record) is stale when
    the source was published after the translation.
    """
    default = default_locale()
    pages = list(_translated_pages(default))
    keys = {page.translation_key for page in pages}
    sources = {
        page.translation_key: page
        for page in Page.objects.filter(locale=default, translation_key__in=keys, live=True).only(
            "id", "title", "translation_key", "last_published_at", "url_path", "depth", "path"
        )
    }
    translation_sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(locale=default, object_id__in=keys).only(
            "id", "object_id", "last_updated_at"
        )
    }
    managed = set(
        Translation.objects.filter(source__in=translation_sources.values(), enabled=True).values_list(
            "source__object_id", "target_locale_id"
        )
    )
    rows = []
    for page in pages:
        source_page = sources.get(page.translation_key)
        if source_page is None or source_page.last_published_at is None:
            continue
        source = translation_sources.get(page.translation_key)
        if source is not None and (page.translation_key, page.locale_id) in managed:
            synced_at = source.last_updated_at
            if source_page.last_published_at > synced_at:
                status = SOURCE_CHANGED
            elif synced_at > page.last_published_at:
                status = NOT_PUBLISHED
            else:
                continue
            rows.append(
                StaleTranslation(page, source_page, status, source_page.last_published_at, synced_at, source.pk)
            )
        elif source_page.last_published_at > page.last_published_at:
            rows.append(
                StaleTranslation(
                    page, source_page, SOURCE_CHANGED, source_page.last_published_at, page.last_published_at
                )
            )
    rows.sort(key=lambda row: row.source_changed_at)
    return rows


@dataclass
class GlossaryProblem:
    page: Page
    source_page: Page
    findings: list = field(default_factory=list)

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def glossary_problems(terms=None, batch_size=200):
    """English pages whose source uses a glossary term while their text lacks the glossary's rendering."""
    terms = all_terms() if terms is None else terms
    if not terms:
        return []
    default = default_locale()
    pages = _translated_pages(default).filter(live=True)
    problems = []
    ids = list(pages.values_list("pk", flat=True))
    for start in range(0, len(ids), batch_size):
        batch = list(Page.objects.filter(pk__in=ids[start : start + batch_size]).order_by("path").specific())
        keys = {page.translation_key for page in batch}
        sources = {
            page.translation_key: page
            for page in Page.objects.filter(locale=default, translation_key__in=keys, live=True).specific()
        }
        for page in batch:
            source_page = sources.get(page.translation_key)
            if source_page is None:
                continue
            findings = missing_renderings(translatable_text(source_page), translatable_text(page), terms)
            if findings:
                problems.append(GlossaryProblem(page, source_page, findings))
    return problems


@dataclass
class Untranslated:
    page: Page

    @property
    def translate_url(self):
        # No "next": with one locale chosen, wagtail-localize opens the new translation in its editor.
        url = reverse("wagtail_localize:submit_page_translation", args=[self.page.pk])
        return f"{url}?select_locale={english_code()}"


def unfinished_translation(page):
    """How many of the segments of `page`'s wagtail-localize translation have no translation yet (0 when none)."""
    translation = upstream.translation_of_page(page)
    return 0 if translation is None else upstream.missing_segments(translation)


def untranslated_pages(limit=200):
    """The most recently published live Vietnamese pages that have no English page yet (aliases do not count)."""
    default = default_locale()
    translated = Page.objects.exclude(locale=default).filter(alias_of__isnull=True).values("translation_key")
    pages = (
        Page.objects.live()
        .filter(locale=default, depth__gt=2)
        .exclude(translation_key__in=translated)
        .select_related("content_type")
        .order_by("-last_published_at")[:limit]
    )
    return [Untranslated(page) for page in pages]


@dataclass
class Handoff:
    page: Page  # the English page
    task: str = ""  # the workflow step it waits in ("" when not submitted yet)

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def awaiting_review(limit=None):
    """English pages submitted to a workflow and waiting in one of its steps (two queries)."""
    states = (
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .select_related("current_task_state__task")
        .order_by("-created_at")
    )
    tasks = {int(state.object_id): state.current_task_state for state in states}
    pages = Page.objects.exclude(locale=default_locale()).filter(pk__in=tasks).order_by("-latest_revision_created_at")
    rows = [Handoff(page, tasks[page.pk].task.name if tasks[page.pk] else "") for page in pages]
    return rows[:limit] if limit else rows


def ready_to_submit(limit=None):
    """English drafts (or unpublished changes) made by wagtail-localize, every segment translated, not submitted.

    One query for the candidates, then one per candidate translation (its progress): drafts are few.
    """
    default = default_locale()
    in_workflow = (
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    candidates = (
        Page.objects.exclude(locale=default)
        .filter(depth__gt=2, alias_of__isnull=True, has_unpublished_changes=True)
        .exclude(pk__in=[int(pk) for pk in in_workflow])
        .order_by("-latest_revision_created_at")
    )
    rows = []
    for page in candidates:
        translation = upstream.translation_of_page(page)
        if translation is not None and upstream.missing_segments(translation) == 0:
            rows.append(Handoff(page))
            if limit and len(rows) >= limit:
                break
    return rows
