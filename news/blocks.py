"""StreamField blocks only the news area uses (the shared ones come from thainguyen_portal.core.pages.blocks)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from thainguyen_portal.core.pages.blocks import AudioBlock, BaseBodyBlock, GalleryBlock, LinkBlock, VideoBlock


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "help"
        label = _("fact box")
        template = "news/blocks/fact_box.html"


class RelatedLinkBlock(LinkBlock):
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("outside address"), required=False)
    label = blocks.CharBlock(label=_("label"), required=False, max_length=200)


class RelatedLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    links = blocks.ListBlock(RelatedLinkBlock(), label=_("links"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("related links")
        template = "news/blocks/related_links.html"


class ArticleBodyBlock(BaseBodyBlock):
    """The shared body blocks (paragraph, heading, image, embed, quote, table, document) and the news ones."""

    gallery = GalleryBlock(label=_("image gallery"), template="news/blocks/gallery.html")
    # A reporter's own video or audio from the scene, uploaded in the chooser (captions required to publish).
    video = VideoBlock()
    audio = AudioBlock()
    fact_box = FactBoxBlock()
    related_links = RelatedLinksBlock()
