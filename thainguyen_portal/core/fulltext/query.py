"""Reading a query: what the reader typed becomes groups of syllables that must all be found.

1. Quoted text is one phrase (an unbalanced quote runs to the end; typographic quotes count).
2. Terms of the dictionary (``SynonymGroup``: "UBND, Ủy ban nhân dân"; ``PlaceName``: a former unit and the units
   it became) are one group each, with their equivalents as alternatives; the words naming a unit ("huyện", "xã",
   "thành phố" …) before a place are left to the ranking.
3. The rest is cut into words the way the index's own vocabulary does: neighbouring syllables that occur side by
   side somewhere in the index ("chuyển đổi", "đổi số") stay together as a phrase; others ("quyết định" + "68"
   when no text has "định 68") become separate groups.
4. A syllable the vocabulary does not know is corrected from it (Telex leftovers "thais" -> "thái", "nguyeen" ->
   "nguyên"; one wrong, missing, extra or swapped letter), and the reader is told.
5. Areas read identifiers out of it through the ``portal_search_query_keys`` hook (the gazette: a document number
   in any spelling), matched whole against the keys of the entries.

Everything here is plain Python over the vocabulary, so both databases see the same groups.
"""

import re
from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail import hooks

from .indexing import normalise_key
from .text import fold_tokens, is_stemmed, normalise, syllables

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
QUERY_KEYS_HOOK = "portal_search_query_keys"
DICTIONARY_CACHE_KEY = "fulltext:dictionary:v1"

# Words naming an administrative unit, folded: before a place name they are left to the ranking.
UNIT_WORDS = [("thanh", "pho"), ("thi", "xa"), ("thi", "tran"), ("huyen",), ("xa",), ("phuong",), ("tinh",), ("tp",)]
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass
class Group:
    """Syllables that must be found together: the typed form (folded, and with its marks) and its equivalents."""

    typed: str
    alternatives: list  # tuples of folded tokens; the first is what was typed
    exact: tuple = ()  # the typed tokens with their marks, lower case
    origin: str = "words"  # words | phrase | quoted | synonym | place
    boosts: list = field(default_factory=list)  # forms that rank higher but are not required ("thành phố Thái Nguyên")

    @property
    def tokens(self):
        return self.alternatives[0]


@dataclass
class Notice:
    """Something the reader is told about the query: a place renamed, a word corrected."""

    kind: str  # place | correction
    text: str
    detail: str = ""


@dataclass
class ParsedQuery:
    text: str = ""
    language: str = "vi"
    truncated: bool = False
    groups: list = field(default_factory=list)
    keys: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    corrected: str = ""  # the query as corrected, when a word was ("did you mean")
    relaxed: bool = False  # the phrases were split into single syllables (nothing had them side by side)

    @property
    def is_empty(self):
        return not self.groups and not self.keys

    @property
    def tokens(self):
        """Every folded token typed (after correction), in order."""
        return [token for group in self.groups for token in group.tokens]

    @property
    def exact(self):
        return [token for group in self.groups for token in group.exact]

    @property
    def all_alternatives(self):
        return [alt for group in self.groups for alt in group.alternatives]

    def relax(self):
        """The same query with every group of typed words cut into single syllables (dictionary terms and quoted
        phrases stay): used when nothing holds the phrases side by side."""
        groups = []
        for group in self.groups:
            if group.origin == "phrase" and len(group.tokens) > 1:
                exact = group.exact if len(group.exact) == len(group.tokens) else group.tokens
                groups.extend(
                    Group(typed=token, alternatives=[(token,)], exact=(mark,), origin="words")
                    for token, mark in zip(group.tokens, exact, strict=True)
                )
            else:
                groups.append(group)
        return ParsedQuery(
            text=self.text,
            language=self.language,
            truncated=self.truncated,
            groups=groups,
            keys=self.keys,
            notices=self.notices,
            corrected=self.corrected,
            relaxed=True,
        )


# --- the dictionary ---------------------------------------------------------------------------------------------


def dictionary():
    """{folded tuple: (kind, forms, notices, qualified forms)} from the synonyms and former place names; cached
    until one of them is saved or deleted (``clear_dictionary``, connected in core/apps.py).

    A former place widens a query to the units it became, and the reader is told, but a name that is still a
    unit's name today ("Thái Nguyên" is the province; "Phú Bình" a commune since 2025) is widened only when the
    query names the former unit ("huyện Phú Bình", "thành phố Thái Nguyên": the qualified forms), and a name that is
    a province today gets no note unless so named. A province it became part of is never a form: "Bắc Kạn" must not
    find everything about Thái Nguyên."""
    found = cache.get(DICTIONARY_CACHE_KEY)
    if found is not None:
        return found
    from django.utils import formats
    from django.utils.translation import gettext

    from thainguyen_portal.core.models import PlaceName, SynonymGroup

    entries = {}
    for group in SynonymGroup.objects.all():
        terms = [tuple(fold_tokens(syllables(term))) for term in group.term_list()]
        terms = [term for term in dict.fromkeys(terms) if term]
        for term in terms:
            entry = entries.setdefault(term, ["synonym", [term], [], [term]])
            entry[1].extend(other for other in terms if other not in entry[1])
            entry[3] = entry[1]
    places = list(PlaceName.objects.all())
    current, provinces = set(), set()
    for place in places:
        for unit in place.successor_list():
            tokens = tuple(fold_tokens(syllables(unit)))
            current.add(_strip_unit(tokens))
            if tokens[:1] == ("tinh",):
                provinces.add(_strip_unit(tokens))
    for place in places:
        name = tuple(fold_tokens(syllables(place.name)))
        if not name:
            continue
        successors = [
            _strip_unit(tokens)
            for tokens in (tuple(fold_tokens(syllables(unit))) for unit in place.successor_list())
            if tokens[:1] != ("tinh",)
        ]
        entry = entries.setdefault(name, ["place", [name], [], [name]])
        if entry[0] != "place":  # a synonym of the same spelling: the place's forms join it
            entry[0] = "place"
        entry[3].extend(unit for unit in successors if unit and unit not in entry[3])
        if name not in current:
            entry[1].extend(unit for unit in successors if unit and unit not in entry[1])
        note = gettext("%(unit)s %(name)s (until %(until)s) is now part of: %(now)s.") % {
            "unit": place.get_unit_display(),
            "name": place.name,
            "until": formats.date_format(place.until, "SHORT_DATE_FORMAT"),
            "now": ", ".join(place.successor_list()),
        }
        entry[2].append((note[:1].upper() + note[1:], name not in provinces))
    found = {key: tuple(value) for key, value in entries.items()}
    cache.set(DICTIONARY_CACHE_KEY, found, 3600)
    return found


def clear_dictionary(**kwargs):
    cache.delete(DICTIONARY_CACHE_KEY)


def _strip_unit(tokens):
    for unit in UNIT_WORDS:
        if tokens[: len(unit)] == unit and len(tokens) > len(unit):
            return tokens[len(unit) :]
    return tokens


# --- the vocabulary -----------------------------------------------------------------------------------------------


def _known(terms):
    """{term: (entries, display)} of the given folded syllables and pairs that the vocabulary holds."""
    from thainguyen_portal.core.models import SearchTerm

    terms = [term for term in dict.fromkeys(terms) if term]
    if not terms:
        return {}
    return {
        term: (entries, display)
        for term, entries, display in SearchTerm.objects.filter(term__in=terms).values_list(
            "term", "entries", "display"
        )
    }


_TELEX_DOUBLES = (("dd", "d"), ("aa", "a"), ("ee", "e"), ("oo", "o"), ("aw", "a"), ("ow", "o"), ("uw", "u"))


def telex_candidates(word):
    """What a syllable typed with Telex leftovers may have meant: "thais" -> "thai", "nguyeen" -> "nguyen",
    "vieejt" -> "viet"."""
    out = []
    base = word
    for double, single in _TELEX_DOUBLES:
        base = base.replace(double, single)
    base = base.replace("w", "u") if "w" in base else base
    for candidate in (base, base[:-1] if base[-1:] in "sfrxj" else base):
        stripped = candidate
        if len(stripped) > 2:
            # a tone letter typed inside the syllable ("vieejt" -> "viejt" -> "viet")
            stripped = stripped[0] + re.sub(r"(?<=[aeiouy])[sfrxj](?=[a-z])", "", stripped[1:])
        for option in (candidate, stripped):
            if option and option != word and option not in out:
                out.append(option)
    return out


def edit_candidates(word):
    """Every string one edit away (a letter deleted, replaced, inserted, or two swapped)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return list(dict.fromkeys(deletes + swaps + replaces + inserts))


def correct(tokens, known):
    """Each token the vocabulary does not know, corrected from it when it can be: {token: (correction, display)}.

    Telex readings first, then one edit; among the candidates the vocabulary holds, the one in most entries. Numbers
    and words of one or two letters are left alone."""
    unknown = [token for token in dict.fromkeys(tokens) if token not in known and len(token) > 2 and token.isalpha()]
    if not unknown:
        return {}
    telex = {token: telex_candidates(token) for token in unknown}
    edits = {token: edit_candidates(token) for token in unknown}
    found = _known([c for token in unknown for c in telex[token] + edits[token]])
    corrections = {}
    for token in unknown:
        for candidates in (telex[token], edits[token]):
            options = [(found[c][0], c) for c in candidates if c in found]
            if options:
                best = max(options)[1]
                corrections[token] = (best, found[best][1] or best)
                break
    return corrections


# --- parsing ------------------------------------------------------------------------------------------------------


def _split_quoted(text):
    quoted = re.sub(r"[“”„«»]", '"', text)
    for index, part in enumerate(quoted.split('"')):
        if part.strip():
            yield part, bool(index % 2)


def query_keys(text):
    keys = []
    for fn in hooks.get_hooks(QUERY_KEYS_HOOK):
        for key in fn(text) or ():
            key = normalise_key(key)
            if key and key not in keys:
                keys.append(key)
    return keys


def parse_query(raw, language="vi", use_vocabulary=True):
    """The groups of a query; never fails, whatever comes in."""
    text = normalise(raw)
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        cut = text[:MAX_QUERY_LENGTH]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut
    parsed = ParsedQuery(text=text, language=language, truncated=truncated)
    if not text:
        return parsed
    parsed.keys = query_keys(text)
    stemmed = is_stemmed(language)

    parts = []  # (exact tokens, folded tokens, quoted)
    count = 0
    for part, quoted in _split_quoted(text):
        exact = [word.lower() for word in syllables(part)][: MAX_TERMS - count]
        if exact:
            parts.append((exact, fold_tokens(exact, language), quoted))
            count += len(exact)
        if count >= MAX_TERMS:
            break
    all_tokens = [token for _exact, folded, _quoted in parts for token in folded]
    known = {}
    if use_vocabulary and all_tokens:
        pairs = [f"{a} {b}" for _e, folded, _q in parts for a, b in zip(folded, folded[1:], strict=False)]
        known = _known(all_tokens + pairs)
        # words of the dictionary (a place the index does not mention yet: "Kạn") are never corrected
        in_dictionary = {token for term in (dictionary() if not stemmed else {}) for token in term}
        in_dictionary |= {token for unit in UNIT_WORDS for token in unit}
        corrections = {} if stemmed else correct([t for t in all_tokens if t not in in_dictionary], known)
        if corrections:
            fixed = []
            for exact, folded, quoted in parts:
                new_folded = [corrections.get(token, (token,))[0] for token in folded]
                # the reader sees the words with their marks: a corrected one, or one typed without marks, in its
                # commonest spelling in the index ("cong baos" -> "công báo")
                new_exact = [
                    corrections[token][1]
                    if token in corrections
                    else (known[token][1] if token in known and known[token][1] and mark == token else mark)
                    for token, mark in zip(folded, exact, strict=True)
                ]
                fixed.append((new_exact, new_folded, quoted))
            parsed.corrected = " ".join(" ".join(exact) for exact, _f, _q in fixed)
            parsed.notices.append(Notice("correction", parsed.corrected))
            parts = fixed
            pairs = [f"{a} {b}" for _e, folded, _q in parts for a, b in zip(folded, folded[1:], strict=False)]
            known.update(_known([token for _e, folded, _q in parts for token in folded] + pairs))

    terms = dictionary() if not stemmed else {}
    longest = max((len(term) for term in terms), default=0)
    for exact, folded, quoted in parts:
        if quoted and len(folded) > 1:
            parsed.groups.append(Group(" ".join(exact), [tuple(folded)], tuple(exact), "quoted"))
            continue
        run = []  # indexes of the current run of plain words
        i = 0
        last_end = -1  # where the last dictionary term ended
        while i <= len(folded):
            match = None
            for size in range(min(longest, len(folded) - i), 0, -1):
                term = tuple(folded[i : i + size])
                if term in terms:
                    match = (size, term)
                    break
            if match is None and i < len(folded):
                run.append(i)
                i += 1
                continue
            # a dictionary term (or the end): close the run of plain words before it
            qualified = None  # the unit words that name a former place ("huyện", "thành phố")
            if match is not None and run and run[-1] == i - 1 and terms[match[1]][0] == "place":
                tail = tuple(folded[j] for j in run)
                for unit in UNIT_WORDS:
                    if tail[-len(unit) :] == unit:
                        run = run[: -len(unit)]
                        qualified = unit
                        break
            parsed.groups.extend(_segment(run, exact, folded, known, stemmed or not use_vocabulary))
            run = []
            if match is None:
                break
            size, term = match
            kind, forms, notes, qualified_forms = terms[term]
            previous = parsed.groups[-1] if parsed.groups else None
            if (
                kind == "place"
                and not qualified
                and previous is not None
                and previous.origin == "synonym"
                and previous.tokens in UNIT_WORDS
                and last_end == i
            ):
                qualified = parsed.groups.pop().tokens  # "TP" / "thành phố" read as a synonym: it names the unit
            forms = qualified_forms if qualified else forms
            typed = " ".join(exact[i : i + size])
            group = Group(typed, list(forms), tuple(exact[i : i + size]), kind)
            if qualified:
                units = {("thanh", "pho"), ("tp",)} if qualified in {("thanh", "pho"), ("tp",)} else {qualified}
                group.boosts = [unit + term for unit in sorted(units)]
            parsed.groups.append(group)
            for note, unqualified_note in notes:
                if qualified or unqualified_note:
                    parsed.notices.append(Notice("place", note))
            i += size
            last_end = i
    return parsed


def _segment(run, exact, folded, known, separate):
    """Plain words cut into groups: neighbours the vocabulary has side by side stay together."""
    groups = []
    current = []
    for index in run:
        if current and not separate and current[-1] == index - 1 and f"{folded[index - 1]} {folded[index]}" in known:
            current.append(index)
        else:
            if current:
                groups.append(current)
            current = [index]
    if current:
        groups.append(current)
    return [
        Group(
            " ".join(exact[i] for i in indexes),
            [tuple(folded[i] for i in indexes)],
            tuple(exact[i] for i in indexes),
            "phrase" if len(indexes) > 1 else "words",
        )
        for indexes in groups
    ]
