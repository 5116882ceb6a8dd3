"""core.intake.pdf: the one PDF stack reads what the gazette writes with the one font, and refuses what is no PDF."""

import io

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from gazette.pdf import make_pdf
from thainguyen_portal.core.intake.pdf import PdfError, check_pdf, font_path, read_pages, render_page


def test_a_generated_vietnamese_pdf_is_read_back_with_its_marks():
    data = make_pdf(["QUYẾT ĐỊNH"], ["Về việc phát triển vùng chè Tân Cương."])
    pages = read_pages(data)
    assert len(pages) == 1
    text, (width, height) = pages[0]
    assert "QUYẾT ĐỊNH" in text and "vùng chè Tân Cương" in text
    assert round(width) == 595 and round(height) == 842  # A4 in points
    assert render_page(data, 1, 0.5).size == (298, 421)
    assert font_path().endswith(".ttf")


def test_what_is_no_pdf_is_refused_with_its_name():
    with pytest.raises(PdfError):
        read_pages(b"%PDF-1.4 but nothing else")
    with pytest.raises(ValidationError) as caught:
        check_pdf("don.pdf", b"MZ\x90\x00 a program")
    assert caught.value.code == "bad_pdf" and "don.pdf" in caught.value.messages[0]
    buffer = io.BytesIO()
    Image.new("RGB", (60, 80), "white").save(buffer, "PDF")
    check_pdf("don.pdf", buffer.getvalue())  # a real PDF passes
