"""PDFs: the text of a signed PDF (pypdfium2) for the lookup, and small generated PDFs (fpdf2) for demo and tests."""

import hashlib
import io
import logging
import os
import re
import tempfile
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)
# fpdf2 subsets fonts with fontTools, which logs every glyph at INFO.
logging.getLogger("fontTools").setLevel(logging.ERROR)

MAX_TEXT = 200_000  # characters kept from one PDF: enough for any gazette document, bounded for the index


def extract_text(fileobj) -> str:
    """The text of every page of a PDF (a path, a Django File or bytes), whitespace tidied; "" when unreadable."""
    import pypdfium2 as pdfium

    try:
        if hasattr(fileobj, "open"):
            fileobj.open("rb")
            fileobj.seek(0)
            data = fileobj.read()
            fileobj.close()
        elif isinstance(fileobj, (bytes, bytearray)):
            data = bytes(fileobj)
        else:
            data = Path(fileobj).read_bytes()
        pdf = pdfium.PdfDocument(data)
    except Exception:  # a damaged or encrypted PDF is no reason to refuse the document
        logger.warning("gazette: could not read a PDF for its text", exc_info=True)
        return ""
    parts = []
    try:
        for page in pdf:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    text = re.sub(r"[ \t\r\f\v]+", " ", "\n".join(parts))
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    return text[:MAX_TEXT]


def font_path():
    """A Unicode TTF with Vietnamese: settings.GAZETTE_PDF_FONT, else DejaVu Sans where Debian puts it."""
    candidates = [
        getattr(settings, "GAZETTE_PDF_FONT", ""),
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    raise FileNotFoundError("No Unicode TTF font found for the gazette's PDFs: set GAZETTE_PDF_FONT.")


# Latin, Vietnamese letters and marks, typographic punctuation: what the gazette's PDFs write.
_UNICODES = [
    *range(0x20, 0x7F),
    *range(0xA0, 0x180),
    *range(0x1A0, 0x1B1),
    *range(0x300, 0x324),
    *range(0x1EA0, 0x1EFA),
    *range(0x2010, 0x2027),
]
_SUBSET_FONT = None


def vietnamese_font():
    """A subset of the font with only the glyphs above, made once per process.

    fpdf2 parses the whole TTF for every PDF (DejaVu Sans has 6,000 glyphs: a third of a second); the subset
    makes a demo PDF about ten times faster.
    """
    global _SUBSET_FONT
    if _SUBSET_FONT is None or not Path(_SUBSET_FONT).exists():
        from fontTools import subset

        source = font_path()
        digest = hashlib.sha1(f"{source}:{Path(source).stat().st_mtime}".encode()).hexdigest()[:12]
        target = Path(tempfile.gettempdir()) / f"tnp-gazette-font-{digest}.ttf"
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


def make_pdf(heading_lines, paragraphs, footer="") -> bytes:
    """A small A4 PDF in Vietnamese: centred heading lines, then the paragraphs."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_font("DejaVu", "", vietnamese_font())
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    for line in heading_lines:
        pdf.multi_cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if footer:
        pdf.ln(6)
        pdf.multi_cell(0, 6, footer, align="R", new_x="LMARGIN", new_y="NEXT")
    buffer = io.BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()
