"""Syndication: partner feeds to ingest, what they brought in, and the portal's posts to social networks."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.admin.widgets import AdminPageChooser

from thainguyen_portal.core.areas import areas


class FeedSectionChooserPanel(PageChooserPanel):
    """The target section's chooser: pages of the types the areas declare (``Area.feed_section_types``), or of
    SYNDICATION_SECTION_PAGE_TYPE when set; read when the form is built, after every area is known."""

    def get_form_options(self):
        opts = super().get_form_options()
        configured = settings.SYNDICATION_SECTION_PAGE_TYPE
        page_types = [configured] if configured else [t for area in areas() for t in area.feed_section_types]
        if page_types:
            opts.setdefault("widgets", {})[self.field_name] = AdminPageChooser(target_models=page_types)
        return opts


class FeedSource(models.Model):
    """A partner's RSS or Atom feed whose new items become articles in a news section (drafts by default)."""

    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("feed address"), max_length=500, unique=True)
    section = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("target section"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The news section new articles go into."),
    )
    publish_live = models.BooleanField(
        _("publish at once"),
        default=False,
        help_text=_("Off: new items land as drafts for an editor to check and publish (recommended)."),
    )
    fetch_images = models.BooleanField(_("fetch images"), default=False)
    enabled = models.BooleanField(_("enabled"), default=True)
    last_run_at = models.DateTimeField(_("last run"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True, editable=False)
    last_item_count = models.PositiveIntegerField(_("items created in the last run"), default=0, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FeedSectionChooserPanel("section"),
        MultiFieldPanel(
            [FieldPanel("publish_live"), FieldPanel("fetch_images"), FieldPanel("enabled")], heading=_("Options")
        ),
    ]

    class Meta:
        verbose_name = _("partner feed")
        verbose_name_plural = _("partner feeds")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def healthy(self):
        return bool(self.last_success_at) and (not self.last_error_at or self.last_error_at < self.last_success_at)


class IngestedItem(models.Model):
    """An item already brought in (a feed entry or a YouTube video): never brought in twice."""

    class Kind(models.TextChoices):
        FEED = "feed", _("Partner feed")
        YOUTUBE = "youtube", _("YouTube")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.FEED)
    source = models.ForeignKey(
        FeedSource, verbose_name=_("feed"), null=True, blank=True, on_delete=models.CASCADE, related_name="items"
    )
    guid = models.CharField(_("identifier"), max_length=500)
    link = models.URLField(_("address"), max_length=1000, blank=True, db_index=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("brought in"), default=timezone.now)

    class Meta:
        verbose_name = _("ingested item")
        verbose_name_plural = _("ingested items")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["kind", "source", "guid"], name="syndication_item_once")]

    def __str__(self):
        return self.title or self.guid


class SocialShare(models.Model):
    """An editor's wish that a page be posted to the social networks when it is published.

    Kept here, keyed by page, rather than as a field of the article: the news area's model stays as it is, any
    page type can be shared, and editors can tick it before or after the approval workflow.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="social_share"
    )
    enabled = models.BooleanField(_("share to social networks"), default=True)
    message = models.TextField(
        _("message"), blank=True, max_length=2000, help_text=_("The page's social text or summary when empty.")
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("social sharing")
        verbose_name_plural = _("social sharing")

    def __str__(self):
        return str(self.page_id)


class SocialPost(models.Model):
    """One post of one page to one network: pending until sent, retried with back-off, failed at the end."""

    class Network(models.TextChoices):
        FACEBOOK = "facebook", _("Facebook Page")
        ZALO = "zalo", _("Zalo Official Account")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        REVIEWING = "reviewing", _("Being reviewed by the network")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    network = models.CharField(_("network"), max_length=20, choices=Network.choices)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="social_posts"
    )
    round = models.PositiveSmallIntegerField(
        _("round"), default=1, help_text=_("1 for the first post; each “post again” adds one.")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    message = models.TextField(_("message"), blank=True)
    link = models.URLField(_("page address"), max_length=1000, blank=True)
    external_id = models.CharField(_("post id"), max_length=200, blank=True)
    external_url = models.URLField(_("post address"), max_length=1000, blank=True)
    review_token = models.CharField(
        _("review token"),
        max_length=500,
        blank=True,
        help_text=_("Given by the network while it reviews the post (Zalo), to ask later whether it is out."),
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("social post")
        verbose_name_plural = _("social posts")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["page", "network", "round"], name="syndication_post_once_per_round")
        ]

    def __str__(self):
        return f"{self.get_network_display()} – {self.page_id} ({self.get_status_display()})"
