"""Patient groups a paper defines, and the cited studies a review reports on.

- ``cohort.named_n``: "Group B, women with nodal relapse only (n = 21)";
- ``cohort.n_named``: "21 women diagnosed with nodal relapse only (group B)";
- ``cohort.label_n``: "metastases to the lung (n = 33)";
- ``cohort.population``: "95 patients were included in the safety population";
- ``cohort.cited``: in a review, "Hou et al [62] treated 19 patients ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from oncoev.extract.lexicon import parse_count
from oncoev.extract.mentions import toxicity_terms
from oncoev.extract.rules import regexes

RX = regexes("cohorts")  # patterns/regex/cohorts.yaml: the regular expressions of this module


@dataclass
class CohortMention:
    label: str
    n: Optional[int]
    start: int
    end: int
    pattern_id: str
    name: Optional[str] = None  # "Group A" when the paper names the group
    aliases: list[str] = field(default_factory=list)
    cited: Optional[str] = None
    unit: str = "patients"


# The analysis sets a trial reports on: "the safety population", "the per-protocol set".
_POPULATION = (r"(?P<label>(?:(?:modified\s+)?intention[- ]to[- ]treat|(?:modified\s+)?intent[- ]to[- ]treat|m?ITT|"
               r"per[- ]protocol|safety|efficacy|full\s+analysis|(?:response[- ])?evaluable|as[- ]treated)\s+"
               r"(?:population|set|analysis\s+set))")
_WHO = r"(?:patients|participants|subjects|women|men)"
POPULATIONS = (
    # "a total of 95 patients (98%) were included in the safety population"
    re.compile(rf"\b(?P<n>\d+)\s+(?:{_WHO}\s+)?(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:were|was)\s+"
               rf"(?:included|analy[sz]ed|entered)\s+in(?:to)?\s+the\s+{_POPULATION}", re.I),
    # "the per-protocol population comprised 120 patients"
    re.compile(rf"\bthe\s+{_POPULATION}\s+(?:comprised|included|consisted\s+of|was\s+composed\s+of|contained)\s+"
               rf"(?P<n>\d+)\s+{_WHO}", re.I),
)
# Labels that name no particular group: "patients (n = 142)", "Total (n = 50)".
GENERIC = {"all", "total", "patients", "patient", "cases", "women", "men", "subjects", "number", "characteristics",
           "characteristic", "no.", "n", "overall", "cohort", "whole", "the"}


def _tidy(label: str) -> str:
    label = RX.SPACES.sub(" ", label).strip(" ,.;:-")
    while True:
        shorter = RX.LEADING.sub("", label)
        if shorter == label:
            return label
        label = shorter


@dataclass
class ArmMention:
    label: str
    n: int
    start: int
    end: int
    pattern_id: str = "arm.n_received"


def is_adverse_event(label: str) -> bool:
    """Whether a label ends in an adverse-event term ("grade 3 neutropenia", "raised ALT")."""
    return any(m.end() >= len(label.rstrip()) - 1 for m in toxicity_terms().finditer(label))


def find_arms(sentence: str) -> list[ArmMention]:
    """Treatment arms a sentence defines by what a counted group of patients received."""
    out = []
    # ARM needs a word for the patients and one of its verbs, in this case: most sentences have neither, and
    # the regex is tried at every word (speed; the same matches).
    if not (("received" in sentence or "underwent" in sentence or "were" in sentence)
            and ("patients" in sentence or "cases" in sentence or "men" in sentence)):
        return out
    for m in RX.ARM.finditer(sentence):
        n = parse_count(m.group("n"))
        label = _tidy(m.group("label"))
        if n and n > 0 and label and not RX.A_MEASURE_NOT_A_GROUP.match(label):
            verb = RX.SPACES.sub(" ", m.group("verb"))
            out.append(ArmMention(f"{verb} {label}", n, m.start(), m.end()))
    return out


def find_cohorts(sentence: str) -> list[CohortMention]:
    """Group definitions in one sentence of normalised text."""
    out: list[CohortMention] = []
    taken: list[tuple[int, int]] = []
    # What each pattern cannot match without: "n =" (NAMED_N, LABEL_N), a bracket (N_NAMED), "population" or
    # "set" (POPULATIONS). LABEL_N's label tries up to 70 characters at every word; a sentence rarely has an
    # "=" (speed; the same matches).
    sized = "=" in sentence
    for pattern, pid, needs in ((RX.NAMED_N, "cohort.named_n", sized), (RX.N_NAMED, "cohort.n_named", "(" in sentence)):
        if not needs:
            continue
        for m in pattern.finditer(sentence):
            name = RX.SPACES.sub(" ", m.group("name")).capitalize()
            label = _tidy(m.group("label"))
            out.append(CohortMention(f"{name}: {label}", parse_count(m.group("n")), m.start(), m.end(), pid, name=name,
                                     aliases=[name, label]))
            taken.append((m.start(), m.end()))
    for pattern in POPULATIONS if RX.POPULATION_WORD.search(sentence) else ():
        for m in pattern.finditer(sentence):
            label = " ".join(m.group("label").split())
            out.append(CohortMention(label[0].upper() + label[1:], int(m.group("n")), m.start(), m.end(),
                                     "cohort.population", aliases=[label]))
            taken.append((m.start(), m.end()))
    for m in RX.LABEL_N.finditer(sentence) if sized else ():
        if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            continue
        # "metastases were in the liver (n = 12)": the group is the words after the last link word.
        # "we compared drug K (n = 50) versus drug L (n = 60)": nor does a comparison's verb or "versus" name it
        # ("patients were classified as low risk (n = 40)", "divided into ...": what the list is of, no name)
        # ("survived longer than older patients (n = 61)": the people after a comparison's "than"; not the bound of a
        # trait, "older than 70 years (n = 40)", "more than 3 lesions (n = 20)"; nor a clause's link, "while men
        # (n = 40)")
        # ("all subgroups, including responders (n = 150)": the part a list names, after "including")
        label = _tidy(RX.WORDS_BEFORE_THE_NAME.sub("", m.group("label")))
        if not label or not RX.HAS_A_LETTER.search(label) or set(label.lower().split()) <= GENERIC:
            continue
        if RX.STARTS_WITH_A_VALUE.match(label) or is_adverse_event(label) or RX.CAUSE_LABEL.search(m.group("label")):
            continue  # "93% for drug X (n = 15)" holds a result; "neutropenia (n = 9)" counts an event, and so does
            # "(deaths were) caused mainly by liver failure (n = 4)"
        out.append(CohortMention(label, int(m.group("n")), m.start(), m.end(), "cohort.label_n"))
    return out


def interval_not_citation(sentence: str, start: int, end: int) -> bool:
    """Whether the bracket at ``start:end`` is the interval of the value before it (which lies inside it), not
    a citation of references a to b ("a rate of 45% [12-14]" cites)."""
    m = RX.RANGE_IN_BRACKET.fullmatch(sentence, start, end)
    v = RX.VALUE_BEFORE.search(sentence, max(0, start - 16), start)
    return bool(m and v and float(m.group("a")) <= float(v.group("v")) <= float(m.group("b"))
                and float(m.group("a")) < float(m.group("b")))


def find_citations(sentence: str) -> list[tuple[str, int, int]]:
    """Cited studies in a sentence: ("Hou et al [62]", start, end); author names preferred to bare numbers."""
    out = []
    for m in RX.CITED.finditer(sentence):
        if interval_not_citation(sentence, m.start(), m.end()):
            continue
        cite = RX.SPACES.sub(" ", m.group("cite")).strip()
        cite = RX.AL_WITH_ITS_STOP.sub("al ", cite).strip()
        out.append((cite, m.start(), m.end()))
    years = RX.YEAR.search(sentence)
    for m in (RX.AUTHOR_YEAR_CITED.finditer(sentence) if years else ()):
        if not any(a <= m.start("cite") < b for _, a, b in out):
            # named without the bracket and the separator the match takes in: "(Lee et al, 2004;" is "Lee et al, 2004"
            # ("Nordic Group (1992)", whose bracket holds the year alone, stays whole)
            cite = " ".join(m.group("cite").split())
            if cite.startswith("("):
                cite = cite[1:].strip().rstrip(";,)").strip()
            out.append((cite, m.start("cite"), m.end("cite")))
    for m in RX.REFERENCES_AFTER_STOP.finditer(sentence):  # "... (P = 0.54).(11,12)": the references of the sentence
        out.append(("[" + m.group("refs") + "]", m.start("refs"), m.end("refs")))
    for m in (RX.SUPERSCRIPT_CITED.finditer(sentence) if RX.RUN_INTO.search(sentence) else ()):
        if m.group("shut") and (not m.group("mark") or m.group("refs").startswith("0")
                                or not RX.WORDS_IN_BRACKET.search(sentence, 0, m.start("shut") + 1)):
            # "(n = 12)3", "(84.1%).053": a table's cells or a p value after a bracket of numbers, not a reference;
            # "(ECOG 2-3).5,6", "(Table 2).12" are references
            continue
        if m.group("mark") or not RX.NOT_CITED_WORD.fullmatch(m.group("word")):
            out.append(("[" + m.group("refs") + "]", m.start("refs"), m.end("refs")))
    return sorted(out, key=lambda c: c[1])


def cited_n(sentence: str, after: int) -> Optional[int]:
    m = RX.CITED_N.search(sentence, after)
    return int(m.group("n")) if m else None
