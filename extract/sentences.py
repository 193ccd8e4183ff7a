"""Sentences and sections of a paper's normalised text.

PDF text wraps lines mid-sentence and flattens tables one cell per line; abbreviations ("vs.",
"et al.", "Fig.") end in full stops. A sentence ends at . ! ? before a capital letter or a
digit (not after an abbreviation), at a blank line, and before a section heading.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from oncoev.extract.lazy_regex import lazy_regex
from oncoev.extract.rules import regexes

RX = regexes("sentences")  # patterns/regex/sentences.yaml: the regular expressions of this module

ABBREVIATIONS = {"vs", "v.s", "al", "e.g", "i.e", "fig", "figs", "no", "nos", "approx", "dr", "ca", "resp", "ref",
                 "refs",
                 "vol", "pp", "mg", "cf", "etc", "incl", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                 "sept", "oct", "nov", "dec", "st", "mr", "mrs", "ms", "prof", "min", "max", "yr", "yrs", "mo", "mos"}

SECTION_NAMES = {
    "abstract": "abstract", "summary": "abstract", "background": "introduction", "introduction": "introduction",
    "purpose": "abstract", "objective": "abstract", "objectives": "abstract", "aim": "abstract", "aims": "abstract",
    "methods": "methods", "method": "methods", "materials and methods": "methods", "patients and methods": "methods",
    "methods and materials": "methods", "material and methods": "methods", "study design": "methods",
    "statistical analysis": "methods", "treatment protocol": "methods", "eligibility": "methods",
    # structured abstracts' other names for their parts
    "patients and materials": "methods", "materials and patients": "methods", "subjects and methods": "methods",
    "experimental design": "methods", "design": "methods", "interventions": "methods",
    "main outcome measures": "methods", "main outcomes and measures": "methods",
    "design, setting, and participants": "methods", "design, setting and participants": "methods",
    "selection criteria": "methods", "search strategy": "methods", "data collection and analysis": "methods",
    "main results": "results", "measurements and results": "results", "methods and results": "results",
    "interpretation": "conclusion", "conclusions and relevance": "conclusion",
    "implications for practice": "conclusion", "context": "introduction", "importance": "introduction",
    # parts that hold the results under another name, or with the methods or the conclusions in one part (PLOS'
    # "Methods and findings", a urology journal's "Results and limitations"): read as results, as otherwise they
    # stay in the methods before them and give no row
    "methods and findings": "results", "methodology/principal findings": "results", "principal findings": "results",
    "main findings": "results", "key results": "results", "measurements and main results": "results",
    "results and conclusions": "results", "results and conclusion": "results", "results and discussion": "results",
    "results and limitations": "results", "results and interpretation": "results",
    "main outcome measures and results": "results",
    "outcome measurements and statistical analysis": "methods", "intervention": "methods", "search methods": "methods",
    "background and purpose": "introduction", "background and aims": "introduction",
    "background and objectives": "introduction", "rationale": "introduction",
    "conclusions/significance": "conclusion", "authors' conclusions": "conclusion", "patient summary": "conclusion",
    # a discussion that closes with the conclusions is still a discussion: its numbers are mostly other studies'
    "discussion and conclusions": "discussion", "discussion and conclusion": "discussion",
    "results": "results", "findings": "results", "discussion": "discussion", "conclusion": "conclusion",
    "conclusions": "conclusion", "references": "references", "acknowledgements": "references",
    "acknowledgments": "references", "funding": "references", "declarations": "references",
    "conflicts of interest": "references", "competing interests": "references",
}
_NAMES = "|".join(sorted((re.escape(k) for k in SECTION_NAMES), key=len, reverse=True))
# "Results:", "3. Results", ">>> RESULTS" (PubMed abstracts as web pages give their sections so); a name run into its
# text starts a capitalised sentence ("Purpose To compare ..."), never a line's first word ("Objective responses were
# seen in ...", "Results from earlier trials ...", "Statistical analysis was performed ...")
HEADING = lazy_regex(r"^[ \t]*(?:>{1,3}[ \t]*)?(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?P<name>" + _NAMES
                     + r")\b[ \t]*(?::|\.|\n|$|(?-i:(?=[A-Z])))", re.I | re.M)
# "... were enrolled. Results: The response rate ...": a structured abstract run into one paragraph names its
# sections inside the line, after a sentence's end and always with a colon (not after a number: "BODY.1.
# INTRODUCTION:" is a dotted label).
# (after a number: _AFTER_A_NUMBER, patterns/regex/sentences.yaml)
# (both read the whole text and start with lookbehinds: as lazy_regex compiles them, a first-character guard skips
# in C to the spaces they need instead of trying each lookbehind at every character; speed, the same matches)
INLINE_HEADING = lazy_regex(r"(?:(?<=[a-z)\]%][.!?])|" + RX._AFTER_A_NUMBER + r"(?=[ \t]+(?:" + _NAMES
                            + r")[ \t]*:\s*(?-i:[A-Z0-9])))[ \t]+(?P<name>" + _NAMES + r")[ \t]*:", re.I)

# The parts of an abstract a journal may run into its paragraph without a colon: "... were enrolled. Results. Median
# survival was ...", "Results.—Median ..." (a full stop, and a dash after it in older journals), or in capitals with no
# stop, "RESULTS Median ..." (keys of SECTION_NAMES: a one-word sentence of one of these is a heading)
RUN_IN_NAMES = ("background", "purpose", "objective", "objectives", "aim", "aims", "methods", "patients and methods",
                "materials and methods", "methods and findings", "principal findings", "main findings", "key results",
                "main results", "results and conclusions", "results and conclusion", "results and discussion",
                "results and limitations", "results and interpretation", "results", "findings", "conclusion",
                "conclusions", "interpretation")
RUN_IN_HEADING = lazy_regex(r"(?:(?-i:(?<=[a-z)\]%][.!?]))|" + RX._AFTER_A_NUMBER + r")[ \t]+(?P<name>"
                            + "|".join(r"\s+".join(n.split()) for n in sorted(RUN_IN_NAMES, key=len, reverse=True))
                            + r")(?P<stop>\.(?:[ \t]+|[ \t]*-[ \t]*)|[ \t]+)(?-i:(?=[A-Z0-9]))", re.I)


def _a_run_in_heading(m: re.Match) -> bool:
    """Whether a RUN_IN_HEADING match is one: the name capitalised with its full stop, or in capitals alone before a
    sentence's first word ("RESULTS Median", not "RESULTS AND ..." read part by part)."""
    name, after = m.group("name"), m.string[m.end() + 1:m.end() + 2]
    if "." in m.group("stop"):
        return name[0].isupper()
    return name.isupper() and (after.islower() or after.isdigit())


@dataclass(frozen=True)
class Section:
    name: str  # the normalised name: abstract, introduction, methods, results, discussion, ...
    start: int
    end: int = 0  # where the heading ends ("Results\n", "Methods:")


# The last text's sentences and sections are kept (functools.lru_cache): the pipeline's sentence and section
# components and the account of unexplained numbers all split the same normalised text, and splitting it into
# sentences finds its sections again; each is worked out once (about 3 % of an extraction's time).
def find_sections(text: str) -> list[Section]:
    """Headings in document order; text before the first heading has no section."""
    return list(_sections_of(text))


@lru_cache(maxsize=1)  # a str caches its hash, so the same text is found again at the cost of an identity check
def _sections_of(text: str) -> tuple[Section, ...]:
    return tuple(_find_sections(text))


def _find_sections(text: str) -> list[Section]:
    out = []
    for m in HEADING.finditer(text):
        name = SECTION_NAMES[m.group("name").lower()]
        # A heading starts its line and is capitalised ("Results: ..." or "Results\n").
        if not m.group("name")[0].isupper():
            continue
        out.append(Section(name, m.start("name"), m.end()))
    for m in INLINE_HEADING.finditer(text):
        if m.group("name")[0].isupper():
            out.append(Section(SECTION_NAMES[m.group("name").lower()], m.start("name"), m.end()))
    for m in RX.BARE_INLINE_HEADING.finditer(text):
        out.append(Section(SECTION_NAMES[m.group("name").lower()], m.start("name"), m.end()))
    for m in RUN_IN_HEADING.finditer(text):
        if _a_run_in_heading(m):
            out.append(Section(SECTION_NAMES[" ".join(m.group("name").lower().split())], m.start("name"), m.end()))
    for m in RX.DOTTED_HEADING.finditer(text):
        parts = [p.strip().lower() for p in m.group("label").split(".")]
        name = next((SECTION_NAMES[p] for p in reversed(parts) if p in SECTION_NAMES), None)
        if name is None:
            name = {"title": "title", "abstract": "abstract"}.get(parts[0], "body")
        if parts == ["body"] and not any(x.name in ("methods", "results", "discussion") for x in out
                                         if x.start < m.start() and text.startswith("BODY", x.start)):
            name = "introduction"  # "BODY:" with no heading of its own, before the methods: the unheaded introduction
        out.append(Section(name, m.start("label"), m.end()))
    named = {s.start for s in out}
    for m in RX.NUMBERED_HEADING.finditer(text):
        title = m.group("title")
        if m.start("title") not in named and not title.rstrip().endswith((".", ",")) and len(title.split()) <= 8:
            out.append(Section("body", m.start("title"), m.end()))
    return sorted(out, key=lambda s: s.start)


def unlabelled_introduction(text: str, found: list[Section]) -> list[Section]:
    """In labelled plain text, the paragraphs after the abstract's last labelled part and before the body's first
    label, when that label is no introduction ("ABSTRACT.CONCLUSIONS: A was safe.\n\nAnaemia is frequent ... (3).
    \nBODY.METHODS: ..."): the body's introduction, which has no label of its own; not the abstract's conclusion. (For
    the scope of results only: the study's fields read such a paragraph as they read the abstract.)"""
    abstract = [s for s in found if text.startswith("ABSTRACT", s.start)]
    body = [s for s in found if text.startswith("BODY", s.start)]
    if not abstract or not body:
        return []
    last, first = max(abstract, key=lambda s: s.start), min(body, key=lambda s: s.start)
    if first.start < last.start or first.name == "introduction":
        return []
    gap = text.find("\n\n", last.end, first.start)
    if gap < 0 or not text[last.end:gap].strip() or not text[gap:first.start].strip():
        return []
    return [Section("introduction", gap + 2, gap + 2)]


def section_at(sections: list[Section], offset: int, starts: list[int] | None = None) -> str | None:
    """The name of the section ``offset`` is in. ``starts``, the sections' starts when they are in order of
    start, finds it by bisection: a long text has hundreds of sections and tens of thousands of sentences."""
    if starts is not None:
        i = bisect.bisect_right(starts, offset)
        return sections[i - 1].name if i else None
    current = None
    for s in sections:
        if s.start > offset:
            break
        current = s.name
    return current


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of the text, whitespace trimmed."""
    return list(_sentences_of(text))


@lru_cache(maxsize=1)
def _sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split_sentences(text))


def _split_sentences(text: str) -> list[tuple[int, int]]:
    cuts = {0, len(text)}
    for m in RX.BOUNDARY.finditer(text):
        if m.group(0).strip() == "" and "\n\n" in m.group(0).replace(" ", "").replace("\t", ""):
            cuts.add(m.end())
            continue
        before = text[max(0, m.start() - 12):m.start()]
        a = RX.ABBREV_BEFORE.search(before)
        if a and (a.group(1).lower().rstrip(".") in ABBREVIATIONS or len(a.group(1)) == 1):
            # "J. Smith" is an initial; "in arm B. At 1 year" ends a sentence
            if not (len(a.group(1)) == 1 and RX.LETTERED.search(text[max(0, m.start() - 24):m.start()])) or \
                    a.group(1) == "v" and RX.VERSUS_VALUE.match(text, m.end()):
                continue  # ("for the A group v. 6.5 months": "v." is versus before the other group's value)
        cuts.add(m.end())
    for s in find_sections(text):
        cuts.add(s.start)
        if s.end > s.start and text[s.end - 1] in ":.\n":
            cuts.add(s.end)  # a heading on its own line or ending in a colon is not part of the sentence
    spans = []
    ordered = sorted(cuts)
    for start, end in zip(ordered, ordered[1:], strict=False):
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            spans.append((start + lead, start + trail))
    return spans
