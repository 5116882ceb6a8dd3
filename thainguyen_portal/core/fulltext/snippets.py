"""Snippets: the passage of a result that best matches the query, with the words that matched marked.

A word is marked only where it is part of a match of a whole group (a phrase side by side, a synonym, a place's
successor): "chỉ đạo … Lễ hội Trà" shows no mark for a search of "trà đạo". The passage is the window of about
30 words holding the most groups (then the most marked words); the title is marked the same way.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import fold_tokens

_WORD = re.compile(r"[^\W_]+")


def _marked(words, parsed):
    """Indexes of the words that are part of a match, and for each the group it matched."""
    folded = fold_tokens([m.group() for m in words], parsed.language)
    marked = {}
    for number, group in enumerate(parsed.groups):
        for form in group.alternatives:
            size = len(form)
            if not size:
                continue
            first = form[0]
            for index, word in enumerate(folded):
                if word == first and tuple(folded[index : index + size]) == tuple(form):
                    for position in range(index, index + size):
                        marked.setdefault(position, number)
    return marked


def highlight(text, parsed, window=30, whole=False):
    """HTML: the best window of `text` (all of it when `whole`), matches in <mark>, the rest escaped."""
    text = text or ""
    words = list(_WORD.finditer(text))
    if not words:
        return mark_safe(escape(text[:240]))
    marked = _marked(words, parsed)
    if whole or len(words) <= window:
        start_word, end_word = 0, len(words)
    else:
        best, start_word = (-1, -1), 0
        for anchor in sorted(marked) or [0]:
            start = max(0, min(anchor - window // 4, len(words) - window))
            inside = [marked[i] for i in marked if start <= i < start + window]
            quality = (len(set(inside)), len(inside))
            if quality > best:
                best, start_word = quality, start
        end_word = min(len(words), start_word + window)
    start = words[start_word].start() if start_word else 0
    end = words[end_word - 1].end() if end_word < len(words) else len(text)
    out, cursor = [], start
    for index in range(start_word, end_word):
        if index in marked:
            match = words[index]
            out.append(escape(text[cursor : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            cursor = match.end()
    out.append(escape(text[cursor:end]))
    prefix = "… " if start_word else ""
    suffix = " …" if end_word < len(words) else ""
    return mark_safe(prefix + "".join(out).replace("\n", " ") + suffix)
