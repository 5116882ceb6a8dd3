"""The one image check of the portal, and the one way metadata leaves an image.

``check_image`` judges an upload or a fetched file by its bytes, never its name: Pillow must open and verify it, its
format must be one of those accepted, its pixels within ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` (a decompression bomb is
refused before it is decoded). Wagtail's own image form does the same for the image library; the field-report photos,
petition attachments, media thumbnails and partner-feed images come here.

``stripped`` re-encodes an image upright without EXIF (a phone's photo carries where it was taken), XMP or comments,
keeping the ICC profile: every frame of an animation, and a phone's multi-picture JPEG (MPO) as its first picture.
"""

import io
import logging
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from PIL.JpegImagePlugin import get_sampling

logger = logging.getLogger(__name__)

PHOTO_FORMATS = frozenset({"JPEG", "MPO", "PNG", "WEBP"})  # MPO: a phone's multi-picture JPEG
NOT_A_PHOTO = _("“%(name)s” is not a photo (JPEG, PNG or WebP).")
_UNREADABLE = (
    UnidentifiedImageError,
    OSError,
    SyntaxError,
    ValueError,
    Image.DecompressionBombWarning,
    Image.DecompressionBombError,
)


def max_pixels():
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 60_000_000)


def check_image(name, data, *, formats=PHOTO_FORMATS, not_an_image=NOT_A_PHOTO):
    """The image's (Pillow format, width, height); ValidationError with a clear message unless `data` is an image of
    one of `formats` within the pixel limit. `not_an_image`: the message (with ``%(name)s``) for anything else."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image_format = image.format
                width, height = image.size
                image.verify()
    except _UNREADABLE as exc:
        raise ValidationError(not_an_image, params={"name": name}, code="not_an_image") from exc
    if image_format not in formats:
        raise ValidationError(not_an_image, params={"name": name}, code="not_an_image")
    if width * height > max_pixels():
        raise ValidationError(
            _("“%(name)s” has too many pixels (%(width)d×%(height)d)."),
            params={"name": name, "width": width, "height": height},
            code="too_many_pixels",
        )
    return image_format, width, height


_SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True},
    "WEBP": {"quality": 90},
    "PNG": {"optimize": True},
    "AVIF": {"quality": 80},
    "GIF": {},
}
# What a frame's ``info`` may keep: how it is drawn and timed. Everything else (EXIF, XMP, comments, PNG text) goes,
# because Pillow writes some of it back when the image is saved (a JPEG's comment, from ``info``).
_KEEP_INFO = {"transparency", "background", "duration", "loop", "disposal", "blend"}
# The EXIF orientation tag's value -> the transposition that turns the pixels upright (as ImageOps.exif_transpose).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _has_metadata(image):
    info = image.info
    if any(key in info for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop")):
        return True
    if image.format == "PNG" and any(isinstance(value, str) for value in info.values()):
        return True  # tEXt/iTXt chunks
    return bool(image.getexif())


def _any_frame_has_metadata(image):
    for index in range(getattr(image, "n_frames", 1)):
        image.seek(index)
        if _has_metadata(image):
            image.seek(0)
            return True
    image.seek(0)
    return False


def _clean_frames(image, count, turn):
    frames, durations = [], []
    for index in range(count):
        image.seek(index)
        frame = image.copy()
        frame.info = {key: value for key, value in frame.info.items() if key in _KEEP_INFO}
        if turn is not None:
            frame = frame.transpose(turn)
        frames.append(frame)
        durations.append(image.info.get("duration", 0))
    image.seek(0)
    return frames, durations


def stripped(data):
    """The image re-encoded upright without metadata, or None when there is nothing to strip (or not an image).

    Every frame is cleaned: an animated WebP, PNG, GIF or AVIF keeps its frames and timing, each without EXIF, XMP
    or comments. A multi-picture JPEG (MPO, which many phones write: the photo plus a depth or preview picture, each
    with its own EXIF and GPS) becomes its first picture, as a plain JPEG. The ICC colour profile is kept.
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            source_format = image.format
            image_format = "JPEG" if source_format == "MPO" else source_format
            if image_format not in _SAVE_OPTIONS:
                return None
            if source_format != "MPO" and not _any_frame_has_metadata(image):
                return None
            count = 1 if source_format == "MPO" else getattr(image, "n_frames", 1)
            icc_profile = image.info.get("icc_profile")
            turn = _UPRIGHT.get(image.getexif().get(0x0112))
            options = dict(_SAVE_OPTIONS[image_format])
            if image_format == "JPEG" and get_sampling(image) != -1:
                options["subsampling"] = get_sampling(image)  # as the camera encoded it (4:4:4, 4:2:0...)
            frames, durations = _clean_frames(image, count, turn)
            if image_format == "JPEG" and frames[0].mode not in ("RGB", "L", "CMYK"):
                frames[0] = frames[0].convert("RGB")
            if icc_profile:
                options["icc_profile"] = icc_profile
            if len(frames) > 1:
                options.update(
                    save_all=True, append_images=frames[1:], duration=durations, loop=image.info.get("loop", 0)
                )
            out = io.BytesIO()
            frames[0].save(out, image_format, **options)
            return out.getvalue()
    except _UNREADABLE:
        logger.warning("image metadata not stripped: the file could not be re-encoded", exc_info=True)
        return None
