"""Results stated group by group, for the groups a comparative study defined (``groups.py``).

Trials report each number beside the group it is about, in a few ways whatever the endpoint:

- ``result.group.after``: the group after the value: "17 (25%) in the A group and 14 (19%) in the
  B group", "a median of 15.2 months in arm A", "was 75% in arm A and 58% in arm B";
- ``result.group.before``: the group before it: "(drug A 4%, drug B 2%)", "arm A: 40%";
- ``result.group.list``: values and groups listed in parallel: "40% and 30% in the A and B groups,
  respectively", "13.2%/13.6% in arms A/B";
- ``result.group.scope``: one group for the whole sentence: "In arm A, the ORR was 40% and ...".

The value's endpoint is the one named before it in the sentence (after it when the values come first:
"31 (59.6%) in arm A and 27 (62.8%) in arm B had grade 3 events"). A count with its percentage gives
two rows, the count and the rate; a count out of a stated total ("21 out of 47 patients") keeps that
total as the size of the group it was counted in. Two groups compared in one breath are each other's
comparator and share the p value that follows them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from oncoev.extract import lexicon
from oncoev.extract.findings import (
    COUNTED,
    CURVES,
    MAIN_EVENT_WORDS,
    Combo,
    Found,
    GroupRef,
    count_fields,
    fields_for,
)
from oncoev.extract.groups import RX as GROUPS_RX
from oncoev.extract.groups import GroupIndex, Mention
from oncoev.extract.lazy_regex import lazy_regex
from oncoev.extract.mentions import RX as MENTIONS_RX
from oncoev.extract.mentions import (
    Endpoint,
    Sentence,
    Value,
    bracket_depths,
    count_start,
    cues,
    grade_string,
    in_months,
    medians_chained,
    toxicity_terms,
)
from oncoev.extract.rules import regexes

RX = regexes("group_results")  # patterns/regex/group_results.yaml: the regular expressions of this module

# "in 51% of those who received B", "of the patients who were given A": the people by what they got
_WHO_GOT = r"who\s+(?:received|were\s+given|were\s+treated\s+with|were\s+(?:randomly\s+)?(?:assigned|allocated)\s+to|" \
    r"underwent)|undergoing|who\s+had|having|"  # ("54% of those undergoing surgery alone")
# Between a value and the group after it: "(95% CI ...)", "patients", "cases in the", "of those given".
AFTER = lazy_regex(
    # "12 (9%) of 130 treated patients in the A group": the total's people may be qualified; "12/130 patients in the A
    # group" writes the total after a slash
    r"^[\s%)\]]*(?:\([^()]{0,80}\)\s*)?(?:(?:months?|years?|weeks?|days?)\s+)?"
    r"(?:\s*(?:out\s+)?of\s+(?:the\s+)?\d+|\s*/\s*\d+(?![\d.%/])(?!\s+of\b)"  # (not "1/3 of patients")
    # ("70 deaths among 100 patients assigned A and 61 among 100 assigned B": the events among the arm's people)
    r"|(?P<among>\s*among\s+(?:the\s+)?\d+(?![\d.%/])))?"
    # ("14 of 180 resected patients in the A arm": the part of the arm operated on)
    r"(?:\s*(?:treated|evaluable|assessable|eligible|randomi[sz]ed|analy[sz]ed|resected|operated|irradiated|assessed|"
    r"evaluated)(?=\s+(?:patients|participants)\b))?"
    rf"(?:[\s,]*(?:{lexicon.PEOPLE}|cases?|lesions?|events?))?"
    r"(?:\s+as\s+(?:the\s+)?(?:first|initial)\s+(?:events?|sites?|failures?))?[\s,]*(?:who\s+were\s+)?"
    # "1 treatment-related death from sepsis was reported in the A group": the event's cause, before its verb
    r"(?:(?:from|due\s+to|caused\s+by|attributed\s+to)\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){1,4}?"
    r"(?=(?:occurred|was|were)\s))?"
    # "13 (10%) fatal events occurred in the A group": the events' own verb (their name was read and is blank),
    # after a count only (a pair's "(12% vs 8%) occurred with A" is not A's)
    # "9 (7%) patients had a partial response in the A group": the people's verb before the blank outcome
    r"(?P<verb>(?:occurred|(?:were|was)\s+(?:seen|observed|reported|recorded|noted|documented)|"
    r"(?:had|developed|experienced|achieved)(?:\s+an?)?(?:\s+[a-z][\w-]*){0,3}?(?=\s+(?:in|with|among|on|receiving|given|"
    r"treated\s+with)\s))\s+)?"
    # the link word is required: "12%, observation 1%" names the group of the 1%, not of the 12%
    r"(?:in|for|among|with|of|on|under|after|within|from|receiving|taking|treated\s+with|assigned\s+to|allocated\s+to|"
    # "(12 [6%] of 205 patients allocated B vs ...)": the arm straight after "allocated", kept only when the value
    # names its people before it (_after: "12 (6%) allocated B" alone is how many were put in B)
    r"(?P<bare>allocated|assigned)(?!\s+to\b)|"
    # ("12 (6%) of 205 patients who received B")
    r"randomi[sz]ed\s+to|given|who\s+received|who\s+took)\s+(?:the\s+|"
    # "in the group given A", "in the group that received A": the group's word before its name
    r"the\s+(?:groups?|arms?)\s+(?:(?:that|which)\s+(?:received|was\s+given)|given|receiving|treated\s+with|"
    r"assigned\s+to|allocated\s+to|randomi[sz]ed\s+to)\s+"
    # ("30% of those treated at the 2-mg dose": an arm named by its dose)
    r"(?:the\s+)?|those\s+(?:in|on|under|receiving|taking|treated\s+(?:with|at)|given|" + _WHO_GOT +
    r"assigned(?:\s+to)?|allocated(?:\s+to)?|randomi[sz]ed\s+to)\s+(?:the\s+)?)?"
    # ("7.9 months in patients allocated B", "in patients assigned to B": the people by the arm they were put in)
    r"(?:patients\s+(?:in|on|under|receiving|" + _WHO_GOT + r"treated\s+(?:with|at)|given|allocated(?:\s+to)?|"
    r"assigned(?:\s+to)?|randomi[sz]ed\s+to)\s+(?:the\s+)?)?"
    # ("72 (72%) had died with 'early X' versus 65 (65%) with 'late X'": the group's name in quotes)
    r"[‘'\"“]?$", re.I)
# BEFORE's fillers are a few words ("group (n = 45) had 20 ("); a long one is no such filler, and runs of blanks
# (a flattened table's cells, blanked words) make its optional blanks backtrack for seconds: matched collapsed
MAX_BEFORE = 160
# Values and groups listed in parallel: "in the A and B groups(, respectively)", "in arms A/B".
# "40 (19%) and 22 (11%)": the next value's count may stand between, with its total ("30/120 (25%) and 41/118 (35%)",
# "30 of 120 (25%) and 41 of 118 (35%)")
JOIN = lazy_regex(r"^\s*(?:" + MENTIONS_RX.LIST_WORDS + r"|and\s+(?:in|for)(?:\s+the)?)\s*"
                  r"(?:\d+\s*(?:(?:/|(?:out\s+)?of)\s*\d+\s*)?[(\[]\s*)?$", re.I)


@dataclass
class _Assigned:
    value: Value
    mention: Mention
    rule: str
    total: Optional[int] = None  # "k out of N": N


def _filler(s: Sentence, a: int, b: int) -> str:
    """The text between two places, with what was read blank; a bracket whose interval was read is blank too."""
    return MENTIONS_RX.EMPTY_BRACKETS.sub(lambda m: " " * len(m.group(0)), s.masked[a:b]) if 0 <= a <= b else "\0"


def _after(s: Sentence, a: int, b: int) -> Optional[re.Match]:
    """AFTER between a value ending at ``a`` and a group starting at ``b``; a bare "allocated"/"assigned" before the
    group only after the people it names ("12 (6%) allocated B" alone is how many were put in B, no outcome)."""
    filler = _filler(s, a, b)
    m = AFTER.match(filler)
    if m is not None and m.group("bare") and not m.group("among") and \
            not RX.PEOPLE_BEFORE_BARE.search(s.text[max(0, a - 40):a] + filler[:m.start("bare")]):
        return None
    if m is not None and m.group("among") and filler[:m.start("among")].strip():
        return None  # (the events' count straight before "among": not a median's "12.2 months (...) among 292")
    return m


def _usable(s: Sentence, v: Value) -> bool:
    if v.value == 1 and v.unit is None and v.count is None and \
            RX.ONE_AS_PRONOUN_BEFORE.search(s.text, max(0, v.start - 40), v.start) and \
            RX.ONE_AS_PRONOUN_AFTER.match(s.text, v.end):
        return False  # "... compared with 3% of those on the 3-weekly one.": the word stands for a group's noun
    if v.unit in ("%", "months") or v.count is not None:
        return True
    if v.unit is not None or not float(v.value).is_integer():
        return False
    # A bare whole number is a count only as one: "eight recurrences", "14 patients", "and 14 in group 2",
    # "140 of 1975 patients"; never the k of "k out of N (x%)" (the percentage carries it), nor a total,
    # nor a part of a sample ("based on 875 patients (438 in A and 437 in B)").
    opened = _bracket_open(s, v.start)
    if opened >= 0 and (RX.SAMPLE_BEFORE.search(s.text, max(0, opened - 30), opened)
                        or RX.SAMPLE_INSIDE.match(s.text, opened)):
        return False
    after, before = s.masked[v.end:v.end + 40], s.masked[max(0, v.start - 12):v.start]
    if RX.NAME_GOES_ON.match(after):
        return False  # "in the DRUG 40 + X arm", "the DRUG 120 arm": the number of a group's name (its dose)
    if RX.SIZES_AFTER.match(after):
        return False  # "40% and 52% in 95 and 97 evaluable patients in A and B": the groups' sizes, no outcome's
    if RX.OF_A_TOTAL_WITH_A_SHARE_NEXT.match(after):
        return False
    if RX.OF_A_TOTAL_BEFORE.search(before) or \
            RX.AMONG_TOTAL_BEFORE.search(s.text, max(0, v.start - 40), v.start):
        return False
    if RX.SHARE_THEN_OPEN_BEFORE.search(s.masked[max(0, v.start - 8):v.start]) or \
            RX.SHARE_THEN_COUNT_OF_BEFORE.search(s.masked[max(0, v.start - 30):v.start]):
        return False  # "43% (24 of the 56)": the count and the total of the percentage before
    return True


def _bracket_open(s: Sentence, pos: int) -> int:
    """Where the innermost bracket around ``pos`` opens (looking back 200 characters), or -1."""
    depth = s.depths[pos] if pos < len(s.depths) else 0
    if depth == 0:
        return -1
    for i in range(pos - 1, max(-1, pos - 200), -1):
        if s.text[i] in "([" and s.depths[i] == depth:
            return i
    return -1


def _totals(s: Sentence, v: Value) -> tuple[Optional[int], Optional[int]]:
    """The count and the total a percentage is of, when the sentence states them."""
    m = RX.OUT_OF.search(s.text[max(0, v.start - 40):v.start])
    if m:
        return int(m.group("k")), int(m.group("n"))
    m = RX.SLASH.match(s.text[v.end:v.end + 20]) or RX.SLASH.search(s.text[v.start:v.end])  # "32% (29/90)"
    if m:
        return int(m.group("k")), int(m.group("n"))
    m = RX.OF_AFTER.search(s.text[v.start:v.end + 30])  # "11 (10%) of 110 patients"
    if m and v.count is not None:
        return v.count, int(m.group("n"))
    m = RX.BARE_OF.match(s.text[v.end:v.end + 30])  # "140 of 1975 patients in group 1"
    if m and v.unit is None:
        return int(v.value), int(m.group("n"))
    return v.count, None


def _count_then_total_joined(s: Sentence, a: Value, b: Value) -> bool:
    """Whether two bare counts are listed each with its total ("4 of 62 and 1 of 63 patients in the A and B groups,
    respectively"): the total the first's, no value of its own, stands between them (a comma too: a list of three
    such counts is one run, which two groups do not take)."""
    return a.unit is None and a.count is None and b.unit is None and b.count is None and \
        RX.COUNT_TOTAL_JOIN.fullmatch(s.masked, a.end, b.start) is not None and \
        RX.BARE_OF.match(s.text, b.end) is not None


def _time_between(s: Sentence, a: Value, b: Value) -> bool:
    """Whether a time point is said between two values ("40% and 45% at 1 year and 20% and 25% at 2 years for A and B,
    respectively"): the values after it are a second list of the same groups, at another time, not two more groups (the
    time is blank in the masked text, which alone would join the four)."""
    return any(a.end <= t.start and t.end <= b.start for t in s.times)


def _lists(s: Sentence, values: list[Value], mentions: list[Mention]) -> list[_Assigned]:
    """'a and b in the A and B groups', 'a/b in arms A/B': values matched in order to the groups listed
    right after (or right before) them."""
    out: list[_Assigned] = []
    previous_list: Optional[tuple[list[Value], list[Mention]]] = None
    timed_given: Optional[list[Mention]] = None  # the groups a run at its own time was given to
    previous_end = 0  # where the run before ends
    leading: Optional[list[Mention]] = None  # the groups listed first that the clause's lists are given to
    leading_end = 0  # where the last list given to them ends
    i = 0
    while i < len(values):
        run = [values[i]]
        while i + len(run) < len(values) and not _time_between(s, run[-1], values[i + len(run)]) and (
                JOIN.match(_filler(s, run[-1].end, values[i + len(run)].start))
                or _count_then_total_joined(s, run[-1], values[i + len(run)])):
            run.append(values[i + len(run)])
        i += len(run)
        if len(run) < 2:
            continue
        # "a% and b% at 1 year and c% and d% at 2 years, respectively": runs each at the time said right after it
        timed_runs = s.time_right_after(run[-1].end) is not None and \
            RX.RESPECTIVELY_LATER.match(s.text, run[-1].end) is not None
        after = [m for m in mentions if m.start >= run[-1].end]
        listed = _mention_run(s, after, len(run))
        joined = _after(s, run[-1].end, listed[0].start) if listed else None
        if joined and (not joined.group("verb") or RX.PLURAL_GROUP_NOUN.match(s.masked, listed[-1].end)):
            # ("18 (9%) and 7 (3%) patients had grade 3 rash in the A and B arms": the values and the groups named
            # together, each list in the same order)
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, listed, strict=True)]
            continue
        if RX.RESPECTIVELY.search(s.text):
            # "medians of a and b months and OS of c and d months in arms A and B, respectively": one
            # list of groups at the end of the clause serves every list of values in it
            for j in range(len(mentions) - len(run), -1, -1):
                listed = _mention_run(s, mentions[j:], len(run))
                between = s.text[run[-1].end:listed[0].start] if listed else ""
                # "(median PFS a and b months; median OS c and d months; ... for A and B, respectively)":
                # inside one bracket, lists split by semicolons share the groups named at its end
                bracketed = bool(listed) and _inside_one_bracket(s.text, run[-1].end, listed[0].start)
                if listed and 0 < listed[0].start - run[-1].end <= (240 if bracketed else 120) and \
                        RX.RESPECTIVELY.search(s.text[max(0, listed[0].start - 40):listed[-1].end + 40]) and \
                        not re.search(r"\.\s" if bracketed else r"[;.]\s", between):
                    out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, listed, strict=True)]
                    break
        before = [m for m in mentions if m.end <= run[0].start]
        listed = _mention_run(s, list(reversed(before)), len(run), backwards=True)
        # (the last name's size, read and blank: "C (n = 41) groups")
        filler = _filler(s, listed[-1].end, run[0].start) if listed else ""
        # ("In the A and B groups, respectively, 48 and 77 patients had ...": said after the groups, before the values)
        respectively = RX.RESPECTIVELY.match(s.text, run[-1].end) is not None or \
            RX.RESPECTIVELY_SAID.search(filler) is not None
        # ("no difference between A, B and C (median a, b and c months, respectively)": the bracket after the list
        # holds the values, in the list's order)
        if listed and (RX.LISTED_HEAD_FILLER.fullmatch(filler)
                       or respectively and RX.MEASURE_BRACKET_AFTER_LIST.fullmatch(filler)):
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, listed, strict=True)]
            previous_list = (run, listed)
        elif previous_list is not None and len(run) == len(previous_list[0]) and \
                RX.NEXT_LIST.fullmatch(s.text, previous_list[0][-1].end, run[0].start):
            # "for A and B were a and b months (HR ...) and c and d months": the next list of values, with nothing
            # but an aside and "and" between, is of the same groups (its outcome is the next of those named before,
            # ``_endpoint_chain``)
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, previous_list[1], strict=True)]
            previous_list = (run, previous_list[1])
        elif listed and respectively and (
                RX.LEADING_GROUPS.match(filler)
                and RX.SCOPE_LEAD.search(s.text, max(0, listed[0].start - 60), listed[0].start)
                or RX.LISTED_THEN_WITH.fullmatch(filler)
                and not any(listed[-1].end <= m.start < run[0].start for m in mentions)):
            # "In the A and B groups, grade 3 rash occurred in 30 (20%) and 12 (8%) patients, respectively"; "Survival
            # did not differ between A and B, with median survival of a and b months, respectively": the groups said
            # before, in their order
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, listed, strict=True)]
        elif listed and len(listed) == len(run) and RX.RESPECTIVELY_LATER.match(s.text, run[-1].end) and \
                RX.LEADING_GROUPS.match(filler) and \
                RX.SCOPE_LEAD.search(s.text, max(0, listed[0].start - 60), listed[0].start):
            # "For A, B and C, median survival was a, b and c months, and 5-year survival d, e and f%, respectively":
            # the leading groups serve each list of the clause that "respectively" ends
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, listed, strict=True)]
            leading, leading_end = listed, run[-1].end
        elif leading is not None and len(run) == len(leading) and (respectively or RX.RESPECTIVELY_LATER.match(
                s.text, run[-1].end)) and not any(leading[-1].end <= m.start < run[0].start for m in mentions) \
                and ";" not in s.text[leading[-1].end:run[0].start] \
                and not RX.PART_NAMED_BETWEEN.search(s.text, leading_end, run[0].start):
            # (not a part of the groups' patients named between: "..., and in women 9.0 and 11.0 months")
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, leading, strict=True)]
            leading_end = run[-1].end
        elif (respectively or RX.RUN_ENDS_THE_SENTENCE.match(s.text, run[-1].end) or timed_runs) and \
                (given := _groups_just_given(s, values, before, run)):
            # "... in 31 (21%) with A and 12 (8%) with B, and led to discontinuation in 9 (6%) and 4 (3%),
            # respectively": a second outcome of the groups each value was just given for, in their order ("...,
            # with 2-year survival rates of 21% and 30%.": "respectively" may go unsaid at the sentence's end)
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, given, strict=True)]
            timed_given = given if timed_runs else None
        elif timed_given is not None and len(run) == len(timed_given) and timed_runs and \
                RX.NEXT_TIMED_RUN.fullmatch(s.masked, previous_end, run[0].start):
            # "... and survival rates of 31% and 36% at 1 year and 9% and 12% at 2 years, respectively": the next
            # pair at its own time is of the same groups, in the same order
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, timed_given, strict=True)]
        previous_end = run[-1].end
    return out


def _groups_just_given(s: Sentence, values: list[Value], before: list[Mention], run: list[Value]) -> list[Mention]:
    """The groups named, each after a value of its own, right before a second outcome whose values ``run`` lists
    ("31 (21%) with A and 12 (8%) with B, and led to death in (run)"); [] when the sentence is not so."""
    last = before[-len(run):] if len(before) >= len(run) else []
    if not last or len({m.key for m in last}) != len(last) or \
            not RX.LATER_OUTCOME.fullmatch(s.masked, last[-1].end, count_start(s.text, run[0])) or \
            not any(last[-1].end <= e.start < run[0].start for e in s.endpoints):
        return []
    # each group with a value of its own between it and the group before
    bounds = [0, *[m.end for m in last]]
    if all(any(a <= v.start < m.start for v in values) for a, m in zip(bounds, last, strict=False)):
        return last
    # or the first group named before its value and the others after theirs ("survival on A was 11 months versus 13
    # months on B, and a 2-year survival of a and b"): as many values from the first group to the last as groups
    given = [v for v in values if last[0].end <= v.start < last[-1].start]
    return last if len(given) == len(last) and all(
        any(a <= v.start < m.start for v in given) for a, m in zip(bounds[1:], last[1:], strict=False)) else []


# (a sentence's depths, worked out once for the several pairs a rule asks about, not once per pair; only read)
_depths_of = lru_cache(maxsize=8)(bracket_depths)


def _inside_one_bracket(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] lies inside one pair of brackets that it neither opens nor closes."""
    depths = _depths_of(text)
    return 0 < depths[a] == depths[b] <= min(depths[a:b], default=depths[a])


def _mention_run(s: Sentence, mentions: list[Mention], k: int, backwards: bool = False) -> list[Mention]:
    """``k`` group mentions joined only by list words ("A and B", "A/B", "A, B and C")."""
    if len(mentions) < k:
        return []
    run = mentions[:k]
    if backwards:
        run = list(reversed(run))
    for a, b in zip(run, run[1:], strict=False):
        # ("the A group and the B group": each name with its own group noun)
        # ("the A (n = 40), B (n = 38) and C (n = 41) cohorts": each name with its size, read and blank)
        if a.end > b.start or not RX.PAIR_OF_NAMES_FILLER.fullmatch(s.masked[a.end:b.start]):
            return []
    if len({m.key for m in run}) != k:
        return []
    return run


def _heads_a_closing_bracket(s: Sentence, v: Value) -> bool:
    """Whether a bare count opens a bracket right after a count of people and what they had, and that bracket ends
    the clause ("28 patients had died (11 drug A patients and 17 placebo patients)." or "..., and ...")."""
    open_at = _bracket_open(s, v.start)
    if open_at < 0 or not RX.BRACKET_AFTER_PEOPLE.search(s.text, 0, v.start):
        return False
    depth = s.depths[v.start]
    close = next((i for i in range(v.start, len(s.text)) if s.depths[i] < depth), None)
    return close is not None and RX.CLAUSE_AFTER_BRACKET.match(s.text, close + 1) is not None


def _next_attribute_count(s: Sentence, v: Value, assigned: dict) -> bool:
    """Whether a bare count follows, joined by "and" or a comma, another group's count of its people read just
    before it ("in 4 drug A patients (3%) and 9 placebo patients (7%)")."""
    before = [a for a in assigned.values() if a.rule == "result.group.attribute" and a.mention.end <= v.start]
    if not before:
        return False
    last = max(before, key=lambda a: a.mention.end)
    people = RX.PATIENTS_RIGHT_AFTER.match(s.text, last.mention.end)
    return people is not None and RX.NEXT_COUNT_JOIN.fullmatch(s.text, people.end(), v.start) is not None


def sentence_subject(text: str, mentions: list[Mention]) -> Optional[Mention]:
    """The compared group a sentence is about: named first ("Drug A improved ..."), or first after a
    "Compared with B," lead-in."""
    if not mentions:
        return None
    if RX.SUBJECT_LEAD.match(text[:mentions[0].start]):
        return mentions[0]
    if RX.COMPARED_LEAD.match(text[:mentions[0].start]) and len(mentions) > 1 and \
            RX.AFTER_COMPARED.fullmatch(text[mentions[0].end:mentions[1].start]):
        return mentions[1]
    return None


def _counts_with_totals(s: Sentence, a: Value, b: Value) -> bool:
    """Whether two bare counts are an "x of N vs y of M" pair, each with its total."""
    return a.unit is None and a.count is None and b.unit is None and b.count is None and \
        RX.TOTAL_PAIR_BETWEEN.fullmatch(s.masked[a.end:b.start]) is not None and \
        RX.BARE_OF.match(s.text, b.end) is not None


def _not_reached_other(s: Sentence, v: Value, key: str, mentions: list[Mention]) -> Optional[str]:
    """"Median OS was not reached with drug K versus 15.2 months with placebo": the one other group whose median the
    sentence says was not reached, the comparator of the value ``v`` (of group ``key``); none when another outcome is
    named between them or a clause ends between them ("...; median PFS was not reached with drug K")."""
    if v.unit != "months" or "reached" not in s.text and "NR" not in s.text:
        return None
    others = set()
    for m in mentions:
        nr = RX.NOT_REACHED_FOR_GROUP.search(s.text, max(0, m.start - 80), m.start) if m.key != key else None
        if nr is None:
            continue
        a, b = sorted((v.start, nr.start("nr")))
        if any(a <= e.start < b for e in s.endpoints) or \
                any(s.text[i] == ";" and s.depths[i] == 0 for i in range(a, b)):
            continue
        others.add(m.key)
    return others.pop() if len(others) == 1 else None


def _against_not_reached(s: Sentence, v: Value, frm: int) -> Optional[tuple[int, int]]:
    """Which side of a pair with a median not reached a time value is, and where the pair opens: (0, v.start) for
    "20.3 months vs not reached", (1, start of the words) for "not reached vs 20.3 months"; none when a part of the
    patients is named between ``frm`` (the groups' end) and the pair, or after the pair."""
    if v.unit != "months":
        return None
    after = RX.AGAINST_NOT_REACHED_AFTER.match(s.text, v.end)
    before = None if after else RX.NOT_REACHED_AGAINST_BEFORE.search(s.text, max(0, v.start - 80), v.start)
    if after is None and before is None:
        return None
    start, end = (v.start, after.end()) if after else (before.start("nr"), v.end)
    if RX.PART_BEFORE_PAIR.search(s.text, frm, start) or RX.PART_AFTER_PAIR.match(s.text, end) or \
            any(s.text[i] == ";" and s.depths[i] == 0 for i in range(frm, start)):
        return None
    return (0 if after else 1), start


def _subject_pairs(s: Sentence, values: list[Value], mentions: list[Mention], index: GroupIndex,
                   taken: set[int]) -> list[_Assigned]:
    """'Drug A improved PFS (4.3 vs 2.6 months; HR 0.50)': in a two-group trial, the first of each
    "x vs y" pair is the subject's, the second the other group's."""
    subject = sentence_subject(s.text, mentions) if len(index.groups) == 2 else None
    if subject is None:
        return []
    other = index.other(subject.key)
    other_mention = Mention(subject.start, subject.end, other)
    out: list[_Assigned] = []
    free = [v for v in values if id(v) not in taken and v.start > subject.end]
    for a, b in zip(free, free[1:], strict=False):
        if a.unit != b.unit or any(id(x.value) in (id(a), id(b)) for x in out):
            continue
        if out and _unread_label_between(s, out[-1].value.end, a.start):
            break  # "(cPR rate: 40% vs 20%; cXY rate: ...)": the next pair is under a label no name knows
        if (RX.PAIR_JOIN.match(s.masked[a.end:b.start]) or _counts_with_totals(s, a, b)) \
                and not any(a.end <= m.start < b.start for m in mentions) \
                and a.start > max(m.end for m in mentions if m.start <= subject.start + 1):
            out += [_Assigned(a, subject, "result.group.subject_pair"),
                    _Assigned(b, other_mention, "result.group.subject_pair")]
    # "Drug A improved OS (median not reached vs 20.3 months)": the value against a median not reached is the
    # subject's when it comes first, the other group's when it comes second; only with no group named between
    for v in free:
        side = _against_not_reached(s, v, subject.end)
        if side is None or any(id(x.value) == id(v) for x in out) or \
                any(subject.end <= m.start < v.end for m in mentions if m is not subject):
            continue
        out.append(_Assigned(v, subject if side[0] == 0 else other_mention, "result.group.subject_pair"))
    return out


def _change_between_arms(s: Sentence, values: list[Value], mentions: list[Mention], index: GroupIndex,
                         taken: set[int]) -> list[_Assigned]:
    """'Compared with B, A prolonged median PFS from 5.3 to 7.9 months', 'A increased median OS from 10.4 to 13.9
    months compared with B', 'the 2-year OS rate improved from 38% to 47% in the A group compared with the B group',
    'A improved median PFS from 4.2 months with B to 6.0 months': a change from one arm's value to the other's is
    the compared arm's ("from") and the arm that changed it ("to"); only with both arms said (the "from" side of
    one arm's change may be its own earlier value) and no plan or baseline in the sentence."""
    if "from" not in s.text or RX.CHANGE_PLANNED.search(s.text):
        return []
    usable = {id(v) for v in values}
    for a, b in zip(s.values, s.values[1:], strict=False):
        # ("from 10.4 to 13.9 months": the unit said once, after the second)
        said_once = a.unit is None and RX.CHANGE_TO.fullmatch(s.text, a.end, b.start) is not None
        if id(b) not in usable or (id(a) not in usable and not said_once) or id(a) in taken or id(b) in taken or \
                (a.unit != b.unit and not said_once) or b.unit not in ("%", "months") or \
                a.count is not None or b.count is not None or \
                not RX.CHANGE_FROM_LEAD.search(s.text, max(0, a.start - 90), a.start):
            continue
        between = [m for m in mentions if a.end <= m.start < b.start]
        if len(between) > 1 or (not between and not RX.CHANGE_TO.fullmatch(s.text, a.end, b.start)) or \
                (between and not (RX.CHANGE_NAMED_BEFORE.fullmatch(s.text, a.end, between[0].start)
                                  and RX.CHANGE_NAMED_AFTER.fullmatch(s.text, between[0].end, b.start))):
            continue
        ends = _change_ends(s, b, mentions, index, between[0] if between else None)
        if ends is not None and ends[0].key != ends[1].key:
            if said_once:
                _unit_of_the_second(s, a, b)
            return [_Assigned(a, ends[0], "result.group.change"), _Assigned(b, ends[1], "result.group.change")]
    return []


def _unit_of_the_second(s: Sentence, a: Value, b: Value) -> None:
    """'from 21 to 28 weeks', 'from 38 to 47%': the first value, bare, in the unit written after the second."""
    if b.unit == "%":
        a.unit = "%"
        return
    unit = RX.CHANGE_UNIT_AFTER.search(s.text, b.start, b.end + 12)
    in_months(a, unit.lastgroup + "s" if unit else "months")


def _change_ends(s: Sentence, b: Value, mentions: list[Mention], index: GroupIndex,
                 named_from: Optional[Mention]) -> Optional[tuple[Mention, Mention]]:
    """The arms of a change's "from" and "to" values (the "to" value ``b``), or None when either is not said."""
    after = next((m for m in mentions if m.start >= b.end), None)
    to = after if after is not None and re.fullmatch(RX._CHANGE_UNIT + RX._CHANGE_PEOPLE, s.text[b.end:after.start],
                                                     re.I) else None
    subject = sentence_subject(s.text, mentions)
    if to is None and subject is not None and subject.end <= b.start and (named_from is None or
                                                                           subject.start < named_from.start):
        to = subject
    if named_from is not None:
        if to is None and len(index.groups) == 2:
            to = Mention(named_from.start, named_from.end, index.other(named_from.key))
        return (named_from, to) if to is not None else None
    if to is None:
        return None
    against_at = to.end if to is after else b.end
    against = next((m for m in mentions if m.start >= against_at), None)
    if against is not None and RX.CHANGE_AGAINST.fullmatch(s.text, against_at, against.start):
        return against, to
    if to is subject and subject is not mentions[0] and RX.COMPARED_LEAD.match(s.text[:mentions[0].start]):
        return mentions[0], to  # "Compared with B, A prolonged ..."
    # "A improved median OS over B from ...": the compared arm between the subject and the change
    over = next((m for m in mentions if to is subject and subject.end <= m.start and m.end <= b.start and
                 m.key != subject.key and RX.CHANGE_OVER_BEFORE.search(s.text, max(0, m.start - 25), m.start)), None)
    return (over, to) if over is not None else None


def _not_in_bracket(s: Sentence, v: Value, mention: Mention, listed: set[int],
                    mentions: Sequence[Mention] = ()) -> bool:
    """Whether the bracket after a group holds something other than that group's value: a pair or a list
    ("than in B (12% vs 8%)"), a bare number ("arm A (60)" is its size, "(one grade 3)" an aside), or the group
    is not one ("during RT (2%)", "no G-CSF (0%)"). A "vs" followed by another group's name is no pair of this
    group's: "(A 41 [20%] vs B 25 [12%])" names each group before its own value."""
    if (id(v) in listed and not _versus_next_group(s, v, mention, mentions)) or (v.unit is None and v.count is None):
        return True
    # the value may hold its own closing bracket ("12 (8%)"): what comes after it is outside
    close = s.text.find(")", v.start)
    inside_end = close if close >= v.end else (v.end if close >= 0 else len(s.text))
    inside = s.text[v.end:inside_end]
    versus = RX.VERSUS_WORD.search(inside)
    if versus and _versus_next_group(s, v, mention, mentions):
        versus = None
    return bool(versus) or bool(RX.NOT_THE_GROUP.search(s.text, max(0, mention.start - 12), mention.start))


def _versus_next_group(s: Sentence, v: Value, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether, after the value, "vs" is followed straight by another group's name ("41 [20%] vs B 25 [12%]")."""
    after = RX.VERSUS_NEXT.match(s.text[v.end:])
    return after is not None and any(m.key != mention.key and m.start == v.end + after.end() for m in mentions)


def _compared_pairs(s: Sentence, values: list[Value], mentions: list[Mention], taken: set[int]) -> list[_Assigned]:
    """'Nausea was more frequent with A than with B (40% vs 10%)', 'A versus B: PFS 5.1 vs 3.2 months and OS
    (12 vs 10 months)': after two groups compared in one breath, each "x vs y" pair is first the first group's,
    then the second's, up to the next group named or the clause's end."""
    if RX.COMPARED_LEAD.match(s.text[:mentions[0].start]):
        return []  # "Compared with B, A ...": the subject comes second (``_subject_pairs``)
    depth = s.depths
    for first, second in zip(mentions, mentions[1:], strict=False):
        between = s.masked[first.end:second.start]
        if first.key == second.key or not RX.COMPARED_PAIR.match(between) or \
                RX.NOT_THE_GROUP.search(s.text, max(0, second.start - 12), second.start):
            continue
        # "A and B" compares them after "between", or when each pair is bracketed alone: "with A and B were
        # nausea (20% and 10%) and fatigue (15% and 9%)"
        joined = bool(RX.AND_THE_AT_END.search(between)) and not (
            RX.GROUP_NOUN_THEN_AND.fullmatch(between)
            and RX.BETWEEN_AT_END.search(s.text[max(0, first.start - 12):first.start]))
        if joined and not RX.JOINED_LEAD.search(s.text, max(0, first.start - 12), first.start):
            continue
        # "favoured A over B (6.4 and 4.0 months, respectively)": the groups' pair, in their order, when no value
        # came before them ("more delays (70%) and reductions (75%) with A than with B (52 and 45%, respectively)"
        # gives B's values in the order of the outcomes)
        over = bool(RX.OVER_BETWEEN.search(between)) and not any(v.start < first.start for v in s.values)
        if any(first.end <= v.start < second.start for v in s.values):
            continue
        # up to the next group named, or the end of the clause ("; ", ", whereas ...")
        limit = min(next((m.start for m in mentions if m.start >= second.end), len(s.text)),
                    clause_end(s, second.end))
        free = [v for v in values if id(v) not in taken and second.end <= v.start < limit]
        out: list[_Assigned] = []
        i = 0
        while i < len(free):
            a = free[i]
            # "A versus B: median OS not reached vs 20.3 months": the value against a median not reached is the
            # first group's when it comes first, the second's when it comes second
            side = _against_not_reached(s, a, second.end)
            if side is not None:
                if (i == 0 and not RX.PAIR_LEAD.match(s.masked[second.end:side[1]])) or \
                        (i > 0 and _unread_label_between(s, free[i - 1].end, side[1])):
                    break
                out.append(_Assigned(a, first if side[0] == 0 else Mention(second.start, second.end, second.key),
                                     "result.group.compared_pair"))
                i += 1
                continue
            if i + 1 >= len(free):
                break
            b = free[i + 1]
            paired = _bracketed_and_pair(s, a, b) if joined else \
                _a_pair(s, a, b, depth) or (over and _respectively_pair(s, a, b))
            if not paired or (i == 0 and not RX.PAIR_LEAD.match(s.masked[second.end:a.start])):
                break  # the pairs follow the groups straight, one after another
            if joined and i == 0 and RX.AND_OR_WORD_ANY_CASE.search(s.masked[second.end:a.start]):
                break  # "with A and B, grade 3 and grade 4 nausea (20% and 10%)": the pair of the other list
            if i > 0 and _unread_label_between(s, free[i - 1].end, a.start):
                break  # "...; cSD rate: 15% vs 30%": a pair under a label no name knows is not the outcome before
            out += [_Assigned(a, first, "result.group.compared_pair"),
                    _Assigned(b, Mention(second.start, second.end, second.key), "result.group.compared_pair")]
            i += 2
        if out:
            return out
    return []


def _each_named_straight_after(s: Sentence, values: list[Value], mentions: list[Mention],
                               taken: set[int]) -> list[_Assigned]:
    """"5-year OS was 41% drug A vs. 37% drug B": two values of one unit each followed straight by a group's name, the
    two joined by "vs" alone, are each of the group named after it."""
    return _pair_each_named_after(s, values, mentions, taken, in_bracket=False)


def _bracket_pair_second_named(s: Sentence, values: list[Value], mentions: list[Mention],
                               taken: set[int]) -> list[_Assigned]:
    """'less frequent with A (41% vs. 50% with B)': the bracket straight after a group holds one pair whose
    second value names another group inside that bracket; the first value is the group's before the bracket."""
    depth = s.depths
    out: list[_Assigned] = []
    for a, b in zip(values, values[1:], strict=False):
        if id(a) in taken or not _a_pair(s, a, b, depth) or depth[a.start] == 0:
            continue
        prev = next((m for m in reversed(mentions) if m.end <= a.start), None)
        if prev is None or not RX.BRACKET_AFTER_GROUP.fullmatch(_filler(s, prev.end, a.start)) or \
                RX.NOT_THE_GROUP.search(s.text, max(0, prev.start - 12), prev.start):
            continue
        nxt = next((m for m in mentions if m.start >= b.end), None)
        if nxt is None or nxt.key == prev.key or not _inside_one_bracket(s.text, a.start, nxt.end):
            continue
        close = next((i for i in range(nxt.end, len(s.text)) if depth[i] < depth[a.start]), len(s.text))
        if not _after(s, b.end, nxt.start) or any(b.end <= v.start < nxt.start for v in s.values) \
                or any(a.start < v.start < close and v is not a and v is not b for v in s.values):
            continue  # only the pair and the second's name in the bracket
        out += [_Assigned(a, prev, "result.group.bracket_pair"), _Assigned(b, nxt, "result.group.bracket_pair")]
    return out


def _values_named_after(s: Sentence, values: list[Value], mentions: list[Mention], taken: set[int]
                        ) -> list[_Assigned]:
    """'(0.9% A versus 1.1% B)', '(31% drug A v 19% placebo)': the two values of a bracketed pair, each followed at
    once by one of two groups' names (no link word: inside a bracket that holds only the pair, the name can only be
    its value's)."""
    return _pair_each_named_after(s, values, mentions, taken, in_bracket=True)


def _pair_each_named_after(s: Sentence, values: list[Value], mentions: list[Mention], taken: set[int],
                           in_bracket: bool) -> list[_Assigned]:
    """Two values each followed at once by one of two groups' names, joined by "vs" alone: each the group's named
    after it. In a bracket that holds only the pair (``in_bracket``), or outside brackets, values of one unit, the
    second name ending the item."""
    depth = s.depths
    out: list[_Assigned] = []
    for a, b in zip(values, values[1:], strict=False):
        if id(a) in taken or id(b) in taken:
            continue
        if in_bracket and (depth[a.start] == 0 or not _inside_one_bracket(s.text, a.start, b.end)):
            continue
        if not in_bracket and (a.unit != b.unit or a.unit is None):
            continue
        first = next((m for m in mentions if m.start >= a.end), None)
        second = next((m for m in mentions if m.start >= b.end), None)
        if first is None or second is None or first.key == second.key or first.end > b.start:
            continue
        name_gap, join = (RX.NAME_AFTER_PAIR_VALUE, RX.PAIR_VS_ONLY) if in_bracket else \
            (RX.NAME_STRAIGHT_AFTER, RX.VERSUS_ALONE)
        if not name_gap.fullmatch(s.text, a.end, first.start) or not join.fullmatch(s.text, first.end, b.start) or \
                not name_gap.fullmatch(s.text, b.end, second.start):
            continue
        if in_bracket and (not RX.PAIR_BRACKET_CLOSES.match(s.text, second.end)
                           or not _inside_one_bracket(s.text, a.start, second.end)):
            continue
        if not in_bracket and not RX.NAME_ENDS_ITEM.match(s.text, second.end):
            continue
        out += [_Assigned(a, first, "result.group.after"), _Assigned(b, second, "result.group.after")]
    return out


def than_no_group(s: Sentence, at: int) -> bool:
    """Whether the value at ``at`` stands after "than previously reported", "than expected": a value of no group
    of this paper."""
    m = RX.THAN_AFTER.search(s.text, max(0, at - 60), at)
    return m is not None and bool(RX.NOT_COMPARED_GROUP.match(m.group("rest")))


def _fronted_than(s: Sentence, values: list[Value], mentions: list[Mention], taken: set[int]) -> list[_Assigned]:
    """'In the A group, the ORR was higher (a%) than in the B group (b%)': the first value is the group the sentence
    opens with, the second the group named after "than"."""
    # (a bare number is no value of the outcome: "with at least 1 adverse event")
    values = [v for v in values if v.unit is not None or v.count is not None]
    if len(mentions) < 2 or not opens_the_sentence(s, mentions[0]) or len(values) < 2:
        return []
    first, a, b = mentions[0], values[0], values[1]
    comma = s.masked.index(",", first.end)
    second = next((m for m in mentions if m.start >= a.end), None)
    if id(a) in taken or id(b) in taken or second is None or second.key == first.key or \
            not RX.FRONTED_COMPARED.fullmatch(s.masked, comma + 1, count_start(s.text, a)) or \
            not RX.THAN_BEFORE_GROUP.fullmatch(_filler(s, a.end, second.start)) or \
            not RX.BRACKET_AFTER_GROUP.fullmatch(_filler(s, second.end, count_start(s.text, b))) or \
            any(a.end <= v.start < b.start for v in s.values if v is not b):
        return []
    return [_Assigned(a, first, "result.group.fronted_than"), _Assigned(b, second, "result.group.fronted_than")]


def _subject_than(s: Sentence, values: list[Value], mentions: list[Mention], taken: set[int]) -> list[_Assigned]:
    """'Patients who received A survived longer (median, 12 months) than those who received B (median, 9 months)':
    the subject group's value is the bracket before "than", the other group's the bracket after its name."""
    subject = sentence_subject(s.text, mentions)
    if subject is None:
        return []
    after = [v for v in values if v.start > subject.end]
    if len(after) < 2 or id(after[0]) in taken:
        return []
    a, b = after[0], after[1]
    second = next((m for m in mentions if a.end <= m.start < b.start), None)
    if second is None or second.key == subject.key or \
            any(subject.end <= m.start < a.start for m in mentions) or \
            not RX.SUBJECT_COMPARED.fullmatch(s.masked, subject.end, count_start(s.text, a)) or \
            not RX.SUBJECT_THAN_GROUP.fullmatch(s.text, a.end, second.start) or \
            not RX.OTHER_BRACKET.fullmatch(s.text, second.end, count_start(s.text, b)):
        return []
    return [_Assigned(a, subject, "result.group.fronted_than"), _Assigned(b, second, "result.group.fronted_than")]


def _unread_label_between(s: Sentence, a: int, b: int) -> bool:
    """Whether a label no name knows stands just before ``b``, with no outcome read since ``a``."""
    return bool(RX.UNREAD_LABEL.search(s.masked[a:b])) and not any(a <= e.start < b for e in s.endpoints)


def clause_end(s: Sentence, pos: int) -> int:
    """Where the clause around ``pos`` ends: a semicolon or "whereas", "while", "but" outside brackets."""
    return next((m.start() for m in RX.CLAUSE_END.finditer(s.text, pos) if s.depths[m.start()] == 0), len(s.text))


def after_pairs(s: Sentence, last: int) -> int:
    """Where what pairs read stops counting for the pairs' groups: the end of the clause of the last pair read,
    an unread label after it ("; cXY rate: ..."), or a pair said of a subgroup."""
    end = clause_end(s, last)
    for m in RX.UNREAD_LABEL_AHEAD.finditer(s.masked, last, end):
        if not any(m.start() <= e.start < m.end() for e in s.endpoints):
            end = m.start()
            break
    later = [v for v in s.values if last < v.start < end]
    for a, b in zip(later, later[1:], strict=False):
        if RX.PAIR_BETWEEN.fullmatch(s.masked[a.end:b.start]) and RX.SUBGROUP_AFTER.match(s.text, b.end):
            return a.start  # "..., regardless of status (20% vs 12% in the amplified subgroup; ...)"
    return end


def _bracketed_and_pair(s: Sentence, a: Value, b: Value) -> bool:
    """'(20% and 10%)', '(12 [8%] and 5 [3%])': two values of one kind alone in one bracket, joined by "and"."""
    if a.unit != b.unit or (a.count is None) != (b.count is None) or a.unit is None and a.count is None:
        return False
    if not RX.AND_PAIR.fullmatch(s.masked[a.end:b.start]):
        return False
    open_at, close_at = s.text.rfind("(", 0, a.start), s.text.find(")", b.end)
    if open_at < 0 or close_at < 0 or not _inside_one_bracket(s.text, a.start, b.end):
        return False
    inside = [v for v in s.values if open_at < v.start < close_at]
    return len(inside) == 2 and not any(open_at < e.start < close_at for e in s.endpoints)


def _respectively_pair(s: Sentence, a: Value, b: Value) -> bool:
    """'favoured A over B (median, 6.4 and 4.0 months, respectively)': two values alone in a bracket, joined by "and"
    and given in the groups' order by "respectively"."""
    return _bracketed_and_pair(s, a, b) and RX.RESPECTIVELY_CLOSES.match(s.text, b.end) is not None


def _pair_closed_before(s: Sentence, values: list[Value], v: Value, group_at: int) -> bool:
    """Whether ``v`` is the second value of an "a vs b" pair whose bracket closes before the group named at
    ``group_at`` ("fewer had rash (3% vs 9%) in the A group"): the group named after the pair is the first value's, by
    how a comparison is said, never the nearest value's."""
    i = next((k for k, w in enumerate(values) if w is v), 0)
    depth = s.depths
    if i == 0 or not _a_pair(s, values[i - 1], v, depth):
        return False
    # (a share's count written before it: "(12 [8%] vs 4 [3%])")
    a, b = count_start(s.text, values[i - 1]), count_start(s.text, v)
    return depth[a] > 0 and _inside_one_bracket(s.text, a, b) and \
        min(depth[v.end:group_at], default=depth[b]) < depth[b]


def _a_pair(s: Sentence, a: Value, b: Value, depth: list[int]) -> bool:
    """Whether two values are an "x vs y" pair of the same kind: "40% vs 10%", "12 [40%] vs nine [10%]",
    "8% [28 of 334] vs 1% [4 of 313]", "(73 vs 40 deaths)" (bare counts only inside brackets: "2 versus 2 died,
    3 versus 1 had ..." names its outcomes after them); not when an outcome is named between or right after
    them ("23% vs 11% for ORR")."""
    if a.unit != b.unit or (a.count is None) != (b.count is None):
        return False
    if not RX.PAIR_BETWEEN.fullmatch(s.masked[a.end:b.start]) and not _counts_with_totals(s, a, b):
        return False
    if a.unit is None and a.count is None and depth[a.start] == 0:
        return False
    if RX.SUBGROUP_AFTER.match(s.text, b.end):
        return False  # "(ORR 20% vs 12% in the amplified subgroup)": the pair of a subgroup, not of the groups
    return not any(a.end <= e.start < b.start or (e.start >= b.end and RX.LABEL_AFTER.fullmatch(s.text[b.end:e.start]))
                   for e in s.endpoints)


def _heads_a_list(s: Sentence, mention: Mention, mentions: list[Mention]) -> bool:
    """'... months in the A vs B arms, respectively': the group is the first of a list of groups the values before
    are given for in order, not the group of the value just before it alone."""
    later = next((m for m in mentions if m.start >= mention.end and m.key != mention.key), None)
    if later is None:
        return False
    joiner = RX.GROUPS_JOIN_OR_VERSUS.fullmatch(s.text[mention.end:later.start])
    # "... for A, low-dose B, and high-dose B plus C, respectively": the list may name more than the groups' names
    return bool(joiner) and bool(joiner.group("vs") or RX.RESPECTIVELY_AHEAD.match(s.text[later.end:later.end + 120]))


def _listed_with_another(s: Sentence, mention: Mention, mentions: list[Mention]) -> bool:
    """'of SRC and TC patients was 19 and 48 months': a group named last in a list whose other names are no
    group the paper defined; the values after the list are the list's, not this group's alone."""
    head = s.text[max(0, mention.start - 30):mention.start]
    m = RX.NAME_BEFORE_A_JOIN_AT_END.search(head)
    if not m:
        return False
    other_start = mention.start - len(head) + m.start("other")
    if RX.UNIT_AFTER_NUMBER.search(s.text, max(0, other_start - 20), other_start + len(m.group("other"))):
        return False  # "Median OS: A 12.1 months, B 9.8 months": the unit of the value before, no name of a list
    if RX.GROUP_NOUN_ONLY.fullmatch(m.group("other")) and \
            any(RX.SPACES_ONLY.fullmatch(s.text[o.end:other_start]) for o in mentions):
        return False  # "... in the A arm and the B arm 52%": the word of the group named before, a group of the paper
    return not any(o.start <= other_start < o.end for o in mentions) and m.group("other").lower() not in (
        "the", "in", "of", "for", "with", "between", "both")


def _ends_group_list(s: Sentence, mention: Mention, mentions: list[Mention]) -> bool:
    """'for A and B were 6.1 and 7.2 months and ...', 'in the A arm vs the B arm were 9.1 (...) vs 7.7 (...) months':
    the group named last in a list (or pair) of the paper's groups; the values after the list are the list's
    (``_lists`` pairs them when it can), not this group's alone."""
    return any(o.key != mention.key and o.end <= mention.start and
               RX.GROUP_LIST_JOIN.fullmatch(s.text, o.end, mention.start) and not _takes_the_value_before(s, o)
               for o in mentions)


def _share_after_at(s: Sentence, v: Value, prev: Mention) -> bool:
    """'Rash was reported for A at 33%': the share said after the group's name and "at"."""
    return v.unit == "%" and bool(RX.AT_SHARE.fullmatch(_filler(s, prev.end, v.start))) and \
        bool(RX.FOR_BEFORE_NAME.search(s.text, max(0, prev.start - 12), prev.start)) and \
        not RX.SHARE_OF_AFTER.match(s.text, v.end)


def _takes_the_value_before(s: Sentence, mention: Mention) -> bool:
    """'... was 64% in the A arm and the B arm 52%': the group is that of the value right before it, so the next group
    named after "and" heads a clause of its own (with its own value), not a list with it."""
    before = [v for v in s.values if v.end <= mention.start]
    return bool(before) and _after(s, before[-1].end, mention.start) is not None


# The rule of values held back: read by no rule (neither as a group's nor as all patients')
HELD = "result.group.held"
# a part of a value said in the bracket after it, of the value's group: "48% (including 9% complete responses)"
BREAKDOWN = "result.group.breakdown"


def _bare_list_before(s: Sentence, v: Value, values: list[Value], assigned: dict) -> list[Value]:
    """'Grade 3 pneumonitis was 5%, 3% and 7% in group 1 given 60, 66 and 72 Gy, respectively': the group after a list
    of values is not the last value's alone, where the list is spread over numbers of something else after the group.
    The values of such a list that went to no group, v the last ([] when v ends no such list): none of them is read,
    neither as the group's nor as all patients'."""
    i = next((k for k, w in enumerate(values) if w is v), 0)
    listed = [v]
    while i > 0 and values[i - 1].unit == v.unit and id(values[i - 1]) not in assigned and \
            RX.BARE_LIST_JOIN.fullmatch(s.masked[values[i - 1].end:values[i].start]):
        i -= 1
        listed.insert(0, values[i])
    return listed if len(listed) > 1 else []


def _each_at_its_time(s: Sentence, v: Value, w: Value) -> bool:
    """'OS was 64% at 2 years and 41% at 5 years in arm A': two shares joined by "and", each followed by its own time
    and nothing else (the times are blank in the masked text), so that the group after the second is the first's
    too."""
    if not v.unit == w.unit == "%" or not RX.TIMED_SHARES_AND.fullmatch(s.masked, v.end, w.start):
        return False
    between = [t for t in s.times if v.end <= t.start and t.end <= w.start]
    after = s.time_right_after(w.end)
    return len(between) == 1 and len(between[0].months) == 1 and after is not None and len(after.months) == 1


def assign_values(s: Sentence, mentions: list[Mention], index: Optional[GroupIndex] = None) -> list[_Assigned]:
    """Each value of the sentence that names its group, with that group."""
    values = [v for v in s.values if _usable(s, v)]
    if not values or not mentions:
        return []
    if len({m.key for m in mentions}) == 2 and not s.vs:
        two = _two_lists(s, values, mentions)
        if two:
            return _with_totals(s, two)
    assigned = {id(a.value): a for a in _lists(s, values, mentions)}
    if index is not None:
        assigned.update({id(a.value): a for a in _subject_pairs(s, values, mentions, index, set(assigned))})
        assigned.update({id(a.value): a for a in _change_between_arms(s, values, mentions, index, set(assigned))})
    assigned.update({id(a.value): a for a in _compared_pairs(s, values, mentions, set(assigned))})
    assigned.update({id(a.value): a for a in _each_named_straight_after(s, values, mentions, set(assigned))})
    assigned.update({id(a.value): a for a in _bracket_pair_second_named(s, values, mentions, set(assigned))})
    assigned.update({id(a.value): a for a in _values_named_after(s, values, mentions, set(assigned))})
    assigned.update({id(a.value): a for a in _fronted_than(s, values, mentions, set(assigned))})
    assigned.update({id(a.value): a for a in _subject_than(s, values, mentions, set(assigned))})
    # "A (40%)": the bracket after a group holds its value, unless it holds a pair or a list ("than in B (12% vs
    # 8%)", "in arm A (4.7 and 9.5 months, respectively)")
    depth = s.depths
    # (not a share and the other group's bare count after it: "12 given A (20%) versus 33 given B (56%)")
    listed = {id(a) for a, b in zip(values, values[1:], strict=False)
              if (RX.PAIR_BETWEEN.fullmatch(s.masked[a.end:b.start]) and not (a.unit == "%" and b.unit is None)) or (
                  a.unit == b.unit and depth[a.start] > 0 and min(depth[a.start:b.start + 1]) >= depth[a.start])}
    assigned.update({id(a.value): a for a in _bracket_lists(s, values, mentions, set(assigned))})
    for v in values:
        if id(v) in assigned:
            continue
        nxt = next((m for m in mentions if m.start >= v.end), None)
        prev = next((m for m in reversed(mentions) if m.end <= v.start), None)
        after = _after(s, v.end, nxt.start) if nxt is not None else None
        if after and (v.count is not None or v.unit is None or not after.group("verb")) and \
                not any(v.end <= w.start < nxt.start for w in values) and not _heads_a_list(s, nxt, mentions) and \
                not _pair_closed_before(s, values, v, nxt.start):
            listed = _bare_list_before(s, v, values, assigned) if RX.SPREAD_OVER_OTHERS.match(s.masked, nxt.end) else []
            assigned.update({id(w): _Assigned(w, nxt, HELD) for w in listed})
            if not listed:
                assigned[id(v)] = _Assigned(v, nxt, "result.group.after")
        elif nxt is not None and RX.GROUP_IN_BRACKET.fullmatch(_filler(s, v.end, nxt.start)) and \
                RX.GROUP_BRACKET_END.match(s.text, nxt.end) and not any(v.end <= w.start < nxt.start for w in values):
            # "29% (arm A) and 47% (arm B)": the group alone in the bracket straight after the value
            assigned[id(v)] = _Assigned(v, nxt, "result.group.after")
        elif nxt is not None and depth[v.start] > 0 and RX.VALUE_COMMA.fullmatch(_filler(s, v.end, nxt.start)) and \
                RX.ITEM_END.match(s.text, nxt.end) and not any(v.end <= w.start < nxt.start for w in values):
            # "(14 months, group A; 39 months, group B)": in a bracket's item, the value, a comma and the group alone
            assigned[id(v)] = _Assigned(v, nxt, "result.group.after")
        elif nxt is not None and v.count is not None and RX.CLOSING_MARKS_ONLY.fullmatch(_filler(s, v.end, nxt.start)) \
                and RX.PEOPLE_AFTER_GROUP.match(s.text, nxt.end):
            # "15 (10%) drug A and 6 (4%) placebo patients had ...": the group said as the people's attribute
            assigned[id(v)] = _Assigned(v, nxt, "result.group.attribute")
        elif nxt is not None and RX.PEOPLE_GROUP.fullmatch(s.text, nxt.start, nxt.end) and (v.count is not None or (
                v.unit is None and (RX.IN_BEFORE_COUNT.search(s.text, 0, v.start) or
                                    RX.OF_WORD.search(_filler(s, v.end, nxt.start))))) and \
                RX.COUNT_THEN_PEOPLE.fullmatch(_filler(s, v.end, nxt.start)):
            # "41 of 89 controls", "22 (25%) controls": the group's name is the people counted
            assigned[id(v)] = _Assigned(v, nxt, "result.group.attribute")
        elif nxt is not None and v.unit is None and v.count is None \
                and RX.ONE_SPACE.fullmatch(s.text[v.end:nxt.start]) \
                and RX.PATIENTS_RIGHT_AFTER.match(s.text, nxt.end) and (
                    RX.IN_BEFORE_COUNT.search(s.text, 0, v.start) or _heads_a_closing_bracket(s, v)
                    or _next_attribute_count(s, v, assigned)):
            # "grade 3 vomiting occurred in 4 drug A patients": a bare count of people named by their group (and the
            # next of a pair: "in 4 drug A patients (3%) and 9 placebo patients (7%)")
            assigned[id(v)] = _Assigned(v, nxt, "result.group.attribute")
        elif prev is not None and v.start - prev.end <= MAX_BEFORE \
                and (RX.BEFORE.match(RX.SPACES.sub(" ", _filler(s, prev.end, v.start)))
                     or (RX.COUNT_OF_TOTAL_AFTER_NAME.match(_filler(s, prev.end, v.start))
                         and not RX.IN_BEFORE_NAME.search(s.text, max(0, prev.start - 12), prev.start))
                     or _share_after_at(s, v, prev)) \
                and not (nxt is not None and v.unit is None and RX.SPACES.fullmatch(s.text[v.end:nxt.start])) \
                and not _listed_with_another(s, prev, mentions) and not _ends_group_list(s, prev, mentions) \
                and not RX.CAUSE_AFTER.match(s.text, v.end) and not RX.OWN_PEOPLE_AFTER.match(s.text, v.end) \
                and not RX.OF_WHOM_AFTER.match(s.text, v.end):
            bracket = bool(RX.OPENING_BRACKET.search(_filler(s, prev.end, v.start)))
            if not (bracket and _not_in_bracket(s, v, prev, listed, mentions)):
                assigned[id(v)] = _Assigned(v, prev, "result.group.bracket" if bracket else "result.group.before")
    # "nausea (61 [41%]), fatigue (52 [35%]) and rash (40 [27%]) in group A": a list of events, each with its count
    # in the bracket after it, the group said once after the last, are all that group's
    for v, w in reversed(list(zip(values, values[1:], strict=False))):
        after_w = assigned.get(id(w))
        if id(v) in assigned or after_w is None or after_w.mention is None or \
                after_w.rule not in ("result.group.after", "result.group.term_list") or \
                any(v.end <= m.start < w.start for m in mentions):
            continue
        if _event_term_before(s, v) is not None and (term := _event_term_before(s, w)) is not None and \
                v.end <= term.start and RX.TERM_ITEM_AFTER.fullmatch(s.text, v.end, term.start):
            assigned[id(v)] = _Assigned(v, after_w.mention, "result.group.term_list")
    # "41 patients (27%) progressed and 52 (35%) died in group A": counts of events joined by "and", the group said
    # once after the last, are all that group's; so are medians of two outcomes ("median TTP was 18.4 and median OS
    # was 38.6 weeks in arm A")
    for v, w in reversed(list(zip(values, values[1:], strict=False))):
        after_w = assigned.get(id(w))
        if id(v) in assigned or after_w is None or \
                after_w.rule != "result.group.after" or any(v.end <= m.start < w.start for m in mentions) or \
                any(m.end <= v.start and not RX.CLAUSE_END.search(s.text, m.end, v.start) for m in mentions):
            continue  # (not after a group named earlier in the clause: "90 in arm A, which represented 61 deaths,
            # and 84 in arm B": the first count is that group's)
        if (v.count is not None and w.count is not None and
                RX.CHAINED_EVENT.fullmatch(s.masked, v.end, count_start(s.text, w))) or \
                (v.unit == w.unit == "months" and medians_chained(s.text, s.masked, v, w)) or \
                _each_at_its_time(s, v, w):
            assigned[id(v)] = _Assigned(v, after_w.mention, "result.group.after")
    _across_its_breakdown(s, values, mentions, assigned)
    if index is not None and len(index.groups) == 2:
        # "(74% vs 26% for those who received placebo)": in a two-arm trial, a bracketed pair whose second value
        # names its arm inside the bracket has the other arm's first
        for v, w in zip(values, values[1:], strict=False):
            named = assigned.get(id(w))
            if id(v) in assigned or named is None or named.rule != "result.group.after" or \
                    depth[v.start] == 0 or not _a_pair(s, v, w, depth) or \
                    not _inside_one_bracket(s.text, v.start, named.mention.end):
                continue
            other = index.other(named.mention.key)
            assigned[id(v)] = _Assigned(v, Mention(named.mention.start, named.mention.end, other),
                                        "result.group.bracket_pair")
        # "14% in patients who received A compared with 6% in those who did not": the other arm
        for v, w in zip(values, values[1:], strict=False):
            named = assigned.get(id(v))
            if id(w) in assigned or named is None or named.rule != "result.group.after" or v.unit != w.unit or \
                    any(v.end <= m.start < w.start and m is not named.mention for m in mentions) or \
                    not RX.THOSE_WHO_DID_NOT.match(s.text, w.end):
                continue
            other = index.other(named.mention.key)
            assigned[id(w)] = _Assigned(w, Mention(w.end, w.end, other), "result.group.after")
    if not assigned and len({m.key for m in mentions}) == 1:
        first = mentions[0]
        if opens_the_sentence(s, first):
            # (not the two values of a pair: "In arm A, response rate (64% v 11%) favoured mutant tumours" compares
            # two parts of the arm, neither the whole arm)
            paired = {id(x) for a, b in zip(values, values[1:], strict=False)
                      if RX.PAIR_BETWEEN.fullmatch(s.masked[a.end:b.start]) for x in (a, b)}
            # (nor a value compared with the literature: "... was higher (40%) than previously reported (25%)")
            others = {id(v) for v in values if than_no_group(s, count_start(s.text, v))}
            # (nor a value of people named after it: "In cohort 1, median OS was 58 months for patients who received
            # A versus 40 months for those who received B" gives two parts of the cohort)
            parts = {id(v) for v in values if RX.PART_AFTER_VALUE.match(s.text, v.end)}
            # (nor a value set against all the patients: "In arm A, the 2-year OS was 60%, against 51% overall")
            whole = {id(v) for v in values if said_of_the_whole_population(s, count_start(s.text, v), v.end)}
            # (nor the figures of another source set against the group's: "In arm A, median PFS and OS were 6.1 and
            # 14.2 months, versus 4.0 and 11.3 months in historical controls", whose first block is the arm's)
            sourced = of_another_source(s, values, mentions)
            paired -= {id(a) for a, b in zip(values, values[1:], strict=False) if id(b) in sourced}
            assigned = {id(v): _Assigned(v, first, "result.group.scope") for v in values
                        if id(v) not in paired | others | parts | whole | sourced}
        elif (RX.LIST_SCOPE.match(s.text[:first.start]) or (RX.EVENTS_SCOPE.match(s.text[:first.start])
                                                          and not s.respectively)) and \
                RX.LIST_SCOPE_AFTER.match(s.text, first.end) and not s.vs:
            # (not "... toxicities in arm 2 were leucopenia (16% and 8%, respectively)": values by grade, read there)
            # the list's values are all that group's; a pair ("rash (9% vs 2%)") would compare it with another
            assigned = {id(v): _Assigned(v, first, "result.group.scope") for v in values}
    assigned.update({id(a.value): a for a in _clause_list_scope(s, values, mentions, set(assigned))})
    assigned = _counts_with_their_shares(s, values, assigned)
    return _with_totals(s, sorted(assigned.values(), key=lambda a: a.value.start))


def _across_its_breakdown(s: Sentence, values: list[Value], mentions: list[Mention],
                          assigned: dict[int, _Assigned]) -> None:
    """"The response rate was 48% (including 9% complete responses) in the A arm": a value whose bracket straight after
    it breaks it down (``RX.BREAKDOWN_OPEN``), the group named straight after that bracket closes, is that group's
    too, as the parts inside the bracket are; and the parts, each with its outcome straight after it, are the group's
    whose value they break down ("higher in the A arm, 48% (with 9% complete responses), than ...")."""
    for v in values:
        opened = RX.BREAKDOWN_OPEN.match(s.text, v.end)
        close = _closing_bracket(s.text, opened.end()) if opened else -1
        if close < 0:
            continue
        inside = [w for w in values if opened.end() <= w.start < close]
        if id(v) in assigned:
            if inside and not any(id(w) in assigned for w in inside) and all(
                    any(e.start >= w.end and RX.VALUE_THEN_ENDPOINT.fullmatch(s.text[w.end:e.start])
                        for e in s.endpoints) for w in inside):
                assigned.update({id(w): replace(assigned[id(v)], value=w, rule=BREAKDOWN) for w in inside})
            continue
        nxt = next((m for m in mentions if m.start > close), None)
        if not inside or nxt is None or any(m.start < nxt.start for m in mentions if m.start > v.end) or \
                not all(id(w) in assigned and assigned[id(w)].mention is nxt for w in inside) or \
                not _after(s, close + 1, nxt.start):
            continue
        assigned[id(v)] = _Assigned(v, nxt, "result.group.after")
        assigned.update({id(w): replace(assigned[id(w)], rule=BREAKDOWN) for w in inside})


def _closing_bracket(text: str, start: int) -> int:
    """Where the round bracket open at ``start`` closes (a bracket inside it, "(with 21% complete response (CR))",
    closing first); -1 when it does not."""
    depth = 1
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return -1


def _counts_with_their_shares(s: Sentence, values: list[Value], assigned: dict[int, _Assigned]
                              ) -> dict[int, _Assigned]:
    """'In the K group, 40 patients (40%) had X': a bare count a rule gave a group, whose share follows in a bracket
    that counts it, is read with that share (the count's row and the rate's), not as the count alone."""
    out = dict(assigned)
    for v, w in zip(values, values[1:], strict=False):
        a = out.get(id(v))
        if a is None or id(w) in out or v.unit is not None or w.unit != "%" or w.count is None or \
                float(w.count) != v.value or count_start(s.text, w) != v.start:
            continue
        del out[id(v)]
        out[id(w)] = _Assigned(w, a.mention, a.rule)
    return out


def _clause_list_scope(s: Sentence, values: list[Value], mentions: list[Mention], done: set[int]) -> list[_Assigned]:
    """'A caused more grade 3 events than B (...); the most common grade 3 events with B were X (..) and Y (..)': a
    clause after a semicolon that opens as one group's list of events (LIST_SCOPE, EVENTS_SCOPE) and names no other
    group gives that group its values, as a sentence that opens so does."""
    out: list[_Assigned] = []
    cuts = [i for i, ch in enumerate(s.text) if ch == ";" and s.depths[i] == 0]
    for start, end in zip(cuts, [*cuts[1:], len(s.text)][:len(cuts)], strict=True):
        here = [m for m in mentions if start < m.start < end]
        if len({m.key for m in here}) != 1 or any(start < at < end for at in s.vs):
            continue
        first = here[0]
        head = s.text[start + 1:first.start]
        if not (RX.LIST_SCOPE.match(head) or RX.EVENTS_SCOPE.match(head)) or \
                not RX.LIST_SCOPE_AFTER.match(s.text, first.end):
            continue
        for v in values:
            if not first.end <= v.start < end or id(v) in done:
                continue
            # (each value after an event named in the clause: one the lexicon does not know, "raised bilirubin (4
            # [2%])", is no event's of the clause before)
            own = max((e for e in s.endpoints if e.end <= v.start), key=lambda e: e.end, default=None)
            if own is not None and own.start >= first.end:
                out.append(_Assigned(v, first, "result.group.scope"))
    return out


def of_another_source(s: Sentence, values: Sequence[Value], mentions: Sequence[Mention]) -> set[int]:
    """The ids of the values a contrast sets against the figures of a source that is no group of this paper:
    "..., versus 4.0 and 11.3 months in the historical cohort", "longer than the 11.3 months of earlier series",
    "higher than in historical controls (25%)". None where a group of the paper is named between the contrast and
    the source ("versus 4.0 months in arm B of the earlier trial" is no plain source)."""
    out: set[int] = set()
    for c in RX.CONTRAST_WORD.finditer(s.text):
        if s.depths[c.start()] > 0:
            continue
        end = clause_end(s, c.end())
        src = RX.ANOTHER_SOURCE.search(s.text, c.end(), end)
        if src is None or RX.CONTRAST_WORD.search(s.text, c.end(), src.start()) or \
                any(c.end() <= m.start < src.end() for m in mentions):
            continue
        theirs = [v for v in values if c.end() <= v.start < src.start()]
        if not theirs:  # the source named before its figures: "than historical controls (25%)"
            bracket = RX.OPEN_BRACKET_NEXT.match(s.text[src.end():])
            close = s.text.find(")" if bracket and bracket.group(0).strip() == "(" else "]", src.end())
            theirs = [v for v in values if bracket and src.end() < v.start < (close if close >= 0 else len(s.text))]
        out |= {id(v) for v in theirs}
    return out


def said_of_the_whole_population(s: Sentence, start: int, end: int) -> bool:
    """Whether the value from ``start`` to ``end`` is said of all the patients after it: "in the whole cohort"; a bare
    "overall" only after a comparison ("In arm A, the ORR was 40% overall" is the arm's whole rate)."""
    m = RX.WHOLE_AFTER_VALUE.match(s.text, end)
    if m is None:
        return False
    return not m.group("overall") or RX.COMPARED_BEFORE_VALUE.search(s.text, max(0, start - 30), start) is not None


def _event_term_before(s: Sentence, v: Value) -> Optional[Endpoint]:
    """The event named right before the bracket ``v`` opens ("nausea (61 [41%]"), if any."""
    start = count_start(s.text, v)
    return next((e for e in s.endpoints if e.code == "TOX" and e.category and e.end <= start
                 and RX.TERM_ITEM_OPEN.fullmatch(s.text, e.end, start)), None)


def _with_totals(s: Sentence, out: list[_Assigned]) -> list[_Assigned]:
    for a in out:
        count, total = _totals(s, a.value)
        a.total = total
        if a.value.unit == "%" and (total is not None or a.value.count is None) and count is not None:
            a.value.count = count  # "13 out of 52 patients (25%)": 13, not 52
    # "14 of 180 resected patients in the A arm (7.8%)": the share in the bracket after the group's name is of the
    # count's total before it (a part of the arm), when it is that count's share
    for a in out:
        if a.total is not None or a.value.unit != "%":
            continue
        counted = next((c for c in out if c is not a and c.mention == a.mention and c.total and c.value.unit is None
                        and c.value.end <= a.mention.start <= a.value.start
                        and abs(100 * c.value.value / c.total - a.value.value) <= 0.6), None)
        if counted is not None:
            a.total = counted.total
    return out


def _two_lists(s: Sentence, values: list[Value], mentions: list[Mention]) -> list[_Assigned]:
    """'The most common grade 3 events in the A group were X (..), Y (..), compared with Z (..) and W (..) in the B
    group': the values before the contrast are the first group's, those after it the group named at the end."""
    first = mentions[0]
    second = next(m for m in mentions if m.key != first.key)
    if not (RX.LIST_SCOPE.match(s.text[:first.start]) and RX.LIST_SCOPE_AFTER.match(s.text, first.end)) or not values:
        return []
    # (a number in the list's head is how many it names, "The three most common events with A were ...": no value)
    values = [v for v in values if v.start >= first.end]
    if any(m.key == first.key and m.start > first.end for m in mentions) or not values:
        return []
    if values[-1].end > second.start:
        return _second_list_fronted(s, values, first, second, mentions)
    if not RX.LIST_END_GROUP.search(s.text[values[-1].end:second.start]):
        return []
    splits = [m for m in RX.LIST_CONTRAST.finditer(s.text, first.end, second.start)]
    if len(splits) != 1:
        return []
    cut = splits[0].start()
    ones = [v for v in values if v.start < cut]
    twos = [v for v in values if v.start > cut]
    if not ones or not twos:
        return []
    return [_Assigned(v, first, "result.group.scope") for v in ones] + \
        [_Assigned(v, second, "result.group.scope") for v in twos]


def _second_list_fronted(s: Sentence, values: list[Value], first: Mention, second: Mention,
                         mentions: list[Mention]) -> list[_Assigned]:
    """'The most common events in the A group were X (..) and Y (..), and in the B group, Z (..) and W (..)': each
    list is the group named at its head; the second named once, at the head of its list."""
    if any(m.key == second.key and m is not second for m in mentions) or s.respectively:
        return []
    previous = [v for v in values if v.end <= second.start]
    if not previous or not RX.SECOND_LIST_LEAD.search(s.text, previous[-1].end, second.start) or \
            not RX.SECOND_LIST_AFTER.match(s.text, second.end):
        return []
    if any(g[1] < first.start for g in s.grades):
        return []  # ("the most common grade 3 events with A were ...; with B, ...": the grade said once for both)
    ones = [v for v in values if first.end <= v.start and v.end <= second.start]
    twos = [v for v in values if v.start >= second.end]
    if len(ones) + len(twos) != len(values) or not ones or not twos:
        return []
    # each value after an event named in its own list ("..., and in the B group were pain (17%)": with no event
    # the lexicon reads before it, the value is no event's of the list before)
    named = [e for e in s.endpoints if e.code == "TOX"]
    for head, items in ((first.end, ones), (second.end, twos)):
        for v in items:
            if not any(head <= e.start and e.end <= v.start for e in named):
                return []
            own = max((e for e in named if e.end <= v.start), key=lambda e: e.end)
            if own.start < head:
                return []
    return [_Assigned(v, first, "result.group.scope") for v in ones] + \
        [_Assigned(v, second, "result.group.scope") for v in twos]


def _bracket_lists(s: Sentence, values: list[Value], mentions: list[Mention], taken: set[int]) -> list[_Assigned]:
    out: list[_Assigned] = []
    for m in mentions:
        lead = RX.BRACKET_LIST_LEAD.match(s.text, m.end)
        if lead is None:
            continue
        run = [v for v in values if v.start >= lead.end() and id(v) not in taken]
        listed: list[Value] = []
        for v in run:
            if listed and not JOIN.match(_filler(s, listed[-1].end, v.start)):
                break
            if not listed and s.text[lead.end():count_start(s.text, v)].strip():
                break  # (the first value may open with its count: "(40 [27%] and 12 [8%], respectively)")
            listed.append(v)
        if len(listed) >= 2 and len({v.unit for v in listed}) == 1 and \
        RX.BRACKET_LIST_END.match(s.text, listed[-1].end):
            out += [_Assigned(v, m, "result.group.bracket_list") for v in listed]
    return out


# Between a list of events as a subject and the generic name it is: "... were the main grade 3 " (the grade blank)
THE_EVENTS_WERE = lazy_regex(rf"\s+(?:were|was)\s+(?:the\s+)?(?:(?:{MAIN_EVENT_WORDS}|only)\s+)?[\s\w-]*?", re.I)


def _timed_list(s: Sentence, combos: list[Combo], cluster: list[_Assigned]) -> Optional[list[Combo]]:
    """The k times of the one endpoint named before a group's bracketed list of k values, in order."""
    mention = cluster[0].mention
    before = [c for c in combos if c.endpoint.end <= mention.start]
    if not before:
        return None
    last = max(before, key=lambda c: c.endpoint.end).endpoint
    own = [c for c in before if c.endpoint is last]
    if len(own) == len(cluster) and len({c.months for c in own}) == len(own) and None not in {c.months for c in own}:
        return sorted(own, key=lambda c: c.months)
    # "the median PFS and OS in the A arm (4.7 and 9.5 months, respectively)": k endpoints said together, one each
    named = sorted({id(c.endpoint): c.endpoint for c in before}.values(), key=lambda e: e.start)
    chain = coordinated(s, named)
    if len(chain) == 1 and len(cluster) > 1 and chain[0].code == "TOX" and chain[0].category is None \
            and named.index(chain[0]) > 0:
        # "Neutropenia and fatigue were the main grade 3 toxicities in group 1 (40 [27%] and 12 [8%], respectively)":
        # the events listed as the subject, at the grade the generic name after them gives
        generic = chain[0]
        events = coordinated(s, named[:named.index(generic)])
        if THE_EVENTS_WERE.fullmatch(s.text, events[-1].end, generic.start) and \
                all(e.code == "TOX" and e.category for e in events):
            chain = [replace(e, grade=e.grade or generic.grade) for e in events]
            return [Combo(e, None, "rate") for e in chain] if len(chain) == len(cluster) else None
    per = [[c for c in before if c.endpoint is e] for e in chain]
    if len(chain) != len(cluster) or any(len(p) != 1 for p in per):
        return None
    return [p[0] for p in per]


def scope_group(s: Sentence, mentions: list[Mention], index: GroupIndex) -> Optional[GroupRef]:
    """'In the A group, ...', 'For patients given A, ...', 'A patients experienced ...': the one group a whole
    sentence is about, when it opens with it and names no other (nor compares it with another)."""
    if len({m.key for m in mentions}) != 1:
        return None
    first = mentions[0]
    if not opens_the_sentence(s, first) and not (
            RX.SUBJECT_LEAD.match(s.text[:first.start]) and RX.SUBJECT_EXPERIENCED.match(s.masked, first.end)
            and not RX.COMPARING.search(s.text)) and not (
            # "The adverse events of grade 3 or 4 in the A arm were diarrhoea (8%), ...": the group the subject is of
            RX.SUBJECT_OF_A_GROUP.match(s.text[:first.start]) and RX.SUBJECT_BE.match(s.masked, first.end)
            and not RX.COMPARING.search(s.text) and not any(v.start < first.start for v in s.values)):
        return None
    return _ref(index, first.key, None)


def opens_the_sentence(s: Sentence, mention: Mention) -> bool:
    """'In the A group, ...': the group named first, as the sentence's frame, before a comma."""
    return bool(RX.SCOPE.match(s.masked[:mention.start])
                and RX.GROUP_WORD_THEN_COMMA.match(s.masked[mention.end:]))


def _scoped_times(combos: list[Combo], cluster: list[_Assigned]) -> Optional[list[Combo]]:
    """'In group A, the local control rates at 3, 6 and 12 months were a, b and c': one endpoint's k time points for
    the k values the group's sentence lists, in order."""
    first = min(a.value.start for a in cluster)
    before = [c for c in combos if c.endpoint.end <= first]
    if not before:
        return None
    last = max(before, key=lambda c: c.endpoint.end).endpoint  # the outcome named last before the values
    timed = [c for c in before if c.endpoint is last and c.months is not None and c.measure == "rate"]
    if not timed and any(c.endpoint is last and c.measure == "rate" for c in before):
        # "..., the local control rate of 6, 12, 24 months was a, b, c respectively, and the local progression rate
        # was d, e, f respectively": a second outcome's list at the time points the first list was given at
        earlier = [c for c in before if c.months is not None and c.measure == "rate" and c.endpoint is not last]
        if earlier:
            first_listed = max(earlier, key=lambda c: c.endpoint.end).endpoint
            times = [c.months for c in earlier if c.endpoint is first_listed]
            timed = [Combo(last, m, "rate") for m in times]
    if len(timed) != len(cluster) or len(timed) < 2:
        return None
    if len({c.months for c in timed}) != len(timed) or any(a.value.unit != "%" for a in cluster):
        return None
    return timed


def _endpoint_chain(s: Sentence, combos: list[Combo], clusters: list[list[_Assigned]]) -> list[Optional[Endpoint]]:
    """'PFS and OS rates were higher with A than with B (a vs b; and c vs d)': k endpoints listed before k
    comparisons are theirs in order; otherwise each comparison looks for its own (None)."""
    none: list[Optional[Endpoint]] = [None] * len(clusters)
    if len(clusters) < 2:
        return none
    endpoints = sorted({id(c.endpoint): c.endpoint for c in combos}.values(), key=lambda e: e.start)
    first, last = clusters[0][0].value.start, clusters[-1][-1].value.end
    if any(first <= e.start < last for e in endpoints):
        return none
    before = [e for e in endpoints if e.end <= first]
    if not before:
        return none
    chain = coordinated(s, before)
    return list(chain) if len(chain) == len(clusters) else none


def coordinated(s: Sentence, endpoints: list[Endpoint]) -> list[Endpoint]:
    """The last of ``endpoints`` (in text order) and those joined to it by commas and "and"/"or": "PFS and OS"."""
    chain = [endpoints[-1]]
    for e in reversed(endpoints[:-1]):
        # "median TTP and median OS", "median OS and 2-year survival": a measure or time point said with the next
        # name is still one list
        if not RX.COORDINATED.fullmatch(s.text[e.end:chain[0].start]):
            break
        chain.insert(0, e)
    return chain


def unnamed_item_between(text: str, at: int = 0, groups: Sequence[Mention] = ()) -> bool:
    """Between an endpoint and a bracket of values, an item of a list that no endpoint names: the values are that
    item's, not the endpoint's. ``text`` starts at ``at`` in the sentence; an item that is one of ``groups`` ("and
    arm B (30%)") names the values' group, no other outcome."""
    m = RX.UNNAMED_ITEM_BEFORE.search(text)
    if not m or RX.CAUSES.search(text):
        return False
    if m.group("label") is None:
        return True
    # "... both before surgery (a vs b) and post-operatively (c vs d)": a when, not an item
    return not m.group("label").lower().endswith("ly") and not any(
        g.start < at + m.end("label") and at + m.start("label") < g.end for g in groups)


def _generic(e: Endpoint) -> bool:
    """A toxicity no kind or grade qualifies ("adverse events", "toxicity")."""
    return e.code == "TOX" and e.category is None and e.grade is None


def _valued_aside(s: Sentence, e: Endpoint, groups_at: int, depth: list[int]) -> bool:
    """'The response rate was 64% (complete response 51%, partial response 13%), with 67% for A and 61% for B': an
    outcome in a bracket with a value of its own, closed before the groups are named, is a part of the outcome before
    the bracket; the groups' values are not its values."""
    level = depth[e.start] if e.start < len(depth) else 0
    if level == 0 or groups_at > len(depth):
        return False
    close = next((i for i in range(e.end, groups_at) if depth[i] < level), None)
    # (the bracket an aside to a value before it, not a group's own bracket: "arm A (median survival 21.4 months)")
    opened = next((i for i in range(e.start, -1, -1) if depth[i] < level), 0)
    return close is not None and bool(RX.DIGIT.search(s.text[e.end:close])) and \
        bool(RX.VALUE_BEFORE_ASIDE.search(s.text, max(0, opened - 20), opened + 1))


def _endpoint_for(s: Sentence, combos: list[Combo], a: _Assigned, cluster: list[_Assigned],
                  depth: list[int], only: Optional[Endpoint] = None) -> Optional[Combo]:
    if only is not None:
        own_combos = [c for c in combos if c.endpoint is only]
        return own_combos[0] if len(own_combos) == 1 else None
    # An endpoint inside brackets explains what comes before it ("one in arm A (neutropenia, sepsis)");
    # it names none of the values outside them.
    level = depth[a.value.start] if a.value.start < len(depth) else 0
    first_value = min(x.value.start for x in cluster)
    usable = [c for c in combos if c.endpoint.start >= len(depth) or depth[c.endpoint.start] <= level]
    if a.rule in ("result.group.bracket", "result.group.compared_pair"):
        # "..., and more patients given A (21 [14%]) than B (nine [6%]) discontinued treatment": the outcome named
        # straight after the pair's closing bracket is the pair's, not one named before in another clause
        end = max(x.value.end for x in cluster)
        closing = [c for c in usable if c.endpoint.start >= end
                   and RX.AFTER_THE_BRACKET.fullmatch(s.text[end:c.endpoint.start])]
        if len({id(c.endpoint) for c in closing}) == 1:
            return closing[0] if len(closing) == 1 else None
        # "with A (40%)": the endpoint was named before the group ("16 in the B arm (17%) showed a change that
        # contradicted the response" is no response rate), in the same clause ("survival was similar, but
        # delayed treatment gave shorter symptom-free survival than immediate (2 vs 10 months)")
        cut = max((m.end() for m in RX.CLAUSE_END.finditer(s.text, 0, a.mention.start) if depth[m.start()] == 0),
                  default=0)
        if cut and not s.text[cut:a.mention.start].strip() and \
                any(x is not a and x.rule == a.rule and x.mention.end <= cut for x in cluster):
            cut = 0  # "Objective response: A 89/207 (43%); B 41/205 (20%)": a clause that is only the next group's
            # values, like the group's before it, is of the same outcome
        # (an outcome named after the group only before the pair's values: "with A than with B in OS (a vs b)";
        # not one of a later item of the sentence: "... (2 vs 10 months), poorer survival (9 vs 14 months)")
        usable = [c for c in usable if cut <= c.endpoint.start and c.endpoint.end <= a.mention.start
                  or (a.rule == "result.group.compared_pair" and a.mention.end < c.endpoint.start
                      and c.endpoint.end <= first_value)]
    if a.rule == "result.group.after" and level > 0 and all(
            x.mention.start < len(depth) and depth[x.mention.start] >= level for x in cluster):
        # "60% of patients (30 in arm A and 29 in arm B) had died": values in a bracket of groups are of the outcome
        # said straight after the bracket closes, not of one named before it ("... had PD and 60% (...) had died")
        close = s.text.find(")", max(max(x.value.end, x.mention.end) for x in cluster))
        closing = [c for c in usable if close >= 0 and c.endpoint.start > close
                   and all(depth[i] >= level for i in range(min(x.value.start for x in cluster), close))
                   and RX.AFTER_THE_BRACKET.fullmatch(s.text[close:c.endpoint.start])]
        if len({id(c.endpoint) for c in closing}) == 1:
            return closing[0] if len(closing) == 1 else None
    # "2 (8%) partial responses and 18 (69%) dogs with stable disease": a count's own endpoint straight after it
    # "85 (17%) and 61 (24%) deaths in the A and B arms, respectively": a list's values share what follows its last
    last = max(cluster, key=lambda x: x.value.end).value if a.rule == "result.group.list" else a.value
    own = [c for c in usable if c.endpoint.start >= last.end
           and RX.VALUE_THEN_ENDPOINT.fullmatch(s.text[last.end:c.endpoint.start])]
    if own and len({id(c.endpoint) for c in own}) == 1 and a.value.unit != "months":
        return own[0] if len(own) == 1 else None
    # ("11 patients given A, 3 of whom died, and 1 given B": an outcome inside a clause of a part of a count names none
    # of the values after the clause)
    before = [c for c in usable if c.endpoint.end <= first_value and not (
        RX.OF_WHOM_BEFORE.search(s.text, max(0, c.endpoint.start - 60), c.endpoint.start)
        and "," in s.text[c.endpoint.end:first_value])]
    last_before = max(before, key=lambda c: c.endpoint.end) if before else None
    if last_before is not None and (predicate := _predicate_of_new_clause(s, usable, cluster, last_before)):
        return predicate
    if before:
        last = max(before, key=lambda c: c.endpoint.end)
        if RX.OTHER_ITEM_BETWEEN.search(s.masked[last.endpoint.end:first_value]) or \
                RX.NEW_SUBJECT_BETWEEN.search(s.masked[last.endpoint.end:count_start(s.text, a.value)]) or \
                unnamed_item_between(s.masked[last.endpoint.end:first_value], last.endpoint.end,
                                     [x.mention for x in cluster]) or \
                RX.UNNAMED_LABEL.search(s.masked, last.endpoint.end, min(x.mention.start for x in cluster)):
            return None  # "more rash (40% vs 12%) but less chills (4% vs 13%)": chills' pair, not the rash's
        if _valued_aside(s, last.endpoint, min(x.mention.start for x in cluster), depth):
            return None
        if _generic(last.endpoint):
            # "Adverse events were similar: 150 (50%) of 300 given A vs 141 (47%) of 300 given B had grade 3 or
            # higher events": what the patients counted had, said after them, is the values' outcome
            end = max(max(x.value.end, x.mention.end) for x in cluster)
            had = [c for c in usable if c.endpoint.code == "TOX" and not _generic(c.endpoint)
                   and c.endpoint.start >= end and RX.HAD_THEN.fullmatch(s.text[end:c.endpoint.start])]
            if had:
                return had[0] if len({id(c.endpoint) for c in had}) == 1 else None
        named = sorted({id(c.endpoint): c.endpoint for c in before}.values(), key=lambda e: e.start)
        chain = coordinated(s, named)
        if a.rule == "result.group.list" and len({(e.code, e.category) for e in chain}) >= 2 and \
                RX.AND_OR_WORD.search(s.text[chain[-2].end:chain[-1].start]):
            # "median PFS and OS for A and B were a and b months and c and d months": which pair is which outcome
            # only the order of the pairs tells (``_endpoint_chain``, when every pair was read); one pair alone is
            # not the last outcome's
            return None
        # (one value after "X or Y" is the one item's: "stomatitis or mucositis (4 [2%])")
        if a.rule == "result.group.scope" and len(chain) >= 2 and len(cluster) >= 2 and \
                len({(e.code, e.category) for e in chain}) == len(chain) and \
                RX.AND_OR_WORD.search(s.text[chain[-2].end:chain[-1].start]):
            if len(chain) != len(cluster):
                return None  # "In arm A, the 2-year PFS and OS were a, b and c": which value is whose is not said
            # "In arm B, the median PFS and OS were 4.1 and 9.8 months (, respectively)": one group's values of the
            # outcomes named, in their order
            own_outcome = chain[sorted(x.value.start for x in cluster).index(a.value.start)]
            same = [c for c in before if c.endpoint is own_outcome]
            return same[0] if len(same) == 1 else None
        same = [c for c in before if c.endpoint is last.endpoint]
        return same[0] if len(same) == 1 else None
    # (a count's share after the group's name reaches no further than the count: "16 in the B arm (17%) showed a
    # change that contradicted the response" is no response count)
    cluster_end = max(max(x.value.end, x.mention.end) for x, before in zip(cluster, [None, *cluster], strict=False)
                      if before is None or not _share_after_its_count(s, before, x))
    # after the groups, or straight after the values: "40 (19%) and 22 (11%) deaths were seen with A and B"
    values_end = max(x.value.end for x in cluster)
    after = sorted((c for c in usable
                    # not past another bracket: "(18 [12%] vs none), mucositis (none vs 11 [7%]), and fatigue"
                    # names other items' values
                    if (0 <= c.endpoint.start - cluster_end <= 80
                        and not RX.STOP_OR_LIST_OF_BRACKETS.search(s.masked[cluster_end:c.endpoint.start])
                        # "..., and led to discontinuation in 9 (6%)": an outcome with values of its own after it
                        and not RX.OWN_VALUES_AFTER.match(s.text, c.endpoint.end)
                        # "... was 41% (69 patients), including one with complete remission": what the value is
                        # made of, not what it is
                        and not RX.MADE_OF.search(s.text, cluster_end, c.endpoint.start)
                        # "57 (40%) responded (complete response, 3%; ...)": an item of a bracket opened after the
                        # values breaks them down, it is not what they are
                        and not RX.OPEN_BRACKET_BEFORE.search(s.text, cluster_end, c.endpoint.start)
                        # "86% and 83% for A and B when excluding patients who died": who was left out, not what
                        # the values are
                        and not RX.LEFT_OUT.search(s.text, cluster_end, c.endpoint.start)
                        # "more X with A than B (a vs b), and fatigue (c vs d)": past the pair's bracket, a name
                        # with a bracket of its own labels that bracket, not this pair
                        and not (RX.CLOSING_BRACKET.search(s.masked[cluster_end:c.endpoint.start])
                                 and RX.MEDIAN_BRACKET_NEXT.match(s.text[c.endpoint.end:])))
                    or (values_end <= c.endpoint.start
                        and RX.VALUE_THEN_ENDPOINT.fullmatch(s.text[values_end:c.endpoint.start]))),
                   key=lambda c: c.endpoint.start)
    if not after:
        return None
    # "had an AE leading to interruption of radiotherapy": the specific outcome, not the generic event
    specific = [c for c in after if not (c.endpoint.code == "TOX" and c.endpoint.category is None
                                         and c.endpoint.grade is None)]
    first = specific[0] if specific else after[0]
    same = [c for c in after if c.endpoint is first.endpoint]
    return same[0] if len(same) == 1 else None


def _predicate_of_new_clause(s: Sentence, usable: list[Combo], cluster: list[_Assigned],
                             last: Combo) -> Optional[Combo]:
    """"..., and 2 (1%) patients given A versus 5 (4%) given B had grade 3 rash": counts that open a new clause, each
    before its group, are of the outcome their clause then says they had (``RX.PREDICATE_AFTER_GROUPS``), not of the
    one the clause before named. None when the counts do not open a clause or no single outcome follows them."""
    if not all(x.rule == "result.group.after" for x in cluster):
        return None
    first = min(cluster, key=lambda x: x.value.start).value
    if not RX.NEW_CLAUSE_OPENS.search(s.masked[last.endpoint.end:count_start(s.text, first)]):
        return None
    end = max(max(x.value.end, x.mention.end) for x in cluster)
    said = [c for c in usable if c.endpoint.start >= end
            and RX.PREDICATE_AFTER_GROUPS.fullmatch(s.text[end:c.endpoint.start])]
    # ("... died of disease progression": deaths of one cause the vocabulary does not name are no outcome of ours)
    if len(said) != 1 or RX.DEATH_CAUSE_AFTER.match(s.text, said[0].endpoint.end):
        return None
    return said[0]


def _measure(combo: Combo, v: Value, code: str) -> Optional[str]:
    if v.unit == "months":
        if combo.measure in ("median", "mean"):
            return combo.measure
        return "median" if code in CURVES else None
    if v.unit == "%":
        if code in CURVES and combo.months is None and code not in COUNTED:
            return None  # a survival rate needs its time point
        return "rate"
    if v.unit is None and code in COUNTED:
        return "count"
    return None


def _value_blocks(s: Sentence, combos: list[Combo], mentions: list[Mention], index: GroupIndex,
                  ) -> tuple[list[Found], set[int]]:
    """'Median PFS and OS were 4.2 and 10.5 months in arm A and 5.0 and 12.8 months in arm B, respectively': k
    endpoints said together, then for each group a block of k values in that order. Every value of each block
    must have a measure its endpoint takes, and the groups must differ; otherwise nothing is read here. One block
    alone is one group's ("LC and OS were 85% and 60% in arm A") where that group is the only one named."""
    values = [v for v in s.values if _usable(s, v)]
    if len(values) < 2 or not mentions:
        return [], set()
    endpoints = sorted({id(c.endpoint): c.endpoint for c in combos}.values(), key=lambda e: e.start)
    before = [e for e in endpoints if e.end <= values[0].start]
    interleaved = _each_after_its_outcome(s, endpoints, values)
    if not before or any(e.start >= values[0].start for e in endpoints) and not interleaved:
        return [], set()
    chain = interleaved or coordinated(s, before)
    own = [[c for c in combos if c.endpoint is e] for e in chain]
    if len(chain) == 1 and len({c.months for c in own[0]}) == len(own[0]) >= 2 and None not in {
            c.months for c in own[0]}:
        own = [[c] for c in own[0]]  # "the 2- and 5-year RFS rates were a and b in A, c and d in B": its time points
    k = len(own)
    if k < 2 or len(values) % k or any(len(o) != 1 for o in own):
        return [], set()
    blocks: list[tuple[list[Value], Mention]] = _blocks_respectively(s, [o[0] for o in own], values, mentions)
    block_end: Optional[int] = None  # where the last block's group's name ends (None: that group heads the sentence)
    for b in range(0, len(values), k) if not blocks else ():
        block = values[b:b + k]
        if not (b == 0 and interleaved) and not all(RX.BLOCK_JOIN.fullmatch(_filler(s, x.end, y.start))
                                                    for x, y in zip(block, block[1:], strict=False)):
            return [], set()
        m = next((m for m in mentions if m.start >= block[-1].end), None)
        joined = _after(s, block[-1].end, m.start) if m is not None else None
        if b == 0 and (joined is None or joined.group("verb")) and _heads_first_block(s, mentions, block):
            # "With A, the RR and median OS were 30% and 11 months, as compared with 18% and 8 months with B"
            blocks.append((block, mentions[0]))  # (what joins it to the next block was read there)
            continue
        if joined is None or joined.group("verb"):
            return [], set()
        if block_end is not None and not RX.BLOCK_NEXT.fullmatch(_filler(s, block_end, block[0].start)):
            return [], set()
        blocks.append((block, m))
        block_end = m.end
    keys = [m.key for _, m in blocks]
    if len(set(keys)) != len(keys) or (len(blocks) == 1 and not _alone_in_block(s, blocks[0][1], mentions)):
        return [], set()
    out: list[Found] = []
    for block, m in blocks:
        others = [key for key in keys if key != m.key]
        comparator = _ref(index, others[0], None) if len(others) == 1 else None
        for (combo,), v in zip(own, block, strict=True):
            measure = _measure(combo, v, combo.endpoint.code)
            if measure is None or measure == "count":
                return [], set()
            months = None if measure in ("median", "mean") else combo.months
            f = fields_for(Combo(combo.endpoint, months, measure), v)
            out.append(Found(f, combo.endpoint.start, max(m.end, block[-1].end), "result.group.block",
                             _ref(index, m.key, None), comparator, at=v.start))
    return out, {id(v) for block, _ in blocks for v in block}


def _heads_first_block(s: Sentence, mentions: list[Mention], block: list[Value]) -> bool:
    """"In arm A, median PFS and OS were 6.1 and 14.2 months, versus 4.0 and 11.3 months in arm B": the group that
    frames the sentence is the first block's when it is the only group named before the blocks, another group is
    named after them, and the first block ends in a contrast that leads straight to the next value."""
    head = mentions[0]
    nxt = next((v for v in s.values if v.start >= block[-1].end), None)
    return opens_the_sentence(s, head) and nxt is not None and \
        not any(head.end <= m.start < nxt.start for m in mentions) and \
        any(m.key != head.key for m in mentions if m.start >= nxt.end) and \
        RX.HEAD_BLOCK_NEXT.fullmatch(_filler(s, block[-1].end, nxt.start)) is not None


def _alone_in_block(s: Sentence, group: Mention, mentions: list[Mention]) -> bool:
    """"The 5-year LC and OS were 85% and 60% in arm A": one block is the group's only when the sentence names no
    other group and the group's name ends the clause (not "in arm A patients older than 70", a part of it)."""
    return len({m.key for m in mentions}) == 1 and RX.BLOCK_GROUP_END.match(s.text, group.end) is not None


def _each_after_its_outcome(s: Sentence, endpoints: list[Endpoint], values: list[Value]) -> list[Endpoint]:
    """"Median TTP was 18.4 weeks and median survival 38.6 weeks for A, compared with 12.1 and 30.2 weeks for B": the
    outcomes of the first group's block each before its own value, joined by "and" (the blocks after it bare, in
    the same order); [] when the sentence is not so."""
    k = len(endpoints)
    if k < 2 or len(values) < 2 * k or endpoints[-1].start >= values[k - 1].start:
        return []
    for i, (e, v) in enumerate(zip(endpoints, values[:k], strict=False)):
        if not RX.OUTCOME_THEN_VALUE.fullmatch(_filler(s, e.end, v.start)):
            return []
        if i and not RX.NEXT_OUTCOME.fullmatch(_filler(s, values[i - 1].end, e.start)):
            return []
    return endpoints


def _outcomes_of_one_group(s: Sentence, combos: list[Combo], mentions: list[Mention], index: GroupIndex,
                           ) -> tuple[list[Found], set[int]]:
    """'The 5-year LC and OS of patients in arm A were 85% and 60%, respectively': outcomes said together, the one
    group the sentence names right after them, then one value per outcome in their order and the clause's end."""
    values = [v for v in s.values if _usable(s, v)]
    if len(mentions) != 1 or len(values) < 2:
        return [], set()
    m = mentions[0]
    endpoints = sorted({id(c.endpoint): c.endpoint for c in combos}.values(), key=lambda e: e.start)
    if not endpoints or endpoints[-1].end > m.start or m.end > values[0].start:
        return [], set()
    chain = coordinated(s, endpoints)
    own = [[c for c in combos if c.endpoint is e] for e in chain]
    if len(chain) != len(endpoints) or len(own) != len(values) or any(len(o) != 1 for o in own):
        return [], set()
    joined = all(RX.BLOCK_JOIN.fullmatch(_filler(s, x.end, y.start)) for x, y in zip(values, values[1:], strict=False))
    if not joined or not RX.OUTCOMES_OF.fullmatch(_filler(s, chain[-1].end, m.start)) or \
            not RX.GROUP_THEN_VALUES.fullmatch(_filler(s, m.end, values[0].start)) or \
            not RX.BLOCK_END.fullmatch(s.text, values[-1].end):
        return [], set()
    out: list[Found] = []
    for (combo,), v in zip(own, values, strict=True):
        measure = _measure(combo, v, combo.endpoint.code)
        if measure is None or measure == "count":
            return [], set()
        months = None if measure in ("median", "mean") else combo.months
        out.append(Found(fields_for(Combo(combo.endpoint, months, measure), v), combo.endpoint.start, v.end,
                         "result.group.block", _ref(index, m.key, None), None, at=v.start))
    return out, {id(v) for v in values}


def _unit_fits(combo: Combo, v: Value) -> bool:
    """A median (or mean) in months, a rate at a time point in percent: the value's unit says which it is."""
    if combo.measure in ("median", "mean"):
        return v.unit == "months"
    return combo.months is not None and v.unit == "%"


def _slashed_by_group(s: Sentence, chain: list[Combo], blocks: list[list[Value]]) -> bool:
    """'The 1-/2-year OS rates were 44%/21% and 65%/47% for arms A and B, respectively': the outcome's time points
    joined by slashes, and each block's values joined by slashes as the time points are (and nothing else), so
    each block is one group's values at those time points, in order, whatever their units."""
    if len(chain) < 2 or len({id(c.endpoint) for c in chain}) != 1 or \
            not RX.SLASHED_TIMES.search(s.text, 0, blocks[0][0].start):
        return False
    inside = all(RX.SLASH_JOIN.fullmatch(s.text, x.end, y.start) for block in blocks
                 for x, y in zip(block, block[1:], strict=False))
    return inside and not any("/" in s.text[a[-1].end:b[0].start] for a, b in zip(blocks, blocks[1:], strict=False))


def _blocks_respectively(s: Sentence, chain: list[Combo], values: list[Value], mentions: list[Mention],
                         ) -> list[tuple[list[Value], Mention]]:
    """'The median survival and 1-year survival rate were 20 months (95% CI ...) and 70% and 11 months and 45% for
    arms A and B, respectively': one block of k values per group, the groups named together after the last block.
    Only when the units tell blocks by group from blocks by outcome (a median and a rate), else nothing."""
    k, g = len(chain), len(values) // len(chain)
    if g < 2 or not RX.RESPECTIVELY.search(s.text, values[-1].end):
        return []
    blocks = [values[b:b + k] for b in range(0, len(values), k)]
    slashed = _slashed_by_group(s, chain, blocks)
    by_group = all(_unit_fits(chain[j % k], v) for j, v in enumerate(values))
    by_outcome = all(_unit_fits(chain[j // g], v) for j, v in enumerate(values))
    if not by_group or (by_outcome and not slashed):
        return []
    if not slashed and not all(RX.BLOCK_JOIN.fullmatch(_filler(s, x.end, y.start)) for block in blocks
                               for x, y in zip(block, block[1:], strict=False)) or \
            not all(RX.BLOCKS_NEXT.fullmatch(_filler(s, a[-1].end, b[0].start)) for a, b in zip(blocks, blocks[1:],
                                                                                          strict=False)):
        return []
    listed = _mention_run(s, [m for m in mentions if m.start >= values[-1].end], g)
    if not listed or (slashed and "/" in s.text[listed[0].start:listed[-1].end]):
        return []  # (groups joined by slashes too: "44%/65% and 21%/47% in arms A/B" would pair them the other way)
    joined = _after(s, values[-1].end, listed[0].start)
    if joined is None or joined.group("verb") or not RX.RESPECTIVELY.match(s.text, listed[-1].end):
        return []
    return list(zip(blocks, listed, strict=True))


def _clause_end(s: Sentence, at: int) -> int:
    """Where the clause holding position ``at`` ends: the next semicolon outside brackets, else the sentence's end."""
    depth = s.depths
    return next((i for i in range(at, len(s.text)) if s.text[i] == ";" and depth[i] == 0), len(s.text))


def _outcome_of_its_own_clause(s: Sentence, combo: Combo, value: Value) -> bool:
    """"... were anaemia (7 [12%]) and rash (3 [5%]); six more events each occurred in two (3%) for fatigue, ...": a
    value in a clause after a semicolon whose own outcomes are named after it is none of the outcome before it."""
    start = count_start(s.text, value)
    depth = s.depths
    semicolons = [i for i in range(combo.endpoint.end, start) if s.text[i] == ";" and depth[i] == 0]
    if combo.endpoint.end > start or depth[start] > 0 or not semicolons:
        return False  # (a semicolon between a bracket's items parts no clauses: "(A, 71%; B, 78%)")
    if RX.NEW_SUBJECT_BETWEEN.search(s.masked[semicolons[-1]:start]):
        return True  # "...; an increase in the size of known lesions occurred in 189 (37%) and 73 (29%)": its subject's
    end = _clause_end(s, value.end)
    # (its outcomes may be events the sentence names without the words that make them results: "for fatigue")
    return any(value.end <= e.start < end for e in s.endpoints) or \
        toxicity_terms().search(s.text, value.end, end) is not None


def _outcome_named_in_its_and_clause(s: Sentence, combo: Combo, value: Value) -> bool:
    """"12 (10%) patients given A versus 40 (33%) given B had grade 3-4 events, and two (2%) given A versus four (3%)
    given B died of a treatment-related event": a value in a clause joined on by ", and" whose own outcome is named
    after it, in that clause, is none of the outcome named before the clause."""
    start = count_start(s.text, value)
    depth = s.depths
    if combo.endpoint.end > start or depth[start] > 0 or "and" not in s.text[combo.endpoint.end:start] or \
            not any(depth[m.start()] == 0 for m in RX.AND_CLAUSE.finditer(s.text, combo.endpoint.end, start)):
        return False
    nxt = next((m.start() for m in RX.AND_CLAUSE.finditer(s.text, value.end) if depth[m.start()] == 0), len(s.text))
    end = min(nxt, _clause_end(s, value.end))
    own = combo.endpoint
    # (the clause's own outcome at its top level, not inside an aside: "four in arm B (sepsis, grade 4 neutropenia)";
    # another outcome, or another named event than the one before: not the same kind said more closely, "died of
    # treatment-related events, and one given B died of treatment-related pneumonitis")
    return any(value.end <= e.start < end and depth[e.start] == 0 and not _fatal_events(e, own) and (
        e.code != own.code or (e.category is not None and own.category is not None and e.category != own.category))
        for e in s.endpoints if e is not own)


def _fatal_events(a: Endpoint, b: Endpoint) -> bool:
    """Deaths and grade 5 events: one kind said two ways ("died of treatment-related events")."""
    return {a.code, b.code} == {"DEATH", "TOX"} and "5" in ((a.grade or "") + (b.grade or ""))


def group_results(s: Sentence, combos: list[Combo], mentions: list[Mention], index: GroupIndex,
                  ) -> tuple[list[Found], set[int]]:
    """The rows a sentence states group by group, and the ids of the values they took."""
    mentions = [m for m in mentions if not any(e.start <= m.start < e.end for e in s.endpoints)]
    if RX.BOTH.search(s.text) and len({m.key for m in mentions}) < 2:
        return [], set()
    blocks, in_blocks = _value_blocks(s, combos, mentions, index)
    if blocks:
        return blocks, in_blocks
    blocks, in_blocks = _outcomes_of_one_group(s, combos, mentions, index)
    if blocks:
        return blocks, in_blocks
    assigned = assign_values(s, mentions, index)
    used: set[int] = {id(a.value) for a in assigned if a.rule == HELD}
    assigned = [a for a in assigned if a.rule != HELD]
    if not assigned:
        return [], used
    out: list[Found] = []
    # (the parts of a value said in a bracket after it compare with nothing: the values around them do)
    clusters = _clusters(s, [a for a in assigned if a.rule != BREAKDOWN])
    chain = _endpoint_chain(s, combos, clusters)
    parts = [[a] for a in assigned if a.rule == BREAKDOWN]
    depth = s.depths
    for cluster, listed in zip(clusters + parts, chain + [None] * len(parts), strict=True):
        first_row = len(out)
        keys = [a.mention.key for a in cluster]
        distinct = list(dict.fromkeys(keys))
        cluster_end = max(max(a.value.end, a.mention.end) for a in cluster)
        p = next((p for p in s.pvalues if p.start >= cluster[-1].value.end and
                  (p.start - cluster_end) <= 40), None)
        timed = _timed_list(s, combos, cluster) if cluster[0].rule == "result.group.bracket_list" else \
            _scoped_times(combos, cluster) if cluster[0].rule == "result.group.scope" else None
        if cluster[0].rule == "result.group.bracket_list" and timed is None:
            continue
        for i, a in enumerate(cluster):
            combo = timed[i] if timed else _endpoint_for(s, combos, a, cluster, depth, listed)
            if combo is None or _outcome_of_its_own_clause(s, combo, a.value) or \
                    _outcome_named_in_its_and_clause(s, combo, a.value):
                continue
            code = combo.endpoint.code
            measure = _measure(combo, a.value, code)
            if measure is None:
                continue
            # "44% for the A group (N = 19)": a size in brackets after the group's name is of the part counted
            sized = RX.SIZE_AFTER_NAME.match(s.text, a.mention.end)
            group = _ref(index, a.mention.key, a.total if a.total is not None or sized is None else
                         int(sized.group("n")))
            others = [k for k in distinct if k != a.mention.key]
            comparator = _ref(index, others[0], None) if len(others) == 1 else None
            # (the p value after the pair is the comparison's: "not reached for A and 15.2 months for B (P = .01)")
            nr_key = _not_reached_other(s, a.value, a.mention.key, mentions) if not others and \
                measure == "median" else None
            if nr_key is not None:
                comparator = _ref(index, nr_key, None)
            # the quote holds the count, the value, the group and the endpoint, in whatever order they come
            start = min(combo.endpoint.start, count_start(s.text, a.value) if a.value.count is not None
                        else a.value.start, a.mention.start)
            end = max(a.value.end, a.mention.end, combo.endpoint.end)
            rows = []
            if measure == "count":
                f = count_fields(combo.endpoint, a.value.value)
                rows.append(f)
            else:
                # a median has no time point ("median 9 vs 14 months ... and 1-year survival 38 vs 55%")
                months = None if measure in ("median", "mean") else combo.months
                f = fields_for(Combo(combo.endpoint, months, measure), a.value)
                if measure == "rate" and a.value.count is not None:
                    rows.append(count_fields(combo.endpoint, float(a.value.count)))
                rows.append(f)
            labelled = _grade_labelled(s, a.value) if code == "TOX" and combo.endpoint.grade is None else None
            for f in rows:
                if p is not None and (len(distinct) == 2 or nr_key is not None):
                    f["p_value"], f["p_op"] = p.value, (p.op if p.op != "=" else None)
                if labelled:
                    f["grade"] = labelled
                out.append(Found(f, start, end, a.rule, group, comparator, at=a.value.start))
            used.add(id(a.value))
        if cluster[0].rule == "result.group.scope":
            out[first_row:] = _one_value_per_outcome(s, out[first_row:], [a.value for a in cluster])
    return out, used


def _one_value_per_outcome(s: Sentence, rows: list[Found], values: list[Value]) -> list[Found]:
    """'For arm B, the median TTP and MS were 16.7 and 42.9 weeks, respectively' where only TTP was read: two medians
    of one group said together ("a and b", "a weeks and b weeks") as the same outcome are two outcomes' (one
    unread); neither is read. (Not a median and time labels after it: "median 14 months; 12 months, 55%; ...")"""
    joined = {id(w) for v, w in zip(values, values[1:], strict=False)
              if RX.BLOCK_JOIN.fullmatch(_filler(s, v.end, w.start))}
    joined |= {id(v) for v, w in zip(values, values[1:], strict=False) if id(w) in joined}
    at_joined = {v.start for v in values if id(v) in joined}

    def what(f: Found) -> Optional[tuple]:
        if f.fields["measure"] not in ("median", "mean"):
            return None  # (a median or a mean: one per group and outcome; counts and shares of several events or
            # drugs are told apart by fields a row may not hold, rates by time labels read later)
        return tuple(sorted((k, str(x)) for k, x in f.fields.items() if k not in _VALUE_FIELDS))
    seen: dict[tuple, set[float]] = {}
    for f in rows:
        key = what(f)
        if key is not None and f.at in at_joined:
            seen.setdefault(key, set()).add(f.fields["value"])
    return [f for f in rows if (key := what(f)) is None or f.at not in at_joined or len(seen[key]) == 1]


_VALUE_FIELDS = frozenset(("value", "value_op", "unit", "ci_low", "ci_high", "p_value", "p_op", "n", "events"))


def _grade_labelled(s: Sentence, v: Value) -> Optional[str]:
    """The grade a value's bracket item names before it, or None (also for "any grade")."""
    item = RX.GRADE_ITEM.search(s.text, max(0, count_start(s.text, v) - 60), count_start(s.text, v))
    grade = cues()["grade"].fullmatch(item.group("label")) if item else None
    return grade_string(grade) if grade else None


def compared_just_before(before: list[Mention], text: str, after: re.Pattern) -> Optional[tuple[str, str]]:
    """The keys of the two groups the last mentions in ``before`` compare ("with A than with B", "A versus B"),
    when what follows the second is ``after`` (a bracket, a ratio's name); else None."""
    if len(before) < 2 or before[-1].key == before[-2].key:
        return None
    if not (RX.VERSUS_JOIN.fullmatch(text, before[-2].end, before[-1].start) and after.match(text, before[-1].end)):
        return None
    return before[-2].key, before[-1].key


def _each_bracket_against_one_after(mentions: list[Mention], text: str, start: int) -> Optional[tuple[str, str]]:
    """'prolonged by A (median ...; HR a) and by B (median ...; HR b) versus C': a ratio in the bracket right after a
    group's name is that group's against the one group named after the last such bracket; None otherwise."""
    opening = text.rfind("(", 0, start)
    closing = text.find(")", start)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[start:closing]:
        return None
    own = [m for m in mentions if m.end <= opening and RX.GROUP_NOUN_OR_NOTHING.fullmatch(text[m.end:opening])]
    if not own:
        return None
    masked = list(text)
    for m in mentions:  # each group's name one run of NULs, so the items' pattern can see where names are
        masked[m.start:m.end] = "\x00" * (m.end - m.start)
    chain = RX.ITEMS_THEN_VERSUS.match("".join(masked), closing + 1)
    other = [m for m in mentions if chain is not None and m.start == chain.end()]
    if not other or other[0].key == own[-1].key:
        return None
    return own[-1].key, other[0].key


def _named_with_a_ratio_of_its_own(m: Mention, before: list[Mention], text: str, start: int) -> bool:
    """Whether another ratio follows the group ``m`` and another group is named after that ratio, before the ratio
    ending at ``start``: "by A (...; HR a) and by B (...; HR b)" makes A the first ratio's."""
    names = list(RX.RATIO_NAMED.finditer(text, m.end, start))
    return len(names) >= 2 and any(o.start >= names[0].end() and o.key != m.key for o in before)


def ratio_groups(mentions: list[Mention], index: GroupIndex, start: int, text: str = "", after: bool = True,
                 ) -> tuple[Optional[GroupRef], Optional[GroupRef]]:
    """A hazard or odds ratio in a sentence that names two of the compared groups before it ("A delayed
    the first event compared with B (HR 0.81, ...)"): the first group against the second; in a
    two-group trial, a sentence whose subject is one group ("A improved PFS (HR 0.50)"): it against
    the other."""
    each = _each_bracket_against_one_after(mentions, text, start) if text else None
    if each:
        return _ref(index, each[0], None), _ref(index, each[1], None)
    before = [m for m in mentions if m.end <= start]
    if text:
        # "prolonged by A (median ...; HR a) and by B (median ...; HR b) versus C": a group with a ratio of its own
        # between it and this one is that ratio's, no side of this one
        # (two ratios of one comparison, "unadjusted HR a; adjusted HR b", keep their groups: another group must be
        # named between the two)
        before = [m for m in before if not _named_with_a_ratio_of_its_own(m, before, text, start)]
    pair = compared_just_before(before, text, RX.RATIO_AFTER_PAIR)
    if pair:
        # "for A 20 mg versus B (HR 0.8, ...)" in a trial of three groups: the ratio compares the two named just
        # before it, whatever groups the sentence named earlier
        return _ref(index, pair[0], None), _ref(index, pair[1], None)
    keys = list(dict.fromkeys(m.key for m in before))
    named = [m for m in before if RX.RATIO_FOR_GROUP.search(text, max(0, m.start - 90), m.start)]
    if len(keys) == 1 and len(index.groups) == 2 and named:
        # "the hazard ratio of death for A patients was 1.6": A against the trial's other arm
        return _ref(index, keys[0], None), _ref(index, index.other(keys[0]), None)
    subject = sentence_subject(text, mentions) if len(index.groups) == 2 else None
    by_order = subject is None  # (the groups only as named in turn: "X in A and Y in B (HR ...)")
    if subject is not None and len(keys) <= 2:
        keys = [subject.key, index.other(subject.key)]
    if not keys and after and len(index.groups) == 2:
        # "no difference in OS (HR 0.93, ...) with medians of 23 and 20 months in the A and B arms": a two-group
        # trial's ratio in a sentence that names both groups after it compares them, in the order named
        named_after = list(dict.fromkeys(m.key for m in mentions if m.start >= start))
        if set(named_after) == {g.key for g in index.groups}:
            keys = named_after
    if len(keys) < 2 and after and len(index.groups) == 2:
        # "HR 0.48 (95% CI ...) in favour of the A group": the group favoured against the other
        favoured = {m.key for m in mentions
                    if m.start >= start and RX.IN_FAVOUR_OF.search(text, max(0, m.start - 30), m.start)}
        if len(favoured) == 1 and set(keys) <= favoured:
            keys = [*favoured, next(g.key for g in index.groups if g.key not in favoured)]
            by_order = False
    if len(keys) != 2:
        return None, None
    if by_order and _is_control(index, keys[0]) and not _is_control(index, keys[1]):
        # "41 months in the surgery-alone arm and 62 months in the chemotherapy arm (HR 0.79)": a ratio is the
        # treatment's against the control, whichever the sentence named first
        keys = keys[::-1]
    return _ref(index, keys[0], None), _ref(index, keys[1], None)


def _is_control(index: GroupIndex, key: str) -> bool:
    """Whether a group is a trial's control by its name ("observation", "placebo", "surgery alone")."""
    group = index.get(key)
    return group is not None and any(GROUPS_RX.COMPARATOR_ARM.search(a) for a in group.aliases)


def _clusters(s: Sentence, assigned: list[_Assigned]) -> list[list[_Assigned]]:
    """Assignments that compare groups in one breath: split where an endpoint is named between them
    (outside brackets: "one in arm A (sepsis), and four in arm B" is one comparison)."""
    depth = s.depths
    out: list[list[_Assigned]] = []
    for a in assigned:
        if out:
            last = out[-1][-1]
            named_between = any(last.value.end <= e.start < a.value.start and depth[e.start] <= depth[a.value.start]
                                for e in s.endpoints)
            # a list ("a and b in A and B, respectively") is a comparison of its own
            list_edge = (a.rule == "result.group.list") != (last.rule == "result.group.list")
            if a.rule == last.rule == "result.group.scope" and not named_between:
                out[-1].append(a)  # "In group A, ... were a, b and c": one group's list is one cluster
                continue
            if "result.group.bracket_list" in (a.rule, last.rule):
                if a.rule == last.rule and a.mention is last.mention:
                    out[-1].append(a)  # one group's bracketed list is one cluster, another group's another
                    continue
                out.append([a])
                continue
            if not named_between and not list_edge and (a.mention.key not in {x.mention.key for x in out[-1]}
                                                         or _share_after_its_count(s, last, a)):
                out[-1].append(a)
                continue
        out.append([a])
    return out


def _share_after_its_count(s: Sentence, count: _Assigned, share: _Assigned) -> bool:
    """Whether ``share`` is the bracketed share of ``count``, both said of one naming of the group ("Twelve patients
    in the A group (20%) and 33 in the B group (55%) had ..."): one group's count and share, in the comparison the
    count is in. (Not a count of its own after the name: "40 patients in the A group, 4 (10%) had ...")"""
    return count.mention is share.mention and count.rule == "result.group.after" and \
        share.rule == "result.group.bracket" and count.value.unit is None and share.value.unit == "%" and \
        share.value.count is None and RX.SHARE_RIGHT_AFTER_NAME.fullmatch(s.text, share.mention.end, share.value.start)


def group_ref(index: GroupIndex, key: str) -> GroupRef:
    """The group of the paper's index that ``key`` names, as a result's group."""
    return _ref(index, key, None)


def _ref(index: GroupIndex, key: str, total: Optional[int]) -> GroupRef:
    g = index.get(key)
    label = g.label if g is not None else key
    return GroupRef(label, total, key=key)
