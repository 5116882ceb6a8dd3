"""The portal's one PDF stack: pypdfium2 reads (text, page sizes, page pictures), fpdf2 writes, with one Unicode
font found one way.

- ``read_pages`` gives every page's text and size (the gazette's lookup text, the Trà Việt importer's articles);
  ``render_pages``/``render_page`` draw pages as pictures (covers, page images, OCR).
- ``check_pdf`` is the upload check of a PDF sent by the public (readable, not protected, with pages).
- ``font_path`` finds a TTF covering Vietnamese: ``settings.PDF_FONT`` (environment ``PDF_FONT``), else DejaVu Sans,
  Noto Sans or Liberation Sans where Linux distributions put them; ``subset_font`` is that font cut to the glyphs
  Vietnamese text needs, made once per process (fpdf2 parses the whole TTF for every PDF otherwise).
"""

import hashlib
import logging
import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# fpdf2 subsets fonts with fontTools, which logs every glyph at INFO.
logging.getLogger("fontTools").setLevel(logging.ERROR)

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
]


class FontNotFound(FileNotFoundError):
    pass


class PdfError(ValueError):
    """A PDF pypdfium2 cannot open (damaged, encrypted, not a PDF)."""


def font_path():
    """A Unicode TTF with Vietnamese: settings.PDF_FONT, else one of the usual system fonts."""
    for candidate in [getattr(settings, "PDF_FONT", ""), *FONT_CANDIDATES]:
        if candidate and Path(candidate).is_file():
            return candidate
    raise FontNotFound("No Unicode TTF font found for Vietnamese text: install fonts-dejavu-core or set PDF_FONT.")


# Latin, Vietnamese letters and marks, typographic punctuation.
_UNICODES = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x180),
    *range(0x1A0, 0x1B1),
    *range(0x300, 0x324),
    *range(0x1EA0, 0x1EFA),
    *range(0x2010, 0x2027),
]
_SUBSET_FONT = None


def subset_font():
    """The font of :func:`font_path` with only the glyphs above, made once per process (a demo PDF is about ten
    times faster with it: DejaVu Sans has 6,000 glyphs)."""
    global _SUBSET_FONT
    if _SUBSET_FONT is None or not Path(_SUBSET_FONT).exists():
        from fontTools import subset

        source = font_path()
        digest = hashlib.sha1(f"{source}:{Path(source).stat().st_mtime}".encode()).hexdigest()[:12]
        target = Path(tempfile.gettempdir()) / f"tnp-pdf-font-{digest}.ttf"
        if not target.exists():
            options = subset.Options()
            options.layout_features = ["*"]
            font = subset.load_font(source, options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=_UNICODES)
            subsetter.subset(font)
            partial = target.with_suffix(f".{os.getpid()}.tmp")
            subset.save_font(font, str(partial), options)
            os.replace(partial, target)
        _SUBSET_FONT = str(target)
    return _SUBSET_FONT


def _open(data):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except Exception as exc:  # pypdfium2 raises PdfiumError (and others) on anything it cannot read
        raise PdfError(str(exc) or exc.__class__.__name__) from exc


def read_pages(data):
    """[(text, (width, height) in points)] of every page of the PDF in `data`; PdfError when it cannot be read."""
    document = _open(data)
    pages = []
    try:
        for page in document:
            textpage = page.get_textpage()
            pages.append((textpage.get_text_bounded(), page.get_size()))
            textpage.close()
            page.close()
    finally:
        document.close()
    return pages


def render_pages(data, scale_for):
    """Yield (page number, RGB PIL image) for every page; `scale_for(width_in_points)` gives the scale."""
    document = _open(data)
    try:
        for number, page in enumerate(document, start=1):
            bitmap = page.render(scale=scale_for(page.get_width()))
            image = bitmap.to_pil().convert("RGB")
            bitmap.close()
            page.close()
            yield number, image
    finally:
        document.close()


def render_page(data, number, scale):
    """Page `number` (from 1) as an RGB PIL image at `scale`."""
    document = _open(data)
    try:
        return document[number - 1].render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()


def check_pdf(name, data):
    """ValidationError with a clear message unless `data` is a readable PDF with at least one page."""
    try:
        document = _open(data)
    except PdfError as exc:
        raise ValidationError(
            _("“%(name)s” is not a readable PDF document (is it damaged or protected by a password?)."),
            params={"name": name},
            code="bad_pdf",
        ) from exc
    try:
        if len(document) < 1:
            raise ValidationError(
                _("“%(name)s” is a PDF document without pages."), params={"name": name}, code="bad_pdf"
            )
    finally:
        document.close()
