"""Image renditions made ahead of the reader: when an image is uploaded and when a page is published.

Templates show images as ``<picture>`` with a WebP source and a JPEG fallback (``{% picture image fill-400x225
format-{webp,jpeg} %}``). Making a rendition means decoding and encoding an image (tens of milliseconds to a
second): a reader's first view should never wait for it. So a background task (django-tasks, ``TASKS`` in
settings: run at once in development, by ``manage.py db_worker`` in production) makes them:

* on upload, the sizes most images end up in (cards and the article's main image);
* on publish, the sizes the page's own templates use for each of its images: each page type says which with
  ``rendition_specs()`` (BasePage gives the social image's; ArticlePage, HomePage add theirs).
"""

import logging

from django_tasks import task
from wagtail.images import get_image_model

logger = logging.getLogger(__name__)


def webp_and_fallback(*sizes):
    """The specs of `sizes` in WebP and in JPEG (the fallback of the <picture> element)."""
    return tuple(f"{size}|format-{fmt}" for size in sizes for fmt in ("webp", "jpeg"))


# The shared sizes: a card in a listing (news, home page), the main image of an article, a social preview.
CARD = webp_and_fallback("fill-400x225")
LEAD = webp_and_fallback("fill-800x450")
MAIN = webp_and_fallback("fill-960x540")
SOCIAL = ("fill-1200x630",)
# Made for every uploaded image: nearly every image appears on a card and as a main image.
UPLOAD_SPECS = CARD + MAIN


def make(image_ids, specs):
    """Make the renditions of `specs` for the images (those that exist already are left alone)."""
    made = 0
    for image in get_image_model().objects.filter(pk__in=image_ids):
        try:
            made += len(image.get_renditions(*specs))
        except Exception:  # a broken or missing file must not stop the others
            logger.warning("renditions of image %s could not be made", image.pk, exc_info=True)
    return made


@task()
def make_image_renditions(image_id, specs=None):
    return make([image_id], list(specs or UPLOAD_SPECS))


@task()
def make_page_renditions(page_id):
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    page = page.specific
    wanted = {}
    for image_id, specs in page.rendition_specs() if hasattr(page, "rendition_specs") else ():
        if image_id:
            wanted.setdefault(image_id, set()).update(specs)
    return sum(make([image_id], sorted(specs)) for image_id, specs in wanted.items())


def images_in_stream(stream_value):
    """(block type, image id) of the images chosen in a StreamField's blocks, read from its raw data (no query)."""
    from wagtail.images.blocks import ImageChooserBlock

    found = []

    def walk(block, value):
        if isinstance(block, ImageChooserBlock):
            if isinstance(value, int):
                found.append((block_type, value))
            return
        child_blocks = getattr(block, "child_blocks", None)
        if child_blocks and isinstance(value, dict):
            for name, child in child_blocks.items():
                walk(child, value.get(name))
        elif hasattr(block, "child_block") and isinstance(value, list):
            for item in value:
                walk(block.child_block, item.get("value") if isinstance(item, dict) and "value" in item else item)

    stream_block = stream_value.stream_block
    for raw in stream_value.raw_data:
        block_type = raw.get("type")
        child = stream_block.child_blocks.get(block_type)
        if child is not None:
            walk(child, raw.get("value"))
    return found
