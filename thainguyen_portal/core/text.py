"""Vietnamese text helpers: the one slug function every part of the portal uses, and short plain-text excerpts."""

import html
import re
import unicodedata

from django.utils.html import strip_tags

# đ/Đ are letters of their own, not a d with a mark: NFKD leaves them whole, so they are mapped first.
_LETTER_MAP = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold_vietnamese(value: str) -> str:
    """Drop tone and vowel marks and turn đ into d: "Đặc san Trà Việt" -> "Dac san Tra Viet"."""
    decomposed = unicodedata.normalize("NFKD", str(value).translate(_LETTER_MAP))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def vietnamese_slugify(value: str, max_length: int = 255) -> str:
    """An ASCII, readable slug: "Đường lên Tân Cương" -> "duong-len-tan-cuong".

    Lower-case, marks folded, every run of other characters becomes one hyphen, no hyphen at either end,
    cut at a word boundary within `max_length`.
    """
    slug = _NON_ALNUM.sub("-", fold_vietnamese(value).lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def slug_input_formatters():
    """Regex replacements for Wagtail's slug widget that fold Vietnamese in the browser as `fold_vietnamese` does.

    Wagtail's own transliteration drops "ư", "ơ" and their toned forms ("Đường" -> "dng"); these run first, so
    the slug an editor sees while typing is the one the server would make. Built from `fold_vietnamese` itself
    over the Latin letters with marks, so the two cannot disagree.
    """
    groups = {}
    for codepoint in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        char = chr(codepoint)
        folded = fold_vietnamese(char)
        if folded != char and len(folded) == 1 and folded.isascii() and folded.isalpha():
            groups.setdefault(folded, []).append(char)
    return [(f"[{''.join(chars)}]", base, "g") for base, chars in sorted(groups.items())]


def size_and_limit(size, limit):
    """The size of a file and the limit it passed, for a message: "11.0 MB" and "10.0 MB"; both in exact bytes when
    the rounded figures would read the same ("10,485,761 bytes" and "10,485,760 bytes", never "10.0 MB; the limit
    is 10.0 MB")."""
    from django.template.defaultfilters import filesizeformat
    from django.utils.formats import number_format
    from django.utils.translation import pgettext

    size_text, limit_text = filesizeformat(size), filesizeformat(limit)
    if size_text == limit_text and size != limit:

        def exact(value):
            return pgettext("file size", "%(bytes)s bytes") % {"bytes": number_format(value, force_grouping=True)}

        size_text, limit_text = exact(size), exact(limit)
    return size_text, limit_text


DESCRIPTION_LENGTH = 160


def excerpt(value, limit: int = DESCRIPTION_LENGTH) -> str:
    """Plain text of `value` (HTML tags dropped, entities decoded, spaces collapsed), cut at a word boundary to at
    most `limit` characters with "…" when it is longer: for a page's meta description."""
    text = " ".join(html.unescape(strip_tags(str(value or ""))).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.–-") + "…"
