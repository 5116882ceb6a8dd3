"""Text as the index sees it: the same code on every database, so SQLite and PostgreSQL cannot disagree.

* ``normalise``: Unicode NFC (a decomposed "ệ" typed on some phones becomes one letter), control characters
  dropped, whitespace collapsed;
* ``fold``: tone and vowel marks dropped, đ/Đ/Ð -> d, lower case ("ĐẶC SAN" -> "dac san"); a translation table,
  so it runs at C speed;
* ``syllables``: the words of a text (runs of letters and digits: "68/2026/QĐ-UBND" -> 68 2026 QĐ UBND, "1.500" ->
  1 500), the same cut for documents and queries;
* ``index_tokens``: the folded syllables the index keeps (English: Snowball stems, "investors" -> "investor");
* ``token_string``: tokens between single spaces with a space at each end, so a phrase is ``'% a b %'``.
"""

import re
import unicodedata

import snowballstemmer

from thainguyen_portal.core.text import fold_vietnamese

# Longest syllable kept (a token longer than this is cut): PostgreSQL refuses lexemes over 2 kB, and nothing a
# reader types is longer.
MAX_TOKEN_LENGTH = 60
# Tokens of one entry that are indexed: PostgreSQL keeps positions up to 16,383, beyond which phrases could not be
# told apart; both databases stop at the same place.
MAX_INDEXED_TOKENS = 16000

_WORD = re.compile(r"[^\W_]+")


def _fold_table():
    table = {}
    for codepoint in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00), *range(ord("A"), ord("Z") + 1)]:
        char = chr(codepoint)
        folded = fold_vietnamese(char).lower()
        if len(folded) == 1 and folded != char:
            table[codepoint] = folded
    for char in "đĐðÐ":
        table[ord(char)] = "d"
    return table


_FOLD = _fold_table()


def normalise(value) -> str:
    """NFC, printable characters only, whitespace collapsed."""
    text = unicodedata.normalize("NFC", str(value or ""))
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def fold(value: str) -> str:
    """ "Đặc san Trà Việt" -> "dac san tra viet". Input in NFC keeps its length (one character for one)."""
    text = unicodedata.normalize("NFC", value or "").translate(_FOLD)
    return text if text.isascii() else text.lower()


def has_marks(value: str) -> bool:
    return fold(value) != (value or "").lower()


def syllables(value: str) -> list[str]:
    """The words of a text, case and marks kept: runs of letters and digits."""
    return [word[:MAX_TOKEN_LENGTH] for word in _WORD.findall(unicodedata.normalize("NFC", value or ""))]


_STEMMER = snowballstemmer.stemmer("english")


def is_stemmed(language: str) -> bool:
    return (language or "").startswith("en")


def fold_tokens(words, language="vi") -> list[str]:
    """Folded tokens of the given words; English ones stemmed (Snowball's Porter2: "investors" -> "investor")."""
    folded = [fold(word) for word in words]
    if is_stemmed(language):
        return _STEMMER.stemWords(folded)
    return folded


def index_tokens(value: str, language="vi") -> list[str]:
    return fold_tokens(syllables(value), language)


def exact_tokens(value: str) -> list[str]:
    return [word.lower() for word in syllables(value)]


def token_string(words) -> str:
    """ "dac san tra viet" between spaces: " dac san tra viet " (empty when there are no words)."""
    words = list(words)
    return f" {' '.join(words)} " if words else ""
