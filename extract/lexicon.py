"""The shared lexicon: numbers, number words, dashes and words broken across lines.

One place, read by every reader (text, PDF, XML) and every rule, so that a paper says the same
thing to the rules whatever format it came in. The words themselves are data
(``patterns/lexicon.yaml``); this module turns them into the patterns and parsers the others use.

- ``NUMBER``: a number as digits ("12", "3.75"); ``COUNT``: a whole count, with thousands
  separators ("1,204") or in words.
- :func:`parse_count`: "Thirty two" / "thirty-two" -> 32, "one hundred and six" -> 106.
- :func:`number_words_pattern`: a regex for counts written in words, compounds included.
- ``DASHES``: every character that stands for a hyphen, dash or minus sign.
- :func:`join_broken_word`: the one de-hyphenation policy for a word split at a line end.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from oncoev.extract import rules

RX = rules.regexes("lexicon")  # patterns/regex/lexicon.yaml: the regular expressions of this module

NUMBER = r"\d+(?:\.\d+)?"
# A signed number: "-0.4" (a log ratio, a difference) as well as "12".
SIGNED_NUMBER = rf"-?{NUMBER}"
# An upper bound the data did not reach, in an interval's place: "(95% CI 16.1-not reached)", "(9.2 to NR)",
# "(12.4-NC)"; the text reader, the table reader and the unexplained numbers' classes all read it so
NOT_REACHED = r"(?:not\s+(?:yet\s+)?(?:reached|achieved|estimable|evaluable|calculable)|NR|NE|NA|NC|undefined)\b"
# People named by an outcome they had, a part of the patients by that name: "9 of the 30 responders", "Of the 40
# long-term survivors, ..."
PEOPLE_BY_OUTCOME = r"(?:non-?)?responders|(?:long-term\s+)?survivors"
# The people a count of patients counts, whatever the paper calls them: "12 patients (9%)", "9 women (6%)", "in 31
# children", "one man (2%)", "14 participants"; one list for every count rule (a breast trial counts women, a
# paediatric one children, and the same constructions must read them). Not "persons", "people" or "individuals":
# the words of surveys and of a population's states, far more often than of a trial's patients
# (its alternatives grouped by their first letters: the count patterns try it at many places)
PEOPLE = r"(?:p(?:atients?|articipants?)|subjects?|(?:wo)?m[ae]n|child(?:ren)?|ad(?:ults?|olescents?)|infants?)"
# What a count of lesions counts: "9 of 81 lesions (11%)", "in 13 of 82 tumours"
LESION_NOUNS = r"lesions|tumou?rs|metastases|nodules"


@lru_cache(maxsize=1)
def _data() -> dict:
    return rules.load("lexicon.yaml")


def number_words() -> dict[str, int]:
    """'one' -> 1 ... 'ninety' -> 90 (the words compounds are made of)."""
    return dict(_data()["number_words"])


@lru_cache(maxsize=1)
def dashes() -> str:
    """The dash and minus characters a text may use for '-'."""
    return _data()["dashes"]


@lru_cache(maxsize=1)
def _hyphens() -> str:
    """A regex character-class body of the characters that join the parts of one word: "-" and its typeset forms."""
    return "\\-" + "".join(re.escape(c) for c in _data()["word_hyphens"])


@lru_cache(maxsize=1)
def _count_grammar() -> str:
    """How number words combine into one count: "thirty-two", "one hundred and six", "two thousand
    four hundred". Only these combinations: "two and three" and "one, two" are lists of counts, not
    one count."""
    words = number_words()
    hyphens = _hyphens()

    def alternation(names: list[str]) -> str:
        return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"

    units = alternation([w for w, v in words.items() if 1 <= v <= 9])
    teens = alternation([w for w, v in words.items() if 10 <= v <= 19])
    tens = alternation([w for w, v in words.items() if v >= 20])
    zero = alternation([w for w, v in words.items() if v == 0])
    # (a hyphen may be typeset as U+2010 or the non-breaking U+2011: "thirty\u2010two" is one count, not 30 and 2)
    below100 = rf"(?:{tens}(?:[\s{hyphens}]+{units})?|{teens}|{units})"
    # ("three hundred-forty": a hyphen where a blank was meant joins the tens as well)
    # ("Four-hundred and seventy-one": a hyphen before the scale word as well; read apart, the rules would
    # take "seventy-one" alone for the count)
    hundreds = rf"(?:{units}(?:\s+|[{hyphens}])hundred(?:(?:\s+and\s+|\s+|[{hyphens}]){below100})?)"
    below1000 = rf"(?:{hundreds}|{below100})"
    return rf"(?:{below1000}(?:\s+|[{hyphens}])thousand(?:(?:\s+and\s+|[\s,]+){below1000})?|{below1000}|{zero})"


def _first_letters(length: int = 4) -> str:
    """A pattern (no groups) of the number words' first ``length`` letters, grouped by the first: where a count in
    words may begin (every count starts with one of the words: "thirty-two", "one hundred")."""
    by_first: dict[str, dict[str, None]] = {}
    for word in sorted(number_words()):
        by_first.setdefault(word[0], {})[re.escape(word[1:length])] = None
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items()) + ")"


@lru_cache(maxsize=1)
def number_words_pattern() -> str:
    """A regex (no groups) for a count in words: "eleven", "Thirty-two", "one hundred and six".

    Not an ordinal or a fraction ("twenty-first", "two-thirds"), and not inside a longer word.
    """
    # (speed) The grammar tries some seventy words, case folded, wherever a word may start; the lookahead of the
    # words' first letters (_first_letters) lets most words fail on those instead. It is zero-width, under the same
    # flags as the grammar, and every count begins with one of the words, so matches are the same.
    hyphens = _hyphens()
    return (rf"(?<![\w{hyphens}])(?=(?i:{_first_letters()}))(?i:{_count_grammar()})"
            rf"(?![\w]|[{hyphens}](?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|thirds?"
            r"|quarters?|fifths?|halves|half|fold)\b)")


@lru_cache(maxsize=1)
def count_pattern() -> str:
    """A whole count: digits (with thousands separators) or words."""
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{number_words_pattern()})"


def piece(name: str) -> Optional[str]:
    """The lexicon's pattern a module's regex file names as ``{lexicon.NAME}`` (rules.expand_references): a constant
    of this module (``PEOPLE``, ``NUMBER``, ``NOT_REACHED`` ...), ``NUMWORDS`` (:func:`number_words_pattern`) or
    ``COUNT`` (:func:`count_pattern`); None for no such piece."""
    made = {"NUMWORDS": number_words_pattern, "COUNT": count_pattern}
    if name in made:
        return made[name]()
    constants = {"NUMBER": NUMBER, "SIGNED_NUMBER": SIGNED_NUMBER, "NOT_REACHED": NOT_REACHED, "PEOPLE": PEOPLE,
                 "PEOPLE_BY_OUTCOME": PEOPLE_BY_OUTCOME, "LESION_NOUNS": LESION_NOUNS}
    return constants.get(name)


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_number(token: str) -> Optional[int]:
    """The value of a number written in capital Roman numerals ("IV" is 4, "XII" is 12: a grade, a table's number);
    None for anything else."""
    values = [_ROMAN_DIGITS.get(ch) for ch in token]
    if not values or None in values:
        return None
    return sum(-v if i + 1 < len(values) and values[i + 1] > v else v for i, v in enumerate(values))


def parse_count(text: str) -> Optional[int]:
    """'50' -> 50, 'Thirty two' / 'thirty-two' -> 32, 'one hundred and six' -> 106, '1,204' -> 1204."""
    t = text.strip().lower().replace(",", "")
    if t.isdigit():
        return int(t)
    if not _whole_count().fullmatch(t):
        return None  # "two and three" is two counts; "one two" no count
    words, scales = number_words(), _data()["scales"]
    total, current, seen = 0, 0, False
    for w in re.split(rf"[\s{_hyphens()}]+", t):
        if w == "and" or not w:
            continue
        if w in words:
            current += words[w]
        elif w == "hundred":
            current = max(current, 1) * scales["hundred"]
        elif w == "thousand":
            total += max(current, 1) * scales["thousand"]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


@lru_cache(maxsize=1)
def _whole_count() -> re.Pattern:
    return re.compile(_count_grammar(), re.I)


@lru_cache(maxsize=1)
def _compounds() -> tuple[frozenset[str], frozenset[str]]:
    data = _data()
    return frozenset(data["compound_prefixes"]), frozenset(data["compound_suffixes"])


def keeps_hyphen(before_word: str, after_word: str) -> bool:
    """Whether "before-" at a line end and "after" on the next line are a hyphenated compound
    ("follow-" / "up") rather than one word broken in two ("co-" / "hort")."""
    prefixes, suffixes = _compounds()
    return before_word.lower() in prefixes or after_word.lower() in suffixes


def join_broken_word(before: str, after: str) -> str:
    """The text of two lines where ``before`` ends in a hyphen: "respec-" + "tively" is one word,
    "follow-" + "up" keeps its hyphen, and so does anything not lower case on both sides. A soft
    hyphen only ever marks a break."""
    m = RX.WORD_AND_HYPHEN_AT_END.search(before)
    n = RX.WORD_START.match(after)
    if m and n and m.group(1)[-1].islower() and n.group(1)[0].islower():
        if m.group(2) != "\u00ad" and keeps_hyphen(m.group(1), n.group(1)):
            return before[:-1] + "-" + after
        return before[:-1] + after
    return before + after


def phrases(*words: str) -> str:
    """A non-capturing alternation of words and phrases, any run of spaces between a phrase's words:
    ``phrases("due to", "because of")`` is ``(?:due\\s+to|because\\s+of)``. Rules written as word lists."""
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in words) + ")"


def abbreviates(abbr: str, name: str) -> bool:
    """Whether ``abbr`` can stand for ``name`` by its letters (Schwartz and Hearst's test): its first
    letter starts the name's first word and every letter appears in order ("SBRT": "stereotactic body
    radiotherapy"; not "CRT": "radiotherapy")."""
    letters = [c.lower() for c in abbr if c.isalnum()]
    words = RX.WORD_OR_NUMBER.findall(name.lower())
    if len(letters) < 2 or not words or letters[0] != words[0][0] or len(words) > len(letters) + 1:
        return False
    text = " ".join(words)
    pos = 0
    for c in letters:
        pos = text.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True
