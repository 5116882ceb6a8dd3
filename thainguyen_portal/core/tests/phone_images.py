"""Images as phones (and Pillow) write them, each carrying a GPS position, and the check that none is left.

- an MPO: the multi-picture JPEG many phones write (the photo plus a second picture), EXIF with GPS in each picture;
- an animated WebP with EXIF and GPS;
- a JPEG with a comment (COM segment) as well as EXIF with GPS.
"""

import io

from PIL import Image

MAKE = "TN-Reporter-Phone"
COMMENT = "Vi tri: 21.59N 105.84E, xa Tan Cuong"
GPS_IFD = 0x8825
# The GPS IFD's pointer as Pillow writes it (little-endian TIFF): tag 0x8825, type LONG, count 1.
GPS_POINTER = b"\x25\x88\x04\x00\x01\x00\x00\x00"


def gps_exif(orientation=None):
    exif = Image.Exif()
    exif[0x010F] = MAKE
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (21.0, 35.0, 24.0), 3: "E", 4: (105.0, 50.0, 24.0)})
    if orientation:
        exif[0x0112] = orientation
    return exif


def _picture(color, size=(400, 200)):
    image = Image.new("RGB", size, (30, 120, 60))
    image.paste(color, (0, 0, size[0] // 4, size[1]))  # a band on the left
    return image


def mpo_with_gps():
    out = io.BytesIO()
    first, second = _picture((200, 30, 30)), _picture((30, 30, 200))
    first.save(out, "MPO", save_all=True, append_images=[second], exif=gps_exif())
    data = out.getvalue()
    with Image.open(io.BytesIO(data)) as check:
        assert check.format == "MPO" and check.n_frames == 2
        for index in range(2):
            check.seek(index)
            assert check.getexif().get_ifd(GPS_IFD), "each picture of the test MPO carries GPS"
    return data


def animated_webp_with_gps():
    out = io.BytesIO()
    first, second = _picture((200, 30, 30)), _picture((30, 30, 200))
    first.save(out, "WEBP", save_all=True, append_images=[second], duration=[300, 500], loop=0, exif=gps_exif())
    data = out.getvalue()
    with Image.open(io.BytesIO(data)) as check:
        assert check.format == "WEBP" and check.n_frames == 2 and check.getexif().get_ifd(GPS_IFD)
    return data


def jpeg_with_comment_and_gps():
    out = io.BytesIO()
    _picture((200, 30, 30)).save(out, "JPEG", exif=gps_exif(), comment=COMMENT)
    data = out.getvalue()
    with Image.open(io.BytesIO(data)) as check:
        assert check.info["comment"] == COMMENT.encode() and check.getexif().get_ifd(GPS_IFD)
    return data


PHONE_IMAGES = {
    "mpo": mpo_with_gps,
    "animated-webp": animated_webp_with_gps,
    "jpeg-comment": jpeg_with_comment_and_gps,
}


def assert_no_location(data):
    """Every frame of `data`, re-opened, has no EXIF, XMP or comment; nor do its raw bytes."""
    with Image.open(io.BytesIO(data)) as image:
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            assert not image.getexif(), f"frame {index} still has EXIF"
            assert not {"exif", "comment", "xmp", "XML:com.adobe.xmp"} & set(image.info), f"frame {index}"
    for marker in (GPS_POINTER, MAKE.encode(), COMMENT.encode(), b"Exif\x00\x00", b"EXIF", b"XMP"):
        assert marker not in data, marker
