"""Numbers and symbols of legal documents (số, ký hiệu): parsing, validation, normalisation and lookup keys.

A Vietnamese legal document is numbered ``<number>/<year>/<type>-<issuer>`` (``15/2026/QĐ-UBND``) when it is a
legal normative document, or ``<number>/<type>-<issuer>`` (``125/QĐ-UBND``) otherwise. People type these in many
ways: ``15/2026/qd-ubnd``, ``15 2026 QD UBND``, ``Số 15/2026/QĐ-UBND``. :func:`parse_number` accepts all of them
and gives one canonical form and one ASCII key (``15-2026-qd-ubnd``), which is also the document's permanent slug.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from thainguyen_portal.core.text import fold_vietnamese

# Abbreviations whose canonical spelling is not simply the upper-case of what was typed (folded form -> canonical).
CANONICAL_SYMBOLS = {
    "QD": "QĐ",
    "HDND": "HĐND",
    "QYD": "QyĐ",
    "TTR": "TTr",
    "HD": "HD",
    "SKHDT": "SKHĐT",
    "DU": "ĐU",
    "DHD": "ĐHĐ",
}

MIN_YEAR, MAX_YEAR = 1945, 2100
_PREFIX = re.compile(r"^\s*(?:s[oố]|no\.?)\s*[:.]?\s*(?=\d)", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s/\\_.,;:–—\-+]+")
_DIGITS = re.compile(r"^\d+$")
_LETTERS = re.compile(r"^[^\W\d_]+$")
_PARTIAL = re.compile(r"^\s*(?:s[oố]\s*[:.]?\s*)?(\d{1,5})(?:\s*[/\s.\-]\s*(\d{4}))?\s*/?\s*$", re.IGNORECASE)


class InvalidNumber(ValueError):
    """A number and symbol that cannot be read; ``message`` says why, in the reader's language."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class DocumentNumber:
    number: int
    digits: str  # as typed, leading zeros kept ("05")
    year: int | None
    symbols: tuple  # canonical abbreviations: ("QĐ", "UBND")

    @property
    def symbol(self):
        return "-".join(self.symbols)

    @property
    def canonical(self):
        parts = [self.digits] + ([str(self.year)] if self.year else []) + [self.symbol]
        return "/".join(parts)

    @property
    def symbol_key(self):
        return "-".join(fold_vietnamese(part).lower() for part in self.symbols)

    @property
    def key(self):
        """The ASCII key and permanent slug: ``15-2026-qd-ubnd`` (leading zeros dropped)."""
        parts = [str(self.number)] + ([str(self.year)] if self.year else []) + [self.symbol_key]
        return "-".join(parts)


def _canonical_symbol(token):
    folded = fold_vietnamese(token).upper()
    if folded in CANONICAL_SYMBOLS:
        return CANONICAL_SYMBOLS[folded]
    return token.upper()


def parse_number(raw) -> DocumentNumber:
    """Read a number and symbol typed any usual way; raise :class:`InvalidNumber` saying why when it cannot."""
    text = unicodedata.normalize("NFC", str(raw or "")).strip()
    if not text:
        raise InvalidNumber(_("Enter the number and symbol, for example 15/2026/QĐ-UBND."))
    text = _PREFIX.sub("", text)
    tokens = [token for token in _SEPARATORS.split(text) if token]
    if not tokens or not _DIGITS.match(tokens[0]):
        raise InvalidNumber(_("The number and symbol must start with the document's number, as in 15/2026/QĐ-UBND."))
    digits = tokens.pop(0)
    if len(digits) > 5 or int(digits) == 0:
        raise InvalidNumber(_("The document's number must be between 1 and 99999."))
    year = None
    if tokens and _DIGITS.match(tokens[0]):
        candidate = tokens.pop(0)
        if len(candidate) != 4 or not MIN_YEAR <= int(candidate) <= MAX_YEAR:
            raise InvalidNumber(_("The year must have four digits, between 1945 and 2100."))
        year = int(candidate)
    if len(tokens) < 2:
        raise InvalidNumber(
            _("The symbol needs the document type and the issuing body, separated by a hyphen: QĐ-UBND.")
        )
    for token in tokens:
        if not _LETTERS.match(token):
            raise InvalidNumber(_("The symbol may contain letters only, as in QĐ-UBND."))
        if len(token) > 12:
            raise InvalidNumber(_("A part of the symbol is too long."))
    return DocumentNumber(
        number=int(digits), digits=digits, year=year, symbols=tuple(_canonical_symbol(t) for t in tokens)
    )


def normalise_number(raw) -> str:
    return parse_number(raw).canonical


@dataclass(frozen=True)
class PartialNumber:
    number: int
    year: int | None


def parse_partial_number(raw):
    """A bare number, or number and year ("15", "15/2026", "số 15 2026"), or None."""
    match = _PARTIAL.match(str(raw or ""))
    if not match:
        return None
    number = int(match.group(1))
    year = int(match.group(2)) if match.group(2) else None
    if number == 0 or (year is not None and not MIN_YEAR <= year <= MAX_YEAR):
        return None
    return PartialNumber(number=number, year=year)
