"""Finding glossary terms in a Vietnamese text and checking that the English text uses their renderings.

Matching is on whole words, case-insensitive, after Unicode NFC normalisation and with the old and new placements
of Vietnamese tone marks made equal ("Uỷ ban" and "Ủy ban" are the same term). When terms overlap, the longest
wins: in "Phó Chủ tịch Ủy ban nhân dân tỉnh" the glossary's "Phó Chủ tịch" is checked, not "Chủ tịch" inside it.
"""

import re
import unicodedata
from dataclasses import dataclass

from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .models import GlossaryTerm

# Old-style ("hoà", "uỷ") to new-style ("hòa", "ủy") tone-mark placement, for matching only.
_TONE_PLACEMENT = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_TONE_RE = re.compile("|".join(_TONE_PLACEMENT))
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "\u00a0": " "})


def normalise(text):
    """Lower case, NFC, one tone-mark placement, straight apostrophes, single spaces."""
    text = unicodedata.normalize("NFC", str(text or "")).casefold().translate(_QUOTES)
    text = _TONE_RE.sub(lambda match: _TONE_PLACEMENT[match.group(0)], text)
    return " ".join(text.split())


def _pattern(phrase, plural=False):
    """Whole words of `phrase`, any spacing; with `plural`, the last word may take an English plural ending."""
    words = [re.escape(word) for word in normalise(phrase).split()]
    if not words:
        return None
    if plural and words[-1][-1:].isalpha():
        words[-1] += "(?:s|es)?"
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


@dataclass(frozen=True)
class Finding:
    term: GlossaryTerm
    count: int  # how many times the source uses the term


def terms_in(text, terms):
    """The glossary terms `text` uses (longest first where they overlap), with how often."""
    text = normalise(text)
    spans = []
    for term in sorted(terms, key=lambda t: len(normalise(t.source_term)), reverse=True):
        pattern = _pattern(term.source_term)
        if pattern is None:
            continue
        count = 0
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < taken_end and end > taken_start for taken_start, taken_end in spans):
                continue
            spans.append((start, end))
            count += 1
        if count:
            yield Finding(term, count)


def uses_rendering(text, term):
    pattern = _pattern(term.english, plural=True)
    return pattern is None or bool(pattern.search(normalise(text)))


def missing_renderings(source_text, english_text, terms):
    """The terms the source uses whose English rendering the English text lacks."""
    return [finding for finding in terms_in(source_text, terms) if not uses_rendering(english_text, finding.term)]


def translatable_text(instance):
    """The text of an object's translatable fields, as wagtail-localize extracts it for translators."""
    parts = []
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue) and segment.path != "slug":
            parts.append(segment.string.render_text())
    return "\n".join(parts)


def all_terms():
    return list(GlossaryTerm.objects.all())
