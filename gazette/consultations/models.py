"""Drafts open for public comment (lấy ý kiến dự thảo văn bản).

Pages: ``ConsultationIndexPage`` ("Lấy ý kiến dự thảo văn bản", under the gazette index: the list of open, closed
and concluded consultations with their counts of published comments, and its RSS/Atom feed) and
``ConsultationPage`` (one draft: the agency drafting it, the draft and its explanatory note as documents, the
period for comments, the questions asked, the draft's articles, the agency's report on how comments were taken
into account and the document finally issued).

Readers' comments (``ConsultationComment``) are not pages: anyone may send one, on the whole draft or on one
article, while the consultation is open; the gazette office publishes it after moderation. The contact given with
a comment is kept for the office and never shown. The state of a consultation (upcoming, open, closed, concluded)
is decided by the clock at each request, never by a scheduled job: see ``state()`` and, for the page cache,
``next_change()``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from gazette.models import DocumentType, IssuingBody
from thainguyen_portal.core.models import BasePage, IntroPage
from thainguyen_portal.core.publishing.frame import public
from thainguyen_portal.core.publishing.pagecache import page_cache_until

PAGE_SIZE = 20


class ConsultationState(models.TextChoices):
    UPCOMING = "upcoming", _("Not yet open")
    OPEN = "open", _("Open for comments")
    CLOSED = "closed", _("Closed, report pending")
    CONCLUDED = "concluded", _("Concluded")


class DraftArticleBlock(blocks.StructBlock):
    """An article (Điều) of the draft: its number, title and text. Readers comment on it by its number."""

    number = blocks.IntegerBlock(label=_("number"), min_value=1, max_value=999)
    title = blocks.CharBlock(label=_("title"), max_length=300)
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        icon = "doc-full"
        label = _("Article")


class QuestionBlock(blocks.TextBlock):
    class Meta:
        icon = "help"
        label = _("Question")


def state_filter(state, now=None):
    """A Q of the consultations in `state` at `now` (for listings; ``ConsultationPage.state`` decides one page)."""
    now = now or timezone.now()
    concluded = ~Q(report="")
    if state == ConsultationState.CONCLUDED:
        return concluded
    if state == ConsultationState.UPCOMING:
        return ~concluded & Q(opens_at__gt=now)
    if state == ConsultationState.OPEN:
        return ~concluded & Q(opens_at__lte=now, closes_at__gt=now)
    return ~concluded & Q(closes_at__lte=now)


class ConsultationIndexPage(RoutablePageMixin, IntroPage):
    """ "Lấy ý kiến dự thảo văn bản": the consultations, open ones first, with their counts of published comments."""

    parent_page_types = ["gazette.GazetteIndexPage"]
    subpage_types = ["consultations.ConsultationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("consultations page")
        verbose_name_plural = _("consultations pages")

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("rss/")
    def feed_rss(self, request):
        from .feeds import ConsultationFeed

        return ConsultationFeed(self, request, "rss")(request)

    @path("atom/")
    def feed_atom(self, request):
        from .feeds import ConsultationFeed

        return ConsultationFeed(self, request, "atom")(request)

    def consultations(self, request=None):
        """The live, public consultations under this page with their counts of published comments (one query)."""
        return (
            public(ConsultationPage.objects.child_of(self).live(), request)
            .annotate(
                approved_count=Count("comments", filter=Q(comments__status=CommentStatus.APPROVED), distinct=True)
            )
            .defer_streamfields()
            .only(
                "id",
                "title",
                "url_path",
                "depth",
                "path",
                "locale_id",
                "summary",
                "drafting_agency",
                "doc_type",
                "opens_at",
                "closes_at",
                "report",
            )
            .order_by("-opens_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        consultations = self.consultations(request)
        state = request.GET.get("state", "")
        if state in ConsultationState.values:
            consultations = consultations.filter(state_filter(state, now))
        else:
            state = ""
        page_obj = Paginator(consultations, PAGE_SIZE).get_page(request.GET.get("page"))
        for consultation in page_obj:
            consultation.current_state = consultation.state(now)
            consultation.current_state_label = ConsultationState(consultation.current_state).label
            page_cache_until(request, consultation.next_change(now))
        context["page_obj"] = page_obj
        context["state"] = state
        context["states"] = ConsultationState.choices
        context["feed_url"] = self.url + "rss/" if self.url else ""
        return context


class ConsultationPage(RoutablePageMixin, BasePage):
    """One draft open for public comment, from its opening to the agency's report and the document issued."""

    summary = models.TextField(_("summary"), help_text=_("What the draft is about and whom it concerns."))
    doc_type = models.CharField(
        _("type of document"), max_length=30, choices=DocumentType.choices, default=DocumentType.DECISION
    )
    issuing_body = models.CharField(
        _("issuing body"),
        max_length=30,
        choices=IssuingBody.choices,
        default=IssuingBody.COMMITTEE,
        help_text=_("The body that will issue the document."),
    )
    drafting_agency = models.CharField(
        _("drafting agency"), max_length=300, help_text=_("For example Sở Tư pháp (the agency that drafts it).")
    )
    draft_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("draft (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    explanatory_note = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("explanatory note (tờ trình)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opens_at = models.DateTimeField(_("comments open at"))
    closes_at = models.DateTimeField(_("comments close at"))
    contact = models.CharField(
        _("contact of the drafting agency"),
        max_length=300,
        blank=True,
        help_text=_("Where comments may also be sent: an address, an e-mail address."),
    )
    questions = StreamField(
        [("question", QuestionBlock())], verbose_name=_("questions asked"), blank=True, use_json_field=True
    )
    articles = StreamField(
        [("article", DraftArticleBlock())],
        verbose_name=_("articles of the draft"),
        blank=True,
        use_json_field=True,
        help_text=_("Each article (Điều) of the draft: readers may comment on one of them."),
    )
    report = RichTextField(
        _("report on the comments"),
        blank=True,
        features=["h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "The agency's summary of the comments and how they were taken into account or explained (báo cáo tổng "
            "hợp, tiếp thu, giải trình). Once filled, the consultation is concluded."
        ),
    )
    report_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("report (document)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    final_document = models.ForeignKey(
        "gazette.LegalDocument",
        verbose_name=_("document issued"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        help_text=_("The legal document finally issued from this draft (văn bản đã ban hành)."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("doc_type"), FieldPanel("issuing_body")]),
                FieldPanel("drafting_agency"),
                FieldPanel("contact"),
            ],
            heading=_("The draft"),
        ),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Period for comments")),
        FieldRowPanel([FieldPanel("draft_document"), FieldPanel("explanatory_note")], heading=_("Documents")),
        FieldPanel("questions"),
        FieldPanel("articles"),
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("report_document"), FieldPanel("final_document")],
            heading=_("Outcome"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("drafting_agency"),
        index.SearchField("articles"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        TranslatableField("drafting_agency"),
        TranslatableField("contact"),
        TranslatableField("questions"),
        TranslatableField("articles"),
        TranslatableField("report"),
        SynchronizedField("doc_type"),
        SynchronizedField("issuing_body"),
        SynchronizedField("draft_document"),
        SynchronizedField("explanatory_note"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("report_document"),
        SynchronizedField("final_document"),
    ]

    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation on a draft")
        verbose_name_plural = _("consultations on drafts")

    # --- Routes: the page itself, the comment form and its "sent" notice (views.py) -------------------------
    @path("")
    def main(self, request):
        return self.render(request)

    @path("gop-y/", name="comment")
    @path("comment/", name="comment_en")
    def comment(self, request):
        from .views import comment

        return comment(request, self)

    @path("gop-y/da-gui/", name="comment_sent")
    @path("comment/sent/", name="comment_sent_en")
    def comment_sent(self, request):
        from .views import comment_sent

        return comment_sent(request, self)

    def comment_url(self, name="comment"):
        from django.utils import translation

        english = (translation.get_language() or "").startswith("en")
        return self.url + self.reverse_subpage(name + ("_en" if english else ""))

    @classmethod
    def routing_queryset(cls):
        return cls.objects.select_related("draft_document", "explanatory_note", "report_document", "final_document")

    def gazette_url(self):
        """The gazette index's URL: this page's minus its own slug and its parent's (no query)."""
        url = self.url or ""
        return url.rstrip("/").rsplit("/", 2)[0] + "/" if url else ""

    def final_document_url(self):
        document = self.final_document
        return f"{self.gazette_url()}van-ban/{document.slug}/" if document and document.is_published else ""

    # --- State --------------------------------------------------------------------------------------------
    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The consultation must close after it opens.")})

    @property
    def concluded(self):
        return bool(self.report)

    def state(self, now=None):
        now = now or timezone.now()
        if self.concluded:
            return ConsultationState.CONCLUDED
        if now < self.opens_at:
            return ConsultationState.UPCOMING
        if now < self.closes_at:
            return ConsultationState.OPEN
        return ConsultationState.CLOSED

    def is_open(self, now=None):
        return self.state(now) == ConsultationState.OPEN

    def next_change(self, now=None):
        """When the state changes by itself (the opening or the closing), or None: nothing publishes then, so the
        page cache must not keep the page past it."""
        now = now or timezone.now()
        if self.concluded:
            return None
        for moment in (self.opens_at, self.closes_at):
            if moment and moment > now:
                return moment
        return None

    def article_numbers(self):
        return [block.value["number"] for block in self.articles if block.block_type == "article"]

    def article_title(self, number):
        for block in self.articles:
            if block.block_type == "article" and block.value["number"] == number:
                return block.value["title"]
        return None

    def search_date(self):
        return timezone.localdate(self.opens_at) if self.opens_at else None

    def get_meta_description(self):
        return self.search_description or self.summary[:200]

    def published_comments(self):
        return (
            self.comments.filter(status=CommentStatus.APPROVED)
            .only("id", "page_id", "article_number", "name", "text", "created_at")
            .order_by("created_at", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        state = self.state(now)
        page_cache_until(request, self.next_change(now))
        by_article = {}
        for comment in self.published_comments():
            by_article.setdefault(comment.article_number, []).append(comment)
        articles = [
            {
                "number": block.value["number"],
                "title": block.value["title"],
                "text": block.value["text"],
                "comments": by_article.get(block.value["number"], []),
                "anchor": f"dieu-{block.value['number']}",
            }
            for block in self.articles
            if block.block_type == "article"
        ]
        known = {article["number"] for article in articles}
        # A comment on the whole draft, or on an article since removed from it, is shown with the general ones.
        general = [c for number, comments in by_article.items() if number not in known for c in comments]
        general.sort(key=lambda comment: (comment.created_at, comment.pk))
        context.update(
            state=state,
            state_label=ConsultationState(state).label,
            is_open=state == ConsultationState.OPEN,
            draft_articles=articles,
            general_comments=general,
            comment_count=sum(len(comments) for comments in by_article.values()),
            comment_url=self.comment_url() if self.url else "",
            final_document=self.final_document if self.final_document_id else None,
            final_document_url=self.final_document_url() if self.final_document_id else "",
        )
        return context


class CommentStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("comment status", "Awaiting moderation")
    APPROVED = "approved", pgettext_lazy("comment status", "Published")
    REJECTED = "rejected", pgettext_lazy("comment status", "Rejected")


class ConsultationComment(models.Model):
    """A reader's comment on a draft (the whole draft, or one article). Shown once the gazette office approves it,
    with the name the reader gave; the contact is for the office only."""

    page = models.ForeignKey(
        ConsultationPage, verbose_name=_("consultation"), on_delete=models.CASCADE, related_name="comments"
    )
    article_number = models.PositiveSmallIntegerField(
        pgettext_lazy("article of a draft", "article"),
        null=True,
        blank=True,
        help_text=_("Empty: a comment on the whole draft."),
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("Shown with the comment once published."))
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    text = models.TextField(pgettext_lazy("consultation comment", "comment"))
    status = models.CharField(
        _("status"), max_length=20, choices=CommentStatus.choices, default=CommentStatus.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    staff_note = models.TextField(_("office note"), blank=True, help_text=_("Internal, never shown to readers."))

    class Meta:
        verbose_name = _("comment on a draft")
        verbose_name_plural = _("comments on drafts")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["page", "status", "created_at"], name="consult_comment_page_status")]

    def __str__(self):
        target = self.article_label
        return f"{self.name} – {target}"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_status = instance.__dict__.get("status")
        return instance

    @property
    def article_label(self):
        if self.article_number:
            return pgettext_lazy("article of a draft", "Article %(number)s") % {"number": self.article_number}
        return _("The whole draft")

    def moderate(self, status, user):
        self.status = status
        self.moderated_at = timezone.now()
        self.moderated_by = user
        self.save(update_fields=["status", "moderated_at", "moderated_by"])
