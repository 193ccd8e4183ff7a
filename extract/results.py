"""Turn one sentence's mentions into outcome results: which number is which endpoint, when, for whom.

Each construction is a rule with an id (recorded on every row as ``pattern_id``):

- ``result.list``: endpoints and values listed in parallel ("The 5-year PCR, PFS, and OS were
  91.2%, 55.0%, and 61.7%, respectively"; "the 1-, 2-, and 5-year OS were a, b and c").
- ``result.compare``: values in pairs around vs/versus, one row per group, the shared p value and
  the other group as comparator ("40.1% vs 55.2% (p=0.04)").
- ``result.groups``: one endpoint, one value per named group ("in groups A and B were x and y").
- ``result.median``: medians in months ("median DFS and OS were 11 and 27 months").
- ``result.ratio``: hazard / odds ratios with their CI and p ("HR 0.72, 95% CI 0.60-0.86").
- ``result.count``: "N (x%) patients ... endpoint" and "N of M patients achieved CR": a count and,
  when given, its percentage.
- ``result.grade``: toxicity by grade ("grade 3 or higher toxicity in 11.5%").

A rule fires only when the numbers line up with what they describe; a sentence whose counts do
not agree yields nothing rather than a guess.
"""

from __future__ import annotations

import inspect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import Any, Optional

from oncoev.extract import lexicon
from oncoev.extract.continuous import continuous_results
from oncoev.extract.denominators import RX as DENOMINATORS_RX
from oncoev.extract.denominators import share_fits
from oncoev.extract.endpoint_codes import codes_with
from oncoev.extract.findings import (
    ADVERSE_EVENT_CODES,
    COUNTED,
    CURVES,
    DEATH_EVENTS,
    DISEASE_CONTROL,
    EVENTS_OF_CURVE,
    EVERY_GROUP_LABEL,
    MAIN_EVENT_WORDS,
    RECURRENCE_CURVES,
    RESPONSE_CATEGORIES,
    SAID_OF_SYMPTOMS,
    SUMMED_RESPONSES,
    Found,
    GroupRef,
    count_fields,
)
from oncoev.extract.findings import Combo as _Combo
from oncoev.extract.findings import fields_for as _fields
from oncoev.extract.group_results import (
    AFTER as GROUP_AFTER_VALUE,
)
from oncoev.extract.group_results import RX as GROUP_RESULTS_RX
from oncoev.extract.group_results import (
    after_pairs,
    compared_just_before,
    coordinated,
    group_ref,
    group_results,
    of_another_source,
    opens_the_sentence,
    ratio_groups,
    said_of_the_whole_population,
    scope_group,
    than_no_group,
    unnamed_item_between,
)
from oncoev.extract.groups import RX as GROUPS_RX
from oncoev.extract.groups import GroupIndex
from oncoev.extract.lazy_regex import Regex, lazy_regex
from oncoev.extract.lexicon import parse_count, phrases
from oncoev.extract.mentions import (
    FREE_FROM_CODES,
    MONTHS_PER,
    RATIO_KINDS,
    Endpoint,
    Ratio,
    Sentence,
    Times,
    Value,
    add_aliases,
    bracket_depths,
    code_of,
    count_start,
    cues,
    in_months,
    scan,
    toxicity_terms,
)
from oncoev.extract.mentions import RX as MENTIONS_RX
from oncoev.extract.qualifiers import RESPONSES, qualify
from oncoev.extract.qualifiers import RX as QUALIFIERS_RX
from oncoev.extract.rules import regexes

RX = regexes("results")  # patterns/regex/results.yaml: the regular expressions of this module

RESPONSE_CODES = codes_with("response")  # (patterns/endpoint_codes.yaml, as the other sets of codes here)
GRADED_BEFORE = codes_with("graded_before")
COUNTED_BY_NAME = codes_with("counted_by_name")
# Everything counted in patients (responses, events, toxicities, treatment given): group_results keeps the list.
COUNTED_CODES = RESPONSE_CODES | COUNTED


@dataclass
class SentenceResults:
    found: list[Found] = field(default_factory=list)
    sentence: Optional[Sentence] = None


def _said_at_another_time(s: Sentence, t: Times) -> Optional[Endpoint]:
    """The rate at one time point said just before ``t`` ("The 1-year OS was 80% and the 5-year 64%"): the curve
    whose rate follows ``t`` with its name left out, or None."""
    timed = [e for e in s.endpoints if e.end <= t.start and len(e.times) == 1 and not (e.median or e.mean)]
    if not timed or timed[-1].times == list(t.months):
        return None
    values = [v for v in s.values if timed[-1].end <= v.start and v.end <= t.start]
    if len(values) != 1 or values[0].unit != "%" or not RX.NEXT_TIME_JOIN.fullmatch(s.text, values[0].end, t.start):
        return None
    return timed[-1]


def _grade_chars(s: Sentence, start: int, end: int) -> int:
    """How much of ``start:end`` the grades said there take: "the 3-year cumulative incidence of grade 2 or worse late
    toxicity" is as near its time point as "the 3-year cumulative incidence of late toxicity" (a grade qualifies the
    outcome, it puts no distance between the time and what it is of)."""
    return sum(g_end - g_start for _, g_start, g_end in s.grades if start <= g_start and g_end <= end)


def _attach_times(s: Sentence) -> None:
    """Give each endpoint the time points that govern it.

    A time written before endpoints ("the 5-year PFS and OS") covers the endpoints after it up to
    the first value; one written after ("LC at 1, 2 and 5 years") covers the endpoints before it.
    """
    for t in s.times:
        # "disease-free 1-, 3- and 5-year survival": a time said inside the endpoint's name is its own
        inside = [e for e in s.endpoints if e.start < t.start and t.end <= e.end and not e.times]
        if inside:
            inside[0].times = list(t.months)
            continue
        # "41 patients were alive at 2 years, and 23 were alive at 5 years", "20 survived 5 years or more": a time
        # straight after a state is that state's (not the next state's, named after it before its own time)
        state = [e for e in s.endpoints if e.state and not e.times and e.end <= t.start
                 and RX.STATE_TO_TIME.fullmatch(s.text, e.end, t.start)]
        if state:
            state[-1].times = list(t.months)
            continue
        # the endpoints after the time up to the first value after it ("median OS was 12 months, and 2- and
        # 5-year survival rates were 40% and 20%": the time is the rates', not the median's)
        trailing = RX.TRAILING_TIME.match(s.text, t.start) \
            or RX.TIME_PREPOSITION_AT_END.search(s.text[max(0, t.start - 12):t.start])
        first_value = min((v.start for v in s.values if v.unit and (v.start >= t.end or trailing)),
                          default=len(s.text))
        after = [e for e in s.endpoints if e.start >= t.end and e.start < first_value and not e.times]
        following_time = [u.start for u in s.times if u.start > t.start]
        limit = min(following_time, default=len(s.text))
        after = [e for e in after if e.start < limit]
        if after and after[0].start - t.end - _grade_chars(s, t.end, after[0].start) <= 40:
            # (a response later in the list is a best response, of no time: "the 2-year PFS, disease control rate and
            # median OS were ..."; said first, the time is its own: "the 12-week disease control rate")
            for e in after:
                if e is after[0] or e.code not in RESPONSE_CODES:
                    e.times = list(t.months)
            continue
        before = [e for e in s.endpoints if e.end <= t.start and not e.times and t.start - e.end <= 60]
        if before and (before[-1].median or before[-1].mean) and RX.ELIDED_RATE.match(s.text, t.end) and any(
                v.unit and before[-1].end <= v.start < t.start for v in s.values):
            # "Median OS was 41 months; 1-year, 92%; 3-year, 60%": after the median's value, a time with a rate and
            # no name is the same curve's rate at that time (the median keeps no time point)
            s.endpoints.append(Endpoint(before[-1].code, t.start, t.end, times=list(t.months), site=before[-1].site))
            s.endpoints.sort(key=lambda e: e.start)
            continue
        said = _said_at_another_time(s, t) if not before and RX.ELIDED_RATE.match(s.text, t.end) else None
        if said is not None:
            # "The 1-year local failure rate was 4% and the 2-year 9%": the same curve's rate at the next time, its
            # name said once
            s.endpoints.append(Endpoint(said.code, t.start, t.end, times=list(t.months), site=said.site,
                                        grade=said.grade, category=said.category))
            s.endpoints.sort(key=lambda e: e.start)
            continue
        if before:
            # The endpoints in the coordinated list just before the time: the last one and those
            # joined to it by commas/"and".
            # ("overall- and cancer-specific survival": the hyphen of the name said once)
            chain = _chain_back(before, s.text, RX.OUTCOMES_JOIN)
            for e in chain:
                e.times = list(t.months)
    _parallel_times(s)


def _median_and_times(s: Sentence) -> None:
    """'Median and 1-year survival were 11.2 months and 46%': the median of the outcome, named once for both, as an
    endpoint of its own before the timed one (in place)."""
    for i, e in reversed(list(enumerate(s.endpoints))):
        if not e.times or e.code not in MEDIAN_CODES:
            continue
        m = RX.MEDIAN_AND.search(s.masked, max(0, e.start - 40), e.start)
        if m and not any(o.start < e.start and o.end > m.start() for o in s.endpoints if o is not e):
            e.median = False  # (the scan gave the timed one the "median" before it)
            s.endpoints.insert(i, Endpoint(e.code, m.start("m"), m.end("m"), median=True, site=e.site))


def _parallel_times(s: Sentence) -> None:
    """"CSS rates at 1 and 2 years were 90% and 76%, while OS rates were 85% and 70%, respectively": a curve's rates
    named without times, in a clause after one whose curve has k times and k rates, have the same times when they
    are k rates too (not two groups' values: those a group rule reads)."""
    if not s.respectively:
        return
    for e in s.endpoints:
        if e.times or e.code not in TIME_TO_EVENT or e.median:
            continue
        timed = [o for o in s.endpoints if len(o.times) >= 2 and o.end <= e.start]
        if len(timed) != 1:
            continue
        first = timed[0]
        k = len(first.times)
        values_of = [[v for v in s.values if v.unit == "%" and a.end <= v.start < b]
                     for a, b in ((first, e.start), (e, min((o.start for o in s.endpoints if o.start > e.end),
                                                             default=len(s.text))))]
        # (no time of its own said between the first clause's values and this curve)
        if all(len(vs) == k for vs in values_of) and not any(
                values_of[0][-1].end < t.start < e.start for t in s.times):
            e.times = list(first.times)


TIME_TO_EVENT = codes_with("rate_at_time")
# A curve whose events an analysis counts ("after 200 PFS events"), no rate of its own
EVENTS_OF_AN_ANALYSIS = codes_with("analysis_events")
# An outcome whose value in months, with no time and no "median", is its median ("OS (10.6 vs 5.3 months)")
MEDIAN_IN_MONTHS = codes_with("months_are_median")
MEDIAN_CODES = codes_with("has_median")


def _spread_median(s: Sentence) -> None:
    """'median overall survival (OS) and progression-free survival (PFS) were ...': 'median' covers the list; and an
    outcome whose bracket opens with "median" is given as its median."""
    for e in s.endpoints:
        if not (e.median or e.mean or e.state) and RX.MEDIAN_IN_BRACKET.match(s.text, e.end):
            e.median = True
    for a, b in zip(s.endpoints, s.endpoints[1:], strict=False):
        if (a.median or a.mean) and RX.MEDIAN_LIST.fullmatch(s.text[a.end:b.start]):
            b.median, b.mean = a.median, a.mean


def _unit_after_the_name(s: Sentence) -> None:
    """Bare values after a median named with its unit in a bracket ("Median OS (months) was ...") are in that unit,
    up to the sentence's next outcome."""
    for i, e in enumerate(s.endpoints):
        m = RX.UNIT_AFTER_NAME.match(s.text, e.end)
        if m is None or not (e.median or e.mean):
            continue
        until = s.endpoints[i + 1].start if i + 1 < len(s.endpoints) else len(s.text)
        unit = {"w": "weeks", "y": "years"}.get(m.group("unit")[0].lower(), "months")
        for v in s.values:
            if m.end() <= v.start < until and v.unit is None and v.count is None and not v.op:
                in_months(v, unit)


def _inherit_single_time(s: Sentence) -> None:
    """'The 3-year PCR was 88%, and the DFS and OS rates were 52% and 64%': one time point
    written once covers the other survival rates of the sentence."""
    spans = {tuple(t.months) for t in s.times}
    if len(spans) != 1 or len(s.times[0].months) != 1:
        return
    if all(RX.VALUE_BEFORE_ITS_TIME.search(s.text, max(0, t.start - 12), t.start)
           and not RX.TRAILING_TIME.match(s.text, t.start) for t in s.times):
        return  # "an 81% local control rate and a 31% 3-year survival rate": the time of the one item it is written in
    # ("At 1 year, local control was 97% and nodal failure 7%": a time said before every outcome of the sentence is
    # the failures' too, which otherwise are crude shares with no time)
    # ("At 6 months there were three deaths (10%) in A and seven (21%) in B": a time that opens the sentence is
    # every count of events' after it, the deaths' too)
    first = min((e.start for e in s.endpoints), default=-1)
    fronted = first >= 0 and all(t.end <= first and (
        RX.AT_A_TIME_BEFORE.search(s.text, max(0, t.start - 12), t.start) or RX.AT_A_TIME.match(s.text, t.start))
        and ("," in s.text[t.end:first] or RX.OPENING_TIME.match(s.text, 0, t.start)) for t in s.times)
    for e in s.endpoints:
        if not e.times and not e.median and not e.mean and (
                e.code in MEDIAN_CODES or (fronted and (e.code.startswith("FAIL_") or e.code == "DEATH"))):
            e.times = list(s.times[0].months)


def _probabilities_as_percent(s: Sentence) -> None:
    """'Event-free survival at 4 years was 0.83', 'the probability of overall survival at 5 years was 0.91 (95% CI
    0.86-0.95)': a curve's rate at a time point written as a probability is that percentage (in place), where no
    percentage, median or mean is said in the sentence and the fraction follows the timed curve."""
    timed = [e for e in s.endpoints if e.times and e.code in CURVES]
    if not timed or any(e.median or e.mean for e in s.endpoints):
        return  # (first: most sentences name no timed curve, and the metric's pattern is the dearer test; speed)
    if any(v.unit == "%" for v in s.values) or "%" in s.masked or RX.MODEL_METRIC.search(s.text):
        return
    for v in s.values:
        named = [e for e in timed if e.end <= v.start]
        if v.unit is None and v.count is None and not v.op and 0 < v.value < 1 and named \
                and RX.TO_ITS_FRACTION.fullmatch(s.text, named[-1].end, v.start) \
                and RX.FRACTION.fullmatch(s.text, v.start, v.end) \
                and not RX.SPREAD_BEFORE.search(s.text, max(0, v.start - 25), v.start):
            v.value, v.unit = round(v.value * 100, 6), "%"
            if v.ci is not None and v.ci[1] is not None and v.ci[1] < 1:
                v.ci = (round(v.ci[0] * 100, 6), round(v.ci[1] * 100, 6))


def _inherit_previous_times(s: Sentence, previous: Optional[Sentence]) -> None:
    if previous is None or s.times:
        return
    lists = [e.times for e in previous.endpoints if len(e.times) > 1]
    codes = {e.code for e in previous.endpoints if len(e.times) > 1}
    if not lists:
        _corresponding_single_time(s, previous)
    if len(lists) != 1:
        return
    for e in s.endpoints:
        # ("The corresponding cancer-specific survival was 60% and 32%": another curve, at the same times)
        if not e.times and not e.median and (e.code in codes or (
                e.code in CURVES and RX.CORRESPONDING.search(s.text[max(0, e.start - 40):e.start]))):
            e.times = list(lists[0])


def _corresponding_single_time(s: Sentence, previous: Sentence) -> None:
    """'The 4-year DFS was 66%. The corresponding rate for overall survival was 79%.': a curve's rate named as the
    figure corresponding to the sentence before, whose rates were all at one time point, is at that time point (not
    "Among women older than 70, overall survival was 79%": no word says it is the same measure)."""
    times = {tuple(e.times) for e in previous.endpoints if e.times}
    if len(times) != 1:
        return
    for e in s.endpoints:
        if not e.times and not e.median and not e.mean and e.code in CURVES and \
                RX.CORRESPONDING_FIGURE.search(s.text, max(0, e.start - 60), e.start):
            e.times = list(next(iter(times)))


def _combos(endpoints: list[Endpoint]) -> list[_Combo]:
    out = []
    for e in endpoints:
        measure = "median" if e.median else "mean" if e.mean else "rate"
        if measure == "median" and (e.code not in MEDIAN_CODES or e.times):
            # "median survival of patients with a pCR": the median is the survival's, not the response's;
            # "median OS and 2-year survival rates": a survival at a time point is a rate whatever came before
            measure = "rate"
        if e.times and measure == "rate":
            out.extend(_Combo(e, m, measure) for m in e.times)
        else:
            out.append(_Combo(e, None, measure))
    return out


def _unique_endpoints(endpoints: list[Endpoint], text: str) -> list[Endpoint]:
    """'overall survival (OS)': the abbreviation repeating the name is one mention (not two events of one code
    listed side by side: "pneumonitis, fatigue and rash"; nor two outcomes of one code listed: "the LC, LRC, DFS and
    OS rates were a, b, c and d")."""
    out: list[Endpoint] = []
    for e in endpoints:
        between = text[out[-1].end:e.start] if out else ""
        if out and out[-1].code == e.code and e.start - out[-1].end <= 3 and out[-1].category == e.category \
                and "," not in between:
            out[-1].end = e.end
            continue
        if out and out[-1].code == e.code and out[-1].category == e.category and e.abbreviation \
                and RX.NAME_THEN_SHORT.fullmatch(between):
            # "median survival time (MST)": the name's last words, then its short name in a bracket (the name's span
            # stays: the words after it read as they did without the short name)
            out[-1].median = out[-1].median or e.median
            continue
        out.append(e)
    return out


def _p_after(s: Sentence, pos: int, limit: int) -> tuple[Optional[float], Optional[str]]:
    for p in s.pvalues:
        if pos <= p.start < limit:
            return p.value, p.op
    return None, None


def _groups(s: Sentence, region: tuple[int, int] | None = None) -> tuple[Optional[GroupRef], Optional[GroupRef]]:
    """The two compared groups of a sentence, when it names them."""
    text = s.text
    c = cues()
    fronted = RX.FRONTED_COMPARED_ASIDE.search(text)
    if fronted:
        people = fronted.group("people").lower()
        return (GroupRef(_clean(f"{people} {fronted.group('a')}")), GroupRef(_clean(f"{people} {fronted.group('b')}")))
    levels = RX.TWO_LEVELS_ONE_TRAIT.search(text)
    if levels and levels.group("a").lower() != levels.group("b").lower() and \
            not any(levels.start() < e.end and e.start < levels.end() for e in s.endpoints):
        people = "patients" if levels.group("people").lower() == "those" else levels.group("people")
        trait = levels.group("trait")
        return (GroupRef(_clean(f"{people} with {levels.group('a')} {trait}")),
                GroupRef(_clean(f"{people} with {levels.group('b')} {trait}")))
    both = RX.GROUPS_WITH_AND_WITHOUT.search(text)
    if both and not any(both.start("people") < e.end and e.start < both.end() for e in s.endpoints):
        # "between patients with and without nodal disease (88% vs 85%)": those with it first
        people, trait = both.group("people"), both.group("trait")
        return GroupRef(_clean(f"{people} with {trait}")), GroupRef(_clean(f"{people} without {trait}"))
    m = c["groups_parenthesis"].search(text)
    if m and not RX.PERCENT_VALUE.search(m.group(0)) and all(
            _names_a_group(m.group(k)) for k in ("a", "b")) and not any(
            m.start("a") < e.end and e.start < m.end("b") for e in s.endpoints):
        # "(median OS 11.2 months versus 9.8 months)": an outcome inside the bracket makes its sides values, not groups
        return GroupRef(_clean(m.group("a"))), GroupRef(_clean(m.group("b")))
    m = c["groups_before"].search(text)
    if m and (RX.A_VALUE_FIRST.match(m.group("a")) or RX.A_VALUE_FIRST.match(m.group("b"))):
        m = None  # "a median OS of 41 months versus 19 months for those who did not": the values, no groups' names
    if m:
        a, b = _clean(m.group("a")), _clean(m.group("b"))
        # "of patients with small tumours and patients with large tumours": the first is patients with them too
        who = RX.PATIENTS_WITH_START.match(b)
        if who and RX.PATIENTS_WITH_AT_END.search(text[:m.start("a")]):
            a = who.group(0) + a
        shared = RX.WORDS_BEFORE_A_BOUND.match(a)
        if shared and RX.BOUND_SIGN.match(b):
            b = shared.group(0) + b  # "for tumour diameter ≤3 cm vs >3 cm": the measure said once
        if RX.WHO_OR_VERB_ONLY.fullmatch(b):
            # "between patients who were treated with A and those who were not": the second is the first's
            # negation; a bare "who" is no group's name
            if not RX.NEGATED_AFTER.match(text, m.start("b")):
                return None, None
            b = complement(a)
        return GroupRef(a), GroupRef(b)
    m = c["groups_compared"].search(text)
    if m:
        # "compared with those who had B": the patients who had B
        b = RX.THOSE_AT_START.sub("patients", m.group("b"))
        a, n = m.group("a"), m.group("n")
        if n and not re.match(_NOT_A_SCHEDULE, text[m.end("n"):].lstrip()):
            a, n = text[m.start("n"):m.end("a")], None  # "the 10 × 3-Gy arm": a schedule's number, no count
        return GroupRef(_clean(a), int(n) if n else None), GroupRef(_clean(b))
    letters = []
    for m in c["group_letters"].finditer(text):
        word = m.group(0).split()[0].rstrip("s").lower()
        for key in ("a", "b"):
            if m.group(key) and m.group(key) not in [x[1] for x in letters]:
                letters.append((word, m.group(key)))
    if len(letters) == 2:
        return (GroupRef(f"{letters[0][0]} {letters[0][1]}".capitalize()),
                GroupRef(f"{letters[1][0]} {letters[1][1]}".capitalize()))
    m = c["than_group"].search(text)
    if m:
        second = _with_n(_clean(m.group("b")))
        size = RX.SIZE_ASIDE_AFTER.match(text, m.end("b"))
        if size and second.n is None:  # "than that of those with Y (n = 85)"
            second = GroupRef(second.label, int(size.group("size")))
        first = _subject_group(text[: m.start()])
        if first is OVER_OUTCOME:
            return None, None
        if first is None:
            # "(40% vs 25%) were higher in the A arm than in the B arm": the first group is the one compared
            head = RX.COMPARED_IN.search(text, 0, m.start()) or RX.PATIENTS_BEFORE_THAN.search(text, 0, m.start())
            first = GroupRef(_clean(head.group("a"))) if head else None
        if first is not None:
            if RX.THE_OTHERS.fullmatch(second.label):  # "... than in those without (22% vs 9%)"
                second = GroupRef(_other_side(first.label, second.label))
            return first, second
    for lead in RX.PREPOSITION.finditer(text):
        # "pneumonitis was higher with A versus B (19 of 199 [10%] v 24 of 716 [3%])": neither name an outcome's (the
        # preposition may come after one: "control in T1 vs T2 tumours (", not "in local control in T1 ...")
        m = c["groups_versus_bracket"].match(text, lead.start())
        if m and not any(e.start < m.end() and m.start("a") < e.end for e in s.endpoints):
            a, b = _clean(m.group("a")), _clean(m.group("b"))
            head, _, tail = b.partition(" ")
            if RX.SHORT_CODE.fullmatch(a) and RX.SHORT_CODE.fullmatch(head) and tail:
                a = f"{a} {tail}"  # "T1 vs T2 tumours": the T1 tumours
            return GroupRef(a), GroupRef(b)
    named = RX.GROUP_NOUNS_PAIR.search(text)
    if named and not any(named.start() < e.end and e.start < named.end() for e in s.endpoints) and \
            _scope(text) is None:  # ("In patients receiving X, ... in the A group compared with the B
        # group (a vs b)": the groups' values within those patients, which no row here names)
        # "rash (41% vs 12%) and diarrhoea (22% vs 9%) were more frequent in the A group compared with the B group":
        # two groups each named with its group noun, anywhere in the sentence
        return GroupRef(_clean(named.group("a") + " " + named.group("noun"))), \
            GroupRef(_clean(named.group("b") + " " + named.group("noun2")))
    return None, None


def _names_a_group(label: str) -> bool:
    """'≤15 mm', 'arm A', '10 mg' name groups; '10.1 months', 'median 40.1', '21/84' are the values themselves."""
    return not RX.VALUE_SIDE.match(label)


# After a number, what makes it a schedule's, not a count of patients: "the 10 × 3 Gy arm"
_NOT_A_SCHEDULE = r"(?![x×]\s*\d)"


def _with_n(label: str) -> GroupRef:
    m = re.match(r"(?:the\s+)?(\d+)\s+" + _NOT_A_SCHEDULE + r"(.*)", label)
    if m:
        return GroupRef(_clean(m.group(2)), int(m.group(1)))
    return GroupRef(label)


_SIZE_ASIDE = rf"(?:{RX._SIZE_IN_BRACKET})?"


def _subject_group(text: str) -> Optional[GroupRef]:
    """The group at the start of '..., the 21 patients who achieved CR had better OS than ...'."""
    m = re.search(r"(?:^|[,;:]\s*|\b(?:of|for|in)\s+)(?:the\s+|those\s+)?(?P<n>\d+\s+" + _NOT_A_SCHEDULE + r")?"
                  r"(?P<label>patients\s+(?:who|with|receiving|given|treated\s+with)\s+[^,;()]{3,60}?"
                  r"|[^,;()]{2,50}?\s+patients)" + _SIZE_ASIDE + r"\s+(?:had|have|showed|was|were)\b", text, re.I)
    if not m:
        m = re.match(r"\s*(?:the\s+)?(?P<n>\d+\s+" + _NOT_A_SCHEDULE + r")?(?P<label>[A-Z][^,;()]{2,60}?)"
                     + _SIZE_ASIDE + r"\s+(?:had|have|showed|achieved)\b", text)
    if not m:
        m = re.search(r"\b(?:rates?|survival|times?)\s+(?:of|for|in|with|among)\s+(?:the\s+)?"
                      r"(?P<n>\d+\s+" + _NOT_A_SCHEDULE + r")?(?P<label>[^,;()]{2,60}?)" + _SIZE_ASIDE +
                      r"\s+(?:was|were)\b", text, re.I)
    if not m:
        return None
    if RX.WHOLE_STUDY_SUBJECT.fullmatch(m.group("label").strip()):
        # "The intent-to-treat analysis showed better survival (a vs b)": the study of all its patients, no group of
        # its own; the pair is the arms', as after "It showed"
        return None
    if RX.NOT_PEOPLE.search(m.group("label")):
        # "A subgroup analysis of X patients showed ... (a vs b)": an analysis, not the patients it is of; whose the
        # values are, no words here say
        return OVER_OUTCOME
    n = int(m.group("n")) if m.group("n") else int(m.group("size")) if m.group("size") else None
    # "Patients receiving A were more likely to have": the subject ends at its verb
    # ("Significantly more A-treated patients had ... (a vs b)": how many is no part of the group's name; "More
    # patients had ..." names none)
    label = RX.SUBJECT_QUANTIFIER.sub("", m.group("label"))
    if RX.PATIENTS_ONLY.fullmatch(label):
        return OVER_OUTCOME
    if RX.PATIENTS_GIVEN_START.match(label):
        label = RX.WERE_OR_WAS.split(label, maxsplit=1)[0]
    return GroupRef(_clean(label), n)


def _named_subject(s: Sentence, before: int) -> Optional[GroupRef]:
    """``_subject_group`` of the words before ``before``, unless they run over an outcome's name ("median survival
    for 110 patients was ...": no group the rule can name; ``OVER_OUTCOME``)."""
    g = _subject_group(s.text[:before])
    at = s.text.find(g.label) if g is not None and g.label else -1
    if at >= 0 and any(at <= e.start < at + len(g.label) for e in s.endpoints):
        # ("The rate of adverse events was a vs b": the words are the outcome's own name and nothing more, no
        # subject at all)
        if any(e.start <= at and at + len(g.label) <= e.end for e in s.endpoints):
            return None
        return OVER_OUTCOME
    return g


OVER_OUTCOME = GroupRef("")  # a subject that runs over an outcome's name: no group


def _pair_within_the_subject(s: Sentence, subject: GroupRef, before: int) -> bool:
    """A pair after a subject that is a count of patients ("137 patients had died ... (41 versus 21 months)"), or
    that the clause compares within the subject ("patients with X had better survival from T (a vs b)"): neither
    the subject nor its complement is either value's group."""
    if RX.NUMBER_AND_A_WORD.fullmatch(subject.label.strip()):
        return True
    at = s.text.rfind(subject.label, 0, before)
    return at >= 0 and RX.WITHIN_SUBJECT.search(s.text, at + len(subject.label), before) is not None


def _clean(label: str) -> str:
    # "Multivariate analysis showed that the number of lesions": the group is what follows "that".
    label = RX.UP_TO_THE_VERB.sub("", label.strip())
    label = label.strip()
    while True:
        shorter = RX.LEAD_WORD_AT_START.sub("", label)
        if shorter == label:
            break
        label = shorter
    # "85% in the B groups": the plural head is shared with the group named before ("in the A and ...")
    if not RX.QUANTIFIER_START.match(label):
        label = RX.PLURAL_GROUP_NOUN_END.sub(r"\1", label.strip(" ,.;:"))
    label = RX.SPACES.sub(" ", label).strip(" ,.;:")
    # "than in those with nodal disease": the patients with it, not "with nodal disease"; "those treated with A": the
    # patients treated with it
    return f"patients {label}" if RX.QUALIFIER_START.match(label) else label


# A part of the patients named beside the arms ("... for B in patients with X (HR r)", "...; the corresponding values
# in the X-high population were a and b (HR r)", "greater with A than with B in patients with X-high disease (a vs
# b)", "The benefit of A in women younger than 50 was ... (HR r)"): each rule finds the part's phrase its own way;
# the three below tell the phrase from a group's name and settle the values said of the part, for all of them.


def _parts_named(s: Sentence, found: Sequence[Optional[re.Match]], mentions: list,
                 marked: bool = False) -> list[re.Match]:
    """The phrases a rule ``found`` that name a part of the patients, not one of the paper's groups: at the sentence's
    top level, over no mention of a group and, when ``marked``, with a level, a mutation, an age or a histology in
    their label ("patients with X-high disease", "women younger than 50"), which a group's name has not."""
    return [m for m in found if m is not None and s.depths[min(m.start(), len(s.depths) - 1)] == 0
            and not any(x.start < m.end() and x.end > m.start() for x in mentions)
            and (not marked or RX.PART_LEVEL_WORD.search(m.group("label")) is not None)]


def _figures_said_again(s: Sentence, start: int, end: int) -> Optional[re.Match]:
    """The last clause between ``start`` and ``end`` that says the measures before it again of a part of the patients
    ("the respective figures for women were", ``FIGURES_SAID_AGAIN``); None for none, or for one of an outcome ("the
    corresponding figures for overall survival were": the same groups' other measure)."""
    said = list(RX.FIGURES_SAID_AGAIN.finditer(s.text, start, end))
    if not said or any(said[-1].start("label") <= e.start < said[-1].end("label") for e in s.endpoints):
        return None
    return said[-1]


def _kept_within_a_part(f: Found, part: Optional[GroupRef]) -> bool:
    """Whether a value said of the arms within a part of the patients stays, once settled: a ratio is the part's (a
    cohort of its own, against none) when the part has a name to give it, ``part``; any other value is each arm's
    within the part, which no row here names, never the arm's own."""
    if part is None or f.fields.get("measure") not in RATIOS:
        return False
    f.group, f.comparator = part, None
    return True


def _part_in_the_subject(s: Sentence, f: Found, mentions: list) -> Optional[GroupRef]:
    """The part of the patients the clause of ``f``'s value names in its subject, before the brackets the value is
    in ("Superiority of A in patients with a high marker level (...) was not shown (HR ...)"), when a level, a
    mutation, an age or a histology marks it and no group the paper compares is named in it; None otherwise."""
    # (where the outermost bracket holding the value opens: the subject is before it)
    outer = min(_value_start(s, f), len(s.depths) - 1)
    while outer > 0 and s.depths[outer] > 0:
        outer -= 1
    clause = max((i for i in range(outer) if s.text[i] == ";" and s.depths[i] == 0), default=-1) + 1
    parts = _parts_named(s, list(RX.PART_IN_THE_SUBJECT.finditer(s.text, clause, outer + 1)), mentions, marked=True)
    return GroupRef(_clean(parts[-1].group("label"))) if parts else None


def _values_of_a_part_in_the_subject(s: Sentence, found: list[Found], mentions: list) -> list[Found]:
    """The rows left once the values of a part named in the clause's subject are settled (``_kept_within_a_part``):
    its ratio that no rule gave a group is that part's; a pair of values no words gave a group is each arm's within
    the part. (A lone value is left as read: "in 40 patients with X-mutant disease" may name every patient of a
    study.)"""
    return [f for f in found if not (
        ((f.group is None and f.fields.get("measure") in RATIOS)
         or (f.group is not None and f.group.unnamed in (0, 1) and f.group.key is None))
        and (part := _part_in_the_subject(s, f, mentions)) is not None and not _kept_within_a_part(f, part))]


def _arm_value_of_a_part_named_after_the_arms(s: Sentence, f: Found, mentions: list) -> bool:
    """'ORR was greater with A than with B in patients with triple-negative disease (88% vs 70%)': whether ``f`` is
    an arm's value (not a ratio) in a bracket that a part of the patients, marked by a level, mutation, age or
    histology, is named right before, after the last arm named: each arm's value within that part
    (``_kept_within_a_part``)."""
    if f.group is None or f.comparator is None or f.fields.get("measure") in RATIOS:
        return False
    opening = _opening(s, _value_start(s, f))
    before = [m for m in mentions if m.end <= opening]
    if opening < 0 or not before:
        return False
    return bool(_parts_named(s, [RX.PART_AFTER_THE_ARMS.match(s.text, before[-1].end, opening)], mentions, marked=True))


def _population_after(s: Sentence, end: int) -> Optional[re.Match]:
    """The population named right after an outcome's name that ends at ``end`` ("Median OS among the patients in the
    X population was ...", ``POPULATION_AFTER_OUTCOME``), at the sentence's top level; None for none."""
    m = RX.POPULATION_AFTER_OUTCOME.match(s.text, end)
    return m if m is not None and s.depths[min(end, len(s.depths) - 1)] == 0 else None


def _the_trials_population(m: re.Match, groups: Optional[GroupIndex]) -> bool:
    """Whether a population so named is the trial's whole analysed one, whose values are the arms' own: a population
    (never a subgroup) named as the whole ("the intention-to-treat population", "the full analysis set") or the one
    the paper sizes its arms in (``GroupIndex.sizes_arms_in``), with no level, mutation, age or histology in its name
    ("the marker-high population" is a part of the patients)."""
    name = m.group("name")
    return m.group("whole") is not None and RX.PART_LEVEL_WORD.search(name) is None and (
        RX.WHOLE_POPULATION_NAME.match(name) is not None or (groups is not None and groups.sizes_arms_in(name)))


def _values_of_a_population_after_the_outcome(s: Sentence, found: list[Found],
                                              groups: Optional[GroupIndex]) -> list[Found]:
    """The rows left once the arms' values said of a population named right after their outcome ("Median OS among
    the patients in the X population was longer with A than with B (a vs b; HR r)", ``_population_after``) are
    settled: of the trial's own population (``_the_trials_population``) they stay the arms'; of any other, a part of
    the patients, its ratio is the part's and the arms' values there no row's (``_kept_within_a_part``)."""
    named = [m for e in s.endpoints if (m := _population_after(s, e.end)) is not None
             and not (groups is not None and groups.mentions(m.group("population")))]
    if not named:
        return found
    out = []
    for f in found:
        at = _value_start(s, f)
        m = next((p for p in reversed(named) if p.end() <= at and not _clause_break(s, p.end(), at)), None)
        arms = _of_an_arm(f.group, groups) or (f.group is None and f.fields.get("measure") in RATIOS)
        if m is None or not arms or _the_trials_population(m, groups) or \
                _kept_within_a_part(f, GroupRef(_clean(m.group("population")))):
            out.append(f)
    return out


def _subgroup_of_arms(s: Sentence, f: Found, mentions: list, analysed_only: bool = False) -> bool:
    """Whether a subgroup ("in Japanese patients", "among EGFR-mutant patients") is named before an arm's value;
    ``analysed_only``: only as what was analysed ("a subgroup analysis of X patients"; a pair may set a subgroup named
    otherwise against the rest: "in Japanese patients as in the overall population (20% vs 11%)")."""
    for rule in (RX.SUBGROUP_ANALYSED, RX.EXCLUDED_ANALYSED) if analysed_only else (RX.SUBGROUP_IN,
                                                                                    RX.SUBGROUP_ANALYSED,
                                                                              RX.EXCLUDED_ANALYSED):
        for m in rule.finditer(s.text, 0, f.value_at):
            if not any(x.start < m.end() and x.end > m.start() for x in mentions):
                return True
    return False


def _fewer_cycles_completed_dropped(s: Sentence, found: list[Found]) -> list[Found]:
    """The rows left once the completion of fewer cycles than another number the sentence says was completed is
    dropped ("36 completed 4 cycles, and 20 completed 6 cycles": the 36 did not complete the course)."""
    if "ompleted" not in s.text:
        return found
    said = [(int(m.group("n")), m.start()) for m in RX.CYCLES_COMPLETED.finditer(s.text)]
    most = max((n for n, _ in said), default=0)
    short = [at for n, at in said if n < most]
    return [f for f in found if not (f.fields.get("endpoint") == "TREATMENT_COMPLETION"
                                     and any(f.start <= at < f.end for at in short))]


def _arm_rows_of_a_trailing_subgroup_dropped(s: Sentence, found: list[Found], mentions: list) -> list[Found]:
    """The rows left once the arms' values the clause then says were measured in a subgroup are dropped ("Median
    survival was 11.2 months for A versus 8.1 months for B in patients with adenocarcinoma"): each arm's value within
    the subgroup, which no row here names; never the arm's own. The subgroup must end the clause: "... for patients
    who had surgery alone" names an arm, not patients within one."""
    arm_rows = [f for f in found if f.group is not None and f.group.key is not None]
    if not arm_rows or not mentions:
        return found
    cut: list[tuple[int, int]] = []  # (clause start, where the subgroup is named)
    for f in arm_rows:
        after = [m for m in mentions if m.start >= f.value_at and m.start - f.value_at <= 40]
        if not after:
            continue
        m = min(after, key=lambda x: x.start)
        trail = RX.TRAILING_SUBGROUP.match(s.text, m.end)
        if trail is None or any(x.start < trail.end() and x.end > trail.start() for x in mentions):
            continue
        end = RX.CLAUSE_END.search(s.text, trail.end())
        if any(trail.end() <= x.start < (end.start() if end else len(s.text)) for x in mentions):
            continue  # "in patients who received A" after it: the patients are an arm's
        opened = max([0, *(e.end() for e in RX.CLAUSE_END.finditer(s.text, 0, f.value_at))])
        cut.append((opened, trail.end()))
    return [f for f in found if not (f.group is not None and f.group.key is not None
                                     and any(a <= f.value_at < b for a, b in cut))]


def _in_an_aside(s: Sentence, e: Endpoint) -> bool:
    """Whether an endpoint lies in a bracket that says what events were, not their rate ("(7 cases of hypertension,
    one myocarditis)", "(hypertension)"); not a bracket with a share or a clause ("(hypertension 5% vs 1%)", "(two
    had grade 5 toxicity)")."""
    if e.start >= len(s.depths) or s.depths[e.start] == 0:
        return False
    opening = s.text.rfind("(", 0, e.start)
    closing = s.text.find(")", e.end)
    return opening >= 0 and closing >= 0 and not RX.ASIDE_WITH_VALUE.search(s.text, opening, closing)


def _value_span(s: Sentence, f: Found) -> Optional[tuple[int, int]]:
    """Where the row's number is in its sentence: where the rule read it, else the last number by the quote's end (the
    sentence's values a group rule took are no longer in ``s.values``; the text still says where)."""
    start = f.at
    if start is None:
        starts = [m.start() for m in RX.NUMBER_TEXT.finditer(s.text, 0, min(len(s.text), f.value_at + 1))]
        if not starts:
            return None
        start = starts[-1]
    number = RX.NUMBER_TEXT.match(s.text, start)
    return (start, number.end()) if number else None


def _value_end(s: Sentence, f: Found) -> int:
    """Where the row's number ends (``_value_span``), else its quote's end."""
    span = _value_span(s, f)
    return span[1] if span else f.end


def _unknown_event_between(s: Sentence, f: Found) -> bool:
    """Whether an event no endpoint names is counted ("the incidence of X") between the row's outcome and its value,
    or listed as the item the value is of ("toxicity was: drowsiness (2.5%), ...")."""
    span = _value_span(s, f)
    item = RX.ITEM_BEFORE_VALUE.search(s.text, f.start, span[0]) if span is not None and span[0] > f.start else None
    if item and not any(e.start < item.end("words") and item.start("words") < e.end for e in s.endpoints):
        return True
    for m in RX.UNKNOWN_EVENT_OF.finditer(s.text, f.start, f.value_at):
        if m.end() <= f.value_at and not any(e.start <= m.start("event") < e.end for e in s.endpoints) \
                and not any(g.start <= m.start("event") < g.end for g in s.values):
            return True
    return False


# Words that join a list's items or say whose they are: no event's name
ITEM_JOIN_WORDS = frozenset("and or respectively patients cases each both arms arm group groups with were was the of "
                            "in than".split())


def _unknown_term_before(s: Sentence, f: Found) -> bool:
    """'neutropenia (13%), diarrhoea (6%), acute coronary syndrome (4%)': whether an event no vocabulary knows is named
    between the row's event, its values, and the row's value (the value is that event's, not the last one known)."""
    span = _value_span(s, f)
    start = span[0] if span is not None else None
    category = f.fields["category"].lower()
    term_at = s.text.lower().rfind(category, 0, start) if start is not None else -1
    if term_at < 0:
        return False  # the term said in other words ("diarrhea" for "diarrhoea"): not known where
    between = list(RX.DECIMAL.finditer(s.text[term_at + len(category):start]))
    if not between:
        return False
    named = RX.ANOTHER_ITEM.fullmatch(s.text, term_at + len(category) + between[-1].end(), start)
    # ("... (16%) than in patients treated with B (6%": the other group's value of the same event)
    return named is not None and not RX.ITEM_GROUP_WORDS.search(named.group("words")) and \
        any(w.lower() not in ITEM_JOIN_WORDS for w in named.group("words").split())


def _grades_said_after_values(s: Sentence, rows: list[Found]) -> None:
    """'diarrhoea (339 [87%] of 390; 66 [17%] were grade 3)': the count and share before "were grade 3" are at that
    grade (in place)."""
    for f in rows:
        if f.fields.get("endpoint") != "TOX" or f.at is None:
            continue
        for g, a, _ in s.grades:
            if a > f.at and RX.VALUES_THEN_GRADE.fullmatch(s.text, f.at, a) and not RX.SEMICOLON.search(s.text[f.at:a]):
                f.fields["grade"] = g
                break


def _grades_of_the_kinds_named(s: Sentence) -> None:
    """Toxicity terms listed after "mainly", "specifically", "including" ... right after a graded generic event take
    its grade: "G3/4 adverse events, mainly oesophagitis (11%) and neutropenia (9%)" are grade 3-4 oesophagitis and
    neutropenia, never the terms at any grade."""
    for m in RX.KINDS_NAMED.finditer(s.text):
        heads = [e for e in s.endpoints if e.end <= m.start()]
        if not heads:
            continue
        head = heads[-1]
        grade = (head.grade or _grade_for(s, head)) if head.code == "TOX" else None
        if head.code != "TOX" or head.category is not None or grade is None or \
                m.start() - head.end > 160 or any(s.text[i] == ";" and s.depths[i] <= s.depths[head.start]
                                                  for i in range(head.end, m.start())) or \
                any(head.end <= g[1] < m.start() for g in s.grades) or \
                _new_events_after_contrast(s, head.end, m.start()):
            continue
        at = m.end()
        for e in [e for e in s.endpoints if e.start >= m.end()]:
            if e.code != "TOX" or not e.category or not RX.KINDS_BETWEEN.fullmatch(s.text, at, e.start) or \
                    any(at <= g[1] < e.start for g in s.grades):
                break
            if e.grade is None:
                e.grade = grade
            at = e.end


def _grade_for(s: Sentence, e: Endpoint) -> Optional[str]:
    # "adverse events of grade 3 or 4", "grade 3 adverse events": the grade written with the term
    own = [g for g in s.grades
           if (g[1] >= e.end and RX.GRADE_SCALE_LINK.fullmatch(s.text[e.end:g[1]]))
           or (g[2] <= e.start and RX.ONE_WORD_OR_NOTHING.fullmatch(s.text[g[2]:e.start]))
           # "grade 2 to 3 (WHO criteria) leukopenia": the system the grade is of, bracketed between
           or (g[2] <= e.start and RX.GRADING_SYSTEM_THEN_ONE_WORD.fullmatch(s.text[g[2]:e.start]))
           # "severe (grade 3-4) diarrhoea": the grade that says what "severe" is, in its bracket before the term
           or (g[2] <= e.start and RX.SEVERITY_OPEN.search(s.text, max(0, g[1] - 25), g[1])
               and RX.CLOSING_THEN_ONE_WORD.fullmatch(s.text[g[2]:e.start]))]
    if own:
        return own[0][0]
    # ("events, which were mostly grade 1 or 2": how severe most were, not which were counted)
    # ("nausea (120 [80%]; 15 [10%] were grade 3) and fatigue (...)": a grade said inside a bracket closed before the
    # term is of that bracket's values, not the term's)
    near = [g for g in s.grades if (abs(g[1] - e.start) <= 40 or abs(e.end - g[2]) <= 40)
            and not RX.MOSTLY_BEFORE.search(s.text, max(0, g[1] - 30), g[1])
            and not (s.depths[g[1]] > s.depths[e.start] and (
                g[2] <= e.start or RX.VALUES_THEN_GRADE.search(s.text, e.end, g[1])))
            # ("grade 3 toxicity was rare; fatigue occurred in 40%": a clause's grade, not the next clause's event)
            and not any(s.text[i] == ";" and s.depths[i] == 0
                        for i in range(min(g[2], e.end), max(g[1], e.start)))
            # ("neuropathy (4% v 0%), and alopecia (grade 1 or 2; 37% v 7%)": the grade of the event named between)
            and not (g[1] >= e.end and any(e.end <= o.start <= g[1] for o in s.endpoints if o is not e))
            # ("constipation (40%), but severe (grade 3 or higher) toxic effects were rare": a grade after a contrast
            # is its own clause's)
            and not (g[1] >= e.end and RX.CONTRAST_THEN.search(s.text, e.end, g[1]))]
    if near and _list_repeats_grades(s, e):
        return None  # a grade said near it is another item's, in a list that says each item's grade
    if not near:
        return _list_grade(s, e) or _chained_grade(s, e) or _joined_grade(s, e)
    return min(near, key=lambda g: min(abs(g[1] - e.start), abs(e.end - g[2])))[0]


def _chained_grade(s: Sentence, e: Endpoint) -> Optional[str]:
    """"grade 3 or 4 anaemia (14% v 3%), thrombocytopenia (21% v 6%), and fatigue (11% v 4%)": an event listed after
    graded events, each with its bracket, has their grade."""
    previous = [p for p in s.endpoints if p.code == "TOX" and p.end <= e.start]
    if not previous or e.code != "TOX":
        return None
    p = previous[-1]
    if RX.OWN_GRADE_WORDS.match(s.text, e.end):
        return None  # "rash (any grade; 40% vs 10%)": the event's own bracket says its grade
    if not (p.grade and RX.BRACKET_LINK.fullmatch(s.text, p.end, e.start)):
        return None
    # "grade 3/4 leukopenia (...), alopecia (...), and grade 3/4 mucositis (...)": where the list says the grade again
    # for a later item, an item it is not said for is of no grade the list names
    return None if _list_repeats_grades(s, e) else p.grade


def _joined_grade(s: Sentence, e: Endpoint) -> Optional[str]:
    """"grade 2 to 3 (WHO criteria) leukopenia and thrombocytopenia": an event joined by "and" or "or" alone to a
    graded event before it has its grade, however far the grade stands from it."""
    previous = [p for p in s.endpoints if p.code == "TOX" and p.end <= e.start]
    if e.code != "TOX" or not previous or RX.OWN_GRADE_WORDS.match(s.text, e.end):
        return None
    p = previous[-1]
    return p.grade if p.grade and RX.EVENTS_JOINED.fullmatch(s.text, p.end, e.start) else None


def _list_repeats_grades(s: Sentence, e: Endpoint) -> bool:
    """Whether ``e`` stands in a list of events, each with its bracket, that says a grade with two other items or more
    and none with ``e`` ("grade 3/4 leukopenia (...), alopecia (...), and grade 3/4 mucositis (...)")."""
    tox = [x for x in s.endpoints if x.code == "TOX"]
    if e not in tox:
        return False
    lo = hi = tox.index(e)
    while lo > 0 and RX.BRACKET_LINK.fullmatch(s.text, tox[lo - 1].end, tox[lo].start):
        lo -= 1
    while hi + 1 < len(tox) and RX.BRACKET_LINK.fullmatch(s.text, tox[hi].end, tox[hi + 1].start):
        hi += 1
    graded_own = sum(1 for x in tox[lo:hi + 1] if x is not e and any(g[1] <= x.start < g[2] for g in s.grades))
    return graded_own >= 2


def _new_events_after_contrast(s: Sentence, start: int, end: int) -> bool:
    """Whether a contrast outside brackets, then a noun of events, stands between ``start`` and ``end``."""
    return any(s.depths[c.start()] == 0 and RX.NEW_EVENTS_HEAD.search(s.text, c.end(), end)
               for c in RX.CONTRAST_THEN.finditer(s.text, start, end))


def _graded_generic_events(s: Sentence) -> list[Endpoint]:
    """'Grade 3 or higher toxic effects', 'grade 3-4 adverse reactions': TOX of that grade; of the kind said before
    the grade when one is ('haematological G3/4 toxic effects')."""
    out = []
    for grade, start, end in s.grades:
        m = RX.GRADED_GENERIC.match(s.text, end)
        if m is not None and not any(e.start < m.end() and m.start("name") < e.end for e in s.endpoints):
            kind = RX.KIND_BEFORE_GRADE.search(s.text, max(0, start - 40), start)
            out.append(Endpoint("TOX", kind.start() if kind else m.start("name"), m.end(), grade=grade,
                                category=f"{kind.group('kind').lower()} toxicity" if kind else None))
    return out


def _kind_before_the_grade(s: Sentence) -> None:
    """'Haematological grade 3/4 toxicity': the events of the kind said before their grade, as the vocabulary has
    them when the kind is said next to the name ('grade 3/4 haematological toxicity')."""
    for e in s.endpoints:
        if e.code != "TOX" or e.category is not None or not RX.GENERIC_EVENTS_NAME.fullmatch(s.text, e.start, e.end):
            continue
        grade = next(((g, start) for g, start, end in s.grades if s.text[end:e.start].isspace()), None)
        kind = RX.KIND_BEFORE_GRADE.search(s.text, max(0, grade[1] - 40), grade[1]) if grade else None
        if kind is not None:
            e.category = f"{kind.group('kind').lower()} toxicity"


def _defines_by_a_bound(s: Sentence, f: Found) -> bool:
    """Whether the row's bounded percentage is followed by the thing it bounds (a definition's threshold); not the
    outcome itself named after it ("<20% recurrence in the field")."""
    if f.pattern_id.endswith(".value_first"):
        return False
    value = re.escape(f"{f.fields['value']:g}")
    m = re.compile(rf"(?:[<>≤≥]=?|\b(?:less|more|greater|fewer)\s+than|\b(?:over|under|below|above))\s*"
                   rf"(?<![\d.]){value}(?:\.0+)?(?![\d.])", re.I).search(s.text, f.start, max(f.end, f.value_at) + 8)
    return m is not None and RX.MEASURED_AFTER.match(s.text, m.end()) is not None


def _bracket_labelled(s: Sentence) -> list[Value]:
    """The values of a list each followed by a bracket that names something of its own ("10% (CPx) and 74% (CVb)"),
    when two or more are, with names that differ."""
    labels = {}
    for v in s.values:
        m = RX.BRACKET_LABEL.match(s.text, v.end)
        if m is not None and not any(e.start < m.end() and m.start() < e.end for e in s.endpoints):
            labels[id(v)] = m.group("label").lower()
    if len(set(labels.values())) < 2:
        return []
    return [v for v in s.values if id(v) in labels]


def _list_grade(s: Sentence, e: Endpoint) -> Optional[str]:
    """The grade of a list's head for an event far down the list: "The most common grade 3-4 adverse events were
    rash (31 [14%] vs none), diarrhoea (19 [8%] vs 2 [1%]) and raised ALT levels (2 [1%] vs 19 [8%])" (no other grade,
    semicolon or full stop between the head and the event, outside brackets)."""
    before = [g for g in s.grades if g[2] <= e.start]
    if not before:
        return None
    g = before[-1]
    head = RX.GRADED_LIST_HEAD.match(s.text, g[2])
    bracket = RX.GRADED_BRACKET_HEAD.match(s.text, g[2]) if head is None else None
    if bracket is not None and bracket.end() <= e.start and \
            min(s.depths[bracket.end() - 1:e.start + 1]) >= s.depths[bracket.end() - 1] > s.depths[g[1]]:
        head = bracket  # (the event inside that bracket, which has not closed before it)
    if head is None or head.end() > e.start:
        return None
    # ("grade 3 events were rare, but milder events, including rash (30% vs 9%)": events named again after a contrast
    # head their own list, of no grade the first head says)
    if _new_events_after_contrast(s, head.end(), e.start):
        return None
    # (a list after a colon may part its items with semicolons, "grade 3-4 toxicity was haematological: neutropenia
    # (13%); anaemia (4%)", while no item has a verb of its own)
    colon = s.text.find(":", g[2], e.start)
    items = colon >= 0 and s.depths[colon] == 0 and not RX.LIST_ITEM_VERB.search(s.text, colon, e.start)
    if not items and any(s.text[i] == ";" and s.depths[i] == 0 for i in range(head.end(), e.start)) or any(
            s.depths[m.start()] == 0 for m in RX.FULL_STOP.finditer(s.text, head.end(), e.start)):
        return None
    return g[0]


@lru_cache(maxsize=1)
def _site_patterns() -> tuple[tuple[str, Regex], ...]:
    return tuple((name, lazy_regex(pattern, re.I)) for name, pattern in cues()["sites"].items())


def _symptom_responses(s: Sentence) -> None:
    """A response rate named as a symptom's or the patients' quality of life is no tumour response: a symptom
    response, and each event term after it said "for" a symptom ("... for cough (49%)") is that symptom's response,
    no adverse event; so is a symptom's improvement (pain's: the pain response)."""
    for e in s.endpoints:
        if e.code in SAID_OF_SYMPTOMS and RX.SYMPTOM_RESPONSE_HEAD.search(s.text, max(0, e.start - 30), e.start):
            e.code = "SYMPTOM_RESPONSE"
        elif e.code == "TOX" and e.category and e.grade is None and (
                RX.IMPROVEMENT_OF.search(s.text, max(0, e.start - 30), e.start)
                or RX.SYMPTOM_IMPROVED.match(s.text, e.end)):
            e.code, e.category = ("PAIN_RESPONSE", None) if e.category.lower() == "pain" else \
                ("SYMPTOM_RESPONSE", e.category)
    # (these and the vocabulary's own: "symptomatic response")
    heads = [e.start for e in s.endpoints if e.code == "SYMPTOM_RESPONSE"]
    if not heads:
        return
    first = min(heads)
    for e in s.endpoints:
        if e.code != "TOX" or not e.category or e.start <= first or e.grade is not None:
            continue
        # said "for" the symptom, or an item of a list of symptoms that a "for" opened in this clause ("good for
        # back pain (62%), chest pain (45%), and cough (38%)")
        clause = max(first, s.text.rfind(";", 0, e.start))
        if RX.FOR_A_SYMPTOM.search(s.text, max(0, e.start - 30), e.start) or (
                RX.NEXT_ITEM.search(s.text, max(clause, e.start - 30), e.start)
                and RX.FOR_WORD.search(s.text[clause:e.start])):
            e.code = "SYMPTOM_RESPONSE"


def _emesis_responses(s: Sentence) -> None:
    """A complete response said of emesis (no vomiting, no rescue antiemetic) is the antiemetic's control of emesis,
    no tumour response; a response said of pain or its analgesic is the pain response."""
    for e in s.endpoints:
        if e.code not in SAID_OF_SYMPTOMS:
            continue
        if RX.RESPONSE_TO_PAIN.match(s.text, e.end):
            e.code, e.category = "PAIN_RESPONSE", ("complete" if e.code == "CR" else None)
            e.end = RX.RESPONSE_TO_PAIN.match(s.text, e.end).end()
        elif e.code != "PR" and (RX.RESPONSE_TO_EMESIS.match(s.text, e.end) or (
                e.code == "CR" and RX.EMESIS_CUE.search(semicolon_clause(s.text, e.start, e.end)))):
            e.code = "EMESIS_CONTROL"


def semicolon_clause(sentence: str, start: int, end: int) -> str:
    """The part of a sentence between semicolons that holds a span ("A caused rash in 20%; 9% of all patients were
    admitted (v 3% with B)": the first clause is A's alone; "complete responses in 12%; no patient had emesis": the
    second clause is of another outcome)."""
    begin = sentence.rfind(";", 0, start) + 1
    stop = sentence.find(";", end)
    return sentence[begin:stop if stop >= 0 else len(sentence)]


def emesis_trial(text: str) -> bool:
    """Whether ``text`` is a trial of antiemetics whose "complete response" (said without its definition: "Complete
    response was achieved by 71% of patients given A versus 55% given B") is the control of emesis throughout."""
    if RX.TUMOUR_RESPONSES.search(text):
        return False
    title = text.lstrip().split("\n", 1)[0]
    if len(title) <= 300 and RX.EMESIS_TRIAL_HEAD.search(title):
        return True
    # (the definition straight after the name, in its clause: "complete response (no emesis, no rescue therapy)";
    # not a tumour's complete response beside "no vomiting was seen", nor one whose next clause names emesis)
    return any(RX.EMESIS_CUE.search(text[m.end():m.end() + 80].split(". ")[0].split(";")[0])
               for m in RX.COMPLETE_RESPONSE.finditer(text))


def emesis_trial_responses(results: list[tuple[int, SentenceResults]]) -> None:
    """In a trial of antiemetics (``emesis_trial``), every complete response read is the control of emesis."""
    for _, sentence_results in results:
        for f in sentence_results.found:
            if f.fields.get("endpoint") == "CR":
                f.fields["endpoint"] = "EMESIS_CONTROL"


def _response_sites(s: Sentence) -> None:
    """'The response rate of the primary tumours was 71.4%, with 6 CR and 14 PR': the responses' site."""
    named = set()
    for name, pattern in _site_patterns():
        for m in pattern.finditer(s.text):
            if RX.SITE_AFTER_RESPONSE.search(s.text[max(0, m.start() - 30):m.start()]):
                named.add(name)
    if len(named) == 1:
        site = named.pop()
        for e in s.endpoints:
            if e.code in RESPONSE_CODES and e.site is None:
                e.site = site


ORGAN_SITE_CODES = codes_with("in_an_organ")


def _organ_sites(s: Sentence) -> None:
    """'The intracranial ORR was 54%', 'median time to CNS progression was 9.2 months': results in that organ."""
    for e in s.endpoints:
        if e.site is not None or e.code not in ORGAN_SITE_CODES:
            continue
        for m in cues()["organ_site"].finditer(s.text, max(0, e.start - 15), e.end):
            if m.start() >= e.start or RX.ORGAN_BEFORE.fullmatch(s.text, m.end(), e.start):
                site = m.group("site")
                e.site = "CNS" if site.upper() == "CNS" else site.lower()


def _path_stages(s: Sentence) -> list[Endpoint]:
    """'ypT0 and ypN0 were seen in 7 (21.2%) and 19 (57.6%)'."""
    return [Endpoint("PATH_STAGE", m.start(), m.end(), category=m.group("stage"))
            for m in cues()["path_stage"].finditer(s.masked)]




def _term_matches(s: Sentence) -> list[re.Match]:
    """Every toxicity term the sentence names, found once for the rules that read them (its text never changes)."""
    found = s.__dict__.get("_term_matches")
    if found is None:
        found = s.__dict__["_term_matches"] = list(toxicity_terms().finditer(s.text))
    return found


def category_of(term: str) -> str:
    """A toxicity term as a category: lower case, in the singular ("Paresthesias" -> "paresthesia")."""
    words = term.lower().split()
    last = words[-1]
    if len(last) > 4 and last.endswith("s") and not last.endswith(("ss", "is", "us")):
        last = last[:-2] if last.endswith(("ches", "shes", "xes")) else last[:-1]
    return " ".join([*words[:-1], last])


STOPPING = codes_with("has_reasons")


def _share_by_reason(s: Sentence, f: Found) -> bool:
    """Whether the row's value stands among reasons after "mostly/mainly because of": a breakdown of those who
    stopped."""
    cue = None
    for m in cues()["reason"].finditer(s.text, max(0, f.value_at - 120), f.value_at):
        cue = m
    # ("most commonly due to progression (63% and 57% of patients in the A and B arms)": of all patients, said so)
    return cue is not None and bool(QUALIFIERS_RX.MOSTLY.search(s.text, max(0, cue.start() - 25), cue.start())) \
        and not RX.STOP_OR_SEMICOLON.search(s.text[cue.end():f.value_at]) \
        and not RX.OF_ALL_PATIENTS.search(s.text, cue.end(), min(len(s.text), cue.end() + 120))


def _set_reasons_aside(s: Sentence) -> None:
    """'discontinuation was due to adverse events (13%) or death (9%)': what is named after "due to"
    is why treatment stopped, not an outcome of its own; the stopping is the result, and each reason
    (its words up to a bracket or the next "or") is kept for the rows after it."""
    for e in list(s.endpoints):
        if e.code not in STOPPING:
            continue
        cue = cues()["reason"].search(s.text, e.end, min(len(s.text), e.end + 60))
        if not cue:
            continue
        # the reasons are one list right after the cue ("due to A (13%), B (4%) or C"): an item after anything else
        # ("... occurred in 17 (6%) patients in the A group and five ...") is no reason
        outside = _outside_brackets(s.text)
        previous = cue.start("reason")
        for m in RX.REASON_ITEM.finditer(outside, cue.start("reason"), len(s.text)):
            gap = outside[previous:m.start("item")]
            if previous != cue.start("reason") and not (RX.GAP_OF_MARKS.fullmatch(gap)
                                                          and RX.MARK_OR_JOIN.search(gap)):
                break
            s.reasons.append((m.start("item"), m.end("item"), m.group("item").lower()))
            previous = m.end("item")
        # what is named after the cue is a reason, no outcome of its own ("due to progression in 20 (65%), toxic
        # effects in 14 (30%)"), but another stopping is one ("..., and more patients given A (21 [14%]) than B
        # (nine [6%]) discontinued treatment")
        for r in [x for x in s.endpoints if cue.start() <= x.start and x is not e
                  and not (x.code in STOPPING and x.start >= max(previous, cue.end()))]:
            s.endpoints.remove(r)


def _outside_brackets(text: str) -> str:
    """The text with what stands inside brackets blanked (same length)."""
    depths = bracket_depths(text)
    return "".join(" " if depth and ch not in "()[]" else ch for ch, depth in zip(text, depths, strict=True))


RESPONSE_KINDS = frozenset(RESPONSES - SUMMED_RESPONSES)  # the categories a response is judged in


def _reduced_to(quote: str, value: float) -> bool:
    """Whether the quote gives the value as the level a dose went to or the cut ("reduction to 75%", "by 25%")."""
    return any(float(m.group("v")) == value for m in RX.LEVEL_BEFORE.finditer(quote))


def _toxicity_endpoints(s: Sentence) -> list[Endpoint]:
    """'grade 2 diarrhea', 'hypocalcaemia was more frequent', 'developed a rash': a toxicity term named
    with its grade, or as what occurred, is a TOX endpoint with that category."""
    out: list[Endpoint] = []
    baseline = bool(cues()["baseline"].search(s.text))
    listed: Optional[Endpoint] = None  # the last term a "most common ... was" introduced
    joined_until = -1
    for m in _term_matches(s):
        if m.start() < joined_until:
            continue  # the second of "nausea/vomiting", read with the first
        category = category_of(m.group(0))
        joined = RX.SLASH_JOINED.match(s.text, m.end())
        if joined:
            # "acute kidney injury/dehydration (29% vs 15%)": one event counted under both names, not the first alone
            category, joined_until = f"{category}/{category_of(joined.group('more'))}", joined.end()
            m = _Span(m.start(), joined.end(), s.text[m.start():joined.end()])
        counted_first = RX.COUNT_SHARE_BEFORE.search(s.masked[max(0, m.start() - 30):m.start()]) is not None
        if counted_first and (either := RX.OR_JOINED.match(s.text, m.end())):
            category, joined_until = f"{category}/{category_of(either.group('more'))}", either.end()
            m = _Span(m.start(), either.end(), s.text[m.start():either.end()])
        if listed is not None and RX.LIST_NEXT.fullmatch(s.text[listed.end:m.start()]):
            # "... were neutropenia (21%) and fatigue (9%)": the list goes on with the same grade
            listed = Endpoint("TOX", m.start(), m.end(), grade=listed.grade, category=category)
            out.append(listed)
            continue
        # "grade 2 diarrhea", "grade ≥2 radiation pneumonitis", "grade 3 acute proctitis"
        grade = [g for g in s.grades if 0 <= m.start() - g[2] <= 16
                 and RX.ONE_LOWER_WORD_OR_NOTHING.fullmatch(s.text[g[2]:m.start()])]
        common = RX.MOST_COMMON.search(s.text[max(0, m.start() - 90):m.start()])
        # "Rash of any grade occurred in 41 (67%)", "nausea of all grades in 30 patients": what is said of the event
        # follows its every-grade qualifier, which leaves its grade unsaid (any grade)
        past = every.end() if (every := RX.ANY_GRADE_AFTER.match(s.text, m.end())) else m.end()
        # "neutropenia of grade 3 or 4", "diarrhoea grade 2", "rash (grade ≥3)": the grade said straight after
        # (not the grade of another event named after it: "haematological toxicity (grade ≥3 neutropenia ...)")
        # (a bracket of the grade alone, "rash (grade 3)"; not a breakdown by grade, "rash (grade 3, 6%; grade 4, 2%)")
        after = [g for g in s.grades if RX.GRADE_AFTER_TERM.fullmatch(s.text, m.end(), g[1])
                 and ("(" not in s.text[m.end():g[1]] or RX.CLOSING_ROUND_NEXT.match(s.text[g[2]:]))
                 and not any(toxicity_terms().match(s.text, at) for at in
                             (RX.BLANKS.match(s.text, g[2]).end(), RX.WORD_AFTER.match(s.text, g[2]).end()))]
        if grade:
            out.append(Endpoint("TOX", grade[0][1], m.end(), grade=grade[0][0], category=category))
        elif after and not baseline:
            out.append(Endpoint("TOX", m.start(), after[0][2], grade=after[0][0], category=category))
        elif common:
            # "the most common grade 3 toxicity was dermatitis (12%)": the term takes the grade said before it
            at = m.start() - len(s.text[max(0, m.start() - 90):m.start()]) + common.start()
            said = [g for g in s.grades if at <= g[1] < m.start()]
            listed = Endpoint("TOX", m.start(), m.end(), grade=said[0][0] if said else None, category=category)
            out.append(listed)
        elif (bare := RX.MOST_COMMON_BARE.search(s.text[max(0, m.start() - 40):m.start()])) is not None and \
                (head := _graded_events_before(s, m.start() - 40 + bare.start() if m.start() >= 40 else bare.start())):
            # "grade 3 or higher events were seen in 14 (15%); the most frequent was fatigue (n = 5)": the events'
            # grade said before, of which the term is the most frequent
            listed = Endpoint("TOX", m.start(), m.end(), grade=head, category=category)
            out.append(listed)
        elif (main := THE_MAIN_EVENTS.match(s.text, m.end())) is not None:
            # "Neutropenia and fatigue were the main grade 3 toxicities in ...": the events as the subject, at the grade
            # the generic name gives
            said = [g for g in s.grades if m.end() <= g[1] < main.end()]
            out.append(Endpoint("TOX", m.start(), m.end(), grade=said[0][0] if said else None, category=category))
        elif (RX.TERM_AFTER_VALUE.search(s.masked[max(0, m.start() - 30):m.start()]) or counted_first
              or RX.TERM_OCCURS.match(s.text[past:past + 60]) or RX.TERM_RATE_AFTER.match(s.text, past)
              or (TERM_NUMBERS.match(s.text[past:past + 40]) and not baseline)
              # (a term another endpoint names, "anastomotic leak" a postoperative complication, stays that one's)
              or (RX.TERM_IN_COUNT.match(s.text, past) and not baseline
                  and not any(e.code != "TOX" and e.start <= m.start() < e.end for e in s.endpoints))
              or RX.TERM_COUNTED.search(s.text[max(0, m.start() - 50):m.start()])
              or (RX.SYMPTOM_IMPROVED.match(s.text, past) and not _listed_after_another_term(s, m))
              or _term_with_its_ratio(s, m)) \
                and not category.endswith("toxicity"):
            # "8.5% fracture rates", "<1% risk of myelopathy", "paresthesias occurred in 24 patients"
            out.append(Endpoint("TOX", m.start(), m.end(), category=category))
    return _coordinated_terms(s, out)


def _listed_after_another_term(s: Sentence, m: re.Match | _Span) -> bool:
    """Whether the event term ``m`` is a later item of a list of terms ("cough and dyspnoea improved in 48% and 52%":
    which share is whose only "respectively" tells, read by ``_symptoms_relieved``)."""
    return any(o.end() <= m.start() and RX.COORDINATED_TERMS.fullmatch(s.text, o.end(), m.start())
               for o in _term_matches(s))


# After the last of a list of events: "were the main grade 3 or 4 toxicities", "was the most common adverse event"
THE_MAIN_EVENTS = lazy_regex(rf"\s+(?:were|was)\s+(?:the\s+)?(?:{MAIN_EVENT_WORDS})\s+(?:[\w≥≤-]+\s+){{0,5}}?"
                             r"(?:toxicit(?:y|ies)|adverse\s+events?|side\s+effects?|(?:toxic\s+)?events?|"
                             r"complications?)\b", re.I)


def _coordinated_terms(s: Sentence, found: list[Endpoint]) -> list[Endpoint]:
    """'anaemia and fatigue (which occurred in ...)': a term joined by "and"/"or"/a comma to a term read as an
    event is an event too, with the same grade ("grade 3 X" has its own)."""
    starts = {e.start for e in found}
    added: list[Endpoint] = []
    for m in reversed(_term_matches(s)):
        if m.start() in starts or any(e.start <= m.start() < e.end for e in found + added):
            continue
        gap = RX.COORDINATED_TERMS.match(s.text, m.end())
        nxt = next((e for e in found + added if gap and e.start == gap.end()), None)
        if nxt is None or category_of(m.group(0)).endswith("toxicity"):
            continue
        added.append(Endpoint("TOX", m.start(), m.end(), grade=nxt.grade, category=category_of(m.group(0))))
    return _terms_listed_after(s, sorted(found + added, key=lambda e: e.start))


def _terms_listed_after(s: Sentence, found: list[Endpoint]) -> list[Endpoint]:
    """'grade 3 pneumonitis, oesophagitis and rash were 4 (5%), 6 (8%) and 2 (3%)': terms listed after a term read
    as an event, the list ending in its numbers, are events too, with the grade written before the list."""
    terms = {m.start(): m for m in _term_matches(s)}
    added: list[Endpoint] = []
    for e in found:
        if e.code != "TOX" or not e.category or any(a.start <= e.start < a.end for a in added):
            continue
        chain: list[re.Match] = []
        end = e.end
        while True:
            gap = RX.COORDINATED_TERMS.match(s.text, end)
            m = terms.get(gap.end()) if gap else None
            if m is None or category_of(m.group(0)).endswith("toxicity"):
                break
            chain.append(m)
            end = m.end()
        if not chain or not RX.LIST_THEN_NUMBERS.match(s.text, end) or \
                any(o.start >= e.end and o.start < end for o in found):
            continue
        added += [Endpoint("TOX", m.start(), m.end(), grade=e.grade, category=category_of(m.group(0))) for m in chain]
    return sorted(found + added, key=lambda e: e.start)


@dataclass
class _Span:
    """A match-like span (start, end, text) for a term read further than its regex matched."""

    _start: int
    _end: int
    text: str

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self.text


def _graded_events_before(s: Sentence, at: int) -> Optional[str]:
    """The grade of the events a sentence named before ``at`` ("grade 3 or higher adverse events were seen in ..."),
    when the last grade before it heads such events."""
    before = [g for g in s.grades if g[2] <= at]
    if not before:
        return None
    last = before[-1]
    return last[0] if RX.GRADE_HEADS_EVENTS.match(s.text, last[2]) else None


# "neutropenia (15.9% in arm A ...)", "rash: 12 (8%)", "(rash 30 [20%] vs ...", "(rash 20% vs ...": the term's numbers
# follow it (straight after it only when a pair starts there)
_PAIR_STARTS = r"(?=\d+(?:\.\d+)?[ \t]*(?:%|[(\[][^()\[\]]{1,20}[)\]])[ \t]*(?:vs\.?|versus)[ \t])"
TERM_NUMBERS = lazy_regex(rf"^{RX._LAB_QUANTITY}(?:\s*(?:\(\s*(?:in\s+)?|:\s*|,\s*)|[ \t]{_PAIR_STARTS}|"
                          # "neutropenia: drug A 14/116 (12.1%); placebo ...": a group's name, then its count
                          r"\s*:\s*(?:[A-Za-z][\w+/-]*\s+){1,3}(?=\d+\s*(?:/\s*\d+|[(\[]\s*\d)))(?:n\s*=\s*)?"
                          # "rash (grade 2, 11%; grade 3, 4%)": the numbers under grade labels
                          rf"(?:{RX._GRADE_NAMED})?"
                          # "nausea (arm A/B, 33%/40%)": the groups the numbers are of, named first
                          r"(?:(?:arms?|groups?)\s+[A-Z0-9](?:\s*(?:/|and|vs\.?)\s*[A-Z0-9])*\s*[,:]\s*)?"
                          # "rash (none vs 18 [12%])": the first group's count none, against the second's
                          # (or no patients of a group named after them: "rash (no patients given A vs 12 [8%] ...")
                          rf"(?:\d|{lexicon.number_words_pattern()}\s*[(\[]|(?:none|no\s+patients){MENTIONS_RX.NONE_GIVEN_VS}"
                          rf"(?:\d|{lexicon.number_words_pattern()}))", re.I)


def _term_with_its_ratio(s: Sentence, m: re.Match) -> bool:
    """'more anaemia (RR 1.25, ...)': an event named with its own odds or risk ratio is an outcome; not an event that
    names the patients compared ("survival was longer in patients who developed rash (OR ...)")."""
    # (nor one of a severity no grade says, "severe mucositis (RR ...)", "high-grade oesophagitis (OR ...)": the row
    # would stand for every grade)
    # (nor in a sentence of factors: "rash (OR 2.1) predicted response" names what predicts, not an outcome)
    return RX.TERM_RATIO_AFTER.match(s.text, m.end()) is not None and \
        not RX.PEOPLE_WITH_TERM.search(s.text, max(0, m.start() - 60), m.start()) and \
        not RX.SEVERITY_BEFORE.search(s.text, max(0, m.start() - 30), m.start()) and \
        not RX.FACTOR_WORDS.search(s.text)


def _joined_before(s: Sentence, last: Endpoint, keep: Callable[[Endpoint], bool] = lambda e: True) -> list[Endpoint]:
    """``last`` and the endpoints joined to it before by commas or "and"/"or" ("nausea, rash and fatigue"), as long as
    each is one ``keep`` takes."""
    chain = [last]
    for e in reversed([e for e in s.endpoints if e.end <= last.start]):
        if not keep(e) or not RX.COORDINATED_TERMS.fullmatch(s.masked, e.end, chain[0].start):
            break
        chain.insert(0, e)
    return chain


def _each_of_the_events(s: Sentence, found: list[Found]) -> list[Found]:
    """'Grade 3 rash, fatigue and diarrhoea (two [3%] each)': a value said once for events listed just before it, with
    "each", is every one of those events' (with the grade the first is given); the rows of the last are copied to the
    others."""
    out: list[Found] = []
    for f in found:
        if f.fields["endpoint"] != "TOX" or not f.fields.get("category") or \
                not RX.EACH_AFTER.match(s.text, _value_end(s, f)):
            continue
        last = next((e for e in s.endpoints if e.code == "TOX" and e.category == f.fields["category"]
                     and e.end <= _value_end(s, f)), None)
        if last is None:
            continue
        chain = _joined_before(s, last, lambda e: e.code == "TOX" and bool(e.category))
        for e in chain[:-1]:
            if any(x.fields.get("category") == e.category and x.fields["measure"] == f.fields["measure"]
                   for x in found):
                continue  # (an event with a row of its own keeps it)
            fields = dict(f.fields, category=e.category, grade=f.fields.get("grade") or e.grade)
            out.append(Found(fields, min(e.start, f.start), f.end, f.pattern_id + ".each", f.group, f.comparator,
                             at=f.at))
    return out


def _organs_respectively(s: Sentence, out: SentenceResults) -> None:
    """'Grade 3 haematological, gastrointestinal and pulmonary toxicities occurred in 30%, 12% and 8% of patients,
    respectively': each system's toxicity its share in order (the grade said before the list), when as many shares
    follow as systems are named and the sentence says "respectively"; the rows other rules read of them are
    replaced."""
    if not s.respectively:
        return  # (first: the list's pattern is the dearer test; speed)
    m = RX.ORGANS_BEFORE_HEAD.search(s.text)
    if m is None:
        return
    organs = [o.group(0).lower() for o in RX.ORGAN_WORD.finditer(m.group("organs"))]  # (lower: "GI, gi" is one)
    shares = [v for v in s.values if v.start >= m.end() and v.unit == "%" and v.count is None]
    stop = s.text.find("respectively", m.end())
    shares = [v for v in shares if v.start < stop]
    if len(shares) != len(organs) or len(set(organs)) != len(organs):
        return
    # (the grade straight before the systems, or before the phase of the events: "grade 2 or higher late GU and GI")
    grade = next((g[0] for g in s.grades if g[2] <= m.start() and RX.PHASE_WORD.fullmatch(s.text, g[2], m.start())),
                 None)
    # ("the 5-year rates of grade 2 late GU and GI toxicity": the one time said before the systems is their rates')
    times = [t for t in s.times if t.end <= m.start()]
    months = times[0].months[0] if len(s.times) == 1 and len(times) == 1 and len(times[0].months) == 1 and \
        not any(times[0].end <= v.start < m.start() for v in s.values) else None
    out.found = [f for f in out.found if not any(v.start <= f.value_at <= v.end for v in shares)]
    out.found += [_organ_row(organ, v.value, v.op, grade, m.start(), v.end, v.start, months)
                  for organ, v in zip(organs, shares, strict=True)]


def _organ_row(organ: str, value: float, op: Optional[str], grade: Optional[str], start: int, end: int,
               at: int, months: Optional[float] = None) -> Found:
    """An organ system's toxicity rate ("gastrointestinal 14%": category "gastrointestinal toxicity")."""
    organ = {"gi": "gastrointestinal", "gu": "genitourinary"}.get(organ.lower(), organ.lower())
    fields = {"endpoint": "TOX", "measure": "rate", "timepoint_months": months, "value": value, "unit": "%",
              "value_op": op, "grade": grade, "category": f"{organ} toxicity", "site": None}
    return Found(fields, start, end, "result.organ_toxicity_list", at=at)


def _organ_toxicity_list(s: Sentence, out: SentenceResults) -> None:
    """The toxicity named without its kind, then its shares in each organ system ("toxicities included haematological
    35%, gastrointestinal 14% ..."): each share is that system's toxicity (category "haematological toxicity"), with
    the generic name's grade, never the generic toxicity's; the rows other rules read of those values are replaced."""
    for e in s.endpoints:
        if e.code != "TOX" or e.category:
            continue
        m = RX.ORGAN_TOXICITY_LIST.match(s.text, e.end)
        if m is None:
            continue
        items = list(RX.ORGAN_ITEM.finditer(s.text, m.start("items"), m.end("items")))
        spans = [(i.start("v"), i.end()) for i in items]
        out.found = [f for f in out.found if not any(a <= f.value_at <= b for a, b in spans)]
        out.found += [_organ_row(i.group("organ"), float(i.group("v")), None, e.grade, e.start, i.end(), i.start("v"))
                      for i in items]


def _no_result_value(s: Sentence, v: Value, low: str) -> bool:
    """A number no result rule may read, whatever the sentence's outcome: a dose ("drug A 100 mg/m(2)"), an age, a
    threshold, weight lost, a share censored ("(52% censored for PFS and 82% for OS)"), a count of a model's runs
    ("in 47 of 50 (94%) iterations"), or a table's cell run into its row label ("Progressive disease19 (48%)34
    (69%)": the share of the count glued to the label). ``low`` is the sentence in lower case: the rules whose word it
    lacks are not tried (speed)."""
    weight, censored = "weight" in low, "censored" in low
    return bool(RX.DOSE_UNIT_AFTER.match(s.text, v.end) or weight and RX.WEIGHT_LOSS_AFTER.match(s.text, v.end)
                or censored and RX.CENSORED_AFTER.match(s.text, v.end) or RX.RUNS_AFTER.match(s.text, v.end)
                or RX.NOT_A_RESULT_BEFORE.search(s.text, max(0, v.start - 40), v.start)
                or censored and RX.CENSORED_BEFORE.search(s.text, max(0, v.start - 100), v.start)
                or RX.GLUED_CELL.search(s.text, max(0, v.start - 16), v.start))


def _unread_outcome_after(s: Sentence, at: int) -> bool:
    """Whether the value at ``at`` is followed by "had"/"achieved"/"experienced" and words no outcome name starts at."""
    m = RX.OUTCOME_VERB_AFTER.match(s.text, at)
    if m is None:
        return False
    # (its outcome may come a few words on: "experienced at least one serious adverse event")
    near = RX.COMMA_OR_SEMICOLON_MARK.split(s.text[m.end():m.end() + 30], maxsplit=1)[0]
    return not any(m.end() <= e.start <= m.end() + len(near) for e in s.endpoints) and \
        toxicity_terms().search(near) is None


def find_results(text: str, previous: Optional[Sentence] = None, groups: Optional[GroupIndex] = None,
                 aliases: Optional[dict[str, str]] = None, ratio_kind: Optional[str] = None) -> SentenceResults:
    """Every result one sentence of normalised text states, by the rules above.

    ``previous`` is the sentence before, read the same way: "The 1-, 2- and 5-year OS were a, b
    and c. The OS dropped to d, e and f for ..." repeats the time points without writing them.
    ``groups`` are the compared groups of the paper (``groups.py``): values said group by group
    are read by ``group_results`` first. ``aliases`` are the paper's own short names of endpoints
    (``mentions.endpoint_aliases``: "in-field failure (IFF)"). ``ratio_kind`` is the one kind of ratio the paper
    names (``mentions.named_ratio_kind``), whose later ratios it may give bare: "(0.76, 0.68-0.86; p<0.0001)".
    """
    if not RX.HAS_NUMBER.search(text) and not RX.NOBODY.search(text):
        return SentenceResults()  # no number, no result: most of a paper's prose
    clauses = _clauses(text)
    if len(clauses) > 1:
        return _read_clauses(text, clauses, previous, groups, aliases, ratio_kind)
    s, mentions, front = _scanned_values(text, groups, aliases, ratio_kind)
    out = SentenceResults(sentence=s)
    definition = cues()["definition"].search(text)
    if definition and any(v.start > definition.start() for v in s.values):
        # "SD was defined as a decrease below 30%": numbers after a definition are its thresholds; a
        # definition after the numbers ("..., and are defined as good prognosis") names their group
        return out
    _settle_endpoints(s, previous)
    _outcome_of_the_sentence_before(s, previous, mentions)
    _drop_unmeasured_mentions(s)
    _settle_times(s, previous)
    _events_of_the_curve(s, mentions)
    _read_arm_time_lists(s, mentions, groups, out)
    if not mentions:
        _read_part_then_respectively(s, out)
    _read_grades_in_group_blocks(s, mentions, groups, out)
    _arm_items_n_equals(s, mentions, groups, out)
    taken_values = _read_group_rows(s, mentions, groups, out)
    _read_grades(s, mentions, groups, out)
    _read_listed_before(s, previous, mentions, out)
    _read_ratios(s, mentions, groups, out)
    counts = _read_counts(s, mentions, groups, taken_values, out)
    out.found.extend(_slash_pairs_under_a_header(s, mentions))
    scope = _sentence_scope(s, text, mentions, groups)
    _read_rates_and_medians(s, counts, out)
    _ratio_of_a_respectively_pair(out)
    _read_that_of(s, groups, out)
    _other_arm_before_that_of(s, groups, out)
    _other_arm_compared_with_one(s, groups, out)
    reading = {"s": s, "text": text, "scope": scope, "mentions": mentions, "groups": groups, "front": front,
               "previous": previous, "out": out}
    for step, takes in _FINISHING:
        step(*[reading[name] for name in takes])
    if not mentions:
        _one_rate_at_both_times(s, out)
    return out


def _one_rate_at_both_times(s: Sentence, out: SentenceResults) -> None:
    """'The 1-year PFS was 51%, and both 2- and 3-year PFS was 14%': a curve named with two time points and "both",
    then one rate, is that rate at each time (in a sentence of no group: whose rate it is stays the sentence's)."""
    read = {f.value_at for f in out.found}
    for e in s.endpoints:
        times = next((t for t in s.times if t.end <= e.start and RX.TIMES_THEN_NAME.fullmatch(s.text, t.end, e.start)
                      and t.months == e.times), None)
        v = next((v for v in s.values if v.start >= e.end), None)
        if times is None or len(times.months) != 2 or e.code not in TIME_TO_EVENT or e.median or v is None or \
                v.unit != "%" or v.count is not None or v.ci or v.start in read or v.end in read:
            continue
        said = RX.NAME_THEN_RATE.fullmatch(s.text, e.end, v.start)
        if said is None or not (said.group("both") or RX.BOTH_BEFORE_TIMES.search(s.text, 0, times.start)):
            continue
        for months in times.months:
            out.found.append(Found(_fields(_Combo(e, months, "rate"), v), times.start, v.end,
                                   "result.rate.both_times", at=v.start))


def _a_time_label(s: Sentence, f: Found) -> bool:
    """Whether the duration a row read at ``f.at`` is the label of the rate after it ("; 12 months, 55%"), as
    ``_time_label`` says of a value (which the scan set aside, though a group's rule read it)."""
    if f.at is None:
        return False
    m = RX.LABEL_DURATION.match(s.text, f.at)
    return m is not None and float(m.group("n")) == f.fields.get("value") and \
        RX.LABEL_OPENS.search(s.text, max(0, f.at - 4), f.at) is not None and RX.TIME_LABEL_AFTER.match(s.text, m.end())


def _time_labelled_rates(s: Sentence, out: SentenceResults) -> None:
    """'For arm B, survival was as follows: median, 9.0 months; 1-year, 38%; 2-year, 19%': a rate whose time point is
    written as its own label right before it is at that time, whichever time a rule gave it (one had given both rates
    the first); in place. A median read of such a label ("median 14 months; 12 months, 55%") is no row."""
    out.found = [f for f in out.found if not (f.fields.get("measure") in ("median", "mean") and _a_time_label(s, f))]
    for f in out.found:
        if f.at is None or f.fields.get("measure") != "rate" or f.fields.get("unit") != "%":
            continue
        m = RX.TIME_LABEL_BEFORE.search(s.text, max(0, f.at - 24), f.at)
        if m is not None:
            n = float(m.group("n"))
            f.fields["timepoint_months"] = n * 12 if m.group("unit").lower().startswith("y") else n


def _slash_joined_values_of_slash_joined_outcomes(s: Sentence, out: SentenceResults) -> None:
    """'The median PFS/OS were 5.3/11.9 and 4.1/9.2 months in arm A and arm B': each pair of numbers joined by a slash
    holds the two outcomes a slash joined, one number each, which no rule here reads as such (they took "4.1" for OS,
    or read one number of a pair alone): no row of a number in such a pair, rather than a wrong one (it stays
    unexplained for a curator)."""
    if "/" not in s.text or not any(s.text[a.end:b.start].strip() == "/"
                                    for a, b in zip(s.endpoints, s.endpoints[1:], strict=False)):
        return
    pairs = [m.span() for m in RX.SLASH_NUMBERS.finditer(s.text)]
    if pairs:
        out.found = [f for f in out.found if not any(a <= f.value_at < b for a, b in pairs)]


def _events_of_the_curve(s: Sentence, mentions: Sequence = ()) -> None:
    """'PFS was longer with A (HR 0.70), with 61 events in the A arm and 77 in the B arm': bare events counted in named
    people are the events of the one curve the sentence names, coded as the endpoint-code file says that curve's
    events are counted (OS: deaths; PFS: progressions or deaths); the noun becomes that endpoint, which the rules of
    counts in groups then read as they read "61 deaths in the A arm". None where the sentence names no such curve, or
    two, or any other outcome."""
    if "vents" not in s.text:
        return
    found = [m for m in RX.COUNTED_EVENTS_IN.finditer(s.text)
             if not any(e.start <= m.start("noun") < e.end for e in s.endpoints)]
    if any(m.group("curve") for m in found):
        _named_curve_events(s, [m for m in found if m.group("curve")], mentions)
    found = [m for m in found if not m.group("curve") and m.group("people")]
    if not found:
        return
    codes = {e.code for e in s.endpoints}
    if len(codes) != 1 or not codes <= EVENTS_OF_CURVE.keys():
        return
    code = EVENTS_OF_CURVE[codes.pop()]
    s.endpoints = sorted(s.endpoints + [Endpoint(code, m.start("noun"), m.end("noun")) for m in found],
                         key=lambda e: e.start)


def _named_curve_events(s: Sentence, found: list[re.Match], mentions: Sequence) -> None:
    """'84 (52%) OS events had occurred with drug K versus 97 (61%) with placebo': the events counted in named people
    are the named curve's (its name, set aside as an analysis's events, right before the noun), coded as its events
    are counted; only where the sentence names no outcome besides (whose values the counts could be) and a group's
    name follows each count's preposition (not "in eligible patients", "with 'early A'", no group's)."""
    if s.endpoints:
        return
    curves = s.__dict__.get("_event_curves", [])
    for m in found:
        curve = next((e for e in curves if e.start == m.start("curve") and e.code in EVENTS_OF_CURVE and
                      not s.text[e.end:m.start("noun")].strip()), None)
        if curve is None or not any(g.start == m.end() for g in mentions):
            return
        s.endpoints.append(Endpoint(EVENTS_OF_CURVE[curve.code], curve.start, m.end("noun")))
    s.endpoints.sort(key=lambda e: e.start)


def _median_time_of_an_event(s: Sentence, out: SentenceResults) -> None:
    """'Twelve patients developed oligoprogression after a median of 6.5 months': the time to an event counted in
    patients whose code has a median of its own (a time to it: oligoprogression, retreatment, a skeletal event) is
    that event's median, when no row of the sentence gave it one."""
    for e in s.endpoints:
        if e.code not in MEDIAN_CODES or e.code not in EVENT_CODES or any(
                f.fields.get("endpoint") == e.code and f.fields.get("measure") == "median" for f in out.found):
            continue
        m = RX.EVENT_THEN_MEDIAN_TIME.match(s.text, e.end)
        if m is None or any(f.value_at == m.start("v") for f in out.found):
            continue
        v = Value(float(m.group("v")), None, m.start("v"), m.end("v"))
        in_months(v, m.group("unit").lower().rstrip("s") + "s")
        fields = {"endpoint": e.code, "measure": "median", "timepoint_months": None, "value": v.value,
                  "unit": "months", "value_op": None, "grade": None, "category": e.category, "site": e.site}
        out.found.append(Found(fields, e.start, m.end(), "result.median.time_to_event", at=m.start("v")))


def _subject_than_other_named(s: Sentence, out: SentenceResults) -> None:
    """'Women (n = 55) survived longer than men (n = 54) (14.4 vs 9.7 months)': the unnamed pair ("group 1", "group 2")
    is the subject's and the other people's, in that order, with their sizes; in place."""
    pair = [f for f in out.found if f.group is not None and f.group.key is None and f.group.unnamed in (0, 1)]
    if len(pair) != 2 or {f.group.unnamed for f in pair} != {0, 1}:
        return
    opening = s.text.rfind("(", 0, min(f.value_at for f in pair) + 1)
    m = RX.SUBJECT_THAN_OTHER.match(s.text[:opening + 1]) if opening >= 0 else None
    if m is None or RX.NO_PEOPLE_SUBJECT.match(m.group("a")) or \
            any(e.start < m.end("b") and m.start("a") < e.end and not s.text[e.start:e.end].lower().startswith(
                ("surviv", "lived")) for e in s.endpoints):
        return
    refs = [GroupRef(_clean(m.group(k)), int(m.group(n)) if m.group(n) else None)
            for k, n in (("a", "na"), ("b", "nb"))]
    for f in pair:
        f.group, f.comparator = refs[f.group.unnamed], refs[1 - f.group.unnamed]


def _recurrence_of_a_kind(s: Sentence, out: SentenceResults) -> None:
    """'We saw a 4.3% recurrence of any ENF': the value is the rate of a kind of failure the words after it name, no
    rate of any recurrence; a rule that gave it to "recurrence" (before or after it) loses it."""
    out.found = [f for f in out.found if not (f.fields.get("endpoint") == "FAIL_ANY"
                                              and RX.RECURRENCE_OF_A_KIND.match(s.text, _value_end(s, f)))]


def _rate_of_the_cause_of_death(s: Sentence, out: SentenceResults) -> None:
    """'Most patients died from distant metastasis, the overall rate of which was 36%': the rate is of the cause
    ("of which"), no death rate; a death row given it goes (a row of the cause's endpoint stays)."""
    out.found = [f for f in out.found if not (f.fields.get("endpoint") == "DEATH" and (span := _value_span(s, f))
                                              and RX.RATE_OF_THE_CAUSE.search(s.text, max(0, span[0] - 160), span[0]))]


def _people_with_a_trait_and_their_size(s: Sentence, out: SentenceResults) -> None:
    """'Survival with grade 3 rash (n = 61) was 11.2 months': a value of no group whose outcome's name is followed by
    the people it is of, with their number, is theirs (it went to all patients); in place."""
    for f in out.found:
        if f.group is not None or f.comparator is not None or f.fields.get("measure") not in ("median", "rate", "mean"):
            continue
        e = max((e for e in s.endpoints if f.start <= e.start and e.end <= f.value_at
                 and e.code == f.fields.get("endpoint")), key=lambda e: e.start, default=None)
        m = RX.PEOPLE_WITH_SIZE_AFTER.match(s.text, e.end) if e is not None else None
        if m is None or m.end() > f.value_at:
            continue
        f.group = GroupRef("patients " + RX.SPACES.sub(" ", m.group("label")).strip(), int(m.group("n")))


def _drop_medians_of_a_counted_part(s: Sentence, previous: Optional[Sentence], out: SentenceResults) -> None:
    """'Eight of these 30 patients had a second operation; their median survival was 40 months', 'the survival of 39
    patients with synchronous disease (median, 9 months)': a median of no group, said of a part of the
    patients the sentence counts (by "their", or in the bracket after it), is no value of all patients; left
    unexplained. (A clause after a semicolon is a sentence of its own: the count may open the one before.)"""
    counted = RX.COUNTED_SUBJECT.match(s.text) is not None or (
        previous is not None and RX.COUNTED_SUBJECT.match(previous.text) is not None and s.text[:1].islower())

    def of_the_part(f: Found) -> bool:
        at = _value_start(s, f)
        theirs = counted and any(e.start <= at and RX.THEIR_BEFORE.search(s.text, max(0, e.start - 20), e.start)
                                 for e in s.endpoints if e.code == f.fields.get("endpoint"))
        return theirs or RX.COUNTED_PART_BRACKET.search(s.text, max(0, at - 160), at) is not None
    out.found = [f for f in out.found
                 if f.group is not None or f.fields.get("measure") != "median" or not of_the_part(f)]


def _count_beside_an_arms_rate(s: Sentence, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """'Oesophagitis occurred in 18% (n = 18) of the A group': the "(n = K)" after an arm's rate of a counted outcome
    is the count, when K is that share of the arm's size (else it may be the patients the rate is of: "ORR 40%
    (n = 50)"); a row of its own, the rate's arm and comparator."""
    if groups is None or "n" not in s.text:
        return
    for f in list(out.found):
        if f.fields.get("measure") != "rate" or f.fields.get("endpoint") not in COUNTED or f.group is None or \
                f.group.key not in groups.by_key:
            continue
        span = _value_span(s, f)
        m = RX.COUNT_AFTER_RATE.match(s.text, span[1]) if span else None
        size = groups.by_key[f.group.key].n
        if m is None or not size or abs(100 * int(m.group("n")) / size - f.fields["value"]) > 0.6 or any(
                g.fields.get("measure") == "count" and g.group is f.group for g in out.found):
            continue
        fields = {k: v for k, v in f.fields.items() if k not in ("measure", "value", "unit")}
        out.found.append(Found({**fields, "measure": "count", "value": float(m.group("n")), "unit": "n"}, f.start,
                               max(f.end, m.end()), f.pattern_id, f.group, f.comparator, at=m.start("n")))


def _deaths_beside_a_pair_of_arms(s: Sentence, out: SentenceResults) -> None:
    """'longer with A than with B (5-year survival, 44.5% vs 40.4% [170 deaths vs 201]; ...)': a pair of death counts
    in the bracket of a pair of values the rules gave two arms, after them, is the same two arms' deaths in the same
    order; so is a pair in a bracket straight after such a pair ("45% with A and 40% with B at two years [118 deaths
    vs. 131]"). A pair of bare events ("[128 events vs. 152]") beside a pair of a curve's values is that curve's
    events."""
    pairs = [(e, a, b, start, end) for e, a, b, start, end in _death_pairs(s)] + \
        [(None, a, b, start, end) for a, b, start, end in _event_pairs(s)]
    for e, a, b, start, end in pairs:
        if any(f.fields.get("measure") == "count" and start <= f.value_at <= end for f in out.found):
            continue  # read already
        pair = _arms_pair_before(s, start, end, out)
        if pair is None or (e is None and pair[0].fields.get("endpoint") not in EVENTS_OF_CURVE):
            continue
        for (n, at), f in ((a, pair[0]), (b, pair[1])):
            fields, rule = (count_fields(e, n), "result.versus_deaths") if e is not None else \
                (_curve_events(f, n), "result.versus_events")
            out.found.append(Found(fields, start, end, rule, f.group, f.comparator, at=at))


def _bracket_opening(s: Sentence, pos: int) -> Optional[int]:
    """Where the outermost bracket around ``pos`` opens (the place before it); None when ``pos`` is in none."""
    opening = next((i for i in range(pos, -1, -1) if s.depths[i] == 0), None)
    return None if opening is None or opening == pos else opening


def _named_arm(g: Optional[GroupRef]) -> bool:
    """Whether a row's group is one the sentence named (a paper's group, or people the sentence describes)."""
    return g is not None and g.unnamed is None and not g.pair_only and (g.key is not None or bool(g.label))


def _arms_pair_before(s: Sentence, start: int, end: int, out: SentenceResults) -> Optional[list[Found]]:
    """The pair of values of two named groups, each the other's comparator, whose events the counts
    at ``start:end`` are: the two in the counts' bracket before them, or (none there) the last two values of the
    clause before that bracket opens."""
    opening = _bracket_opening(s, start)
    if opening is None:
        return None  # no bracket around the counts
    named = [f for f in out.found if _named_arm(f.group) and _named_arm(f.comparator)
             and f.fields.get("measure") in ("rate", "median")]
    pair = sorted((f for f in named if opening < f.value_at < start), key=lambda f: f.value_at)
    if not pair:
        clause_start = max(s.text.rfind(";", 0, opening), s.text.rfind(":", 0, opening), 0)
        last = sorted((f for f in out.found if clause_start <= f.value_at < opening), key=lambda f: f.value_at)[-2:]
        pair = last if all(f in named for f in last) else []
        # a bracket after the pair is its deaths only as the bracket's first item, up to its end or first stop (not
        # "(in stage III, 97 vs 118 deaths)", "(97 vs 118 deaths among women)"), with no turn to a part of the
        # patients before it ("..., and in older patients (97 vs 118 deaths)")
        if pair and \
                (not RX.BRACKET_OPEN_ONLY.fullmatch(s.text, opening, start) or not RX.COUNTS_ITEM_END.match(s.text, end)
                     or RX.PART_TURN.search(s.text, pair[-1].value_at, opening)):
            pair = []
    if len(pair) != 2 or pair[0].fields.get("endpoint") != pair[1].fields.get("endpoint") or \
            not (_same_group_ref(pair[0].group, pair[1].comparator)
                 and _same_group_ref(pair[1].group, pair[0].comparator)):
        return None
    return pair


def _curve_events(f: Found, n: int) -> dict:
    """The fields of a count of the events of the curve of the row ``f`` (deaths of OS, progressions or deaths of
    PFS: the code the endpoint-code file names for them, as a table's "Events" row under the curve's heading); only
    for a curve in EVENTS_OF_CURVE (no code counts a local control's failures)."""
    return {**count_fields(Endpoint(EVENTS_OF_CURVE[f.fields["endpoint"]], 0, 0), n), "site": f.fields.get("site")}


def _events_in_a_ratios_bracket(s: Sentence, mentions: list, out: SentenceResults) -> None:
    """'Survival did not differ (118 vs 131 events; HR 0.95)', 'B was noninferior to A for PFS (201 vs 214 events; HR
    0.97)': a pair of bare events in the bracket of the one ratio of a curve is the two arms' events of that curve: in
    the paper's order when the clause names no group (``_versus_deaths``), else in the order the clause names the
    ratio's two groups; none when it names one of them only (whose count comes first is not said)."""
    for a, b, start, end in _event_pairs(s):
        opening = _bracket_opening(s, start)
        if opening is None or any(f.fields.get("measure") == "count" and start <= f.value_at <= end
                                  for f in out.found):
            continue
        ratios = [f for f in out.found if f.fields.get("measure") in RATIOS and f.fields.get("endpoint") in CURVES
                  and f.value_at >= end and _bracket_opening(s, f.value_at) == opening]
        if len(ratios) != 1 or any(opening <= m.start < ratios[0].value_at for m in mentions):
            continue
        r = ratios[0]
        if r.fields.get("endpoint") not in EVENTS_OF_CURVE:
            continue
        clause_start = max(s.text.rfind(";", 0, opening), s.text.rfind(":", 0, opening), 0)
        keys = list(dict.fromkeys(m.key for m in mentions if clause_start <= m.start < opening))
        if not keys and _groups(s, (clause_start, opening)) == (None, None):
            refs = _pair_only()
        elif len(keys) == 2 and r.group is not None and r.comparator is not None and \
                [r.group.key, r.comparator.key] in (keys, keys[::-1]):
            refs = [r.group, r.comparator] if r.group.key == keys[0] else [r.comparator, r.group]
        else:
            continue
        for (n, at), g, other in ((a, refs[0], refs[1]), (b, refs[1], refs[0])):
            out.found.append(Found(_curve_events(r, n), start, end, "result.versus_events", g, other, at=at))


def _value_without_the_drug(s: Sentence, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """'Three-year survival was 71% with A vs 78% without': in a trial of A against no A (an arm the paper named "no A"
    or "without A"), a value of no group followed by a bare "without" is that arm's, set against the value said "with
    A" of the same outcome; in place."""
    if groups is None or "without" not in s.text:
        return
    for f in out.found:
        if f.group is not None or f.comparator is not None or not RX.BARE_WITHOUT.match(s.text, _value_end(s, f)):
            continue
        with_arm = [g for g in out.found if g is not f and g.group is not None and g.group.key is not None
                    and g.fields.get("endpoint") == f.fields.get("endpoint")
                    and g.fields.get("measure") == f.fields.get("measure") and g.value_at < f.value_at
                    and RX.WITH_SOMETHING.search(s.text[g.value_at:f.value_at])]
        if len(with_arm) != 1:
            continue
        drug = groups.by_key[with_arm[0].group.key].label if with_arm[0].group.key in groups.by_key else None
        without = [g for g in groups.groups if drug and re.fullmatch(
            rf"(?:no|without)\s+(?:the\s+)?{re.escape(drug)}", g.label.strip(), re.I)]
        if len(without) != 1:
            continue
        f.group = GroupRef(without[0].label, key=without[0].key)
        f.comparator = with_arm[0].group
        if with_arm[0].comparator is None:
            with_arm[0].comparator = f.group



def _pair_in_a_ratios_bracket(s: Sentence, out: SentenceResults) -> None:
    """'PFS was longer with A (median, 5.1 v 2.8 months; HR 0.61) and with B (...) than with C': an unnamed pair of
    values of a survival curve in the bracket of a ratio whose two groups the sentence named are those groups'
    values, the longer survival the group's the ratio says lived longer; in place."""
    for r in out.found:
        if r.fields.get("measure") not in RATIOS or r.group is None or r.comparator is None or \
                r.group.key is None or r.comparator.key is None:
            continue
        opening = s.text.rfind("(", 0, r.value_at)
        if opening < 0 or ")" in s.text[opening:r.value_at]:
            continue
        pair = sorted((f for f in out.found if f.group is not None and f.group.unnamed in (0, 1)
                       and f.comparator is not None and opening < f.value_at < r.value_at),
                      key=lambda f: f.group.unnamed)
        if len(pair) != 2 or [f.group.unnamed for f in pair] != [0, 1] or \
                any(f.fields.get("endpoint") not in CURVES or f.fields.get("measure") not in ("median", "rate")
                    for f in pair):
            continue
        # (whose value is whose by the ratio itself, not the order written: "improved in the A arm (median, 3.7 v
        # 7.4 months; HR 0.48)" gives the control's first; a ratio below one is of the group that lived longer)
        low, high = sorted(pair, key=lambda f: f.fields["value"])
        if low.fields["value"] == high.fields["value"] or r.fields["value"] == 1:
            continue
        better, worse = (high, low) if r.fields["value"] < 1 else (low, high)
        better.group, better.comparator = r.group, r.comparator
        worse.group, worse.comparator = r.comparator, r.group


def _pair_after_a_ratio_in_its_bracket(s: Sentence, out: SentenceResults) -> None:
    """'A was worse than B for OS (HR 1.40; 95% CI ...; median OS, 12.1 v 18.3 months)': a pair of values of the
    ratio's curve after its value in its own bracket, which words that name none of the paper's groups were taken to
    name ("A to X and Y" split at its "and"), is the ratio's two groups' (the longer survival the group's the ratio
    says lived longer); in place."""
    for r in out.found:
        if r.fields.get("measure") not in RATIOS or r.group is None or r.comparator is None or \
                r.group.key is None or r.comparator.key is None or r.fields["value"] == 1:
            continue
        opening = _opening(s, r.value_at)
        if opening < 0:
            continue
        pair = [f for f in out.found if f.group is not None and f.comparator is not None
                and f.group.key is None and f.comparator.key is None and f.group.unnamed is None
                and r.value_at < f.value_at and _opening(s, f.value_at) == opening
                and f.fields.get("endpoint") == r.fields.get("endpoint") and f.fields.get("endpoint") in CURVES
                and f.fields.get("measure") in ("median", "rate")]
        if len(pair) != 2 or pair[0].fields["value"] == pair[1].fields["value"]:
            continue
        low, high = sorted(pair, key=lambda f: f.fields["value"])
        better, worse = (high, low) if r.fields["value"] < 1 else (low, high)
        better.group, better.comparator = r.group, r.comparator
        worse.group, worse.comparator = r.comparator, r.group


def _ratio_without_groups_beside_compared_ones(out: SentenceResults) -> None:
    """'PFS was longer with A (median ...; HR a) and with B (median ...; HR b) versus C': when one ratio of the
    sentence compares two groups (or is one of the paper's groups'), another of its ratios that no rule gave groups
    compares groups too, which ones is not known (B against C, or the same two from another starting time): no row
    rather than one for all patients."""
    compared = {f.fields.get("measure") for f in out.found if f.fields.get("measure") in RATIOS
                and (f.comparator is not None or (f.group is not None and f.group.key is not None))}
    out.found = [f for f in out.found if not (f.fields.get("measure") in compared and f.group is None
                                              and f.comparator is None and not f.needs_groups)]


def _read_continuous(s: Sentence, mentions: list, groups: Optional[GroupIndex], out: SentenceResults,
                     previous: Optional[Sentence] = None) -> None:
    """Means and medians of scores and measured quantities per arm (``continuous.py``), where no rule above read
    the number."""
    taken = {f.value_at for f in out.found}
    out.found.extend(f for f in continuous_results(s, mentions, groups, previous) if f.value_at not in taken)


def _of_these_part(s: Sentence, previous: Optional[Sentence], out: SentenceResults) -> None:
    """'Six patients had a resistance mutation; of these, 1 had a partial response': the counts after "of these" are
    of the part counted just before (a group of its size, named by its trait), not of all patients (nor of a wider
    part the sentence opened with). Not when the count before is the whole study's ("Forty patients were enrolled.
    Of these, ...": no trait, so no part)."""
    anaphor = RX.OF_THESE.search(s.text)
    if anaphor is None:
        return
    before = s.text[:anaphor.start()]
    if not before.strip() and previous is not None:
        before = previous.text
    part = None
    for m in RX.PART_COUNTED.finditer(before):
        part = m
    if part is None or part.end() < len(before.rstrip(" ,;")) - 2:
        # "66% of the patients failed. Of these, 70% failed locally": the part before is a share of unknown size; what
        # is said of it is no result of all, and no group's the paper sizes
        if RX.SHARE_PART.search(before) and not RX.PART_COUNTED.search(before):
            out.found = [f for f in out.found if not ((f.group is None or f.group.key is None)
                                                      and _value_start(s, f) >= anaphor.end())]
        return  # the part must end right before "of these"
    n = parse_count(part.group("n"))
    if not n:
        return
    verb = part.group("verb").lower()
    trait = part.group("trait").strip()
    label = f"patients with {trait}" if verb in ("had", "have", "has", "with", "showed", "developed") or \
        verb.startswith(("harbo", "presented")) else f"patients who {verb} {trait}"
    label = RX.WITH_AN_ARTICLE.sub("with ", label)
    for f in out.found:
        if (f.group is None or f.group.key is None) and _value_start(s, f) >= anaphor.end() and \
                f.fields.get("measure") in ("count", "rate"):
            f.group = GroupRef(label, n)


def _counted_part_after(s: Sentence, out: SentenceResults) -> None:
    """'A complete response was seen in 9 of 40 patients (22.5%) with high marker Q expression': the count and share
    of a part of the patients, who they are said after the numbers; never all patients' (in place: the rows take the
    part, of the size counted out of). Not an event of the row's own ("12 (20%) with grade 3 neutropenia")."""
    for f in out.found:
        if f.group is not None or f.comparator is not None or f.fields.get("measure") not in ("count", "rate") or \
                f.pattern_id.startswith("result.ratio"):
            continue
        m = RX.COUNTED_PART_AFTER.match(s.text, _value_end(s, f))
        if m is None or RX.MEASURE_IN_TRAIT.search(m.group("trait")) or \
                any(e.start < m.end("trait") and e.end > m.start("trait") for e in s.endpoints):
            continue
        n = int(m.group("n")) if m.group("n") else None
        f.group = GroupRef(_clean(f"patients {m.group('trait')}"), n=n)


def _time_of_its_list(s: Sentence, start: int) -> Optional[float]:
    """'40% and 45% at 1 year and 20% and 25% at 2 years for A and B, respectively', 'was 90 vs 80% after 1 year and 70
    vs 55% after 5 years': when lists of values each end with their own time and follow one another, the time point of
    the value at ``start`` is the one said right after its list (None when the sentence has no such lists, or the
    value is in none)."""
    times = [t for t in s.times if len(t.months) == 1]
    if not any(RX.VALUE_BEFORE_TIME.search(s.text[max(0, t.start - 20):t.start]) and
               RX.NEXT_LIST_AFTER_TIME.match(s.text, t.end) for t in times):
        return None
    number = RX.NUMBER_AT.match(s.text, start)
    at = number.end() if number else None
    while at is not None:
        t = next((t for t in times if t.start >= at and RX.BEFORE_LIST_TIME.fullmatch(s.text, at, t.start)), None)
        if t is not None:
            return t.months[0]
        nxt = RX.NEXT_IN_LIST.match(s.text, at)
        at = nxt.end() if nxt else None
    return None


def _values_at_the_time_after_their_list(s: Sentence, out: SentenceResults) -> None:
    """'Survival was 90 vs 80% after 1 year and 70 vs 55% after 5 years': each list of rates is at the time said right
    after it (a rule that gave the second list the first time, the outcome's, is corrected)."""
    for f in out.found:
        if f.fields.get("measure") == "rate":
            months = _time_of_its_list(s, _value_start(s, f))
            if months is not None:
                f.fields["timepoint_months"] = months


def _drop_rates_at_another_values_time(s: Sentence, out: SentenceResults) -> None:
    """'OS was 64% at 2 years and 41% at 5 years in arm A and 58% and 33% in arm B': where shares each say their own
    time after them, at two times or more, a share with no time after it said again in the same breath is at one of
    those times the sentence leaves to the reader; a rule that gave it the time said after another value is not
    known to be right, and the row is dropped (the first outcome's own time, "the 1-year OS was 80%, and 55% at 3
    years", stays)."""
    # (a cheap cue first: most sentences have fewer than two times; "as compared with 40, 13 and 11%, respectively"
    # gives the times again in order, which the rules read)
    if len(s.times) < 2 or s.respectively:
        return
    own = [t for t in s.times if len(t.months) == 1 and RX.VALUE_BEFORE_TIME.search(s.text, max(0, t.start - 20),
                                                                                    t.start)]
    if len({t.months[0] for t in own}) < 2:
        return
    months = {t.months[0] for t in own}

    def timeless(f: Found) -> bool:
        # no time after the value before the next value ("31 +/- 7.4% at 2 years": the error is no value of its own)
        start = _value_start(s, f)
        t = next((t for t in own if t.start > start), None)
        return f.fields.get("timepoint_months") in months and (t is None or any(
            start < v.start < t.start and not RX.ERROR_BEFORE.search(s.text, max(0, v.start - 6), v.start)
            for v in s.values))
    out.found = [f for f in out.found if not (f.fields.get("measure") == "rate" and _time_of_its_list(
        s, _value_start(s, f)) is None and f.pattern_id != "result.group.time_lists" and timeless(f))]


def _drop_values_of_another_time(s: Sentence, out: SentenceResults) -> None:
    """'The 2-year OS rates in groups A and B were 90% and 72%, and the 5-year rates were 75% and 45%, respectively':
    values after another time point that heads them ("the 5-year rates") are not the outcome's at its own time; a
    rule that gave them the time of the outcome named before is wrong, and the row is dropped."""
    heads = [t for t in s.times if RX.RESTATED_AT_A_TIME.match(s.text, t.end)]
    if not heads:
        return
    out.found = [f for f in out.found if not (
        f.fields.get("measure") == "rate" and f.fields.get("timepoint_months") is not None
        and any(t.end <= _value_start(s, f) and f.start < t.start and f.fields["timepoint_months"] not in t.months
                for t in heads))]


def _with_clause_of_the_same_group(s: Sentence, out: SentenceResults) -> None:
    """'The 5-year survival for node-positive patients was 10% with a median survival of 31 months', '..., median
    survival of 31 months': an outcome said after "with" (or a median in apposition), straight after a value of a
    named group, is that group's too (it was all patients')."""
    for f in out.found:
        if f.group is not None or f.fields.get("measure") not in ("median", "mean", "rate"):
            continue
        before = [g for g in out.found if g is not f and g.group is not None and g.group.label
                  and g.group.unnamed is None and _value_end(s, g) <= f.start]
        if not before:
            continue
        g = max(before, key=lambda x: _value_end(s, x))
        if RX.WITH_SAME_PEOPLE.fullmatch(s.text, _value_end(s, g), f.start) and \
                not any(_value_end(s, g) <= v.start < f.start for v in s.values):
            f.group = g.group


def _fronted_arm_values(s: Sentence, mentions: list, groups: Optional[GroupIndex], out: SentenceResults,
                        beside_none: bool = False) -> None:
    """'Among patients assigned to A, the response rate was 40%, compared with 25% among those assigned to B': the
    values no rule placed between the arm the sentence opens with and the contrast to the other arm are the first
    arm's (in place); ``beside_none``: only those no group named beside them claims (``_group_beside``) and that
    the contrast follows straight (``VALUE_THEN_CONTRAST``)."""
    if groups is None or len({m.key for m in mentions}) != 2:
        return
    first = mentions[0]
    if not opens_the_sentence(s, first):
        return
    later = next((m for m in mentions if m.key != first.key), None)
    if later is None:
        return
    contrast = RX.CONTRAST_AFTER.search(s.text, first.end, later.start)
    if contrast is None:
        return
    for f in out.found:
        if (f.group is None or (not f.group.label and f.group.key is None)) and \
                first.end < _value_start(s, f) < contrast.start() and \
                not (beside_none and (_group_beside(s, f) or not RX.VALUE_THEN_CONTRAST.fullmatch(
                    s.text, _value_end(s, f), contrast.start()))):
            f.group = group_ref(groups, first.key)


def _read_arm_time_lists(s: Sentence, mentions: list, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """'Survival in the A group was 61% at 1 year and 32% at 2 years, compared with 48% and 21% in the B group' (or
    '61 percent after one year, ..., as compared with 48, 21, and 12 percent, respectively, in group B'): the first
    group's rates each at its own time point, the other group's in the same order at the same times. Replaces what
    the group rules would read of those values (they gave the other group's last value the first time point)."""
    if groups is None or len(s.times) < 2 or len({m.key for m in mentions}) != 2:
        return
    values = sorted(s.values, key=lambda v: v.start)
    for i, first in enumerate(values):
        items: list[tuple[Value, Times]] = []
        j = i
        while j < len(values):
            v = values[j]
            time = next((x for x in s.times if RX.VALUE_TO_TIME.fullmatch(s.text, v.end, x.start)), None)
            if time is None or len(time.months) != 1 or (items and not RX.ITEMS_JOINED.fullmatch(
                    s.text, items[-1][1].end, v.start)):
                break
            items.append((v, time))
            j += 1
        if len(items) < 2:
            continue
        contrast = RX.LISTS_CONTRASTED.match(s.text, items[-1][1].end)
        named_after = _group_after_its_list(s, mentions, items[-1][1].end) if contrast is None else None
        if named_after is not None:
            # "... 41% at 5 years in the A group, compared with 58% and 33% in the B group": the first group named
            # after its list, as the other is
            contrast = RX.NAMED_LISTS_CONTRASTED.match(s.text, named_after.end)
        if contrast is None:
            return
        others = [v for v in values[j:] if v.start >= contrast.end()][:len(items)]
        if len(others) != len(items) or others[0].start != contrast.end() or not all(
                RX.ITEMS_JOINED.fullmatch(RX.PERCENT_SIGN_WORDS.sub("", s.text[a.end:b.start]))
                for a, b in zip(others, others[1:], strict=False)):
            return
        tail = RX.LIST_TO_GROUP.match(s.text, others[-1].end)
        later = next((m for m in mentions if tail is not None and m.start == tail.end()), None)
        before = [named_after] if named_after is not None else [m for m in mentions if m.end <= first.start]
        if later is None or not before or before[-1].key == later.key:
            return  # (two keys in all, so the two are the sentence's only groups)
        if not all(v.unit == "%" or RX.PERCENT_AFTER.match(s.text, v.end) for v, _ in items) or \
                not (others[-1].unit == "%" or RX.PERCENT_AFTER.match(s.text, others[-1].end)):
            return
        named = [e for e in s.endpoints if e.end <= first.start]
        if not named or any(e.code != named[-1].code for e in s.endpoints if e.start < later.end):
            return
        endpoint = named[-1]
        a, b = group_ref(groups, before[-1].key), group_ref(groups, later.key)
        # (read here, before the group rules, and taken from the values they and the rules after them read)
        taken = {v.start for v, _ in items} | {v.start for v in others}
        s.values = [v for v in s.values if v.start not in taken]
        for (v, time), w in zip(items, others, strict=True):
            for value, group, other, end in ((v, a, b, v.end), (w, b, a, later.end)):
                fields = _fields(_Combo(endpoint, time.months[0], "rate"), replace(value, unit="%"))
                out.found.append(Found(fields, min(endpoint.start, before[-1].start), end,
                                       "result.group.time_lists", group, other, at=value.start))
        return


def _group_after_its_list(s: Sentence, mentions: list, end: int) -> Optional[Any]:
    """The group named straight after a list of values that ends at ``end`` ("... at 5 years in the A group"), or
    None."""
    lead = RX.LIST_TO_GROUP.match(s.text, end)
    return next((m for m in mentions if lead is not None and m.start == lead.end()), None)


def _read_part_then_respectively(s: Sentence, out: SentenceResults) -> None:
    """'The disease-free survival for patients with T1 tumours was 62% at 2 years, versus 35 and 22% for T2 and T3
    tumours, respectively', 'Median survival was 26 months for stage I, compared with 14 and 9 months for stage II
    and III, respectively': the first part's value, then each other part's in the order named (the first had been
    read as all patients', the others not at all). Read before the other rules, which then leave those values."""
    if not s.respectively or len(s.endpoints) != 1:
        return
    endpoint = s.endpoints[0]
    values = sorted(s.values, key=lambda v: v.start)
    for i, first in enumerate(values):
        if first.start < endpoint.end:
            continue
        head = RX.PART_THEN_RESPECTIVELY.match(s.text, first.end)
        if head is None:
            continue
        others = []
        for v in values[i + 1:]:
            gap = s.text[(others[-1].end if others else head.end()):v.start]
            if others and not RX.UNIT_THEN_LIST_JOIN.fullmatch(gap):
                break
            if not others and gap:
                return
            others.append(v)
        tail = RX.OTHERS_THEN_NAMES.match(s.text, others[-1].end) if others else None
        if tail is None:
            return
        names = [x.strip() for x in RX.NAMES_SEPARATOR.split(tail.group("names")) if x.strip()]
        if len(names) != len(others):
            return
        names = _shared_name_words(names)
        before = RX.PART_BEFORE_VALUE.search(s.text, endpoint.end, first.start)
        if (head.group("first") is None) == (before is None):
            return  # the first part named once, before its value or after it
        first_name = RX.PART_PEOPLE.sub("", (head.group("first") or before.group("first")).strip())
        if not first_name or any(not RX.A_LETTER.search(n) for n in names):
            return
        unit = "%" if (first.unit == "%" or RX.PERCENT_NEXT.match(s.text[first.end:])) else \
            "months" if (first.unit == "months" or RX.MONTHS_NEXT.match(s.text[first.end:])) else None
        if unit is None:
            return
        months = None
        at = RX.SHARE_THEN_AT.match(s.text[first.end:])
        near = [x for x in s.times if at and x.start <= first.end + at.end() + 1 and x.start >= first.end]
        if near and len(near[0].months) == 1:
            months = near[0].months[0]
        elif len(endpoint.times) == 1:
            months = endpoint.times[0]
        measure = "median" if unit == "months" else "rate"
        if measure == "rate" and months is None:
            return
        taken = {first.start} | {v.start for v in others}
        s.values = [v for v in s.values if v.start not in taken]
        for value, name in [(first, first_name), *zip(others, names, strict=True)]:
            fields = _fields(_Combo(endpoint, months if measure == "rate" else None, measure),
                             replace(value, unit=unit))
            out.found.append(Found(fields, endpoint.start, tail.end() if value is not first else head.end(),
                                   "result.list.parts_respectively", GroupRef(name), at=value.start))
        return


def _shared_name_words(names: list[str]) -> list[str]:
    """'T2 and T3 tumours' -> 'T2 tumours', 'T3 tumours' (the last item's trailing words), else 'stage II and III' ->
    'stage II', 'stage III' (the first item's leading words, ``_lead_said_once``): the words the names of a list share,
    said once."""
    if len(names) < 2:
        return names
    last = names[-1].split()
    if len(last) > 1 and all(len(n.split()) == 1 for n in names[:-1]):
        return [f"{n} {' '.join(last[1:])}" for n in names[:-1]] + [names[-1]]
    return _lead_said_once(names)


def _outcome_of_the_sentence_before(s: Sentence, previous: Optional[Sentence], mentions: list) -> None:
    """'In the A group, the median PFS was 8.2 months. In the B group, it was 5.5 months.': a sentence that names no
    outcome and says "it was" after the group it opens with is about the one outcome the sentence before named."""
    if s.endpoints or previous is None:
        return
    m = RX.OUTCOME_SAID_AGAIN.match(s.text)
    if m is None or len({(e.code, e.category, e.grade) for e in previous.endpoints}) != 1:
        return
    e, it = previous.endpoints[-1], next(k for k in ("it", "pronoun", "did", "bare", "named", "compared")
                                              if m.group(k))
    old_form = it in ("it", "bare") and RX.SAID_AGAIN_OF_ANY.fullmatch(m.group(it))
    # (the group at the head, or right after the value: "This compared with 58% in the B group")
    if not old_form and not any(g.start < m.end() or (it in ("bare", "compared") and _group_after_value(s, g))
                                for g in mentions):
        return  # ("In women, this occurred in 9 patients": a part of the patients no rule gives its rows)
    s.endpoints = [replace(e, start=m.start(it), end=m.end(it), abbreviation=False)]


def _group_after_value(s: Sentence, g: Any) -> bool:
    """Whether the group ``g`` is named right after a value, as its people ("58% among those given B")."""
    before = [v for v in s.values if v.end <= g.start]
    return bool(before) and GROUP_AFTER_VALUE.match(s.text[before[-1].end:g.start]) is not None


def _scanned_values(text: str, groups: Optional[GroupIndex], aliases: Optional[dict[str, str]],
                    ratio_kind: Optional[str] = None) -> tuple[Sentence, list, Optional[re.Match]]:
    """The sentence's mentions, without the numbers no result rule may read (digits inside a group's name, doses,
    ages, numbers in the group a sentence opens with); with the paper's groups the sentence names and its opening
    scope (``SCOPE``), which the later stages need too."""
    s = scan(text, ratio_kind)
    if aliases:
        add_aliases(s, aliases)
    mentions = groups.mentions(text) if groups else []
    if mentions:
        # "FOLFOX4", "S-1": digits inside a group's name are no values
        s.values = [v for v in s.values if not any(m.start <= v.start < m.end for m in mentions)]
    low = s.text.lower()
    s.values = [v for v in s.values if not _no_result_value(s, v, low)]
    front = SCOPE.match(text)
    if front is not None and front.group("n") is None:
        # "Among patients with a score of at least 50%, ...": a number in the group's name is no result
        s.values = [v for v in s.values if v.start >= front.end()]
    return s, mentions, front


def _bare_complications_of_the_kind_named(s: Sentence) -> None:
    """'Post-operative complications were more frequent with B, with 48% of patients given A reporting complications
    compared with 57% of those given B': the bare complications after the post-operative ones the sentence named are
    those, not toxicity of any kind; in place."""
    first = next((e for e in s.endpoints if e.code == "POSTOP_COMPLICATION"), None)
    if first is None:
        return
    for i, e in enumerate(s.endpoints):
        if e.start > first.end and e.code == "TOX" and e.category is None and e.grade is None and \
                RX.BARE_COMPLICATIONS.fullmatch(s.text, e.start, e.end):
            s.endpoints[i] = replace(e, code="POSTOP_COMPLICATION")


def _settle_endpoints(s: Sentence, previous: Optional[Sentence] = None) -> None:
    """The endpoints the sentence's values can be of: toxicities with their categories and grades, each endpoint
    once, and none that only names the patients, the events counted for an analysis or what survival is counted
    from."""
    tox = _toxicity_endpoints(s)
    if tox:
        s.endpoints = sorted([e for e in s.endpoints if not any(t.start <= e.start < t.end for t in tox)] + tox,
                             key=lambda e: e.start)
    s.endpoints = sorted(_unique_endpoints(s.endpoints, s.text) + _path_stages(s) + _graded_generic_events(s),
                         key=lambda e: e.start)
    _kind_before_the_grade(s)
    # "... led to death in 3 (2%) and 4 (2%)": deaths from adverse events only when the sentence named them before
    # ("disease progression led to death in 40" is none)
    s.endpoints = [e for e in s.endpoints if not (RX.LED_TO_DEATH.fullmatch(s.text, e.start, e.end) and not any(
        o.end <= e.start and o.code in ADVERSE_EVENT_CODES for o in s.endpoints))]
    # "Adverse events leading to death occurred in four patients (2%)": the events of no grade whose name ends in, or
    # is followed by, the death they led to are the fatal ones, grade 5 (the toxicity vocabulary reads the whole as
    # one name of the events)
    for i, e in enumerate(s.endpoints):
        if e.code == "TOX" and e.grade is None:
            death = RX.LED_TO_DEATH.search(s.text, e.start, min(len(s.text), e.end + 60))
            if death and (death.end() == e.end or (death.start() >= e.end and
                                                   RX.EVENTS_THEN_DEATH.fullmatch(s.text, e.end, death.start()))):
                s.endpoints[i] = replace(e, grade="5")
    # "Grade 3-4 cardiovascular toxicity in 11 patients given A (7 cases of hypertension, ...) and 1 given B
    # (hypertension) (33% vs 3%)": a term in an aside of no shares names what the events were, after the toxicity
    # named outside brackets; the values are the latter's
    s.endpoints = [e for e in s.endpoints if not (e.code == "TOX" and _in_an_aside(s, e) and any(
        o.code == "TOX" and o.end <= e.start and s.depths[o.start] == 0 for o in s.endpoints))]
    # "Grade 3 toxicity, mainly neutropenia, occurred in 20%": the term is an aside of the toxicity named before it,
    # whose value it is (not "mainly neutropenia (12%)")
    s.endpoints = [e for e in s.endpoints if not _aside_of_a_generic_event(s, e)]
    _bare_complications_of_the_kind_named(s)
    # "21 (34%) had >5% weight loss", "weight loss over 10%": a term with a threshold describes the patients
    s.endpoints = [e for e in s.endpoints if not (e.code == "TOX" and (
        RX.TERM_THRESHOLD_AFTER.match(s.text, e.end)
        or RX.TERM_THRESHOLD_BEFORE.search(s.text, max(0, e.start - 14), e.start)))]
    for e in s.endpoints:
        if e.code == "TOX" and e.category is None:
            before = [t for t in toxicity_terms().finditer(s.text, max(0, e.start - 90), e.start)
                      if RX.MOST_COMMON_AFTER.match(s.text[t.end():e.start])]
            if before:
                e.category = category_of(before[-1].group(0))
    # "complete healing of oral mucositis was seen in 30 patients", "resolution of grade 3 diarrhoea in 12": the event's
    # recovery counted, not its incidence
    s.endpoints = [e for e in s.endpoints if not (
        e.code == "TOX" and RX.RECOVERY_OF.search(s.text, max(0, e.start - 50), e.start))]
    # "the most common grade 3 toxicity was dermatitis": the named term is the endpoint, not "toxicity"
    # (its grade between is blank in the masked text: "the most common event of grade 3 or 4 was anaemia")
    s.endpoints = [e for e in s.endpoints if not (
        e.code == "TOX" and e.category is None and any(
            t.code == "TOX" and t.category and RX.TERM_NAMED_AFTER.fullmatch(s.masked[e.end:t.start])
            for t in s.endpoints))]
    # "survival after recurrence", "median survival following retreatment", "OS from the time of PD": the event
    # survival is counted from, not a result of its own
    s.endpoints = [e for e in s.endpoints
                   if not ((RX.ORIGIN_BEFORE.search(s.text[max(0, e.start - 25):e.start])
                            or (e.code == "RETREATMENT" and RX.GIVEN_WITH.search(s.text[max(0, e.start - 12):e.start])))
                           and any(o.end <= e.start for o in s.endpoints if o is not e))]
    # "salvage surgery was done in 8 patients after recurrence", "biopsies were taken at progression in 40": a failure
    # said as the time something was done or seen is no count of that failure, even with no other outcome before it
    s.endpoints = [e for e in s.endpoints
                   if not (e.code.startswith("FAIL_")
                           and RX.AT_THE_TIME_OF_A_FAILURE_BEFORE.search(s.text[max(0, e.start - 40):e.start]))]
    # "the liver was the main site of recurrence in 40%", "resection rates for the first relapse were 52% and 44%": the
    # failure is what the site or the treatment belongs to; the share is of that site or treatment, not of the failure
    s.endpoints = [e for e in s.endpoints
                   if not (e.code.startswith("FAIL_")
                           and RX.SITE_OR_TREATMENT_OF_A_FAILURE_BEFORE.search(s.text[max(0, e.start - 50):e.start]))]
    # "a mean local recurrence interval of 25 months", "the recurrence interval": the time to the event in those who had
    # it, neither the event's rate nor a median of its curve
    s.endpoints = [e for e in s.endpoints
                   if not (e.code.startswith("FAIL_") and RX.INTERVAL_AFTER.match(s.text, e.end))]
    # "For grade 3-4 diarrhoea, the proportions were 12% for drug K with rash, 5% for drug K without rash and 2% for
    # placebo": an event said after "with"/"without" in a group's name is what sets the group apart, not the outcome
    # of the values (which the sentence named before)
    s.endpoints = [e for e in s.endpoints
                   if not ((RX.TRAIT_OF_A_GROUP_BEFORE.search(s.text, max(0, e.start - 60), e.start)
                            or (RX.ALSO_HAD_BEFORE.search(s.text, max(0, e.start - 60), e.start)
                                and RX.NEXT_ITEM_VALUE.match(s.text, e.end)))
                           and any(o.end <= e.start and o.code in COUNTED for o in s.endpoints))]
    # "33% were stable" names stable disease only straight after a share, beside a response the sentence reports
    # ("quality of life remained stable in 30%", "PSA was stable" are no stable disease)
    # (the response may be said in the clause or sentence just before: "ORR was 41%; 33% were stable")
    # (a tumour's response, not a symptom's: "pain improved in 41%; 33% remained stable" is no stable disease)
    before = previous is not None and any(o.code in STABLE_BESIDE for o in previous.endpoints)
    s.endpoints = [e for e in s.endpoints if not (e.state and e.code == "SD" and not (
        RX.SHARE_BEFORE_STABLE.search(s.text, max(0, e.start - 40), e.start)
        and (before or any(o.code in STABLE_BESIDE and o.end <= e.start for o in s.endpoints))))]
    # "OS events occurred in 58%", "after 200 PFS events": the events counted for the analysis, no survival rate
    # (kept aside: a ratio of the sentence is of that curve, "... DFS events had occurred in 86 and 127 patients (HR
    # 0.68 ...)")
    s.__dict__["_event_curves"] = [e for e in s.endpoints
                                   if e.code in EVENTS_OF_AN_ANALYSIS and RX.EVENTS_AFTER.match(s.text, e.end)]
    s.endpoints = [e for e in s.endpoints
                   if not (e.code in EVENTS_OF_AN_ANALYSIS and RX.EVENTS_AFTER.match(s.text, e.end))]
    _symptom_responses(s)
    _emesis_responses(s)
    _response_sites(s)
    _organ_sites(s)
    _grades_of_the_kinds_named(s)
    for e in s.endpoints:
        # (a surgical complication's grade too: "Clavien-Dindo grade 3 or higher complications")
        if e.code in GRADED_BEFORE and e.grade is None:
            e.grade = _grade_for(s, e)
        # "Adverse events of any grade occurred in 50 patients (78%)": "of any grade" says the events are of every
        # grade, part of their name, so that what is said of them comes straight after it
        if e.code in ADVERSE_EVENT_CODES and e.grade is None and (every := RX.ANY_GRADE_AFTER.match(s.text, e.end)):
            e.end = every.end()


# (or a count, its share in a bracket after it: "and 19 patients (8%) remained stable", "and ten (8%) were stable")
# The tumour responses a stable state is said beside ("ORR was 41%, and 33% were stable")
STABLE_BESIDE = (codes_with("response_category") | codes_with("sums_responses")) - {"SD"}


def _drop_unmeasured_mentions(s: Sentence) -> None:
    """Leaves out what the sentence names but measures no value of: reasons set aside, the values after "except",
    what an endpoint counts in, causes, who was assessed or evaluable, who the patients are (at baseline, without
    the event, after a resection)."""
    _set_reasons_aside(s)
    # "outcomes were similar except for more caesarean births in group B (29% v 21%)": the values after
    # "except" are of what it names, not of an endpoint before it
    exception = RX.EXCEPT.search(s.text)
    if exception and not any(e.start >= exception.end() for e in s.endpoints):
        s.values = [v for v in s.values if v.start < exception.start()]
    # "survival rates, including operative mortality and deaths of any cause, were 63%": what an endpoint counts
    # in is no endpoint of its own (a breakdown with counts, "including 20 with distant progression", is kept)
    asides = [m.span() for m in RX.INCLUDING_ASIDE.finditer(s.text)]
    s.endpoints = [e for e in s.endpoints if not any(
        a <= e.start < b and any(o.end <= a for o in s.endpoints) for a, b in asides)]
    # "died of sepsis and progressive disease", "one death due to disease progression": an endpoint named as the
    # cause of what was counted is not what was counted
    s.endpoints = [e for e in s.endpoints if (e.code == "DEATH" or not CAUSE_BEFORE.search(
        s.text[max(0, e.start - 60):e.start])) and not RX.ASSESSED_IN.match(s.text, e.end)
        and not RX.EVALUABLE_FOR.search(s.text[max(0, e.start - 40):e.start])
        # "had renal impairment at baseline (arm A, 74; arm B, 88)": who the patients were, no outcome
        and not (e.code == "TOX" and RX.AT_BASELINE.match(s.text, e.end))
        # "patients whose disease progressed due to X", "21% have not progressed": who the patients are, or the event
        # denied, said with the verb
        and not (e.state and e.code == "FAIL_ANY" and (RX.WHO_OR_NOT_BEFORE.search(s.text[max(0, e.start - 30):e.start])
                                                       or RX.KIND_AFTER.match(s.text, e.end)))]
    # "completed the regimen without delayed or reduced doses (58% versus 36%)", "patients without grade 3 toxicity
    # were 70%": the share without the event, not the event's rate
    s.endpoints = [e for e in s.endpoints if not RX.WITHOUT_BEFORE.search(s.text, max(0, e.start - 50), e.start)]
    # "survival of patients who undergo complete resection", "despite complete resection, 12 had recurrence", "after
    # complete resection": who the patients are, not a resection rate
    s.endpoints = [e for e in s.endpoints if not (e.code == "R0_RESECTION" and RX.RESECTED_PEOPLE_BEFORE.search(
        s.text, max(0, e.start - 40), e.start))]


def _settle_times(s: Sentence, previous: Optional[Sentence]) -> None:
    """Gives each endpoint its time points: those written in this sentence, or, when it repeats the endpoints
    without them, those of the sentence before."""
    _spread_median(s)
    _unit_after_the_name(s)
    _attach_times(s)
    _probabilities_as_percent(s)
    _median_and_times(s)
    _inherit_single_time(s)
    _inherit_previous_times(s, previous)


def _read_group_rows(s: Sentence, mentions: list, groups: Optional[GroupIndex], out: SentenceResults,
                     ) -> list[Value]:
    """The values said group by group (``group_results``), added to ``out``: the values they took are returned and
    leave the sentence, so that no later rule reads them again for no group; values after a compared pair, of
    another population or outcome, leave it too."""
    taken_values: list[Value] = []
    if mentions:
        # "after a median follow-up of 11.4 months for A and 11.5 months for B, median PFS was ...": the follow-up
        # of each group is no group's result
        s.values = [v for v in s.values if not (v.unit == "months" and _follow_up(s, v))]
        rows, taken = group_results(s, _combos(s.endpoints), mentions, groups)
        out.found.extend(rows)
        whole = _total_before_breakdown(s, rows, taken)
        out.found.extend(whole)
        taken |= {id(v) for v in s.values if any(f.at == v.start for f in whole)}
        taken_values = [v for v in s.values if id(v) in taken]
        s.read_ends = sorted(v.end for v in s.values if id(v) in taken)
        s.values = [v for v in s.values if id(v) not in taken]
        if len({m.key for m in mentions}) == 1 and opens_the_sentence(s, mentions[0]):
            # "In arm A, the 2-year OS was 60%, against 51% overall": a value of all the patients set against the
            # group the sentence is about, whose outcome and group no rule here knows; left unexplained
            s.values = [v for v in s.values if not said_of_the_whole_population(s, count_start(s.text, v), v.end)]
            # "In arm A, median OS was 14.2 months, longer than the 11.3 months of earlier series": another source's
            sourced = of_another_source(s, s.values, mentions)
            s.values = [v for v in s.values if id(v) not in sourced]
        paired = [f.at for f in rows if f.pattern_id in ("result.group.compared_pair", "result.group.subject_pair")]
        if paired:
            # "more common with A than B overall (40% vs 29%), whereas in older patients (64% vs 62%)", "(cPR rate:
            # 40% vs 20%; cXY rate: 15% vs 30%)": values after the pairs, past the clause or under a label no name
            # knows, are of another population or outcome, which no rule here names
            cut = after_pairs(s, max(paired))
            s.values = [v for v in s.values if v.start < cut]
    return taken_values


def _arm_items_n_equals(s: Sentence, mentions: list, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """A bracket that gives each of the trial's two arms its count as "n = k" with its share, after the only outcome
    the sentence names: "Grade 3 rash was more frequent (A n=12, 20%; B n=20, 33%)" (added to ``out``; the shares
    leave the sentence)."""
    if "=" not in s.text or groups is None or len(groups.groups) != 2 or \
            len({(e.code, e.category, e.grade) for e in s.endpoints}) != 1:
        return  # (each item says "n =": most sentences are passed at once)
    depth = s.depths
    items = [(m, item) for m in mentions if m.start < len(depth) and depth[m.start] > 0
             and RX.ARM_ITEM_OPENS.search(s.text, max(0, m.start - 12), m.start)
             and (item := RX.ARM_N_ITEM.match(s.text, m.end))]
    if len(items) != 2 or items[0][0].key == items[1][0].key or \
            min(depth[items[0][0].start:items[1][1].end()]) < depth[items[0][0].start]:
        return  # (both items in one bracket, one item for each arm)
    e = s.endpoints[0]
    opening = s.text.rfind("(", 0, items[0][0].start)
    if not (e.end <= opening and RX.OUTCOME_TO_ARM_ITEMS.fullmatch(s.text, e.end, opening)):
        return  # (the bracket straight after the outcome or its verb: "the only serious event was cellulitis (A, n=4
        # [2%]; ...)" counts an event no rule knows, not every serious event)
    for (m, item), (other, _) in zip(items, reversed(items), strict=True):
        group, comparator = group_ref(groups, m.key), group_ref(groups, other.key)
        f = count_fields(e, float(item.group("n")))
        for fields in (f, dict(f, measure="rate", value=float(item.group("p")), unit="%")):
            out.found.append(Found(fields, e.start, item.end(), "result.group.n_equals", group, comparator,
                                   at=item.start("n") if fields is f else item.start("p")))
    spans = [(m.start, item.end()) for m, item in items]
    s.values = [v for v in s.values if not any(a <= v.start < b for a, b in spans)]


def _read_grades(s: Sentence, mentions: list, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """The values given grade by grade, added to ``out``; their values leave the sentence."""
    graded = _graded_brackets(s) + _grades_respectively(s, mentions, groups) + _labelled_grades(s, mentions)
    graded += _grade_in_items(s, mentions, graded)
    if graded:
        out.found.extend(graded)
        s.values = [v for v in s.values if not any(f.start <= v.start < f.end for f in graded)]


def _sized_list(text: str) -> list[GroupRef]:
    """The groups a sentence lists each with its size ("low risk (n = 40), intermediate risk (n = 55) or high risk
    (n = 30)"), in order; [] unless the items follow one another with only list words between."""
    items = list(RX.SIZED_ITEM.finditer(text))
    run: list[re.Match] = []
    for m in items:
        if run and not RX.SIZED_ITEM_JOIN.fullmatch(text, run[-1].end(), m.start("label")):
            if len(run) >= 2:
                break
            run = []
        run.append(m)
    if len(run) < 2:
        return []
    labels = [_clean(RX.ITEM_LEAD.sub("", m.group("label"))) for m in run]
    if any(not label for label in labels) or len({label.lower() for label in labels}) != len(labels):
        return []
    return [GroupRef(label, int(m.group("n") or m.group("count"))) for label, m in zip(labels, run, strict=True)]


def _read_listed_before(s: Sentence, previous: Optional[Sentence], mentions: list, out: SentenceResults) -> None:
    """'Patients were classified as low risk (n = 40), intermediate risk (n = 55) or high risk (n = 30). Their 5-year
    overall survival rates were 70%, 54% and 37%, respectively.': one outcome's values listed with "respectively" and
    no group named, as many as the sentence before listed groups with their sizes, are those groups' in order
    (added to ``out``; the values leave the sentence)."""
    if previous is None or mentions or len(s.endpoints) != 1 or not (
            s.respectively or RX.RESPECTIVE_WORD.search(s.text, 0, s.endpoints[0].start)):
        return
    listed = _sized_list(previous.text)
    values = [v for v in s.values if v.start > s.endpoints[0].end]
    if len(listed) < 2 or len(values) != len(listed) or len({v.unit for v in values}) != 1 or \
            values[0].unit is None or any(v.count is not None for v in values):
        return
    if not all(RX.LIST_JOIN.fullmatch(s.text, a.end, b.start) for a, b in zip(values, values[1:], strict=False)) or \
            not (RX.VALUES_THEN_RESPECTIVELY.fullmatch(s.text, values[-1].end) or not s.respectively
                 and RX.VALUES_THEN_END.fullmatch(s.text, values[-1].end)) or \
            not (RX.ENDPOINT_VERB.fullmatch(s.masked[s.endpoints[0].end:values[0].start])
                 or RX.LISTED_GROUPS_TAKEN_UP.fullmatch(s.masked[s.endpoints[0].end:values[0].start])):
        return
    combos = _combos(s.endpoints)
    if len(combos) != 1:
        return
    for v, g in zip(values, listed, strict=True):
        out.found.append(Found(_fields(combos[0], v), s.endpoints[0].start, v.end, "result.listed_before", g,
                               at=v.start))
    s.values = [v for v in s.values if v not in values]


def _read_ratios(s: Sentence, mentions: list, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """The hazard and odds ratios, each with the two groups it compares where the sentence names them, added to
    ``out``."""
    ratios = _ratios(s)
    listed = _ratio_lists(s)
    if listed:
        # the list reads each of its ratios with the outcome after it (and no row for one whose outcome no name
        # knows): a ratio the other rules read there, with an outcome from elsewhere, gives way
        ratios = [r for r in ratios if not any(r.start <= f.at <= r.end and r.fields["value"] == f.fields["value"]
                                               for f in listed)]
        listed = [f for f in listed if f.pattern_id == "result.ratio.list"]
    ratios += listed or _ratios_respectively(s) or _ratios_then_outcomes_respectively(s)
    if mentions and groups is not None:
        ratios += _ratios_each_against_one(s, mentions, groups, ratios)
    for r in ratios:
        _curve_of_a_hazard(s, r)
    if mentions:
        for r in ratios:
            if r.pattern_id == "result.ratio.response_group":
                continue  # "A prolonged PFS in the SD group (HR 0.68)": the subgroup's ratio of the two groups
            # "...; the corresponding values in the X population were a and b (HR ...)": X's ratio, whatever groups
            # the clause before compared
            if _kept_within_a_part(r, _part_said_again(s, r)):
                continue
            # (the groups named after it only for a ratio no words before named a subgroup of: "similar in
            # patients with X (HR ...; n = 40 in the A group ...)" is X's)
            g1, g2 = ratio_groups(mentions, groups, r.end, s.text,
                                  after=r.group is None and _population_between(s, r) is None)
            if g1 is not None and (r.comparator is None or r.group is None or r.group.key is None):
                r.group, r.comparator = g1, g2  # the two compared groups, not words before the bracket
            elif g1 is None and r.group is None and r.comparator is None and groups is not None:
                r.group, r.comparator = _arm_said_better(s, r, mentions, groups)
    # a ratio of two kinds of patients stays only when they are two of the paper's groups
    ratios = [r for r in ratios if not r.needs_groups or (
        r.group is not None and r.comparator is not None and r.group.key is not None
        and r.comparator.key is not None and r.group.key != r.comparator.key)]
    for r in ratios:
        _sized_part_before_the_ratio(s, r, groups)
    _ratios_of_listed_parts(s, mentions, ratios, groups)
    for r in ratios:
        if r.group is None and r.comparator is None:
            _than_groups_of_a_ratio(s, r)
        if r.group is None and r.comparator is None:
            _subject_factor(s, r, groups)
        _deaths_ratio_as_survival(s, r)
    # "In the Cox model, X predicted OS (1.42, 1.10-1.83)": a ratio whose kind only the model named is a factor's or a
    # group's, never all patients' (the factor not found, no row)
    ratios = [r for r in ratios if r.group is not None or not any(
        x.by_model and x.value == r.fields["value"] and r.start <= x.start and x.end <= r.end for x in s.ratios)]
    # "Predictors of OS were age (HR 1.03) and stage (HR 1.6)": a trait named without its level is no group of
    # patients (the ratio is per year, per category or of levels not said); left unexplained
    ratios = [r for r in ratios if r.group is None or r.group.key is not None or
              not RX.BARE_COVARIATE.fullmatch(r.group.label or "")]
    ratios = [r for r in ratios if not _ratio_in_a_risk_named_subject(s, r)]
    # "Smokers had a higher risk of relapse (HR 1.8)": the subject's against those the sentence does not name, never
    # all patients' (no row when no rule named the two)
    ratios = [r for r in ratios if r.group is not None or
              not RX.SUBJECT_HAD_RISK.match(s.text[:_opening_before(s, r)])]
    out.found.extend(f for f in (_as_the_pair_says(s, f) for f in ratios) if f is not None)


def _drop_unnamed_pair_before_another_group(s: Sentence, mentions: list, groups: Optional[GroupIndex],
                                            out: SentenceResults) -> None:
    """Drops, in a trial of more than two groups, the bracketed pair no group names that one of the paper's groups
    follows outside its bracket ("Median survival (9.6 v 9.8 months [for C]; HR 1.03) with B was similar to that with
    C"): the pair is that group's against another, not the pair compared in the sentence before; which value is whose
    is not said here. So is a ratio in the same bracket given to no group (never all patients')."""
    if groups is None or len(groups.groups) <= 2 or not mentions:
        return
    opened: set[int] = set()
    for f in out.found:
        if f.group is None or f.group.key is not None or f.group.unnamed not in (0, 1):
            continue
        opening = _bracket_opening(s, min(f.value_at, len(s.depths) - 1))
        if opening is None:
            continue
        closing = _bracket_end(s.text, f.value_at)
        end = RX.CLAUSE_END.search(s.text, closing)
        if any(closing <= m.start < (end.start() if end else len(s.text)) for m in mentions):
            opened.add(opening)
    if opened:
        out.found = [f for f in out.found if not (
            (f.group is None or (f.group.key is None and f.group.unnamed in (0, 1)))
            and _bracket_opening(s, min(f.value_at, len(s.depths) - 1)) in opened)]


# The fields that tell two values of one group apart: what was measured, when, of which event and grade, how
SAME_OUTCOME_FIELDS = ("endpoint", "measure", "timepoint_months", "category", "grade", "site", "analysis")


def _drop_two_values_of_one_groups_outcome(s: Sentence, out: SentenceResults) -> None:
    """Drops the values of an outcome a sentence gives one group twice over, with two numbers ("(2.8 vs 2.9 months in
    B for X; 1.2 vs 2.8 months in B for Y)", "(73 vs 40 deaths) ... deaths from X in the A group (62 vs 31 deaths)"):
    the numbers are said of parts of the groups or of kinds of the outcome that no rule told apart, so which one is
    the group's own is not known; no row of that outcome in the sentence, rather than a wrong one. Ratios stay (two
    ratios of one comparison differ by their model: "unadjusted HR 0.83; adjusted HR 0.80")."""
    values: dict[tuple, set[float]] = {}
    for f in out.found:
        if f.group is None or f.fields.get("measure") in RATIOS:
            continue
        g = f.group
        values.setdefault((_same_outcome(f), f.fields.get("measure"), g.key or g.label, g.unnamed, g.n, g.within),
                          set()).add(f.fields["value"])
    twice = {outcome for (outcome, *_), said in values.items() if len(said) > 1}
    if not twice:
        return
    # (a count's share goes with it: "34 (68%) ... and 62 (63%)" read as one group's is neither group's; a value of
    # all patients stays unless said where a dropped one is: "15 relapsed (13%): 6 and 6 ..., 1 and 2 ...")
    dropped = [f for f in out.found if f.group is not None and f.fields.get("measure") not in RATIOS
               and _same_outcome(f) in twice]
    out.found = [f for f in out.found if f not in dropped and not (
        f.group is None and _same_outcome(f) in twice and any(d.start < f.end and f.start < d.end for d in dropped))]


def _same_outcome(f: Found) -> tuple:
    """What a row measured, when and of what (``SAME_OUTCOME_FIELDS``), a count and its share taken as one."""
    return tuple("count" if k == "measure" and f.fields.get(k) == "rate" else f.fields.get(k)
                 for k in SAME_OUTCOME_FIELDS)


def _drop_ratios_of_a_part_after_the_groups(s: Sentence, mentions: list, out: SentenceResults) -> None:
    """Drops the ratios given to the paper's groups that a part of the patients named after the groups is the scope
    of (``_ratio_of_a_part_named_after_the_groups``)."""
    out.found = [f for f in out.found if not (f.fields.get("measure") in RATIOS
                                              and _ratio_of_a_part_named_after_the_groups(s, f, mentions))]


def _ratio_of_a_part_named_after_the_groups(s: Sentence, r: Found, mentions: list) -> bool:
    """Whether a ratio given to the paper's groups follows a part of the patients named after the last of them ("...
    6 months for B in patients with liver metastases (HR 0.7)", "...; the values in the marker-high population were a
    and b (HR 0.5)"): the groups compared within that part, which no row here names; never the groups' own ratio."""
    if r.group is None or r.group.key is None or not mentions:
        return False
    at = _opening_before(s, r)
    named = [m.end for m in mentions if m.end <= at and m.key == r.group.key]
    if not named:
        return False  # (a part the rules already gave the ratio: "in 800 patients with X (HR ...)")
    # (the phrase is no name to give the ratio: it goes, as ``_kept_within_a_part`` settles a part with no name)
    return bool(_parts_named(s, list(RX.PART_BEFORE_RATIO.finditer(s.text, max(named), at)), mentions))


def _opening_before(s: Sentence, r: Found) -> int:
    """Just after the bracket that opens the ratio ``r``'s own words (its value's position when none)."""
    ratio = _ratio_of(s, r)
    at = ratio.start if ratio is not None else r.value_at
    opening = _opening(s, at)
    return opening + 1 if opening >= 0 else at


def _ratio_in_a_risk_named_subject(s: Sentence, r: Found) -> bool:
    """'Patients with a higher risk of relapse (HR 2.1) had shorter OS': a ratio in the name of the people the
    sentence is about, before its verb, is some factor's that the sentence does not name, never all patients'."""
    if r.group is not None and r.group.key is not None:
        return False  # one of the paper's groups against the other, read from the words
    m = RX.PEOPLE_NAMED_BY_RISK.match(s.text)
    return m is not None and m.end() - 1 <= r.value_at and \
        RX.SUBJECT_VERB.search(s.text, m.start("gap"), r.value_at) is None


def _sized_part_before_the_ratio(s: Sentence, r: Found, groups: Optional[GroupIndex]) -> bool:
    """'Survival was longer in all subgroups, including responders (n = 150) OS HR, 0.79; ...': a ratio right after a
    part of the patients named with its size (the outcome's name alone between) is that part's, with its size; never
    all patients', nor the arms' (in place). Not a part that is one of the paper's groups ("drug K (n = 301) HR ..."),
    nor all the patients."""
    ratio = next((x for x in s.ratios if x.value == r.fields["value"] and r.start <= x.start < r.end + 1), None)
    if ratio is None:
        return False
    m = RX.SIZED_PART_BEFORE_RATIO.search(s.text, max(0, ratio.start - 80), ratio.start)
    if m is None or (m.group("outcome") and not any(e.start <= m.start("outcome") < e.end for e in s.endpoints)):
        return False
    label = _clean(m.group("label"))
    if RX.NO_SUBGROUP_WORDS.fullmatch(label) or RX.NOT_A_RATIO_LABEL.search(label) or \
            (groups is not None and groups.mentions(label)):
        return False
    # (the arms a rule gave it are compared within that part: "longer with A in women (n = 200) HR 0.70" is no ratio
    # of all A's patients)
    r.group, r.comparator = GroupRef(label, n=int(m.group("n"))), None
    return True


def _part_between_head_and_value(s: Sentence, r: Found, groups: Optional[GroupIndex]) -> Optional[str]:
    """The part of the patients named between a ratio's name and its number ("HR for stage I = 1.35"); None for no
    such part: an outcome ("HR for death", "odds ratio for response"), the whole study ("HR in the ITT population"),
    one of the paper's groups ("HR for drug K"), or two levels set against each other ("HR for T2 versus T1")."""
    ratio = _ratio_of(s, r)
    m = RX.PART_AFTER_RATIO_HEAD.match(s.text[ratio.start:ratio.value_start]) if ratio is not None else None
    if m is None:
        return None
    label = m.group("label")
    at = ratio.start + m.start("label")
    if any(at <= e.start < at + len(label) or e.start <= at < e.end for e in s.endpoints) or \
            RX.OUTCOME_WORD_FIRST.match(label) or RX.WHOLE_STUDY.search(label) or \
            RX.COMPARING_WORD.search(label) or \
            (groups is not None and groups.mentions(label)):
        return None
    return _clean(label)


def _ratio_of(s: Sentence, r: Found) -> Optional[Ratio]:
    return next((x for x in s.ratios if x.value == r.fields["value"] and r.start <= x.value_start < r.end + 1
                 and x.start < x.value_start), None)


def _ratios_of_listed_parts(s: Sentence, mentions: list, ratios: list[Found], groups: Optional[GroupIndex]) -> None:
    """'The effect of A on survival varied with stage (HR for stage I = 1.35; ...; HR for stage II = 0.84; ...)', '(...;
    HR for stage III, 0.66; ...; stage I, HR, 1.05; ...)': ratios listed each with a part of the patients (after the
    ratio's name, or an item's label before it in the same bracket) compare the arms within each part: the parts'
    ratios, never the arms' nor all patients' (in place). Only a list of two or more, in a sentence that names a
    compared group or the treatment's effect: a single "odds ratio for low X" is the ratio of a trait against its
    other level, no part's."""
    between = [(r, label) for r in ratios if r.group is None or r.group.key is not None
               if (label := _part_between_head_and_value(s, r, groups)) is not None]
    openings = {_bracket_opening(s, x.start) for x in (_ratio_of(s, r) for r, _ in between) if x is not None} - {None}
    items = []
    for r in ratios:
        ratio = _ratio_of(s, r) if not any(r is x for x, _ in between) else None
        if ratio is None or _bracket_opening(s, ratio.start) not in openings:
            continue
        m = RX.RATIO_ITEM_LABEL.search(s.text, max(0, ratio.start - 60), ratio.start)
        label = m.group("label").strip() if m else None
        if label is None or RX.NOT_A_RATIO_LABEL.search(label) or RX.TIME_IN_LABEL.search(label) or \
                any(m.start("label") < e.end and e.start < ratio.start for e in s.endpoints) or \
                (groups is not None and groups.mentions(label)):
            continue
        items.append((r, _clean(label)))
    parts = between + items
    if len(parts) < 2 or len({label.lower() for _, label in parts}) < len(parts) or \
            not (mentions or RX.EFFECT_WITHIN_PARTS.search(s.text)):
        return
    for r, label in parts:
        r.group, r.comparator = GroupRef(label), None


def _arm_said_better(s: Sentence, r: Found, mentions: list, groups: GroupIndex
                     ) -> tuple[Optional[GroupRef], Optional[GroupRef]]:
    """'Patients were randomised to drug K or drug M. ... PFS was longer with drug K (HR 0.70, ...)': in a trial of two
    groups, a hazard ratio whose bracket follows the one group the sentence names, said better (or worse) with it, is
    that group's against the other, when the ratio says the same (below 1 for better, above for worse)."""
    value = r.fields.get("value")
    if r.fields.get("measure") != "hr" or len(groups.groups) != 2 or len({m.key for m in mentions}) != 1 or \
            value is None or value == 1:
        return None, None
    m = mentions[0]
    # (a part said in the ratio's clause, before it or after its bracket: "longer with drug K (HR 0.7) in patients
    # with X"; not one a later clause turns to: "(HR 0.7), with a trend for interaction with histology (P = .08)")
    close = s.text.find(")", r.value_at)
    stop = RX.COMMA_OR_SEMICOLON.search(s.text, close + 1) if close >= 0 else None
    if RX.PART_SAID.search(s.text, 0, stop.start() if stop else len(s.text)):
        return None, None
    word = RX.BETTER_WITH.search(s.text, max(0, m.start - 60), m.start)
    if word is None or not RX.ARM_THEN_RATIO.fullmatch(s.text, m.end, r.value_at) or \
            (value < 1) != bool(word.group("better")):
        return None, None
    return group_ref(groups, m.key), group_ref(groups, groups.other(m.key))


def _ratios_each_against_one(s: Sentence, mentions: list, groups: GroupIndex, ratios: list[Found]) -> list[Found]:
    """'Compared with drug C, the hazard ratio for death was 0.70 (95% CI ...) for drug A and 0.85 (95% CI ...) for
    drug B', 'The hazard ratios for death were 0.70 (95% CI ...) with drug A and 0.85 (95% CI ...) with drug B, each
    against drug C': ratios each with its interval and the group it is for, and one group they are all against (named
    at the head, at the end, or the trial's one other group when a control by name): each ratio is its group's against
    that one. Sets the group of the ratio already read and returns the rows of the others (none unless every group
    named is one of the paper's, each once)."""
    lead = RX.AGAINST_ONE_LEAD.match(s.text)
    head = [m for m in mentions if lead is not None and m.start == lead.end()]
    against = head[0].key if len(head) == 1 and RX.AGAINST_ONE_END.match(s.text, head[0].end) else None
    begin = lead.end() if against is not None else 0
    read = [r for r in ratios if r.fields.get("measure") in RATIOS]
    said = [r for r in s.ratios if r.start >= begin]
    if len(said) == 1:
        if len(read) != 1 or said[0].value != read[0].fields.get("value") or said[0].ci is None or \
                read[0].group is not None and read[0].group.key is not None:
            return []
        first: Optional[Found] = read[0]
        values = [said[0], *(v for v in s.values if v.start >= said[0].end)]
    elif not said and not read:
        # "The hazard ratios for death were 0.70 (...) with drug A and ...": a plural name no ratio was read by
        first, values = None, [v for v in s.values if v.start >= begin]
    else:
        return []
    items = _ratio_items(s, values, mentions, plural=first is None)
    if not items:
        return []
    keys = [m.key for _, m in items]
    if against is None:
        against = _against_after(s, items, mentions, groups, keys)
    if against is None or len(items) < 2 or len(set(keys)) != len(keys) or against in keys:
        return []
    if first is None:
        first = _plural_ratio(s, items[0][0], begin)
        if first is None:
            return []
    return _each_against(s, first, items, GroupRef(groups.get(against).label, key=against), groups)


def _ratio_items(s: Sentence, values: list, mentions: list, plural: bool) -> list[tuple[Any, Any]]:
    """The ratios of a list from its first, each with its interval and the group named right after it ("0.70 (95% CI
    ...) for drug A and 0.85 (...) for drug B"), up to the list's end; none when an item breaks the pattern."""
    items: list[tuple[Any, Any]] = []
    i = 0
    while i < len(values):
        v = values[i]
        if (i or plural) and (v.unit is not None or v.ci is None or v.ci[1] is None or
                              not v.ci[0] <= v.value <= v.ci[1]):
            return []
        at = RX.RATIO_FOR_NAMED.match(s.text, v.end)
        named = [m for m in mentions if at is not None and m.start == at.end()]
        if len(named) != 1:
            return []
        items.append((v, named[0]))
        after = RX.RATIO_ITEM_END.match(s.text, named[0].end)
        rest = s.text[after.end():].strip()
        if not rest or rest[0] in ".;" or RX.AGAINST_ALL_AFTER.match(s.text, named[0].end):
            break
        # the next item right after the join, with nothing else between
        nxt = [w for w in values[i + 1:] if w.start == after.end()]
        if not nxt or not after.group("join").strip():
            return []
        i = values.index(nxt[0])
    return items


def _against_after(s: Sentence, items: list, mentions: list, groups: GroupIndex, keys: list[str]) -> Optional[str]:
    """The group a list of ratios is against when no lead names it: said after the list (", each against placebo"),
    in the ratios' name before it ("hazard ratios versus placebo were"), or the trial's one group not listed when its
    name says it is the control ("placebo", "observation")."""
    last = items[-1][1]
    tail = RX.AGAINST_ALL_AFTER.match(s.text, last.end)
    if tail is not None:
        named = [m for m in mentions if m.start == tail.end()]
        return named[0].key if len(named) == 1 and RX.AGAINST_ALL_END.match(s.text, named[0].end) else None
    before = [m for m in mentions if m.end <= items[0][0].start]
    if before:
        name = RX.RATIO_HEAD.search(s.text, max(0, items[0][0].start - 90), items[0][0].start)
        inside = [m for m in before if name is not None and m.start >= name.start()]
        if len(before) == 1 and inside and RX.AGAINST_IN_NAME.search(s.text, name.start(), inside[0].start):
            return inside[0].key
        return None
    rest = [g for g in groups.groups if g.key not in keys]
    if len(rest) == 1 and len(groups.groups) == len(keys) + 1 and \
            any(GROUPS_RX.COMPARATOR_ARM.search(a) for a in (rest[0].label, *rest[0].aliases)):
        return rest[0].key
    return None


def _plural_ratio(s: Sentence, v: Any, begin: int) -> Optional[Found]:
    """The first ratio of a list under a plural name ("The hazard ratios for death were 0.70 (...)"): its kind and its
    outcome from the name (its events, "for death", or an outcome named in it); None when the name says neither."""
    name = RX.RATIO_HEAD.search(s.text, max(begin, v.start - 90), v.start)
    if name is None or not RX.RATIOS_WORD.search(name.group(0)):
        return None
    event = RX.RATIO_EVENT.search(s.text, name.start(), v.start)
    inside = [e for e in s.endpoints if name.start() <= e.start and e.end <= v.start]
    code = _event_code(event) if event else inside[-1].code if len(inside) == 1 else None
    if code is None:
        return None
    kind = "hr" if name.group("hr") else "or" if name.group("or") else "rr"
    p, op = _p_after(s, v.end, len(s.text))
    fields = {"endpoint": code, "measure": kind, "timepoint_months": None, "value": v.value, "unit": "ratio",
              "ci_low": v.ci[0], "ci_high": v.ci[1], "p_value": p, "p_op": op if op != "=" else None,
              "analysis": "multivariate" if RX.MULTIVARIATE.search(s.text) else
              "univariate" if RX.UNIVARIATE.search(s.text) else None}
    return Found(fields, name.start(), v.end, "result.ratio.each_group", at=v.start)


def _each_against(s: Sentence, first: Found, items: list, against: GroupRef, groups: GroupIndex) -> list[Found]:
    """Each ratio of the list its group's against ``against``: the first (already read) set in place, the others
    returned."""
    out = [first] if first.group is None and first.pattern_id == "result.ratio.each_group" else []
    for n, (v, m) in enumerate(items):
        r = first if n == 0 else Found(dict(first.fields), first.start, v.end, first.pattern_id, at=v.start)
        if n:
            p, op = _p_after(s, v.end, items[n + 1][0].start if n + 1 < len(items) else len(s.text))
            r.fields.update(value=v.value, ci_low=v.ci[0], ci_high=v.ci[1], p_value=p, p_op=op if op != "=" else None)
            out.append(r)
        r.group, r.comparator = GroupRef(groups.get(m.key).label, key=m.key), replace(against)
    return out


def _deaths_ratio_as_survival(s: Sentence, r: Found) -> None:
    """'No difference in all-cause deaths (OR 0.83)', 'deaths from any cause (RR 0.95)': a ratio of the deaths of
    every cause is the overall survival's, as a curator records it. Deaths of a kind ('vascular deaths', 'induction
    deaths', 'deaths from lung cancer') keep their own reading."""
    if r.fields.get("endpoint") != "DEATH" or r.fields.get("measure") not in ("hr", "or", "rr"):
        return
    named = [e for e in s.endpoints if e.code == "DEATH" and e.start <= r.start + 1]
    if named and (RX.ANY_CAUSE_BEFORE.search(s.text, max(0, named[-1].start - 20), named[-1].start)
                  or RX.ANY_CAUSE_AFTER.match(s.text, named[-1].end)
                  or RX.ANY_CAUSE_WITHIN.search(s.text, named[-1].start, named[-1].end)):
        r.fields["endpoint"] = "OS"


def _read_counts(s: Sentence, mentions: list, groups: Optional[GroupIndex], taken_values: list[Value],
                 out: SentenceResults) -> list[Found]:
    """The counts of patients (with their shares), added to ``out`` and returned: the rates read after them must
    know which endpoints were counted. ``taken_values`` are the values the group rules read."""
    counts = _counts(s) + _term_n(s) + _zero_counts(s) + _state_counts(s) + _counts_respectively(s) + \
        _symptoms_relieved(s)
    counts += _graded_events_counted(s, counts, mentions)
    counts += _toxicity_breakdown(s, counts)
    counts += _term_counts_after(s, counts)
    counts += _elliptic_response_counts(s, counts)
    counts += _events_sharing_a_count(s, counts)
    listed_counts, count_lists = _listed_counts(s)
    counts += listed_counts
    versus = _versus_counts(s) + _compared_versus_counts(s, groups) + _versus_deaths(s, mentions)
    # (a count of deaths that is one of a pair is never all the patients' count, the pair read or not)
    pairs = [(start, end) for _, _, _, start, end in _death_pairs(s)]
    counts = [c for c in counts if c.fields.get("endpoint") != "DEATH" or not any(a <= c.start < b for a, b in pairs)]
    counts, versus = _not_who_was_assessed(s, counts), _not_who_was_assessed(s, versus)
    if versus:  # the pair's first count read alone ("occurred in 4 of 52 ...") is one of the pair
        counts = [c for c in counts if not any(v.start <= c.start < v.end or c.start <= v.start < c.end
                                               for v in versus)] + versus
    counts += _count_lists(s, counts, taken_values, groups if mentions else None, sized=groups)
    counts = [c for c in counts if not _joint_count(s, c) and not _symptom_before_its_relief(s, c)]
    # (the last count of a list read alone as the outcome's after it: "3 (8%) and 5 (13%) developed local recurrence")
    counts = [c for c in counts if c in listed_counts or c.pattern_id == "result.count_pair.sized" or not any(
        a <= c.start < b or (c.at is not None and a <= c.at < b) for a, b in count_lists)]
    counts += _rates_each_at_a_time(s, counts)
    if mentions:
        _breakdown_of_a_groups_value(s, counts, out.found, taken_values)
    # "In the A group, grade 3 rash occurred in nine patients (6%)": a count whose share a group rule read is that
    # group's, not a second row for no group (the count rules read the text, not the values left)
    counts = [c for c in counts if not any(c.start <= v.start < c.end and c.fields["value"] in (
        (v.value,) if c.fields["measure"] == "rate" else (v.count, v.value)) for v in taken_values)]
    out.found.extend(counts)
    return counts


def _sentence_scope(s: Sentence, text: str, mentions: list, groups: Optional[GroupIndex]) -> Optional[GroupRef]:
    """The group the whole sentence is about, if it opens with one; read before the rates and medians are
    aligned, where it always was."""
    # "Of the 14 resected patients, ...", "In the A group, ...": the sentence's numbers are that group's
    # ("In patients given drug A, ...": a group the paper compares, by the name it knows)
    scope = (_scope(text) if not _names_an_arm(text, mentions) else None) or \
        (scope_group(s, mentions, groups) if mentions and groups is not None else None)
    return scope


def _counts_beside_rates(s: Sentence, rows: list[Found], uncounted: list[Value]) -> list[Found]:
    """The count rows of the shares the rate rules read from "x% (k of N)" when no count rule read k: each rate row of
    a counted outcome gets its count beside it, same group; a group whose shares all count out of one N (and whose
    size is not said) is N patients."""
    out, totals = [], {}
    for f in rows:
        same = [v for v in uncounted if v.value == f.fields["value"] and f.start <= v.start and v.end <= f.end]
        v = next((v for v in same if v.start <= f.value_at <= v.end), same[0] if len(same) == 1 else None)
        if v is None or f.fields["measure"] != "rate" or f.fields["endpoint"] not in COUNTED_CODES:
            continue
        m = RX.RATE_THEN_ITS_COUNT.match(s.text, v.start, v.end)
        if m is None or int(m.group("k")) != v.count:
            continue
        fields = {k: x for k, x in f.fields.items() if k not in ("ci_low", "ci_high", "value_op")}
        fields.update(measure="count", value=float(v.count), unit="n", timepoint_months=None)
        out.append(Found(fields, f.start, f.end, f.pattern_id, f.group, f.comparator, at=f.at))
        if f.group is not None and f.group.n is None:
            totals.setdefault(id(f.group), (f.group, set()))[1].add(int(m.group("total")))
    for group, sizes in totals.values():
        if len(sizes) == 1 and group.label:
            group.n = sizes.pop()
    return out


def _read_rates_and_medians(s: Sentence, counts: list[Found], out: SentenceResults) -> None:
    """The rates and medians left, each endpoint aligned with the values after it, added to ``out``; an endpoint
    whose rate its count gave (``counts``) takes no second one."""
    # (a curve's rate with the patients it counts in the bracket after, "6-month PFS was 21.7% (20 of 92)": the count
    # rules read no curve, so the rate is read here when none of them read it)
    # (nor a share written first with its count no count rule read: "were 6% (2 of 33) and 15% (5 of 33),
    # respectively, in A and ...": the rate rules read the share, and its count goes beside it below)
    # (only where every share of the sentence is written so, two or more: a lone one, or one among counts written
    # first, is the count rules' to read or to leave)
    shares = [v for v in s.values if v.unit == "%"]
    uncounted = [v for v in shares if not any(c.start <= v.start < c.end for c in counts)] if len(shares) >= 2 and all(
        v.count is not None and RX.RATE_THEN_ITS_COUNT.match(s.text, v.start, v.end) for v in shares) else []
    counted = {(v.start, v.end) for v in s.values if v.count is not None and not (
        RX.CURVE_CODES_RE.search(s.text, 0, v.start) and RX.RATE_THEN_ITS_COUNT.match(s.text, v.start, v.end))
        and v not in uncounted}
    already = len(out.found)
    rate_values = [v for v in s.values if v.unit == "%" and (v.start, v.end) not in counted
                   and not any(c.start <= v.start < c.end for c in counts)]
    # "survival at (a) 3 years", "within 2 years": a time point the text did not tie to a rate, not a median
    month_values = [v for v in s.values if v.unit == "months" and not _no_duration_result(s, v)
                    and not _second_of_an_unread_pair(s, v)]
    combos = _combos(s.endpoints)
    # "12 patients (27%) improved ... and over one-half (55%) did not": an endpoint whose count and rate
    # were read takes no second rate from later in the sentence
    counted_rates = {(f.fields["endpoint"], f.fields.get("category"), f.fields.get("timepoint_months"))
                     for f in counts if f.fields["measure"] == "rate" and (f.group is None or not f.group.label)
                     and f.pattern_id != "result.rate_at_time"}
    # "The 5- and 10-year survivals after A were 59% and 35%, less than after B (5 years, 77%; 10 years, 70%)": the
    # rates each with its own time are the endpoint named just before them, not the same endpoints named earlier
    timed_names = {f.start for f in counts if f.pattern_id == "result.rate_at_time"}
    # "Within group A, 40 (94%) had a positive margin": the count a group rule read is that endpoint's too
    counted_rates |= {(f.fields["endpoint"], f.fields.get("category"), None) for f in out.found
                      if f.fields["measure"] == "count" and f.pattern_id == "result.group.bracket"}
    rates = [c for c in combos if c.measure == "rate" and (c.months is not None or c.endpoint.code in COUNTED_CODES
                                                            or c.endpoint.code in TIME_TO_EVENT)
             and (c.endpoint.code, c.endpoint.category, c.months) not in counted_rates
             and c.endpoint.start not in timed_names]
    # "OS (10.6 vs. 5.3 months)": a survival endpoint given in months without "median" is its median.
    medians = [c if c.measure in ("median", "mean") else _Combo(c.endpoint, None, "median") for c in combos
               if c.measure in ("median", "mean")
               # (not a state the sentence gives no median of: "were alive without disease and followed for less
               # than 3 years"; "survived a median of 6.7 months" is one)
               or (c.months is None and c.endpoint.code in MEDIAN_IN_MONTHS
                   and not (c.endpoint.state and not RX.MEDIAN_WORD.search(s.text)))]
    # "Response rate, median OS and the 2-year OS were 28%, 11.2 months and 47%, respectively, in A; ...":
    # rates and medians in blocks, one per group named after it
    blocks = _blocks_of_named_groups(s, sorted(rates + medians, key=lambda c: c.endpoint.start),
                                     sorted(rate_values + month_values, key=lambda v: v.start))
    if blocks:
        out.found.extend(blocks)
        rate_values, month_values = [], []
    out.found.extend(_align(s, rates, rate_values))
    out.found.extend(_align(s, medians, month_values, pattern="result.median"))
    # "in patients 65 to 74 years (HR ...)": a span of 25 years or more is an age, never a cohort's median time
    out.found = [f for f in out.found if not (f.fields["measure"] in ("median", "mean")
                                              and f.fields.get("unit") == "months"
                                              and f.fields["value"] >= MAX_MEDIAN_MONTHS)]
    out.found.extend(_counts_beside_rates(s, out.found[already:], uncounted))
    out.found.extend(_failure_sites(s, out.found))
    out.found.extend(_median_in_bracket_after_rates(s, out.found, month_values))
    with_median = {f.fields["endpoint"] for f in out.found if f.fields["measure"] == "median"}
    out.found = [f for f in out.found
                 if not (f.fields["measure"] == "rate" and f.fields.get("timepoint_months") is None
                         and f.fields["endpoint"] in with_median and f.pattern_id != "result.count")]


def _second_front(s: Sentence) -> Optional[tuple[int, Optional[GroupRef]]]:
    """Where a sentence that opens with a part of the patients turns to another part in a clause of its own ("For
    patients with T1 tumours, median survival was a, and for patients with T2 tumours, median survival was b"), with
    that part (None when its words name no people the way an opening part does: "and for T2 tumours ...")."""
    for m in RX.SECOND_FRONT.finditer(s.masked):
        if any(m.end("label") <= e.start < m.start("verb") for e in s.endpoints):
            return m.start(), _scope(f"{m.group('prep').capitalize()} {m.group('label')},")
    return None


def _place_in_scope(s: Sentence, text: str, scope: Optional[GroupRef], mentions: list,
                    groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """Gives the rows no rule placed the group the sentence is about (``scope``) or the population named beside
    them, and drops those said of a subgroup of the arms or of a part of the one group the sentence opens with,
    which no row here names."""
    if scope is not None and scope.key is None and _a_subgroup(text, groups):
        out.found = _within_subgroup(s, out.found, mentions, groups)
    if scope is not None:
        # "In arm A, the ORR was higher (40%) than previously reported (25%)": the value after is no group's here
        literature = [v for v in s.values if than_no_group(s, count_start(s.text, v))]
        out.found = [f for f in out.found if not any(
            v.value == f.fields["value"] and f.start <= v.start < max(f.end, f.value_at + 1) for v in literature)]
        opening = RX.SCOPE_SIZE.match(text)
        turn = _second_front(s)
        turned: list[Found] = []
        for f in out.found:
            if opening is not None and f.fields["measure"] == "count" and f.start < opening.end() and \
                    scope.n == f.fields["value"] and scope.key is None:
                # "Of the 31 patients with local failure, 26 had ...": the scope's own size, counted among all the
                # patients, is no count within that scope
                f.group = None
                continue
            if f.group is None or not f.group.label:  # known by its size only: the scope names it
                if turn is not None and _value_start(s, f) >= turn[0]:
                    # "..., and for patients with T2 tumours, median survival was b": the value is the part the
                    # later clause opens with (no row when its words name no people)
                    f.group = turn[1]
                    turned.append(f)
                else:
                    f.group = scope
        out.found = [f for f in out.found if not (f in turned and f.group is None)]
    for f in out.found:
        if f.group is None:
            f.group = _population_between(s, f) or _stage_after(s, f) or _first_of_two_parts(s, f, mentions)
            if f.group is not None and f.comparator is None and f.fields.get("measure") in RATIOS:
                f.comparator = _ratio_other_side(s, f)
    # "OS was worse in patients with X (HR a) and in Y (HR b)": a ratio after another one of a population, with no
    # population of its own, is no ratio of all patients (nor of the first population)
    out.found = [f for f in out.found if not (f.group is None and _after_a_populations_ratio(s, f))]
    # "After excluding patients who died early, 2-year survival was 55%": of those left, a part no row here names,
    # never all patients
    out.found = [f for f in out.found if not (f.group is None and RX.EXCLUDED_ANALYSED.search(s.text, 0, f.value_at))]
    out.found = [f for f in out.found if not (f.fields.get("measure") in ("count", "rate") and f.group is None
                                              and RX.EXCLUSION_REASONS.search(s.text, 0, f.value_at))]
    # "Median OS among the patients in the X population was longer with A than with B (a vs b; HR r)": the arms' if
    # X is the trial's own population, else each arm's within a part
    out.found = _values_of_a_population_after_the_outcome(s, out.found, groups)
    # "(7.1 vs 6.6 months) or among the 640 patients with X (8.2 vs 6.9 months)": an unnamed pair said of a
    # subgroup is each arm's subgroup, which no row here names; not the arms themselves
    out.found = [f for f in out.found if not (
        f.group is not None and f.group.unnamed in (0, 1) and f.group.key is None
        and (RX.SUBGROUP_BEFORE.search(s.text, max(0, f.value_at - 90), f.value_at)
             or _subgroup_of_arms(s, f, mentions, analysed_only=True)))]
    # "Median PFS in Japanese patients was 12.1 months for A and 4.9 months for B": each arm's value within a subgroup,
    # which no row here names; never the arm's own
    out.found = [f for f in out.found if not (f.group is not None and (f.group.key is not None or (
        groups is not None and f.group.label and groups.mentions(f.group.label)))
        and _subgroup_of_arms(s, f, mentions))]
    out.found = _arm_rows_of_a_trailing_subgroup_dropped(s, out.found, mentions)
    out.found = _values_of_a_part_in_the_subject(s, out.found, mentions)
    out.found = [f for f in out.found if not _arm_value_of_a_part_named_after_the_arms(s, f, mentions)]
    out.found = _fewer_cycles_completed_dropped(s, out.found)
    if RX.BASELINE_FRONT.match(text):
        # "On admission, 90% had cough, 40% haemoptysis and 55% chest pain": symptoms the patients came with
        out.found = [f for f in out.found if f.fields.get("endpoint") != "TOX"]
    out.found = [f for f in out.found if not (
        f.fields.get("measure") == "hr" and f.fields.get("endpoint") not in DEATH_EVENTS and any(
            s.depths[m.start()] == 0 for m in RX.PREDICTED_SURVIVAL.finditer(s.text, f.value_at)))]
    # (a row whose group names no stage; "in stage II patients (40% vs 30%)" names its stage's arms elsewhere)
    out.found = [f for f in out.found if not (
        RX.STAGE_BRACKET_BEFORE.search(s.text, max(0, f.value_at - 90), f.value_at)
        and not (f.group is not None and f.group.label and "stage" in f.group.label.lower()))]
    _parts_named_at_the_end(out.found, s)
    _name_unnamed_pairs(out.found, mentions, groups, s)
    out.found.extend(_elliptic_subgroups(s, out.found))
    out.found.extend(_ratios_listed_for_parts(s, out.found))
    out.found.extend(_median_after_rate(s, out.found))
    if mentions and len({m.key for m in mentions}) == 1 and opens_the_sentence(s, mentions[0]):
        # "In arm A, response rate (64% v 11%) ... favoured mutant tumours": a pair said within the one group that opens
        # the sentence compares two parts of it, never the paper's two groups; nor are parts named within it ("more
        # frequent in the pretreated group (12% vs 4% for the others)") groups any row here names
        out.found = [f for f in out.found if not any(g is not None and g.key is None and (
            g.unnamed in (0, 1) or (g.label and f.comparator is not None)) for g in (f.group, f.comparator))]


def _qualify_and_drop_differences(s: Sentence, mentions: list, out: SentenceResults) -> None:
    """Qualifies the rows (``qualify``, grades said after them) and drops the rates of events no vocabulary knows
    and the values that are differences between groups or amounts gained, not any group's own."""
    qualify(s, out.found, [(m.start, m.end) for m in mentions])
    _grades_said_after_values(s, out.found)
    # "Among the adverse events, the incidence of PPE in the A arm was higher (48% vs 9%)": the rates of an event no
    # vocabulary knows, not of adverse events in general
    out.found = [f for f in out.found if not (f.fields.get("endpoint") == "TOX" and not f.fields.get("category")
                                              and _unknown_event_between(s, f))]
    out.found = [f for f in out.found if not (f.fields.get("endpoint") == "TOX" and f.fields.get("category")
                                              and _unknown_term_before(s, f))]
    # "an 11% improvement in survival", "survival benefit at 5 years was 8.9%": a difference between
    # groups, not a rate of either
    # (not one of the values a list gives the paper's groups in turn: "no difference among arms A, B and C, with
    # median survival a, b and c months, respectively")
    out.found = [f for f in out.found if not (f.fields.get("measure") in ("median", "mean") and f.comparator is None
                                              and (f.group is None or f.group.unnamed is None)
                                              and f.pattern_id != "result.group.list" and (
        RX.TIME_DIFFERENCE_AFTER.match(s.text, f.value_at, f.value_at + 40)
        # "a gain in median OS of 2 months" (before the endpoint: "no survival difference (median 13 and 17 months)"
        # is two medians), "an OS benefit of 4 months"
        or RX.DIFFERENCE_BEFORE.search(s.masked[max(0, f.start - 30):f.start + 1])
        or RX.DIFFERENCE_OF.search(s.masked, max(0, f.value_at - 40), f.value_at)))]
    out.found = [f for f in out.found if not (f.fields.get("measure") == "rate" and (
        RX.DIFFERENCE_AFTER.match(s.text[f.value_at:f.value_at + 40]) or
        # "a 10% absolute survival benefit": the endpoint said between the number and the difference's word
        (f.pattern_id.endswith(".value_first") and RX.DIFFERENCE_AFTER.match(s.text[f.end:f.end + 40])) or
        RX.NOT_PATIENTS_AFTER.match(s.text[f.value_at:f.value_at + 40]) or
        # "a relative increase in survival of 23%", "an improvement in the 2-year rate of 8%": a change, no rate
        RX.CHANGE_OF.search(s.text, max(0, _value_start(s, f) - 70), _value_start(s, f)) or
        RX.CUT_OFF_BEFORE.search(s.text, max(0, _value_start(s, f) - 50), _value_start(s, f)) or
        # endpoint names are blank there; "no differences in OS between the groups (32% vs 30%)" is the two groups'
        (RX.DIFFERENCE_BEFORE.search(s.masked[max(0, f.start - 30):f.value_at])
         and (f.comparator is None or f.pattern_id == "result.compare_blocks"))))
        # "prolonged survival by about four months", "by a median of 2.1 months": an amount gained, of any measure
        and not RX.BY_AMOUNT.search(s.text, max(0, f.value_at - 90), f.value_at)]


def _name_groups_beside(s: Sentence, mentions: list, groups: Optional[GroupIndex], front: Optional[re.Match],
                        out: SentenceResults) -> None:
    """Gives the rows no rule placed the group named right beside their values (in a bracket, before or after
    them, or both groups), or drops them where that group is one no row here names; ``front`` is the sentence's
    opening scope."""
    for f in out.found:
        # "12 (8%) patients in both arms", "60% in each group": the same value for each group (assemble gives it
        # to each)
        both = IN_BOTH_GROUPS.search(s.text, f.start, min(len(s.text), max(f.end, f.value_at) + 40))
        # (not past another value: "in 9 patients (...), of whom two died (one in each group)" gives each group one)
        at = _value_start(s, f)
        if both is not None and any(at < v.start < both.start() and v.value != f.fields["value"] for v in s.values):
            both = None
        if f.group is None and both and not any(both.start() <= m.start < both.end() + 40 for m in mentions):
            f.group = GroupRef(both.group("label"))
    for f in out.found:
        # "The longest median survival (88 months) occurred in patients with 12 or more nodes examined": the value
        # of the part of the patients named after it, never all patients'
        if f.group is None:
            m = RX.SUPERLATIVE_SEEN_IN.match(s.text, _value_end(s, f))
            if m and RX.SUPERLATIVE_BEFORE.search(s.text, max(0, f.start - 30), _value_start(s, f)):
                f.group = GroupRef(_clean(m.group("label")))
    labelled = _bracket_labelled(s)
    if labelled:
        # "were 10% (CPx) and 74% (CVb)": values each followed by the name of its own group in a bracket, a group
        # no rule here knows; never all patients'
        out.found = [f for f in out.found if f.group is not None or not any(
            f.start <= v.start < max(f.end, f.value_at) + 1 and v.value == f.fields["value"] for v in labelled)]
    if any(f.group is not None and f.group.label for f in out.found):
        # "12.5% for Q and 26.0% for QP" where only QP is a known name: the first value is Q's, not all patients'
        # (not "89% for stage IA patients (40% had a CR)": patients named right after it, whose value it is)
        out.found = [f for f in out.found if f.group is not None
                     or not RX.GROUP_NAMED_AFTER.match(s.text, f.value_at, min(len(s.text), f.value_at + 60))
                     or RX.PATIENTS_WORD.search(_group_beside(s, f) or "")]
    # "Grade 3 events were nausea (n=4), anaemia (n=2) and fatigue (n=6) in the weekly group": each item of a list of
    # counts that ends with one group's name is that group's, not only the last item (which the words right after
    # it name); never all patients'
    # (a group by a role the paper's groups do not know gets no row: "... in the control arm" of arms A and B)
    unknown: list[Found] = []
    for f in out.found:
        listed = RX.TERM_LIST_THEN_GROUP.match(s.text, f.end) if f.group is None and \
            f.pattern_id == "result.count.term_n" else None
        if listed is not None:
            f.group = _beside_group(_clean(listed.group("label")), groups)
            # (nor an item whose grade no rule settled in a list a grade heads: "Grade 3 events were ... in the A
            # group; and rash (n=3) in the B group" may be rash of any grade or of grade 3)
            if not f.group.label or (f.fields.get("grade") is None and any(g[2] <= f.start for g in s.grades)):
                unknown.append(f)
    out.found = [f for f in out.found if f not in unknown]
    # "The response rate was 80% for stage II patients", "grade 3 rash occurred in the placebo arm in 2%": a value said
    # of a group named right after or before it in its clause, which no rule placed, is that group's; never all's
    # (a ratio compares the groups: one no rule placed is of the comparison, said beside either group's name)
    kept = []
    for f in out.found:
        if f.group is not None and not f.group.label and f.group.key is None and f.group.unnamed is None and \
                f.fields["measure"] not in RATIOS and \
                (lettered := RX.LETTERED_GROUP_AFTER_VALUE.match(s.text, _value_start(s, f))) is not None:
            # "52% (13/25) in arm A": the count's total is of the lettered group named right after
            named = _beside_group(_lettered_label(lettered), groups)
            f.group = replace(named, n=f.group.n) if named.label else named
        beside = None if f.group is not None else _group_beside(s, f)
        if f.fields["measure"] in RATIOS:
            # "Patients with X mutations had a median PFS of 5 months (HR 1.4)": a ratio said of a part of the patients
            # that none of the paper's groups is, is computed within that part; never all patients'
            # (an arm, by its name or its role, is one side of the comparison: "the HR in the experimental arm")
            confined = RX.CONFINED_TO.search(s.text, max(0, _value_start(s, f) - 90), _value_start(s, f)) \
                if f.group is None else None
            if beside and not (groups is not None and groups.mentions(beside)) and \
                    not RX.ROLE_NAME.search(beside) and not RX.ARM_WORD_END.search(beside):
                f.group = GroupRef(_clean(RX.BESIDE_STOP.split(beside)[0]))
            elif confined and not (groups is not None and groups.mentions(confined.group("label"))):
                # "The improvement in OS was confined to RT patients (HR = 0.70)": the ratio of that part of them
                f.group = GroupRef(_clean(confined.group("label")))
            elif f.group is None and RX.A_SUBGROUP_BEFORE.search(s.text, 0, f.value_at):
                # "Subgroup analysis showed a larger effect in women (HR 0.7)", "in all subgroups, including those with
                # X: OS HR 0.6": a subgroup's ratio whose subgroup no rule named; never all patients'
                continue
            kept.append(f)
            continue
        if beside:
            f.group = _beside_group(_clean(RX.BESIDE_STOP.split(beside)[0]), groups)
        if beside != "" and not (beside and not f.group.label):
            kept.append(f)
    _chained_rows_of_the_same_part(s, kept)
    _ratio_of_the_pair_before(s, kept)
    out.found = [f for f in _subgroup_arm_rows_dropped(s, kept, mentions, groups, front)
                 if not RX.CAPABILITY_CLAIM.search(s.text, max(0, _value_start(s, f) - 120), _value_start(s, f))
                 and not (f.comparator is not None
                          and any(_given_within_a_group(g, groups) for g in (f.group, f.comparator)))]


def _given_within_a_group(g: Optional[GroupRef], groups: Optional[GroupIndex]) -> bool:
    """Whether a compared value's group, or the one it is set against, is a part of one of the paper's groups, said
    with that group as its scope: "40 months for those who received A versus 31 months for those who received B in
    cohort 2" (the arms of a part, which no row names: both values stay unexplained); not people of a group ("the
    women in arm 2", "responders in the A group"), a treatment given with another ("A in combination with B") or one
    of the paper's groups by its name ("10 Gy in 5 fractions")."""
    if g is None or g.key is not None or not g.label or not (" in " in g.label or " among " in g.label
                                                          or " within " in g.label):
        return False
    m = RX.PART_IN_A_GROUP.fullmatch(g.label)
    return bool(m and not RX.PEOPLE_LAST.search(m.group("part")) and (
        RX.GROUP_WORD_END.search(m.group("scope")) or (groups is not None and groups.mentions(m.group("scope")))))


def _chained_rows_of_the_same_part(s: Sentence, rows: list[Found]) -> None:
    """"The median survival of those resected was 31 months, with a 3-year survival of 44%": a value chained by "with
    a" to the value before it is of the same part of the patients, where every row before it in the sentence is of that
    one part (not of a pair of arms: "10 vs 8 months, with a 2-year survival of 20%"); in place."""
    for f in rows:
        if f.group is not None or f.fields["measure"] in RATIOS:
            continue
        before = [r for r in rows if r is not f and r.value_at < f.start]
        last = max(before, key=lambda r: r.value_at, default=None)
        if last is None or last.group is None or not last.group.label or last.group.unnamed is not None or \
                len({(r.group.label, r.group.key) if r.group else None for r in before}) > 1:
            continue
        value = next((v for v in s.values if v.start <= last.value_at <= v.end), None)
        if value is not None and not any(value.end <= v.start < f.start for v in s.values) and \
                RX.CHAINED_BY_WITH.fullmatch(s.text, value.end, f.start):
            f.group = last.group

def _ratio_of_the_pair_before(s: Sentence, kept: list[Found]) -> None:
    """"Median survival was 10.5 months for patients allocated A and 9.1 months for those who received B (HR 0.86)":
    a ratio given the group named right before it (no index knows that name), when that group is the second of the
    two whose values of the outcome the clause gave before it, compares the first with it (in place); never that
    group's alone."""
    for f in kept:
        if f.fields["measure"] not in RATIOS or f.group is None or f.group.key is not None or \
                f.group.unnamed is not None or f.comparator is not None or not f.group.label:
            continue
        at = _value_start(s, f)
        before = [g for g in kept if g.fields["measure"] not in RATIOS and g.group is not None
                  and g.fields["endpoint"] == f.fields["endpoint"] and _value_start(s, g) < at
                  and not _clause_break(s, _value_start(s, g), at)]
        sides: list[GroupRef] = []
        for g in sorted(before, key=lambda g: _value_start(s, g)):
            if not any(_same_group_ref(g.group, x) for x in sides):
                sides.append(g.group)
        if len(sides) == 2 and _same_group_ref(sides[1], f.group) and not _same_group_ref(sides[0], f.group):
            f.group, f.comparator = sides[0], sides[1]


def _drop_values_of_unnamed_groups(s: Sentence, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """Drops the values that are of groups or parts of the patients no row here names (pairs said of a part, a
    bracket's two values, a list of groups, the other side of a median not reached): never all patients'."""
    # "rates with A versus B were 31% versus 12% in women and 25% versus 15% in men": each pair is the groups' values
    # within a part of the patients, which no row here names; never the groups' own
    out.found = [f for f in out.found if not (f.group is not None and _pair_said_of_a_part(s, f, groups))]
    _named_has_more(s, out.found, groups)
    # "fatigue (8%; 0)", "rash (6%; 2%)": two values in one bracket parted by a semicolon are two groups', which no
    # row here names (the "0" without its sign is no value of the pair rules); never all patients'
    out.found = [f for f in out.found
                 if not ((f.group is None or not f.group.label) and _first_of_a_bracket_pair(s, f))]
    # "Three risk groups were identified: low risk, ... (5-year OS, 48%); high risk, ... (5-year OS, 14%)": the values
    # after such a list's head are its groups', which no row here names
    out.found = [f for f in out.found if not ((f.group is None or not f.group.label)
                                              and RX.GROUPS_LISTED.search(s.text, 0, f.value_at))]
    # "pCR in 35% after A vs. 65% after A-B" that no rule could name: the value is A's, never all patients'
    out.found = [f for f in out.found if f.group is not None or f.fields["measure"] not in ("median", "mean", "rate")
                 or not any(v.start <= f.value_at <= v.end and _after_group(s, v) for v in s.values)]
    # "(not reached [range ...] vs 7.1 months)": the value compared with a median not reached is the other group's,
    # which no rule here names; never all patients'
    out.found = [f for f in out.found if f.group is not None or f.fields["measure"] not in ("median", "mean", "rate")
                 or not (_against_not_reached(s.text, f) or _in_a_named_bracket(s, f))]
    # "(median not reached vs 20.3 months in the older subgroup)", "In women, OS was not reached vs 20.3 months": the
    # value against a median not reached is one arm's within the part, which only a group rule names; never the part's
    out.found = [f for f in out.found if f.pattern_id.startswith("result.group.")
                 or f.fields["measure"] not in ("median", "mean") or not _value_against_not_reached(s, f)]
    # "prolonged PFS in both the SD (HR 0.68) and the PR subgroups": a hazard ratio is of a time to an event; a
    # response category beside it names the patients it was computed in
    out.found = [f for f in out.found if not (f.fields["measure"] == "hr" and f.fields["endpoint"] in RESPONSE_KINDS)]
    # "Within the marker-high arm, median PFS was 11.4 vs 8.2 months": an arm the index does not know frames the
    # sentence, so an unnamed pair is no pair of the trial's arms (which the pair would be taken for)
    opening = RX.OPENS_WITH_AN_ARM.match(s.text)
    if opening is not None and not (groups is not None and groups.mentions(opening.group("arm") or
                                                                           opening.group("arm_id"))):
        out.found = [f for f in out.found if f.group is None or f.group.unnamed is None]
    # "a subset of patients positive for marker Q who had better outcomes (ORR, 58%; PFS, 11.2 months)": the bracket's
    # values are that part's, which no group rule named; never all patients'
    out.found = [f for f in out.found if f.group is not None or not _outcomes_of_a_part(s, f)]


def _outcomes_of_a_part(s: Sentence, f: Found) -> bool:
    """Whether the row's value is in the bracket after a part of the patients and the outcomes it had."""
    opening = _opening(s, _value_start(s, f))
    if opening < 0:
        return False
    m = RX.OUTCOMES_OF_A_PART.search(s.text, max(0, opening - 240), opening + 1)
    return m is not None and RX.PART_OF_PATIENTS_SAID.search(m.group(0)) is not None


def _serious_events_listed(s: Sentence, out: SentenceResults) -> None:
    """'Serious adverse events with drug A included sepsis (nine [3%] vs two [1%] with B) and ...': the events
    listed after the head are serious adverse events of that kind (SAE with the event's term, in place), not the
    incidence of the event of any seriousness. The list opens right after the head ("SAEs of hypertension"), with a
    verb ("were", "included", ":") or a bracket opened after the head; not an event of a clause after the head's
    ("Serious adverse events occurred in 12%, and grade 3 neutropenia was seen in 20%")."""
    head = RX.SERIOUS_EVENTS.search(s.text)
    if head is None:
        return
    outside = _outside_brackets(s.text)
    for f in out.found:
        if f.fields["endpoint"] != "TOX" or not f.fields.get("category") or f.start < head.end():
            continue
        if RX.OF_AT_END.match(s.text[head.end():f.start]) or \
                s.depths[f.start] > s.depths[head.end() - 1] and "(" in s.text[head.end():f.start] and \
                not RX.NEW_CLAUSE_WORD.search(outside, head.end(), s.text.index("(", head.end())):
            opened = True  # "SAEs of X", "serious AEs thought related to A (grade 4 X [2%] ...)"
        else:
            opens = list(RX.LIST_OPENS.finditer(s.text, head.end(), f.start))
            opened = bool(opens) and not RX.NEW_CLAUSE_WORD.search(outside, opens[-1].end(), f.start)
        if opened:
            f.fields["endpoint"] = "SAE"


def _unnamed_items_of_the_most_common(s: Sentence, out: SentenceResults) -> None:
    """'The most common complications were partial flap failure (nine [3%] with A, 12 [4%] with B) and ...': a value
    of an event the vocabulary does not know, listed after the head of the most common events, is that event's, never
    a share of all events (TOX of no term and no grade there is dropped, left unexplained; a known term's row keeps its
    term: "the most common were nausea (30%)"). Not a value said before the list ("Adverse events occurred in 85%; the
    most common were ...") nor one of a clause after its opening ("were similar in both arms (92% vs 91%)")."""
    head = RX.MOST_COMMON_EVENTS.search(s.text)
    if head is None:
        return
    opens = RX.LIST_OPENS.search(s.text, head.end(), min(len(s.text), head.end() + 60))
    if opens is None:
        return
    outside = _outside_brackets(s.text)
    kept = []
    for f in out.found:
        at = _number_at(s, f)
        if f.fields["endpoint"] == "TOX" and not f.fields.get("category") and not f.fields.get("grade") and \
                at is not None and at > opens.end() and f.fields["measure"] in ("count", "rate") and \
                not RX.NEW_CLAUSE_WORD.search(outside, opens.end(), at) and \
                not RX.NOT_AN_ITEM.search(outside, opens.end(), at):
            continue
        kept.append(f)
    out.found = kept


def _grade_of_the_most_common_before(s: Sentence, previous: Optional[Sentence], out: SentenceResults) -> None:
    """'Grade 3-4 adverse events are listed in Table 2. The most common (A vs B) were neutropenia (13% vs 22%) and
    ...': the most common of the graded events the sentence before named have their grade, where the sentence names
    no grade and no kind of events of its own; in place."""
    if previous is None or s.grades or "most" not in s.text.lower() or not RX.MOST_COMMON_OPENING.match(s.text):
        return
    heads = {g[0] for g in previous.grades if RX.GRADE_HEADS_EVENTS.match(previous.text, g[2])}
    if len(heads) != 1 or len(previous.grades) != 1:
        return  # ("Grade 1-2 events were frequent; grade 3 events were rare. The most common were ...": whose?)
    for f in out.found:
        if f.fields["endpoint"] == "TOX" and f.fields.get("category") and not f.fields.get("grade"):
            f.fields["grade"] = next(iter(heads))


def _read_up_to_a_span(s: Sentence, f: Found) -> bool:
    """Whether the row's number is the span its outcome is read over ("survival to 5 years"), said straight after the
    outcome's name with no verb between."""
    span = _value_span(s, f)
    return span is not None and span[0] > f.start and \
        RX.SURVIVAL_UP_TO_A_SPAN.match(s.text[f.start:span[0]]) is not None


def _drop_another_studys_results(s: Sentence, out: SentenceResults) -> None:
    """Drops every row of a sentence whose subject is another study ("Another trial found a median survival of 20
    months"): that study's results, none of this study's groups."""
    if out.found and RX.ANOTHER_STUDY_SUBJECT.match(s.text):
        out.found = []


def _drop_arm_values_under_a_part_label(s: Sentence, mentions: list, groups: Optional[GroupIndex],
                                        out: SentenceResults) -> None:
    """Drops the arms' values said in a bracket under a label of a part of the patients ("A prolonged OS in both
    strata (prior surgery: 14.2 vs 9.1 months; HR 0.61) (no prior surgery: 12.8 vs 8.7 months; HR 0.70)"): each
    part's values, which no row here names; never the arms' as wholes. A label naming the outcome, the measure, a
    toxicity or an arm ("(ORR: a vs b)", "(median time: a vs b)", "(neutropenia: a vs b)") keeps its rows."""
    if ":" not in s.text or not out.found:
        return
    for m in RX.LABEL_COLON_IN_BRACKET.finditer(s.text):
        label = m.group("label")
        if RX.NOT_A_PART_LABEL.search(label) or toxicity_terms().search(label) or \
                any(e.start < m.end("label") and m.start("label") < e.end for e in s.endpoints) or \
                any(x.start < m.end("label") and m.start("label") < x.end for x in mentions) or \
                (groups is not None and groups.mentions(label)):
            continue
        # (to the bracket's close, by the sentence's bracket depths: the ratio after the "; " is the part's too,
        # "(prior surgery: a vs b months; HR r)"; a later label in the bracket opens its own part)
        inside = s.depths[m.end()]
        end = next((i for i in range(m.end(), len(s.text)) if s.depths[i] < inside), len(s.text))
        out.found = [f for f in out.found if not (m.end() <= f.value_at < end and _of_an_arm(f.group, groups))]


def _drop_values_after_our_own_action(s: Sentence, out: SentenceResults) -> None:
    """Drops a row whose value follows a clause of what the authors did after its outcome's name ("Since marker K may
    drive progression, we measured its level in 212 of 400 patients (53%)"): the share of patients the measuring
    reached, not of those who had the outcome."""
    if "we " not in s.text.lower():
        return  # (cheap guard: most sentences say no "we")
    out.found = [f for f in out.found if not RX.OUR_OWN_ACTION.search(s.text, f.start, max(f.start, f.value_at))]


def _drop_breakdowns_and_bounds(s: Sentence, out: SentenceResults) -> None:
    """Drops the values that are no rate of the outcome among the patients: breakdowns by grade or reason, dose
    levels, one side of an unnamed pair, bounds and thresholds, a further share; and names the patients given a
    treatment whose share a value is."""
    # "(grade 3 and 4 were, respectively, 25% and 3% for arm A v 22% and 7% for arm B)": each group's values are by
    # grade, which only ``_read_grades_in_group_blocks`` pairs; none is a group's rate of the outcome at one grade
    for m in RX.GRADES_RESPECTIVELY.finditer(s.text):
        out.found = [f for f in out.found if not (f.end > m.end() and f.start < m.end() + 120)
                     or f.pattern_id == "result.grades_in_group_blocks"]
    # "The reasons for discontinuation in the A vs B arms were progression (55% vs 80%), ...": a breakdown of those
    # who stopped, by reason; no rate among all patients
    reasons_for = RX.REASONS_FOR.search(s.text)
    if reasons_for:
        # (up to the clause's end: "..., while 4 (3%) patients died" is a new subject's own rate)
        until = RX.REASONS_END.search(s.text, reasons_for.end())
        until = until.start() if until else len(s.text)
        # (and their counts: "the reasons for stopping were refusal (n = 2), neutropenia (n = 1) ...", save the count
        # of those who stopped itself)
        out.found = [f for f in out.found
                     if not (f.fields["measure"] == "rate" or (f.fields["measure"] == "count"
                                                               and f.fields["endpoint"] != "DISCONTINUATION"))
                     or not reasons_for.end() <= f.value_at < until]
    # "AEs leading to discontinuation occurred in 21 (7%); the most frequent were nausea (n = 5 [1.7%])": the events
    # that stopped treatment, by event; no incidence of the event (the stopping's own count stays, it is no TOX)
    stopped = RX.EVENTS_THAT_STOPPED.search(s.text)
    if stopped:
        until = RX.REASONS_END.search(s.text, stopped.end())
        until = until.start() if until else len(s.text)
        out.found = [f for f in out.found if f.fields["endpoint"] != "TOX" or not stopped.end() <= f.value_at < until]
    # "64 discontinued, mostly because of progression (70%) or death (20%)": the shares of those who stopped, by
    # reason, not rates among all patients
    out.found = [f for f in out.found if not (f.fields["endpoint"] in STOPPING and f.fields["measure"] == "rate"
                                              and _share_by_reason(s, f))]
    # "dose reduction to 75%", "doses reduced by 25%": the level the dose went to or the cut, not how many had one
    out.found = [f for f in out.found if not (f.fields["endpoint"] == "DOSE_REDUCTION" and f.fields["measure"] == "rate"
                                              and _reduced_to(s.text[f.start:f.end + 12], f.fields["value"]))]
    # "the response rate (28% compared with 15%, respectively)" with no group rule naming the two: either side is
    # one group's, never all patients'
    out.found = [f for f in out.found if f.group is not None or f.fields["measure"] not in ("median", "mean", "rate")
                 or not _one_of_a_pair(s, f)]
    # "in 71% of the patients who received A and in 92% of those who received B": a share of the patients given one
    # treatment is theirs, never all patients' (named so when no group rule placed it)
    for f in out.found:
        if f.group is None and f.fields["measure"] == "rate":
            given = RX.SHARE_OF_THOSE_GIVEN.match(s.text, _value_end(s, f))
            if given is not None:
                f.group = GroupRef(_clean(given.group("label")))
    # "three died of the disease between 24 and 40 months": a count of the deaths within a span of follow-up, not of
    # every death (the start of a sentence given as its span's count)
    out.found = [f for f in out.found if not (f.fields["endpoint"] == "DEATH" and f.fields["measure"] == "count"
                                              and RX.DIED_IN_A_SPAN.search(s.text, f.start) is not None)]
    # "40% (12 of 30) in the laser group and 20% in the other group": a count's bracket followed by a group's name,
    # then the other group's value, is that group's, never all patients' (named so when no group rule placed it)
    for f in out.found:
        if f.pattern_id == "result.count_list" and (f.group is None or not f.group.label and f.group.key is None
                                                     and f.group.unnamed is None):
            named = RX.GROUP_AFTER_COUNT_BRACKET.match(s.text, f.end)
            if named is not None:  # (with the size its bracket gave: "(12 of 30)")
                f.group = GroupRef(_clean(named.group("label")), f.group.n if f.group else None)
    # "most patients reported at least one AE (88%)", "had more than two events": a number of events each patient had
    # at least, which counts no patients
    out.found = [f for f in out.found if not (f.fields["measure"] == "count" and _threshold_count(s, f))]
    # "a partial remission (<15% blasts in the marrow)", "response (>=50% fall in PSA)": a bound followed by what it
    # measures defines the outcome, no share of patients
    out.found = [f for f in out.found if not (f.fields["measure"] == "rate" and f.fields.get("value_op")
                                              and _defines_by_a_bound(s, f))]
    # "Survival > 120 days (n)", "survival of more than 5 years": a bound with no median said is a threshold of
    # survival, not its median
    out.found = [f for f in out.found if not (f.fields["measure"] == "median" and f.fields.get("value_op")
                                              and not RX.AVERAGE_SAID.search(s.text, max(0, f.start - 40), f.end))]
    # "disease-specific survival to 3 years was alike in both groups": the span a survival is read over, not its median
    out.found = [f for f in out.found if not (f.fields["measure"] == "median" and _read_up_to_a_span(s, f))]
    # "Two relapsed in the treated lobe; the 2-year tumour and lobe (local) control probability was 93%": past
    # a semicolon, an outcome the lexicon did not read names the value, not the outcome of the clause before
    out.found = [f for f in out.found if not (f.pattern_id.startswith("result.list") and f.value_at is not None
                                              and _unread_outcome_between(s, f))]
    # "two (8%) had partial response, ..., and four of 9 with pain (44%) had clinical benefit": a listed value followed
    # by the people's verb and an outcome no name read is that outcome's, not the one named before it
    if " had " in s.text or " achieved " in s.text or " experienced " in s.text:
        out.found = [f for f in out.found if not (f.pattern_id.startswith("result.list") and f.value_at is not None
                                                  and _unread_outcome_after(s, f.value_at))]
    # "61% received all three cycles and a further 29% received one or two": a further share is of something else
    # than the outcome named before it (its own words, if any, come after it)
    out.found = [f for f in out.found if not _a_further_share(s, f)]
    # "Rash was more common with A than with B (12% vs 3%), as was swelling of the legs (5% vs 1%)": the values after
    # "as was" are its new subject's, which no name read, never the outcome named before
    if RX.LIKEWISE.search(s.text):  # (once per sentence, not per row: most sentences say no ", as was")
        out.found = [f for f in out.found if not _likewise_of_another_subject(s, f)]
    # "Four died of sepsis, resulting in a mortality rate of 2.7%": the rate the events before add up to is its own
    # outcome's (here all deaths, which no name read), not the events'
    out.found = [f for f in out.found if not (f.fields["measure"] == "rate" and _a_rate_they_result_in(s, f))]
    # "Adverse events were similar, with more severe neutropenia with A than with B (12% vs 4%)": the event named
    # between the generic name and the values is what they count, which no rule read; never toxicity in general
    out.found = [f for f in out.found if not _an_event_named_between(s, f)]
    # "Grade 3 events, mostly neutropenia (12%) and rash (5%), occurred in 20% of patients given A": an event whose
    # own share stands in the bracket right after its name is not what a later value counts
    out.found = [f for f in out.found if not _event_with_its_own_share_before(s, f)]


def _drop_other_subjects(s: Sentence, out: SentenceResults) -> None:
    """Drops the values of another subject than the outcome named before them (the subject of a verb of their own,
    the events themselves, the people a sentence opens with, a group named in a sentence before), after reading
    the pairs named between, the events listed with "each" and the ratios of the pairs."""
    labelled = _labelled_pairs_between(s, out.found)
    if labelled:
        # (a pair read before as all patients' values, "13 and 17 months" of one median, is the groups')
        taken = {f.at for f in labelled}
        out.found = [f for f in out.found if not (f.group is None and _value_start(s, f) in taken)] + labelled
    out.found.extend(_each_of_the_events(s, out.found))
    out.found = _not_what_explains_it(s, out.found)
    # "..., and all 7 patients (100%) who had chest pain before treatment achieved relief": a count that is the subject
    # of its own verb after a relative clause counts what that verb says, not the outcome named before it
    out.found = [f for f in out.found if not (
        f.fields.get("measure") in ("count", "rate") and f.start < _value_start(s, f)
        and RX.SUBJECT_OF_ITS_OWN_VERB.match(s.text, _value_end(s, f)))]
    # "when most deaths (>60%) occurred", "the majority of recurrences (72%) were distant": a share of the events
    # themselves, no rate of the patients
    out.found = [f for f in out.found if not (f.fields.get("measure") == "rate" and RX.MOST_EVENTS_BEFORE.search(
        s.text, max(0, _value_start(s, f) - 60), _value_start(s, f)))]
    # "In patients who achieved local control, the 2-year nodal control rate was 91%": an outcome in the people a
    # sentence opens with is what they had, not what the value after them measures
    scope = SCOPE.match(s.text)
    if scope:
        traits = {e.start for e in s.endpoints if scope.start("label") <= e.start and e.end <= scope.end()}
        out.found = [f for f in out.found if not (f.start in traits and _value_start(s, f) >= scope.end())]
    _ratios_of_their_pairs(s, out.found)
    # "(median OS 40 months and 3-year OS 52% for responders versus 20 months and 15% for the others)":
    # values of a group named after them in their bracket, before the other group's; never all patients'
    out.found = [f for f in out.found if f.group is not None or not _group_after_in_the_bracket(s, f)]
    # "...; nine (50%) of those had responses lasting > 9 months": a share of the people just named, the subject of its
    # own clause, not the outcome named before the semicolon
    out.found = [f for f in out.found if not (f.fields.get("measure") in ("count", "rate")
                                              and ";" in s.text[f.start:_value_start(s, f)]
                                              and RX.OF_THOSE_AS_SUBJECT.match(s.text, _value_end(s, f)))]
    # "Median survival for this group was 12.0 months", "In this subgroup, ...": a group named in a sentence before,
    # which no rule here resolves; never all patients'
    out.found = [f for f in out.found if f.group is not None or not RX.THIS_GROUP.search(s.text, 0, _value_start(s, f))]


def _pair_after_a_part(s: Sentence, f: Found) -> bool:
    """Whether a row's value stands in a bracket opened right after a part of the patients ("in N2 patients (")."""
    at = _value_start(s, f)
    opened = s.text.rfind("(", 0, at)
    if opened < 0 or s.depths[at] < 1:
        return False
    m = RX.PART_BEFORE_BRACKET.search(s.text, max(0, opened - 60), opened + 1)
    return m is not None and RX.PART_LABEL.fullmatch(m.group("label").strip()) is not None


def _same_group_ref(a: Optional[GroupRef], b: Optional[GroupRef]) -> bool:
    if a is None or b is None:
        return False
    return (a.key is not None and a.key == b.key) or (a.key is None and b.key is None and bool(a.label)
                                                     and a.label == b.label)


def _ratio_beside_the_pair_before(s: Sentence, out: SentenceResults) -> None:
    """'Survival was longer with drug A (median 14.1 vs 11.2 months; HR 0.81)', 'PFS was 6.1 versus 4.2 months (HR
    0.75)': a ratio no rule gave groups, in the bracket of a pair of the same outcome that two groups were given (or
    in the bracket right after the pair's second value), compares those two groups, the first against the second (in
    place). Not a ratio said apart from the pair ("..., and the hazard ratio in the whole study was 0.85"), nor one of
    several pairs of its outcome that name their groups in other orders, nor one the pair's values say is the other
    way round. A ratio already given the pair's first group ("survival in patients with X was 71%, compared with 84%
    for patients with Y (HR 1.8)": the population named before it) takes the pair's second as its comparator."""
    for r in out.found:
        if r.fields["measure"] not in RATIOS or r.comparator is not None:
            continue
        ratio = next((x for x in s.ratios if x.value == r.fields["value"] and r.start <= x.start <= r.end), None)
        if ratio is None:
            continue
        pairs = []
        for f in out.found:
            at = _number_at(s, f)
            if f.fields["measure"] in RATIOS or f.fields["endpoint"] != r.fields["endpoint"] or f.group is None \
                    or f.comparator is None or at is None or at >= ratio.start:
                continue
            other = [g for g in out.found if g is not f and g.fields["endpoint"] == f.fields["endpoint"]
                     and g.fields["measure"] == f.fields["measure"] and _same_group_ref(g.group, f.comparator)
                     and _same_group_ref(g.comparator, f.group)
                     and at < (_number_at(s, g) or -1) < ratio.start]
            if other:
                pairs.append((f, _number_at(s, other[0])))
        if not pairs or len({(a.group.key, a.group.label) for a, _ in pairs}) != 1:
            continue
        first, second_at = pairs[-1]
        if any(second_at < v.start < ratio.start for v in s.values):
            continue  # another value between the pair and the ratio
        if not (_in_one_bracket(s, second_at, ratio.start) or _bracket_right_after(s, second_at, ratio.start)):
            continue
        a, b = first.fields["value"], next(g.fields["value"] for g in out.found if _number_at(s, g) == second_at)
        agrees = _ratio_agrees_with_pair(r.fields["measure"], r.fields["value"], first.fields["measure"], a, b)
        # an unnamed pair's order is only the values' (the control's may come first): its ratio is the first group's
        # only when the values say so too (a hazard ratio below one of the group that lived longer, an odds ratio
        # above one of the group with the higher rate); a named pair's, unless they say the other way round
        # ("improved in the A arm (median, 3.7 v 7.4 months; HR 0.48)", A's median said second)
        if agrees is False or (agrees is None and (first.group.unnamed is not None
                                                   or first.comparator.unnamed is not None)):
            continue
        if r.group is None:
            r.group, r.comparator = first.group, first.comparator
        elif _same_group_ref(r.group, first.group) and (first.comparator.key is not None or
                                                        RX.PEOPLE_SIDE.match(first.comparator.label or "")):
            r.comparator = first.comparator  # (people, not a word left of them: "... in those who were not")
        elif r.comparator is None and (_same_group_ref(r.group, first.comparator) or (
                r.group.key is None and r.group.label and (first.comparator.label or "").startswith(r.group.label))):
            # "... was 21.0 months in those given A, compared with 19.5 months in those who were not (HR 0.93)": the
            # ratio in the bracket after the pair's second value was given the group named right before it (its
            # words as said, which the pair's row completes: "those who were not given A"), but compares the pair,
            # the first against the second, as every ratio beside a pair does here
            r.group, r.comparator = first.group, first.comparator


def _ratio_agrees_with_pair(kind: str, ratio: float, measure: str, a: float, b: float) -> Optional[bool]:
    """Whether a ratio of the first group against the second agrees with the pair's values a, b (None: they cannot
    say, being too close or of another kind): a hazard ratio below one with the longer median, an odds ratio above
    one with the higher rate."""
    if min(a, b) <= 0 or max(a, b) / min(a, b) < 1.1 or abs(ratio - 1) < 0.1:
        return None
    if kind == "hr" and measure == "median":
        return (ratio < 1) == (a > b)
    if kind == "or" and measure == "rate":
        return (ratio > 1) == (a > b)
    return None


def _number_at(s: Sentence, f: Found) -> Optional[int]:
    """Where a row's number stands in the sentence: where the rule read it, else the last value of its quote."""
    if f.at is not None:
        return f.at
    return next((v.start for v in reversed(s.values) if v.value == f.fields["value"] and f.start <= v.start < f.end),
                None)


def _in_one_bracket(s: Sentence, a: int, b: int) -> bool:
    """Whether positions a < b stand in one bracket (which may hold others between them)."""
    return s.depths[a] > 0 and min(s.depths[a:b + 1]) >= s.depths[a]


def _bracket_right_after(s: Sentence, value_at: int, ratio_at: int) -> bool:
    """'6.1 versus 4.2 months (HR 0.75)': the ratio's bracket opens right after the pair's second value."""
    end = value_at
    while end < len(s.text) and (s.text[end].isdigit() or s.text[end] == "."):
        end += 1
    # (the value's unit and nothing else; or the second group's name: "8.2 months for unmethylated tumours (HR")
    # (each way tried: the first bracket after the unit may be the value's interval, "19.5 months (16.2-22.0) in
    # those who did not (HR")
    return any(m is not None and s.depths[m.end() - 1] == s.depths[value_at] + 1 and
               _in_one_bracket(s, m.end() - 1, ratio_at)
               for m in (RX.UNIT_THEN_BRACKET.match(s.text, end), RX.UNIT_GROUP_THEN_BRACKET.match(s.text, end)))


def _ratio_direction_by_medians(s: Sentence, out: SentenceResults) -> None:
    """'..., 7 months in the A group compared with 9 months in the B group (hazard ratio = 0.82)': a hazard ratio below
    one is of the group that lived longer, above one of the group that lived shorter; when the two groups' medians of
    the same outcome in the sentence say plainly (a tenth apart or more, the ratio as far from one) that the rule set
    it the wrong way round, it is the other group's against the first (in place). Not when the sentence says in
    words which group fared better ("in favour of A", "shorter in the A arm"): the values may then be written in
    another order than the groups, and the medians read wrong."""
    if RX.SAID_IN_WORDS.search(s.text):
        return
    for r in out.found:
        if r.fields["measure"] != "hr" or r.group is None or r.comparator is None or \
                abs(r.fields["value"] - 1) < 0.1:
            continue
        medians = {}
        for f in out.found:
            if f.fields["measure"] == "median" and f.fields["endpoint"] == r.fields["endpoint"]:
                for side, g in (("own", r.group), ("other", r.comparator)):
                    if _same_group_ref(f.group, g):
                        medians.setdefault(side, set()).add(f.fields["value"])
        own, other = medians.get("own"), medians.get("other")
        if not own or not other or len(own) != 1 or len(other) != 1:
            continue
        a, b = own.pop(), other.pop()
        if min(a, b) <= 0 or max(a, b) / min(a, b) < 1.1:
            continue
        if (r.fields["value"] < 1) == (a < b):
            r.group, r.comparator = r.comparator, r.group


# The codes a failure's name takes when the patients are said free from it ("free from local recurrence": LC)
FREED_CODES = frozenset(FREE_FROM_CODES.values())


def _freedom_from_its_outcome(s: Sentence, f: Found) -> bool:
    """Whether a rate's outcome is named as what the patients were free from ('3-year freedom from grade 3 toxicity
    was 88%'), an outcome whose own name says no freedom."""
    if f.fields.get("measure") != "rate":
        return False
    at = _value_start(s, f)
    named = [e for e in s.endpoints if e.code == f.fields.get("endpoint") and e.end <= at]
    # ("80% of patients in the A group were free from grade 3 pneumonitis": the share said before the outcome)
    after = [e for e in s.endpoints if e.code == f.fields.get("endpoint") and at < e.start < f.end]
    if not named and not after:
        return False
    e = named[-1] if named else after[0]
    # ("were free from local recurrence, compared with 33% of those in B": the freedom's own code, local control,
    # that the failure's name took, is the rate's outcome)
    return not _named_as_freedom(s, e) and e.code not in FREED_CODES and \
        RX.FREEDOM_FROM.search(s.text, max(0, e.start - 60), e.start) is not None


def _named_as_freedom(s: Sentence, e: Endpoint) -> bool:
    """Whether an outcome's own name says the freedom from an event ("freedom from recurrence")."""
    return RX.FREE_WORD.match(s.text[e.start:e.end]) is not None


def _of_an_outcome_that_did_not_happen(s: Sentence, f: Found) -> bool:
    """Whether a count or rate is of the patients in whom its outcome did not happen ('150 (31%) patients with no
    reported disease progression', 'there was no recurrence in 12 patients (15%)', 'progression was not seen in 12
    patients'): the complement, never the outcome's count. (Zero counts, 'no grade 4 toxicity', are read elsewhere
    and kept: their value is none.)"""
    if f.fields.get("measure") not in ("count", "rate") or not f.fields.get("value") or f.fields.get("value_op"):
        return False  # (nor a bound: "no grade 3 event occurred in more than 5%" bounds every event's rate)
    at = _value_start(s, f)
    code, category = f.fields.get("endpoint"), f.fields.get("category")
    # the row's own mention, the nearest to its value on either side ("No deaths were seen with A, while two deaths
    # were seen with B": the second; "No X occurred; 14% had grade 3 Y": Y)
    # (and of its grade: "grade 3 events in 9 (26%), and no treatment-related deaths": the deaths are another's)
    grade = f.fields.get("grade")
    named = [e for e in s.endpoints if e.code == code and (not category or not e.category or e.category == category)
             and (not grade or not e.grade or e.grade == grade)]
    if not named:
        return False
    e = min(named, key=lambda x: at - x.end if x.end <= at else x.start - at)
    if _named_as_freedom(s, e):
        return False
    return RX.NO_OUTCOME_BEFORE.search(s.text, max(0, e.start - 60), e.start) is not None or \
        (e.end <= at and RX.OUTCOME_NOT_AFTER.match(s.text, e.end) is not None)


def _of_a_group_named_by_its_outcome(s: Sentence, f: Found) -> bool:
    """Whether a row's outcome is the name of the group its value is of, on the other side of a comparison ('compared
    with those who had progressive disease (14%)': the other group's survival, no rate of progression)."""
    at = _value_start(s, f)
    e = next((e for e in s.endpoints if e.code == f.fields.get("endpoint") and e.end <= at and
              RX.OPENING_ONLY.fullmatch(s.text[e.end:at])), None)
    return e is not None and RX.OTHER_SIDE_HAD.search(s.text, max(0, e.start - 80), e.start) is not None


def _outcome_as_a_time(s: Sentence, f: Found) -> bool:
    """Whether the row's count or share is read from an outcome named as the time something else happened ("received
    X after progression, 4 in A and 6 in B"): the row's quote starts at that outcome's name, right after "after",
    "at", "upon", "following", "until" or "before"."""
    if f.fields.get("measure") not in ("count", "rate"):
        return False
    return any(e.start == f.start and e.code == f.fields.get("endpoint")
               and RX.EVENT_AS_A_TIME.search(s.text, max(0, e.start - 40), e.start) for e in s.endpoints)


def _in_another_studys_bracket(s: Sentence, f: Found) -> bool:
    """Whether the row's value stands in a bracket right after another study is named ("comparable to an earlier
    trial of A (ORR, 41%)"), the words between naming none of this study's own ("compared with the prior trial, our
    ORR was higher (45% vs 30%)" is this study's)."""
    start = _value_start(s, f)
    m = RX.ANOTHER_STUDY_THEN_BRACKET.search(s.text, max(0, start - 200), start)
    return m is not None and not RX.OWN_STUDY_WORDS.search(m.group("between"))


def _best_response_named(s: Sentence, f: Found) -> Optional[Endpoint]:
    """The kind of response (an "SD", "PR", ... mention) a share or count of the overall response is of when the
    sentence names it as the best response ("Stable disease was the best overall response in 60% (90/150)"); None
    otherwise."""
    if f.fields.get("endpoint") != "ORR" or f.fields.get("measure") not in ("count", "rate"):
        return None
    for e in s.endpoints:
        if e.start == f.start and e.code == "ORR":
            kinds = [x for x in s.endpoints if x.code in RESPONSE_CATEGORIES and x.end <= e.start
                     and RX.WAS_THE_BEST.fullmatch(s.text, x.end, e.start)]
            if kinds:
                return kinds[-1]
    return None


def _death_in_a_composite(s: Sentence, f: Found) -> bool:
    """Whether the row's deaths are read from a death joined by 'or' to another event ('had a stroke or died of
    vascular causes (44 vs 47)'): the patients with either event, no count of deaths."""
    if f.fields.get("endpoint") != "DEATH":
        return False
    end = max(f.end, _value_end(s, f))
    return any(e.code == "DEATH" and f.start <= e.start and e.end <= end
               and (RX.OR_BEFORE_DEATH.search(s.text, max(0, e.start - 12), e.start)
                    or RX.OR_AFTER_DEATH.match(s.text, e.end))
               for e in s.endpoints)


def _share_of_the_deaths(s: Sentence, f: Found) -> bool:
    """Whether the row's value is the share of the deaths one cause took ("accounted for 14% of all deaths", "was the
    main cause of death and accounted for 62%"): a share of the events, never a rate of the patients."""
    if f.fields.get("measure") != "rate":
        return False
    start = _value_start(s, f)
    if RX.SHARE_OF_DEATHS_AFTER.match(s.text, start):
        return True
    return bool(RX.ACCOUNTED_FOR_BEFORE.search(s.text, max(0, start - 40), start)
                and RX.CAUSE_OF_DEATH_BEFORE.search(s.text, max(0, start - 150), start))


def _by_number_of_sites(s: Sentence, f: Found) -> bool:
    """Whether the row counts the events of one number of sites ("30 patients had recurrence at two sites"), read from
    an event's name within its quote that such words follow."""
    end = max(f.end, _value_end(s, f))
    return f.fields.get("measure") in ("count", "rate") and any(
        e.code == f.fields.get("endpoint") and f.start <= e.start and e.end <= end
        and RX.NUMBER_OF_SITES.match(s.text, e.end) for e in s.endpoints)


def _survival_from_an_event(s: Sentence, f: Found) -> bool:
    """Whether the row's overall survival is read from survival counted from an event ("survival from relapse (6% vs
    9%)", "post-progression survival was 7.1 months"), an outcome of those who had it, not the arms' overall survival:
    its name within the quote, with the event right after or right before it."""
    if f.fields.get("endpoint") != "OS":
        return False
    end = max(f.end, _value_end(s, f))
    return any(e.code == "OS" and f.start <= e.start and e.end <= end
               and (RX.SURVIVAL_FROM_EVENT_AFTER.match(s.text, e.end)
                    or RX.SURVIVAL_FROM_EVENT_BEFORE.search(s.text, max(0, e.start - 30), e.start))
               for e in s.endpoints)


def _drop_values_said_of_something_else(s: Sentence, out: SentenceResults) -> None:
    """Drops the rows whose value the sentence says of something no row names: a group named by the outcome, freedom
    from the event, a ratio per unit, two parts' pairs of the arms, who had data, the arms under a condition, the
    steps of a change in another value."""
    out.found = [f for f in out.found if not _of_a_group_named_by_its_outcome(s, f)]
    # "2-year freedom from severe toxicity of 83%": the share free of the event, never the event's rate
    out.found = [f for f in out.found if not _freedom_from_its_outcome(s, f)]
    # "Few received radiotherapy after disease progression, four in the A group and six in the B group", "Second-line
    # treatment at relapse was given to 12 patients": the outcome names when something else happened to those counted
    out.found = [f for f in out.found if not _outcome_as_a_time(s, f)]
    # "Stable disease was the best overall response in 60% of patients": the share is of the kind of response named
    # as the best, not of the overall responses
    # (its quote from the kind's name on)
    for f in out.found:
        named = _best_response_named(s, f)
        if named is not None:
            f.fields["endpoint"], f.start = named.code, named.start
    # "developed liver failure or died from hepatic causes (30 vs 28)": the patients with either event
    out.found = [f for f in out.found if not _death_in_a_composite(s, f)]
    # "Cardiac events accounted for 14% of all deaths": a share of the deaths, not of the patients
    out.found = [f for f in out.found if not _share_of_the_deaths(s, f)]
    # "Four patients died; the cause of death was pneumonitis (n = 1), sepsis (n = 2) or progression (n = 1)": the
    # deaths each cause took, never a count of the patients with that event (nor a toxicity of all patients)
    out.found = [f for f in out.found if not (f.fields.get("endpoint") != "DEATH" and f.fields.get("measure") == "count"
                                              and RX.CAUSES_OF_DEATH_LISTED.search(s.text, max(0, f.start - 200),
                                                                                f.start))]
    # "similar to those seen in an earlier phase II trial of A (median PFS, 9.2 months; ORR, 41%)": another study's
    # values, never this study's
    out.found = [f for f in out.found if not _in_another_studys_bracket(s, f)]
    # "100 patients had recurrence at a single site, 30 at two sites": the events parted by how many sites they were
    # at, each part no row names; never all the events
    out.found = [f for f in out.found if not _by_number_of_sites(s, f)]
    # "Survival from relapse was 6% vs 9%", "post-progression survival was 7.1 months in the A group": the survival of
    # each arm's patients whose disease came back, counted from then, a part of the arm; never the arms' overall
    # survival, nor their ratio all patients' (but "Median survival after relapse was 14 months" of a series of
    # relapsed patients is their overall survival)
    out.found = [f for f in out.found if not ((f.group is not None or f.fields.get("measure") in RATIOS)
                                              and _survival_from_an_event(s, f))]
    # "150 (31%) patients with no reported disease progression, compared with 98 (40%) in the B arm": the patients in
    # whom it did not happen, never a count of the outcome
    # (a toxicity's grade 0 is read as such: "81 patients had no toxicity")
    out.found = [f for f in out.found if f.fields.get("grade") == "0" or not _of_an_outcome_that_did_not_happen(s, f)]
    # "(log10CEC hazard ratio 0.41)", "HR per 10-unit increase 1.12": a ratio per unit of a measured quantity, no
    # group's against another's
    # (a ratio's quote starts at its name or at its outcome and ends at its number: the words around its start and
    # the words just before its number)
    out.found = [f for f in out.found if not (f.fields.get("measure") in ("hr", "or", "rr") and (
        RX.PER_UNIT_RATIO.search(s.text, max(0, f.start - 30), min(len(s.text), f.start + 25))
        or RX.PER_UNIT_RATIO.search(s.text, max(f.start, f.end - 45), f.end)))]
    for m in RX.THAN_PART_PAIR.finditer(s.text):
        # "Patients with X had better OS (median: 41 vs 30 months, respectively) than those with Y (29 vs 27 months)":
        # two parts of the patients, each with a pair of the arms' values within it, which no row here names; the
        # bracket before "than" and the one after it hold no group's values
        before = s.text.rfind("(", 0, m.start())
        close_before = s.text.find(")", before) if before >= 0 else -1
        after_close = s.text.find(")", m.end())
        spans = [(before, close_before), (m.end() - 1, after_close)]
        if before < 0 or close_before < 0 or close_before > m.start() or after_close < 0 or \
                any(len(RX.STANDALONE_NUMBER.findall(s.text[a:b])) < 2 for a, b in spans):
            continue
        out.found = [f for f in out.found if not any(a < _value_start(s, f) < b for a, b in spans)]
    for m in RX.DATA_AVAILABLE.finditer(s.text):
        # "data on follow-up were available for 352 out of 492 cases (72%)": how many could be analysed, no outcome
        # (to the end of the clause; "..., and 7 patients developed a complete response" is one)
        end = RX.DATA_CLAUSE_END.search(s.text, m.end())
        stop = end.start() if end else len(s.text)
        out.found = [f for f in out.found if not (f.fields.get("measure") in ("count", "rate")
                                                  and m.start() <= _value_start(s, f) < stop)]
    if RX.CONDITION_OPENS.match(s.text):
        # "When surgery lasted 180 min or more, the rate of complications was 30% in the A group and 50% in the B
        # group": the arms' values within the part of the patients the condition sets apart, which no row here names
        out.found = [f for f in out.found if f.group is None or not (f.group.key or f.group.unnamed is not None)]
    # "The rate of X rose from complete remission (0%) over partial remission (9%) to no change (67%)": outcomes
    # naming the steps of a change in another value, no rates of their own
    steps = RX.CHANGE_FROM.search(s.text)
    if steps:
        out.found = [f for f in out.found if not any(
            e.code == f.fields.get("endpoint") and e.start > steps.start() and RX.STEP_BEFORE.search(s.text, 0, e.start)
            and RX.OPENING_ONLY.fullmatch(s.text[e.end:_value_start(s, f)]) for e in s.endpoints)]


def _drop_half_read_slash_pairs(s: Sentence, out: SentenceResults) -> None:
    """'Grade 3/4 events occurred in 38%/4%', '1-/2-year survival was 40%/22%', 'ALT/AST rises in 5%/12%': two values
    joined by a slash are two items of a slash list said elsewhere (grades, time points, tests, arms); when a rule
    read one of them and not the other, it did not read the pair, and the one it read is no row of its own."""
    read = {_value_start(s, f) for f in out.found}
    for a, b in zip(s.values, s.values[1:], strict=False):
        if not RX.SLASH_BETWEEN.fullmatch(s.text, a.end, b.start) or (a.start in read) == (b.start in read):
            continue
        out.found = [f for f in out.found if _value_start(s, f) not in (a.start, b.start)]


def _progression_listed_among_responses(s: Sentence, out: SentenceResults) -> None:
    """'Four patients had a partial response, six had stable disease, and two experienced disease progression': a
    count of progression (no time point) listed next to counts of kinds of response, joined to one by a comma or
    'and', is the progressive disease of the response assessment, not the event of follow-up."""
    kinds = [f for f in out.found
             if f.fields.get("endpoint") in DISEASE_CONTROL and f.fields.get("measure") == "count"]
    for f in out.found:
        if f.fields.get("endpoint") != "FAIL_ANY" or f.fields.get("measure") not in ("count", "rate") or \
                f.fields.get("timepoint_months") is not None or f.group is not None:
            continue
        if any(RX.RESPONSE_LIST_JOIN.fullmatch(s.text, g.end, f.start)
               or RX.RESPONSE_LIST_JOIN.fullmatch(s.text, f.end, g.start) for g in kinds):
            f.fields["endpoint"] = "PD"


# (the category is the kind's name: the one of its code's names in endpoints.yaml)
KIND_OF_PATH_RESPONSE = {"SD": "stable disease", "PR": "partial response", "PD": "progressive disease"}


def _kinds_of_a_pathological_response(s: Sentence, out: SentenceResults) -> None:
    """'The pathological response after chemoradiation was CR in 8%, PR in 52% and SD in 40%': kinds of response the
    clause gives as the pathological response's are its grades (PATH_RESPONSE, the kind as category), its complete
    response the pathological complete response; not the kinds of the response imaging measures."""
    for e in s.endpoints:
        m = RX.PATH_RESPONSE_WAS.match(s.text, e.end) if e.code == "PATH_RESPONSE" and not e.category else None
        if m is None:
            continue
        stop = RX.STOP_NOT_DECIMAL_OR_END.search(s.text[m.end():])
        end = m.end() + (stop.start() if stop else 0)
        for f in out.found:
            code = f.fields.get("endpoint")
            if m.end() <= f.start < end and code in RESPONSE_CATEGORIES:
                if code == "CR":
                    f.fields["endpoint"] = "pCR"
                else:
                    f.fields["endpoint"], f.fields["category"] = "PATH_RESPONSE", KIND_OF_PATH_RESPONSE[code]


def _drop_projected_values(s: Sentence, out: SentenceResults) -> None:
    """'The expected median PFS with drug A is 4.6 months', 'the predicted 2-year OS was 45%': a value of an outcome a
    model or a hypothesis gives (its name straight after "expected", "predicted", ...), no result; dropped."""
    low = s.text.lower()
    # (a cheap cue first: most sentences have none of these words)
    if not any(w in low for w in ("expect", "predict", "anticipat", "project", "assum", "hypothes")):
        return
    out.found = [f for f in out.found if not (f.fields.get("measure") in ("rate", "median", "mean")
                                              and RX.PROJECTED_BEFORE.search(s.text, max(0, f.start - 60), f.start))]


def _final_filters(s: Sentence, mentions: list, out: SentenceResults) -> None:
    """The last filters: an adverse event read as a group is the event's category; values of a cause, differences
    in brackets, shares of the events or of the deaths, values in a condition and repeats in a list are dropped;
    the listed p values are given out, and where the sentence compares the paper's groups no value is left to
    all patients."""
    _drop_values_said_of_something_else(s, out)
    _drop_projected_values(s, out)
    _progression_listed_among_responses(s, out)
    _kinds_of_a_pathological_response(s, out)
    _drop_half_read_slash_pairs(s, out)
    # "... more frequent nausea and nephrotoxicity (OR, 0.39)": an adverse event's name is what was counted (the
    # toxicity's category), no group
    for f in out.found:
        if f.group is not None and f.group.label and toxicity_terms().fullmatch(f.group.label.strip()):
            if f.fields.get("endpoint") == "TOX" and not f.fields.get("category"):
                f.fields["category"] = category_of(f.group.label.strip())
            f.group, f.comparator = None, None
    # "..., 3% from toxicity, and 8% from other conditions": a value named by its own cause, which no endpoint reads
    out.found = [f for f in out.found if not (f.fields.get("measure") == "rate" and _of_an_unread_cause(s, f))]
    # "15 (36%) of the 42 patients who received X had a response and 14 (33%) had stable disease": the counts after a
    # share of a part of the patients set apart by a trait are that part's, which no row here names; never all's
    # "42 (30%) and 50 (36%) required a dose reduction of X and Y, respectively": the counts are of the items listed
    # after the outcome, one each, which no row here names; never the outcome's as a whole
    for e in s.endpoints:
        items = RX.ITEMS_RESPECTIVELY.match(s.text, e.end)
        # (not values and their verb: "PFS of the whole cohort were 17.5 and 12 months, respectively")
        if items and not RX.ITEMS_NOT_NAMES.search(items.group(0)):
            out.found = [f for f in out.found if not (f.fields.get("endpoint") == e.code and f.start < e.start)]
    # "X was more frequent in A, whereas distant metastases were more common in B (87%)": a value after a contrast
    # whose clause has a subject of its own that no endpoint reads is that subject's, not the outcome before it
    kept = []
    for f in out.found:
        contrast = RX.NEW_SUBJECT_AFTER_CONTRAST.search(s.text, f.start, _value_start(s, f))
        if contrast and not any(contrast.start() <= e.start < _value_start(s, f) for e in s.endpoints):
            continue
        kept.append(f)
    out.found = kept
    # "a detriment in OS with PORT for pathologically N0 (48 versus 38%) and N1 patients (39 versus 35%)": an unnamed
    # pair in the bracket after a part of the patients compares two groups within that part, which no row here names
    out.found = [f for f in out.found if not (f.group is not None and f.group.unnamed is not None
                                              and _pair_after_a_part(s, f))]
    # "Grade 2 and 3 pneumonitis were observed in 3 patients each": a count of each item, not of them together
    each = RX.COUNT_EACH.search(s.text)
    if each:
        out.found = [f for f in out.found if not (f.fields.get("measure") == "count"
                                                  and f.fields.get("value") == float(each.group("n")))]
    part = RX.COUNTED_PART.search(s.text)
    if part:
        out.found = [f for f in out.found if not ((f.group is None or not f.group.label)
                                                  and _value_start(s, f) >= part.start())]
    # "an increase in survival (6% at 1 year and 3% at 2 years)": a bracket of differences, no group's rates
    out.found = [f for f in out.found if not (f.fields.get("measure") in ("rate", "median")
                                              and _a_difference_in_brackets(s, f))]
    # "Of 65 relapses, 11% were only locoregional": a share of the events, no rate of the patients (a count of them,
    # "Of the 40 relapses, 19 were distant", is still a count of patients who had that event)
    events = RX.EVENTS_OPENING.match(s.text)
    if events:
        # ("a remission was achieved in 21% (six of 28 patients)": a rate out of its own patients stays)
        out.found = [f for f in out.found if not (f.fields.get("measure") == "rate"
                                                  and _value_start(s, f) >= events.end()
                                                  and not RX.OUT_OF_PATIENTS.match(s.text, _value_end(s, f)))]
    # "61 had died: 41% of heart disease, 30% of the tumour and 9% of other causes": shares of the deaths by cause
    out.found = [f for f in out.found if not (f.fields.get("measure") == "rate" and _a_cause_of_death(s, f))]
    # "no further interest if the rate of discontinuation is greater than 50%", "to test whether the response rate
    # exceeds 30%": a value in a condition, no result
    out.found = [f for f in out.found if not RX.CONDITION_BEFORE.search(s.text, max(0, _value_start(s, f) - 140),
                                                                     _value_start(s, f))]
    # "13 treatment-related deaths (10%) and 19 others (15%) died of other causes": a share in the bracket right after
    # a count of people is that count's; a listed outcome's rate only when the count is the outcome's own row
    out.found = [f for f in out.found if not (f.fields.get("measure") == "rate"
                                              and f.pattern_id.startswith("result.list")
                                              and _share_of_another_count(s, f, out.found))]
    _count_of_the_rates_people(s, out.found)
    # "specificity for the prediction of pCR was 68.9% for mRNA": how well a test predicts the outcome, no rate of it
    out.found = [f for f in out.found if not (f.fields.get("measure") in ("rate", "count")
                                              and RX.TEST_ACCURACY.search(s.text, max(0, f.start - 60),
                                                                       _value_start(s, f)))]
    # "212 deaths occurred overall in 401 patients in the A group": the patients the events were counted among, no
    # count of the events
    out.found = [f for f in out.found if not (f.fields.get("measure") == "count"
                                              and RX.EVENTS_OCCURRED_IN.search(s.text, max(0, _value_start(s, f) - 80),
                                                                            _value_start(s, f)))]
    # "Median OS was 8.1 months for patients receiving Q (arms 1 + 2) compared with 9.0 months without Q": one side of
    # a comparison whose groups no rule read (the other side's value unread after it); never all patients'
    out.found = [f for f in out.found if not ((f.group is None or not f.group.label)
                                              and f.fields.get("measure") in ("rate", "median", "mean")
                                              and _compared_with_an_unread_value(s, f, out.found))]
    # "an increase in the 3-year PFS from 30.2% to 37.9% with chemotherapy", "improved from 41% to 48%": the two ends of
    # a change, the groups' before and after; neither all patients' value
    out.found = [f for f in out.found if not ((f.group is None or not f.group.label)
                                              and f.fields.get("measure") in ("rate", "median", "mean")
                                              and _end_of_a_change(s, f))]
    # "thrombocytopenia (0; 7%)", "rash (6%; 1%)": a bracket of two bare values is two groups' pair, whose groups no
    # rule here named; neither is all patients'
    out.found = [f for f in out.found if not ((f.group is None or not f.group.label) and any(
        m.start() < _value_start(s, f) < m.end() for m in RX.BARE_PAIR.finditer(s.text)))]
    out.found = _first_of_one_code_in_a_list(out.found)
    _listed_p_values(s, out.found)
    out.found = _elliptic_group_list(s, out.found)
    out.found = _elliptic_for_list(s, out.found)
    if len({m.key for m in mentions}) >= 2:
        # where a sentence compares the study's groups it says nothing about all patients together: a
        # value there that no group rule placed is left out rather than given to the whole study
        lo, hi = mentions[0].start - 80, mentions[-1].end + 20
        # (a total the groups' counts add up to is all patients' by that sum: result.count.total)
        # (a ratio compares groups: one no group rule placed is the comparison's, of all patients)
        # (nor the whole's value straight before a bracket that holds every group's: "28 months (11 months, group A;
        # 41 months, group B)")
        out.found = [f for f in out.found if f.group is not None or f.end < lo or f.start > hi
                     or f.pattern_id == "result.count.total" or f.fields.get("unit") == "ratio"
                     or _before_the_groups_bracket(s, f, mentions)]


def _end_of_a_change(s: Sentence, f: Found) -> bool:
    """Whether a row's value is one end of "from a to b"."""
    start = _value_start(s, f)
    if RX.FROM_BEFORE.search(s.text, max(0, start - 40), start):
        return bool(RX.TO_AFTER.match(s.text, _value_end(s, f)))
    return bool(RX.FROM_THEN_TO_BEFORE.search(s.text, max(0, start - 90), start))


def _compared_with_an_unread_value(s: Sentence, f: Found, found: list[Found]) -> bool:
    """Whether a value is followed in its clause by "compared with / versus / than" and a value of the same kind that
    no row holds."""
    m = RX.COMPARED_THEN_VALUE.match(s.text, _value_end(s, f))
    if m is None or _clause_break(s, _value_end(s, f), m.start("v")) or \
            RX.BOUND_THAN.search(s.text, max(0, m.start("v") - 40), m.start("v")):
        return False  # ("with one patient surviving greater than 1 year": a bound, no comparison)
    percent = m.group("u") == "%"
    if percent != (f.fields.get("unit") == "%") or \
            RX.OTHER_SOURCE.search(s.text, m.start(), min(len(s.text), m.end() + 60)):
        return False  # ("61%, compared with 45% in historical controls": the study's own value against another's)
    return not any(g is not f and _value_start(s, g) == m.start("v") for g in found)


def _count_of_the_rates_people(s: Sentence, found: list[Found]) -> None:
    """'occurred in 4 of 51 patients with small tumours (7.8%)': the count is of the people the share after it is of
    (the count rule stops at "patients"); it takes the share's group, of the size after "of" (in place)."""
    for c in found:
        if c.fields.get("measure") != "count" or (c.group is not None and c.group.label):
            continue
        for r in found:
            if r is c or r.fields.get("measure") != "rate" or r.group is None or not r.group.label or \
                    r.fields.get("endpoint") != c.fields.get("endpoint"):
                continue
            # (the count rule keeps where its total ends, "4 of 51|", or where the count does, "4| of 51")
            m = RX.OF_N_PEOPLE_THEN.match(s.text, c.value_at)
            if m is None or _value_start(s, r) != m.end() or \
                    not " ".join(r.group.label.split()).lower().endswith(" ".join(m.group("trait").split()).lower()):
                continue
            n = int(m.group("n")) if m.group("n") else (c.group.n if c.group is not None else None)
            c.group = GroupRef(r.group.label, n)
            r.group = GroupRef(r.group.label, n or r.group.n)
            break


def _share_of_another_count(s: Sentence, f: Found, found: list[Found]) -> bool:
    """Whether a rate's value opens the bracket right after a count of people ("19 others (15%") that no count row of
    the same outcome holds."""
    start = _value_start(s, f)
    m = RX.COUNT_THEN_BRACKET.search(s.text, max(0, start - 60), start)
    if m is None or not RX.VERB_AFTER_BRACKET.match(s.text, start):
        return False
    k = float(m.group("k"))
    return not any(g.fields.get("measure") == "count" and g.fields.get("value") == k
                   and g.fields.get("endpoint") == f.fields.get("endpoint") for g in found)


def _before_the_groups_bracket(s: Sentence, f: Found, mentions: list) -> bool:
    """Whether the row's value stands right before a bracket that holds every group mention of the sentence."""
    opening = RX.UNIT_THEN_OPENING.match(s.text[_value_end(s, f):])
    if opening is None or RX.EACH_GROUP_BEFORE.search(s.text, max(0, _value_start(s, f) - 60), _value_start(s, f)):
        return False  # ("similar in both groups, at 8% (...)": each group's, not the whole's)
    at = _value_end(s, f) + opening.end() - 1
    depth = s.depths[at + 1] if at + 1 < len(s.depths) else 0
    close = next((i for i in range(at + 1, len(s.text)) if s.depths[i] < depth), len(s.text))
    return depth > 0 and s.depths[_value_start(s, f)] < depth and all(at < m.start and m.end <= close for m in mentions)


def _threshold_count(s: Sentence, f: Found) -> bool:
    """Whether the count a row read is the least (or most) number of events each patient had ("at least one AE"),
    or a bound of the patients ("those seen in at least 2 patients were ..."), not a number of patients."""
    return any(parse_count(m.group("n")) == f.fields["value"]
               for pattern in (RX.THRESHOLD_COUNT, RX.BOUND_OF_PATIENTS)
               for m in pattern.finditer(s.text, max(0, f.start - 25), min(len(s.text), f.end + 40))
               if m.start() <= f.end and m.end() >= f.start)


def _listed_p_values(s: Sentence, found: list[Found]) -> None:
    """'LC 95% vs 98%, DM 21% vs 25% and OS 80% vs 74% (p = 0.61, 0.47 and 0.52, respectively)': the k-th p of
    a list is the k-th comparison's, the comparisons counted by what they compare (endpoint, time, category,
    grade; an HR beside a pair is the same comparison). When the comparisons before the list do not number as
    many as its p values, which p is whose is not known: the rows there take none of them."""
    lists: dict[int, list] = {}
    for p in s.pvalues:
        if p.listed is not None:
            lists.setdefault(p.listed[0], []).append(p)
    for start, listed in lists.items():
        listed.sort(key=lambda p: p.listed[1])
        since = max([p.end for p in s.pvalues if p.end <= start] + [0])
        rows = sorted((f for f in found if since <= f.value_at <= start), key=lambda f: f.value_at)
        keys = list(dict.fromkeys((f.fields["endpoint"], f.fields.get("timepoint_months"), f.fields.get("category"),
                                   f.fields.get("grade")) for f in rows))
        compared = any(f.comparator is not None or (f.group is not None and f.group.unnamed is not None)
                       for f in rows)
        for f in rows:
            p = None
            if compared and len(keys) == len(listed):
                p = listed[keys.index((f.fields["endpoint"], f.fields.get("timepoint_months"),
                                       f.fields.get("category"), f.fields.get("grade")))]
            elif f.fields.get("p_value") not in [x.value for x in listed]:
                continue  # a p of its own, said before the list
            f.fields["p_value"] = p.value if p else None
            f.fields["p_op"] = (p.op if p.op != "=" else None) if p else None


def _in_a_named_bracket(s: Sentence, f: Found) -> bool:
    """A value listed in a bracket after a name no group rule knows, in a sentence that compares: that name's,
    never all patients'."""
    named = RX.NAMED_BRACKET.search(s.text, max(0, f.value_at - 120), f.value_at)
    return named is not None and (bool(s.vs) or RX.THAN_BEFORE.search(s.text, max(0, named.start() - 8),
                                                                       named.start()) is not None)


def _against_not_reached(text: str, f: Found) -> bool:
    """A value compared with a median not reached is the other group's."""
    return RX.NOT_REACHED_PAIR.search(text, max(0, f.start - 10), min(len(text), f.end + 60)) is not None


def _value_against_not_reached(s: Sentence, f: Found) -> bool:
    """Whether the row's number is a side of a bare pair with a median not reached, no group named inside the pair:
    "20.3 months vs not reached", "NR vs 20.3 months" ("not reached in the A arm versus 28 months in the B arm" names
    each side)."""
    span = _value_span(s, f)
    if span is None:
        return False
    return GROUP_RESULTS_RX.AGAINST_NOT_REACHED_AFTER.match(s.text, span[1]) is not None or \
        GROUP_RESULTS_RX.NOT_REACHED_AGAINST_BEFORE.search(s.text, max(0, span[0] - 80), span[0]) is not None


def _one_of_a_pair(s: Sentence, f: Found) -> bool:
    """Whether the row's number is one side of an 'x vs y' pair ('y' written as a number too): a value of one of
    two compared groups, which, when no rule named the groups, is never all patients'."""
    text = s.text
    at = _value_start(s, f)
    after = RX.COMPARED_NEXT.match(text, at)
    if after:
        return not RX.OTHER_SERIES.match(text, after.end())
    return RX.COMPARED_BEFORE.search(text, max(0, at - 140), at) is not None


COUNTING_WORDS = frozenset("no none of only all both each every who whose with without".split())
# Words that name all of a study's patients, not a part of them ("in all evaluable patients", "in both arms", "the
# study cohort", "the 120 patients")
ALL_PATIENTS_WORDS = frozenset(
    "all our these such study evaluable assessable eligible enrolled included randomised randomized analysable "
    "analyzable individual most many some few several both total each every the whole entire overall full present "
    "current two three four five either safety intention-to-treat itt efficacy analysis pooled combined randomly "
    "assigned allocated registered accrued recruited consecutive treated different".split())
# "in our patients with X": all of them, described


def _a_part_of_the_patients(label: str, trait: Optional[str] = None) -> bool:
    """Whether a group's name after "in"/"for" names a part of the study's patients: a word that sets them apart
    ("stage II patients", "the placebo arm"), or a trait ("those with nodal disease"; not "patients who were
    randomised", all of them)."""
    if trait and not RX.ALL_TRAIT.search(trait.strip()) and not RX.OUR_ALL_THESE.search(label):
        return True
    return any(w.lower() not in ALL_PATIENTS_WORDS and not w.isdigit() for w in label.split()[:-1])


def _sized_sex(m: re.Match) -> bool:
    """Whether a clause's subject is one sex named with its size in a bracket."""
    # ("the women (n = 64)": the article points back to people named before, often all of them)
    return bool(RX.SIZED_SEX.fullmatch(m.group("label").strip()) and m.group("size")) and not m.group("trait") and \
        not m.group("the")


def _lettered_label(m: re.Match) -> str:
    """The lettered group's name as papers define it: "arm C" for "the C arm"."""
    return m.group("label") or f"{m.group('word')} {m.group('letter')}"


def _group_beside(s: Sentence, f: Found) -> Optional[str]:
    """The group the row's number is of when one is named beside it in its clause: right after the number ("was 80%
    for stage II patients") or between the clause's start and the number ("Grade 3 events in the placebo arm were
    rash (n=2)"); "" when the number is of a group that the words beside it do not settle ("higher (40%) than in
    those given B", "in the A group, ..., whereas 30% in the B group", "in both groups"); None when no group is
    named there."""
    at = _value_start(s, f)
    if RX.THAN_PEOPLE_AFTER.match(s.text, at) or RX.THAN_PEOPLE_BEFORE.search(s.text, max(0, at - 90), at):
        return ""
    if RX.ALL_AFTER_VALUE.match(s.text, at):
        return None  # "77% (95% CI ...) across doses", "20% overall": all patients', whatever group came before
    ranked = RX.RANKED_FIRST.search(s.text, max(0, at - 120), at)
    if ranked:
        return ranked.group("label")  # "the response rate was highest in the elderly (41%)": theirs
    # "The median survival of women was 14 months": the outcome said of a part of the patients, then its value
    for e in s.endpoints:
        part = RX.OUTCOME_OF_A_PART.match(s.text, e.end) if f.start <= e.start and e.end <= at else None
        if part is not None and RX.PART_THEN_VALUE.fullmatch(s.text, part.end(), at):
            return part.group("part")
    sized = RX.SIZED_AFTER_VALUE.match(s.text, at)
    if sized:
        return sized.group("label")  # "a DCR of 93% for trastuzumab-based therapies (n = 15)": that group's
    lettered = RX.LETTERED_GROUP_AFTER_VALUE.match(s.text, at)
    if lettered:
        return _lettered_label(lettered)  # "52% (13/25) in arm A": that arm's, whether or not the index knows it
    after = RX.PEOPLE_AFTER_VALUE.match(s.text, at)
    if after and _a_part_of_the_patients(after.group("label"), after.group("trait")):
        return "" if RX.PLURAL_GROUPS.search(after.group("label")) else after.group("label") + (after.group("trait")
                                                                                                or "")
    # (a semicolon or "whereas" inside brackets parts a bracket's items, not the sentence's clauses)
    clause = max([m.start() for m in RX.CLAUSE_START.finditer(s.text, 0, at) if s.depths[m.start()] == 0], default=0)
    front = SCOPE.match(s.text)  # "Of the 31 patients in the A group, ...": the fronted scope's rules place it
    start = max(clause, front.end() if front else 0, at - 150)
    # "Patients with X-negative tumours had favourable outcomes (ORR, 46%; PFS, 8.2 months)", "T1N0 patients had a
    # better survival (83%)": the clause's subject, a part of the patients, is whom the number is of
    subject = [m for m in RX.SUBJECT_GROUP.finditer(s.text, start, at)
               if (_a_part_of_the_patients(m.group("label"), m.group("trait")) or _sized_sex(m))
               # "16 patients had a PR", "No patients developed", "87 of 143 patients had": a count, not a group (but
               # "the 33 patients with persistent N2 disease had a median FFS of 8.2 months": people with a trait, the
               # group a measure other than a count is of)
               and (not any((parse_count(w) is not None and not RX.LETTERED_WORD.fullmatch(pw)) or
                            w.lower() in COUNTING_WORDS
                            for pw, w in zip(["", *m.group("label").split()], m.group("label").split()[:-1],
                                             strict=False))
                    or (m.group("trait") and f.fields.get("measure") in ("rate", "median", "mean")
                        and RX.THE_COUNTED.match(m.group(0))))]
    if subject:
        if RX.CLAUSE_CONTRAST.search(s.text, subject[-1].end(), at):
            return ""  # "... (83%) compared with T2N0 patients (71%)": the other group's
        return subject[-1].group("label") + (subject[-1].group("trait") or "")
    named = [m for m in RX.GROUP_BEFORE_VALUE.finditer(s.text, start, at) if _a_part_of_the_patients(m.group("label"))
             # "(35%) in the A group, the B group had 24%": the name said right after another number is that one's
             and not RX.NUMBER_BEFORE_NAME.search(s.text, max(0, m.start() - 80), m.start())
             and not _closes_its_clause(s, m.end(), at)]
    if not named:
        return None
    if RX.PAIR_NEXT.match(s.text, at) or (RX.RESPECTIVELY.search(s.text, at, _clause_end(s.text, at, 200))
                                       and not _outcomes_listed(s, start, named[-1].start())
                                       and not _outcomes_listed(s, named[-1].end(), at)):
        # "10.9 (3.5-16.5) months vs 5.5 months", "19% and 26%, respectively": one of a pair or list, whichever
        # group was named before (but "the ORR and DCR in the A group were 47% and 65%, respectively", "In the A
        # group, the ORR and DCR were 47% and 65%, respectively": the list is of the outcomes named beside the one
        # group)
        return ""
    label = named[-1].group("label")
    # "in the A groups: 46% (X) and 49% (Y)", "(248 in the A group and 260 in the B group) and 85% ...", "in the A arm
    # had a CR compared with no B patients (0%)": more than one group, or the name before a contrast
    if (len({m.group("label").lower() for m in named}) > 1 or RX.PLURAL_GROUPS.search(label)
            or RX.CLAUSE_CONTRAST.search(s.text, named[-1].end(), at)):
        return ""
    # "HR 0.7 (6.7 v 6.1 months) in the low-dose group and 0.8 (6.5 v 6.1 months) in the high-dose group": another
    # group named just after the number may as well be its
    later = {m.group("label").lower() for m in RX.GROUP_BEFORE_VALUE.finditer(s.text, at, _clause_end(s.text, at, 80))}
    return label if later <= {label.lower()} else ""


def _closes_its_clause(s: Sentence, end: int, at: int) -> bool:
    """Whether the group named up to ``end`` ends its clause, and a new clause about an outcome of its own opens
    before the value at ``at``: "There were 30 deaths in the A arm, and median OS was 12 months" (the median is none
    of the A arm's, the clause that names it being over)."""
    brk = RX.NAME_THEN_CLAUSE_BREAK.match(s.text, end)
    return brk is not None and brk.end() < at and any(brk.end() <= e.start and e.end <= at for e in s.endpoints)


def _a_further_share(s: Sentence, f: Found) -> bool:
    """Whether the row's value is said as "a further", "another" share after the outcome the row names."""
    value = next((v for v in s.values if v.start <= f.value_at <= v.end), None)
    at = count_start(s.text, value) if value is not None else f.value_at  # ("a further 29 (12%)": before the count)
    return f.start < at and RX.FURTHER_BEFORE.search(s.text, max(0, at - 20), at) is not None


def _a_rate_they_result_in(s: Sentence, f: Found) -> bool:
    """Whether the row's value follows what the outcome before it "results in" ("resulting in a ... rate of"), where
    the row's outcome (code and category) is not named again."""
    at = _value_start(s, f)
    said = RX.RESULTING_IN.search(s.text, max(f.start, at - 90), at)
    if said is None or said.start() <= f.start or RX.NO_OUTCOME_WORDS.fullmatch(said.group("words")):
        return False
    return not any(e.code == f.fields["endpoint"] and e.category == f.fields.get("category")
                   and said.start() <= e.start < at for e in s.endpoints)


def _aside_of_a_generic_event(s: Sentence, e: Endpoint) -> bool:
    """Whether the toxicity term ``e`` is named in an aside of a generic toxicity named before it in the same clause
    ("grade 3 toxicity, mainly neutropenia, occurred in 20%"), with no numbers of its own."""
    if e.code != "TOX" or not e.category or not RX.ASIDE_ENDS.match(s.text, e.end):
        return False
    for o in s.endpoints:
        if o.code == "TOX" and not o.category and o.end <= e.start:
            between = s.text[o.end:e.start]
            if RX.DIGIT_OR_SEMICOLON.search(between):
                continue
            cues_said = [*RX.EVENT_EXAMPLE_BEFORE.finditer(between), *RX.EVENT_LEFT_OUT_BEFORE.finditer(between)]
            if cues_said and RX.ASIDE_GAP.fullmatch(between, max(c.end() for c in cues_said)):
                return True
    return False


def _an_event_named_between(s: Sentence, f: Found) -> bool:
    """Whether a generic toxicity row (no category) has a toxicity term named after its generic name and before its
    value, outside an example of the generic name (a bracket closed before the value, "mainly", "including"), or
    left out of it ("other than", "except")."""
    if f.fields["endpoint"] != "TOX" or f.fields.get("category"):
        return False
    at = _value_start(s, f)
    heads = [e for e in s.endpoints if e.code == "TOX" and not e.category and f.start <= e.start and e.end <= at]
    if not heads:
        return False
    head = heads[-1]
    for m in _term_matches(s):
        if not head.end <= m.start() < m.end() <= at or category_of(m.group(0)).endswith("toxicity"):
            continue
        if RX.EVENT_LEFT_OUT_BEFORE.search(s.text, head.end, m.start()):
            return True
        if RX.EVENT_EXAMPLE_BEFORE.search(s.text, head.end, m.start()) or \
                CAUSE_BEFORE.search(s.text, max(0, m.start() - 20), m.start()) or \
                (s.depths[m.start()] > 0 and _closing(s, _opening(s, m.start())) < at):
            continue  # (an example, a cause, or a bracket closed before the value: "Toxicity (neutropenia) ...")
        return True
    return False


def _event_with_its_own_share_before(s: Sentence, f: Found) -> bool:
    """Whether the row's toxicity (with a category) is an item of a list of events each with its own share in a
    bracket ("neutropenia (12%) and rash (5%)"), the list closed before the row's value, which is not the share."""
    if f.fields["endpoint"] != "TOX" or not f.fields.get("category"):
        return False
    at = _value_start(s, f)
    shares = {e.start: (e, m) for e in s.endpoints if e.code == "TOX" and e.category
              and (m := RX.OWN_SHARE_AFTER.match(s.text, e.end)) is not None and m.end() <= at}
    for e, m in shares.values():
        if e.category != f.fields["category"] or e.grade != f.fields.get("grade") or not f.start <= e.start or \
                float(m.group("v")) == f.fields["value"]:
            continue
        listed = any(o is not e and (RX.COORDINATED_TERMS.fullmatch(s.text, m.end(), o.start)
                                     or RX.COORDINATED_TERMS.fullmatch(s.text, n.end(), e.start))
                     for o, n in shares.values())
        if listed:
            return True
    return False


def _likewise_of_another_subject(s: Sentence, f: Found) -> bool:
    """Whether the row's value follows a new subject (", as was X") after the row's outcome, and the row's outcome
    (its code and category) is not named between the two."""
    at = _value_start(s, f)
    said = [m for m in RX.LIKEWISE.finditer(s.text, f.start, at)]
    if not said:
        return False
    after = said[-1].end()
    if not RX.A_LETTER.search(s.text[after:at]):
        return False  # "..., as did 1 patient in the placebo group": the value is the subject, of the same outcome
    return not any(e.code == f.fields["endpoint"] and e.category == f.fields.get("category") and after <= e.start < at
                   for e in s.endpoints)


def _outcomes_listed(s: Sentence, start: int, end: int) -> bool:
    """Whether more than one outcome (or time point of one) is named between ``start`` and ``end``."""
    return len([e for e in s.endpoints if start <= e.start < end]) > 1 or \
        bool(RX.TIMES_LISTED.search(s.text, start, end))


# (or an analysis restricted to some: "When the analysis is restricted to node-negative women, ... (HR ...)")
def _parts_counted_within(rows: list[Found], groups: Optional[GroupIndex], part: GroupRef) -> list[Found]:
    """The arm rows counted out of a total smaller than the arm's size, each given as the arm's part within ``part``
    (``GroupRef.within``; the assembler makes it a cohort under the arm) and compared with the other arm's part of
    the same outcome when the sentence counts one (in place); returned."""
    sizes = {g.key: g.n for g in groups.groups} if groups is not None else {}
    counted = [f for f in rows if f.group.key is not None and f.group.n is not None
               and f.fields["measure"] not in RATIOS and (sizes.get(f.group.key) or 0) > f.group.n]
    for f in counted:
        f.group = GroupRef(f.group.label, f.group.n, key=f.group.key, within=part.label)
    for f in counted:
        others = {(g.group.key, g.group.n): g.group for g in counted if g.group.key != f.group.key
                  and (g.fields["endpoint"], g.fields["measure"]) == (f.fields["endpoint"], f.fields["measure"])}
        f.comparator = next(iter(others.values())) if len(others) == 1 else None
    return counted


def _of_an_arm(g: Optional[GroupRef], groups: Optional[GroupIndex]) -> bool:
    """Whether a row's group is one of the groups the paper compares: by its key, as one of an unnamed pair, or by a
    name the paper's index knows."""
    return g is not None and (g.key is not None or g.unnamed is not None
                              or bool(groups is not None and g.label and groups.mentions(g.label)))


def _fronted_sized_part(s: Sentence, mentions: list, groups: Optional[GroupIndex]) -> Optional[re.Match]:
    """The part of the patients a sentence opens with when a bracket gives its size in each arm ("For 30 patients (16
    in A and 14 in B) with liver metastases, ..."): not the arms as wholes, whose sizes those are not ("Among all
    patients (120 in A and 118 in B), ..." names the arms themselves)."""
    m = RX.FRONTED_SIZED_PART.match(s.text) if groups is not None and mentions else None
    if m is None or not any(m.start("part") <= x.start < m.end("sizes") for x in mentions):
        return None
    sizes = {int(n) for n in RX.WHOLE_NUMBER.findall(m.group("sizes"))}
    arm_sizes = {g.n for g in groups.groups if g.n}
    if sizes <= arm_sizes or not (arm_sizes or RX.TRAIT_WORD.search(m.group("part") + m.group("rest"))):
        return None
    return m


def _part_turned_to(s: Sentence, groups: Optional[GroupIndex]) -> Optional[int]:
    """Where a sentence turns to a part of the patients that no group of the paper is, so that the arms' values from
    there on are that part's (which no row names): the start, for a sentence opened by the part ("In older patients,
    the response rate was 30% versus 22% for A versus B", "When considering only the patients with lesions that could
    be measured (n = 41 in A; ...), the ORRs were ..."), or the end of a clause that turns to it ("The 2-year OS was
    A: 45%; B: 58%, and in nonsquamous patients was A: 48%; B: 56%"); None when it does not."""
    fronted = RX.FRONTED_PART.match(s.text)
    if fronted and RX.PART_LABEL.fullmatch(fronted.group("part").strip()) and \
            not (groups is not None and groups.mentions(fronted.group("part"))):
        return 0
    if RX.CONSIDERING_ONLY.match(s.text):
        return 0
    turn = RX.TURN_TO_A_PART.search(s.text) if groups is not None else None
    return turn.end() if turn else None


def _subgroup_arm_rows_dropped(s: Sentence, kept: list[Found], mentions: list, groups: Optional[GroupIndex],
                               opening: Optional[re.Match]) -> list[Found]:
    """The rows left once the arms' values said within a subgroup are dropped (no row here names the subgroup's arms)
    and a ratio said within one is given to it (``opening``: the sentence's fronted scope, ``SCOPE``'s match)."""
    # "In patients with no reported progression, median OS was 15 versus 14 months (HR 0.9) for A and B,
    # respectively": the arms' values within the part of the patients the sentence opens with, which no row here
    # names; its ratio is that part's
    sized = [g.n for g in groups.groups if g.n] if groups is not None else []
    # ("Among patients with stage IA disease, LC was 89% with A and 96% with B": where the paper has no index of its
    # groups, the two the sentence compares within the part are its treatments; never theirs as wholes)
    # (not a value with its own total, "5 (42%) of 12 chemotherapy-naive patients": the part of that size; nor the
    # opening part against another, "Among patients with X, LC was 70% compared with 85% in those without")
    fronted = _clean(opening.group("label")).lower() if opening is not None else ""
    compared = [f for f in kept if f.group is not None and f.comparator is not None and f.group.label
                and f.comparator.label and f.group.n is None and f.fields["measure"] not in RATIOS
                and not any(_clean(g.label).lower() in fronted or fronted in _clean(g.label).lower()
                            for g in (f.group, f.comparator))] if not mentions else []
    if (mentions or compared) and opening is not None and RX.TRAIT_WORD.search(opening.group("label")) and \
            not any(m.start < opening.end() for m in mentions) and not (
            # ("Among the 300 patients who started treatment, ...": nearly all the arms' patients, no part of them)
            opening.group("n") and sized and int(opening.group("n")) >= 0.9 * sum(sized)):
        part = _scope(s.text)
        arm_rows = [f for f in kept if _of_an_arm(f.group, groups) or f in compared]
        if part is not None and arm_rows:
            for f in arm_rows:
                if f.fields["measure"] in RATIOS:
                    f.group, f.comparator = part, None
            # "Among patients with X, the response rate was 48% (45 of 94) with A and 30% (28 of 93) with B": a value
            # counted out of a total smaller than its arm is the arm's part within the scope, known by its size
            counted = [f for f in arm_rows if f.group.within] or _parts_counted_within(arm_rows, groups, part)
            kept = [f for f in kept if f not in arm_rows or f.fields["measure"] in RATIOS or f in counted]
    # "For 30 patients (16 in A and 14 in B) with liver metastases, median PFS was 5.1 months with A and 3.9 months
    # with B (HR 0.70)": each arm's part, which no row here names; the ratio is the part's
    sized_part = _fronted_sized_part(s, mentions, groups)
    if sized_part is not None:
        label = f"{sized_part.group('part')}{sized_part.group('rest')}"
        # (a part named by the arms' treatments, "patients given A or B as third-line therapy", has no name of its
        # own that no arm's would take: its ratio goes too)
        named = not groups.mentions(label)
        arms = [f for f in kept if _of_an_arm(f.group, groups) and f.value_at >= sized_part.end()]
        for f in arms:
            if named and f.fields["measure"] in RATIOS:
                f.group, f.comparator = _part_ref(label), None
        kept = [f for f in kept if f not in arms or (named and f.fields["measure"] in RATIOS)]
    within = _part_turned_to(s, groups)
    if within is not None:
        kept = [f for f in kept if not (_of_an_arm(f.group, groups) and f.fields["measure"] not in RATIOS
                                        and _value_start(s, f) >= within)]
    # "Likewise, for this patient population, PFS was longer with A than with B (6.0 vs 4.5 months; HR 0.6)": the
    # values of a subgroup the sentence before named, which no row here names; never all's nor the arms'
    # ("In this population, the response rate was 40%" in a one-group study is the study's own)
    if RX.THIS_POPULATION.search(s.text):
        kept = [f for f in kept if not _of_an_arm(f.group, groups)]
    # "The 5-year survival rate for patients with stage II disease was 31% with A and 44% with B", "OS in women was
    # ...": the arms' values within a part of the patients the outcome is said of, which no row here names
    # (not the trial's own population: "OS among the patients in the X population", where the arms are sized)
    named = [(e.end, m.group("part")) for e in s.endpoints
             if (m := RX.OUTCOME_OF_A_PART.match(s.text, e.end)) is not None
             and not (groups is not None and groups.mentions(m.group("part")))
             and not ((p := _population_after(s, e.end)) is not None and _the_trials_population(p, groups))]
    parts = [end for end, _ in named]
    if parts:
        # "Median OS in patients with liver metastases was 8.2 months with A versus 6.4 months with B (HR 0.71)": the
        # ratio of the arms compared within the part is the part's (never the arm's as a whole)
        for f in kept:
            if f.fields.get("measure") in RATIOS and f.group is not None and _of_an_arm(f.group, groups) and \
                    f.group.unnamed is None:
                part = next((label for end, label in named if end <= f.value_at
                             and not _clause_break(s, end, f.value_at)), None)
                if part is not None:
                    f.group, f.comparator = _part_ref(part), None
        # (an unnamed pair's placeholders stay: "OS in patients with and without X (88% versus 74%)" is the two parts')
        # (nor a value with its own total, "40% (10 of 25 patients) in arm A": a part of the arm of that size)
        kept = [f for f in kept if not (_of_an_arm(f.group, groups) and f.group.unnamed is None and f.group.n is None
                                        and f.fields.get("measure") not in RATIOS
                                        and any(end <= f.value_at and not _clause_break(s, end, f.value_at, True)
                                                for end in parts))]
    # "Median PFS in marker Q-positive patients receiving A versus B was 7.4 and 5.1 months", "Median OS was 12.2 versus
    # 9.0 months for patients with bulky disease receiving A and B, respectively (HR 0.74)": the arms' people named as a
    # part of the patients, so the arms' values in that clause are the part's; its ratio is the part's
    if groups is not None and mentions:
        received = [m for m in RX.PART_RECEIVING.finditer(s.text)
                    if any(m.end() <= x.start <= m.end() + 4 for x in mentions)
                    and not groups.mentions(m.group("part"))
                    and not _names_an_arm_or_outcome(s, m.start("part"), m.end("part"), groups)]
        for m in received:
            def same_clause(f: Found, m: re.Match = m) -> bool:
                at = _value_start(s, f)
                return not _clause_break(s, min(at, m.start()), max(at, m.start()))
            for f in kept:
                if f.fields.get("measure") in RATIOS and f.group is not None and _of_an_arm(f.group, groups) and \
                        f.group.unnamed is None and same_clause(f):
                    f.group, f.comparator = _part_ref(m.group("part")), None
            kept = [f for f in kept if not (f.fields.get("measure") not in RATIOS and f.group is not None
                                            and _of_an_arm(f.group, groups) and f.group.unnamed is None
                                            and f.group.n is None and same_clause(f))]
    # "Benefit was seen among those with bulky disease: median PFS was 9.0 months with A and 6.5 months with B (HR
    # 0.70)": the arms' values after a colon that a part of the patients named before it introduces are that part's;
    # its ratio is the part's
    colon = next((c.start() for c in RX.COLON.finditer(s.text) if s.depths[c.start()] == 0), None)
    lead = RX.PART_BEFORE_COLON.search(s.text, 0, colon) if colon is not None and groups is not None else None
    if lead is not None and not groups.mentions(lead.group("part")) and \
            not _names_an_arm_or_outcome(s, lead.start("part"), lead.end("part"), groups):
        for f in kept:
            if f.fields.get("measure") in RATIOS and f.group is not None and _of_an_arm(f.group, groups) and \
                    f.group.unnamed is None and _value_start(s, f) > colon:
                f.group, f.comparator = _part_ref(lead.group("part")), None
        kept = [f for f in kept if not (f.fields.get("measure") not in RATIOS and f.group is not None
                                        and _of_an_arm(f.group, groups) and f.group.unnamed is None
                                        and f.group.n is None and _value_start(s, f) > colon)]
    # "Patients with liver metastases derived a larger benefit from A than from B (median PFS 6.2 vs 3.9 months; HR
    # 0.61)", "Patients in the marker-low subgroup also had longer survival with A (...)": the arms compared within the
    # part the subject names; its ratio is the part's, the arms' values (and any pair read as the part against the
    # rest) no row's
    subject = RX.SUBJECT_PART.match(s.text)
    if subject and mentions and groups is not None and not groups.mentions(subject.group("part")) and \
            any(m.start >= subject.end("part") for m in mentions):
        part = _part_ref(subject.group("part"))
        for f in kept:
            if f.fields.get("measure") in RATIOS and (f.group is None or _of_an_arm(f.group, groups)):
                f.group, f.comparator = part, None
        kept = [f for f in kept if f.fields.get("measure") in RATIOS or not (
            f.group is None or _of_an_arm(f.group, groups) or _names_the_part(f.group, subject.group("part")))]
    # "... and in 80 patients with liver metastases (9.1 versus 6.0 months; HR 0.70)", "... in women younger than 50
    # (HR 0.81) but not in those aged 50 or older (HR 1.04)": the values in the bracket after a part of the patients
    # are that part's: its ratio is given to it, the arms' values within it (which no row here names) are dropped
    kept = _bracketed_parts(s, kept, groups)
    kept = _figures_said_of_a_part(s, kept, groups)
    kept = _ratios_of_compared_parts_dropped(s, kept)
    # "In arm A, 30 of the 41 patients (73%) with low marker X had a response": the share of the arm's patients with a
    # trait, a part of the arm that no row here names; never the arm's own
    kept = [f for f in kept if not (_of_an_arm(f.group, groups) and f.fields.get("measure") not in RATIOS
                                    and _counted_with_a_trait(s, f))]
    # "Subgroup analysis showed that patients with low X had a shorter PFS (2 months in 20 patients of the A group
    # versus 4 months in 18 of the B group)": each arm's value within the subgroup, which no row here names
    return [f for f in kept if not (
        f.group is not None and f.fields.get("measure") not in RATIOS
        and RX.SUBGROUP_SHOWED.search(s.text, 0, f.value_at)
        and (_of_an_arm(f.group, groups) or RX.ARM_WORD_END.search(f.group.label or "")))]


def _counted_with_a_trait(s: Sentence, f: Found) -> bool:
    """Whether the row's number counts the patients with a trait and what they had ("30 of the 41 patients (73%) with
    low marker X had a response"), not the patients with the row's own event ("12 (20%) with grade 3 neutropenia"):
    the trait names no outcome of the row's, and a verb of what they had follows it in the clause."""
    m = RX.COUNTED_WITH_TRAIT.match(s.text, _value_end(s, f))
    if m is None or any(e.code == f.fields.get("endpoint") and e.start < m.end("trait") and e.end > m.start("trait")
                        for e in s.endpoints):
        return False
    return m.group("next") is None or RX.LIST_THEN_TRAIT_VERB.match(s.text, m.end()) is not None


def _part_brackets(s: Sentence, groups: Optional[GroupIndex]) -> list[tuple[int, int, str]]:
    """The brackets of a sentence that hold a part's values (where it opens, where it closes, the part's name): the
    ones right after a part of the patients that none of the paper's groups is, and the ones of the list of parts
    that continues after such a bracket."""
    out: list[tuple[int, int, str]] = []
    text = s.text
    for m in RX.ANY_OPENING_BRACKET.finditer(text):
        opening = m.start()
        close = _closing(s, opening)
        if close < 0:
            continue
        if out and out[-1][1] < opening:
            nxt = RX.NEXT_PART.fullmatch(text, out[-1][1] + 1, opening + 1)
            if nxt and not RX.PART_LIST_VERB.search(nxt.group("label")) and not _names_an_arm_or_outcome(
                    s, nxt.start("label"), nxt.end("label"), groups):
                out.append((opening, close, nxt.group("label").strip()))
                continue
        part = RX.PEOPLE_PART_THEN_BRACKET.search(text, max(0, opening - 100), opening + 1)
        if part is None or RX.WHOLE_PART.search(part.group("label")) or RX.MORE_PEOPLE.match(part.group("label")):
            continue
        # (one sex alone only where no value of its own comes before: "9.9 months in men (HR 0.61)" ends a pair; nor a
        # count of them with its share alone, "in 14 women (15%)": the event's count)
        sex = RX.SEX_PART.fullmatch(part.group("label")) and \
        not RX.VALUE_BEFORE_PART.search(text, 0, part.start()) and \
            not (part.group("label")[0].isdigit() and RX.SHARE_ONLY_BRACKET.match(text, opening))
        if not (part.group("trait") or part.group("kind") or part.group("noun") or sex
                or "group" in part.group("label").lower()
                or "set" in part.group("label").lower() or RX.MARKER_STATE.search(part.group("label"))
                or part.group("stage")):
            continue  # "in 120 patients (": a count of them, no part named
        label = part.group("label")
        if _names_an_arm_or_outcome(s, part.start("label"), part.end("label"), groups) or \
                RX.PARTS_COMPARED.search(RX.BOUND_THAN.sub(" ", label)) or \
                RX.COMPARATOR_BEFORE.search(text, max(0, part.start() - 25), part.start()):
            continue
        out.append((opening, close, part.group("label").strip()))
    return out


def _names_the_part(g: GroupRef, part: str) -> bool:
    """Whether a group is the part itself or the rest of the patients ("not ...") as a pair rule named them."""
    label = RX.NOT_AT_START.sub("", (g.label or "").lower())
    return bool(label) and (label in part.lower() or part.lower() in label)


def _part_ref(label: str) -> GroupRef:
    """The group of a part's name: with its size when a count of people opens it ("80 patients with X"), never from
    a bound ("60 to 69 years")."""
    if RX.COUNT_OF_PEOPLE.match(label):
        return _with_n(label.replace(",", ""))
    return GroupRef(_clean(label))


def _names_an_arm_or_outcome(s: Sentence, a: int, b: int, groups: Optional[GroupIndex]) -> bool:
    return bool(groups is not None and groups.mentions(s.text[a:b])) or any(a <= e.start < b for e in s.endpoints)


def _bracketed_parts(s: Sentence, kept: list[Found], groups: Optional[GroupIndex]) -> list[Found]:
    """The rows left once the values in a part's bracket (``_part_brackets``) are settled: a ratio of the arms or of
    all patients is given to the part, the arms' other values within it are dropped."""
    # (all patients' ratio too: "a benefit from A was seen in women (HR 0.61) but not in men (HR 1.02)" has no arm row)
    if groups is None or not any(_of_an_arm(f.group, groups) or (f.group is None and f.fields.get("measure") in RATIOS)
                                 for f in kept):
        return kept
    brackets = _part_brackets(s, groups)
    if not brackets:
        return kept
    out = []
    for f in kept:
        at = _value_start(s, f)
        inside = next((b for b in brackets if b[0] < at <= b[1]), None)  # (a ratio's may be its end)
        own = (f.group.label or "").lower() if f.group is not None else ""
        # (an unnamed pair there may be the part against the rest: "shorter among women aged 70 or more (10 versus
        # 13 months)")
        if inside is None or (f.group is not None and f.group.unnamed is not None) or (
                own and (own in inside[2].lower() or inside[2].lower() in own)):
            out.append(f)
            continue
        if f.fields.get("measure") in RATIOS:
            f.group, f.comparator = _part_ref(inside[2]), None
            out.append(f)
        elif not _of_an_arm(f.group, groups):
            out.append(f)
    return out


def _figures_said_of_a_part(s: Sentence, kept: list[Found], groups: Optional[GroupIndex]) -> list[Found]:
    """The rows left once a clause that says the same figures again of a part of the patients ("...; the
    corresponding values in the marker-high subgroup were 11.0 and 6.1 months (HR 0.50)", ``_figures_said_again``) is
    settled (``_kept_within_a_part``): its ratio is the part's, the arms' values there each arm's within it, which no
    row here names (its name may hold a group's, "the marker-high X population" within the X population: no group of
    the paper). A part that names the row's own groups is theirs ("the corresponding values in the A group were"),
    one that names an outcome no part ("the corresponding figures for overall survival were")."""
    if groups is None or RX.FIGURES_WORD.search(s.text) is None:
        return kept
    out = []
    for f in kept:
        at = min(_value_start(s, f), len(s.text))
        # (the clause the value is in: none of it after a semicolon)
        m = _figures_said_again(s, s.text.rfind(";", 0, at) + 1, at)
        if m is None:
            out.append(f)
            continue
        own = {g.key for g in (f.group, f.comparator) if g is not None and g.key is not None}
        named = groups.mentions(m.group("label"))
        label = (f.group.label or "").lower() if f.group is not None and f.group.key is None else ""
        if (any(x.key in own for x in named) if own else bool(named)) or (label and label in m.group("label").lower()):
            out.append(f)  # (a row given the part itself, by a rule that named it, stays)
        elif _kept_within_a_part(f, GroupRef(_clean(m.group("label")))):
            out.append(f)
    return out


def _ratios_of_compared_parts_dropped(s: Sentence, kept: list[Found]) -> list[Found]:
    """The rows left once a sentence that sets parts of the patients against each other, each with its ratio ("a
    larger benefit from A in marker-high patients (HR 0.61) compared with patients with marker-low tumours (HR
    1.30)"), has its ratios of no group dropped: each is one part's (or the parts' comparison), never all patients'."""
    loose = [f for f in kept if f.group is None and f.fields.get("measure") in RATIOS]
    if not loose:
        return kept
    for f in loose:
        opening = s.text.rfind("(", 0, _value_start(s, f))
        square = s.text.rfind("[", 0, _value_start(s, f))
        at = max(opening, square)
        if at >= 0 and _closing(s, at) >= _value_start(s, f) and \
                RX.COMPARED_PART_THEN_BRACKET.search(s.text, max(0, at - 120), at + 1):
            return [g for g in kept if g not in loose]
    return kept


def _pair_said_of_a_part(s: Sentence, f: Found, groups: Optional[GroupIndex]) -> bool:
    """Whether a row's value is one of an "x versus y" pair said of a part of the patients ("... in women") that is
    none of the paper's groups."""
    span = _value_span(s, f)
    if span is None:
        return False
    start = span[0]
    m = RX.PAIR_THEN_IN.match(s.text, span[1])
    # (one of a pair: the other value after it, or before it: "31% versus 12% in women" for both)
    if m is None or not (m.group("other") or RX.PAIR_BEFORE.search(s.text, max(0, start - 40), start)):
        return False
    # (the rest of the name up to the clause's end: "in the A and B group" is a group of the paper's)
    whole = RX.UP_TO_A_BREAK.match(s.text[m.start("label"):]).group(0)
    if RX.WHOLE_OR_GROUPS.search(whole):
        return False
    label = m.group("label")
    if groups is not None and (groups.mentions(label) or groups.mentions(whole)):
        return False
    if m.group("prep").lower() == "for" and (not _of_an_arm(f.group, groups) or not RX.PART_OF_PEOPLE.search(label)):
        # "for" names groups as often as parts ("11.2 versus 10.1 months for drug L"): a part only when the words are
        # people's ("for women", "for never-smokers"), and of arms' values ("In node-positive women, OS was 58% vs.
        # 77% for node-negative women" compares the two parts)
        return False
    if any(m.start("label") <= e.start < m.start("label") + len(whole) for e in s.endpoints):
        return False  # "6.1 versus 4.2 months for PFS": the outcome the pair is of, no part of the patients
    own = (f.group.label or "").lower()
    if own and re.search(r"\b(?:in|among|for)\s+(?:the\s+)?" + re.escape(own) + r"\s+(?:was|were|is|are|reached)\b",
                         s.text[:start], re.I):
        return False  # "The ORR among light smokers was 4% versus 21% among heavy smokers": the first is its own part's
    return not (own and (own in label.lower() or label.lower() in own))


def _first_of_a_bracket_pair(s: Sentence, f: Found) -> bool:
    """Whether the row's value is the first of "(8%; 0)": a bracket holding it and one other value after a
    semicolon."""
    span = _value_span(s, f)
    return bool(span and s.text[span[0] - 1:span[0]] in ("(", "[") and RX.SEMICOLON_PAIR_AFTER.match(s.text, span[1]))


def _read_that_of(s: Sentence, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """A value after "and that of B" is the outcome of the value before it, of group B (replacing whatever else
    read it: "that of patients with incomplete resection was 12%" is no resection rate); the value before is the
    group's named between its outcome and it ("The 5-year OS of A was 41%"), else it keeps its own."""
    if "that " not in s.text:
        return  # (most sentences: no search per value)
    for v in s.values:
        m = RX.THAT_OF_BEFORE.search(s.text, max(0, v.start - 110), v.start)
        if m is None:
            m = RX.THAN_THAT_OF_BRACKET.search(s.text, max(0, v.start - 110), v.start)
            if m is None or not RX.ALONE_IN_BRACKET.match(s.text, v.end) or \
                    RX.GROUP_LIST_GOES_ON.match(s.text, v.end) or \
                    GROUP_RESULTS_RX.NOT_COMPARED_GROUP.match(" " + m.group("label")):
                continue
        before = [f for f in out.found
                  if _value_start(s, f) < m.start() and f.fields["measure"] in ("rate", "median", "mean")]
        if not before:
            continue
        first = max(before, key=lambda f: _value_start(s, f))
        if (first.fields["measure"] == "rate") != (v.unit == "%") or v.unit is None:
            continue  # (a rate's outcome, then months: not the same measure)
        fields = dict(first.fields, value=v.value, ci_low=None, ci_high=None)
        if v.ci is not None:
            fields.update(ci_low=v.ci[0], ci_high=v.ci[1])
        label = _beside_group(_clean(m.group("label")), groups)
        if not label.label:
            continue  # (a group by its role, "the control group", that the paper's groups do not know)
        if first.group is None or not first.group.label:
            own = [e for e in s.endpoints if e.end <= _value_start(s, first)]
            named = RX.FIRST_OF.match(s.text, own[-1].end, _value_start(s, first)) if own else None
            first_group = _beside_group(_clean(named.group("label")), groups) if named else None
            if first_group is not None and not first_group.label:
                continue
            if first_group is not None:
                first.group = first_group
        out.found = [f for f in out.found if not v.start <= f.value_at <= v.end]
        out.found.append(Found(fields, first.start, v.end, "result.that_of", label, first.group, at=v.start))
        if first.group is not None and first.group.label:
            first.comparator = label


def _give_other_arm(s: Sentence, groups: GroupIndex, out: SentenceResults,
                    first_before: Callable[[Found, int], Optional[Found]]) -> None:
    """In a two-arm trial, the value of no group that `first_before` finds before one arm's value is the other arm's,
    and each is the other's comparator; with more arms it is no row, since which arm it is goes unsaid."""
    for f in out.found:
        key = f.group.key if f.group is not None else None
        if key is None:
            continue
        first = first_before(f, _value_start(s, f))
        if first is None:
            continue
        if len(groups.groups) > 2:
            out.found = [g for g in out.found if g is not first]
            continue
        first.group = group_ref(groups, groups.other(key))
        first.comparator, f.comparator = f.group, first.group


def _other_arm_before_that_of(s: Sentence, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """"The response rate was 41%, higher than that of the B group (22%)", "..., and that of the B group was 22%": the
    value of no group before one arm's value said as "that of" it is the other arm's, never all patients'."""
    if groups is None or len(groups.groups) < 2 or "that " not in s.text:
        return

    def first_before(f: Found, at: int) -> Optional[Found]:
        m = RX.THAT_OF_BEFORE.search(s.text, max(0, at - 110), at) or \
            RX.THAN_THAT_OF_BRACKET.search(s.text, max(0, at - 110), at)
        if m is None or {x.key for x in groups.mentions(_clean(m.group("label")))} != {f.group.key}:
            return None
        before = [g for g in out.found if g.group is None and _value_start(s, g) < m.start()
                  and g.fields["measure"] == f.fields["measure"] and g.fields["endpoint"] == f.fields["endpoint"]]
        return max(before, key=lambda g: _value_start(s, g)) if before else None

    _give_other_arm(s, groups, out, first_before)


def _other_arm_compared_with_one(s: Sentence, groups: Optional[GroupIndex], out: SentenceResults) -> None:
    """'Nausea was recorded in 46% of the patients compared with 13% in the drug B group': a value of no group right
    before "compared with" and one arm's value is the other arm's, never all patients'."""
    if groups is None or len(groups.groups) < 2:
        return

    def first_before(f: Found, at: int) -> Optional[Found]:
        before = [g for g in out.found if g.group is None and g.fields["measure"] == f.fields["measure"]
                  and g.fields["endpoint"] == f.fields["endpoint"] and _value_start(s, g) < at
                  and (n := RX.NUMBER_AT.match(s.text, _value_start(s, g))) is not None
                  and RX.COMPARED_WITH_BETWEEN.fullmatch(s.text, n.end(), at)]
        return before[0] if len(before) == 1 else None

    _give_other_arm(s, groups, out, first_before)


def _beside_group(label: str, groups: Optional[GroupIndex]) -> GroupRef:
    """The group named beside a number, as a result's group: the paper's group when the name is one of its names
    ("the dovitinib arm"), else a group of that name ("stage II patients"); no group (an empty label) for a name by
    role the paper's groups do not know ("four deaths in the control arm" of a trial of arms A and B)."""
    known = {m.key for m in groups.mentions(label)} if groups is not None else set()
    if len(known) == 1:
        return group_ref(groups, known.pop())
    return GroupRef("" if known or RX.ROLE_NAME.search(label) else label)


def _clause_end(text: str, at: int, limit: int) -> int:
    """Where the clause of the number at ``at`` ends, at most ``limit`` characters on: a semicolon outside the
    brackets the number is in, or the sentence's end."""
    depth = text.count("(", 0, at) - text.count(")", 0, at)
    for i in range(at, min(len(text), at + limit)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if text[i] == ";" and depth <= 0:
            return i
    return min(len(text), at + limit)


# Between an outcome and its value, the patients it is of: "the 5-year OS of the 82 patients with N1 disease was
# 51%", "survival in women aged over 70 years was 40%", "for stage II was 60%": a subgroup's value, not the
# whole study's
# Words before "patients" that mark a subset: "completely resected", "node-negative", "high-risk"
SUBSET = (r"(?:(?:(?:completely|incompletely|radically)\s+resected|node-(?:positive|negative)|"
          r"(?:high|low|intermediate)-risk|"
          # "in ALK-positive patients", "of EGFR-mutant patients", "in treatment-naive patients": a marker's status or
          # what they had before
          r"[A-Za-z][\w/]*-(?:positive|negative|mutant|mutated|wild-type|rearranged|amplified|naive|naïve|pretreated|"
          r"refractory|sensitive|resistant)|elderly|older|younger|asymptomatic|symptomatic)\s+)")
# How patients were judged to be of a part: "classified as having", "judged to be", "diagnosed with"
_JUDGED = r"(?:classified|diagnosed|staged|considered|judged|deemed|found)\s+(?:as|with|to)"
POPULATION_BETWEEN = lazy_regex(
    r"\b(?:of|for|in|among|amongst|between)\s+(?:the\s+|all\s+|those\s+)?(?P<n>\d+\s+)?(?P<label>(?:(?:patients|"
    r"cases|women|men|"
    r"subjects|participants|those|children|adults|tumou?rs?|lesions)\s+(?:with|who|aged|having|receiving|treated|"
    r"undergoing|whose|without|older|younger|over|under|(?!during\b)[a-z]{3,}ing|"
    # "for all patients classified as having no nodules", "for those judged to be fit": a part, by how it was judged
    r"{JUDGED}\b)\b[^,;()%]{2,100}?|"
    # "for those patients completely resected", "for the 41 patients finishing the trial": what they had done or did
    r"(?:patients|cases|women|men|those)\s+(?:(?:completely|successfully|radically|curatively)\s+)?"
    r"(?:resected|operated|irradiated)\b[^,;()%]{0,100}?|(?:pathologic(?:al)?\s+|clinical\s+)?"
    r"stages?\s+[IV]{1,3}[A-C]?(?:\s*(?:-|to|or|and)\s*[IV]{1,3}[A-C]?)?(?:\s+(?:disease|tumou?rs?|patients))?"
    # "of N1 patients", "of completely resected patients", "in node-negative patients": a word that marks a subset
    r"|(?-i:(?:y?p?[TNM][0-4][a-c]?|R[0-2]))\s+(?:patients|cases)|{SUBSET}(?:patients|cases)"
    # "of completely resected patients with chest wall invasion": the subset, narrowed by what they had
    r"(?:\s+(?:with|without|on|receiving|given|treated\s+with)\s+[^,;()%]{2,60}?)?))"
    r"\s*(?:\b(?:was|were|is|are|reached|of)\b|[:,(]|$)".replace("{SUBSET}", SUBSET).replace("{JUDGED}", _JUDGED),
    re.I)


def _unread_outcome_between(s: Sentence, f: Found) -> bool:
    named = [e for e in s.endpoints if e.start == f.start]
    return bool(named) and named[0].end <= f.value_at and \
        RX.UNREAD_OUTCOME.search(s.masked, named[0].end, f.value_at) is not None


def _bracket_runs(s: Sentence) -> list[list[Ratio]]:
    """The ratios said together in one bracket ("(HR = a; 95% CI ... and HR = b; 95% CI ...)", "(HR 1.8 and 2.1, ...)":
    the bare values after a bracket's only ratio, joined to it by "and" or commas, are ratios of its kind), runs of two
    or more."""
    runs: dict[int, list[Ratio]] = {}
    for r in s.ratios:
        opened = s.text.rfind("(", 0, r.start)
        if opened >= 0 and ")" not in s.text[opened:r.start]:
            runs.setdefault(opened, []).append(r)
    for run in runs.values():
        if len(run) == 1:
            run.extend(_bare_ratios_after(s, run[0]))
    return [run for run in runs.values() if len(run) >= 2]


def _bare_ratios_after(s: Sentence, first: Ratio) -> list[Ratio]:
    """The values right after the ratio ``first``, each joined to the one before by "and" or a comma, as ratios of its
    kind ("HR 1.8 and 2.1"); numbers with a unit, counts and values too large for a ratio end the run."""
    out, last = [], first.end
    for v in s.values:
        if v.start < last:
            continue
        if v.unit is not None or v.count is not None or not 0 < v.value < MAX_BARE_RATIO or \
                not RX.RATIO_AND.fullmatch(s.text, last, v.start):
            break
        out.append(Ratio(first.kind, v.value, v.start, v.end, ci=v.ci, value_start=v.start))
        last = v.end
    return out


def _ratios_of_listed_groups(s: Sentence, out: SentenceResults) -> None:
    """'Smoking and obesity were associated with higher mortality (HR = a; 95% CI ... and HR = b; 95% CI ...,
    respectively)': k ratios in one bracket with "respectively" after them are the k items of the group list the
    sentence gave them, in order (one row each, the outcome shared); a list of another length names no item's, and
    its rows go."""
    for run in _bracket_runs(s):
        close = s.text.find(")", run[-1].end)
        tail = s.text[run[-1].end:close + 30 if close >= 0 else len(s.text)]
        rows = [f for f in out.found if f.fields.get("measure") in RATIOS and any(
            r.value == f.fields["value"] and f.start <= r.start <= f.end for r in run)]
        labels = {f.group.label for f in rows if f.group is not None and f.group.label}
        if not rows or not RX.RESPECTIVELY.search(tail):
            continue
        if not labels and (RX.SUBJECT_FACTOR.match(s.text) or RX.SUBJECT_FACTORS_LISTED.match(s.text)):
            # factors listed as the subject that no rule could name: each ratio is one factor's, never all patients'
            out.found = [f for f in out.found if f not in rows]
            continue
        if len(labels) != 1:
            continue
        label = next(iter(labels))
        parts = [x.strip() for x in RX.LISTED_ITEMS.split(label) if x and x.strip()]
        if len(parts) < 2:
            continue
        if len(parts) != len(run) or any(f.comparator is not None for f in rows):
            out.found = [f for f in out.found if f not in rows]  # whose ratio is whose, not known: no row
            continue
        people = RX.LISTED_PEOPLE.match(parts[0])
        if people is not None:
            parts = [x if RX.LISTED_PEOPLE.match(x) else people.group(0) + x for x in parts]
        first = rows[0]
        out.found = [f for f in out.found if f not in rows]
        # ("(HR 0.5 and 0.4, p = 0.006 and 0.04, respectively)": p values listed after the ratios are theirs in order)
        listed = [p for p in s.pvalues if run[-1].end <= p.start < (close if close >= 0 else len(s.text))
                  and p.listed is not None]
        for i, (r, part, nxt) in enumerate(zip(run, parts, [*run[1:], None], strict=True)):
            f = Found(dict(first.fields), first.start, max(first.end, r.end), first.pattern_id, at=r.value_start)
            p, op = (listed[i].value, listed[i].op) if len(listed) == len(run) else \
                _p_after(s, r.end, nxt.start if nxt else close if close >= 0 else len(s.text))
            f.fields.update(value=r.value, ci_low=r.ci[0] if r.ci else None, ci_high=r.ci[1] if r.ci else None,
                            p_value=p, p_op=op if op != "=" else None)
            f.group = GroupRef(part)
            out.found.append(f)


def _first_of_two_parts(s: Sentence, f: Found, mentions: list) -> Optional[GroupRef]:
    """The first part of two the sentence gives a ratio each, named right before the first's bracket ("in squamous
    (HR a) and non-squamous (HR b) disease": the squamous part's a, never all patients'); None for other rows."""
    opening = s.text.rfind("(", 0, f.value_at)
    if f.fields.get("measure") not in RATIOS or opening < 0 or not RX.SECOND_PART_AFTER.match(s.text, f.value_at):
        return None
    m = RX.PART_NAMED_BEFORE_RATIO.search(s.text, max(0, opening - 60), opening)
    if m is None or any(m.start() < x.end and x.start < opening for x in list(mentions) + list(s.endpoints)):
        return None  # a group the paper compares, or an outcome's name, is no part
    return GroupRef(_clean(m.group("label")))


def _ratios_listed_for_parts(s: Sentence, found: list[Found]) -> list[Found]:
    """Ratios listed after one ratio's name, each with the part of the patients it is of after it: those parts'
    ratios, of the one outcome the sentence names before them (none when it names no outcome or several)."""
    out: list[Found] = []
    if not RX.WAS_THEN_A_NUMBER.search(s.text):
        return out  # (what the slower head pattern needs)
    for head in RX.RATIOS_LISTED_HEAD.finditer(s.text):
        codes = {e.code for e in s.endpoints if e.end <= head.end()}
        if len(codes) != 1:
            continue
        items, at = [], head.end()
        while (m := RX.RATIO_FOR_PART.match(s.text, at)) is not None:
            items.append(m)
            join = RX.RATIO_LIST_JOIN.match(s.text, m.end())
            at = join.end() if join else len(s.text) + 1
        if len(items) < 2:
            continue  # one ratio with a part after it is the other rules' ("HR 0.7 in women")
        read = {(f.fields.get("value"), f.fields.get("measure")) for f in found}
        name = RX.PLURAL_S.sub("", head.group("name").lower())
        measure = RATIO_KINDS.get(name, name)
        for m in items:
            label = _people(_clean(m.group("g")))
            if (float(m.group("v")), measure) in read or not label:
                continue
            f = {"endpoint": next(iter(codes)), "measure": measure, "timepoint_months": None,
                 "value": float(m.group("v")), "unit": "ratio"}
            if m.group("lo"):
                f.update(ci_low=float(m.group("lo")), ci_high=float(m.group("hi")))
            out.append(Found(f, head.start(), m.end(), "result.ratio.parts_listed", GroupRef(label),
                             at=m.start("v")))
    return out


def _earlier_ratio_end(s: Sentence, f: Found) -> Optional[int]:
    """For a ratio's row, where the last other ratio said between the row's start and its value ends ("OS was worse
    in patients with X (HR a) and in patients with Y (HR b)": for b, after a's bracket); None for other rows."""
    if f.fields.get("measure") not in RATIOS:
        return None
    own = [r for r in s.ratios if r.value == f.fields.get("value") and f.start <= r.start and r.end <= f.end + 1]
    if len(own) != 1:
        return None
    ends = [r.end for r in s.ratios if f.start <= r.start and r.end <= own[0].start]
    return max(ends) if ends else None


def _population_between(s: Sentence, f: Found) -> Optional[GroupRef]:
    # (a population said before another ratio is that ratio's, not this one's: this one's is named after it)
    earlier = _earlier_ratio_end(s, f)
    m = POPULATION_BETWEEN.search(s.text, f.start if earlier is None else earlier, f.value_at)
    if m is None and f.start < len(s.depths) and s.depths[f.start] > 0:
        # "similar in patients with X in plasma (ORR, 60%; PFS, 9 months) or ...": labelled values in a bracket
        # right after the population they are of
        opened = s.text.rfind("(", 0, f.start)
        before = list(POPULATION_BETWEEN.finditer(s.text, max(0, opened - 120), opened)) if opened > 0 else []
        m = before[-1] if before and before[-1].end() >= opened - 2 else None
        if m is None and opened > 0:
            # "... in patients with X (...) or Y (ORR, 61%; ...)": the second population, named after "or"
            other = RX.OTHER_POPULATION.search(s.text, max(0, opened - 70), opened)
            if other and POPULATION_BETWEEN.search(s.text, max(0, opened - 250), other.start()):
                return GroupRef(_clean(other.group("label")))
    if m is not None and m.group(0).lower().startswith("between") and (
            not RX.PEOPLE_BETWEEN.match(m.group("label")) or RX.BOTH_NAMED.search(s.text, m.end(), f.value_at)):
        # "between patients who had X (median 10 months) and ...": the first kind's value; not "between stage I
        # versus II (13 and 17 months)", nor the value after the second kind is named
        m = None
    inside = [e for e in s.endpoints if m is not None and m.start() <= e.start < m.end()]
    if m is None or any(e.code == f.fields.get("endpoint") for e in inside):
        return None  # "the proportion of patients with a response" names the outcome, not a population
    if inside and f.fields.get("endpoint") not in TIME_TO_EVENT:
        return None
    # ("median survival of patients with a complete response": the responders, a population; "longer for those
    # with a complete resection than for the others": the resected)
    if f.fields.get("measure") not in RATIOS and RX.OTHER_PEOPLE.search(s.text, m.end(), f.value_at):
        # "in patients with X (10.3 vs 7.4 months) and patients with Y (1.0 vs 2.3 months)": other people's value (a
        # ratio is the first people's against the others)
        return None
    label = RX.LABEL_STOP.split(m.group("label"))[0]  # "patients with X whereas ...", "... than for patients with Y"
    level = RX.LEVEL_AFTER_LABEL.match(s.text, m.end("label"))
    if level is not None and label == m.group("label"):
        label += level.group(0)  # "those with expression of 1-49% (": the level is part of who they are
    return GroupRef(_clean(label), int(m.group("n")) if m.group("n") else None)


def _ratio_other_side(s: Sentence, f: Found) -> Optional[GroupRef]:
    """The group a population's ratio is set against when the sentence names it right after the population, in the
    same clause, before the ratio: people ("than for patients given B", "than those without X"), or for people named
    by their treatment the other treatment ("treated with A compared to B alone"); None when it names no group."""
    at = s.text.find(f.group.label, f.start, f.value_at) if f.group is not None and f.group.label else -1
    m = RX.OTHER_SIDE_AFTER.match(s.text, at + len(f.group.label)) if at >= 0 else None
    if m is None or m.end() > f.value_at or RX.NO_GROUP_SIDE.search(m.group("b")):
        return None
    other = _people(m.group("b"))
    if RX.PEOPLE_SIDE.match(other):
        return GroupRef(_other_side(f.group.label, other) if RX.THE_OTHERS.fullmatch(other) else other)
    if RX.TREATED_PEOPLE.match(f.group.label) and other and len(other.split()) <= 6:
        return GroupRef(other)
    return None


def _part_said_again(s: Sentence, f: Found) -> Optional[GroupRef]:
    """'(HR 0.6 ...); the corresponding values in the marker-high population were 9 and 5 months (HR 0.5 ...)': a
    ratio after the clause that says the measures again for a part of the patients is that part's, never the arms'
    (None when no such clause opens between the previous ratio and this one)."""
    earlier = _earlier_ratio_end(s, f)
    said = _figures_said_again(s, 0 if earlier is None else earlier, f.value_at)
    return GroupRef(_clean(said.group("label"))) if said is not None else None


def _after_a_populations_ratio(s: Sentence, f: Found) -> bool:
    """Whether ``f`` is a ratio said after another ratio whose population was named before it."""
    earlier = _earlier_ratio_end(s, f)
    return earlier is not None and POPULATION_BETWEEN.search(s.text, f.start, earlier) is not None


def _stage_after(s: Sentence, f: Found) -> Optional[GroupRef]:
    span = _value_span(s, f) if f.value_at is not None else None
    m = RX.STAGE_AFTER.match(s.text, span[1]) if span is not None else None
    return GroupRef(_clean(m.group("label") + (m.group("head") or ""))) if m else None


def _time_label(s: Sentence, v: Value) -> bool:
    return bool(RX.TIME_LABEL_AFTER.match(s.text, v.end)
                and RX.OPENING_OR_SEMICOLON_AT_END.search(s.text[max(0, v.start - 3):v.start]))


def _no_duration_result(s: Sentence, v: Value) -> bool:
    """A duration that is no result's value: a time point ("at 3 years", "in the first 6 months"), an age, how long
    some survived ("surviving beyond 2 years"), the follow-up."""
    return bool(RX.TIME_POINT_BEFORE.search(s.text[max(0, v.start - 60):v.start])
                or RX.AGE_BEFORE.search(s.text[max(0, v.start - 30):v.start])
                or RX.SURVIVED_FOR.search(s.text[max(0, v.start - 40):v.start]) or _follow_up(s, v)
                or RX.FOLLOW_UP_AFTER.match(s.text, v.end)
                or RX.ALIVE_FOR.search(s.text, max(0, v.start - 40), v.start)
                or RX.RATIO_AFTER.match(s.text, v.end) or _time_label(s, v))


def _second_of_an_unread_pair(s: Sentence, v: Value) -> bool:
    """"was 9 (±2) months and 5 months, respectively": the second of two durations whose first was read with no unit;
    alone it would pass for the one value of the endpoint."""
    m = RX.UNIT_AFTER_BRACKET_BEFORE.search(s.text, max(0, v.start - 60), v.start)
    return m is not None and not any(
        x.start <= m.start("first") < x.end and x.unit == v.unit for x in s.values)


def _follow_up(s: Sentence, v: Value) -> bool:
    """'The median follow-up was 19 months for all and 25 months for those alive': a duration after "follow-up"
    with no endpoint named between them is the follow-up, not a result."""
    last = max((m.end() for m in RX.FOLLOW_UP.finditer(s.text, 0, v.start)), default=None)
    # ("follow-up in patients who were alive at the analysis was 5 months": whose follow-up, no outcome)
    # ("The follow-up at this interim analysis of PFS was 7 months": the outcome an analysis was of)
    return last is not None and not any(last <= e.start < v.start and not RX.WHO_ALIVE.search(s.text, last, e.end)
                                        and not RX.ANALYSIS_OF.search(s.text, max(0, e.start - 40), e.start)
                                        for e in s.endpoints)


CAUSE_BEFORE = lazy_regex(r"\b" + phrases("due to", "because of", "owing to", "as a result of", "secondary to",
                                           "attributed to", "attributable to") + r"\s+(?:[\w/-]+\s+){0,4}?$", re.I)
MAX_MEDIAN_MONTHS = 300


def _named_at_clause_end(f: Found, mentions: list, groups: GroupIndex, s: Sentence,
                         values: Optional[tuple[float, float]] = None) -> list[str]:
    """The keys, first and second, of a pair whose first group is named after it at its clause's end; the named group
    second when the comparison before the pair says it had more (or less) and the first of the pair's ``values`` is
    the smaller (or larger): "a higher rate of X (3% vs 9%) was seen with B" gives B 9%, whichever order the paper
    writes the values in."""
    text, depths = s.text, s.depths  # (a semicolon inside a bracket, "(grade 1 or 2; 37% v 7%)", ends no clause)
    start = max((i for i in range(f.value_at) if text[i] == ";" and depths[i] == 0), default=0)
    end = min((i for i in range(f.value_at, len(text)) if text[i] == ";" and depths[i] == 0), default=len(text))
    after = [m for m in mentions if f.value_at < m.start and m.end <= end]
    if any(start <= m.start < f.value_at for m in mentions) or len({m.key for m in after}) != 1 or \
            not RX.MORE_BEFORE.search(text, start, f.value_at) or \
            not RX.OCCURRED_WITH.search(text, f.value_at, after[0].start):
        return []
    first = after[0].key
    other = [g.key for g in groups.groups if g.key != first]
    if len(other) != 1:
        return []
    words = [(x.start(), True) for x in RX.MORE_SAID.finditer(text, start, f.value_at)] + \
            [(x.start(), False) for x in RX.LESS_SAID.finditer(text, start, f.value_at)]
    if values is not None and words and values[0] != values[1] and (values[0] > values[1]) != max(words)[1]:
        return [other[0], first]  # (the paper wrote the named group's value second)
    return [first, other[0]]


def _pair_values(f: Found, found: list[Found]) -> Optional[tuple[float, float]]:
    """The first and second values of the unnamed pair ``f`` is a row of (same rule, place and measure); None when the
    other row is not found."""
    if f.group is None or f.group.key is not None or f.group.unnamed not in (0, 1):
        return None
    rows = [g for g in found if g.start == f.start and g.pattern_id == f.pattern_id
            and g.fields.get("measure") == f.fields.get("measure") and g.group is not None
            and g.group.key is None and g.group.unnamed in (0, 1)]
    first = next((g for g in rows if g.group.unnamed == 0), None)
    second = next((g for g in rows if g.group.unnamed == 1), None)
    return (first.fields["value"], second.fields["value"]) if first and second else None


def _elliptic_subgroups(s: Sentence, found: list[Found]) -> list[Found]:
    """'The median OS of patients with A mutations was 37 months, with B mutations was 18 months': the values after the
    first, each after "with <words> was", are of the patients with those words, at the first row's endpoint."""
    rows = [f for f in found if f.group is not None and f.group.key is None and f.group.label
            and RX.PEOPLE_WITH.match(f.group.label) and f.fields["measure"] in ("median", "rate", "mean")]
    if len(rows) != 1:
        return []
    first = rows[0]
    people = RX.PEOPLE_WITH.match(first.group.label).group("people")
    taken = {f.at for f in found if f.at is not None}
    out: list[Found] = []
    since = max(first.end, first.value_at)
    for v in s.values:
        if v.start < since or v.start in taken:
            continue
        m = RX.ELLIPTIC_ITEM.fullmatch(s.text, since, v.start)
        if m is None or v.unit != first.fields.get("unit"):
            break
        label = f"{people} {m.group('prep')} {m.group('rest').strip()}"
        out.append(Found(dict(first.fields, value=v.value, p_value=None, p_op=None, ci_low=None, ci_high=None),
                         first.start, v.end, first.pattern_id + ".elliptic", GroupRef(label), at=v.start))
        since = v.end
    return out


def _opening(s: Sentence, pos: int) -> int:
    """Where the innermost bracket holding ``pos`` opens (by the sentence's bracket depths); -1 outside brackets."""
    depth = s.depths[pos] if pos < len(s.depths) else 0
    return next((i for i in range(pos - 1, -1, -1) if s.text[i] in "([" and s.depths[i] == depth), -1) if depth else -1


def _closing(s: Sentence, opening: int) -> int:
    """Where the bracket opening at ``opening`` closes; -1 when it does not."""
    depth = s.depths[opening]
    return next((i for i in range(opening + 1, len(s.text)) if s.text[i] in ")]" and s.depths[i] == depth), -1)


def _curve_of_a_hazard(s: Sentence, r: Found) -> None:
    """'reduced the risk of disease progression (HR 0.62)', 'HR for recurrence 0.56', 'deaths overall (HR 0.87)': a
    hazard ratio whose outcome was read as the events (failures, deaths) is the ratio of their event-free curve:
    progression-free, recurrence-free, overall survival when no cause of the deaths is named, nor a span after treatment
    they fall in ("30-day mortality": those stay deaths) (in place)."""
    if r.fields.get("measure") != "hr":
        return
    end = max(r.end, _value_start(s, r))
    if r.fields.get("endpoint") == "FAIL_ANY":
        words = s.text[r.start:end]
        r.fields["endpoint"] = "PFS" if RX.PROGRESSION_WORD.search(words) else \
            "DFS" if RX.RECURRENCE_WORD.search(words) else "FAIL_ANY"
    elif r.fields.get("endpoint") == "DEATH" and not RX.CAUSE_OF_DEATHS.search(s.text, 0, end) and \
            not RX.SPAN_OF_DEATHS.search(s.text, max(0, r.start - 40), end):
        r.fields["endpoint"] = "OS"


def _ratios_of_their_pairs(s: Sentence, found: list[Found]) -> None:
    """'longer with A than with B (10.1 vs 4.4 months; HR 0.30)', 'higher with A (71%) than with B (31%) (OR 5.39)':
    a ratio no rule gave groups, in the bracket of a named pair of the same outcome, in the bracket right after it or
    right after its last value, is the pair's first group against its second (in place)."""
    # (named pairs only: an unnamed pair's order is the values', which need not be the ratio's)
    pairs = [f for f in found if f.group is not None and f.comparator is not None and f.group.unnamed is None
             and f.fields.get("measure") not in RATIOS]
    if not pairs and not any(f.group is not None and f.comparator is not None for f in found):
        return
    for r in found:
        if r.group is not None or r.fields.get("measure") not in RATIOS:
            continue
        at = _value_start(s, r)
        # "the PFS hazard ratio was 0.78 (median PFS, 7.2 v 6.1 months)": the pair in the bracket right after the
        # ratio's value is what it compares
        # ("unnamed" pairs too: the values in the ratio's own bracket are in its order, first against second)
        after = RX.BRACKET_NEXT.match(s.text, _value_end(s, r))
        inside = [f for f in found if after is not None and f.group is not None and f.comparator is not None
                  and f.fields.get("measure") not in RATIOS and f.fields.get("endpoint") == r.fields.get("endpoint")
                  and _opening(s, _value_start(s, f)) == after.end() - 1]
        if inside:
            first = min(inside, key=lambda f: _value_start(s, f))
            r.group, r.comparator = first.group, first.comparator
            continue
        opening = _opening(s, at)
        if opening < 0:
            continue
        for f in sorted(pairs, key=lambda f: _value_start(s, f)):
            if f.fields.get("endpoint") != r.fields.get("endpoint") or _value_start(s, f) >= at:
                continue
            pair_opening = _opening(s, _value_start(s, f))
            last = max((_value_end(s, g) for g in pairs if g.fields.get("endpoint") == f.fields.get("endpoint")
                        and _value_end(s, g) <= at), default=_value_end(s, f))
            # (the bracket of the pair, the one right after the pair's bracket, or right after its last value)
            if pair_opening != opening and not (
                    pair_opening >= 0
                    and RX.BRACKETS_BACK_TO_BACK.fullmatch(s.text[_closing(s, pair_opening):opening + 1])) and \
                    not RX.UNIT_THEN_BRACKET.fullmatch(s.text, last, opening + 1):
                continue
            r.group, r.comparator = f.group, f.comparator
            break


def _group_after_in_the_bracket(s: Sentence, f: Found) -> bool:
    at = _value_start(s, f)
    opening = _opening(s, at)
    if opening < 0:
        return False
    close = _closing(s, opening)
    return close > at and RX.GROUP_THEN_VERSUS.search(s.text, at, close) is not None


def _of_an_unread_cause(s: Sentence, f: Found) -> bool:
    m = RX.CAUSE_AFTER.match(s.text, _value_end(s, f))
    return m is not None and not any(m.start("what") <= e.start < m.end("what") for e in s.endpoints)


def _a_difference_in_brackets(s: Sentence, f: Found) -> bool:
    start = _value_start(s, f)
    m = RX.DIFFERENCE_IN.search(s.text, max(0, start - 120), start)
    if m is None:
        return False
    opening = s.text.rfind("(", m.start(), start)
    close = s.text.find(")", start)
    return close > 0 and not RX.COMPARED_IN_BRACKET.search(s.text, opening, close)


def _a_cause_of_death(s: Sentence, f: Found) -> bool:
    start = _value_start(s, f)
    return bool(RX.SHARE_OF_A_CAUSE.match(s.text, _value_end(s, f)) and RX.DEATHS_THEN_SHARES.search(
        s.text, max(0, start - 300), start))


def _elliptic_for_list(s: Sentence, found: list[Found]) -> list[Found]:
    """'The overall survival of BRAF wild-type patients was 21.4 months, for patients with class 1 mutations 11.8 months
    and for patients with class 2 mutations 14.1 months': the first value is the people's named before its verb,
    each later one the people named right before it (not, as the words after the first value might say, the next
    people's). Returns ``found`` so read."""
    if len(found) != 1 or found[0].fields.get("measure") not in ("median", "rate", "mean"):
        return found
    first = found[0]
    start = _value_start(s, first)
    people = RX.PEOPLE_THEN_VERB.search(s.text, max(0, start - 90), start)
    number = RX.NUMBER_TEXT.match(s.text, start)
    if people is None or number is None or any(people.start("people") < e.end and e.start < people.end("people")
                                               for e in s.endpoints):
        return found
    rows, pos = [], number.end()
    while (m := RX.ELLIPTIC_FOR.match(s.text, pos)) is not None:
        v = next((v for v in s.values if v.start == m.end()), None)
        if v is None or v.unit != first.fields.get("unit") or \
                any(m.start("label") < e.end and e.start < m.end("label") for e in s.endpoints):
            break
        rows.append(Found(dict(first.fields, value=v.value, p_value=None, p_op=None, ci_low=None, ci_high=None),
                          m.start("prep"), v.end, first.pattern_id + ".elliptic_for",
                          GroupRef(_clean(m.group("label"))), at=v.start))
        pos = v.end
    if not rows:
        return found
    first.group = GroupRef(_clean(people.group("people")))
    first.comparator = None
    return [first] + rows


def _first_of_one_code_in_a_list(found: list[Found]) -> list[Found]:
    """'The LC, LRC, DFS and OS rates were a, b, c and d, respectively': two outcomes of one code in one list (local
    and locoregional control) are one row, the first named; the second would say the same outcome had two values."""
    seen: set[tuple] = set()
    out = []
    for f in found:
        key = (f.pattern_id, f.start, f.group.label if f.group else None, f.group.unnamed if f.group else None,
               *(f.fields.get(k) for k in ("endpoint", "measure", "timepoint_months", "category", "grade", "site")))
        if f.pattern_id == "result.list" and key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _not_what_explains_it(s: Sentence, found: list[Found]) -> list[Found]:
    """'The higher rate of infection with A than with B (293 [14%] vs 182 [9%]) was mainly due to a higher rate in
    cycles five to eight in centres using C (131 [11%] vs 41 [3%])': the values after "was due to", which break down
    the difference said before, are of a part of the patients (or of the time) no row here names; never the
    groups' own. Only when rows before the phrase hold the difference itself."""
    said = RX.EXPLAINED_BY.search(s.text)
    if said is None or not any(f.value_at < said.start() for f in found):
        return found
    return [f for f in found if f.value_at < said.start()]


def _held(s: Sentence, f: Found) -> Optional[Value]:
    """The number a row holds: where the rule read it (a group rule took it from ``s.values``: made again), else the
    first of its value in the row's quote."""
    if f.at is not None:
        number = RX.NUMBER_TEXT.match(s.text, f.at)
        return Value(f.fields.get("value"), f.fields.get("unit"), f.at, number.end()) if number else None
    return next((v for v in s.values if f.start <= v.start < f.value_at + 1 and v.value == f.fields.get("value")),
                None)


def _elliptic_group_list(s: Sentence, found: list[Found]) -> list[Found]:
    """'In the A arm, the 1-year OS and PFS were 58% and 33%, respectively; in the B arm, 49% and 21%': the values of
    the next clause, as many as the list before and with no outcome named again, are the same outcomes' for the
    group that clause names (in place of any a rule gave the outcome named last before them). Returns ``found`` with
    those rows."""
    held = {id(f): _held(s, f) for f in found}
    if len(found) < 2 or any(h is None for h in held.values()):
        return found
    ordered = sorted(found, key=lambda f: held[id(f)].start)
    # (the first list's group may be the one the sentence opens with, which no rule placed: "In the A arm, ...")
    opening = RX.OPENING_GROUP.match(s.text) if ordered[0].group is None else None
    if opening is not None and RX.NOT_AN_OPENING_GROUP.search(opening.group("label")):
        opening = None  # "In this trial, ...", "In addition, ...": no group
    first_group = ordered[0].group or (GroupRef(_clean(opening.group("label"))) if opening else None)
    if first_group is None:
        return found
    rows = []
    for f in ordered:
        if (f.group or first_group) != first_group or first_group.unnamed is not None or f.comparator is not None:
            break
        rows.append(f)
    if not first_group.label or len(rows) < 2 or len({held[id(f)].start for f in rows}) != len(rows):
        return found
    since = held[id(rows[-1])].end
    rest = ordered[len(rows):]
    numbers = sorted({h.start: h for h in s.values + [held[id(f)] for f in rest]}.values(), key=lambda h: h.start)
    values = [h for h in numbers if h.start >= since][:len(rows)]
    lead = RX.ELLIPTIC_GROUP_LIST.fullmatch(s.text, since, values[0].start) if values else None
    if lead is None or any(since <= e.start < values[0].start for e in s.endpoints) or len(values) != len(rows) or \
            any(not RX.VALUES_LISTED.fullmatch(s.text, a.end, b.start) for a, b in itertools.pairwise(values)) or \
            not RX.LIST_CLOSED.match(s.text, values[-1].end) or \
            any(v.unit != f.fields.get("unit") for v, f in zip(values, rows, strict=True)) or \
            any(held[id(f)].start not in {v.start for v in values} for f in rest):
        return found
    group = GroupRef(_clean(lead.group("label")))
    for f in rows:
        f.group = f.group or first_group
    return rows + [Found(dict(f.fields, value=v.value, p_value=None, p_op=None, ci_low=None, ci_high=None),
                         lead.start("prep"), values[-1].end, f.pattern_id + ".elliptic_group", group, at=v.start)
                   for f, v in zip(rows, values, strict=True)]


def _median_after_rate(s: Sentence, found: list[Found]) -> list[Found]:
    """'The 3-year OS was 41%, with a median of 27.2 months': the median said after a rate of a survival curve, in
    the same clause and of the same patients."""
    taken = {f.at for f in found if f.at is not None}
    out = []
    for f in found:
        if f.fields.get("measure") != "rate" or f.fields.get("endpoint") not in CURVES:
            continue
        end = max(f.end, f.value_at)
        v = next((v for v in s.values if v.start >= end and v.start not in taken), None)
        if v is None or v.unit != "months" or not RX.MEDIAN_AFTER_RATE.fullmatch(s.text, end, v.start):
            continue
        fields = dict(f.fields, measure="median", value=v.value, unit="months", timepoint_months=None, p_value=None,
                      p_op=None, value_op=None,
                      ci_low=v.ci[0] if v.ci else None, ci_high=v.ci[1] if v.ci else None)
        out.append(Found(fields, f.start, v.end, f.pattern_id + ".median_after", f.group, f.comparator, at=v.start))
    return out


def _named_after_the_pair(f: Found, keys: list[str], mentions: list, s: Sentence) -> list[str]:
    """"Few patients given B had rash (5% compared with 59% assigned A)": the one group named before the pair is the
    first value's, the other named straight after the second value (in the pair's bracket) the second's."""
    if len(keys) != 1:
        return []
    after = [m for m in mentions if f.value_at <= m.start and RX.SECOND_NAMED.fullmatch(s.text, f.value_at, m.start)]
    if not after or after[0].key == keys[0]:
        return []
    return [keys[0], after[0].key]


_PEOPLE_AT_START = r"(?:the\s+)?(?:patients|those|women|men)\b"


def _parts_named_at_the_end(found: list[Found], s: Sentence) -> None:
    """Names the unnamed pairs (``group 1``, ``group 2``) of a sentence that ends with the two parts of the patients
    they compare (``PARTS_AT_THE_END``): the first value the first part's (in place). Not parts named by "the two
    arms" or "both groups", which are the paper's groups."""
    m = RX.PARTS_AT_THE_END.search(s.text)
    if m is None or RX.GROUP_OR_BOTH_WORD.search(m.group("a") + " " + m.group("b")):
        return
    a, b = (RX.THOSE_AT_START_WITH_THE.sub("patients", m.group(x).strip()) for x in ("a", "b"))
    names = [_clean(a), _clean(b if re.match(_PEOPLE_AT_START, b, re.I) else f"patients {b}")]
    if not all(names) or names[0] == names[1]:
        return
    for f in found:
        if f.value_at >= m.start() or not all(g is not None and g.key is None and g.unnamed in (0, 1)
                                               for g in (f.group, f.comparator)):
            continue
        f.group, f.comparator = (GroupRef(names[f.group.unnamed], f.group.n),
                                 GroupRef(names[f.comparator.unnamed], f.comparator.n))


def _name_unnamed_pairs(found: list[Found], mentions: list, groups: Optional[GroupIndex], s: Sentence) -> None:
    """"Diarrhoea was less frequent with B than with A (8% vs 20%)": a pair of values read as "group 1" and
    "group 2" belongs to the two groups of the paper in the order this sentence named them, not in the order
    the paper defined them."""
    if groups is None:
        return
    # (each pair's two values, taken before any row of it is named)
    pair_values = {id(f): _pair_values(f, found) for f in found}
    for f in found:
        if not any(g is not None and g.key is None and g.unnamed in (0, 1) for g in (f.group, f.comparator)):
            continue  # no pair to name
        # the groups named before the values: "longer with A than with B (x vs y) and with C than with B (...)"
        # names its first pair by the two before it, whatever the clause after names
        before = [m for m in mentions if m.end <= f.value_at]
        keys = list(compared_just_before(before, s.text[:f.value_at], RX.PAIR_BRACKET_AFTER) or
                    dict.fromkeys(m.key for m in before))
        lead = RX.COMPARED_IN_WORDS.match(s.text) if len(keys) == 1 and len(groups.groups) == 2 else None
        if lead and lead.end() <= before[0].start and RX.TRIAL_ARM_WORDS.search(lead.group("other")) and \
                not RX.OUTSIDE_TRIAL_WORDS.search(lead.group("other")):
            # "Compared with the control arm, treatment with A gave more rash (12% v 3%)": the one arm named is the
            # subject, the first value's; the other arm, said in words, the second's (not the two arms in the order
            # the paper defined them)
            keys = [keys[0], groups.other(keys[0])]
        elif len(keys) < 2 and len(groups.groups) == 2:
            # (a group named in an earlier clause only: "... occurred with A; more X (a v b) occurred with B")
            keys = _named_at_clause_end(f, mentions, groups, s, pair_values[id(f)]) or \
                _named_after_the_pair(f, keys, mentions, s) or keys
        if len(keys) != 2:
            continue
        if before and GROUP_RESULTS_RX.COMPARED_LEAD.match(s.text[:before[0].start]) and not lead:
            keys.reverse()  # "Compared with those given B, patients given A had longer PFS (5 vs 3 months)"
        for attr in ("group", "comparator"):
            g = getattr(f, attr)
            if g is not None and g.key is None and g.unnamed in (0, 1):
                named = groups.get(keys[g.unnamed])
                setattr(f, attr, GroupRef(named.label if named else keys[g.unnamed], g.n, key=keys[g.unnamed]))


def _rates_each_at_a_time(s: Sentence, known: list[Found]) -> list[Found]:
    """'Overall survival was 61% at 2 years and 42% at 4 years': each rate carries its own time point,
    written right after it; the endpoint is the one named before the first of them."""
    out: list[Found] = []
    timed = []
    for v in s.values:
        if v.unit != "%" or any(f.start <= v.start < f.end for f in known):
            continue
        m = RX.VALUE_AT.match(s.text, v.end)
        before_m = RX.TIME_THEN_VALUE.search(s.text, max(0, v.start - 30), v.start) or \
            RX.TIME_AT_THEN_VALUE.search(s.text, max(0, v.start - 30), v.start)
        if before_m and not m:
            m, start, end = before_m, before_m.start("time"), v.end + (s.text[v.end:v.end + 1] == "%")
        elif m:
            start, end = v.start, m.end()
        else:
            continue
        t = parse_count(m.group("t")) if not m.group("t")[0].isdigit() else float(m.group("t"))
        if t is None:
            continue
        timed.append((v, t * 12 if m.group("u").lower().startswith("y") else t, end, start))
    if not timed:
        return out
    # one run of values joined by list words, each with its time ("a% at 1 year, b% at 3 years and c% at 5";
    # "(1 year, a%; 3 years, b%)")
    run = [timed[0]]
    for item in timed[1:]:
        # (each rate may carry its interval: "78% (95% CI 70-85) and at 2 years 55%")
        if RX.LIST_JOIN.fullmatch(RX.BRACKET_FIRST.sub("", s.text[run[-1][2]:item[3]], count=1)):
            run.append(item)
        else:
            break
    first = run[0][0]
    before = [e for e in s.endpoints if e.end <= run[0][3]]
    if len(run) < 2 or not before or RX.GROUP_OR_COMPARING_WORD.search(s.text[first.start:]):
        return out  # one rate and its time the list rules read; rates of groups are the group rules'
    e = before[-1]
    gap = s.masked[e.end:run[0][3]]
    # (an event's cumulative incidence too: "the incidence of grade 3 pneumonitis was 18% at 6 months and 27% at
    # 1 year")
    incidence = e.code in COUNTED_CODES and RX.INCIDENCE_BEFORE.search(s.text, max(0, e.start - 40), e.start)
    if (e.code not in CURVES and not incidence) or len(gap) > 60 or RX.SEMICOLON_OR_DIGIT.search(gap):
        return out
    for v, months, end, _ in run:
        f = _fields(_Combo(e, months, "rate"), v)
        out.append(Found(f, e.start, end, "result.rate_at_time", at=v.start))
    return out


def _clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence joined by semicolons, when each names an endpoint and a number of its own
    ("ORR was 90% in A and 85% in B; 60% in A and 50% in B had a CR"): each is read alone, so that an
    endpoint does not reach across the semicolon to values the next clause gives to another."""
    if ";" not in text:
        return [(0, len(text))]
    spans, start = [], 0
    for m in RX.SEMICOLON_SPACES.finditer(text):
        # counted, not clamped: a stray ")" before the semicolon ("p=0.02);") keeps the sentence whole
        if text.count("(", 0, m.start()) + text.count("[", 0, m.start()) == \
                text.count(")", 0, m.start()) + text.count("]", 0, m.start()):
            spans.append((start, m.start()))
            start = m.end()
    spans.append((start, len(text)))
    if len(spans) < 2:
        return [(0, len(text))]
    # ("19 (29%) reported insomnia; in the B arm, 31 (48%) did": a clause that says the one before's verb again, whose
    # outcome may be an event the toxicity terms name)
    said_again = any(a > 0 and RX.OUTCOME_SAID_AGAIN.match(text[a:b]) for a, b in spans)
    for a, b in spans:
        part = scan(text[a:b])
        named = bool(part.endpoints) or (said_again and toxicity_terms().search(text[a:b]) is not None)
        # (a clause that says the outcome before it again, "; in the B cohort, it was 9%", is read alone too; not one
        # with a ratio, whose arms the clause before named: "; in trial 2, it was a vs b months (HR ...)")
        if (not named and not (a > 0 and not part.ratios and RX.OUTCOME_SAID_AGAIN.match(text[a:b]))) or \
                not part.values:
            return [(0, len(text))]
    return spans


def _opening_part(text: str, groups: Optional[GroupIndex]) -> Optional[GroupRef]:
    """The part of the patients a sentence opens with, said by who they are ("Among those who were X-positive, ...",
    "In patients with stage I disease, ..."), as the group its values are of; None for no such opening, for one that
    names one of the paper's groups, and for an analysis set of nearly all the compared groups' patients ("Among
    the 300 patients who started treatment, ...")."""
    opening = SCOPE.match(text)
    if opening is None:
        # "Patients with wild-type marker Q had median OS of 5.7 months with A versus 4.4 with B; median PFS was ...":
        # the part the sentence's subject names (the first clause's arms' values are dropped as a subgroup's)
        subject = RX.SUBJECT_PART.match(text)
        if subject is None or (groups is not None and groups.mentions(subject.group("part"))):
            return None
        return _part_ref(subject.group("part"))
    if not RX.TRAIT_WORD.search(opening.group("label")) or \
            (groups is not None and groups.mentions(opening.group(0))):
        return None
    sized = [g.n for g in groups.groups if g.n] if groups is not None else []
    if opening.group("n") and sized and int(opening.group("n")) >= 0.9 * sum(sized):
        return None
    return _scope(text)


def _within_the_opening_part(text: str, found: list[Found], groups: Optional[GroupIndex]) -> list[Found]:
    """The rows of a clause after the first of a sentence that opens with a part of the patients ("Among those who
    were X-positive, median OS was 4.6 months with A versus 3.9 months with B; median PFS was 2.5 versus 2.1 months
    (HR 0.8)"): the clause's values are that part's too. A value no group was given is the part's, and so is a ratio
    of the arms; the arms' values (or an unnamed pair, which would be taken for the arms) are no arm's row and are
    dropped, as in a sentence of one clause."""
    part = _opening_part(text, groups)
    if part is None:
        return found
    kept = []
    for f in found:
        armlike = f.group is not None and _of_an_arm(f.group, groups)
        if f.group is not None and not armlike:
            kept.append(f)  # ("; in those without it, 30%": a part the clause names itself)
        elif f.fields["measure"] in RATIOS:
            f.group, f.comparator = part, None
            kept.append(f)
        elif not armlike and f.comparator is None:
            f.group = part
            kept.append(f)
    return kept


def _read_clauses(text: str, clauses: list[tuple[int, int]], previous: Optional[Sentence],
                  groups: Optional[GroupIndex], aliases: Optional[dict[str, str]] = None,
                  ratio_kind: Optional[str] = None) -> SentenceResults:
    out = SentenceResults()
    for a, b in clauses:
        part = find_results(text[a:b], previous=previous, groups=groups, aliases=aliases, ratio_kind=ratio_kind)
        # "... in all subgroups: X, OS HR 0.6; Y, OS HR 0.7": the subgroups named in a clause before reach the ratios
        # no rule gave a group in the clauses after it
        part.found = [f for f in part.found if not (f.fields["measure"] in RATIOS and f.group is None
                                                    and RX.A_SUBGROUP_BEFORE.search(text, 0, a))]
        # (and the groups a list's head announced: "groups were identified: X (OS 48%); Y (OS 14%)")
        part.found = [f for f in part.found if not ((f.group is None or not f.group.label)
                                                    and RX.GROUPS_LISTED.search(text, 0, a))]
        if a > 0:
            part.found = _within_the_opening_part(text, part.found, groups)
        for f in part.found:
            f.start, f.end = f.start + a, f.end + a
            if f.at is not None:
                f.at += a
        out.found.extend(part.found)
        if part.sentence is not None:
            previous = part.sentence
    out.sentence = previous
    return out


# what sets a group apart, said after its people: "patients with X", "women older than 70 years", "those given A"
# ("that" as "who": "Of the 14 patients that switched to drug Q, three ...")
# ("patients previously treated with A", "those already receiving B": the treatment's time said before it)
_TREATMENT_TRAIT = r"(?:(?:previously|already|initially|subsequently|also)\s+)?(?:treated|receiving|given|undergoing)"
_TRAIT = (rf"(?:who|that|with|without|whose|{_TREATMENT_TRAIT}|aged|older|younger|{_JUDGED}|"
          # (a state: "patients in complete remission after induction")
          r"in(?=\s+(?:a\s+)?(?:complete|partial|first|second)\s+(?:response|remission)\b))\s+"
          # (a bracketed aside counts as one: "with baseline brain metastases (measurable or not) and no prior
          # radiation")
          r"(?:[^,;()]|\([^(),;]{0,40}\)){3,60}?"
          # ("with X who could be evaluated for response": the trait, then who of them were assessed)
          r"(?:\s+who\s+(?:could|were|was)\s+(?:be\s+)?(?:evaluated|evaluable|assessable|assessed)\b"
          r"[^,;]{0,30}?)?")
# (after a word that joins it to the sentence before: "And among 12 patients who ...,", "However, in those with X,")
SCOPE = lazy_regex(r"^\s*(?:Results:\s*)?(?:(?:And|But|However|Moreover|Furthermore|Also|Conversely|Similarly|"
                   r"In\s+contrast|By\s+contrast),?\s+)?(?:Of|For|In|Among|Within)\s+(?:the\s+|all\s+|these\s+)?"
                   # "In the subgroup of 261 patients who had X,": the subgroup named by its people
                   r"(?:sub-?(?:group|set|population)\s+of\s+(?:the\s+)?(?=\d+\s))?"
                   r"(?P<n>\d+\s+)?(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?"  # "Of the 154 (92%) patients who ..."
                   rf"(?P<label>(?:[a-z-]+\s+){{0,3}}?(?P<unit>patients|lesions|cases|women|men|controls|subjects|"
                   # ("In 96 patients (79%) previously treated with A,": their share of all said between, before
                   # the treatment that sets them apart; not "Among 22 patients (17%) with a response,", where the
                   # share is the outcome's rate of all)
                   rf"participants)(?:\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)(?=\s+{_TREATMENT_TRAIT}\b))?"
                   rf"(?:\s+{_TRAIT})?"
                   rf"|those\s+{_TRAIT}"
                   # "Of the 40 responders,", "Among long-term survivors,": people named by an outcome they had
                   rf"|(?:[a-z-]+\s+)?{lexicon.PEOPLE_BY_OUTCOME}"
                   # "In the high-risk group,", "In the subgroup with X,", "In the group of responders,"
                   rf"|(?:[\w/+-]+\s+){{0,3}}?(?:sub)?(?:groups?|cohorts?|subsets?)(?:\s+(?:of\s+[\w-]+|{_TRAIT}))?"
                   # "For the mid plus high marker-7 expression subgroup,": a subgroup named so takes more words (its
                   # levels joined by "plus", "or", "and")
                   r"|(?:[\w/+-]+\s+){4,6}?sub(?:groups?|sets?))"
                   # (or, with no comma, right before "there was": "In patients with X there was a trend ...")
                   r"(?:\s*,|(?=\s+there\s+(?:is|was|were|are|has\s+been|have\s+been)\b))", re.I)


def _scope(text: str) -> Optional[GroupRef]:
    """'Of 179 evaluable lesions, 22 were CR ...'; 'Of the 14 resected patients, 5 ...': the
    sentence's numbers are about that group."""
    m = SCOPE.match(text)
    if not m:
        return None
    if RX.LETTERED_SUBGROUP.fullmatch(m.group("label")):
        return None  # "In group 2, ...": a group's letter or number, which the group index reads when it knows it
    unit = "lesions" if (m.group("unit") or "").lower() == "lesions" else "patients"
    # ("patients that switched" read as "patients who switched": ``_clean`` takes a "that" for a clause's opening)
    label = _clean(RX.PEOPLE_THAT.sub(r"\1 who", m.group("label"), count=1))
    # ("In 96 patients (79%) previously treated with A": their share of all is no part of their name)
    label = _clean(RX.SHARE_BRACKET_AFTER.sub("", label, count=1))
    if not m.group("n"):
        if RX.NO_SUBGROUP_WORDS.fullmatch(m.group("label")) or (
                RX.VERB_THESE_NEXT.match(m.group(0))
                and not re.search(rf"\b{_TRAIT}", label)):
            # "For patients, ...", "In evaluable patients, ..." name no group of them; "Among these untreated
            # patients" the ones said before, maybe all
            return None
        return GroupRef(label, None, unit)  # "In node-positive patients", "Among women aged 70 or more"
    return GroupRef(f"{m.group('n').strip()} {label}", int(m.group("n")), unit)


RATIOS = ("hr", "or", "rr")


def _within_subgroup(s: Sentence, found: list[Found], mentions: list,
                     groups: Optional[GroupIndex] = None) -> list[Found]:
    """The rows of a sentence that opens with a subgroup ("Among patients with X, ..."; ``_a_subgroup``) that are
    the subgroup's (its scope names those with no group of their own).

    "Among patients with nodal disease, LC was 70% versus 85%", "..., OS was 14 months with A and 9 months with B":
    values of two groups said within a subgroup are the subgroup's part of each (never the two groups', nor the pair
    compared before), which no row here names, and a value no rule placed in such a sentence may be either's; nor is
    a group named within the subgroup ("..., survival was worse in patients with Y (HR 1.7)"); "Among patients with
    X, 4% relapsed, whereas 7% of those with Y did": past the contrast the values are another group's. A ratio
    comparing two groups within the subgroup ("(HR 0.54)") is the subgroup's, and so is a value given to a group
    named inside the subgroup's own name ("Of the 7 patients who had two cycles of A, one had a CR"). A group's value
    counted out of a total smaller than the group ("..., the response rate was 48% (45 of 94) with A") is that
    group's part within the subgroup (``_parts_counted_within``).
    """
    front = SCOPE.match(s.text)
    inside = {m.key for m in mentions if front.start("label") <= m.start < front.end()}
    for f in found:
        if f.group is not None and f.group.key is not None and (
                f.group.key in inside or f.fields["measure"] in RATIOS):
            f.group, f.comparator = None, None
    part = _scope(s.text)
    kept = {id(f) for f in (_parts_counted_within([f for f in found if f.group is not None], groups, part)
                            if part is not None else [])}

    def of_two_groups(f: Found) -> bool:
        return any(g is not None and (g.key is not None or g.unnamed in (0, 1)) for g in (f.group, f.comparator))

    def named_within(f: Found) -> bool:
        m = POPULATION_BETWEEN.search(s.text, f.start, f.value_at)
        if m is None or _population_between(s, f) is None:
            return False
        if f.fields["measure"] in RATIOS and RX.LABEL_STOP.search(m.group("label")):
            return False  # "longer among those given A than among those given B (HR 0.3)": the two compared
        # (a ratio between two groups named in the subgroup: "longer with A than among those given B (HR 0.3)")
        return not (f.fields["measure"] in RATIOS and RX.COMPARATOR_BEFORE.search(s.text, 0, m.start()))

    def subject_within(f: Found) -> bool:
        # "In the group of responders, nondownstaged patients showed a median survival of 30 months": the people of a
        # group within the subgroup, said as the subject before the value (not a count of them: "12 patients had")
        return f.fields["measure"] != "count" and RX.SUBJECT_WITHIN.search(s.text[front.end():f.value_at]) is not None

    groups_within = any(of_two_groups(f) for f in found)
    return [f for f in found if id(f) in kept or not (of_two_groups(f) or ((f.group is None or not f.group.label) and (
        (groups_within and f.fields["measure"] not in RATIOS) or named_within(f) or subject_within(f)
        or (_past_a_contrast(s, f.value_at) and f.fields["measure"] not in RATIOS))))]


def _names_an_arm(text: str, mentions: list) -> bool:
    """Whether the group a sentence opens with is one the paper compares, named by its treatment ("In patients
    given A, ..."), rather than a subgroup named with one ("Among patients with X in the A group, ...")."""
    front = SCOPE.match(text)
    inside = [m for m in mentions if front is not None and front.start("label") <= m.start < front.end()]
    if not inside:
        return False
    rest = text[front.start("label"):front.end("label")]
    for m in reversed(inside):
        rest = rest[:m.start - front.start("label")] + rest[m.end - front.start("label"):]
    if len({m.key for m in inside}) >= 2:
        # "In the A and B groups, respectively, ...": the arms listed together, each one the paper compares
        rest = RX.ARM_LIST_WORDS.sub(" ", rest)
    return bool(RX.ARM_PEOPLE.fullmatch(rest))


def _a_subgroup(text: str, groups: Optional[GroupIndex]) -> bool:
    """Whether the sentence opens with a subgroup of the study's patients ("Among patients with X,", "In 40 women
    older than 70,"), not with all of them ("Of the 120 patients who were randomised,", "Among the 300 patients
    with X," when the groups compared number 300 together)."""
    front = SCOPE.match(text)
    if front is None or RX.ALL_TRAIT.search(front.group("label")) or \
            RX.NO_SUBGROUP_WORDS.fullmatch(front.group("label")):
        return False
    sizes = [g.n for g in groups.groups] if groups is not None else []
    return not (front.group("n") and sizes and all(sizes) and int(front.group("n")) >= 0.95 * sum(sizes))


def _past_a_contrast(s: Sentence, at: int) -> bool:
    """Whether the value at ``at`` comes after a contrast with another group, in a sentence opened by a group."""
    front = SCOPE.match(s.text)
    return bool(front and any(m.start() < at for m in RX.OTHER_GROUP_AFTER.finditer(s.text, front.end())))


def _fronted_group(s: Sentence, before: int) -> Optional[GroupRef]:
    """The group a clause opens with ("In patients with nodal disease, ..."; ``_scope``) when it is the subject of
    the value at ``before``: only the outcome's words between them."""
    front = _scope(s.text)
    if front is None:
        return None
    gap = list(s.masked[:before])
    for t in s.times:
        gap[t.start:t.end] = " " * (t.end - t.start)
    return front if RX.OUTCOME_WORDS.fullmatch("".join(gap), SCOPE.match(s.text).end()) else None


def _compared_in_a_bracket(s: Sentence, group: list[Value], v: Value) -> bool:
    """"(28.1% compared with 12.4%, respectively; ...)": one value, then another after "compared with", both alone in
    one bracket, are a pair as with "vs" (outside a bracket, "62% and 82%, compared with 70% and 89% in B" and "23%
    compared with 49% in B" join blocks of groups named after them)."""
    a = group[-1]
    depth = s.depths[a.start]
    # (both in the bracket that opens right before the first: nothing but blanks between, none closes before the second)
    return len(group) == 1 and depth > 0 and RX.BRACKET_COMPARED.fullmatch(s.masked, a.end, v.start) is not None and \
        min(s.depths[a.start:v.end]) == depth and not s.masked[s.text.rfind("(", 0, a.start) + 1:a.start].strip()


def _unit_after_bracket(s: Sentence, previous: Value, v: Value) -> bool:
    """"a (95% CI ...) months and b months": two values of one unit, the first's written after its bracket."""
    return previous.unit == v.unit \
        and RX.JOINER_UNIT_AFTER_BRACKET.fullmatch(s.masked, previous.end, v.start) is not None


def _heads_its_own_item(s: Sentence, v: Value) -> bool:
    m = RX.VALUE_HAD.match(s.text, v.end)
    if m is not None and any(e.start == m.end() for e in s.endpoints):
        return True
    were = RX.VALUE_WERE.match(s.text, v.end).end()
    return any(e.state and e.code == "SD" and e.start == were for e in s.endpoints)


def _value_groups(s: Sentence, values: list[Value]) -> list[list[Value]]:
    """Values listed together ("a, b and c", "a vs b; and c vs d", "a (v.s. b), c (v.s. d)"); not a value that heads
    its own item ("63%, and 25% had stable disease")."""
    groups: list[list[Value]] = []
    for v in values:
        previous = groups[-1][-1] if groups else None
        if previous is not None and (RX.JOINER.fullmatch(s.masked[previous.end:v.start]) or _unit_after_bracket(
                s, previous, v) or _compared_in_a_bracket(
                s, groups[-1], v)) and not any(
                previous.end <= e.start < v.start for e in s.endpoints) and \
                not (len(groups[-1]) == 1 and _heads_its_own_item(s, v)):  # "LC 44%, PFS 42% and OS 52%"
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups


def attached_group(s: Sentence, value: Value, arms_only: bool = False) -> Optional[GroupRef]:
    """The group named right after a value; ``arms_only``: only "in the X group/arm/cohort"."""
    m = RX.ATTACHED_GROUP.match(s.masked[value.end:value.end + 80])
    if not m or (arms_only and not m.group("arm")):
        return None
    if m.group("arm"):
        # read again with the endpoints written out: "in the relapse group" is masked as "in the         group"
        named = list(s.masked[value.end:value.end + 80])
        for e in s.endpoints:
            if e.end > value.end and e.start < value.end + 80:
                a, b = max(e.start, value.end), min(e.end, value.end + 80)
                named[a - value.end:b - value.end] = s.text[a:b]
        m = RX.ATTACHED_GROUP.match("".join(named)) or m
    if m.group("arm") and RX.JOIN_THEN_PLURAL_END.search(m.group("arm").strip()):
        return None  # "in the A and B groups": two groups, not this value's one
    if m.group("after") and not _after_group(s, value):
        return None  # "after 2 years"; "(PR 10%, SD 61%) after induction": what the values are after, not whose
    label = _clean(m.group("arm") or m.group("treatment") or m.group("given") or m.group("after") or "")
    return GroupRef(label) if label else None


def _after_group(s: Sentence, value: Value) -> bool:
    """Whether the value is followed by the treatment it came after ("35% after preoperative A")."""
    m = RX.ATTACHED_GROUP.match(s.masked[value.end:value.end + 80])
    return bool(m and m.group("after") and not RX.AFTER_A_TIME.search(m.group("after"))
                and not RX.CLOSING_BRACKET.search(m.group(0)[:m.start("after")]))


def _arm_values(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'Median OS was 16.4 months in the A group and 12.1 months in the B group': each value names
    its group; one endpoint named before them all."""
    if len(values) not in (2, 3):
        return []
    groups = [attached_group(s, v) for v in values]
    if any(g is None for g in groups) or len({g.label.lower() for g in groups}) != len(groups) \
            or _name_inside_another([g.label for g in groups]):
        return []
    named = _trailing_chain(s, [c for c in combos if c.endpoint.end <= values[0].start])
    if len({(c.endpoint.code, c.months) for c in named}) != 1 \
            or unnamed_item_between(s.masked[named[-1].endpoint.end:values[0].start]):
        return []  # "fatigue (a with A vs b with B) or cholangitis (c with A ...": the unnamed item's values
    own = [named[-1]] * len(values)
    # the names of the groups ("in the relapse group") are no endpoints of their own
    names = [(v.end, v.end + RX.ATTACHED_GROUP.match(s.masked[v.end:v.end + 80]).end()) for v in values]
    combos = [c for c in combos if not any(a <= c.endpoint.start < b for a, b in names)]
    if any(values[0].end <= c.endpoint.start < values[-1].start and c.endpoint.code == own[0].endpoint.code
           for c in combos):
        # "5-year survival was 55% with A, and the 3-year survival was 32% with B": the endpoint said again
        # before each value, at its own time (other endpoints between are asides: "9% (CR, n = 1; PD ...)")
        own = []
        for before, v in zip([None, *values[:-1]], values, strict=True):
            since = before.end if before else 0
            mine = [c for c in combos if since <= c.endpoint.start and c.endpoint.end <= v.start]
            if len({(c.endpoint.code, c.months, c.measure) for c in mine}) != 1:
                return []
            own.append(mine[-1])
    p = s.pvalues[0] if len(s.pvalues) == 1 else None
    out = []
    for v, g, combo in zip(values, groups, own, strict=True):
        f = _fields(combo, v)
        if p is not None:
            f["p_value"], f["p_op"] = p.value, (p.op if p.op != "=" else None)
        other = [x for x in groups if x is not g]
        out.append(Found(f, own[0].endpoint.start, values[-1].end, pattern + ".arms", g,
                         other[0] if len(other) == 1 else None))
    return out


def _one_combo(s: Sentence, combos: list[_Combo], values: list[Value]) -> Optional[_Combo]:
    """The one endpoint (and time point) named before the values, when there is exactly one (named once, or again:
    "a correlation of survival with size, with 5-year survival rates being a and b for ...")."""
    named = [c for c in combos if c.endpoint.end <= values[0].start]
    keys = {(c.endpoint.code, c.months, c.measure, c.endpoint.category, c.endpoint.grade) for c in named}
    return named[-1] if len(keys) == 1 else None


def _labels_respectively(s: Sentence, combos: list[_Combo], values: list[Value]) -> list[Found]:
    if len(values) < 2 or not (
            all(RX.VALUES_JOINED.fullmatch(s.masked[a.end:b.start]) for a, b in zip(values, values[1:], strict=False))
            or len(values) > 2 and all(RX.VALUES_COMPARED.fullmatch(s.masked[a.end:b.start])
                                       for a, b in zip(values, values[1:], strict=False))):
        return []
    combo = _one_combo(s, combos, values)
    both = RX.WITH_AND_WITHOUT.match(s.text, values[-1].end)
    if combo is not None and both is not None and len(values) == 2 and \
            not any(both.start("rest") <= e.start < both.end("rest") for e in s.endpoints):
        # "52% and 31% for patients with and without nodal involvement, respectively": the two kinds of patients
        head, rest = " ".join(both.group("head").split()), " ".join(both.group("rest").split())
        return [Found(_fields(combo, v), combo.endpoint.start, both.end(), "result.labels_respectively",
                      GroupRef(f"{head} {word} {rest}"))
                for v, word in zip(values, (both.group("a").lower(), both.group("b").lower()), strict=True)]
    levels = _levels_of_one_trait(s, values) if combo is not None else None
    if levels is not None:  # "52% and 31% for patients with low and high serum albumin, respectively"
        end = RX.LEVELS_OF_ONE_TRAIT.match(s.text, values[-1].end).end()
        return [Found(_fields(combo, v), combo.endpoint.start, end, "result.labels_respectively", g)
                for v, g in zip(values, levels, strict=True)]
    m = RX.LABELS_RESPECTIVELY.match(s.text, values[-1].end) or RX.RESPECTIVELY_LABELS.match(s.text, values[-1].end)
    if combo is None or m is None or any(m.start("labels") <= e.start < m.end("labels") for e in s.endpoints):
        return []
    if RX.OTHER_STUDIES.search(m.group("labels")):
        return []  # "61% and 51% in phase I and II studies": other studies' results
    parts = RX.ITEM_SEPARATOR.split(m.group("labels").strip())
    parts = [p.strip("'\"‘’“”") for p in parts]  # "with 'early A' and 'late A'": a name in quotes is the name
    if any(RX.SUSPENDED.search(p) for p in parts[:-1]):
        return []  # "treated with and without X": the words shared are not distributed here
    labels = _distributed(parts)
    if len(labels) != len(values) or len(set(labels)) != len(labels) or not all(labels):
        return []
    if m.group("prep").lower() == "with" and any(RX.NOT_A_GROUP_ITEM.search(x) or RX.WITH_NO_TREATMENT.match(x)
                                                 for x in labels):
        return []  # "... with a median follow-up of 2 and 3 years, respectively": what came with the values, no groups
    return [Found(_fields(combo, v), combo.endpoint.start, m.end(), "result.labels_respectively", GroupRef(label))
            for v, label in zip(values, labels, strict=True)]


def _levels_of_one_trait(s: Sentence, values: list[Value]) -> Optional[tuple[GroupRef, GroupRef]]:
    """The groups of a pair of values said right after them as two levels of one trait (``LEVELS_OF_ONE_TRAIT``:
    "for patients with low and high serum albumin, respectively"): the patients with each level, in order; None
    when the trait's words hold an outcome's name or the two levels are one."""
    m = RX.LEVELS_OF_ONE_TRAIT.match(s.text, values[-1].end) if len(values) == 2 else None
    if m is None or m.group("a").lower() == m.group("b").lower() or \
            any(m.start("rest") <= e.start < m.end("rest") for e in s.endpoints):
        return None
    head = " ".join(m.group("head").split())
    head = "patients" if head.lower() == "those" else head
    rest = " ".join(m.group("rest").split())
    return GroupRef(f"{head} with {m.group('a')} {rest}"), GroupRef(f"{head} with {m.group('b')} {rest}")


def _blocks_of_named_groups(s: Sentence, combos: list[_Combo], values: list[Value]) -> list[Found]:
    """'Response rate, median OS and the 2-year OS were 28%, 11.2 months and 47%, respectively, in A; 25%,
    10.4 months and 44% in B': as many values as outcomes, block by block, each block followed by the group it is of.
    Every value of every block must fit its outcome's measure and every block must name its group; otherwise
    nothing."""
    k = len(combos)
    if k < 2 or len(values) < 2 * k or len(values) % k or any(c.endpoint.start > values[0].start for c in combos):
        return []
    found: list[Found] = []
    labels = []
    for b in range(len(values) // k):
        block = values[b * k:(b + 1) * k]
        if not all(RX.BLOCK_JOIN.fullmatch(s.text, x.end, y.start) for x, y in zip(block, block[1:], strict=False)):
            return []
        m = RX.BLOCK_GROUP.match(s.text, block[-1].end)
        following = values[(b + 1) * k].start if (b + 1) * k < len(values) else len(s.text)
        if m is None or m.end() > following or (following < len(s.text) and m.end() != following) or \
                any(m.start("label") <= e.start < m.end("label") for e in s.endpoints) or \
                RX.NOT_A_GROUP_ITEM.search(m.group("label")) or RX.WITH_NO_TREATMENT.match(m.group("label")):
            return []
        for combo, v in zip(combos, block, strict=True):
            if not _block_unit_fits(combo, v):
                return []
        label = _clean(m.group("label"))
        labels.append(label)
        found.extend(Found(_fields(combo, v), combo.endpoint.start, m.end("label"), "result.list.blocks",
                           GroupRef(label), at=v.start) for combo, v in zip(combos, block, strict=True))
    if len(set(labels)) != len(labels):
        return []
    return found


def _block_unit_fits(combo: _Combo, v: Value) -> bool:
    """A rate's value is a percentage, a median's or mean's a time."""
    if combo.measure == "rate":
        return v.unit == "%"
    if combo.measure in ("median", "mean"):
        return v.unit not in (None, "%")
    return False


def _distributed(items: list[str]) -> list[str]:
    """The words a list says once for all its items: "stage I, II and III" (stage), "low-, intermediate- and
    high-risk" (risk), "N0, N1 and N2 disease" (no word of its own), "63-69, 74-84 and 92-103 Gy" (Gy)."""
    items = [RX.LABEL_TAIL.sub("", RX.LABEL_LEAD.sub("", i.strip())) for i in items]
    if not items or not items[-1]:
        return items
    last = items[-1]
    suffix = last.split("-", 1)[1].split()[0] if "-" in last and not last[0].isdigit() else ""
    items = [i + suffix if i.endswith("-") and suffix else i for i in items]
    unit = RX.UNIT_END.match(last)
    if unit and all(RX.NUMBER_OR_RANGE.fullmatch(i) for i in items[:-1]):
        return [f"{i} {unit.group('unit')}" for i in items[:-1]] + [last]
    if any(RX.NUMBERS_AND_RANGES_ONLY.fullmatch(i) for i in items):
        return []  # a bare number is no subgroup's name
    return _lead_said_once(items)


def _suspended_hyphens(items: list[str]) -> list[str]:
    """'low-, mid- and high-dose': the word after the last item's hyphen, said once for the items that end in one."""
    last = items[-1] if items else ""
    suffix = last.split("-", 1)[1] if "-" in last and not last[0].isdigit() else ""
    return [i + suffix if i.endswith("-") and suffix else i for i in items]


def _lead_said_once(items: list[str]) -> list[str]:
    """'stage I, II and III' -> 'stage I', 'stage II', 'stage III': the first item's leading words, said once for the
    one-word items after it."""
    head = items[0].split()
    if len(head) >= 2 and all(len(i.split()) == 1 for i in items[1:]):
        lead = head[:-1]
        lead[-1] = RX.PLURAL_GROUP_NOUN_ONLY.sub(r"\1", lead[-1])  # "groups A and B": group A, B
        items = [" ".join(lead + [head[-1]])] + [" ".join(lead + [i]) for i in items[1:]]
    return items


def _values_beside_letters(s: Sentence, letters: list[re.Match], values: list[Value]
                           ) -> Optional[list[tuple[str, Value]]]:
    """'(11 months, group A; 27 months, group B)', '(group A: 11 months; group B: 27 months)': each lettered
    group with the value set against it by a comma or colon, when every letter has exactly one; no pairs ([]) when
    only some have (which value is whose is not known then, and not by their order either); None when none has."""
    if len(letters) < 2 or any(m.group("b") for m in letters):
        return None
    out = []
    for m in letters:
        word = m.group(0).split()[0].rstrip("s").lower()
        near = [v for v in values if (v.end <= m.start() and RX.VALUE_THEN_LETTER.match(s.text[v.end:m.start()]))
                or (v.start >= m.end() and RX.LETTER_THEN_VALUE.match(s.text[m.end():count_start(s.text, v)]))]
        if len(near) == 1:
            out.append((f"{word} {m.group('a')}".capitalize(), near[0]))
    if not out:
        return None
    return out if len(out) == len(letters) and len({id(v) for _, v in out}) == len(out) else []


# A bracket after a value that names someone, in words of any length: "36% (drug V every 3 weeks; TV arm)" (not an
# interval, a size, a p, a count or a breakdown of shares: "(95% CI ...)", "(n = 40)", "(CR 20%, PR 28%)")
NAMED_IN_ITS_BRACKET = lazy_regex(RX._BRACKET_OPENS + r"(?!(?:" + RX._NO_NAME_WORDS + r"|SD|SE|HR|OR|RR)\b)"
                                  r"(?:\d+-)?[A-Za-z][^()%=<>]{1,80}\)", re.I)


def _whole_then_part(s: Sentence, combos: list[_Combo], values: list[Value]) -> bool:
    """'Five-year survival was 41% (95% CI, 35-48), 52% in node-negative patients': of two values of one outcome, the
    first (its unit written, nothing after it but its interval) is all patients', the second a part's named after it;
    only when no words before the first value name whose it is, and no "respectively" makes the name both values'."""
    a, b = values
    combo = _one_combo(s, combos, values)
    if combo is None or a.unit != b.unit or a.unit is None or combo.endpoint.end > a.start or \
            not RX.SHARE_OR_TIME_UNIT.search(s.text[a.start:a.end + 1]) or \
            not RX.WHOLE_THEN_PART.fullmatch(s.text, a.end, count_start(s.text, b)) or \
            RX.LEAD_NAMES_SOMEONE.search(s.text, 0, combo.endpoint.start) or \
            RX.WHOSE_BEFORE_VALUE.search(s.text, combo.endpoint.end, a.start) or \
            "respectively" in s.text[b.end:].lower():
        return False
    named = RX.GROUP_AFTER.match(s.text[b.end:])
    return named is not None and not RX.NOT_ONE_PART.search(named.group("label"))


def _labelled_values(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'were 50% for stage I, 31% for stage II and 20% for stage III': each value names its subgroup
    after it; one endpoint named before them all."""
    whole_first = len(values) == 2 and _whole_then_part(s, combos, values)
    if len(values) < 2 or (len(values) == 2 and not all(RX.NAME_IN_BRACKET.match(s.text, v.end) for v in values)
                           and not whole_first):
        return []  # two are read by the comparison rules, with their shared p (but "88% (stage I) and 79% (stage
        # II)": each named in the bracket after it; "41% overall and 52% in node-negative patients": the whole's, then
        # the part's)
    combo = _one_combo(s, combos, values)
    if combo is None:
        return []
    labels: list[Optional[str]] = []
    for i, (v, nxt) in enumerate(zip(values, [*values[1:], None], strict=True)):
        if i == 0 and (RX.OVERALL_AFTER.match(s.text, v.end) or whole_first):
            labels.append(None)  # "was 7% overall, 12% for T1 tumours and ...": the first value is all patients'
            continue
        m = RX.GROUP_AFTER.match(s.text[v.end:nxt.start if nxt else len(s.text)]) or \
            RX.NAME_IN_BRACKET.match(s.text[v.end:nxt.start if nxt else len(s.text)])
        if not m or any(e.start >= v.end and e.end <= v.end + m.end() for e in s.endpoints):
            return []
        labels.append(RX.AND_OR_AT_END.sub("", _clean(m.group("label"))))
    if len(set(labels)) != len(labels):
        return []
    out = [Found(_fields(combo, v), combo.endpoint.start, v.end, pattern + ".labelled",
                 GroupRef(label) if label is not None else None)
           for v, label in zip(values, labels, strict=True)]
    if len(values) == 2:  # a pair of the two named: the p after it compares them
        p, op = _p_after(s, values[-1].end, len(s.text))
        for f in out:
            f.fields.update(p_value=p, p_op=op if op != "=" else None)
    return out


def _listed_labels(s: Sentence, before: int) -> tuple[list[str], Optional[re.Match]]:
    """The groups listed last before ``before`` ("for T1 and T2 lesions were"), with the words the list shares."""
    m = None
    for candidate in RX.LABELS_BEFORE.finditer(s.masked, 0, before):
        m = candidate
    again = None
    for candidate in RX.LABELS_REPEATED.finditer(s.masked, 0, before):
        again = candidate
    if again is not None and (m is None or again.start() <= m.start()) and (
            again.group("lead").lower() != "of" or RX.OF_PEOPLE_WITH.match(again.group(0))):
        word = again.group("word")
        middle = [x.split()[-1] for x in RX.COMMA_SPACED.split(again.group("more")) if x.strip()]
        items = [again.group("first"), *middle, again.group("last")]
        tail = RX.DISEASE_ONLY.sub("", again.group("tail").strip())
        if len(set(items)) == len(items) and not RX.NOT_A_LABEL.fullmatch(word):
            return [" ".join(x for x in (word, item, tail) if x) for item in items], again
        return [], None
    if m is None:
        fronted = RX.FRONTED_LABELS.match(s.masked, 0, before)
        if fronted is None or not any(fronted.start("outcome") <= e.start < fronted.end() for e in s.endpoints):
            return [], None
        m = fronted
    items = _suspended_hyphens([x.strip() for x in RX.ITEM_SEPARATOR.split(m.group("items")) if x.strip()])
    if m.group("lead").lower() == "of" and not RX.LABELLED_WHO.search(m.group(0)) and not RX.OF_PEOPLE_WITH.match(
            m.group(0)) and not (not m.group("head").strip() and all(RX.PEOPLE.fullmatch(x) for x in items)):
        # "survival of N1 and N2 patients was": "of" names subgroups only with the people named ("of men and
        # women were", "of responders and non-responders was")
        return [], None
    if len(set(items)) != len(items) or {x.lower() for x in items} & set(m.group("head").lower().split()):
        return [], None  # "in stage I and stage II": the head repeated is read no better than a wrong label
    if any(RX.NOT_A_LABEL.fullmatch(x) for x in items):
        # "in the A group and the B group were": the items are an article and a group noun, the names stand
        # outside the list; no label here would be right
        return [], None
    head = RX.PLURAL_GROUP_WORD.sub(r"\1", m.group("head").strip())  # "groups A and B"
    # ("in the subsets pT1 and pT2", "in the subgroups A and B": words that say they are parts, no part of a name)
    head = RX.SUBSET_WORD_ONLY.sub("", head)
    tail = RX.DISEASE_ONLY.sub("", m.group("tail").strip())  # "stage I, II and III disease": stage I
    return [" ".join(x for x in (head, item, tail) if x) for item in items], m


def _ranked_groups(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'Mortality was highest for A (4.0%) followed by B (3.7%) and C (1.3%)': each value its group's."""
    if len(values) < 2:
        return []
    combo = _one_combo(s, combos, values)
    first = RX.RANKED_FIRST.search(s.text, max(0, values[0].start - 120), values[0].start) if combo else None
    if first is None:
        return []
    labels = [first.group("label")]
    for a, b in zip(values, values[1:], strict=False):
        nxt = RX.RANKED_NEXT.fullmatch(s.text, a.end, b.start)
        if nxt is None:
            return []
        labels.append(nxt.group("label"))
    if len({x.lower() for x in labels}) != len(labels):
        return []
    return [Found(_fields(combo, v), combo.endpoint.start, v.end, pattern + ".ranked", GroupRef(_clean(label)))
            for v, label in zip(values, labels, strict=True)]


def _labelled_breakdown(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'The CR rate was 57% (stage Ia 63%, stage Ib 41%, p = 0.01)': the whole's value, then in the bracket straight
    after it each part's value after the part's name."""
    if len(values) < 3 or any(v.unit != values[0].unit for v in values):
        return []
    combo = _one_combo(s, combos, values)
    first, parts = values[0], values[1:]
    opening = RX.SHARE_OR_MONTHS_THEN_BRACKET.match(s.text[first.end:])
    if combo is None or opening is None or s.depths[first.start] != 0 or \
            any(s.depths[v.start] != 1 or min(s.depths[first.end + opening.end():v.start + 1]) < 1 for v in parts):
        return []
    labels = []
    for prev, v in zip(values, parts, strict=False):
        m = RX.BREAKDOWN_LABEL.search(s.text, max(prev.end, v.start - 50), count_start(s.text, v))
        if m is None or not RX.PART_LABEL.fullmatch(m.group("label")) or \
                any(e.start < m.end() and m.start() < e.end for e in s.endpoints) or \
                not RX.OPEN_OR_LIST_JOIN_ONLY.fullmatch(s.text[prev.end:m.start("label")]):
            return []
        labels.append(m.group("label"))
    if len({x.lower() for x in labels}) != len(labels):
        return []
    out = [Found(_fields(combo, first), combo.endpoint.start, first.end, pattern)]
    out += [Found(_fields(combo, v), combo.endpoint.start, v.end, pattern + ".breakdown", GroupRef(_clean(label)))
            for v, label in zip(parts, labels, strict=True)]
    return out


def _labels_before(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'local control rates for T1 and T2 lesions were 95% and 84%, respectively': the groups
    listed before the values, one for one."""
    if not s.respectively or len(values) < 2:
        return []
    combo = _one_combo(s, combos, values)
    if combo is None:
        return []
    labels, m = _listed_labels(s, values[0].start)
    if m is None or len(labels) != len(values):
        return []
    return [Found(_fields(combo, v), m.start(), v.end, pattern + ".labels_before", GroupRef(label))
            for v, label in zip(values, labels, strict=True)]


def _says_versus(join: Optional[str]) -> bool:
    """Whether the words joining two groups or values compare them ("vs", "versus", "v"), not list them ("and")."""
    return (join or "")[:1].lower() == "v"


def _subject_groups_respectively(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'The 2-year survival rates of patients younger than 60 and those aged 60 or over were 55% and 40%,
    respectively': two groups listed between the outcome and its two values (``SUBJECT_TWO_GROUPS``), each value the
    group's in the order listed, each set against the other only when the sentence compares them ("versus"). The
    order is said by "respectively", or by both pairs compared ("for those with vs without X was a vs b"). Not when
    the sentence first names a part of the patients the two are within (``WITHIN_A_PART``), nor when it names an arm
    (``AN_ARM_NAMED``): parts of a part."""
    if len(values) != 2 or values[0].unit != values[1].unit:
        return []
    combo = _one_combo(s, combos, values)
    if combo is None or combo.endpoint.end > values[0].start or \
            RX.WITHIN_A_PART.search(s.text, 0, combo.endpoint.start):
        return []
    m = RX.SUBJECT_TWO_GROUPS.fullmatch(s.text, combo.endpoint.end, values[0].start)
    joined = RX.TWO_VALUES_JOINED.fullmatch(s.text, values[0].end, values[1].start)
    if m is None or joined is None or any(m.start() <= e.start < m.end() for e in s.endpoints) or \
            RX.AN_ARM_NAMED.search(s.text, 0, m.start()) or RX.AN_ARM_NAMED.search(s.text, values[1].end):
        return []  # (nor parts of an arm: "..., respectively, in the A arm")
    compared = any(_says_versus(x) for x in (joined.group("join"), m.group("join"), m.group("cutjoin"),
                                              m.group("subjoin"), m.group("wjoin")))
    # (in order by "respectively", or by both pairs compared: "for A vs B was a vs b")
    in_order = m.group("resp") or RX.THEN_RESPECTIVELY.match(s.text, values[1].end) or (
        _says_versus(joined.group("join")) and _says_versus(
            next(x for x in (m.group("join"), m.group("cutjoin"), m.group("subjoin"), m.group("wjoin")) if x)))
    labels = _two_subject_labels(m) if in_order else None
    if labels is None:
        return []
    sizes = [int(m.group("na")) if m.group("na") else None, int(m.group("nb")) if m.group("nb") else None]
    groups = [GroupRef(label, n) for label, n in zip(labels, sizes, strict=True)]
    p, op = _p_after(s, values[1].end, len(s.text)) if len(s.pvalues) == 1 else (None, None)
    out = []
    for v, g, other in ((values[0], groups[0], groups[1]), (values[1], groups[1], groups[0])):
        f = _fields(combo, v)
        f["p_value"], f["p_op"] = p, (op if op != "=" else None)
        out.append(Found(f, combo.endpoint.start, v.end, pattern + ".subject_groups", g,
                         other if compared else None))
    return out


def _two_subject_labels(m: re.Match) -> Optional[tuple[str, str]]:
    """The names of a ``SUBJECT_TWO_GROUPS`` match's two groups: "those" named by the first's people word; the cut's
    measure said once given to both sides; None when the two come out the same."""
    if m.group("a"):
        a = _clean(m.group("a"))
        people = m.group("a").split(None, 1)[0]
        b = m.group("b")
        if b.split(None, 1)[0].lower() == "those":
            b = ("patients" if people.lower() == "those" else people) + " " + b.split(None, 1)[1]
        if a.lower().startswith("those "):
            a = "patients " + m.group("a").split(None, 1)[1]
        labels = (_clean(a), _clean(b))
    elif m.group("x"):
        head, head2 = (RX.LEADING_ARTICLE.sub("", " ".join(x.split()))
                       for x in (m.group("head"), m.group("head2") or m.group("head")))
        if head.lower() != head2.lower():
            return None
        labels = (f"{head} {' '.join(m.group('x').split())}", f"{head} {' '.join(m.group('y').split())}")
    elif m.group("c"):
        labels = (" ".join(m.group("c").split()), " ".join(m.group("d").split()))
    else:
        if m.group("w1").lower() == m.group("w2").lower():
            return None
        people, rest = " ".join(m.group("people").split()), " ".join(m.group("rest").split())
        labels = (_clean(f"{people} {m.group('w1')} {rest}"), _clean(f"{people} {m.group('w2')} {rest}"))
    return labels if all(labels) and labels[0].lower() != labels[1].lower() else None


def _blocks_each_at_a_time(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'Rates of local, regional and distant recurrence were a, b and c, respectively, at 5 years and d, e and f,
    respectively, at 7 years': k endpoints with no time, then blocks of k values, each closed by "respectively" and
    its own time point."""
    named = [c for c in combos if c.endpoint.end <= values[0].start]
    k = len(named)
    if k < 2 or len(values) < 2 * k or len(values) % k or any(c.measure != "rate" for c in named) \
            or len({c.endpoint.code for c in named}) != k:
        return []
    blocks = [values[i:i + k] for i in range(0, len(values), k)]
    times = []
    for block, nxt in zip(blocks, [*blocks[1:], None], strict=True):
        if not all(RX.VALUES_JOINED.fullmatch(s.masked, a.end, b.start) for a, b
                   in zip(block, block[1:], strict=False)):
            return []
        at = RX.BLOCK_AT.match(s.masked, block[-1].end)
        t = [x for x in s.times if at and at.start() < x.start <= at.end() and len(x.months) == 1]
        if not t or (nxt is not None and not RX.COMMA_AND_OR_NOTHING.fullmatch(s.masked[t[0].end:nxt[0].start])):
            return []
        times.append(t[0].months[0])
    if any(c.months not in (None, times[0]) for c in named):
        return []  # (the first block's time may have been given to the endpoints before it; no other)
    return [Found(_fields(_Combo(c.endpoint, months, "rate"), v), named[0].endpoint.start, v.end,
                  pattern + ".blocks_at_times")
            for block, months in zip(blocks, times, strict=True) for c, v in zip(named, block, strict=True)]


def _labels_before_each_endpoint(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'The 3-year LC and OS rates for stage IA and IB were a and b (p = x), and c and d (p = y), respectively':
    k endpoints, then m groups, then k blocks of m values, each block one endpoint's, its values the groups' in
    the order listed. Each block must carry its own p: a comparison of the groups, so that the block is an endpoint's
    (without it, "a and b, and c and d" may as well be each group's two endpoints)."""
    if not s.respectively or len(values) < 4:
        return []
    named = [c for c in combos if c.endpoint.end <= values[0].start]
    if len(named) < 2 or len({(c.endpoint.code, c.months, c.measure, c.endpoint.category, c.endpoint.grade)
                              for c in named}) != len(named):
        return []
    labels, m = _listed_labels(s, values[0].start)
    if m is None or len(labels) < 2 or len(values) != len(named) * len(labels) or \
            m.start() < max(c.endpoint.end for c in named):
        return []  # the groups named after the endpoints, right before "were"
    k = len(labels)
    blocks = [values[i:i + k] for i in range(0, len(values), k)]
    inside = [(a, b) for block in blocks for a, b in zip(block, block[1:], strict=False)]
    if not all(RX.IN_BLOCK.fullmatch(s.masked, a.end, b.start) for a, b in inside) or not all(
            RX.NEXT_BLOCK.fullmatch(s.masked, a[-1].end, b[0].start) for a, b in zip(blocks, blocks[1:], strict=False)):
        return []
    limits = [b[0].start for b in blocks[1:]] + [len(s.text)]
    ps = [_p_after(s, block[-1].end, limit) for block, limit in zip(blocks, limits, strict=True)]
    if any(p is None for p, _ in ps):
        return []
    out = []
    for c, block, (p, op) in zip(named, blocks, ps, strict=True):
        for v, label in zip(block, labels, strict=True):
            f = _fields(c, v)
            f["p_value"], f["p_op"] = p, (op if op != "=" else None)
            others = [x for x in labels if x != label]
            out.append(Found(f, named[0].endpoint.start, v.end, pattern + ".labels_before_each", GroupRef(label),
                             GroupRef(others[0]) if len(others) == 1 else None))
    return out


def _labels_each(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'... were as follows: stage I, 71.0%; stage II, 48.5%': each value after its own label, the items set off by
    semicolons; every value must have one."""
    combo = _one_combo(s, combos, values) if len(values) >= 2 else None
    if combo is None:
        return []
    labels = []
    previous, rule = combo.endpoint.end, RX.FIRST_LABEL
    for v in values:
        m = rule.fullmatch(s.text, previous, v.start)
        if m is None:
            return []
        labels.append(m.group("label").strip())
        previous, rule = v.end, RX.NEXT_LABEL
    if len(set(labels)) != len(labels):
        return []
    return [Found(_fields(combo, v), combo.endpoint.start, v.end, pattern + ".labels_each", GroupRef(label))
            for v, label in zip(values, labels, strict=True)]


def _respectively_in_order(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """"Response rate, median survival and the 2-year survival rate were 35%, 12 months and 50%, respectively": as
    many endpoints named before the values as values of their kind, paired in order (the median with its months is
    read by its own pass), when "respectively" ends the sentence right after the last value."""
    if pattern != "result.list" or len(combos) < 2 or len(combos) != len(values) or \
            any(c.endpoint.end > values[0].start for c in combos) or \
            not RX.RESPECTIVELY_ENDS.match(s.text, values[-1].end) or \
            any(s.depths[v.start] > 0 for v in values) or \
            any(c.measure != "rate" or v.unit != "%" for c, v in zip(combos, values, strict=True)):
        return []
    ids = {id(c.endpoint) for c in combos}
    first, last = combos[0].endpoint, combos[-1].endpoint
    if len(ids) != len(combos) or not any(id(e) not in ids and first.end <= e.start < last.start for e in s.endpoints):
        return []  # (only where another outcome's value stands among them: the other lists read as they did)
    if any(combos[0].endpoint.start <= end <= values[0].start for end in s.read_ends):
        return []  # "recurrence rates were a and b in A and B, respectively, and survival rates were c and d"
    return [Found(_fields(c, v), c.endpoint.start, v.end, pattern) for c, v in zip(combos, values, strict=True)]


def _first_of_a_known_and_an_unknown(s: Sentence, combos: list[_Combo], values: list[Value],
                                     pattern: str) -> list[Found]:
    """'The median OS and SBP were 30.8 months (95% CI ...) and 19.6 months (...), respectively': two outcomes
    coordinated before two values, the second one no name knows: the first value is the first outcome's (the other
    is left unexplained); only when nothing but the two values stands between them and "respectively" follows."""
    if len(combos) != 1 or len(values) != 2 or not RX.RESPECTIVELY_AFTER_PAIR.match(s.text, values[1].end):
        return []
    e = combos[0].endpoint
    if e.end > values[0].start or not RX.AND_AN_UNKNOWN.fullmatch(s.text, e.end, values[0].start) or \
            any(e.end <= x.start < values[0].start for x in s.endpoints) or \
            not RX.VALUE_AFTER_PAIR.fullmatch(s.text, values[0].end, values[1].start) or \
            values[0].unit != values[1].unit:
        return []
    return [Found(_fields(combos[0], values[0]), e.start, values[0].end, pattern, at=values[0].start)]


def _in_a_closed_results_bracket(s: Sentence, e: Endpoint, v: Value) -> bool:
    """Whether the endpoint ``e`` is named inside a bracket of numbers that closes before the value ``v`` ("ORR was
    58% (95% CI 44-71; 9 complete responses) in cohort 1 and 47% in cohort 2"): an aside of the earlier value's, which
    names no later value outside it."""
    if s.depths[e.start] == 0 or s.depths[v.start] >= s.depths[e.start]:
        return False
    opening = _opening(s, e.start)
    closing = _closing(s, opening)
    return bool(RX.ONE_DIGIT.search(s.text[opening + 1:e.start] + s.text[e.end:closing]))


def _align(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str = "result.list") -> list[Found]:
    """Pair each group of listed values with the endpoints named since the previous group."""
    if not combos or not values:
        return []
    found: list[Found] = []
    known_first = _first_of_a_known_and_an_unknown(s, combos, values, pattern)
    if known_first:
        return known_first
    if len(combos) == 1 and len(values) >= 2 and all(_read_by(s, v) for v in values) \
            and len({_read_by(s, v) for v in values}) == len(values):
        # "ORR was 62% by central review and 68% according to the investigators": one response read by
        # two assessors gives two values of one endpoint for the same patients
        e = combos[0].endpoint
        return [Found(_fields(combos[0], v), min(e.start, v.start), max(e.end, v.end), "result.readings")
                for v in values]
    # ("better 2- and 4-year survival (a and b, respectively) than those older (c and d)": the words after the first
    # bracket name whose the second is, before any reading of the first's "respectively")
    in_order = _than_brackets(s, combos, values) or _pairs_named_after(s, combos, values, pattern) or \
        _respectively_in_order(s, combos, values, pattern)
    if in_order:
        return in_order
    arms = _arm_values(s, combos, values, pattern)
    if arms:
        return arms
    timed_blocks = _blocks_each_at_a_time(s, combos, values, pattern)
    if timed_blocks:
        return timed_blocks
    labelled = (_labelled_values(s, combos, values, pattern) or _labels_before(s, combos, values, pattern)
                or _subject_groups_respectively(s, combos, values, pattern)
                or _blocks_of_named_groups(s, combos, values)
                or _labels_before_each_endpoint(s, combos, values, pattern)
                or _labels_respectively(s, combos, values) or _labels_each(s, combos, values, pattern)
                or _ranked_groups(s, combos, values, pattern) or _labelled_breakdown(s, combos, values, pattern))
    if labelled:
        return labelled
    if len(values) >= 2 and all(NAMED_IN_ITS_BRACKET.match(s.text, v.end) for v in values):
        # "48% (weekly drug V plus drug Q) and 36% (drug V every 3 weeks; TV arm)": each value is the group's its
        # bracket names, by words no group goes by; neither is all patients'
        return []
    groups = _value_groups(s, values)
    if not any(c.endpoint.start < values[0].start for c in combos):
        pairs = _factor_pairs(s, combos, groups)
        if pairs:
            return pairs
    previous_end = 0
    last: Optional[tuple[list[_Combo], list[Value], list[Found]]] = None
    consumed: set[int] = set()  # endpoints a value written before them already took ("7.5% fracture")
    for group in groups:
        if len(group) == 1 and _after_a_breakdown(s, group[0]):
            continue  # "(2 rib fractures, 4 chest pain, 8.9%)": the share of all the patients counted, no item's
        named = [c for c in combos if previous_end <= c.endpoint.start < group[0].start
                 and id(c.endpoint) not in consumed and not _in_a_closed_results_bracket(s, c.endpoint, group[0])
                 and not any(c.endpoint.end <= end <= group[0].start and any(
                     end <= e.start < group[0].start for e in s.endpoints) for end in s.read_ends)]
        between = s.masked[previous_end:group[0].start]
        if not named and last is not None:
            rows = _said_again(s, last, group, previous_end) or _elliptic_comparison(s, last, group, previous_end)
            if rows:
                found.extend(rows)
                previous_end, last = group[-1].end, None
                continue
        previous_end = group[-1].end
        if not named and last is not None and len(group) == len(last[1]) and (
                RX.CONTRAST.search(between) or (_group_after_values(s.text, last[1][-1].end)
                                             and _group_after_values(s.text, group[-1].end))):
            # "... were a and b for stage I and c and d for stage II": a second block for another group
            found.extend(_second_block(s, last, group))
            last = None
            continue
        if len(group) == 2 and not named:
            # "12% and 5% of the patients, respectively, stopped the study drug owing to adverse events"
            rows = _pair_then_endpoint(s, combos, group, pattern)
            if rows:
                found.extend(rows)
                continue
        own_clause = len(group) == 1 and bool(named) and _subject_of_a_new_clause(s, named, group[0])
        # "40 patients had grade 3 neutropenia and 25% had grade 3 anaemia": a share that is the subject of its own
        # "had" is the outcome's named after it, never the one before (no row when none follows)
        had = len(group) == 1 and bool(named) and RX.SHARE_HAD.match(s.masked, group[0].end) is not None
        if len(group) == 1 and (not named or own_clause or had or RX.EXPERIENCING.match(s.masked[group[0].end:])
                                or any(0 <= g[1] - group[0].end <= 3 for g in s.grades)
                                # "giving a 70% 2-year local control rate": a value as the article's adjective
                                or RX.ARTICLE_BEFORE.search(s.text, max(0, group[0].start - 5), group[0].start)):
            # "9% local failures ... and 11.5% of patients experienced grade 3 toxicity".
            rows = _value_then_endpoint(s, combos, group[0], pattern)
            if rows or not named or own_clause or had:
                found.extend(rows)
                consumed.update(id(c.endpoint) for c in combos if rows and c.endpoint.start >= group[0].end
                                and c.endpoint.end <= rows[0].end)
                continue
        # The endpoints coordinated just before the values ("predicted survival; its 2-year overall
        # survival rate was a vs b": the second), else all named since the last values.
        chain = _trailing_chain(s, named)
        for candidates in ([chain, named] if len(chain) < len(named) else [named]):
            rows = _align_group(s, candidates, group, pattern) if candidates else []
            if rows:
                found.extend(rows)
                last = (candidates, group, rows) if len(rows) == len(group) else None
                break
    return found


def _median_in_bracket_after_rates(s: Sentence, found: list[Found], month_values: list[Value]) -> list[Found]:
    """'The 2- and 5-year OS were 44% and 17%, respectively (median 21 months)': the months in the bracket straight
    after a survival's rates are its median, of the same group; only a value no rule read, alone in its bracket. So
    are they after a survival's mean: 'the mean OS was 62.3 months (median 70.1 months)'."""
    out: list[Found] = []
    for v in month_values:
        if any(f.start <= v.start < max(f.end, f.value_at + 1) and f.value_at >= v.start for f in found) or \
                not RX.MONTHS_THEN_CLOSE.match(s.text, v.end):
            continue
        rates = [f for f in found if f.fields["endpoint"] in TIME_TO_EVENT and f.value_at < v.start and (
            (f.fields["measure"] == "rate" and f.fields.get("timepoint_months") is not None)
            or (f.fields["measure"] == "mean" and f.fields.get("unit") == "months"))]
        if not rates:
            continue
        last = max(rates, key=lambda f: f.value_at)
        rate_value = next((x for x in s.values if x.start <= last.value_at <= x.end), None)
        if rate_value is None or not RX.MEDIAN_BRACKET_AFTER.fullmatch(s.text, rate_value.end, v.start) or \
                len({(f.fields["endpoint"], f.group.label if f.group else None) for f in rates}) != 1:
            continue
        fields = dict(last.fields, measure="median", timepoint_months=None, value=v.value, unit="months",
                      ci_low=None, ci_high=None)
        out.append(Found(fields, last.start, v.end, "result.median.bracket_after_rates", last.group,
                         last.comparator, at=v.start))
    return out


def _failure_sites(s: Sentence, found: list[Found]) -> list[Found]:
    """'Recurrence was 27% (local or regional 7%, systemic 20%)': each share in the bracket after a failure's rate,
    named by its site alone, is the failure at that site (locoregional: local), same group and time; only a bracket
    of such items, closed after the last, and shares that add up to no more than the whole."""
    out: list[Found] = []
    for f in found:
        if f.fields["endpoint"] != "FAIL_ANY" or f.fields["measure"] != "rate":
            continue
        v = next((x for x in s.values if x.unit == "%" and x.value == f.fields["value"]
                  and f.start <= x.start < max(f.end, f.value_at + 1)), None)
        if v is None:
            continue
        items, pos = [], v.end
        of_patients = RX.OF_PATIENTS_AFTER.match(s.text, pos)
        pos = of_patients.end() if of_patients else pos
        while (m := RX.SITE_SHARE.match(s.text, pos)) is not None:
            items.append(m)
            pos = m.end()
        if not items or not RX.CLOSING_NEXT.match(s.text[pos:]) or \
                sum(float(m.group("v")) for m in items) > f.fields["value"] + 0.5:
            continue
        # each site's failure as the vocabulary names it ("local or regional" is the locoregional one)
        codes = [code_of(RX.LOCAL_AND_REGIONAL.sub("locoregional", m.group("site").lower()) + " failure")
                 for m in items]
        if None in codes:
            continue
        for m, code in zip(items, codes, strict=True):
            fields = dict(f.fields, endpoint=code, value=float(m.group("v")))
            out.append(Found(fields, f.start, m.end(), "result.failure_sites", f.group, f.comparator,
                             at=m.start("v")))
    return out


def _after_a_breakdown(s: Sentence, v: Value) -> bool:
    """Whether ``v`` ends a bracket that lists counts of kinds before it: the share of all of them."""
    opening = max(s.text.rfind("(", 0, v.start), s.text.rfind("[", 0, v.start))
    return opening >= 0 and not RX.CLOSING_BRACKET.search(s.text[opening:v.start]) and \
        bool(RX.BREAKDOWN_BEFORE.fullmatch(s.text, opening, v.start))


def _elliptic_comparison(s: Sentence, last: tuple[list[_Combo], list[Value], list[Found]], values: list[Value],
                         since: int) -> list[Found]:
    """'5-year survival was 28%, and was better after A than after B (43% versus 16%)': the pair after a clause that
    leaves its subject out is the outcome just given, for the two groups compared."""
    combos, _, first_rows = last
    m = RX.ELLIPTIC_COMPARED.fullmatch(s.masked, since, values[0].start)
    if m is None or len(combos) != 1 or len(values) != 2 or any(f.group is not None for f in first_rows) or \
            not any(values[0].end <= at < values[1].start for at in s.vs) or \
            GROUP_RESULTS_RX.NOT_COMPARED_GROUP.match(m.group("b")):
        return []
    a, b = GroupRef(_clean(m.group("a"))), GroupRef(_clean(m.group("b")))
    p, op = _p_after(s, values[1].end, len(s.text))
    start = min(f.start for f in first_rows)  # the quote shows the outcome the clause leaves out
    out = []
    for v, g, other in ((values[0], a, b), (values[1], b, a)):
        f = _fields(combos[0], v)
        f["p_value"], f["p_op"] = p, (op if op != "=" else None)
        out.append(Found(f, start, v.end, "result.compare", g, other, at=v.start))
    return out


def _said_again(s: Sentence, last: tuple[list[_Combo], list[Value], list[Found]], values: list[Value],
                since: int) -> list[Found]:
    """'The DFS and OS rates at 3 years were a and b, respectively; at 5 years, they were c and d, respectively':
    the values after a pronoun are the same endpoints' as the list before (at the new time point, when one is
    given); 'The LC rate was a; it was b and c for stage I and II, respectively': one endpoint's values for the
    subgroups named after them. Only when the values before were all patients' (no group of their own)."""
    combos, first_values, first_rows = last
    m = RX.SAID_AGAIN.fullmatch(s.masked, since, values[0].start)
    if m is None or any(f.group is not None for f in first_rows) or \
            len({(c.endpoint.code, c.months, c.measure) for c in combos}) != len(combos):
        return []
    times = [t for t in s.times if since <= t.start < values[0].start]
    if times:
        if len(times) != 1 or len(times[0].months) != 1 or \
                any(c.measure != "rate" or c.months is None or c.endpoint.code not in CURVES for c in combos):
            return []  # a new time for rates said at a time; a median has none
        combos = [_Combo(c.endpoint, times[0].months[0], "rate") for c in combos]
    if len(values) == len(combos) and len(values) >= 2:
        after = s.text[values[-1].end:]
        if not (RX.RESPECTIVELY_NEXT.match(after) or RX.END_OF_CLAUSE_NEXT.match(after)):
            return []  # "they were a and b for men" names groups this does not read
        start = min(f.start for f in first_rows)  # the quote shows the endpoints the pronoun stands for
        return [Found(_fields(c, v), start, v.end, "result.said_again") for c, v in zip(combos, values, strict=True)]
    if len(combos) == 1 and len(values) >= 2 and not times:
        return [Found(f.fields, f.start, f.end, "result.said_again" + f.pattern_id[len("result"):], f.group)
                for f in _labels_respectively(s, combos, values)]
    return []


def _endpoint_right_after(s: Sentence, combos: list[_Combo], at: int) -> Optional[_Combo]:
    """The outcome named right after ``at`` with only words of patients having it between ("of the patients
    experiencing", "developed"), read once; None when another word or link comes first."""
    after = [c for c in combos if c.endpoint.start >= at]
    if not after:
        return None
    nearest = min(after, key=lambda c: c.endpoint.start)
    gap = s.masked[at:nearest.endpoint.start]
    if len(gap) > 60 or not RX.VALUE_THEN_ENDPOINT.fullmatch(gap) or RX.LINK_WORDS.search(gap) or \
            sum(1 for c in after if c.endpoint is nearest.endpoint) != 1:
        return None
    return nearest


def _pair_then_endpoint(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'12% and 5% of the patients, respectively, stopped the study drug owing to adverse events': two
    values first, "respectively", then their outcome: the two groups compared just before (``_pair_only``)."""
    a, b = values
    said = RX.PAIR_RESPECTIVELY_THEN.match(s.text,
                                           b.end)  # (not the masked text: its blanks would run into the outcome)
    if a.unit != b.unit or said is None or not RX.SHARE_THEN_AND_ONLY.fullmatch(s.masked[a.end:b.start]):
        return []
    nearest = _endpoint_right_after(s, combos, said.end())
    if nearest is None:
        return []
    groups = _pair_only()
    return [Found(_fields(nearest, v), v.start, nearest.endpoint.end, pattern + ".value_first", g, other, at=v.start)
            for v, g, other in ((a, groups[0], groups[1]), (b, groups[1], groups[0]))]


def _subject_of_a_new_clause(s: Sentence, named: list[_Combo], value: Value) -> bool:
    """"No grade 4 rash was seen; 88% of patients received the full dose": a value after a semicolon that, as a
    share of the patients, is the subject of the clause it opens is no value of the outcome named before the
    semicolon; the clause's own outcome, if one follows, is the value's. So is a count with its share joined by
    "and" as the subject of its own verb ("27 died by 12 weeks and 107 (86% of the others) completed the forms")."""
    last = max(c.endpoint.end for c in named)
    count = RX.COUNT_OPENS.search(s.text, last, value.start)  # "107 (" before the share
    if count is not None and RX.COMMA_OR_AND_AT_END.search(s.masked[last:count.start()]) and \
            RX.COUNT_AS_SUBJECT.match(s.text, value.end):
        return True
    return ";" in s.masked[last:value.start] and RX.SHARE_AS_SUBJECT.match(s.text, value.end) is not None


def _value_then_endpoint(s: Sentence, combos: list[_Combo], value: Value, pattern: str) -> list[Found]:
    """'8% experiencing grade 3 or more toxicity', '13% grade 1-2 acute toxicity': the value first."""
    nearest = _endpoint_right_after(s, combos, value.end)
    if nearest is None:
        return []
    if value.unit == "%" and any(v.unit == "%" and v.end <= value.start and RX.SHARES_PAIRED.fullmatch(
            s.text, v.end, value.start) and not any(e.end <= v.start for e in s.endpoints) for v in s.values):
        # "22% and 9% of patients had grade 1 or 2 pneumonitis": the second of two shares said together, no outcome
        # named before them, is of what the two split (grades, groups, times) the words do not pair, never the
        # outcome's alone (not "the response rate was 100%, and 24% of patients achieved a CR")
        return []
    # (the number is first: where it was read is its own place, not the quote's end)
    return [Found(_fields(nearest, value), value.start, nearest.endpoint.end, pattern + ".value_first", at=value.start)]


FLIPPED = {"<": "≥", "≥": "<", "≤": ">", ">": "≤"}


def _over_other(s: Sentence, start: int, end: int) -> Optional[GroupRef]:
    """The group a subject is set over between ``start`` and ``end`` ("... an improvement over B in response rate
    (a vs b)"), when its name holds no outcome's."""
    m = next(iter(RX.OVER_OTHER.finditer(s.text, start, end)), None)
    if m is None or RX.NOT_A_TREATMENT_WORD.search(m.group("b")) or \
            any(e.start < m.end("b") and m.start("b") < e.end for e in s.endpoints):
        return None
    return GroupRef(_clean(m.group("b")))


def _coordinated_subject(subject: GroupRef) -> Optional[tuple[GroupRef, GroupRef]]:
    """'Surgery and SBRT had similar local control (92% vs 90%)': a subject of two names joined by "and" is the pair's
    two groups, in order (never "Surgery and SBRT" against its complement)."""
    two = RX.PEOPLE_WITH_TWO.fullmatch(subject.label or "")
    if two is not None:  # "Patients with T1 and T2 tumours had ... (a vs b)": those with each
        tail = two.group("tail") or ""
        return (GroupRef(_clean(two.group("head") + two.group("a") + tail)),
                GroupRef(_clean(two.group("head") + two.group("b") + tail)))
    versus = RX.SUBJECT_VERSUS.fullmatch(subject.label or "")
    if versus is not None:  # "with a dose >25 Gy versus ≤ 25 Gy was a versus b": each side, the head said once
        return (GroupRef(_clean(versus.group("head") + versus.group("a"))),
                GroupRef(_clean(versus.group("head") + versus.group("b"))))
    m = RX.COORDINATED_NAMES.fullmatch(subject.label or "")
    if m is None or RX.NOT_A_TREATMENT_WORD.search(subject.label) or \
            RX.WHOLE_OR_GROUP_WORD.search(subject.label):
        return None
    return GroupRef(_clean(m.group("a"))), GroupRef(_clean(m.group("b")))


def _groups_after_the_pair(s: Sentence, values: list[Value]) -> Optional[tuple[GroupRef, GroupRef]]:
    """'There was more grade 3 rash (16% vs 2%) with drug X than with drug Y': the groups said right after the pair's
    bracket, the first value's first; neither may name an outcome."""
    m = RX.GROUPS_AFTER_PAIR.match(s.text, values[-1].end) if len(values) == 2 else None
    if m is None or any(m.start("a") < e.end and e.start < m.end("b") for e in s.endpoints) or \
            RX.NOT_A_TREATMENT_WORD.search(m.group("a")) or RX.NOT_A_TREATMENT_WORD.search(m.group("b")):
        return None  # (nor names running on: "with local RT with CTh as compared to systemic CTh")
    return GroupRef(_clean(m.group("a"))), GroupRef(_clean(m.group("b")))


def _group_after_second_value(s: Sentence, values: list[Value], subject: GroupRef) -> Optional[GroupRef]:
    """The group named right after the second of a subject's two values ("... 11.3 v 10.1 months for B-treated
    patients"), when it is another than the subject and names no outcome."""
    m = RX.GROUP_AFTER_SECOND_VALUE.match(s.text, values[1].end) if len(values) == 2 else None
    if m is None or any(m.start("label") < e.end and e.start < m.end("label") for e in s.endpoints):
        return None
    label = _clean(m.group("label"))
    # (a name of its own before the head word: "B-treated patients", "the observation group"; not "all patients")
    name = RX.GROUP_HEAD_WORD.sub("", label)
    return GroupRef(label) if label.lower() != subject.label.lower() and name.strip() \
        and not NOT_A_NAME_WORD.search(name) else None


def _own_group_after_second_value(s: Sentence, values: list[Value], subject: GroupRef) -> Optional[GroupRef]:
    """'Patients with stage A disease had a median OS of 30 months versus 12 months for those with stage C disease':
    the second value's group names a trait of its own (``OWN_GROUP_AFTER_SECOND_VALUE``), so it is that group, not
    the subject's complement (a third kind, stage B, may exist). "those" takes the subject's people word."""
    m = RX.OWN_GROUP_AFTER_SECOND_VALUE.match(s.text, values[1].end) if len(values) == 2 else None
    if m is None or any(m.start(1 if m.group("people") is None else "people") < e.end and e.start < m.end()
                        for e in s.endpoints):
        return None
    if m.group("people"):
        label = m.group("people")
    else:
        who = m.group("who")
        if who.lower() == "those":
            head = (subject.label or "").split(None, 1)
            who = head[0].lower() if head and RX.PEOPLE_NAMED.fullmatch(head[0]) and \
                head[0].lower() != "those" else "patients"
        label = f"{who} {m.group('trait')}"
    label = _clean(label)
    return GroupRef(label) if label and label.lower() != (subject.label or "").lower() else None


def _subject_over_pair(s: Sentence, values: list[Value]) -> Optional[tuple[GroupRef, GroupRef]]:
    """'The combination of A plus B demonstrated a significant improvement over B alone with regard to response rate
    (30% compared with 11%)': the subject's value first, the group it is set over second."""
    m = RX.SUBJECT_OVER.match(s.text)
    if m is None or m.end() > values[0].start or any(
            RX.NOT_A_TREATMENT_WORD.search(m.group(g)) or any(e.start < m.end(g) and m.start(g) < e.end
                                                          for e in s.endpoints) for g in ("a", "b")):
        return None
    return GroupRef(_clean(m.group("a"))), GroupRef(_clean(m.group("b")))


def _treatment_subject_pair(s: Sentence, values: list[Value]) -> Optional[tuple[GroupRef, GroupRef]]:
    """'A provided higher 5-year survival when compared with B (60% versus 39%)': the subject's value first, the
    group it is compared with second."""
    head = RX.TREATMENT_SUBJECT.match(s.text)
    if head is None or len(values) != 2 or NOT_A_NAME_WORD.search(head.group("a")) or \
            any(e.start < head.end("a") for e in s.endpoints):
        return None
    named = [m for m in RX.COMPARED_TO.finditer(s.text, head.end(), values[0].start)
             if m.group(0).lower().startswith("compared") and _clean(m.group("b"))
             and not NOT_A_NAME_WORD.search(m.group("b"))]
    if len(named) != 1:
        return None
    return GroupRef(_clean(head.group("a"))), GroupRef(_compared_label(named[0]))


def _compared_label(m: re.Match) -> str:
    """The name of the group a comparison sets against, from a ``COMPARED_TO`` match."""
    said = m.group("with")
    return _clean(("patients " + said.split(None, 1)[1] if said else "") + m.group("b"))


NOT_A_NAME_WORD = lazy_regex(rf"\b(?:{RX._NOT_NAME_WORDS}|the|of)\b", re.I)


# What patients had, said of them: "patients receiving A", negated as "patients not receiving A"
_TREATED = r"receiving|undergoing|having|given|treated\s+with"


def complement(label: str) -> str:
    """The other side of a comparison: "GTV < 3 cm" -> "GTV ≥ 3 cm"; "single lesion" -> "not single lesion"."""
    signs = RX.BOUND_SIGN.findall(label)
    if len(signs) == 1:
        return RX.BOUND_SIGN.sub(lambda m: FLIPPED[m.group(0)], label)
    m = re.match(rf"(patients|those|women|men|cases)\s+({_TREATED})\s+(.+)", label, re.I)
    if m:
        return f"{m.group(1)} not {m.group(2)} {m.group(3)}"  # "patients receiving A" -> "patients not receiving A"
    return f"not {label}"


# "patients who received A ... those who did not": what the others did not do
_DID_NOT = {"received": "receive", "underwent": "undergo", "had": "have", "completed": "complete"}


def the_others(label: str) -> str:
    """The group a comparison sets against ``label`` when it names it only as "those without" or "the others"."""
    m = RX.PEOPLE_WITH_REST.match(label)
    if m:
        return f"{m.group(1)} without {m.group(2)}"
    m = re.match(rf"(patients|those|women|men|cases)\s+who\s+({'|'.join(_DID_NOT)})\s+(.+)", label, re.I)
    if m:
        return f"{m.group(1)} who did not {_DID_NOT[m.group(2).lower()]} {m.group(3)}"
    return complement(label)


# The names ``complement`` and ``the_others`` give the other side: "not A", "patients not receiving A", "patients who
# did not receive A", "patients without A"
NEGATED = lazy_regex(rf"not\s+(?P<a>.+)|(?:patients|those|women|men|cases)\s+(?:not\s+(?:{_TREATED})|"
                     rf"who\s+did\s+not\s+(?:{'|'.join(_DID_NOT.values())})|without)\s+(?P<b>.+)", re.I)


def negated(label: str) -> Optional[str]:
    """What a group named as the other side lacks: "patients not receiving drug A" -> "drug A"; None for a name
    that negates nothing."""
    m = NEGATED.fullmatch(label.strip())
    return (m.group("a") or m.group("b")) if m else None


def _subject_factor(s: Sentence, r: Found, groups: Optional[GroupIndex]) -> None:
    """A ratio no rule gave a group, after a sentence whose subject is a factor associated with the ratio's outcome
    (``SUBJECT_FACTOR``), is that factor's: the patients with it against those without (in place). Not a subject that
    names an outcome, one of the paper's arms or no factor (``SUBJECT_NO_FACTOR``)."""
    m = RX.SUBJECT_FACTOR.match(s.text)
    if m is None or r.start < m.end() or RX.SUBJECT_NO_FACTOR.match(m.group("label")):
        return
    if any(m.start("label") <= e.start < m.end("label") for e in s.endpoints) or \
            (groups is not None and groups.mentions(m.group("label"))):
        return
    own = next((x for x in s.ratios if x.start <= r.value_at <= x.end), None)
    at = own.start if own is not None else r.value_at
    before = [x for x in s.ratios if m.end() <= x.start and x.end <= at]
    close = s.text.find(")", before[-1].end, at) + 1 if before else 0
    # (an outcome named between, or deaths said there: "..., a rise in overall mortality (HR ...)")
    if before and not (RX.NEXT_OUTCOME_OF_THE_FACTOR.search(s.text[close or before[-1].end:at]) and (
            any(before[-1].end <= e.start < at for e in s.endpoints)
            or RX.DEATH_BEFORE_RATIO.search(s.text, close or before[-1].end, at))):
        return  # a later ratio after another subject's clause, not the factor's
    r.group = GroupRef(_clean(m.group("label")))


def _than_groups_of_a_ratio(s: Sentence, r: Found) -> None:
    """'Patients with p53-positive tumours had worse survival than did patients with p53-negative tumours (HR = 1.89)':
    a ratio after two groups compared with "than" (cues.yaml than_group, its bracket straight after) is the first
    against the second, never all patients' (in place)."""
    at = _value_start(s, r)
    than = next((m for m in cues()["than_group"].finditer(s.text, max(0, at - 120), at)
                 if RX.RATIO_BRACKET_OPEN.fullmatch(s.text, m.end(), at)
                 or RX.PATIENTS_THEN_RATIO.fullmatch(s.text, m.end(), at)), None)
    if than is None or any(than.start("b") <= e.start < than.end("b") for e in s.endpoints):
        return
    # ("than older patients (": the people's noun after the words the cue stops at)
    named = _people(s.text[than.start("b"):s.text.rfind("(", than.end(), at)].strip()
                    if s.text.rfind("(", than.end(), at) > 0 else than.group("b"))
    if RX.RATIO_BRACKET_BEFORE.search(s.text, 0, than.start()) and any(o.end <= than.start() for o in s.ratios) and \
            RX.PEOPLE_NAMED.search(named) and not RX.THE_OTHERS.fullmatch(named):
        # "Patients with X had a greater benefit from A (HR = 0.58) than patients with Y (HR = 1.21)": the first
        # people's ratio was said before "than"; this one is the second people's own, against no one
        r.group, r.comparator = GroupRef(named), None
        return
    first = _subject_group(s.text[:than.start()])
    if first is None or first is OVER_OUTCOME or not first.label:
        return
    second = named
    if RX.THE_OTHERS.fullmatch(second):
        second = _other_side(first.label, second)
    r.group, r.comparator = first, GroupRef(second)


def _other_side(first: str, second: str) -> str:
    """The second group's name when the paper calls it only the others of the first; "those who did not" stays as
    written when the first names no act it did not do."""
    other = the_others(first)
    return second if RX.WHO_DID_NOT_AT_END.search(second) and other.startswith("not ") else other


def _factor_pairs(s: Sentence, combos: list[_Combo], groups: list[list[Value]]) -> list[Found]:
    """'GTV < 3 cm (63.6% vs 49.5%, p = 0.025) and single lesion (79.2% vs 66.6%, p = 0.047) were
    good factors of LRFS': each factor's pair of values, the endpoint named once at the end."""
    codes = {(c.endpoint.code, c.months, c.measure) for c in combos}
    if len(codes) != 1 or not RX.FACTORS_OF.search(s.masked[groups[-1][-1].end:]):
        return []
    combo = combos[0]
    out = []
    for group in groups:
        if len(group) != 2 or not any(group[0].end <= at < group[1].start for at in s.vs):
            continue
        factor = RX.FACTOR_BEFORE.search(s.text, max(0, group[0].start - 70), group[0].start)
        if not factor:
            continue
        g1 = GroupRef(_clean(factor.group("label")))
        g2 = GroupRef(complement(g1.label))
        p, op = _p_after(s, group[1].end, len(s.text))
        for v, grp, other in ((group[0], g1, g2), (group[1], g2, g1)):
            f = _fields(combo, v)
            f["p_value"], f["p_op"] = p, (op if op != "=" else None)
            out.append(Found(f, group[0].start - len(factor.group(0)), group[1].end, "result.factor_pairs", grp, other))
    return out


def _group_after_outcome(s: Sentence, combos: list[_Combo], first: int) -> Optional[GroupRef]:
    """The group the first block's values are of, named after their outcome ("X in A was a versus b in B"), when
    its name holds no outcome's."""
    end = max(c.endpoint.end for c in combos)
    m = RX.OUTCOME_THEN_GROUP.match(s.text, end, first) if end <= first else None
    if m is None or any(m.start("label") < e.end and e.start < m.end("label") for e in s.endpoints) or \
            RX.TIME_WORDS.search(m.group("label")):
        return None  # (nor a time: "in the first year was 80% versus 60% in the second")
    return GroupRef(_clean(m.group("label")))


def _and_the_group_after(s: Sentence, first: Optional[GroupRef], values: list[Value]
                         ) -> Optional[tuple[GroupRef, GroupRef]]:
    """A pair's first group, found before its values, and the second, the group named right after them ("... 62%
    versus 81% in those without"; a second called "the others" is named from the first)."""
    after = RX.GROUP_AFTER.match(s.text[values[-1].end:]) if first is not None else None
    if after is None or RX.ANY_PATIENTS.fullmatch(_clean(after.group("label"))):
        return None
    second = _clean(after.group("label"))
    return first, GroupRef(_other_side(first.label, second) if RX.THE_OTHERS.fullmatch(second) else second)


def _outcome_group_pair(s: Sentence, combos: list[_Combo], values: list[Value]) -> Optional[tuple[GroupRef, GroupRef]]:
    """'The ORR among never smokers was 4% versus 21% among heavy smokers': the first of a pair is the group named
    after the outcome (``_group_after_outcome``), the second the group named after it."""
    first = _group_after_outcome(s, combos, values[0].start) if len(values) == 2 else None
    return _and_the_group_after(s, first, values)


def _group_after_values(text: str, end: int) -> Optional[re.Match]:
    """The group named right after a block's values (``GROUP_AFTER_BRACKET``), or people named by a trait with
    their number (``TRAIT_GROUP_AFTER``)."""
    return RX.GROUP_AFTER_BRACKET.match(text[end:]) or RX.TRAIT_GROUP_AFTER.match(text[end:])


def _sized_group(m: re.Match, text: str, end: int) -> GroupRef:
    """The group of a ``_group_after_values`` match with its number, said before its name ("in 40 women") or in a
    bracket after it ("in women (n = 40)")."""
    label = _people(m.group("label"))
    size = RX.SIZE_ASIDE_AFTER.match(text, end + m.end("label"))
    n = m.groupdict().get("n")  # (only GROUP_AFTER_BRACKET says a number before the name)
    return GroupRef(label, int(n) if n else int(size.group("size")) if size else None)


def _second_block(s: Sentence, last: tuple[list[_Combo], list[Value], list[Found]], values: list[Value]) -> list[Found]:
    """'X had 1-, 2- and 5-year OS of a, b and c, against d, e and f for Y': the second list is
    the same endpoints for another group; the first list's rows move to the group named first."""
    combos, first_values, first_rows = last
    after = _group_after_values(s.text, values[-1].end)
    if after and RX.SIZES_LISTED.match(s.text, values[-1].end):
        after = None  # "30% compared to 37% in 140 and 138 evaluable patients in A and B": the groups' sizes listed
    if not after or len(values) != len(combos):
        return []  # the second list must match the endpoints one for one
    if RX.RESPECTIVELY_IN.search(after.group(0)) and RX.VALUES_JOINED.fullmatch(s.masked, first_values[-1].end,
                                                                             values[0].start):
        return []  # "a and b months, respectively, in the A arm": one list said of the groups before it, no two blocks
    g2 = _sized_group(after, s.text, values[-1].end)
    first_after = _group_after_values(s.text, first_values[-1].end)
    lead = RX.LEAD_GROUP.match(s.text)
    with_value = RX.GROUP_WITH_VALUE.search(s.text, 0, first_values[0].start)
    g1 = (_sized_group(first_after, s.text, first_values[-1].end) if first_after else
          # "longer for A with 11.5 months compared to 8.6 months in B": the group said right before "with" its value
          GroupRef(_clean(with_value.group("label"))) if with_value and not any(
              with_value.start() <= e.start < with_value.end() for e in s.endpoints) else
          _group_after_outcome(s, combos, first_values[0].start)
          or _named_subject(s, first_values[0].start)
          or (GroupRef(_clean(lead.group("label"))) if lead and lead.end() <= first_values[0].start else None)
          # "Among patients with nodal disease, the 2-year LC was 70% compared with 85% in those without": the fronted
          # group's, never the pair the sentence before compared
          or _fronted_group(s, first_values[0].start)
          or GroupRef("group 1", unnamed=0))
    if g1 is OVER_OUTCOME or RX.ANY_PATIENTS.fullmatch(g2.label):
        # "median survival for 110 patients was 10 months; but 16 months in those ...": the first is all's; "12% of
        # patients had A, whereas 27% of patients had B": two outcomes of all patients, no second group
        return []
    if g1.unnamed is None and RX.THE_OTHERS.fullmatch(g2.label):
        g2 = GroupRef(_other_side(g1.label, g2.label), g2.n)  # "70% in patients with X vs 85% in those without"
    elif (trait := RX.TRAIT_SAID_ONCE.fullmatch(g2.label)) and (unsaid := RX.TRAIT_UNSAID.fullmatch(g1.label)) and \
            bool(unsaid.group("out")) != bool(trait.group("out")):
        # "9 months in patients with and 14 months in patients without liver metastases": the trait, said once
        # after the second group, is the first's too
        g1 = GroupRef(f"{g1.label} {trait.group('trait')}", g1.n)
    p, op = _p_after(s, values[-1].end, len(s.text))
    out = []
    for row in first_rows:
        row.group, row.comparator, row.pattern_id = g1, g2, "result.compare_blocks"
        row.fields.update(p_value=p, p_op=op if op != "=" else None)
    spread_first = first_after is not None and RX.SPREAD_BRACKET.search(first_after.group(0))
    for c, v in zip(combos, values, strict=True):
        f = _fields(c, v)
        f.update(p_value=p, p_op=op if op != "=" else None)
        if spread_first and not MENTIONS_RX.CI_WORDS.search(after.group(0)):
            # "(IQR a-b) for A and c months (d-e) for B": the second is an IQR too
            for key in ("ci_low", "ci_high"):
                f.pop(key, None)
        out.append(Found(f, first_rows[0].start, v.end, "result.compare_blocks", g2, g1))
    return out


def _people(label: str) -> str:
    """A group's name said after its values, without what they did ("of those with X had a response")."""
    return _clean(RX.PEOPLE_END.sub("", label))


def _trailing_chain(s: Sentence, combos: list[_Combo]) -> list[_Combo]:
    if not combos:
        return []
    chain = [combos[-1]]
    for c in reversed(combos[:-1]):
        first = chain[0].endpoint
        if c.endpoint is first or RX.COORDINATION.fullmatch(s.masked[c.endpoint.end:first.start]):
            chain.insert(0, c)
        else:
            break
    return chain


# A pair said of no group by name: the two groups compared just before, in the order given (resolved when the
# paper's rows are assembled; with no such pair, no row). New objects each time: a row's group may be changed.
def _ratio_of_a_respectively_pair(out: SentenceResults) -> None:
    """'PFS was 2.4 and 1.9 months, respectively (hazard ratio, 0.63)': a ratio no rule gave groups, of the outcome of
    a pair the sentence gives to the two groups compared just before, compares those two groups (the first against
    the second)."""
    pairs = [f for f in out.found if f.pattern_id == "result.respectively_pair" and f.group is not None
             and f.group.pair_only and f.group.unnamed == 0]
    for r in out.found:
        if r.fields["measure"] in RATIOS and r.group is None and r.comparator is None:
            same = [f for f in pairs if f.fields["endpoint"] == r.fields["endpoint"]]
            if len(same) == 1:
                r.group, r.comparator = same[0].group, same[0].comparator


def _pair_only() -> list[GroupRef]:
    return [GroupRef("group 1", unnamed=0, pair_only=True), GroupRef("group 2", unnamed=1, pair_only=True)]


def _corresponding_pair(s: Sentence, combos: list[_Combo], values: list[Value]) -> list[Found]:
    """'Drug A lengthened PFS (HR ...), with corresponding response rates of 44% and 27%': two values of the
    endpoint named after "corresponding" are the two groups the sentence or the one before compared
    (``GroupRef.pair_only``), never the endpoints named before it."""
    if len(values) != 2 or not combos:
        return []
    e = combos[-1].endpoint
    if len(e.times) > 1:
        return []  # "the corresponding X was a and b" after "the 2- and 5-year Y": X at those two times
    a, b = values
    if not RX.CORRESPONDING.search(s.text[max(0, e.start - 40):e.start]) or e.end > a.start:
        return []
    if a.unit != b.unit or a.unit is None or not RX.ENDPOINT_VERB.fullmatch(s.masked[e.end:a.start]) \
            or not RX.PAIR_AND.fullmatch(s.text[a.end:b.start]) or RX.LABELS_NEXT.match(s.text, b.end) \
            or _groups(s, (e.start, b.end)) != (None, None):
        return []
    groups = _pair_only()
    return [Found(_fields(combos[-1], v), e.start, b.end, "result.corresponding_pair", g, other)
            for v, g, other in ((a, groups[0], groups[1]), (b, groups[1], groups[0]))]


def _respectively_pair(s: Sentence, combos: list[_Combo], values: list[Value]) -> list[Found]:
    """'Median OS was 10 months with A and 6 months with B; 1-year survival was 44% and 25%, respectively': one
    endpoint, two values of one kind and "respectively", with nothing in the clause to name them by: the two
    groups compared just before, in the order given (``GroupRef.pair_only``; with no pair, no row)."""
    # ("in the 2 arms, respectively": how many groups, no value)
    values = [v for v in values if not RX.GROUPS_COUNTED.match(s.text, v.start)]
    if len(combos) != 1 or len(values) != 2:
        return []
    a, b = values
    e = combos[0].endpoint
    if a.unit != b.unit or a.unit is None or a.count is not None or b.count is not None or e.end > a.start:
        return []
    # "Adverse events were similar in the two groups (92% and 89%)": the pair in the bracket after the two groups
    # named together, closed right after it, needs no "respectively"
    bracketed = RX.BOTH_GROUPS_BRACKET.fullmatch(s.masked, e.end, a.start) is not None and \
        RX.PAIR_AND.fullmatch(s.text[a.end:b.start]) is not None and RX.BRACKET_CLOSES.match(s.text, b.end) is not None
    if bracketed and not s.respectively:
        return _pair_rows(s, combos[0], a, b, e)
    if not s.respectively:
        return []
    after = RX.RESPECTIVELY_NEXT.match(s.text, b.end)
    if not after:
        # "Median survival was 9.1 and 7.4 months, and 2-year survival 22% and 14%, respectively": pairs in a row
        later = RX.LATER_PAIRS_RESPECTIVELY.match(s.text, b.end)
        if not later:
            return []
        after = later
    # ("with 1-year survival at 49% and 34%, respectively": "at" the values)
    if not (RX.ENDPOINT_VERB.fullmatch(s.masked[e.end:a.start]) or RX.AT_ONLY.fullmatch(s.masked[e.end:a.start])) \
            or RX.LABELS_NEXT.match(s.text, after.end()):
        return []  # "..., respectively, for men and women": the labels are given after
    if not RX.PAIR_AND.fullmatch(s.text[a.end:b.start]):
        return []
    clause_start = max([s.text.rfind(";", 0, e.start), s.text.rfind(":", 0, e.start), 0]
                       + [v.end for v in s.values if v.end <= e.start])
    read = max([x for x in s.read_ends if x <= e.start], default=-1)
    if read > clause_start:
        # "10 months with A and 8 months with B, with 1-year survival of 44% and 25%, respectively": the group
        # named after a value a group rule read is that value's; the clause after it starts past its comma
        own = RX.READ_VALUE_GROUP.match(s.text, read)
        clause_start = own.end() if own else read
    # (on the masked text: a grade before the outcome is no pairing, "Grade 3 or higher events occurred in a% and b%")
    lead = RX.LEAD_BEFORE_A_JOIN.sub("", s.masked[clause_start:e.start])
    if RX.CLAUSE_PAIRING.search(lead) or _groups(s, (clause_start, b.end)) != (None, None):
        return []  # "in men and women the survival was ...": the clause names what the values are of
    return _pair_rows(s, combos[0], a, b, e)


def _pair_rows(s: Sentence, combo: _Combo, a: Value, b: Value, e: Endpoint) -> list[Found]:
    """The rows of a pair said of the two groups compared just before, in order (``GroupRef.pair_only``)."""
    groups = _pair_only()
    p = _p_after(s, b.end, len(s.text))
    out = []
    for v, g, other in ((a, groups[0], groups[1]), (b, groups[1], groups[0])):
        f = _fields(combo, v)
        f["p_value"], f["p_op"] = p[0], (p[1] if p[1] != "=" else None)
        out.append(Found(f, e.start, b.end, "result.respectively_pair", g, other))
    return out


def _respectively_list(s: Sentence, combos: list[_Combo], values: list[Value]) -> list[Found]:
    """'The response rates were 40%, 32% and 21%, respectively': one endpoint, three or more values of one kind and
    "respectively", with nothing in the clause to name them by: the arms of a trial of that many arms, in the order
    its randomisation defined them (``GroupRef.among``; resolved when the paper's rows are assembled, else no row)."""
    values = [v for v in values if not RX.GROUPS_COUNTED.match(s.text, v.start)]
    if len(combos) != 1 or len(values) < 3 or not s.respectively:
        return []
    e = combos[0].endpoint
    first, last = values[0], values[-1]
    if e.end > first.start or any(v.unit != first.unit or v.count is not None for v in values) or first.unit is None:
        return []
    if not RX.ENDPOINT_VERB.fullmatch(s.masked[e.end:first.start]):
        return []
    # "a, b and c" (or "a, b, and c"): commas between, "and" before the last
    for a, b in zip(values[:-2], values[1:-1], strict=True):
        if not RX.LIST_COMMA.fullmatch(s.text[a.end:b.start]):
            return []
    if not RX.PAIR_AND.fullmatch(s.text[values[-2].end:last.start]):
        return []
    after = RX.RESPECTIVELY_NEXT.match(s.text, last.end)
    if not after or RX.LABELS_NEXT.match(s.text, after.end()):
        return []  # "..., respectively, for stage I, II and III": the labels are given after
    clause_start = max([s.text.rfind(";", 0, e.start), s.text.rfind(":", 0, e.start), 0]
                       + [v.end for v in s.values if v.end <= e.start])
    lead = s.masked[clause_start:e.start]
    if RX.CLAUSE_PAIRING.search(lead) or _groups(s, (clause_start, last.end)) != (None, None):
        return []  # "For stage I, II and III disease, the rates were ...": the clause names what the values are of
    p = _p_after(s, last.end, len(s.text))
    out = []
    for i, v in enumerate(values):
        f = _fields(combos[0], v)
        f["p_value"], f["p_op"] = p[0], (p[1] if p[1] != "=" else None)
        g = GroupRef(f"group {i + 1}", unnamed=i, pair_only=True, among=len(values))
        out.append(Found(f, e.start, last.end, "result.respectively_list", g))
    return out


def _timed_pairs_respectively(s: Sentence, combos: list[_Combo], values: list[Value]) -> list[Found]:
    """'the survival rates were 33% and 38% at 1 year and 8% and 13% at 2 years, respectively': one outcome said once
    with no time, a pair of shares at each time said after it, of the two groups compared before (``_pair_only``, as
    ``_respectively_pair``)."""
    if len(combos) != 1 or len(values) < 4 or len(values) % 2 or \
            not s.respectively or any(v.unit != "%" or v.count is not None for v in values):
        return []
    e = combos[0].endpoint
    if e.end > values[0].start or not RX.ENDPOINT_VERB.fullmatch(s.masked[e.end:values[0].start]):
        return []
    pairs, at = [], values[0].start
    for a, b in zip(values[::2], values[1::2], strict=True):
        time = RX.PAIR_AT_TIME.match(s.text, b.end)
        if a.start != at or not RX.PAIR_AND.fullmatch(s.text[a.end:b.start]) or time is None:
            return []
        unit = time.group("unit").lower().rstrip("s") + "s"
        pairs.append((a, b, float(time.group("n")) * MONTHS_PER.get(unit, 1.0)))
        at = time.end()
    if not MENTIONS_RX.THEN_RESPECTIVELY.match(s.text, at) or combos[0].months not in (None, pairs[0][2]):
        return []  # (the outcome's own time, if any, is the first pair's, read from after it)
    groups = _pair_only()
    out = []
    for a, b, months in pairs:
        timed = _Combo(e, months, "rate")
        for v, g, other in ((a, groups[0], groups[1]), (b, groups[1], groups[0])):
            out.append(Found(_fields(timed, v), e.start, b.end, "result.respectively_pair", g, other))
    return out


def _pair_after_term(s: Sentence, combos: list[_Combo], values: list[Value]) -> list[Found]:
    """'Grade 3 events in men and women were anaemia (8% and 3%) and fatigue (5% and 4%)': two values in a
    bracket right after one endpoint, joined by "and", in a sentence that named two groups before it: the
    groups' values in that order (with no such groups, no row: "(grade 3 and 4)" could be what they are)."""
    if len(combos) != 1 or len(values) != 2:
        return []
    e = combos[0].endpoint
    a, b = values
    if e.code == "TOX" and e.category is None:
        return []  # "pulmonary complications (a and b)": a kind of event no term names, not all toxicity
    if a.unit != b.unit or a.unit is None or e.end > a.start or \
            not RX.OPENING_ONLY.fullmatch(s.masked[e.end:a.start]) or \
            not RX.SHARE_THEN_AND_ONLY.fullmatch(s.masked[a.end:b.start]) or \
            not RX.PAIR_BRACKET_END.match(s.text, b.end):
        return []
    g1, g2 = _groups(s)
    if g1 is None or g2 is None or g1.unnamed is not None or \
            not 0 <= s.text.find(g2.label) < e.start or s.text.find(g1.label) < 0:
        return []
    p, op = _p_after(s, b.end, s.text.find(")", b.end) + 1)
    # "Grade 3 events in A and B were anaemia (...), fatigue (...)": the one grade said before the list is each
    # term's, however far down the list
    grades = {g[0] for g in s.grades if g[2] <= e.start}
    out = []
    for v, g, other in ((a, g1, g2), (b, g2, g1)):
        f = _fields(combos[0], v)
        f["p_value"], f["p_op"] = p, (op if op != "=" else None)
        if f.get("grade") is None and len(grades) == 1 and e.code == "TOX":
            f["grade"] = next(iter(grades))
        out.append(Found(f, e.start, b.end, "result.compare.after_term", g, other))
    return out


def _than_brackets(s: Sentence, combos: list[_Combo], values: list[Value]) -> list[Found]:
    """'ORR was better with A (64%; 95% CI ...) than with B (45%; ...)': one endpoint, each group's value in a
    bracket right after its name, the two names joined by "than"; or k endpoints, k values in each bracket ("better
    2- and 4-year survival (71% and 55%, respectively) than those older (52% and 31%)")."""
    if len(values) < 2 or len(values) % 2:
        return []
    k = len(values) // 2
    firsts, seconds = values[:k], values[k:]
    a, b = firsts[-1], seconds[-1]
    before = [c for c in combos if c.endpoint.end <= firsts[0].start]
    opening = RX.OPENING_AT_END.search(s.text[:firsts[0].start])
    if len(before) != k or any(v.unit != a.unit for v in values) or opening is None or \
            not RX.THAN_BRACKET.search(s.text[a.end:seconds[0].start]) or \
            not all(_listed_in_a_bracket(s, x, y) for part in (firsts, seconds)
                    for x, y in zip(part, part[1:], strict=False)):
        return []
    head = RX.COMPARED_IN.search(s.text, 0, opening.start())
    if head is None:
        # "Patients with X had a higher response rate (a%) than those with Y (b%)": the first group is the subject
        head = RX.SUBJECT_COMPARED.search(s.text, 0, opening.start())
        if head is not None and not any(head.end("a") <= c.endpoint.start for c in before):
            head = None
    # "In the A group, the ORR was higher (a%) than in the B group (b%)": the group the clause opens with
    fronted = _scope(s.text) if head is None else None
    if fronted is not None and \
            not GROUP_RESULTS_RX.FRONTED_COMPARED.fullmatch(s.masked, SCOPE.match(s.text).end(), opening.end()):
        fronted = None
    second = cues()["than_group"].search(s.text, a.end, seconds[0].start) or \
        RX.COMPARED_TO_GROUP.search(s.text, a.end, seconds[0].start)
    if (head is None and fronted is None) or second is None or not _names_a_group(second.group("b")) or \
            GROUP_RESULTS_RX.NOT_COMPARED_GROUP.match(second.group("b")):
        return []
    g1 = fronted or GroupRef(_clean(head.group("a")))
    g2 = _with_n(_clean(second.group("b")))
    p, op = _p_after(s, b.end, len(s.text))
    out = []
    for part, grp, other in ((firsts, g1, g2), (seconds, g2, g1)):
        for combo, v in zip(before, part, strict=True):
            f = _fields(combo, v)
            f["p_value"], f["p_op"] = p, (op if op != "=" else None)
            out.append(Found(f, before[0].endpoint.start, b.end, "result.compare", grp, other))
    return out


def _pairs_named_after(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'(25% vs 10% for ORR, P < .01; and 60% vs 35% for DCR)': pairs each followed by the outcome they are of (not
    the outcome named before the next pair)."""
    if len(values) < 4 or len(values) % 2:
        return []
    out: list[Found] = []
    for a, b in zip(values[::2], values[1::2], strict=True):
        after = RX.OUTCOME_AFTER_PAIR.match(s.text, b.end)
        combo = next((c for c in combos if after is not None and c.endpoint.start == after.end()), None)
        if combo is None or not any(a.end <= at < b.start for at in s.vs):
            return []
        rows = _align_group(s, [combo], [a, b], pattern)
        names = {s.text[e.start:e.end].lower() for e in s.endpoints}
        if len(rows) != 2 or any(r.group is not None and (r.group.label or "").lower() in names for r in rows):
            return []  # ("higher than ORR and DCR in the B group": an outcome's name is no group's)
        for row, v in zip(rows, (a, b), strict=True):
            # (the quote from the sentence's first outcome to the one after the pair; the number where it was read)
            row.start, row.end, row.at = min(c.endpoint.start for c in combos), combo.endpoint.end, v.start
        out += rows
    return out


def _pairs_each_at_a_time(s: Sentence, combo: _Combo, values: list[Value]) -> list[_Combo]:
    """'OS was 81% versus 70% at 1 year and 52% versus 40% at 3 years': one rate named before pairs of values, each
    pair compared ("versus") and followed by its own time point, the next pair joined by "and": the rate at each of
    those times, one per pair (the groups of each pair then the same two, in the same order); none when any pair is
    not so said."""
    if combo.measure != "rate" or len(values) % 2 or combo.endpoint.end > values[0].start:
        return []
    pairs = [values[i:i + 2] for i in range(0, len(values), 2)]
    out = []
    for (a, b), nxt in zip(pairs, [*pairs[1:], None], strict=True):
        if not any(a.end <= at < b.start for at in s.vs):
            return []
        t = s.time_right_after(b.end)
        if t is None or len(t.months) != 1 or (
                nxt is not None and not RX.NEXT_TIMED_PAIR.fullmatch(s.masked, t.end, nxt[0].start)):
            return []
        out.append(_Combo(combo.endpoint, t.months[0], "rate"))
    return out if combo.months in (None, out[0].months) and len({c.months for c in out}) == len(out) else []


def _listed_in_a_bracket(s: Sentence, a: Value, b: Value) -> bool:
    """Two values of one bracket joined by list words only ("(71% and 55%", "(71%, 55%")."""
    return s.depths[a.start] > 0 and min(s.depths[a.start:b.start + 1]) >= s.depths[a.start] and \
        RX.LIST_JOIN.fullmatch(s.masked[a.end:b.start].replace("%", "")) is not None


def _align_group(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    # "The OS of those who achieved DCR was higher, with 1-, 2- and 5-year OS of ...": when the
    # counts only agree without the endpoints that carry no time point, those were not reported here.
    timed = [c for c in combos if c.months is not None]
    if timed and len(timed) < len(combos) and len(values) in (len(timed), 2 * len(timed)) \
            and len(values) not in (len(combos), 2 * len(combos)):
        combos = timed
    found: list[Found] = []
    quote = (min(c.endpoint.start for c in combos), max(v.end for v in values))
    paired = any(values[0].end <= at < values[-1].start for at in s.vs)
    if len(combos) == 1 and not paired:
        than_pair = _than_pair_respectively(s, combos[0], values, pattern)
        if than_pair:
            return than_pair
    if paired and len(combos) == 1:
        between = _compared_between(s, combos[0], values, pattern)
        if between:
            return between
    if paired and len(combos) == 1 and RX.PEOPLE_WITH_TERM.search(s.text, max(0, combos[0].endpoint.start - 60),
                                                                combos[0].endpoint.start):
        # "higher in patients achieving local control than in those with local failure (48% vs 12%)": the outcome
        # named is what the groups had, the values are of another the lexicon did not read
        return found
    timed = _pairs_each_at_a_time(s, combos[0], values) if paired and len(combos) == 1 and len(values) >= 4 else []
    combos = timed or combos
    if paired and len(values) == 2 * len(combos):
        g1, g2 = _groups(s)
        if g1 is None or g2 is None:
            # "Median survival in women was 14 versus 9 months in men": each named on its side of the pair
            g1, g2 = _outcome_group_pair(s, combos, values) or (None, None)
        if g1 is None or g2 is None:
            subject = _named_subject(s, values[0].start)
            if subject is OVER_OUTCOME or (subject is not None
                                           and _pair_within_the_subject(s, subject, values[0].start)):
                return found
            both = _coordinated_subject(subject) if subject is not None else None
            if both is not None:  # "Surgery and SBRT had similar local control (92% vs 90%)": the two, in order
                g1, g2 = both
            elif subject is not None:  # "The OS of those who achieved DCR was higher: 71% (vs. 60%)"
                # "OS for A was noninferior to B (10.3 v 10.1 months)": the other side is named, not "not A"
                named = [m for m in RX.COMPARED_TO.finditer(s.text, max(0, values[0].start - 60), values[0].start)
                         if _clean(m.group("b")) and _compared_label(m) != subject.label
                         and not NOT_A_NAME_WORD.search(m.group("b"))
                         and not any(e.start < m.end("b") and m.start("b") < e.end for e in s.endpoints)]
                g1 = subject
                # ("A showed an improvement over B in X (a vs b)": B, not "not A"; nor after "a v b months for
                # B-treated patients")
                g2 = GroupRef(_compared_label(named[-1])) if named else \
                    _over_other(s, max(0, values[0].start - 160), values[0].start) or \
                    _group_after_second_value(s, values, subject) or \
                    _own_group_after_second_value(s, values, subject) or GroupRef(complement(subject.label))
            else:
                g1, g2 = _levels_of_one_trait(s, values) or _fronted_pair(s, values) or \
                    _treatment_subject_pair(s, values) or \
                    _subject_over_pair(s, values) or _groups_after_the_pair(s, values) or (None, None)
                if g1 is None and RX.PARTS_COMPARED_BETWEEN.search(s.text, 0, values[0].start):
                    # "OS was compared between patients whose disease progressed by new lesions and those whose
                    # ... (11.0 vs 15.2 months)": two parts of the patients no rule names, never the trial's arms
                    return found
                if g1 is None:
                    g1, g2 = GroupRef("group 1", unnamed=0), GroupRef("group 2", unnamed=1)
        k = len(combos)
        split = [at for at in s.vs if values[0].end <= at < values[-1].start]
        # "1-, 2- and 3-year OS of 38%, 12% and 2% versus 45%, 12% and 6%": one list of each group's, not pairs
        blocks = k >= 2 and len(split) == 1 and values[k - 1].end <= split[0] < values[k].start
        for i, c in enumerate(combos):
            a, b = (values[i], values[k + i]) if blocks else (values[2 * i], values[2 * i + 1])
            between = s.masked[c.endpoint.end:a.start]
            if c.endpoint.end <= a.start and (GROUP_RESULTS_RX.OTHER_ITEM_BETWEEN.search(between)
                                              or unnamed_item_between(between, c.endpoint.end)):
                continue  # "more nausea (a vs b) and fewer hiccups (c vs d)": the hiccups' pair, not the nausea's;
                # "toxicity (P<.001) and noncompliance (a vs b)": the pair of an item no endpoint names
            limit = values[2 * i + 2].start if 2 * i + 2 < len(values) and not blocks else len(s.text)
            p, op = _p_after(s, b.end, limit)
            if p is None and len(s.pvalues) == 1 and \
                    not (s.pvalues[0].end <= a.start and RX.VALUE_RIGHT_BEFORE_P.search(
                    s.text, max(0, s.pvalues[0].start - 30), s.pvalues[0].start)):
                # (the sentence's one p, unless it follows values before this pair: "ORR was a vs b (p = 0.002) and
                # DCR c vs d" gives the DCR no p)
                p, op = s.pvalues[0].value, s.pvalues[0].op
            for v, grp, other in ((a, g1, g2), (b, g2, g1)):
                f = _fields(c, v)
                f["p_value"], f["p_op"] = p, (op if op != "=" else None)
                # (each value where it stands when the pairs are at their own times, which later steps read)
                found.append(Found(f, *quote, "result.compare" if pattern == "result.list" else pattern, grp, other,
                                   at=v.start if timed else None))
        return found
    if paired:
        return found
    corresponding = _corresponding_pair(s, combos, values)
    if corresponding:
        return corresponding
    if len(values) == len(combos):
        # "The 5-year PCR, PFS and OS were a, b and c" (", respectively, for those who had ...").
        after = RX.GROUP_AFTER.match(s.text[values[-1].end:])
        group = attached_group(s, values[0], arms_only=True) if len(values) == 1 else None
        if after and (len(values) > 1 or RX.PATIENTS_WITH_OR_WHO.match(after.group("label"))
                      or negated(_clean(after.group("label")))) \
                and not RX.ANY_PATIENTS.fullmatch(_clean(after.group("label"))):
            # ("in 21% and 17% of patients, respectively": of the patients, no group of them)
            group = GroupRef(_clean(after.group("label")))
        for c, v in zip(combos, values, strict=True):
            f = _fields(c, v)
            if len(combos) == 1 and len(s.pvalues) == 1:
                f["p_value"], f["p_op"] = s.pvalues[0].value, (s.pvalues[0].op if s.pvalues[0].op != "=" else None)
            found.append(Found(f, *quote, pattern, group))
        return found
    levels = _level_groups(s, values[0].start)
    if len(combos) == 1 and len(levels) == len(values) >= 2:
        # "patients with 0, 1 and 2 risk factors had a median OS of a, b and c months"
        for group, v in zip(levels, values, strict=True):
            found.append(Found(_fields(combos[0], v), *quote, "result.levels", group))
        return found
    pair = _respectively_pair(s, combos, values) or _pair_after_term(s, combos, values) or \
        _timed_pairs_respectively(s, combos, values) or _respectively_list(s, combos, values)
    if pair:
        return pair
    if len(combos) == 1 and len(values) in (2, 3):
        named_pair = _subject_and_other(s, combos, values, pattern)
        if named_pair:
            return named_pair
        names = []
        letters = list(cues()["group_letters"].finditer(s.text))
        for m in letters:
            word = m.group(0).split()[0].rstrip("s").lower()
            names += [f"{word} {m.group(k)}".capitalize() for k in ("a", "b") if m.group(k)]
        beside = _values_beside_letters(s, letters, values)
        if beside is not None:  # (an empty list: some values set against letters, not all: nothing is read)
            # "19 months (11 months, group A; 27 months, group B)": each group's value is the one written against
            # its letter; the others are not the groups' (the first is all patients')
            for name, v in beside:
                found.append(Found(_fields(combos[0], v), *quote, "result.groups", GroupRef(name)))
            return found
        if len(names) == len(values) and not (len(letters) > 1 and any(
                letters[0].end() <= v.start < letters[-1].start() for v in values)) and not (
                letters and RX.PEOPLE_OPENED_BETWEEN.search(s.text, letters[-1].end(), values[0].start)):
            # (not values said between two letters named apart: "in arm 1 were 61% after one year, 32% after two
            # years, and 21% after four years, as compared with ... in arm 2" gives arm 1's values, not one of each)
            for name, v in zip(names, values, strict=False):
                found.append(Found(_fields(combos[0], v), *quote, "result.groups", GroupRef(name)))
        return found
    if len(values) == 1 and len(combos) > 1:
        # "OS benefit with grade 2 or higher toxicity 29%": one value is about the endpoint just before it.
        last = max(combos, key=lambda c: c.endpoint.end)
        named = sorted({id(c.endpoint): c.endpoint for c in combos if c.endpoint.end <= last.endpoint.end}.values(),
                       key=lambda e: e.start)
        if len(coordinated(s, named)) >= 2 and RX.SHARED_VERB.fullmatch(s.text, last.endpoint.end, values[0].start):
            return found  # "median PFS and OS were 7.8 months (...)": one value for two outcomes said together
        if len([c for c in combos if c.endpoint is last.endpoint]) == 1 and values[0].start - last.endpoint.end <= 40:
            found.append(Found(_fields(last, values[0]), last.endpoint.start, values[0].end, pattern + ".nearest"))
    return found


def _subject_and_other(s: Sentence, combos: list[_Combo], values: list[Value], pattern: str) -> list[Found]:
    """'Median PFS in patients with X was 9.1 months, and 12.9 months for patients with Y': the first value is the
    group named before it, the second the group named after it (as after "compared with": ``_second_block``)."""
    if len(values) != 2 or not RX.AND_BETWEEN_BLOCKS.fullmatch(s.masked[values[0].end:values[1].start]):
        return []
    after = RX.GROUP_AFTER_BRACKET.match(s.text[values[1].end:])
    if after is None or RX.ANY_PATIENTS.fullmatch(_clean(after.group("label"))) or \
            RX.OTHER_STUDIES.search(after.group("label")) or \
            MENTIONS_RX.THEN_RESPECTIVELY.match(s.text, values[1].end + after.end()) or \
            _named_subject(s, values[0].start) in (None, OVER_OUTCOME):
        return []  # ("57% and 48% in phase I and II studies, respectively": two groups named after, of other studies)
    first = [Found(_fields(combos[0], values[0]), combos[0].endpoint.start, values[0].end, pattern)]
    second = _second_block(s, (combos, values[:1], first), values[1:])  # names the first row's group too
    return first + second if second else []


def _fronted_pair(s: Sentence, values: list[Value]) -> Optional[tuple[GroupRef, GroupRef]]:
    """'For those with bulky tumours, the 5-year PCR was 62% versus 81% in those without': the first of a pair is
    the fronted group's (``_fronted_group``), the second the group named after it."""
    first = _fronted_group(s, values[0].start) if len(values) == 2 else None
    return _and_the_group_after(s, first, values)


def _value_start(s: Sentence, f: Found) -> int:
    """Where the number of a row starts (``Found.value_at`` may be its end: a rule that did not keep where it read the
    number ends the quote with it)."""
    return next((v.start for v in s.values if v.start <= f.value_at <= v.end), f.value_at)


def _labelled_pairs_between(s: Sentence, found: list[Found]) -> list[Found]:
    """'no difference between A versus B (median survival, 14 and 19 months; 2-year survival, 36% and 41%)': the
    bracket after two groups compared holds a pair per outcome, each labelled by its outcome: the two groups' values in
    the order the groups were named. Only pairs no rule read for a group, and only when every item of the bracket is
    such a labelled pair."""
    after = s.text.lower().find("between")
    if after < 0:
        return []  # (most sentences: no groups compared "between" them)
    read = {_value_start(s, f) for f in found if f.group is not None}
    out: list[Found] = []
    for opening in (i for i in range(after, len(s.text)) if s.text[i] == "("):
        m = RX.BETWEEN_NAMED.search(s.text, 0, opening + 1)
        if m is None:
            continue
        items = [x.strip() for x in RX.AND_OR_VERSUS_SPACED.split(m.group("items"))]
        close = s.text.find(")", opening)
        if len(items) != 2 or close < 0 or any(RX.NOT_A_GROUP_ITEM.search(x) or len(x.split()) > 6 for x in items):
            continue
        pos, pairs = opening + 1, []
        while pos < close:
            item = RX.PAIR_ITEM.match(s.text, pos)
            if item is None:
                break
            pairs.append(item)
            pos = item.end()
        if not pairs or pos < close:
            continue  # every item a labelled pair, or none read
        labels = _distributed(items)
        for item in pairs:
            named = [e for e in s.endpoints if item.start("label") <= e.start < item.end("label")]
            combos = _combos(named)
            if len(combos) != 1:
                continue
            values = [v for v in s.values if v.start in (item.start("a"), item.start("b"))]
            if len(values) != 2 or any(v.start in read for v in values):
                continue
            p, op = _p_after(s, item.end("b"), close + 1)
            for v, label, other in ((values[0], labels[0], labels[1]), (values[1], labels[1], labels[0])):
                f = _fields(combos[0], v)
                f["p_value"], f["p_op"] = p, (op if op != "=" else None)
                out.append(Found(f, item.start("label"), item.end("b"), "result.compare.between_labelled",
                                 GroupRef(label), GroupRef(other), at=v.start))
    return out


def _name_inside_another(labels: list[str]) -> bool:
    """'inner' and 'extra-inner', 'AB' and 'AB-RT': the words of one name all in another's, which the paper's
    cohorts take for the same group (assemble matches a name by its words)."""
    words = [set(RX.WORD_BREAKS.split(x.lower())) - {"the"} for x in labels]  # "drug A": the letter is a name
    return any(a < b for a in words for b in words)


def _than_pair_respectively(s: Sentence, combo: _Combo, values: list[Value], pattern: str) -> list[Found]:
    """"Survival was longer with A than with B (55% and 41%, respectively)": two values of one kind alone in a
    bracket, joined by "and" and closed by "respectively", right after "<more> with A than with B": A's, then B's."""
    if len(values) != 2 or values[0].unit != values[1].unit or values[0].unit is None or \
            any(v.count is not None for v in values) or combo.endpoint.end > values[0].start:
        return []
    a, b = values
    # "... than with docetaxel (": the second group, named by "than" right before the bracket of the values
    second = cues()["than_group"].search(s.text, combo.endpoint.end, a.start)
    if second is None or not RX.OPENING_ONLY.fullmatch(s.text[second.end("b"):a.start]) or \
            not RX.PAIR_AND.fullmatch(s.text, a.end, b.start) or not RX.PAIR_CLOSED_RESPECTIVELY.match(s.text, b.end):
        return []
    first = RX.COMPARED_IN.search(s.text, combo.endpoint.end, second.start())
    if first is None:
        return []
    names = [_clean(first.group("a")), _clean(second.group("b"))]
    if not all(names) or names[0] == names[1] or not all(_names_a_group(x) for x in names) or \
            any(GROUP_RESULTS_RX.NOT_COMPARED_GROUP.match(x) or NOT_A_NAME_WORD.search(x) for x in names):
        return []
    g1, g2 = GroupRef(names[0]), _with_n(names[1])
    p, op = _p_after(s, b.end, len(s.text))
    out = []
    for v, grp, other in ((a, g1, g2), (b, g2, g1)):
        f = _fields(combo, v)
        f["p_value"], f["p_op"] = p, (op if op != "=" else None)
        out.append(Found(f, combo.endpoint.start, b.end, "result.compare" if pattern == "result.list" else pattern,
                         grp, other))
    return out


def _compared_between(s: Sentence, combo: _Combo, values: list[Value], pattern: str) -> list[Found]:
    """'2-year OS was similar between A, B, and C (80% vs. 63% vs. 87%, P=0.62), as was 2-year local failure (0% vs.
    10% vs. 16%, P=0.64)': one endpoint, the groups listed after "between" right before the bracket of its values
    joined by vs, one value per group in the order listed (or the same groups again after "as was")."""
    text = s.text
    opening = text.rfind("(", 0, values[0].start)
    close = text.find(")", values[-1].end)
    if opening < 0 or close < 0 or any(opening < e.start < values[0].start for e in s.endpoints) or \
            "(" in text[opening + 1:values[-1].end] or ")" in text[opening:values[-1].end]:
        return []
    m = RX.BETWEEN_LIST.search(text, 0, opening + 1) or RX.IN_LIST.search(text, 0, opening + 1)
    if m is None:
        # the groups compared in the bracket before, said again by "as was"
        before = text.rfind(")", 0, opening)
        first = RX.BETWEEN_LIST.search(text, 0, text.rfind("(", 0, before) + 1) if before > 0 else None
        if first is None or not RX.AS_WAS.fullmatch(text, before + 1, opening + 1):
            return []
        m = first
    items = [x.strip() for x in RX.ITEMS_SEPARATOR.split(m.group("items"))]
    if any(RX.SUSPENDED.search(x) for x in items[:-1]):
        return []  # "tumours with and without X": the words shared are not distributed here
    labels = _distributed(items)
    levels = RX.TWO_LEVELS_ONE_TRAIT.search(text, m.start(), opening + 1)
    if len(values) == 2 and levels is not None and levels.group("a").lower() != levels.group("b").lower():
        # "among women with high versus low Q expression (": the trait said once is each level's, the people too
        people = "patients" if levels.group("people").lower() == "those" else levels.group("people")
        labels = [_clean(f"{people} with {levels.group(k)} {levels.group('trait')}") for k in ("a", "b")]
    # "between patients given A and those who were not": the second is the first's negation
    labels = [complement(labels[0]) if i and RX.NEGATED_AFTER.fullmatch(x) else x for i, x in enumerate(labels)]
    if len(labels) != len(values) or len(set(labels)) != len(labels) or not all(labels) or \
            any(RX.NOT_A_GROUP_ITEM.search(x) or len(x.split()) > 6 for x in labels):
        return []
    if _name_inside_another(labels):
        return []
    if not all(RX.UNIT_THEN_VERSUS_ALONE.fullmatch(s.masked[a.end:b.start])
               for a, b in zip(values, values[1:], strict=False)):
        return []
    p, op = _p_after(s, values[-1].end, close + 1)
    out = []
    for v, label in zip(values, labels, strict=True):
        f = _fields(combo, v)
        f["p_value"], f["p_op"] = p, (op if op != "=" else None)
        others = [x for x in labels if x != label]
        out.append(Found(f, combo.endpoint.start, v.end, "result.compare.between", GroupRef(label),
                         GroupRef(others[0]) if len(others) == 1 else None))
    return out


def _read_by(s: Sentence, v: Value) -> Optional[str]:
    """Who assessed a value, said straight after it (past its interval): "80% (95% CI ...) according to
    the investigators" -> "investigators"."""
    m = RX.AFTER_VALUE_TO_REVIEW.match(s.text[v.end:])
    who = cues()["assessor"].match(s.text, v.end + m.end())
    return " ".join(who.group(0).lower().split()) if who else None


def _level_groups(s: Sentence, before: int) -> list[GroupRef]:
    """The subgroups a count defines before ``before``, in order: "with 0, 1 and 2 risk factors"."""
    m = None
    for candidate in RX.LEVELS.finditer(s.text, 0, before):
        m = candidate
    if m is None:
        return []
    noun = m.group("noun")
    levels = RX.LEVEL_VALUE.findall(m.group("levels"))
    singular = RX.PLURAL_S.sub("", noun) if not noun.endswith("ss") else noun
    return [GroupRef(f"{m.group('who').lower()} with {lvl} {singular if lvl == '1' else noun}") for lvl in levels]


FACTOR_CLAUSE_REACH = 80  # how far before a factor's words the clause naming it may start
MAX_FACTOR_WORDS = 6  # "tumour size over 5 cm", "ECOG performance status 2": factors are short names


def _factor_words(label: str) -> int:
    """How many words a factor's name has, without an article or a level's threshold."""
    return len(RX.FACTOR_NAME_EXTRA.sub(" ", label).split())


# The counted events that are the events of a curve in a ratio's name ("HR for disease progression or death": PFS)
EVENTS_OF_A_CURVE = codes_with("curve_event")


def _event_code(event: re.Match) -> str:
    """The curve a ratio's events are of: progression with death, PFS; death alone, OS; the responses, ORR."""
    if event.group("distant"):
        return "DMFS"
    if event.group("response"):
        return "ORR"
    return "PFS" if event.group("progression") or event.group("then_progression") or event.group("progression_only") \
        else "OS"


def _factor_after_clause(s: Sentence, start: int, end: int) -> Optional[str]:
    """The factor named after a clause about an outcome, right before a ratio's bracket at ``end``, in a sentence of
    factors of an outcome; None unless it is a short name with no outcome, time or clause in it."""
    if not RX.FACTORS_OF.search(s.text) and not RX.MULTIVARIATE.search(s.text):
        return None
    m = None
    # (from before ``start`` too: the clause may open before the words the caller looked at, "factors for
    # progression-free survival were X (": the name still ends at the bracket)
    for candidate in RX.FACTOR_AFTER_CLAUSE.finditer(s.text, max(0, start - FACTOR_CLAUSE_REACH), end):
        if candidate.end() >= end:
            m = candidate
    if m is None:
        return None
    label = m.group("label")
    later = RX.FACTOR_AFTER_CLAUSE.search(label + " (")  # the last clause word: "OS was associated with X"
    while later is not None:
        label = later.group("label")
        later = RX.FACTOR_AFTER_CLAUSE.search(label + " (")
    at = s.text.rfind(label, start, end)
    outcome = RX.OUTCOME_NOUN if RX.OUTCOME_WENT.match(m.group(0)) else RX.AN_OUTCOME
    if at < 0 or any(at <= e.start < end for e in s.endpoints) or _factor_words(label) > MAX_FACTOR_WORDS or \
            RX.NOT_A_FACTOR.search(label) or RX.FACTOR_CLAUSE.search(label) or outcome.search(label) or \
            not RX.TWO_LETTERS.search(label):
        return None
    return RX.BOTH_OR_EITHER_START.sub("", _clean(label))


def _grade_in_items(s: Sentence, mentions: list, graded: list[Found]) -> list[Found]:
    """'Acute dermatitis was grade 1 in 40 patients (47%), grade 2 in 30 (35%) and grade 3 in 5 (6%)', 'Grade 2 or
    higher pneumonitis occurred in 9 patients (10.5%) and grade 3 in 2 (2.3%)': a toxicity's values each after
    "grade G in", its count and share; only where the sentence names one toxicity and no group."""
    tox = [e for e in s.endpoints if e.code == "TOX"]
    if mentions or len(tox) != 1 or len({(e.code, e.category) for e in s.endpoints}) != 1:
        return []
    e = tox[0]
    taken = {f.value_at for f in graded}
    items: list[tuple[str, int, Value]] = []
    for grade, g_start, g_end in s.grades:
        if g_start < e.start and not items:
            continue  # a grade said before the event names the event's first item, which the other rules read
        v = next((v for v in s.values if v.start >= g_end and v.start not in taken and v.unit == "%"
                  and RX.GRADE_IN.fullmatch(s.text, g_end, count_start(s.text, v))), None)
        if v is None:
            continue
        items.append((grade, g_start, v))
    if not items:
        return []
    # each item follows the one before with only list words between; the first follows the event, or the value of
    # an item the other rules read ("... occurred in 9 patients (10.5%) and grade 3 in 2 (2.3%)")
    first_start = items[0][1]
    if not (e.start <= first_start < e.end  # ("pneumonitis of grade 2 developed in 9 (10%) and of grade 3 in ...")
            or first_start >= e.end and RX.EVENT_THEN_GRADE.fullmatch(s.masked, e.end, first_start) is not None
            or first_start >= e.end and any(
                w.end <= first_start and RX.GRADE_ITEM_JOIN.fullmatch(s.text, w.end, first_start) for w in s.values)):
        return []
    run = [items[0]]
    for item in items[1:]:
        if RX.GRADE_ITEM_JOIN.fullmatch(s.text, run[-1][2].end, item[1]):
            run.append(item)
        else:
            break
    out: list[Found] = []
    base = {"endpoint": "TOX", "timepoint_months": None, "category": e.category, "site": e.site}
    for grade, _, v in run:
        if v.count is not None:
            out.append(Found(dict(base, measure="count", value=float(v.count), unit="n", grade=grade), e.start,
                             v.end, "result.grade_items", at=v.start))
        out.append(Found(dict(base, measure="rate", value=v.value, unit="%", grade=grade, value_op=v.op), e.start,
                         v.end, "result.grade_items", at=v.start))
    return out


def _graded_brackets(s: Sentence) -> list[Found]:
    """A toxicity's rate at any grade and at one grade, said in the bracket after its name: two rows, the first
    with no grade (not the grade that follows it in the bracket, nor one said before the name)."""
    out: list[Found] = []
    free = {v.start for v in s.values}
    for e in s.endpoints:
        if e.code != "TOX":
            continue
        m = RX.GRADED_BRACKET.match(s.text, e.end)
        if m is None:
            continue
        key = "" if m.group("all") else "2"
        grade = next((g for g, a, b in s.grades if m.start("g" + key) <= a < m.end("g" + key)), None)
        if grade is None or m.start("all" + key) not in free or m.start("gv" + key) not in free:
            continue
        f = {"endpoint": "TOX", "measure": "rate", "timepoint_months": None, "unit": "%", "category": e.category,
             "site": e.site}
        out.append(Found(dict(f, value=float(m.group("all" + key)), grade=None), e.start, m.end(),
                         "result.graded_bracket", at=m.start("all" + key)))
        out.append(Found(dict(f, value=float(m.group("gv" + key)), grade=grade), e.start, m.end(),
                         "result.graded_bracket", at=m.start("gv" + key)))
    return out


def _labelled_grades(s: Sentence, mentions: Optional[list]) -> list[Found]:
    """A toxicity's rates under two or more grade labels in one bracket after it: each rate is its label's grade
    ("all grades" or "any grade": no grade). Not when a group is named after the term or a comparison follows
    ("... were more frequent with drug A": that group's rates, which no rule here places)."""
    out: list[Found] = []
    for e in s.endpoints:
        if e.code != "TOX":
            continue
        m = RX.LABELLED_GRADES.match(s.text, e.end)
        label = RX.GRADE_LABEL
        if m is None:  # "chest wall pain (18% grade 1, 13% grade 2)": each rate before its grade
            m, label = RX.VALUES_THEN_GRADES.match(s.text, e.end), RX.VALUE_THEN_GRADE
        if m is None or any(e.end <= x.start < m.start("items") for x in s.endpoints if x is not e) \
                or any(g.start >= e.start for g in mentions or []) or RX.COMPARED_AFTER.search(s.text, m.end()):
            continue
        rows = []
        for item in re.finditer(label, m.group("items"), re.I):
            a, b = m.start("items") + item.start(), m.start("items") + item.end()
            value = next((v for v in s.values if a <= v.start < b and v.unit == "%"), None)
            grade = next((g for g, ga, _ in s.grades if a <= ga < b), None)
            if value is None or (grade is None) == (RX.ALL_GRADES.match(s.text, a) is None):
                rows = []  # a label that is neither a grade nor all grades: not this construction
                break
            rows.append((value, grade))
        f = {"endpoint": "TOX", "measure": "rate", "timepoint_months": None, "unit": "%", "category": e.category,
             "site": e.site}
        out.extend(Found(dict(f, value=v.value, grade=g), e.start, m.end(), "result.labelled_grades", at=v.start)
                   for v, g in rows)
    return out


def _read_grades_in_group_blocks(s: Sentence, mentions: list, groups: Optional[GroupIndex],
                                 out: SentenceResults) -> None:
    """'Grade 3 and 4 neutropenia occurred in 30% and 12% on arm A versus 22% and 6% on arm B', 'mucositis (grade 3
    and 4 were, respectively, 25% and 3% for arm A v 19% and 1% for arm B)': two grades, then a block of two values
    per group, each block followed by its group; each value is its grade's in its block's group (the group rules
    read the blocks as one grade range each). Added to ``out``; the values leave the sentence."""
    if groups is None or len({m.key for m in mentions}) < 2 or not RX.GRADES_AND.search(s.text):
        return
    for m in RX.GRADES_PAIR.finditer(s.text):
        if not RX.GRADES_AND_START.match(m.group(0)):
            continue
        term = next((e for e in s.endpoints if e.code == "TOX" and (e.start <= m.start() < e.end or
                                                                   e.start <= m.end() < e.end or (
            e.end <= m.start() and RX.OPENING_ROUND_ONLY.fullmatch(s.text[e.end:m.start()])))), None)
        if term is None:
            # ("toxicities of esophagitis (grade 3 and 4 were, ...)": a term the endpoints left to the general word)
            t = next((t for t in _term_matches(s) if t.start() == m.end() or (
                t.end() <= m.start() and RX.OPENING_ROUND_ONLY.fullmatch(s.text[t.end():m.start()]))), None)
            term = Endpoint("TOX", t.start(), t.end(), category=category_of(t.group("term"))) if t else None
        if term is None:
            continue
        start = max(term.end, m.end())
        values = [v for v in s.values if v.start >= start and v.unit == "%"]
        blocks = []
        while len(values) >= 2:
            a, b = values[0], values[1]
            if not blocks and not RX.GRADES_TO_VALUES.fullmatch(s.masked, start, count_start(s.text, a)):
                break
            mention = next((x for x in mentions if x.start >= b.end), None)
            if not RX.VALUES_JOINED.fullmatch(s.text, a.end, count_start(s.text, b)) or mention is None or \
                    not RX.BLOCK_TO_GROUP.match(s.text[b.end:mention.start]) or \
                    any(b.end <= v.start < mention.start for v in s.values):
                break
            blocks.append((a, b, mention))
            values = values[2:]
            nxt = RX.BLOCK_TO_BLOCK.match(s.text, mention.end)
            if nxt is None or not values or count_start(s.text, values[0]) != nxt.end():
                break
        if len(blocks) < 2 or len({x.key for _, _, x in blocks}) != len(blocks):
            continue
        f = {"endpoint": "TOX", "measure": "rate", "timepoint_months": None, "unit": "%", "category": term.category,
             "site": term.site}
        refs = [group_ref(groups, x.key) for _, _, x in blocks]
        for i, (a, b, x) in enumerate(blocks):
            other = refs[1 - i] if len(blocks) == 2 else None
            for grade, v in ((m.group("a"), a), (m.group("b"), b)):
                out.found.append(Found(dict(f, value=v.value, grade=grade), min(term.start, m.start()), x.end,
                                       "result.grades_in_group_blocks", refs[i], other, at=v.start))
        taken = {id(v) for a, b, _ in blocks for v in (a, b)}
        s.values = [v for v in s.values if id(v) not in taken]


def _values_before_their_grades(s: Sentence, m: re.Match, e: Endpoint, shares: list[Value],
                                group: Optional[GroupRef]) -> list[Found]:
    """'15% and 6% of patients developed grade 1 and 2 toxicities, respectively': the two shares said first, each its
    grade's in order; only with "respectively" right after the event (or ``CLAUSE_ENDS``) and nothing else named
    between."""
    before = [v for v in shares if v.end <= m.start()]
    if len(before) < 2 or before[-2].count is not None or before[-1].count is not None:
        return []
    a, b = before[-2:]
    if not RX.VALUES_JOINED.fullmatch(s.text, a.end, b.start) or not RX.SHARES_THEN_GRADES.fullmatch(s.text, b.end,
                                                                                              m.start()) \
            or not (RX.RESPECTIVELY_AFTER.match(s.text, e.end) or (RX.GRADES_AND_START.match(m.group(0))
                                                                and RX.CLAUSE_ENDS.match(s.text, e.end))) \
            or any(b.end <= x.start < m.start() for x in s.endpoints):
        return []
    f = {"endpoint": "TOX", "measure": "rate", "timepoint_months": None, "unit": "%", "category": e.category,
         "site": e.site}
    return [Found(dict(f, value=v.value, grade=grade), a.start, e.end, "result.grades_respectively", group, at=v.start)
            for grade, v in ((m.group("a"), a), (m.group("b"), b))]


def _grades_respectively(s: Sentence, mentions: list, groups: Optional[GroupIndex]) -> list[Found]:
    """Two grades before a toxicity, two rates after it, then "respectively": each rate is its grade's; with one
    group named in the sentence ("... on arm B were ..."), that group's."""
    # (without "respectively" too when the grades are joined by "and" and nothing follows the two values in their
    # clause: "grade 2 and 3 proctitis occurred in 25% and 5% of patients")
    if not (s.respectively or RX.GRADES_AND.search(s.text)) or RX.TWO_GROUPS_WORDS.search(s.text) \
            or len({m.key for m in mentions}) > 1 or (mentions and groups is None):
        return []
    group = group_ref(groups, mentions[0].key) if mentions else None
    # "the commonest event of grade 3 or 4 was pneumonia (4% and 3%, respectively)" after two groups: one grade
    # range, the values the groups'; only a sentence naming one group ("... on arm B ...") pairs them by grade
    pairs = [m for m in RX.GRADES_PAIR.finditer(s.text)
             if group is not None or not RX.GRADES_OR_START.match(m.group(0))]
    out: list[Found] = []
    # "... in 21 (17%) and 7 (6%), respectively": each rate with its count
    free = [v for v in s.values if v.unit == "%"]
    for m in pairs:
        e = next((e for e in s.endpoints if e.code == "TOX" and e.start <= m.end() < e.end), None)
        if e is None:
            continue
        after = [v for v in free if v.start > e.end]
        if len(after) < 2 or not RX.VALUES_JOINED.fullmatch(s.text, after[0].end, count_start(s.text, after[1])):
            out.extend(_values_before_their_grades(s, m, e, free, group))
            continue
        if not RX.RESPECTIVELY_AFTER.match(s.text, after[1].end) and not (
                RX.GRADES_AND_START.match(m.group(0)) and RX.VALUES_END.match(s.text, after[1].end)):
            continue
        between = [x for x in s.endpoints if x.start > e.end and x.start < after[0].start]
        if between and not (len(between) == 1 and e.category is None and between[0].code == "TOX"
                            and between[0].category and RX.TERM_THEN_VALUES.fullmatch(s.text, between[0].end,
                                                                                   count_start(s.text, after[0]))):
            continue  # another outcome named between: the values may be its
        # "Grade 3 or 4 toxicities were mainly neutropenia (18% and 20%, respectively)": the one event named
        # between is what the graded values are of
        term = between[0] if between else e
        f = {"endpoint": "TOX", "measure": "rate", "timepoint_months": None, "unit": "%", "category": term.category,
             "site": term.site}
        if (after[0].count is None) != (after[1].count is None):
            continue  # a count for one grade only: not two values said alike
        for grade, v in ((m.group("a"), after[0]), (m.group("b"), after[1])):
            out.append(Found(dict(f, value=v.value, grade=grade), m.start(), after[1].end,
                             "result.grades_respectively", group, at=v.start))
            if v.count is not None:
                out.append(Found(dict(f, measure="count", unit="n", value=float(v.count), grade=grade), m.start(),
                                 after[1].end, "result.grades_respectively", group, at=count_start(s.text, v)))
    return out


FILLER_WORDS = {"and", "or", "the", "for", "with", "value", "values", "respectively", "units", "unit", "versus",
                "ratio", "hazard", "odds", "confidence", "interval", "was", "were", "while", "whereas", "but",
                "also", "its", "their", "both", "all", "per", "adjusted", "unadjusted"}


def _words_between(text: str, start: int, end: int) -> int:
    """How many words, other than joining words and a ratio's own, stand between ``start`` and ``end``."""
    return sum(1 for w in RX.THREE_LETTER_WORD.findall(text[start:end]) if w.lower() not in FILLER_WORDS)


def _bracket_end(text: str, pos: int) -> int:
    """Where the bracket holding ``pos`` closes, and the spaces and comma after it ("(HR 0.9; 95% CI ...) between ...");
    ``pos`` itself when it is in no bracket."""
    # (past the brackets of outcomes coordinated after it: "RFS (HR 0.86 ...) and OS (HR 0.79 ...) between ...")
    m = RX.BRACKETS_JOINED.match(text[pos:])
    return pos + m.end() if m else pos


def _not_who_was_assessed(s: Sentence, counts: list[Found]) -> list[Found]:
    """The counts of no clause that says for whom data exist ("survival data were available for 40 of 44 patients",
    "30 were evaluable for response"): those count the analysed. A count of the next clause is an outcome's ("76 were
    evaluable for response, and 16 had a partial response")."""
    said = [m for m in cues()["availability"].finditer(s.text)]
    return [c for c in counts if not any(
        not _clause_break(s, m.end(), c.start) if c.start >= m.end() else not _clause_break(s, c.end, m.start())
        for m in said)]


def _row_mention(s: Sentence, f: Found) -> Optional[Endpoint]:
    """The name of the row's outcome within its quote."""
    code, category = f.fields.get("endpoint"), f.fields.get("category")
    return next((e for e in s.endpoints if e.code == code and e.category == category and f.start <= e.start < f.end),
                None)


def _symptom_before_its_relief(s: Sentence, f: Found) -> bool:
    """Whether the toxicity count ``f`` counts the people with a symptom some of whom then got better ("Of 15
    patients with cough, nine improved"): the symptom was there before, no toxicity of the treatment."""
    e = _row_mention(s, f) if f.fields.get("endpoint") == "TOX" else None
    return e is not None and RX.RELIEF_AFTER_THE_PEOPLE.match(s.text, e.end) is not None


def _joint_count(s: Sentence, f: Found) -> bool:
    """Whether the count (or share) ``f`` is of its outcome said as one with another: "complete and partial responses
    were seen in 40 patients", "relapse or death occurred in 30", "12 patients had stable disease or a partial
    response" count patients with either, no row of one of them (whose counts "respectively" gives are the lists')."""
    if s.respectively or f.fields.get("measure") not in ("count", "rate") or "respectively" in f.pattern_id or \
            RX.EACH_AFTER.match(s.text, _value_end(s, f)) or not f.fields.get("value"):
        return False  # ("rash and fatigue (two [3%] each)": each one's count; "no local or distant relapse": none)
    e = _row_mention(s, f)
    if e is None:
        return False
    if RX.EACH_OF_THE_JOINED.search(s.text, e.end, max(e.end, f.value_at)):
        return False
    if any(e.end <= count_start(s.text, run[0]) < f.end for run in _count_runs(s)):
        return False  # "ypT0 and ypN0 were found in 4 (29%) and 9 (64%)": a list of counts, one each
    before = any(p.end <= e.start and RX.OUTCOMES_JOINED.fullmatch(s.text, p.end, e.start) for p in s.endpoints)
    after = any(q.start >= e.end and RX.OUTCOMES_JOINED.fullmatch(s.text, e.end, q.start)
                and RX.JOINED_OUTCOME_ENDS.match(s.text, q.end) for q in s.endpoints)
    return before or after or RX.ELIDED_KIND_JOINED_BEFORE.search(s.text, max(0, e.start - 40), e.start) is not None \
        or RX.DEATH_JOINED_AFTER.match(s.text, e.end) is not None


def _clause_break(s: Sentence, start: int, end: int, lists_go_on: bool = False) -> bool:
    """Whether a clause ends between ``start`` and ``end``, outside brackets (``lists_go_on``: not at a list's next
    number, "at 1, 3, and 5 years was 80%, 60%, and 41%")."""
    depth = s.depths
    rule = RX.CLAUSE_BREAK_OUTSIDE_LISTS if lists_go_on else RX.CLAUSE_BREAK
    return any(depth[m.start()] == 0 for m in rule.finditer(s.text, start, end))


def _people_compared_before(s: Sentence, r: Ratio) -> bool:
    """Whether two kinds of patients are compared before the ratio ``r`` ("between patients with X and those
    with Y (HR ...)"); not when a ratio of the first kind's own stands between them ("in patients with X (HR a) and in
    patients with Y (HR b)": each kind's own ratio)."""
    m = RX.PEOPLE_COMPARED.search(s.text, max(0, r.start - 250), r.start)
    return m is not None and not any(m.start() <= x.start and x.end <= m.end() for x in s.ratios if x is not r)


def _of_events_listed(s: Sentence, r: Ratio) -> bool:
    """Whether the ratio ``r`` follows, in its own bracket, a list of the events a composite outcome counts
    ("(relapse, second cancer, death; HR ...)") with no event named in the ratio itself."""
    opening = s.text.rfind("(", 0, r.start)
    if opening < 0 or ")" in s.text[opening:r.start] or RX.RATIO_EVENT.search(s.text, r.start, r.value_start):
        return False
    listed = RX.EVENTS_LISTED_IN_BRACKET.fullmatch(s.text, opening + 1, r.start)
    return listed is not None and not RX.VERSUS_WORD.search(listed.group(0))


def _ratios(s: Sentence) -> list[Found]:
    out = []
    # (read only for a sentence with a ratio: most have none)
    factors_sentence = bool(s.ratios) and bool(RX.FACTORS_OF.search(s.text)) and any(
        RX.OUTCOME_OF.search(s.text[max(0, e.start - 40):e.start])
        or RX.YEAR_WORD_AT_END.search(s.text[max(0, e.start - 12):e.start]) for e in s.endpoints)
    for r in s.ratios:
        if _of_events_listed(s, r):
            continue
        # "Single lesion (HR 0.60, ...)": the words before the bracket are the factor, not the outcome.
        named_outcome: Optional[Endpoint] = None
        factor_tail: Optional[str] = None
        # searched in the whole text up to the bracket, so that the label starts at a word, not inside one
        factor_match = RX.FACTOR_BEFORE.search(s.text, max(0, r.start - 70), r.start)
        factor_start = factor_match.start() if factor_match else r.start
        risked = _outcome_by_its_risk(s, factor_start, r.start) if factor_match else None
        if risked is not None:
            # "A was linked to a higher risk of local relapse (HR 1.9)": an outcome after words saying its risk rose
            # or fell is the ratio's outcome, never a factor, even in a sentence of factors
            named_outcome, factor_match, factor_start = risked, None, r.start
        if factor_match and any(factor_start <= e.start < r.start for e in s.endpoints) and not factors_sentence:
            # "delayed time to first event compared with B (HR ...)": words that name the outcome are
            # the outcome, not a factor, unless the sentence lists factors of an outcome ("DCR (HR ...)
            # was a factor for OS"); "OS was associated with stage (HR ...)": the factor after the clause
            factor_tail = _factor_after_clause(s, factor_start, r.start)
            factor_match, factor_start = None, r.start
        if factor_match:
            rest = s.text[factor_start:r.start]
            for e in sorted((e for e in s.endpoints if factor_start <= e.start < r.start), key=lambda e: -e.start):
                rest = rest[:e.start - factor_start] + " " * (e.end - e.start) + rest[e.end - factor_start:]
            later_outcome = any(e.start >= r.end and RX.OUTCOME_OF.search(
                RX.TIME_BEFORE.sub("", s.text[max(0, e.start - 50):e.start])) for e in s.endpoints)
            if RX.FACTOR_CLAUSE.search(rest) or (not RX.TWO_LETTERS.search(RX.FACTOR_FILLER.sub(" ", rest))
                                              and not later_outcome):
                # "... with shorter PFS (HR ...) and OS (HR ...)": the words before the bracket are the
                # outcome or a clause about it, not a group; but "DCR (HR ...) was a factor for OS" names one
                said = [e for e in s.endpoints if factor_start <= e.start and e.end <= r.start]
                factor_tail = _factor_after_clause(s, factor_start, r.start)
                factor_match, factor_start = None, r.start
                if said:
                    named_outcome = said[-1]
        candidates = [e for e in s.endpoints if not (factor_match and factor_start <= e.start < r.start)]
        # "survival was better for patients who had a full resection than for those with residual disease (HR ...)": who
        # the patients compared are is no outcome of the ratio when an outcome is named before them
        people = [e for e in candidates if e.end <= r.start and RX.PEOPLE_WITH_TERM.search(s.text, max(0, e.start - 60),
                                                                                      e.start)]
        if people and any(e.end <= people[0].start and e not in people for e in candidates):
            candidates = [e for e in candidates if e not in people]
        # "HR for death was 1.6": the outcome named between the ratio's name and its value; or right after the value
        # ("(HR 0.71 for PFS; HR 0.78 for OS)": each its own, not the last outcome named before the bracket)
        inside = [e for e in candidates if r.start <= e.start and e.end <= r.value_start] or _outcome_for(s, r)
        event = RX.RATIO_EVENT.search(s.text, r.start, r.value_start)
        if not inside and event and _event_code(event) == "OS" and not named_outcome:
            # "(90 vs 70 months; hazard ratio for death, 0.70)": the ratio's own name says its events (death: the
            # overall survival curve), whatever outcome is named after it
            inside = [Endpoint(_event_code(event), r.start, r.end)]
        if inside and inside[0].code == "FAIL_ANY" and not event:
            # "relapse-free survival (not reached vs 45 months; hazard ratio for recurrence, 0.61)": the events of the
            # recurrence-free curve named just before
            curve = [e for e in candidates if e.end <= r.start and e.code in RECURRENCE_CURVES]
            if curve and not any(curve[-1].end <= e.start < r.start for e in candidates if e is not curve[-1]):
                inside = [Endpoint(curve[-1].code, inside[0].start, inside[0].end)]
        if inside and event and inside[0].code in EVENTS_OF_A_CURVE and not event.group("response"):
            # "hazard ratio for disease progression or death": the events of progression-free survival, not a
            # count of progressions
            inside = [Endpoint(_event_code(event), inside[0].start, inside[0].end)]
        # "pain worsening (HR 0.83, ...)": the outcome just before, with no other ratio between
        previous_ratio = max((x.end for x in s.ratios if x.end <= r.start), default=-1)
        near = [e for e in candidates if previous_ratio <= e.start and e.end <= r.start]
        # "X (OR a) and 1-year survival (OR b)": an outcome with a ratio's bracket of its own is that ratio's; in a
        # sentence of factors, one before the ratio too ("local failure (HR a) and age (HR b) predicted OS": a factor)
        candidates = [e for e in candidates if (e.start < r.end and not factors_sentence) or not any(
            x is not r and x.start >= e.end and RX.BRACKET_BETWEEN.fullmatch(s.text, e.end, x.start)
            and (e.start >= r.end or ")" in s.text[x.end:r.start]) for x in s.ratios)]
        outcome = [e for e in candidates if RX.OUTCOME_OF.search(s.text[max(0, e.start - 40):e.start])
                   or RX.YEAR_WORD_AT_END.search(s.text[max(0, e.start - 12):e.start])]
        before = [e for e in candidates if e.end <= r.start]
        if before:
            # "OS was 11 vs 9 months (HR 1.3), and B was associated with more diarrhoea (...)": an outcome in a
            # clause after the ratio's is that clause's
            outcome = [e for e in outcome if e.end <= r.start or not _clause_break(s, r.end, e.start)]
        after = [e for e in candidates if e.start >= r.end]
        # "local control (OR 0.5, ...)": the outcome right before the ratio's bracket is the ratio's
        adjacent = [e for e in before if RX.BRACKET_BETWEEN.fullmatch(s.text, e.end, r.start)]
        endpoint = (inside[0] if inside else named_outcome if named_outcome
                    else near[-1] if near and previous_ratio >= 0 and not factors_sentence
                    else adjacent[-1] if adjacent and not factor_match and not factors_sentence
                    else outcome[0] if outcome else before[-1] if before else after[0] if after else None)
        curves = [e for e in s.__dict__.get("_event_curves", []) if e.end <= r.start]
        if endpoint is None and curves and not factors_sentence:
            # "iDFS events had occurred in 86 patients ... and in 127 ... (hazard ratio, 0.68 ...)": the ratio of the
            # curve whose events the sentence counted
            endpoint = curves[-1]
        if endpoint is not None and endpoint.start >= r.end and not before and ((
                _clause_break(s, r.end, endpoint.start) or RX.CONTRAST_THEN.search(s.text, r.end, endpoint.start)
                or RX.COST_OF.search(s.text, r.end, endpoint.start))
                and (RX.DEATH_BEFORE_RATIO.search(s.text, max(0, r.start - 130), r.start)
                     or RX.DEATH_REDUCED_BY.search(s.text, max(0, r.start - 130), r.start))
                # "reduced the risk of death (HR 0.71; ...) and progression-free survival (HR ...)": the bracket
                # right after the deaths is theirs, the outcome after it the next bracket's
                or RX.DEATH_RIGHT_BEFORE_RATIO.search(s.text, max(0, r.start - 60), r.start)):
            # "the reduction in the risk of death with A was 28% (HR 0.72, ...), and rates of adverse events were ...":
            # the ratio of deaths said before it, not the outcome of the clause after it
            endpoint = Endpoint("OS", r.start, r.end)
        elif endpoint is not None and endpoint.code in RESPONSES | {"pCR"} and not inside and not named_outcome and \
                endpoint.end <= r.start and \
                (death := RX.DEATH_BEFORE_RATIO.search(s.text, max(0, r.start - 130), r.start)) and \
                death.start() >= endpoint.end and not RX.DEATH_OR_EVENT.search(death.group(0)):
            # "age and a regression of 60% or more (or a pathological CR) predicted the risk of death (HR 0.6 and
            # 0.4)": a response named among the factors is no outcome of a ratio of deaths said after it
            endpoint = Endpoint("OS", r.start, r.end)
        if not inside and not named_outcome and not outcome and before and endpoint is before[-1]:
            # "median PFS and OS were a and b months (HR ...) and c and d months (HR ...)": as many ratios after two
            # outcomes joined by and/or as outcomes are theirs in order, not all the last one's
            chain = coordinated(s, before)
            later = [x for x in s.ratios if x.start >= chain[-1].end]
            if len(chain) >= 2 and len({(e.code, e.category) for e in chain}) == len(chain) and \
                    RX.AND_OR_WORD.search(s.text[chain[-2].end:chain[-1].start]) and \
                    len(later) == len(chain) and r in later and \
                    not any(chain[-1].end <= e.start < later[-1].start for e in s.endpoints):
                endpoint = chain[later.index(r)]
        if endpoint is not None and previous_ratio >= 0 and not inside and not named_outcome and not near and \
                endpoint.end <= previous_ratio and RX.OUTCOME_HEAD.search(s.text, previous_ratio, r.start) and \
                _words_between(s.text, previous_ratio, r.start) >= 2:
            continue  # "improved PFS (HR 0.9, ...), improved time to first bone event (HR 0.8, ...)": the ratio
            # of an outcome named between the two ratios that no vocabulary knows, not the outcome before the first
        if endpoint is not None and endpoint.start >= r.end and endpoint.category:
            continue  # "attempted suicide (RR 1.3, ...), depression (RR 1.1, ...)": an item no vocabulary knows, not
            # the next item's
        unknown = RX.UNKNOWN_NAME_BEFORE.search(s.text, max(0, r.start - 12), r.start)
        if endpoint is not None and unknown and endpoint.end <= unknown.start("abbr") \
                and not any(e.start <= unknown.start("abbr") < e.end for e in s.endpoints):
            continue  # "...; BCS hazard ratio = 0.76": the ratio of an outcome no vocabulary knows, not the last named
        if endpoint is None:
            # "hazard ratio for progression or death", "HR for death": the trial's event names it.
            event = RX.RATIO_EVENT.search(s.text[r.start:r.start + 60])
            if event:
                code = _event_code(event)
            elif (progression := RX.PROGRESSION_BEFORE_RATIO.search(s.text, max(0, r.start - 100), r.start)) and (
                    not factor_match or progression.start() >= factor_start):
                # "The risk of progression was lower with A (HR 0.66)": a ratio of progressions said before it;
                # "A reduced the risk of progression or death by 35% (HR 0.65)": words before the bracket that say
                # the progression are no factor's name
                code, factor_match = "PFS", None
            elif RX.DEATH_BEFORE_RATIO.search(s.text, max(0, r.start - 130), r.start) or \
                    RX.DEATH_REDUCED_BY.search(s.text, max(0, r.start - 130), r.start):
                # "higher all-cause mortality (HR 1.20, ...)", "a lower risk of death (HR 0.8)": the words before
                # the bracket name the outcome, not a factor
                code, factor_match = "OS", None
            else:
                continue
            endpoint = Endpoint(code, r.start, r.end)
        if endpoint.category and endpoint.end <= r.start and \
                RX.TERM_AS_FACTOR_AFTER.match(s.text, _bracket_end(s.text, r.end)):
            continue  # "Fatigue (OR 1.9) was linked to stopping treatment": the event is the factor, not the outcome
        by_response = _response_subgroup(s, endpoint, r) if r.kind == "hr" else None
        if by_response is not None:
            # "prolonged PFS in both the SD (HR 0.68) and CR/PR (HR 0.74) groups": the survival's ratio in the patients
            # of each response category
            endpoint, factor_match = by_response
        factor_label = _factor_label(factor_match) if factor_match else ""
        if factor_match and RX.FACTORS_OF.search(s.text) and RX.LEVELS_COMPARED.search(factor_label):
            # "a KPS of 90% vs 70-80% (HR 3.9, ...) and ... were prognostic factors": the levels of a factor compared,
            # whose patients no row here names; never all patients'
            continue
        # ("both X (HR a) and Y (HR b) were associated with ...": "both" is no part of the factor's name)
        group = GroupRef(RX.FACTOR_LEAD.sub("", _clean(factor_label))) if factor_match else None
        if factor_match and RX.MODEL_TERM.search(factor_label):
            continue
        if factor_match and (_factor_words(factor_label) > MAX_FACTOR_WORDS or RX.NOT_A_FACTOR.search(factor_label)):
            # "PFS was not different between the marker subgroups (HR ...)", "PFS in the intention-to-treat
            # population (HR ...)": a clause or the whole study, not a factor
            group = None
        said = _outcome_said(s, group.label, factor_start, r.start) if group is not None and factors_sentence else None
        if said is not None:
            # "local failure (HR a) and DCR (HR b) predicted OS": an outcome named as a factor is the patients who had
            # it (who achieved it, for a response)
            group = GroupRef(f"patients {'who achieved' if said.code in RESPONSES | {'pCR'} else 'with'} {group.label}")
        if group is None and factor_tail is not None:
            group = GroupRef(factor_tail)  # "factors for OS were performance status (HR ...)": the factor's
        comparator = None
        arms = [g for g in (attached_group(s, v) for v in s.values if v.end <= r.start) if g is not None]
        if len(arms) == 2:  # "... in the A group and ... in the B group (HR 0.72, ...)": A against B
            group, comparator = arms
        elif group is not None and RX.SHARE_OR_VERSUS.search(group.label):
            group = None  # the words before the bracket are a result, not a factor
        if group is None:
            group = _part_in_the_ratios_name(s, r) or _ratio_subgroup(s, r.end)
        needs_groups = False
        if (group is None or factor_match) and comparator is None and \
                (_people_compared_before(s, r) or RX.PEOPLE_COMPARED.match(s.text, _bracket_end(s.text, r.end))):
            # (or named right after the ratio's bracket: "no difference in RFS (HR 0.86 ...) between patients with X
            # when compared to those with Y")
            # "OS did not differ between patients who developed rash (...) and those who did not (HR ...)": two kinds
            # of patients compared, neither of which is the whole study nor a factor's level; unless the two are the
            # trial's groups ("longer among those who received A than among those who received B"), which
            # _read_ratios decides from the paper's groups
            group, needs_groups = None, True
        p, op = _p_after(s, r.end, len(s.text))
        f = {"endpoint": endpoint.code, "measure": r.kind, "timepoint_months": None, "value": r.value,
             "unit": "ratio", "p_value": p, "p_op": op if op != "=" else None}
        if (endpoint.category or endpoint.grade) and endpoint.end <= r.value_start and (not any(
                x is not r and (endpoint.end <= x.start < r.start or r.end <= x.start) for x in s.ratios)
                or _owns_the_bracket(s, endpoint, r)):
            # "thrombocytopenia (OR 1.9, ...)": the odds of that event; not when another ratio stands between the
            # term and this one ("rates of X (OR ...), Y (OR ...)" with Y no term known) or follows it ("X, Y and Z
            # (OR a; OR b and OR c, respectively)"): whose term is whose is not known there
            f["category"], f["grade"] = endpoint.category, endpoint.grade
        if r.ci:
            f["ci_low"], f["ci_high"] = r.ci
        f["analysis"] = ("multivariate" if RX.MULTIVARIATE.search(s.text) else
                         "univariate" if RX.UNIVARIATE.search(s.text) else None)
        # (the number read where the ratio ends when its own outcome is named after it: "HR 0.7 for OS")
        out.append(Found(f, min(endpoint.start, r.start), max(endpoint.end, r.end),
                         "result.ratio.response_group" if by_response else "result.ratio", group, comparator,
                         needs_groups=needs_groups, at=r.end if inside and inside[0].start >= r.end else None))
    _events_listed_before_their_ratios(s, out)
    return _labelled_ratios(s, out)


RISK_CHANGE_REACH = 60  # characters before an outcome's name that hold the words saying its risk changed


def _outcome_by_its_risk(s: Sentence, start: int, end: int) -> Optional[Endpoint]:
    """The outcome named last between ``start`` and a ratio's bracket at ``end``, right before the bracket, after words
    that say its risk rose or fell ("a higher risk of local relapse (", "a rise in overall mortality (") or that
    it was worse or better ("worse DFS (", unless an outcome after the bracket is the one the factors predict); None
    otherwise."""
    named = [e for e in s.endpoints if start <= e.start and e.end <= end]
    if not named:
        return None
    e = max(named, key=lambda e: e.start)
    if not RX.BRACKET_BETWEEN.fullmatch(s.text, e.end, end):
        return None
    if RX.RISK_CHANGE_BEFORE.search(s.text, max(0, e.start - RISK_CHANGE_REACH), e.start):
        return e
    predicted_after = any(x.start >= end and RX.PREDICTED_OUTCOME_BEFORE.search(
        RX.TIME_BEFORE.sub("", s.text[max(0, x.start - 50):x.start])) for x in s.endpoints)
    return e if not predicted_after and RX.WORSE_BEFORE.search(s.text, max(0, e.start - 12), e.start) else None


def _outcome_for(s: Sentence, r: Ratio) -> list[Endpoint]:
    """The outcome named right after a ratio's value with "for" ("HR 0.78 for OS", "HR 0.8 (0.6-0.9) for PFS"), as a
    list of one; none for another "for" (a part of the patients, "for death", which the ratio's events say)."""
    m = RX.FOR_OUTCOME.match(s.text, r.end)
    if m is None or m.group("death") or m.group("progression"):
        return []
    return [e for e in s.endpoints if e.start == m.end()][:1]


def _outcome_said(s: Sentence, label: str, start: int, end: int) -> Optional[Endpoint]:
    """The outcome the sentence names between ``start`` and ``end`` whose words are ``label``, whole; or None."""
    wanted = label.strip().lower()
    return next((e for e in s.endpoints if start <= e.start < end and s.text[e.start:e.end].lower() == wanted), None)


def _factor_label(factor_match: re.Match) -> str:
    """The factor's name before a ratio's bracket, without a clause that reports it ("the analysis showed that nodal
    involvement (HR ...)": nodal involvement)."""
    label = factor_match.group("label")
    reported = RX.REPORTED_THAT.match(label)
    label = reported.group("label") if reported else label
    # ("in women (HR 0.6) but not in men (HR 1.0)": where the next ratio was seen, without the words joining it)
    return RX.PLACE_AFTER_A_JOIN.sub("", label)


def _owns_the_bracket(s: Sentence, endpoint: Endpoint, r: Any) -> bool:
    """'anaemia (RR 1.25, ...), neutropenia (RR 1.72, ...)': the event named right before a bracket that holds this
    ratio alone is the ratio's, whatever ratios other brackets hold; not the last of events listed before one bracket
    of several ratios ("X, Y and Z (OR a; OR b and OR c)")."""
    if not RX.BRACKET_BETWEEN.fullmatch(s.text, endpoint.end, r.start):
        return False
    close = RX.CLOSE_OF_THE_BRACKET.match(s.text, r.end)
    end = close.end() if close else len(s.text)
    return not any(x is not r and r.end <= x.start < end for x in s.ratios)


def _events_listed_before_their_ratios(s: Sentence, rows: list[Found]) -> None:
    """'The risks of grade 3 or 4 rash, diarrhoea and mucositis were similar (OR a; ...; OR b; ... and OR c, ...,
    respectively)': as many events listed before one bracket as its ratios are theirs in order, each with the grade
    said before the list (in place); any other count of events leaves the rows as they were."""
    terms = [m for m in _term_matches(s) if category_of(m.group(0)) not in ("toxicity", "toxicitie")]
    for first in s.ratios:
        opening = RX.BRACKET_OPENS.search(s.text, max(0, first.start - 20), first.start)
        close = RX.CLOSE_OF_THE_BRACKET.match(s.text, first.end)
        if opening is None or close is None:
            continue
        inside = [r for r in s.ratios if first.start <= r.start < close.end()]
        before = [m for m in terms if m.end() <= opening.start()]
        between = (before[-1].end(), opening.start()) if before else (0, 0)
        # (a number of the clause counts the groups compared, "between the 2 arms", no value of an event's own)
        if len(inside) < 2 or not before or not RX.EVENTS_THEN_BRACKET.fullmatch(s.text, *between) or any(
                between[0] <= v.start < between[1] and not RX.ARMS_COUNTED.match(s.text, v.end) for v in s.values):
            continue
        chain = [before[-1]]
        for m in reversed(before[:-1]):
            if not RX.COORDINATED_TERMS.fullmatch(s.text, m.end(), chain[0].start()):
                break
            chain.insert(0, m)
        found = [[f for f in rows if f.fields["value"] == r.value and f.start <= r.start < f.end + 1] for r in inside]
        if len(chain) != len(inside) or not all(len(f) == 1 for f in found):
            continue
        # (the grade said before the list is every listed event's: "grade 3 or 4 rash, diarrhoea and mucositis")
        graded = [e for e in s.endpoints if e.code == "TOX" and e.start <= chain[0].start() < e.end]
        grade = graded[0].grade if graded else None
        for m, (f,) in zip(chain, found, strict=True):
            f.fields.update(endpoint="TOX", category=category_of(m.group(0)), grade=grade)


def _labelled_ratios(s: Sentence, found: list[Found]) -> list[Found]:
    """'OS improved with rising expression (M3 HR 0.49 [...], M2/3 HR 0.54 [...], M0 HR 1.04 [...])': ratios of one
    outcome listed each after a name of its own are those subgroups' (named by it), never all patients'."""
    by_outcome: dict[str, list[Found]] = {}
    for f in found:
        if f.group is None and f.pattern_id == "result.ratio":
            by_outcome.setdefault(f.fields["endpoint"], []).append(f)
    for rows in by_outcome.values():
        if len(rows) < 2:
            continue
        labels = []
        for f in rows:
            r = next(x for x in s.ratios if x.value == f.fields["value"] and f.start <= x.start < f.end + 1)
            m = RX.RATIO_ITEM_LABEL.search(s.text, max(0, r.start - 60), r.start)
            label = m.group("label").strip() if m else None
            # (not an outcome or a time: "for 2-year PFS: HR ...", "response rate ratio" are no subgroups)
            if label is None or RX.NOT_A_RATIO_LABEL.search(label) or RX.TIME_IN_LABEL.search(label) or \
                    any(m.start("label") < e.end and e.start < r.start for e in s.endpoints):
                label = None
            labels.append(label)
        # (a name said twice is the variable measured, "log10CEC HR ... and log10CEC HR ...", no subgroup)
        if None in labels or len(set(labels)) != len(labels):
            continue
        for f, label in zip(rows, labels, strict=True):
            f.group = GroupRef(label)
    return found


def _same_group(label: str, name: str) -> bool:
    a, b = (RX.GROUP_WORDS.sub("", x.strip()).lower() for x in (label, name))
    return bool(a and b) and (a == b or re.search(rf"\b{re.escape(b)}\b", a) is not None
                              or re.search(rf"\b{re.escape(a)}\b", b) is not None)


def _as_the_pair_says(s: Sentence, f: Found) -> Optional[Found]:
    """'The median TTP was 4.7 months for A and 4.2 months for B, with a hazard ratio (A/B) of 1.0': the ratio is the
    first group's against the second's as its bracket names them. Groups read otherwise that the bracket names the
    other way round are swapped; groups it does not name make the ratio no row (whose it is, is not sure)."""
    r = next((r for r in s.ratios if r.pair and f.start <= r.start < f.end and r.value == f.fields["value"]), None)
    if r is None or f.fields.get("measure") not in RATIOS:
        return f
    first, second = r.pair
    if RX.NOT_A_PAIR.search(first) or RX.NOT_A_PAIR.search(second):
        return None
    if f.group is None and f.comparator is None:
        f.group, f.comparator = GroupRef(_clean(first)), GroupRef(_clean(second))
        return f
    if f.group is None or f.comparator is None:
        return None
    if _same_group(f.group.label, first) and _same_group(f.comparator.label, second):
        return f
    if _same_group(f.group.label, second) and _same_group(f.comparator.label, first):
        f.group, f.comparator = f.comparator, f.group
        return f
    return None


def _response_subgroup(s: Sentence, endpoint: Endpoint, r) -> Optional[tuple[Endpoint, re.Match]]:
    """The survival and the response group of a ratio said of "the SD group" (``IN_RESPONSE_GROUP``), as (endpoint,
    a match whose "label" group names the patients); None unless both are certain."""
    # ("CR/PR" is read as the objective response, and names the patients of either category as well)
    if (endpoint.code not in RESPONSE_KINDS
        and not RX.JOINED_RESPONSES.fullmatch(s.text, endpoint.start, endpoint.end)) \
            or endpoint.end > r.start:
        return None
    start = endpoint.start
    joined = RX.SLASHED_WORD_AT_END.search(s.text[max(0, start - 12):start])  # "CR/PR"
    if joined:
        start -= len(joined.group(0))
    after = RX.RESPONSE_GROUP_AFTER.fullmatch(s.text[endpoint.end:r.start])
    if after is None:
        return None
    previous_ratio = max((x.end for x in s.ratios if x.end <= start), default=-1)
    lead = s.text[max(0, previous_ratio):start]
    if not (RX.IN_RESPONSE_GROUP.search(lead) or (previous_ratio >= 0 and RX.RATIO_THEN_NEXT.fullmatch(lead))):
        return None
    curves = [e for e in s.endpoints if e.end <= start and e.code in EVENTS_OF_AN_ANALYSIS]
    if not curves or any(curves[-1].end <= e.start < start and e.code not in RESPONSE_KINDS for e in s.endpoints) \
            or any(curves[-1].end <= v.start < start for v in s.values):
        return None
    label = f"{s.text[start:endpoint.end]} {after.group('head') or 'group'}"
    return curves[-1], RX.WHOLE_LABEL.match(label)


def _part_in_the_ratios_name(s: Sentence, r: Ratio) -> Optional[GroupRef]:
    """'HR for stage II = 1.35', 'hazard ratio for women, 2.4': the part of the patients (a stage or grade, or people
    named by a noun) the ratio's own name says it is of, between the name and its value; None for anything else named
    there (an outcome, an event, a level without its trait: "HR for positive")."""
    m = RX.RATIO_NAMED_PART.match(s.text, r.start, r.value_start)
    if m is None or any(m.start("label") < e.end and e.start < m.end("label") for e in s.endpoints):
        return None
    if RX.ANY_PATIENTS.fullmatch(m.group("label")) or RX.WHOLE_STUDY.search(m.group("label")):
        return None  # "HR for patients", "HR for all patients": the whole study, no part of it
    return GroupRef(_clean(m.group("label")))


def _ratio_subgroup(s: Sentence, end: int) -> Optional[GroupRef]:
    m = RX.RATIO_FOR.match(s.text, end)
    if m is None or any(m.start("label") <= e.end and e.start < m.end("label") for e in s.endpoints) or \
            RX.EVENT_WORD_START.match(m.group("label")) or \
            RX.WHOLE_STUDY.search(m.group("label")):
        return None  # "HR 0.80 for OS", "HR for death": the outcome, read by the ratio rules; "in the ITT population"
    return GroupRef(_clean(m.group("label")))


MAX_BARE_RATIO = 50  # a ratio listed without its interval is below this; larger numbers are counts or percentages


def _ratio_lists(s: Sentence) -> list[Found]:
    """'The hazard ratios were 0.80 (0.70-0.91) for OS and 0.75 (0.66-0.85) for PFS', 'the HR was 1.10 (95% CI
    ...) for relapse, 0.95 (...) for progression and 1.04 (...) for death': ratios listed each with its interval
    and the outcome it is for."""
    items = []
    for v in s.values:
        # (an item may give its value bare, "HR 0.71 for PFS and 0.78 for OS"; an interval it gives holds the value)
        if v.unit is not None or v.count is not None or not 0 < v.value < MAX_BARE_RATIO or (v.ci is not None and (
                v.ci[1] is None or not v.ci[0] <= v.value <= v.ci[1])):
            continue
        m = RX.FOR_OUTCOME.match(s.text, v.end)
        if not m:
            continue
        if m.group("death") or m.group("progression"):
            endpoint = Endpoint("PFS" if m.group("progression") else "OS", m.start(), m.end())
        else:
            named = [e for e in s.endpoints if e.start == m.end()]
            if not named:
                # "0.91 (...) for second cancers, 0.85 (...) for recurrence": an item of the list whose outcome no
                # name knows, which keeps its place in the list and gives no row
                other = RX.UNKNOWN_ITEM.match(s.text, m.end())
                if other is not None:
                    items.append((v, None, other.end()))
                continue
            endpoint = named[0]
        items.append((v, endpoint, max(m.end(), endpoint.end)))
    if not any(endpoint is not None for _, endpoint, _ in items):
        return []
    # the run starts after a ratio the sentence named ("HR ... 1.10 (...) for relapse, 0.95 ...") or right
    # after "hazard ratios were"
    first = items[0][0]
    kind = None
    previous = [r for r in s.ratios if r.end <= first.start]
    head = RX.RATIO_HEAD.search(s.text[max(0, first.start - 90):first.start])
    unknown_head = None
    if previous:
        r = previous[-1]
        after = RX.FOR_OUTCOME.match(s.text, r.end)
        joined_from = after.end() if after else r.end
        tail = [e for e in s.endpoints if e.start == joined_from]
        other = RX.UNKNOWN_ITEM.match(s.text, joined_from) if after and not tail and not (
            after.group("death") or after.group("progression")) else None
        joined_from = tail[0].end if tail else other.end() if other else joined_from
        if RX.LIST_JOIN.fullmatch(s.text[joined_from:first.start]):
            kind = r.kind
            unknown_head = r if other else None  # ("HR ... was 0.91 (...) for second cancers, 0.85 ...")
    if kind is None and head is not None:
        kind = "hr" if head.group("hr") else "or" if head.group("or") else "rr"
    if kind is None:
        return []
    out = [Found({"value": unknown_head.value}, unknown_head.start, unknown_head.end, "result.ratio.list.unknown",
                 at=unknown_head.value_start)] if unknown_head else []
    last_end = None
    for v, endpoint, end in items:
        if last_end is not None and not RX.LIST_JOIN.fullmatch(s.text[last_end:v.start]):
            break
        last_end = end
        if endpoint is None:
            out.append(Found({"value": v.value}, v.start, end, "result.ratio.list.unknown", at=v.start))
            continue
        p, op = _p_after(s, v.end, end)
        f = {"endpoint": endpoint.code, "measure": kind, "timepoint_months": None, "value": v.value, "unit": "ratio",
             "ci_low": v.ci[0] if v.ci else None, "ci_high": v.ci[1] if v.ci else None, "p_value": p,
             "p_op": op if op != "=" else None,
             "analysis": ("multivariate" if RX.MULTIVARIATE.search(s.text) else
                          "univariate" if RX.UNIVARIATE.search(s.text) else None)}
        out.append(Found(f, v.start, end, "result.ratio.list", at=v.start))
    return out if any(f.pattern_id == "result.ratio.list" for f in out) else []


def _ratios_respectively(s: Sentence) -> list[Found]:
    """'Hazard ratios for DFS and OS were 0.72 (95% CI ...) and 0.81 (...), respectively': k ratios for the k
    outcomes named after "hazard ratios for", in order; every piece must be there, else nothing."""
    if not s.respectively or not s.endpoints:
        return []
    values = [v for v in s.values if v.unit is None and v.count is None and 0 < v.value < 50]
    if len(values) < 2:
        return []
    before = [e for e in s.endpoints if e.end <= values[0].start]
    if not before:
        return []
    chain = coordinated(s, before)  # the outcomes said together last before the values: "DFS and OS"
    head = RX.RATIOS_FOR.search(s.text, max(0, chain[0].start - 40), chain[0].start)
    k = len(chain)
    if head is None or k < 2 or len(values) < k or not RX.RATIO_VERB.fullmatch(s.text, chain[-1].end, values[0].start):
        return []
    listed = values[:k]
    if not all(RX.RATIO_AND.fullmatch(s.text, a.end, b.start) for a, b in zip(listed, listed[1:], strict=False)):
        return []
    if not RX.RESPECTIVELY_NEXT.match(s.text, listed[-1].end):
        return []
    kind = "hr" if head.group("hr") else "or" if head.group("or") else "rr"
    out = []
    for e, v, nxt in zip(chain, listed, [*listed[1:], None], strict=True):
        p, op = _p_after(s, v.end, nxt.start if nxt else v.end + 40)
        ci = v.ci if v.ci is not None and v.ci[1] is not None and v.ci[0] <= v.value <= v.ci[1] else (None, None)
        f = {"endpoint": e.code, "measure": kind, "timepoint_months": None, "value": v.value, "unit": "ratio",
             "ci_low": ci[0], "ci_high": ci[1], "p_value": p, "p_op": op if op != "=" else None,
             "analysis": ("multivariate" if RX.MULTIVARIATE.search(s.text) else
                          "univariate" if RX.UNIVARIATE.search(s.text) else None)}
        out.append(Found(f, head.start(), v.end, "result.ratio.respectively", at=v.start))
    return out


def _ratios_then_outcomes_respectively(s: Sentence) -> list[Found]:
    """'with HRs of 0.71 and 0.78 for PFS and OS, respectively', 'hazard ratios were 0.70 (95% CI ...) and 0.81 (...)
    for DFS and OS, respectively': k ratios named in the plural, then the k outcomes they are for, in order; every piece
    must be there, else nothing."""
    if not s.respectively or len(s.endpoints) < 2:
        return []
    values = [v for v in s.values if v.unit is None and v.count is None and 0 < v.value < MAX_BARE_RATIO]
    head = next((m for v in values if (m := RX.RATIOS_THEN_VALUES.search(s.text, max(0, v.start - 40), v.start))), None)
    if head is None:
        return []
    listed = [v for v in values if v.start >= head.end()]
    k = 1
    while k < len(listed) and RX.RATIO_AND.fullmatch(s.text, listed[k - 1].end, listed[k].start):
        k += 1
    listed = listed[:k]
    then = RX.THEN_FOR.match(s.text, listed[-1].end)
    after = [e for e in s.endpoints if then is not None and e.start >= then.end()][:k]
    if k < 2 or len(after) != k or after[0].start != then.end() or coordinated(s, after) != after or \
            len({e.code for e in after}) != k or not RX.RESPECTIVELY_NEXT.match(s.text, after[-1].end) or \
            any(v.ci is not None and (v.ci[1] is None or not v.ci[0] <= v.value <= v.ci[1]) for v in listed):
        return []
    kind = "hr" if head.group("hr") else "or" if head.group("or") else "rr"
    out = []
    for e, v, nxt in zip(after, listed, [*listed[1:], None], strict=True):
        p, op = _p_after(s, v.end, nxt.start if nxt else then.start())
        f = {"endpoint": e.code, "measure": kind, "timepoint_months": None, "value": v.value, "unit": "ratio",
             "ci_low": v.ci[0] if v.ci else None, "ci_high": v.ci[1] if v.ci else None, "p_value": p,
             "p_op": op if op != "=" else None,
             "analysis": ("multivariate" if RX.MULTIVARIATE.search(s.text) else
                          "univariate" if RX.UNIVARIATE.search(s.text) else None)}
        out.append(Found(f, head.start(), v.end, "result.ratio.respectively", at=v.start))
    return out


_COUNTED_VERBS = phrases("were", "was", "had", "have", "achieved", "showed", "experienced", "developed", "attained",
                         "required", "underwent")
# "18 (40%) later relapsed", "11 patients eventually died", "32 (37%) have since relapsed": when, said between the
# count and its event
_WHEN_ADVERB = r"(?:later|subsequently|eventually|ultimately|thereafter|afterwards|since|then|also)"
COUNT_THEN_ENDPOINT = lazy_regex(rf"\s*(?:patients?\s+)?(?:{_WHEN_ADVERB}\s+)?(?:{_COUNTED_VERBS}\s+)?"
                                 rf"(?:(?:still|{_WHEN_ADVERB})\s+)?"
                                 r"(?:an?\s+|the\s+|any\s+|some\s+)?", re.I)


def _rate_row(count_row: dict, s: Sentence, v: Value) -> dict:
    """The share row beside a count's row: "12 (8%)", "one [<1%]" (its bound kept), with its interval if any."""
    return dict(count_row, measure="rate", value=v.value, value_op=v.op, unit="%", **_interval_at(s, v.start))


def _said_more(s: Sentence, at: int) -> Optional[bool]:
    """Whether the last comparison said before ``at`` is of more (True) or of less (False); None when none is."""
    words = [(x.start(), True) for x in RX.MORE_SAID.finditer(s.text, 0, at)] + \
            [(x.start(), False) for x in RX.LESS_SAID.finditer(s.text, 0, at)]
    return max(words)[1] if words else None


def _named_pair_agrees(s: Sentence, groups: GroupIndex, a: Value, b: Value) -> bool:
    """Whether a pair after "with <group>" is the paper's two arms in their order: the sentence says the named group had
    more (or less) of the event, and in that order the named group's value is the larger (or smaller). Papers write
    the pair both in the arms' order ("rash with B (23 [6%] vs 41 [10%])", B second) and the named group's first
    ("more common in the B group (7 [18%] vs 2 [4%])"); where the comparison does not tell which, the pair is left
    unread."""
    arms = _arms_by_comparison(s, groups, count_start(s.text, a), a.value, b.value)
    return arms is not None and arms[0].key == groups.groups[0].key


def _bracketed_pairs(s: Sentence, candidates: list[Endpoint], values: list[Value],
                     groups: Optional[GroupIndex] = None, sized: Optional[GroupIndex] = None) -> list[Found]:
    """'Fatigue (20 [13%] vs 9 [6%]) and diarrhoea (12 [8%] vs 3 [2%]) were more common with A': each outcome with
    its own bracketed pair of counts, of the two groups compared (named, else the pair of the paragraph or the
    arms of a two-arm trial, as ``GroupRef.unnamed``). Every count of the sentence must be in such a pair; a pair
    after an outcome the vocabulary does not know ('..., and raised enzyme X (3 [1%] vs 12 [5%])') is left unread."""
    if len(values) < 2 or len(values) % 2:
        return []
    found = []
    for a, b in zip(values[::2], values[1::2], strict=True):
        between = RX.PAIR_OF_TOTAL.match(s.masked, a.end)  # "40 [27%] of 148 vs one [<1%] of 149 patients"
        joined = s.masked[between.end():b.start]
        if not (GROUP_RESULTS_RX.VERSUS_ONLY.fullmatch(joined) or AND_ONLY.fullmatch(joined)
                and _closes_the_pair(s, b)) \
                or not _inside_one_bracket_pair(s, a, b):
            return []
        start = count_start(s.text, a)
        own = [e for e in candidates if e.end <= start and RX.PAIR_OPEN.fullmatch(s.text[e.end:start])]
        if not own and groups is not None:
            # "grade 3 diarrhoea with drug K (30 [20%] vs nine [6%])": the group that had more (or less) of it named
            # between the outcome and its pair; whose value comes first only the comparison tells
            own = [e for e in candidates if e.end <= start and (g := RX.GROUP_THEN_OPEN.fullmatch(s.text[e.end:start]))
                   and groups.mentions(g.group("group"))]
            if own and not _named_pair_agrees(s, groups, a, b):
                own = []
        if not own and not found:
            # "Grade 3 events were more frequent with A than with B (70 [16%] vs 9 [4%]), notably fatigue (...)": the
            # first pair after the comparison of the groups the outcome before it was said of
            own = [e for e in candidates if e.end <= start
                   and RX.COMPARED_THEN_OPEN.fullmatch(s.text, e.end, start)][-1:]
        if not own and found and found[-1][2] is not None and RX.GRADE_LABEL_THEN_PAIR.fullmatch(
                s.text[found[-1][2].end:start]) and _inside_one_bracket_pair(s, found[-1][1], b):
            # "rash (40 [27%] vs five [3%] for all grades; eight [5%] vs none for grade 3 or 4)": the outcome of the
            # pair before in the bracket, at the grade said after this pair
            close = s.text.find(")", b.end)
            grade = next((g for g, g_start, _ in s.grades if b.end <= g_start < close), None)
            if grade is not None:
                own = [replace(found[-1][0], grade=grade)]
        if len(own) == 1:
            second = RX.PAIR_OF_TOTAL.match(s.masked, b.end)
            totals = (between.group("total"), second.group("total") if between.group("total") else None)
            found.append((own[0], a, b, tuple(int(t) if t else None for t in totals)))
    g1, g2 = _groups(s)
    if g1 is None or g2 is None or (groups is not None and not all(groups.mentions(g.label) for g in (g1, g2))):
        # (words the paper's groups do not name, "A plus B and C" cut at its "and", are no pair's groups: the
        # groups the sentence names by the paper's names are)
        g1, g2 = GroupRef("group 1", unnamed=0), GroupRef("group 2", unnamed=1)
    only = s.pvalues[0] if len(s.pvalues) == 1 and len(found) == 1 else None
    out = []
    for e, a, b, (n1, n2) in found:
        # "(9 [8%] of 120 vs 28 [24%] of 118; P<.001) and ... (...; P=.03)": each pair's own p, inside its bracket
        p = only or _pair_own_p(s, b)
        # each count of its group's total: the groups as many as the totals say; of a trial's two arms, the arm of
        # that size, whatever order the paper writes the counts in
        by_size = _arms_by_size(s, sized, [a, b]) if g1.unnamed is not None else None
        ga, gb = by_size if by_size else (replace(g1, n=n1), replace(g2, n=n2)) if n1 and n2 else (g1, g2)
        for v, g, other in ((a, ga, gb), (b, gb, ga)):
            f = count_fields(e, v.count)
            rate = _rate_row(f, s, v)
            for row in (f, rate):
                if p is not None:
                    row["p_value"], row["p_op"] = p.value, (p.op if p.op != "=" else None)
                out.append(Found(row, e.start, b.end, "result.count_pairs", g, other, at=v.start))
    return out


def _pair_own_p(s: Sentence, b: Value) -> Optional[Any]:
    """The p value said straight after a bracketed pair's second count (and its total), before the bracket closes."""
    end = RX.PAIR_OF_TOTAL.match(s.masked, b.end).end()
    return next((x for x in s.pvalues if end <= x.start <= end + 12
                 and RX.OWN_P_AFTER_PAIR.fullmatch(s.text, end, x.start)), None)


COUNT_VERB = lazy_regex(rf"\s*(?:was|were)\s+(?:{RX.SEEN_IN}|achieved)\s+in\s+|"
                        r"\s*(?:occurred|developed)\s+in\s+", re.I)


def _respectively_counts(s: Sentence, candidates: list[Endpoint], values: list[Value]) -> list[Found]:
    """'A complete response was seen in 18 (12%) and 9 patients (6%), respectively', the clause naming no group: the
    two groups compared just before, in the order given (``GroupRef.pair_only``, as ``_respectively_pair``)."""
    if len(values) != 2 or not s.respectively:
        return []
    a, b = values
    own = [e for e in candidates if e.end <= count_start(s.text, a)]
    if len(own) != 1 or not COUNT_VERB.fullmatch(s.text, own[0].end, count_start(s.text, a)):
        return []
    after = RX.COUNT_RESPECTIVELY.match(s.text, b.end)
    if not RX.COUNT_AND.fullmatch(s.text, a.end, count_start(s.text, b)) or not after or \
            RX.LABELS_NEXT.match(s.text, after.end()) or RX.OF_NEXT.match(s.text[after.end():]):
        return []  # "..., respectively, of patients with small tumours": the labels are given after
    e = own[0]
    clause_start = max(s.text.rfind(";", 0, e.start), s.text.rfind(":", 0, e.start), 0)
    if RX.CLAUSE_PAIRING.search(s.text[clause_start:e.start]) or _groups(s, (clause_start, b.end)) != (None, None):
        return []
    groups = _pair_only()
    out = []
    for v, g, other in ((a, groups[0], groups[1]), (b, groups[1], groups[0])):
        f = count_fields(e, v.count)
        for row in (f, _rate_row(f, s, v)):
            out.append(Found(row, e.start, b.end, "result.respectively_pair", g, other, at=v.start))
    return out


def _respectively_count_list(s: Sentence, candidates: list[Endpoint], values: list[Value]) -> list[Found]:
    """'Grade 3 rash occurred in 12 (9%), 5 (4%) and 2 (1%) patients, respectively', the clause naming no group:
    the arms of a trial of that many arms, in the order its randomisation defined them (``GroupRef.among``, as
    ``_respectively_list``)."""
    if len(values) < 3 or not s.respectively or any(v.count is None or v.unit != "%" for v in values):
        return []
    first, last = values[0], values[-1]
    own = [e for e in candidates if e.end <= count_start(s.text, first)]
    if len(own) != 1 or not COUNT_VERB.fullmatch(s.text, own[0].end, count_start(s.text, first)):
        return []
    if not all(RX.COUNT_COMMA.fullmatch(s.text, a.end, count_start(s.text, b)) for a, b in zip(
            values[:-2], values[1:-1], strict=True)) or \
            not RX.COUNT_AND.fullmatch(s.text, values[-2].end, count_start(s.text, last)):
        return []
    after = RX.COUNT_RESPECTIVELY.match(s.text, last.end)
    if not after or RX.LABELS_NEXT.match(s.text, after.end()) or RX.OF_NEXT.match(s.text[after.end():]):
        return []  # "..., respectively, in stage I, II and III": the labels are given after
    e = own[0]
    clause_start = max(s.text.rfind(";", 0, e.start), s.text.rfind(":", 0, e.start), 0)
    if RX.CLAUSE_PAIRING.search(s.text[clause_start:e.start]) or _groups(s, (clause_start, last.end)) != (None, None):
        return []
    out = []
    for i, v in enumerate(values):
        g = GroupRef(f"group {i + 1}", unnamed=i, pair_only=True, among=len(values))
        f = count_fields(e, v.count)
        for row in (f, _rate_row(f, s, v)):
            out.append(Found(row, e.start, last.end, "result.respectively_list", g, at=v.start))
    return out


# "Relapse occurred in 4 of 52 vs 11 of 50 patients", "... was seen in 9 (17%) versus 3 (6%) patients": one
# outcome, its verb and two counts of the two groups compared, each with its total or share or both
_PEOPLE_NOUN = r"(?:\s+(?:patients|participants|subjects|women|men|cases))?"


def _one_count(key: str) -> str:
    return (rf"(?P<{key}>\d+|{lexicon.number_words_pattern()})"
            rf"(?:\s*(?:of|/|out\s+of)\s*(?:the\s+)?(?P<{key}_of>\d+))?{_PEOPLE_NOUN}"
            rf"(?:\s*[(\[]\s*(?P<{key}_p>\d+(?:\.\d+)?)\s*%\s*[)\]])?")


VERSUS_COUNTS = lazy_regex(
    # ("Relapse: 4/52 vs 11/50": a colon for the verb)
    r"\s*(?:(?:was|were)\s+(?:observed|seen|reported|noted|found|documented|recorded)\s+in|"
    r"(?:occurred|developed)\s+in|:)\s+" + _one_count("a") +
    # ("Relapse occurred in 4 of 52 and 11 of 50 patients, respectively": "and", the order said after)
    r"\s*,?\s*(?:vs\.?|versus|v\.?|compared\s+(?:with|to)|(?P<and>and))\s+" + _one_count("b") + _PEOPLE_NOUN +
    r"(?P<respectively>\s*,?\s*respectively\b)?\s*(?:[(\[][^()\[\]]*[)\]])?\s*(?=[.;,]|$)", re.I)


def _versus_counts(s: Sentence) -> list[Found]:
    """'Relapse occurred in 4 of 52 vs 11 of 50 patients (P = .04)': the two counts of one outcome, the clause
    naming no group. Each count goes to the group of its total when exactly one of the paper's groups has that
    size, else to the two groups compared just before or the two arms in the order the paper gave them
    (``GroupRef.pair_only``: with neither, no row)."""
    out: list[Found] = []
    for e in s.endpoints:
        if e.code not in COUNTED_CODES:
            continue
        m = VERSUS_COUNTS.match(s.text, e.end)
        if not m or any(o is not e and e.end <= o.start < m.end() for o in s.endpoints):
            continue
        if m.group("and") and not (m.group("respectively") and m.group("a_of") and m.group("b_of")) or \
                m.group("respectively") and RX.LABELS_NEXT.match(s.text, m.end("respectively")):
            continue  # ("in 4 of 52 and 11 of 50 patients" alone, or "..., respectively, in men and women": not arms)
        counts = [parse_count(m.group(k)) for k in ("a", "b")]
        if None in counts:
            continue
        clause_start = max(s.text.rfind(";", 0, e.start), s.text.rfind(":", 0, e.start), 0)
        if RX.CLAUSE_PAIRING.search(s.text[clause_start:e.start]) or \
                _groups(s, (clause_start, m.end())) != (None, None):
            continue
        refs = _pair_only()
        own_p = [p for p in s.pvalues if m.start() <= p.start < m.end()]  # the pair's bracket: "(P = .04)"
        for key, n, g, other in (("a", counts[0], refs[0], refs[1]), ("b", counts[1], refs[1], refs[0])):
            if m.group(f"{key}_of"):
                g.n = int(m.group(f"{key}_of"))
            f = count_fields(e, n)
            if len(own_p) == 1:
                f["p_value"], f["p_op"] = own_p[0].value, (own_p[0].op if own_p[0].op != "=" else None)
            out.append(Found(f, e.start, m.end(), "result.versus_counts", g, other, at=m.start(key)))
            if m.group(f"{key}_p"):
                out.append(Found(dict(f, measure="rate", value=float(m.group(f"{key}_p")), unit="%"), e.start,
                                 m.end(), "result.versus_counts", g, other, at=m.start(f"{key}_p")))
    return out


def _death_pairs(s: Sentence) -> list[tuple[Endpoint, tuple[int, int], tuple[int, int], int, int]]:
    """Each pair of death counts of the sentence: (the "deaths" endpoint, the first count and where it is written, the
    second's, the pair's start and end)."""
    out = []
    for e in s.endpoints:
        if e.code != "DEATH" or not RX.DEATHS_WORD.fullmatch(s.text[e.start:e.end]):
            continue
        pair = _count_pair_around(s, e.start, e.end)
        if pair is not None:
            out.append((e, *pair))
    return out


def _event_pairs(s: Sentence) -> list[tuple[tuple[int, int], tuple[int, int], int, int]]:
    """Each pair of counts of bare "events" of the sentence, as ``_death_pairs`` (no endpoint: which curve's events
    they are is said by the values beside them)."""
    pairs = (_count_pair_around(s, m.start(), m.end()) for m in RX.EVENTS_WORD.finditer(s.text))
    return [p for p in pairs if p is not None]


def _count_pair_around(s: Sentence, noun_start: int, noun_end: int) -> Optional[tuple[tuple[int, int],
                                                                                       tuple[int, int], int, int]]:
    """The pair of counts around a noun of events ("118 vs 131 deaths", "[97 deaths vs. 112]"): the first count and
    where it is written, the second's, the pair's start and end; None for no such pair."""
    before = RX.PAIR_BEFORE_DEATHS.search(s.text, max(0, noun_start - 40), noun_start)
    first = RX.COUNT_BEFORE_DEATHS.search(s.text, max(0, noun_start - 20), noun_start)
    around = RX.PAIR_AROUND_DEATHS.match(s.text, noun_end) if first else None
    m, start, end = (before, before.start(), noun_end) if before else (around, first.start(), around.end()) \
        if around else (None, 0, 0)
    if m is None:
        return None
    a, b = parse_count((before or first).group("a")), parse_count(m.group("b"))
    if a is None or b is None:
        return None
    return (a, (before or first).start("a")), (b, m.start("b")), start, end


def _versus_deaths(s: Sentence, mentions: list) -> list[Found]:
    """'Overall survival did not differ (118 vs 131 deaths)': the deaths of the two groups compared, in the paper's
    order (``GroupRef.pair_only``: a two-arm trial's arms, or no row), when the clause names no group (with one arm
    named, "longer with B (18 vs 31 deaths)", whose count is first is not said)."""
    out: list[Found] = []
    for e, a, b, start, end in _death_pairs(s):
        clause_start = max(s.text.rfind(";", 0, start), s.text.rfind(":", 0, start), 0)
        if _groups(s, (clause_start, end)) != (None, None) or any(clause_start <= m.start < end for m in mentions):
            continue
        refs = _pair_only()
        for (n, at), g, other in ((a, refs[0], refs[1]), (b, refs[1], refs[0])):
            out.append(Found(count_fields(e, n), start, end, "result.versus_deaths", g, other, at=at))
    return out


# "Grade 3 rash was more frequent with drug K (24/120 vs 6/120)": the pair of counts, each with its total, in the
# bracket after the arm the sentence says had more (or less)
COMPARED_VERSUS_COUNTS = lazy_regex(r"[(\[]\s*" + _one_count("a") + r"\s*,?\s*(?:vs\.?|versus|v\.?)\s+"
                                    + _one_count("b") + _PEOPLE_NOUN
                                    + r"\s*(?:[;,]\s*p\s*[=<>≤≥]\s*0?[.·]\d+\s*)?[)\]]", re.I)


def _compared_versus_counts(s: Sentence, groups: Optional[GroupIndex]) -> list[Found]:
    """'Grade 3 rash was more frequent with drug K (24/120 vs 6/120)': in a two-arm trial, the two counts of the outcome
    in the bracket after the one arm the sentence says had more (or less) of it; the larger (or smaller) count is that
    arm's (``_arms_by_comparison``), each of the total written with it. Both totals are required: a bare "(24 vs 6)"
    may count events, not people."""
    if groups is None or len(groups.groups) != 2:
        return []
    out: list[Found] = []
    for e in s.endpoints:
        if e.code not in COUNTED_CODES:
            continue
        m = COMPARED_VERSUS_COUNTS.search(s.text, e.end)
        start = _pair_clause_start(s, e, m.start()) if m is not None else None
        if m is None or start is None or not (m.group("a_of") and m.group("b_of")) or \
                any(o is not e and e.end <= o.start < m.end() for o in s.endpoints):
            continue
        counts = [parse_count(m.group(k)) for k in ("a", "b")]
        if None in counts:
            continue
        arms = _arms_by_comparison(s, groups, m.start("a"), counts[0], counts[1])
        if arms is None:
            continue
        own_p = [p for p in s.pvalues if m.start() <= p.start < m.end()]
        for key, n, g, other in (("a", counts[0], arms[0], arms[1]), ("b", counts[1], arms[1], arms[0])):
            f = count_fields(e, n)
            if len(own_p) == 1:
                f["p_value"], f["p_op"] = own_p[0].value, (own_p[0].op if own_p[0].op != "=" else None)
            sized = replace(g, n=int(m.group(f"{key}_of")))
            out.append(Found(f, start, m.end(), "result.versus_counts", sized, other, at=m.start(key)))
            if m.group(f"{key}_p"):
                out.append(Found(dict(f, measure="rate", value=float(m.group(f"{key}_p")), unit="%"), start,
                                 m.end(), "result.versus_counts", sized, other, at=m.start(f"{key}_p")))
        break
    return out


# How far a compared pair's bracket may stand from its outcome: "grade 3 rash was more frequent with drug K ("
PAIR_NEAR_OUTCOME = 80
# ... and from the end of the count of all patients said in the outcome's first predicate: "... occurred in 12
# patients (9%) at a median of 4 months and was more common with drug K ("
PAIR_NEAR_FIRST_PREDICATE = 120


def _pair_clause_start(s: Sentence, e: Endpoint, bracket: int) -> Optional[int]:
    """Where the rows of the pair whose bracket is at ``bracket`` start: at its outcome ``e`` when the bracket follows
    it closely with no value between; at the clause joined by "and" that compares the arms when the outcome's first
    predicate gave a count ("Grade 2 pneumonitis occurred in 12 patients (9%) and was more common with drug K (9/60
    vs 3/62)": that count is all patients', read on its own), with no other value before the bracket; else None."""
    between = [v for v in s.values if e.end <= v.start < bracket]
    if not between:
        return e.start if bracket - e.end <= PAIR_NEAR_OUTCOME else None
    last = max(v.end for v in between)
    close = last + 1 if s.text[last:last + 1] in ")]" else last
    joined = RX.AND_THEN_COMPARED.match(s.text, close, bracket)
    if joined is None or bracket - close > PAIR_NEAR_FIRST_PREDICATE:
        return None
    return joined.start("clause")


# "(41 of 100 [41%] and 12 of 100 [12%], p<0.001)": a pair joined by "and", when nothing but a p value or
# "respectively" follows its second count in the bracket (not "(12 [8%] and 3 [2%] at grade 3 and 4)")
AND_ONLY = lazy_regex(GROUP_RESULTS_RX.VERSUS_ONLY.pattern.replace(r"(?:vs\.?|versus|v\.?|compared\s+with)",
                                                                   r"(?:and)"), re.I)


def _closes_the_pair(s: Sentence, b: Value) -> bool:
    return RX.PAIR_CLOSED.match(s.text, b.end) is not None


def _inside_one_bracket_pair(s: Sentence, a: Value, b: Value) -> bool:
    """Both values of a pair inside the same bracket, which holds nothing else but an interval or p value."""
    depth = s.depths
    start = count_start(s.text, a)
    opened = s.text.rfind("(", 0, start)
    return opened >= 0 and depth[start] == depth[count_start(s.text, b)] and depth[start] >= 1 and \
        all(depth[i] >= depth[start] for i in range(opened + 1, b.end))


def _sized_pair_then_outcome(s: Sentence, known: list[Found], sized: Optional[GroupIndex]) -> list[Found]:
    """'50 of 106 (47%) and 40 of 103 (39%) patients underwent complete resection', the sentence's only two counts,
    no group named and each total the size of one of a two-arm trial's arms: the rows of the first count, of the arm
    of its size, and the second's of the other (when read alone as the outcome's count, in ``known``, that row is
    given the arm)."""
    counted = [v for v in s.values if v.count is not None]
    if sized is None or len(counted) < 2:
        return []
    # (the clause's only two counts: "... had surgery; 12 of 103 (12%) and 25 of 106 (24%) had a local recurrence")
    a, b = counted[-2:]
    clause = max(s.text.rfind(";", 0, a.start), s.text.rfind(":", 0, a.start), 0)
    outcomes = [e for e in s.endpoints if e.code in COUNTED_CODES]
    e = _endpoint_after(s, outcomes, b)
    if e is None or not AND_ONLY.fullmatch(s.masked[a.end:b.start]) or \
            any(clause <= count_start(s.text, v) for v in counted[:-2]) or \
            any(clause <= x.start < a.start for x in outcomes) or attached_group(s, a) or attached_group(s, b):
        return []
    arms = _arms_by_size(s, sized, [a, b])
    seconds = [f for f in known if f.fields.get("endpoint") == e.code and f.start <= b.start < f.end
               and f.fields.get("value") in (b.count, b.value)]
    if arms is None or any(f.start <= a.start < f.end for f in known):
        return []
    for f in seconds:
        f.group, f.comparator, f.pattern_id = arms[1], arms[0], "result.count_pair.sized"
    out = []
    for v, mine, other in ((a, arms[0], arms[1]), *(() if seconds else ((b, arms[1], arms[0]),))):
        f = count_fields(e, v.count)
        out += [Found(f, count_start(s.text, v), e.end, "result.count_pair.sized", mine, other, at=v.start),
                Found(_rate_row(f, s, v), count_start(s.text, v), e.end, "result.count_pair.sized", mine, other,
                      at=v.start)]
    return out


def _count_lists(s: Sentence, known: list[Found], taken: Sequence[Value] = (),
                 groups: Optional[GroupIndex] = None, sized: Optional[GroupIndex] = None) -> list[Found]:
    """'ypT0 and ypN0 were found in 4 (28.6%) and 9 (64.3%)'; 'an ORR of 42.1% (16/38)': counts
    with their percentages, listed in the order of the endpoints named before them."""
    values = [v for v in s.values if v.count is not None and not any(f.start <= v.start < f.end for f in known)]
    if not values:
        return []
    if sized_pair := _sized_pair_then_outcome(s, known, sized):
        return sized_pair
    # (a pair of the arms' counts leaves the outcome's count of all patients to read: "... was reported in 14 (11%)
    # and was more common with A (10/62 vs 4/61)")
    counted = {(f.fields["endpoint"], f.fields.get("category")) for f in known
               if f.pattern_id != "result.versus_counts"}
    asides = [m.span() for m in RX.DEFINING_ASIDE.finditer(s.text)]
    # "[pneumonia, n=6; sepsis, n=4]": a breakdown's items carry their own count, no share of a list
    candidates = [e for e in s.endpoints if (e.code in COUNTED_CODES or e.code == "PATH_STAGE")
                  and (e.code, e.category) not in counted and not any(a <= e.start < b for a, b in asides)
                  and not RX.ITEM_N.match(s.text, e.end)]
    # a pair is read whole, its second count too where a group rule read it ("40 [27%] of 148 vs one [1%] of 149
    # patients in the B group, ...": the rule knows the second by the name after it, the first by none)
    paired = sorted(values + [v for v in taken if v.count is not None], key=lambda v: v.start)
    pairs = _bracketed_pairs(s, candidates, paired, groups, sized) or \
        (paired != values and _bracketed_pairs(s, candidates, values, groups, sized)) \
        or _respectively_counts(s, candidates, values) or _respectively_count_list(s, candidates, values)
    if pairs:
        return pairs
    # "two (5%) had a complete response, 10 (25%) a partial response and 8 (20%) stable disease": a count with the
    # outcome written straight after it is that outcome's, not the one named before it
    following = [(v, e) for v, e in ((v, _endpoint_after(s, candidates, v)) for v in values) if e is not None]
    if following and len({id(e) for _, e in following}) == len(following):
        first = _count_rows(s, [e for _, e in following], [v for v, _ in following])
        used = {id(e) for _, e in following} | {id(v) for v, _ in following}
        values = [v for v in values if id(v) not in used]
        candidates = [e for e in candidates if id(e) not in used]
        return first + (_count_lists_of(s, values, candidates, groups, sized) if values else [])
    return _count_lists_of(s, values, candidates, groups, sized)


def _named_has_more(s: Sentence, found: list[Found], groups: Optional[GroupIndex]) -> None:
    """"Grade 3 rash was more common with B (9% vs 3%)": an unnamed pair (the arms in the paper's order) after one of
    the paper's groups named with a comparison is that group's larger (or smaller) value and the other group's other,
    whichever order the paper writes them in ("with B (3% vs 9%)" too)."""
    if groups is None:
        return
    pairs: dict[tuple, list[Found]] = {}
    for f in found:
        if f.group is not None and f.group.unnamed in (0, 1) and f.fields.get("measure") not in RATIOS:
            pairs.setdefault((f.start, f.pattern_id, f.fields["endpoint"], f.fields.get("category"),
                              f.fields.get("grade")), []).append(f)
    for rows in pairs.values():
        measure = "rate" if any(f.fields["measure"] == "rate" for f in rows) else rows[0].fields["measure"]
        a = next((f for f in rows if f.group.unnamed == 0 and f.fields["measure"] == measure), None)
        b = next((f for f in rows if f.group.unnamed == 1 and f.fields["measure"] == measure), None)
        if a is None or b is None:
            continue
        arms = _arms_by_comparison(s, groups, min(f.value_at for f in rows), a.fields["value"], b.fields["value"])
        if arms is None:
            arms = _arms_named_after(s, groups, max(f.value_at for f in rows), a.fields["value"], b.fields["value"])
        if arms is not None:
            for f in rows:
                f.group, f.comparator = arms if f.group.unnamed == 0 else arms[::-1]


def _arms_named_after(s: Sentence, groups: GroupIndex, last_at: int, first: float, second: float
                      ) -> Optional[tuple[GroupRef, GroupRef]]:
    """"Neutropenia (25% vs 14%) was more frequent in the B group": an unnamed pair whose bracket the clause follows
    with one arm only, named after a comparison, is that arm's larger (or smaller) value and the other arm's other,
    whichever order the paper writes them in. None (the paper's order stays) when the clause after the bracket names
    no arm, or both, or no comparison before the arm ("(none vs 12 [9%]) was seen with B only"), or the sentence
    names an arm before the bracket."""
    if len(groups.groups) != 2:
        return None
    close = next((i for i in range(last_at, len(s.text)) if s.depths[i] == 0), None)
    if close is None:
        return None
    end = s.text.find(";", close)
    end = len(s.text) if end < 0 else end
    mentions = groups.mentions(s.text)
    after = [m for m in mentions if close <= m.start < end and s.depths[m.start] == 0]
    if len({m.key for m in after}) != 1 or any(m.start < close for m in mentions):
        return None
    named = after[0]
    # (the comparison said after the last bracket before the arm: "rash (a vs b) and a higher rate of fatigue (c vs d)
    # were seen in B" says which is more of the fatigue only)
    since = max(close, s.text.rfind(")", close, named.start) + 1, s.text.rfind("]", close, named.start) + 1)
    words = [(x.start(), True) for x in RX.MORE_SAID.finditer(s.text, since, named.start)] + \
            [(x.start(), False) for x in RX.LESS_SAID.finditer(s.text, since, named.start)]
    other = groups.other(named.key)
    mine, theirs = group_ref(groups, named.key), group_ref(groups, other)
    if not words or first == second:
        return None
    more = max(words)[1]
    return (mine, theirs) if (first > second) == more else (theirs, mine)


def _arms_by_comparison(s: Sentence, groups: Optional[GroupIndex], first_at: int, first: float,
                        second: float) -> Optional[tuple[GroupRef, GroupRef]]:
    """The two arms of a pair whose first value is at ``first_at``, as (first value's, second value's), when one arm is
    named right before the pair's bracket and the sentence said before it that this arm had more (or less): the larger
    (or smaller) value is that arm's, whichever order the paper writes the values in. None when that is not said, or
    the values are equal."""
    if groups is None or len(groups.groups) != 2 or first == second:
        return None
    bracket = max(s.text.rfind("(", 0, first_at), s.text.rfind("[", 0, first_at))
    outer = s.text.rfind("(", 0, bracket)
    if outer >= 0 and RX.ONE_NUMBER_OR_WORD.fullmatch(s.text[outer + 1:bracket]):
        bracket = outer  # "(14 [9%]": the count's bracket, not its share's
    if bracket < 0 or first_at - bracket > 30:
        return None
    start = max(0, bracket - 60)
    m = RX.NAMED_BEFORE_PAIR.search(s.text[start:bracket + 1])
    named = groups.mentions(m.group("group")) if m is not None and not RX.GENERIC_NAMED.match(m.group("group")) else []
    if len({x.key for x in named}) != 1:
        return None
    more = _said_more(s, start + m.start())
    if more is None:
        return None
    key = named[0].key
    if key == groups.groups[0].key and (first > second) != more:
        # "more frequent in the A group (14% vs 27%)" with A the first arm: written in the arms' order or the named
        # arm's first, the first value is A's, which the comparison contradicts; which is wrong is not said
        return None
    other = groups.other(key)
    mine, theirs = group_ref(groups, key), group_ref(groups, other)
    return (mine, theirs) if (first > second) == more else (theirs, mine)


def _arms_by_size(s: Sentence, index: Optional[GroupIndex], values: list[Value]
                  ) -> Optional[tuple[GroupRef, GroupRef]]:
    """'(9 [6%] of 148 vs 31 [21%] of 152)' in a trial of two arms of 152 and 148: each count is of the arm its total
    is the size of, whatever order the paper writes them in; None unless both totals are the two arms' sizes."""
    if index is None or len(index.groups) != 2:
        return None
    # ("(9 [6%] of 148 vs ...)" after the share; "11 of 86 (12.8%) versus 8 of 85 (9.4%)" after the count)
    totals = [RX.OF_TOTAL.match(s.text, v.start) or DENOMINATORS_RX.COUNT_OF_TOTAL.match(s.text, count_start(s.text, v))
              for v in values]
    if not all(totals):
        return None
    by_size = {g.n: g for g in index.groups if g.n is not None}
    n1, n2 = (parse_count(m.group("n")) for m in totals)  # ("1,293": a count with its thousands comma)
    if n1 == n2 or len(by_size) != 2 or {n1, n2} != set(by_size):
        return None
    return group_ref(index, by_size[n1].key), group_ref(index, by_size[n2].key)


def _count_lists_of(s: Sentence, values: list[Value], candidates: list[Endpoint],
                    index: Optional[GroupIndex] = None, sized: Optional[GroupIndex] = None) -> list[Found]:
    """``_count_lists`` for the counts no outcome straight after them names (``sized``: the paper's groups, named in
    the sentence or not, whose sizes a pair's totals may be)."""
    groups: list[list[Value]] = []
    for v in values:  # a new list wherever an endpoint is named between two values
        if groups and not any(groups[-1][-1].end <= e.start < v.start for e in candidates):
            groups[-1].append(v)
        else:
            groups.append([v])
    if len(groups) > 1:  # "ORR was 42.1% (16/38) and DCR was 81.6% (31/38)": each list on its own
        out: list[Found] = []
        previous_end = 0
        for group in groups:
            named = [e for e in candidates if previous_end <= e.start < group[0].start]
            previous_end = group[-1].end
            out += _count_rows(s, _trailing_endpoints(s, named), group)
        return _shared_total(s, out)
    endpoints = _trailing_endpoints(s, [e for e in candidates if e.end <= values[0].start])
    if endpoints and unnamed_item_between(s.masked[endpoints[-1].end:count_start(s.text, values[0])]):
        endpoints = []  # "events (21 [7%] vs none), transfusions (38 [13%] vs 6 [4%])": an item no endpoint names
    if not endpoints and len(values) == 1:
        # "62% of the responders (21 of 34) remained on treatment": the endpoint straight after its count
        after = [e for e in candidates if e.start >= values[0].end
                 and COUNT_THEN_ENDPOINT.fullmatch(s.masked[values[0].end:e.start])]
        endpoints = after[:1]
    arms = [attached_group(s, v) for v in values]
    if len(values) == 2 and arms[0] is not None and arms[1] is None and RX.WITH_AFTER.match(s.text, values[0].end) and \
            RX.BARE_WITHOUT_AFTER.match(s.text, values[1].end):
        # "in 10 of 18 patients (56%) with X and 8 of 20 (40%) without": the second, those without X
        arms[1] = GroupRef(f"without {arms[0].label}")
    if len(endpoints) == 1 and len(values) > 1 and not any(arms):
        # "in 40 (65%) of 62 untreated patients and in 20 (31%) of 64 pretreated patients": each of its group
        labelled = [_labelled_total(s, v) for v in values]
        if all(g is not None and g.label for g in labelled) and len({g.label.lower() for g in labelled}) == len(values):
            arms = labelled
    if len(endpoints) == 1 and len(values) == 2 and not any(arms) and GROUP_RESULTS_RX.VERSUS_ONLY.fullmatch(
            s.masked[values[0].end:values[1].start]):
        # "fatigue was more common with A than with B (30 [16%] vs 9 [4%])": the pair of the two groups compared
        # (both totals the two arms' sizes: each count is of the arm of its size, whatever else the words say)
        g1, g2 = _arms_by_size(s, sized, values) or _groups(s)
        if g1 is None or g2 is None:
            g1, g2 = _arms_by_comparison(s, index, values[0].start, values[0].value, values[1].value) or (
                    GroupRef("group 1", unnamed=0), GroupRef("group 2", unnamed=1))
        arms = [g1, g2]
    if len(endpoints) == 1 and len(values) == 2 and not any(arms) and AND_ONLY.fullmatch(
            s.masked[values[0].end:values[1].start]) and not RX.COUNTS_RESPECTIVELY.match(s.text, values[1].end) and \
            not RX.ANOTHER_ITEM_AFTER.match(s.masked, endpoints[0].end) and \
            not any(e.start != endpoints[0].start and e.start < values[0].start for e in s.endpoints) and \
            (by_size := _arms_by_size(s, sized, values)):
        # "complete resection was achieved in 81 of 106 (76%) and 62 of 103 (60%) patients", no group named: each
        # total the size of one of the trial's two arms, the count is that arm's (the sentence's only outcome: "local
        # and distant failure were seen in 9 of 106 and 20 of 103" may count the two outcomes)
        arms = list(by_size)
    if len(endpoints) == 1 and len(values) == 2 and not any(arms) and AND_ONLY.fullmatch(
            s.masked[values[0].end:values[1].start]) and RX.COUNTS_RESPECTIVELY.match(s.text, values[1].end) and \
            not RX.ONE_DIGIT.search(s.masked[endpoints[0].end:count_start(s.text, values[0])]) and \
            not RX.ANOTHER_ITEM_AFTER.match(s.masked, endpoints[0].end):
        # (not after other values: "... in 113 (18%) of 636 with A and 252 (41%) of 615 with B and led to death in 13
        # (2%) and 14 (2%), respectively" counts what no endpoint here names)
        # "Adverse events led to discontinuation in 13 (3%) and 12 (2%) patients, respectively": the two groups
        # compared just before, in their order
        arms = _pair_only()
    if len(endpoints) == 1 and len(values) > 1 and all(arms):
        # "grade 3 events occurred in 45 (30%) of 150 patients in the A group and 30 (20%) of 148 in the B group"
        e = endpoints[0]
        said = next((g for g, g_start, _ in s.grades if g_start >= values[-1].end
                     and RX.GRADE_SAID_AFTER_COUNTS.fullmatch(s.text, values[-1].end, g_start)), None)
        if said is not None:
            # "(40/118 [34%] with A vs 12/119 [10%] with B for all grades; seven [6%] vs two [2%] for grade 3 or 4)":
            # the counts at the grade said right after them (at another than the outcome's own: no row)
            if e.grade is not None and e.grade != said:
                return []
            e = replace(e, grade=said)
        # "38.6% (80/207) vs 21.5% (44/205) (P<0.001)": the p right after a pair compares its two groups
        p_fields: dict = {}
        if len(values) == 2:
            p = next((x for x in s.pvalues if values[1].end <= x.start <= values[1].end + 30), None)
            if p is not None and not any(values[1].end <= w.start < p.start for w in s.values) and \
                    RX.BEFORE_A_P_VALUE.fullmatch(s.text[values[1].end:p.start]):
                p_fields = {"p_value": p.value, "p_op": p.op if p.op != "=" else None}
        out = []
        for v, g in zip(values, arms, strict=True):
            other = [a for a in arms if a is not g]
            comparator = other[0] if len(other) == 1 else None
            f = dict(count_fields(e, v.count), **p_fields)
            out.append(Found(f, e.start, v.end, "result.count_list.arms", g, comparator))
            out.append(Found(dict(_rate_row(f, s, v), **p_fields), e.start,
                             v.end, "result.count_list.arms", g, comparator))
        return out
    if len(endpoints) == 1 and len(values) == 1 and not any(arms) and \
            (against := _against_none_of(s, sized, endpoints[0], values[0])):
        return against
    if len(values) == 1 and len(endpoints) > 1 and RX.EACH_AFTER.match(s.text, values[0].end) and \
            all(e.code == "TOX" and e.category for e in endpoints):
        # "rash and fatigue (two [3%] each)": the one count is every event's listed before it
        return _count_rows(s, endpoints, values * len(endpoints))
    return _count_rows(s, endpoints, values)


def _against_none_of(s: Sentence, sized: Optional[GroupIndex], e: Endpoint, v: Value) -> list[Found]:
    """"diarrhoea (seven [2%] of 150 patients vs none of 148)" in a trial of two arms of 150 and 148: the count and
    share are the arm's of the first total, and none (a count of 0) the arm's of the second; no rows unless the first
    total is one arm's size and the second the other's (or the other's size is not known)."""
    none = RX.VERSUS_NONE_OF.match(s.text, v.end)
    total = RX.OF_TOTAL.match(s.text, v.start) or DENOMINATORS_RX.COUNT_OF_TOTAL.match(s.text, count_start(s.text, v))
    if none is None or total is None or sized is None or len(sized.groups) != 2:
        return []
    n1, n2 = parse_count(total.group("n")), parse_count(none.group("n"))
    # (the other arm's size may be one the paper gives only later: it is then the arm that is not of the first total)
    first = [g for g in sized.groups if g.n == n1]
    second = [g for g in sized.groups if g.n in (n2, None) and g not in first]
    if n1 == n2 or len(first) != 1 or len(second) != 1:
        return []
    first, second = group_ref(sized, first[0].key), group_ref(sized, second[0].key)
    f = count_fields(e, v.count)
    return [Found(f, e.start, v.end, "result.count_list.none_of", first, second),
            Found(_rate_row(f, s, v), e.start, v.end, "result.count_list.none_of", first, second),
            Found(count_fields(e, 0), e.start, none.end(), "result.count_list.none_of", second, first)]


def _fraction_group(s: Sentence, v: Value) -> Optional[GroupRef]:
    m = RX.FRACTION_OF.match(s.text, v.start)
    if not m:
        return None
    label = _clean(m.group("label") or "")
    return GroupRef(label if label.lower() not in ("patients", "cases", "participants") else "", int(m.group("d")))


# not "in either group", which mostly says none of all patients had it ("no deaths in either group")
IN_BOTH_GROUPS = lazy_regex(rf"(?<![\w-])(?:in|for|among|with)\s+(?P<label>(?!either\b){EVERY_GROUP_LABEL})\b(?![\w-])",
                            re.I)
BOTH_GROUPS_LABEL = lazy_regex(EVERY_GROUP_LABEL, re.I)


def _group_after_count(s: Sentence, v: Value, after: Optional[re.Match]) -> Optional[GroupRef]:
    if after is None:
        return None
    total = RX.COUNT_OF.search(s.text, v.start, v.end)
    return GroupRef(_clean(after.group("label")), int(total.group("d")) if total else None)


# "9 of 30 node-positive patients (30%)": the count, its total and the people counted, then the share in brackets
LABELLED_TOTAL_BEFORE = lazy_regex(r"\b\d+\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<n>\d+)\s+"
                                   r"(?P<label>(?:(?!(?:and|or|of|in|with|who|the|patients|participants)\b)[A-Za-z][\w-]*"
                                   r"\s+){1,3}?(?:patients|participants|women|men)"
                                   # (people named by an outcome are a part by that name: "9 of the 30 responders")
                                   rf"|(?:[A-Za-z][\w-]*\s+)?{lexicon.PEOPLE_BY_OUTCOME}"
                                   # (or the lesions counted: "9 of 81 treated lesions (11%)", a lesion's rate)
                                   rf"|(?:[A-Za-z][\w-]*\s+)?(?:{lexicon.LESION_NOUNS}))"
                                   r"\s*[(\[]\s*$", re.I)


def _labelled_total(s: Sentence, v: Value) -> Optional[GroupRef]:
    """'20 (31%) of 64 pretreated patients', '9 of 30 node-positive patients (30%)': the group of 64 (30) the words
    name; 'of 40 evaluable patients': a group of 40 no words name (the whole study when it had 40)."""
    m = RX.OF_LABELLED_TOTAL.match(s.text, v.start) or \
        LABELLED_TOTAL_BEFORE.search(s.text, max(0, v.start - 90), v.start)
    if m is None:
        return None
    label = _clean(m.group("label"))
    if RX.LESIONS_COUNTED.search(label):
        # "9 of 81 lesions (11.1%)": the study's lesions (or those the words name), not a group of patients
        return GroupRef(f"{m.group('n')} {label}", int(m.group("n")), "lesions")
    return GroupRef("" if RX.COUNTED_PATIENTS.fullmatch(label) else label, int(m.group("n")))


def _shared_total(s: Sentence, rows: list[Found]) -> list[Found]:
    """'anaemia (16 [4%] of 359 patients), neutropenia (13 [4%]) and fatigue (15 [4%])': the total said with a
    list's first item is that of the items after it, when each of their shares is its count of that total."""
    total: Optional[GroupRef] = None
    last_end = -1
    for f in rows:
        g = f.group
        if g is not None and not g.label and g.n:
            total, last_end = g, f.value_at
            continue
        if g is not None:
            total = None
            continue
        if total is None or f.fields["measure"] != "count" or \
        not RX.LIST_ITEM_JOIN.fullmatch(s.text, last_end, f.start):
            if f.fields["measure"] == "count":
                total = None
            continue
        rate = next((r for r in rows if r is not f and r.start == f.start and r.fields["measure"] == "rate"), None)
        if rate is None or abs(100 * f.fields["value"] / total.n - rate.fields["value"]) > 1.0:
            total = None
            continue
        f.group = GroupRef("", total.n)
        rate.group = GroupRef("", total.n)
        last_end = f.value_at
    return rows


def _endpoint_after(s: Sentence, candidates: list[Endpoint], v: Value) -> Optional[Endpoint]:
    """The endpoint written straight after a count ("10 (25%) a partial response", "16 (11.3%) progressive
    disease")."""
    if "%" not in s.text[v.start:v.end + 1]:
        return None  # "12 (27)  Overall response": a table's cells run into the next row's label
    depth = s.depths
    # "regional (9 [14%]) recurrences": a count in a bracket of its own is not what the words after the bracket name
    after = [e for e in candidates if e.start >= v.end and SHARE_THEN_ENDPOINT.fullmatch(_ungraded(s, v.end, e.start))
             and depth[count_start(s.text, v)] <= depth[e.start]]
    return after[0] if after else None


def _ungraded(s: Sentence, a: int, b: int) -> str:
    """The text between a and b without the grades said there and a "treatment-related" before the outcome
    ("12 (30%) patients had grade 3-4 treatment-related adverse events")."""
    cut = [(g[1], g[2]) for g in s.grades if a <= g[1] and g[2] <= b]
    if not cut:
        return s.text[a:b]  # (blanks kept: a run of them is a table's layout, no prose)
    pieces = [s.text[x:y] for x, y in zip([a] + [end for _, end in cut], [start for start, _ in cut] + [b],
                                          strict=True)]
    text = (pieces[0].rstrip() + " " + " ".join(p.strip() for p in pieces[1:] if p.strip())).rstrip() + " "
    return RX.RELATED_BEFORE.sub("", text)


# Between a count's share and the outcome written after it, in one line of prose: "(25%) a partial response",
# "[3%] discontinued"; a line break, a run of blanks or no blank at all is a table's layout instead
SHARE_THEN_ENDPOINT = lazy_regex(rf"%?[)\]]? (?:patients? )?(?:{_WHEN_ADVERB} )?(?:{_COUNTED_VERBS} )?"
                                 # ("... had a confirmed partial response": how the response was judged)
                                 rf"(?:(?:still|{_WHEN_ADVERB}) )?(?:an? |the )?(?:(?:un)?confirmed |durable )?", re.I)


def _count_rows(s: Sentence, endpoints: list[Endpoint], values: list[Value]) -> list[Found]:
    if not endpoints or len(endpoints) != len(values) or any(RX.SITE_AFTER_COUNT.match(s.text, v.end) for v in values):
        return []  # (a count of the site's events said after it, not of the outcome named before it)
    out = []
    for e, v in zip(endpoints, values, strict=True):
        # "ORR was 45%, including 3 complete responses (7%)": the outcome named between a count and its share is
        # theirs, not the one before them
        said = [m.end() for m in re.finditer(rf"(?<![\d.]){v.count}(?![\d.])", s.text[max(0, v.start - 60):v.start])]
        at = max(0, v.start - 60) + said[-1] if said else v.start
        own = [x for x in s.endpoints if at <= x.start and x.end <= v.start]
        if own:
            e = own[-1]
        # "... and 6 patients (37.5%) judged as stable disease": the outcome the count is judged as, after it
        judged = [x for x in s.endpoints if x.start >= v.end and RX.JUDGED_AS.fullmatch(s.text, v.end, x.start)]
        if judged:
            e = judged[0]
        f = count_fields(e, v.count)
        after = RX.GROUP_AFTER_COUNT.match(s.text, v.end)
        each = after and RX.EVERY_GROUP.match(after.group("label"))
        if each and not BOTH_GROUPS_LABEL.fullmatch(after.group("label").strip()):
            continue  # "13 (5%) in all three arms": neither one group's count nor the whole study's
        if e.start > v.start and RX.AT_BASELINE.match(s.text, e.end):
            continue  # "120/500 (24%) had renal impairment at baseline": who the patients were, no outcome
        # (from the list's last outcome on: "Local, regional and distant failures were seen in 12 (13%), ..." has the
        # list's other outcomes after the first, no new subject)
        lead = max([e.end] + [x.end for x in endpoints if x.end <= count_start(s.text, v)])
        if e.end <= v.start and GROUP_RESULTS_RX.NEW_SUBJECT_BETWEEN.search(s.masked[lead:count_start(s.text, v)]):
            continue  # "... died, and repeat operations were required in 17 (40%)": the count of a new subject
        if e.end <= v.start and any(e.end <= x.start and x.end <= count_start(s.text, v) and x.unit == "%"
                                    and x.count is None and s.depths[x.start] == s.depths[e.start] for x in s.values):
            continue  # "anaemia in 70% and death from toxic effects in three (1%)": the outcome had its share
        # "13 (5%) in each group": the same count in each of the two groups (assemble gives it to both)
        group = GroupRef(after.group("label").strip()) if each else \
            _fraction_group(s, v) or _group_after_count(s, v, after)
        total = RX.OF_TOTAL.match(s.text, v.start)
        if group is None and total:
            group = GroupRef("", int(total.group("n")))  # "six [11%] of 57": the group of 57
        if group is None:
            group = _labelled_total(s, v)
        # the endpoint before its count ("ORR was 40% (8/20)") or after it ("8/20 (40%) had a response")
        start, end = (e.start, v.end) if e.start < v.start else (count_start(s.text, v), e.end)
        out.append(Found(f, start, end, "result.count_list", group))
        out.append(Found(_rate_row(f, s, v), start, end,
                         "result.count_list", group))
    return out


def _chain_back(items: list, text: str, join: Regex) -> list:
    """The last of ``items`` (mentions in order, with ``start`` and ``end`` in ``text``) and those before it joined
    to it by ``join`` alone, nearest first kept in order: the coordinated tail of a list."""
    chain = [items[-1]]
    for e in reversed(items[:-1]):
        if not join.fullmatch(text[e.end:chain[0].start]):
            break
        chain.insert(0, e)
    return chain


def _trailing_endpoints(s: Sentence, endpoints: list[Endpoint]) -> list[Endpoint]:
    """The endpoints coordinated at the end of a list ("CR, PR and SD"), nearest the values."""
    return _chain_back(endpoints, s.masked, RX.COORDINATION) if endpoints else []


# Endpoints that are events one counts: "three deaths", "eight local recurrences", "14 SAEs".
EVENT_CODES = codes_with("event")
# An outcome said to occur in a number of patients ("relapse occurred in 37 patients", "a partial response occurred
# in 9"): the number is its count
OCCURS_IN_PATIENTS = codes_with("occurs_in_patients")


def _term_n(s: Sentence) -> list[Found]:
    """'the grade 3 events were neutropenia (n = 9) and fatigue (n = 4)': a count per adverse event."""
    out = []
    for e in s.endpoints:
        if e.code != "TOX" or not e.category:
            continue
        m = RX.TERM_N.match(s.text[e.end:e.end + 30])
        if not m or RX.PEOPLE_WITH_TERM.search(s.text, max(0, e.start - 50), e.start):
            continue  # "those who did not develop rash (n = 67)": the size of a group the event defines
        if RX.GROUP_RESULT_AFTER.match(s.text, e.end + m.end()) or (
                RX.ELLIPTIC_WITH.search(s.text, max(0, e.start - 20), e.start)
                and any(x.code not in ADVERSE_EVENT_CODES for x in s.endpoints)):
            continue  # "survival was 9 months with grade 1 rash (n = 40) and 14 months with grade 2 rash (n = 31)",
            # "(n = 31) was 14 months": groups an event defines for another outcome, each with its size
        f = {"endpoint": "TOX", "measure": "count", "timepoint_months": None, "value": float(m.group("n")),
             "unit": "n", "grade": e.grade, "category": e.category, "site": e.site}
        out.append(Found(f, e.start, e.end + m.end(), "result.count.term_n"))
        if m.group("p"):
            out.append(Found(dict(f, measure="rate", value=float(m.group("p")), unit="%"), e.start,
                             e.end + m.end(), "result.count.term_n"))
    return out


def _graded_events_counted(s: Sentence, known: list[Found], mentions: list) -> list[Found]:
    """'Two grade 3 toxicities and no grade 4 toxicity were seen', 'one grade 4 febrile neutropenia occurred': the
    number written before a graded event counts the events (a fatal one, grade 5, ``_counts`` reads already)."""
    out = []
    seen = {(f.fields["endpoint"], f.fields.get("grade"), f.fields["value"]) for f in known}
    for e in s.endpoints:
        if e.code != "TOX" or e.grade in (None, "5"):
            continue
        # (a named event's span begins with its grade, "grade 4 febrile neutropenia"; a generic one's after it)
        grade = next((g for g in s.grades if g[1] == e.start or (
            g[2] <= e.start and RX.GRADE_TO_TERM.fullmatch(s.text, g[2], e.start) is not None)), None)
        if grade is None or grade[0] != e.grade:
            continue
        m = RX.GRADED_EVENTS_COUNTED.search(s.text, max(0, grade[1] - 60), grade[1])
        if m and RX.PATIENTS_BROKEN_DOWN.search(s.text, 0, m.start("n")):
            continue  # "12 patients had acute events, including 8 cases of grade 2 ...": a breakdown of the patients
        n = parse_count(m.group("n")) if m else None
        if n is None or ("TOX", e.grade, float(n)) in seen:
            continue
        f = count_fields(e, n)
        end = e.end
        named = RX.EVENT_IN_BRACKET.match(s.text, e.end) if e.category is None else None
        if named and toxicity_terms().fullmatch(named.group("term")):
            f["category"], end = category_of(named.group("term")), named.end()
        group = RX.GROUP_WORDS_AFTER.match(s.text, end)
        if group and (group.group("each") or not any(end <= x.start < group.end() for x in mentions)):
            continue  # "one ... in both cohort 3 and cohort 4", "two ... in the group given A alone": one count for
            # each group, or for a group the paper's groups do not name
        out.append(Found(f, m.start("n"), end, "result.count.graded_events"))
        share = RX.SHARE_BRACKET_AFTER.match(s.text, end)
        v = next((x for x in s.values if share and x.start == share.start("p") and x.unit == "%"), None)
        if v is not None:
            # "8 grade 2 late fibrosis (12%)": the events' share of the patients, said straight after
            out.append(Found(_rate_row(f, s, v), m.start("n"), share.end(), "result.count.graded_events"))
    return out


def _toxicity_breakdown(s: Sentence, known: list[Found]) -> list[Found]:
    """'Nine patients had late grade 2 toxicity (5 dyspnea, 3 cough, 1 pneumonitis)': the bracket after a graded
    toxicity counts its kinds, each at that grade. Every item must be a count and an adverse event's name (a share
    or another word among them, "(2 rib fractures, 4 chest pain, 9%)", leaves the bracket to the other rules)."""
    out = []
    seen = {(f.fields["endpoint"], f.fields.get("category"), f.fields["value"]) for f in known}
    for g in s.grades:
        opening = s.text.find("(", g[2], g[2] + 40)
        if opening < 0 or not RX.GRADE_TO_TERM.fullmatch(s.text, g[2], opening) or \
                not RX.GRADED_GENERIC_BEFORE.search(s.text, g[2], opening):
            continue
        closing = s.text.find(")", opening)
        # (each item matched where it stands, so that its row quotes the item alone, not the grade before it)
        bounds = [opening + 1] + [x for m in RX.COMMA_SEMICOLON_OR_AND.finditer(s.text[opening + 1:closing])
                                  for x in (opening + 1 + m.start(), opening + 1 + m.end())] + [closing] \
            if closing > 0 else []
        parsed = [RX.BREAKDOWN_ITEM.fullmatch(s.text, a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)
                  if s.text[a:b].strip()]
        if len(parsed) < 2 or not all(m and toxicity_terms().fullmatch(m.group("term")) for m in parsed):
            continue
        for m in parsed:
            n = parse_count(m.group("n"))
            category = category_of(m.group("term"))
            if n is None or ("TOX", category, float(n)) in seen:
                continue
            f = {"endpoint": "TOX", "measure": "count", "timepoint_months": None, "value": float(n), "unit": "n",
                 "grade": g[0], "category": category, "site": None}
            out.append(Found(f, m.start("n"), m.end("term"), "result.count.toxicity_breakdown", at=m.start("n")))
    return out


def _term_counts_after(s: Sentence, known: list[Found]) -> list[Found]:
    """'grade 1-2 fatigue (3 patients) and grade 1-2 dermatitis (7 patients)', 'hyponatraemia (n = 5), syncope (3)
    and rash (1)': the count after each event's name, as patients or cases, or bare after a list's first item gave
    it as "n = ..." (a bare number alone after a name may be a reference or a dose)."""
    out: list[Found] = []
    if not any(e.code == "TOX" and e.category for e in s.endpoints):
        return out  # (the only events this reads)
    if any(x.code not in ADVERSE_EVENT_CODES and x.code not in STOPPING for x in s.endpoints) or \
            RX.SUBSET_BEFORE.search(s.text):
        return out  # "rash (219 patients) was associated with longer survival": groups for another outcome;
        # "of these 150 patients, ... neutropenia (four patients)": counts within a part the sentence names
        # (a change of treatment the events led to is none: "..., rash (3), and the dose was reduced in 4 patients")
    seen = {(f.fields["endpoint"], f.fields.get("category"), f.fields["value"]) for f in known}
    listed_until = -1  # where the last item of an "(n = ...)" list ended
    for e in s.endpoints:
        if e.code != "TOX" or not e.category:
            continue
        sized = RX.TERM_N.match(s.text[e.end:e.end + 30])
        if sized:
            listed_until = e.end + sized.end()
            continue  # (``_term_n`` reads it)
        m = RX.PATIENTS_IN_BRACKET.match(s.text, e.end)
        if m is None and listed_until >= 0 and RX.ITEM_JOIN.fullmatch(s.text, listed_until, e.start):
            m = RX.BARE_COUNT_IN_BRACKET.match(s.text, e.end)
        listed_until = m.end() if m and listed_until >= 0 else -1
        if m is None or RX.PEOPLE_WITH_TERM.search(s.text, max(0, e.start - 50), e.start) or \
                RX.GROUP_RESULT_AFTER.match(s.text, m.end()) or not (e.grade or RX.HARM_WORDS.search(s.text)):
            continue  # "those with grade 2 rash (12 patients) lived longer": a group the event defines
        n = parse_count(m.group("n"))
        if n is None or ("TOX", e.category, float(n)) in seen:
            continue
        out.append(Found(count_fields(e, n), e.start, m.end(), "result.count.term_counted"))
    return out


def _elliptic_response_counts(s: Sentence, known: list[Found]) -> list[Found]:
    """'Complete response was obtained in 6 patients (20%) and stable disease in 11 patients': the later responses
    of the list take the first one's verb, and "in N patients" after each is its count."""
    out = []
    seen = {(f.fields["endpoint"], f.fields["value"]) for f in known}
    for e in s.endpoints:
        if e.code not in RESPONSE_CODES or not RX.ITEM_BEFORE.search(s.text, max(0, e.start - 12), e.start):
            continue
        verb = RX.RESPONSE_VERB_IN.search(s.text, 0, e.start)
        if verb is None or not any(x.code in RESPONSE_CODES and x.end <= verb.start() for x in s.endpoints):
            continue
        m = RX.ELLIPTIC_IN_COUNT.match(s.text, e.end)
        n = parse_count(m.group("n")) if m else None
        if n is None or (e.code, float(n)) in seen:
            continue
        out.append(Found(count_fields(e, n), e.start, m.end(), "result.count.response_elliptic"))
    return out


def _events_sharing_a_count(s: Sentence, known: list[Found]) -> list[Found]:
    """'the commonest grade 3 toxicities were fatigue and rash, both of which occurred in 9 (4%) patients', 'grade 3
    rash and diarrhoea each occurred in 4 patients (3%)': each event of the joined names has that count and share,
    at the grade said with the first (or the list's)."""
    out: list[Found] = []
    if not RX.BOTH_OR_EACH.search(s.text):
        return out
    seen = {(f.fields.get("category"), f.fields["measure"], f.fields["value"]) for f in known}
    terms = _term_matches(s)
    for i, t in enumerate(terms):
        m = RX.EACH_SHARED_COUNT.match(s.text, t.end())
        if m is None:
            continue
        chain = [t]
        for before in reversed(terms[:i]):
            if not RX.TERMS_JOINED.fullmatch(s.text, before.end(), chain[0].start()):
                break
            chain.insert(0, before)
        n = parse_count(m.group("n"))
        if len(chain) < 2 or n is None:
            continue
        first = next((e for e in s.endpoints if e.code == "TOX" and e.start <= chain[0].start() < e.end + 1
                      and e.end >= chain[0].end()), None)
        share = m.group("p") or m.group("p2")
        for term in chain:
            f = {"endpoint": "TOX", "measure": "count", "timepoint_months": None, "value": float(n), "unit": "n",
                 "grade": first.grade if first else None, "category": category_of(term.group(0)), "site": None}
            rows = [f] + ([dict(f, measure="rate", value=float(share), unit="%")] if share else [])
            out.extend(Found(r, term.start(), m.end(), "result.count.shared_by_events") for r in rows
                       if (r["category"], r["measure"], r["value"]) not in seen)
    return out


def _slash_pairs_under_a_header(s: Sentence, mentions: list) -> list[Found]:
    """'Grade 3-4 toxicities (% arm A/% arm B) were: anaemia, 0/3.3; neutropenia, 8.3/5.0': each item's two values
    are the percent of the two groups the header names, in its order (both must be the paper's groups, and every
    item an adverse event's name and a pair)."""
    out: list[Found] = []
    if "/" not in s.text:
        return out
    for h in RX.SLASH_HEADER.finditer(s.text):
        keys = [next((x.key for x in mentions if h.start(g) <= x.start and x.end <= h.end(g)), None) for g in "ab"]
        if None in keys or keys[0] == keys[1]:
            continue
        head = next((e for e in s.endpoints if e.code == "TOX" and e.end <= h.start()
                     and not s.text[e.end:h.start()].strip()), None)
        items, at = [], h.end()
        while (m := RX.SLASH_ITEM.match(s.text, at)) is not None and toxicity_terms().fullmatch(m.group("term")):
            items.append(m)
            at = m.end()
        if head is None or len(items) < 2 or not RX.STOP_OR_END_NEXT.match(s.text[at:]):
            continue
        refs = [GroupRef(s.text[h.start(g):h.end(g)].strip(), key=k) for g, k in zip("ab", keys, strict=True)]
        for m in items:
            for value, group, other in ((m.group("x"), refs[0], refs[1]), (m.group("y"), refs[1], refs[0])):
                f = {"endpoint": "TOX", "measure": "rate", "timepoint_months": None, "value": float(value), "unit": "%",
                     "grade": head.grade, "category": category_of(m.group("term")), "site": None}
                out.append(Found(f, m.start("term"), m.end(), "result.group.slash_header", group, other))
    return out


def _responses_counted(text: str, e: Endpoint, m: re.Match) -> bool:
    """A response code after a bare number counts responses when the name is a countable noun: plural after
    any number, singular after one ("one complete response"); never an abbreviation ("6 CR" in a table)."""
    if e.code not in COUNTED_BY_NAME:
        return False
    if e.code in ("SD", "PD") and RX.DISEASE_AT_END.search(text[e.start:e.end]) and \
            RX.RESPONSE_ITEM_BEFORE.search(text, max(0, e.start - 80), e.start):
        return True  # (the disease states have no plural: "20 stable disease" is a count only in such a list)
    # ("5 complete responses [CRs]": the name ends before the abbreviation it defines)
    named = RX.ABBREVIATION_AFTER_NAME.search(text, e.start, e.end)
    said = RX.RESPONSES_COUNTED.search(text, e.start, named.start() if named else e.end)
    # "three complete and 22 partial responses": the first kind's noun is the one said after the second
    shared = next((x for x
                   in MENTIONS_RX.SHARED_RESPONSE.finditer(text, max(0, e.start - 30), min(len(text), e.end + 60))
                   if x.start("first") == e.start), None) if said is None else None
    plural = said.group(0).lower().rstrip().endswith("s") if said is not None else \
        shared is not None and shared.group("head").lower().endswith("s")
    return (said is not None or shared is not None) and (plural or bool(RX.ONE.search(m.group("n"))))


def _prose_before(head: str, m: re.Match) -> bool:
    """A count written in a sentence: words before it on its line, nothing but spaces after it."""
    before = head[:m.start()]
    line = before.rsplit("\n", 1)[-1]
    if "\n" in m.group(0) and not RX.JOIN_AT_LINE_END.search(line):
        return False  # "94\nRecurrence" is a table's cell over its next row; "..., and 12\npatients died" is prose
    # ("responded (5 complete and 41 partial responses)": a bracket opened in prose is prose too)
    # (words an earlier rule read are blanks before the bracket: "36 patients responded (")
    # (and a share before it: "the response rate was 38% (3 complete responses and ...": the counts it sums)
    return not before.strip() or bool(RX.NAME_BEFORE_BRACKET_AT_END.search(line))


def _zero_counts(s: Sentence) -> list[Found]:
    out = []
    for e in s.endpoints:
        if e.code not in COUNTED_CODES:
            continue
        # the grade read before the endpoint is blank there: "No patient developed grade 3 or higher X"
        m = RX.NOBODY_BEFORE.search(s.masked[max(0, e.start - 60):e.start])
        if not m:
            m = RX.NO_EVENT_BEFORE.search(s.text[max(0, e.start - 60):e.start])
            after = RX.NO_EVENT_THERE_AFTER if m and m.group("there") else RX.NO_EVENT_AFTER
            if not m or not after.match(s.text[e.end:e.end + 40]) or RX.KIND_RELATED.search(m.group(0)) or \
                    RX.WEIGHTY_KIND.search(m.group(0)):
                continue
            start = e.start - (min(60, e.start) - m.start())
            # "no grade 4 neutropenia was observed in either arm" (each group's none), "... in the B group"
            named = RX.NONE_IN_GROUP.match(s.text, e.end) or (RX.NONE_THERE_IN_GROUP.match(s.text, e.end)
                                                           if m.group("there") else None)
            if named and not RX.JOIN_THEN_PLURAL_END.search(named.group("group").strip()):
                out.append(Found(count_fields(e, 0.0), start, named.end(), "result.count.none",
                                 GroupRef(_clean(named.group("group")))))
                continue
        else:
            if RX.WEIGHTY_KIND.search(m.group(0)):
                continue
            start = e.start - (min(60, e.start) - m.start())
        f = count_fields(e, 0.0)
        out.append(Found(f, start, e.end, "result.count.none"))
    return out


def _state_counts(s: Sentence) -> list[Found]:
    """'9 patients (21%) were alive at 2 years', 'with one patient surviving beyond 1 year': how many
    were in a state (alive, progression-free) at one time point: a count and its rate at that time."""
    out = []
    said_whom = -1  # where the last state counted of people said so ends
    for e in s.endpoints:
        if not e.state or len(e.times) != 1:
            continue  # "12 patients survived" with no time says nothing a curve reports
        if cues()["eligible_by_state"].search(s.text[e.end:e.end + 80]):
            continue
        head = s.masked[max(0, e.start - 60):e.start]
        m = RX.COUNT_BEFORE.search(head)
        start = e.start - len(head) + m.start() if m else 0
        if not m or not (RX.WHOM.search(m.group(0))
                         or RX.OF_THE_WHOLE.search(s.text[:start])
                         # "45 patients (38%) survived 3 years and 20 (17%) survived 5 years": the people said once
                         or (0 <= said_whom < start and RX.STATE_COUNT_ELLIPSIS.fullmatch(s.text, said_whom, start)
                             and any(RX.STATE_TO_TIME.fullmatch(s.text, e.end, t.start) for t in s.times))):
            continue  # a bare number before "alive" is no head count unless the sentence says of whom
        said_whom = e.end
        n = parse_count(m.group("n"))
        if n is None:
            continue
        f = {"endpoint": e.code, "measure": "count", "timepoint_months": e.times[0], "value": float(n), "unit": "n"}
        total = m.group("of") or m.group("total")
        group = GroupRef("", int(total)) if total else None
        out.append(Found(f, start, e.end, "result.count.state", group))
        if m.group("p"):
            out.append(Found(dict(f, measure="rate", value=float(m.group("p")), unit="%"), start, e.end,
                             "result.count.state", group))
    return out


_SYMPTOM_LIST = rf"(?P<list>{RX._SYMPTOM_ITEM}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){RX._SYMPTOM_ITEM})*)"
# "Cough, haemoptysis and chest pain improved in 55%, 80% and 65% of patients, respectively", "dysphagia was relieved
# in 20 of 25 patients (80%)", "relief of haemoptysis was achieved in 81%": each symptom's palliation, its share or
# count ending the clause (a group named after it is left to no row here)
SYMPTOM_RELIEF_WORDS = ("improv", "reliev", "relief", "palliat", "alleviat")
SYMPTOM_RELIEVED = lazy_regex(
    rf"\b(?:{_SYMPTOM_LIST}\s+(?:(?:had|have|has)\s+)?(?:(?:was|were|been)\s+)?(?:improved|relieved|palliated|"
    rf"alleviated)|(?:improvement|relief|palliation)\s+(?:of|in)\s+{_SYMPTOM_LIST.replace('list', 'list2')}\s+"
    r"(?:was|were)\s+(?:seen|observed|achieved|obtained|noted|reported))\s+in\s+"
    r"(?:(?P<shares>\d+(?:\.\d+)?\s*%(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)\d+(?:\.\d+)?\s*%)*)"
    r"(?:\s+of\s+(?:the\s+|all\s+)?(?:patients|cases))?(?P<resp>\s*,?\s*respectively)?"
    r"|(?P<n>\d+)\s+(?:of\s+(?:the\s+)?(?P<of>\d+)\s+)?(?:patients\s+)?\(\s*(?P<p>\d+(?:\.\d+)?)\s*%\s*\))"
    r"(?=\s*(?:[.;]|$))", re.I)


def _symptoms_relieved(s: Sentence) -> list[Found]:
    """Each symptom's palliation, said as the symptom improved or relieved in a share (or a count) of patients: its
    response (SYMPTOM_RESPONSE with the symptom as category; plain pain is the pain response). Several symptoms take
    as many shares, "respectively"; a count is one symptom's."""
    out = []
    low = s.text.lower()
    if not any(w in low for w in SYMPTOM_RELIEF_WORDS):
        return out  # (the list pattern is slow; most sentences say no relief)
    for m in SYMPTOM_RELIEVED.finditer(s.text):
        said = m.group("list") or m.group("list2")
        items = list(RX.SYMPTOM_ITEM.finditer(said))
        rows: list[tuple[re.Match, str, float, Optional[int]]] = []
        if m.group("shares"):
            shares = RX.SHARE_NUMBER.findall(m.group("shares"))
            if len(shares) != len(items) or (len(items) > 1 and not m.group("resp")):
                continue
            rows = [(i, "rate", float(v), None) for i, v in zip(items, shares, strict=True)]
        elif len(items) == 1 and (m.group("of") is None or int(m.group("n")) <= int(m.group("of"))):
            total = int(m.group("of")) if m.group("of") else None
            rows = [(items[0], "count", float(m.group("n")), total), (items[0], "rate", float(m.group("p")), total)]
        for item, measure, value, total in rows:
            term = " ".join(item.group(0).lower().split())
            code, category = ("PAIN_RESPONSE", None) if term == "pain" else ("SYMPTOM_RESPONSE", term)
            f = {"endpoint": code, "measure": measure, "timepoint_months": None, "value": value,
                 "unit": "n" if measure == "count" else "%", "category": category}
            out.append(Found(f, m.start(), m.end(), "result.symptom_relieved",
                             GroupRef("", total) if total else None))
    return out


def _breakdown_of_a_groups_value(s: Sentence, counts: list[Found], group_rows: list[Found],
                                 taken: list[Value]) -> None:
    """'whereas in arm B, 28% responded (4 complete and 38 partial responses)': counts no group rule placed, in the
    bracket straight after a value a group rule gave to a group, are that group's (not all patients')."""
    owner = {f.at: f.group for f in group_rows if f.group is not None and f.group.key and f.at is not None}
    for c in counts:
        at = c.at if c.at is not None else c.start
        if c.group is not None or at >= len(s.depths) or s.depths[at] == 0:
            continue
        opened = max(s.text.rfind("(", 0, at), s.text.rfind("[", 0, at))
        if opened < 0 or s.depths[opened] != s.depths[at] or RX.CLOSING_BRACKET.search(s.text[opened:at]):
            continue  # (the bracket that holds the count, opened before it and not closed since)
        before = [v for v in taken if v.end <= opened and v.start in owner
                  and RX.VALUE_THEN_BREAKDOWN.fullmatch(s.text, v.end, opened + 1)]
        if len(before) == 1:
            c.group = owner[before[0].start]


def _total_before_breakdown(s: Sentence, rows: list[Found], taken: set[int]) -> list[Found]:
    """'Relapse occurred in 21 (14.1%) patients: 12 (16.2%) in arm A and 9 (12.0%) in arm B': the count before the
    breakdown is all patients', when the groups' counts after it add up to it."""
    out: list[Found] = []
    for v in s.values:
        bare = RX.BARE_BREAKDOWN.match(s.text, v.end) if v.count is None and v.unit is None and not v.op else None
        if id(v) in taken or (v.count is None and bare is None) or \
                (bare is None and not RX.BREAKDOWN_OPENS.match(s.text, v.end)):
            continue
        parts = [f for f in rows if f.fields["measure"] == "count" and f.group is not None and f.value_at > v.end
                 and (bare is None or bare.end() <= f.value_at < bare.end() + 80)]
        kinds = {(f.fields["endpoint"], f.fields.get("category"), f.fields.get("grade")) for f in parts}
        groups = {f.group.key or f.group.label for f in parts}
        total = v.count if bare is None else v.value
        if len(parts) < 2 or len(kinds) != 1 or len(groups) != len(parts) or \
                sum(f.fields["value"] for f in parts) != total:
            continue
        f = dict(parts[0].fields, value=float(total), p_value=None, p_op=None)
        start = min(min(p.start for p in parts), v.start)  # (the quote holds the total and what it counts)
        end = v.end if bare is None else max(bare.end(), max(p.end for p in parts))
        out.append(Found(f, start, end, "result.count.total", at=v.start))
        if bare is None:
            out.append(Found(_rate_row(f, s, v), start, end,
                             "result.count.total", at=v.start))
    return out


def _interval_at(s: Sentence, at: int) -> dict:
    """The interval the percentage at ``at`` carries ("9 patients (15%; 95% CI 8-24%)"), as row fields."""
    for v in s.values:
        if v.start == at and v.ci is not None:
            return {"ci_low": v.ci[0], "ci_high": v.ci[1]}
    return {}


def _counts_respectively(s: Sentence) -> list[Found]:
    """'Grade 3 nausea and vomiting occurred in 8 and 5 patients, respectively': each bare count is the outcome's
    named in the same place of the list before it (a grade said before the first is the list's). Two outcomes or more
    need no "respectively" where the counts end the clause ("local and distant relapses were seen in 2 and 9
    patients."): the places are the only order said; one outcome's pair of counts needs it (whose is which)."""
    shared = RX.COUNTS_WITH_SHARES.search(s.text) if not s.respectively else None
    if not s.respectively and (sum(v.unit is None and v.count is None for v in s.values) < 2
                               or not RX.COUNT_ENDS_A_CLAUSE.search(s.text)) and \
            not (shared and RX.COUNTS_END_A_CLAUSE.match(s.text, shared.end())):
        return []  # (counts with their shares that end the clause: "... in 4 (5%) and 11 (14%) patients.")
    out: list[Found] = []
    for m in RX.COUNTS_VERB.finditer(s.masked):
        listed = [e for e in s.endpoints if e.end <= m.start()]
        chain = _joined_before(s, listed[-1]) if listed and not s.masked[listed[-1].end:m.start()].strip() else []
        if len(chain) == 1 and chain[0].code in COUNTED_CODES:
            out += _counts_of_a_pair(s, chain[0], m.end()) if s.respectively else []
            continue
        if len(chain) < 2 or any(e.code not in COUNTED_CODES for e in chain) or \
                len({(e.code, e.category) for e in chain}) != len(chain):
            continue
        shared, end = _counts_with_shares(s, m.end(), len(chain))
        if shared:
            grade = chain[0].grade
            for e, (n, n_at, p, p_at) in zip(chain, shared, strict=True):
                f = count_fields(e, n)
                if f["grade"] is None and grade is not None and e.code == chain[0].code:
                    f["grade"] = grade
                out.append(Found(f, chain[0].start, end, "result.count.respectively", at=n_at))
                out.append(Found(dict(f, measure="rate", value=p, unit="%", **_interval_at(s, p_at)), chain[0].start,
                                 end, "result.count.respectively", at=p_at))
            continue
        values = [v for v in s.values if v.start >= m.end()][:len(chain)]
        if len(values) != len(chain) or values[0].start != m.end() or any(
                v.unit is not None or v.count is not None or v.value != int(v.value) for v in values) or \
                not all(RX.VALUES_JOINED.fullmatch(s.masked, a.end, b.start) for a, b in zip(values, values[1:],
                                                                                         strict=False)) or \
                not (RX.COUNTS_THEN_RESPECTIVELY.match(s.text, values[-1].end)
                     or RX.COUNTS_END_A_CLAUSE.match(s.text, values[-1].end)):
            continue
        grade = chain[0].grade
        for e, v in zip(chain, values, strict=True):
            f = count_fields(e, v.value)
            if f["grade"] is None and grade is not None and e.code == chain[0].code:
                f["grade"] = grade
            out.append(Found(f, chain[0].start, values[-1].end, "result.count.respectively", at=v.start))
    return out


def _counts_with_shares(s: Sentence, at: int, places: int) -> tuple[list[tuple[int, int, float, int]], int]:
    """'... were seen in 6 (7.5%) and 30 (37.5%) patients, respectively': (count, its start, share, its start) of
    each count with its share listed at ``at``, and where the list ends, when there is one per place of the outcomes'
    list and the list ends the clause or says "respectively"; else no items."""
    m = RX.COUNTS_WITH_SHARES.match(s.text, at)
    if m is None or not (RX.COUNTS_THEN_RESPECTIVELY.match(s.text, m.end())
                         or RX.COUNTS_END_A_CLAUSE.match(s.text, m.end())):
        return [], at
    items = [(int(i.group("n")), m.start() + i.start("n"), float(i.group("p")), m.start() + i.start("p"))
             for i in RX.COUNT_WITH_SHARE.finditer(m.group("list"))]
    return (items, m.end()) if len(items) == places else ([], at)


def _count_runs(s: Sentence) -> list[list[Value]]:
    """The lists of counts with their shares joined by commas or "and" ("3 (8%) and 5 (13%)"), longest first."""
    runs: list[list[Value]] = []
    for v in (v for v in s.values if v.count is not None and v.unit == "%"):
        between = s.text[runs[-1][-1].end:count_start(s.text, v)] if runs else ""
        if runs and RX.VALUES_JOINED.fullmatch(between.replace(")", "").replace("]", "")):
            runs[-1].append(v)
        else:
            runs.append([v])
    return [run for run in runs if len(run) >= 2]


def _outcomes_in_a_row(s: Sentence, pos: int, k: int) -> list[Endpoint]:
    """The first ``k`` outcomes from ``pos`` on, each joined to the one before by a comma or "and"."""
    chain: list[Endpoint] = []
    for e in (e for e in s.endpoints if e.start >= pos):
        if e.start != pos and not (chain and RX.COORDINATED_OUTCOMES.fullmatch(s.masked, chain[-1].end, e.start)):
            break
        chain.append(e)
        pos = e.end
        if len(chain) == k:
            break
    return chain


def _listed_counts(s: Sentence) -> tuple[list[Found], list[tuple[int, int]]]:
    """'Of the 40 patients, 3 (8%) and 5 (13%) developed local recurrence and distant relapse, respectively': counts
    with their shares listed first, then as many outcomes joined by "and", each count the outcome in its place.
    Returns those rows and the spans of every such list of counts before a verb (with "respectively" or not, none of
    its counts is the first outcome's alone)."""
    out: list[Found] = []
    spans: list[tuple[int, int]] = []
    for run in _count_runs(s):
        verb = RX.LISTED_COUNTS_VERB.match(s.text, run[-1].end)
        first = count_start(s.text, run[0])
        if verb is None or not RX.LIST_OF_COUNTS_LEAD.search(s.text, max(0, first - 24), first):
            continue  # (nor counts that a verb before them took: "complications developed in 9 (9%), and 1 died")
        spans.append((first, verb.end()))
        chain = _outcomes_in_a_row(s, verb.end(), len(run)) if s.respectively else []
        if len(chain) != len(run) or not MENTIONS_RX.THEN_RESPECTIVELY.match(s.text, chain[-1].end) or \
                any(e.code not in COUNTED_CODES for e in chain) or \
                len({(e.code, e.category) for e in chain}) != len(chain):
            continue
        for e, v in zip(chain, run, strict=True):
            f = count_fields(e, v.count)
            out.append(Found(f, first, chain[-1].end, "result.count.listed_respectively", at=count_start(s.text, v)))
            out.append(Found(_rate_row(f, s, v), first, chain[-1].end, "result.count.listed_respectively", at=v.start))
    return out, spans


def _counts_of_a_pair(s: Sentence, e: Endpoint, at: int) -> list[Found]:
    """'Disease recurrence was confirmed in 41 and 52 patients, respectively': one outcome, two bare counts, of the
    two groups compared before (``_pair_only``), when the sentence names no groups of its own."""
    values = [v for v in s.values if v.start >= at][:2]  # ("respectively" must follow the second: no third between)
    if len(values) < 2 or values[0].start != at or \
            any(v.unit is not None or v.count is not None or v.value != int(v.value) for v in values) or \
            not RX.AND_ALONE.fullmatch(s.masked[values[0].end:values[1].start]) or \
            _groups(s) != (None, None):
        return []
    then = RX.COUNTS_THEN_RESPECTIVELY.match(s.text, values[1].end)
    if then is None:
        return []
    groups = _pair_only()
    out = [Found(count_fields(e, v.value), e.start, values[1].end, "result.count.pair_respectively", g, other,
                 at=v.start) for v, g, other in ((values[0], groups[0], groups[1]), (values[1], groups[1], groups[0]))]
    shares = [v for v in s.values if then.start("shares") <= v.start < then.end("shares")] if then.group("shares") \
        else []
    if len(shares) == 2:
        # each count's share, in the same order
        for f, v in zip(out[:], shares, strict=True):
            out.append(Found(dict(f.fields, measure="rate", value=v.value, unit="%"), e.start, then.end("shares"),
                             "result.count.pair_respectively", f.group, f.comparator, at=v.start))
    return out


def _counted_among(s: Sentence, e: Endpoint) -> Optional[GroupRef]:
    """'309 deaths were reported in the 3986 node-negative patients with follow-up information': the group of 3986
    the words name (none named, 'in the 120 evaluable patients': the group of 120, the whole study when it had 120)."""
    m = RX.COUNTED_AMONG.match(s.text, e.end)
    if m is None:
        return None
    label = _clean(m.group("label"))
    bare = RX.COUNTED_PATIENTS.fullmatch(label) or label.lower() in ("patients", "participants", "women", "men")
    return GroupRef("" if bare else label, parse_count(m.group("n")))


def _responses_each_in_a_count(s: Sentence, read: list[Found]) -> list[Found]:
    """'Best responses were CR in 2, PR in 11 and SD in 9 patients', 'a complete response in 2 patients, a partial
    response in 11 and stable disease in 9': a list of kinds of response, each with the number it was seen in, the
    list naming once what the numbers count (patients, cases, lesions); a list naming none ('CR in 2, PR in 3 and SD
    in 2 months') gives nothing."""
    kinds = [e for e in s.endpoints if e.code in RESPONSE_CATEGORIES]
    # ("..., SD in 7 and progression in 3 patients": progression listed among the kinds of response is the progressive
    # disease; said alone it stays the event, read by other rules)
    kinds += [Endpoint("PD", w.start(), w.end()) for w in RX.PROGRESSION_LISTED.finditer(s.text)
              if not any(e.start <= w.start() < e.end and e.code in RESPONSE_CATEGORIES for e in kinds)]
    items = [(e, m) for e in sorted(kinds, key=lambda x: x.start)
             for m in [RX.RESPONSE_IN_COUNT.match(s.text, e.end)] if m]
    chains: list[list[tuple[Endpoint, re.Match]]] = []
    for e, m in items:
        if chains and RX.RESPONSE_LIST_JOIN.fullmatch(s.text, chains[-1][-1][1].end(), e.start):
            chains[-1].append((e, m))
        else:
            chains.append([(e, m)])
    seen = {(f.fields["endpoint"], f.fields["value"]) for f in read}
    out = []
    for chain in chains:
        if len(chain) < 2 or not any(m.group("noun") for _, m in chain) or \
                not any(e.code in DISEASE_CONTROL for e, _ in chain):
            continue
        for e, m in chain:
            n = parse_count(m.group("n"))
            if n is None or (e.code, float(n)) in seen:
                continue
            out.append(Found(count_fields(e, n), e.start, m.end(), "result.count.response_list"))
    return out


def _grade_0(e: Endpoint) -> Optional[Endpoint]:
    """The toxicity of no grade said, at grade 0: the patients counted as free of it, as the gold format writes "no
    toxicity"; None for another outcome denied (its count is no result) or a graded one ("no grade 3 rash")."""
    return replace(e, grade="0") if e.code == "TOX" and e.grade is None else None


def _there_was_in_patients(s: Sentence, e: Endpoint) -> Optional[Found]:
    """'There was a partial response in 5 patients': the count of a counted outcome said to exist in some patients
    (none where the sentence says there was none: "there was no recurrence in 40 patients" is no count of 40)."""
    if e.code not in COUNTED_CODES or not RX.THERE_WAS_BEFORE.search(s.masked, max(0, e.start - 30), e.start):
        return None
    return _count_in_patients_after(s, e)


def _observed_in_patients(s: Sentence, e: Endpoint) -> Optional[Found]:
    """'We observed an objective response in 36 patients': the count of a counted outcome the writers saw in some
    patients (none where they saw none: "we observed no response in 40 patients")."""
    if e.code not in COUNTED_CODES or not RX.OBSERVED_BEFORE.search(s.masked, max(0, e.start - 160), e.start):
        return None
    return _count_in_patients_after(s, e)


def _count_in_patients_after(s: Sentence, e: Endpoint) -> Optional[Found]:
    """The count of outcome ``e`` said in the patients right after its name ("... in 4 patients", "in 3 of 60
    patients": then of the group of that size); None for none, or a count above its total."""
    m = RX.DONE_IN_PATIENTS.match(s.text, e.end)
    n = parse_count(m.group("n")) if m else None
    if n is None or (m.group("of") and n > int(m.group("of"))):
        return None
    return Found(count_fields(e, n), e.start, m.end(), "result.count", GroupRef("", int(m.group("of")))
                 if m.group("of") else None)


def _done_in_patients(s: Sentence, e: Endpoint) -> Optional[Found]:
    """'The dose was reduced in 4 patients', 'radiotherapy was interrupted in 3 of 60 patients': the count of a
    treatment's change whose name says what was done, of the group of that size when one is said."""
    if e.code not in STOPPING or not RX.DONE_NAME.search(s.text, e.start, e.end):
        return None
    return _count_in_patients_after(s, e)


def _counts(s: Sentence) -> list[Found]:
    """'21 of the 35 patients achieved overall CR'; '5 (35.7%) patients showed a pCR';
    '12 lesions were CR, 20 PR, 18 SD and 14 PD'."""
    out = []
    for e in s.endpoints:
        if e.code not in COUNTED_CODES:
            continue
        head = s.masked[max(0, e.start - 80):e.start]  # grades and time points already read are blank
        m = RX.COUNT_BEFORE.search(head)
        if m and RX.LABEL_NUMBER_BEFORE.search(head, 0, m.start()):
            m = None  # "Figure 1 Recurrence patterns", "Table 2 Deaths by cause": the label's number, no count
        # (what the events came from, "5 treatment-related events", leaves the number as bare as "5 events")
        # ("14 postoperative deaths": so does when they came, a table's "36\nPostoperative relapse" stays a cell)
        cut = min((m.start(g) for g in ("op", "made") if m.group(g)), default=m.end()) if m else 0
        said = m.group(0)[:cut - m.start()] if m else ""
        bare = m and not RX.WHOM.search(said) and not RX.LETTER_AT_END.search(said)
        if m and RX.RATE_OF_AFTER.match(s.text, e.end):
            m = None  # "36 evaluable patients achieved a response rate of 42%": the patients the rate is of, no count
        # ("twenty patients responded": a state whose name says the patients counts them, as "20 patients had a PR")
        people = e.state and RX.PEOPLE_NAME_OPENS.match(s.text, e.start) is not None
        if bare and (e.code not in EVENT_CODES and e.grade != "5" and not people
                     and not _responses_counted(s.text, e, m) or not _prose_before(head, m)):
            m = None  # a bare number before an endpoint ("at 6 CR") is no count; "12 patients died",
            # "3 deaths", "8 local recurrences" and "9 partial responses" are, in prose (not a table row's
            # "94 Recurrence")
        n = parse_count(m.group("n")) if m else None
        if m and m.group("total") and not head[m.end("total"):].strip():
            # "12 (10%) of 120 deaths were from other causes": the deaths are the 120, the 12 some of them
            n, start = int(m.group("total")), e.start - len(head) + m.start("total")
            f = count_fields(e, n)
            out.append(Found(f, start, e.end, "result.count"))
            continue
        if m and m.group("no"):
            # "81 patients (68%) had no toxicity" (not "12 patients had no response", nor "no grade 3 rash")
            e = _grade_0(e) if n is not None else None
            if e is None:
                continue
        if m and n is not None:
            start = e.start - len(head) + m.start()
            f = count_fields(e, n)
            # "21 of the 35 patients achieved CR": the group of 35.
            total = m.group("of") or m.group("total")
            group = GroupRef("", int(total)) if total else _counted_among(s, e)
            share = RX.SHARE_AFTER_COUNTED.match(s.text, e.end) if not m.group("p") and not total else None
            if share is None and not m.group("p") and not total:
                # "12 recurrences in 80 patients (15%)": the share of the people said after the events, when it is
                # that count's share of them (else the bracket is of something else, and the count stays alone)
                share = RX.SHARE_OF_PEOPLE_AFTER_COUNTED.match(s.text, e.end)
                if share is not None and n <= int(share.group("of")) and \
                        share_fits(n, float(share.group("p")), int(share.group("of"))):
                    group = GroupRef("", int(share.group("of")))
                else:
                    share = None
            out.append(Found(f, start, share.end() if share else e.end, "result.count", group))
            if m.group("p"):
                f2 = dict(f, measure="rate", value=float(m.group("p")), unit="%",
                          **_interval_at(s, e.start - len(head) + m.start("p")))
                out.append(Found(f2, start, e.end, "result.count", group))
            elif share is not None:
                # "There were 13 treatment-related deaths (10%)": the share of the events counted, in the bracket
                # right after their name
                f2 = dict(f, measure="rate", value=float(share.group("p")), unit="%",
                          **_interval_at(s, share.start("p")))
                out.append(Found(f2, start, share.end(), "result.count", group, at=share.start("p")))
        if not m and RX.DENIED_EVENT_BEFORE.search(s.text, max(0, e.start - 40), e.start):
            # "No acute or late toxicity was seen in 64 patients (53%)" (not "no progression was seen in 40 patients")
            e = _grade_0(e)
            if e is None:
                continue
        tail = RX.COUNT_AFTER.match(s.text[e.end:e.end + 80]) or \
        RX.COUNT_AFTER_BARE.match(s.text[e.end:e.end + 80]) or \
            RX.COUNT_OF_AFTER.match(s.text[e.end:e.end + 90])
        if tail and RX.SECOND_COUNT_RESPECTIVELY.match(s.text, e.end + tail.end()):
            tail = None
        if tail and not m:
            n = parse_count(tail.group("n"))
            of = tail.groupdict().get("of")
            if n is not None and (of is None or n <= int(of)):
                f = count_fields(e, n)
                group = GroupRef("", int(of)) if of else None
                out.append(Found(f, e.start, e.end + tail.end(), "result.count", group))
                out.append(Found(dict(f, measure="rate", value=float(tail.group("p")), unit="%",
                                      **_interval_at(s, e.end + tail.start("p"))), e.start,
                                 e.end + tail.end(), "result.count", group))
        bracket = None if (tail or m) else RX.COUNT_OF_BRACKET.match(s.text, e.end, min(len(s.text), e.end + 60))
        n = parse_count(bracket.group("n")) if bracket else None
        if n is not None and n <= int(bracket.group("of")) and e.code in COUNTED_CODES:
            # "grade 2 fatigue (41 of 96 patients)": the count, of the group of that size
            out.append(Found(count_fields(e, n), e.start, bracket.end(), "result.count",
                             GroupRef("", int(bracket.group("of"))), at=e.end + bracket.start("n")))
            continue
        plain = None if (tail or m) else RX.COUNT_AFTER_PLAIN.match(s.text, e.end, min(len(s.text), e.end + 80))
        n = parse_count(plain.group("n")) if plain else None
        if n is not None and e.code in OCCURS_IN_PATIENTS:
            # "Relapse occurred in 37 patients", "deaths occurred in 25 of 420 patients": a count with no share
            f = count_fields(e, n)
            total = plain.group("of") or plain.group("slash")
            if plain.group("lesions") and not total:
                continue  # "in 13 tumours": of lesions, out of no total said
            group = GroupRef(f"{total} {plain.group('lesions').lower()}", int(total), "lesions") \
                if total and plain.group("lesions") else GroupRef("", int(total)) if total else None
            out.append(Found(f, e.start, plain.end(), "result.count", group))
        done = None if (tail or m or plain) else _done_in_patients(s, e) or _there_was_in_patients(s, e) \
            or _observed_in_patients(s, e)
        if done is not None and not any(f.fields["endpoint"] == e.code and f.fields["value"] == done.fields["value"]
                                        for f in out):
            out.append(done)
    out.extend(_responses_each_in_a_count(s, out))
    # "12 lesions were CR, 20 PR, 18 SD and 14 PD": a count straight before each response code.
    chain = RX.COUNT_THEN_ACHIEVED.finditer(s.text)
    # ("3 CRs and 24 PRs": the codes' plurals count responses as well)
    hits = list(chain)
    # a list in prose: its items joined by commas or "and" ("12 CR, 20 PR and 18 SD"), not the cells of a
    # flattened table row ("cPR 41 45 12 29 cSD ...")
    if len(hits) >= 2 and all(RX.LIST_JOIN_ONLY.fullmatch(s.text[x.end():y.start()])
                              for x, y in zip(hits, hits[1:], strict=False)):
        seen = {(f.fields["endpoint"], f.fields["value"]) for f in out}
        for m in hits:
            if (m.group("code"), float(m.group("n"))) in seen:
                continue
            named = [e for e in s.endpoints if e.start <= m.start("code") < e.end]
            f = {"endpoint": m.group("code"), "measure": "count", "timepoint_months": None,
                 "value": float(m.group("n")), "unit": "n", "site": named[0].site if named else None}
            out.append(Found(f, m.start(), m.end(), "result.count"))
            if m.group("p"):  # "1 (8%) PR, 7 (58%) SD and 5 (42%) PD"
                out.append(Found(dict(f, measure="rate", value=float(m.group("p")), unit="%"), m.start(), m.end(),
                                 "result.count"))
    return out


# The steps that finish reading a sentence, in order, once its values are read and its scope is known
# (find_results). A step asks for the parts of the sentence's reading by its parameters' names (_FINISHING_READING
# names them; tests/test_results_steps.py holds every step to them): what it takes is read off its signature once.
_FINISHING_STEPS: tuple[Callable[..., None], ...] = (
    _place_in_scope, _qualify_and_drop_differences,
    # (the fronted arm's values first: "In the A arm, the median was 9.2 months versus 6.0 months in the B arm" has
    # no group beside its first value, which the next stage would drop)
    partial(_fronted_arm_values, beside_none=True), _name_groups_beside, _fronted_arm_values,
    _drop_values_of_unnamed_groups, _drop_breakdowns_and_bounds, _serious_events_listed,
    _unnamed_items_of_the_most_common, _grade_of_the_most_common_before, _drop_other_subjects, _final_filters,
    _organ_toxicity_list, _organs_respectively, _ratio_beside_the_pair_before, _ratio_direction_by_medians,
    _with_clause_of_the_same_group, _values_at_the_time_after_their_list, _drop_rates_at_another_values_time,
    _drop_values_of_another_time, _counted_part_after, _of_these_part, _ratios_of_listed_groups,
    _ratio_without_groups_beside_compared_ones, _pair_in_a_ratios_bracket, _pair_after_a_ratio_in_its_bracket,
    _value_without_the_drug, _deaths_beside_a_pair_of_arms, _events_in_a_ratios_bracket, _recurrence_of_a_kind,
    _people_with_a_trait_and_their_size, _drop_medians_of_a_counted_part, _count_beside_an_arms_rate,
    _rate_of_the_cause_of_death, _subject_than_other_named, _median_time_of_an_event, _read_continuous,
    _slash_joined_values_of_slash_joined_outcomes, _time_labelled_rates, _drop_ratios_of_a_part_after_the_groups,
    _drop_two_values_of_one_groups_outcome, _drop_unnamed_pair_before_another_group, _drop_another_studys_results,
    _drop_values_after_our_own_action, _drop_arm_values_under_a_part_label,
)
_FINISHING_READING = ("s", "text", "scope", "mentions", "groups", "front", "previous", "out")


def _takes(step: Callable[..., None]) -> tuple[str, ...]:
    """The names of the parts of a sentence's reading ``step`` takes, in its parameters' order."""
    return tuple(name for name in inspect.signature(step).parameters if name in _FINISHING_READING)


_FINISHING = tuple((step, _takes(step)) for step in _FINISHING_STEPS)
