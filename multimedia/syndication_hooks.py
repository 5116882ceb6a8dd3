"""What the multimedia area gives the syndication app (thainguyen_portal.syndication, see docs/syndication.md).

* ``portal_api_resources``: live, public multimedia pages of every format for the partner API; YouTube videos
  give their embed address.
* ``portal_video_importer``: the YouTube channel's new videos become draft VideoPages under the multimedia hub.
"""

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.utils.html import escape, linebreaks
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from thainguyen_portal.core.text import vietnamese_slugify

from .models import MULTIMEDIA_MODELS, MultimediaIndexPage, VideoPage

API_RENDITION = "fill-1200x630"
NINJS_TYPES = {"video": "video", "podcast": "audio", "gallery": "picture", "infographic": "graphic"}


def multimedia_queryset():
    # .specific(): one query per format on the page of results (their own fields are all read).
    return Page.objects.live().public().type(*MULTIMEDIA_MODELS).specific()


def filter_by_format(queryset, value):
    model = {model.format_key: model for model in MULTIMEDIA_MODELS}[value]
    return queryset.type(model)


def multimedia_items(pages, request, detail):
    ids = {page.cover_image_id for page in pages if page.cover_image_id}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(API_RENDITION).in_bulk() if ids else {}
    languages = dict(Locale.objects.values_list("pk", "language_code")) if pages else {}
    items = []
    for page in pages:
        image = images.get(page.cover_image_id)
        rendition = image.get_rendition(API_RENDITION) if image else None
        item = {
            "id": page.pk,
            "url": page.get_full_url(request),
            "language": languages.get(page.locale_id, settings.LANGUAGE_CODE),
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "type": page.format_key,
            "type_label": str(page.format_label),
            "ninjs_type": NINJS_TYPES.get(page.format_key, "composite"),
            "published": page.first_published_at,
            "updated": page.last_published_at,
            "image": {
                "url": request.build_absolute_uri(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "alt": image.title,
            }
            if rendition
            else None,
        }
        if isinstance(page, VideoPage):
            item["youtube_url"] = page.youtube_url or None
            item["embed_url"] = page.youtube_embed_url if page.youtube_url and page.youtube_id else None
            item["duration"] = page.duration
        items.append(item)
    return items


def api_multimedia():
    return {
        "name": "multimedia",
        "label": apps.get_app_config("multimedia").verbose_name,
        "queryset": multimedia_queryset,
        "date_field": "first_published_at",
        "language_field": "locale__language_code",
        "order_by": ("-first_published_at", "-pk"),
        "types": [(model.format_key, model.format_label) for model in MULTIMEDIA_MODELS],
        "type_filter": filter_by_format,
        "order": 20,
        "items": multimedia_items,
        "ninjs": "composite",  # each item says its own type (video, audio, picture, graphic)
    }


# --- YouTube: new videos of the channel as drafts --------------------------------------------------------------


def known_video_ids(video_ids):
    """The ids among `video_ids` that a VideoPage (any language, draft or live) already embeds."""
    if not video_ids:
        return set()
    condition = Q()
    for video_id in video_ids:
        condition |= Q(youtube_url__contains=video_id)
    urls = list(VideoPage.objects.filter(condition).values_list("youtube_url", flat=True))
    return {video_id for video_id in video_ids if any(video_id in url for url in urls)}


def create_video_draft(video_id, title, description="", published=None):
    """A draft VideoPage embedding the YouTube video, under the Vietnamese multimedia hub (None when there is
    no hub). Editors add the captions flag, the poster and the summary, then publish."""
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    hub = MultimediaIndexPage.objects.filter(locale=locale).order_by("path").first()
    if hub is None:
        return None
    title = (title or video_id)[:255]
    base = vietnamese_slugify(title, max_length=200) or "video"
    slug = base
    if Page.objects.child_of(hub).filter(slug=slug).exists():
        slug = f"{base}-{video_id.lower()}"
    page = VideoPage(
        title=title,
        slug=slug,
        youtube_url=f"https://www.youtube.com/watch?v={video_id}",
        summary=description[:600],
        description=linebreaks(escape(description)) if description else "",
        live=False,
    )
    hub.add_child(instance=page)
    page.save_revision(log_action=True)
    return page


def video_importer():
    return {
        "name": "multimedia.videopage",
        "known_ids": known_video_ids,
        "create_draft": create_video_draft,
    }
