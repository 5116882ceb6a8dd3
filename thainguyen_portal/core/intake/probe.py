"""What an uploaded audio or video file says about itself: its duration, and a video's width and height.

Pure Python, reading only the few bytes it needs (no ffprobe at run time):

- MP4 / M4A (ISO base media): the duration is the movie header's (``moov/mvhd``: duration ÷ timescale); the size is
  the first video track's header (``moov/trak/tkhd``, 16.16 fixed point), a track being video when its handler
  (``mdia/hdlr``) is ``vide``. The ``moov`` box may be at the end of the file (not "fast start"): boxes are skipped
  by their sizes, never read whole.
- MP3: after any ID3v2 tag, the first frame's header gives the MPEG version, layer, sample rate and bitrate; a
  Xing/Info or VBRI header in that frame gives the number of frames (duration = frames × samples per frame ÷ sample
  rate); without one the file is taken as constant bitrate (audio bytes × 8 ÷ bitrate).
- Anything else (WebM, Ogg): nothing is read, and the editor's value stays.

``probe(file)`` returns ``{"duration": seconds, "width": px, "height": px}`` with only what it could read, and never
raises on a damaged file.
"""

import logging
import struct
from pathlib import PurePosixPath

logger = logging.getLogger(__name__)

# Boxes that contain other boxes, on the way to mvhd, tkhd and hdlr.
_CONTAINERS = {b"moov", b"trak", b"mdia"}
_MAX_BOXES = 10_000


def probe(file, name=None):
    """What `file` (a binary file-like object, or an opened Django File) says about its duration and picture size."""
    name = name or getattr(file, "name", "") or ""
    extension = PurePosixPath(name).suffix.lower().lstrip(".")
    readers = {"mp4": probe_mp4, "m4a": probe_mp4, "m4v": probe_mp4, "mov": probe_mp4, "mp3": probe_mp3}
    reader = readers.get(extension)
    if reader is None:
        return {}
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        return {key: value for key, value in reader(file).items() if value}
    except (OSError, ValueError, struct.error) as exc:
        logger.info("Could not read the duration of %s: %s", name, exc)
        return {}
    finally:
        file.seek(position)


# --- MP4 ------------------------------------------------------------------------------------------------------


def _boxes(file, start, end):
    """(type, content start, content end) of each box between `start` and `end` (None: the end of the file)."""
    offset = start
    for _count in range(_MAX_BOXES):
        if end is not None and offset + 8 > end:
            return
        file.seek(offset)
        header = file.read(8)
        if len(header) < 8:
            return
        size, kind = struct.unpack(">I4s", header)
        content = offset + 8
        if size == 1:  # a 64-bit size follows
            large = file.read(8)
            if len(large) < 8:
                return
            size = struct.unpack(">Q", large)[0]
            content += 8
        elif size == 0:  # to the end of the enclosing box (or of the file)
            if end is None:
                file.seek(0, 2)
                size = file.tell() - offset
            else:
                size = end - offset
        if size < content - offset:
            return
        yield kind, content, offset + size
        offset += size


def _read_at(file, offset, length):
    file.seek(offset)
    data = file.read(length)
    if len(data) < length:
        raise ValueError("box cut short")
    return data


def probe_mp4(file):
    result = {}
    for kind, start, end in _boxes(file, 0, None):
        if kind != b"moov":
            continue
        for child, child_start, child_end in _boxes(file, start, end):
            if child == b"mvhd":
                version = _read_at(file, child_start, 1)[0]
                if version == 1:
                    timescale, duration = struct.unpack(">IQ", _read_at(file, child_start + 20, 12))
                else:
                    timescale, duration = struct.unpack(">II", _read_at(file, child_start + 12, 8))
                if timescale:
                    result["duration"] = round(duration / timescale, 3)
            elif child == b"trak" and "width" not in result:
                size = _video_track_size(file, child_start, child_end)
                if size:
                    result["width"], result["height"] = size
        break
    return result


def _video_track_size(file, start, end):
    size = None
    is_video = False
    for kind, box_start, box_end in _boxes(file, start, end):
        if kind == b"tkhd":
            version = _read_at(file, box_start, 1)[0]
            at = box_start + (88 if version == 1 else 76)
            width, height = struct.unpack(">II", _read_at(file, at, 8))
            size = (width >> 16, height >> 16)
        elif kind == b"mdia":
            for child, child_start, _child_end in _boxes(file, box_start, box_end):
                if child == b"hdlr":
                    is_video = _read_at(file, child_start + 8, 4) == b"vide"
    return size if is_video and size and all(size) else None


# --- MP3 ------------------------------------------------------------------------------------------------------

# Bitrates in kbit/s by [MPEG-1 or not][layer 1, 2, 3][index].
_BITRATES = {
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}  # by version bits
_SEARCH = 64 * 1024  # how far past the ID3 tag the first frame is looked for


def _id3_size(head):
    if head[:3] != b"ID3" or len(head) < 10:
        return 0
    size = 0
    for byte in head[6:10]:  # "syncsafe": 7 bits a byte
        size = (size << 7) | (byte & 0x7F)
    footer = 10 if head[5] & 0x10 else 0
    return 10 + size + footer


def _frame_header(data, at):
    """The MPEG audio frame header at `at` in `data` as a dict, or None."""
    if at + 4 > len(data) or data[at] != 0xFF or (data[at + 1] & 0xE0) != 0xE0:
        return None
    version_bits = (data[at + 1] >> 3) & 3
    layer_bits = (data[at + 1] >> 1) & 3
    bitrate_index = data[at + 2] >> 4
    rate_index = (data[at + 2] >> 2) & 3
    if version_bits == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    mpeg1 = version_bits == 3
    layer = 4 - layer_bits
    samples = 384 if layer == 1 else (1152 if layer == 2 or mpeg1 else 576)
    return {
        "mpeg1": mpeg1,
        "layer": layer,
        "bitrate": _BITRATES[(mpeg1, layer)][bitrate_index] * 1000,
        "sample_rate": _SAMPLE_RATES[version_bits][rate_index],
        "samples": samples,
        "mono": (data[at + 3] >> 6) == 3,
    }


def probe_mp3(file):
    head = file.read(10)
    start = _id3_size(head)
    file.seek(start)
    data = file.read(_SEARCH)
    for at in range(max(len(data) - 4, 0)):
        frame = _frame_header(data, at)
        if frame is not None:
            break
    else:
        return {}
    # Xing/Info sits after the side information, whose length depends on the version and the channels.
    side = (17 if frame["mono"] else 32) if frame["mpeg1"] else (9 if frame["mono"] else 17)
    xing = at + 4 + side
    frames = None
    if data[xing : xing + 4] in (b"Xing", b"Info"):
        flags = struct.unpack(">I", data[xing + 4 : xing + 8])[0]
        if flags & 1:
            frames = struct.unpack(">I", data[xing + 8 : xing + 12])[0]
    elif data[at + 36 : at + 40] == b"VBRI":
        frames = struct.unpack(">I", data[at + 50 : at + 54])[0]
    if frames:
        return {"duration": round(frames * frame["samples"] / frame["sample_rate"], 3)}
    # Constant bitrate: the audio's bytes (without the tags) at the first frame's bitrate.
    file.seek(0, 2)
    size = file.tell() - start - at
    file.seek(-128, 2)
    if file.read(3) == b"TAG":
        size -= 128
    return {"duration": round(size * 8 / frame["bitrate"], 3)} if size > 0 else {}
