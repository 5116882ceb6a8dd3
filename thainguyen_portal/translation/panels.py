"""The translators' dashboard panel: what is out of date, what waits to be translated, the glossary."""

from wagtail.admin.ui.components import Component

from . import reports


class EnglishEditionPanel(Component):
    name = "translation_english_edition"
    template_name = "translation/panels/english_edition.html"
    order = 140

    def get_context_data(self, parent_context):
        stale = reports.stale_translations()
        return {"stale": stale[:5], "stale_count": len(stale), "to_translate": reports.untranslated_pages(limit=5)}
