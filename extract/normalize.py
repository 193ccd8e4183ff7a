"""Normalise a paper's text before rules read it, keeping a map back to the original offsets.

Real text carries ligatures, no-break spaces, en dashes and minus signs, "·" decimal points,
"per cent", counts in words, HTML entities, words broken across lines and web-page furniture.
Rules see one clean form; every position in it maps back to the original text, so quotes and
offsets point at what the paper says. The rules live in ``patterns/normalize.yaml``; the words
they share with the readers (number words, dashes, compounds) in ``patterns/lexicon.yaml``.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from oncoev.extract import lexicon, rules
from oncoev.extract.lazy_regex import compile_guarded

RX = rules.regexes("normalize")  # patterns/regex/normalize.yaml: the regular expressions of this module


@dataclass(frozen=True)
class Normalized:
    text: str
    # origin[i] is the offset in the original text of normalised character i; origin[len] = len(original)
    origin: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the normalised span [start, end)."""
        # The end is where the next normalised character came from, so a replaced run
        # ("per cent" -> "%") is quoted whole.
        return self.origin[start], max(self.origin[start], self.origin[end])

    def index(self, original: int) -> int:
        """The normalised offset of original offset ``original`` (the first character that came from it or later)."""
        return bisect.bisect_left(self.origin, original)


@dataclass(frozen=True)
class _Rules:
    combined: re.Pattern
    # per rule: a replacement template, or a function of the match computing the replacement
    replacements: tuple[str | Callable[[re.Match, str], str], ...]
    boilerplate: re.Pattern | None


def _dehyphenate(m: re.Match, text: str) -> str:
    """'respec-\ntively' -> 'respectively', 'follow-\nup' -> 'follow-up': the lexicon's one policy."""
    before = RX.WORD_BEFORE.search(text[max(0, m.start() - 40):m.start()])
    after = RX.WORD_AFTER.match(text[m.end():m.end() + 40])
    if before and after and lexicon.keeps_hyphen(before.group(0), after.group(0)):
        return "-"
    if before and before.group(0)[-1].islower():
        return ""
    return "-"  # "COVID-\nrelated": not a lower-case word broken in two


def _digits(m: re.Match, _text: str) -> str:
    """'Eleven' -> '11', 'nine per cent' -> '9%'."""
    words = RX.PERCENT_WORD.sub("", m.group(0))
    n = lexicon.parse_count(words)
    if n is None:
        return m.group(0)
    return f"{n}%" if len(words) < len(m.group(0)) else str(n)


def _unescape(m: re.Match, _text: str) -> str:
    out = html.unescape(m.group(0))
    return out if len(out) == 1 else m.group(0)  # an unknown entity stays as written


def _roman_grade(m: re.Match, _text: str) -> str:
    """'grade III-IV' -> 'grade 3-4', 'Grade IV' -> 'Grade 4': a grade's Roman numerals (the rule's groups ``first``
    and ``second``) as the digits every rule reads, and a dash between them as "-" (as dash.unicode would)."""
    rule = m.lastgroup
    first, second = m.span(f"{rule}_first"), m.span(f"{rule}_second")
    out = m.string[m.start():first[0]] + str(lexicon.roman_number(m.string[first[0]:first[1]]))
    if second[0] < 0:
        return out + m.string[first[1]:m.end()]
    between = m.string[first[1]:second[0]]
    between = "-" if between.strip() in lexicon.dashes() else between
    return out + between + str(lexicon.roman_number(m.string[second[0]:second[1]])) + m.string[second[1]:m.end()]


COMPUTED: dict[str, Callable[[re.Match, str], str]] = {
    "{dehyphenate}": _dehyphenate, "{digits}": _digits, "{unescape}": _unescape, "{roman_grade}": _roman_grade}


def _macros() -> dict[str, str]:
    return {"DASHES": lexicon.dashes(), "NUMBER_WORDS": lexicon.number_words_pattern()}


# The rules that mend how a text was typed or encoded, not what its words say (HTML entities, a database's "< or ="
# for ≤, ligatures, odd spaces): the typography of a name a reader sees (:func:`typography`), whose number words stay
TYPOGRAPHY_RULES = ("ge.or_equal_words", "le.or_equal_words", "html.entity", "ligature.", "space.")


@lru_cache(maxsize=2)
def _rules(typography_only: bool = False) -> _Rules:
    data = rules.load("normalize.yaml")
    macros = _macros()
    # Named groups are made unique per rule so that one combined pattern can hold them all;
    # a replacement may bring back a group's text with \\g<name>.
    parts, replacements = [], []
    for i, r in enumerate(data["rules"]):
        pattern = RX.MACRO_NAME.sub(lambda m: macros[m.group(1)], r.pattern)
        pattern = RX.NAMED_GROUP_OPENING.sub(lambda m, i=i: f"(?P<r{i}_{m.group(1)}>", pattern)
        if not typography_only or r.id.startswith(TYPOGRAPHY_RULES):  # (every rule keeps its place: r{i})
            parts.append(f"(?P<r{i}>{pattern})")
        replace = r.replace or ""
        if replace.startswith("{") and replace.endswith("}"):
            if replace not in COMPUTED:
                raise rules.PatternFileError(f"normalize.yaml: rule {r.id}: no computed replacement {replace}")
            replacements.append(COMPUTED[replace])
        else:
            replacements.append(RX.GROUP_REFERENCE.sub(lambda m, i=i: f"\\g<r{i}_{m.group(1)}>", replace))
    # Most characters start no rule: the guard (lazy_regex) lets them fail on one class test instead of
    # each of the 21 alternatives (normalising took half as long again without it)
    combined = compile_guarded("|".join(parts))
    lines = [] if typography_only else data.get("boilerplate_lines") or []
    boilerplate = re.compile("|".join(f"(?:{p})" for p in lines), re.M) if lines else None
    return _Rules(combined, tuple(replacements), boilerplate)


def normalize(text: str) -> Normalized:
    """Apply the normalisation rules in one pass; see :class:`Normalized`."""
    table = _rules()
    if table.boilerplate is not None:
        # Blank furniture lines in place (same length), so it costs no offset bookkeeping.
        text_in = table.boilerplate.sub(lambda m: " " * len(m.group(0)), text)
    else:
        text_in = text
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in table.combined.finditer(text_in):
        start, end = m.span()
        if start > pos:
            out.append(text_in[pos:start])
            origin.extend(range(pos, start))
        replacement = _replacement(table, m)
        out.append(replacement)
        if replacement:
            # Every replacement character points at the start of what it replaced.
            origin.extend([start] * len(replacement))
        pos = end
    out.append(text_in[pos:])
    origin.extend(range(pos, len(text_in)))
    origin.append(len(text_in))
    return Normalized("".join(out), origin)


def typography(text: str) -> str:
    """``text`` with its typography mended and its words as written ("V5 &lt; or =42%" is "V5 ≤42%", "only one
    lesion" stays): a group's name as a reader of the database should see it."""
    table = _rules(typography_only=True)
    return table.combined.sub(lambda m: _replacement(table, m), text)


def _replacement(table: _Rules, m: re.Match) -> str:
    """What the rule that matched ``m`` puts in its place: computed, its template filled, or its text."""
    replacement = table.replacements[int(m.lastgroup[1:])]
    if callable(replacement):
        return replacement(m, m.string)
    return m.expand(replacement) if "\\g<" in replacement else replacement

