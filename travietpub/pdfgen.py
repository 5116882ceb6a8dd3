"""Real multi-page PDFs with Vietnamese text, for the demo content and the tests (fpdf2 and a Unicode font).

``make_issue_pdf`` writes an issue the way the printer would: a cover page then one page per article page, with
a text layer; with ``scanned=True`` every page is only a picture of its text (no text layer), like a scanned
back issue. The output is deterministic (fixed creation date), so importing it twice is a no-op.
"""

import datetime
import io
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from thainguyen_portal.core.intake.pdf import font_path

FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
TEA_GREEN = (11, 93, 59)


def _sibling(font, suffix):
    """The bold (or other) face next to `font` (DejaVuSans.ttf -> DejaVuSans-Bold.ttf), else `font` itself."""
    path = Path(font)
    candidate = path.with_name(f"{path.stem}-{suffix}{path.suffix}")
    return str(candidate) if candidate.is_file() else font


def _serif(font):
    """DejaVu Serif Bold for the masthead when the system has it, else the bold of the text font."""
    serif = Path(font).with_name("DejaVuSerif-Bold.ttf")
    return str(serif) if serif.is_file() else _sibling(font, "Bold")


def make_issue_pdf(path, *, title, number, date_label, pages, scanned=False, cover_lines=(), cover_art=None):
    """Write an issue to `path`: a cover, then `pages`. Returns the path.

    The cover reads as a magazine's: the masthead "TRÀ VIỆT", the issue's number and date, an illustration
    (`cover_art`, JPEG bytes, drawn full width when given), the issue's title and its cover lines (the headlines of
    its articles). Each page is a (heading, [paragraphs]) pair, or (heading, [paragraphs], JPEG bytes) for a page
    with a picture; its text runs in two columns under a running head.
    """
    font = font_path()
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("Đặc san Trà Việt")
    pdf.set_auto_page_break(False)
    pdf.add_font("body", "", font)
    pdf.add_font("bold", "", _sibling(font, "Bold"))
    pdf.add_font("masthead", "", _serif(font))
    kicker = f"ĐẶC SAN TRÀ VIỆT – SỐ {number}"
    if scanned:
        cover = (kicker, [title, date_label, *cover_lines, "Thái Nguyên – Đệ nhất danh trà"])
        for index, page in enumerate([cover, *pages]):
            pdf.add_page()
            art = cover_art if index == 0 else None
            pdf.image(_scanned_page(font, page[0], page[1], cover=index == 0, art=art), x=0, y=0, w=210, h=297)
        pdf.output(str(path))
        return path
    _cover(pdf, kicker, title, number, date_label, cover_lines, cover_art)
    for index, page in enumerate(pages, start=2):
        heading, paragraphs = page[0], page[1]
        art = page[2] if len(page) > 2 else None
        pdf.add_page()
        # A rule with a green tab, as the magazine's pages have (no text: the page's text is the article's).
        pdf.set_fill_color(*TEA_GREEN)
        pdf.rect(18, 12, 22, 3, style="F")
        pdf.set_draw_color(*TEA_GREEN)
        pdf.set_line_width(0.4)
        pdf.line(18, 15, 192, 15)
        pdf.set_text_color(20, 20, 20)
        pdf.set_font("masthead", size=20)
        pdf.set_xy(18, 22)
        pdf.multi_cell(174, 9, heading)
        pdf.ln(3)
        if art:
            top = pdf.get_y()
            pdf.image(io.BytesIO(art), x=18, y=top, w=174, h=98)
            pdf.set_y(top + 102)
        pdf.set_font("body", size=11)
        columns = pdf.text_columns(
            ncols=2, gutter=7, text_align="J", l_margin=18, r_margin=18, line_height=1.4, balance=True
        )
        with columns:
            for paragraph in paragraphs:
                with columns.paragraph(bottom_margin=2) as text:
                    text.write(paragraph)
        pdf.set_font("body", size=8.5)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(18, 285)
        pdf.cell(174, 5, f"Đặc san Trà Việt số {number} – trang {index}", align="C")
    pdf.output(str(path))
    return path


COVER_PAPER = (250, 247, 238)
TEA_LIGHT = (214, 232, 200)


def _cover(pdf, kicker, title, number, date_label, cover_lines, cover_art):
    pdf.add_page()
    pdf.set_fill_color(*COVER_PAPER)
    pdf.rect(0, 0, 210, 297, style="F")
    # A green strip: what and which issue.
    pdf.set_fill_color(*TEA_GREEN)
    pdf.rect(0, 0, 210, 11, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("bold", size=9)
    pdf.set_xy(12, 3)
    pdf.cell(120, 5, kicker)
    pdf.set_font("body", size=9)
    pdf.cell(66, 5, date_label, align="R")
    # The masthead, the motto, the number.
    pdf.set_text_color(*TEA_GREEN)
    pdf.set_font("masthead", size=66)
    pdf.set_xy(10, 14)
    pdf.cell(190, 28, "TRÀ VIỆT", align="C")
    pdf.set_font("body", size=11)
    pdf.set_text_color(60, 60, 60)
    pdf.set_xy(12, 43)
    pdf.cell(93, 6, "Thái Nguyên – Đệ nhất danh trà")
    pdf.set_font("bold", size=11)
    pdf.cell(93, 6, f"Số {number} · {date_label}", align="R")
    # The illustration, full width; a green field when there is none.
    if cover_art:
        pdf.image(io.BytesIO(cover_art), x=0, y=52, w=210, h=150)
    else:
        pdf.set_fill_color(*TEA_LIGHT)
        pdf.rect(0, 52, 210, 150, style="F")
    # The issue's title on a green band over the foot of the picture.
    pdf.set_fill_color(*TEA_GREEN)
    pdf.rect(0, 186, 210, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("masthead", size=21)
    pdf.set_xy(12, 189)
    pdf.multi_cell(186, 11, title, align="L")
    # Cover lines: the headlines of the issue.
    pdf.set_xy(12, 223)
    if cover_lines:
        pdf.set_text_color(*TEA_GREEN)
        pdf.set_font("bold", size=10)
        pdf.cell(186, 6, "TRONG SỐ NÀY", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(25, 25, 25)
        for line in list(cover_lines)[:5]:
            pdf.set_x(12)
            pdf.set_font("masthead", size=15)
            pdf.multi_cell(186, 8, f"• {line}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(*TEA_GREEN)
    pdf.rect(0, 290, 210, 7, style="F")


def _scanned_page(font, heading, paragraphs, cover=False, art=None):
    """A greyish A4 picture of the page's text at 150 dpi, as a scanner makes it (a JPEG, no text layer); a cover
    has the masthead and, when given, its illustration."""
    width, height = 1240, 1754
    image = Image.new("RGB", (width, height), (246, 243, 232))
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(font, 56 if cover else 44)
    small = ImageFont.truetype(font, 30)
    y = 140
    if cover:
        masthead = ImageFont.truetype(_serif(font), 150)
        draw.text((width // 2, 60), "TRÀ VIỆT", font=masthead, fill=TEA_GREEN, anchor="mt")
        y = 260
        if art:
            picture = Image.open(io.BytesIO(art)).convert("L").convert("RGB").resize((width - 160, 720))
            image.paste(picture, (80, y + 150))
    for line in _wrap(draw, heading, big, width - 200):
        draw.text((100, y), line, font=big, fill=(15, 15, 15))
        y += 70
    y += 30 + (760 if cover and art else 0)
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
