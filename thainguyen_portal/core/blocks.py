"""StreamField blocks shared by the page types of every area."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class MenuLinkBlock(blocks.StructBlock):
    """A menu entry: a page of the site (its title by default) or an outside address."""

    label = blocks.CharBlock(label=_("label"), required=False, max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("outside address"), required=False)

    class Meta:
        icon = "link"
        label = _("link")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an outside address."))}
            )
        if value.get("url") and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={"label": ValidationError(_("A link to an outside address needs a label."))}
            )
        return value


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=200, help_text=_("Photo: …"))

    class Meta:
        icon = "image"
        label = _("image")
        template = "core/blocks/captioned_image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("quote")
        template = "core/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("title"), required=False, help_text=_("The document's title when empty."))

    class Meta:
        icon = "doc-full"
        label = _("document link")
        template = "core/blocks/document_link.html"


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("caption"), required=False)
    table = TableBlock(label=_("table"))

    class Meta:
        icon = "table"
        label = _("table")
        template = "core/blocks/table.html"


class BaseBodyBlock(blocks.StreamBlock):
    """The body blocks every text page offers; areas add their own blocks to a subclass."""

    heading = blocks.CharBlock(
        label=_("heading"), form_classname="title", icon="title", template="core/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4", "superscript", "subscript"],
    )
    image = CaptionedImageBlock()
    embed = EmbedBlock(label=_("embed"), help_text=_("A YouTube or Facebook address."), icon="media")
    quote = QuoteBlock()
    table = TableWithCaptionBlock()
    document = DocumentLinkBlock()
