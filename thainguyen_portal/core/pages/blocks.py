"""StreamField blocks shared by the page types of every area."""

import hashlib

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AbstractMediaChooserBlock

from . import charts


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an outside address, which then needs its label. Subclasses declare the
    optional ``page``, ``url`` and ``label`` blocks (in their order, with their lengths)."""

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


class MenuLinkBlock(LinkBlock):
    """A menu entry: a page of the site (its title by default) or an outside address."""

    label = blocks.CharBlock(label=_("label"), required=False, max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("outside address"), required=False)


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=200, help_text=_("Photo: …"))

    class Meta:
        icon = "image"
        label = _("image")
        template = "core/blocks/captioned_image.html"


class GalleryBlock(blocks.StructBlock):
    """A title and at least two captioned images. Areas give it their label and template; multimedia stored its list
    as ``photos`` (``list_name``), news as ``images``: the names stay, so stored pages stay valid."""

    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)

    def __init__(self, local_blocks=None, *, list_name="images", list_label=None, **kwargs):
        images = blocks.ListBlock(CaptionedImageBlock(), label=list_label or _("images"), min_num=2)
        super().__init__([*(local_blocks or []), (list_name, images)], **kwargs)

    class Meta:
        icon = "image"
        label = _("gallery")


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


class ChartRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("label"), max_length=80, help_text=_("For example 2026, or a commune's name."))
    value = blocks.DecimalBlock(label=_("value"), max_digits=16, decimal_places=3)

    class Meta:
        icon = "list-ul"
        label = _("figure")


class ChartBlock(blocks.StructBlock):
    """Figures an editor types in, drawn as an SVG chart on the server (core/pages/charts.py does the arithmetic) and
    given again as a table, which is what screen readers and print read."""

    title = blocks.CharBlock(label=_("title"), max_length=200)
    unit = blocks.CharBlock(
        label=_("unit"), required=False, max_length=40, help_text=_("For example: thousand ha, billion đồng, %.")
    )
    kind = blocks.ChoiceBlock(
        label=_("chart"),
        choices=[
            (charts.BAR, _("Horizontal bars (to compare)")),
            (charts.COLUMN, _("Columns (years, months)")),
            (charts.LINE, _("Line (a change over time)")),
        ],
        default=charts.BAR,
    )
    rows = blocks.ListBlock(ChartRowBlock(), label=_("figures"), max_num=24)
    source = blocks.CharBlock(label=_("source"), required=False, max_length=300)
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "table"
        label = _("chart")
        template = "core/blocks/chart.html"

    def clean(self, value):
        value = super().clean(value)
        rows = value.get("rows") or []
        if not rows:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "rows": ListBlockValidationError(
                        non_block_errors=ErrorList([ValidationError(_("A chart needs at least one figure."))])
                    )
                }
            )
        if value.get("kind") in (charts.BAR, charts.COLUMN):
            errors = {
                index: blocks.StructBlockValidationError(
                    block_errors={
                        "value": ValidationError(_("Bars and columns cannot show a negative figure; choose a line."))
                    }
                )
                for index, row in enumerate(rows)
                if row.get("value") is not None and row["value"] < 0
            }
            if errors:
                raise blocks.StructBlockValidationError(
                    block_errors={"rows": ListBlockValidationError(block_errors=errors)}
                )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        rows = [(row["label"], row["value"]) for row in value["rows"] if row.get("value") is not None]
        unit = value.get("unit") or ""
        if rows:
            context["chart"] = charts.geometry(value["kind"], rows, unit)
            context["description"] = charts.describe(value["kind"], rows, unit)
        context["figures"] = [(label, charts.format_number(number)) for label, number in rows]
        digest = hashlib.sha1(repr((value.get("title"), rows)).encode(), usedforsecurity=False).hexdigest()
        context["chart_id"] = f"chart-{digest[:10]}"
        return context


class MediaChooserBlock(AbstractMediaChooserBlock):
    """A wagtailmedia item, for any area (wagtailmedia's own blocks render no captions track). ``media_type`` limits
    it to "audio" or "video"; the chooser then offers only that type, with an upload tab for who may add media.

    It renders an HTML5 player with ``preload="none"``, the poster frame and the WebVTT captions track.
    """

    def __init__(self, required=True, help_text=None, validators=(), media_type=None, **kwargs):
        super().__init__(required=required, help_text=help_text, validators=validators, media_type=media_type, **kwargs)

    @property
    def widget(self):
        from wagtailmedia.widgets import AdminAudioChooser, AdminMediaChooser, AdminVideoChooser

        widget_class = {"audio": AdminAudioChooser, "video": AdminVideoChooser}.get(self.media_type, AdminMediaChooser)
        return widget_class()

    def render_basic(self, value, context=None):
        if not value:
            return ""
        return render_to_string("includes/player.html", {"item": value})

    class Meta:
        icon = "media"


class VideoBlock(blocks.StructBlock):
    video = MediaChooserBlock(label=_("video"), media_type="video")
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)

    class Meta:
        icon = "media"
        label = _("video")
        template = "core/blocks/media.html"


class AudioBlock(blocks.StructBlock):
    audio = MediaChooserBlock(label=_("audio"), media_type="audio")
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)

    class Meta:
        icon = "media"
        label = _("audio")
        template = "core/blocks/media.html"


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
