"""Checking and normalising photos sent from phones: by content (never by name), upright, no EXIF kept."""

import io
import warnings
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from thainguyen_portal.core.text import size_and_limit

ACCEPTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP"}  # MPO: a phone's multi-picture JPEG
GPS_IFD = 0x8825


def max_pixels():
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 60_000_000)


def check_photo(name, data, size=None):
    """Raise ValidationError with a clear message unless `data` is a photo we accept. `size`: the file's real size
    when `data` holds only its first bytes (an upload is read up to the limit and one byte more)."""
    limit = settings.EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE
    size = max(size or 0, len(data))
    if size > limit:
        size_text, limit_text = size_and_limit(size, limit)
        raise ValidationError(
            _("“%(name)s” is %(size)s; a photo may be at most %(limit)s."),
            params={"name": name, "size": size_text, "limit": limit_text},
            code="too_large",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image_format = image.format
                width, height = image.size
                image.verify()
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombWarning,
        Image.DecompressionBombError,
    ) as exc:
        raise ValidationError(
            _("“%(name)s” is not a photo (JPEG, PNG or WebP)."), params={"name": name}, code="not_an_image"
        ) from exc
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("“%(name)s” is not a photo (JPEG, PNG or WebP)."), params={"name": name}, code="not_an_image"
        )
    if width * height > max_pixels():
        raise ValidationError(
            _("“%(name)s” has too many pixels (%(width)d×%(height)d)."),
            params={"name": name, "width": width, "height": height},
            code="too_many_pixels",
        )


def _degrees(values, ref):
    degrees, minutes, seconds = (float(v) for v in values)
    value = degrees + minutes / 60 + seconds / 3600
    if ref in ("S", "W"):
        value = -value
    return Decimal(f"{value:.6f}")


def gps_of(image):
    """(latitude, longitude) from the photo's EXIF, or None."""
    try:
        gps = image.getexif().get_ifd(GPS_IFD)
        if 2 in gps and 4 in gps:
            return _degrees(gps[2], gps.get(1, "N")), _degrees(gps[4], gps.get(3, "E"))
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None
    return None


def normalise_photo(name, data):
    """The photo as an upright JPEG without EXIF (so without GPS), and the GPS position it carried."""
    side = settings.EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIDE
    with Image.open(io.BytesIO(data)) as image:
        position = gps_of(image)
        upright = ImageOps.exif_transpose(image)
        upright = upright.convert("RGB")  # an MPO's first picture; an animation's first frame
        upright.info = {}  # Pillow would write a JPEG comment kept here back into the file
        upright.thumbnail((side, side))
        out = io.BytesIO()
        upright.save(out, "JPEG", quality=85, optimize=True)
    stem = name.rsplit(".", 1)[0][:80] or "anh"
    return ContentFile(out.getvalue(), name=f"{stem}.jpg"), position
