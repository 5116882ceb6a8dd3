"""Admin: the glossary (a snippet), the English edition's reports, and the locale-scoped "Translate this page"."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_urls, views
from .models import GlossaryTerm
from .panels import EnglishEditionPanel
from .reports import unfinished_translation


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path("english-edition/", include(admin_urls, namespace="translation")),
        # Same URL as wagtail-localize's own view, matched first (this app comes before wagtail_localize in
        # INSTALLED_APPS): the form offers only the locales the user may edit.
        path(
            "localize/submit/page/<int:page_id>/",
            views.LocaleScopedSubmitPageTranslationView.as_view(),
            name="translation_submit_page",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.CompleteOnlyUpdateTranslationsView.as_view(),
            name="translation_update_translations",
        ),
    ]


class TranslatorMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_translate(request.user)


@hooks.register("register_reports_menu_item")
def stale_report_item():
    return TranslatorMenuItem(
        _("Out-of-date translations"), reverse("translation:stale"), icon_name="history", order=9010
    )


@hooks.register("register_reports_menu_item")
def glossary_check_item():
    return TranslatorMenuItem(_("Glossary check"), reverse("translation:glossary_check"), icon_name="tasks", order=9020)


@hooks.register("register_reports_menu_item")
def untranslated_item():
    return TranslatorMenuItem(
        _("Pages to translate"), reverse("translation:untranslated"), icon_name="doc-empty", order=9030
    )


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


@hooks.register("before_edit_page")
def refuse_to_publish_an_unfinished_translation(request, page):
    """wagtail-localize publishes a translation with untranslated segments in the source language: Vietnamese
    text under /en/. Publishing from its editor waits until every segment is translated (runs before
    wagtail-localize's own hook: this app comes first in INSTALLED_APPS)."""
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
