"""Accessibility checks run before a multimedia page is published.

Each problem is one sentence naming what is missing (the video, the image, the infographic), so the editor knows
exactly what to fix. Drafts may be saved with problems; publishing (and submitting for approval) is refused.
"""

from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock

from .blocks import MediaChooserBlock


def image_problems(image):
    if image is not None and not (image.description or "").strip():
        return [_("The image “%(title)s” has no alt text: fill in its description in Images.") % {"title": image.title}]
    return []


def media_problems(item, transcript_elsewhere=False):
    if item is None:
        return []
    problems = []
    if item.type == "video" and not item.captions:
        problems.append(
            _("The video “%(title)s” has no captions: upload its WebVTT captions file in Media.")
            % {"title": item.title}
        )
    if not transcript_elsewhere and not item.transcript.strip():
        if item.type == "video":
            message = _("The video “%(title)s” has no transcript: fill it in in Media.")
        else:
            message = _("The audio “%(title)s” has no transcript: fill it in in Media.")
        problems.append(message % {"title": item.title})
    return problems


def walk(block, value):
    """The problems of one block value, going down through streams, structs and lists."""
    if value is None:
        return []
    if isinstance(block, ImageChooserBlock):
        return image_problems(value)
    if isinstance(block, MediaChooserBlock):
        return media_problems(value)
    problems = []
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            problems += walk(child.block, child.value)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            problems += walk(block.child_block, item)
    elif isinstance(block, blocks.StructBlock):
        own = getattr(block, "accessibility_problems", None)
        if own is not None:
            problems += own(value)
        for name, child_block in block.child_blocks.items():
            if own is not None and isinstance(child_block, MediaChooserBlock):
                # The struct checked its media itself (an episode's transcript may be on the episode).
                if value.get(name) is not None and value[name].type == "video":
                    problems += media_problems(value.get(name))
                continue
            problems += walk(child_block, value.get(name))
    return problems


def accessibility_problems(page):
    """Every problem of a multimedia page, without repeats, in the order they appear."""
    problems = []
    for field in ("cover_image", "poster"):
        if hasattr(page, field):
            problems += image_problems(getattr(page, field))
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            problems += walk(field.stream_block, getattr(page, field.name))
    problems += page_problems(page)
    return list(dict.fromkeys(problems))


def page_problems(page):
    """What a page type itself requires: a video's captions and transcript, the text alternative of an infographic
    made of pictures."""
    problems = []
    kind = page._meta.model_name
    if kind == "videopage":
        if page.video_id:
            problems += media_problems(page.video, transcript_elsewhere=bool(page.transcript.strip()))
        elif page.youtube_url:
            if not page.youtube_has_captions:
                problems.append(_("The YouTube video has no captions: turn them on in YouTube and tick the box."))
            if not page.transcript.strip():
                problems.append(_("The YouTube video has no transcript: fill in the transcript."))
    pictures = kind == "infographicpage" and any(block.block_type == "image" for block in page.images)
    if pictures and not _text(page.text_alternative):  # a chart's figures are its own text (its table)
        problems.append(_("The infographic “%(title)s” has no text alternative.") % {"title": page.title})
    return problems


def _text(html):
    from django.utils.html import strip_tags

    return strip_tags(html or "").strip()
