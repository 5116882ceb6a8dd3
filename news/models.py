"""The newsroom: the news index, sections (chuyên mục), articles and their kinds, leaders, outlets.

Readers' petitions and their answers are the petitions app's (news/petitions/)."""

import datetime
import math
import re

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from thainguyen_portal.core.models import BasePage, IntroPage
from thainguyen_portal.core.pages import routing
from thainguyen_portal.core.pages.accessibility import stream_problems
from thainguyen_portal.core.pages.blocks import DocumentLinkBlock
from thainguyen_portal.core.pages.filters import ISO_ONLY, query_dates
from thainguyen_portal.core.pages.forms import ArticlePageForm
from thainguyen_portal.core.pages.panels import UniqueRowsInlinePanel
from thainguyen_portal.core.publishing import renditions
from thainguyen_portal.core.publishing.embargo import EmbargoMixin
from thainguyen_portal.core.publishing.frame import public
from thainguyen_portal.core.text import excerpt as excerpt_text
from thainguyen_portal.core.text import vietnamese_slugify

from .blocks import ArticleBodyBlock
from .localization import in_locale, translations

PAGE_SIZE = 20
# A card shows its image as <picture>: WebP with a JPEG fallback (both made ahead, see core/publishing/renditions.py).
CARD_RENDITIONS = ("fill-400x225|format-webp", "fill-400x225|format-jpeg")
WORDS_PER_MINUTE = 220


# --- Snippets -------------------------------------------------------------------------------------------------


class Leader(TranslatableMixin, models.Model):
    """A provincial leader whose directions the portal reports (chỉ đạo – điều hành)."""

    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=300)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    biography = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100, help_text=_("Smaller comes first."))

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("photo"),
        FieldPanel("biography"),
        FieldPanel("sort_order"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("position"),
        TranslatableField("biography"),
        SynchronizedField("photo"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("leader")
        verbose_name_plural = _("leaders")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} – {self.position}"


class Spokesperson(TranslatableMixin, models.Model):
    """A spokesperson of the provincial People's Committee or of a department."""

    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=300)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("position"), FieldPanel("phone"), FieldPanel("email")]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("position"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("spokesperson")
        verbose_name_plural = _("spokespersons")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Outlet(TranslatableMixin, models.Model):
    """A newspaper or news site whose coverage of Thai Nguyen the portal links to."""

    name = models.CharField(_("name"), max_length=200)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    site = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("site")]

    translatable_fields = [TranslatableField("name"), SynchronizedField("logo"), SynchronizedField("site")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("press outlet")
        verbose_name_plural = _("press outlets")
        ordering = ["name"]

    def __str__(self):
        return self.name


class NewsTag(TagBase):
    """A tag with a Vietnamese-aware slug ("Chuyển đổi số" -> chuyen-doi-so)."""

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def slugify(self, tag, i=None):
        slug = vietnamese_slugify(tag)[:90] or "the"
        return f"{slug}-{i}" if i is not None else slug


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("news.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE)
    tag = models.ForeignKey(NewsTag, related_name="tagged_articles", on_delete=models.CASCADE)


# --- Listings ---------------------------------------------------------------------------------------------------


def article_cards(queryset, request):
    """Live, public articles ready for cards: no body, the image joined and its card rendition prefetched."""
    Rendition = get_image_model().get_rendition_model()
    return (
        public(queryset.live(), request)
        .defer_streamfields()
        .select_related("featured_image")
        .prefetch_related(
            Prefetch(
                "featured_image__renditions",
                queryset=Rendition.objects.filter(filter_spec__in=CARD_RENDITIONS),
            )
        )
        .order_by("-featured", "-date", "-pk")
    )


def siblings_of(page):
    """The articles filed in the same section as `page` (its tree siblings, `page` included), without a query for
    the parent."""
    return ArticlePage.objects.filter(path__startswith=page.path[: -page.steplen], depth=page.depth)


class ListingMixin:
    """A paginated, date-filterable list of articles for the news index, sections and tag pages; the index's and a
    section's pages show it under their child sections."""

    def articles(self):
        raise NotImplementedError

    def navigation(self):
        """The pages the listing's navigation links to: a section's subsections."""
        return SectionPage.objects.child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        context["sections"] = public(self.navigation().live(), request).only(
            "id", "title", "url_path", "depth", "path", "locale_id"
        )
        return context

    def listing_context(self, request, queryset=None):
        queryset = self.articles() if queryset is None else queryset
        context = {}
        days, problems = query_dates(request.GET, "date", formats=ISO_ONLY)
        if problems:
            context["date_error"] = problems[0]
        elif "date" in days:
            context["date_filter"] = days["date"]
            queryset = queryset.filter(date__date=days["date"])
        context["page_obj"] = Paginator(article_cards(queryset, request), PAGE_SIZE).get_page(request.GET.get("page"))
        return context


class FeedMixin(RoutablePageMixin):
    """RSS 2.0 and Atom feeds of the page's articles."""

    def get_cached_paths(self):
        """The frontend cache forgets the feeds with the page (core/publishing/signals.py purges a page's listings)."""
        return ["/", "rss/", "atom/"]

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import feed_response

        return feed_response(request, self, "rss")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import feed_response

        return feed_response(request, self, "atom")


ARTICLE_RELATED = ("featured_image", "leader", "leader__photo", "spokesperson", "outlet")


class NewsIndexPage(FeedMixin, ListingMixin, IntroPage):
    """Tin tức: every section's articles, the feeds of all news, tag pages."""

    parent_page_types = ["home.HomePage"]
    # No subpage_types: what goes under the news index is what names it in its parent_page_types (the sections, the
    # leaders', spokesperson's, calendar and digest pages, and the petitions' index, which the news area does not
    # name: news/petitions/). A test fixes the list.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def articles(self):
        return ArticlePage.objects.descendant_of(self)

    def navigation(self):
        """Every page under the news index, in the explorer's order: the sections and the leaders', spokesperson's,
        work calendar's, press digest's and petitions' pages (only sections hold articles)."""
        return Page.objects.child_of(self)

    @path("tag/<str:slug>/", name="tag")
    def tag_view(self, request, slug):
        tag = NewsTag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404
        # Not self.render(): get_context would count and list every article first.
        context = {"page": self, "self": self, "request": request, "tag": tag}
        context.update(self.listing_context(request, self.articles().filter(tagged_items__tag=tag)))
        return TemplateResponse(request, "news/tag_page.html", context)


class SectionPage(FeedMixin, ListingMixin, IntroPage):
    """A section (chuyên mục). Lists its own and its subsections' articles, and those filed here as extra section."""

    parent_page_types = ["news.NewsIndexPage", "news.SectionPage"]
    subpage_types = ["news.SectionPage", "news.ArticlePage"]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def articles(self):
        extra = ArticlePage.extra_sections.through.objects.filter(sectionpage_id=self.pk).values("articlepage_id")
        return ArticlePage.objects.filter(Q(path__startswith=self.path) | Q(pk__in=extra), locale_id=self.locale_id)


# --- Articles ---------------------------------------------------------------------------------------------------


# A publication this much later than the first one shows as an update.
UPDATE_AFTER = datetime.timedelta(minutes=5)


class ArticlePage(EmbargoMixin, RoutablePageMixin, BasePage):
    """A news article; its kind (news, direction, statement, press coverage) adds fields and changes the display."""

    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        DIRECTION = "direction", _("Direction and administration")
        STATEMENT = "statement", _("Spokesperson statement")
        PRESS = "press", _("Press coverage")

    class StatementKind(models.TextChoices):
        PRESS_CONFERENCE = "conference", _("Press conference")
        STATEMENT = "statement", _("Statement")
        ANSWER = "answer", _("Answer to the press")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWS)
    sapo = models.TextField(_("lead (sapo)"), max_length=600, help_text=_("One or two sentences shown in bold."))
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_caption = models.CharField(_("featured image caption"), max_length=500, blank=True)
    body = StreamField(ArticleBodyBlock(), blank=True, verbose_name=_("body"))
    authors = models.CharField(_("authors"), max_length=300, blank=True, help_text=_("Names separated by commas."))
    source = models.CharField(_("source"), max_length=300, blank=True, help_text=_("Shown as “Source: …”."))
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    extra_sections = ParentalManyToManyField(
        "news.SectionPage", blank=True, related_name="extra_articles", verbose_name=_("also in sections")
    )
    # Stamped by the system (save(), below): the publication date when the article first goes live (a scheduled
    # one at its go-live time), the update time when it is published again later (a correction, say). An editor
    # fills the date in only to give an older article its original date.
    date = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Leave empty: set when the article goes live. Fill in only to give an older article its date."),
    )
    updated_at = models.DateTimeField(_("updated"), null=True, blank=True, editable=False)
    featured = models.BooleanField(_("featured"), default=False, help_text=_("Shown at the top of its sections."))
    reading_minutes = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1, editable=False)

    # Direction and administration.
    leader = models.ForeignKey(
        Leader, verbose_name=_("leader"), null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    # Referenced documents (direction) or attachments (statements).
    attachments = StreamField(
        [("document", DocumentLinkBlock())], blank=True, verbose_name=_("documents and attachments")
    )
    # Spokesperson statements.
    spokesperson = models.ForeignKey(
        Spokesperson,
        verbose_name=_("spokesperson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
    )
    statement_kind = models.CharField(_("kind of statement"), max_length=20, choices=StatementKind.choices, blank=True)
    # Press coverage.
    outlet = models.ForeignKey(
        Outlet, verbose_name=_("outlet"), null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    original_url = models.URLField(_("original address"), blank=True, max_length=500)
    original_date = models.DateField(_("original date"), null=True, blank=True)
    excerpt = models.TextField(
        _("excerpt"), blank=True, max_length=1200, help_text=_("A short quotation of the original, never a full copy.")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("sapo"),
        MultiFieldPanel([FieldPanel("featured_image"), FieldPanel("featured_image_caption")], heading=_("Image")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldPanel("source"), FieldPanel("date"), FieldPanel("embargo_until")],
            heading=_("Byline and dates"),
        ),
        MultiFieldPanel([FieldPanel("leader"), FieldPanel("attachments")], heading=_("Direction and administration")),
        MultiFieldPanel(
            [FieldPanel("spokesperson"), FieldPanel("statement_kind")], heading=_("Spokesperson statement")
        ),
        MultiFieldPanel(
            [FieldPanel("outlet"), FieldPanel("original_url"), FieldPanel("original_date"), FieldPanel("excerpt")],
            heading=_("Press coverage"),
        ),
        InlinePanel("corrections", label=_("Corrections (đính chính)"), heading=_("Corrections")),
        InlinePanel("related_links", label=_("Related articles"), heading=_("Related articles")),
        # The gazette's citations (its DocumentCitation, on every page): the legal documents the article explains.
        UniqueRowsInlinePanel(
            "cited_documents",
            unique_fields=["document"],  # each document cited once
            label=_("Legal document"),
            heading=_("Legal documents cited"),
            help_text=_(
                "The gazette's documents this article explains: the article shows their number and status, and "
                "each document's page links back to the article."
            ),
        ),
    ]
    base_form_class = ArticlePageForm
    promote_panels = BasePage.promote_panels + [
        MultiFieldPanel(
            [FieldPanel("tags"), FieldPanel("extra_sections"), FieldPanel("featured")], heading=_("Filing")
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("sapo"),
        index.SearchField("body"),
        index.SearchField("authors"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("sapo"),
        TranslatableField("featured_image_caption"),
        TranslatableField("body"),
        TranslatableField("authors"),
        TranslatableField("source"),
        TranslatableField("excerpt"),
        TranslatableField("corrections"),
        SynchronizedField("kind"),
        SynchronizedField("featured_image"),
        SynchronizedField("date"),
        SynchronizedField("updated_at"),
        SynchronizedField("embargo_until"),
        SynchronizedField("featured"),
        SynchronizedField("leader"),
        SynchronizedField("attachments"),
        SynchronizedField("spokesperson"),
        SynchronizedField("statement_kind"),
        SynchronizedField("outlet"),
        SynchronizedField("original_url"),
        SynchronizedField("original_date"),
        SynchronizedField("cited_documents", overridable=False),  # the same documents in every language
    ]

    parent_page_types = ["news.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def accessibility_problems(self, user=None):
        """A video or audio in the body without captions or transcript (`user`: who publishes, so that the message
        says where they can fix it). Images' alt text is asked of the photo desk, not enforced here."""
        return list(dict.fromkeys(stream_problems(self, user, images=False)))

    def fill_from_field_report(self, report):
        """A draft made from a field report (editorial/services.py): the report's first sentences as a provisional
        lead, which the editor rewrites, and the sender as the author."""
        self.sapo = excerpt_text(report.text, 300)
        if report.credit and not self.authors:
            self.authors = report.credit[:300]

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == self.Kind.PRESS:
            if not self.outlet_id:
                errors["outlet"] = _("Press coverage needs the outlet.")
            if not self.original_url:
                errors["original_url"] = _("Press coverage links to the original article.")
        if self.kind == self.Kind.STATEMENT and not self.spokesperson_id:
            errors["spokesperson"] = _("A statement needs its spokesperson.")
        if self.kind == self.Kind.DIRECTION and not self.leader_id:
            errors["leader"] = _("Direction and administration names the leader concerned.")
        if self.updated_at and self.date and self.updated_at < self.date:
            errors["updated_at"] = _("The update cannot come before the publication.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.reading_minutes = self.compute_reading_minutes()
        self.stamp_times()
        super().save(*args, **kwargs)

    def stamp_times(self):
        """The system's times, set as Wagtail publishes (it sets first/last_published_at, then saves): the date
        when the article first goes live, unless an editor gave one; "updated" when it is published again more
        than UPDATE_AFTER later. A draft has no date yet."""
        if not self.live:
            return
        if self.date is None:
            self.date = self.first_published_at or timezone.now()
        first, last = self.first_published_at, self.last_published_at
        if first and last and last - first > UPDATE_AFTER and last > self.date:
            self.updated_at = last

    def compute_reading_minutes(self):
        words = len(self.sapo.split()) + len(self.excerpt.split())
        for block in self.body:
            if block.block_type == "paragraph":
                words += len(strip_tags(block.value.source).split())
            elif block.block_type in ("heading",):
                words += len(str(block.value).split())
            elif block.block_type in ("quote", "fact_box"):
                words += len(strip_tags(str(block.value.get("text", ""))).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def rendition_specs(self):
        """The card, the main image and the social preview of the featured image; the body's images and galleries
        as their blocks show them. Made when the article is published (core/publishing/renditions.py)."""
        body_specs = {"image": ("width-1000",), "gallery": ("fill-480x320",)}
        specs = super().rendition_specs()
        specs.append((self.featured_image_id, renditions.CARD + renditions.MAIN + renditions.SOCIAL))
        specs.extend((image_id, body_specs.get(kind, ())) for kind, image_id in renditions.images_in_stream(self.body))
        return specs

    def related_listing_urls(self):
        """The tag pages listing this article, purged from the frontend cache with it (core/publishing/signals.py)."""
        index = NewsIndexPage.objects.ancestor_of(self).live().first()
        if index is None:
            return []
        base = index.get_full_url()
        if not base:  # not routable (no site yet, e.g. while the demo is rebuilt)
            return []
        return [base + index.reverse_subpage("tag", kwargs={"slug": tag.slug}).lstrip("/") for tag in self.tags.all()]

    @classmethod
    def routing_queryset(cls):
        """The router fetches an article with its image, leader, spokesperson and outlet in one query, and whether
        it cites legal documents (an article that cites none costs no query for them)."""
        citations = cls._meta.get_field("cited_documents").related_model.objects.filter(page_id=OuterRef("pk"))
        return cls.objects.select_related(*ARTICLE_RELATED).annotate(cites_documents=Exists(citations))

    def cited_documents_shown(self, home_page=None):
        """The legal documents the article cites, with their status and address (the gazette's citations, read
        through the relation: gazette/models.py ``DocumentCitation.shown_on``); no query when the router found none."""
        if not getattr(self, "cites_documents", True):
            return []
        return self.cited_documents.model.shown_on(self, home_page)

    def get_meta_description(self):
        return self.search_description or self.sapo

    def search_date(self):
        """The article's date as its page shows it (publication date, every kind, press coverage included: the
        outlet's `original_date` is secondary there, and listings, feeds and the press digest go by `date`)."""
        return self.date

    @property
    def author_list(self):
        return [name.strip() for name in self.authors.split(",") if name.strip()]

    def section(self):
        return self.get_parent().specific_deferred

    def previous_next(self, request):
        """The previous (older) and next (newer) live article of the primary section (two small queries)."""
        if self.date is None:  # a draft's preview: not in the sequence yet
            return None, None
        siblings = public(siblings_of(self).live(), request).only(
            "id", "title", "url_path", "depth", "path", "date", "locale_id"
        )
        older = siblings.filter(Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk)).order_by("-date", "-pk")
        newer = siblings.filter(Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk)).order_by("date", "pk")
        return older.first(), newer.first()

    def related_articles(self, request, limit=4):
        """The editors' choice first, then the latest of the same section (one query, plus one for renditions)."""
        chosen = RelatedArticle.objects.filter(page_id=self.pk)
        candidates = ArticlePage.objects.filter(
            Q(pk__in=chosen.values("article_id")) | Q(path__startswith=self.path[: -self.steplen], depth=self.depth)
        ).exclude(pk=self.pk)
        return list(
            article_cards(candidates, request)
            .annotate(chosen=Exists(chosen.filter(article_id=OuterRef("pk"))))
            .order_by("-chosen", "-date", "-pk")[:limit]
        )

    def trail(self, request):
        """The live ancestors from the home page down: from the router when it served this page, else one query."""
        return routing.trail(request, self)

    def kind_snippets(self):
        """The leader, spokesperson and outlet in the article's language (their translation when there is one;
        no query on Vietnamese pages, the router having joined them)."""
        shown = translations([self.leader, self.spokesperson, self.outlet], self.locale_id)
        return {
            "leader": shown.get(self.leader_id),
            "spokesperson": shown.get(self.spokesperson_id),
            "outlet": shown.get(self.outlet_id),
        }

    # Print view.
    @path("print/", name="print")
    def print_view(self, request):
        """The article alone, for paper: no menus, no listings, so none of their queries either."""
        context = {
            "page": self,
            "self": self,
            "request": request,
            "canonical_url": self.get_full_url(request),
            "corrections": list(self.corrections.all()),
        }
        return TemplateResponse(request, "news/article_page_print.html", context)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from .metadata import share_links

        ancestors = self.trail(request)
        news_index = next((ancestor for ancestor in ancestors if ancestor.depth == 3), None)
        context["news_index_url"] = news_index.get_url(request) if news_index else ""
        if self.kind == self.Kind.DIRECTION and news_index is not None:
            leaders_page = LeadersPage.objects.child_of(news_index).live().only("id", "url_path", "depth").first()
            context["leaders_url"] = leaders_page.get_url(request) if leaders_page else ""
        context.update(self.kind_snippets())
        context["canonical_url"] = self.get_full_url(request)
        context["corrections"] = list(self.corrections.all())
        context["article_tags"] = list(self.tags.all())
        context["previous_article"], context["next_article"] = self.previous_next(request)
        context["related"] = self.related_articles(request)
        context["share_links"] = share_links(request, self)
        context["article_ancestors"] = ancestors
        home_page = next((ancestor for ancestor in ancestors if ancestor.depth == 2), None)
        context["cited_documents"] = self.cited_documents_shown(home_page)
        return context

    def structured_data(self, request, context):
        """NewsArticle and its BreadcrumbList, from the ancestors get_context found (no query)."""
        from .metadata import article_json_ld

        ancestors = context.get("article_ancestors")
        return article_json_ld(request, self, ancestors) if ancestors is not None else None


class ArticleCorrection(TranslatableMixin, Orderable):
    """A public correction (đính chính): what was wrong, and when it was put right.

    Translatable (the article's `TranslatableField("corrections")`): wagtail-localize gives its text to the
    translator as a segment, and the English article shows the English correction.
    """

    page = ParentalKey(ArticlePage, related_name="corrections", on_delete=models.CASCADE)
    time = models.DateTimeField(_("time"), default=timezone.now)
    text = models.TextField(_("correction"))

    panels = [FieldPanel("time"), FieldPanel("text")]
    translatable_fields = [TranslatableField("text"), SynchronizedField("time")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")


class RelatedArticle(Orderable):
    page = ParentalKey(ArticlePage, related_name="related_links", on_delete=models.CASCADE)
    article = models.ForeignKey(
        ArticlePage, verbose_name=_("article"), on_delete=models.CASCADE, related_name="related_from"
    )

    panels = [PageChooserPanel("article", "news.ArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")


# --- Leaders -----------------------------------------------------------------------------------------------------


class LeadersPage(IntroPage):
    """The provincial leaders (the Leader snippets), each with their latest directions."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("leaders' page")
        verbose_name_plural = _("leaders' pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        Image = get_image_model()
        context["leaders"] = list(
            in_locale(Leader.objects.all(), self.locale_id).prefetch_related(
                Prefetch("photo", queryset=Image.objects.prefetch_renditions("fill-240x300"))
            )
        )
        return context


# --- Spokesperson --------------------------------------------------------------------------------------------

STATEMENTS_SHOWN = 10


class SpokespersonPage(IntroPage):
    """Người phát ngôn: the spokespersons with their office's contacts, the province's official social accounts
    (from the portal settings) and the latest statements."""

    statements_section = models.ForeignKey(
        "news.SectionPage",
        verbose_name=_("statements section"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the statements are filed: the page lists that section's and links to it."),
    )

    content_panels = IntroPage.content_panels + [FieldPanel("statements_section")]
    translatable_fields = IntroPage.translatable_fields + [SynchronizedField("statements_section")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("spokesperson's page")
        verbose_name_plural = _("spokesperson's pages")

    def statements(self, request):
        """The latest live, public statements of this language: of the statements section when it is set, else
        of the whole news index."""
        under = self.path[: -self.steplen]
        section = None
        if self.statements_section_id:
            # The chosen section in this page's language (the field is synchronised: it names the source's).
            same_key = SectionPage.objects.filter(pk=self.statements_section_id).values("translation_key")
            section = (
                SectionPage.objects.filter(translation_key__in=same_key, locale_id=self.locale_id)
                .live()
                .only("id", "title", "url_path", "depth", "path", "locale_id")
                .first()
            )
            if section is not None:
                under = section.path
        statements = (
            public(ArticlePage.objects.live(), request)
            .filter(kind=ArticlePage.Kind.STATEMENT, locale_id=self.locale_id, path__startswith=under)
            .only("id", "title", "url_path", "depth", "path", "locale_id", "date", "statement_kind", "sapo")
            .order_by("-date", "-pk")[:STATEMENTS_SHOWN]
        )
        return section, list(statements)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["spokespersons"] = list(in_locale(Spokesperson.objects.all(), self.locale_id))
        context["statements_section"], context["statements"] = self.statements(request)
        return context


# --- The leaders' weekly work calendar (lịch công tác) ------------------------------------------------------------


class CalendarEntry(TranslatableMixin, models.Model):
    """One item of a leader's work calendar: when, who, what, where and with whom."""

    date = models.DateField(_("date"), db_index=True)
    time = models.TimeField(_("time"), null=True, blank=True, help_text=_("Empty for the whole day."))
    leader = models.ForeignKey(
        Leader, verbose_name=_("leader"), null=True, on_delete=models.SET_NULL, related_name="calendar_entries"
    )
    activity = models.CharField(_("activity"), max_length=500)
    place = models.CharField(_("place"), max_length=300, blank=True)
    participants = models.TextField(_("participants"), blank=True, help_text=_("Who attends (thành phần)."))

    panels = [
        FieldPanel("date"),
        FieldPanel("time"),
        FieldPanel("leader"),
        FieldPanel("activity"),
        FieldPanel("place"),
        FieldPanel("participants"),
    ]
    translatable_fields = [
        TranslatableField("activity"),
        TranslatableField("place"),
        TranslatableField("participants"),
        SynchronizedField("date"),
        SynchronizedField("time"),
        SynchronizedField("leader"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("calendar entry")
        verbose_name_plural = _("calendar entries")
        ordering = ["date", "time", "pk"]

    def __str__(self):
        when = self.date.strftime("%d/%m/%Y") + (self.time.strftime(" %H:%M") if self.time else "")
        return f"{when} – {self.activity}"


WEEK_PATTERN = re.compile(r"([0-9]{4})-W([0-9]{1,2})")


def parse_week(value):
    """The Monday of an ISO week written "2026-W48", or None when it is not one (or is out of range)."""
    match = WEEK_PATTERN.fullmatch(value or "")
    if match is None:
        return None
    year, week = int(match[1]), int(match[2])
    if not 1900 <= year <= 2999:
        return None
    try:
        return datetime.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def week_code(day):
    """ "2026-W48" for any day of that ISO week."""
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


class WorkCalendarPage(IntroPage):
    """Lịch công tác: the leaders' work calendar of one ISO week (`?tuan=2026-W48`), with the previous and the
    next week; today is marked. A malformed week shows the current one with a message."""

    WEEK_PARAMETER = "tuan"

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("work calendar page")
        verbose_name_plural = _("work calendar pages")

    def week_entries(self, monday):
        """The week's entries in the page's language (else Vietnamese), their leaders translated too: one query
        on Vietnamese pages, two on English ones."""
        sunday = monday + datetime.timedelta(days=6)
        entries = list(
            in_locale(CalendarEntry.objects.filter(date__range=(monday, sunday)), self.locale_id)
            .select_related("leader")
            .order_by("date", models.F("time").asc(nulls_first=True), "leader__sort_order", "pk")
        )
        leaders = translations([entry.leader for entry in entries], self.locale_id)
        for entry in entries:
            entry.leader_shown = leaders.get(entry.leader_id)
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        monday = None
        raw = request.GET.get(self.WEEK_PARAMETER, "")
        if raw:
            monday = parse_week(raw)
            if monday is None:
                context["week_error"] = gettext(
                    "“%(value)s” is not a week: use the form 2026-W48. Here is the current week."
                ) % {"value": raw[:20]}
        current_monday = today - datetime.timedelta(days=today.weekday())
        monday = monday or current_monday
        entries = self.week_entries(monday)
        days = []
        for offset in range(7):
            day = monday + datetime.timedelta(days=offset)
            days.append(
                {
                    "date": day,
                    "is_today": day == today,
                    "entries": [entry for entry in entries if entry.date == day],
                }
            )
        context.update(
            {
                "week_parameter": self.WEEK_PARAMETER,
                "week": week_code(monday),
                "week_number": monday.isocalendar()[1],
                "week_start": monday,
                "week_end": monday + datetime.timedelta(days=6),
                "days": days,
                "entry_count": len(entries),
                "previous_week": week_code(monday - datetime.timedelta(days=7)),
                "next_week": week_code(monday + datetime.timedelta(days=7)),
                "current_week": week_code(current_monday) if monday != current_monday else "",
            }
        )
        return context


# --- The daily press digest (Điểm báo) --------------------------------------------------------------------------

DIGEST_LIMIT = 200
DIGEST_FIRST_DAY = datetime.date(1900, 1, 1)
DIGEST_LAST_DAY = datetime.date(2999, 12, 31)


class PressDigestPage(IntroPage):
    """Điểm báo: one day's press-coverage articles grouped by topic (their first tag) and outlet, with the
    previous and next day that have any (`?date=2026-11-26`; the latest day by default)."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("press digest page")
        verbose_name_plural = _("press digest pages")

    def press_items(self, request):
        """Live, public press coverage of this language under the news index, published until now."""
        return public(ArticlePage.objects.live(), request).filter(
            kind=ArticlePage.Kind.PRESS,
            locale_id=self.locale_id,
            path__startswith=self.path[: -self.steplen],
            date__lte=timezone.now(),
        )

    @staticmethod
    def day_bounds(day):
        start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
        return start, start + datetime.timedelta(days=1)

    def digest(self, items):
        """[(topic, [(outlet, [articles])])]: topics by name ("other topics" last), outlets by name."""
        outlets = translations([item.outlet for item in items], self.locale_id)
        topics = {}
        for item in items:
            tags = sorted((tagged.tag for tagged in item.tagged_items.all()), key=lambda tag: tag.name)
            topic = tags[0].name if tags else ""
            outlet = outlets.get(item.outlet_id)
            topics.setdefault(topic, {}).setdefault(outlet.name if outlet else "", (outlet, []))[1].append(item)
        grouped = []
        for topic in sorted(topics, key=lambda name: (name == "", name)):
            by_outlet = topics[topic]
            grouped.append((topic, [by_outlet[name] for name in sorted(by_outlet)]))
        return grouped

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        press = self.press_items(request)
        raw = request.GET.get("date", "")
        day = None
        if raw:
            day = query_dates(request.GET, "date", formats=ISO_ONLY)[0].get("date")
            if day is not None and not DIGEST_FIRST_DAY <= day <= DIGEST_LAST_DAY:
                day = None  # the day's bounds in UTC would overflow at the ends of the calendar
            if day is None:
                context["date_error"] = gettext(
                    "“%(value)s” is not a date: use the form YYYY-MM-DD. Here is the latest digest."
                ) % {"value": raw[:20]}
        if day is None:
            latest = press.order_by("-date").values_list("date", flat=True).first()
            day = timezone.localdate(latest) if latest else timezone.localdate()
        start, end = self.day_bounds(day)
        items = list(
            press.filter(date__gte=start, date__lt=end)
            .defer_streamfields()
            .select_related("outlet")
            .prefetch_related("tagged_items__tag")
            .only(
                "id",
                "title",
                "url_path",
                "depth",
                "path",
                "locale_id",
                "date",
                "sapo",
                "excerpt",
                "original_url",
                "original_date",
                "outlet",
            )
            .order_by("date", "pk")[:DIGEST_LIMIT]
        )
        previous_date = press.filter(date__lt=start).order_by("-date").values_list("date", flat=True).first()
        next_date = press.filter(date__gte=end).order_by("date").values_list("date", flat=True).first()
        context.update(
            {
                "day": day,
                "item_count": len(items),
                "topics": self.digest(items),
                "previous_day": timezone.localdate(previous_date) if previous_date else None,
                "next_day": timezone.localdate(next_date) if next_date else None,
            }
        )
        return context
