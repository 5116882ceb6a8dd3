"""The demo's recorded media: Vietnamese speech synthesised with espeak-ng and encoded with ffmpeg by
``tools/make_demo_media.py`` from the texts in :mod:`multimedia.demo_media.scripts`, committed under ``files/``
with ``files/manifest.json`` (each file's measured duration and size), so that seeding the demo needs neither tool.
"""

import json
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
MANIFEST = FILES / "manifest.json"


def manifest():
    """``{name: {"file": ..., "duration": seconds, "size": bytes, ...}}`` as the generator measured it."""
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def path(filename):
    return FILES / filename
