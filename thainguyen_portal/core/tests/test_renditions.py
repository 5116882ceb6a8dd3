"""Renditions are made by a background task when an image is uploaded, not when the first reader asks."""

import pytest
from wagtail.images import get_image_model

from thainguyen_portal.core.factories import ImageFactory
from thainguyen_portal.core.publishing import renditions

pytestmark = pytest.mark.django_db


def specs_of(image):
    return set(
        get_image_model().get_rendition_model().objects.filter(image=image).values_list("filter_spec", flat=True)
    )


def test_an_uploaded_image_gets_its_card_and_main_sizes_in_webp_and_jpeg(django_capture_on_commit_callbacks, tasks):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()
    assert "make_image_renditions" in tasks.names  # enqueued once the upload commits
    tasks.run()
    assert set(renditions.UPLOAD_SPECS) <= specs_of(image)
    assert {"fill-400x225|format-webp", "fill-400x225|format-jpeg"} <= specs_of(image)
    webp = image.get_rendition("fill-400x225|format-webp")
    assert webp.file.name.endswith(".webp")
    assert image.get_rendition("fill-400x225|format-jpeg").file.name.endswith(".jpg")


def test_an_upload_rolled_back_makes_no_renditions(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        image = ImageFactory()
    assert specs_of(image) == set()  # nothing until the upload's transaction commits
    assert len(callbacks) == 1


def test_the_task_leaves_existing_renditions_alone(django_capture_on_commit_callbacks, tasks):
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()
    tasks.run()
    before = set(get_image_model().get_rendition_model().objects.filter(image=image).values_list("pk", flat=True))
    assert before
    renditions.make_image_renditions.enqueue(image.pk)
    assert tasks.run() == ["make_image_renditions"]
    after = set(get_image_model().get_rendition_model().objects.filter(image=image).values_list("pk", flat=True))
    assert before == after


def test_webp_and_fallback_specs():
    assert renditions.webp_and_fallback("fill-800x450") == ("fill-800x450|format-webp", "fill-800x450|format-jpeg")
