"""Find the pieces a result sentence is made of: endpoints, time points, values, CIs, p values.

Each finder reads one sentence of normalised text and returns typed mentions with their
offsets in it. ``results.py`` assembles them into results; nothing here decides what belongs
to what. Endpoint names come from ``patterns/endpoints.yaml``; cue words from ``patterns/cues.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Optional

from oncoev.extract import lexicon, rules
from oncoev.extract.endpoint_codes import code_to, codes_with
from oncoev.extract.lazy_regex import Regex, compile_guarded, lazy_regex
from oncoev.extract.lexicon import NUMBER
from oncoev.extract.rules import regexes

RX = regexes("mentions")  # patterns/regex/mentions.yaml: the regular expressions of this module

# Counts in words reach the rules as digits (the normaliser); these words remain for text read
# without it (a single sentence in a test, a table cell).
WORD_NUMBERS = lexicon.number_words()


def _data(name: str) -> dict:
    return rules.load(name)


@dataclass
class Endpoint:
    code: str
    start: int
    end: int
    median: bool = False
    mean: bool = False
    times: list[float] = field(default_factory=list)
    grade: Optional[str] = None
    site: Optional[str] = None
    category: Optional[str] = None
    abbreviation: bool = False  # written as "OS", not "overall survival"
    state: bool = False  # a patient's state ("alive", "progression-free"), counted at a time point


@dataclass
class Value:
    value: float
    unit: Optional[str]  # "%", "months", or None for a bare number
    start: int
    end: int
    op: Optional[str] = None
    ci: Optional[tuple[float, Optional[float]]] = None  # no upper bound: "not reached"
    count: Optional[int] = None  # "32 (64%)": the count the percentage is of
    spread: bool = False  # "3.4 ± 0.2 years": said with its spread, a mean's way (a median's never is)


@dataclass
class PValue:
    value: float
    op: str
    start: int
    end: int
    # "(p = 0.61, 0.47 and 0.52, respectively)": the list this p value is one of (the start of its first p) and
    # its place in it; each is the p of one comparison said before, in order
    listed: Optional[tuple[int, int]] = None


@dataclass
class Ratio:
    kind: str  # "hr" | "or" | "rr"
    value: float
    start: int
    end: int
    ci: Optional[tuple[float, float]] = None
    value_start: int = 0  # where the number itself starts
    pair: Optional[tuple[str, str]] = None  # the groups a bracket after its name compares: "HR (A/B)"
    by_model: bool = False  # given bare, its kind known only from the model the sentence names ("In the Cox model")


@dataclass
class Times:
    months: list[float]
    start: int
    end: int


@dataclass
class Sentence:
    """Everything found in one sentence; ``masked`` is the text with the parts already read blanked."""

    text: str
    endpoints: list[Endpoint]
    values: list[Value]
    pvalues: list[PValue]
    ratios: list[Ratio]
    times: list[Times]
    vs: list[int]
    respectively: bool
    citations: list[tuple[int, int]]
    grades: list[tuple[str, int, int]] = field(default_factory=list)
    masked: str = ""  # the text with p values, CIs, ranges, citations and endpoints blanked
    # endpoints named as the reason for another ("stopped owing to adverse events"): (start, end, words)
    reasons: list[tuple[int, int, str]] = field(default_factory=list)
    # where values another rule already read end: an endpoint before one of them is that rule's, out of reach
    # of values after another endpoint ("rate was higher with A (a vs b), and the median X was longer (c vs d)")
    read_ends: list[int] = field(default_factory=list)
    # "the RR was 35%": a percentage after a ratio's short name, which no ratio is; set aside (blanked) with where
    # the short name stands, for a paper that defines that name as an endpoint ("response rate (RR)")
    ratio_shares: list[tuple[int, Value]] = field(default_factory=list)

    @cached_property
    def depths(self) -> list[int]:
        """The bracket depth at each character of ``text``, worked out once for every rule that asks."""
        return bracket_depths(self.text)

    def time_right_after(self, at: int) -> Optional[Times]:
        """The time point said right after ``at`` (a value's end), nothing but spaces or a per cent sign between:
        "36% at 1 year", "90 vs 80% after 1 year"; None when none is."""
        return next((t for t in self.times if t.start >= at and RX.SPACES_OR_PERCENT.fullmatch(self.text, at, t.start)),
                    None)


def bracket_depths(text: str) -> list[int]:
    """The bracket depth at each character ("(" counts at itself, ")" still inside)."""
    out, depth = [], 0
    for ch in text:
        if ch in "([":
            depth += 1
        out.append(depth)
        if ch in ")]" and depth:
            depth -= 1
    return out


# --- endpoint lexicon -------------------------------------------------------------------------

@dataclass(frozen=True)
class EndpointMatcher:
    names: re.Pattern  # every name, any case, as one trie-shaped pattern
    name_codes: dict[str, str]  # "progression free survival" -> "PFS"
    abbreviations: re.Pattern
    abbreviation_codes: dict[str, str]  # group name -> code
    # entry -> its code and the grade / category the name itself says ("toxic deaths": TOX grade 5)
    qualifiers: dict[str, tuple[str, Optional[str], Optional[str]]] = field(default_factory=dict)
    states: frozenset[str] = frozenset()  # entries that name a patient's state ("alive")
    medians: frozenset[str] = frozenset()  # entries whose name says the median ("MST", median survival time)
    # entries that are an outcome's name only right after a time point ("the 30-day mortality")
    after_time: frozenset[str] = frozenset()


# A count inside an endpoint's name, written "#" in endpoints.yaml ("received all # cycles"): one or two digits (number
# words are digits by then)
COUNT_IN_NAME = r"\d{1,2}"


def _words(name: str) -> tuple[str, ...]:
    return tuple(RX.NAME_WORD_BREAKS.split(name.lower().strip()))


def _trie_pattern(names: list[tuple[str, ...]]) -> str:
    """One alternation per shared prefix ("progression free survival", "progression free interval"):
    Python's regex engine tries a plain list of 150 names one by one at every position."""
    trie: dict = {}
    for words in names:
        node = trie
        for w in words:
            node = node.setdefault(w, {})
        node[""] = {}

    def build(node: dict) -> str:
        """The words that may follow ``node`` (the caller decides whether they are optional)."""
        branches = []
        for word in sorted((w for w in node if w), key=len, reverse=True):
            child = node[word]
            rest = build(child)
            said = COUNT_IN_NAME if word == "#" else re.escape(word)  # "completed all # cycles": any count there
            if not rest:
                branches.append(said)
            elif "" in child:  # a name ends here, a longer one goes on
                branches.append(said + rf"(?:[\s-]+{rest})?")
            else:
                branches.append(said + rf"[\s-]+{rest}")
        return "(?:" + "|".join(branches) + ")" if branches else ""

    return build(trie)


@lru_cache(maxsize=1)
def endpoint_matcher() -> EndpointMatcher:
    """Endpoint names (any case) and abbreviations (exact case) from ``patterns/endpoints.yaml``."""
    lexicon = _data("endpoints.yaml")
    name_codes: dict[str, str] = {}
    abbreviations: list[tuple[int, str, str]] = []
    written: list[str] = []  # the abbreviations as the lexicon writes them
    qualifiers: dict[str, tuple[str, Optional[str], Optional[str]]] = {}
    states = frozenset(key for key, entry in lexicon.items() if entry.get("state"))
    medians = frozenset(key for key, entry in lexicon.items() if entry.get("median"))
    after_time = frozenset(key for key, entry in lexicon.items() if entry.get("after_time"))
    for key, entry in lexicon.items():
        # An entry is named by its code, or names its code: "TOX_DEATH: {code: TOX, grade: '5', ...}".
        qualifiers[key] = (entry.get("code") or key, entry.get("grade"), entry.get("category"))
        for name in entry.get("names") or []:
            name_codes[" ".join(_words(name))] = key
        for abbr in entry.get("abbreviations") or []:
            abbreviations.append((len(abbr), key, f"{re.escape(abbr)}s?"))
            written.append(abbr)
    # Both are compiled with the first-character guard (lazy_regex.py): searched in every sentence, they are
    # otherwise tried at every position, each try walking a hundred alternatives; matches are the same.
    # (and the names' first letters as a lookahead, as the toxicity terms have theirs: see toxicity_terms)
    names = compile_guarded(r"(?<![\w-])(?=" + _prefixes(list(name_codes)) + ")"
                            + _trie_pattern([tuple(n.split()) for n in name_codes]) + r"(?:s|es)?(?![\w])", re.I)
    abbreviation_codes: dict[str, str] = {}
    parts = []
    # Longest first, so "PCRs" is not read as "PCR" + "s".
    for i, (_, code, pattern) in enumerate(sorted(abbreviations, key=lambda a: -a[0])):
        abbreviation_codes[f"a{i}"] = code
        parts.append(f"(?P<a{i}>{pattern})")
    # "PD-L1", "PD-1", "PFS-2": an abbreviation hyphened to a number (or a letter and a number) is another name
    # ("PFS-IRC", by independent review, is still PFS)
    # ("PCR-B arm": one hyphened to a capital letter alone is an arm's name, not the endpoint)
    # (speed) Capitals start most of a text's abbreviations and words alike: at each, the list (longest first, which
    # decides the group) is tried only after a lookahead of the abbreviations' first letters (_prefixes, exact case)
    # finds that one may begin there. It is zero-width and every match passes it: the matches are the same, and
    # most capitals fail it at once rather than each named alternative in turn (a fourth of the time it took).
    leads = _prefixes(written, 3)
    abbreviation_pattern = compile_guarded(r"(?<![\w-])(?=" + leads + r")(?:" + "|".join(parts)
                                           + r")(?![\w]|-[A-Z]?\d|-[A-Z]\b)")
    return EndpointMatcher(names, name_codes, abbreviation_pattern, abbreviation_codes, qualifiers, states, medians,
                           after_time)


def _name_code(matcher: EndpointMatcher, text: str) -> Optional[str]:
    words = _words(text)
    # the name as written ("30-day mortality"), else with its counts as "#" ("received all 4 cycles")
    for key in dict.fromkeys((" ".join(words), " ".join("#" if re.fullmatch(COUNT_IN_NAME, w) else w for w in words))):
        for candidate in (key, key[:-1] if key.endswith("s") else None, key[:-2] if key.endswith("es") else None):
            if candidate and candidate in matcher.name_codes:
                return matcher.name_codes[candidate]
    return None


def code_of(name: str) -> Optional[str]:
    """The endpoint code the vocabulary gives a name ("local failure" -> FAIL_LOCAL); None when it knows none."""
    return _name_code(endpoint_matcher(), name)


@lru_cache(maxsize=1)
def cues() -> dict:
    data = _data("cues.yaml")
    return {key: lazy_regex(value, re.I) if isinstance(value, str) else value for key, value in data.items()}


# --- time points -------------------------------------------------------------------------------

_UNIT_MONTHS = {"year": 12.0, "yr": 12.0, "y": 12.0, "month": 1.0, "mo": 1.0, "week": 12 / 52, "wk": 12 / 52,
                "day": 1 / 30}  # (a span of days is counted in months of 30 days: "30-day" is 1 month, "90-day" 3)
# The first words of an outcome's name (or an abbreviation), as what a time point said before it is of
_OUTCOME_FIRST_WORDS = ("overall|progression|disease|local|locoregional|loco-regional|distant|event|relapse|recurrence|"
                        "metastasis|cancer|failure|freedom|survival|cumulative|actuarial")


def _before_an_outcome(more: str = "") -> str:
    """A lookahead: an outcome's name (its first word, or an abbreviation) comes next."""
    words = _OUTCOME_FIRST_WORDS + (f"|{more}" if more else "")
    return rf"(?=\s+(?:(?-i:[A-Z]{{2,}})|(?:{words})[\w-]*)\b)"


# "the 3 and 9 months PFS rates": time points listed, the unit in the plural, then what they are of
TIME_LIST_BEFORE = lazy_regex(
    rf"\b(?P<nums>{RX._NUM_LIST})\s(?P<unit>years|months)\b"
    # only before an outcome's name ("... were 7 and 19 months respectively" lists values, not time points)
    + _before_an_outcome(), re.I)

TIME_WEEKS_BEFORE = lazy_regex(
    rf"\b(?P<nums>{RX._NUM_OR_WORD}(?:-?\s*(?:,|and|or|,\s*and)\s*{RX._NUM_OR_WORD})*)\s*-\s*(?P<unit>week|wk)s?\b"
    + _before_an_outcome("response|objective"), re.I)


def _num(token: str) -> float:
    token = token.strip()
    return float(token) if token[0].isdigit() else float(lexicon.parse_count(token))  # "2.5"; "thirty-six"


# Each time pattern with the words one of which its unit must be (in lower case; none: no test): a sentence with none
# of them is not searched (speed: most sentences give no time point). (No word holds an "s" or an "i", which the
# patterns' ignoring of case also matches as "ſ", "ı" or "İ"; a lower-cased "K" (Kelvin) is "k".)
_YEARS_MONTHS = ("year", "month")
_TIME_PATTERNS = ((RX.TIME_BEFORE, ()), (RX.TIME_AFTER, ("year", "yr", "month")), (TIME_LIST_BEFORE, _YEARS_MONTHS),
                  (RX.RATE_OF_TIMES, _YEARS_MONTHS), (RX.TIME_SINCE, _YEARS_MONTHS), (RX.TIME_SURVIVED, _YEARS_MONTHS),
                  (RX.TIME_AFTER_RATE, ("year", "yr", "month")), (RX.TIME_AFTER_A_RATE, _YEARS_MONTHS),
                  (RX.TIME_AT_WEEKS, ("week", "wk")), (TIME_WEEKS_BEFORE, ("week", "wk")),
                  (RX.TIME_DAYS_BEFORE, ("day",)),
                  (RX.TIME_FROM_EVENT, _YEARS_MONTHS))


# (every unit word a time pattern needs: which of them a sentence holds is looked up once, not pattern by pattern)
_TIME_UNITS = tuple(dict.fromkeys(u for _, units in _TIME_PATTERNS for u in units))


def find_times(text: str) -> list[Times]:
    out = []
    low = text.lower()
    said = {u for u in _TIME_UNITS if u in low}
    for pattern, units in _TIME_PATTERNS:
        if units and said.isdisjoint(units):
            continue
        for m in pattern.finditer(text):
            if pattern is RX.TIME_FROM_EVENT and RX.MEDIAN_WORD.search(text, max(0, m.start() - 30), m.start()):
                continue  # "median overall survival 14 months from randomisation": the median itself
            if pattern is RX.TIME_AFTER and RX.WINDOW_FROM.match(text, m.start()) and \
            RX.EVENT_AFTER.match(text, m.end()):
                # "late events (more than 3 months after treatment end)": which events count, no time point (kept as
                # a time of no months, so that its number is read as no value either)
                out.append(Times([], m.start(), m.end()))
                continue
            if pattern is RX.TIME_AFTER and RX.WINDOW_FROM.match(text, m.start()) and \
                    RX.LASTED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                out.append(Times([], m.start(), m.end()))  # (how long a response lasted: no time point, no value)
                continue
            unit = (m.groupdict().get("unit") or m.groupdict().get("unit2") or "").lower().rstrip("s")
            factor = _UNIT_MONTHS.get(unit, _UNIT_MONTHS.get(unit[:2], 12.0))
            nums = re.findall(RX._NUM_OR_WORD, m.group("nums"), flags=re.I)
            out.append(Times([round(_num(n) * factor, 2) for n in nums], m.start(), m.end()))
    out.sort(key=lambda t: (t.start, -t.end))
    out = [t for i, t in enumerate(out) if not any(o.start <= t.start < o.end for o in out[:i])]  # one span, one list
    # "1-year, 2-year and 5-year OS", "1-year/2-year OS": time points listed one by one are one list.
    merged: list[Times] = []
    for t in out:
        if merged and RX.TERM_LIST_JOIN.fullmatch(text[merged[-1].end:t.start]):
            merged[-1] = Times(merged[-1].months + t.months, merged[-1].start, t.end)
        else:
            merged.append(t)
    return merged


# --- numbers -----------------------------------------------------------------------------------

MAX_LISTED_P = 8
# a year, not the total of a count ("152 of 2008 patients", "12 of 1987 in group 2")
# A ratio's name as its measure ("HR", "OR", "RR" are their own)
RATIO_KINDS = {"hazard ratio": "hr", "odds ratio": "or", "relative risk": "rr", "risk ratio": "rr", "rate ratio": "rr",
               "relative hazard": "hr"}
# Words that bound a value, as the contract's value_op.
BOUND_WORDS = {"more than": ">", "greater than": ">", "higher than": ">", "longer than": ">", "over": ">",
               "above": ">", "at least": "≥", "less than": "<", "fewer than": "<", "lower than": "<", "under": "<",
               "below": "<", "up to": "≤", "at most": "≤"}
# ("9 of 30 node-positive patients (30%)": the people counted may be named by a word or two before "patients", or as
# people by an outcome: "9 of the 30 responders (30%)")
FRACTION_PERCENT = lazy_regex(rf"(?<![\d.])(?P<n>\d+)\s*(?:/|of|out\s+of)\s*(?:the\s+)?(?P<d>\d+)\s*"
                              rf"(?:(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{lexicon.PEOPLE}|(?:non-?)?responders|survivors|"
                              rf"{lexicon.LESION_NOUNS})\s*|cases?\s*)?"
                              rf"[\(\[]\s*(?P<p>{NUMBER})\s*%\s*"
                              rf"(?:[;,]\s*)?[\)\]]")
WORD_PERCENT = lazy_regex(r"\b(?P<w>" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")%", re.I)
LABEL_BEFORE = cues()["label_before"]
AFTER_UNITS = {"mo": "months", "ye": "years", "yr": "years", "we": "weeks", "wk": "weeks", "da": "days"}


SET_ASIDE = lazy_regex("|".join(f"(?:{p.pattern})" for p
                                in (RX.CI_WORDS, RX.RANGE, RX.YEAR, RX.N_EQUALS, RX.SPREAD, RX.ASSESSED_AT,
                                                             RX.GRADING_SCALE, RX.HETEROGENEITY)), re.I)


def _thresholds(masked: str) -> list[tuple[int, int]]:
    """The spans of the shares that are cut-offs (``THRESHOLD``), to be blanked."""
    matcher = endpoint_matcher()
    out = []
    for m in RX.THRESHOLD.finditer(masked):
        word = m.group("var")
        if RX.NOT_A_VARIABLE.fullmatch(word) or matcher.abbreviations.fullmatch(word):
            continue
        named = matcher.names.search(word)
        if named and named.group(0).lower() == word.lower():
            continue
        out.append((m.start("v"), m.end()))
    return out


def _spaces(m: re.Match) -> str:
    return RX.NOT_NEWLINE.sub(" ", m.group(0))


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _listed_p(text: str, first: PValue, chars: list[str]) -> list[PValue]:
    """The p values listed after ``first`` and closed by "respectively" (blanked in ``chars``); none when the
    list is not closed so: "p = 0.04, 12 patients" lists nothing."""
    more, end = [], first.end
    while len(more) < MAX_LISTED_P:
        m = RX.P_LIST_NEXT.match(text, end)
        if m is None:
            break
        op = (m.group("op") or "=").strip().replace("≤", "<=").replace("≥", ">=")
        more.append(PValue(float(m.group("v")), op, m.start("v"), m.end()))
        end = m.end()
    if not more or not RX.THEN_RESPECTIVELY.match(text, end):
        return []
    first.listed = (first.start, 0)
    for i, p in enumerate(more, 1):
        p.listed = (first.start, i)
        _blank(chars, p.start, p.end)
    return more


def named_ratio_kind(text: str) -> Optional[str]:
    """The one kind of ratio a paper reports by its name ("hazard ratio [HR] 0.86, 95% CI ..."), or None (none, or
    more than one kind): journals name the ratio once and give the later ones bare, "(0.76, 0.68-0.86; p<0.0001)",
    in later sentences too (``scan``'s ``ratio_kind``)."""
    if not RX.RATIO_CUE.search(text):
        return None  # (most papers have no ratio: no search of the whole text with the long expression; speed)
    kinds = {RATIO_KINDS.get(m.group("kind").lower(), m.group("kind").lower()) for m in RX.RATIO.finditer(text)
             if not RX.PLANNED_RATIO_BEFORE.search(text, max(0, m.start() - 80), m.start("v"))
             and not RX.PERCENT_NEXT.match(text[m.end("v"):])}
    return kinds.pop() if len(kinds) == 1 else None


def _kind_of_the_model(text: str) -> Optional[str]:
    """The kind of ratio a sentence's bare brackets give when it names the model they come from ("In the Cox model,
    nodal involvement predicted OS (1.42, 1.10-1.83)": hazard ratios; "on logistic regression": odds ratios); None
    when it names both or neither."""
    cox = RX.COX_MODEL.search(text) is not None
    logistic = RX.LOGISTIC_MODEL.search(text) is not None
    return "hr" if cox and not logistic else "or" if logistic and not cox else None


def _bare_ratios(text: str, chars: list[str], first: Optional[Ratio], named: Optional[str]) -> list[Ratio]:
    """The ratios a sentence gives without their name, after its first named one; or, where the paper named one kind
    of ratio only (``named``), anywhere in it: "PFS was 4.5 months with A and 3.0 months with B (0.76, 0.68-0.86;
    p<0.0001)" a sentence after "(hazard ratio 0.86, ...)", or before the sentence's own named one."""
    kind = first.kind if first is not None else named
    if kind is None:
        return []
    out = []
    start = 0 if kind == named else first.end
    # (after "and for", an outcome's name only: "and for patients older than 70, 0.85 (...)" is a subgroup's)
    elliptic = [m for m in RX.ELLIPTIC_RATIO.finditer(text, first.end)
                if [e.end for e in find_endpoints(m.group("name"))] == [len(m.group("name"))]] if first else []
    for m in [*RX.BARE_RATIO.finditer(text, start), *elliptic]:
        v, lo, hi = (float(m.group(k)) for k in ("v", "lo", "hi"))
        if not lo <= v <= hi or "".join(chars[m.start("v"):m.end("v")]) != m.group("v"):
            continue  # a number already read otherwise, or no estimate inside its interval
        if first is None and RX.NOT_A_RATIOS_BRACKET.search(text, 0, m.start()):
            continue  # "an AUC of the score (0.81, 0.74-0.88)": with no ratio named in the sentence, another estimate
        out.append(Ratio(kind, v, m.start("v"), m.end("hi"), ci=(lo, hi), value_start=m.start("v")))
        _blank(chars, m.start("v"), m.end("hi"))
    return out


def scan(text: str, ratio_kind: Optional[str] = None) -> Sentence:
    """Read every mention in one sentence of normalised text (``ratio_kind``: the one kind of ratio the paper names,
    ``named_ratio_kind``, whose later ratios it may give bare)."""
    citations = [(m.start(), m.end()) for m in RX.CITATION.finditer(text)]
    masked = RX.CITATION.sub(_spaces, text)
    cis = [(m.start(), m.end(), float(m.group("low")), float(m.group("high")) if m.group("high") else None)
           for m in RX.CI.finditer(masked)]
    masked = RX.CI.sub(_spaces, masked)
    # Not values: "95% CI" on its own, ranges, years, group sizes.
    masked = SET_ASIDE.sub(_spaces, masked)
    chars = list(masked)
    if RX.THRESHOLD_SIGN.search(masked):
        for start, end in _thresholds(masked):
            _blank(chars, start, end)
    for m in RX.NUMBER_RUN.finditer(masked):
        _blank(chars, m.start(), m.end())
    grades = []
    # (a grade holds "grade", a "G" ("G3-4") or "threat" ("severe or life-threatening"): without them no search; speed)
    graded = "".join(chars)
    may_grade = "G" in graded or "grade" in graded.lower() or "threat" in graded.lower()
    for m in (cues()["grade"].finditer(graded) if may_grade else ()):
        grades.append((grade_string(m), m.start(), m.end()))
        _blank(chars, m.start(), m.end())

    pvalues = []
    # (the text is joined again only after something in it was blanked: most sentences have no grade, p value, ratio
    # or time; speed, the same strings)
    unblanked = "".join(chars) if grades else graded
    blanked = False
    for m in RX.PVALUE.finditer(unblanked):
        blanked = True  # (each p value found is blanked, a test's as well)
        if pvalues and m.start() < pvalues[-1].end:
            continue  # one a list before read ("P = .003 and P < .001, respectively")
        op = m.group("op")
        op = "=" if op in ("is", "of") else op.replace("≤", "<=").replace("≥", ">=")
        if RX.P_OF_A_TEST_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            _blank(chars, m.start(), m.end())  # a test of interaction's p, no comparison's: no row's p
            continue
        pvalues.append(PValue(float(m.group("v")), op, m.start(), m.end()))
        _blank(chars, m.start(), m.end())
        pvalues += _listed_p(text, pvalues[-1], chars)


    ratios = []
    ratio_shares: list[tuple[int, Value]] = []
    unblanked = "".join(chars) if blanked else unblanked
    for m in RX.RATIO.finditer(unblanked):
        if RX.PLANNED_RATIO_BEFORE.search(text, max(0, m.start() - 80), m.start("v")):
            continue  # "a non-inferiority margin of a hazard ratio of 1.3", "powered to detect an HR of 0.75"
        if percent := RX.PERCENT_NEXT.match(text[m.end("v"):]):
            # "a RR of 29.0%": a response rate written "RR", no ratio (a ratio is never a percentage); which
            # response is the paper's to say ("response rate (RR)", add_aliases), so until then the value is read
            # as nothing else either
            share = Value(float(m.group("v")), "%", m.start("v"), m.end("v") + percent.end())
            share.ci = next(((low, high) for start, _, low, high in cis
                             if RX.OPENINGS_ONLY.fullmatch(text[share.end:start]) and low <= share.value
                             and (high is None or share.value <= high)),
                None)
            ratio_shares.append((m.start("kind"), share))
            _blank(chars, m.start("v"), m.end("v"))
            continue
        kind = RATIO_KINDS.get(m.group("kind").lower(), m.group("kind").lower())
        pair = (m.group("first").strip(), m.group("second").strip()) if m.group("first") else \
            (m.group("after_first"), m.group("after_second")) if m.group("after_first") else None
        ratios.append(Ratio(kind, float(m.group("v")), m.start(), m.end(), value_start=m.start("v"), pair=pair))
        _blank(chars, m.start("v"), m.end("v"))
    by_model = None if ratios or ratio_kind is not None or "." not in text else _kind_of_the_model(text)
    if ratios or ((ratio_kind or by_model) and "." in text):
        bare = _bare_ratios(text, chars, ratios[0] if ratios else None, ratio_kind or by_model)
        for r in bare if by_model else []:
            r.by_model = True
        ratios = sorted(ratios + bare, key=lambda r: r.start)
    unblanked = "".join(chars) if ratios or ratio_shares else unblanked  # (each one read is blanked)

    times = find_times(unblanked)
    # ("(objective responses plus SD for at least 6 months)": how long stable disease lasts in a rate's definition,
    # no time point of the rate)
    parts = [m.span() for m in RX.COMPONENTS.finditer(unblanked)] if times else []
    times = [t for t in times if not any(a <= t.start and t.end <= b for a, b in parts)]
    for t in times:
        _blank(chars, t.start, t.end)

    masked = "".join(chars) if times else unblanked
    endpoints = find_endpoints(masked, time_ends=frozenset(t.end for t in times))
    for ep in endpoints:
        _blank(chars, ep.start, ep.end)
    masked = "".join(chars)

    values: list[Value] = []
    for m in RX.COUNT_PERCENT.finditer(masked):
        n = m.group("n")
        value = Value(float(m.group("p")), "%", m.start("p"), m.end(), op=m.group("op"),
                      count=int(n) if n.isdigit() else WORD_NUMBERS[n.lower()])
        if m.group("low") and float(m.group("low")) <= value.value <= float(m.group("high")):
            value.ci = (float(m.group("low")), float(m.group("high")))
        values.append(value)
    fractions = []
    # (these need a "%": a sentence with none, most of a paper's, is not searched for them; speed, the same values)
    shares = "%" in text
    for m in (FRACTION_PERCENT.finditer(masked) if shares else ()):
        n, d, p = int(m.group("n")), int(m.group("d")), float(m.group("p"))
        if 0 < d and n <= d and abs(100 * n / d - p) <= 1.5:
            values[:] = [v for v in values if v.start != m.start("p")]
            # (a p value set aside after the share in its bracket, "(4.6%; P < 0.001)", stays outside the value)
            end = masked.index("%", m.end("p")) + 1 if RX.P_SET_ASIDE.search(text, m.end("p"), m.end()) else m.end()
            values.append(Value(p, "%", m.start("p"), end, count=n))
        else:  # "8 of 17 (23.5%)": the paper's figures disagree; which one is wrong is not ours to guess
            values[:] = [v for v in values if not m.start() <= v.start < m.end()]
        fractions.append((m.start(), m.end()))
    for m in (RX.PERCENT_FRACTION.finditer(masked) if shares else ()):  # "71.4% (20/28)"
        n, d = lexicon.parse_count(m.group("n")), int(m.group("d"))
        if not 0 < d or n > d or abs(100 * n / d - float(m.group("p"))) > 1.5:
            continue  # "45% (3/5 of ...)" that is no share of the count: not one figure said twice
        values.append(Value(float(m.group("p")), "%", m.start("p"), m.end(), count=n))
    for m in (RX.FRACTION_THEN_PERCENT.finditer(masked) if shares else ()):  # "(12/30; 40%)"
        n, d, p = int(m.group("n")), int(m.group("d")), float(m.group("p"))
        if 0 < d and n <= d and abs(100 * n / d - p) <= 1.5:
            values[:] = [v for v in values if not m.start() <= v.start < m.end()]
            values.append(Value(p, "%", m.start("p"), m.end(), count=n))
            fractions.append((m.start(), m.end()))
    for m in (RX.PERCENT_THEN_FRACTION.finditer(masked) if shares else ()):  # "(40%, 12/30)": the share first
        n, d, p = int(m.group("n")), int(m.group("d")), float(m.group("p"))
        if 0 < d and n <= d and abs(100 * n / d - p) <= 1.5:
            values[:] = [v for v in values if not m.start() <= v.start < m.end()]
            values.append(Value(p, "%", m.start("p"), m.end(), count=n))
            fractions.append((m.start(), m.end()))
    for m in (RX.PERCENT_N_OF.finditer(text) if shares else ()):
        if masked[m.start("p"):m.end("p")] == m.group("p"):
            values.append(Value(float(m.group("p")), "%", m.start("p"), m.end(), count=int(m.group("n"))))
    for m in [*RX.N_THEN_PERCENT.finditer(text), *RX.N_PATIENTS_THEN_PERCENT.finditer(text)] if shares else ():
        # "(n = 30, 25.0%)", "(30 patients, 25.0%)": the count said as a size or with its people, then its share
        if masked[m.start("p"):m.end("p")] == m.group("p"):
            # (the value starts where the bracket opens, as a count before its share would: "(n = 30, 25%)")
            values.append(Value(float(m.group("p")), "%", m.start() + 1, m.end("p") + 1, count=int(m.group("n"))))
    # a count's own digits are no value
    taken = [(v.start - len(str(v.count)) - 3, v.end) for v in values] + fractions
    for m in RX.VALUE.finditer(masked):
        if any(s <= m.start("v") < e for s, e in taken):
            continue
        if LABEL_BEFORE.search(masked[max(0, m.start() - 24):m.start()]) and not (
                RX.GROUP_VALUE.fullmatch(m.group(0).strip()) and not RX.TIME_AFTER_EVENT.match(masked, m.end())
                and RX.GROUP_WORD_BEFORE.search(masked, max(0, m.start() - 10), m.start())):
            continue  # "regimen 1", "cohort 2", "day 8": a name's number, not a value (but "the B group 9.8 months",
            # "the A arm 45%": a group's value right after its name, a share or a decimal time)
        before = masked[max(0, m.start() - 1):m.start()]
        if before and (before.isalnum() or before in "-./"):
            # inside a word or an identifier ("T2", "CTCAE-4", "1.2.3"); but "13.2%/13.6%" and "51/36 months"
            # list two values
            if not (before == "/" and RX.DIGIT_OR_PERCENT.match(masked[max(0, m.start() - 2):m.start() - 1] or " ")
                    and (m.group("unit") or "").strip()):
                continue
        unit = (m.group("unit") or "").strip().lower()
        end = m.end()
        spread = RX.SPREAD_UNIT.match(text, end) if not unit else None
        if spread:  # "52 +/- 6.1% at 1 year": 52%, said with its spread
            unit, end = spread.group("unit").lower(), spread.end()
        unit_name = ("%" if unit == "%" else "months" if unit.startswith("mo") else
                     "years" if unit.startswith("y") else "weeks" if unit.startswith("w") else
                     "days" if unit.startswith("d") else None)
        op = " ".join((m.group("op") or "").split()).lower() or None
        op = BOUND_WORDS.get(op, op)
        values.append(Value(float(m.group("v")), unit_name, m.start("v"), end, op=op,
                            spread=bool(spread or RX.SPREAD_AFTER.match(text, m.end("v")))))
    for m in (WORD_PERCENT.finditer(masked) if shares else ()):  # "nine per cent", normalised to "nine%"
        values.append(Value(float(WORD_NUMBERS[m.group("w").lower()]), "%", m.start(), m.end()))
    values += [Value(0.0, None, m.start(), m.end()) for m in RX.NONE_OF.finditer(masked)]
    against = list(RX.NONE_AGAINST.finditer(masked))  # (read twice below, on the same text)
    values += [Value(0.0, "%", m.start("none"), m.end("none"), count=0) for m in against
               if any(v.count is not None and 0 <= m.start() - v.end <= 3 for v in values)]
    # (or after a share alone: "proteinuria (4% versus 0)", "(9% vs none)": the other group's share, none)
    zeros = [Value(0.0, "%", m.start("none"), m.end("none")) for m in against
             if any(v.count is None and v.unit == "%" and 0 <= m.start() - v.end <= 1 for v in values)]
    values = [v for v in values if not any(z.start == v.start and v.unit is None for z in zeros)] + zeros
    values += [Value(0.0, "%", m.start("none"), m.end("none"), count=0) for m in RX.NONE_FIRST.finditer(masked)]
    # (or after a count of patients with no share: "in 2 patients in the A arm and none in the B arm")
    values += [Value(0.0, "%", m.start("none"), m.end("none"), count=0) for m in RX.NONE_IN.finditer(masked)
               if any((v.count is not None or (v.unit is None and RX.COUNT_OF_PATIENTS.match(masked, v.end)))
                      and v.end <= m.start() for v in values)]
    values.sort(key=lambda v: v.start)
    # Intervals first: "40 (24-63), 29 (23-35) and 23 (16-34) months" lists three values once the
    # intervals between them are read, and the unit written once then covers them all.
    for start, end in _attach_cis(text, masked, values, ratios, cis):
        masked = masked[:start] + " " * (end - start) + masked[end:]
    for v in values:  # "23 (16-34) months": the unit after the interval
        unit = RX.UNIT_AFTER.match(masked[v.end:v.end + 60]) if v.unit is None and v.ci else None
        if unit:
            v.unit = AFTER_UNITS[unit.group(1).lower()[:2]]
    _spread_units(masked, values)
    _unit_of_the_next_median(text, masked, endpoints, values)
    values = _drop_restatements(masked, values)
    for v in values:
        if v.unit in MONTHS_PER:
            in_months(v, v.unit)
    vs = [m.start("compared") if m.group("compared") else m.start() for m in RX.VS.finditer(masked)]
    return Sentence(text, endpoints, values, pvalues, ratios, times, vs,
                    bool(RX.RESPECTIVELY.search(text)), citations, grades, masked,
                    ratio_shares=ratio_shares)


# A duration's length in months, the unit every result is given in
MONTHS_PER = {"years": 12.0, "weeks": 12 / 52, "days": 12 / 365.25}


def in_months(v: Value, unit: str) -> None:
    """``v``, said in ``unit`` (years, weeks, days or months), as months, its interval too."""
    factor = MONTHS_PER.get(unit)
    if factor:
        v.value = round(v.value * factor, 2)
        if v.ci is not None:
            v.ci = (round(v.ci[0] * factor, 2), round(v.ci[1] * factor, 2) if v.ci[1] is not None else None)
    v.unit = "months"


def count_start(text: str, v: Value) -> int:
    """Where the count of a percentage is written: "8/20 (40%)", "8 of 20 (40%)", "Fifteen (9%)", "12 [8%]"."""
    m = RX.COUNT_BEFORE_SHARE.search(text, max(0, v.start - 40), v.start)
    if m and (m.group("n") or (m.group("word") or "").lower() in WORD_NUMBERS):
        return m.start()
    return v.start


def grade_string(m: re.Match) -> str:
    """The GOLD_FORMAT grade: ">=3" for "grade 3 or higher" / "grade ≥3", "1-2", "3"."""
    if m.group("ctc"):
        return "3-4"  # "severe and life-threatening": CTCAE's words for grades 3 and 4
    digits = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
    g1, g2, op = (digits.get((g or "").lower(), g) for g in (m.group("g1"), m.group("g2"), m.group("op")))
    op = op or (m.group("pre") or "").strip() or None  # "≥ grade 3": the sign before the word
    if m.group("higher"):
        return f">={g2 or g1}" if not g2 else f">={g1}"
    if (m.group("above") or m.group("below")) and not op and not g2:
        # "toxicity above grade 2", "worse than grade 2": beyond the grade named, as the paper says it
        return (">" if m.group("above") else "<") + g1
    if op:
        return {"≥": ">=", "≤": "<=", ">": ">", "<": "<"}[op] + g1
    if g2:
        # "grade 4-5" reaches the top of the scale: it is "grade 4 or higher"
        return f">={g1}" if g2 == "5" and g1 in ("2", "3", "4") else f"{g1}-{g2}"
    return g1


TIME_UNITS = ("weeks", "months", "years")


def _drop_restatements(masked: str, values: list[Value]) -> list[Value]:
    """'40 weeks (9.2 months)', '18 months (1.5 years)': one duration said twice in two units is one
    value; the months the author wrote are kept rather than a conversion of ours."""
    drop = set()
    for a, b in zip(values, values[1:], strict=False):
        if a.unit in TIME_UNITS and b.unit in TIME_UNITS and a.unit != b.unit and a.ci is None \
                and RX.OPEN_BRACKET_ONLY.fullmatch(masked[a.end:b.start]) \
                and RX.CLOSE_BRACKET_NEXT.match(masked[b.end:]):
            drop.add(id(b) if a.unit == "months" else id(a))
    return [v for v in values if id(v) not in drop]


# The units a list may write on its first value only, and where such a list ends: its last value (its bracket blank)
# then ", respectively" or the clause's end, no word of a unit or of what was counted ("and 23 patients were")
UNIT_SAID_FIRST = frozenset({"months", "years", "weeks", "days"})


def _spread_units(masked: str, values: list[Value]) -> None:
    """'9 and 23 months', '75.6 and 76.8%': a unit written once covers the listed numbers before it, over the
    brackets of their intervals too ("11.2 [95% CI 9.1-13.0] vs 5.3 [4.4-6.1] months": the interval read, its
    brackets stand empty). "7.2 months (95% CI ...) and 15.6 (95% CI ...), respectively": written on the first
    only, it covers the numbers after it when the list ends with the last of them."""
    for i in range(len(values) - 2, -1, -1):
        v, nxt = values[i], values[i + 1]
        if v.unit is None and nxt.unit is not None and \
                RX.LIST_JOIN.match(RX.EMPTY_BRACKETS.sub(" ", masked[v.end:nxt.start])):
            v.unit = nxt.unit
    i = 0
    while i < len(values) - 1:
        run = [values[i]]
        while i + len(run) < len(values) and values[i + len(run)].unit is None and \
                RX.LIST_JOIN.match(RX.EMPTY_BRACKETS.sub(" ", masked[run[-1].end:values[i + len(run)].start])):
            run.append(values[i + len(run)])
        if run[0].unit in UNIT_SAID_FIRST and len(run) > 1 and RX.LIST_ENDS.match(masked, run[-1].end):
            for v in run[1:]:
                v.unit = run[0].unit
        i += len(run)


def medians_chained(text: str, masked: str, v: Value, nxt: Value) -> bool:
    """Whether only "and median <outcome> was" stands between two values (the outcome's name, blank in masked)."""
    m = RX.AND_MEDIAN.match(masked, v.end)
    return m is not None and RX.MEDIAN_VERB.fullmatch(masked, m.end(), nxt.start) is not None and \
        text[m.start("name"):nxt.start] != masked[m.start("name"):nxt.start]


def _unit_of_the_next_median(text: str, masked: str, endpoints: list[Endpoint], values: list[Value]) -> None:
    """'Median TTP was 18.4 and median OS was 38.6 weeks': a bare median of one outcome takes the time unit of the
    median of the next outcome joined to it by "and" (not a median of anything else: "median age was 64 and
    median OS 12 months" names no outcome before the first)."""
    for v, nxt in zip(values, values[1:], strict=False):
        if v.unit is None and v.count is None and nxt.unit in UNIT_SAID_FIRST and \
                medians_chained(text, masked, v, nxt) and \
                any(e.end <= v.start and RX.MEDIAN_VERB.fullmatch(masked, e.end, v.start)
                    and RX.MEDIAN_OR_MEAN_BEFORE.search(text, max(0, e.start - 8), e.start) for e in endpoints):
            v.unit = nxt.unit


def _attach_cis(text: str, masked: str, values: list[Value], ratios: list[Ratio],
                cis: list[tuple[int, int, float, Optional[float]]]) -> list[tuple[int, int]]:
    """A CI belongs to the nearest value or ratio before it; returns the bare intervals it read."""
    read: list[tuple[int, int]] = []
    targets: list = sorted([*values, *ratios], key=lambda x: x.start)
    for start, _end, low, high in cis:
        before = [t for t in targets if t.start < start]
        if before:
            target = before[-1]
            if target.ci is None and low <= target.value and (high is None or target.value <= high):
                target.ci = (low, high)
    # "HR 0.79, 0.65-0.95": a ratio's interval after a comma, without brackets or "95% CI".
    for r in ratios:
        if r.ci is None:
            m = RX.RATIO_CI_AFTER.match(masked, r.end)
            if m and float(m.group("low")) <= r.value <= float(m.group("high")):
                r.ci = (float(m.group("low")), float(m.group("high")))
                values[:] = [v for v in values if not (m.start() <= v.start < m.end())]
                read.append((m.start("low"), m.end()))
    # "(5.6 months, 5.1-6.7; hazard ratio ...)": a value's interval after a comma inside its bracket, bare as the
    # second of a pair is written once the first said "95% CI" (not where the sentence names a range and no interval)
    if RX.CI_WORDS.search(text) is not None and RX.SPREAD_WORDS.search(text) is None:
        for v in values:
            if v.ci is None and v.unit in ("%", "months"):
                m = RX.VALUE_CI_AFTER.match(masked, v.end)
                if m and float(m.group("low")) <= v.value <= float(m.group("high")):
                    v.ci = (float(m.group("low")), float(m.group("high")))
                    values[:] = [w for w in values if not (m.start("low") <= w.start < m.end())]
                    read.append((m.start("low"), m.end("high")))
    # "2.298 (0.839-6.292)": a bare bracketed interval straight after a number.
    # on the text, not the masked text: "58.2% (52.1% to 64.0%)" was set aside as a range there
    # ("23.6 months (IQR 9.0-31.2) in A versus 22.2 months (9.4-52.7) in B": where the sentence names a range and no
    # interval, a bare bracket is the same spread, no interval)
    spread_only = RX.SPREAD_WORDS.search(text) is not None and RX.CI_WORDS.search(text) is None
    for m in RX.CI_BARE.finditer(text):
        low, high = float(m.group("low")), float(m.group("high")) if m.group("high") else None
        for t in targets:
            if t.end <= m.start() + len(m.group("sp")) and m.start() - t.end <= 1 and t.ci is None:
                if low <= t.value and (high is None or t.value <= high):
                    t.ci = None if spread_only and not isinstance(t, Ratio) else (low, high)  # (a ratio has no IQR)
                    values[:] = [v for v in values if not (m.start() < v.start < m.end())]
                    read.append((m.start() + len(m.group("sp")), m.end()))
                break
    return read


FREE_FROM_CODES = code_to("free_of_it")  # (patterns/endpoint_codes.yaml, as the other sets of codes here)
EVENT_FREE_CODES = codes_with("event_free")


# A response said as the trait of people after a survival outcome names a population, not a result of its own
RESPONSE_OF_PEOPLE = codes_with("names_responders")
SURVIVAL_OF_PEOPLE = codes_with("survival_of_people")
# "3-year survival for patients with early recurrence", "survival for late relapses": the failure names the people
FAILURE_OF_PEOPLE = codes_with("names_failed")


def _longer_state(matcher, masked: str, f: tuple) -> tuple:
    """"were alive and disease-free": a state's name that a longer state's name starts inside ("alive and
    disease-free" within "were alive") is the longer one (the names' search finds no overlapping names)."""
    m, code, abbreviation = f
    if abbreviation or code not in matcher.states:
        return f
    for pos in range(m.start() + 1, m.end()):
        if masked[pos - 1].isalnum():
            continue
        o = matcher.names.match(masked, pos)
        if o is not None and o.end() > m.end() and _name_code(matcher, o.group(0)) in matcher.states:
            return o, _name_code(matcher, o.group(0)), False
    return f


def _time_right_after(masked: str, at: int, time_ends: frozenset[int]) -> bool:
    """Whether a time point (blank in ``masked``) is said right after ``at``: "responded after 18 months"."""
    return any(at < end <= at + 40 and not masked[at:end].strip() for end in time_ends)


def find_endpoints(masked: str, time_ends: frozenset[int] = frozenset()) -> list[Endpoint]:
    """The endpoints named in a sentence whose values, times and ratios are blanked (``time_ends``: where its time
    points end)."""
    out = []
    # "DCR (CR + PR + SD)": the definition's parts are not results of their own.
    # (every definition holds a "+" or a "(": a sentence with neither is not searched; speed)
    if "+" in masked or "(" in masked:
        masked = RX.COMPONENTS.sub(lambda m: " " * len(m.group(0)), masked)
    matcher = endpoint_matcher()
    found = [(m, _name_code(matcher, m.group(0)), False) for m in matcher.names.finditer(masked)]
    found += [(m, matcher.abbreviation_codes[m.lastgroup], True) for m in matcher.abbreviations.finditer(masked)]
    found = [_longer_state(matcher, masked, f) for f in found]
    found.sort(key=lambda f: (f[0].start(), -f[0].end()))
    defined = {f[0].start(): f for f in found if f[2]}
    taken_until = -1
    for m, code, abbreviation in found:
        if code is None or m.start() < taken_until:
            continue  # inside a longer name already read
        span = RX.SPAN_AFTER.match(masked, m.end()) if code in matcher.after_time else None
        if code in matcher.after_time and not any(
                end <= m.start() and RX.AFTER_TIME_GAP.fullmatch(masked, end, m.start()) for end in time_ends) and \
                not RX.OPERATIVE_MORBIDITY_AND.search(masked, max(0, m.start() - 60), m.start()) and span is None:
            continue  # "mortality" alone: whose deaths, and over what span, is not said
        if abbreviation and code == "SD" and (RX.SPREAD_SD.search(masked, max(0, m.start() - 12), m.start()) and
                                             RX.LINK_SIGN_NEXT.match(masked[m.end():m.end() + 3])
                                             or RX.EQUALS_A_NUMBER_NEXT.match(masked[m.end():m.end() + 16])
                                             or RX.PLUS_MINUS_BEFORE.search(masked, max(0, m.start() - 6), m.start())):
            # "age 61 (SD, 10 years)", "mean (SD)", "SD=7.7": a standard deviation, not stable disease ("SD = 64%" is)
            continue
        if code == "DEATH" and m.group(0).lower().startswith("death") and \
                (RX.RISK_OF_BEFORE.search(masked, max(0, m.start() - 20), m.start())
                 or RX.OR_BEFORE.search(masked[max(0, m.start() - 6):m.start()])):
            # ("the risk of death from any cause": a ratio's events, OS; "progression or death occurred": PFS's)
            continue
        if RX.HISTORY_BEFORE.search(masked, max(0, m.start() - 40), m.start()):
            continue  # "within 30 days of prior disease progression": the patients' history, no outcome
        if code == "ORR" and RX.NOT_A_TUMOUR_RESPONSE.search(masked, max(0, m.start() - 24), m.start()):
            continue  # "a PSA response rate of 40%", "immune response": a response of something other than the tumour
        if abbreviation and RX.ARM_AFTER.match(masked, m.end()):
            continue  # "on the PCR arm", "the FLOX regimen": a regimen's short name, no outcome
        if abbreviation and code == "PR" and (RX.RECEPTOR_AFTER.match(masked, m.end())
                                              or RX.RECEPTOR_BEFORE.search(masked, max(0, m.start() - 8), m.start())):
            continue  # "PR protein", "ER/PR status", "PR-positive": the progesterone receptor, not a partial response
        if (code in RESPONSE_OF_PEOPLE and RX.RESPONDERS_BEFORE.search(masked, max(0, m.start() - 60), m.start())
                or code in FAILURE_OF_PEOPLE and (
                    RX.FAILED_BEFORE.search(masked, max(0, m.start() - 60), m.start())
                    # ("for isolated local failures": the kind of failure is the name's own first word)
                    or RX.KIND_FIRST.match(m.group(0))
                    and RX.FOR_BEFORE.search(masked, max(0, m.start() - 12), m.start()))) \
                and any(e.code in SURVIVAL_OF_PEOPLE and ";" not in masked[e.end:m.start()] for e in out):
            # "3-year survival for patients with a complete response was 62%": the response names whose survival it
            # is, no outcome of its own (the population's name stays in the text for the group rules)
            taken_until = m.end()
            continue
        if code == "ORR_STATE" and m.group(0).lower().endswith("responded") and (
                RX.RELATIVE_BEFORE.search(masked, max(0, m.start() - 40), m.start())
                or RX.WHEN_RESPONDED_AFTER.match(masked, m.end())
                or m.group(0).lower().split()[0] in ("responded", "had", "have")
                and _time_right_after(masked, m.end(), time_ends)):
            # "patients who responded had longer survival": whom the values are of, no response; "3 responded
            # within 4 months", "2 (11%) responded after 9 months": the responders counted by when they responded
            continue
        if not abbreviation and m.group(0).lower().endswith("ed") and RX.PEOPLE_AFTER_PARTICIPLE.match(masked, m.end()):
            # "local control for retreated tumours was 66%", "reirradiated patients": a participle naming whom the
            # outcome is of, no outcome of its own (the words stay for the group rules)
            continue
        if code in matcher.states and not abbreviation and m.group(0).lower() in ("living", "surviving", "alive") and \
                RX.PEOPLE_AFTER_PARTICIPLE.match(masked, m.end()):
            # "74% of living patients completed the questionnaire": the state says whom a share is of, no outcome
            continue
        if code == "TOX" and m.group(0).lower() == "complications" and \
                RX.SURGICAL_GRADING.search(masked, max(0, m.start() - 60), min(len(masked), m.end() + 60)):
            # "Grade 3 or 4 complications according to the Clavien-Dindo classification": a surgical grading's
            # complications are the operation's, no toxicity of a treatment
            code = "POSTOP_COMPLICATION"
        if code == "RELATIVE_SURVIVAL" and RX.EFFECT_AFTER.match(masked, m.end()):
            taken_until = m.end()
            continue  # "a 12% relative survival benefit": a relative effect on survival, not relative survival
        taken_until = m.end()
        bracket = RX.DEFINED_AS.match(masked, m.end())
        if not abbreviation and bracket and len(m.group(0).split()) == 1 and bracket.end() in defined:
            # "disease survival (DFS)": a one-word name the paper defines by an abbreviation is what that stands
            # for, read once
            a, a_code, _ = defined[bracket.end()]
            if a_code != code and RX.CLOSE_BRACKET_NEXT.match(masked[a.end():]):
                code, taken_until = a_code, a.end()
        elif not abbreviation and bracket and bracket.end() in defined and defined[bracket.end()][1] != code and \
                RX.CLOSE_BRACKET_NEXT.match(masked[defined[bracket.end()][0].end():]):
            # "pathological complete response (CR) was seen in 12": a name of more than one word, then an abbreviation
            # of its own in brackets, is read once, as the name says (the abbreviation may be a shorter, wider one)
            taken_until = defined[bracket.end()][0].end()
        free = RX.EVENT_FREE.match(masked, m.end())
        if free and code not in EVENT_FREE_CODES:
            # "locoregional relapse-free survival" that no name knows: neither the relapse nor overall survival
            taken_until = free.end()  # "local progression-free and overall survival": SHARED_FREE below
            continue
        if code not in EVENT_FREE_CODES and RX.FREE_OF_BEFORE.search(masked, max(0, m.start() - 30), m.start()):
            continue  # "symptom-free survival", "colostomy-free survival": free of what no name knows, not OS
        freed = RX.FREE_FROM_BEFORE.search(masked, max(0, m.start() - 40), m.start())
        if freed and code.startswith("FAIL_"):
            if freed.group("word") or code not in FREE_FROM_CODES:
                continue
            code = FREE_FROM_CODES[code]
        before = masked[max(0, m.start() - 40):m.start()].lower()
        # "median OS of 36 months and PFS of 79%": "median" does not reach past a number.
        median = bool(RX.MEDIAN_BEFORE.search(before)) or code in matcher.medians
        mean = bool(RX.MEAN_BEFORE.search(before)) and not median
        state = code in matcher.states
        code, grade, category = matcher.qualifiers.get(code, (code, None, None))
        if code == "SYMPTOM_RESPONSE" and category is None:
            category = " ".join(m.group(0).lower().split())  # the symptom named is the category
        out.append(Endpoint(code, m.start(), m.end(), median=median, mean=mean, abbreviation=abbreviation,
                            grade=grade, category=category, state=state,
                            # ("mortality at 30 days": its span, in months as "30-day mortality" gives it)
                            times=[round(int(span.group("num")) * _UNIT_MONTHS[span.group("unit").lower()], 1)]
                            if span else []))
    # (each is searched only where its words are: "-free" and "survival" ("urv": an "s" or an "i" may also be matched
    # as "ſ", "ı" or "İ"), "survival" alone, "complete" or "partial" ("part"); speed)
    low = masked.lower()
    for m in (RX.SHARED_FREE.finditer(masked) if "-free" in low and "urv" in low else ()):
        # "disease-free and overall survival": "survival" said once for both names
        words = m.group("name").split()
        start = m.start("name")
        code = _name_code(matcher, m.group("name") + "-free survival")
        if code is None and len(words) == 2:
            code = _name_code(matcher, words[1] + "-free survival")
            start = m.end("name") - len(words[1])
        if code and not any(e.start <= start < e.end or start <= e.start < m.end("name") + 5 for e in out):
            out.append(Endpoint(code, start, m.end("name") + 5))
    for m in RX.SHARED_FAILURE.finditer(masked):
        listed = m.group("list")
        items = [i for i in re.finditer(RX._SITE, listed, re.I)
                 if listed.rfind("(", 0, i.start()) <= listed.rfind(")", 0, i.start())]  # (not a gloss's words)
        if len(items) < 3 and not RX.RESPECTIVELY_WORD.search(masked[m.end():]):
            continue
        head = RX.PLURAL_S.sub("", m.group("head").lower())
        codes = [_name_code(matcher, f"{i.group(0).lower()} {head}") for i in items]
        if None in codes or len(set(codes)) != len(codes):
            continue
        out = [e for e in out if not (m.start() <= e.start < m.end() or e.start <= m.start() < e.end)]
        base = m.start("list")
        for i, code in zip(items, codes, strict=True):
            # (a site's gloss is part of its name: "regional (nodal)")
            end = base + i.end() + re.match(RX._GLOSS, listed[i.end():], re.I).end() if i is not items[-1] else m.end()
            out.append(Endpoint(code, base + i.start(), end))
    for m in (RX.SHARED_FAILURE_VALUES.finditer(masked) if "(" in masked else ()):
        sites = _shared_failure_values(matcher, m)
        if sites:  # (the head alone, "recurrences", is no outcome of its own here)
            out = [e for e in out if not (m.start() <= e.start < m.end() or e.start <= m.start() < e.end)] + sites
    for m in (RX.SHARED_RATE_OF.finditer(masked) if " of " in low else ()):
        out += _shared_rate_of(matcher, m, out)
    for m in (RX.SHARED_RATES_AFTER.finditer(masked) if "rates" in low or "incidences" in low else ()):
        out += _shared_rates_after(matcher, m, out)
    for m in (RX.SHARED_SURVIVAL.finditer(masked) if "urv" in low else ()):
        code = _name_code(matcher, m.group("name") + " survival")
        if code and not any(e.start <= m.start("name") < e.end for e in out):
            out.append(Endpoint(code, m.start("name"), m.end("name")))
    for m in ([*RX.SHARED_RESPONSE.finditer(masked), *RX.SHARED_RESPONSE_RATES.finditer(masked)]
              if "omplete" in low or "part" in low else ()):
        head = RX.PLURAL_S.sub("", m.group("head").lower())
        code = _name_code(matcher, f"{m.group('first').lower()} {head}")
        if m.group("first").lower() != m.group("second").lower() and code and \
                not any(e.start <= m.start("first") < e.end for e in out):
            out.append(Endpoint(code, m.start("first"), m.end("first")))
    # "had either died or been followed up for 2 years": one of two conditions, never a count of the first alone
    out = [e for e in out if not (RX.EITHER_BEFORE.search(masked, max(0, e.start - 12), e.start)
                                  and RX.OR_AFTER.match(masked, e.end))]
    return sorted(out, key=lambda e: e.start)


def _shared_rate_of(matcher: EndpointMatcher, m: re.Match, found: list[Endpoint]) -> list[Endpoint]:
    """The outcomes of a list after "rates of" that are outcomes only with it ("distant metastasis" alone names a site,
    "the rates of local recurrence and distant metastasis" its rate), when the list's first item is an outcome read
    already (a list of outcomes, not "rates of patients with X and Y")."""
    base, listed = m.start("list"), m.group("list")
    cuts = [0, *(x for c in RX.RATE_OF_ITEM_SPLIT.finditer(listed) for x in (c.start(), c.end())), len(listed)]
    items = [(base + a, base + b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    if len(items) < 2 or len(items) > 4 or not any(e.start == items[0][0] for e in found):
        return []
    head = m.group("head").lower()
    out = []
    for a, b in items[1:]:
        if any(e.start < b and a < e.end for e in found):
            continue
        code = _name_code(matcher, f"{head} of {m.string[a:b]}")
        if code is not None:
            out.append(Endpoint(code, a, b))
    return out


def _shared_failure_values(matcher: EndpointMatcher, m: re.Match) -> list[Endpoint]:
    """Each site of "local (10 [16%]) and regional (9 [14%]) recurrences" as its own outcome, its name the site (the
    last's the site to the head, when its values follow the head instead), when the vocabulary knows each site with
    the head and no two sites give one code."""
    head = RX.PLURAL_S.sub("", m.group("head").lower())
    listed = m.group("list")
    depths = bracket_depths(listed)
    # (each site outside the brackets of values: a word in a bracket is no item of the list)
    items = [i for i in re.finditer(RX._SITE_OR_OVERALL, listed, re.I) if depths[i.start()] == 0]
    # ("overall" names the head's events at every site: the head alone, as "recurrence" is any recurrence)
    codes = [_name_code(matcher, head if i.group(0).lower() == "overall" else f"{i.group(0).lower()} {head}")
             for i in items]
    if None in codes or len(set(codes)) != len(codes):
        return []
    base = m.start("list")
    out = []
    for i, code in zip(items, codes, strict=True):
        # ("... and regional recurrences (9 [14%])": the last named whole)
        end = m.end() if i is items[-1] and m.group("last") is None else base + i.end()
        out.append(Endpoint(code, base + i.start(), end))
    return out


def _shared_rates_after(matcher: EndpointMatcher, m: re.Match, found: list[Endpoint]) -> list[Endpoint]:
    """The outcomes of a list before "rates" that are outcomes only with it ("distant metastasis" alone names a site,
    "distant metastasis and local recurrence rates" its rate), when the list's last item is an outcome read already
    and ends right before the head; each earlier item's name is its last words that the vocabulary knows with the
    head ("the 3-year distant metastasis" -> "distant metastasis rates")."""
    base, listed = m.start("list"), m.group("list")
    cuts = [0, *(x for c in RX.RATE_OF_ITEM_SPLIT.finditer(listed) for x in (c.start(), c.end())), len(listed)]
    # (the list may open with words before it, "the 3-year ...": only its last four items are tried)
    items = [(base + a, base + b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)][-4:]
    if len(items) < 2 or not any(e.start == items[-1][0] for e in found):
        return []
    head = m.group("head").lower()
    out = []
    for a, b in items[:-1]:
        if any(e.start < b and a < e.end for e in found):
            continue
        words = list(RX.NON_SPACE_RUN.finditer(m.string[a:b]))
        for w in words[-4:]:
            code = _name_code(matcher, f"{m.string[a + w.start():b]} {head}")
            if code is not None:
                out.append(Endpoint(code, a + w.start(), b))
                break
    return out


# short names that the results rules read as something else ("RR" a relative risk, "HR", "OR", "CI")
# ("RR" and "OR" may be an endpoint's, "response rate (RR)": only a name the endpoint vocabulary knows gives them)
NOT_ALIASES = frozenset({"HR", "CI", "NS", "NA", "NE", "NR", "IQR", "SE"})


def endpoint_aliases(text: str) -> dict[str, str]:
    """The paper's own short names of endpoints: an abbreviation in brackets right after a name the endpoint
    vocabulary knows, whose letters the name spells (not one the vocabulary knows already, not one given to two
    endpoints); a short name the vocabulary knows, given to other words, maps to "" (no endpoint here)."""
    matcher = endpoint_matcher()
    out: dict[str, str] = {}
    clash: set[str] = set()
    as_endpoint: set[str] = set()
    for m in RX.ALIAS_DEFINED.finditer(text):
        abbr = m.group("abbr")
        if abbr in clash or abbr in NOT_ALIASES:
            continue
        before = text[max(0, m.start() - 80):m.start()].rstrip()
        if matcher.abbreviations.fullmatch(abbr):
            # "open segmentectomy (OS)", "standard deviation (SD)": a short name of the vocabulary the paper gives
            # to words of its own (their initials), which then never names the endpoint in this paper
            words = list(RX.LETTER_RUN.finditer(before))[-len(abbr):]
            named_words = before[words[0].start():] if words else ""
            if find_endpoints(named_words) or RX.OUTCOME_WORDS.search(named_words):
                # "overall survival (OS)", "objective remission rate (ORR)": the vocabulary's reading stands
                as_endpoint.add(abbr)
            elif len(words) == len(abbr) and "".join(w.group(0)[0] for w in words).lower() == abbr.lower():
                out[abbr] = ""
            continue
        named = [e for e in find_endpoints(before) if e.end == len(before) and not e.abbreviation]
        if not named:
            # (an event the trial is about, defined in its title or opening: "... for oral mucositis (OM)"; the
            # short names of a list of toxicities further on name events of every kind of paper)
            code = _toxicity_alias(abbr, before) if m.start() < TOXICITY_ALIAS_OPENING else None
            if code is None:
                continue
        elif not lexicon.abbreviates(abbr, before[named[-1].start:]) and \
                not _median_abbreviated(abbr, before, named[-1].start):
            continue
        else:
            code = named[-1].code
        if out.get(abbr, code) != code:
            clash.add(abbr)
            del out[abbr]
            continue
        out[abbr] = code
    return {a: code for a, code in out.items() if code or a not in as_endpoint}


def _median_abbreviated(abbr: str, before: str, name_start: int) -> bool:
    """Whether a short name spells "median" and the endpoint's name after it ("MS": "median survival")."""
    median = RX.MEDIAN_WORD_BEFORE_NAME.search(before, max(0, name_start - 10), name_start)
    return median is not None and lexicon.abbreviates(abbr, before[median.start():])


TOXICITY_ALIAS_OPENING = 600  # characters: a title and the abstract's first sentence


def _toxicity_alias(abbr: str, before: str) -> Optional[str]:
    """"oral mucositis (OM)", "febrile neutropenia (FN)": the adverse event a short name stands for, as "TOX:<its
    category>" (read back by ``add_aliases``), or None."""
    from oncoev.extract.results import category_of

    terms = [m for m in toxicity_terms().finditer(before) if m.end() == len(before)]
    if not terms or not lexicon.abbreviates(abbr, terms[-1].group(0)):
        return None
    return "TOX:" + category_of(terms[-1].group(0))


def add_aliases(s: Sentence, aliases: dict[str, str]) -> None:
    """The endpoints a sentence names by the paper's own short names (``endpoint_aliases``), blanked in its masked
    text as every endpoint is; "median TTLP" is a median. A short name the paper gave to words of its own (an
    empty code: "open segmentectomy (OS)") names no endpoint there."""
    taken = {a for a, code in aliases.items() if not code}
    if taken:
        s.endpoints = [e for e in s.endpoints if not (e.abbreviation and s.text[e.start:e.end] in taken)]
        aliases = {a: code for a, code in aliases.items() if code}
        if not aliases:
            return
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(aliases, key=len, reverse=True)))
                         + r")(?![\w-])")
    added = []
    for m in pattern.finditer(s.text):
        if any(e.start <= m.start() < e.end for e in s.endpoints) or \
        RX.ALIAS_DEFINED.match(s.text, max(0, m.start() - 1)):
            continue  # inside a name read already, or the definition itself "(IFF)"
        if any(r.start == m.start() for r in s.ratios):
            continue  # "RR was 1.4": a ratio by that name, whatever the paper calls "RR" elsewhere
        if aliases[m.group(0)] not in EVENT_FREE_CODES and RX.EVENT_FREE.match(s.text, m.end()):
            continue  # "LTP free survival", "LR-free rate": free of the event the short name stands for, not it
        said = RX.MEDIAN_OR_MEAN_BEFORE.search(s.text, max(0, m.start() - 12), m.start())
        code, _, category = aliases[m.group(0)].partition(":")  # "TOX:oral mucositis": an event's short name
        if category and RX.PATIENTS_HAD_BEFORE.search(s.text, max(0, m.start() - 30), m.start()):
            continue
        added.append(Endpoint(code, m.start(), m.end(), abbreviation=True, category=category or None,
                              median=bool(said and said.group(0).lower().startswith("median")),
                              mean=bool(said and said.group(0).lower().startswith("mean"))))
    if added:
        # "Overall RR was 35%" where the paper said "response rate (RR)": the percentage set aside is that endpoint's
        shares = [v for start, v in s.ratio_shares if any(e.start == start for e in added)]
        if shares:
            s.values = sorted(s.values + shares, key=lambda v: v.start)
        s.endpoints = sorted(s.endpoints + added, key=lambda e: e.start)
        chars = list(s.masked)
        for e in added:
            chars[e.start:e.end] = " " * (e.end - e.start)
        s.masked = "".join(chars)


def _prefixes(words: list[str], length: int = 4) -> str:
    """A pattern that matches where any of ``words`` (terms whose words are joined by ``[\\s-]+``) starts: their
    first ``length`` characters (up to the first character between words, or a count "#"), grouped by the first."""
    by_first: dict[str, dict[str, None]] = {}
    for word in words:
        atoms: list[str] = []
        for ch in word[:length]:
            if ch.isspace():
                atoms.append(r"[\s-]")
                break
            if ch == "#":  # an endpoint name's count (COUNT_IN_NAME): a digit there
                atoms.append(r"\d")
                break
            atoms.append(re.escape(ch))
        by_first.setdefault(atoms[0], {})["".join(atoms[1:])] = None
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items()) + ")"


@lru_cache(maxsize=1)
def toxicity_terms() -> Regex:
    """The adverse-event terms of ``patterns/toxicities.yaml``, longest first, any case, plural or not."""
    terms = rules.load("toxicities.yaml")["terms"]
    words = sorted({t.lower() for t in terms}, key=len, reverse=True)
    # (speed) The list, longest first, decides which term a match is; at a word's start it is tried only after a
    # lookahead of the terms' first letters (_prefixes) finds that one of them may begin there: a zero-width test
    # every match passes, so matches are the same, while most words fail it on their first letters instead of
    # walking some 270 terms.
    return lazy_regex(r"(?<![\w-])(?=" + _prefixes(words) + r")(?P<term>"
                      + "|".join(r"[\s-]+".join(map(re.escape, w.split())) for w in words)
                      + r")(?:e?s)?(?![\w-])", re.I)
