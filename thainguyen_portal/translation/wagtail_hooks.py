"""Admin: the glossary (a snippet), the English edition's reports, and the locale-scoped "Translate this page"."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from thainguyen_portal.core.operations.reports import register_report
from thainguyen_portal.core.upstream.wagtail_localize import SHADOWED_URLS, localize_admin_route

from . import admin_urls, views
from .models import GlossaryTerm
from .panels import EnglishEditionPanel
from .reports import unfinished_translation


# Registered before every other admin URL (order), whatever the INSTALLED_APPS order: the portal's views are served
# at wagtail-localize's own routes, read from its URL patterns by their names (core/upstream/wagtail_localize.py).
@hooks.register("register_admin_urls", order=-100)
def register_translation_urls():
    replacements = {
        # The form offers only the locales the user may edit: translators cannot create Vietnamese pages.
        "submit_page_translation": views.LocaleScopedSubmitPageTranslationView,
        # "Sync translated pages" completes only.
        "update_translations": views.CompleteOnlyUpdateTranslationsView,
    }
    return [path("english-edition/", include(admin_urls, namespace="translation"))] + [
        path(localize_admin_route(name), view.as_view(), name=SHADOWED_URLS[name])
        for name, view in replacements.items()
    ]


# In the Reports menu, for translators and English editors (TranslatorReportView.user_can_view).
register_report(views.StaleTranslationsView, order=9010, icon_name="history")
register_report(views.GlossaryCheckView, order=9020, icon_name="tasks")
register_report(views.UntranslatedPagesView, order=9030, icon_name="doc-empty")


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "list-ul"
    menu_label = _("Glossary")
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["source_term", "english", "note", "updated_at"]
    search_fields = ["source_term", "english", "note"]
    ordering = ["source_term"]


register_snippet(GlossaryViewSet)


@hooks.register("before_edit_page", order=-100)
def refuse_to_publish_an_unfinished_translation(request, page):
    """wagtail-localize publishes a translation with untranslated segments in the source language: Vietnamese
    text under /en/. Publishing from its editor waits until every segment is translated (runs before
    wagtail-localize's own hook: registered with a lower order)."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    missing = unfinished_translation(page)
    if not missing:
        return None
    messages.error(
        request,
        ngettext(
            "Not published: %(count)s segment is not translated yet. Translate it (or use machine translation) "
            "and publish again.",
            "Not published: %(count)s segments are not translated yet. Translate them (or use machine "
            "translation) and publish again.",
            missing,
        )
        % {"count": missing},
    )
    return redirect(request.path)


@hooks.register("construct_homepage_panels")
def english_edition_panel(request, panels):
    if views.can_translate(request.user):
        panels.append(EnglishEditionPanel())
