"""The lookup (tra cứu): the form that reads a query string, the filters it applies and the facet counts.

A query is read as a document number when it looks like one, in any of the ways people type it
(``15/2026/QĐ-UBND``, ``15/2026/qd-ubnd``, ``15 2026 QD UBND``, or just ``15/2026``); otherwise as words searched
in the summary, the number, the signer and the full text, with Vietnamese marks folded (``quy hoach`` finds
"quy hoạch"). On PostgreSQL the words go through a full-text index (``simple`` configuration over the folded
text, see migration 0002); elsewhere through ``LIKE``. Every filter is checked: a bad value gives a message and
is left out, never an error.
"""

import datetime

from django import forms
from django.db import connection
from django.db.models import BooleanField, Count, FloatField, Func, Q, Value
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from thainguyen_portal.core.text import fold_vietnamese

from .models import DocumentType, ForceStatus, IssuingBody, LegalDocument, LegalField, in_force_on, status_on
from .numbers import InvalidNumber, parse_number, parse_partial_number

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]
SORTS = [("newest", _("Newest first")), ("oldest", _("Oldest first")), ("relevance", _("Most relevant"))]
MAX_QUERY_WORDS = 12
SIGNER_FACET_SIZE = 15


def _ts_query(words):
    return Func(Value(" ".join(words)), template="plainto_tsquery('simple', %(expressions)s)")


def _ts_match(words):
    # search_vector: the stored, indexed tsvector column of migration 0002 (PostgreSQL only).
    return Func(_ts_query(words), template="search_vector @@ %(expressions)s", output_field=BooleanField())


def _ts_rank(words):
    return Func(_ts_query(words), template="ts_rank(search_vector, %(expressions)s)", output_field=FloatField())


class LookupForm(forms.Form):
    q = forms.CharField(label=_("Number, symbol or words"), required=False, max_length=200)
    type = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("All types"))] + DocumentType.choices)
    body = forms.ChoiceField(
        label=_("Issuing body"), required=False, choices=[("", _("All issuing bodies"))] + IssuingBody.choices
    )
    field = forms.SlugField(label=_("Field"), required=False)
    signer = forms.CharField(label=_("Signer"), required=False, max_length=120)
    status = forms.ChoiceField(
        label=_("Status of force"), required=False, choices=[("", _("Any status"))] + ForceStatus.choices
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1945, max_value=2100)
    issued_from = forms.DateField(label=_("Issued from"), required=False, input_formats=DATE_INPUT_FORMATS)
    issued_to = forms.DateField(label=_("Issued until"), required=False, input_formats=DATE_INPUT_FORMATS)
    effective_from = forms.DateField(label=_("In effect from"), required=False, input_formats=DATE_INPUT_FORMATS)
    effective_to = forms.DateField(label=_("In effect until"), required=False, input_formats=DATE_INPUT_FORMATS)
    on = forms.DateField(label=_("In force on"), required=False, input_formats=DATE_INPUT_FORMATS)
    sort = forms.ChoiceField(label=_("Order"), required=False, choices=SORTS)

    def clean(self):
        data = super().clean()
        for start, end in (("issued_from", "issued_to"), ("effective_from", "effective_to")):
            if data.get(start) and data.get(end) and data[start] > data[end]:
                self.add_error(end, _("The end of the range comes before its start."))
        return data


class Lookup:
    """One lookup: the valid filters of a query string, the matching documents and the facet counts."""

    FACETS = ("type", "body", "field", "signer", "status", "year")

    def __init__(self, params, base=None, today=None):
        self.form = LookupForm(params)
        self.form.is_valid()  # fills cleaned_data with the valid fields only; errors are shown to the reader
        self.filters = {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "") and name not in self.form.errors
        }
        self.base = base if base is not None else LegalDocument.objects.published()
        self.today = today or timezone.localdate()
        self.query = (self.filters.get("q") or "").strip()
        self.number_match = self._number_match(self.query)
        self.words = (
            [] if self.number_match is not None else fold_vietnamese(self.query).lower().split()[:MAX_QUERY_WORDS]
        )

    @property
    def errors(self):
        """Readable messages for the filters that were left out."""
        messages = []
        for name, errors in self.form.errors.items():
            label = self.form.fields[name].label if name in self.form.fields else ""
            for error in errors:
                messages.append(f"{label}: {error}" if label else str(error))
        return messages

    @staticmethod
    def _number_match(query):
        if not query:
            return None
        try:
            parsed = parse_number(query)
        except InvalidNumber:
            partial = parse_partial_number(query)
            if partial is None:
                return None
            condition = Q(number_value=partial.number)
            if partial.year:
                condition &= Q(number_year=partial.year)
            return condition
        condition = Q(number_value=parsed.number, symbol_key=parsed.symbol_key)
        if parsed.year:
            condition &= Q(number_year=parsed.year)
        return condition

    def _filtered(self, exclude=None):
        qs = self.base
        f = self.filters
        if self.number_match is not None:
            qs = qs.filter(self.number_match)
        elif self.words:
            qs = self._match_words(qs)
        simple = {"type": "doc_type", "body": "issuing_body", "signer": "signer"}
        for name, column in simple.items():
            if name in f and name != exclude:
                qs = qs.filter(**{column: f[name]})
        if "field" in f and exclude != "field":
            qs = qs.filter(fields__slug=f["field"])
        if "year" in f and exclude != "year":
            qs = qs.filter(issue_date__year=f["year"])
        if "issued_from" in f:
            qs = qs.filter(issue_date__gte=f["issued_from"])
        if "issued_to" in f:
            qs = qs.filter(issue_date__lte=f["issued_to"])
        if "effective_from" in f:
            qs = qs.filter(effective_date__gte=f["effective_from"])
        if "effective_to" in f:
            qs = qs.filter(effective_date__lte=f["effective_to"])
        if "on" in f:
            qs = qs.filter(in_force_on(f["on"]))
        if "status" in f and exclude != "status":
            qs = qs.annotate(force_status=status_on(self.today)).filter(force_status=f["status"])
        return qs

    def _match_words(self, qs):
        if connection.vendor == "postgresql":
            return qs.filter(_ts_match(self.words))
        for word in self.words:
            qs = qs.filter(search_text__contains=word)
        return qs

    @property
    def sort(self):
        return self.filters.get("sort") or ("relevance" if self.words else "newest")

    def results(self):
        qs = self._filtered().annotate(force_status=status_on(self.today)).prefetch_related("fields")
        if self.sort == "relevance" and self.words and connection.vendor == "postgresql":
            qs = qs.annotate(rank=_ts_rank(self.words)).order_by("-rank", "-issue_date", "-pk")
        elif self.sort == "oldest":
            qs = qs.order_by("issue_date", "number_value", "pk")
        else:
            qs = qs.order_by("-issue_date", "-number_value", "-pk")
        return qs

    def facets(self):
        """For each facet, its values with the number of documents each would give (the other filters applied)."""
        type_labels = dict(DocumentType.choices)
        body_labels = dict(IssuingBody.choices)
        status_labels = dict(ForceStatus.choices)

        def counted(qs, column):
            return qs.order_by().values(column).annotate(n=Count("pk"))

        types = counted(self._filtered("type"), "doc_type")
        bodies = counted(self._filtered("body"), "issuing_body")
        signers = counted(self._filtered("signer"), "signer").order_by("-n", "signer")[:SIGNER_FACET_SIZE]
        statuses = counted(self._filtered("status").annotate(force_status=status_on(self.today)), "force_status")
        years = (
            self._filtered("year")
            .order_by()
            .annotate(y=ExtractYear("issue_date"))
            .values("y")
            .annotate(n=Count("pk"))
            .order_by("-y")
        )
        fields = (
            LegalField.objects.filter(documents__in=self._filtered("field").order_by().values("pk"))
            .annotate(n=Count("documents"))
            .order_by("name")
        )
        return {
            "type": [
                (row["doc_type"], type_labels.get(row["doc_type"], row["doc_type"]), row["n"])
                for row in sorted(types, key=lambda r: -r["n"])
            ],
            "body": [
                (row["issuing_body"], body_labels.get(row["issuing_body"], row["issuing_body"]), row["n"])
                for row in sorted(bodies, key=lambda r: -r["n"])
            ],
            "field": [(field.slug, field.name, field.n) for field in fields],
            "signer": [(row["signer"], row["signer"], row["n"]) for row in signers],
            "status": [
                (row["force_status"], status_labels.get(row["force_status"], row["force_status"]), row["n"])
                for row in sorted(statuses, key=lambda r: -r["n"])
            ],
            "year": [(str(row["y"]), str(row["y"]), row["n"]) for row in years],
        }

    def active(self):
        """The filters in use, for "remove this filter" links: [(name, value)]."""
        return [(name, value) for name, value in self.filters.items() if name not in ("q", "sort")]


def parse_date(value):
    for fmt in DATE_INPUT_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except (TypeError, ValueError):
            continue
    return None
