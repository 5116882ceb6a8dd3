"""The duration (and a video's size) read from the file itself: the committed demo recordings, whose true values
(ffprobe's) are in the manifest, and the shapes a real upload may take."""

import io
import json
import struct
from pathlib import Path

import pytest

from thainguyen_portal.core.intake.probe import probe

FILES = Path(__file__).resolve().parent.parent / "demo_media" / "files"
MANIFEST = json.loads((FILES / "manifest.json").read_text())


@pytest.mark.parametrize("key", sorted(MANIFEST))
def test_the_demo_files_durations_agree_with_ffprobe(key):
    expected = MANIFEST[key]
    with open(FILES / expected["file"], "rb") as file:
        found = probe(file)
    assert found["duration"] == pytest.approx(expected["duration"], abs=0.5)
    if "width" in expected:
        assert (found["width"], found["height"]) == (expected["width"], expected["height"])
    else:
        assert "width" not in found


def test_the_file_position_is_kept():
    with open(FILES / "video-ho-nui-coc.mp4", "rb") as file:
        file.seek(123)
        probe(file)
        assert file.tell() == 123


def _boxes(data):
    boxes, offset = [], 0
    while offset < len(data):
        size = struct.unpack(">I", data[offset : offset + 4])[0]
        boxes.append(data[offset : offset + size])
        offset += size
    return boxes


def test_an_mp4_whose_moov_box_is_at_the_end():
    boxes = _boxes((FILES / "video-ho-nui-coc.mp4").read_bytes())
    assert [box[4:8] for box in boxes][:2] == [b"ftyp", b"moov"]  # the demo files are "fast start"
    moved = io.BytesIO(b"".join([boxes[0], *boxes[2:], boxes[1]]))
    moved.name = "khong-faststart.mp4"
    assert probe(moved) == {"duration": 66.4, "width": 640, "height": 360}


def _cbr_frame():
    # MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding, stereo: 417 bytes of 1152 samples.
    return b"\xff\xfb\x90\x00" + b"\x00" * 413


def test_a_constant_bitrate_mp3_without_xing_header_is_measured_by_its_size():
    frames = 1000
    data = b"ID3\x03\x00\x00\x00\x00\x00\x0a" + b"\x00" * 10 + _cbr_frame() * frames + b"TAG" + b"\x00" * 125
    file = io.BytesIO(data)
    file.name = "ban-tin.mp3"
    # 1000 frames × 1152 samples ÷ 44100 Hz = 26.12 s; the size estimate is within a frame or two.
    assert probe(file)["duration"] == pytest.approx(frames * 1152 / 44100, abs=0.1)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("hong.mp4", b"\x00\x00\x00\x18ftypisom" + b"\x00" * 12 + b"\xff\xff\xff\xffmoov"),
        ("hong.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 200),
        ("rong.mp4", b""),
        ("phim.webm", b"\x1a\x45\xdf\xa3" + b"\x00" * 100),
        ("tieng.ogg", b"OggS" + b"\x00" * 100),
    ],
)
def test_a_damaged_or_unread_format_gives_nothing_and_never_raises(name, data):
    file = io.BytesIO(data)
    file.name = name
    assert probe(file) == {}
