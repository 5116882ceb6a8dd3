"""The search dictionary in the admin: synonyms and abbreviations, and former place names (docs/search.md).

Both are snippets in a "Search" group of the admin menu, kept by the newsroom's editors, approvers and
administrators (editorial/roles.py). They are small tables that nothing else indexes: the listing's search folds
tone marks and capitals in Python ("uy ban" finds "Ủy ban"), so no row is written to Wagtail's search index for them.
The forms refuse what the search engine could not use: a group with fewer than two different terms, a place without
the units it became.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from ..models import PlaceName, SynonymGroup
from .text import fold, normalise

# The kinds a unit of today is written with, folded: "xã Kha Sơn", "phường Phổ Yên", "tỉnh Thái Nguyên".
SUCCESSOR_KINDS = ("tinh", "thanh pho", "xa", "phuong", "dac khu")
# Words that name a unit, which the former name is written without ("Phú Bình", not "huyện Phú Bình").
UNIT_WORDS = ("tinh", "thanh pho", "tp", "thi xa", "huyen", "quan", "xa", "phuong", "thi tran", "dac khu")


def split_list(value):
    """The comma- or line-separated items of a field, normalised (NFC, single spaces), empty ones dropped."""
    return [item for item in (normalise(part) for part in (value or "").replace("\n", ",").split(",")) if item]


def _starts_with_word(folded, words):
    return any(folded == word or folded.startswith(word + " ") for word in words)


class SynonymGroupForm(WagtailAdminModelForm):
    def clean_terms(self):
        terms, seen = [], set()
        for term in split_list(self.cleaned_data.get("terms")):
            key = fold(term)
            if key not in seen:  # "UBND, ubnd" is one term: the search ignores marks and capitals
                seen.add(key)
                terms.append(term)
        if len(terms) < 2:
            raise forms.ValidationError(
                _(
                    "A group needs at least two different terms, separated by commas, for example "
                    '"UBND, Ủy ban nhân dân". Terms that differ only in tone marks or capitals count as one.'
                ),
                code="too_few_terms",
            )
        return ", ".join(terms)


class PlaceNameForm(WagtailAdminModelForm):
    def clean_name(self):
        name = normalise(self.cleaned_data.get("name"))
        if _starts_with_word(fold(name), UNIT_WORDS):
            raise forms.ValidationError(
                _(
                    'Write the name without its unit: "Phú Bình", not "huyện Phú Bình"; the unit has a field of its own.'
                ),
                code="unit_in_name",
            )
        return name

    def clean_now_part_of(self):
        units = split_list(self.cleaned_data.get("now_part_of"))
        if not units:
            raise forms.ValidationError(
                _('Give at least one unit it became or was merged into, for example "xã Kha Sơn".'),
                code="no_successor",
            )
        without_kind = [unit for unit in units if not _starts_with_word(fold(unit), SUCCESSOR_KINDS)]
        if without_kind:
            raise forms.ValidationError(
                _(
                    "Write each unit with its kind first (tỉnh, thành phố, xã, phường or đặc khu), for example "
                    '"xã Kha Sơn": %(units)s.'
                ),
                code="successor_without_kind",
                params={"units": ", ".join(f"“{unit}”" for unit in without_kind)},
            )
        return ", ".join(units)


class FoldedSearchIndexView(IndexView):
    """The listing's search over `search_fields` with tone marks and capitals folded ("pho yen" finds "Phổ Yên").

    The tables hold hundreds of rows at most: they are read once per search and matched in Python, the same folding
    the site search uses, instead of a database ``icontains`` that is case-sensitive for "Ủ" on SQLite and blind to
    tone marks everywhere."""

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        needle = fold(normalise(self.search_query))
        fields = list(self.search_fields or [])
        matching = [
            pk
            for pk, *values in queryset.values_list("pk", *fields)
            if needle in fold(" ".join(str(value or "") for value in values))
        ]
        return queryset.filter(pk__in=matching)


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Synonyms and abbreviations")
    index_view_class = FoldedSearchIndexView
    list_display = ["terms", "note"]
    search_fields = ["terms", "note"]
    search_backend_name = None  # not in Wagtail's index: FoldedSearchIndexView reads the table
    list_per_page = 50
    edit_handler = ObjectList(
        [
            FieldPanel("terms", widget=forms.Textarea(attrs={"rows": 3})),
            FieldPanel("note"),
        ],
        base_form_class=SynonymGroupForm,
    )


class PlaceNameViewSet(SnippetViewSet):
    model = PlaceName
    icon = "site"
    menu_label = _("Former place names")
    index_view_class = FoldedSearchIndexView
    list_display = ["name", "unit", "until", "now_part_of", "note"]
    list_filter = ["unit"]
    search_fields = ["name", "now_part_of", "note"]
    search_backend_name = None
    list_per_page = 50
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("unit"), FieldPanel("until")]),
            FieldPanel("now_part_of", widget=forms.Textarea(attrs={"rows": 3})),
            FieldPanel("note"),
        ],
        base_form_class=PlaceNameForm,
    )


class SearchDictionaryGroup(SnippetViewSetGroup):
    # A context: a catalogue entry for the bare "Search" would replace Wagtail's own everywhere (DESIGN.md).
    menu_label = pgettext_lazy("admin menu", "Search")
    menu_icon = "search"
    menu_order = 270
    items = (SynonymGroupViewSet, PlaceNameViewSet)
