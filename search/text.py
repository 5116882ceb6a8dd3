"""Vietnamese-aware text handling for search: normalisation, folding, tokens and query parsing.

Everything here is pure Python, so the SQLite and PostgreSQL paths fold text the same way:

* ``normalise`` puts text in Unicode NFC (a decomposed "ệ" typed on some phones becomes the single letter),
  removes control characters and collapses whitespace;
* ``fold`` drops tone and vowel marks, turns đ/Đ into d and lower-cases ("ĐẶC SAN" -> "dac san");
* ``tokens`` cuts text into words (letters and digits);
* ``parse_query`` reads what a reader typed: words and "quoted phrases" (an unbalanced quote just ends the
  phrase at the end of the query), cut to ``MAX_QUERY_LENGTH``.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from thainguyen_portal.core.text import fold_vietnamese

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12

_WORD = re.compile(r"[^\W_]+")


def normalise(value) -> str:
    """NFC, printable characters only, whitespace collapsed."""
    text = unicodedata.normalize("NFC", str(value or ""))
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())


def fold_char(ch: str) -> str:
    """One character folded to one character (so positions in the folded text match the original)."""
    folded = fold_vietnamese(ch).lower()
    return folded if len(folded) == 1 else ch.lower()


def fold(value: str) -> str:
    """ "Đặc san Trà Việt" -> "dac san tra viet", same length as the NFC input."""
    return "".join(fold_char(ch) for ch in unicodedata.normalize("NFC", value))


def tokens(value: str) -> list[str]:
    """The words of a text, case kept."""
    return _WORD.findall(unicodedata.normalize("NFC", value or ""))


def token_string(words) -> str:
    """Words joined by single spaces with a space at each end: " dac san tra viet ".

    Matching a word is then ``LIKE '% word %'`` and a phrase ``LIKE '% tra viet %'``, on any database.
    """
    return f" {' '.join(words)} " if words else ""


def folded_tokens(value: str) -> str:
    return token_string(fold(word) for word in tokens(value))


def exact_tokens(value: str) -> str:
    return token_string(word.lower() for word in tokens(value))


def has_marks(value: str) -> bool:
    return fold(value) != value.lower()


@dataclass
class ParsedQuery:
    """A reader's query: single words and phrases, each in its exact (lower-case, marked) and folded form."""

    text: str = ""
    truncated: bool = False
    words: list[str] = field(default_factory=list)  # exact, lower-case
    phrases: list[list[str]] = field(default_factory=list)  # exact, lower-case

    @property
    def is_empty(self):
        return not self.words and not self.phrases

    @property
    def folded_words(self):
        return [fold(word) for word in self.words]

    @property
    def folded_phrases(self):
        return [[fold(word) for word in phrase] for phrase in self.phrases]

    @property
    def all_folded_words(self):
        return self.folded_words + [word for phrase in self.folded_phrases for word in phrase]

    @property
    def has_marks(self):
        return any(has_marks(word) for word in self.words + [w for p in self.phrases for w in p])


def parse_query(raw) -> ParsedQuery:
    """Words and "quoted phrases" of a query; never fails, whatever comes in."""
    text = normalise(raw)
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] if " " in text[:MAX_QUERY_LENGTH] else text[:MAX_QUERY_LENGTH]
    # Typographic quotes count as quotes.
    quoted = re.sub(r"[“”„«»]", '"', text)
    parsed = ParsedQuery(text=text, truncated=truncated)
    seen = set()
    count = 0
    for index, part in enumerate(quoted.split('"')):
        words = [word.lower() for word in tokens(part)]
        if not words:
            continue
        if index % 2 and len(words) > 1:  # inside quotes (the text after an unbalanced quote counts too)
            phrase = words[:MAX_TERMS]
            key = ("phrase", tuple(phrase))
            if key not in seen:
                seen.add(key)
                parsed.phrases.append(phrase)
                count += len(phrase)
        else:
            for word in words:
                if ("word", word) not in seen:
                    seen.add(("word", word))
                    parsed.words.append(word)
                    count += 1
        if count >= MAX_TERMS:
            break
    parsed.words = parsed.words[:MAX_TERMS]
    return parsed
