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

from oncoev.extract.lazy_regex import lazy_regex
from oncoev.extract.lexicon import parse_count
from oncoev.extract.mentions import toxicity_terms


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


_NAME = r"(?P<name>(?:[Gg]roup|[Aa]rm|[Cc]ohort)\s+(?:[A-Z]|[IVX]+|\d))"
NAMED_N = lazy_regex(rf"{_NAME}\s*[,:(-]\s*(?:(?:the\s+)?patients\s+(?:with|who\s+had|who\s+received)\s+)?"
                     rf"(?P<label>[^()]{{3,90}}?)\s*\(\s*[nN]\s*=\s*(?P<n>\d+)\s*\)")
N_NAMED = lazy_regex(rf"(?P<n>\d+)\s+(?:patients|cases|women|men)\s+"
                     rf"(?:(?:were\s+)?diagnosed\s+with|with|who\s+had|who\s+received|"
                     rf"receiving|treated\s+with)\s+(?P<label>[^();]{{3,90}}?)\s*\(\s*{_NAME}\s*\)")
LABEL_N = lazy_regex(r"(?:^|(?<=[\s,;(]))(?P<label>[A-Za-z≤≥<>][^,;()\n]{1,70}?)\s*\(\s*[nN]\s*=\s*(?P<n>\d+)\s*\)")
CITED = lazy_regex(r"(?P<cite>(?:[A-Z][A-Za-z'-]+(?:\s+(?:and|&)\s+[A-Z][A-Za-z'-]+)?\s+et\s+al\.?\s*"
                   r"(?:\(\d{4}\)\s*)?\[\s*\d+(?:\s*[-,]\s*\d+)*\s*\])|(?:[A-Z][A-Za-z'-]+\s+et\s+al\.?)|"
                   r"(?:\[\s*\d+(?:\s*[-,]\s*\d+)*\s*\]))")
CITED_N = lazy_regex(r"\b(?:treated|included|enrolled|analy[sz]ed|reviewed|reported(?:\s+on)?|of|in|randomi[sz]ed|"
                     r"studied)\s+"
                     r"(?P<n>\d+)\s+(?:patients|women|cases|subjects)")
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
# What every population above names (with the same case folding: not a lower-case copy of the sentence).
POPULATION_WORD = lazy_regex(r"population|set", re.I)
# Labels that name no particular group: "patients (n = 142)", "Total (n = 50)".
GENERIC = {"all", "total", "patients", "patient", "cases", "women", "men", "subjects", "number", "characteristics",
           "characteristic", "no.", "n", "overall", "cohort", "whole", "the"}
# Words that say what caused or came with what was counted, not who the patients are
CAUSE_LABEL = lazy_regex(r"\b(?:caused\s+(?:\w+\s+)?by|(?:due|related|attributed|attributable|secondary|owing|"
                         r"leading)\s+(?:\w+\s+)?to|resulting\s+from|died\s+(?:of|from))\b", re.I)
LEADING = lazy_regex(r"^(?:and|or|the|of|to|with|within|in|for|among|amongst|a|an|patients|who|had)\s+", re.I)


def _tidy(label: str) -> str:
    label = re.sub(r"\s+", " ", label).strip(" ,.;:-")
    while True:
        shorter = LEADING.sub("", label)
        if shorter == label:
            return label
        label = shorter


# "Thirty-nine patients (78%) received chemotherapy", "14 patients underwent resection of the primary":
# a treatment arm, a group defined by what it was given.
ARM = lazy_regex(r"(?:^|(?<=[\s,;(]))(?P<n>\d+|[A-Z]?[a-z]+(?:-[a-z]+)?)\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?"
                 r"(?:patients|cases|women|men)\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?"
                 r"(?:also\s+)?(?P<verb>received|underwent|were\s+treated\s+with|were\s+given)\s+"
                 r"(?P<label>[^,.;()\n]{3,60}?)(?=\s*(?:[,.;()]|\band\b|\bwith\b|\bfor\b|\bat\b|$))")


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
    for m in ARM.finditer(sentence):
        n = parse_count(m.group("n"))
        label = _tidy(m.group("label"))
        if n and n > 0 and label and not re.match(r"(?:a|an|the)?\s*(?:median|mean|total|dose)\b", label, re.I):
            verb = re.sub(r"\s+", " ", m.group("verb"))
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
    for pattern, pid, needs in ((NAMED_N, "cohort.named_n", sized), (N_NAMED, "cohort.n_named", "(" in sentence)):
        if not needs:
            continue
        for m in pattern.finditer(sentence):
            name = re.sub(r"\s+", " ", m.group("name")).capitalize()
            label = _tidy(m.group("label"))
            out.append(CohortMention(f"{name}: {label}", parse_count(m.group("n")), m.start(), m.end(), pid, name=name,
                                     aliases=[name, label]))
            taken.append((m.start(), m.end()))
    for pattern in POPULATIONS if POPULATION_WORD.search(sentence) else ():
        for m in pattern.finditer(sentence):
            label = " ".join(m.group("label").split())
            out.append(CohortMention(label[0].upper() + label[1:], int(m.group("n")), m.start(), m.end(),
                                     "cohort.population", aliases=[label]))
            taken.append((m.start(), m.end()))
    for m in LABEL_N.finditer(sentence) if sized else ():
        if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            continue
        # "metastases were in the liver (n = 12)": the group is the words after the last link word.
        # "we compared drug K (n = 50) versus drug L (n = 60)": nor does a comparison's verb or "versus" name it
        # ("patients were classified as low risk (n = 40)", "divided into ...": what the list is of, no name)
        # ("survived longer than older patients (n = 61)": the people after a comparison's "than"; not the bound of a
        # trait, "older than 70 years (n = 40)", "more than 3 lesions (n = 20)"; nor a clause's link, "while men
        # (n = 40)")
        # ("all subgroups, including responders (n = 150)": the part a list names, after "including")
        label = _tidy(re.sub(r"^.*\b(?:to|in|into|of|for|among|with|and|or|were|was|had|versus|vs\.?|compared|"
                             r"while|whereas|but|although|including|"
                             r"(?<!older )(?<!younger )(?<!more )(?<!less )(?<!fewer )(?<!greater )(?<!other )than|"
                             r"comparing|evaluated|evaluating|classified\s+as|categori[sz]ed\s+as)\s+(?:the\s+)?(?=\S)",
                             "", m.group("label")))
        if not label or not re.search(r"[A-Za-z≤≥<>]", label) or set(label.lower().split()) <= GENERIC:
            continue
        if re.match(r"[\d.]+\s*%?\s", label) or is_adverse_event(label) or CAUSE_LABEL.search(m.group("label")):
            continue  # "93% for drug X (n = 15)" holds a result; "neutropenia (n = 9)" counts an event, and so does
            # "(deaths were) caused mainly by liver failure (n = 4)"
        out.append(CohortMention(label, int(m.group("n")), m.start(), m.end(), "cohort.label_n"))
    return out


# "56% [49-64]", "12.1 months [10.3-14.0]": a bracketed range round the value just before it is its interval
VALUE_BEFORE = lazy_regex(r"(?P<v>\d+(?:\.\d+)?)\s*%?\s*(?:\(\s*)?$")
RANGE_IN_BRACKET = lazy_regex(r"\[\s*(?P<a>\d+(?:\.\d+)?)\s*[-,]\s*(?P<b>\d+(?:\.\d+)?)\s*\]")


def interval_not_citation(sentence: str, start: int, end: int) -> bool:
    """Whether the bracket at ``start:end`` is the interval of the value before it (which lies inside it), not
    a citation of references a to b ("a rate of 45% [12-14]" cites)."""
    m = RANGE_IN_BRACKET.fullmatch(sentence, start, end)
    v = VALUE_BEFORE.search(sentence, max(0, start - 16), start)
    return bool(m and v and float(m.group("a")) <= float(v.group("v")) <= float(m.group("b"))
                and float(m.group("a")) < float(m.group("b")))


# Reference numbers in round brackets run into the full stop that ends the sentence: "... (P = 0.54).(11,12)"
REFERENCES_AFTER_STOP = lazy_regex(r"(?<=[a-z)\]][.!?])\((?P<refs>\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)(?=\s|$)")


def find_citations(sentence: str) -> list[tuple[str, int, int]]:
    """Cited studies in a sentence: ("Hou et al [62]", start, end); author names preferred to bare numbers."""
    out = []
    for m in CITED.finditer(sentence):
        if interval_not_citation(sentence, m.start(), m.end()):
            continue
        cite = re.sub(r"\s+", " ", m.group("cite")).strip()
        cite = re.sub(r"\bal\.\s*", "al ", cite).strip()
        out.append((cite, m.start(), m.end()))
    years = YEAR.search(sentence)
    for m in (AUTHOR_YEAR_CITED.finditer(sentence) if years else ()):
        if not any(a <= m.start("cite") < b for _, a, b in out):
            out.append((re.sub(r"\s+", " ", m.group("cite")).strip(), m.start("cite"), m.end("cite")))
    for m in REFERENCES_AFTER_STOP.finditer(sentence):  # "... (P = 0.54).(11,12)": the references of the sentence
        out.append(("[" + m.group("refs") + "]", m.start("refs"), m.end("refs")))
    for m in (SUPERSCRIPT_CITED.finditer(sentence) if RUN_INTO.search(sentence) else ()):
        if m.group("shut") and (not m.group("mark") or m.group("refs").startswith("0")
                                or not WORDS_IN_BRACKET.search(sentence, 0, m.start("shut") + 1)):
            # "(n = 12)3", "(84.1%).053": a table's cells or a p value after a bracket of numbers, not a reference;
            # "(ECOG 2-3).5,6", "(Table 2).12" are references
            continue
        if m.group("mark") or not NOT_CITED_WORD.fullmatch(m.group("word")):
            out.append(("[" + m.group("refs") + "]", m.start("refs"), m.end("refs")))
    return sorted(out, key=lambda c: c[1])


# Author-year citations: "(Lee and Park, 2004)", "(Lee et al., 2004; Kim, 2006)", "the Nordic Group (1992) found";
# a year alone in brackets after a name that is no author's ("the WHO (2008) criteria") is rare enough to accept.
AUTHOR_YEAR_CITED = lazy_regex(r"(?P<cite>\(\s*(?-i:[A-Z][A-Za-z'’-]+)(?:\s+(?:and|&)\s+[A-Z][A-Za-z'’-]+)?"
                               r"(?:\s+et\s+al\.?)?,?\s+(?:19|20)\d\d[a-z]?\s*[;,)]|"
                               r"(?-i:[A-Z][A-Za-z'’-]{2,})\s+\(\s*(?:19|20)\d\d[a-z]?\s*\))")
# Reference numbers set as superscripts and run into the word they follow when the text was flattened: "as in
# earlier trials.4,7 We ...", "the adjuvant setting12 and ...". Not a table's cells run into their row label
# ("Not known4 (2%)": a count, its share after it), nor a number right after a word that takes one ("grade3"; "after
# 5 years.1" cites).
SUPERSCRIPT_CITED = lazy_regex(r"(?:(?<![A-Za-z\d/-])(?P<word>[a-z]{4,})|(?P<shut>[)\]]))(?P<mark>[.,;:)])?"
                               r"(?P<refs>\d{1,3}(?:[,–-]\d{1,3})*)(?=\s*$|[.,;:](?:\s|$)|\s+[^\s(\[\d%])"
                               # with no stop or comma before the numbers, prose goes on after them ("setting12 and"),
                               # not a table's next row label ("Chest pain70 Cough80")
                               r"(?(mark)|(?=\s*$|[.,;:](?:\s|$)|\s+[a-z]))")
# cheap checks that a sentence may hold either kind at all (most sentences hold neither)
YEAR = lazy_regex(r"\b(?:19|20)\d\d\b")
RUN_INTO = lazy_regex(r"[a-z)\]][.,;:)]?\d")
WORDS_IN_BRACKET = lazy_regex(r"[(\[][^()\[\]]*[A-Za-z]{2}[^()\[\]]*[)\]]$")
NOT_CITED_WORD = lazy_regex(r"grade|cycles?|days?|weeks?|arms?|groups?|stages?|phase|visits?|levels?|doses?|"
                            r"courses?|parts?|steps?|types?|class|lines?|tables?|figures?|versions?|items?|"
                            r"fractions?|sessions?|grades|months?|years?|hours?")


def cited_n(sentence: str, after: int) -> Optional[int]:
    m = CITED_N.search(sentence, after)
    return int(m.group("n")) if m else None
