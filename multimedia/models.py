"""Multimedia: layered stories, videos, photo galleries, infographics and podcasts, and their hub.

Audio and video files are wagtailmedia items of our own model, :class:`PortalMedia`, which carries the WebVTT
captions track and the transcript. Publishing is refused while a caption, a transcript, a text alternative or an
image's alt text is missing (:mod:`multimedia.checks`, enforced by
:class:`thainguyen_portal.core.pages.forms.AccessibleContentForm`).
"""

import mimetypes
import re
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtailmedia.edit_handlers import MediaChooserPanel
from wagtailmedia.models import AbstractMedia

from thainguyen_portal.core.metadata import structured_data as ld
from thainguyen_portal.core.models import BasePage, IntroPage
from thainguyen_portal.core.pages.blocks import CaptionedImageBlock, ChartBlock
from thainguyen_portal.core.pages.forms import AccessibleContentForm

from .blocks import (
    PHOTO_TEMPLATE,
    RICH_TEXT_FEATURES,
    ChapterBlock,
    EpisodeBlock,
    KeyFigureBlock,
    SourceBlock,
)
from .checks import accessibility_problems

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"}


def validate_webvtt(file):
    FileExtensionValidator(["vtt"])(file)
    if file.size > settings.MULTIMEDIA_MAX_CAPTIONS_SIZE:
        raise ValidationError(_("The captions file is too large."))
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(10)
    file.seek(position)
    if isinstance(head, bytes):
        head = head.decode("utf-8-sig", errors="replace")
    if not head.lstrip("\ufeff").startswith("WEBVTT"):
        raise ValidationError(_("The captions file is not WebVTT: it must start with WEBVTT."))


# Each language named in itself, as a reader looking for it would name it.
CAPTION_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]


class PortalMedia(AbstractMedia):
    """A wagtailmedia audio or video file with its captions (WebVTT: a first track in `captions_language` and an
    optional second one in the other language) and its transcript."""

    captions = models.FileField(
        _("captions (WebVTT)"),
        upload_to="media_captions",
        blank=True,
        validators=[validate_webvtt],
        help_text=_("A .vtt file; required before a video can be published."),
    )
    captions_language = models.CharField(_("captions language"), max_length=10, choices=CAPTION_LANGUAGES, default="vi")
    second_captions = models.FileField(
        _("captions in the other language (WebVTT)"),
        upload_to="media_captions",
        blank=True,
        validators=[validate_webvtt],
        help_text=_("Optional: English captions when the first track is Vietnamese, Vietnamese when it is English."),
    )
    transcript = models.TextField(_("transcript"), blank=True)

    admin_form_fields = AbstractMedia.admin_form_fields + (
        "captions",
        "captions_language",
        "second_captions",
        "transcript",
    )

    class Meta(AbstractMedia.Meta):
        verbose_name = _("media file")
        verbose_name_plural = _("media files")

    def clean(self, *args, **kwargs):
        super().clean(*args, **kwargs)
        if self.second_captions and not self.captions:
            raise ValidationError({"second_captions": _("Add the first captions track before a second one.")})
        limit = settings.MULTIMEDIA_MAX_VIDEO_SIZE if self.type == "video" else settings.MULTIMEDIA_MAX_AUDIO_SIZE
        if self.file and self.file.size > limit:
            raise ValidationError(
                {"file": _("The file is larger than %(size)d MB.") % {"size": limit // (1024 * 1024)}}
            )

    @property
    def caption_tracks(self):
        """The captions tracks, first track first: ``[{"url", "language", "label"}]`` (a language's own name)."""
        names = dict(CAPTION_LANGUAGES)
        other = "en" if self.captions_language == "vi" else "vi"
        return [
            {"url": file.url, "language": language, "label": names[language]}
            for file, language in ((self.captions, self.captions_language), (self.second_captions, other))
            if file
        ]

    @property
    def caption_languages(self):
        return [track["language"] for track in self.caption_tracks]

    @property
    def mime_type(self):
        return mimetypes.guess_type(self.filename)[0] or "application/octet-stream"

    @property
    def size(self):
        try:
            return self.file.size
        except (OSError, ValueError):
            return 0


class MultimediaPage(BasePage):
    """What every multimedia format shares: a summary and a cover image for the hub and the home page."""

    base_form_class = AccessibleContentForm

    summary = models.TextField(_("summary"), blank=True, help_text=_("Two or three sentences for listings."))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["multimedia.MultimediaIndexPage"]
    subpage_types = []
    format_key = ""
    format_label = ""

    search_fields = BasePage.search_fields + [index.SearchField("summary")]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("summary"),
        SynchronizedField("cover_image"),
    ]
    listing_panels = [FieldPanel("summary"), FieldPanel("cover_image")]

    class Meta:
        abstract = True

    def accessibility_problems(self, user=None):
        return accessibility_problems(self, user)

    def get_meta_description(self):
        return self.search_description or self.summary


class MultimediaIndexPage(IntroPage):
    """The hub: the featured story on top, then every format, filtered by format and paginated."""

    featured_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("featured story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The newest layered story when empty."),
    )

    content_panels = IntroPage.content_panels + [FieldPanel("featured_page")]
    translatable_fields = IntroPage.translatable_fields + [SynchronizedField("featured_page")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "multimedia.LayeredStoryPage",
        "multimedia.VideoPage",
        "multimedia.GalleryPage",
        "multimedia.InfographicPage",
        "multimedia.PodcastPage",
    ]

    class Meta:
        verbose_name = _("multimedia hub")
        verbose_name_plural = _("multimedia hubs")

    @staticmethod
    def formats():
        return {model.format_key: model for model in MULTIMEDIA_MODELS}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        formats = self.formats()
        chosen = request.GET.get("format", "")
        items = Page.objects.child_of(self).live().public()
        if chosen and chosen not in formats:
            context["format_error"] = _("There is no format “%(format)s”: showing every format.") % {
                "format": chosen[:40]
            }
            chosen = ""
        if chosen:
            items = items.type(formats[chosen])
        featured = None
        if not chosen:
            # The featured story is left out of the listing on every page (so pages never overlap) and shown
            # above it on the first page only.
            featured = self._featured()
            if featured is not None:
                items = items.exclude(pk=featured.pk)
        items = items.order_by("-first_published_at", "-pk").defer_streamfields().specific()
        page_obj = Paginator(items, settings.MULTIMEDIA_PER_PAGE).get_page(request.GET.get("page"))
        cards = list(page_obj.object_list)
        if page_obj.number > 1:
            featured = None
        attach_cover_images(cards + ([featured] if featured else []))
        context.update(
            featured=featured,
            page_obj=page_obj,
            cards=cards,
            chosen_format=chosen,
            format_choices=[(model.format_key, model.format_label) for model in MULTIMEDIA_MODELS],
        )
        return context

    def _featured(self):
        if self.featured_page_id:
            candidates = Page.objects.filter(pk=self.featured_page_id)
        else:
            candidates = Page.objects.child_of(self).type(LayeredStoryPage).order_by("-first_published_at")
        page = candidates.live().public().defer_streamfields().specific().first()
        return page if isinstance(page, MultimediaPage) else None


COVER_RENDITIONS = ("fill-480x270|format-webp", "fill-960x540|format-webp", "fill-480x270|format-jpeg")


def attach_cover_images(pages):
    """Give each page its cover image (with its renditions) in two queries, whatever the number of pages."""
    ids = {page.cover_image_id for page in pages if getattr(page, "cover_image_id", None)}
    if not ids:
        return
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(*COVER_RENDITIONS).in_bulk()
    for page in pages:
        if page.cover_image_id in images:
            page.cover_image = images[page.cover_image_id]


class LayeredStoryPage(MultimediaPage):
    """The flagship: layer 1 the essentials, layer 2 the chapters, layer 3 "Tìm hiểu thêm" under each chapter."""

    format_key = "story"
    format_label = _("Layered stories")

    standfirst = models.TextField(_("standfirst"), help_text=_("The headline's lead, one or two sentences."))
    key_points = StreamField(
        [("point", blocks.CharBlock(label=_("key point"), max_length=300))],
        min_num=3,
        max_num=5,
        verbose_name=_("key points"),
        help_text=_("Three to five points: the story at a glance."),
    )
    key_figures = StreamField([("figure", KeyFigureBlock())], blank=True, max_num=6, verbose_name=_("key figures"))
    chapters = StreamField([("chapter", ChapterBlock())], min_num=1, verbose_name=_("chapters"))
    sources = StreamField([("source", SourceBlock())], blank=True, verbose_name=_("sources"))
    related = StreamField(
        [("page", blocks.PageChooserBlock(label=_("story"), page_type=["multimedia.LayeredStoryPage"]))],
        blank=True,
        max_num=4,
        verbose_name=_("related stories"),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("standfirst"), FieldPanel("cover_image"), FieldPanel("key_points"), FieldPanel("key_figures")],
            heading=_("Layer 1: the essentials"),
        ),
        FieldPanel("chapters", heading=_("Layer 2 and 3: chapters and what lies deeper")),
        FieldPanel("sources"),
        FieldPanel("related"),
        FieldPanel("summary"),
    ]
    search_fields = MultimediaPage.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("key_points"),
        index.SearchField("chapters"),
    ]
    translatable_fields = MultimediaPage.translatable_fields + [
        TranslatableField("standfirst"),
        TranslatableField("key_points"),
        TranslatableField("key_figures"),
        TranslatableField("chapters"),
        TranslatableField("sources"),
        SynchronizedField("related"),
    ]

    class Meta:
        verbose_name = _("layered story")
        verbose_name_plural = _("layered stories")

    def structured_data(self, request, context):
        """A layered story is a long-form Article."""
        return ld.creative_work(
            request,
            self,
            "Article",
            headline=self.title[:110],
            description=self.meta_description(),
            image=[ld.image_url(request, self.cover_image)] if self.cover_image_id else None,
            author=[ld.organisation(request)],
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = [
            {"number": number, "anchor": f"chuong-{number}", "value": chapter.value}
            for number, chapter in enumerate(self.chapters, start=1)
        ]
        related = [block.value for block in self.related if block.value is not None and block.value.live]
        context["related_pages"] = related
        return context


class VideoPage(MultimediaPage):
    format_key = "video"
    format_label = _("Videos")

    video = models.ForeignKey(
        "multimedia.PortalMedia",
        verbose_name=_("uploaded video"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"type": "video"},
    )
    youtube_url = models.URLField(_("YouTube address"), blank=True)
    youtube_has_captions = models.BooleanField(
        _("the YouTube video has Vietnamese captions"),
        default=False,
        help_text=_("Required to publish a YouTube video: turn captions on in YouTube Studio first."),
    )
    poster = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster frame"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    duration = models.PositiveIntegerField(
        _("duration (seconds)"), null=True, blank=True, help_text=_("The uploaded file's duration when empty.")
    )
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    transcript = models.TextField(
        _("transcript"), blank=True, help_text=_("The uploaded file's transcript when empty.")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                # wagtailmedia's chooser, video only, with an upload tab for whoever may add media (reporters).
                MediaChooserPanel("video", media_type="video"),
                FieldPanel("youtube_url"),
                FieldPanel("youtube_has_captions"),
            ],
            heading=_("The video: an uploaded file or a YouTube address"),
        ),
        FieldPanel("poster"),
        FieldPanel("duration"),
        FieldPanel("description"),
        FieldPanel("transcript"),
        *MultimediaPage.listing_panels,
    ]
    search_fields = MultimediaPage.search_fields + [index.SearchField("description"), index.SearchField("transcript")]
    translatable_fields = MultimediaPage.translatable_fields + [
        TranslatableField("description"),
        TranslatableField("transcript"),
        SynchronizedField("video"),
        SynchronizedField("youtube_url"),
        SynchronizedField("youtube_has_captions"),
        SynchronizedField("poster"),
        SynchronizedField("duration"),
    ]

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def clean(self):
        super().clean()
        if bool(self.video_id) == bool(self.youtube_url):
            raise ValidationError(_("Choose an uploaded video or enter a YouTube address (one of the two)."))
        if self.youtube_url and not self.youtube_id:
            raise ValidationError({"youtube_url": _("This is not the address of a YouTube video.")})

    @property
    def youtube_id(self):
        return youtube_id(self.youtube_url)

    @property
    def youtube_embed_url(self):
        return f"https://www.youtube-nocookie.com/embed/{self.youtube_id}?cc_load_policy=1&hl=vi&rel=0"

    @property
    def transcript_text(self):
        return self.transcript or (self.video.transcript if self.video_id else "")

    @property
    def duration_display(self):
        seconds = self.duration_seconds or 0
        return (
            f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
            if seconds >= 3600
            else f"{seconds // 60}:{seconds % 60:02d}"
        )

    @property
    def duration_seconds(self):
        if self.duration:
            return self.duration
        return int(self.video.duration) if self.video_id and self.video.duration else None

    @property
    def thumbnail_url_path(self):
        """The poster, else the uploaded file's thumbnail, else YouTube's own one (absolute or a path); the cover
        image only when the page has already loaded it (no query)."""
        if self.poster_id:
            return self.poster.file.url
        if self.video_id and self.video.thumbnail:
            return self.video.thumbnail.url
        if self.youtube_id:
            return f"https://i.ytimg.com/vi/{self.youtube_id}/hqdefault.jpg"
        cover = ld.loaded(self, "cover_image")
        return cover.file.url if cover is not None else ""

    def structured_data(self, request, context):
        """VideoObject: dated by the page's first publication (the date the page shows)."""
        data = ld.creative_work(
            request,
            self,
            "VideoObject",
            thumbnailUrl=[ld.absolute(request, self.thumbnail_url_path)] if self.thumbnail_url_path else None,
            uploadDate=self.first_published_at.isoformat() if self.first_published_at else None,
            duration=ld.iso_duration(self.duration_seconds),
        )
        data.setdefault("description", self.title)  # required by search engines for a video
        if self.video_id:
            data["contentUrl"] = ld.absolute(request, self.video.url)
        elif self.youtube_id:
            data["embedUrl"] = f"https://www.youtube-nocookie.com/embed/{self.youtube_id}"
            data["sameAs"] = self.youtube_url
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = list(
            VideoPage.objects.sibling_of(self, inclusive=False)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-first_published_at")[:3]
        )
        attach_cover_images(related)
        context["related_videos"] = related
        return context


def youtube_id(url):
    """The 11-character id of a YouTube video address (watch, youtu.be, embed, shorts), or None."""
    if not url:
        return None
    parts = urlsplit(url)
    if (parts.hostname or "").lower() not in YOUTUBE_HOSTS:
        return None
    if parts.hostname.lower() == "youtu.be":
        candidate = parts.path.strip("/")
    elif parts.path == "/watch":
        candidate = parse_qs(parts.query).get("v", [""])[0]
    else:
        pieces = parts.path.strip("/").split("/")
        candidate = pieces[1] if len(pieces) == 2 and pieces[0] in ("embed", "shorts", "live") else ""
    return candidate if YOUTUBE_ID.match(candidate or "") else None


class GalleryPage(MultimediaPage):
    format_key = "gallery"
    format_label = _("Photo galleries")

    intro = models.TextField(_("introduction"), blank=True)
    photos = StreamField(
        [("photo", CaptionedImageBlock(label=_("photo"), template=PHOTO_TEMPLATE))], min_num=1, verbose_name=_("photos")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("photos"),
        *MultimediaPage.listing_panels,
    ]
    search_fields = MultimediaPage.search_fields + [index.SearchField("intro"), index.SearchField("photos")]
    translatable_fields = MultimediaPage.translatable_fields + [TranslatableField("intro"), TranslatableField("photos")]

    class Meta:
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")

    def structured_data(self, request, context):
        """ImageGallery with its photos (their original files: no rendition is looked up)."""
        images = []
        for block in self.photos:
            photo = block.value
            if photo.get("image") is None:
                continue
            image = {"@type": "ImageObject", "contentUrl": ld.image_url(request, photo["image"])}
            if photo.get("caption"):
                image["caption"] = photo["caption"]
            if photo.get("credit"):
                image["creditText"] = photo["credit"]
            images.append(image)
        return ld.creative_work(request, self, "ImageGallery", image=images)


class InfographicPage(MultimediaPage):
    format_key = "infographic"
    format_label = _("Infographics")

    images = StreamField(
        [("image", CaptionedImageBlock(label=_("photo"), template=PHOTO_TEMPLATE)), ("chart", ChartBlock())],
        min_num=1,
        verbose_name=_("images and charts"),
        help_text=_("In reading order. A chart is drawn from the figures you type in, and they are its text."),
    )
    text_alternative = RichTextField(
        _("text alternative"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything the infographic says, as text (required to publish)."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("images"),
        FieldPanel("text_alternative"),
        *MultimediaPage.listing_panels,
    ]
    search_fields = MultimediaPage.search_fields + [index.SearchField("images"), index.SearchField("text_alternative")]
    translatable_fields = MultimediaPage.translatable_fields + [
        TranslatableField("images"),
        TranslatableField("text_alternative"),
    ]

    class Meta:
        verbose_name = _("infographic")
        verbose_name_plural = _("infographics")

    def structured_data(self, request, context):
        images = [
            ld.image_url(request, block.value["image"])
            for block in self.images
            if block.block_type == "image" and block.value.get("image") is not None
        ]
        return ld.creative_work(request, self, "Article", headline=self.title[:110], image=images)


class PodcastPage(RoutablePageMixin, MultimediaPage):
    """A podcast: its episodes (newest first) on the page and in an RSS feed with enclosures at ``feed/``."""

    format_key = "podcast"
    format_label = _("Podcasts")

    intro = RichTextField(_("about the podcast"), blank=True, features=RICH_TEXT_FEATURES)
    author = models.CharField(_("author"), max_length=200, default="Cổng Thông tin điện tử tỉnh Thái Nguyên")
    episodes = StreamField([("episode", EpisodeBlock())], blank=True, verbose_name=_("episodes"))

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("author"),
        FieldPanel("episodes"),
        *MultimediaPage.listing_panels,
    ]
    search_fields = MultimediaPage.search_fields + [index.SearchField("intro"), index.SearchField("episodes")]
    translatable_fields = MultimediaPage.translatable_fields + [
        TranslatableField("intro"),
        TranslatableField("episodes"),
        SynchronizedField("author"),
    ]

    class Meta:
        verbose_name = _("podcast")
        verbose_name_plural = _("podcasts")

    def episode_list(self):
        episodes = [{"id": block.id, **block.value} for block in self.episodes if block.value.get("audio")]
        for episode in episodes:  # shown before play too (the players load nothing until then)
            seconds = round(episode["audio"].duration or 0)
            episode["duration_seconds"] = seconds
            episode["duration_display"] = f"{seconds // 60}:{seconds % 60:02d}"
        return sorted(episodes, key=lambda episode: episode["published"], reverse=True)

    def search_date(self):
        """The newest episode's date (the page lists its episodes newest first, each dated); None without an
        episode, so the first publication is used."""
        dates = [episode["published"] for episode in self.episode_list() if episode.get("published")]
        return max(dates, default=None)

    def structured_data(self, request, context):
        """PodcastSeries with its episodes (PodcastEpisode, each with its audio), newest first."""
        url = self.get_full_url(request)
        episodes = []
        for episode in self.episode_list():
            audio = episode["audio"]
            media = {"@type": "AudioObject", "contentUrl": ld.absolute(request, audio.url)}
            duration = ld.iso_duration(audio.duration)
            if duration:
                media["duration"] = duration
            item = {
                "@type": "PodcastEpisode",
                "name": episode["title"],
                "url": f"{url}#tap-{episode['id']}",
                "associatedMedia": media,
            }
            if episode.get("published"):
                item["datePublished"] = episode["published"].isoformat()
            if duration:
                item["duration"] = duration
            episodes.append(item)
        return ld.creative_work(
            request,
            self,
            "PodcastSeries",
            author={"@type": "Organization", "name": self.author} if self.author else None,
            webFeed=ld.absolute(request, context.get("feed_url", "")),
            episode=episodes,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_url"] = self.get_url(request) + self.reverse_subpage("feed")
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        return super().index_route(request, *args, **kwargs)

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import PodcastFeed

        return PodcastFeed(self, request)(request)


MULTIMEDIA_MODELS = [LayeredStoryPage, VideoPage, GalleryPage, InfographicPage, PodcastPage]


def multimedia_content_types():
    return list(ContentType.objects.get_for_models(*MULTIMEDIA_MODELS).values())
