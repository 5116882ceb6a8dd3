"""What the gazette hands to the portal's full-text layer (core/fulltext/): its legal documents, their numbers as
keys, and the number a reader types in a query.

* ``legal_documents``: the ``portal_search_sources`` source. A published document is one entry: its number and
  summary (trích yếu) as the title, its signer, the newsroom's plain-language summary (tóm tắt dễ hiểu) and full
  text as the body (the boilerplate every document repeats taken out first, so it weighs nothing), its signing date
  as the date, its keys.
* ``document_keys``: a document found by its number in any spelling: ``68``, ``68-2026``, ``68-2026-qd``,
  ``qd-68``, ``68-2026-qd-ubnd``.
* ``query_keys``: the one key a query names, when it is a number and nothing else: ``68/2026/QĐ-UBND`` ->
  ``68-2026-qd-ubnd``, ``qd 68 2026`` -> ``68-2026-qd``, ``quyết định 68`` -> ``qd-68``, ``số 68`` -> ``68``.
"""

import re

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from thainguyen_portal.core.fulltext.text import fold, syllables

from .numbers import InvalidNumber, parse_number

# The parts of a legal document every document repeats: the national motto, the preamble ("Căn cứ …", "Theo đề nghị
# của …"), the standard execution article, the distribution list and the signature block.
BOILERPLATE = [
    re.compile(r"C[ỘO]NG H[ÒOÓ]A X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM", re.IGNORECASE),
    re.compile(r"Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc", re.IGNORECASE),
    re.compile(r"\b(?:Căn cứ|Theo đề nghị của|Xét đề nghị của)\b[^;]*?(?:;|\.(?=\s|$))", re.IGNORECASE),
    re.compile(
        r"Điều \d+\.\s*Chánh Văn phòng[^.]*?(?:chịu trách nhiệm|có trách nhiệm)?\s*(?:thi hành|thực hiện)[^.]*\.",
        re.IGNORECASE,
    ),
    re.compile(r"Nơi nhận\s*:.*", re.IGNORECASE | re.DOTALL),
    re.compile(r"\b(?:TM|KT|TL|TUQ|Q)\.\s*[A-ZĐÀ-Ỹ ]{4,}", re.UNICODE),
]

TYPE_WORDS = {
    ("qd",): "qd",
    ("quyet", "dinh"): "qd",
    ("nq",): "nq",
    ("nghi", "quyet"): "nq",
    ("ct",): "ct",
    ("chi", "thi"): "ct",
    ("kh",): "kh",
    ("ke", "hoach"): "kh",
    ("tb",): "tb",
    ("thong", "bao"): "tb",
    ("hd",): "hd",
    ("huong", "dan"): "hd",
    ("quy", "dinh"): "qd",
}
ISSUER_WORDS = {"ubnd", "hdnd", "ttr", "so", "van", "ban", "ubtv", "tt"}


def _is_number(token):
    """ASCII digits only: "²" or "①" are digits to Python but no document number."""
    return token.isascii() and token.isdigit()


def strip_boilerplate(text):
    for pattern in BOILERPLATE:
        text = pattern.sub(" ", text or "")
    return text


def document_keys(document):
    try:
        parsed = parse_number(document.number)
    except InvalidNumber:
        return []
    kind = fold(parsed.symbols[0]).lower() if parsed.symbols else ""
    keys = [str(parsed.number), parsed.key]
    if parsed.year:
        keys.append(f"{parsed.number}-{parsed.year}")
        if kind:
            keys.append(f"{parsed.number}-{parsed.year}-{kind}")
    if kind:
        keys.append(f"{kind}-{parsed.number}")
    return keys


def query_keys(text):
    """The keys of a query that is only a document number, in any spelling; [] for any other query."""
    try:
        parsed = parse_number(text)
    except InvalidNumber:
        parsed = None
    if parsed is not None:
        return [parsed.key]
    tokens = [fold(word).lower() for word in syllables(text)]
    number = year = kind = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        pair = tuple(tokens[i : i + 2])
        if pair in TYPE_WORDS:
            kind = kind or TYPE_WORDS[pair]
            i += 2
            continue
        if (token,) in TYPE_WORDS:
            kind = kind or TYPE_WORDS[(token,)]
        elif _is_number(token) and len(token) == 4 and 1945 <= int(token) <= 2100 and number is not None:
            year = int(token)
        elif _is_number(token) and len(token) <= 5 and number is None and int(token) > 0:
            number = int(token)
        elif token not in ISSUER_WORDS:
            return []  # other words: a search for words, not a number
        i += 1
    if number is None:
        return []
    # the most specific key only: "qd 68 2026" names decision 68 of 2026, not resolution 68 of 2026
    if year and kind:
        return [f"{number}-{year}-{kind}"]
    if year:
        return [f"{number}-{year}"]
    if kind:
        return [f"{kind}-{number}"]
    return [str(number)]


def _index_page():
    """The Vietnamese gazette index page: its URL and tree path go into every entry."""
    from .models import GazetteIndexPage

    return GazetteIndexPage.objects.live().filter(locale__language_code="vi").order_by("path").first()


def document_entry(document, index=None):
    index = index or _index_page()
    base = index.url if index is not None and index.url else ""
    return {
        "locale": "vi",
        "title": f"{document.number} {document.summary}",
        "body": "\n".join(
            part
            for part in (
                f"{document.signer_position} {document.signer}".strip(),
                " ".join(strip_tags(document.plain_summary).split()),
                strip_boilerplate(document.full_text),
            )
            if part
        ),
        "url": f"{base}van-ban/{document.slug}/" if base else "",
        "date": document.issue_date,
        "path": index.path if index is not None else "",
        "keys": document_keys(document),
    }


def lookup_url():
    index = _index_page()
    return f"{index.url}tra-cuu/" if index is not None and index.url else None


def legal_documents():
    from .models import LegalDocument

    return {
        "name": "gazette.legaldocument",
        "kind": "gazette",
        "label": _("Legal documents"),
        "model": LegalDocument,
        "queryset": lambda: LegalDocument.objects.published(),
        "entry": document_entry,
        "lookup_url": lookup_url,
        "auto_index": False,  # LegalDocument.save() hands each document over once, with its full text and status
    }
