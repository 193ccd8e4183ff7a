"""Study-level fields from a whole normalised document: kind, design, cancer, size, dates, place.

``find_study_fields(text)`` returns :class:`StudyFields`: ``fields`` with the contract's StudyIn
keys it can read (kind, design, cancer, population, n_patients, n_lesions, enrolment_start,
enrolment_end, institution, country, median_follow_up_months) and ``provenance`` giving, for each
field found, the span of text it came from and the rule that read it. Works on full texts and on
short abstracts. The cue phrases, sites, countries and count/date patterns live in
``patterns/study_*.yaml``.

How fields are decided: kind and design add up weighted cues (a cue in the title/abstract counts
more, and cues about the paper itself - "this retrospective study", "we retrospectively
reviewed" - weigh more than a design word that may describe a cited study); the cancer is the
site named most often with a tumour noun; counts, dates and follow-up take the first match of
the most specific pattern. A review reports other studies' patients, so its own n, dates,
follow-up, institution and country are left empty.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from oncoev.extract import lexicon, rules
from oncoev.extract.lazy_regex import Regex, lazy_regex
from oncoev.extract.lexicon import parse_count
from oncoev.extract.sentences import Section, find_sections

RX = rules.regexes("study")  # patterns/regex/study.yaml: the regular expressions of this module

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MACROS = {
    # (not the number of a scale: "PS 2 patients", "ECOG 1 patients", "grade 3 patients", "stage 4 cases")
    "COUNT": r"(?<!\bPS\s)(?<!\bECOG\s)(?<!\bKPS\s)(?<!\bWHO\s)(?<!\bstatus\s)(?<!\bgrade\s)(?<!\bstage\s)"
             r"(?<!\bscore\s)" + lexicon.count_pattern(),
    "MONTH": r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
             r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?",
    "YEAR": r"(?:19[5-9]\d|20[0-3]\d)",
    # a space within one paragraph: a line may wrap, but a blank line ends the phrase ("Two regimens" of a
    # title line is no count of the "Patients" that open the next paragraph)
    "SP": r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?!\n))",
}
# "this", "our", "the present" before a phase ("this phase I/II study was initiated"), or "we conducted a ...": the
# paper's own trial, whatever words follow it ("was initiated", "is ongoing"). (Here, not in study_designs.yaml,
# whose keys rules.py fixes.)
OWN_BEFORE = (r"\b(?:(?:this|our|the\s+present|the\s+current)\s+(?:(?:study|trial)\s+)?(?:(?:is|was)\s+an?\s+)?"
              r"|we\s+(?:have\s+)?(?:conducted|performed|did|undertook|initiated|designed|report(?:ed)?|present(?:ed)?"
              r"|describe|carried\s+out)\s+an?\s+|(?:this|it)\s+(?:is|was)\s+an?\s+)"
              r"(?:(?!(?:in|of|for|with|to|from|on|at|by|a|an|the|and|or)\b)[\w-]+,?\s+){0,6}$")
FIELDS = ("kind", "design", "cancer", "population", "n_patients", "n_lesions", "enrolment_start", "enrolment_end",
          "institution", "country", "median_follow_up_months")


@dataclass
class StudyFields:
    """Study-level fields and, per field found, where: {field: {quote_start, quote_end, pattern_id}}."""

    fields: dict[str, Any] = field(default_factory=lambda: dict.fromkeys(FIELDS))
    provenance: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Rules:
    head_chars: int
    head_weight: float
    kind: dict[str, tuple[rules.CompiledRule, ...]]
    designs: dict[str, tuple[rules.CompiledRule, ...]]
    refine: dict[str, tuple[str, ...]]
    refine_min: float
    default_design: Optional[str]
    report_as: dict[str, str]
    not_own_before: Regex
    not_own_after: Regex
    own_before: Regex
    design_not_in_sections: frozenset[str]
    pooled_phases: Regex
    sites: tuple[tuple[str, Regex, tuple[str, ...]], ...]
    mixed: tuple[rules.CompiledRule, ...]
    spread_min_sites: int
    spread_best_share: float
    not_counted_before: Regex
    countries: Regex
    country_of: dict[str, str]
    n_patients: tuple[tuple[str, Regex, tuple[str, ...], Optional[str]], ...]
    n_not_followed_by: Regex
    n_one_of_several: Regex
    n_another_group: Regex
    n_second_group: Regex
    n_narrowed_after: Regex
    n_sexes_after: Regex
    n_each_group: Regex
    n_part_before: Regex
    n_parent_opening: Regex
    n_analysis_of: Regex
    n_not_in_sections: frozenset[str]
    n_lesions: Regex
    follow_up: tuple[tuple[str, Regex, tuple[str, ...]], ...]
    enrolment: tuple[tuple[str, Regex, tuple[str, ...]], ...]
    enrolment_context: Regex
    institution: Regex
    institution_anchors: tuple[str, ...]
    institution_before: Regex
    country_before: Regex
    country_names: Regex
    population: Regex
    population_stop: Regex
    intro_heading: Regex


def _load(name: str) -> Any:
    return rules.load(name)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    return RX.MACRO_NAME.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)


def _cues(items: list[rules.Rule]) -> tuple[rules.CompiledRule, ...]:
    return tuple(c.compiled(re.I) for c in items)


def _named(items: list[rules.Rule]) -> tuple[tuple[str, Regex, tuple[str, ...]], ...]:
    return tuple((i.id, lazy_regex(_expand(i.pattern, MACROS), re.I), i.anchors)
                 for i in items)


def _named_with_role(items: list[rules.Rule]) -> tuple[tuple[str, Regex, tuple[str, ...], Optional[str]], ...]:
    return tuple((i.id, lazy_regex(_expand(i.pattern, MACROS), re.I), i.anchors, i.role) for i in items)


@lru_cache(maxsize=2)
def _hits_in(hay: str) -> dict[str, tuple[int, ...]]:
    """The anchors' hits found so far in ``hay`` (the paper's text and its lower-case copy, the last paper's only): the
    rules of one paper look for many of the same anchors (a third of the finds over the seed texts), each find that
    hits nothing a pass over the whole text."""
    return {}


def _hits(hay: str, anchor: str) -> tuple[int, ...]:
    """Where ``anchor`` stands in ``hay``, each hit after the end of the one before."""
    found = _hits_in(hay)
    hits = found.get(anchor)
    if hits is None:
        at = []
        i = hay.find(anchor)
        while i >= 0:
            at.append(i)
            i = hay.find(anchor, i + len(anchor))
        hits = found[anchor] = tuple(at)
    return hits


def _anchored(regex: Regex, text: str, hay: str, anchors: tuple[str, ...], back: int = 150,
              ahead: int = 220) -> Iterator[re.Match]:
    """Matches of ``regex`` that contain one of ``anchors`` (found in ``hay``, the text or its lower-case
    copy), in text order. Trying a pattern only around a plain-string hit is what keeps a long text fast:
    Python's re would otherwise try every alternative at every position. The matches are made as they are asked
    for: most callers stop at the first one they take (the study's count of patients), and the rest of a long text
    is then never scanned."""
    if not anchors:
        yield from regex.finditer(text)
        return
    hits = [i for a in anchors for i in _hits(hay, a)]
    if not hits:
        return
    hits.sort()
    # Overlapping windows are merged so that each stretch of text is scanned once.
    spans: list[list[int]] = []
    for i in hits:
        lo, hi = max(0, i - back), min(len(text), i + ahead)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    # (the windows are apart and in order, so their matches come in text order, each start once)
    for lo, hi in spans:
        for m in regex.finditer(text, lo, hi):
            k = bisect_left(hits, m.start())
            if k < len(hits) and hits[k] < m.end():
                yield m


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    designs, fields_, cancers, countries = (_load(n) for n in ("study_designs.yaml", "study_fields.yaml",
                                                                 "study_cancers.yaml", "study_countries.yaml"))
    macros = dict(MACROS, TUMOUR=cancers["tumour"])
    sites = tuple(
        (site, lazy_regex("(?<![\\w-])(?:" + "|".join(_expand(p, macros) for p in patterns) + ")(?![\\w-])", re.I),
         tuple(cancers["anchors"][site]))
        for site, patterns in cancers["sites"].items())
    country_of: dict[str, str] = {}
    for country, others in countries.items():
        for name in [country, *(others or [])]:
            country_of[str(name)] = country
    country_re = lazy_regex("(?<![\\w.])(?:" + "|".join(
        re.escape(n) for n in sorted(country_of, key=len, reverse=True)) + ")(?![\\w])")
    return _Rules(
        head_chars=int(designs["head_chars"]),
        head_weight=float(designs["head_weight"]),
        kind={k: _cues(v) for k, v in designs["kind"].items()},
        designs={k: _cues(v) for k, v in designs["designs"].items()},
        refine={k: tuple(v) for k, v in designs["refine"].items() if k != "min_score"},
        refine_min=float(designs["refine"]["min_score"]),
        default_design=designs.get("default_design"),
        report_as=dict(designs.get("report_as") or {}),
        not_own_before=lazy_regex(designs["not_own_before"], re.I),
        not_own_after=lazy_regex(designs["not_own_after"], re.I),
        own_before=lazy_regex(OWN_BEFORE, re.I),
        design_not_in_sections=frozenset(designs["not_in_sections"]),
        pooled_phases=lazy_regex(designs["pooled_phases"], re.I),
        sites=sites,
        mixed=_cues(cancers["mixed"]),
        spread_min_sites=int(cancers["spread"]["min_sites"]),
        spread_best_share=float(cancers["spread"]["best_share_at_most"]),
        not_counted_before=lazy_regex(cancers["not_counted_before"], re.I),
        countries=country_re,
        country_of=country_of,
        n_patients=_named_with_role(fields_["n_patients"]),
        n_not_followed_by=lazy_regex(fields_["n_not_followed_by"]),
        n_one_of_several=lazy_regex(fields_["n_one_of_several"]),
        n_another_group=lazy_regex(_expand(fields_["n_another_group"], MACROS), re.I),
        n_second_group=lazy_regex(fields_["n_second_group"], re.I),
        n_narrowed_after=lazy_regex(_expand(fields_["n_narrowed_after"], MACROS), re.I),
        n_sexes_after=lazy_regex(_expand(fields_["n_sexes_after"], MACROS), re.I),
        n_each_group=lazy_regex(fields_["n_each_group"], re.I),
        n_part_before=lazy_regex(fields_["n_part_before"], re.I),
        n_parent_opening=lazy_regex(fields_["n_parent_opening"]),
        n_analysis_of=lazy_regex(fields_["n_analysis_of"], re.I),
        n_not_in_sections=frozenset(fields_["n_not_in_sections"]),
        n_lesions=lazy_regex(_expand(fields_["n_lesions"], MACROS), re.I),
        follow_up=_named(fields_["follow_up"]),
        enrolment=_named(fields_["enrolment"]),
        enrolment_context=lazy_regex(fields_["enrolment_context"], re.I),
        institution=lazy_regex(fields_["institution"]),
        institution_anchors=tuple(fields_["institution_anchors"]),
        institution_before=lazy_regex(fields_["institution_before"], re.I),
        country_before=lazy_regex(fields_["country_before"], re.I),
        country_names=lazy_regex("(?<![\\w.])(?:" + "|".join(
            re.escape(str(c)) for c in sorted(countries, key=len, reverse=True)) + ")(?![\\w])"),
        population=lazy_regex(fields_["population"], re.I),
        population_stop=lazy_regex(fields_["population_stop"], re.I),
        intro_heading=lazy_regex(fields_["intro_heading"], re.I | re.M),
    )


def _score(cues: tuple[rules.CompiledRule, ...], text: str, low: str, head: int, head_weight: float,
           not_own: Optional[tuple[Regex, Regex, Regex]] = None, cited: Optional[frozenset[str]] = None) -> float:
    """The weighted cues found (a cue whose role is ``head`` only in the title and abstract); with ``not_own``
    (words before, words after, words of the paper itself), a cue those words make another trial's ("is being
    tested in a phase III trial") does not count; words after it do not make the paper's own trial ("this phase
    I/II study was initiated") another's. With ``cited`` (section names), a cue after the abstract in one of those
    sections counts only when it speaks of the paper's own study (:func:`_own_cue`)."""
    s = 0.0
    sections = find_sections(text) if cited else []
    starts = [x.start for x in sections]
    for cue in cues:
        for m in _anchored(cue.regex, text, low, cue.anchors):
            if cue.role == "head" and m.start() >= head:
                break  # a cue of the title and abstract only ("Randomised phase III study of ..."): in the body it
                # mostly names a trial the paper cites
            if cited and not_own and m.start() >= head and _in_sections(text, sections, starts, m.start(), cited) \
                    and not _own_cue(not_own[2], text, m):
                continue  # "In an international, randomized phase III trial in HCC, survival was ..." (a cited trial)
            phase = m.group(0).lower().rfind("phase")
            if not_own and phase >= 0 and (
                    not_own[0].search(text, max(0, m.start() - 60), m.start() + phase)
                    or (not_own[1].match(text, m.end(), m.end() + 80)
                        and not not_own[2].search(text, max(0, m.start() - 100), m.start() + phase))):
                continue  # "a larger phase 3 trial is warranted": the words before the phase, not the cue's start
            s += cue.weight * (head_weight if m.start() < head else 1.0)
    return s


def _in_sections(text: str, sections: list[Section], starts: list[int], offset: int, names: frozenset[str]) -> bool:
    """Whether ``offset`` lies in a section of one of ``names`` that is not the abstract's own part: an abstract's
    "ABSTRACT.CONCLUSION:" (labelled plain text of full texts) speaks for the paper, however long the abstract."""
    i = bisect_right(starts, offset)
    return bool(i) and sections[i - 1].name in names and not text.startswith("ABSTRACT", sections[i - 1].start)


def _own_cue(own_before: Regex, text: str, m: re.Match) -> bool:
    """Whether a design cue speaks of the paper's own study: it opens with "this", "our", "we", or the paper's own
    words come before its design word ("we performed a two-centre, randomised, phase II trial")."""
    if RX.OWN_OPENING.match(m.group(0)):
        return True
    word = RX.DESIGN_WORD.search(m.group(0))
    return own_before.search(text, max(0, m.start() - 100), m.start() + (word.start() if word else 0)) is not None


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start))
    hi_candidates = [i for i in (text.find(". ", end), text.find("\n\n", end)) if i >= 0]
    return (lo + 1 if lo >= 0 else 0), (min(hi_candidates) + 1 if hi_candidates else len(text))


def _head_end(rules: _Rules, text: str) -> int:
    """Where the title and abstract end: the Introduction heading, else a fixed length."""
    for m in rules.intro_heading.finditer(text, 0, rules.head_chars + 2000):
        if m.start() > 300:
            return m.start()
    return min(rules.head_chars, max(len(text) // 4, 1500))


def find_study_fields(text: str) -> StudyFields:
    """Study-level fields of a whole normalised document (full text or abstract)."""
    rules = _rules()
    out = StudyFields()
    head = _head_end(rules, text)

    def put(name: str, value: Any, start: int, end: int, pattern_id: str) -> None:
        out.fields[name] = value
        out.provenance[name] = {"quote_start": start, "quote_end": end, "pattern_id": pattern_id}

    low = text.lower()
    review = _score(rules.kind["review"], text, low, head, rules.head_weight)
    primary = _score(rules.kind["primary"], text, low, head, rules.head_weight)
    is_review = review > primary and review >= 4
    out.fields["kind"] = "review" if is_review else "primary"
    _design(rules, text, low, head, is_review, put)
    _cancer(rules, text, low, head, put)
    if is_review:
        return out
    n_span = _n_patients(rules, text, low, head, put)
    if out.fields["design"] is None and n_span and rules.default_design:
        # A study that counts its own patients but names no design: the usual case is a retrospective series.
        put("design", rules.default_design, n_span[0], n_span[1], "study.design.default")
    _follow_up(rules, text, low, put)
    _enrolment(rules, text, put)
    _institution(rules, text, put)
    if out.fields["country"] is None:
        _country(rules, text, head, put)
    _population(rules, text, n_span or (0, 0), head, put)
    return out


def _best_cue(cues: tuple[rules.CompiledRule, ...], text: str, low: str) -> Optional[re.Match]:
    for cue in sorted(cues, key=lambda c: -c.weight):
        found = next(_anchored(cue.regex, text, low, cue.anchors), None)
        if found is not None:
            return found
    return None


def _design(rules: _Rules, text: str, low: str, head: int, is_review: bool, put: Any) -> None:
    if is_review:
        candidates = ["meta-analysis", "review"]
    else:
        candidates = [d for d in rules.designs if d not in ("meta-analysis", "review")]
    not_own = (rules.not_own_before, rules.not_own_after, rules.own_before)
    scores = {d: _score(rules.designs[d], text, low, head, rules.head_weight, not_own, rules.design_not_in_sections)
              for d in candidates}
    best = max(candidates, key=lambda d: (scores[d], -candidates.index(d)))
    if is_review and best == "meta-analysis" and scores["meta-analysis"] < 4:
        best = "review"
    pooled = None if is_review else rules.pooled_phases.search(text, 0, head)
    if pooled is not None:  # one analysis of several trials of different phases
        put("design", rules.report_as.get("prospective", "prospective"), pooled.start(), pooled.end(),
            "study.design.pooled_phases")
        return
    # the most-cited specific design ("randomised phase II" is phase2, even if phase III is named), and that one's
    # own specific design in turn: a prospective study that is randomised is refined to its phase if it names one
    seen = {best}
    while True:
        specific = [d for d in rules.refine.get(best, ()) if scores.get(d, 0) >= rules.refine_min and d not in seen]
        if not specific:
            break
        best = max(specific, key=lambda d: scores[d])
        seen.add(best)
    if scores[best] <= 0 and not is_review:
        return
    m = _best_cue(rules.designs[best], text, low)
    start, end = (m.start(), m.end()) if m else (0, 0)
    put("design", rules.report_as.get(best, best), start, end, f"study.design.{best}")


def _cancer(rules: _Rules, text: str, low: str, head: int, put: Any) -> None:
    counts: dict[str, float] = {}
    first: dict[str, re.Match] = {}
    for site, regex, anchors in rules.sites:
        for m in _anchored(regex, text, low, anchors, back=80, ahead=80):
            # Abbreviations (NSCLC, HCC) count only in capitals: "npc" or "rcc" in running text is something else.
            if RX.SHORT_WORD.fullmatch(m.group(0)) and not m.group(0).isupper():
                continue
            if rules.not_counted_before.search(text, max(0, m.start() - 60), m.start()):
                continue  # "solid tumours except breast cancer": the site is what the study left out
            counts[site] = counts.get(site, 0.0) + (3.0 if m.start() < head else 1.0)
            first.setdefault(site, m)
    mixed = _score(rules.mixed, text, low, head, 3.0)
    best = max(counts, key=lambda s: (counts[s], -first[s].start())) if counts else None
    if mixed > 0 and (best is None or mixed > counts[best]):
        m = _best_cue(rules.mixed, text, low)
        start, end = (m.start(), m.end()) if m else (0, 0)
        put("cancer", "mixed", start, end, "study.cancer.mixed")
    elif best is not None and len(counts) >= rules.spread_min_sites and \
            counts[best] <= rules.spread_best_share * sum(counts.values()):
        # several sites share the population about equally: no one of them is the study's
        m = min(first.values(), key=lambda f: f.start())
        put("cancer", "mixed", m.start(), m.end(), "study.cancer.mixed.spread")
    elif best is not None:
        m = first[best]
        put("cancer", best, m.start(), m.end(), "study.cancer")


def _n_patients(rules: _Rules, text: str, low: str, head: int, put: Any) -> Optional[tuple[int, int]]:
    best: Optional[tuple[tuple[int, int, int], int, re.Match, str]] = None
    sections = find_sections(text)
    starts = [x.start for x in sections]
    for rank, (pid, regex, anchors, role) in enumerate(rules.n_patients):
        if best is not None and best[0][0] == 0:
            break  # a count in the title or abstract: no later rule's count can come before it (speed)
        # (far enough ahead for a long clause between the count and its verb: "312 patients with ... were enrolled")
        for m in _anchored(regex, text, low, anchors, ahead=360):
            n = parse_count(m.group("n"))
            after_n = text[m.end("n"):m.end("n") + 12]
            if not n or rules.n_not_followed_by.search(after_n) or rules.n_one_of_several.search(after_n):
                continue
            if rules.n_not_followed_by.search(text[m.end():m.end() + 12]):
                continue
            if _another_group_follows(rules, text, m):
                continue
            if rules.n_narrowed_after.match(text, m.end(), m.end() + 260):
                continue  # the pool a later count was taken from: "..., and 63 were eligible for this analysis"
            if rules.n_part_before.search(text, max(0, m.start("n") - 90), m.start("n")):
                continue  # "48 patients with lymphoma, including 19 older than 70, were enrolled": a part of the 48
            if _parent_trials_count(rules, text, head, m.start()):
                continue  # "This analysis of the trial ABC-12 ... In ABC-12, 640 patients were randomly assigned"
            if role == "first" and not _first_count(rules, text, head, m.start(), m.start("n"), n):
                continue  # "Results: The 2-year OS was 80%. Of 40 patients with a relapse, 25% had ...": a part
            if rules.n_sexes_after.match(text, m.end("n"), m.end("n") + 40) or \
                    rules.n_sexes_after.match(text, m.end(), m.end() + 40):
                continue  # "172 men and 151 women": one sex of the sample
            if rules.n_each_group.match(text, m.end(), m.end() + 60):
                continue  # "148 patients were included in each group": one group's size, not the study's
            if m.start() >= head and _in_sections(text, sections, starts, m.start(), rules.n_not_in_sections):
                continue  # after the abstract, an introduction or a discussion counts the patients of studies it cites
            key = (0 if m.start() < head else 1, rank, m.start())
            if best is None or key < best[0]:
                best = (key, n, m, pid)
            break
    if best is None:
        return None
    _, n, m, pid = best
    put("n_patients", n, m.start(), m.end(), pid)
    lo, hi = _sentence_around(text, m.start(), m.end())
    les = rules.n_lesions.search(text, m.start(), min(hi, m.end() + 80))
    if les is None:
        # the same count said again in the abstract with its lesions in brackets: "a study of 58 patients" in the
        # title, "58 patients (71 lesions) received radiosurgery" in the methods
        said_again = rf"(?<![\d,.]){n}\s+(?:[\w-]+\s+){{0,2}}?(?:patients|cases|women|men)\s*\(\s*"
        for again in re.finditer(said_again, text[:head]):
            les = rules.n_lesions.match(text, again.end(), again.end() + 60)
            if les:
                break
    if les:
        count = parse_count(les.group("n"))
        if count and count != n:
            put("n_lesions", count, les.start(), les.end(), "study.n_lesions")
    return m.start(), m.end()


def _parent_trials_count(rules: _Rules, text: str, head: int, at: int) -> bool:
    """Whether the sentence of the count at ``at`` opens with the name of a trial ("In ABC-12, 640 patients were
    randomly assigned") that the title or abstract says the paper is an analysis of ("This exploratory analysis of the
    phase III trial ABC-12"): the parent trial's size, not the analysis'."""
    start = max(text.rfind(". ", 0, at) + 1, text.rfind("\n", 0, at) + 1, text.rfind(": ", 0, at) + 1, 0)
    opening = rules.n_parent_opening.match(text, start, at)
    if opening is None:
        return False
    name = re.escape(opening.group("name"))
    for m in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text[:max(head, start)]):
        if m.start() != opening.start("name") and rules.n_analysis_of.search(text, max(0, m.start() - 120), m.start()):
            return True
    return False




def _first_count(rules: _Rules, text: str, head: int, start: int, at: int, n: int) -> bool:
    """Whether the count at ``at`` (in a match from ``start``, whose own share, "Most (58%) of 412 patients", does not
    count) comes before any result (a percentage) and any other count of patients: "Of 184 patients with stage II
    disease, 62% were women" opening the methods is the sample; after a result, "Of 40 patients with a relapse" is the
    part that result is about. The size of the trial a secondary analysis is taken from does not count
    (:func:`_parent_trials_count`): "In ABC-12, 640 patients were randomly assigned. Tumour samples were available from
    210 of them" gives 210."""
    if "%" in text[:start]:
        return False
    return all(parse_count(c.group(1)) == n or _parent_trials_count(rules, text, head, c.start(1))
               for c in RX.PATIENT_COUNT.finditer(text, 0, at))


def _another_group_follows(rules: _Rules, text: str, m: re.Match) -> bool:
    """Whether a second group's size follows the count in its clause ("118 were assigned to A and 121 to B", "40
    received A and 38 received B"), or the count is itself the second (:func:`_second_of_two`): then the count is one
    group's. The second count's verb must be one the first count's words hold, or be left out before "to"; "50 were
    enrolled and 44 were evaluable" names a part."""
    if _second_of_two(rules, text, m):
        return True
    nxt = rules.n_another_group.match(text, m.end(), m.end() + 160)
    if nxt is None:
        return False
    verb = nxt.group("verb").lower()
    if verb in ("to", "into", "with"):
        return True  # (the verb left out: "150 were treated with A and 140 with B")
    return re.search(rf"\b{re.escape(verb)}\b", text[m.end("n"):nxt.start("conj")], re.I) is not None


def _second_of_two(rules: _Rules, text: str, m: re.Match) -> bool:
    """Whether the count comes after "and" and a first count of its sentence that had the same verb or none ("212
    were assigned to A, and 209 patients were assigned to B", "410 adults and 63 children were included"); not after
    a count with a verb of its own ("28 were screened and 22 were recruited": the sample is the second)."""
    before = text[max(0, m.start("n") - 240):m.start("n")]
    if not rules.n_second_group.search(before[-12:]):
        return False
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1:]
    counts = list(RX.INTEGER.finditer(before))
    if not counts:
        return False
    first = before[counts[-1].end():]
    verb = m.group(0).split()[-1].lower()
    return verb in first.lower().split() or not RX.PAST_VERB.search(first)


def _follow_up(rules: _Rules, text: str, low: str, put: Any) -> None:
    for pid, regex, anchors in rules.follow_up:
        m = next(_anchored(regex, text, low, anchors), None)
        if m is None:
            continue
        value, unit = float(m.group("value")), m.group("unit").lower()
        if unit.startswith("y"):
            value *= 12
        elif unit.startswith("w"):
            value = value * 7 / 30.4375
        elif unit.startswith("d"):
            value /= 30.4375
        put("median_follow_up_months", round(value, 1), m.start(), m.end(), pid)
        return


def _month(name: Optional[str], number: Optional[str]) -> Optional[int]:
    if number:
        k = int(number)
        return k if 1 <= k <= 12 else None
    if name:
        key = name.lower().rstrip(".")[:3]
        for i, mo in enumerate(MONTHS):
            if mo.startswith(key):
                return i + 1
    return None


def _enrolment(rules: _Rules, text: str, put: Any) -> None:
    """The first period in the text whose sentence speaks of patients (the abstract's, usually)."""
    best: Optional[tuple[int, re.Match, str]] = None
    for pid, regex, _ in rules.enrolment:
        for m in regex.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            g = m.groupdict()
            if int(g["y2"]) < int(g["y1"]):
                continue
            lo, hi = _sentence_around(text, m.start(), m.end())
            if rules.enrolment_context.search(text, lo, hi):
                best = (m.start(), m, pid)
                break
    if best is None:
        return
    _, m, pid = best
    g = m.groupdict()
    m1, m2 = _month(g.get("m1"), g.get("n1")), _month(g.get("m2"), g.get("n2"))
    put("enrolment_start", f"{g['y1']}-{m1:02d}" if m1 else g["y1"], m.start(), m.end(), pid)
    put("enrolment_end", f"{g['y2']}-{m2:02d}" if m2 else g["y2"], m.start(), m.end(), pid)


def _institution(rules: _Rules, text: str, put: Any) -> None:
    for m in _anchored(rules.institution, text, text, rules.institution_anchors, back=120, ahead=150):
        if not rules.institution_before.search(text[max(0, m.start() - 12):m.start()]):
            continue
        name = m.group(0).strip()
        # "at Riverside Cancer Institute, Riverside University School of Medicine": one institution in two parts.
        sep = RX.COMMA_GAP.match(text[m.end():m.end() + 4])
        nxt = rules.institution.match(text, m.end() + sep.end()) if sep else None
        end = m.end()
        if nxt:
            name, end = f"{name}, {nxt.group(0).strip()}", nxt.end()
        name = RX.TRAILING_SMALL_WORD.sub("", " ".join(name.split()))
        if len(name.split()) < 2:
            continue
        put("institution", name, m.start(), end, "study.institution")
        lo, hi = _sentence_around(text, m.start(), end)
        c = rules.countries.search(text, m.start(), hi)
        if c:
            put("country", rules.country_of[c.group(0)], c.start(), c.end(), "study.country")
        return


def _country(rules: _Rules, text: str, head: int, put: Any) -> None:
    for c in rules.country_names.finditer(text, 0, head):
        if rules.country_before.search(text[max(0, c.start() - 50):c.start()]):
            put("country", rules.country_of[c.group(0)], c.start(), c.end(), "study.country.in")
            return


def _population(rules: _Rules, text: str, n_span: tuple[int, int], head: int, put: Any) -> None:
    """"patients with <phrase>" in the sentence that counts them, else the first in the abstract."""
    lo, hi = _sentence_around(text, *n_span)
    m = rules.population.search(text, n_span[0], hi) if n_span[1] else None
    if m is None:
        m = rules.population.search(text, 0, head)
    if m is None:
        return
    phrase = m.group("p")
    stop = rules.population_stop.search(phrase)
    if stop:
        phrase = phrase[:stop.start()]
    phrase = " ".join(phrase.split()).strip(" ,")
    if len(phrase.split()) >= 2:
        put("population", phrase, m.start("p"), m.start("p") + len(m.group("p")), "study.population")
