"""The groups a comparative study compares, found over the whole paper, and where a sentence names one.

A trial defines its groups once or twice ("were randomly assigned to A (n = 61) or B (n = 58)",
"61 were assigned to A and 58 to B", "Arm A (n = 52)") and then names them in many ways: "arm A",
"the A group", "patients given A", "after A", "A-treated patients", an abbreviation the paper
introduced ("short-course radiotherapy (SCRT)"), or a letter linked to a treatment ("FOLFOX (arm A)").
This module reads those definitions into one :class:`GroupIndex` per document: each group with its
n (when stated) and every name it goes by; :meth:`GroupIndex.mentions` then finds the names in a
sentence, so that a result can point to the group the paper defined elsewhere instead of to a new,
nameless one.

Rules (ids reach the rows as provenance of the groups):

- ``group.randomised_n``: "randomly assigned to A (n = 61) or B (n = 58)";
- ``group.randomised_counts``: "61 patients were randomised to A and 58 to B";
- ``group.n_in``: "(61 in the A group vs 58 in the B group)", "53 patients were included in A (arm A)";
- ``group.letter_counts``: "randomised (arm A/B, 53/44)";
- ``group.label_n``: "Arm A (n = 52)", "the A group (n = 61)", "B: n = 58";
- ``group.randomised``: "randomly assigned to receive A or B" (no n);
- ``group.named``: "arm A", "group 2" and "the A group/arm" said at least twice.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from oncoev.extract.lazy_regex import Regex, compile_guarded, lazy_regex
from oncoev.extract.lexicon import abbreviates, parse_count, phrases
from oncoev.extract.rules import regexes

RX = regexes("groups")  # patterns/regex/groups.yaml: the regular expressions of this module

# Names that are no treatment group: "the same group", "each arm", "the age group".
GENERIC = {"same", "each", "both", "two", "three", "four", "either", "other", "treatment", "study", "age", "whole",
           "entire", "all", "overall", "this", "that", "our", "one", "risk", "high-risk", "low-risk", "first",
           "second", "third", "respective", "corresponding", "latter", "former", "former two", "total", "trial",
           "patient", "patients", "control and experimental", "subgroup", "intention-to-treat", "per-protocol",
           "safety", "itt", "pp", "randomised", "randomized", "treated", "dose", "different", "these", "those",
           "any", "no", "stage", "tumour", "tumor", "reference", "comparison", "working", "research", "cooperative",
           "oncology", "study's", "the", "a", "an", "in", "of", "for", "with", "and", "or"}
MAX_NAME_WORDS = 6
# Words that turn a name into its opposite: a name with one is never another name's longer form.
POLARITY = {"non", "no", "not", "without", "un", "less", "never"}


@dataclass
class GroupDef:
    """One group as a sentence defines or names it."""

    label: str
    n: Optional[int]
    start: int  # offsets in the document's normalised text
    end: int
    pattern_id: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Group:
    key: str
    label: str
    n: Optional[int]
    aliases: set[str]
    definition: Optional[GroupDef] = None
    # one-letter short names ("P" of "pemetrexed (P)"), read only where a group's name can stand (GroupIndex)
    letters: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str


def core(name: str) -> str:
    """The name without its decoration: "the FOLFOX group" -> "FOLFOX"."""
    name = RX.SPACES.sub(" ", name).strip(" ,;:.()")
    while True:
        shorter = RX.DECOR.sub("", name).strip()
        if shorter == name:
            return name
        name = shorter


# "assigned to A or assessed in a safety phase": what was done to the patients, no treatment ("pemetrexed" is one)
PARTICIPLE = lazy_regex(phrases("assessed", "treated", "observed", "followed", "enrolled", "included", "excluded",
                                "evaluated", "randomised", "randomized", "allocated", "assigned", "stratified",
                                "analysed", "analyzed", "monitored", "recruited", "selected", "screened", "registered"),
                        re.I)
# "once daily oral A", "matching placebo": how often and how it is given stand before the name
_HOW_OFTEN = phrases("once", "twice", "three times") + r"\s+" + phrases("daily", "weekly", "a day") + r"\s+"
LEAD_SCHEDULE = lazy_regex(rf"^\s*(?:{_HOW_OFTEN})?{phrases('matching', 'oral', 'intravenous', 'subcutaneous')}\s+"
                           rf"|^\s*{_HOW_OFTEN}", re.I)


def _has_drug(text: str) -> bool:
    from oncoev.extract.doses import drug_names
    return drug_names().search(text) is not None


def _clean_name(raw: str) -> Optional[str]:
    """A treatment named in a randomisation sentence, or None when it is no usable group name."""
    schedule = RX.SCHEDULE_ARM.fullmatch(raw)
    if schedule:
        return RX.SPACES.sub(" ", schedule.group("name"))
    # "the efficacy of 2 × 8 Gy", "our standard 10 × 3 Gy": words before a schedule that join nothing to it
    schedule = RX.SCHEDULE_LAST.search(raw)
    if schedule and RX.SMALL_WORDS_ONLY.fullmatch(raw[:schedule.start()]) and \
            not RX.JOINED_BEFORE.search(raw, 0, schedule.start()) and not _has_drug(raw[:schedule.start()]):
        return RX.SPACES.sub(" ", schedule.group("name"))
    # a schedule after the name ends it ("drug A daily for 5 days"), not one that names it ("daily drug A",
    # "twice-daily drug A")
    # "once daily oral A", "matching placebo": a schedule or a word before the name is not the name
    raw = LEAD_SCHEDULE.sub("", raw)
    # "to 20 mg/m2 drug A plus 50 mg/m2 drug B": a dose before a drug's name, or before the "plus" of the next
    # drug, is dropped; a dose after the last drug ends the name below
    raw = RX.LEAD_FORM.sub("", RX.LEAD_DOSE.sub("", raw))
    name = re.split(r"\s*(?:,|;|\bat\s+(?:a\s+)?dose|\bfor\s+(?:\d|up)|(?<=\w)\s+(?:every|daily)\b|\bgiven\b"
                    r"|\bas\s+(?:first|second)|\bfollowed\s+by\b|\bwith\s+(?:or|and)\b|\s+on\s+days?\s+\d"
                    r"|\s" + RX._DOSE + ")", raw, flags=re.I)[0]
    name = core(RX.NAME_TRIMMINGS.sub("", name.strip()))
    if name and len(name.split()) > MAX_NAME_WORDS:
        # "early supportive care integrated with standard oncological care": too long a name; the arm is named by what
        # it adds to the care both arms get
        name = RX.ADDED_TO_CARE.split(name)[0]
    if not name or len(name.split()) > MAX_NAME_WORDS or name.lower() in GENERIC:
        return None
    # ("the F1 regimen", "the C3 arm": a letter and a number, the arm's code, names it)
    if not (RX.TWO_LETTERS.search(name) or RX.LETTER_AND_NUMBER.fullmatch(name)) or \
            RX.NUMBERS_ONLY.fullmatch(name) or RX.NUMBER_THEN_SPACE.match(name):
        return None
    if RX.DOSE_UNIT_FIRST.match(name):
        return None  # "20 Gy/5 fractions" cut after its number: a unit is no name's start
    if RX.NOT_A_NAME.search(name) or PARTICIPLE.fullmatch(name):
        return None  # "assigned to A or assessed in a safety phase": a verb, no group
    return name


def _n(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    n = parse_count(text)
    return n if n and n > 0 else None


# The same over a sentence whose asides are blanked (``_blank_asides``): a name may run over a blanked bracket; a
# name may start with a radiotherapy schedule's dose ("to 42 Gy in 16 fractions (n = 233)"), which ``_clean_name``
# keeps whole only when it is a schedule (SCHEDULE_ARM)
GROUP_N_BLANKED = lazy_regex(RX.GROUP_N.pattern.replace(
    r"(?P<name>[A-Za-z][^()=;:]{0,60}?)",
    r"(?P<name>(?:(?<![\d.])\d+(?:\.\d+)?\s*(?:[x×]\s*\d+(?:\.\d+)?\s*)?-?Gy\b|[A-Za-z])[^()=;:]{0,240}?)"))
# "12 of 49 patients (24%) in the A group", "12 of 49 (24%) in the A group": the share the count is of the whole
_PERCENT_ASIDE = r"[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]]\s+"
# (not "a total of 21 patients (14%) in the A group had ...": the count of an outcome said with its share)
N_OF_GROUP = r"(?:(?:\b(?<!\btotal\s)(?:of|among|amongst)\s+(?:the\s+)?(?:remaining\s+|other\s+)?|/|" \
             r"\bthe\s+(?:remaining\s+|other\s+)?)" \
             r"(?P<n>\d+)\s+(?:" + RX.PEOPLE + r"\s+(?:" + _PERCENT_ASIDE + r")?|" + _PERCENT_ASIDE + \
             r"(?=in\s+the\b))" \
             r"(?:who\s+(?:received|underwent|had|were\s+given)|in\s+the|treated\s+with|receiving|given|" \
             r"assigned\s+to|allocated\s+to)" \
             r"|\b(?P<n2>\d+)\s+" + RX.PEOPLE + r"\s+(?:were\s+)?(?:randomi[sz]ed|" \
             r"randomly\s+assigned|assigned|allocated)\s+to)\s+(?:receive\s+)?(?:the\s+)?(?:{name})\b" \
             r"(?!\s*\(\s*n\s*=|\s+(?:or|and|versus|vs)\b|\s*,\s*\w+\s*\(\s*n\s*=" \
             r"|\s*,(?!\s*\d)\s*[^,;.()]{{1,60}}?(?:,(?!\s*\d)\s*[^,;.()]{{1,60}}?)?\s+(?:or|and|versus|vs\.?)\s+(?!\d))"
# "169 patients in the A arm and 168 in the B arm were included in the analysis": sizes by what follows
# (not a bound: "with a BMI > 28 receiving A were randomised" counts no one)
N_IN_GROUP = r"(?<![<>≤≥=]\s)(?<![<>≤≥=])\b(?P<n>\d+)\s+(?:" + RX.PEOPLE + r"\s+)?" \
             r"(?:in\s+the|treated\s+with|receiving)\s+(?:{name})\b"
# "the analysis set held 90 patients (44 received X and 46 received Y)": sizes
# said side by side in a sentence about who was analysed or allocated
RECEIVED = r"(?:received|were\s+given|were\s+treated\s+with)\s+(?:the\s+)?"
# "120 patients received A (group 1), and 118 received B (group 2)": each item may carry the group's label
_LABEL_ASIDE = r"(?:\s*\((?P<{}>(?:arm|group|cohort)\s+[A-H1-9IV]{{1,3}})\))?"
N_RECEIVED_PAIR = lazy_regex(r"\b(?P<n1>\d+)\s+(?:" + RX.PEOPLE + r"\s+)?" + RECEIVED +
                             r"(?P<a>[^,;()]{2,40}?)" + _LABEL_ASIDE.format("la") +
                             r"\s*(?:,\s*)?(?:and|while|whereas)\s+"
                             # ("150 patients were treated with A and 140 with B": the verb said once)
                             r"(?P<n2>\d+)\s+(?:" + RX.PEOPLE + r"\s+)?(?:" + RECEIVED + r"|with\s+(?:the\s+)?)"
                             r"(?P<b>[^,;()]{2,40}?)" + _LABEL_ASIDE.format("lb") + r"\s*(?=[.;,)]|$)", re.I)


def _lead_strip(name: str) -> str:
    name = name.strip()
    while True:
        shorter = RX.LEADING.sub("", name)
        if shorter == name:
            return name
        name = shorter


def _head(name: str) -> str:
    """The head of a long treatment description: "A alone with B only if C" -> "A alone"."""
    words = name.split()
    if len(words) <= MAX_NAME_WORDS:
        return name
    m = RX.NAME_BEFORE_A_QUALIFIER.match(name)
    return m.group(1) if m else " ".join(words[:3])


def _title_versus(title: str, start: int) -> list[GroupDef]:
    """The two treatments a comparative title names."""
    first_line = title.split("\n")[0] if len(title) > 400 else title
    m = RX.TITLE_VERSUS.search(first_line)
    if not m:
        return []
    out = []
    names = []
    for key in ("a", "b"):
        name = _clean_name(_head(_lead_strip(m.group(key))))
        if not name or RX.COUNT_OVER_TOTAL_LAST.search(name):
            return []  # ("Nausea: drug A 12/60 vs placebo 5/58": an arm's count over its size ends it, no name)
        names.append(name)
    # "Weekly versus 3-weekly docetaxel", "Signet-ring versus tubular carcinoma of the stomach": a one-word
    # first name shares the second's head noun
    from oncoev.extract.doses import drug_names

    b_words = RX.PREPOSITION_SPACED.split(names[1])[0].split()
    head_words = b_words[1:]
    if len(names[0].split()) == 1 and head_words and not any(c.isupper() for c in b_words[0][1:]) and \
            not any(RX.NUMBER_OR_JOIN_WORD.search(w) for w in head_words) and \
            not drug_names().search(names[0]) and not drug_names().search(b_words[0]):
        names[0] = f"{names[0]} {' '.join(head_words)}"
    for key, name in zip(("a", "b"), names, strict=True):
        out.append(GroupDef(name, None, start + m.start(key), start + m.end(key), "group.title_versus"))
    return out


def _randomised_n(sentence: str) -> list[GroupDef]:
    """'randomly assigned to A (n = 61) or B (n = 58)': the groups named with their n after the verb."""
    # "we randomly assigned 300 patients with X to A (n = 150) or B (n = 150)": the subject said before "to"
    m = RX.RANDOMISED_TO.search(sentence) or RX.WE_ASSIGNED.search(sentence) or (
        None if RX.LATER_TREATMENT.search(sentence) else RX.RECEIVED_ITEMS.search(sentence))
    if not m:
        return []
    out = []
    tail_start = m.end()
    head = RX.GROUP_NOUN_AT_END.search(m.group(0))
    # "A (drug X and Y) and surgery (n = 27)", "drug A (DA) for 2 weeks (120 patients)", "20 mg/m(2) drug A (n = 61)":
    # a bracket that holds no size is part of the item, blanked so that the name runs over it (offsets kept); a
    # short name in one is that item's other name
    masked, shorts = _blank_asides(sentence, tail_start)
    raws: list[str] = []
    for g in GROUP_N_BLANKED.finditer(masked, tail_start):
        if g.start() - tail_start > 120:
            break
        raw = RX.JOINS_AT_START.sub("", g.group("name"))
        # "to receive radiotherapy with either 20 Gy in 5 fractions (n = 50) or ...": the choice starts after "either"
        raw = RX.UP_TO_EITHER.sub("", raw)
        if RX.OR_OR_VERSUS_SPACED.search(raw) and not RX.WITH_OR_WITHOUT.search(raw):
            return []  # "... 15 mg/kg (n = 35) plus X or X alone (n = 32)": an item without a name ran into the next
        # a capital letter alone names a group it defines with its n: "either DC (n = 160) or D (n = 150)";
        # after "to arms" it is that arm's letter ("to arms A (n = 7) and B (n = 6)")
        name = _clean_name(raw)
        described = []
        inside = [abbr for at, abbr in shorts if g.start("name") <= at < g.end("name")]
        if name is None and len(inside) == 1 and not RX.ONE_CAPITAL_ONLY.fullmatch(raw):
            # "20 Gy in 5 fractions (F5) on consecutive days (201 patients)": words that make no name, but the short
            # name the paper gives them, which names the arm
            name = inside[0]
        named_inside = RX.BRACKET_GROUP_NAME.fullmatch(g.group("inner") or "")
        if (name is None or RX.PREPOSITION_AT_END.search(name)) and named_inside \
                and core(named_inside.group("name")).lower() not in GENERIC and not RX.ONE_CAPITAL_ONLY.fullmatch(raw):
            # "17 Gy in 2 fractions 1 week apart (F2 regimen, 117 patients)", "a single fraction of 10 Gy (F1 regimen,
            # 118 patients)" (cut at its dose): ... or the name its bracket gives it
            name = named_inside.group("name")
        # ("to group A: weekly drug K (n = 76) or group B: ...": a colon no name runs over; the label before it)
        label = RX.LABEL_BEFORE_COLON.search(masked, max(tail_start, g.start("name") - 16), g.start("name"))
        numbered = RX.NAMED_ITEM.fullmatch(f"{label.group(0).rstrip()} {raw}" if label else raw)
        if numbered and (numbered.group("word") or head) and (what := _clean_name(numbered.group("what"))):
            # "to arm 1, continuous drug V (n = 64), or arm 2, intermittent drug V (n = 62)": the arm's own name,
            # then what it is, which is the arm's other name (its word said once before: "to arms 1, ...")
            word = numbered.group("word") or head.group(1).rstrip("sS")
            name, described = f"{word.lower()} {numbered.group('id')}", [what]
        elif name is None and RX.ONE_CAPITAL_ONLY.fullmatch(raw):
            name = f"{head.group(1).rstrip('s').lower()} {raw.strip()}" if head else raw.strip()
        elif name is None and head and (lettered := RX.LETTER_ITEM.fullmatch(raw)):
            # "to three arms: A, 20 Gy in 5 fractions (n = 60); B, ...": the letter names the arm, what follows
            # describes it
            name = f"{head.group(1).rstrip('s').lower()} {lettered.group('id')}"
            described = [d for d in [_clean_name(lettered.group("what"))] if d]
        if name:
            size = g.group("n") or g.group("people") or g.group("bare")
            # "no further treatment (observation group, 46 patients)": the group's other name, said with its n
            inner = RX.BRACKET_GROUP_NAME.fullmatch(g.group("inner") or "")
            aliases = [inner.group("name")] if inner and core(inner.group("name")).lower() not in GENERIC else []
            if aliases and RX.COMMA_OR_SEMICOLON.search(raw):
                # "drug A, drug B, and drug C every 3 weeks (ABC group; n = 60)": a list, cut at its commas, is
                # named by the group name its bracket gives
                name, aliases = aliases[0], []
            aliases += [abbr for at, abbr in shorts if g.start("name") <= at < g.end("name")]
            aliases += described
            out.append(GroupDef(name, _n(size), g.start("name"), g.end(),
                                "group.randomised_n", aliases))
            raws.append(raw)
        tail_start = g.end()
    for i, d in enumerate(out):
        # "surgery alone (n = 212) ... or surgery followed by adjuvant X (n = 211)": a name cut at "followed by"
        # that another arm's name starts with is named by what follows instead
        words = _norm(d.label).split()
        clash = any(o is not d and _norm(o.label).split()[:len(words)] == words for o in out)
        after = RX.FOLLOWED_BY.split(raws[i], maxsplit=1)
        if clash and len(after) == 2:
            better = _clean_name(after[1])
            if better is None:
                return []
            out[i] = GroupDef(better, d.n, d.start, d.end, d.pattern_id, d.aliases)
    if any(len(d.label) == 1 for d in out) and any(len(d.label) > 1 and len(d.label.split()[-1]) == 1 for d in out):
        return []  # "arm A (n = 7) and B (n = 6)": the letter shares the head word, read by the letter rules
    return out if len(out) >= 2 else []


def _blank_asides(sentence: str, start: int) -> tuple[str, list[tuple[int, str]]]:
    """The sentence with every bracket after ``start`` that gives no size blanked (innermost first, offsets kept),
    and the short names among them as (offset, name): "drug A (DA)"."""
    text, shorts = sentence, []
    while True:
        found = [b for b in RX.ROUND_BRACKET.finditer(text[start:]) if not RX.SIZE_BRACKET.fullmatch(b.group(0))]
        if not found:
            return text, shorts
        for b in found:
            short = RX.SHORT_NAME.fullmatch(b.group(0))
            abbr = short.group("abbr") if short else ""
            # not "(II)", "(2 x 250 mg)"
            if RX.CAPITAL_LETTER.search(abbr) and not RX.ROMAN_OR_NUMBER_FIRST.fullmatch(abbr):
                shorts.append((start + b.start(), abbr))
        for b in reversed(found):
            a, e = start + b.start(), start + b.end()
            text = text[:a] + " " * (e - a) + text[e:]


# "120 patients underwent A (the A group) and 118 did not (the B group)": each count with the group a bracket names
_DEFINING = (r"(?:(?:were|was)\s+)?(?:randomi[sz]ed|assigned|allocated|treated|received|underwent|given|included|"
             r"did\s+not\s+(?:receive|undergo))\b")
_BRACKET_GROUP = r"\(\s*(?:the\s+)?(?P<{}>[A-Za-z][^()\d;,=]{{0,30}}?\s+(?:group|arm)|(?:arm|group)\s+[A-H1-9])\s*\)"
BRACKET_NAMED = lazy_regex(
    r"\b(?P<n1>" + RX.COUNT + r")\s+(?:" + RX.PEOPLE + r"\s+)?" + _DEFINING + r"[^.;()\d]{0,80}?" +
    _BRACKET_GROUP.format("a") + r"\s*,?\s*(?:and|while|whereas)\s+(?P<n2>" + RX.COUNT + r")\s+(?:" + RX.PEOPLE
    + r"\s+)?" +
    _DEFINING + r"[^.;()\d]{0,80}?" + _BRACKET_GROUP.format("b"), re.I)


# "evaluated drug K plus drug M (KM, n = 434) versus drug M alone (M, n = 444)": two groups compared, each with its
# short name and n in the bracket after it
def _versus_item(name: str, n: str) -> str:
    return (rf"(?P<{name}>[A-Za-z][^()=;,]{{1,60}}?)\s*\(\s*(?P<{name}{name}>[A-Za-z][\w/+-]{{0,11}})\s*[,;:]\s*"
            rf"[nN]\s*=\s*(?P<{n}>" + RX.COUNT + r")\s*\)")


VERSUS_N = lazy_regex(_versus_item("a", "n1") + r"\s*,?\s*(?:versus|vs\.?|or|and|compared\s+with)\s+" +
                      _versus_item("b", "n2"))


def _pairs(sentence: str) -> list[GroupDef]:
    out: list[GroupDef] = []
    assigning = re.search(RX.ASSIGNED, sentence, re.I)
    for pattern, pid in ((RX.COUNTS_TO, "group.randomised_counts"), (RX.COUNTS_NO_TO, "group.randomised_counts"),
                         (RX.COUNTS_RESPECTIVELY, "group.randomised_counts"), (RX.N_EQUALS_IN, "group.n_equals_in"),
                         (RX.N_IN, "group.n_in"), (RX.ARMS_COMPRISED, "group.comprised"),
                         (RX.RECEIVING_RESPECTIVELY, "group.receiving_counts"), (BRACKET_NAMED, "group.bracket_named"),
                         (VERSUS_N, "group.versus_n")):
        if pid in ("group.comprised", "group.receiving_counts") and "respectively" not in sentence or \
                pid in ("group.bracket_named", "group.versus_n") and ")" not in sentence or \
                pid == "group.versus_n" and "=" not in sentence:
            continue  # what each of these cannot match without (speed; the same matches)
        if pid in ("group.n_in", "group.receiving_counts") and not assigning:
            continue  # "17 in A and 14 in B" is how results are told; only an assignment defines groups
        if pid == "group.receiving_counts" and RX.LATER_TREATMENT.search(sentence):
            continue  # "12 and 9 received second-line A and B, respectively": a later treatment
        for m in pattern.finditer(sentence):
            if m.group("n1") in ("0", "1") or m.group("n2") in ("0", "1"):
                continue
            if pid == "group.n_in" and RX.N_IN_OUTCOME.search(m.group("b")):
                continue  # "Of the 40 randomised patients, 11 in the A group and 17 in the B group died": deaths
            if pid == "group.comprised":
                names = [_clean_name(RX.NOT_IN_NAME.sub("", m.group(k))) for k in ("a", "b")]
            elif pid == "group.versus_n":
                names = [_clean_name(RX.VERSUS_LEAD.sub("", m.group(k))) for k in ("a", "b")]
            elif pid == "group.bracket_named":
                names = [m.group(k).strip() if RX.LETTER.fullmatch(m.group(k).strip()) else _clean_name(m.group(k))
                         for k in ("a", "b")]
            else:
                names = [_clean_name(m.group("a")), _clean_name(m.group("b"))]
            if not all(names):
                continue
            extra = [m.groupdict().get("aa"), m.groupdict().get("bb")]
            for name, n, key, alias in zip(names, (m.group("n1"), m.group("n2")), ("a", "b"), extra, strict=True):
                aliases = [alias] if alias and RX.LETTER.fullmatch(alias.strip()) else []
                if pid == "group.versus_n" and RX.CAPITAL_LETTER.search(alias or ""):
                    aliases = [alias.strip()]  # "(KM, n = 434)": the short name the paper calls it by
                at = m.group(key).rfind(name)  # "Results: the A and B arms comprised ...": where the name starts
                out.append(GroupDef(name, _n(n), m.start(key) + max(at, 0), m.end(key), pid, aliases))
    for m in [*RX.LETTER_COUNTS.finditer(sentence), *RX.LETTERS_RESPECTIVELY.finditer(sentence)]:
        word = m.group("word").rstrip("s").lower()
        for letter, n, key in ((m.group("a"), m.group("n1"), "a"), (m.group("b"), m.group("n2"), "b")):
            out.append(GroupDef(f"{word} {letter.upper()}", _n(n), m.start(key), m.end(key), "group.letter_counts"))
    return out


def _label_n(sentence: str) -> list[GroupDef]:
    if "=" not in sentence:
        return []  # every match holds its "n =" (speed: LABEL_N may start at any word; the same matches)
    out = []
    for m in RX.LABEL_N.finditer(sentence):
        if RX.N_BEFORE_NAME.search(sentence, 0, m.start("name")):
            continue  # "n = 33 in the A group, n = 31 in the B group": the n after A's comma is B's
        if m.group("n2") and RX.PER_GROUP_AFTER.match(sentence, m.end()):
            continue  # "A or B, n = 88 per arm": every group's size (_sizes_per_group), not B's alone
        # "Table 1Patient characteristics at baselineIntervention group (n = 30)": words of a caption run into the
        # group's name without a blank; the name starts at the last such join
        name = core(RX.RUN_TOGETHER.split(RX.LABEL_LEAD.sub("", m.group("name")))[-1])
        if RX.LETTER.fullmatch(m.group("name").strip()):
            if m.group("n2") and ";" in sentence[m.end("name"):m.start("n2")]:
                continue  # "drug A (arm A; n = 81)": the letter is the other name of the arm the bracket follows
            name = m.group("name").strip()
        if not name or name.lower() in GENERIC:
            continue
        out.append(GroupDef(name, _n(m.group("n") or m.group("n2")), m.start(), m.end(), "group.label_n"))
    return out


# Between two words of a name, a bracket that gives a dose: "drug A (20 mg/m(2)) and drug B"
# (before the word that joins the next drug only: "drug A (20 mg) twice daily" is no name "drug A twice")
# ("drug A 75 mg/m2 on day 1 plus drug B": a dose not in brackets, and its schedule, before the next drug too)
DOSE_ASIDE = (r"(?:\s+|\s*\((?=[^()]*\d)[^()]*(?:\([^()]*\)[^()]*)*\)\s*(?=(?:and|plus|with|\+)\s)|"
              r"\s" + RX._DOSE + RX._DOSE_SCHEDULE + r"\s+(?=(?:and|plus|with|\+)\s)|"
              # ("drug V for 2 years plus endocrine therapy": how long, blanked as DURATION_OF is)
              r"\s+for\s+(?:up\s+to\s+|a\s+(?:maximum|total)\s+of\s+)?[\w-]+(?:\s*(?:-|to)\s*\d+)?\s+(?:years?|months?|"
              r"weeks?|days?|cycles?|courses?)\s+(?=(?:and|plus|with|\+)\s))")


def _shared_head(tail: str, spans: list[tuple[int, int]]) -> Optional[str]:
    """The first item's whole name when it is a schedule word alone and the second item is another schedule word
    with the treatment both share: "immediate or delayed treatment" -> "immediate treatment"; None otherwise."""
    if len(spans) != 2:
        return None
    first, second = (tail[a:b].strip() for a, b in spans)
    words = second.split()
    if not RX.SCHEDULE_WORD.fullmatch(first) or len(words) < 2 or not RX.SCHEDULE_WORD.fullmatch(words[0]) or \
            first.lower() == words[0].lower():
        return None
    head = " ".join(words[1:])
    return f"{first} {head}" if RX.UP_TO_THREE_WORDS.fullmatch(head) else None


def _without_common_timing(tail: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'to adjuvant chemotherapy or to observation after surgery': the operation said after the last arm is when
    every arm was given, not a word of that arm's name (it would make "observation after surgery" the trial's
    surgical arm); only where no other arm speaks of the operation or of a time ("chemotherapy before surgery or
    chemotherapy after surgery" are two arms told apart by it)."""
    a, b = spans[-1]
    m = RX.TIMING_AT_END.search(tail, a, b)
    if m is None or m.start() == a or any(RX.OPERATION_WORD.search(tail, x, y) for x, y in spans[:-1]):
        return spans
    return [*spans[:-1], (a, m.start())]


def _randomised_names(sentence: str) -> list[GroupDef]:
    """'randomly assigned to receive A or B': two or three groups without their n."""
    m = RX.RANDOMISED_TO.search(sentence)
    subject = m is not None and RX.PEOPLE_WERE_THEN_ASSIGNED.search(sentence[:m.start()])
    if m is None or not subject:
        m = RX.WE_ASSIGNED.search(sentence)  # "we randomly assigned patients ... to A or B": the subject said
    if not m or RX.GROUP_N.search(sentence, m.end(), m.end() + 160):
        return []  # only "patients were randomly assigned to A or B" defines the groups
    # the asides blanked, so that offsets stay those of the sentence; "three or four cycles of A" is A
    tail = RX.NAME_ASIDE.sub(lambda a: " " * len(a.group(0)), sentence[m.end():])
    tail = RX.CYCLES_OF.sub(lambda a: " " * len(a.group(0)), tail)
    tail = RX.DURATION_OF.sub(lambda a: " " * len(a.group(0)), tail)
    stop = RX.NAMES_END.search(tail)
    tail = tail[:stop.start()] if stop else tail
    if not RX.OR_OR_VERSUS_WORD.search(tail) or RX.WITH_OR_WITHOUT_ANY_CASE.search(tail):
        return []  # "A with or without B" names one arm and another by what it adds: not two names here
    first_or = RX.OR_OR_VERSUS_SPACED.search(tail)
    either = [e for e in RX.EITHER_WORD.finditer(tail) if first_or and e.end() <= first_or.start()]
    given_to_all = None
    if either:
        # "to receive drug K (dose) and either drug L or drug M": what comes before "either" every arm gets, and the
        # paper may name an arm by both ("drug K+drug L", "drug K plus drug L")
        given_to_all = _clean_name(RX.JOIN_AT_END.sub("", tail[:either[-1].start()].rstrip()))
        tail = " " * either[-1].end() + tail[either[-1].end():]
    spans, at = [], 0
    # (not a comma before a number: "1,000 mg", "on days 1, 8 and 15")
    for sep in RX.ALTERNATIVES_SEPARATOR.finditer(tail):
        spans.append((at, sep.start()))
        at = sep.end()
    spans.append((at, len(tail)))
    spans = [(a, b) for a, b in spans if tail[a:b].strip()]
    if not 2 <= len(spans) <= 4:
        return []
    spans = _without_common_timing(tail, spans)
    whole = spans
    spans = _without_shared_background(tail, spans)
    shared = _shared_head(tail, spans)
    out = []
    for index, ((a, b), (full_a, _)) in enumerate(zip(spans, whole, strict=True)):
        start, end = m.end() + a, m.end() + len(tail[:b].rstrip())
        if index == 0 and shared:
            # "either immediate or delayed treatment": the first arm is "immediate treatment", written "immediate"
            out.append(GroupDef(shared, None, start, end, "group.randomised", []))
            continue
        # "drug A 500 mg plus drug B (AB) or drug A alone (A)": the short name the paper gives it after
        blanked = b + len(tail[b:]) - len(tail[b:].lstrip(" "))  # the item's asides, blanked after its words
        short = RX.SHORT_NAME.match(sentence, end) or \
            RX.SHORT_NAME_LAST.search(sentence, m.end() + a, m.end() + blanked)
        name = _clean_name(tail[a:b])
        if short and RX.CAPITAL_LETTER.search(short.group("abbr")):
            if name and RX.ADD_ON.search(tail[a:b]) and not RX.ADD_ON.search(name):
                name = None  # "drug A 500 mg plus drug B (AB)" cut at the dose: "drug A" is no name of AB
            out.append(GroupDef(short.group("abbr"), None, short.start("abbr"), short.end("abbr"), "group.randomised",
                                [name] if name else []))
            continue
        if not name:
            return []
        i, j = sentence.find(name, start, end + 1), -1
        if i < 0:
            # "drug A (20 mg/m2) and drug B": a name whose words a dose in brackets parts is written round it
            dosed = re.compile(DOSE_ASIDE.join(map(re.escape, name.split()))).search(sentence, start, end + 1)
            if dosed is None:
                return []  # a name that runs over another blanked aside is not written as such
            i, j = dosed.span()
        # "X plus A" stays a name of A: the paper may call the arm by it
        full = _clean_name(tail[full_a:b]) if full_a != a else None
        j = j if j >= 0 else i + len(name)
        inner = RX.SHORT_NAME.match(sentence, j)
        if inner and RX.CAPITAL_LETTER.search(inner.group("abbr")) and inner.end() <= end:
            # "drug A 25 mg with drug B (AB) 1000 mg both given weekly": the short name said straight after the name,
            # before the item's doses
            out.append(GroupDef(inner.group("abbr"), None, inner.start("abbr"), inner.end("abbr"), "group.randomised",
                                [name] + ([full] if full else [])))
            continue
        both = [f"{given_to_all}{join}{name}" for join in ("+", " + ", " plus ")] \
            if given_to_all and RX.ONE_OR_TWO_WORDS.fullmatch(given_to_all) else []
        out.append(GroupDef(name, None, i, j, "group.randomised", ([full] if full else []) + both))
    return out


def _compared_trial(sentence: str) -> list[GroupDef]:
    """'A randomized trial compared A to B': the two arms of the paper's trial, without their n."""
    m = RX.TRIAL_COMPARED.search(sentence)
    if not m or RX.NOT_OUR_TRIAL.search(sentence) or not RX.OUR_TRIAL.search(sentence, 0, m.end()):
        return []
    tail = RX.NAME_ASIDE.sub(lambda a: " " * len(a.group(0)), sentence[m.end():])
    stop = RX.COMPARED_END.search(tail)
    tail = tail[:stop.start()] if stop else tail
    # the word between the two names: "versus" before "to" before "with" (which names may hold)
    for sep in (r"\s+(?:versus|vs\.?)\s+", r"\s+to\s+", r"\s+with\s+"):
        parts = re.split(sep, tail, flags=re.I)
        if len(parts) == 2:
            break
        if len(parts) > 2:
            return []  # "A with B with C": where one name ends is not said
    else:
        return []
    out = []
    at = m.end()
    for part in parts:
        start = m.end() + tail.index(part, at - m.end())
        at = start + len(part)
        name = _clean_name(RX.POSSESSIVE_OR_ARTICLE_AT_START.sub("", part.strip()))
        if not name or RX.ADD_ON.fullmatch(name) or RX.ALTERNATIVE_WORD.search(name):
            return []
        short = RX.SHORT_NAME.match(sentence, start + len(part.rstrip()))
        aliases = [short.group("abbr")] if short and RX.CAPITAL_LETTER.search(short.group("abbr")) else []
        i = sentence.find(name, start, at + 1)
        if i < 0:
            return []
        out.append(GroupDef(name, None, i, i + len(name), "group.trial_compared", aliases))
    return out


def _without_shared_background(tail: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'chemotherapy X plus drug A or chemotherapy X plus placebo': what every arm gets is no arm's name; the
    names start after the shared words and their "plus" / "with"."""
    words = [tail[a:b].split() for a, b in spans]
    shared = 0
    while all(len(w) > shared + 1 for w in words) and len({w[shared].lower() for w in words}) == 1:
        shared += 1
    if shared == 0 or words[0][shared - 1].lower() not in ("plus", "with", "and", "+"):
        return spans
    out = []
    for (a, b), w in zip(spans, words, strict=True):
        lead = re.match(r"\s*" + r"\s+".join(re.escape(x) for x in w[:shared]) + r"\s+", tail[a:b])
        out.append((a + lead.end(), b) if lead else (a, b))
    return out


_RANDOMISED = r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|underwent\s+randomi[sz]ation)"
_ENROLLED = r"(?:enrolled|accrued|included|registered|entered)"
# The list of the groups' sizes in a bracket: "(84 drug A, 85 drug B)", "(drug A, 441; drug B, 222)",
# "(A: 150, B: 147)", "(placebo, n = 300; low dose, n = 310)", "(arm A, 159; arm B, 160 patients)"
_LIST = r"\((?P<list>[^()]{5,240})\)"
# Where a list of sizes follows a total that it must add up to: "180 patients were randomised (90 A, 90 B)",
# "there were 180 randomised patients (A, 90; B, 90)", "180 patients (arm A, 90; arm B, 90) were enrolled",
# "the random assignment of 180 patients: 90 to A and 90 to B"
SIZED_LIST = lazy_regex(
    r"\b(?P<total>" + RX.COUNT + r")\s+(?:[\w-]+\s+){0,3}?(?:" + RX.PEOPLE + r"\s+)?(?:were|had\s+been)\s+(?:then\s+)?"
    r"(?P<verb>" + _RANDOMISED + r"|" + _ENROLLED + r"(?:\s+and\s+treated)?|treated)\s*" + _LIST +
    r"|\b(?P<total2>" + RX.COUNT + r")\s+(?:[\w-]+\s+){0,2}?(?P<verb2>randomi[sz]ed|" + _ENROLLED + r")\s+"
    + RX.PEOPLE +
    r"\s*" + _LIST.replace("list", "list2") +
    r"|\b(?P<total3>" + RX.COUNT + r")\s+(?:[\w-]+\s+){0,3}?" + RX.PEOPLE + r"\s*" + _LIST.replace("list", "list3") +
    r"\s*(?:were|had\s+been)\s+(?P<verb3>" + _RANDOMISED + r"|" + _ENROLLED + r")\b"
    r"|\b(?:random(?:ised|ized)?\s+(?:assignment|allocation)|randomi[sz]ation)\s+of\s+(?P<total4>" + RX.COUNT + r")\s+"
    + RX.PEOPLE + r"\s*[:;,]\s*(?P<list4>[^.;()]{5,160}?)\s*(?=[.;]|$)"
    # "we randomly allocated 180 patients; 90 (50%) to A and 90 (50%) to B (...)": each size with its share
    r"|\b(?:we|they|investigators)\s+(?:then\s+)?"
    r"(?P<verb5>" + _RANDOMISED + r"|randomly\s+allocated|allocated|assigned)"
    r"\s+(?P<total5>" + RX.COUNT + r")\s+(?:[\w-]+\s+){0,2}?" + RX.PEOPLE + r"\s*[:;,]\s*"
    r"(?P<list5>(?:[^.;()]|" + RX._SHARE + r"){5,200}?)\s*(?=[.;]|\((?!\s*\d+(?:\.\d+)?\s*%\s*\))|$)", re.I)


def _counts_to_list(sentence: str) -> list[GroupDef]:
    """'120 were randomly assigned to A, 118 to B, 121 to C, and 119 to D': each group with the count before it."""
    out: list[GroupDef] = []
    for m in RX.COUNTS_TO_LIST.finditer(sentence):
        items, n, at = [], m.group("n"), m.end()
        while True:
            nxt = next((x for x in RX.NEXT_COUNT_TO.finditer(sentence, at)
                        if not RX.STOP_OR_BRACKET.search(sentence[at:x.start()])), None)
            end = nxt.start() if nxt else (RX.STOP_OPEN_OR_END.search(sentence[at:]).start() + at)
            items.append((n, at, end))
            if nxt is None:
                break
            n, at = nxt.group("n"), nxt.end()
        if len(items) < 3:
            continue
        defs = []
        for n, a, b in items:
            name = _clean_name(sentence[a:b])
            if name is None or _n(n) is None or not 0 <= b - a <= 60:
                break
            defs.append(GroupDef(name, _n(n), a, b, "group.randomised_counts"))
        else:
            defs = _told_apart_by_dose(defs, sentence)  # "to A 2 mg/kg, ... to A 10 mg/kg": two groups
            if len({_norm(d.label) for d in defs}) == len(defs):
                return defs  # not two groups the names left no longer tell apart
    return out


def _sized_list(sentence: str) -> list[GroupDef]:
    """'180 patients were randomised (90 A, 90 B)': the groups a randomisation gives with sizes that add up to
    its total (no subset, no evaluable count: the sum is the check)."""
    if not re.search(r"(?i)random|\b(?:treated|" + _ENROLLED + ")", sentence):
        return []
    out: list[GroupDef] = []
    for m in SIZED_LIST.finditer(sentence):
        key = next(k for k in ("list", "list2", "list3", "list4", "list5") if m.group(k) is not None)
        total = _n(m.group({"list": "total", "list2": "total2", "list3": "total3", "list4": "total4",
                            "list5": "total5"}[key]))
        verb = m.group("verb") or m.group("verb2") or m.group("verb3") or "randomised"
        body, at = m.group(key), m.start(key)
        # items split at ";" when the list has one (its items may hold a comma), else at "," and "and"
        sep = r"\s*;\s*(?:and\s+)?" if ";" in body else r",\s*(?:and\s+)?|\s+and\s+(?=\d)"
        items, pos = [], 0
        for s in [*re.finditer(sep, body), None]:
            end = s.start() if s else len(body)
            items.append((pos, end))
            pos = s.end() if s else pos
        defs, given = [], []
        for a, b in items:
            item = RX.SIZED_ITEM.fullmatch(body[a:b].strip())
            if item is None:
                break
            raw = (item.group("name") or item.group("name2")).strip()
            name = raw if RX.LETTER.fullmatch(raw) or RX.SHORT_CODE.fullmatch(raw) or RX.SHORT_CAPS.fullmatch(raw) \
                else _clean_name(raw)
            size = _n(item.group("n") or item.group("n2"))
            if name is None or size is None or RX.PEOPLE_WORDS.fullmatch(name) or RX.STAGE_NAME.fullmatch(name):
                break
            lead = len(body[a:b]) - len(body[a:b].lstrip())
            given.append(bool(item.group("given")) and (_has_drug(raw) or bool(RX.DOSE_IN_NAME.search(raw))))
            if given[-1] and RX.DOSE_IN_NAME.search(raw):
                # named with the doses ("drug K 1 mg/kg plus drug L 3 mg/kg"): groups of one regimen at other doses
                # are told apart by nothing else, and the results name them so
                name = RX.SPACES.sub(" ", raw)
            defs.append(GroupDef(name, size, at + a + lead, at + b, "group.sized_list"))
        else:
            if len(defs) < 2 or total is None or sum(d.n for d in defs) != total or \
                    len({_norm(d.label) for d in defs}) != len(defs):
                continue
            if not RX.RANDOM_WORD.match(verb) and not all(RX.LETTER.fullmatch(d.label) for d in defs) and \
                    not all(given):
                continue  # "180 patients were enrolled (120 men, 60 women)": strata; lettered arms are arms, and so
                # are groups each given a drug ("enrolled and treated (98 with drug K 3 mg/kg, 82 with ...)")
            out += defs
    return out


def _treated_split(sentence: str) -> list[GroupDef]:
    """'Of the 310 patients, 180 underwent lobectomy and 130 received SBRT': the groups a study's patients fall into by
    the treatment they had, each with its size. The sizes must add up to a total said before them in the sentence
    (the check that the parts are the whole study's, not a subset or a count of events), or the parts open the
    sentence, the first with its verb ("A total of 212 patients underwent A and 48 received B")."""
    first = next((m for m in RX.TREATED_PART.finditer(sentence) if m.group("verb")), None)
    if first is None:
        return []
    parts = [first]
    while True:
        name_end = RX.TREATMENT_END.search(sentence, parts[-1].end()).start()
        nxt = RX.TREATED_PART.search(sentence, parts[-1].end())
        if nxt is None or nxt.start() > name_end + 12:
            # "156 received A and 156 B": the next part's verb left out, the part straight after "and"
            joint = RX.GAPPED_JOINT.search(sentence, parts[-1].end(), name_end)
            nxt = RX.GAPPED_PART.match(sentence, joint.end()) if joint is not None and len(parts) == 1 else None
            if nxt is None:
                break
        parts.append(nxt)
    if len(parts) < 2:
        return []
    totals = [_n(t.group("total") or t.group("total2"))
              for t in RX.TOTAL_BEFORE_PARTS.finditer(sentence, 0, first.start())]
    sizes = [_n(p.group("n")) for p in parts]
    if None in sizes:
        return []
    if not totals:
        if not RX.PARTS_OPEN_SENTENCE.fullmatch(sentence, 0, first.start()) or not first.group("verb") or \
                RX.LATER_TREATMENT.search(sentence):
            return []
    elif sum(sizes) != totals[-1]:
        return []
    defs = []
    for i, part in enumerate(parts):
        end = _name_end(sentence, part.end(), parts[i + 1].start()) if i + 1 < len(parts) else \
            RX.TREATMENT_END.search(sentence, part.end()).start()
        raw = sentence[part.end():end]
        # ("28 with 10 mg of drug K and 34 with 20 mg of drug K": parts of one drug told apart by the dose keep it, and
        # are named by the dose alone too: "the 10-mg group")
        dose = RX.DOSE_AFTER_NAME.search(raw) if RX.DOSE_IN_NAME.search(raw) else None
        name = RX.SPACES.sub(" ", raw).strip() if dose else _clean_name(raw)
        if name is None or end - part.end() > 60 or (not totals and RX.CONDITION_NAME.search(name)):
            return []
        defs.append(GroupDef(name, sizes[i], part.end(), end,
                             "group.treated_split" if totals else "group.treated_parts",
                             [RX.SPACES.sub(" ", dose.group("dose"))] if dose else []))
    return defs if len({_norm(d.label) for d in defs}) == len(defs) else []


def _name_end(sentence: str, start: int, next_part: int) -> int:
    """Where a part's treatment ends before the next part: before the words that join the two."""
    joined = RX.JOINER_AT_END.search(sentence, start, next_part)
    return joined.start() if joined else next_part


def _names_sized_list(sentence: str) -> list[GroupDef]:
    """'The median OS for the A (n = 100), B (n = 120), and C (n = 131) cohorts was ...': each group with its size."""
    out: list[GroupDef] = []
    for m in RX.NAMES_SIZED_LIST.finditer(sentence):
        defs = []
        for item in RX.NAME_SIZED.finditer(sentence, m.start("list"), m.end("list")):
            name = RX.ARTICLE_OR_JOIN_AT_START.sub("", item.group("name").strip())
            if not name or name.lower() in GENERIC or RX.PEOPLE_WORDS.fullmatch(name):
                break
            defs.append(GroupDef(name, _n(item.group("n")), item.start("name") + item.group("name").find(name),
                                 item.end(), "group.sized_names"))
        else:
            if len(defs) >= 2 and len({_norm(d.label) for d in defs}) == len(defs):
                out += defs
    return out


def find_group_definitions(sentence: str) -> list[GroupDef]:
    """Groups one sentence of normalised text defines (offsets within the sentence)."""
    if not RX.DEFINES_GROUPS.search(sentence) and \
            not RX.GIVEN_LIST.search(sentence):
        return _treated_split(sentence)
    listed = _counts_to_list(sentence)
    if listed:
        return listed + _label_n(sentence)  # the pairs in it are two of its groups
    # ("randomised to drug K 2 mg, drug K 6 mg or placebo": the doses tell two arms apart, sized or not)
    found = _told_apart_by_dose(_randomised_n(sentence) + _pairs(sentence), sentence) + _label_n(sentence) + \
        _told_apart_by_dose(_randomised_names(sentence), sentence) + _sized_list(sentence) + \
        _compared_trial(sentence) + _names_sized_list(sentence)
    return found or _treated_split(sentence)


def _told_apart_by_dose(defs: list[GroupDef], sentence: str) -> list[GroupDef]:
    """"Assigned to drug K 5 mg/kg (n = 120), drug K 15 mg/kg (n = 118) or placebo": arms of one drug at two doses
    are two groups, named with their dose; the names alone (both "drug K") would make them one."""
    by_name: dict[str, list[GroupDef]] = {}
    for d in defs:
        by_name.setdefault(_norm(d.label), []).append(d)
    out = list(defs)
    for same in by_name.values():
        if len(same) < 2:
            continue
        doses = []
        for d in same:
            at = sentence.find(d.label, d.start, d.end)
            after = RX.DOSE_AFTER_NAME.match(sentence, at + len(d.label)) if at >= 0 else None
            begin = at if at >= 0 else d.start
            before = RX.DOSE_BEFORE_NAME.search(sentence[max(0, begin - 30):begin])
            found = after or before
            doses.append(RX.SPACES.sub(" ", found.group("dose")) if found else None)
        if None in doses or len(set(doses)) != len(doses):
            continue  # the same name twice and no dose that tells the two apart: as before, one group
        for d, dose in zip(same, doses, strict=True):
            out[out.index(d)] = GroupDef(f"{d.label} {dose}", d.n, d.start, d.end, d.pattern_id,
                                         [*d.aliases, f"{dose} {d.label}", dose])  # "those given 5 mg/kg"
    return out


def abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the paper defines ("short-course radiotherapy (SCRT)"), by the Schwartz-Hearst
    algorithm (the `abbreviations` package): abbreviation -> its long form."""
    from abbreviations import schwartz_hearst

    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)  # the package logs every sentence it cannot pair
    try:
        # Only a line with a "(" can define one (the package reads line by line and looks for " ("): the
        # others, in order, are left out for speed (half the package's time), the pairs are the same.
        lines = "\n".join(line for line in text.split("\n") if "(" in line)
        pairs = schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=lines, most_common_definition=True)
    finally:
        logging.disable(previous)
    return {abbr: long for abbr, long in pairs.items() if 1 < len(abbr) <= 10}


def _one_letter_names(groups: list[Group], text: str) -> None:
    """"Single-agent pemetrexed (P)": a group whose name ends in the word a one-letter short name stands for goes by
    that letter (read only where a group's name can stand: ``GroupIndex``), when the letter names nothing else."""
    taken = {a for g in groups for a in g.aliases}
    found: dict[str, set[str]] = {}
    for m in RX.ONE_LETTER_DEFINED.finditer(text):
        word, letter = m.group("word"), m.group("letter")
        if word[0].upper() != letter or letter in taken:
            continue
        # the group whose name the words before the bracket end with, the longest such name ("carboplatin and
        # pemetrexed" is not "pemetrexed (P)")
        before = text[max(0, m.end("word") - 80):m.end("word")].lower()
        ends = [(len(a), g.key) for g in groups for a in g.aliases if a.lower().split()[-1:] == [word.lower()]
                and re.search(rf"(?<![\w-]){re.escape(a.lower())}$", before)]
        longest = max((n for n, _ in ends), default=0)
        holders = {key for n, key in ends if n == longest}
        if not holders:
            # "those allocated radiotherapy (R)" of a trial of "observation" and "observation plus radiotherapy": the
            # treatment's word said alone is the arm's when exactly one arm's name holds it
            holders = _word_holders(word, groups)
        found.setdefault(letter, set()).update(holders if len(holders) == 1 else {""})
    for letter, keys in found.items():
        if len(keys) == 1 and "" not in keys:
            holder = next(g for g in groups if g.key in keys)
            holder.aliases.add(letter)
            holder.letters.add(letter)


def _word_holders(words: str, groups: list[Group]) -> set[str]:
    """The keys of the groups one of whose names holds ``words`` as whole words, not negated ("no radiotherapy",
    "radiotherapy-free" hold no radiotherapy)."""
    held = re.compile(rf"(?<![\w-]){_alias_body(words.split())}(?![\w]|-free\b)", re.I)
    negated = re.compile(rf"\b(?:no|non|not|without)[\s-]+{_alias_body(words.split())}(?![\w])", re.I)
    return {g.key for g in groups for a in g.aliases if held.search(a) and not negated.search(a)}


def _negation_names(groups: list[Group], abbrevs: dict[str, str]) -> None:
    """"Patients allocated no radiotherapy (NoR)" in a trial of two arms, one of whose names alone holds
    "radiotherapy": the short name is the other arm's (the arm given no radiotherapy)."""
    if len(groups) != 2:
        return
    taken = {a for g in groups for a in g.aliases}
    for abbr, long in abbrevs.items():
        m = RX.NEGATED_LONG.fullmatch(long.strip())
        if m is None or abbr in taken or len(m.group("what").split()) > 3:
            continue
        holders = _word_holders(m.group("what"), groups)
        if len(holders) == 1:
            other = next(g for g in groups if g.key not in holders)
            other.aliases.add(abbr)
            taken.add(abbr)


def _slug(text: str) -> str:
    return RX.NOT_A_KEY_CHARACTER.sub("_", text.lower()).strip("_")[:30] or "group"


def _singular(word: str) -> str:
    """'TKIs' -> 'TKI', 'controls' -> 'control'; not 'class', 'bonus', 'metastasis'."""
    return RX.PLURAL_S.sub("", word)


def _noun_form(key: str) -> str:
    """"interventional" -> "intervention": a paper that says "the intervention group" once and "the interventional
    group" later names one group; the adjective in "-ional" is counted under its noun."""
    key = RX.AL_AFTER_ION.sub("", key)
    # "the standard treatment arm" and later "the standard arm": the word for treatment after a qualifier adds nothing
    return RX.ROLE_THEN_TREATMENT.sub(r"\1", key)


def _norm(name: str) -> str:
    # "standard TKIs" is the "standard TKI" group: a plural is its singular; "the surgery-only arm", "cisplatin
    # monotherapy" and "single-agent cisplatin" are "surgery alone" and "cisplatin alone"
    words = [_singular(w) for w in core(name).lower().replace("-", " ").split()]
    if len(words) >= 3 and words[:2] == ["single", "agent"]:
        words = words[2:] + ["alone"]
    return " ".join(words[:-1] + ["alone"] if len(words) >= 2 and words[-1] in ("only", "monotherapy") else words)


# A value or a link word after a group's "and" ("A and 38 months with B", "A and 12 deaths with B", "A and in 14
# with B"): no drug joined to the name (a dose or a number of cycles may be: "A and 6 cycles of B")
VALUE_AFTER_AND = (r"\d+(?:\.\d+)?\s*(?:%|(?!(?:mg|g|gy|cycles?|courses?|doses?|fractions?)\b)[a-z]+\b)|"
                   r"(?:in|among|for|on|at|was|were|had|respectively)\b")
# How a combination's parts are joined: "A plus B", "A + B", "A-B", "A/B" name one regimen. "A and B" names it
# only where the paper's own name of it says "and": "in the A and B groups" is two groups of a factorial trial.
_JOINER = r"(?:[\s-]+plus[\s-]+|\s*[+/-]\s*|\s+)"
_JOINER_AND = r"(?:[\s-]+(?:plus|and)[\s-]+|\s*[+/-]\s*|\s+)"


def _alias_body(words: list[str], loose_and: bool = False) -> str:
    """The regex of a group name's words: blanks or hyphens between them, and any way of joining a combination's
    parts between two drugs; "and" too with ``loose_and`` (no group goes by a part alone)."""
    out, joined = "", True
    for i, w in enumerate(words):
        if w.lower() in ("plus", "and", "+") and 0 < i < len(words) - 1:
            out += _JOINER_AND if w.lower() == "and" or loose_and else _JOINER
            joined = True
            continue
        if not joined:
            out += r"[\s-]+"
        joined = False
        joiner = _JOINER_AND if loose_and else _JOINER
        out += joiner.join(re.escape(x) for x in RX.HYPHEN_OR_SLASH.split(w)) if RX.JOINED_PARTS.fullmatch(w) \
            else re.escape(w)
    return out


# A treatment named after one of these is a time ("after surgery", "before radiotherapy"), not a group
TIMING_BEFORE = "".join(rf"(?<!\b{w}\s)" for w in ("after", "before", "following", "during", "until", "since"))


def _head_said(sentence: str, x: Mention, found: list[Mention]) -> Mention:
    """"Sequential chemoradiotherapy", known as "sequential", said "with sequential therapy (13 months)": the mention
    runs over a generic head noun after the name (so that the value's bracket follows it), unless that word is
    another mention ("drug Q chemotherapy" where "chemotherapy" is an arm of its own) or the name follows an amount
    given ("completed 6 cycles of sequential therapy, 4 patients (2%) ...")."""
    said = RX.HEAD_NOUN_AFTER.match(sentence, x.end)
    if said is None or any(o is not x and o.start < said.end() and x.end < o.end for o in found) or \
            RX.AMOUNT_BEFORE.search(sentence, max(0, x.start - 24), x.start):
        return x
    return Mention(x.start, said.end(), x.key)


class GroupIndex:
    """The compared groups of one document and every name each goes by."""

    def __init__(self, groups: list[Group], populations: frozenset[str] = frozenset()):
        self.groups = groups
        # the names of the populations the paper sizes its arms in ("In the X population, 350 patients were assigned
        # to ..."): the trial's own analysed population, whatever its name
        self.populations = populations
        self.by_key = {g.key: g for g in groups}
        names: list[tuple[str, str]] = []
        for g in groups:
            for alias in g.aliases:
                names.append((alias, g.key))
        # Longest names first so that "CRT" is not read inside "short-course CRT arm"; case-sensitive for
        # abbreviations (RT is no "rt"), any case for words.
        self._names = sorted(set(names), key=lambda a: -len(a[0]))
        # "A and B" names the "A plus B" group unless a group goes by A or B alone ("the A and B groups": two)
        # (a short name that only stands for "X alone" is no part alone: "X and Y" is still the combination)
        alone = {_norm(_without_alone(a)) for a, _ in self._names if _without_alone(a) != a}
        single = {_norm(a) for a, _ in self._names} - alone
        owner = {_norm(a): k for a, k in self._names}
        parts = []
        self._keys: dict[str, str] = {}
        for i, (alias, key) in enumerate(self._names):
            flags = "" if alias.isupper() or RX.ABBREVIATION_SHAPE.fullmatch(alias) \
                else "(?i)"
            words = alias.split()
            # "for controls", "with standard TKIs", "the 3-week arm" of the "3-weeks" one: singular and plural name
            # the same group
            plural = len(alias) >= 3 and alias[-1].isalpha()
            if plural:
                words[-1] = _singular(words[-1])
            combined = [_norm(x) for x in RX.DRUG_JOIN.split(alias)]
            # (a part that is a name of this same group, "drug B" of "A plus drug B", leaves "A and drug B" its name)
            loose = len(combined) >= 2 and not any(c in single and owner.get(c) != key for c in combined)
            body = _alias_body(words, loose) + ("s?" if plural else "")
            if _norm(alias) in alone:
                # "drug A", said for "drug A alone", is not the start of "drug A and drug B" (but is in "drug A and
                # 38 months with drug B": a value or a link word, no drug, after the "and")
                body += r"(?!\s*(?:plus|and|with|\+|/)\s*(?!" + VALUE_AFTER_AND + r")\w)"
                # nor is "surgery", said for "surgery alone", the arm in "died after surgery": when it was given
                body = TIMING_BEFORE + body
            if alias in self.by_key[key].letters:
                # a one-letter short name ("P" for pemetrexed) only where a group's name can stand after a preposition
                # or a joining word, never a p value ("P = .03") or a grade or stage ("stage I", "grade 3 for A")
                # (or before "group"/"arm": "in the P group")
                body = r"(?:(?:(?<=\bfor\s)|(?<=\bwith\s)|(?<=\bin\s)|(?<=\bon\s)|(?<=\bto\s)|(?<=\bvs\s)|" \
                       r"(?<=\bvs\.\s)|(?<=\bversus\s)|(?<=\band\s)|(?<=\bthan\s))" + alias + \
                       r"(?!\s*(?:[=<>≤≥:]|\.\s*\d|\d))|(?<=\bthe\s)" + alias + r"(?=\s+(?:group|arm)\b))"
                flags = ""
            group = f"g{i}"
            self._keys[group] = key
            parts.append(f"(?P<{group}>{'(?i:' + body + ')' if flags else body})")
        # "the A/B groups" names two groups; "-" still binds: "5-FU" is no "FU", "A-B arm" is no "A" arm,
        # but "A-treated patients" are A's
        self._pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w]|-(?!(?:treated|based|containing|"
                                   r"receiving|alone|only|arm|group|patients)\b)\w)") if parts else None
        self._letters = {a.lower()[:-1] + a[-1].upper(): g.key for g in groups for a in g.aliases
                         if RX.LETTER.fullmatch(a)}
        # the group a role names, when one does ("the combination": the group called "the combination arm")
        self._roles = {role: g.key for g in groups for role in ("combination", "monotherapy")
                       if f"{role} arm" in g.aliases}
        control = [g.key for g in groups if "control arm" in g.aliases]
        self._control = control[0] if len(control) == 1 else None

    def __bool__(self) -> bool:
        return len(self.groups) >= 2

    def sizes_arms_in(self, population: str) -> bool:
        """Whether the paper gives its arms' sizes in the population of that name (``populations``)."""
        return " ".join(population.lower().split()) in self.populations

    def mentions(self, sentence: str) -> list[Mention]:
        """Where the sentence names a group (offsets within it); "arms A and B" names two."""
        if self._pattern is None:
            return []
        found = [Mention(m.start(), m.end(), self._keys[m.lastgroup]) for m in self._pattern.finditer(sentence)]
        for m in RX.LETTER_LIST.finditer(sentence):
            word = m.group("word").lower()
            for letter_group in ("a", "b", "c"):
                letter = m.group(letter_group)
                if not letter:
                    continue
                key = self._letters.get(f"{word} {letter.upper()}")
                if key is not None:
                    start = m.start(letter_group) if letter_group != "a" else m.start()
                    found.append(Mention(start, m.end(letter_group), key))
        for m in RX.LETTER_BEFORE_WORD.finditer(sentence):
            for letter_group in ("a", "b"):
                key = self._letter_key(m.group("word").lower(), m.group(letter_group))
                if key is not None:
                    # (the first of two ends at its letter: "the A and B arms" names A, then "B arms")
                    end = m.end(letter_group) if letter_group == "a" and m.group("b") else m.end()
                    found.append(Mention(m.start(letter_group), end, key))
        found = sorted(set(found), key=lambda x: (x.start, x.end))  # "arm A" read by both patterns is one mention
        found = [x for i, x in enumerate(found) if not any(o.start <= x.start < o.end and o is not x and
                                                           (o.end - o.start) > (x.end - x.start) for o in found)]
        found = self._combined(sentence, found)
        for m in RX.BARE_ROLE.finditer(sentence):
            key = self._roles.get(m.group(0).lower())
            if key is not None and not any(x.start < m.end() and m.start() < x.end for x in found):
                found.append(Mention(m.start(), m.end(), key))
        if self._control is not None:
            # "22 (25%) controls": the people of the arm called "the control arm" (the word in the plural only: "local
            # control" is an outcome)
            found += [Mention(m.start(), m.end(), self._control) for m in RX.CONTROLS.finditer(sentence)
                      if not any(x.start < m.end() and m.start() < x.end for x in found)]
            found.sort(key=lambda x: (x.start, x.end))
        found = [self._alone_said(sentence, x) for x in found if not self._another_dose_of(sentence, x)
                 and not RX.HISTORY_BEFORE.search(sentence, max(0, x.start - 24), x.start)]
        found = [_head_said(sentence, x, found) for x in found]
        # "more frequent in the A group, seen in 40 (13%) patients in this group vs 21 (7%) in the B group": "this
        # group" is the one group the sentence named before it (none when it named two)
        for m in RX.THIS_GROUP.finditer(sentence):
            before = {x.key for x in found if x.end <= m.start()}
            if len(before) == 1:
                found.append(Mention(m.start(), m.end(), before.pop()))
        return sorted(found, key=lambda x: (x.start, x.end))

    def _alone_said(self, sentence: str, x: Mention) -> Mention:
        """"Radiotherapy (RT) alone" said "RT alone": the mention of a group one of whose names ends in that word
        runs over it (else "alone" stops the list "RT" heads: "for RT alone and CRT, respectively")."""
        said = RX.ALONE_AFTER.match(sentence, x.end)
        if said is None or not any(a.lower().endswith(" " + said.group("word").lower())
                                   for a in self.by_key[x.key].aliases):
            return x
        return Mention(x.start, said.end(), x.key)

    def _letter_key(self, word: str, letter: Optional[str]) -> Optional[str]:
        """The group a letter names with a word ("arm", "group"): the paper's own "arm A", or the one lettered group
        of that letter when the paper says "group A" and the sentence "the A arm"."""
        if not letter:
            return None
        key = self._letters.get(f"{word} {letter.upper()}")
        if key is not None:
            return key
        keys = {k for name, k in self._letters.items() if name.endswith(f" {letter.upper()}")}
        return keys.pop() if len(keys) == 1 else None

    def _another_dose_of(self, sentence: str, x: Mention) -> bool:
        """"26 (45%) in the E 40 + F arm" of a trial whose groups are "E" and "E 120 + F": a group's name followed by a
        number, where another group's name is that name followed by another number, names a dose no group of the
        paper has (a group the index missed), not the group of the bare name."""
        said = RX.NUMBER_AFTER_NAME.match(sentence, x.end)
        if said is None:
            return False
        name = sentence[x.start:x.end]
        others = [m.group(1) for g in self.groups if g.key != x.key for a in g.aliases
                  if (m := re.match(re.escape(name) + r"\s+(\d+(?:\.\d+)?)\b", a, re.I))]
        return bool(others) and said.group(1) not in others

    def _combined(self, sentence: str, found: list[Mention]) -> list[Mention]:
        """"A plus B" read as the group called A and the group called B is the group whose name holds both ("the A
        plus B arm" of a trial of "A" and "A plus B treatment"): one mention of it."""
        out: list[Mention] = []
        for x in found:
            prev = out[-1] if out else None
            if prev is not None and prev.key != x.key and RX.PART_JOINER.fullmatch(sentence, prev.end, x.start):
                parts = (sentence[prev.start:prev.end].lower(), sentence[x.start:x.end].lower())
                holders = {g.key for g in self.groups for a in g.aliases
                           if all(_as_word(p).search(a.lower()) for p in parts)}
                if len(holders) == 1:
                    out[-1] = Mention(prev.start, x.end, holders.pop())
                    continue
            out.append(x)
        return out

    def other(self, key: str) -> str:
        """The key of the group that is not ``key`` (the first other one: the other arm of a two-group trial)."""
        return next(g.key for g in self.groups if g.key != key)

    def get(self, key: str) -> Optional[Group]:
        return self.by_key.get(key)


def build_index(sentences: list[tuple[int, str]], text: str) -> GroupIndex:
    """The groups of a document from its sentences ((start, text) in the normalised text)."""
    defs: list[GroupDef] = []
    named: dict[str, list[GroupDef]] = {}
    links: list[tuple[str, str]] = []
    short_links: list[tuple[str, str]] = []
    sized_in: list[tuple[str, int]] = []  # (a population's name, the number the paper assigns in it)
    for start, sentence in sentences:
        for d in find_group_definitions(sentence):
            defs.append(GroupDef(d.label, d.n, start + d.start, start + d.end, d.pattern_id, d.aliases))
        low = sentence.lower()
        if "population" in low:
            sized_in += [(" ".join(m.group("name").lower().split()), int(m.group("n").replace(",", "")))
                         for m in RX.ARMS_SIZED_IN_A_POPULATION.finditer(sentence)]
        if "group" not in low and "arm" not in low:
            continue  # every rule below names a group or an arm: most sentences are passed at once
        for m in RX.NAMED.finditer(sentence):
            raw = m.group("name")
            if m.group("word").lower() in ("group", "arm"):
                # "the A and B group", "the A plus B arm": one group (two would be "the A and B groups")
                raw = RX.JOIN_BETWEEN_WORDS.sub(lambda j: f"_{j.group(1)}_", raw)
            name = RX.JOIN_KEPT_BY_UNDERSCORES.sub(r" \1 ", RX.NOT_IN_NAME.sub("", raw))
            if not name or core(name).lower() in GENERIC or RX.NO_NAME.match(name) or \
                    not RX.TWO_LETTERS.search(name) \
                    or RX.UNIT_ONLY.fullmatch(core(name)):
                continue  # (not "Gy" of "the 2 × 8-Gy arm": a unit of a schedule no pattern here read whole)
            key = _noun_form(_norm(name))
            named.setdefault(key, []).append(GroupDef(core(name), None, start + m.end("name") - len(name),
                                                      start + m.end(), "group.named"))
        for m in RX.NAMED_PAIR.finditer(sentence):
            tail = m.group("tail") or ""
            # "the exercise and usual care groups" of the arms "exercise" and "usual care": the words after the second
            # name are its own, not a shared tail ("the low and high dose groups")
            defined = {_norm(x) for d in defs for x in (d.label, *d.aliases)}
            own_tail = tail and _norm(m.group("a")) in defined and _norm(m.group("b") + tail) in defined
            for key_group in ("a", "b"):
                name = m.group(key_group) + ("" if own_tail and key_group == "a" else tail)
                if core(name).lower() in GENERIC or RX.NOT_A_NAME.search(name) or RX.NO_NAME.match(name):
                    continue
                named.setdefault(_norm(name), []).append(GroupDef(name, None, start + m.start(key_group),
                                                                  start + m.end(), "group.named_pair"))
        for m in RX.LETTER.finditer(sentence):
            label = f"{m.group('word').lower()} {m.group('id').upper()}"
            named.setdefault(label, []).append(GroupDef(label, None, start + m.start(), start + m.end(),
                                                        "group.named"))
        for m in RX.LETTER_LINK.finditer(sentence):
            letter = (m.group("letter") or m.group("letter2")).lower()
            letter = letter[:-1] + letter[-1].upper()
            if m.group("letter"):
                before = sentence[max(0, m.start() - 150):m.start()]
                raw = before[RX.ITEM_START.match(before).end():]
            else:
                # "arm A (drug K plus drug M, n = 195)": the name ends at its size, before the long-name cut (which
                # would leave "drug K", what both arms share, as arm A's name)
                raw = RX.COMMA_OR_SEMICOLON_AFTER_SPACES.split(m.group("name2"))[0]
                if RX.LETTER.search(raw):
                    continue  # "longer with arm A (arm A/arm B, 48%/34%)": the arms named with their values, no name
            name = _clean_name(_head(_lead_strip(raw)))
            if name and not RX.NO_NAME.match(name) and not RX.VALUE_NAME.search(name):
                links.append((" ".join(letter.split()), name))
        for m in RX.SHORT_ARM_LINK.finditer(sentence):
            # "drug A plus supportive care (AS arm), or supportive care only (S arm)": the short name the
            # paper calls that treatment's group by
            before = sentence[max(0, m.start() - 150):m.start()]
            # (a dose's bracket inside the treatment's name is no start of it: "drug A (500 mg) plus B (AB arm)")
            before = RX.NAME_ASIDE.sub(lambda a: " " * len(a.group(0)), before)
            name = _clean_name(_head(_lead_strip(before[RX.ITEM_START.match(before).end():])))
            if name and not RX.NO_NAME.match(name) and not RX.VALUE_NAME.search(name):
                short_links.append((m.group("short"), name))
    # a short name said for two treatments, or two short names for one ("(K arm)", "(KW arm)" each after
    # "drug K"): which is which is not known
    shorts: dict[str, set[str]] = {}
    longs: dict[str, set[str]] = {}
    for short, name in short_links:
        shorts.setdefault(short, set()).add(_norm(name))
        longs.setdefault(_norm(name), set()).add(short)
    links += [(short, name) for short, name in short_links
              if len(shorts[short]) == 1 and len(longs[_norm(name)]) == 1]
    if any(d.pattern_id == "group.treated_parts" for d in defs) and \
            any(d.n is not None and d.pattern_id != "group.treated_parts" for d in defs):
        # parts with no whole said ("35 patients were treated with A and 33 with B") are the study's groups only
        # when nothing else sizes its groups: beside sized arms they are often another count of them
        defs = [d for d in defs if d.pattern_id != "group.treated_parts"]
    for start, sentence in sentences[:4]:  # the title, after a citation line or two
        found = _title_versus(sentence, start)
        if found:
            defs += found
            break
    # A name said once in passing is no group of the study; a definition or a second mention makes it one.
    # A letter or number counts only beside another of its kind ("arm A" with "arm B").
    letters = {k for k in named if RX.LETTER.fullmatch(k)}
    for key, found in named.items():
        if key in letters:
            word = key.split()[0]
            if sum(1 for k in letters if k.split()[0] == word) >= 2:
                defs.append(found[0])
        elif (len(found) >= 2 or any(d.pattern_id == "group.named_pair" for d in found)) \
                and not RX.NOT_A_NAME.search(found[0].label):
            # said twice, or once beside the group it is compared with ("the A and B groups")
            first = next((d for d in found if d.pattern_id != "group.named_pair"), found[0])
            # "the intervention group" and "the interventional group": the other form is a name of it too
            first.aliases = sorted({d.label for d in found if _norm(d.label) != _norm(first.label)})
            defs.append(first)
    # which names of groups a sentence says together ("X in the A group and Y in the B group")
    together: dict[str, set[str]] = {}
    starts = [start for start, _ in sentences]
    by_sentence: dict[int, set[str]] = {}
    for found in named.values():
        for d in found:  # (each name to its sentence by bisection: a long text has hundreds of both)
            by_sentence.setdefault(bisect.bisect_right(starts, d.start), set()).add(_norm(d.label))
    for here in by_sentence.values():
        for label in here:
            together.setdefault(label, set()).update(here - {label})
    abbrevs = abbreviations(text)
    groups = _letters_joined(_merge(defs, links, abbrevs, together))
    _one_letter_names(groups, text)
    _negation_names(groups, abbrevs)
    _sizes_from_prose(groups, sentences)
    if sum(1 for g in groups if g.n is not None) >= 2:
        # the arms with their n are the trial's; a list of treatments elsewhere that no count ever names
        # ("assigned to receive drug A 500 mg or drug B 200 mg combined with ...") names them again, in other words
        unsized = [g for g in groups if g.n is None and g.definition is not None
                   and g.definition.pattern_id in ("group.randomised", "group.trial_compared", "group.title_versus")]
        groups = [g for g in groups if g not in unsized]
        left: list[Group] = []
        for g in unsized:  # "drug A plus X" is still a name of the "drug A" arm
            words = set(_norm(g.label).split())
            held = [h for h in groups if any(set(_norm(a).split()) < words for a in h.aliases)]
            if len(held) == 1:
                held[0].aliases |= g.aliases
            else:
                left.append(g)
        if len(groups) == 2 and len(unsized) == 2 and len(left) == 1 and len(left[0].aliases) > 1:
            # "A plus B (AB arm) or B alone" then "140 to A and 70 to B": B alone found its arm, so the combination
            # (which holds both arms' words) is the other, with the short name the paper calls it by
            other = [h for h in groups if not (h.aliases & next(g for g in unsized if g is not left[0]).aliases)]
            if len(other) == 1:
                other[0].aliases |= left[0].aliases
        # the arms' names told apart again without the treatments dropped: "drug A plus X" against "placebo plus X"
        # go by "drug A" and "placebo" once "X alone" of the title is no group
        if unsized:
            _distinct_parts(groups)
    # One group is no comparison; letters alone ("arm A" once in a discussion) are not groups either.
    if len(groups) < 2:
        return GroupIndex([])
    # (the population is the arms' own only where the number assigned in it is an arm's size or all of theirs: "In the
    # X population, 120 patients were assigned ..." in a trial of 300 per arm sizes a part of them)
    ns = [g.n for g in groups if g.n is not None]
    sizes = {*ns, sum(ns)}  # (summed over the arms, not over their distinct sizes: two arms of 250 hold 500)
    return GroupIndex(groups, frozenset(name for name, n in sized_in if n in sizes))


def _letters_joined(groups: list[Group]) -> list[Group]:
    """"Group A (n = 50)" and "arm A" are one group: a lettered group without its n that another lettered group of
    the same letter, with its n, names by another word ("arm", "group") is a name of that one."""
    lettered = {g.key: RX.LETTER.fullmatch(g.label) for g in groups}
    for g in [g for g in groups if g.n is None and lettered[g.key]]:
        same = [o for o in groups if o is not g and o.n is not None and lettered[o.key]
                and lettered[o.key].group("id").upper() == lettered[g.key].group("id").upper()]
        if len(same) == 1:
            same[0].aliases |= g.aliases
            groups = [x for x in groups if x is not g]
    return groups


@lru_cache(maxsize=256)
def _named_pattern(pattern: str) -> re.Pattern:
    """A pattern made with a paper's group names, compiled as lazy_regex compiles (with its first characters to skip
    to: these start with a choice of words, which re would otherwise try at every position of every sentence)."""
    return compile_guarded(pattern, re.I)


def _sizes_from_prose(groups: list[Group], sentences: list[tuple[int, str]]) -> None:
    """A group without its n takes it from "the 9 patients who received definitive therapy"."""
    # (both patterns read a count in digits: the sentences without one are not scanned, group after group)
    counting = [sentence for _, sentence in sentences if RX.DIGIT.search(sentence)]
    if all(g.n is None for g in groups):
        _sizes_per_group(groups, sentences)
    for g in groups:
        if g.n is not None:
            continue
        names = "|".join(r"[\s-]+".join(map(re.escape, a.split())) for a in sorted(g.aliases, key=len, reverse=True)
                         if not RX.LETTER.fullmatch(a))
        if not names:
            continue
        pattern = _named_pattern(N_OF_GROUP.format(name=names))
        # a whole a count is taken of, or an allocation, weighs twice what a sentence about analysis says
        sizes = Counter({n: 2 * k for n, k in Counter(
            int(m.group("n") or m.group("n2")) for sentence in counting for m in pattern.finditer(sentence)
            if m.group("n") or RX.N_ALLOCATED_END.match(sentence, m.end())).items()})
        included = _named_pattern(N_IN_GROUP.format(name=names))
        sizes.update(int(m.group("n")) for sentence in counting for m in included.finditer(sentence)
                     if RX.INCLUDED_AFTER.match(sentence, m.end()))
        ranked = sizes.most_common(2)
        # randomised 177 twice, analysed 168 once: the size the paper says most, and none on a tie
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            g.n = ranked[0][0]
    if groups and all(g.n is None for g in groups):
        _sizes_each(groups, sentences)
    if any(g.n is None for g in groups):
        _sizes_side_by_side(groups, sentences)
    if any(g.n is None for g in groups):
        _sizes_after_names(groups, sentences)
    if any(g.n is None for g in groups):
        _sizes_in_list(groups, sentences)
    if len(groups) == 2 and all(g.n is None for g in groups):
        _sizes_in_order(groups, sentences)


def _sizes_in_order(groups: list[Group], sentences: list[tuple[int, str]]) -> None:
    """'Patients were allocated 1:1 to A or B; 98 and 97 were analysed': a two-arm trial's sizes, in the order one
    sentence about allocation named the arms (each named once before the sizes, nothing else counted with them)."""
    names = [[a for a in g.aliases if not RX.LETTER.fullmatch(a)] for g in groups]
    for _, sentence in sentences:
        if not RX.ALLOCATION_WORDS.search(sentence) or "and" not in sentence:
            continue
        found = [m for m in RX.SIZES_IN_ORDER.finditer(sentence)
                 if "respectively" in m.group(0).lower() or RX.LETTER_AT_END.search(m.group(0))
                 and not m.group(0).rstrip().lower().endswith(("patients", "participants", "women", "men",
                                                                "subjects"))]
        if len(found) != 1:
            continue
        m = found[0]
        head = sentence[:m.start()]
        firsts = []
        for aliases in names:
            spots = sorted({x.start() for a in aliases
                            for x in re.finditer(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", head, re.I)})
            firsts.append(spots)
        if any(len(spots) != 1 for spots in firsts) or firsts[0][0] == firsts[1][0]:
            continue
        order = sorted(range(2), key=lambda i: firsts[i][0])
        for i, n in zip(order, (m.group("n1"), m.group("n2")), strict=True):
            groups[i].n = parse_count(n)
        return


def _sizes_per_group(groups: list[Group], sentences: list[tuple[int, str]]) -> None:
    """'randomly assigned to A or B (n = 140 per arm)', 'matched cohorts (n = 96 per group)': one size, stated with
    "n =" as every group's in the sentence that forms the groups (read before any rule could take it for the group
    named just before it)."""
    if len(groups) < 2:
        return
    for _, sentence in sentences:
        if "=" in sentence and RX.GROUPS_FORMED.search(sentence) and not RX.EACH_ANALYSED.search(sentence):
            stated = {parse_count(m.group("n")) for m in RX.N_PER_GROUP.finditer(sentence)}
            if len(stated) == 1:
                n = stated.pop()
                for g in groups:
                    g.n = n
                return


def _sizes_each(groups: list[Group], sentences: list[tuple[int, str]]) -> None:
    """'316 patients were randomly assigned (158 patients in each group)': every group of the study that size, when
    the sentence also gives the total those sizes make up."""
    for _, sentence in sentences:
        if "each" not in sentence or not RX.EACH_ALLOCATED.search(sentence) or RX.EACH_ANALYSED.search(sentence):
            continue
        sizes = {parse_count(m.group("n")) for m in RX.EACH_GROUP.finditer(sentence)}
        if len(sizes) != 1:
            continue
        n = sizes.pop()
        totals = {parse_count(m.group(0)) for m in RX.NUMBER.finditer(sentence)}
        if n and n * len(groups) in totals:
            for g in groups:
                g.n = n
            return


# "... 23 months for A (n = 118) and 35 months for B (n = 125)": each group's n in a bracket straight after its name
SIZE_AFTER_NAME = r"(?<![\w-])(?:{name})(?:\s+(?:group|arm))?\s*\(\s*n\s*=\s*(?P<n>\d+)\s*[;,)]"


def _sizes_after_names(groups: list[Group], sentences: list[tuple[int, str]]) -> None:
    """Groups without their n take it from one sentence that gives every one of them one, in a bracket after the
    name, and speaks of no subset of the patients."""
    # (each group's names once, not again for every sentence)
    names = ["|".join(r"[\s-]+".join(map(re.escape, a.split()))
                      for a in sorted(g.aliases, key=len, reverse=True) if not RX.LETTER.fullmatch(a)) for g in groups]
    for _, sentence in sentences:
        # (a size after a name is "(n = ...": a sentence without "=" gives none)
        if "=" not in sentence or "n" not in sentence.lower() or RX.SUBSET_WORDS.search(sentence):
            continue
        found: dict[str, int] = {}
        for g, name in zip(groups, names, strict=True):
            sizes = {int(m.group("n")) for m in re.finditer(SIZE_AFTER_NAME.format(name=name), sentence, re.I)} \
                if name else set()
            if len(sizes) == 1:
                found[g.key] = sizes.pop()
        # (every group of the study: "patients treated with A (n = 12) vs B (n = 15)" under a figure of a subset
        # compares two of three arms within it, not the arms themselves)
        if len(found) >= 2 and len(found) == len(groups):
            for g in groups:
                if g.n is None and g.key in found:
                    g.n = found[g.key]
            return


def _sizes_in_list(groups: list[Group], sentences: list[tuple[int, str]]) -> None:
    """'A total of 240 patients were accrued, with 118 in arm 1 and 122 in arm 2': every group's size, when one list
    in a sentence about allocation gives each of the study's groups exactly one (a list that leaves a group out, or
    names something else, may be of a subset or of other people)."""
    for _, sentence in sentences:
        if " in " not in sentence or not RX.N_IN_WORDS.search(sentence):
            continue
        items = list(RX.N_IN_ITEM.finditer(sentence))
        runs: list[list[re.Match]] = []
        for m in items:
            if runs and RX.N_IN_JOIN.fullmatch(sentence, runs[-1][-1].end(), m.start()):
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in runs:
            if len(run) != len(groups):
                continue
            named = [_named(m.group("name").strip(), groups) for m in run]
            if any(g is None for g in named) or len({id(g) for g in named}) != len(groups):
                continue
            for g, m in zip(named, run, strict=True):
                n = parse_count(m.group("n"))
                if g.n is None and n:
                    g.n = n
            return


def _named(name: str, groups: list[Group]) -> Optional[Group]:
    """The group ``name`` is one of the names of, else the one group whose name holds its words."""
    key = _norm(core(name))
    exact = [g for g in groups if key in {_norm(a) for a in g.aliases}]
    return exact[0] if len(exact) == 1 else _holder(name, groups)


# "A total of 240 patients were enrolled (118 A and 122 B)", "data from 150 patients (76 A and 74 B patients)": two
# groups' sizes, each before its name, in a bracket right after the total they add up to (with no word of allocation
# in the sentence the sum is the check that they are the arms, not a subset or others)
_N_NAMED = r"(?:in\s+|to\s+)?(?:the\s+)?(?P<{}>[A-Za-z][^():;,=\d]{{0,39}}?)(?:\s+" + RX.PEOPLE + r")?"
# The words between the people and the bracket say how they came in, never what happened to them: "28 patients died (11
# in the A group and 17 in the B group)" counts deaths by arm, no arm's size
_TAKEN_IN = (r"(?:randomly|then|subsequently|finally|eligible|enrolled|randomi[sz]ed|assigned|allocated|included|"
             r"recruited|registered|accrued|entered|evaluable|assessable|assessed|analy[sz]ed|treated|studied|available)")
TOTAL_THEN_N_NAME_PAIR = lazy_regex(
    # (nor the people an event was seen "in": "rash occurred in 8 patients (5 in the A group and 3 in the B group)")
    r"(?<![\w.,])(?<!\bin\s)(?P<total>" + RX.COUNT + r")\s+(?:[\w-]+\s+){0,2}?" + RX.PEOPLE +
    r"(?:\s+(?:were\s+|was\s+|had\s+been\s+)?" + _TAKEN_IN + r"){0,2}?\s*\(\s*(?P<n1>\d+)\s+" + _N_NAMED.format("a") +
    r"\s*(?:,|;|\band\b|\bvs\.?|\bversus\b)\s*(?:and\s+)?(?P<n2>\d+)\s+" + _N_NAMED.format("b") + r"\s*\)", re.I)


def _sizes_side_by_side(groups: list[Group], sentences: list[tuple[int, str]]) -> None:
    """'(56 received A and 58 received B)', '(A: 56; B: 58)' in a sentence about allocation or analysis: both
    groups' sizes."""
    for _, sentence in sentences:
        for m in TOTAL_THEN_N_NAME_PAIR.finditer(sentence) if "(" in sentence else ():
            a, b = _named(m.group("a"), groups), _named(m.group("b"), groups)
            n1, n2 = int(m.group("n1")), int(m.group("n2"))
            if a is not None and b is not None and a is not b and n1 + n2 == parse_count(m.group("total")):
                for g, n in ((a, n1), (b, n2)):
                    if g.n is None:
                        g.n = n
        # a pair that labels both groups where it gives their sizes defines them, whatever the sentence is about
        labelled = [m for m in N_RECEIVED_PAIR.finditer(sentence) if m.group("la") and m.group("lb")]
        # "52 patients received A (dose, schedule) and 49 received B.": a sentence that is only who received which of
        # a two-arm trial's treatments (its asides blanked) gives their sizes too
        blanked = RX.NAME_ASIDE.sub(lambda a: " " * len(a.group(0)), sentence)
        opening = [m for m in N_RECEIVED_PAIR.finditer(blanked) if len(groups) == 2 and
                   RX.SENTENCE_OPENING.fullmatch(blanked, 0, m.start())
                   and RX.STOP_OR_NOTHING.fullmatch(blanked[m.end():])
                   and not RX.LATER_TREATMENT.search(sentence)]
        if not RX.ALLOCATION_WORDS.search(sentence) and not labelled and not opening:
            continue
        pairs = [*N_RECEIVED_PAIR.finditer(sentence), *RX.NAME_COLON_PAIR.finditer(sentence),
                 *RX.N_TO_PAIR.finditer(sentence), *RX.NAME_IN_PAIR.finditer(sentence)] \
            if RX.ALLOCATION_WORDS.search(sentence) else labelled + opening
        for m in pairs:
            a, b = _named(m.group("a"), groups), _named(m.group("b"), groups)
            if "la" in m.re.groupindex and m.group("la") and m.group("lb"):
                a, b = a or _named(m.group("la"), groups), b or _named(m.group("lb"), groups)
            if a is None or b is None or a is b:
                continue
            for g, n in ((a, int(m.group("n1"))), (b, int(m.group("n2")))):
                if g.n is None:
                    g.n = n


def _merge(defs: list[GroupDef], links: list[tuple[str, str]], abbrevs: dict[str, str],
           together: Optional[dict[str, set[str]]] = None) -> list[Group]:
    groups: list[Group] = []
    abbrevs = _unique_abbreviations(defs, abbrevs)

    def find(names: set[str]) -> Optional[Group]:
        keys = {_norm(x) for x in names}
        for g in groups:
            if keys & {_norm(a) for a in g.aliases}:
                return g
        return None

    # Definitions with an n first: they name the study's groups; mentions join them.
    unplaced: list[str] = []  # names said as "the X group" that no sized group holds
    named_hit: set[str] = set()  # the sized groups such a name found
    for d in sorted(defs, key=lambda d: (d.n is None, d.pattern_id == "group.named", d.start)):
        names = {d.label, *d.aliases}
        names |= _variants(d.label, abbrevs)
        g = find(names)
        if g is None:
            if d.pattern_id == "group.named" and groups and any(g.n for g in groups) and \
            not RX.LETTER.fullmatch(d.label):
                # the study's groups are known with their n: a name seen in passing is one of them by its
                # words or letters ("the conventional group"), else a subgroup or another study's group
                holder = _holder(d.label, groups)
                if holder is not None:
                    holder.aliases.add(d.label)
                    named_hit.add(holder.key)
                else:
                    unplaced.append(d.label)
                continue
            g = Group(_slug(d.label), d.label, d.n, set(), d)
            groups.append(g)
        g.aliases |= names
        if g.n is None and d.n is not None:
            g.n = d.n
        if d.pattern_id == "group.named":
            named_hit.add(g.key)
    for twice in (_one_arm_sized_twice, _role_sized_twice):
        for kept, dropped in twice(groups):
            kept.aliases |= dropped.aliases
            if dropped.key in named_hit:
                named_hit.add(kept.key)
            groups.remove(dropped)
    _name_by_elimination(groups, unplaced, named_hit, together or {})
    _alone_dropped(groups)
    _fold_short_names(groups)
    unlinked: list[str] = []
    for letter, name in links:
        a, b = find({letter}), find({name})
        if a is not None and b is not None and a is not b:
            # one group under two names: keep the one defined with its n, else the one named by its treatment
            if a.n is not None or (b.n is None and not RX.LETTER.fullmatch(a.label)):
                keep, drop = a, b
            else:
                keep, drop = b, a
            if keep.n is not None and drop.n is not None and keep.n != drop.n:
                continue  # two groups of their own, each with its n
            keep.aliases |= drop.aliases
            keep.n = keep.n or drop.n
            groups.remove(drop)
        elif a is not None and b is None and RX.LETTER.fullmatch(a.label) and a.n is None and \
                (by_noun := _named_with_a_generic_noun(name, [g for g in groups if g is not a])) is not None:
            # "In the concurrent arm (arm A) ... 52 were randomized to concurrent treatment": the letter's treatment is
            # the group named by the same word and a generic noun
            by_noun.aliases |= a.aliases | {letter}
            groups.remove(a)
        elif a is not None and b is None:
            a.aliases |= {name} | _variants(name, abbrevs)
        elif b is not None and a is None:
            b.aliases.add(letter)
        elif a is None and b is None:
            target = _link_target(name, groups)
            if target is not None:
                target.aliases.add(letter)
            else:
                unlinked.append(letter)
    linked = [g for g in groups if any(letter in g.aliases for letter, _ in links)]
    if len(unlinked) == 1 and len(groups) == 2 and len(linked) == 1:
        # "A plus B (AB arm), or B only (B arm)": B's short name found its group, so the other short name is the
        # other group's (the combination holds both groups' words, which says nothing alone)
        next(g for g in groups if g is not linked[0]).aliases.add(unlinked[0])
    _drug_heads(groups)
    _added_drug_heads(groups)
    _abbreviation_heads(groups)
    _abbreviation_tails(groups)
    _qualified_heads(groups)
    _procedure_heads(groups)
    _schedule_heads(groups)
    _distinct_parts(groups)
    _class_names(groups)
    _class_word_head(groups)
    _modality_names(groups)
    _role_names(groups)  # (last: its names are no heads to take apart, "control group" no "group")
    owners: dict[str, int] = {}
    for g in groups:
        for a in {_norm(x) for x in g.aliases}:
            owners[a] = owners.get(a, 0) + 1
    taken: set[str] = set()
    for g in groups:
        base, i = g.key, 2
        while g.key in taken:
            g.key, i = f"{base}_{i}", i + 1
        taken.add(g.key)
        g.aliases = {a for a in g.aliases if a and a.lower() not in GENERIC and owners[_norm(a)] == 1}
    return [g for g in groups if g.aliases]


def _name_words(name: str) -> set[str]:
    """A name's words as written, a hyphened word whole ("home-based", "FEC-D" is no "FEC"), each singular."""
    return {w if RX.OTHER_ARM_WORD.match(w) else _singular(w) for w in core(name).lower().split()}  # ("plus" no plural)


def _one_arm_sized_twice(groups: list[Group]) -> list[tuple[Group, Group]]:
    """Two groups defined apart with the same n, one's name the other's with qualifying words ("the home-based exercise
    group (n = 40)" in the abstract, "exercise (n = 40)" in the results): one arm, when each is the other's only such
    partner and no added word makes another arm of it (a dose, a schedule, another drug, "alone")."""
    from oncoev.extract.doses import drug_names

    sized = [g for g in groups if g.n is not None and g.definition is not None]

    def within(short: Group, long: Group) -> bool:
        if short.n != long.n or abs(short.definition.start - long.definition.start) < 300:
            return False  # (the two of one list of arms are two arms: "exercise (n = 40) or home-based exercise")
        for a in short.aliases:
            for b in long.aliases:
                mine, theirs = _name_words(a), _name_words(b)
                extra = theirs - mine
                if mine and mine < theirs and not compound_clash(a, b) and \
                        not any(RX.OTHER_ARM_WORD.match(w) or drug_names().search(w) for w in extra):
                    return True
        return False

    pairs = []
    for g in sized:
        partners = [o for o in sized if o is not g and (within(g, o) or within(o, g))]
        if len(partners) == 1:
            other = partners[0]
            if [o for o in sized if o is not other and (within(other, o) or within(o, other))] == [g] and \
                    groups.index(g) < groups.index(other):
                pairs.append((g, other))  # (the group defined first keeps its key)
    return pairs


def _role_sized_twice(groups: list[Group]) -> list[tuple[Group, Group]]:
    """"The intervention group (n = 120)" and, elsewhere, "a mailed reminder (n = 120) or usual care (n = 118)": a group
    named by its role alone is the one other group of its n that plays that role (the comparator for "control", a
    group that is no comparator for "intervention"), defined apart from it."""
    sized = [g for g in groups if g.n is not None and g.definition is not None]
    pairs = []
    for g in sized:
        found = [RX.ROLE_ONLY.fullmatch(a.strip()) for a in g.aliases]
        roles = {m.group("role").lower() for m in found if m}
        if len(roles) != 1 or not all(found):
            continue
        control = roles == {"control"}
        partners = [o for o in sized if o is not g and o.n == g.n
                    and not any(RX.ROLE_ONLY.fullmatch(a.strip()) for a in o.aliases)
                    and abs(o.definition.start - g.definition.start) >= 300
                    and any(RX.COMPARATOR_ARM.search(a) for a in o.aliases) == control]
        if len(partners) == 1 and not any(partners[0] in pair for pair in pairs):
            first, second = sorted((g, partners[0]), key=groups.index)
            pairs.append((first, second))
    return pairs


def _fold_short_names(groups: list[Group]) -> None:
    """A group known by one short name ("the conventional group", "SBRT") that is part of, or the
    letters of, exactly one other group's name is that group."""
    for g in list(groups):
        if g.n is not None or len(g.aliases) != 1:
            continue
        (name,) = g.aliases
        holder = _holder(name, [other for other in groups if other is not g])
        alone = [o for o in groups if o is not g and f"{_norm(name)} alone" in {_norm(a) for a in o.aliases}]
        if holder is None and len(alone) == 1 and not _listed_together(g, alone[0]):
            # "drug A" of "drug A or drug A plus drug B", the title's "drug A alone": the one group called so
            holder = alone[0]
        if holder is not None and _listed_together(g, holder):
            continue  # "assigned to chemotherapy or chemotherapy plus drug A": the add-on design's two arms
        if holder is not None and _combination_of(holder, g, groups):
            continue  # the groups "A", "B" and "A plus B": B is an arm of its own, not the combination
        if holder is not None and g.definition is not None and g.definition.pattern_id == "group.named" and any(
                re.match(rf"{re.escape(name)}\s*(?:\+|plus\b|with\b)\s*\S", a, re.I) for a in holder.aliases):
            continue  # "the TE group" and "the TEL group" (TE+L): the add-on design's base arm is a group of its own
        if holder is not None:
            holder.aliases |= g.aliases
            at = groups.index(g)
            groups.remove(g)
            if groups.index(holder) > at:
                # the group keeps the place of its name said first ("A plus B versus A" before "the AB arm"): the
                # order of the paper's groups is the order of an unnamed pair's values
                groups.remove(holder)
                groups.insert(at, holder)


def _without_alone(name: str) -> str:
    """"drug A alone" -> "drug A"; any other name as it is."""
    return RX.ALONE_OR_ONLY_AT_END.sub("", name)


def _alone_dropped(groups: list[Group]) -> None:
    """"Drug A alone" goes by "drug A" too ("the drug A group"), when no other group is called that."""
    taken = {_norm(a) for g in groups for a in g.aliases}
    for g in groups:
        for alias in list(g.aliases):
            short = _without_alone(alias)
            if short != alias and _norm(short) not in taken and short.lower() not in GENERIC:
                g.aliases.add(short)
                taken.add(_norm(short))


def _name_by_elimination(groups: list[Group], unplaced: list[str], named_hit: set[str],
                         together: dict[str, set[str]]) -> None:
    """Two or more arms with their n, every one but one found by a "the X group" name, and one such name of a
    treatment found by none: that name is the last arm's ("conjugated oestrogen plus X (n = 8506) or placebo
    (n = 8102)" ... "the combined hormone therapy group" ... "the placebo group")."""
    sized = [g for g in groups if g.n is not None]
    left = [g for g in sized if g.key not in named_hit]
    names = {_norm(n): n for n in unplaced if RX.TREATMENT_WORDS.search(n)}
    comparators = [g for g in sized if any(RX.COMPARATOR_ARM.search(a) for a in g.aliases)]
    if len(sized) == 2 and len(comparators) == 1 and len(names) == 1:
        # a trial of a treatment against observation (or placebo, or care alone): a treatment's name that is no
        # word of the comparator's names, said in one sentence with the comparator's ("51 months in the
        # chemotherapy group and 39 months in the observation group"), is the other arm's; not a group of what the
        # patients had before ("the prior chemotherapy group")
        (name,) = names.values()
        words = set(_norm(name).split())
        beside = together.get(_norm(name), set()) & {_norm(a) for a in comparators[0].aliases}
        if beside and not RX.COMPARATOR_ARM.search(name) and not RX.HISTORY_WORDS.search(name) and \
                not any(words & set(_norm(a).split()) for a in comparators[0].aliases):
            left = [g for g in sized if g is not comparators[0]]
    if len(sized) >= 2 and len(left) == 1 and len(names) == 1:
        left[0].aliases.add(next(iter(names.values())))


def _combination_of(holder: Group, part: Group, groups: list[Group]) -> bool:
    """Whether ``holder``'s name is ``part``'s joined to another group's: "A plus B" of the groups "A" and "B"."""
    joiners = {_norm(w) for w in ("plus", "and", "with", "+")}  # as ``_norm`` spells them ("plus" is no plural)
    part_words = set(_norm(next(iter(part.aliases))).split())
    for alias in holder.aliases:
        rest = [w for w in _norm(alias).replace("/", " ").split() if w not in part_words and w not in joiners]
        if rest and any(_norm(a).split() == rest for o in groups if o is not holder and o is not part
                        for a in o.aliases):
            return True
    return False


def _listed_together(a: Group, b: Group) -> bool:
    """Whether two groups were defined as alternatives of one assignment ("randomised to A or A plus B")."""
    da, db = a.definition, b.definition
    return da is not None and db is not None and da.pattern_id.startswith("group.randomised") \
        and db.pattern_id.startswith("group.randomised") and abs(da.start - db.start) < 300


def _drug_heads(groups: list[Group]) -> None:
    """"Maintenance olaparib" goes by "olaparib" too, when no other group's name holds that drug."""
    from oncoev.extract.doses import drug_names

    def one_drug(alias: str) -> Optional[str]:
        drugs = [m.group(0).lower() for m in drug_names().finditer(alias)]
        return drugs[0] if len(drugs) == 1 else None  # a combination ("A/B") goes by no one drug of it

    _unique_heads(groups, one_drug)


def _added_drug_heads(groups: list[Group]) -> None:
    """"Letrozole plus drug K" goes by "drug K" too ("the drug K arm"), when no other group's names hold that drug:
    in an add-on trial the combination is called by what it adds."""
    from oncoev.extract.doses import drug_names

    held = {g.key: {m.group(0).lower() for a in g.aliases for m in drug_names().finditer(a)} for g in groups}
    taken = {a.lower() for g in groups for a in g.aliases}
    for g in groups:
        others = set().union(*(held[o.key] for o in groups if o is not g))
        own = held[g.key] - others
        if len(held[g.key]) >= 2 and len(own) == 1 and next(iter(own)) not in taken:
            g.aliases.add(next(iter(own)))


# The names of a role as a group's ("the control arm"): not the word alone, which says other things too ("local
# control", "in combination with")
ROLE_WORDS = {"control": ("control group", "control arm"),
              "combination": ("combination group", "combination arm", "combined group", "combined arm"),
              "monotherapy": ("monotherapy group", "monotherapy arm", "single-agent group", "single-agent arm"),
              # the one arm given a maintenance or consolidation phase: "the maintenance arm" of "drug R maintenance"
              # against observation
              "maintenance": ("maintenance group", "maintenance arm"),
              "consolidation": ("consolidation group", "consolidation arm"),
              # the arm treated before an operation that the other arm has at once: "the neoadjuvant arm"
              "neoadjuvant": ("neoadjuvant group", "neoadjuvant arm", "preoperative group", "preoperative arm",
                              "preoperative treatment group", "neoadjuvant therapy group")}
ROLE_WORDS["preoperative"] = ROLE_WORDS["neoadjuvant"]
ROLE_WORDS["combined"] = ROLE_WORDS["combination"]
ROLE_WORDS["single agent"] = ROLE_WORDS["monotherapy"]


def _role_names(groups: list[Group]) -> None:
    """Of two treatments compared, the one named as the comparator ("placebo", "observation", "X alone") goes by
    "control" too, and the one that combines treatments where the other does not by "combination" and "combined";
    a group the paper names by that role alone ("the combination and control groups") is that treatment's."""
    # ("the control treatment", "the control regimen": the control arm's role with a word for treatment)
    roles = [g for g in groups if g.n is None and g.aliases and all(_role_of(a) in ROLE_WORDS for a in g.aliases)]
    treatments = [g for g in groups if g not in roles]
    declared = [g for g in treatments if any(RX.CONTROL_OF.fullmatch(a) for a in g.aliases)]
    for g in declared:
        # ("with drug L" names it too)
        whats = {m.group("what") for a in list(g.aliases) if (m := RX.CONTROL_OF.fullmatch(a))}
        g.aliases |= whats
        # "a control regimen of drug L or drug M (L/M)", its name cut at "or": the group of the whole choice is it
        choice = [o for o in treatments if o is not g and any(_norm(a).startswith(f"{_norm(w)} or ")
                                                              for a in o.aliases for w in whats)]
        if len(choice) == 1:
            choice[0].aliases |= g.aliases
            groups.remove(g)
            treatments.remove(g)
            declared = [choice[0] if d is g else d for d in declared]
    if len(treatments) != 2:
        if len(declared) == 1:
            # "D20 or D10 versus a control regimen of drug L": the arm the paper calls its control, whatever the
            # number of arms
            _give_roles(groups, roles, {"control": declared[0]}, ROLE_WORDS, _role_of)
        return
    words = {w for g in treatments for a in g.aliases for w in _norm(a).split()}
    # (a group named by the role alone, folded below, keeps that name: the paper calls it so)
    holders: dict[str, Group] = {}
    if len(declared) == 1:
        holders["control"] = declared[0]
    comparator = [g for g in treatments if any(RX.COMPARATOR_ARM.search(a) for a in g.aliases)]
    if len(comparator) == 1 and "control" not in words:
        holders["control"] = comparator[0]
    for role in ("combination", "monotherapy"):
        # ("combination" against "single-agent therapy": each named by its role holds it)
        named = [g for g in treatments if any((m := RX.ROLE_NAMED.fullmatch(a.strip())) and
                                              ROLE_WORDS[_role_of(m.group("role"))] == ROLE_WORDS[role]
                                              for a in g.aliases)]
        if len(named) == 1:
            holders[role] = named[0]
            if role == "combination":
                holders["combined"] = named[0]
    combined = [g for g in treatments if any(RX.COMBINATION.search(a) for a in g.aliases)]
    if len(combined) == 1 and not words & {"combination", "combined"}:
        holders["combination"] = holders["combined"] = combined[0]
        # the other is the monotherapy when it is a part of the combination given alone ("drug K alone" against
        # "drug K plus drug L"), not a placebo, observation or another treatment ("surgery alone")
        single = next(g for g in treatments if g is not combined[0])
        parts = {RX.SINGLE_DRUG_ALONE.sub("", a).strip(" -").lower() for a in single.aliases
                 if RX.SINGLE_DRUG_ALONE.search(a)}
        if "monotherapy" not in words and not any(RX.PLACEBO_LIKE.search(a) for a in single.aliases) and any(
                p and re.search(rf"\b{re.escape(p)}\b", a, re.I) for p in parts for a in combined[0].aliases):
            holders["monotherapy"] = single
    for phase in ("maintenance", "consolidation"):
        having = [g for g in treatments if any(re.search(rf"\b{phase}\b", a, re.I) for a in g.aliases)]
        if len(having) == 1:
            holders[phase] = having[0]
    operated = [g for g in treatments if any(RX.SURGERY_AT_ONCE.fullmatch(a) for a in g.aliases)]
    if len(operated) == 1 and not {w for a in operated[0].aliases for w in _norm(a).split()} & {"neoadjuvant",
                                                                                             "preoperative"}:
        before = next(g for g in treatments if g is not operated[0])
        # (not an arm operated on at once too, with a treatment added: "surgery plus radiotherapy" against "surgery
        # alone"; nor another operation or a treatment instead of one, against an operation said bare: "mastectomy"
        # against "breast-conserving surgery" or "stereotactic radiotherapy")
        if any(RX.TREATED_BEFORE.search(a) for a in before.aliases) or (
                any(RX.AT_ONCE_SAID.search(a) for a in operated[0].aliases) and
                not any(RX.AN_OPERATION.search(a) for a in before.aliases)):
            holders["neoadjuvant"] = holders["preoperative"] = before
    _give_roles(groups, roles, holders, ROLE_WORDS, _role_of)


def _role_of(name: str) -> str:
    """The role a name says, as ROLE_WORDS spells it ("the control treatment", "control regimen" -> "control")."""
    return RX.CONTROL_THEN_TREATMENT.sub("control", _norm(name))


# An arm called by its modality ("the surgical arm", "the radiation group"), and the words of a treatment's name that
# say that modality ("lobectomy", "stereotactic radiotherapy", "60 Gy in 30 fractions")
MODALITY_NAMES = {"surgery": ("surgical arm", "surgical group", "surgery arm", "surgery group"),
                  "radiation": ("radiation arm", "radiation group", "radiotherapy arm", "radiotherapy group")}
# (a group named by the adjective alone is the role's; "surgery" or "radiation" alone may be an arm's own name)
MODALITY_OF = {"surgical": "surgery"}
MODALITY_WORDS = {"surgery": RX.SURGERY_WORD, "radiation": RX.RADIATION_WORD}


def _modality_names(groups: list[Group]) -> None:
    """Of the treatments compared, the one alone whose name says a modality ("lobectomy" against "stereotactic
    radiotherapy") goes by "the surgical arm" or "the radiation arm"; a group the paper names by the modality alone
    is that treatment's. None when two arms share the modality ("surgery" against "surgery plus radiotherapy": no
    one surgical arm)."""
    roles = [g for g in groups if g.n is None and g.aliases and all(_norm(a) in MODALITY_OF for a in g.aliases)]
    treatments = [g for g in groups if g not in roles]
    if len(treatments) < 2:
        return
    holders: dict[str, Group] = {}
    for modality, words in MODALITY_WORDS.items():
        having = [g for g in treatments if any(words.search(a) for a in g.aliases)]
        if len(having) == 1:
            holders[modality] = having[0]
    _give_roles(groups, roles, holders, MODALITY_NAMES, lambda a: MODALITY_OF.get(_norm(a)))


def _give_roles(groups: list[Group], roles: list[Group], holders: dict[str, Group], names: dict[str, tuple[str, ...]],
                role_of: Callable[[str], Optional[str]]) -> None:
    """Each holder goes by its role's names; a group the paper named by a role alone (``role_of`` its first name) is
    folded into that role's holder, keeping its own name."""
    for role, holder in holders.items():
        holder.aliases |= set(names[role])
    for g in roles:
        holder = holders.get(role_of(next(iter(g.aliases))))
        if holder is not None:
            holder.aliases |= g.aliases
            groups.remove(g)


CLASS_WORDS = ("chemotherapy group", "chemotherapy arm", "standard chemotherapy group", "standard chemotherapy arm")


def _class_names(groups: list[Group]) -> None:
    """Of the treatments compared, the one whose drugs are all cytotoxic goes by "chemotherapy group/arm" too, when
    it is the only such one and every other names a drug of another class ("gefitinib or carboplatin-paclitaxel":
    the paper's "standard-chemotherapy group" is the second) or no drug at all ("surgery alone" against
    "paclitaxel and carboplatin" then surgery: the "preoperative chemotherapy arm"); a group the paper names by the
    class alone is that treatment's (unless each has an n of its own that differs)."""
    from oncoev.extract.doses import drug_class, drug_names

    def classes(g: Group) -> set[str]:
        parts = [p for a in g.aliases for p in RX.JOINED_DRUGS.split(a)]  # ("carboplatin-paclitaxel": each drug)
        return {drug_class(m.group(0)) or "" for p in parts for m in drug_names().finditer(p)}

    by_class = [g for g in groups if g.aliases and all(RX.CLASS_ONLY.match(_norm(a)) for a in g.aliases)]
    treatments = [g for g in groups if g not in by_class]
    cytotoxic = [g for g in treatments if classes(g) == {"chemotherapy"}]
    if len(cytotoxic) != 1 or len(treatments) < 2 or len(by_class) > 1:
        return
    holder = cytotoxic[0]
    if any(not (classes(g) - {"chemotherapy", ""}) and (classes(g) or any(RX.CHEMO_WORD.search(a) for a in g.aliases))
           for g in treatments if g is not holder):
        return  # (another arm of chemotherapy with more, or one named by words of chemotherapy: "chemotherapy" could
        # be either; an arm of no drug, "surgery alone", "observation", is not)
    if by_class and by_class[0].n is not None and holder.n is not None and by_class[0].n != holder.n:
        return
    holder.aliases |= set(CLASS_WORDS)
    if by_class:
        holder.aliases |= by_class[0].aliases
        holder.n = holder.n or by_class[0].n
        groups.remove(by_class[0])


def _class_word_head(groups: list[Group]) -> None:
    """"Adjuvant chemotherapy" against "observation" goes by "chemotherapy" too ("of the 214 patients assigned to
    chemotherapy"): the word the paper's own name of the arm ends with, where that arm is the only one so named and no
    other arm's names or drugs have any chemotherapy (against "chemotherapy plus drug K" the word names both; an arm
    named by its drugs alone keeps to the class's group words, ``_class_names``)."""
    from oncoev.extract.doses import drug_class, drug_names

    own = [g for g in groups if any(a.lower().endswith(" chemotherapy") and a not in CLASS_WORDS for a in g.aliases)]
    if len(own) != 1 or any(a.lower() == "chemotherapy" for g in groups for a in g.aliases):
        return
    others = [g for g in groups if g is not own[0]]
    if any(RX.CHEMO_WORD.search(a) or any(drug_class(m.group(0)) == "chemotherapy" for m in drug_names().finditer(a))
           for g in others for a in g.aliases):
        return
    own[0].aliases.add("chemotherapy")


def _unique_heads(groups: list[Group], head_of: Callable[[str], Optional[str]]) -> None:
    """A head of a group's names (``head_of`` an alias) that only that group's names have, and no other group
    goes by, is a name of that group too."""
    found: dict[str, set[str]] = {}
    for g in groups:
        for alias in g.aliases:
            head = head_of(alias)
            if head:
                found.setdefault(head, set()).add(g.key)
    for head, keys in found.items():
        if len(keys) != 1:
            continue
        (key,) = keys
        taken = {a.lower() for g in groups for a in g.aliases if g.key != key}
        own = next(g for g in groups if g.key == key)
        if head.lower() not in taken and head.lower() not in {a.lower() for a in own.aliases}:
            own.aliases.add(head)


# What a paper calls a schedule's arm by its fractionation alone: "the single-fraction arm", "the multifraction group"
FRACTION_ROLES = {"single fraction": ("single fraction", "single-fraction", "a single fraction"),
                  "multifraction": ("multifraction", "multi-fraction", "multiple fraction", "multiple-fraction",
                                    "multiple fractions"),
                  # of two schedules, the one of fewer and larger fractions against one of 1.8-2 Gy each
                  "hypofractionated": ("hypofractionated", "hypofractionation", "HFRT", "hypo-fractionated"),
                  "conventional": ("conventional group", "conventional arm", "conventionally fractionated",
                                   "conventional fractionation", "conventional radiotherapy", "conventional RT",
                                   "standard fractionation", "CFRT", "normofractionated", "normofractionation")}
FRACTION_ROLE_OF = {_norm(name): role for role, names in FRACTION_ROLES.items() for name in names}


def _fraction_role(alias: str) -> Optional[str]:
    # (a title's "hypofractionated versus conventionally fractionated radiotherapy" gives the first its head twice:
    # "hypofractionated fractionated radiotherapy")
    name = _norm(alias)
    while True:
        if name in FRACTION_ROLE_OF:
            return FRACTION_ROLE_OF[name]
        shorter = RX.FRACTION_TREATMENT.sub("", name)
        if shorter == name:
            return None
        name = shorter


def _schedule_heads(groups: list[Group]) -> None:
    """"8 Gy in one fraction" goes by "8 Gy" too, and "20 Gy in 5 fractions" by "20 Gy", when no other group's name
    starts with that dose; a single-fraction arm goes by "single fraction" when it is the only one."""
    def head(alias: str) -> Optional[str]:
        if not RX.SCHEDULE_ARM.fullmatch(alias):
            return None
        m = RX.SCHEDULE_DOSE.match(alias)
        return RX.SPACES.sub(" ", m.group(0)) if m else None

    _unique_heads(groups, head)
    # (a group the paper names by the role alone, "the single-fraction arm", is that schedule's: folded below)
    roles = [g for g in groups if g.n is None and g.aliases and all(_fraction_role(a) for a in g.aliases)]
    schedules = [g for g in groups if g not in roles]
    if not all(any(RX.SCHEDULE_ARM.fullmatch(a) for a in g.aliases) for g in schedules):
        return
    single = [g for g in schedules
              if any(RX.SCHEDULE_ARM.fullmatch(a) and RX.SINGLE_FRACTION.search(a) for a in g.aliases)]
    holders: dict[str, Group] = {}
    if len(single) == 1:
        holders["single fraction"] = single[0]
        if len(schedules) == 2:  # the other of two is the multifraction arm
            holders["multifraction"] = next(g for g in schedules if g is not single[0])
    sizes = [_fraction_sizes(g) for g in schedules]
    if len(schedules) == 2 and all(len(x) == 1 for x in sizes):
        (a,), (b,) = sizes
        # "60 Gy in 20 fractions" against "78 Gy in 39": the first is the hypofractionated arm, the second the
        # conventional one (1.8-2.0 Gy a fraction; two schedules of larger fractions are no such pair)
        if a[1] != b[1] and 1.8 <= min(a, b, key=lambda x: x[0])[0] <= 2.0 and max(a[0], b[0]) > 2.0:
            hypo, conventional = (schedules[0], schedules[1]) if a[0] > b[0] else (schedules[1], schedules[0])
            holders["hypofractionated"], holders["conventional"] = hypo, conventional
    _give_roles(groups, roles, holders, FRACTION_ROLES, _fraction_role)


def _fraction_sizes(g: Group) -> set[tuple[float, int]]:
    """The dose a fraction and the number of fractions of a schedule's arm, by every name that says them."""
    out = set()
    for a in g.aliases:
        m = RX.FRACTIONS_OF.match(a)
        if m is None:
            continue
        n = int(m.group("n") or m.group("n2"))
        per = float(m.group("per")) if m.group("per") else float(m.group("total")) / n if n else 0.0
        if n:
            out.add((round(per, 2), n))
    return out


def _sole_part(g: Group, name: Regex, part: str) -> Optional[str]:
    """The one ``part`` (lower case) that the group's names matching ``name`` whole give; None for none or several."""
    parts = {m.group(part).lower() for a in g.aliases if (m := name.fullmatch(a))}
    return next(iter(parts)) if len(parts) == 1 else None


def _words_of_others(groups: list[Group], g: Group) -> set[str]:
    """Every word of the other groups' names (a slash parts words: "A/B")."""
    return {w for o in groups if o is not g for a in o.aliases for w in _norm(a).replace("/", " ").split()}


def _qualified_heads(groups: list[Group]) -> None:
    """"Standard chemotherapy" goes by "chemotherapy" too ("16 patients on chemotherapy"), when no other group's
    name has that word."""
    for g in groups:
        head = _sole_part(g, RX.QUALIFIED, "head")
        if head is not None and _norm(head) not in _words_of_others(groups, g) and head not in GENERIC:
            g.aliases.add(head)


PROCEDURE_NOUNS = ("surgery", "procedure", "operation", "resection", "approach", "technique")


def _procedure_heads(groups: list[Group]) -> None:
    """"Open oesophagectomy" goes by "open surgery", "open procedure", "open resection" too ("55% after open
    surgery"), when no other group's name has its "open"; the operation itself is what both groups had."""
    for g in groups:
        how = _sole_part(g, RX.PROCEDURE_NAME, "how")
        if how is not None and not set(_norm(how).split()) & _words_of_others(groups, g) and how not in GENERIC:
            g.aliases |= {f"{how} {noun}" for noun in PROCEDURE_NOUNS}


def _as_word(words: str) -> re.Pattern:
    """Words of a name said as words of their own ("QX" in "QX plus drug Z", not in "QX-L")."""
    return re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])")


def _abbreviation_heads(groups: list[Group]) -> None:
    """"PC with concurrent RT" goes by "PC" too, when no other group's name starts with that abbreviation or holds it
    as a word: in a trial of "adjuvant QX" and "QX plus drug Z", "QX" is the first arm's name, not the second's."""
    def head_of(alias: str) -> Optional[str]:
        m = RX.ABBREVIATION_HEAD.match(alias)
        if m is None:
            return None
        said = _as_word(m.group("abbr"))
        owners = {g.key for g in groups for a in g.aliases if said.search(a)}
        return m.group("abbr") if len(owners) == 1 else None

    _unique_heads(groups, head_of)


def _abbreviation_tails(groups: list[Group]) -> None:
    """"Image-guided lung SBRT" goes by "SBRT" too ("SBRT reduced local recurrence"), when no other group's name
    has that abbreviation."""
    def tail(g: Group, alias: str) -> Optional[str]:
        m = RX.ABBREVIATION_TAIL.fullmatch(alias)
        if m is None:
            return None
        said = _as_word(m.group("abbr"))
        return None if any(said.search(a) for o in groups if o is not g for a in o.aliases) else m.group("abbr")

    for g in groups:
        tails = {t for a in g.aliases if (t := tail(g, a))}
        if len(tails) == 1:
            g.aliases |= tails


def compound_clash(a: str, b: str) -> bool:
    """Whether a word stands alone in one name and, in the other, only after a word that makes it another
    schedule or intensity: "weekly" and "3-weekly", "daily" and "twice-daily", "dose" and "high-dose" are
    other groups, however many words the names share ("gemcitabine" still names "gemcitabine-cisplatin")."""
    def free_and_modified(text: str) -> tuple[set[str], set[str]]:
        tokens = RX.LOWER_WORD_WITH_HYPHENS.findall(text.lower())
        modified = set()
        for t in tokens:
            parts = t.split("-")
            modified |= {w for before, w in zip(parts, parts[1:], strict=False)
                         if RX.SCHEDULE_MODIFIERS.fullmatch(before)}
        return {t for t in tokens if "-" not in t}, modified
    free_a, modified_a = free_and_modified(a)
    free_b, modified_b = free_and_modified(b)
    return bool(free_a & (modified_b - free_b) or free_b & (modified_a - free_a))


def _distinct_parts(groups: list[Group]) -> None:
    """"Once-daily drug K" and "twice-daily drug K" go by "once-daily" and "twice-daily" too: the words that
    tell the groups apart, when all their names end in the same words."""
    if len(groups) < 2:
        return
    # (a group labelled by its letter or number, "arm 1" of "continuous drug V (arm 1, n = 64)", by its treatment's
    # name when it has exactly one)
    def treatment_name(g: Group) -> str:
        if not RX.LETTER.fullmatch(g.label):
            return g.label
        named = [a for a in g.aliases if not RX.LETTER.fullmatch(a)]
        return named[0] if len(named) == 1 else g.label

    names = [treatment_name(g).split() for g in groups]
    if any(len(n) < 2 for n in names):
        return
    common = 0
    while common < min(len(n) for n in names) - 1 and len({n[-1 - common].lower() for n in names}) == 1:
        common += 1
    if not common:
        return
    parts = [" ".join(n[:-common]) for n in names]
    if len({p.lower() for p in parts}) == len(parts) and all(RX.THREE_LETTERS.search(p) for p in parts):
        for g, part in zip(groups, parts, strict=True):
            if part.lower() not in GENERIC:
                g.aliases.add(part)


def _named_with_a_generic_noun(name: str, groups: list[Group]) -> Optional[Group]:
    """The one group one of whose names is ``name`` and a generic noun ("concurrent" of "concurrent treatment")."""
    key = _norm(name)
    held = [g for g in groups if any(RX.GENERIC_NOUN.search(a) and _norm(RX.GENERIC_NOUN.sub("", a)) == key
                                     for a in g.aliases)]
    return held[0] if len(held) == 1 else None


def _link_target(name: str, groups: list[Group]) -> Optional[Group]:
    """The group a treatment's name before its short name's bracket is: the one it names, else the one group all of
    whose words of some name it holds ("best supportive care only" is "best supportive care")."""
    named = _named(name, groups)
    if named is not None:
        return named
    words = set(_norm(_without_alone(name)).split()) - {"only", "alone"}
    held = [g for g in groups if any(set(_norm(a).split()) <= words for a in g.aliases if a)]
    return held[0] if len(held) == 1 else None


def _holder(name: str, groups: list[Group]) -> Optional[Group]:
    """The one group whose name holds ``name``'s words, or whose letters it is (or the reverse)."""
    words = set(_norm(name).split())
    holders = []
    for other in groups:
        for alias in other.aliases:
            theirs = set(_norm(alias).split())
            if theirs - words & POLARITY:
                continue  # "non-definitive therapy" does not hold "definitive therapy"
            if compound_clash(name, alias):
                continue  # "3-weekly" does not hold "weekly"
            both_short = name.isupper() and alias.isupper()  # "LR" and "LRB" are two arms, not one spelt out
            if (words < theirs or
                    (name.isupper() and " " not in name and not both_short and abbreviates(name, alias)) or
                    (alias.isupper() and " " not in alias and not both_short and abbreviates(alias, name))):
                holders.append(other)
                break
    return holders[0] if len(holders) == 1 else None


def _unique_abbreviations(defs: list[GroupDef], abbrevs: dict[str, str]) -> dict[str, str]:
    """The abbreviations whose long form is in the name of one group only ("RT" for "radiotherapy" names
    "short-course radiotherapy", not "chemoradiotherapy"); "Bev" in two groups' names names neither."""
    labels = {_norm(d.label) for d in defs} - {_norm(a) for a in abbrevs}
    out = {}
    for abbr, long in abbrevs.items():
        if len(long.split()) > MAX_NAME_WORDS or "." in long:
            continue  # a long form that ran past its phrase
        holders = {lab for lab in labels if f" {_norm(long)} " in f" {lab} "}
        if len(holders) <= 1:
            out[abbr] = long
    return out


def _variants(name: str, abbrevs: dict[str, str]) -> set[str]:
    """Other names of a group: an abbreviation the paper defined for it, or for the words that make its
    name ("preoperative chemoradiotherapy" is "CRT" when the paper wrote "chemoradiotherapy (CRT)")."""
    out = set()
    low = f" {_norm(name)} "
    for abbr, long in abbrevs.items():
        if f" {_norm(long)} " in low:
            out.add(abbr)
        if abbr == name.strip():
            out.add(long)
    return out
