"""The glossary of official names: how the English edition renders each Vietnamese term."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class GlossaryTerm(index.Indexed, models.Model):
    """One official name: the Vietnamese term, its English rendering and a note for translators."""

    source_term = models.CharField(
        _("Vietnamese term"),
        max_length=255,
        unique=True,
        help_text=_("As it is written in Vietnamese texts, e.g. “Ủy ban nhân dân tỉnh”."),
    )
    english = models.CharField(
        _("English rendering"),
        max_length=255,
        help_text=_("The one rendering the English edition uses, e.g. “Provincial People's Committee”."),
    )
    note = models.TextField(
        _("note"), blank=True, help_text=_("When to use it, what to avoid, capitalisation, abbreviations.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [FieldPanel("source_term"), FieldPanel("english"), FieldPanel("note")]
    search_fields = [
        index.SearchField("source_term"),
        index.AutocompleteField("source_term"),
        index.SearchField("english"),
        index.AutocompleteField("english"),
    ]

    class Meta:
        ordering = ["source_term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return f"{self.source_term} → {self.english}"
