"""Partner feeds (RSS or Atom) into news articles, and the YouTube channel's videos into draft video pages.

Each source is fetched with a timeout and a size cap, parsed with feedparser and cleaned with nh3 (the HTML
sanitiser the project relies on: only paragraphs, lists, emphasis, headings and links survive). Items are
recorded in :class:`IngestedItem`, so an item whose id or address was seen before is never created again. A
source that fails (timeout, HTTP error, invalid XML, a response that is too large) gets its error recorded and
logged; the others still run. Pages are made by the content apps through hooks (``portal_feed_article_maker``
in news, ``portal_video_importer`` in multimedia): this app never imports them.
"""

import datetime
import html as html_lib
import io
import logging
import re
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail import hooks

from thainguyen_portal.core.intake.fetch import FetchError, fetch
from thainguyen_portal.core.intake.images import PHOTO_FORMATS, check_image

from .models import FeedSource, IngestedItem

logger = logging.getLogger(__name__)

ARTICLE_MAKER_HOOK = "portal_feed_article_maker"
VIDEO_IMPORTER_HOOK = "portal_video_importer"

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"
IMAGE_TYPES = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/gif": "gif"}
FEED_IMAGE_FORMATS = PHOTO_FORMATS | {"GIF"}
_IMG_SRC = re.compile(r'<img[^>]+src="([^"]+)"', re.IGNORECASE)


class SourceError(Exception):
    pass


def clean_html(html):
    """The partner's HTML with nothing but safe structure and http(s)/mailto links."""
    cleaned = nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()
    if cleaned and not cleaned.startswith("<"):
        cleaned = f"<p>{cleaned}</p>"
    return cleaned


def parse_feed(body):
    """feedparser's result; SourceError when it is not a feed at all."""
    parsed = feedparser.parse(io.BytesIO(body))
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None) or "not a feed"
        raise SourceError(f"invalid feed: {reason}")
    if not parsed.entries and not parsed.feed:
        raise SourceError("invalid feed: no channel and no items")
    return parsed


def _entry_time(entry):
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.datetime(*value[:6], tzinfo=datetime.UTC)
            except (TypeError, ValueError):
                continue
    return None


def _entry_html(entry):
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary", "") or entry.get("description", "")


def _entry_image_url(entry, base):
    for media in entry.get("media_content") or []:
        if media.get("url") and (media.get("medium") == "image" or str(media.get("type", "")).startswith("image/")):
            return urljoin(base, media["url"])
    for link in entry.get("links") or []:
        if link.get("rel") == "enclosure" and str(link.get("type", "")).startswith("image/") and link.get("href"):
            return urljoin(base, link["href"])
    for thumb in entry.get("media_thumbnail") or []:
        if thumb.get("url"):
            return urljoin(base, thumb["url"])
    found = _IMG_SRC.search(_entry_html(entry))
    return urljoin(base, found.group(1)) if found else None


def fetch_image(url, title):
    """A Wagtail image made from `url`, or None (logged) when it is too large, not an image or unreachable."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    try:
        data, content_type = fetch(
            url, settings.SYNDICATION_IMAGE_MAX_BYTES, timeout=settings.SYNDICATION_FETCH_TIMEOUT, accept="image/*"
        )
        extension = IMAGE_TYPES.get(content_type)
        if extension is None:
            raise FetchError(f"not an image: {content_type}")
        check_image(url[-120:], data, formats=FEED_IMAGE_FORMATS)
    except (FetchError, ValidationError) as exc:
        logger.warning("feed image %s left out: %s", url, exc)
        return None
    Image = get_image_model()
    image = Image(title=title[:255])
    image.file = ImageFile(io.BytesIO(data), name=f"feed-image.{extension}")
    try:
        image.full_clean(exclude=["collection"])
    except ValidationError as exc:
        logger.warning("feed image %s left out: %s", url, exc)
        return None
    image.save()
    return image


@dataclass
class Result:
    created: int = 0
    skipped: int = 0


def article_maker():
    makers = hooks.get_hooks(ARTICLE_MAKER_HOOK)
    if not makers:
        raise SourceError("no content app makes articles from feeds (portal_feed_article_maker hook)")
    return makers[0]()


def ingest_source(source, now=None):
    """Bring in the source's new items. Raises SourceError (or FetchError) when the source itself fails."""
    body, _content_type = fetch(
        source.url, settings.SYNDICATION_FEED_MAX_BYTES, timeout=settings.SYNDICATION_FETCH_TIMEOUT, accept=FEED_TYPES
    )
    parsed = parse_feed(body)
    maker = article_maker()
    section = source.section
    result = Result()
    entries = list(parsed.entries)[: settings.SYNDICATION_MAX_ITEMS_PER_RUN]
    keys = [(str(e.get("id") or e.get("link") or "")[:500], str(e.get("link") or "")[:1000]) for e in entries]
    seen_guids = set(
        IngestedItem.objects.filter(
            kind=IngestedItem.Kind.FEED, source=source, guid__in=[g for g, _l in keys if g]
        ).values_list("guid", flat=True)
    )
    seen_links = set(
        IngestedItem.objects.filter(link__in=[link for _g, link in keys if link]).values_list("link", flat=True)
    )
    for entry, (guid, link) in zip(entries, keys, strict=True):
        title = strip_tags(entry.get("title", "")).strip()[:255]
        if not guid or not title:
            result.skipped += 1
            continue
        if guid in seen_guids or (link and link in seen_links):
            result.skipped += 1
            continue
        html = clean_html(_entry_html(entry))
        summary = " ".join(html_lib.unescape(strip_tags(entry.get("summary", "") or html)).split())
        image = None
        if source.fetch_images:
            image_url = _entry_image_url(entry, source.url)
            if image_url:
                image = fetch_image(image_url, title)
        with transaction.atomic():
            page = maker(
                parent=section,
                title=title,
                summary=summary,
                html=html,
                link=link,
                published=_entry_time(entry) or now or timezone.now(),
                source_name=source.name,
                image=image,
                live=source.publish_live,
            )
            IngestedItem.objects.create(
                kind=IngestedItem.Kind.FEED, source=source, guid=guid, link=link, title=title, page=page
            )
        seen_guids.add(guid)
        if link:
            seen_links.add(link)
        result.created += 1
    return result


def ingest_all(sources=None, now=None):
    """Run every enabled source; one source's failure is recorded on it and never stops the others.

    Returns {source name: number created or the error message}."""
    now = now or timezone.now()
    report = {}
    sources = FeedSource.objects.filter(enabled=True).select_related("section") if sources is None else sources
    for source in sources:
        source.last_run_at = now
        try:
            result = ingest_source(source, now=now)
        except (FetchError, SourceError) as exc:
            error = str(exc)
        except Exception as exc:  # a bug or a page the content app refused: record it, go on with the next source
            logger.exception("partner feed %s failed", source.name)
            error = f"{type(exc).__name__}: {exc}"
        else:
            source.last_success_at = now
            source.last_item_count = result.created
            source.save(update_fields=["last_run_at", "last_success_at", "last_item_count"])
            report[source.name] = result.created
            continue
        logger.warning("partner feed %s (%s) skipped: %s", source.name, source.url, error)
        source.last_error, source.last_error_at, source.last_item_count = error[:2000], now, 0
        source.save(update_fields=["last_run_at", "last_error", "last_error_at", "last_item_count"])
        report[source.name] = error
    return report


# --- YouTube ----------------------------------------------------------------------------------------------------


def youtube_feed_url():
    channel = settings.SYNDICATION_YOUTUBE_CHANNEL_ID
    return f"{settings.SYNDICATION_YOUTUBE_FEED_URL}?channel_id={channel}" if channel else ""


def ingest_youtube(now=None):
    """New videos of the channel as draft video pages; returns the number created (0 when not configured)."""
    url = youtube_feed_url()
    importers = hooks.get_hooks(VIDEO_IMPORTER_HOOK)
    if not url or not importers:
        return 0
    importer = importers[0]()
    body, _content_type = fetch(
        url, settings.SYNDICATION_FEED_MAX_BYTES, timeout=settings.SYNDICATION_FETCH_TIMEOUT, accept=FEED_TYPES
    )
    parsed = parse_feed(body)
    videos = []
    for entry in parsed.entries[: settings.SYNDICATION_MAX_ITEMS_PER_RUN]:
        video_id = str(entry.get("yt_videoid") or "")
        if not video_id and str(entry.get("id", "")).startswith("yt:video:"):
            video_id = entry["id"].split(":", 2)[2]
        if re.fullmatch(r"[A-Za-z0-9_-]{11}", video_id or ""):
            videos.append((video_id, entry))
    ids = [video_id for video_id, _entry in videos]
    seen = set(
        IngestedItem.objects.filter(kind=IngestedItem.Kind.YOUTUBE, guid__in=ids).values_list("guid", flat=True)
    ) | set(importer["known_ids"](ids))
    created = 0
    for video_id, entry in videos:
        if video_id in seen:
            continue
        title = strip_tags(entry.get("title", "")).strip() or video_id
        description = ""
        group = entry.get("media_description") or entry.get("summary") or ""
        if group:
            description = strip_tags(str(group)).strip()
        with transaction.atomic():
            page = importer["create_draft"](
                video_id=video_id, title=title, description=description, published=_entry_time(entry)
            )
            if page is None:
                raise SourceError("no multimedia hub to put the videos in")
            IngestedItem.objects.create(
                kind=IngestedItem.Kind.YOUTUBE,
                guid=video_id,
                link=f"https://www.youtube.com/watch?v={video_id}",
                title=title[:500],
                page=page,
            )
        seen.add(video_id)
        created += 1
    return created
