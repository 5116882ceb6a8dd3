"""Normalising photos sent from phones (checked first by core's image check): upright, no EXIF kept, its GPS
position read."""

import io
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image, ImageOps

GPS_IFD = 0x8825


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
