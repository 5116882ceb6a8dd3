"""The home page (one per language) and the simple standard pages."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from thainguyen_portal.core.metadata import structured_data as ld
from thainguyen_portal.core.models import BasePage
from thainguyen_portal.core.pages.blocks import BaseBodyBlock
from thainguyen_portal.core.publishing import renditions
from thainguyen_portal.core.publishing.slots import HOME_SLOTS_HOOK


class FeaturedPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    heading = blocks.CharBlock(label=_("heading"), required=False, help_text=_("The page's title when empty."))
    summary = blocks.TextBlock(label=_("summary"), required=False)
    image = ImageChooserBlock(label=_("image"), required=False)

    class Meta:
        icon = "pick"
        label = _("featured page")


class HomePage(BasePage):
    """The front page of one language. The Vietnamese one is the site root; the English one its translation."""

    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("banner image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured = StreamField(
        [("featured_page", FeaturedPageBlock())],
        blank=True,
        max_num=5,
        verbose_name=_("featured area"),
        help_text=_("The lead story first, then up to four more."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("tagline"), FieldPanel("intro"), FieldPanel("hero_image")], heading=_("Banner")),
        FieldPanel("featured"),
    ]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("tagline"),
        TranslatableField("intro"),
        TranslatableField("featured"),
        SynchronizedField("hero_image"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # One tree: the other languages' home pages are translations made by wagtail-localize.
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def rendition_specs(self):
        """The banner and the featured area's images, in the sizes home_page.html shows
        (core/publishing/renditions.py)."""
        specs = super().rendition_specs()
        specs.append(
            (self.hero_image_id, renditions.webp_and_fallback("fill-640x210", "fill-960x315", "fill-1280x420"))
        )
        for _kind, image_id in renditions.images_in_stream(self.featured):
            specs.append((image_id, renditions.LEAD + renditions.CARD))
        return specs

    def structured_data(self, request, context):
        """The site (WebSite, with the site search as its SearchAction) and the organisation that publishes it."""
        from django.urls import reverse

        from thainguyen_portal.core.models import PortalSettings

        url = self.get_full_url(request)
        organisation = ld.organisation(request, with_context=True)
        organisation["url"] = url
        portal = PortalSettings.for_request(request) if request is not None else None
        if portal is not None:
            accounts = [address for _key, _label, address in portal.social_accounts]
            if accounts:
                organisation["sameAs"] = accounts
        website = {
            "@context": ld.SCHEMA,
            "@type": "WebSite",
            "name": organisation["name"],
            "url": url,
            "inLanguage": get_language(),
            "publisher": {"@type": "Organization", "name": organisation["name"], "url": url},
            "potentialAction": {
                "@type": "SearchAction",
                "target": {
                    "@type": "EntryPoint",
                    "urlTemplate": ld.absolute(request, reverse("search")) + "?q={search_term_string}",
                },
                "query-input": "required name=search_term_string",
            },
        }
        description = self.meta_description()
        if description:
            website["description"] = description
        return [website, organisation]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        slots = [slot for fn in hooks.get_hooks(HOME_SLOTS_HOOK) if (slot := fn(request, self))]
        context["slots"] = sorted(slots, key=lambda slot: (slot.order, slot.key))
        return context


class StandardPage(BasePage):
    """Introduction, contacts, the spokesperson's page, the official social accounts and the like."""

    intro = models.TextField(_("lead"), blank=True)
    body = StreamField(BaseBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro"), TranslatableField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def search_date(self):
        """The last publication: the page shows it as "Updated …" (it has no date field of its own)."""
        return self.last_published_at

    def structured_data(self, request, context):
        return ld.creative_work(request, self, "WebPage")
