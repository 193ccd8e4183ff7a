"""Continuous outcomes said per arm in prose: the mean (or median) of a scale score or of a measured quantity.

"The mean fatigue score at 12 weeks was 31.5 in the yoga group and 38.0 in the control group (P = .01)" gives two
rows, one per arm, with the other arm as comparator and the shared p value, as "x% vs y%" does for rates:

- endpoint ``QOL`` for a patient-reported scale (quality of life, symptoms: "global health status", "fatigue",
  "FACT-G total", "HADS depression"); the category is the domain or scale as the text names it, the unit "points".
- a code of its own for a measured quantity (``CONTINUOUS_OUTCOMES``): blood loss (mL), hospital stay (days),
  operative time (minutes), lymph nodes retrieved (n), body weight (kg); the unit is the one written, else its own.
- measure ``mean`` where the text says mean/average, ``median`` where it says median. The spread said beside a value
  ("(SD 8.1)", "± 2.3") is no confidence interval: it stays in the quote only; a "95% CI" beside a value is the CI.
- a change from baseline is a result of its arm ("Mean fatigue scores improved by 6.2 points with yoga and by 1.1
  with usual care"): the value as written (never signed by us), its direction in the category ("fatigue, improvement
  from baseline"; "decrease", "increase", "change"), so that a level and a change are never the same row.

Not results, so no row: values at baseline or before treatment ("At baseline, mean anxiety scores were 8.1 and 8.4"),
characteristics (mean age, BMI), follow-up times, and a difference between arms ("mean difference 4.2 points"), which
the row format cannot say as one arm's value.
"""

from __future__ import annotations

import re
from typing import Optional

from oncoev.extract.findings import Found, GroupRef
from oncoev.extract.group_results import group_ref
from oncoev.extract.groups import GroupIndex, Mention
from oncoev.extract.lazy_regex import lazy_regex
from oncoev.extract.mentions import MONTHS_PER, Sentence
from oncoev.extract.rules import regexes

RX = regexes("continuous")  # patterns/regex/continuous.yaml: the regular expressions of this module


# Measured quantities with a code of their own: (code, name pattern, the unit when none is written).
CONTINUOUS_OUTCOMES = (
    ("BLOOD_LOSS", RX.BLOOD_LOSS_NAME, "mL"),
    ("HOSPITAL_STAY", RX.HOSPITAL_STAY_NAME, "days"),
    ("OPERATIVE_TIME", RX.OPERATIVE_TIME_NAME, "minutes"),
    ("NODES_RETRIEVED", RX.NODES_RETRIEVED_NAME, "n"),
    ("BODY_WEIGHT", RX.BODY_WEIGHT_NAME, "kg"),
)

# Units written after a value, as the row spells them.
UNITS = {"points": "points", "point": "points", "kg": "kg", "days": "days", "day": "days", "d": "days",
         "hours": "hours", "hour": "hours", "h": "hours", "minutes": "minutes", "minute": "minutes", "min": "minutes",
         "ml": "mL", "cm": "cm", "nodes": "n"}


def _unit_written(v: re.Match) -> Optional[str]:
    """The unit written with a value, before or after its bracket, as the row spells it."""
    return UNITS.get((v.group("unit") or v.group("unit2") or "").lower())
CHANGE_WORDS = {"improvement": "improvement", "improved": "improvement", "increase": "increase",
                "increased": "increase", "rose": "increase", "gain": "increase", "decrease": "decrease",
                "decreased": "decrease", "reduction": "decrease", "fell": "decrease", "dropped": "decrease",
                "decline": "decrease", "declined": "decrease", "loss": "decrease", "deterioration": "worsening",
                "worsening": "worsening", "worsened": "worsening", "change": "change", "changed": "change"}


def outcome_of(name: str) -> Optional[tuple[str, Optional[str], str]]:
    """The endpoint, category and default unit of an outcome's name ("global health status score": QOL, "global
    health status", "points"); None for what is no continuous outcome of ours (age, follow-up, a dose)."""
    name = RX.SPACES.sub(" ", name).strip()
    if RX.NOT_AN_OUTCOME.search(name):
        return None
    for code, pattern, unit in CONTINUOUS_OUTCOMES:
        if pattern.match(name):
            return code, None, unit
    if not RX.SCALE_NAME.search(name) and not RX.SYMPTOM.search(name):
        return None
    category = RX.SCORE_WORD_END.sub("", name).strip()
    return ("QOL", category or None, "points") if category else None


def _months(m: re.Match) -> Optional[float]:
    if m.group("n") and m.group("unit").lower().startswith("hour"):
        return None  # "at 24 hours": hours after an operation or a dose, no time point of months (kept in the quote)
    if m.group("n"):
        unit = m.group("unit").lower().rstrip("s") + "s"
        return round(float(m.group("n")) * MONTHS_PER.get(unit, 1.0), 2)  # (months are months)
    return None  # "at day 5", "at week 6": a day or week of the course, kept in the quote


def _mention_at(mentions: list[Mention], text: str, pos: int) -> Optional[tuple[Mention, int]]:
    """The group named right after ``pos`` ("in the yoga group"), and where its name ends."""
    for m in mentions:
        if m.start >= pos and RX.GROUP_BEFORE.fullmatch(text, pos, m.start) is not None:
            return m, RX.GROUP_AFTER.match(text, m.end).end()
    return None


def _value_at(text: str, pos: int, from_to: bool = False) -> Optional[re.Match]:
    """The value said at ``pos``; with ``from_to``, the value after "from a to" there (a level's value after)."""
    if from_to:
        before = RX.FROM_PART.match(text, pos)
        if before is None:
            return None
        pos = before.end()
    return RX.VALUE.match(text, pos)


def _values(text: str, pos: int, mentions: list[Mention], from_to: bool = False,
            ) -> tuple[list[tuple[re.Match, Optional[Mention]]], int]:
    """The values said from ``pos`` on, each with the group named right after it: "41.5 (SD 8.1) in A versus 36.2
    in B", "41.5 versus 36.2" (with ``from_to``, each value after its "from a to")."""
    out: list[tuple[re.Match, Optional[Mention]]] = []
    while True:
        v = _value_at(text, pos, from_to)
        if v is None:
            break
        pos = v.end()
        named = _mention_at(mentions, text, pos)
        versus = bool(out) and RX.VERSUS.search(text, out[-1][0].end("v"), v.start("v")) is not None
        if named and out and _respective_groups(text, pos, mentions, len(out) + 1, versus) is not None:
            out.append((v, None))  # "a and b in the A and B groups, respectively": the groups of every value
            break
        if named:
            pos = named[1]
        out.append((v, named[0] if named else None))
        j = RX.JOIN.match(text, pos)
        if j is None:
            break
        if _value_at(text, j.end(), from_to) is None:
            # "..., whereas in the B group it was 36.9 ± 9.1": the next arm named first, then its value
            scoped = _scoped_value(text, j.end(), mentions) if not from_to else None
            if scoped is None:
                break
            out.append(scoped)
            pos = scoped[0].end()
            break
        pos = j.end()
    return out, pos


def _scoped_value(text: str, pos: int, mentions: list[Mention]) -> Optional[tuple[re.Match, Mention]]:
    """The value of the arm named at ``pos`` ("in the B group it was 36.9"), with that arm; else None."""
    m = next((m for m in mentions if m.start >= pos), None)
    if m is None or RX.SCOPE_WORD.fullmatch(text, pos, m.start) is None:
        return None
    said = RX.IT_WAS.match(text, m.end)
    v = RX.VALUE.match(text, said.end()) if said else None
    return (v, m) if v else None


def _respective_groups(text: str, pos: int, mentions: list[Mention], k: int, versus: bool = False,
                       ) -> Optional[tuple[list[Mention], int]]:
    """'... were 41.5 and 36.2 in the A and B groups, respectively': k groups named in order right after the
    values, ended by "respectively" (which a pair said "a vs b in the A and B groups" may leave out); and where the
    list ends."""
    after = [m for m in mentions if m.start >= pos][:k]
    if len(after) != k or RX.GROUP_BEFORE.fullmatch(text, pos, after[0].start) is None:
        return None
    if any(RX.GROUP_LIST_JOIN.fullmatch(text, a.end, b.start) is None for a, b in zip(after, after[1:], strict=False)):
        return None
    end = RX.GROUP_AFTER.match(text, after[-1].end).end()
    said = RX.RESPECTIVELY.match(text, end)
    if said is None and versus and k == 2:
        return after, end
    return (after, said.end()) if said else None


def _named_values(text: str, pos: int, mentions: list[Mention]) -> tuple[list[tuple[re.Match, Mention]], int]:
    """The values of a list "A a, B b" from ``pos`` on, each arm named right before its value; empty unless the list
    ends the clause (not "A 41.5, B 36.2 at 6 weeks and ...", whose values may be of other times)."""
    out: list[tuple[re.Match, Mention]] = []
    while True:
        at = RX.NAMED_BEFORE.match(text, pos).end()
        m = next((m for m in mentions if m.start == at), None)
        named = RX.NAMED_AFTER.match(text, m.end) if m is not None else None
        v = RX.VALUE.match(text, named.end()) if named is not None else None
        if v is None:
            return [], pos
        out.append((v, m))
        pos = v.end()
        j = RX.NAMED_JOIN.match(text, pos)
        if j is None:
            break
        pos = j.end()
    return (out, pos) if RX.NAMED_LIST_ENDS.match(text, pos) else ([], pos)


def _fronted_group(text: str, head: int, mentions: list[Mention]) -> Optional[Mention]:
    """The arm the sentence opens with, whose value is said first without its name: "In the A group, the mean X
    score was a, compared with b in the B group", "Patients in the A group had a mean X score of a, ..."."""
    before = [m for m in mentions if m.end <= head]
    if len(before) != 1:
        return None
    if RX.FRONTED_BEFORE.fullmatch(text, 0, before[0].start) is not None and \
            RX.FRONTED_AFTER.fullmatch(text, before[0].end, head) is not None:
        return before[0]
    if RX.SUBJECT_BEFORE.fullmatch(text, 0, before[0].start) is not None and \
            RX.SUBJECT_AFTER.fullmatch(text, before[0].end, head) is not None:
        return before[0]
    return None


def _unnamed_pair(text: str, a: re.Match, b: re.Match, end: int) -> bool:
    """'Mean X scores were a versus b (P = p)', '... were a and b, respectively': the two arms compared, in order; not
    'a and b at 6 and 12 weeks' (one arm's times) nor 'a and b' alone, without the p of their comparison."""
    if RX.MORE_OF_ONE_GROUP.match(text, end):
        return False
    return (RX.VERSUS.search(text, a.end("v"), b.start("v")) is not None or RX.RESPECTIVELY.match(text, end) is not None
            or RX.COMPARISON_P.match(text, end) is not None or RX.COMPARISON_P.match(text, b.end("v")) is not None)


def _p_after(s: Sentence, pos: int, limit: int) -> tuple[Optional[float], Optional[str]]:
    for p in s.pvalues:
        if pos <= p.start < limit and p.listed is None:
            return p.value, (p.op if p.op != "=" else None)
    return None, None


def _ci(v: re.Match) -> Optional[tuple[float, float]]:
    ci = RX.CI_IN.search(v.group("bracket") or "")
    return (float(ci.group("lo")), float(ci.group("hi"))) if ci else None


def _bracketed_pair(s: Sentence, mentions: list[Mention], index: GroupIndex) -> list[Found]:
    """The rows of "A ... than B (mean X score, a vs. b; P=p)": two arms named before the bracket, "than" between
    them, the first arm's value first."""
    out: list[Found] = []
    text = s.text
    for m in RX.BRACKET_HEAD.finditer(text):
        name = m.group("name") if not m.group("scale") else f"{m.group('scale')} {m.group('name')}"
        outcome = outcome_of(name)
        before = [g for g in mentions if g.end <= m.start()]
        if outcome is None or len(before) != 2 or before[0].key == before[1].key or \
                not RX.THAN_OR_COMPARED.search(text, before[0].end, before[1].start):
            continue
        code, category, unit = outcome
        p, p_op = _p_after(s, m.start("b"), min(len(text), m.end() + 30))
        refs = [group_ref(index, g.key) for g in before]
        stat = "median" if m.group("stat").lower() == "median" else "mean"
        for i, key in enumerate(("a", "b")):
            fields = {"endpoint": code, "measure": stat, "timepoint_months": None, "value": float(m.group(key)),
                      "unit": unit, "value_op": None, "grade": None, "category": category, "site": None,
                      "p_value": p, "p_op": p_op}
            out.append(Found(fields, before[0].start, m.end(), "result.continuous.bracketed_pair", refs[i],
                             refs[1 - i], at=m.start(key)))
    return out


# a value's spread: "± 9.2", or bracketed after a head that says so ("(mean [SD], 31.4 [9.0] vs 36.8 [10.2]")
_SPREAD = r"(?:\s*(?:±|\+/-)\s*\d+(?:\.\d+)?|\s*[(\[]\s*\d+(?:\.\d+)?\s*[)\]])"
_PAIR_UNIT = r"(?:\s*(?P<u{k}>points?|kg|days?|hours?|minutes?|min|mL|cm))?"
# ("(mean [SD], a [s] vs b [t]": the statistic said first in the bracket, its spread in brackets then)
THAN_BRACKET = lazy_regex(r"[(\[]\s*(?:(?P<inner>mean|average)\s*(?:[(\[]\s*(?:SD|SE|SEM)\s*[)\]])?\s*[,:]\s*)?"
                          r"(?P<a>-?\d+(?:\.\d+)?)(?P<sa>" + _SPREAD + r")?" + _PAIR_UNIT.format(k="a") +
                          r"\s*(?:vs\.?|versus|and|compared\s+with)\s*(?P<b>-?\d+(?:\.\d+)?)(?P<sb>" + _SPREAD + r")?" +
                          _PAIR_UNIT.format(k="b") + r"\s*(?:[;,]\s*(?=P\b)|[)\]])", re.I)


def _bare_bracket_spread(m: re.Match) -> bool:
    """Whether a value's spread is a bare bracket ("31.4 [9.0]"), which only a head saying "mean [SD]" makes one."""
    return any((m.group(k) or "").strip()[:1] in "([" and m.group(k) for k in ("sa", "sb"))


def _than_bracket_pair(s: Sentence, mentions: list[Mention], index: GroupIndex) -> list[Found]:
    """The rows of "X was lower in A than in B (a ± s vs b ± t; P = p)": a mean when the sentence says "mean" or
    each value has its spread ("a ± s" is a mean and its SD); never a median or a bare pair of another statistic."""
    out: list[Found] = []
    text = s.text
    for m in THAN_BRACKET.finditer(text):
        said = [x for x
                in (*RX.OUTCOME_COMPARED.finditer(text, 0, m.start()), *RX.HAD_COMPARED.finditer(text, 0, m.start()))]
        if len(said) != 1:
            continue
        head = said[0]
        outcome = outcome_of(head.group("name"))
        before = [g for g in mentions if g.end <= m.start() and (g.start >= head.end() or g.end <= head.start())]
        if outcome is None or len(before) != 2 or before[0].key == before[1].key or \
                not RX.THAN.search(text, before[0].end, before[1].start) or \
                not (head.group("stat") or m.group("inner") or (m.group("sa") and m.group("sb"))) or \
                _bare_bracket_spread(m) and not m.group("inner"):
            continue
        code, category, unit = outcome
        if category and not category[:2].isupper():
            category = category[0].lower() + category[1:]  # "Fatigue scores were ...": the sentence's capital
        written = [UNITS.get((m.group(k) or "").lower()) for k in ("ua", "ub")]
        written = [w or written[1] for w in written]  # "5.1 vs 6.3 days": the unit said once, after the last
        if written[0] is not None and written[0] != unit and not (unit == "points" or code == "HOSPITAL_STAY"):
            continue
        p, p_op = _p_after(s, m.start("b"), min(len(text), m.end() + 30))
        refs = [group_ref(index, g.key) for g in before]
        for i, key in enumerate(("a", "b")):
            fields = {"endpoint": code, "measure": "mean", "timepoint_months": None, "value": float(m.group(key)),
                      "unit": written[i] or unit, "value_op": None, "grade": None, "category": category, "site": None,
                      "p_value": p, "p_op": p_op}
            out.append(Found(fields, min(head.start(), before[0].start), m.end(), "result.continuous.than_pair",
                             refs[i], refs[1 - i], at=m.start(key)))
    return out


def _arm_mean_brackets(s: Sentence, mentions: list[Mention], index: GroupIndex) -> list[Found]:
    """The rows of "X was lower with A (mean a, SD s) than with B (mean b, SD t)": two arms, "than" or "compared
    with" between them, each followed by its bracketed mean."""
    text = s.text
    head = RX.SUBJECT_COMPARED.match(text)
    outcome = outcome_of(head.group("name")) if head else None
    said = [(g, RX.ARM_MEAN_BRACKET.match(text, g.end)) for g in mentions if g.start >= (head.end() if head else 0)]
    said = [(g, b) for g, b in said if b is not None]
    if outcome is None or len(said) != 2 or said[0][0].key == said[1][0].key or \
            not RX.THAN_OR_COMPARED.search(text, said[0][1].end(), said[1][0].start):
        return []
    code, category, unit = outcome
    if category and not category[:2].isupper():
        category = category[0].lower() + category[1:]
    written = [UNITS.get((b.group("unit") or "").lower()) for _, b in said]
    if any(w is not None and w != unit and not (unit == "points" or code == "HOSPITAL_STAY") for w in written):
        return []
    p, p_op = _p_after(s, said[1][1].start("v"), min(len(text), said[1][1].end() + 30))
    refs = [group_ref(index, g.key) for g, _ in said]
    out = []
    for i, (_, b) in enumerate(said):
        fields = {"endpoint": code, "measure": "mean", "timepoint_months": None, "value": float(b.group("v")),
                  "unit": written[i] or unit, "value_op": None, "grade": None, "category": category, "site": None,
                  "p_value": p, "p_op": p_op}
        out.append(Found(fields, head.start("name"), said[1][1].end(), "result.continuous.arm_brackets", refs[i],
                         refs[1 - i], at=b.start("v")))
    return out


def _outcome_before(text: str, start: int, end: int) -> Optional[tuple[str, Optional[str], str]]:
    """The continuous outcome named before a statistic's bracket: the name right before it, else the clause's
    subject; None when neither is an outcome of ours."""
    for m in (RX.NAME_BEFORE_BRACKET.search(text, start, end), RX.SUBJECT_NAME.match(text[start:end])):
        outcome = outcome_of(m.group("name")) if m else None
        if outcome is not None:
            return outcome
    return None


def _arms_before(text: str, start: int, end: int, mentions: list[Mention], index: GroupIndex) -> Optional[list[str]]:
    """The keys of a two-arm trial's arms in the order the values in the bracket at ``end`` give them: the one arm the
    clause names as its subject ("better with A (... a vs b ...)") first, the other second."""
    before = [m for m in mentions if start <= m.start and m.end <= end]
    if len(index.groups) != 2 or len({m.key for m in before}) != 1 or \
            not RX.SUBJECT_ARM_BEFORE.search(text, max(start, before[0].start - 12), before[0].start) or \
            RX.THAN_OR_COMPARED.search(text, start, before[0].start):
        return None
    return [before[0].key, index.other(before[0].key)]


def _bracket_end(s: Sentence, opening: int) -> int:
    """Where the bracket opened at ``opening`` closes (the sentence's end when it does not)."""
    depth = s.depths  # ("(" counts at itself, ")" still inside)
    return next((i for i in range(opening + 1, len(depth)) if depth[i] < depth[opening]), len(s.text))


def _stat_brackets(s: Sentence, mentions: list[Mention], index: GroupIndex) -> list[Found]:
    """The rows of "X ... (mean [change from baseline], a [for A] vs b [points] [for B]; ...)": the outcome named
    before the bracket, the arms in it after their values or, in a two-arm trial, the subject's first."""
    text, out = s.text, []
    low = text.lower()
    if "mean" not in low and "average" not in low:
        return out  # (every such bracket says its statistic: most sentences are passed at once)
    for m in RX.STAT_BRACKET.finditer(text):
        pos = m.end()
        since = RX.SINCE_BASELINE.match(text, pos) if m.group("change") else None
        if since is not None and since.group().rstrip().endswith(","):
            at: Optional[int] = since.end()  # ("from baseline," with its comma)
        else:
            comma = RX.STAT_BRACKET_COMMA.match(text, since.end() if since else pos)
            at = comma.end() if comma else None
        start = max(text.rfind(";", 0, m.start()) + 1, 0)
        outcome = _outcome_before(text, start, m.start()) if at is not None else None
        if outcome is None or RX.BASELINE.search(text, start, m.start()):
            continue
        values, end = _values(text, at, mentions)
        if len(values) != 2:
            continue
        named = [g.key if g is not None else None for _, g in values]
        if None not in named and named[0] != named[1]:
            keys = named
        elif named == [None, None] and RX.VERSUS.search(text, values[0][0].end("v"), values[1][0].start("v")):
            keys = _arms_before(text, start, m.start(), mentions, index)
        else:
            keys = None
        if keys is None:
            continue
        code, category, unit = outcome
        if category and not category[:2].isupper():
            category = category[0].lower() + category[1:]  # "Fatigue did not differ ...": the sentence's capital
        if m.group("change"):
            category = f"{category or code.lower()}, {CHANGE_WORDS[m.group('change').lower()]} from baseline"
        times = {_months(t) for t in RX.TIME_SAID.finditer(text, start, m.start())}
        months = times.pop() if len(times) == 1 else None
        written = [_unit_written(v) for v, _ in values]
        written = [w or written[1] for w in written]  # "-0.1 vs -12.0 points": the unit said once, after the last
        if any(w is not None and w != unit and not (unit == "points" or code == "HOSPITAL_STAY") for w in written):
            continue
        p, p_op = _p_after(s, values[-1][0].end("v"), _bracket_end(s, m.start()))  # (the bracket's p: the arms')
        refs = [group_ref(index, k) for k in keys]
        for i, (v, _) in enumerate(values):
            fields = {"endpoint": code, "measure": "mean", "timepoint_months": months, "value": float(v.group("v")),
                      "unit": written[i] or unit, "value_op": None, "grade": None, "category": category, "site": None,
                      "p_value": p, "p_op": p_op}
            out.append(Found(fields, start, end, "result.continuous.stat_bracket", refs[i], refs[1 - i],
                             at=v.start("v")))
    return out


def _said_again(s: Sentence, mentions: list[Mention], index: GroupIndex, previous: Optional[Sentence],
                ) -> list[Found]:
    """'The mean fatigue score was 31.2 (SD 8.4) with A. In the B group, the mean was 36.9 (SD 9.1).': the one
    continuous outcome the sentence before gave one arm, said again for another arm by "it", "the mean" or "the
    corresponding value" and that arm's name; its statistic, unit and time the sentence before's."""
    if previous is None or len({m.key for m in mentions}) != 1:
        return []
    text, group, at = s.text, mentions[0], None
    fronted = RX.SAID_AGAIN_FRONTED.search(text, group.end, group.end + 40)
    if fronted is not None and _fronted_group(text, fronted.start(), mentions) is group:
        at = fronted.end()
    elif RX.SAID_AGAIN_NAMED.fullmatch(text, 0, group.start):
        verb = RX.SAID_AGAIN_VERB.match(text, group.end)
        at = verb.end() if verb else None
    value = RX.VALUE.match(text, at) if at is not None else None
    if value is None or not RX.ONE_VALUE_ENDS.match(text, value.end()):
        return []
    before = continuous_results(previous, index.mentions(previous.text), index)
    said = {(f.fields["endpoint"], f.fields["category"], f.fields["measure"], f.fields["timepoint_months"],
             f.fields["unit"]) for f in before}
    if len(said) != 1 or any(f.group is None or f.group.key == group.key for f in before):
        return []
    code, category, measure, months, unit = said.pop()
    written = _unit_written(value)
    if written is not None and written != unit:
        return []
    keys = {f.group.key for f in before if f.group is not None}
    comparator = group_ref(index, keys.pop()) if len(keys) == 1 else None
    fields = {"endpoint": code, "measure": measure, "timepoint_months": months, "value": float(value.group("v")),
              "unit": unit, "value_op": None, "grade": None, "category": category, "site": None,
              "p_value": None, "p_op": None}
    ci = _ci(value)
    if ci is not None:
        fields["ci_low"], fields["ci_high"] = ci
    return [Found(fields, 0, value.end(), "result.continuous.said_again", group_ref(index, group.key), comparator,
                  at=value.start("v"))]


def continuous_results(s: Sentence, mentions: list[Mention], index: Optional[GroupIndex],
                       previous: Optional[Sentence] = None) -> list[Found]:
    """The rows of every continuous outcome the sentence gives per arm (see the module's doc); with the sentence
    before, also an outcome it gave one arm, said again for another (``_said_again``)."""
    text = s.text
    if index is None or RX.BASELINE.search(text):
        return []
    out: list[Found] = _bracketed_pair(s, mentions, index)
    if not out:
        out = _than_bracket_pair(s, mentions, index)
    if not out:
        out = _arm_mean_brackets(s, mentions, index)
    if not out:
        out = _stat_brackets(s, mentions, index)
    for head in RX.HEAD.finditer(text):
        outcome = outcome_of(head.group("name")) or ("", None, "")
        code, category, unit = outcome
        pos, months = head.end(), None
        domain = RX.DOMAIN_AFTER.match(text, pos) if RX.SCORE_WORD.fullmatch(head.group("name")) else None
        if domain is not None and not RX.NOT_AN_OUTCOME.search(domain.group("domain")):
            code, category, unit, pos = "QOL", domain.group("domain"), "points", domain.end()
        scale = RX.ON_THE_SCALE.match(text, pos)
        if scale is not None:
            pos = scale.end()
        since = RX.SINCE_BASELINE.match(text, pos)
        if since is not None:
            pos = since.end()
        t = RX.TIME.match(text, pos) if since is None else since
        if t is not None:
            months, pos = _months(t), t.end()
        elif since is None:
            opening = RX.OPENING_TIME.match(text)
            months = _months(opening) if opening is not None and opening.end() <= head.start() else None
        verb = RX.VERB.match(text, pos)
        from_to = RX.FROM_TO_VERB.match(text, pos) if verb is None and since is None else None
        if from_to is not None:
            verb = from_to  # (a level's value after its change: no direction said of the row, see FROM_TO_VERB)
        colon = RX.COLON.match(text, pos) if verb is None else None
        listed, end = _named_values(text, colon.end(), mentions) if colon is not None else ([], pos)
        if (verb is None and not listed) or not code or \
                (since is not None and not head.group("change") and not (verb and verb.group("chg"))):
            continue  # ("the mean pain score from baseline to week 12 was 1.2": a change or a level, the text says not)
        direction = (CHANGE_WORDS[head.group("change").lower()] if head.group("change")
                     else CHANGE_WORDS[verb.group("chg").lower()] if verb and from_to is None and verb.group("chg")
                     else None)
        if from_to is not None and head.group("change"):
            continue  # ("the mean change in X fell from 3 to 1": a change's own change, no arm's level)
        if direction:
            category = f"{category or head.group('name').lower()}, {direction} from baseline"
        if t is not None and t.group("n") and t.group("unit").lower().startswith("hour") and code == "QOL":
            # "the mean pain score at 24 hours": the hour is the score's own, so that 24 and 48 hours are two rows
            category = f"{category}, at {t.group('n')} hours"
        values, end = (listed, end) if listed else _values(text, verb.end(), mentions, from_to is not None)
        groups = [m for _, m in values]
        if len(values) == 1 and RX.ONE_VALUE_ENDS.match(text, end):
            # "The mean fatigue score was 31.2 (SD 8.4) with A.", "In the A group, the mean X score was 31.2": one
            # arm's value, its name right after it or at the sentence's head
            groups = [groups[0] or _fronted_group(text, head.start(), mentions)]
            if groups[0] is None:
                continue
        elif len(values) < 2:
            continue
        if all(g is None for g in groups):
            named = _respective_groups(text, end, mentions, len(values), len(values) == 2 and RX.VERSUS.search(
                text, values[0][0].end("v"), values[1][0].start("v")) is not None)
            if named is not None:
                groups, end = named
            elif len(values) == 2 and not mentions and _unnamed_pair(text, values[0][0], values[1][0], end):
                groups = None  # "41.5 versus 36.2": the pair the paper compares, left to the assembly
            else:
                continue
        else:
            if groups[0] is None and all(g is not None for g in groups[1:]):
                groups[0] = _fronted_group(text, head.start(), mentions)
            if any(g is None for g in groups) or len({g.key for g in groups}) != len(groups):
                continue
        later = RX.TIME.match(text, end) if months is None and groups is not None else None
        if later is not None:
            months = _months(later)  # "... 3.1 in A and 4.4 in B at 12 weeks": the time said after the arms
        # (the p may sit in the last value's bracket: "7.1 versus 8.6 days (P = 0.004)")
        p, p_op = _p_after(s, values[-1][0].end("v"), min(len(text), end + 40))
        refs = ([GroupRef("group 1", unnamed=0, pair_only=True), GroupRef("group 2", unnamed=1, pair_only=True)]
                if groups is None else [group_ref(index, g.key) for g in groups])
        for i, (v, _) in enumerate(values):
            written = _unit_written(v)
            if written is not None and written != unit and not (unit == "points" or code == "HOSPITAL_STAY"):
                break  # "blood loss of 2 kg": not the quantity we think it is
            fields = {"endpoint": code, "measure": "median" if head.group("stat").lower() == "median" else "mean",
                      "timepoint_months": months, "value": float(v.group("v")), "unit": written or unit,
                      "value_op": None, "grade": None, "category": category, "site": None,
                      "p_value": p, "p_op": p_op}
            ci = _ci(v)
            if ci is not None:
                fields["ci_low"], fields["ci_high"] = ci
            comparator = refs[1 - i] if len(refs) == 2 else None
            out.append(Found(fields, head.start(), end, "result.continuous.per_arm", refs[i], comparator,
                             at=v.start("v")))
    if not out and index is not None:
        out = _said_again(s, mentions, index, previous)
    return out
