"""Admin: the glossary (a snippet), the English edition's reports, and the locale-scoped "Translate this page"."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_urls, views
from .models import GlossaryTerm


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
