"""Snippets with the matched words marked, for the results page."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import fold

_WORD = re.compile(r"[^\W_]+")


def _matched_spans(text, folded_words, folded_phrases):
    words = list(_WORD.finditer(text))
    folded = [fold(m.group()) for m in words]
    marked = set()
    for index, word in enumerate(folded):
        if word in folded_words:
            marked.add(index)
    for phrase in folded_phrases:
        size = len(phrase)
        for index in range(len(folded) - size + 1):
            if folded[index : index + size] == phrase:
                marked.update(range(index, index + size))
    return words, sorted(marked)


def highlight(text, folded_words, folded_phrases, window=32):
    """HTML: up to `window` words of `text` around the first match, matches in <mark>, the rest escaped."""
    text = text or ""
    words, marked = _matched_spans(text, set(folded_words), folded_phrases)
    if not words:
        return mark_safe(escape(text[:240]))
    first = marked[0] if marked else 0
    start_word = max(0, first - window // 3)
    end_word = min(len(words), start_word + window)
    start = words[start_word].start() if start_word else 0
    end = words[end_word - 1].end() if end_word < len(words) else len(text)
    marked_set = set(marked)
    out, cursor = [], start
    for index in range(start_word, end_word):
        match = words[index]
        if index in marked_set:
            out.append(escape(text[cursor : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            cursor = match.end()
    out.append(escape(text[cursor:end]))
    prefix = "… " if start_word else ""
    suffix = " …" if end_word < len(words) else ""
    return mark_safe(prefix + "".join(out).replace("\n", " ") + suffix)
