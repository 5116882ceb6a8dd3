"""Tiny media files generated in code, for the tests (the demo's recordings are in :mod:`multimedia.demo_media`).

Demo code lives beside the runtime, so this module imports nothing beyond the standard library: `make run` works
on a clone with only requirements.txt installed (factories.py, a development module, imports from here too).
"""

import struct


def silent_mp3(frames=40):
    """A valid MPEG-1 Layer III file of silence (about one second per 38 frames), written without an encoder.

    Each frame is a 4-byte header (128 kbit/s, 44.1 kHz, mono, no CRC) followed by zeroed side information and
    main data, which every decoder plays as silence. 417 bytes a frame.
    """
    header = struct.pack(">I", 0xFFFB90C4)
    frame = header + bytes(417 - len(header))
    return frame * frames


def tiny_webm():
    """The first bytes of a WebM file (an EBML header): enough for upload and feed tests, not a playable video."""
    return bytes.fromhex("1a45dfa3") + b"\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm" + bytes(32)
