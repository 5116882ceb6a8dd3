"""The English edition's admin views: the reports (Reports menu) and the translation entry point."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitTranslationForm
from wagtail_localize.views.update_translations import UpdateTranslationsView

from thainguyen_portal.core.operations.reports import PortalReportView

from . import reports, upstream

TRANSLATOR_PERMISSION = "wagtail_localize.submit_translation"


def can_translate(user):
    return user.is_active and (user.is_superuser or user.has_perm(TRANSLATOR_PERMISSION))


def _when(value):
    if not value:
        return ""
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


class LinksColumn(Column):
    """A cell of links: the accessor gives [(label, url), ...]."""

    cell_template_name = "translation/tables/links_cell.html"


class TranslatorReportView(PortalReportView):
    """A report for translators and English editors (and administrators), listing rows of a reports.* function."""

    header_icon = "wagtail-localize-language"
    paginate_by = 50

    @classmethod
    def user_can_view(cls, user):
        return can_translate(user)


class StaleTranslationsView(TranslatorReportView):
    page_title = _("Out-of-date translations")
    index_url_name = "translation:stale"
    index_results_url_name = "translation:stale_results"
    export_name = "out-of-date-translations"
    no_results_message = _("Every translation is up to date with its Vietnamese source.")
    columns = [
        TitleColumn(
            "title",
            label=_("English page"),
            accessor="page.title",
            get_url=lambda row: row.update_url,
        ),
        Column("status", label=_("Status"), accessor=lambda row: row.status_label),
        Column("source_changed_at", label=_("Source changed"), accessor=lambda row: _when(row.source_changed_at)),
        Column("synced_at", label=_("Translation last synced"), accessor=lambda row: _when(row.synced_at)),
        LinksColumn("links", label=_("Actions"), accessor=lambda row: row.links),
    ]
    list_export = ["page.title", "source_page.title", "status", "source_changed_at", "synced_at"]
    export_headings = {
        "page.title": _("English page"),
        "source_page.title": _("Vietnamese source"),
        "status": _("Status"),
        "source_changed_at": _("Source changed"),
        "synced_at": _("Translation last synced"),
    }

    def get_queryset(self):
        rows = reports.stale_translations()
        labels = {
            reports.SOURCE_CHANGED: _("Source changed since the translation"),
            reports.NOT_PUBLISHED: _("Synced, not yet published"),
        }
        for row in rows:
            row.status_label = labels[row.status]
            row.links = [
                (
                    _("Update from the new source")
                    if row.status == reports.SOURCE_CHANGED and row.translation_source_id
                    else _("Edit the translation"),
                    row.update_url,
                ),
                (_("Vietnamese source: %(title)s") % {"title": row.source_page.title}, row.source_edit_url),
                (_("Source history"), row.source_history_url),
            ]
        return rows


class GlossaryCheckView(TranslatorReportView):
    page_title = _("Glossary check")
    index_url_name = "translation:glossary_check"
    index_results_url_name = "translation:glossary_check_results"
    export_name = "glossary-check"
    no_results_message = _("Every English page uses the glossary's renderings.")
    columns = [
        TitleColumn("title", label=_("English page"), accessor="page.title", get_url=lambda row: row.edit_url),
        Column("source", label=_("Vietnamese source"), accessor="source_page.title"),
        Column("findings", label=_("Term in the source → expected rendering"), accessor=lambda row: row.summary),
    ]
    list_export = ["page.title", "source_page.title", "summary"]
    export_headings = {
        "page.title": _("English page"),
        "source_page.title": _("Vietnamese source"),
        "summary": _("Term in the source → expected rendering"),
    }

    def get_queryset(self):
        rows = reports.glossary_problems()
        for row in rows:
            row.summary = "; ".join(f"{f.term.source_term} → {f.term.english}" for f in row.findings)
        return rows


class UntranslatedPagesView(TranslatorReportView):
    page_title = _("Pages to translate")
    index_url_name = "translation:untranslated"
    index_results_url_name = "translation:untranslated_results"
    export_name = "pages-to-translate"
    no_results_message = _("Every recent Vietnamese page has an English version.")
    columns = [
        TitleColumn("title", label=_("Vietnamese page"), accessor="page.title", get_url=lambda row: row.translate_url),
        Column("type", label=_("Type"), accessor=lambda row: row.page.content_type.name),
        Column("published", label=_("Published"), accessor=lambda row: _when(row.page.last_published_at)),
        LinksColumn(
            "links", label=_("Actions"), accessor=lambda row: [(_("Translate into English"), row.translate_url)]
        ),
    ]
    list_export = ["page.title", "page.last_published_at"]
    export_headings = {"page.title": _("Vietnamese page"), "page.last_published_at": _("Published")}

    def get_queryset(self):
        return reports.untranslated_pages()


# --- Translating into the locales one may edit ------------------------------------------------------------------


def editable_locales(user):
    """The locales whose tree the user may add pages to (translators: English only)."""
    if user.is_superuser:
        return Locale.objects.all()
    ids = [home.locale_id for home in Page.objects.filter(depth=2) if home.permissions_for_user(user).can_add_subpage()]
    return Locale.objects.filter(pk__in=ids)


class LocaleScopedSubmitTranslationForm(SubmitTranslationForm):
    def __init__(self, instance, *args, user, **kwargs):
        super().__init__(instance, *args, **kwargs)
        self.fields["locales"].queryset = self.fields["locales"].queryset.filter(
            pk__in=editable_locales(user).values("pk")
        )


class LocaleScopedSubmitPageTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", offering only the locales the user may edit.

    wagtail-localize asks only for ``submit_translation``: without this, a translator could create pages in the
    Vietnamese tree by "translating" an English page. Mounted at wagtail-localize's own URL (wagtail_hooks.py).
    """

    def get_form(self):
        if self.request.method == "POST":
            return LocaleScopedSubmitTranslationForm(self.object, self.request.POST, user=self.request.user)
        initial = None
        code = self.request.GET.get("select_locale")
        if code:
            locale = Locale.objects.filter(language_code=code).first()
            initial = {"locales": [locale]} if locale else None
        return LocaleScopedSubmitTranslationForm(self.object, initial=initial, user=self.request.user)


class CompleteOnlyUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Update existing translations", whose "Publish immediately" publishes only complete
    translations: wagtail-localize would publish the new, untranslated segments in Vietnamese. Mounted at
    wagtail-localize's own URL (wagtail_hooks.py)."""

    def form_valid(self, form):
        publish = form.cleaned_data.get("publish_translations")
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)  # syncs the new source text (and machine-translates when asked)
        if publish:
            for translation in self.object.translations.filter(enabled=True).select_related("target_locale"):
                total, translated = translation.get_progress()
                if translated < total:
                    messages.warning(
                        self.request,
                        ngettext(
                            "%(locale)s not published: %(count)s segment is not translated yet.",
                            "%(locale)s not published: %(count)s segments are not translated yet.",
                            total - translated,
                        )
                        % {"locale": translation.target_locale.get_display_name(), "count": total - translated},
                    )
                    continue
                try:
                    translation.save_target(user=self.request.user, publish=True)
                except ValidationError:
                    messages.error(
                        self.request,
                        _("%(locale)s not published: it does not validate.")
                        % {"locale": translation.target_locale.get_display_name()},
                    )
        return response


@require_POST
def ready_for_review(request, page_id):
    """The translator's hand-off: the translation, every segment translated, is saved as the page's latest draft
    and submitted to the English tree's workflow ("Biên dịch tiếng Anh"), whose last step the English editors
    approve (publishing it). wagtail-localize's editor has no workflow actions: this is its "ready for review"."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_translate(request.user) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    back = request.POST.get("next")
    if not back or not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("wagtailadmin_home")
    translation = upstream.translation_of_page(page)
    workflow = page.get_workflow()
    if page.workflow_in_progress:
        messages.info(
            request, _("“%(title)s” is already waiting for review.") % {"title": page.get_admin_display_title()}
        )
    elif translation is None or page.locale_id == reports.default_locale().pk:
        messages.error(
            request,
            _("“%(title)s” is not a translation made in the translation editor.")
            % {"title": page.get_admin_display_title()},
        )
    elif upstream.missing_segments(translation):
        missing = upstream.missing_segments(translation)
        messages.error(
            request,
            ngettext(
                "Not submitted: %(count)s segment is not translated yet.",
                "Not submitted: %(count)s segments are not translated yet.",
                missing,
            )
            % {"count": missing},
        )
    elif workflow is None:
        messages.error(
            request,
            _("No workflow reviews “%(title)s”: ask an administrator.") % {"title": page.get_admin_display_title()},
        )
    else:
        try:
            with transaction.atomic():
                translation.save_target(user=request.user, publish=False)
                page = Page.objects.get(pk=page.pk).specific
                workflow.start(page, request.user)
        except ValidationError:
            messages.error(request, _("Not submitted: the translation does not validate. Check it in the editor."))
            return redirect(back)
        messages.success(
            request,
            _("“%(title)s” is ready for review: submitted to “%(workflow)s”.")
            % {"title": page.get_admin_display_title(), "workflow": workflow.name},
        )
    return redirect(back)


@require_POST
def reuse_previous_english(request, translation_id):
    """The translator takes the previous English of a changed segment as its translation (from the editor)."""
    translation = get_object_or_404(Translation.objects.select_related("source"), pk=translation_id, enabled=True)
    try:
        page = translation.source.get_translated_instance(translation.target_locale)
    except ObjectDoesNotExist:
        raise Http404 from None
    if (
        not can_translate(request.user)
        or not isinstance(page, Page)
        or not page.permissions_for_user(request.user).can_edit()
    ):
        raise PermissionDenied
    try:
        string_id, previous_pk = int(request.POST.get("string", "")), int(request.POST.get("previous", ""))
    except ValueError:
        string_id = previous_pk = None
    if string_id and upstream.reuse_previous(translation, string_id, previous_pk, request.user):
        messages.success(request, _("The previous English is now the translation of the segment: check it."))
    else:
        messages.error(request, _("That segment has no such previous English."))
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
