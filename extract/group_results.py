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
from dataclasses import dataclass
from typing import Optional

from oncoev.extract.findings import COUNTED, CURVES, Combo, Found, GroupRef, fields_for
from oncoev.extract.groups import GroupIndex, Mention
from oncoev.extract.lazy_regex import lazy_regex
from oncoev.extract.mentions import Endpoint, Sentence, Value

# Between a value and the group after it: "(95% CI ...)", "patients", "cases in the", "of those given".
AFTER = lazy_regex(
    r"^[\s%)\]]*(?:\([^()]{0,80}\)\s*)?(?:\s*(?:out\s+)?of\s+(?:the\s+)?\d+)?"
    r"(?:[\s,]*(?:patients?|cases?|subjects?|participants?|women|men|lesions?|events?))?"
    r"(?:\s+as\s+(?:the\s+)?(?:first|initial)\s+(?:events?|sites?|failures?))?[\s,]*(?:who\s+were\s+)?"
    # the link word is required: "12%, observation 1%" names the group of the 1%, not of the 12%
    r"(?:in|for|among|with|of|on|under|after|within|receiving|taking|treated\s+with|assigned\s+to|allocated\s+to|"
    r"randomi[sz]ed\s+to|given)\s+(?:the\s+|those\s+(?:in|on|under|receiving|taking|treated\s+with|given|"
    r"assigned\s+to|allocated\s+to|randomi[sz]ed\s+to)\s+(?:the\s+)?)?(?:patients\s+(?:in|on|under|receiving|"
    r"treated\s+with|given)\s+(?:the\s+)?)?$", re.I)
# Between a group and the value after it: "drug A 4%", "arm A: 40%", "the A group (n = 52) had 40%".
BEFORE = lazy_regex(r"^[\s-]*(?:treated\s+)?(?:groups?|arms?|cohorts?|patients)?\s*(?:\(\s*n\s*=\s*\d+\s*\))?\s*"
                    r"(?:[:,=]|\bwas\b|\bwere\b|\bhad\b|\bshowed\b|\bachieved\b|\breached\b|\bof\b)?\s*"
                    r"(?:\b(?:was|were|of|a|an)\b)?\s*$", re.I)
# Values and groups listed in parallel: "in the A and B groups(, respectively)", "in arms A/B".
JOIN = lazy_regex(r"^\s*(?:,|/|and|or|,\s*and|vs\.?|versus|and\s+(?:in|for)(?:\s+the)?)\s*$", re.I)
SCOPE = lazy_regex(r"^\s*(?:(?:In|For|Among|Within|With)\s+(?:the\s+|all\s+)?(?:patients\s+(?:in|on|receiving|"
                   r"treated\s+with|given|assigned\s+to|randomi[sz]ed\s+to)\s+(?:the\s+)?)?)$", re.I)
# A count out of a total: "21 out of 47 patients (44.7%)", "21 of 47 (45%)", "(21/47)".
OUT_OF = lazy_regex(r"(?P<k>\d+)\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<n>\d+)\s*(?:[a-z]+\s*){0,2}\(\s*$", re.I)
OF_AFTER = lazy_regex(r"^[\d.]*\s*%?\s*\)\s*of\s+(?:the\s+|all\s+)?(?P<n>\d+)\b")
BARE_OF = lazy_regex(r"\s*(?:out\s+of|of|/)\s*(?:the\s+|all\s+)?(?P<n>\d+)\b(?!\s*%)", re.I)
SLASH = lazy_regex(r"^[\d.]*\s*%?\s*[(\[]\s*(?P<k>\d+)\s*(?:/|(?:out\s+)?of\s+(?:the\s+)?)\s*(?P<n>\d+)\s*"
                   r"(?:[a-z]+\s*)?[)\]]", re.I)
COUNT_NOUN = lazy_regex(r"^\s*(?:patients?|cases?|subjects?|participants?|women|men|events?|deaths?)\b", re.I)
RESPECTIVELY = lazy_regex(r"\brespectively\b", re.I)
BOTH = lazy_regex(r"\b(?:both|each|all|either)\s+(?:the\s+)?(?:treatment\s+)?(?:groups?|arms?)\b", re.I)


@dataclass
class _Assigned:
    value: Value
    mention: Mention
    rule: str
    total: Optional[int] = None  # "k out of N": N


EMPTIED = lazy_regex(r"[(\[]\s*[)\]]")


def _filler(s: Sentence, a: int, b: int) -> str:
    """The text between two places, with what was read blank; a bracket whose interval was read is blank too."""
    return EMPTIED.sub(lambda m: " " * len(m.group(0)), s.masked[a:b]) if 0 <= a <= b else "\0"


def _usable(s: Sentence, v: Value) -> bool:
    if v.unit in ("%", "months") or v.count is not None:
        return True
    if v.unit is not None or not float(v.value).is_integer():
        return False
    # A bare whole number is a count only as one: "eight recurrences", "14 patients", "and 14 in group 2",
    # "140 of 1975 patients"; never the k of "k out of N (x%)" (the percentage carries it), nor a total.
    after, before = s.masked[v.end:v.end + 40], s.masked[max(0, v.start - 12):v.start]
    if re.match(r"\s*(?:out\s+of|of|/)\s*(?:the\s+)?\d+\s*(?:[a-z]+\s*){0,2}\(\s*\d", after, re.I):
        return False
    if re.search(r"\b(?:of|out\s+of)\s+(?:the\s+|all\s+)?$|/\s*$", before):
        return False
    if re.search(r"%\s*[(\[]\s*$", s.masked[max(0, v.start - 8):v.start]) or \
            re.search(r"%\s*[(\[]\s*\d+\s*(?:/|(?:out\s+)?of\s+(?:the\s+)?)$", s.masked[max(0, v.start - 30):v.start]):
        return False  # "43% (24 of the 56)": the count and the total of the percentage before
    return True


def _totals(s: Sentence, v: Value) -> tuple[Optional[int], Optional[int]]:
    """The count and the total a percentage is of, when the sentence states them."""
    m = OUT_OF.search(s.text[max(0, v.start - 40):v.start])
    if m:
        return int(m.group("k")), int(m.group("n"))
    m = SLASH.match(s.text[v.end:v.end + 20]) or SLASH.search(s.text[v.start:v.end])  # "32% (29/90)"
    if m:
        return int(m.group("k")), int(m.group("n"))
    m = OF_AFTER.search(s.text[v.start:v.end + 30])  # "11 (10%) of 110 patients"
    if m and v.count is not None:
        return v.count, int(m.group("n"))
    m = BARE_OF.match(s.text[v.end:v.end + 30])  # "140 of 1975 patients in group 1"
    if m and v.unit is None:
        return int(v.value), int(m.group("n"))
    return v.count, None


def _lists(s: Sentence, values: list[Value], mentions: list[Mention]) -> list[_Assigned]:
    """'a and b in the A and B groups', 'a/b in arms A/B': values matched in order to the groups listed
    right after (or right before) them."""
    out: list[_Assigned] = []
    i = 0
    while i < len(values):
        run = [values[i]]
        while i + len(run) < len(values) and JOIN.match(_filler(s, run[-1].end, values[i + len(run)].start)):
            run.append(values[i + len(run)])
        i += len(run)
        if len(run) < 2:
            continue
        after = [m for m in mentions if m.start >= run[-1].end]
        listed = _mention_run(s, after, len(run))
        if listed and AFTER.match(_filler(s, run[-1].end, listed[0].start)):
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, listed, strict=True)]
            continue
        if RESPECTIVELY.search(s.text):
            # "medians of a and b months and OS of c and d months in arms A and B, respectively": one
            # list of groups at the end of the clause serves every list of values in it
            for j in range(len(mentions) - len(run), -1, -1):
                listed = _mention_run(s, mentions[j:], len(run))
                between = s.text[run[-1].end:listed[0].start] if listed else ""
                # "(median PFS a and b months; median OS c and d months; ... for A and B, respectively)":
                # inside one bracket, lists split by semicolons share the groups named at its end
                bracketed = bool(listed) and _inside_one_bracket(s.text, run[-1].end, listed[0].start)
                if listed and 0 < listed[0].start - run[-1].end <= (240 if bracketed else 120) and \
                        RESPECTIVELY.search(s.text[max(0, listed[0].start - 40):listed[-1].end + 40]) and \
                        not re.search(r"\.\s" if bracketed else r"[;.]\s", between):
                    out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, listed, strict=True)]
                    break
        before = [m for m in mentions if m.end <= run[0].start]
        listed = _mention_run(s, list(reversed(before)), len(run), backwards=True)
        if listed and re.fullmatch(r"[\s:,(]*(?:groups?|arms?|cohorts?|patients|cases|subjects|tumou?rs)?[\s:,(]*"
                                   r"(?:(?:was|were|of|had)\s+)?",
                                   _filler(s, listed[-1].end, run[0].start), re.I):
            out += [_Assigned(v, m, "result.group.list") for v, m in zip(run, listed, strict=True)]
    return out


def _inside_one_bracket(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] lies inside one pair of brackets that it neither opens nor closes."""
    depths = bracket_depths(text)
    return 0 < depths[a] == depths[b] <= min(depths[a:b], default=depths[a])


def _mention_run(s: Sentence, mentions: list[Mention], k: int, backwards: bool = False) -> list[Mention]:
    """``k`` group mentions joined only by list words ("A and B", "A/B", "A, B and C")."""
    if len(mentions) < k:
        return []
    run = mentions[:k]
    if backwards:
        run = list(reversed(run))
    for a, b in zip(run, run[1:], strict=False):
        if a.end > b.start or not re.fullmatch(r"\s*(?:,|/|and|or|vs\.?|versus|,\s*and)?\s*(?:(?:in|for)\s+)?"
                                               r"(?:the\s+)?", s.masked[a.end:b.start], re.I):
            return []
    if len({m.key for m in run}) != k:
        return []
    return run


# Before the group that is the subject of a sentence: "Drug A improved ...", "Compared with B, A gave ...".
SUBJECT_LEAD = lazy_regex(r"^\s*(?:the\s+|treatment\s+with\s+|patients\s+(?:in\s+the|receiving|given|treated\s+with)"
                          r"\s+)?$", re.I)
COMPARED_LEAD = lazy_regex(r"^\s*(?:as\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to|against)\s+"
                           r"(?:the\s+)?$", re.I)
AFTER_COMPARED = lazy_regex(r"[^,;]{0,40},\s*(?:the\s+|treatment\s+with\s+)?", re.I)


def sentence_subject(text: str, mentions: list[Mention]) -> Optional[Mention]:
    """The compared group a sentence is about: named first ("Drug A improved ..."), or first after a
    "Compared with B," lead-in."""
    if not mentions:
        return None
    if SUBJECT_LEAD.match(text[:mentions[0].start]):
        return mentions[0]
    if COMPARED_LEAD.match(text[:mentions[0].start]) and len(mentions) > 1 and \
            AFTER_COMPARED.fullmatch(text[mentions[0].end:mentions[1].start]):
        return mentions[1]
    return None
PAIR_JOIN = lazy_regex(r"^[^,;]{0,60}?\b(?:vs\.?|versus|compared\s+with|against)\s*$", re.I)


def _subject_pairs(s: Sentence, values: list[Value], mentions: list[Mention], index: GroupIndex,
                   taken: set[int]) -> list[_Assigned]:
    """'Drug A improved PFS (4.3 vs 2.6 months; HR 0.50)': in a two-group trial, the first of each
    "x vs y" pair is the subject's, the second the other group's."""
    subject = sentence_subject(s.text, mentions) if len(index.groups) == 2 else None
    if subject is None:
        return []
    other = next(g.key for g in index.groups if g.key != subject.key)
    other_mention = Mention(subject.start, subject.end, other)
    out: list[_Assigned] = []
    free = [v for v in values if id(v) not in taken and v.start > subject.end]
    for a, b in zip(free, free[1:], strict=False):
        if a.unit != b.unit or any(id(x.value) in (id(a), id(b)) for x in out):
            continue
        if PAIR_JOIN.match(s.masked[a.end:b.start]) and not any(a.end <= m.start < b.start for m in mentions) \
                and a.start > max(m.end for m in mentions if m.start <= subject.start + 1):
            out += [_Assigned(a, subject, "result.group.subject_pair"),
                    _Assigned(b, other_mention, "result.group.subject_pair")]
    return out


def _listed_with_another(s: Sentence, mention: Mention, mentions: list[Mention]) -> bool:
    """'of SRC and TC patients was 19 and 48 months': a group named last in a list whose other names are no
    group the paper defined; the values after the list are the list's, not this group's alone."""
    head = s.text[max(0, mention.start - 30):mention.start]
    m = re.search(r"(?P<other>[A-Za-z][\w-]*)\s*(?:,|\band\b|\bor\b|/)\s*(?:the\s+)?$", head)
    if not m:
        return False
    other_start = mention.start - len(head) + m.start("other")
    return not any(o.start <= other_start < o.end for o in mentions) and m.group("other").lower() not in (
        "the", "in", "of", "for", "with", "between", "both")


def assign_values(s: Sentence, mentions: list[Mention], index: Optional[GroupIndex] = None) -> list[_Assigned]:
    """Each value of the sentence that names its group, with that group."""
    values = [v for v in s.values if _usable(s, v)]
    if not values or not mentions:
        return []
    assigned = {id(a.value): a for a in _lists(s, values, mentions)}
    if index is not None:
        assigned.update({id(a.value): a for a in _subject_pairs(s, values, mentions, index, set(assigned))})
    for v in values:
        if id(v) in assigned:
            continue
        nxt = next((m for m in mentions if m.start >= v.end), None)
        prev = next((m for m in reversed(mentions) if m.end <= v.start), None)
        if nxt is not None and AFTER.match(_filler(s, v.end, nxt.start)) and \
                not any(v.end <= w.start < nxt.start for w in values):
            assigned[id(v)] = _Assigned(v, nxt, "result.group.after")
        elif prev is not None and BEFORE.match(_filler(s, prev.end, v.start)) and not _listed_with_another(s, prev,
                                                                                                     mentions):
            assigned[id(v)] = _Assigned(v, prev, "result.group.before")
    if not assigned and len({m.key for m in mentions}) == 1:
        first = mentions[0]
        if SCOPE.match(s.masked[:first.start]) and re.match(r"\s*(?:group|arm|patients)?\s*,", s.masked[first.end:]):
            assigned = {id(v): _Assigned(v, first, "result.group.scope") for v in values}
    out = sorted(assigned.values(), key=lambda a: a.value.start)
    for a in out:
        count, total = _totals(s, a.value)
        a.total = total
        if a.value.unit == "%" and (total is not None or a.value.count is None) and count is not None:
            a.value.count = count  # "13 out of 52 patients (25%)": 13, not 52
    return out


def bracket_depths(text: str) -> list[int]:
    """The bracket depth at each character."""
    out, depth = [], 0
    for ch in text:
        if ch in "([":
            depth += 1
        out.append(depth)
        if ch in ")]" and depth:
            depth -= 1
    return out


VALUE_THEN_ENDPOINT = lazy_regex(r"\s*\)?\s*(?:[a-z]+\s+)?(?:(?:with|had|having|achieved|showed|developed|experienced|"
                                 r"attained)\s+)?(?:an?\s+|the\s+)?", re.I)


def _endpoint_for(s: Sentence, combos: list[Combo], a: _Assigned, cluster: list[_Assigned],
                  depth: list[int]) -> Optional[Combo]:
    # An endpoint inside brackets explains what comes before it ("one in arm A (neutropenia, sepsis)");
    # it names none of the values outside them.
    level = depth[a.value.start] if a.value.start < len(depth) else 0
    usable = [c for c in combos if c.endpoint.start >= len(depth) or depth[c.endpoint.start] <= level]
    # "2 (8%) partial responses and 18 (69%) dogs with stable disease": a count's own endpoint straight after it
    own = [c for c in usable if c.endpoint.start >= a.value.end
           and VALUE_THEN_ENDPOINT.fullmatch(s.text[a.value.end:c.endpoint.start])]
    if own and len({id(c.endpoint) for c in own}) == 1 and a.value.unit != "months":
        return own[0] if len(own) == 1 else None
    first_value = min(x.value.start for x in cluster)
    before = [c for c in usable if c.endpoint.end <= first_value]
    if before:
        last = max(before, key=lambda c: c.endpoint.end)
        same = [c for c in before if c.endpoint is last.endpoint]
        return same[0] if len(same) == 1 else None
    cluster_end = max(max(x.value.end, x.mention.end) for x in cluster)
    after = sorted((c for c in usable if 0 <= c.endpoint.start - cluster_end <= 80
                    and not re.search(r"[.;]", s.masked[cluster_end:c.endpoint.start])),
                   key=lambda c: c.endpoint.start)
    if not after:
        return None
    # "had an AE leading to interruption of radiotherapy": the specific outcome, not the generic event
    specific = [c for c in after if not (c.endpoint.code == "TOX" and c.endpoint.category is None
                                         and c.endpoint.grade is None)]
    first = specific[0] if specific else after[0]
    same = [c for c in after if c.endpoint is first.endpoint]
    return same[0] if len(same) == 1 else None


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


def group_results(s: Sentence, combos: list[Combo], mentions: list[Mention], index: GroupIndex,
                  ) -> tuple[list[Found], set[int]]:
    """The rows a sentence states group by group, and the ids of the values they took."""
    mentions = [m for m in mentions if not any(e.start <= m.start < e.end for e in s.endpoints)]
    if BOTH.search(s.text) and len({m.key for m in mentions}) < 2:
        return [], set()
    assigned = assign_values(s, mentions, index)
    if not assigned:
        return [], set()
    out: list[Found] = []
    used: set[int] = set()
    clusters = _clusters(s, assigned)
    depth = bracket_depths(s.text)
    for cluster in clusters:
        keys = [a.mention.key for a in cluster]
        distinct = list(dict.fromkeys(keys))
        cluster_end = max(max(a.value.end, a.mention.end) for a in cluster)
        p = next((p for p in s.pvalues if p.start >= cluster[-1].value.end and
                  (p.start - cluster_end) <= 40), None)
        for a in cluster:
            combo = _endpoint_for(s, combos, a, cluster, depth)
            if combo is None:
                continue
            code = combo.endpoint.code
            measure = _measure(combo, a.value, code)
            if measure is None:
                continue
            group = _ref(index, a.mention.key, a.total)
            others = [k for k in distinct if k != a.mention.key]
            comparator = _ref(index, others[0], None) if len(others) == 1 else None
            start = min(combo.endpoint.start, a.value.start, a.mention.start)
            end = max(a.value.end, a.mention.end)
            rows = []
            if measure == "count":
                f = _count_fields(combo, a.value.value)
                rows.append(f)
            else:
                f = fields_for(Combo(combo.endpoint, combo.months, measure), a.value)
                if measure == "rate" and a.value.count is not None:
                    rows.append(_count_fields(combo, float(a.value.count)))
                rows.append(f)
            for f in rows:
                if p is not None and len(distinct) == 2:
                    f["p_value"], f["p_op"] = p.value, (p.op if p.op != "=" else None)
                out.append(Found(f, start, end, a.rule, group, comparator, at=a.value.start))
            used.add(id(a.value))
    return out, used


def ratio_groups(mentions: list[Mention], index: GroupIndex, start: int, text: str = "",
                 ) -> tuple[Optional[GroupRef], Optional[GroupRef]]:
    """A hazard or odds ratio in a sentence that names two of the compared groups before it ("A delayed
    the first event compared with B (HR 0.81, ...)"): the first group against the second; in a
    two-group trial, a sentence whose subject is one group ("A improved PFS (HR 0.50)"): it against
    the other."""
    keys = list(dict.fromkeys(m.key for m in mentions if m.end <= start))
    subject = sentence_subject(text, mentions) if len(index.groups) == 2 else None
    if subject is not None and len(keys) <= 2:
        keys = [subject.key, next(g.key for g in index.groups if g.key != subject.key)]
    if len(keys) != 2:
        return None, None
    return _ref(index, keys[0], None), _ref(index, keys[1], None)


def _count_fields(combo: Combo, count: float) -> dict:
    e: Endpoint = combo.endpoint
    return {"endpoint": e.code, "measure": "count", "timepoint_months": None, "value": count, "unit": "n",
            "grade": e.grade, "category": e.category, "site": e.site}


def _clusters(s: Sentence, assigned: list[_Assigned]) -> list[list[_Assigned]]:
    """Assignments that compare groups in one breath: split where an endpoint is named between them
    (outside brackets: "one in arm A (sepsis), and four in arm B" is one comparison)."""
    depth = bracket_depths(s.text)
    out: list[list[_Assigned]] = []
    for a in assigned:
        if out:
            last = out[-1][-1]
            named_between = any(last.value.end <= e.start < a.value.start and depth[e.start] <= depth[a.value.start]
                                for e in s.endpoints)
            if not named_between and a.mention.key not in {x.mention.key for x in out[-1]}:
                out[-1].append(a)
                continue
        out.append([a])
    return out


def _ref(index: GroupIndex, key: str, total: Optional[int]) -> GroupRef:
    g = index.get(key)
    label = g.label if g is not None else key
    return GroupRef(label, total, key=key)
