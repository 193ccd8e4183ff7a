"""What the extractor did not read: the numbers of a paper that became no row.

Every number in the abstract, the results and the tables is accounted for in one of three ways:

- a row explains it: the number lies inside the row's quote and equals one of the row's numbers
  (a result's value, interval, p value, time point or group size; a dose's amounts; a group's n;
  a study field's value);
- a class recognises it as something else: a CI bound, a p value, a date, a citation, a sample
  size, an age, a dose, a table or page number, a baseline characteristic ... (the classes are
  data, in ``patterns/unexplained.yaml``);
- or it is *unexplained*, and listed with its page, section and context for the curator.

When unsure, a number stays unexplained: a curator glancing at a number the machine did read
costs little; a number wrongly explained away hides a missed result. Nothing here reads the
rules' internals: rows are read as the extraction contract gives them, so table rows with a
``locator``, rows of future rules and a curator's rows explain numbers the same way.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Optional

from oncoev.extract import lexicon, rules
from oncoev.extract.document import Document
from oncoev.extract.lazy_regex import Regex, StartFinder, lazy_regex, scan, start_finder
from oncoev.extract.normalize import Normalized, normalize
from oncoev.extract.rules import regexes
from oncoev.extract.sentences import RX as SENTENCES_RX
from oncoev.extract.sentences import Section, find_sections, split_sentences
from oncoev.extract.table_model import cues as table_cues
from oncoev.extract.tables import _is_prose

RX = regexes("unexplained")  # patterns/regex/unexplained.yaml: the regular expressions of this module

# Sections whose numbers are accounted for; tables are counted wherever they stand.
COUNTED_SECTIONS = ("abstract", "results", "text")
CONTEXT_CHARS = 60
# Row keys that are provenance or bookkeeping, never a number the paper reports.
NOT_NUMBERS = {"char_start", "char_end", "page", "confidence", "quote", "pattern_id", "locator", "key", "cohort",
               "comparator", "arm", "parent", "cited", "status", "extractor", "extractor_version", "document_sha256",
               "unit", "measure", "endpoint", "value_op", "p_op", "modality", "dose_unit", "statistic", "kind",
               "design", "provenance", "also_at"}


class Anchors(tuple):
    """The lower-case strings one of which a stretch of text must hold for a class to be scanned there."""

    def search(self, text: str, start: int = 0, end: int = sys.maxsize) -> bool:
        """Whether ``text[start:end]`` holds one of them. A find per string: str.find skips along in C far faster
        than re tries an alternation of the strings at each position (over 3 x 5 seeds the classes' checks took
        0.022 s a pass as one alternation, 0.007 s so)."""
        return any(text.find(a, start, end) >= 0 for a in self)


@dataclass(frozen=True)
class _Classes:
    # (rule id, role, regex, whether every match starts with the number it explains: tried at each number,
    # anchors: the lower-case strings one of which a stretch of text must hold for the regex to be scanned there;
    # None when the regex is scanned everywhere)
    rules: tuple[tuple[str, str, Regex, bool, Optional[Anchors]], ...]
    baseline_cue: Regex
    outcome_cue: Regex
    outcome_caption: Regex
    name_after: Regex
    glued_units: frozenset[str]
    guarded: frozenset[str]  # rules that take no number after words of an event (``event_before``)
    event_reach: int
    event_cue: Regex
    # (rule id, role, caption regex, whether only coefficients are taken, what the title may not name: None for
    # an outcome, what the table's text after its title may not hold: None for no such test) of the kinds of tables
    # tables.yaml's caption cues leave out
    tables: tuple[tuple[str, str, Regex, bool, Optional[Regex], Optional[Regex]], ...] = ()
    individual_header: Optional[Regex] = None
    # (rule id, role, the abstract's part: "methods", "introduction", finding) whose sentences tell how the study
    # was done or what others found: their numbers are no result of the study unless the sentence names an outcome
    # (and, with `finding`, also has a finding's words)
    parts: tuple[tuple[str, str, str, Optional[Regex]], ...] = ()
    # (rule id, role, cue, unless) of the sentences about something other than what happened to the patients
    # (what they were given, how they came into the study): a sentence with the cue and without `unless` (the
    # outcome cue when it has none) is explained whole
    sentence_classes: tuple[tuple[str, str, Regex, Optional[Regex]], ...] = ()
    # (rule id, role, heading, unless) of the results' sub-headings that say their sentences tell who the patients
    # were: a sentence there without `unless` (the outcome cue when it has none) is explained whole
    subsections: tuple[tuple[str, str, Regex, Optional[Regex]], ...] = ()
    # rule id -> the words that refuse a match of that class rule when they stand in its sentence before the end of
    # the clause the match ends in (``class_unless``)
    rule_unless: dict[str, Regex] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _classes() -> _Classes:
    data = rules.load("unexplained.yaml")
    # the words of an upper bound not reached are the lexicon's, which the text reader uses too
    macros = {**(data.get("macros") or {}), "NOTREACHED": lexicon.NOT_REACHED}

    def expand(pattern: str, where: str) -> Regex:
        for _ in range(3):  # macros may use macros
            pattern = RX.MACRO_NAME.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)
        return lazy_regex(pattern, where=f"unexplained.yaml: {where}")  # refused, naming the rule, when first used

    compiled = []
    for r in data["classes"]:
        # A rule whose alternatives start some at a number, some at a cue is split into the two kinds: the
        # first are tried at each number, the others scanned along the text (with its anchors, if any).
        branches = top_level_branches(r.pattern)
        at_number = [b for b in branches if RX.LEADS_WITH_NUMBER.match(b)]
        others = [b for b in branches if not RX.LEADS_WITH_NUMBER.match(b)]
        for part, first in (("|".join(at_number), True), ("|".join(others), False)):
            if part:
                anchors = None if first or not r.anchors else Anchors(a.lower() for a in r.anchors)
                compiled.append((r.id, r.role or r.id, expand(part, r.id), first, anchors))
    compiled = tuple(compiled)
    guard = data["event_before"]
    unknown = set(guard["rules"]) - {r.id for r in data["classes"]}
    if unknown:
        raise rules.PatternFileError(f"unexplained.yaml: event_before.rules: no class {', '.join(sorted(unknown))}")
    terms = sorted({t.lower() for t in rules.load("toxicities.yaml")["terms"]}, key=len, reverse=True)
    toxicity = "|".join(r"[\s-]+".join(map(re.escape, t.split())) for t in terms)
    toxicity = rf"(?i:(?<![\w-])(?:{toxicity})(?:e?s)?(?![\w-]))"
    tables = tuple((t["id"], t["role"], lazy_regex(t["caption"], re.I, where=f"unexplained.yaml: {t['id']}"),
                    bool(t.get("coefficients")), lazy_regex(t["unless"], re.I) if t.get("unless") else None,
                    lazy_regex(t["cells_unless"], where=f"unexplained.yaml: {t['id']}")
                    if t.get("cells_unless") else None)
                   for t in data.get("tables") or [])
    return _Classes(compiled, lazy_regex(data["baseline_cue"]), lazy_regex(data["outcome_cue"]),
                    lazy_regex(data["outcome_caption"]), lazy_regex(data["name_after"]),
                    frozenset(u.lower() for u in data["glued_units"]), frozenset(guard["rules"]), guard["reach"],
                    lazy_regex(guard["cue"] + "|" + toxicity), tables,
                    lazy_regex(data["individual_header"]) if data.get("individual_header") else None,
                    tuple((p["id"], p["role"], p["part"], expand(p["finding"], p["id"]) if p.get("finding") else None)
                          for p in data.get("abstract_parts") or []),
                    tuple((c["id"], c["role"], expand(c["cue"], c["id"]),
                           expand(c["unless"], c["id"]) if c.get("unless") else None)
                          for c in data.get("sentences") or []),
                    tuple((c["id"], c["role"], expand(c["heading"], c["id"]),
                           expand(c["unless"], c["id"]) if c.get("unless") else None)
                          for c in data.get("results_subsections") or []),
                    _rule_unless(data, expand))


def _rule_unless(data: dict[str, Any], expand) -> dict[str, Regex]:
    """``class_unless``: for some class rules, the words that refuse a match in its sentence (_refused)."""
    given = data.get("class_unless") or {}
    unknown = set(given) - {r.id for r in data["classes"]}
    if unknown:
        raise rules.PatternFileError(f"unexplained.yaml: class_unless: no class {', '.join(sorted(unknown))}")
    return {rule_id: expand(words, rule_id) for rule_id, words in given.items()}


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level ("a|(b|c)" -> "a", "(b|c)"). An alternative that
    begins with its number group ("(?P<n>...") can only match where a number starts: it is tried there
    instead of being scanned along the text."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if pattern[i + 1:i + 2] != "]" else 2  # "[]...]" holds a ']'
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def _around(m: re.Match) -> bool:
    """Whether a match's value (group ``v``) lies between the first and the last number of its group ``n``:
    "-7.2 (-13.4, -1.0)", "47.1 (42.3-51.9)" are a value and the interval around it; "10 (4, 6)" is not."""
    bounds = [parse_number(x) for x in RX.SIGNED.findall(m.group("n") or "")]
    value = parse_number(m.group("v"))
    if value is None or len(bounds) < 2 or bounds[0] is None or bounds[-1] is None:
        return False
    low, high = bounds[0], bounds[-1]
    return low < high and low <= value <= high


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause going on at ``start`` ends, before ``end``: a semicolon, a sentence's period, or a bracket
    closing one opened before ``start`` (a share's own brackets, "12 (19%) relapsed", do not end it)."""
    depth = 0
    for m in RX.CLAUSE_MARK.finditer(text, start, end):
        c = m.group(0)
        if c in "([":
            depth += 1
        elif c in ")]" and depth:
            depth -= 1
        else:
            return m.start()
    return end


def _refused(text: str, m: re.Match, unless: Regex, sentences: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``unless`` stands in the sentence of match ``m``, from its start to the end of the clause ``m`` ends
    in: "Of 60 patients (stage III, 40; stage IV, 20)" reads who came in, "By stage, recurrence was seen in: stage I,
    3; stage II, 8" and "stage I, 3; stage II, 8 relapsed" count events."""
    i = bisect.bisect_right(starts, m.start()) - 1
    a, b = sentences[i] if i >= 0 and m.start() < sentences[i][1] else (m.start(), len(text))
    return unless.search(text, a, _clause_end(text, m.end(), b)) is not None


def _after_event(text: str, start: int, classes: _Classes) -> bool:
    """Whether the clause just before ``start`` names an event ("grade 3 pneumonitis (n = 2)")."""
    before = text[max(0, start - classes.event_reach):start].rstrip(" \t([,;:=")
    breaks = [m.end() for m in RX.CLAUSE_BREAK.finditer(before)]
    clause = before[breaks[-1]:] if breaks else before
    return classes.event_cue.search(clause) is not None


@dataclass
class Number:
    """One number of the text: where it is (normalised and original offsets) and what explains it."""

    start: int  # normalised text
    end: int
    value: float
    original: tuple[int, int] = (0, 0)
    section: Optional[str] = None
    table: Optional[str] = None
    # None: unexplained. "row:<section>" when a row holds it, else the class that recognised it.
    reason: Optional[str] = None
    rule: Optional[str] = None
    percent: bool = False  # written with a % after it
    negative: bool = False  # written with a minus before it ("-1.4 points"), not a range's dash ("42-51")
    decimals: int = 0  # digits written after the point
    part: Optional[str] = None  # the abstract's part it stands in (Region.part)


def parse_number(text: str) -> Optional[float]:
    """'1,250' -> 1250.0, '.02' -> 0.02; None when ``text`` is not one number."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def find_numbers(text: str) -> list[Number]:
    """The numbers of normalised ``text``, leaving out digits that are part of a name.

    "HER2", "CD20", "T2N1", "mg/m2", "COVID-19", "IL-6", "5-FU", "3D-CRT" hold digits but report no
    quantity. Digits glued to a unit or an ordinal ending ("50Gy", "3rd") are numbers.
    """
    classes = _classes()
    out = []
    for m in RX.NUMBER.finditer(text):
        start, end = m.span()
        before = text[start - 1] if start else ""
        if before and (before.isalnum() or before == "_"):
            continue
        if before == "-" and RX.UPPER_WORD_HYPHEN.search(text[max(0, start - 12):start]):
            continue
        glued = RX.GLUED.match(text, end)
        if glued is not None:
            word = glued.group(0)
            if word == "D" or (not (len(word) == 1 and word.isupper())  # "Figure 2A" is a number, "3D" a name
                               and word.lower() not in classes.glued_units):
                continue
        if classes.name_after.match(text, end):
            continue
        value = parse_number(m.group(0))
        if value is not None:
            written = m.group(0)
            out.append(Number(start, end, value, percent=RX.PERCENT_AFTER.match(text, end) is not None,
                              decimals=len(written) - written.index(".") - 1 if "." in written else 0,
                              negative=RX.MINUS_BEFORE.search(text, max(0, start - 2), start) is not None))
    return out


# --- where numbers count ----------------------------------------------------------------------

@dataclass(frozen=True)
class Region:
    start: int
    end: int
    name: str  # a section name, or a table's label
    # An abstract's own part, by its heading ("methods" for "PATIENTS AND METHODS:", "introduction" for
    # "Background:"); in the results, the words of a sub-heading ("patient characteristics" for
    # "BODY.RESULTS.PATIENT CHARACTERISTICS:", "3.1 Patient characteristics"); None elsewhere.
    part: Optional[str] = None


@dataclass(frozen=True)
class _Heading:
    start: int
    end: int
    name: str
    inline: bool  # the heading runs on into its text ("Results: ...")
    part: Optional[str]  # "abstract" or "body" when a structured label says which ("ABSTRACT.RESULTS:")


def _headings(text: str, sections: Optional[list[Section]]) -> list[_Heading]:
    out = []
    for s in sections if sections is not None else find_sections(text):
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end)
        rest = "" if text[s.end - 1:s.end] == "\n" else text[s.end:line_end if line_end >= 0 else len(text)]
        lead = text[line_start:s.end].lstrip()
        part = "abstract" if lead.startswith((">", "ABSTRACT.")) else "body" if lead.startswith(("BODY.", "BODY:")) \
            else None
        start = line_start if not text[line_start:s.start].strip(" \t>") else s.start  # "  >>> RESULTS"
        out.append(_Heading(start, s.end, "front" if s.name == "title" else s.name, bool(rest.strip()), part))
    return out


UNHEADED = 3000  # characters before the first heading beyond which they are more than a title block
ABSTRACT_PARTS = {"abstract", "introduction", "methods", "results", "conclusion"}


def section_regions(text: str, sections: Optional[list[Section]] = None) -> list[Region]:
    """The text cut into sections by its headings (``find_sections``), an abstract's own parts kept in it.

    A structured label says which part is the abstract ("ABSTRACT.METHODS:", ">>> RESULTS" are, "BODY.X:"
    is not). Otherwise an abstract starts at an "Abstract" heading, or at the first heading when that one
    runs on into its text ("Background: ..."); its parts stay ``abstract`` until the body starts: a
    heading repeating a part already seen, a heading on its own line after headings that ran on, or an
    "Introduction" on its own line. A heading the vocabulary does not name (``body``: "2.1 Patients",
    "BODY.EFFICACY:") is a sub-heading of the section it is in. Text before the first heading is front
    matter, or ``abstract`` when the text has no heading at all (an abstract as PubMed gives it), or
    ``text`` when it runs on longer than a title block (counted: what it is cannot be told).
    """
    heads = _headings(text, sections)
    front = RX.FRONT_LINES.match(text)
    body = front.end() if front else 0
    if not heads:
        return [r for r in (Region(0, body, "front"), Region(body, len(text), "abstract")) if r.end > r.start]
    if heads[0].start - body > UNHEADED:
        # A long text before any heading is no title block but the paper itself (a review's body,
        # headings the vocabulary does not know): it counts, as a text without headings does.
        regions = [Region(0, body, "front"), Region(body, heads[0].start, "text")]
    else:
        regions = [Region(0, heads[0].start, "front")]
    current: Optional[str] = None
    in_abstract, seen, ran_on = False, set(), False
    for i, h in enumerate(heads):
        stop = heads[i + 1].start if i + 1 < len(heads) else len(text)
        name = h.name
        if h.part == "abstract":
            regions.append(Region(h.start, stop, "abstract", _part(text, h)))
            continue
        if h.part is None and in_abstract:
            word = text[h.start:h.end].strip(" \t:.\n").lower()
            body_starts = (name in seen and name != "abstract") or (ran_on and not h.inline) or \
                (not h.inline and word.endswith("introduction"))
            if not body_starts:
                seen.add(name)
                ran_on |= h.inline
                regions.append(Region(h.start, stop, "abstract", _part(text, h)))
                continue
        in_abstract = False
        if h.part is None and (name == "abstract" or (i == 0 and h.inline and name in ABSTRACT_PARTS)):
            in_abstract, seen, ran_on = True, {name} - {"abstract"}, h.inline
            regions.append(Region(h.start, stop, "abstract", _part(text, h)))
            continue
        if name != "body" or current in (None, "front"):
            current = name
        regions.append(Region(h.start, stop, current, _label(text, h) if current == "results" else None))
    return _trusted_parts(text, [r for r in regions if r.end > r.start])


# What such a heading's words name: the findings ("MAIN RESULTS"), how the study was done ("DESIGN, SETTING, AND
# PARTICIPANTS", "SEARCH STRATEGY", "MAIN OUTCOME MEASURES"), or what it was for ("OBJECTIVES", "QUESTIONS").
OTHER_PARTS = (("results", RX.RESULTS_PART_WORDS), ("methods", RX.METHODS_PART_WORDS),
               ("purpose", RX.PURPOSE_PART_WORDS))


def _other_part(words: str) -> Optional[str]:
    """The part a heading the vocabulary does not know opens, when its words name one kind only."""
    named = [part for part, cue in OTHER_PARTS if cue.search(words)]
    return named[0] if len(named) == 1 else None


def _trusted_parts(text: str, regions: list[Region]) -> list[Region]:
    """The regions with their abstract's parts named only before the abstract's results part. A part whose
    heading was known runs on over any heading that was not: it is cut at a line that reads as a heading, the
    piece after it named by that heading's words when they name one part ("DESIGN, SETTING, AND PARTICIPANTS"
    is methods, "MAIN RESULTS" results), else left without a part; and a part is trusted to hold what its
    heading says only when a results heading is found after it."""
    pieces = []
    for r in regions:
        if r.name == "abstract":
            start = r.start
            first_line = text.find("\n", r.start, r.end)
            for other in RX.OTHER_HEADING.finditer(text, first_line + 1 if first_line >= 0 else r.end, r.end):
                pieces.append(dataclasses.replace(r, start=start, end=other.start()))
                start = other.start()
                r = dataclasses.replace(r, part=_other_part(other.group("words") or other.group("label")))
            r = dataclasses.replace(r, start=start)
        pieces.append(r)
    out, results_seen = [], False
    for r in reversed(pieces):
        if r.name != "abstract":
            results_seen = False
        elif r.part == "results":
            results_seen = True
        elif r.part is not None and not results_seen:
            r = dataclasses.replace(r, part=None)
        out.append(r)
    return [r for r in out[::-1] if r.end > r.start]


def _label(text: str, h: _Heading) -> Optional[str]:
    """A results sub-heading's own words, lower case: "patient characteristics" for "BODY.RESULTS.PATIENT
    CHARACTERISTICS:" or "3.1 Patient characteristics"; None for the results heading itself."""
    words = text[h.start:h.end].strip(" \t\n:>").split(".")[-1].strip(" \t0123456789").lower()
    return None if not words or words == "results" else " ".join(words.split())


def _part(text: str, h: _Heading) -> Optional[str]:
    """The abstract's part a heading opens: its section name ("purpose" for "Purpose:", "Objectives:"), or None
    when the heading's words also name the findings ("METHODS AND RESULTS:"), the part then holding both."""
    line_end = text.find("\n", h.start)
    line_end = len(text) if line_end < 0 else line_end
    if h.name == "results":
        return h.name
    if RX.NAMES_FINDINGS.search(text, h.start, min(line_end, h.end + 30)):
        return None
    if h.name == "abstract" and RX.NAMES_PURPOSE.search(text, h.start, h.end):
        return "purpose"  # the vocabulary counts "Purpose:" as the abstract's own name
    return h.name


INLINE_CAPTION = 40  # characters of a caption that may themselves read as prose
CAPTION_CHARS = 300  # a caption ending with a period ends within this many characters
PARAGRAPH = 120  # characters of a line of two sentences or more: a paragraph after a table, not its note


def _prose_from(text: str, start: int, end: int) -> Optional[int]:
    """Where running text resumes in ``text[start:end]`` (a table flattened into its caption's line, then
    the paragraph after it): eight lower-case words in a row, or a sentence that starts with a capital,
    ends with a period and reads as prose (most of its words lower-case, or a verb among three or more
    lower-case words). None when the stretch is all table."""
    found = RX.PROSE_RUN.search(text, start, end)
    limit = found.start() if found else end
    for m in RX.RESUMES.finditer(text, start, limit):
        stop = RX.SENTENCE_STOP.search(text, m.start(), min(limit, m.start() + 400))
        if stop is None:
            continue
        words = text[m.start():stop.start()].split()
        lower = sum(1 for w in words if RX.SENTENCE_WORD.fullmatch(w))
        digits = sum(1 for w in words if any(c.isdigit() for c in w))
        # (a verb after many numbers is a table's note after its last rows: "Well 41 (58.6) 39 (54.9) ... Data were
        # missing in one", no sentence, whose verb comes before its fourth number: "Grade 3 events occurred in 12 (8%)")
        verb = RX.VERB.search(text, m.start(), stop.start())
        if len(words) >= 6 and ((lower >= 0.6 * len(words) and digits <= 0.25 * len(words))
                                or (lower >= 3 and verb is not None
                                    and sum(1 for w in text[m.start():verb.start()].split()
                                            if RX.NUMBER_WORD.fullmatch(w)) <= 3)):
            return m.start()
    return found.start() if found else None


def _prose(line: str) -> bool:
    """A line of running text, not a table's rows flattened into one line: long, mostly lower-case
    words, and either sentences or few numbers among its words."""
    if not _is_prose(line):
        return False
    numbers = len(RX.NUMBER.findall(line))
    lower = len(RX.LOWER_WORD.findall(line))
    if numbers > 2 * lower:
        return False  # a table's rows flattened into one line, its note's "vs. Control" no sentence's end
    return bool(RX.SENTENCE_END.search(line)) or numbers < 0.5 * lower


def _lines_after(text: str, pos: int):
    """(start, end, line) of each line from ``pos`` on."""
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = nl if nl >= 0 else len(text)
        yield pos, end, text[pos:end]
        if nl < 0:
            return
        pos = nl + 1


def _table_end(text: str, line_end: int) -> int:
    """Where a table whose caption line ends at ``line_end`` ends: before a heading, the next caption,
    a paragraph (a long line of sentences) or two lines of prose in a row. A single prose line is a
    note inside the table (abbreviations, "values are n (%)"); blank lines do not end a table (PDF text
    has them between cells)."""
    end = line_end
    # Read lazily, one line ahead: a table ends within a few lines, and a long text has hundreds of captions.
    lines = ((a, b, line) for a, b, line in itertools.islice(_lines_after(text, line_end + 1), 3000) if line.strip())
    for (_, b, line), following in itertools.pairwise(itertools.chain(lines, [None])):
        if RX.CAPTION.match(line) or SENTENCES_RX.DOTTED_HEADING.match(line):
            break
        if _prose(line):
            paragraph = len(line) > PARAGRAPH and RX.SENTENCE_END.search(line)
            if paragraph or (following is not None and _prose(following[2])):
                break
        end = b
    return end


def _title_below(text: str, line_end: int) -> str:
    """The title of a table whose label stands alone on its line ("Table 1" / "Patient characteristics" / then its cells
    one a line): the next line holding text, when it is two words or more and no row (a row ends with a number; one
    word is the label column's header, "Characteristic"); "" otherwise."""
    for _, _, line in itertools.islice(_lines_after(text, line_end + 1), 3):
        if line.strip():
            title = line.strip()
            ok = len(title.split()) >= 2 and len(title) <= TITLE_CHARS and not RX.ROW_END.search(title)
            return title if ok else ""
    return ""


def table_regions(text: str, document: Optional[Document] = None, norm: Optional[Normalized] = None) -> list[Region]:
    """Where tables stand in normalised ``text``: the reader's tables with their offsets, and tables
    flattened into the text, from their caption ("Table 2 ...", also glued to the sentence before it)
    to their last row (:func:`_table_end`). A region's name is the table's label and its caption, with
    the caption's continuation lines ("Table 1 Baseline and clinical / characteristics of the patients")."""
    out = []
    for m in RX.CAPTION.finditer(text):
        if RX.NOT_A_CAPTION.match(m.group("caption")):
            continue  # "Table 2 shows the sites ...": a sentence that names a table
        line_end = text.find("\n", m.end())
        if line_end < 0:
            continue
        own = m.group("caption").strip()
        caption = [own or _title_below(text, line_end)]
        runs_on = 0 if caption[0] and not own else 2  # (a title read from the line below is whole)
        for _, _, line in itertools.islice(_lines_after(text, line_end + 1), runs_on):
            if not line.strip()[:1].islower() or any(c.isdigit() for c in line) or len(line) > 80:
                break  # a caption runs on in lower case; a row label starts with a capital
            caption.append(line.strip())
        # From the caption to its last row. A table flattened into its caption's line ends where prose
        # resumes on that line (a run of lower-case words no table cell holds).
        title = RX.TITLE_END.search(text, m.end() + 15, min(line_end, m.end() + CAPTION_CHARS))  # the caption's end
        # (a caption line with no number after the label but a group's size, "(n = 80)", holds no cells: its words are
        # the caption's, the rows are below)
        prose = _prose_from(text, max(m.end() + INLINE_CAPTION, title.end() if title else 0), line_end) \
            if RX.NUMBER.search(RX.GROUP_SIZE.sub(" ", text[m.end():line_end])) else None
        end = prose if prose is not None else _table_end(text, line_end)
        if out and out[-1].end > m.start("label"):  # a table ends where the next one's caption starts
            out[-1] = Region(out[-1].start, m.start("label"), out[-1].name)
        out.append(Region(m.start("label"), end, " ".join(m.group("label").split()) + ": " + " ".join(caption)))
    if document is not None and norm is not None:
        for table in document.tables:
            starts = [c.char_start for c in table.cells if c.char_start is not None]
            ends = [c.char_end for c in table.cells if c.char_end is not None]
            first = getattr(table, "char_start", None)
            last = getattr(table, "char_end", None)
            first = first if first is not None else min(starts, default=None)
            last = last if last is not None else max(ends, default=None)
            if first is None or last is None:
                continue
            a = bisect.bisect_left(norm.origin, first)
            b = bisect.bisect_left(norm.origin, last)
            name = getattr(table, "label", None) or f"Table {table.index + 1}"
            out.append(Region(a, b, f"{name}: {table.caption or ''}".rstrip(": ")))
    return sorted(out, key=lambda r: r.start)


def _region_at(regions: list[Region], starts: list[int], pos: int) -> Optional[Region]:
    """The region holding ``pos`` among non-overlapping ``regions`` sorted by start."""
    i = bisect.bisect_right(starts, pos) - 1
    return regions[i] if i >= 0 and pos < regions[i].end else None


def _table_finder(tables: list[Region]):
    """The first of ``tables`` (in order of start; they may overlap) holding a position, by bisection: the first
    table that starts at or before a position and reaches past it is the first whose furthest end so
    far does. A long text has hundreds of tables and a hundred thousand numbers."""
    starts = [t.start for t in tables]
    reach = list(itertools.accumulate((t.end for t in tables), max))

    def table_at(pos: int) -> Optional[Region]:
        k = bisect.bisect_right(starts, pos)
        j = bisect.bisect_right(reach, pos, 0, k)
        return tables[j] if j < k else None
    return table_at


# --- rows ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Row:
    start: int  # original offsets
    end: int
    values: tuple[tuple[float, float], ...]  # (value, tolerance)
    section: str
    # A rate (%) or a count, with its group's size when known: the count a rate was computed from
    # ("9 [18%] of 49") and the percentage beside a count are the same result said twice.
    share: Optional[tuple[str, float, Optional[int]]] = None


def _numbers_in(text: str) -> list[float]:
    return [float(x) for x in RX.DIGITS.findall(text)]


def row_numbers(row: dict[str, Any], sizes: dict[str, int]) -> list[tuple[float, float]]:
    """Every number a row states, as (value, tolerance): its numeric fields, the numbers in its text
    fields (a group's label "2-3 lesions", a grade "3-4"), a time point in years and weeks as well as
    months, and the sizes of the groups it names."""
    out: list[tuple[float, float]] = []
    for key, value in row.items():
        if key in NOT_NUMBERS or value is None or isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            out.append((float(value), 1e-9))
            if key.endswith("months") or (row.get("unit") == "months" and key in ("value", "ci_low", "ci_high")):
                out += in_other_units(float(value))
        elif isinstance(value, str):
            out += [(v, 1e-9) for v in _numbers_in(value)]
        elif isinstance(value, list):
            out += [(v, 1e-9) for item in value if isinstance(item, str) for v in _numbers_in(item)]
    for key in ("cohort", "comparator", "arm"):
        n = sizes.get(row.get(key)) if isinstance(row.get(key), str) else None
        if n is not None:
            out.append((float(n), 1e-9))
    return out


def in_other_units(months: float) -> list[tuple[float, float]]:
    """A number of months as the paper may have written it, in years, weeks or days, with how far
    the rules' rounding (to 0.01 month for a result, 0.1 for a follow-up) may have moved it."""
    return [(months / 12, 0.01), (months * 52 / 12, 0.5), (months * 30.4375 / 7, 0.5), (months * 30.4375, 1.6)]


def _cell_spans(document: Document) -> list[tuple[str, int, int]]:
    spans = []
    for table in document.tables:
        for cell in table.cells:
            if cell.char_start is not None and cell.char_end is not None:
                spans.append((table.locator(cell), cell.char_start, cell.char_end))
    return sorted(spans, key=lambda s: -len(s[0]))


def contract_rows(extraction: dict[str, Any], document: Document) -> list[_Row]:
    """The extraction's rows that point into ``document``, with their spans and numbers."""
    sizes = {g["key"]: g["n"] for part in ("cohorts", "arms") for g in extraction.get(part) or []
             if isinstance(g, dict) and isinstance(g.get("n"), int) and g.get("key")}
    cells: Optional[list[tuple[str, int, int]]] = None
    sha = (extraction.get("document") or {}).get("sha256")
    rows: list[tuple[str, dict[str, Any]]] = [
        (part, r) for part in ("results", "doses", "cohorts", "arms") for r in extraction.get(part) or []
        if isinstance(r, dict)]
    study = extraction.get("study") or {}
    for name, where in (study.get("provenance") or {}).items():
        if isinstance(where, dict) and study.get(name) is not None:
            rows.append(("study", {**where, name: study[name]}))
    out = []
    for part, row in rows:
        if row.get("document_sha256") not in (None, sha) or row.get("status") == "rejected":
            continue
        start, end = row.get("char_start"), row.get("char_end")
        if not (isinstance(start, int) and isinstance(end, int)):
            start = end = None
            quote, locator = row.get("quote"), row.get("locator")
            if isinstance(quote, str) and quote:
                found = document.text.find(quote)
                if found >= 0:
                    start, end = found, found + len(quote)
            elif isinstance(locator, str):
                cells = cells if cells is not None else _cell_spans(document)
                hit = next(((a, b) for where, a, b in cells if locator.startswith(where)), None)
                if hit is not None:
                    start, end = hit
        if start is None or end is None:
            continue
        values = tuple(row_numbers(row, sizes))
        share = _share(row, sizes) if part == "results" else None
        out.append(_Row(start, end, values, part, share))
        for span in row.get("also_at") or []:  # where the paper says the same result again
            if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
                out.append(_Row(span[0], span[1], values, part, share))
    return out


def _share(row: dict[str, Any], sizes: dict[str, int]) -> Optional[tuple[str, float, Optional[int]]]:
    value, measure = row.get("value"), row.get("measure")
    if not isinstance(value, (int, float)) or isinstance(value, bool) or measure not in ("rate", "count"):
        return None
    if measure == "rate" and row.get("unit") not in (None, "%"):
        return None
    n = sizes.get(row["cohort"]) if isinstance(row.get("cohort"), str) else None
    return measure, float(value), n


REACH_BEFORE, REACH_AFTER = 120, 60


def _widen(row: _Row, sentences: list[tuple[int, int]], sentence_starts: list[int]) -> tuple[int, int]:
    """A row's span stretched to the sentence around it, a little way each side: a quote often
    leaves out what qualifies its number ("the 3-year [local control rate was 90%]")."""
    start, end = row.start, row.end
    i = bisect.bisect_right(sentence_starts, start) - 1
    if i >= 0 and sentences[i][0] <= start < sentences[i][1]:
        start = max(sentences[i][0], start - REACH_BEFORE)
    j = bisect.bisect_right(sentence_starts, max(row.end - 1, row.start)) - 1
    if j >= 0 and sentences[j][0] <= end <= sentences[j][1]:
        end = min(sentences[j][1], end + REACH_AFTER)
    return start, end


def _explain_by_rows(numbers: list[Number], rows: list[_Row],
                     sentences: Optional[list[tuple[int, int]]] = None) -> None:
    starts = [n.original[0] for n in numbers]
    sentences = sentences or []
    sentence_starts = [a for a, _ in sentences]
    for row in rows:
        start, end = _widen(row, sentences, sentence_starts) if sentences else (row.start, row.end)
        i = bisect.bisect_left(starts, start)
        inside = []
        while i < len(numbers) and numbers[i].original[0] < end:
            n = numbers[i]
            if n.original[1] <= end:
                inside.append(n)
                if n.reason is None and any(abs(n.value - v) <= tol or (n.negative and abs(n.value + v) <= tol)
                                            for v, tol in row.values):
                    n.reason, n.rule = f"row:{row.section}", None
            i += 1
        if row.share is not None and any(n.reason is None for n in inside):
            _explain_shares(inside, row)


SHARE_REACH = 60  # characters between a count and the group size it is a share of ("9 [18%] of 49")


def _explain_shares(inside: list[Number], row: _Row) -> None:
    """A rate's count and a count's percentage, in the row's own stretch of text: "9 [18%] of 49" for a
    row of 18% explains 9 (and 49); for a row counting 9 it explains 18%. The count, the size and the
    percentage must agree to the precision the percentage is written with, the size being a number
    near the count or the row's group's size."""
    measure, value, size = row.share  # type: ignore[misc]

    def agree(count: float, n: float, percent: float, decimals: int) -> bool:
        return n > 0 and count <= n and abs(100 * count / n - percent) <= 0.5 * 10 ** -decimals + 0.01

    # (the whole numbers of the stretch are picked once, when first asked for, rather than again for each count or
    # percentage: a row's stretch in a table holds hundreds of numbers; speed, the same sizes in the same order)
    sizes: list[Number] = []
    picked = False

    def sizes_near(k: Number) -> list[Number]:
        nonlocal picked
        if not picked:
            sizes.extend(n for n in inside if not n.percent and n.value == int(n.value) and n.value > 0)
            picked = True
        return [n for n in sizes if n is not k and abs(n.start - k.start) <= SHARE_REACH]

    if measure == "rate":
        decimals = 0 if value == int(value) else len(repr(value).split(".")[1])
        for k in inside:
            if k.percent or k.value != int(k.value) or k.decimals:
                continue
            ns = [n for n in sizes_near(k) if n.start > k.start and agree(k.value, n.value, value, decimals)]
            if ns or (size is not None and agree(k.value, size, value, decimals)):
                for n in [k, *ns[:1]]:
                    if n.reason is None:
                        n.reason, n.rule = "row:results", "number.row.share"
    else:
        for p in inside:
            if not p.percent or p.reason is not None:
                continue
            ns = [n for n in sizes_near(p) if agree(value, n.value, p.value, p.decimals)]
            if ns or (size is not None and agree(value, size, p.value, p.decimals)):
                p.reason, p.rule = "row:results", "number.row.share"


RESTATED_SENTENCE = 400  # characters: longer "sentences" are tables or lists, not a restatement


def _explain_restated(text: str, numbers: list[Number], rows: list[dict[str, Any]],
                      sentences: list[tuple[int, int]]) -> None:
    """Numbers that say again what result rows say: the results section restating the abstract (a row
    the extractor kept once). Only in prose, when at least two numbers of one sentence restate values of
    rows, and only decimals and percentages, whose equality is no coincidence."""
    starts = [n.start for n in numbers]
    by_value: dict[float, list[list[tuple[float, float]]]] = {}
    for row in rows:
        if isinstance(row, dict) and isinstance(row.get("value"), (int, float)):
            by_value.setdefault(float(row["value"]), []).append(row_numbers(row, {}))
    values = set(by_value)

    def telling(n: Number) -> bool:
        written = text[n.start:n.end]
        return n.reason is None and n.value in values and ("." in written or text[n.end:n.end + 2].strip()[:1] == "%")

    for a, b in sentences:
        if b - a > RESTATED_SENTENCE:
            continue  # a table flattened into one line: equal cells there are coincidences
        i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        hits = [n for n in numbers[i:j] if telling(n) and n.table is None]
        if len({n.value for n in hits}) >= 2:
            # with what else those rows say: "the [5]-year PCR and OS were 85.8% and 36.2%"
            said = [v for n in hits for numbers_of in by_value[n.value] for v in numbers_of]
            for n in numbers[i:j]:
                if n in hits or (n.reason is None and any(abs(n.value - v) <= tol for v, tol in said)):
                    n.reason, n.rule = "restated", "number.restated"


# --- classes ---------------------------------------------------------------------------------

def _mark(numbers: list[Number], starts: list[int], a: int, b: int, role: str, rule: str,
          coefficients: bool = False) -> bool:
    """Explain the numbers of ``[a, b)`` still unexplained; with ``coefficients`` only those written with
    decimals between -1 and 1 (a correlation, a kappa), not the counts beside them. Whether it explained any."""
    i = bisect.bisect_left(starts, a)
    marked = False
    while i < len(numbers) and numbers[i].start < b:
        n = numbers[i]
        if n.reason is None and n.end <= b and (not coefficients or (n.decimals and abs(n.value) <= 1)):
            n.reason, n.rule = role, rule
            marked = True
        i += 1
    return marked


# How far around a number a class rule may need to look (the longest rules read a clause each side).
WINDOW = 250


def _windows(numbers: list[Number], size: int = WINDOW) -> list[tuple[int, int]]:
    """The stretches of text around the numbers still unexplained, overlapping ones merged."""
    out: list[list[int]] = []
    for n in numbers:
        if n.reason is not None:
            continue
        a, b = max(0, n.start - size), n.end + size
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


TABLE_HEADER = 400  # characters of a flattened table's start that hold its caption and header


def _p_after_intervals(text: str, region: Region, numbers: list[Number], starts: list[int]) -> None:
    """In a table whose header names a p column, the number of a p's shape right after each row's interval is that
    row's p value ("KRT7 1.42 1.08 - 1.87 0.012" under "Marker HR 95% CI P")."""
    if not RX.P_COLUMN.search(text, region.start, min(region.end, region.start + TABLE_HEADER)):
        return
    for m in RX.P_AFTER_INTERVAL.finditer(text, region.start, region.end):
        _mark(numbers, starts, m.start("n"), m.end("n"), "p_value", "number.table.p_after_interval")


@cache
def _start_finder(pattern: str) -> Optional[StartFinder]:
    """Where a scanned class (its source) can start, when some of its alternatives begin with words before a literal
    (number.treatment.received: "adjuvant chemotherapy was given to 30 patients"): ``re`` would try those at
    nearly every letter of a window. Read on first use, as the patterns are compiled (start-up)."""
    return start_finder(pattern)


def classify(text: str, numbers: list[Number], tables: Iterable[Region] = (),
             sentences: Optional[list[tuple[int, int]]] = None) -> None:
    """Give each number no row explains the first class that recognises it (in place); ``sentences``
    are those of ``text`` (split when not given). Rules read only the text around numbers still
    unexplained: most of a paper (its introduction, methods, discussion) is never scanned."""
    classes = _classes()
    starts = [n.start for n in numbers]
    for region in tables:
        caption = region.name.partition(":")[2]
        said = caption_role(caption)
        if said is not None:
            _mark(numbers, starts, region.start, region.end, *said)
            continue
        rows = _individual(text, region, classes)
        if rows is not None:
            _mark(numbers, starts, *rows, "individual", "number.table.individual")
            continue
        _p_after_intervals(text, region, numbers, starts)
        title = _title(caption)
        for rule_id, role, cue, coefficients, unless, cells_unless in classes.tables:
            if cue.search(title) and (coefficients or not (unless or classes.outcome_caption).search(title)):
                if cells_unless is not None:  # the rows and cells after the title ("Relapse 3 (5) 4 (7)")
                    at = text.find(title, region.start, region.end)
                    if cells_unless.search(text, at + len(title) if at >= 0 else region.start, region.end):
                        continue
                _mark(numbers, starts, region.start, region.end, role, rule_id, coefficients)
                break
    left = [n for n in numbers if n.reason is None]
    # Anchors are looked for in the lower-case text at the same offsets: a text whose lower case changes
    # its length ("İ" becomes two characters) is scanned without them.
    low = text.lower()
    anchored = len(low) == len(text)
    windows: list[tuple[int, int]] = []
    # whether a rule explained numbers of ``left`` since it was made (only _mark below explains any here): then it
    # is made again, rather than looking through it for one explained before every rule
    marked = False
    sentence_starts: list[int] = []  # (made once, for the first rule refused by words in its sentence)
    for rule_id, role, regex, at_number, anchors in classes.rules:
        if marked:
            left = [n for n in left if n.reason is None]
            windows = []
            marked = False
        if not left:
            return
        guarded = rule_id in classes.guarded
        unless = classes.rule_unless.get(rule_id)
        if unless is not None and sentences is None:
            sentences = split_sentences(text)
        if unless is not None and sentences and not sentence_starts:
            sentence_starts = [a for a, _ in sentences]
        if at_number:  # tried where each number still unexplained starts, not scanned along the text
            matches: Iterable[re.Match] = (m for n in left if n.reason is None
                                           for m in (regex.match(text, n.start),) if m is not None)
        else:
            windows = windows or _windows(left)
            finder = _start_finder(regex.pattern)
            matches = (m for a, b in windows
                       if not (anchored and anchors) or anchors.search(low, a, b)
                       for m in scan(regex, finder, text, a, min(b, len(text))))
        for m in matches:
            if guarded and _after_event(text, m.start(), classes):
                continue
            if unless is not None and _refused(text, m, unless, sentences or [], sentence_starts):
                continue
            if "v" in m.re.groupindex and not _around(m):
                continue
            spans = [m.span(g) for g, v in m.groupdict().items() if g.startswith("n") and v is not None] \
                or [m.span()]
            for x, y in spans:
                marked |= _mark(numbers, starts, x, y, role, rule_id)
    # A sentence (a table line) about who the patients were, not about what happened to them.
    if not any(n.reason is None for n in numbers):
        return
    for a, b in sentences if sentences is not None else split_sentences(text):
        i = bisect.bisect_left(starts, a)
        if i >= len(numbers) or numbers[i].start >= b or \
                not any(n.reason is None for n in numbers[i:bisect.bisect_left(starts, b)]):
            continue
        for line_start, line in _lines(text, a, b):
            if classes.baseline_cue.search(line) and not classes.outcome_cue.search(line):
                _mark(numbers, starts, line_start, line_start + len(line), "baseline", "number.baseline.sentence")
                continue
            for rule_id, role, cue, unless in classes.sentence_classes:
                # nor an event (a toxicity term, "grade 3 leaks"): a sentence that counts events. Prose only: a
                # table's line ("Lobectomy 41 62.5 0.03") leaves to its header what its numbers are.
                if cue.search(line) and not (unless or classes.outcome_cue).search(line) \
                        and not classes.event_cue.search(line):
                    for n in numbers[bisect.bisect_left(starts, line_start):
                                     bisect.bisect_left(starts, line_start + len(line))]:
                        if n.reason is None and n.table is None and n.end <= line_start + len(line):
                            n.reason, n.rule = role, rule_id
                    break
    # A sentence of an abstract's methods or background part, or of a results sub-section on who the patients
    # were, that names no outcome: how the study was done, whom it took in. Each part's class is (rule id, role,
    # unless, finding): a sentence is refused when it has `unless` (the outcome cue when it has none) and, when
    # `finding` is given, a finding's words as well.
    in_abstract = {part: (rule_id, role, None, finding) for rule_id, role, part, finding in classes.parts}
    in_results: dict[str, Optional[tuple[str, str, Optional[Regex], Optional[Regex]]]] = {}

    def part_class(n: Number) -> Optional[tuple[str, str, Optional[Regex], Optional[Regex]]]:
        if n.reason is not None or n.table is not None or n.part is None:
            return None
        if n.section == "abstract":
            return in_abstract.get(n.part)
        if n.section != "results":
            return None
        if n.part not in in_results:
            in_results[n.part] = next(((rule_id, role, unless, None) for rule_id, role, heading, unless
                                       in classes.subsections if heading.search(n.part)), None)
        return in_results[n.part]

    if not any(part_class(n) for n in numbers):
        return
    for a, b in sentences if sentences is not None else split_sentences(text):
        i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        refused: dict[tuple, bool] = {}
        for n in numbers[i:j]:
            found = part_class(n)
            if found is None:
                continue
            rule_id, role, unless, finding = found
            if (found, n.section) not in refused:
                refused[found, n.section] = (
                    (unless or classes.outcome_cue).search(text, a, b) is not None
                    and (finding is None or finding.search(text, a, b) is not None)
                    # in the results, nor a sentence naming an event
                    or (n.section == "results" and classes.event_cue.search(text, a, b) is not None))
            if not refused[found, n.section]:
                n.reason, n.rule = role, rule_id


TITLE_CHARS = 160
CAPTION_ROLES = (("cited", "citation", "number.table.cited"), ("flow", "sample_size", "number.table.flow"),
                 ("treatment", "treatment", "number.table.treatment"),
                 ("baseline", "baseline", "number.baseline.table"))


@lru_cache(maxsize=1024)
def caption_role(caption: str) -> Optional[tuple[str, str]]:
    """(role, rule) for every number of a table whose caption says it holds no results: baseline
    characteristics, treatment given, other studies, a CONSORT flow (the cues of tables.yaml, which the
    table reader also follows); None for any other table, or when the title also names an outcome."""
    title = _title(caption)
    if _classes().outcome_caption.search(title):
        return None
    cues = table_cues()["caption"]
    return next(((role, rule) for cue, role, rule in CAPTION_ROLES if cues[cue].search(title)), None)


def _title(caption: str) -> str:
    """A caption's title: up to its first period, or the first cell glued to it."""
    title = caption[:TITLE_CHARS]
    end = RX.TITLE_END.search(title, 15)
    return title[:end.start()] if end else title


INDIVIDUAL_ROWS = 5  # patients numbered 1, 2, 3 ... at least this far


def _individual(text: str, region: Region, classes: _Classes) -> Optional[tuple[int, int]]:
    """Where the rows of a table of individual patients stand, one cell a line: a header naming the patient
    (or case) column, then rows that start with the patients' numbers 1, 2, 3 ... each the same number of
    lines after the one before. Their values are each patient's own (a staining, a level), not the
    aggregate outcome a curator records: a "Mean" row after them is not among them."""
    if classes.individual_header is None:
        return None
    lines = [(m.start(), int(m.group(1))) for m in RX.LINE_NUMBER.finditer(text, region.start, region.end)]
    first = next((k for k, (_, v) in enumerate(lines) if v == 1), None)
    if first is None or not classes.individual_header.search(text, region.start, lines[first][0]):
        return None
    rows = [lines[first]]
    for pos, value in lines[first + 1:]:
        if value == rows[-1][1] + 1:
            rows.append((pos, value))
    if len(rows) < INDIVIDUAL_ROWS:
        return None
    strides = {text.count("\n", a, b) for (a, _), (b, _) in itertools.pairwise(rows)}
    if len(strides) != 1 or strides == {1}:
        return None
    end = rows[-1][0]
    for _ in range(strides.pop()):  # the last patient's row: as many lines as each row before it
        nl = text.find("\n", end + 1, region.end)
        end = nl if nl >= 0 else region.end
    return rows[0][0], end


def _lines(text: str, a: int, b: int) -> list[tuple[int, str]]:
    """A sentence as one piece, or a table-like stretch (short lines) line by line."""
    chunk = text[a:b]
    if "\n" not in chunk or _is_prose(chunk.replace("\n", " ")) and chunk.count("\n") < 3:
        return [(a, chunk)]
    out, pos = [], a
    for line in chunk.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


# --- the account -----------------------------------------------------------------------------

@dataclass
class NumberAccount:
    """Every counted number of one document and what explains it; :meth:`contract` is the list
    the extraction contract carries as ``unexplained``."""

    document: Document
    numbers: list[Number] = field(default_factory=list)

    @property
    def unexplained(self) -> list[Number]:
        return [n for n in self.numbers if n.reason is None]

    @property
    def explained_share(self) -> Optional[float]:
        if not self.numbers:
            return None
        return 1 - len(self.unexplained) / len(self.numbers)

    def reasons(self) -> Counter:
        """How many numbers each reason explains ("row:results", "ci", ...; None: unexplained)."""
        return Counter(n.reason for n in self.numbers)

    def item(self, n: Number) -> dict[str, Any]:
        a, b = n.original
        out = {"number": self.document.text[a:b], "value": n.value, "char_start": a, "char_end": b,
               "page": self.document.page_of(a), "section": n.section, "context": context(self.document.text, a, b)}
        if n.table is not None:
            out["table"] = n.table
        return out

    def contract(self) -> list[dict[str, Any]]:
        return [self.item(n) for n in self.unexplained]

    def summary(self) -> str:
        share = self.explained_share
        lines = [f"{len(self.numbers)} numbers in the abstract, results and tables; "
                 f"{len(self.unexplained)} unexplained"
                 + (f" (share explained {share:.3f})" if share is not None else "")]
        for reason, count in self.reasons().most_common():
            lines.append(f"  {reason or 'unexplained':24s} {count}")
        return "\n".join(lines)


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The text around ``text[start:end]`` on one line, the number marked «so»."""
    before = " ".join(text[max(0, start - width):start].split())
    after = " ".join(text[end:end + width].split())
    if text[max(0, start - width):start][-1:].isspace():
        before += " "
    if text[end:end + 1].isspace():
        after = " " + after
    lead = "…" if start - width > 0 else ""
    tail = "…" if end + width < len(text) else ""
    return f"{lead}{before}«{text[start:end]}»{after}{tail}"


def _original_span(norm: Normalized, start: int, end: int) -> tuple[int, int]:
    """Where a number of the normalised text stands in the original: a number that normalisation
    wrote ("9%" for "nine per cent") is the whole run of words it replaced."""
    a, b = norm.span(start, end)
    k = end
    while b <= a and k < len(norm.text):
        k += 1
        b = norm.origin[k]
    return a, max(a, b)


def _counted(document: Document, norm: Normalized, sections: Optional[list[Section]]
             ) -> tuple[list[Number], list[Region], list[tuple[int, int]]]:
    """The numbers that count (abstract, results, tables), the tables' regions and the sentences."""
    text = norm.text
    regions = section_regions(text, sections)
    region_starts = [r.start for r in regions]
    tables = table_regions(text, document, norm)
    table_at = _table_finder(tables)  # table_regions sorts them by start
    counted = []
    for n in find_numbers(text):
        if text[n.start:n.end] == "1" and norm.origin[n.start + 1] - norm.origin[n.start] > 1 and \
                not RX.COUNTED_ONE.match(text, n.end):
            continue  # the word "one" that counts nothing ("only one of the causes")
        region = _region_at(regions, region_starts, n.start)
        table = table_at(n.start)
        section = region.name if region is not None else None
        if section not in COUNTED_SECTIONS and table is None:
            continue
        n.section = section if section != "front" else None
        n.part = region.part if region is not None else None
        n.table = table.name.partition(":")[0] if table is not None else None
        n.original = _original_span(norm, n.start, n.end)
        if n.original[1] <= n.original[0]:
            continue  # nothing of the original text to point at
        counted.append(n)
    return counted, tables, split_sentences(text)


def account_numbers(document: Document, extraction: dict[str, Any], norm: Optional[Normalized] = None,
                    sections: Optional[list[Section]] = None) -> NumberAccount:
    """Account for every number of the abstract, results and tables of ``document``.

    ``extraction`` is the contract object (its rows, with quotes and offsets into ``document.text``);
    ``norm`` and ``sections`` (``find_sections`` of the normalised text) are recomputed when not given.
    """
    norm = norm if norm is not None else normalize(document.text)
    counted, tables, sentences = _counted(document, norm, sections)
    _explain_by_rows(counted, contract_rows(extraction, document), [norm.span(a, b) for a, b in sentences])
    _explain_restated(norm.text, counted, extraction.get("results") or [], sentences)
    classify(norm.text, counted, tables, sentences)
    return NumberAccount(document, counted)


def class_collisions(document: Document, extraction: dict[str, Any], norm: Optional[Normalized] = None
                     ) -> list[Number]:
    """The classes' precision, measured on what the rules did read: each result's value (the number of
    a result row's quote equal to its value), left unexplained and given to the classes as if no rule
    had read it. A row whose value a class recognises is a class that would hide that result had the
    rules missed it: ``reason`` and ``rule`` say which. When the quote holds the value more than once
    ("Grade 3 rash occurred in 3 patients"), the result is hidden only when a class takes every one of
    them: one left unexplained still shows the curator the missed result (the class took the grade)."""
    norm = norm if norm is not None else normalize(document.text)
    counted, tables, sentences = _counted(document, norm, None)
    starts = [n.original[0] for n in counted]
    values: dict[int, Number] = {}
    rows: list[list[Number]] = []  # each row's numbers equal to its value
    for row in extraction.get("results") or []:
        a, b, value = row.get("char_start"), row.get("char_end"), row.get("value")
        if not (isinstance(a, int) and isinstance(b, int) and isinstance(value, (int, float))):
            continue
        rows.append([values.setdefault(n.start, n)
                     for n in counted[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
                     if n.original[1] <= b and abs(n.value - value) < 1e-9])
    classify(norm.text, sorted(values.values(), key=lambda n: n.start), tables, sentences)
    hidden = {n.start: n for candidates in rows if candidates and all(n.reason is not None for n in candidates)
              for n in candidates}
    return sorted(hidden.values(), key=lambda n: n.start)


def unexplained_numbers(document: Document, extraction: dict[str, Any], norm: Optional[Normalized] = None,
                        sections: Optional[list[Section]] = None) -> list[dict[str, Any]]:
    """The contract's ``unexplained`` list: the numbers no row and no class accounts for."""
    return account_numbers(document, extraction, norm, sections).contract()


def still_unexplained(items: list[dict[str, Any]], extraction: dict[str, Any], document: Document) -> list[dict]:
    """The stored ``items`` (the contract's unexplained list) that no row of ``extraction`` now explains:
    a curator's added row or a later extraction's row covers a number the same way a row does."""
    rows = contract_rows(extraction, document)
    out = []
    for item in items:
        start, end, value = item.get("char_start"), item.get("char_end"), item.get("value")
        explained = isinstance(start, int) and isinstance(end, int) and isinstance(value, (int, float)) and any(
            row.start <= start and end <= row.end and any(abs(value - v) <= tol for v, tol in row.values)
            for row in rows)
        if not explained:
            out.append(item)
    return out


def report_lines(items: list[dict[str, Any]]) -> list[str]:
    """One readable line per unexplained number: page, section (and table), the number, its context."""
    out = []
    for item in items:
        where = f"p.{item.get('page') or '?'} {item.get('section') or '-'}"
        if item.get("table"):
            where += f", {item['table']}"
        out.append(f"{where:28s} {item.get('number', ''):>10s}  {item.get('context', '')}")
    return out


def context_key(text: str, start: int, end: int, in_table: bool = False, before: int = 3, after: int = 3) -> str:
    """A few words around a number, lower case, with other numbers as '#' and the number itself as 'N':
    numbers that share it are missed by the same construction. In a table, the row's label (the line's
    first words, or those of the nearest line above that has words) and the cell's shape."""
    def norm(tokens: list[str]) -> list[str]:
        out: list[str] = []
        for t in tokens:
            t = "#" if t[0].isdigit() else t.lower()
            if not (t == "#" and out and out[-1] == "#"):
                out.append(t)
        return out

    if in_table:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        shape = " ".join([*norm(RX.WORD.findall(text[max(line_start, start - 20):start]))[-2:], "N",
                          *norm(RX.WORD.findall(text[end:min(line_end, end + 20)]))[:2]])
        # The row's label: the last words before the number, on its line or the lines above.
        label = norm([w for w in RX.WORD.findall(text[max(0, start - 150):start]) if w[0].isalpha()][-3:])
        return f"[table] {' '.join(label) or '-'} | {shape}"
    left = norm(RX.WORD.findall(text[max(0, start - 80):start]))[-before:]
    right = norm(RX.WORD.findall(text[end:end + 80]))[:after]
    return " ".join([*left, "N", *right])
