"""The translators' dashboard panel: what waits for review, what is ready to hand off, what is out of date, what
waits to be translated, the glossary."""

from wagtail.admin.ui.components import Component

from . import reports


class EnglishEditionPanel(Component):
    name = "translation_english_edition"
    template_name = "translation/panels/english_edition.html"
    order = 140

    def get_context_data(self, parent_context):
        stale = reports.stale_translations()
        return {
            "stale": stale[:5],
            "stale_count": len(stale),
            "awaiting_review": reports.awaiting_review(limit=10),
            "ready_to_submit": reports.ready_to_submit(limit=10),
            "to_translate": reports.untranslated_pages(limit=5),
            "csrf_token": (parent_context or {}).get("csrf_token"),
        }
