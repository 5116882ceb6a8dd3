"""StreamField blocks of the multimedia area: the blocks of layered stories (the media chooser and the video and audio
blocks are core's, shared with the news)."""

import re
from urllib.parse import parse_qs, urlencode, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# MediaChooserBlock: earlier migrations name it as multimedia.blocks.MediaChooserBlock.
from thainguyen_portal.core.pages.blocks import (  # noqa: F401
    AudioBlock,
    CaptionedImageBlock,
    ChartBlock,
    DocumentLinkBlock,
    GalleryBlock,
    MediaChooserBlock,
    QuoteBlock,
    TableWithCaptionBlock,
    VideoBlock,
)

# A captioned image drawn the multimedia way (core's CaptionedImageBlock, this template).
PHOTO_TEMPLATE = "multimedia/blocks/photo.html"
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]

# Map embeds are iframes of these services only (no script from anywhere else on our pages).
MAP_EMBED_PREFIXES = ("https://www.google.com/maps/embed", "https://www.openstreetmap.org/export/embed.html")


class InfographicBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    image = ImageChooserBlock(label=_("image"))
    text_alternative = blocks.RichTextBlock(
        label=_("text alternative"),
        required=False,
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything the infographic says, as text (required to publish)."),
    )

    class Meta:
        icon = "image"
        label = _("infographic")
        template = "multimedia/blocks/infographic.html"

    def accessibility_problems(self, value):
        if not value.get("text_alternative") or not value["text_alternative"].source.strip():
            return [_("The infographic “%(title)s” has no text alternative.") % {"title": value.get("title")}]
        return []


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.RichTextBlock(label=_("text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "info-circle"
        label = _("fact box")
        template = "multimedia/blocks/fact_box.html"


class TimelineEventBlock(blocks.StructBlock):
    when = blocks.CharBlock(label=_("date"), max_length=50, help_text=_("For example 1947 or 19/8/1945."))
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.TextBlock(label=_("text"), required=False)


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=200)
    events = blocks.ListBlock(TimelineEventBlock(), label=_("events"), min_num=2)

    class Meta:
        icon = "time"
        label = _("timeline")
        template = "multimedia/blocks/timeline.html"


def validate_map_url(value):
    if value and not value.startswith(MAP_EMBED_PREFIXES):
        raise ValidationError(_("Use an embed address of Google Maps or OpenStreetMap."))


OSM_MAP = "https://www.openstreetmap.org/"
_OSM_FRAGMENT = re.compile(r"map=(\d+)/(-?\d+(?:\.\d+)?)/(-?\d+(?:\.\d+)?)")


def _number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def map_place(url, link=""):
    """The point a map embed shows, read from its addresses without any request: (latitude, longitude, zoom), or
    None. Understands OpenStreetMap's ``#map=zoom/lat/lon`` and ``mlat``/``mlon`` links and the ``marker`` and
    ``bbox`` (its centre) of its embed address."""
    for address in (link, url):
        if not address:
            continue
        parts = urlsplit(address)
        query = parse_qs(parts.query)
        found = _OSM_FRAGMENT.search(parts.fragment)
        if found:
            return _number(found[2]), _number(found[3]), int(found[1])
        lat, lon = _number(query.get("mlat", [None])[0]), _number(query.get("mlon", [None])[0])
        if lat is not None and lon is not None:
            return lat, lon, 15
        marker = query.get("marker", [""])[0].split(",")
        if len(marker) == 2 and None not in (point := [_number(value) for value in marker]):
            return point[0], point[1], 15
        box = [_number(value) for value in query.get("bbox", [""])[0].split(",")]
        if len(box) == 4 and None not in box:
            west, south, east, north = box
            return round((south + north) / 2, 5), round((west + east) / 2, 5), 14
    return None


class MapEmbedBlock(blocks.StructBlock):
    """A map that costs the reader nothing until asked for: the place, its coordinates and a link to the full map
    are on the page (no request elsewhere, so they show on a slow link or none); the interactive map, an iframe of
    the embed address, loads only when the reader asks for it (multimedia.js). Without a script the card and its
    link are the map."""

    title = blocks.CharBlock(
        label=_("title"), max_length=200, help_text=_("What the map shows (read by screen readers).")
    )
    url = blocks.URLBlock(label=_("embed address"), validators=[validate_map_url])
    link = blocks.URLBlock(label=_("link to the full map"), required=False)

    class Meta:
        icon = "site"
        label = _("map")
        template = "multimedia/blocks/map.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        place = map_place(value.get("url"), value.get("link"))
        full_map = value.get("link")
        if place:
            latitude, longitude, zoom = place
            context["latitude"], context["longitude"] = f"{latitude:.4f}", f"{longitude:.4f}"
            if not full_map:
                query = urlencode({"mlat": latitude, "mlon": longitude})
                full_map = f"{OSM_MAP}?{query}#map={zoom}/{latitude}/{longitude}"
        context["full_map"] = full_map or value.get("url")
        return context


class BeforeAfterBlock(blocks.StructBlock):
    before = ImageChooserBlock(label=_("before"))
    before_label = blocks.CharBlock(label=_("label before"), max_length=100)
    after = ImageChooserBlock(label=_("after"))
    after_label = blocks.CharBlock(label=_("label after"), max_length=100)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=500)

    class Meta:
        icon = "image"
        label = _("before and after")
        template = "multimedia/blocks/before_after.html"


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=300)
    publisher = blocks.CharBlock(label=_("publisher"), required=False, max_length=200)
    url = blocks.URLBlock(label=_("address"), required=False)

    class Meta:
        icon = "link"
        label = _("source")
        template = "multimedia/blocks/source.html"


class DataTableBlock(TableWithCaptionBlock):
    """core's table block; its template draws the same real table as core's (core/blocks/table.html)."""

    class Meta:
        template = "multimedia/blocks/table.html"


class ChapterBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(label=_("paragraph"), features=RICH_TEXT_FEATURES)
    image = CaptionedImageBlock(label=_("full-width image"), template=PHOTO_TEMPLATE)
    video = VideoBlock()
    audio = AudioBlock()
    gallery = GalleryBlock(list_name="photos", list_label=_("photos"), template="multimedia/blocks/gallery.html")
    infographic = InfographicBlock()
    chart = ChartBlock()
    quote = QuoteBlock()
    fact_box = FactBoxBlock()
    timeline = TimelineBlock()
    map = MapEmbedBlock()
    before_after = BeforeAfterBlock()


class DeeperBlock(blocks.StreamBlock):
    """Layer 3: "Tìm hiểu thêm" under a chapter."""

    background = blocks.RichTextBlock(label=_("background"), features=RICH_TEXT_FEATURES)
    table = DataTableBlock()
    document = DocumentLinkBlock()
    source = SourceBlock()


class ChapterBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    body = ChapterBodyBlock(label=_("narrative"))
    deeper = DeeperBlock(label=_("read deeper"), required=False, help_text=_("Background, data, documents, sources."))

    class Meta:
        icon = "doc-full"
        label = _("chapter")


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("figure"), max_length=30, help_text=_("For example 22.000 or 8,5"))
    unit = blocks.CharBlock(label=_("unit"), required=False, max_length=30)
    label = blocks.CharBlock(label=_("what it counts"), max_length=200)

    class Meta:
        icon = "order"
        label = _("key figure")


class EpisodeBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    audio = MediaChooserBlock(label=_("audio"), media_type="audio")
    published = blocks.DateBlock(label=_("published on"))
    show_notes = blocks.RichTextBlock(label=_("show notes"), features=RICH_TEXT_FEATURES)
    transcript = blocks.TextBlock(
        label=_("transcript"), required=False, help_text=_("The audio file's transcript is used when empty.")
    )

    class Meta:
        icon = "media"
        label = _("episode")

    def accessibility_problems(self, value):
        audio = value.get("audio")
        if audio is not None and not (value.get("transcript") or "").strip() and not audio.transcript.strip():
            return [_("The episode “%(title)s” has no transcript.") % {"title": value.get("title")}]
        return []
