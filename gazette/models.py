"""The electronic gazette (Công báo điện tử): the gazette index, its issues and the legal documents they publish.

Pages: ``GazetteIndexPage`` ("Công báo", under the home page; it also serves the lookup, the documents' permanent
URLs, feeds and the JSON API through its routes, see ``views.py``) and ``GazetteIssuePage`` (one issue).
Legal documents (``LegalDocument``) are not pages: they are snippets, edited on their own, each appearing in one
or more issues (``DocumentAppearance``, with the pages it occupies). A document is public once an issue holding
it is live (``is_published``, kept by ``signals.py``).
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Prefetch, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from thainguyen_portal.core.models import BasePage, IntroPage, SlugFromNameMixin

from .generations import bump_gazette_areas_on_commit
from .numbers import InvalidNumber, parse_number

ISSUE_NUMBER = re.compile(r"^\d{1,3}(\+\d{1,3})*$")


class DocumentType(models.TextChoices):
    RESOLUTION = "nghi-quyet", _("Resolution (Nghị quyết)")
    DECISION = "quyet-dinh", _("Decision (Quyết định)")
    DIRECTIVE = "chi-thi", _("Directive (Chỉ thị)")
    PLAN = "ke-hoach", _("Plan (Kế hoạch)")
    REGULATION = "quy-dinh", _("Regulation (Quy định)")
    NOTICE = "thong-bao", _("Notice (Thông báo)")
    GUIDANCE = "huong-dan", _("Guidance (Hướng dẫn)")
    OTHER = "khac", _("Other")


class IssuingBody(models.TextChoices):
    COUNCIL = "hdnd-tinh", _("Provincial People's Council (HĐND tỉnh)")
    COMMITTEE = "ubnd-tinh", _("Provincial People's Committee (UBND tỉnh)")
    CHAIRMAN = "chu-tich-ubnd-tinh", _("Chairman of the Provincial People's Committee")
    COUNCIL_STANDING = "thuong-truc-hdnd-tinh", _("Standing Committee of the Provincial People's Council")
    DEPARTMENT = "so-nganh", _("Provincial department (Sở, ngành)")
    OTHER = "khac", _("Other")


class ForceStatus(models.TextChoices):
    IN_FORCE = "in-force", _("In force")
    PARTLY_EXPIRED = "partly-expired", _("Partly expired")
    EXPIRED = "expired", _("Expired")
    NOT_YET = "not-yet", _("Not yet in force")


class RelationKind(models.TextChoices):
    AMENDS = "amends", _("amends")
    REPLACES = "replaces", _("replaces")
    GUIDES = "guides", _("guides")


# How a relation reads from the other end ("A amends B": B "is amended by" A).
INVERSE_RELATION_LABELS = {
    RelationKind.AMENDS: _("is amended by"),
    RelationKind.REPLACES: _("is replaced by"),
    RelationKind.GUIDES: _("is guided by"),
}


def status_on(day=None):
    """A SQL expression of each document's status of force on `day` (today by default), override first."""
    day = day or timezone.localdate()
    return Case(
        When(~Q(status_override=""), then=F("status_override")),
        When(effective_date__gt=day, then=Value(ForceStatus.NOT_YET.value)),
        When(expiry_date__lte=day, then=Value(ForceStatus.EXPIRED.value)),
        default=Value(ForceStatus.IN_FORCE.value),
        output_field=models.CharField(),
    )


def status_is(status, day=None):
    """The documents whose status of force on `day` is `status`: ``status_on(day) == status`` as plain column
    conditions, which the database can estimate and use indexes for (a CASE expression it cannot)."""
    day = day or timezone.localdate()
    derived = Q(status_override="")
    if status == ForceStatus.NOT_YET:
        derived &= Q(effective_date__gt=day)
    elif status == ForceStatus.EXPIRED:
        derived &= ~Q(effective_date__gt=day) & Q(expiry_date__lte=day)
    elif status == ForceStatus.IN_FORCE:
        derived &= ~Q(effective_date__gt=day) & ~Q(expiry_date__lte=day)
    else:  # partly expired: only an editor says so
        derived = Q(pk__in=[])
    return Q(status_override=status) | derived


def in_force_on(day):
    """The documents in force on `day`, from their dates (an "as of" lookup is about the past: no override)."""
    return Q(effective_date__lte=day) & (Q(expiry_date__isnull=True) | Q(expiry_date__gt=day))


class GazetteIndexPage(RoutablePageMixin, IntroPage):
    """ "Công báo": the list of issues, the lookup (tra cứu) and the documents' permanent URLs."""

    parent_page_types = ["home.HomePage"]
    # No subpage_types: what goes under the gazette index is what names it in its parent_page_types (the issues,
    # and the consultations page, which the gazette does not name: gazette/consultations/). A test fixes the list.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("gazette index")
        verbose_name_plural = _("gazette indexes")

    # The routes; the views themselves live in views.py so that the model stays readable.
    @path("")
    def issue_list(self, request):
        return views.issue_list(self, request)

    @path("tra-cuu/")
    def lookup(self, request):
        return views.lookup(self, request)

    @path("van-ban/<slug:slug>/")
    def document_detail(self, request, slug):
        return views.document_detail(self, request, slug)

    @path("van-ban/<slug:slug>/ban-in/")
    def document_print(self, request, slug):
        return views.document_detail(self, request, slug, print_view=True)

    @path("van-ban/<slug:slug>/tai-ve/<int:file_id>/")
    def document_download(self, request, slug, file_id):
        return views.document_download(self, request, slug, file_id)

    @path("rss/")
    def feed_rss(self, request):
        return views.feed(self, request, "rss")

    @path("atom/")
    def feed_atom(self, request):
        return views.feed(self, request, "atom")

    # The JSON addresses before the partner API: permanent redirects to /api/v1/gazette-documents/.
    @path("api/van-ban/")
    def api_list(self, request):
        return views.api_moved(request)

    @path("api/van-ban/<slug:slug>/")
    def api_detail(self, request, slug):
        return views.api_moved(request, slug)

    def document_url(self, document):
        return self.url + self.reverse_subpage("document_detail", args=[document.slug])


class GazetteIssuePage(BasePage):
    """One issue of the gazette: its number within the year ("05+06" for a combined issue), date and signed PDF."""

    number = models.CharField(
        _("number"),
        max_length=20,
        help_text=_("The number within the year; a combined issue is written 05+06."),
    )
    publication_date = models.DateField(_("publication date"))
    due_date = models.DateField(
        _("due date"),
        null=True,
        blank=True,
        help_text=_("When the issue must be out under the publication schedule; the publication date when empty."),
    )
    signed_pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("publication_date"), FieldPanel("due_date")]),
        FieldPanel("signed_pdf"),
        FieldPanel("note"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("note"), index.FilterField("publication_date")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("note"),
        SynchronizedField("number"),
        SynchronizedField("publication_date"),
        SynchronizedField("due_date"),
        SynchronizedField("signed_pdf"),
    ]

    parent_page_types = ["gazette.GazetteIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("gazette issue")
        verbose_name_plural = _("gazette issues")

    @staticmethod
    def normalise_number(value):
        """ "5 + 6" -> "05+06"; None when it is not an issue number."""
        compact = re.sub(r"\s+", "", str(value or ""))
        if not ISSUE_NUMBER.match(compact):
            return None
        return "+".join(f"{int(part):02d}" for part in compact.split("+"))

    def clean(self):
        super().clean()
        normalised = self.normalise_number(self.number)
        if normalised is None:
            raise ValidationError({"number": _("Write the issue number as digits, a combined issue as 05+06.")})
        self.number = normalised
        if self.publication_date:
            siblings = GazetteIssuePage.objects.filter(
                number=self.number, publication_date__year=self.publication_date.year, locale_id=self.locale_id
            )
            if self.pk:
                siblings = siblings.exclude(pk=self.pk)
            if siblings.exists():
                raise ValidationError({"number": _("This year already has an issue with this number.")})

    def search_date(self):
        """The issue's publication date, the one its page shows."""
        return self.publication_date

    @property
    def effective_due_date(self):
        return self.due_date or self.publication_date

    def table_of_contents(self):
        return (
            DocumentAppearance.objects.filter(issue=self)
            .select_related("document")
            .order_by("page_from", "sort_order", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contents"] = list(self.table_of_contents())
        # The index's URL is this page's minus its slug: no query for the parent.
        index_url = self.url[: -len(self.slug) - 1] if self.url else ""
        context["index_url"] = index_url
        context["documents_base"] = index_url + "van-ban/"
        return context


class LegalField(SlugFromNameMixin, models.Model):
    """A field (lĩnh vực) documents are filed under: land, education, finance, ..."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)

    panels = [FieldPanel("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("field")
        verbose_name_plural = _("fields")

    def __str__(self):
        return self.name


# What the newsroom may use in a plain-language summary: short paragraphs, emphasis, lists and links.
PLAIN_SUMMARY_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class LegalDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def with_status(self, day=None):
        return self.annotate(force_status=status_on(day))

    def with_files(self):
        """With their signed files (each with its Wagtail document) prefetched."""
        return self.prefetch_related(Prefetch("files", queryset=DocumentFile.objects.select_related("file")))

    def with_record(self):
        """With what a document's public record shows: its fields, its signed files and its appearances in live
        issues (the earliest first), prefetched."""
        appearances = (
            DocumentAppearance.objects.filter(issue__live=True)
            .select_related("issue")
            .order_by("issue__publication_date")
        )
        return self.prefetch_related("fields").with_files().prefetch_related(Prefetch("appearances", appearances))


class LegalDocument(index.Indexed, ClusterableModel):
    """A legal document published in the gazette, with its metadata and signed files."""

    number = models.CharField(
        _("number and symbol"), max_length=64, unique=True, help_text=_("For example 15/2026/QĐ-UBND.")
    )
    slug = models.SlugField(_("permanent address"), max_length=80, unique=True, editable=False)
    number_value = models.PositiveIntegerField(editable=False, db_index=True)
    number_year = models.PositiveSmallIntegerField(null=True, editable=False)
    symbol_key = models.CharField(max_length=60, editable=False)
    doc_type = models.CharField(_("type"), max_length=30, choices=DocumentType.choices)
    issuing_body = models.CharField(_("issuing body"), max_length=30, choices=IssuingBody.choices)
    signer = models.CharField(_("signer"), max_length=120)
    signer_position = models.CharField(_("signer's position"), max_length=160, blank=True)
    issue_date = models.DateField(_("issue date"), db_index=True)
    effective_date = models.DateField(
        _("effective date"), null=True, blank=True, help_text=_("The issue date when empty.")
    )
    expiry_date = models.DateField(_("expiry date"), null=True, blank=True)
    status_override = models.CharField(
        _("status of force (override)"),
        max_length=20,
        choices=ForceStatus.choices,
        blank=True,
        help_text=_("Leave empty to derive the status from the dates; set it when a document is partly expired."),
    )
    fields = ParentalManyToManyField(LegalField, verbose_name=_("fields"), blank=True, related_name="documents")
    summary = models.TextField(_("summary (trích yếu)"))
    plain_summary = RichTextField(
        _("plain-language summary (tóm tắt dễ hiểu)"),
        blank=True,
        features=PLAIN_SUMMARY_FEATURES,
        help_text=_(
            "Written by the newsroom for readers: what the document changes for them, in everyday words. "
            "Shown above the legal text; found by the search."
        ),
    )
    full_text = models.TextField(
        _("full text"), blank=True, help_text=_("Extracted from the signed PDF when empty; used by the lookup.")
    )
    is_published = models.BooleanField(_("published"), default=False, editable=False, db_index=True)
    first_published_at = models.DateTimeField(_("first published at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = LegalDocumentQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("number"), FieldRowPanel([FieldPanel("doc_type"), FieldPanel("issuing_body")])],
            heading=_("Identity"),
        ),
        FieldPanel("summary"),
        FieldPanel("plain_summary"),
        FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_position")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issue_date"), FieldPanel("effective_date"), FieldPanel("expiry_date")]),
                FieldPanel("status_override"),
            ],
            heading=_("Dates and force"),
        ),
        FieldPanel("fields"),
        InlinePanel("files", heading=_("Signed files"), label=_("file")),
        InlinePanel("appearances", heading=_("Where it appears in the gazette"), label=_("appearance")),
        InlinePanel("relations", heading=_("Relations to other documents"), label=_("relation")),
        FieldPanel("full_text"),
    ]

    # Wagtail's own index serves only the admin's list of documents (its search box: number and summary). Readers
    # search through the portal's full-text layer (gazette/searching.py), which also reads the full text.
    search_fields = [
        index.SearchField("number", boost=5),
        index.SearchField("summary", boost=2),
        index.SearchField("plain_summary"),
        index.AutocompleteField("number"),
        index.FilterField("is_published"),
        index.FilterField("doc_type"),
        index.FilterField("issue_date"),
    ]

    class Meta:
        ordering = ["-issue_date", "-number_value"]
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        indexes = [
            models.Index(fields=["number_value", "symbol_key"], name="gazette_doc_number_idx"),
            models.Index(fields=["is_published", "-issue_date"], name="gazette_doc_pub_date_idx"),
        ]

    def __str__(self):
        return self.number

    def clean(self):
        super().clean()
        errors = {}
        try:
            parsed = parse_number(self.number)
        except InvalidNumber as error:
            errors["number"] = error.message
            parsed = None
        if parsed is not None:
            self.number = parsed.canonical
            clash = LegalDocument.objects.filter(slug=parsed.key).exclude(pk=self.pk)
            if clash.exists():
                errors["number"] = _("Another document already has this number and symbol.")
            if parsed.year and self.issue_date and parsed.year != self.issue_date.year:
                errors["issue_date"] = _("The issue date is not in the year of the number (%(year)s).") % {
                    "year": parsed.year
                }
        effective = self.effective_date or self.issue_date
        if effective and self.issue_date and effective < self.issue_date:
            errors["effective_date"] = _("A document cannot take effect before it is issued.")
        if self.expiry_date and effective and self.expiry_date <= effective:
            errors["expiry_date"] = _("The expiry date must come after the effective date.")
        if self.status_override == ForceStatus.EXPIRED and not self.expiry_date:
            errors["expiry_date"] = _("An expired document needs its expiry date.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        parsed = parse_number(self.number)
        self.number = parsed.canonical
        self.slug = parsed.key
        self.number_value = parsed.number
        self.number_year = parsed.year
        self.symbol_key = parsed.symbol_key
        if not self.effective_date:
            self.effective_date = self.issue_date
        super().save(*args, **kwargs)  # ClusterableModel saves the files, appearances and relations too
        self.extract_full_text()
        if not self.recompute_published():  # which hands the document over itself when it changed
            self.reindex()  # one write to the full-text index per save (its source has auto_index off)

    def reindex(self):
        """Hand the document to the full-text layer again (after a change made without ``save()``)."""
        from thainguyen_portal.core.fulltext.indexing import index_object_by_pk

        index_object_by_pk(LegalDocument, self.pk)

    def extract_full_text(self):
        """Fill the full text from the first signed PDF when it is empty. Returns whether it changed."""
        if self.full_text:
            return False
        from .pdf import extract_text

        for item in self.files.select_related("file").all():
            if item.file and item.file.file.name.lower().endswith(".pdf"):
                text = extract_text(item.file.file)
                if text:
                    self.full_text = text
                    LegalDocument.objects.filter(pk=self.pk).update(full_text=self.full_text)
                    return True
        return False

    def status(self, day=None):
        """The status of force on `day` (today by default): the editor's override, else from the dates."""
        if self.status_override:
            return self.status_override
        day = day or timezone.localdate()
        effective = self.effective_date or self.issue_date
        if effective and effective > day:
            return ForceStatus.NOT_YET.value
        if self.expiry_date and self.expiry_date <= day:
            return ForceStatus.EXPIRED.value
        return ForceStatus.IN_FORCE.value

    def get_status_display(self):
        return ForceStatus(getattr(self, "force_status", None) or self.status()).label

    @property
    def citation(self):
        """The short citation: "Quyết định số 15/2026/QĐ-UBND ngày 12/3/2026 của UBND tỉnh Thái Nguyên"."""
        kind = DOCUMENT_TYPE_NAMES.get(self.doc_type, "Văn bản")
        body = ISSUING_BODY_NAMES.get(self.issuing_body, "")
        day = self.issue_date
        text = f"{kind} số {self.number} ngày {day.day}/{day.month}/{day.year}"
        return f"{text} của {body}" if body else text

    @property
    def download_filename_base(self):
        """Downloads are named after the number: 15/2026/QĐ-UBND -> 15-2026-QĐ-UBND."""
        return self.number.replace("/", "-")

    def recompute_published(self):
        live = self.appearances.filter(issue__live=True, issue__view_restrictions__isnull=True)
        first = live.order_by("issue__first_published_at").values_list("issue__first_published_at", flat=True)
        first_at = first.first()
        is_published = first_at is not None or live.exists()
        if is_published != self.is_published or (is_published and not self.first_published_at):
            self.is_published = is_published
            self.first_published_at = self.first_published_at or first_at or (timezone.now() if is_published else None)
            LegalDocument.objects.filter(pk=self.pk).update(
                is_published=self.is_published, first_published_at=self.first_published_at
            )
            bump_gazette_areas_on_commit()  # the lookup's cached facet counts (generations.py)
            self.reindex()  # in or out of the full-text index
            return True
        return False


# The Vietnamese names used in citations (the citation is a Vietnamese legal reference in both editions).
DOCUMENT_TYPE_NAMES = {
    DocumentType.RESOLUTION: "Nghị quyết",
    DocumentType.DECISION: "Quyết định",
    DocumentType.DIRECTIVE: "Chỉ thị",
    DocumentType.PLAN: "Kế hoạch",
    DocumentType.REGULATION: "Quy định",
    DocumentType.NOTICE: "Thông báo",
    DocumentType.GUIDANCE: "Hướng dẫn",
}
ISSUING_BODY_NAMES = {
    IssuingBody.COUNCIL: "HĐND tỉnh Thái Nguyên",
    IssuingBody.COMMITTEE: "UBND tỉnh Thái Nguyên",
    IssuingBody.CHAIRMAN: "Chủ tịch UBND tỉnh Thái Nguyên",
    IssuingBody.COUNCIL_STANDING: "Thường trực HĐND tỉnh Thái Nguyên",
}


class DocumentFile(Orderable):
    """A signed file of a document: the PDF, and the DOC/DOCX editors may add."""

    document = ParentalKey(LegalDocument, related_name="files", on_delete=models.CASCADE)
    file = models.ForeignKey("wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+")
    label = models.CharField(_("label"), max_length=120, blank=True)

    panels = [FieldPanel("file"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("signed file")
        verbose_name_plural = _("signed files")

    @property
    def extension(self):
        return self.file.file.name.rsplit(".", 1)[-1].lower() if "." in self.file.file.name else ""

    def clean(self):
        super().clean()
        if self.file_id and self.extension not in settings.GAZETTE_FILE_EXTENSIONS:
            raise ValidationError(
                {
                    "file": _("A signed file must be one of: %(ext)s.")
                    % {"ext": ", ".join(settings.GAZETTE_FILE_EXTENSIONS)}
                }
            )


class DocumentAppearance(Orderable):
    """Where a document appears: an issue and its pages (a long document may span issues)."""

    document = ParentalKey(LegalDocument, related_name="appearances", on_delete=models.CASCADE)
    issue = models.ForeignKey(
        GazetteIssuePage, verbose_name=_("issue"), on_delete=models.CASCADE, related_name="appearances"
    )
    page_from = models.PositiveSmallIntegerField(_("from page"), default=1)
    page_to = models.PositiveSmallIntegerField(_("to page"), null=True, blank=True)

    panels = [FieldPanel("issue"), FieldRowPanel([FieldPanel("page_from"), FieldPanel("page_to")])]

    class Meta(Orderable.Meta):
        verbose_name = _("appearance in an issue")
        verbose_name_plural = _("appearances in issues")
        constraints = [
            models.UniqueConstraint(fields=["document", "issue"], name="gazette_appearance_unique_document_issue")
        ]

    def clean(self):
        super().clean()
        if self.page_to is not None and self.page_to < self.page_from:
            raise ValidationError({"page_to": _("The last page cannot come before the first.")})

    @property
    def pages(self):
        if self.page_to and self.page_to != self.page_from:
            return f"{self.page_from}–{self.page_to}"
        return str(self.page_from)


class DocumentRelation(Orderable):
    """ "This document amends / replaces / guides that one"."""

    source = ParentalKey(LegalDocument, related_name="relations", on_delete=models.CASCADE)
    kind = models.CharField(_("relation"), max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(
        LegalDocument,
        verbose_name=pgettext_lazy("legal document", "document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )

    panels = [FieldPanel("kind"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("relation")
        verbose_name_plural = _("relations")

    def clean(self):
        super().clean()
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError({"target": _("A document cannot relate to itself.")})


class DocumentCitation(Orderable):
    """A page citing a legal document: a news article that explains it. The article shows the document's number,
    status of force and link; the document's page lists the live articles of its language that explain it.

    The citation belongs to the gazette and hangs on Wagtail's ``Page`` (as Wagtail's own comments do): an area
    names no other area's models (core/tests/test_area_boundaries.py), so the page type that lets its editors cite
    documents adds ``InlinePanel("cited_documents")`` and ``SynchronizedField("cited_documents")`` (the same
    documents in every language) and reads them through the relation (news/models.py, ``ArticlePage``). The article's
    panel refuses a document chosen twice (core's ``UniqueRowsInlinePanel``); not a database constraint, which would
    refuse an editor swapping two rows' documents (the rows are saved one after the other).
    """

    page = ParentalKey("wagtailcore.Page", related_name="cited_documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        LegalDocument,
        verbose_name=pgettext_lazy("legal document", "document"),
        on_delete=models.CASCADE,
        related_name="citations",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("cited legal document")
        verbose_name_plural = _("cited legal documents")

    @classmethod
    def shown_on(cls, page, home_page=None):
        """The documents `page` cites, in the editors' order, each with ``status``, ``status_label`` and ``url``
        (empty while the document is not public): one query, the gazette's address from the cache. A preview shows
        the citations of the draft."""
        from .citations import documents_base

        citations = [c for c in page.cited_documents.select_related("document") if c.document_id]
        if not citations:
            return []
        base = documents_base(home_page)
        seen = set()
        shown = []
        for citation in citations:
            document = citation.document
            if document.pk in seen:  # cited twice by mistake: shown once
                continue
            seen.add(document.pk)
            citation.status = document.status()
            citation.status_label = ForceStatus(citation.status).label
            citation.url = f"{base}van-ban/{document.slug}/" if base and document.is_published else ""
            shown.append(citation)
        return shown


def working_days_after(start: datetime.date, count: int, holidays=()) -> datetime.date:
    """The date `count` working days after `start` (Monday to Friday, holidays skipped)."""
    day = start
    added = 0
    holidays = set(holidays)
    while added < count:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            added += 1
    return day


# The index page's routes call into views.py, which imports this module: imported last, once the models exist.
from . import views  # noqa: E402
