"""The lookup (tra cứu): the form that reads a query string, the filters it applies and the facet counts.

A query is read as a document number when it looks like one, in any of the ways people type it
(``15/2026/QĐ-UBND``, ``15/2026/qd-ubnd``, ``15 2026 QD UBND``, or just ``15/2026``); otherwise as words, through
the portal's one full-text layer (core/fulltext/), the same as the site search: the number, summary, signer and
full text of each document (the boilerplate every document repeats left out, gazette/searching.py), Vietnamese
marks folded, neighbouring syllables kept together ("chuyển đổi số" counts only documents holding the phrase),
synonyms and former place names widened, typos corrected; ranked as the site search ranks. Every filter is checked:
a bad value gives a message and is left out, never an error.

What it costs (docs/gazette.md, "Lookup speed"): the facet counts and the total come from one grouped query over
the five column facets plus one for the fields, rolled up in Python, and are kept in the cache per set of filters
until the gazette's page-cache generation moves; the results page reads no full text.
"""

import hashlib
import json
import logging
from collections import Counter

from django import forms
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import BooleanField, Case, CharField, Count, F, Func, IntegerField, Q, Value, When
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from thainguyen_portal.core.fulltext import engine
from thainguyen_portal.core.fulltext.query import parse_query
from thainguyen_portal.core.models import TextEntry
from thainguyen_portal.core.pages.filters import QueryDateField
from thainguyen_portal.core.publishing import pagecache
from thainguyen_portal.core.text import fold_vietnamese

from .models import DocumentType, ForceStatus, IssuingBody, LegalDocument, in_force_on, status_is, status_on
from .numbers import InvalidNumber, parse_number, parse_partial_number

logger = logging.getLogger(__name__)

SORTS = [("newest", _("Newest first")), ("oldest", _("Oldest first")), ("relevance", _("Most relevant"))]
SOURCE = "gazette.legaldocument"  # gazette/searching.py
# In the relevance order, the newest RANKED matches are ranked; the others follow, newest first.
RANKED = 300
SIGNER_FACET_SIZE = 15


# The facets that are columns of the document (the field facet goes through the many-to-many table).
COLUMN_FACETS = ("type", "body", "signer", "status", "year")


class LookupForm(forms.Form):
    q = forms.CharField(label=_("Number, symbol or words"), required=False, max_length=200)
    type = forms.ChoiceField(
        label=pgettext_lazy("legal document", "Type"),
        required=False,
        choices=[("", pgettext_lazy("legal document", "All types"))] + DocumentType.choices,
    )
    body = forms.ChoiceField(
        label=_("Issuing body"), required=False, choices=[("", _("All issuing bodies"))] + IssuingBody.choices
    )
    field = forms.SlugField(label=pgettext_lazy("legal document", "Field"), required=False)
    signer = forms.CharField(label=_("Signer"), required=False, max_length=120)
    status = forms.ChoiceField(
        label=_("Status of force"), required=False, choices=[("", _("Any status"))] + ForceStatus.choices
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1945, max_value=2100)
    issued_from = QueryDateField(label=_("Issued from"))
    issued_to = QueryDateField(label=_("Issued until"))
    effective_from = QueryDateField(label=_("In effect from"))
    effective_to = QueryDateField(label=_("In effect until"))
    on = QueryDateField(label=_("In force on"))
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
        self.query = (self.filters.get("q") or "").strip()
        self.number_match = self._number_match(self.query)
        self.parsed = self._parse(self.query) if self.number_match is None and self.query else None
        self.words = self.parsed.tokens if self.parsed is not None else []
        if not self.form.data.get("sort"):
            # the order list shows the order used (most relevant for words), not its first choice
            self.form.data = self.form.data.copy()
            self.form.data["sort"] = self.sort

    @staticmethod
    def _entries():
        return TextEntry.objects.filter(source=SOURCE)

    def _parse(self, query):
        """The query read by the full-text layer; when no document holds its phrases side by side, the same with
        them cut into syllables (``parsed.relaxed``, told to the reader)."""
        parsed = parse_query(query)
        if parsed.is_empty:
            return None
        phrases = any(group.origin == "phrase" for group in parsed.groups)
        if phrases and not self._entries().filter(engine.condition(parsed)).exists():
            parsed = parsed.relax()
        return parsed

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
            qs = qs.filter(status_is(f["status"], self.today))
        return qs

    def _column_condition(self, name):
        """The condition of the active column facet filter `name`."""
        value = self.filters[name]
        if name == "status":
            return status_is(value, self.today)
        if name == "year":
            return Q(issue_date__year=value)
        return Q(**{{"type": "doc_type", "body": "issuing_body", "signer": "signer"}[name]: value})

    def _match_words(self, qs):
        ids = self._match_ids
        if not isinstance(ids, list):
            return qs.filter(pk__in=ids)
        return qs.filter(_id_set(ids))

    @cached_property
    def _match_ids(self):
        """The documents holding the words: on PostgreSQL their ids, read once through the full-text index (then
        every other query of the lookup, facets included, works on plain columns and is planned freely); elsewhere
        a subquery."""
        matching = self._entries().filter(engine.condition(self.parsed)).values("object_id")
        if connection.vendor != "postgresql":
            return matching
        return self._select(matching, hint=True, flat=True)

    def ranked_ids(self):
        """The newest ``RANKED`` matching documents' ids (by signing date), most relevant first
        (core/fulltext/engine.py), with the filters applied. Three queries: the newest matching documents' ids
        (walking the signing-date index), their entries, the openings of the best placed."""
        newest = self._filtered().order_by("-issue_date", "-number_value", "-pk").values_list("pk", flat=True)
        ids = list(newest[:RANKED])  # walks the (is_published, -issue_date) index and stops at RANKED
        rows = self._entries().filter(object_id__in=ids).values_list(*engine.FIELDS)
        found = [engine.Candidate(*row) for row in rows]
        engine.rank(found, self.parsed)
        return [candidate.object_id for candidate in engine.order(found)]

    def _select(self, queryset, hint=False, flat=False):
        """The rows of a values() queryset as dicts; with `hint`, planned for the full-text index.

        A syllable as common as "quy" matches most documents, and the planner then prefers reading the whole index
        table and testing each row's vector. It does not know that each vector must first be fetched from TOAST:
        200 ms at 20,000 documents, against 10 ms through the GIN index. So that one query is planned with
        sequential scans off.

        Outside a transaction the setting and the query go in one round trip, ``SET LOCAL ...; SELECT ...``: the
        two run as one implicit transaction, and the setting ends with it. Inside one (tests, a management
        command) it is set, then put back as it was.
        """
        if not hint or connection.vendor != "postgresql":
            return list(queryset)  # (flat is for the hinted query only)
        try:
            sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
        except EmptyResultSet:  # nothing can match (an empty page): what Django itself answers
            return []
        with connection.cursor() as cursor:
            if connection.in_atomic_block:
                cursor.execute("SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)")
                before = cursor.fetchone()[0]
                cursor.execute(sql, params)
                rows = cursor.fetchall()
                names = [column.name for column in cursor.description]
                cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [before])
            else:
                cursor.execute("SET LOCAL enable_seqscan = off; " + sql, params)
                rows = cursor.fetchall()
                names = [column.name for column in cursor.description]
        if flat:
            return [row[0] for row in rows]
        return [dict(zip(names, row, strict=True)) for row in rows]

    @property
    def sort(self):
        return self.filters.get("sort") or ("relevance" if self.words else "newest")

    def results(self, with_fields=True):
        """The matching documents in order, with their status (and fields); their full text is not read."""
        qs = self._filtered().defer("full_text").annotate(force_status=status_on(self.today))
        if with_fields:
            qs = qs.prefetch_related("fields")
        if self.sort == "oldest":
            qs = qs.order_by("issue_date", "number_value", "pk")
        else:
            qs = qs.order_by("-issue_date", "-number_value", "-pk")
        return qs

    def count(self):
        """How many documents match (from the facet counts: no query of its own)."""
        return self._counts["total"]

    def page(self, number, per_page, with_fields=False):
        """One page of results (a Django `Page`, its documents already read), `number` as typed by the reader.

        `with_fields`: also read each document's fields (the JSON API shows them, the lookup page does not).
        """
        if self.sort == "relevance" and self.parsed is not None:
            page = RankedPaginator(self, per_page).get_page(number)
            documents = (
                LegalDocument.objects.filter(pk__in=page.object_list)
                .defer("full_text")
                .annotate(force_status=status_on(self.today))
            )
            if with_fields:
                documents = documents.prefetch_related("fields")
            by_id = {document.pk: document for document in documents}
            page.object_list = [by_id[pk] for pk in page.object_list if pk in by_id]
            return page
        page = LookupPaginator(self, per_page, with_fields=with_fields).get_page(number)
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
        cache = caches[settings.PAGE_CACHE_ALIAS]
        try:
            key = self._cache_key()
            found = cache.get(key) if key is not None else None
        except Exception:  # the cache is down: count without it, never fail the reader
            logger.warning("gazette lookup: cache unavailable", exc_info=True)
            key = found = None
        if found is not None:
            return found
        counts = self._count_facets()
        if key is not None:
            try:
                cache.set(key, counts, timeout=settings.GAZETTE_FACET_CACHE_SECONDS)
            except Exception:
                logger.warning("gazette lookup: could not keep the counts", exc_info=True)
        return counts

    def _count_facets(self):
        """The total and each facet's counts, each facet with the other filters applied: one query, two parts.

        (a) Over the documents matching everything but the five column facet filters (type, body, signer, status,
        year), the number in each group of those five columns: a few hundred groups at 20,000 documents. Each of
        these facets, and the total, is then the sum of the groups that pass the *other* active filters.
        (b) Over the documents matching everything but the field filter, the number in each field (the fields are
        a many-to-many relation, so they cannot be one more column of (a)). UNION ALL: one round trip.
        """
        none = {
            "doc_type": Value(None, output_field=CharField()),
            "issuing_body": Value(None, output_field=CharField()),
            "signer": Value(None, output_field=CharField()),
            "force_status": Value(None, output_field=CharField()),
            "y": Value(None, output_field=IntegerField()),
            "field_slug": Value(None, output_field=CharField()),
            "field_name": Value(None, output_field=CharField()),
        }
        columns = ("group_doc_type", "group_body", "group_signer", "force_status", "y", "field_slug", "field_name")
        groups = (
            self._filtered(exclude=COLUMN_FACETS)
            .order_by()
            .annotate(
                group_doc_type=F("doc_type"),
                group_body=F("issuing_body"),
                group_signer=F("signer"),
                force_status=status_on(self.today),
                y=ExtractYear("issue_date"),
                field_slug=none["field_slug"],
                field_name=none["field_name"],
            )
            .values(*columns)
            .annotate(n=Count("pk"))
        )
        fields = (
            self._filtered(exclude="field")
            .order_by()
            .annotate(
                group_doc_type=none["doc_type"],
                group_body=none["issuing_body"],
                group_signer=none["signer"],
                force_status=none["force_status"],
                y=none["y"],
                field_slug=F("fields__slug"),
                field_name=F("fields__name"),
            )
            .values(*columns)
            .annotate(n=Count("pk"))
        )
        if len([name for name in COLUMN_FACETS if name in self.filters]) >= 2:
            # A document failing two of the active column filters counts nowhere: leave it out before grouping.
            failing = sum(
                Case(When(self._column_condition(name), then=Value(0)), default=Value(1), output_field=IntegerField())
                for name in COLUMN_FACETS
                if name in self.filters
            )
            groups = groups.alias(failing_filters=failing).filter(failing_filters__lte=1)
        rows = self._select(groups.union(fields, all=True))

        facet_columns = {
            "type": "group_doc_type",
            "body": "group_body",
            "signer": "group_signer",
            "status": "force_status",
            "year": "y",
        }
        active = {name: self.filters[name] for name in COLUMN_FACETS if name in self.filters}
        if "year" in active:
            active["year"] = int(active["year"])
        tallies = {name: Counter() for name in COLUMN_FACETS}
        field_tally, field_names = Counter(), {}
        total = 0
        for row in rows:
            if row["group_doc_type"] is None:  # (b): a field, or the documents without one
                if row["field_slug"] is not None:
                    field_tally[row["field_slug"]] += row["n"]
                    field_names[row["field_slug"]] = row["field_name"]
                continue
            row["y"] = int(row["y"])  # EXTRACT gives a numeric on PostgreSQL
            failing = [name for name, value in active.items() if row[facet_columns[name]] != value]
            if not failing:
                total += row["n"]
            for name in COLUMN_FACETS:
                if not failing or failing == [name]:
                    tallies[name][row[facet_columns[name]]] += row["n"]
        counts = {
            name: sorted(tally.items(), key=lambda item: (-item[1], str(item[0]))) for name, tally in tallies.items()
        }
        counts["year"] = sorted(tallies["year"].items(), key=lambda item: -item[0])
        counts["signer"] = counts["signer"][:SIGNER_FACET_SIZE]
        counts["field"] = sorted(
            ([slug, field_names[slug], n] for slug, n in field_tally.items()),
            key=lambda item: fold_vietnamese(item[1]).lower(),
        )
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


def _id_set(ids, column="pk"):
    """PostgreSQL: a condition for "the id is one of these": one array parameter, not thousands of IN parameters;
    and when the ids are dense (a syllable as common as "quy" is in nine documents of ten), the range they span
    without the few gaps, which PostgreSQL plans and tests faster."""
    if not ids:
        return Q(pk__in=[])
    low, high = min(ids), max(ids)
    if high - low + 1 < 2 * len(ids):
        gaps = sorted(set(range(low, high + 1)).difference(ids))
        condition = Q(**{f"{column}__gte": low, f"{column}__lte": high})
        return condition & ~Q(_any_of(gaps, column)) if gaps else condition
    return Q(_any_of(ids, column))


def _any_of(ids, column="pk"):
    """``id = ANY('{1,2,…}'::bigint[])``: a large set of ids as one array literal (PostgreSQL)."""
    array = Func(Value("{" + ",".join(str(int(pk)) for pk in ids) + "}"), template="%(expressions)s::bigint[]")
    return Func(F(column), array, arg_joiner=" = ANY(", template="(%(expressions)s))", output_field=BooleanField())


class RankedIds:
    """Every matching document's id for the relevance order: the ranked ones (``Lookup.ranked_ids``: the newest
    ``RANKED`` matches, most relevant first), then all the others, newest first, read only when a page reaches
    them."""

    def __init__(self, lookup):
        self.lookup = lookup
        self.ranked = lookup.ranked_ids()

    def __len__(self):
        return self.lookup.count()

    def __getitem__(self, bounds):
        start, stop = bounds.start or 0, bounds.stop
        ids = self.ranked[start:stop]
        if stop is None or stop > len(self.ranked):
            rest = (
                self.lookup._filtered()
                .exclude(pk__in=self.ranked)
                .order_by("-issue_date", "-number_value", "-pk")
                .values_list("pk", flat=True)
            )
            offset = max(0, start - len(self.ranked))
            ids = ids + list(rest[offset : None if stop is None else stop - len(self.ranked)])
        return ids


class RankedPaginator(Paginator):
    """Pages of a lookup in relevance order (``RankedIds``), counted from its facet counts."""

    def __init__(self, lookup, per_page):
        super().__init__(RankedIds(lookup), per_page)
        self.lookup = lookup

    @cached_property
    def count(self):
        return self.lookup.count()


class LookupPaginator(Paginator):
    """Pages of a lookup's results, counted from its facet counts (no COUNT query of their own)."""

    def __init__(self, lookup, per_page, with_fields=False):
        super().__init__(lookup.results(with_fields=with_fields), per_page)
        self.lookup = lookup

    @cached_property
    def count(self):
        return self.lookup.count()
