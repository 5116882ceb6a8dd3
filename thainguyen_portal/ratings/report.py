"""The admin report of readers' ratings (Reports → "Readers' ratings"): rows per page and month with the counts, the
reasons and the comments, filtered by section (the page's parent), page type, month and answer; CSV/XLSX export."""

import datetime
from collections import Counter, defaultdict

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.models import Page

from thainguyen_portal.core.operations.reports import RowsReportView

from .models import REASON_CHOICES, Rating

PERMISSION = "ratings.view_rating"
STEP = Page.steplen


def _rated_pages():
    return Page.objects.filter(pk__in=Rating.objects.values("page_id"))


def section_choices():
    parent_paths = {path[:-STEP] for path in _rated_pages().values_list("path", flat=True)}
    sections = Page.objects.filter(path__in=parent_paths).order_by("path").values_list("pk", "title")
    return [(str(pk), title) for pk, title in sections]


def page_type_choices():
    types = ContentType.objects.filter(pk__in=_rated_pages().values("content_type_id"))
    choices = [(str(ct.pk), str(ct.model_class()._meta.verbose_name) if ct.model_class() else ct.model) for ct in types]
    return sorted(choices, key=lambda choice: choice[1])


def month_choices():
    return [(f"{m:%Y-%m}", f"{m:%m/%Y}") for m in Rating.objects.dates("day", "month", order="DESC")]


class RatingFilterSet(WagtailFilterSet):
    section = django_filters.ChoiceFilter(label=pgettext_lazy("rating report", "Section"), method="filter_section")
    page_type = django_filters.ChoiceFilter(
        label=pgettext_lazy("rating report", "Page type"), method="filter_page_type"
    )
    month = django_filters.ChoiceFilter(label=pgettext_lazy("rating report", "Month"), method="filter_month")
    useful = django_filters.ChoiceFilter(
        label=pgettext_lazy("rating report", "Answer"),
        choices=[("1", pgettext_lazy("rating report", "Useful")), ("0", pgettext_lazy("rating report", "Not useful"))],
        method="filter_useful",
    )

    class Meta:
        model = Rating
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["section"].extra["choices"] = section_choices()
        self.filters["page_type"].extra["choices"] = page_type_choices()
        self.filters["month"].extra["choices"] = month_choices()

    def filter_section(self, queryset, name, value):
        section = Page.objects.filter(pk=value).values_list("path", "depth").first()
        if section is None:
            return queryset.none()
        return queryset.filter(page__path__startswith=section[0], page__depth=section[1] + 1)

    def filter_page_type(self, queryset, name, value):
        return queryset.filter(page__content_type_id=value)

    def filter_month(self, queryset, name, value):
        year, month = (int(part) for part in value.split("-"))
        first = datetime.date(year, month, 1)
        following = datetime.date(year + (month == 12), month % 12 + 1, 1)
        return queryset.filter(day__gte=first, day__lt=following)

    def filter_useful(self, queryset, name, value):
        return queryset.filter(useful=value == "1")


class Row:
    """One page in one month: its counts, its reasons and its readers' comments."""

    def __init__(self, values, page, section, reasons, comments):
        self.page = page
        self.page_id = values["page_id"]
        self.page_title = page.title if page else ""
        self.url = page.url if page else ""
        self.section = section.title if section else ""
        content_type = ContentType.objects.get_for_id(page.content_type_id) if page else None
        model = content_type.model_class() if content_type else None
        self.page_type = str(model._meta.verbose_name) if model else ""
        self.month = values["month"]
        self.month_label = f"{values['month']:%m/%Y}"
        self.useful = values["useful_count"]
        self.not_useful = values["not_useful_count"]
        self.total = self.useful + self.not_useful
        self.useful_share = f"{round(100 * self.useful / self.total)}%" if self.total else ""
        labels = dict(REASON_CHOICES)
        self.reasons = "; ".join(f"{labels.get(reason, reason)}: {count}" for reason, count in reasons.most_common())
        self.comment_list = comments
        self.comments = "\n".join(f"[{day:%d/%m}] {'+' if useful else '−'} {text}" for day, useful, text in comments)


def rows_for(filtered, values_page):
    """Row objects for a page of aggregated values (few queries whatever the number of rows: pages, sections,
    reasons and comments once each)."""
    values_page = list(values_page)
    page_ids = {values["page_id"] for values in values_page}
    months = {values["month"] for values in values_page}
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).order_by()}
    parent_paths = {page.path[:-STEP] for page in pages.values()}
    sections = {section.path: section for section in Page.objects.filter(path__in=parent_paths).order_by()}
    reasons = defaultdict(Counter)
    comments = defaultdict(list)
    if months:
        details = filtered.filter(page_id__in=page_ids, day__gte=min(months)).order_by("day", "pk")
        for page_id, day, useful, reason, comment in details.values_list(
            "page_id", "day", "useful", "reason", "comment"
        ):
            key = (page_id, day.replace(day=1))
            if reason:
                reasons[key][reason] += 1
            if comment:
                comments[key].append((day, useful, comment))
    rows = []
    for values in values_page:
        page = pages.get(values["page_id"])
        month = values["month"]
        month = month.date() if isinstance(month, datetime.datetime) else month
        values["month"] = month
        key = (values["page_id"], month)
        section = sections.get(page.path[:-STEP]) if page else None
        rows.append(Row(values, page, section, reasons[key], comments[key]))
    return rows


class CommentsColumn(Column):
    cell_template_name = "ratings/comments_cell.html"


class RatingReportView(RowsReportView):
    permission = PERMISSION
    page_title = _("Readers' ratings")
    header_icon = "pick"
    index_url_name = "ratings_report"
    index_results_url_name = "ratings_report_results"
    filterset_class = RatingFilterSet
    export_name = "readers-ratings"
    no_results_message = _("No reader has rated a page in this selection.")
    columns = [
        TitleColumn(
            "page_title",
            label=pgettext_lazy("rating report", "Page"),
            get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row.page_id]),
        ),
        Column("section", label=pgettext_lazy("rating report", "Section")),
        Column("page_type", label=pgettext_lazy("rating report", "Page type")),
        Column("month_label", label=pgettext_lazy("rating report", "Month")),
        Column("useful", label=pgettext_lazy("rating report", "Useful")),
        Column("not_useful", label=pgettext_lazy("rating report", "Not useful")),
        Column("useful_share", label=pgettext_lazy("rating report", "Share useful")),
        Column("reasons", label=pgettext_lazy("rating report", "Reasons")),
        CommentsColumn("comments", label=pgettext_lazy("rating report", "Comments")),
    ]
    list_export = [
        "page_title",
        "url",
        "section",
        "page_type",
        "month_label",
        "useful",
        "not_useful",
        "reasons",
        "comments",
    ]
    export_headings = {
        "page_title": pgettext_lazy("rating report", "Page"),
        "url": pgettext_lazy("rating report", "Address"),
        "section": pgettext_lazy("rating report", "Section"),
        "page_type": pgettext_lazy("rating report", "Page type"),
        "month_label": pgettext_lazy("rating report", "Month"),
        "useful": pgettext_lazy("rating report", "Useful"),
        "not_useful": pgettext_lazy("rating report", "Not useful"),
        "reasons": pgettext_lazy("rating report", "Reasons"),
        "comments": pgettext_lazy("rating report", "Comments"),
    }

    def get_queryset(self):
        return Rating.objects.all()

    def get_filtered_queryset(self):
        self.filtered = self.filter_queryset(self.get_queryset())
        return (
            self.filtered.annotate(month=TruncMonth("day"))
            .values("page_id", "month")
            .annotate(
                useful_count=Count("pk", filter=Q(useful=True)),
                not_useful_count=Count("pk", filter=Q(useful=False)),
            )
            .order_by("-month", "page_id")
        )

    def rows(self, values):
        # From the aggregated values of the page shown (or of the whole export).
        return rows_for(self.filtered, values)
