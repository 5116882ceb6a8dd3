"""The Trà Việt special magazine (Đặc san Trà Việt): issues, their printed pages, articles and the tea directory.

Tree: HomePage ── MagazineIndexPage ── MagazineIssuePage ── MagazineArticlePage
                                    └─ TeaDirectoryPage (the tea businesses and brands, a snippet each)

The printed pages of an issue (image, thumbnail and text of each page) are made by the importer from the
issue's PDF (``manage.py import_traviet``, see importer.py); they are artefacts of the PDF, not edited by hand,
so they live in their own table instead of the page revisions.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from thainguyen_portal.core.metadata import structured_data as ld
from thainguyen_portal.core.models import BasePage, SlugFromNameMixin
from thainguyen_portal.core.pages.blocks import BaseBodyBlock
from thainguyen_portal.core.pages.forms import BasePageForm
from thainguyen_portal.core.publishing.frame import public

ISSUES_PER_PAGE = 24
BUSINESSES_PER_PAGE = 30


# --- The tea regions and the directory of tea businesses and brands ------------------------------------------
@register_snippet
class TeaRegion(SlugFromNameMixin, index.Indexed, models.Model):
    """A tea-growing area of the province (Tân Cương, La Bằng, Trại Cài...): a tag of articles and businesses."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("tea region")
        verbose_name_plural = _("tea regions")

    def __str__(self):
        return self.name


@register_snippet
class TeaBusiness(SlugFromNameMixin, index.Indexed, models.Model):
    """A tea business, cooperative or brand of Thai Nguyen, listed in the directory and linked from articles."""

    class Kind(models.TextChoices):
        COMPANY = "company", _("Company")
        COOPERATIVE = "cooperative", _("Cooperative")
        HOUSEHOLD = "household", _("Family producer")
        BRAND = "brand", _("Brand")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.COMPANY)
    region = models.ForeignKey(
        TeaRegion,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="businesses",
    )
    products = models.TextField(_("products"), blank=True, help_text=_("One product per line."))
    description = models.TextField(_("description"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("region")]),
        FieldPanel("products"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("products"),
        index.SearchField("description"),
        index.FilterField("region"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("tea business")
        verbose_name_plural = _("tea businesses")

    def __str__(self):
        return self.name

    @property
    def product_list(self):
        return [line.strip() for line in self.products.splitlines() if line.strip()]

    @property
    def anchor(self):
        return f"dn-{self.slug}"


# --- Pages -----------------------------------------------------------------------------------------------------
class MagazineIndexPage(BasePage):
    """Đặc san Trà Việt: every issue as a cover grid, newest first, grouped by year (?year= keeps one year)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["travietpub.MagazineIssuePage", "travietpub.TeaDirectoryPage"]

    class Meta:
        verbose_name = _("magazine index")
        verbose_name_plural = _("magazine indexes")

    def issues(self):
        return (
            MagazineIssuePage.objects.live()
            .public()
            .child_of(self)
            .select_related("cover")
            .defer_streamfields()
            .order_by("-issue_date", "-number")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issues = self.issues()
        years = [day.year for day in issues.dates("issue_date", "year", order="DESC")]
        year = None
        raw_year = request.GET.get("year", "").strip()
        if raw_year:
            try:
                year = int(raw_year)
            except ValueError:
                context["filter_error"] = gettext("“%(value)s” is not a year; all issues are shown.") % {
                    "value": raw_year[:20]
                }
            else:
                if year in years:
                    issues = issues.filter(issue_date__year=year)
                else:
                    context["filter_error"] = gettext("There is no issue from %(year)s; all issues are shown.") % {
                        "year": year
                    }
                    year = None
        page_obj = Paginator(issues, ISSUES_PER_PAGE).get_page(request.GET.get("page"))
        context.update(page_obj=page_obj, issues=page_obj.object_list, years=years, selected_year=year)
        context["directory"] = (
            public(TeaDirectoryPage.objects.child_of(self).live(), request).only("id", "title", "url_path").first()
        )
        return context


class MagazineIssueForm(BasePageForm):
    """Two issues of one magazine index never share a number (the importer refuses it too)."""

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("number")
        parent = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        if number and parent is not None:
            siblings = MagazineIssuePage.objects.child_of(parent).filter(number=number)
            if self.instance.pk:
                siblings = siblings.exclude(pk=self.instance.pk)
            if siblings.exists():
                self.add_error("number", gettext("Another issue already has this number."))
        return cleaned_data


class MagazineIssuePage(RoutablePageMixin, BasePage):
    """One issue: its number and date, cover, editorial, PDF, table of contents and online reader."""

    base_form_class = MagazineIssueForm

    number = models.PositiveIntegerField(_("issue number"))
    issue_date = models.DateField(_("issue date"), help_text=_("Only the month and the year are shown."))
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editorial = RichTextField(_("editorial"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("whole issue (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page_count = models.PositiveSmallIntegerField(_("number of pages"), default=0, editable=False)
    needs_ocr = models.BooleanField(
        _("needs OCR"),
        default=False,
        help_text=_("Some pages of the PDF are scans without text: run the importer with --ocr."),
    )
    # What the importer made this issue from (the PDF's SHA-256 and a digest of the manifest row): a re-run with
    # the same inputs changes nothing.
    import_signature = models.CharField(max_length=64, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("issue_date")]),
        FieldPanel("cover"),
        FieldPanel("editorial"),
        FieldPanel("pdf"),
        FieldPanel("needs_ocr"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("editorial"),
        index.RelatedFields("print_pages", [index.SearchField("text")]),
        index.FilterField("number"),
        index.FilterField("issue_date"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("editorial"),
        SynchronizedField("number"),
        SynchronizedField("issue_date"),
        SynchronizedField("cover"),
        SynchronizedField("pdf"),
    ]

    parent_page_types = ["travietpub.MagazineIndexPage"]
    subpage_types = ["travietpub.MagazineArticlePage"]

    class Meta:
        verbose_name = _("magazine issue")
        verbose_name_plural = _("magazine issues")

    def __str__(self):
        return self.title

    def search_date(self):
        """The issue's date (its page shows the month and the year)."""
        return self.issue_date

    def print_pages_source(self):
        """The issue whose printed pages this one shows (a translation shows those of its source)."""
        if self.page_count or self.locale.language_code == "vi":
            return self
        return self.get_translations(inclusive=False).filter(locale__language_code="vi").first() or self

    def articles(self):
        return (
            MagazineArticlePage.objects.live()
            .public()
            .child_of(self)
            .defer_streamfields()
            .order_by("print_start", "path")
        )

    def structured_data(self, request, context):
        """PublicationIssue of the Trà Việt magazine, with its articles (the table of contents the page shows)."""
        # The table of contents the issue page shows (the online reader, which shows a printed page, lists none).
        articles = context.get("articles") if "print_page" not in context else None
        articles = articles if articles is not None else []
        return ld.creative_work(
            request,
            self,
            "PublicationIssue",
            issueNumber=str(self.number),
            datePublished=self.issue_date.isoformat() if self.issue_date else None,
            image=ld.image_url(request, self.cover) if self.cover_id and "print_page" not in context else None,
            hasPart=[
                {"@type": "Article", "headline": article.title[:110], "url": article.get_full_url(request)}
                for article in articles
            ],
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = self.articles()
        context["first_pages"] = list(
            MagazinePrintPage.objects.filter(issue=self.print_pages_source()).order_by("number")[:8]
        )
        return context

    @path("doc/", name="reader_start")
    def reader_start(self, request):
        return redirect(self.url + self.reverse_subpage("reader", args=[1]))

    @path("doc/<int:number>/", name="reader")
    def reader(self, request, number):
        source = self.print_pages_source()
        pages = list(MagazinePrintPage.objects.filter(issue=source).order_by("number").defer("text"))
        position = next((i for i, p in enumerate(pages) if p.number == number), None)
        if position is None:
            raise Http404
        current = MagazinePrintPage.objects.get(pk=pages[position].pk)  # with its text
        previous_page = pages[position - 1] if position > 0 else None
        next_page = pages[position + 1] if position + 1 < len(pages) else None
        base = self.url + "doc/"
        return self.render(
            request,
            context_overrides={
                "print_page": current,
                "print_pages": pages,
                "previous_page": previous_page,
                "next_page": next_page,
                "reader_base": base,
            },
            template="travietpub/magazine_issue_reader.html",
        )


class MagazineArticleTag(TaggedItemBase):
    content_object = ParentalKey("travietpub.MagazineArticlePage", on_delete=models.CASCADE, related_name="tagged")


class MagazineArticlePage(BasePage):
    """An article of an issue: its text online, the pages it spans in print, regions, topics and businesses."""

    authors = models.CharField(_("authors"), max_length=300, blank=True, help_text=_("Separate names with commas."))
    lead = models.TextField(_("lead"), blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseBodyBlock(), blank=True, verbose_name=_("body"))
    print_start = models.PositiveSmallIntegerField(_("first printed page"), null=True, blank=True)
    print_end = models.PositiveSmallIntegerField(_("last printed page"), null=True, blank=True)
    regions = ParentalManyToManyField(TeaRegion, blank=True, verbose_name=_("tea regions"), related_name="articles")
    businesses = ParentalManyToManyField(
        TeaBusiness,
        blank=True,
        verbose_name=_("businesses and brands mentioned"),
        related_name="articles",
    )
    tags = ClusterTaggableManager(through=MagazineArticleTag, blank=True, verbose_name=_("topics"))

    content_panels = BasePage.content_panels + [
        FieldPanel("authors"),
        FieldPanel("lead"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("print_start"), FieldPanel("print_end")], heading=_("Pages in print")),
        MultiFieldPanel(
            [FieldPanel("regions"), FieldPanel("tags"), FieldPanel("businesses")], heading=_("Classification")
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("authors"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("regions", [index.SearchField("name")]),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("lead"),
        TranslatableField("body"),
        SynchronizedField("authors"),
        SynchronizedField("lead_image"),
        SynchronizedField("print_start"),
        SynchronizedField("print_end"),
        SynchronizedField("regions"),
        SynchronizedField("businesses"),
        SynchronizedField("tags"),
    ]

    parent_page_types = ["travietpub.MagazineIssuePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("magazine article")
        verbose_name_plural = _("magazine articles")

    def clean(self):
        super().clean()
        if self.print_start and self.print_end and self.print_end < self.print_start:
            raise ValidationError({"print_end": gettext("The last page comes before the first.")})

    def search_date(self):
        """The date of its issue (the parent), as the page shows it: an article has no date of its own. One small
        query, made when the page is indexed; none when the issue's date was annotated as `issue_date`."""
        if "issue_date" in self.__dict__:
            return self.__dict__["issue_date"]
        if not self.path or self.depth <= 1:
            return None
        return (
            MagazineIssuePage.objects.filter(path=self.path[: -self.steplen])
            .values_list("issue_date", flat=True)
            .first()
        )

    @property
    def print_range(self):
        if not self.print_start:
            return ""
        if self.print_end and self.print_end != self.print_start:
            return f"{self.print_start}–{self.print_end}"
        return str(self.print_start)

    def structured_data(self, request, context):
        """Article, part of its issue (loaded by get_context), dated by the issue."""
        issue = context.get("issue")
        authors = [name.strip() for name in self.authors.split(",") if name.strip()]
        part_of = None
        if issue is not None:
            part_of = {
                "@type": "PublicationIssue",
                "issueNumber": str(issue.number),
                "datePublished": issue.issue_date.isoformat(),
                "url": issue.get_full_url(request),
            }
        return ld.creative_work(
            request,
            self,
            "Article",
            headline=self.title[:110],
            datePublished=issue.issue_date.isoformat() if issue is not None else None,
            author=[{"@type": "Person", "name": name} for name in authors] or [ld.organisation(request)],
            image=[ld.image_url(request, self.lead_image)] if self.lead_image_id else None,
            isPartOf=part_of,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issue = MagazineIssuePage.objects.select_related("pdf").get(path=self.path[: -self.steplen])
        context["issue"] = issue
        context["regions"] = list(self.regions.all())
        context["topics"] = list(self.tags.all())
        context["businesses"] = list(self.businesses.select_related("region"))
        context["directory"] = (
            TeaDirectoryPage.objects.live().public().filter(locale_id=self.locale_id).only("id", "url_path").first()
            if context["businesses"]
            else None
        )
        pages = []
        if self.print_start:
            pages = list(
                MagazinePrintPage.objects.filter(
                    issue_id=issue.print_pages_source().pk,
                    number__gte=self.print_start,
                    number__lte=self.print_end or self.print_start,
                )
                .order_by("number")
                .defer("text")
            )
        context["print_pages"] = pages
        return context


class TeaDirectoryPage(BasePage):
    """The directory of Thai Nguyen tea businesses and brands (?region= keeps one region)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    parent_page_types = ["travietpub.MagazineIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tea directory")
        verbose_name_plural = _("tea directories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        regions = list(TeaRegion.objects.filter(businesses__isnull=False).distinct().order_by("name"))
        businesses = TeaBusiness.objects.select_related("region", "logo").order_by("name")
        selected = None
        raw = request.GET.get("region", "").strip()
        if raw:
            selected = next((region for region in regions if region.slug == raw), None)
            if selected is None:
                context["filter_error"] = gettext("Unknown region; all businesses are shown.")
            else:
                businesses = businesses.filter(region=selected)
        page_obj = Paginator(businesses, BUSINESSES_PER_PAGE).get_page(request.GET.get("page"))
        listed = list(page_obj.object_list)
        # The live articles of this language that mention the businesses shown (one query for all of them).
        through = MagazineArticlePage.businesses.through
        mentions = {}
        links = (
            through.objects.filter(
                teabusiness_id__in=[b.pk for b in listed],
                magazinearticlepage__live=True,
                magazinearticlepage__locale_id=self.locale_id,
            )
            .select_related("magazinearticlepage")
            .only("teabusiness_id", "magazinearticlepage__title", "magazinearticlepage__url_path")
            .order_by("-magazinearticlepage__first_published_at")
        )
        for link in links:
            mentions.setdefault(link.teabusiness_id, []).append(link.magazinearticlepage)
        for business in listed:
            business.mentions = mentions.get(business.pk, [])
        context.update(page_obj=page_obj, businesses=listed, regions=regions, selected_region=selected)
        return context


# --- The printed pages of an issue (made by the importer) ------------------------------------------------------
def _page_upload(instance, filename):
    return f"traviet/{instance.issue_id}/{filename}"


class MagazinePrintPage(models.Model):
    """One printed page of an issue: its image for the reader, a thumbnail for the page index, and its text."""

    issue = models.ForeignKey(MagazineIssuePage, on_delete=models.CASCADE, related_name="print_pages")
    number = models.PositiveSmallIntegerField(_("page"))
    image = models.ImageField(_("image"), upload_to=_page_upload, width_field="width", height_field="height")
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    # Not Wagtail's "thumbnail" (wagtailmedia's poster image): a context of its own.
    thumbnail = models.ImageField(pgettext_lazy("magazine page", "thumbnail"), upload_to=_page_upload)
    text = models.TextField(_("text"), blank=True)
    has_text_layer = models.BooleanField(_("has a text layer"), default=True)
    ocr = models.BooleanField(_("text from OCR"), default=False)

    class Meta:
        ordering = ["issue", "number"]
        verbose_name = _("printed page")
        verbose_name_plural = _("printed pages")
        constraints = [models.UniqueConstraint(fields=["issue", "number"], name="travietpub_printpage_unique_number")]

    def __str__(self):
        return f"{self.issue_id} p.{self.number}"
