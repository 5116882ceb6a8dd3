"""Accessibility checks of the multimedia pages: core's checks of images, audio and video
(:mod:`thainguyen_portal.core.pages.accessibility`), and what each multimedia page type itself requires.
"""

from django.utils.translation import gettext as _

from thainguyen_portal.core.pages.accessibility import image_problems, media_problems, stream_problems


def accessibility_problems(page, user=None):
    """Every problem of a multimedia page, without repeats, in the order they appear (`user`: who is publishing,
    so that the messages say where they can fix a media file)."""
    problems = []
    for field in ("cover_image", "poster"):
        if hasattr(page, field):
            problems += image_problems(getattr(page, field))
    problems += stream_problems(page, user)
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
