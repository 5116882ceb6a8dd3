"""Accessibility checks run before a page with images, audio or video is published (multimedia pages, articles).

Each problem is one sentence naming what is missing (the video, the image), so the editor knows exactly what to fix.
Drafts may be saved with problems; publishing (and submitting for approval) is refused by
:class:`thainguyen_portal.core.pages.forms.AccessibleContentForm`. A page type says what it checks in its own
``accessibility_problems(user)``.
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


def walk(block, value, user=None, images=True):
    """The problems of one block value, going down through streams, structs and lists (`images`: whether an
    image's missing alt text counts)."""
    if value is None:
        return []
    if isinstance(block, ImageChooserBlock):
        return image_problems(value) if images else []
    if isinstance(block, MediaChooserBlock):
        return media_problems(value, user=user)
    problems = []
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            problems += walk(child.block, child.value, user, images)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            problems += walk(block.child_block, item, user, images)
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
            problems += walk(child_block, value.get(name), user, images)
    return problems


def stream_problems(page, user=None, images=True):
    """The problems of every StreamField of `page`, in the order they appear."""
    problems = []
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            problems += walk(field.stream_block, getattr(page, field.name), user, images)
    return problems
