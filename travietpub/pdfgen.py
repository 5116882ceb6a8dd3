"""Real multi-page PDFs with Vietnamese text, for the demo content and the tests (fpdf2 and a Unicode font).

``make_issue_pdf`` writes an issue the way the printer would: a cover page then one page per article page, with
a text layer; with ``scanned=True`` every page is only a picture of its text (no text layer), like a scanned
back issue. The output is deterministic (fixed creation date), so importing it twice is a no-op.
"""

import datetime
import io
import logging
import os
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

# fontTools logs every font subset at INFO level; that is noise in the commands' output.
logging.getLogger("fontTools").setLevel(logging.WARNING)

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/noto/NotoSans-Regular.ttf",
]
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
TEA_GREEN = (11, 93, 59)


class FontNotFound(RuntimeError):
    pass


def unicode_font():
    """A TTF font that covers Vietnamese: $TRAVIET_PDF_FONT, else DejaVu Sans or Noto Sans from the system."""
    candidates = [os.environ.get("TRAVIET_PDF_FONT", "")] + FONT_CANDIDATES
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    raise FontNotFound(
        "No Unicode TTF font found for Vietnamese text: install fonts-dejavu-core or set TRAVIET_PDF_FONT."
    )


def make_issue_pdf(path, *, title, number, date_label, pages, scanned=False):
    """Write an issue to `path`: a cover, then `pages` (each a (heading, [paragraphs]) pair). Returns the path."""
    font = unicode_font()
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("Đặc san Trà Việt")
    pdf.set_auto_page_break(False)
    pdf.add_font("body", "", font)
    page_texts = [(f"ĐẶC SAN TRÀ VIỆT – SỐ {number}", [title, date_label, "Thái Nguyên – Đệ nhất danh trà"])]
    page_texts += list(pages)
    for index, (heading, paragraphs) in enumerate(page_texts):
        pdf.add_page()
        if scanned:
            pdf.image(_scanned_page(font, heading, paragraphs, cover=index == 0), x=0, y=0, w=210, h=297)
            continue
        if index == 0:
            pdf.set_fill_color(*TEA_GREEN)
            pdf.rect(0, 0, 210, 297, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("body", size=30)
            pdf.set_xy(15, 40)
            pdf.multi_cell(180, 14, heading)
            pdf.set_font("body", size=20)
            for paragraph in paragraphs:
                pdf.set_x(15)
                pdf.multi_cell(180, 11, paragraph)
            continue
        pdf.set_text_color(20, 20, 20)
        pdf.set_font("body", size=18)
        pdf.set_xy(18, 20)
        pdf.multi_cell(174, 9, heading)
        pdf.ln(4)
        pdf.set_font("body", size=11)
        for paragraph in paragraphs:
            pdf.set_x(18)
            pdf.multi_cell(174, 6, paragraph)
            pdf.ln(2)
        pdf.set_font("body", size=9)
        pdf.set_xy(18, 285)
        pdf.cell(174, 5, f"Đặc san Trà Việt số {number} – trang {index + 1}", align="C")
    pdf.output(str(path))
    return path


def _scanned_page(font, heading, paragraphs, cover=False):
    """A greyish A4 picture of the page's text at 150 dpi, as a scanner makes it (a JPEG, no text layer)."""
    width, height = 1240, 1754
    image = Image.new("RGB", (width, height), (246, 243, 232))
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(font, 56 if cover else 44)
    small = ImageFont.truetype(font, 30)
    y = 140
    for line in _wrap(draw, heading, big, width - 200):
        draw.text((100, y), line, font=big, fill=(15, 15, 15))
        y += 70
    y += 30
    for paragraph in paragraphs:
        for line in _wrap(draw, paragraph, small, width - 200):
            draw.text((100, y), line, font=small, fill=(25, 25, 25))
            y += 44
        y += 20
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    buffer.seek(0)
    return buffer


def _wrap(draw, text, font, max_width):
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=font) <= max_width:
            current = candidate
        else:
            if current:
                lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
