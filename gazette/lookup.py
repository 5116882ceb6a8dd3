"""The lookup (tra cứu): the form that reads a query string, the filters it applies and the facet counts.

A query is read as a document number when it looks like one, in any of the ways people type it
(``15/2026/QĐ-UBND``, ``15/2026/qd-ubnd``, ``15 2026 QD UBND``, or just ``15/2026``); otherwise as words searched
in the summary, the number, the signer and the full text, with Vietnamese marks folded (``quy hoach`` finds
"quy hoạch"). On PostgreSQL the words go through a full-text index (``simple`` configuration over the folded
text, see migration 0002) and are ranked on the small vector of the number and summary (migration 0003);
elsewhere through ``LIKE``. Every filter is checked: a bad value gives a message and is left out, never an error.

What it costs (docs/gazette.md, "Lookup speed"): the facet counts and the total come from one grouped query over
the five column facets plus one for the fields, rolled up in Python, and are kept in the cache per set of filters
until the gazette's page-cache generation moves; the results page reads no full text.
"""

import contextlib
import datetime
import hashlib
import json
from collections import Counter

from django import forms
from django.conf import settings
from django.core.cache import caches
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import BooleanField, Count, FloatField, Func, Q, Value
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from thainguyen_portal.core import pagecache
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
    # rank_vector: the number and summary in the portal's configuration (migration 0003), small and kept in the row;
    # any of the words counts, so a summary holding two of three words ranks above one holding none.
    return Func(
        Value(" ".join(words)),
        template="ts_rank(rank_vector, replace(plainto_tsquery('portal_vietnamese', %(expressions)s)::text, '&', '|')"
        "::tsquery)",
        output_field=FloatField(),
    )


# The facets that are columns of the document (the field facet goes through the many-to-many table).
COLUMN_FACETS = ("type", "body", "signer", "status", "year")


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
    """One lookup: the valid filters of a query string, the matching documents and the facet counts.

    ``cache_path``: the public path the lookup is served under (the gazette index's); when given, the facet counts
    and the total are kept in the cache for this set of filters, under that path's page-cache generations, so a
    publish, an unpublish or an edited document (which move them) is seen at once.
    """

    FACETS = ("type", "body", "field", "signer", "status", "year")

    def __init__(self, params, base=None, today=None, cache_path=None):
        self.form = LookupForm(params)
        self.form.is_valid()  # fills cleaned_data with the valid fields only; errors are shown to the reader
        self.filters = {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "") and name not in self.form.errors
        }
        self.custom_base = base is not None
        self.base = base if base is not None else LegalDocument.objects.published()
        self.today = today or timezone.localdate()
        self.cache_path = cache_path
        self._in_index_scans = False
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

    def _filtered(self, exclude=()):
        """The documents matching the query and the filters, except the facet filters named in `exclude`."""
        if isinstance(exclude, str):
            exclude = (exclude,)
        qs = self.base
        f = self.filters
        if self.number_match is not None:
            qs = qs.filter(self.number_match)
        elif self.words:
            qs = self._match_words(qs)
        simple = {"type": "doc_type", "body": "issuing_body", "signer": "signer"}
        for name, column in simple.items():
            if name in f and name not in exclude:
                qs = qs.filter(**{column: f[name]})
        if "field" in f and "field" not in exclude:
            qs = qs.filter(fields__slug=f["field"])
        if "year" in f and "year" not in exclude:
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
        if "status" in f and "status" not in exclude:
            qs = qs.annotate(force_status=status_on(self.today)).filter(force_status=f["status"])
        return qs

    def _match_words(self, qs):
        if connection.vendor == "postgresql":
            return qs.filter(_ts_match(self.words))
        for word in self.words:
            qs = qs.filter(search_text__contains=word)
        return qs

    @contextlib.contextmanager
    def index_scans(self):
        """On PostgreSQL, run a word lookup's queries on the full-text index, never a sequential scan.

        A word as common as "quyết" matches most documents, and the planner then prefers reading the whole table
        and testing each row's vector. It does not know that each vector must be fetched from TOAST (about 5 µs a
        row): 100 ms at 20,000 documents, against 10 ms through the index, whose matches need no recheck. The
        setting is local to a transaction and put back as it was on the way out.
        """
        if connection.vendor != "postgresql" or not self.words or self._in_index_scans:
            yield
            return
        self._in_index_scans = True
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
            before = cursor.fetchone()[0]
            yield
            # An error rolls the setting back with the transaction or savepoint; otherwise put it back here, as a
            # savepoint inside a longer transaction would keep it.
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [before])
        self._in_index_scans = False

    @property
    def sort(self):
        return self.filters.get("sort") or ("relevance" if self.words else "newest")

    def results(self):
        """The matching documents in order, with their status and fields; their full text is not read."""
        qs = (
            self._filtered()
            .defer("full_text", "search_text")
            .annotate(force_status=status_on(self.today))
            .prefetch_related("fields")
        )
        if self.sort == "relevance" and self.words and connection.vendor == "postgresql":
            qs = qs.annotate(rank=_ts_rank(self.words)).order_by("-rank", "-issue_date", "-pk")
        elif self.sort == "oldest":
            qs = qs.order_by("issue_date", "number_value", "pk")
        else:
            qs = qs.order_by("-issue_date", "-number_value", "-pk")
        return qs

    def count(self):
        """How many documents match (from the facet counts: no query of its own)."""
        return self._counts["total"]

    def page(self, number, per_page):
        """One page of results (a Django `Page`, its documents already read), `number` as typed by the reader."""
        with self.index_scans():
            page = LookupPaginator(self, per_page).get_page(number)
            page.object_list = list(page.object_list)
        return page

    # --- facet counts -----------------------------------------------------------------------------------------

    def _cache_key(self):
        if not self.cache_path or self.custom_base or not settings.GAZETTE_FACET_CACHE_SECONDS:
            return None
        filters = {name: str(value) for name, value in self.filters.items() if name not in ("sort",)}
        generations = pagecache.current_generations(pagecache.generations_for_path(self.cache_path))
        raw = json.dumps([filters, self.today.isoformat(), generations], sort_keys=True, ensure_ascii=False)
        return "gazette:facets:" + hashlib.sha256(raw.encode()).hexdigest()

    @cached_property
    def _counts(self):
        key = self._cache_key()
        cache = caches[settings.PAGE_CACHE_ALIAS]
        if key is not None:
            found = cache.get(key)
            if found is not None:
                return found
        with self.index_scans():
            counts = self._count_facets()
        if key is not None:
            cache.set(key, counts, timeout=settings.GAZETTE_FACET_CACHE_SECONDS)
        return counts

    def _count_facets(self):
        """The total and each facet's counts, each facet with the other filters applied: two queries.

        The five column facets come from one query grouped by all five (a few hundred groups at 20,000 documents),
        over the documents matching everything but those five filters; each facet is then the sum of the groups
        that pass the *other* active facet filters. The fields, a many-to-many relation, take a second query.
        """
        active = {name: self.filters[name] for name in COLUMN_FACETS if name in self.filters}
        if "year" in active:
            active["year"] = int(active["year"])
        groups = (
            self._filtered(exclude=COLUMN_FACETS)
            .order_by()
            .annotate(force_status=status_on(self.today), y=ExtractYear("issue_date"))
            .values("doc_type", "issuing_body", "signer", "force_status", "y")
            .annotate(n=Count("pk"))
        )
        columns = {
            "type": "doc_type",
            "body": "issuing_body",
            "signer": "signer",
            "status": "force_status",
            "year": "y",
        }
        tallies = {name: Counter() for name in COLUMN_FACETS}
        total = 0
        for row in groups:
            failing = [name for name, value in active.items() if row[columns[name]] != value]
            if not failing:
                total += row["n"]
            for name in COLUMN_FACETS:
                if not failing or failing == [name]:
                    tallies[name][row[columns[name]]] += row["n"]
        fields = (
            LegalField.objects.filter(documents__in=self._filtered("field").order_by().values("pk"))
            .annotate(n=Count("documents"))
            .order_by("name")
            .values_list("slug", "name", "n")
        )
        counts = {
            name: sorted(tally.items(), key=lambda item: (-item[1], str(item[0]))) for name, tally in tallies.items()
        }
        counts["year"] = sorted(tallies["year"].items(), key=lambda item: -item[0])
        counts["signer"] = counts["signer"][:SIGNER_FACET_SIZE]
        counts["field"] = [list(row) for row in fields]
        counts["total"] = total
        return counts

    def facets(self):
        """For each facet, its values with the number of documents each would give (the other filters applied)."""
        counts = self._counts
        labels = {
            "type": dict(DocumentType.choices),
            "body": dict(IssuingBody.choices),
            "status": dict(ForceStatus.choices),
        }
        facets = {}
        for name in self.FACETS:
            if name == "field":
                facets[name] = [(slug, field_name, n) for slug, field_name, n in counts["field"]]
            elif name == "year":
                facets[name] = [(str(year), str(year), n) for year, n in counts["year"]]
            else:
                names = labels.get(name, {})
                facets[name] = [(value, names.get(value, value), n) for value, n in counts[name]]
        return facets

    def active(self):
        """The filters in use, for "remove this filter" links: [(name, value)]."""
        return [(name, value) for name, value in self.filters.items() if name not in ("q", "sort")]


class LookupPaginator(Paginator):
    """Pages of a lookup's results, counted from its facet counts (no COUNT query of their own)."""

    def __init__(self, lookup, per_page):
        super().__init__(lookup.results(), per_page)
        self.lookup = lookup

    @cached_property
    def count(self):
        return self.lookup.count()


def parse_date(value):
    for fmt in DATE_INPUT_FORMATS:
        try:
            return datetime.datetime.strptime(value, fmt).date()
        except (TypeError, ValueError):
            continue
    return None
