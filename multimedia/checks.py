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


def media_problems(item, transcript_elsewhere=False, user=None):
    """What a media item lacks. With the `user` who is publishing, each message says where *they* can fix it: in the
    chooser's "Edit this video/audio item" link when they may change the item (reporters may change what they
    uploaded), else whom to ask; without a user, in Media."""
    if item is None:
        return []
    problems = []
    video = item.type == "video"
    if user is None:
        where = None
    elif item.is_editable_by_user(user):
        where = "chooser"
    else:
        where = "ask"
    if video and not item.captions:
        message = {
            None: _("The video “%(title)s” has no captions: upload its WebVTT captions file in Media."),
            "chooser": _(
                "The video “%(title)s” has no captions: open it with “Edit this video” under the video chooser and "
                "upload its WebVTT captions file."
            ),
            "ask": _(
                "The video “%(title)s” has no captions: you may not change this file; ask an editor or the person "
                "who uploaded it to add its WebVTT captions, or choose another video."
            ),
        }[where]
        problems.append(message % {"title": item.title})
    if not transcript_elsewhere and not item.transcript.strip():
        if video:
            message = {
                None: _("The video “%(title)s” has no transcript: fill it in in Media."),
                "chooser": _(
                    "The video “%(title)s” has no transcript: open it with “Edit this video” under the video chooser "
                    "and fill in its transcript, or write the transcript on this page."
                ),
                "ask": _(
                    "The video “%(title)s” has no transcript: write it on this page, or ask an editor or the person "
                    "who uploaded it to fill it in."
                ),
            }[where]
        else:
            message = {
                None: _("The audio “%(title)s” has no transcript: fill it in in Media."),
                "chooser": _(
                    "The audio “%(title)s” has no transcript: open it with “Edit this audio item” under the audio "
                    "chooser and fill in its transcript."
                ),
                "ask": _(
                    "The audio “%(title)s” has no transcript: you may not change this file; ask an editor or the "
                    "person who uploaded it to fill it in."
                ),
            }[where]
        problems.append(message % {"title": item.title})
    return problems


def walk(block, value, user=None):
    """The problems of one block value, going down through streams, structs and lists."""
    if value is None:
        return []
    if isinstance(block, ImageChooserBlock):
        return image_problems(value)
    if isinstance(block, MediaChooserBlock):
        return media_problems(value, user=user)
    problems = []
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            problems += walk(child.block, child.value, user)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            problems += walk(block.child_block, item, user)
    elif isinstance(block, blocks.StructBlock):
        own = getattr(block, "accessibility_problems", None)
        if own is not None:
            problems += own(value)
        for name, child_block in block.child_blocks.items():
            if own is not None and isinstance(child_block, MediaChooserBlock):
                # The struct checked its media itself (an episode's transcript may be on the episode).
                if value.get(name) is not None and value[name].type == "video":
                    problems += media_problems(value.get(name), user=user)
                continue
            problems += walk(child_block, value.get(name), user)
    return problems


def accessibility_problems(page, user=None):
    """Every problem of a multimedia page, without repeats, in the order they appear (`user`: who is publishing,
    so that the messages say where they can fix a media file)."""
    problems = []
    for field in ("cover_image", "poster"):
        if hasattr(page, field):
            problems += image_problems(getattr(page, field))
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            problems += walk(field.stream_block, getattr(page, field.name), user)
    problems += page_problems(page, user)
    return list(dict.fromkeys(problems))


def page_problems(page, user=None):
    """What a page type itself requires: a video's captions and transcript, the text alternative of an infographic
    made of pictures."""
    problems = []
    kind = page._meta.model_name
    if kind == "videopage":
        if page.video_id:
            problems += media_problems(page.video, transcript_elsewhere=bool(page.transcript.strip()), user=user)
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
