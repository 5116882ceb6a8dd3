"""PDFs through core's PDF stack: the text of a signed PDF for the lookup, and small generated PDFs for demo and
tests."""

import io
import logging
import re
from pathlib import Path

from thainguyen_portal.core.intake.pdf import PdfError, read_pages, subset_font

logger = logging.getLogger(__name__)

MAX_TEXT = 200_000  # characters kept from one PDF: enough for any gazette document, bounded for the index


def extract_text(fileobj) -> str:
    """The text of every page of a PDF (a path, a Django File or bytes), whitespace tidied; "" when unreadable."""
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
        pages = read_pages(data)
    except (OSError, PdfError):  # a damaged or encrypted PDF is no reason to refuse the document
        logger.warning("gazette: could not read a PDF for its text", exc_info=True)
        return ""
    text = re.sub(r"[ \t\r\f\v]+", " ", "\n".join(text for text, _size in pages))
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    return text[:MAX_TEXT]


def make_pdf(heading_lines, paragraphs, footer="") -> bytes:
    """A small A4 PDF in Vietnamese: centred heading lines, then the paragraphs."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_font("DejaVu", "", subset_font())
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
