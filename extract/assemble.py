"""From the pipeline's findings to the extraction contract (EXTRACTION_CONTRACT.md).

Decides which sentences speak for the study (a primary study's own results, not the numbers it
cites in its introduction or discussion; a review's numbers belong to the cited study), gives each
result its cohort, drops repeats (the abstract restating the results), and maps every row back to
the original text for its provenance: quote, character offsets, page, rule id.
"""

from __future__ import annotations

import bisect
import gc
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Optional

from pydantic import ValidationError

from oncoev.extract.cohorts import ArmMention, CohortMention, cited_n
from oncoev.extract.denominators import RX as DENOMINATORS_RX
from oncoev.extract.denominators import (
    analysed_parts,
    move_to_share_populations,
    move_to_the_whole_the_share_fits,
    nearly_all_totals,
    shares_of_a_part,
    shares_with_their_counts,
    stated_totals,
    subject_populations,
    totals_along_a_list,
    values_of_a_sized_part,
)
from oncoev.extract.document import Document
from oncoev.extract.endpoint_codes import codes_with
from oncoev.extract.groups import RX as GROUPS_RX
from oncoev.extract.groups import compound_clash, core
from oncoev.extract.lexicon import parse_count
from oncoev.extract.mentions import code_of, endpoint_matcher
from oncoev.extract.normalize import Normalized, normalize, typography
from oncoev.extract.pipeline import build_nlp, sentence_texts
from oncoev.extract.qualifiers import settle_assessors
from oncoev.extract.results import ALL_PATIENTS_WORDS, BOTH_GROUPS_LABEL, Found, GroupRef, negated, semicolon_clause
from oncoev.extract.results import RX as RESULTS_RX
from oncoev.extract.rules import regexes
from oncoev.extract.scope import Scope
from oncoev.extract.sentences import section_at
from oncoev.extract.tables import find_flat_tables, read_flat_table
from oncoev.extract.unexplained import unexplained_numbers
from oncoev.extract.version import EXTRACTOR_NAME, EXTRACTOR_VERSION, rules_fingerprint  # noqa: F401
from oncoev.schema.contract import DoseIn, ResultIn, describe_validation_error, group_size_problems

RX = regexes("assemble")  # patterns/regex/assemble.yaml: the regular expressions of this module

# The extractor's name and version live in version.py, which a process can import without spaCy.
# Groups known only because they were named twice: cohorts only when a row is about them.
WEAK_GROUPS = ("group.named", "group.named_pair")

POLARITY = {"non", "no", "not", "without", "lt", "gt", "le", "ge"}
# "drug A plus B and C" is not the "B and C" group it adds to
ADDED = {"plus"}
# "patients treated in centres where A was used" is not the "patients treated with A" group: a clause of where
# narrows the people by a place or a condition the other name does not say
CLAUSED = {"where"}
# "patients with earlier chemotherapy" is not the "chemotherapy" arm: what they had before the trial, a part of them
HISTORY = {"prior", "previous", "earlier"}
# "patients in the X population" is not the "marker-high X population": a level of a marker narrows the people to a
# part of those the other name says
LEVELS = {"high", "low", "positive", "negative"}
STOP = {"the", "a", "an", "of", "with", "and", "or", "in", "to", "for", "patients", "patient", "group", "cohort",
        "who", "had", "were", "was", "by", "on", "at", "only"}


def _words(text: str) -> set[str]:
    # "arm A" and "arm B", "drug A" and "drug B" differ by their letter, which alone would be a stop word ("a")
    # (and "group 1" from "group 2" by their number: "1" alone would be a word of any name holding it, "with 1-year")
    text = RX.LABEL_AND_ID.sub(r"\1\2", text)
    # "CT-RT" and "RT", "RT-CT" and "CT": an abbreviation joined to another is a third group, no part of it
    text = RX.JOINED_ABBREVIATION.sub(r"\1", text)
    text = RX.LONE_LETTER.sub(r"letter\1", text).lower()
    for sign, word in (("≤", " le "), ("≥", " ge "), ("<", " lt "), (">", " gt ")):
        text = text.replace(sign, word)
    return {w for w in RX.WORD_OR_NUMBER.findall(text) if w not in STOP}


def _slug(text: str) -> str:
    text = text.lower()
    for sign, word in (("≤", " le "), ("≥", " ge "), ("<", " lt "), (">", " gt "), ("+", " plus ")):
        text = text.replace(sign, word)
    return RX.NOT_A_KEY_CHARACTER.sub("_", text).strip("_")[:40] or "group"


@dataclass
class _Cohort:
    key: str
    label: str
    n: Optional[int] = None
    aliases: list[str] = field(default_factory=list)
    parent: Optional[str] = None
    cited: Optional[str] = None
    unit: str = "patients"
    provenance: dict[str, Any] = field(default_factory=dict)
    # the names the rules read it by, in normalised text ("only 1 lesion" where the paper wrote "one")
    read_as: list[str] = field(default_factory=list)

    def names(self) -> list[set[str]]:
        return [w for w in (_words(x) for x in [self.label, *self.aliases]) if w]

    def contract(self) -> dict[str, Any]:
        row = {"key": self.key, "label": self.label, "n": self.n, "unit": self.unit, "parent": self.parent,
               "cited": self.cited, **self.provenance}
        if self.aliases:
            row["aliases"] = sorted(set(self.aliases) - {self.label})
        return row


class _Builder:
    def __init__(self, document: Document, norm: Normalized):
        self.document, self.norm = document, norm
        self.cohorts: dict[str, _Cohort] = {}
        self.results: list[dict[str, Any]] = []
        self.kept = _KeptRows()  # self.results indexed for add_result
        self.doses: list[dict[str, Any]] = []
        self.arms: list[dict[str, Any]] = []
        # The groups the sentence just before compared ("... in A versus B was 100% vs 93.5%. The
        # OS was 40.1% vs 55.2%"), and those this sentence compares.
        self.previous_pair: Optional[tuple[str, str]] = None
        self.last_pair: Optional[tuple[str, str]] = None
        # The two groups a sentence gave compared values for, in the order the text gives the values (a
        # "..., respectively" pair is read in that order); the sentence before's, and this one's so far.
        self.text_pair_before: Optional[tuple[str, str]] = None
        self.text_pair_rows: list[tuple[int, str]] = []
        self.groups = None  # the compared groups (groups.GroupIndex), set by extract_document
        # Set while a sentence contrasts groups in words that name none of the paper's groups ("longer in patients
        # with low compared with high marker levels (a vs b)"): its unnamed pair is those groups, not the arms
        self.contrasts_others = False
        # The sentence being read, counted, and the value each outcome of all patients was first given in prose, with
        # the sentence that gave it (see _said_otherwise_before)
        self.sentence_no = 0
        self.section: Optional[str] = None  # the section of the sentence being read ("results"; None for none)
        self.places: dict[int, tuple[int, Optional[str]]] = {}  # id of each prose row: its sentence and section

    def next_sentence(self, new_paragraph: bool) -> None:
        self.sentence_no += 1
        if new_paragraph:
            self.last_pair = None
        self.previous_pair, self.last_pair = self.last_pair, None
        self.text_pair_before = None if new_paragraph else self.text_pair()
        self.text_pair_rows = []

    def text_pair(self) -> Optional[tuple[str, str]]:
        order = list(dict.fromkeys(key for _, key in sorted(self.text_pair_rows, key=lambda r: r[0])))
        return (order[0], order[1]) if len(order) == 2 else None

    def compared_pair(self) -> Optional[tuple[str, str]]:
        """The two groups this sentence compares so far, else those the sentence before compared."""
        return self.text_pair() or self.text_pair_before

    # provenance -------------------------------------------------------------------------------
    def provenance(self, start: int, end: int, pattern_id: str, confidence: float = 0.8) -> dict[str, Any]:
        o_start, o_end = self.norm.span(start, end)
        return {"quote": self.document.text[o_start:o_end], "char_start": o_start, "char_end": o_end,
                "page": self.document.page_of(o_start), "pattern_id": pattern_id, "confidence": confidence}

    def as_written(self, label: str, near: int) -> str:
        """``label`` as the paper writes it near original offset ``near``, its typography mended: the rules read
        normalised text ("only 1 lesion"), a reader of the database should see the paper's words ("only one
        lesion")."""
        i = self.norm.index(near)
        words = label.split()
        if not words:
            return label
        m = re.compile(r"\s+".join(map(re.escape, words))).search(self.norm.text, max(0, i - 400), i + 800)
        if m is None:
            return label
        a, b = self.norm.span(m.start(), m.end())
        # (its typography mended: "&lt; or =" is the paper's "≤" as a bibliographic database escaped it)
        return typography(" ".join(self.document.text[a:b].split())) or label

    def provenance_at(self, o_start: int, o_end: int, pattern_id: str, confidence: float = 0.8) -> dict[str, Any]:
        """Provenance of a span given in the original text's offsets (a table row)."""
        return {"quote": self.document.text[o_start:o_end], "char_start": o_start, "char_end": o_end,
                "page": self.document.page_of(o_start), "pattern_id": pattern_id, "confidence": confidence}

    # cohorts ----------------------------------------------------------------------------------
    def add_cohort(self, label: str, n: Optional[int], *, parent: Optional[str], cited: Optional[str] = None,
                   aliases: Optional[list[str]] = None, key: Optional[str] = None,
                   provenance: Optional[dict[str, Any]] = None) -> str:
        read_as = [label, *(aliases or [])]
        if provenance and provenance.get("char_start") is not None:
            label = self.as_written(label, provenance["char_start"])
            aliases = [self.as_written(a, provenance["char_start"]) for a in aliases or []]
        key = key or _slug(label)
        base, i = key, 2
        while key in self.cohorts:
            key, i = f"{base}_{i}", i + 1
        self.cohorts[key] = _Cohort(key, label, n, list(aliases or []), parent, cited, provenance=provenance or {},
                                    read_as=read_as)
        return key

    def subject_cohort(self, label: str, n: int, parent: str, o_start: int, o_end: int) -> str:
        """A cohort the paper defines as a sentence's subject ("14 patients underwent resection"), at original
        offsets."""
        return self.add_cohort(label, n, parent=parent,
                               provenance=self.provenance_at(o_start, o_end, "cohort.share_subject"))

    def part_of(self, key: str, n: int) -> str:
        """The part of group ``key`` a count of ``n`` patients is of: the group itself while it has no size, else
        its sub-cohort of that size (made the first time)."""
        return self.group_cohort(GroupRef(self.cohorts[key].label, n=n, key=key))

    def find_cohort(self, ref: GroupRef, cited: Optional[str]) -> Optional[str]:
        if not ref.label:  # "21 of the 35 patients": known only by its size
            sized = [c.key for c in self.cohorts.values() if c.cited == cited and c.n == ref.n]
            return sized[0] if len(sized) == 1 else None
        name = ref.label.lower()
        for c in self.cohorts.values():
            if c.cited == cited and (name in (x.lower() for x in [c.label, *c.aliases, *c.read_as])
                                     or c.label.lower().startswith(name + ":")):
                return c.key
        words = _words(ref.label)
        if not words:
            return None
        qualified = RX.PEOPLE_QUALIFIED.match(ref.label)
        trait = {w for w in _words(qualified.group("words")) if w not in ALL_PATIENTS_WORDS} if qualified else set()
        narrowed = RX.PEOPLE_NARROWED.search(ref.label) if trait else None
        if narrowed:  # "completely resected patients with T3 disease": a part of the completely resected
            trait |= {w for w in _words(narrowed.group("words")) if w not in ALL_PATIENTS_WORDS}
        best, best_score = None, 0.0
        for c in self.cohorts.values():
            if c.cited != cited or c.key == "all":
                continue
            if ref.n is not None and c.n is not None and ref.n != c.n:
                continue
            for names in c.names():
                # One name's words all in the other ("supraclavicular" / "supraclavicular fossa"): the
                # same group. Groups that differ by a word of their own ("PDC, age <60" / "MGC, age <60")
                # are not, however many words they share.
                if (names ^ words) & (POLARITY | ADDED | CLAUSED | HISTORY | LEVELS) or \
                        not (names <= words or words <= names):
                    continue
                if any(compound_clash(ref.label, x) for x in [c.label, *c.aliases] if _words(x) == names):
                    continue  # "twice-daily groups" is not the "daily" group
                if trait - names:
                    continue  # "Japanese patients treated with A": a part of the A group, not all of it
                score = len(names & words) / max(len(names), len(words))
                if score > best_score:
                    best, best_score = c.key, score
        return best

    def group_cohort(self, ref: GroupRef) -> str:
        """The cohort of a group the paper compares (groups.py), made the first time a row names it; a
        total stated with a count ("21 out of 47 patients in arm A") is the part of the group it was
        counted in, a cohort of its own under the group when it differs from the group's n."""
        group = self.groups.get(ref.key) if self.groups else None
        if ref.key not in self.cohorts:
            label = group.label if group else ref.label
            n = group.n if group else None
            prov = {}
            if group is not None and group.definition is not None:
                d = group.definition
                prov = self.provenance(d.start, d.end, d.pattern_id)
                label = self.as_written(label, prov["char_start"])
            aliases = sorted(group.aliases - {label}) if group else []
            self.cohorts[ref.key] = _Cohort(ref.key, label, n, aliases, "all" if "all" in self.cohorts else None,
                                            provenance=prov)
        return self.counted_in(ref.key, ref.n, ref.within)

    def counted_in(self, key: str, n: Optional[int], within: Optional[str] = None) -> str:
        """The cohort ``key``, or the part of it a total ``n`` that differs from its own counts (a cohort of its
        own under it: "15 of 19 patients of the A group" when the A group had 83), labelled with the subgroup it is
        the part within when the sentence names one ("A group, patients with X (n = 19)")."""
        cohort = self.cohorts[key]
        if n is None or cohort.n == n:
            return key
        if cohort.n is None:
            stated = RX.STATED_SIZE.fullmatch(cohort.label)
            if stated is None or int(stated.group("n")) == n:
                cohort.n = n  # the first total the paper counts the group in
                return key
            # "for 48 Drug Q-treated patients": the group's label gives its size; a column of 25 is a part of it
            cohort.n = int(stated.group("n"))
        for c in self.cohorts.values():
            if c.parent == key and c.n == n:
                return c.key
        label = f"{cohort.label}, {within} (n = {n})" if within else f"{cohort.label} (n = {n})"
        # an unnamed pair's place ("group 1" of "(205 of 237 vs 160 of 228)") counted again with another total is
        # another sentence's unnamed pair, no part of the first: a group of the whole beside it
        return self.add_cohort(label, n, parent=cohort.parent if self.unnamed_place(key) else key, key=f"{key}_n{n}")

    def unnamed_place(self, key: str) -> bool:
        """Whether cohort ``key`` is only an unnamed pair's place in a sentence ("group 1"), no group of the paper."""
        return bool(RX.UNNAMED_PLACE.fullmatch(self.cohorts[key].label)) and (
            self.groups is None or self.groups.get(key) is None)

    def _assigned_arm(self, ref: GroupRef) -> Optional[str]:
        """'the group assigned to chemotherapy plus drug B', 'the chemotherapy-alone group': a group named by what its
        patients were assigned, which one arm of the paper's, by one of its names or as the only arm given a
        treatment alone, is."""
        if not ref.label or ref.key is not None or ref.unnamed is not None or self.groups is None or \
                len(self.groups.groups) < 2:
            return None
        hyphened = RX.HYPHENED_GROUP.fullmatch(ref.label)
        if RX.ASSIGNED_TO.match(ref.label) or hyphened:
            # ("the chemotherapy-plus-drug-B group": the words of its name joined by hyphens)
            keys = {m.key for m in self.groups.mentions(ref.label.replace("-", " ") if hyphened else ref.label)}
            if len(keys) == 1:
                return self.group_cohort(GroupRef(ref.label, ref.n, key=keys.pop()))
        if RX.ALONE_GROUP.search(ref.label):
            alone = [g for g in self.groups.groups if RX.ALONE_OR_ONLY_END.search(g.label)]
            if len(alone) == 1:
                return self.group_cohort(GroupRef(ref.label, ref.n, key=alone[0].key))
        return None

    def compared_arms(self) -> list:
        """The paper's compared groups: when two were defined with their sizes by its randomisation and every other
        group the index holds has no size of its own (a title's "A versus B" worded otherwise, "the full analysis set
        of A", "group 1" of a table), those two; else every group."""
        groups = self.groups.groups if self.groups is not None else []
        randomised = [g for g in groups if g.n and g.definition is not None
                      and g.definition.pattern_id.startswith("group.randomised")]
        if len(randomised) == 2 and all(g.n is None or g.n in {r.n for r in randomised}
                                        for g in groups if g not in randomised):
            return randomised
        return list(groups)

    def _listed_arm(self, ref: GroupRef) -> Optional[str]:
        """The arm of a value in an unnamed list of ``ref.among`` values ("40%, 32% and 21%, respectively"): only in a
        trial whose randomisation defined exactly that many arms with their sizes in one place, and no other group
        with a size of its own; the arms in the order defined."""
        groups = self.groups.groups if self.groups is not None else []
        arms = sorted((g for g in groups if g.n and g.definition is not None
                       and g.definition.pattern_id.startswith("group.randomised")), key=lambda g: g.definition.start)
        if len(arms) != ref.among or arms[-1].definition.start - arms[0].definition.start > 300 or any(
                g.n is not None and g.n not in {a.n for a in arms} for g in groups if g not in arms):
            return None
        g = arms[ref.unnamed or 0]
        return self.group_cohort(GroupRef(g.label, key=g.key))

    def _other_arm(self, ref: GroupRef) -> Optional[str]:
        """'not patients receiving A', 'patients who did not receive A' in a two-arm trial: the other arm (the side
        of a comparison its subject was compared with)."""
        lacked = negated(ref.label)
        arms = self.compared_arms()
        if len(arms) != 2 or lacked is None:
            return None
        words = _words(lacked)
        named = [g for g in arms if any(_words(a) and _words(a) <= words for a in g.aliases)]
        if len(named) > 1:
            # "patients not receiving DQ/CP" against arms "DQ/CP" and "CP": the arm the name says in full
            named = [g for g in named if any(_words(a) == words for a in g.aliases)]
        if len(named) != 1:
            return None
        other = next(g for g in arms if g is not named[0])
        return self.group_cohort(GroupRef(other.label, key=other.key))

    def cohort_for(self, ref: Optional[GroupRef], default: Optional[str], cited: Optional[str],
                   provenance: dict[str, Any]) -> Optional[str]:
        if ref is None:
            return default
        arm = self._assigned_arm(ref) if cited is None else None
        if arm is not None:
            return arm
        pair = self.last_pair or self.previous_pair
        which = RX.FORMER_LATTER.fullmatch(ref.label.strip()) if ref.label and cited is None else None
        if which is not None:
            # "41% in the former group and 12% in the latter": the first and the second of the groups compared just
            # before; no group when none were
            return (pair[0] if which.group("which").lower() == "former" else pair[1]) if pair else None
        if ref.label and ref.key is None and ref.unnamed is None and RX.NO_GROUP_LABEL.search(ref.label) and \
                not (self.groups and self.groups.mentions(ref.label)):
            # "Patients who", "from all causes", "(Smith et al 2005)": words a rule cut wrong, no group (but "the A
            # group and" still names A)
            return None
        if ref.key is not None and cited is None:
            return self.group_cohort(ref)
        if ref.pair_only and ref.among:
            return self._listed_arm(ref) if cited is None and not self.contrasts_others else None
        if ref.pair_only:
            sized = [g for g in (self.groups.groups if self.groups is not None else []) if ref.n and g.n == ref.n]
            if len(sized) == 1 and cited is None:
                # "... in 4 of 52 vs 11 of 50 patients": the one group of that size
                return self.group_cohort(GroupRef(sized[0].label, key=sized[0].key))
            # "...; 1-year survival was 44% and 25%, respectively": the pair this sentence or the one before compared
            pair = self.compared_pair()
            if pair is not None and cited is None:
                return pair[ref.unnamed or 0]
            arms = self.compared_arms()
            defined = ("group.randomised", "group.label_n", "group.treated_")
            if len(arms) == 2 and cited is None and not self.contrasts_others and all(
                    g.definition is not None
                    and (g.definition.pattern_id.startswith(defined) or GROUPS_RX.LETTER.fullmatch(
                        g.label)) for g in arms):
                # a two-arm trial whose arms were defined in one place (randomised to, sized by label, or treated
                # as the parts of one sentence: "80 were treated with A and 76 with B"), or are lettered ("group A",
                # "arm 2"): the order they were defined in
                g = sorted(arms, key=lambda g: g.definition.start)[ref.unnamed or 0]
                return self.group_cohort(GroupRef(g.label, key=g.key))
            return None
        if ref.unnamed is not None and self.previous_pair is not None:
            return self.previous_pair[ref.unnamed]
        other = self._other_arm(ref) if cited is None else None
        if other is not None:
            return other
        arms = self.compared_arms()
        if ref.unnamed is not None and len(arms) == 2 and cited is None and not self.contrasts_others:
            # "ORR was 34% versus 33%" in a two-arm trial: its two arms, in the order the paper gave them
            return self.group_cohort(GroupRef(arms[ref.unnamed].label, key=arms[ref.unnamed].key))
        if ref.unnamed is not None and cited is None and self.groups and self.groups.mentions(ref.label):
            # "The response rate was 41% vs 22%" in a trial of three arms called "group 1", "group 2" and "group 3":
            # the pair's first and second places are no names of the paper's group 1 and group 2 (which of its
            # groups the pair compares is not said): its values stay unexplained
            return None
        found = self.find_cohort(ref, cited)
        if not ref.label and not found:
            whole = self.cohorts.get(default) if default else None
            if ref.n is not None and whole is not None and whole.n != ref.n and cited is None and self.groups and \
                    not (whole.n is not None and 0.6 * whole.n <= ref.n <= whole.n):
                # "nine (13%) of 70 patients" in a trial of 140 in two arms: some group no name gives, likely an arm
                # (but "17 (8%) of 222" in a trial of 224 is of all who could be evaluated: no arm is that large)
                return None
            if ref.n is not None and whole is not None and whole.n is not None and cited is None and \
                    ref.n < 0.3 * whole.n:
                # "2 of 9 patients had local recurrences" in a study of 57: a small part no name gives, never all
                return None
            return default
        if found:
            return self.counted_in(found, ref.n) if found != "all" else found
        if ref.n is not None and not ref.unnamed and self.cohorts.get("all") and self.cohorts["all"].n == ref.n \
                and ref.unit == "patients" and cited is None:
            return "all"  # "For all 142 patients, ..."
        if ref.label and cited is None and _an_outcomes_name(ref.label):
            return None  # "(30% vs 13% for ORR; ...)" read as a group: an outcome's name is no group's
        key = self.add_cohort(ref.label, ref.n, parent=default, cited=cited, provenance=provenance)
        self.cohorts[key].unit = ref.unit
        return key

    def add_arm(self, arm: ArmMention, sent_start: int) -> str:
        """A treatment arm of the whole population (its key); the same arm stated twice is kept once."""
        for a in self.arms:
            if a["label"].lower() == arm.label.lower() and a["n"] == arm.n:
                return a["key"]
        key = "arm_" + _slug(arm.label)
        taken = {a["key"] for a in self.arms}
        base, i = key, 2
        while key in taken:
            key, i = f"{base}_{i}", i + 1
        prov = self.provenance(sent_start + arm.start, sent_start + arm.end, arm.pattern_id)
        self.arms.append({"key": key, "label": self.as_written(arm.label, prov["char_start"]), "n": arm.n,
                          "cohort": "all", **prov})
        return key

    # rows -------------------------------------------------------------------------------------
    def add_result(self, found: Found, cohort: str, comparator: Optional[str], cited: Optional[str],
                   provenance: dict[str, Any]) -> None:
        if comparator is not None and comparator == cohort and found.fields.get("measure") in RATIOS:
            return  # a ratio of a group against itself: its groups were read wrong, no row
        row = {"cohort": cohort, "site": None, "category": None, "grade": None, "timepoint_months": None,
               "ci_low": None, "ci_high": None, "p_value": None, "p_op": None, "comparator": comparator,
               "analysis": None, "value_op": None, "cited": cited, **found.fields, **provenance}
        for op in ("value_op", "p_op"):  # the contract's spelling of a bound
            row[op] = {"≥": ">=", "≤": "<=", "=": None}.get(row[op], row[op])
        if (row["ci_low"] is None) != (row["ci_high"] is None):
            # "12 months (95% CI, 8 to not reached)": an interval with one bound is stored as none, the value kept
            row["ci_low"] = row["ci_high"] = None
        near = self.kept.near(row)  # the rows it may restate, in order: comparing it with every row is quadratic
        kept = next((i for i in near if _restates(row, self.results[i])), None)
        if kept is not None:
            seen = self.results[kept]
            if seen["ci_low"] is None and row["ci_low"] is not None:
                # the abstract gave the value, the results section gives it with its interval: keep the fuller
                self._keep_fuller(kept, row)
                return
            _also_at(seen, row, self.kept.listed(kept))
            _fill_ratio_details(seen, row)
            return
        other_name = self._named_otherwise(row)
        if other_name is not None:
            if row["endpoint"] == "PFS":
                self._keep_fuller(other_name, row)  # the results section's name for it
            else:
                _also_at(self.results[other_name], row, self.kept.listed(other_name))
            return
        if row["timepoint_months"] is not None:
            # The abstract said it without the time point the results section gives: keep the fuller one.
            for i in near:
                seen = self.results[i]
                if seen["timepoint_months"] is None and _restates(seen, row):
                    self._keep_fuller(i, row)
                    return
        self.kept.add(len(self.results), row)
        self.results.append(row)
        self.places[id(row)] = (self.sentence_no, self.section)

    def _named_otherwise(self, row: dict[str, Any]) -> Optional[int]:
        """The row holding this group's same median under the other of two names papers use for one curve: an
        abstract's "median times to progression were 15 and 9 months" is the results section's "median PFS was 15
        months in arm A and 9 months in arm B" (curators record one PFS row). PFS is kept. A paper that reports both
        endpoints may give one group the same median for each (when few die before progressing): its TTP row is then
        lost, its span listed where the PFS row was also said, so its numbers are not called unexplained."""
        pair = {"TTP": "PFS", "PFS": "TTP"}
        if row["measure"] != "median" or row["endpoint"] not in pair:
            return None
        twin = {**row, "endpoint": pair[row["endpoint"]]}
        return next((i for i in self.kept.near(twin) if _restates(twin, self.results[i])), None)

    def _keep_fuller(self, i: int, row: dict[str, Any]) -> None:
        """Row ``i`` is restated by ``row``, which says more (its interval, its time point): ``row`` takes its
        place and lists where the first was said. What the first said that ``row`` does not, the group it was
        compared with and the p value of that comparison ("ORR was 19% vs 9%, P = 0.001" restated by a table's
        cell with its interval), stays said."""
        seen = self.results[i]
        if row["p_value"] is None and seen["comparator"] is not None \
                and row["comparator"] in (None, seen["comparator"]):
            row = {**row, "comparator": seen["comparator"], "p_value": seen["p_value"], "p_op": seen["p_op"]}
        self.results[i] = _also_at(row, seen)
        self.kept.replace(i, seen, row)


def _also_at(kept: dict[str, Any], restated: dict[str, Any],
             listed: Optional[set[tuple[int, ...]]] = None) -> dict[str, Any]:
    """Where else the paper states the result ``kept`` holds: the span of a restatement dropped for it
    (the results section saying again what the abstract said), and the places that one listed. The
    account of numbers (unexplained.py) reads a result's numbers there too; nothing else uses it.

    ``listed``, when given, is the set of the spans ``kept`` already lists (each once, none its own),
    kept up to date here: a result a long text restates thousands of times is then not checked
    against its whole list at every restatement."""
    own = [kept.get("char_start"), kept.get("char_end")]
    if listed is None:
        spans: list[Any] = []
        listed, more = set(), [*kept.get("also_at", []), *restated.get("also_at", [])]
    else:
        spans, more = kept.get("also_at", []), [*restated.get("also_at", [])]
    if isinstance(restated.get("char_start"), int) and isinstance(restated.get("char_end"), int):
        more.append([restated["char_start"], restated["char_end"]])
    for s in more:
        if s != own and tuple(s) not in listed:
            listed.add(tuple(s))
            spans.append(s)
    if spans:
        kept["also_at"] = spans
    return kept


class _KeptRows:
    """The builder's rows by what :func:`_restates` compares exactly (endpoint, measure, grade, category,
    site) and by their value to the unit (values it takes for the same are less than 0.05 apart, so
    they are in the same or the next unit), and the spans each row lists as ``also_at``."""

    FIELDS = ("endpoint", "measure", "grade", "category", "site")

    def __init__(self) -> None:
        self.bins: dict[tuple[Any, ...], list[int]] = {}
        self.spans: dict[int, set[tuple[int, ...]]] = {}

    def _key(self, row: dict[str, Any], shift: int = 0) -> Optional[tuple[Any, ...]]:
        value = row["value"]
        if not math.isfinite(value):
            return None  # an infinite or NaN value restates nothing and nothing restates it
        return (*(row[k] for k in self.FIELDS), math.floor(value) + shift)

    def near(self, row: dict[str, Any]) -> list[int]:
        """The indices of the rows ``row`` may restate or be restated by, in the order they were kept."""
        found: list[int] = []
        for shift in (-1, 0, 1):
            key = self._key(row, shift)
            found += self.bins.get(key, []) if key is not None else []
        return sorted(found)

    def add(self, i: int, row: dict[str, Any]) -> None:
        key = self._key(row)
        if key is not None:
            bisect.insort(self.bins.setdefault(key, []), i)

    def replace(self, i: int, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Row ``i`` is now ``new`` (its value may be in another unit); ``new`` lists what it lists."""
        key = self._key(old)
        if key is not None:
            self.bins[key].remove(i)
        self.add(i, new)
        self.spans[i] = {tuple(s) for s in new.get("also_at", [])}

    def listed(self, i: int) -> set[tuple[int, ...]]:
        return self.spans.setdefault(i, set())


# Python's collector walks the objects made since its last walk every 700 new ones, and at most every hundredth
# time every object the process holds. Extracting a document makes objects by the ten thousand that live as long
# as the document (its sentences, mentions, rows) and little garbage (cycles of some thousands of objects): those
# walks find next to nothing, and the full ones walk the pipeline and its compiled rules again and again, about a
# twentieth of a paper's time (seed texts). While a document is extracted the young objects are walked every
# YOUNG_COLLECTION_EVERY new ones (the older ones after ten and a hundred of those walks, as before): the collector
# then takes under a fiftieth, the garbage a document leaves is still collected, and memory stays bounded on the
# longest texts. (``gc.freeze`` once the pipeline is built would spare only part of the full walks, and keep for
# good whatever the process held then; a pool's worker freezes its start-up, see ``batch.warm_up_worker``.)
YOUNG_COLLECTION_EVERY = 20_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The collector's young threshold raised while the block runs, then put back as it was. Left alone when
    automatic collection is off or already as rare (a caller's own setting, or an extraction that runs beside
    this one in another thread: it puts back what it found)."""
    threshold = gc.get_threshold()
    if threshold[0] == 0 or threshold[0] >= YOUNG_COLLECTION_EVERY:
        yield
        return
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def extract_document(document: Document, source: Optional[str] = None) -> dict[str, Any]:
    """Everything the rules find in one document, as the extraction contract's JSON object."""
    with _fewer_collections():
        return _extract_document(document, source)


def _extract_document(document: Document, source: Optional[str]) -> dict[str, Any]:
    norm = normalize(document.text)
    sdoc = build_nlp()(norm.text)
    builder = _Builder(document, norm)
    builder.groups = sdoc._.groups
    study_fields, study_provenance = _study(sdoc, builder)
    # A meta-analysis reports pooled estimates of its own: like a primary study, its numbers go to
    # the whole (pooled) population; a narrative review's numbers belong to the studies it cites.
    review = study_fields.get("kind") == "review" and study_fields.get("design") != "meta-analysis"
    if not review:
        builder.add_cohort("All patients", _total_of_its_arms(sdoc._.study, builder.groups,
                                                              study_fields.get("n_patients")), parent=None, key="all")
        if builder.cohorts["all"].n != study_fields.get("n_patients"):
            study_fields["n_patients"] = builder.cohorts["all"].n
            # the size is its groups' sizes together: they are what says it, not the number first read
            where = _sizes_of_the_groups(builder, sentence_texts(sdoc))
            if where is not None:
                study_provenance["n_patients"] = where
        for group in builder.groups.groups if builder.groups else []:
            # the groups a comparative study compares are its cohorts, whether or not a row names them,
            # when the paper defines them (a randomisation, a size, a comparative title)
            if group.n is not None or (group.definition and group.definition.pattern_id not in WEAK_GROUPS):
                builder.group_cohort(GroupRef(group.label, key=group.key))

    from oncoev.extract.table_citations import citing_endpoints
    from oncoev.extract.table_results import read_table
    from oncoev.extract.table_sources import document_tables, normalized_spans

    groups = builder.groups.groups if builder.groups else []
    tables = document_tables(document, norm, [sorted(g.aliases) for g in groups], [g.n for g in groups])
    sentences = sentence_texts(sdoc)
    cited = citing_endpoints([t.label for t in tables], [text for _, text in sentences])
    readings = [read_table(t, endpoints) for t, endpoints in zip(tables, cited, strict=True)]
    table_spans = normalized_spans(tables, norm)

    scope = Scope(review, sentences, sdoc._.sections, dict(sdoc._.citations or []), norm.text)
    dose_mentions = _read_sentences(builder, sdoc, scope, table_spans)
    if not review:
        dose_mentions.setdefault(("all", None), []).extend((0, d) for d in sdoc._.table_doses or [])
    _add_doses(builder, dose_mentions, review)
    unexplained = [] if review else _read_tables(builder, readings, table_spans, norm, document)
    # "24 patients (46.2%) in arm A" of arm A's 52 treated patients, not its 53 randomised: the population the share
    # was taken of
    subject_populations(builder.document.text, builder.results, builder.cohorts, builder.subject_cohort)
    stated_totals(builder.results, builder.cohorts, builder.part_of, builder.unnamed_place)
    # "Twelve (30%) of the 40 evaluable patients" in a study of 70: those 40's
    analysed_parts(builder.document.text, builder.results, builder.cohorts, builder.subject_cohort)
    # "130 of 646 treated patients" in a trial of 664: those 646's
    nearly_all_totals(builder.document.text, builder.results, builder.cohorts, builder.part_of,
                      lambda key: builder.groups is not None and builder.groups.get(key) is not None)
    totals_along_a_list(builder.document.text, builder.results, builder.cohorts)
    move_to_share_populations(builder.results, builder.cohorts)
    move_to_the_whole_the_share_fits(builder.results, builder.cohorts)
    shares_with_their_counts(builder.results)
    # "neutropenia in 300 (90%) patients" in a trial of 800: a share of a part of the study no rule named, not of all
    part = shares_of_a_part(builder.results, builder.cohorts)
    # "Thirty-one patients went on to receive drug Q and achieved a response rate of 27%" in a study of 50: those 31's
    part += values_of_a_sized_part(builder.document.text, builder.results, builder.cohorts)
    builder.results = [r for r in builder.results if not any(r is p for p in part)]
    told_before = {id(r) for r in _said_otherwise_before(builder)}
    builder.results = [r for r in builder.results if id(r) not in told_before]

    # A group named only by a row that was then dropped as a restatement is no group of the study;
    # nor is a cited study a review names without reporting a number for it.
    used = {r["cohort"] for r in builder.results} | {r.get("comparator") for r in builder.results} | \
        {d["arm"] for d in builder.doses}
    used |= {builder.cohorts[k].parent for k in used if k in builder.cohorts}
    builder.cohorts = {k: c for k, c in builder.cohorts.items()
                       if k in used or k == "all" or (c.cited is None and
                                                      str(c.provenance.get("pattern_id", "")).startswith(
                                                          ("cohort.", "group."))
                                                      and c.provenance.get("pattern_id") != "cohort.label_n")}
    _tell_namesakes_apart(builder.cohorts)
    settle_assessors(builder.results)
    doses_ok, dropped = _valid_rows(builder.doses, DoseIn, "doses")
    results_ok, dropped_results = _valid_rows(builder.results, ResultIn, "results")
    cohorts = [c.contract() for c in builder.cohorts.values()]
    results_ok, dropped_sizes = _within_groups(cohorts, builder.arms, results_ok)
    extraction = {
        "source": source or document.filename,
        "document": document.contract(),
        "extractor": {"name": EXTRACTOR_NAME, "version": EXTRACTOR_VERSION},
        "curation": {"status": "extracted"},
        "study": {**document.metadata.study_fields(), **study_fields, "provenance": study_provenance or None},
        "cohorts": cohorts,
        "arms": builder.arms,
        "doses": doses_ok,
        "results": results_ok,
        # Rows a rule produced that the contract refuses (a rate above 100, a CI around the
        # wrong value): listed for whoever debugs the rule, never loaded.
        "dropped": dropped + dropped_results + dropped_sizes + [
            {"section": "results", "pattern_id": r.get("pattern_id"), "quote": r.get("quote"),
             "problems": ["cohort: the share is of far fewer patients than the study's"]} for r in part],
    }
    # The numbers of the abstract, results and tables that no row and no class explains; in a table
    # whose cells the table reader placed, a number it explained (a p value, a baseline figure, a
    # reference category) is explained whatever the classes say.
    listed = unexplained_numbers(document, extraction, norm, sdoc._.sections)
    extraction["unexplained"] = _also_unexplained_by_tables(listed, document, unexplained)
    return extraction


def _tell_namesakes_apart(cohorts: dict[str, _Cohort]) -> None:
    """Groups of one name within different groups (a table's "Women" under each of its arms): each is labelled
    with the group it is part of as well ("Women, drug K"), so that a reader of the database, who sees labels, can
    tell them apart; keys and links stay as they are."""
    by_name: dict[tuple[str, Optional[str]], list[_Cohort]] = {}
    for c in cohorts.values():
        by_name.setdefault((c.label.lower(), c.cited), []).append(c)
    for namesakes in by_name.values():
        parents = [cohorts.get(c.parent) if c.parent else None for c in namesakes]
        if len(namesakes) < 2 or None in parents or len({p.key for p in parents}) != len(namesakes):
            continue
        for c, parent in zip(namesakes, parents, strict=True):
            c.label = f"{c.label}, {parent.label}"


def _also_unexplained_by_tables(items: list[dict[str, Any]], document: Document,
                                table_items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cells = [(c.char_start, c.char_end) for t in document.tables for c in t.cells
             if c.char_start is not None and c.char_end is not None]
    if not cells:
        return items
    left = [(t["char_start"], t["char_end"]) for t in table_items
            if t.get("char_start") is not None and t.get("char_end") is not None]

    def inside(item: dict[str, Any], spans: list[tuple[int, int]]) -> bool:
        return any(a <= item["char_start"] and item["char_end"] <= b for a, b in spans)

    return [i for i in items if not inside(i, cells) or inside(i, left)]


def _within_groups(cohorts: list[dict[str, Any]], arms: list[dict[str, Any]], results: list[dict[str, Any]]
                   ) -> tuple[list[dict[str, Any]], list[dict]]:
    """The contract's group-size check (the loader's too): a group larger than the parent it was given
    loses that link, a count larger than its group is dropped; both are listed with the problem."""
    dropped, drop = [], set()
    for section, i, name, message in group_size_problems(cohorts, arms, results):
        row = cohorts[i] if section == "cohorts" else results[i]
        dropped.append({"section": section, "pattern_id": row.get("pattern_id"), "quote": row.get("quote"),
                        "problems": [f"{name}: {message}"]})
        if section == "cohorts":
            row["parent"] = None
        else:
            drop.add(i)
    return [r for i, r in enumerate(results) if i not in drop], dropped


def _read_tables(builder: _Builder, readings: list[Any], table_spans: list[tuple[int, int]], norm: Normalized,
                 document: Document) -> list[dict[str, Any]]:
    """The rows of a primary study's tables, and the table numbers they leave unexplained: the tables of
    the document's grids (JATS, PDF, " | " rows), then those flattened into the text (through the table
    model when their header can be laid over their columns, else by the older flat reader)."""
    from oncoev.extract.flat_tables import grid_from_flat
    from oncoev.extract.table_results import read_table

    unexplained: list[dict[str, Any]] = []
    for reading in readings:
        unexplained.extend(reading.unexplained)
        for tr in reading.results:
            _add_table_result(builder, tr)
    for flat in find_flat_tables(norm.text):
        if _inside(table_spans, flat.start):
            continue
        grid = grid_from_flat(flat, norm, document.text)
        reading = read_table(grid) if grid is not None else None
        if reading is not None and reading.results:
            unexplained.extend(reading.unexplained)
            for tr in reading.results:
                _add_table_result(builder, tr)
            continue
        for found, group in read_flat_table(flat):
            prov = builder.provenance(found.start, found.end, found.pattern_id)
            prov["locator"] = f"{flat.caption[:60]}, {norm.text[found.start:found.end].split(chr(10))[0][:40]}"
            cohort = builder.cohort_for(group, "all", None, prov)
            if cohort is not None:
                builder.add_result(found, cohort, None, None, prov)
    return unexplained


# What a sentence under a heading of the patients' characteristics says the patients came with: conditions ("severe
# renal impairment in 12%"), and the tumour's findings at a surgery before the study ("Of the 300 high-risk patients,
# 270 (90%) had positive margins": an adjuvant trial's or a registry's entry features), no outcome of the treatment
FOUND_AT_ENTRY = codes_with("found_at_entry")  # (patterns/endpoint_codes.yaml, as the other sets of codes here)


def _read_sentences(builder: _Builder, sdoc: Any, scope: Scope, table_spans: list[tuple[int, int]]
                    ) -> dict[tuple[str, Optional[str]], list[tuple[int, Any]]]:
    """The rows of every sentence the scope policy reads: its group definitions and arms, its results
    (each given its cohort and comparator), and the dose schedules it states, by group."""
    results = dict(sdoc._.results or [])
    cohorts = dict(sdoc._.cohorts or [])
    doses = dict(sdoc._.doses or [])
    arms = dict(sdoc._.arms or [])
    dose_mentions: dict[tuple[str, Optional[str]], list[tuple[int, Any]]] = {}
    part_before = False  # the sentence before opened with a part of the patients ("Among the 58 with stage III, ...")
    arm_before = False  # the sentence before opened with one arm ("For the B regimen, ..."), or went on about it
    for index, (start, text) in enumerate(scope.sentences):
        if _inside(table_spans, start):
            continue  # a table's rows are read as a table
        reading = scope.reading(index)
        builder.next_sentence(reading.new_paragraph)
        builder.section = section_at(scope.sections, start, scope.section_starts)
        if not reading.read:
            continue
        carried = part_before and not reading.new_paragraph and \
            _goes_on_with_the_part(builder, text, results.get(start))
        part_before = (RX.PART_LEAD.match(text) is not None or carried) and not scope.review
        arm_carried = arm_before and not reading.new_paragraph and _goes_on_with_the_arm(builder, text)
        arm_before = (_one_arm_lead(builder, text) or arm_carried) and not scope.review
        if carried:
            reading = replace(reading, part=True)
        if reading.cited is not None:
            default = _cited_cohort(builder, reading.cited, text, reading.cite_at, start)
        else:
            default = "all"
        if not scope.review and reading.doses:  # schedules are written in the methods
            previous = scope.sentences[index - 1][1] if index else None
            for dose in doses.get(start) or []:
                # "29 patients received 55 Gy": the dose of the arm the sentence counts; else a compared group
                counted = [a for a in arms.get(start) or [] if a.start <= dose.start and dose.end <= a.end]
                arm = builder.add_arm(counted[0], start) if counted and reading.results else \
                    _dose_arm(builder, text, dose, previous)
                dose_mentions.setdefault((arm, None), []).append((start, dose))
        if not reading.results:
            continue
        for mention in cohorts.get(start) or []:
            if scope.review or builder.find_cohort(GroupRef(mention.label, mention.n), None):
                continue
            if builder.groups and builder.groups.mentions(mention.label):
                continue  # "randomised to A (n = 61)": a compared group, which the group index holds
            _add_mention(builder, mention, start)
        if not scope.review:
            for arm in arms.get(start) or []:
                builder.add_arm(arm, start)
        found_here = results.get(start).found if results.get(start) else []
        # (only a sentence with an unnamed pair needs to know: most sentences are passed without the regexes)
        builder.contrasts_others = any(ref is not None and ref.unnamed is not None
                                       for f in found_here for ref in (f.group, f.comparator)) \
            and _contrasts_other_groups(builder, text)
        # (rows that name their groups first: "... for A with 11 months compared to 8 months in B, with 1-year
        # survival at 49% and 34%, respectively" pairs the unnamed values with the groups this sentence compared)
        if default == "all" and not scope.review:
            found_here = _without_the_parts_unnamed_values(found_here, text)
            found_here = [f for f in found_here if not _seen_in_a_part_after(f, text)]
        found_here = _without_a_counts_breakdown(found_here, text)
        if arm_carried:
            # "For the B regimen, 2 patients (8%) had a partial response. Median survival was 9 months.": the values
            # that name no group, after a sentence framed by one arm, are likely that arm's: none is all patients'
            found_here = [f for f in found_here if f.group is not None and (f.group.label or f.group.key is not None
                                                                             or f.group.unnamed is not None)]
        if default == "all" and not scope.review and builder.groups is not None:
            _seen_in_an_arm_after(builder, found_here, text)
            found_here = _without_items_listed_before_an_arm(builder, found_here, text)
            _events_of_an_arm(builder, found_here, text)
        for found in sorted(found_here, key=lambda f: f.group is not None and f.group.pair_only):
            if _inside(table_spans, start + found.start):
                continue  # a sentence running into a table: the table's numbers are read as a table
            if any(a <= found.value_at < b for a, b in reading.others):
                continue  # a number of another study the discussion compares ours with: left unexplained
            if reading.baseline and found.fields.get("endpoint") in FOUND_AT_ENTRY:
                continue  # "severe renal impairment in 12%" under "Patient characteristics": what they came with
            if reading.part and (found.group is None or found.group.key is not None or found.group.unnamed is not None):
                continue  # "Median OS was 9.1 months with A and 7.2 with B" under "Stage IV patients": that part's
            _add_found(builder, found, start, default, reading.cited, text)
        builder.contrasts_others = False
        if scope.review:
            for dose in doses.get(start) or []:
                dose_mentions.setdefault((default, reading.cited), []).append((start, dose))
    return dose_mentions


def _one_arm_lead(builder: _Builder, text: str) -> bool:
    """Whether a sentence opens with one of the trial's groups as its frame ("For the B regimen, ...", "In arm A,
    ..."), in a trial that compares two or more."""
    if builder.groups is None or len(builder.groups.groups) < 2:
        return False
    m = RX.ARM_LEAD.match(text)
    return m is not None and len({x.key for x in builder.groups.mentions(m.group("label"))}) == 1


def _goes_on_with_the_arm(builder: _Builder, text: str) -> bool:
    """Whether a sentence after one framed by an arm goes on about it: it names no group, sets no scope of its own
    and names no population of its own, nor all patients, nor the groups together ("in any of the two arms")."""
    return builder.groups is not None and not builder.groups.mentions(text) and not (
        RX.OWN_SCOPE_LEAD.match(text) or RX.WHOLE_SAID.search(text) or RX.OWN_PATIENTS.search(text)
        or RX.GROUPS_TOGETHER.search(text))


def _goes_on_with_the_part(builder: _Builder, text: str, found: Any) -> bool:
    """Whether a sentence after one that opened with a part of the patients ("Among the 58 patients with stage III
    disease, 3-year OS was 61% with A and 47% with B.") goes on about that part: it says so ("Local control was also
    better with A (88% vs 71%)") or its values have no group but the pair before ("The 2-year rates were 30% and
    21%, respectively"), and it sets no scope of its own nor names all patients."""
    if RX.OWN_SCOPE_LEAD.match(text) or RX.WHOLE_SAID.search(text) or RX.OWN_PATIENTS.search(text):
        return False
    if RX.GOES_ON.search(text):
        return True
    refs = [ref for f in (found.found if found else []) for ref in (f.group, f.comparator) if ref is not None]
    return bool(refs) and all(ref.unnamed is not None or ref.pair_only for ref in refs)


def _without_the_parts_unnamed_values(found: list[Found], sentence: str) -> list[Found]:
    """A sentence that gives values of a part of the patients named by a trait ("Median OS was 14.2 months and median
    PFS was 7.9 months in patients with low marker Q levels, compared with ... in patients with high levels") says its
    other values of that part too, or of another, whichever the rules read it by: none of them is all patients' (which
    the sentence would say: "48% overall, 61% for patients with stage I disease"). The values no rule gave a group are
    dropped (left unexplained for a curator), a group's own kept."""
    parts = [f for f in found if f.group is not None and f.group.label and RX.PART_BY_TRAIT.match(f.group.label)]
    if not parts or RX.WHOLE_SAID.search(sentence):
        return found
    sizes = {f.group.n for f in parts if f.group.n}
    return [f for f in found if f.group is not None or f.comparator is not None
            # "Of the 31 patients with local failure, 26 had ...": the part's size, a count among all the patients
            or (f.fields.get("measure") == "count" and f.fields.get("value") in sizes)
            # "34 patients (68%) out of the 50 patients with low expression": the share of a count of the part's
            or any(p.start < f.end and f.start < p.end for p in parts)]


def _seen_in_a_part_after(found: Found, sentence: str) -> bool:
    """Whether a value no rule gave a group is said, after it, to be seen in a part of the patients ("a similar
    trend for OS (HR = 0.78) was apparent in patients whose tumours were negative for marker Q"): that part's, never
    all patients' (dropped; left unexplained)."""
    if found.group is not None or found.comparator is not None:
        return False
    return RX.SEEN_IN_A_PART_AFTER.match(sentence, found.value_at) is not None


def _seen_in_an_arm_after(builder: _Builder, found: list[Found], sentence: str) -> None:
    """A value no rule gave a group whose clause goes on to say it was seen in one of the paper's groups ("Apart from
    neutropenia, only anorexia (3%) reached grade 3 in the drug B arm") is that group's, not all patients' (in
    place); a clause that names two groups, or another value after the first, is left as it was."""
    lone = [f for f in found if f.group is None and f.comparator is None]
    if not lone:
        return
    mentions = builder.groups.mentions(sentence)
    for f in lone:
        after = [m for m in mentions if m.start >= f.value_at]
        if not after or ";" in sentence[f.value_at:after[0].start]:
            continue
        m = after[0]
        if len({x.key for x in after if ";" not in sentence[m.end:x.start]}) > 1 or \
                any(f.value_at < o.value_at < m.start for o in found if o is not f) or \
                not RX.SEEN_IN_AN_ARM_AFTER.fullmatch(sentence, f.value_at, m.start):
            continue
        group = builder.groups.get(m.key)
        f.group = GroupRef(group.label if group else sentence[m.start:m.end], key=m.key)


def _without_items_listed_before_an_arm(builder: _Builder, found: list[Found], sentence: str) -> list[Found]:
    """'3 patients achieved PR, 9 achieved SD and 18 progressed in the control arm': the arm named at the list's end
    is that of every item, not only of the last the rules gave it; an earlier item left with no group is no value of
    all patients, and gives no row. Kept when an item the arm was given is of the same outcome ('20 patients died, 12
    in the control arm': a part of the first), or when the clause names more than one group."""
    lone = [f for f in found if f.group is None and f.comparator is None]
    if not lone:
        return found
    mentions = builder.groups.mentions(sentence)
    if not mentions:
        return found
    dropped = []
    for f in lone:
        after = [m for m in mentions if m.start >= f.value_at]
        if not after or ";" in sentence[f.value_at:after[0].start]:
            continue
        m = after[0]
        if len({x.key for x in after if ";" not in sentence[m.end:x.start]}) > 1:
            continue
        given = [o for o in found if f.value_at < o.value_at < m.start and o.group is not None and o.group.key == m.key]
        if given and all(o.fields.get("endpoint") != f.fields.get("endpoint") for o in given):
            dropped.append(f)
    return [f for f in found if not any(f is d for d in dropped)]


EVENTS_OF_A_TREATMENT = codes_with("caused_by_treatment")


def _events_of_an_arm(builder: _Builder, found: list[Found], sentence: str) -> None:
    """'Drug A-related adverse events included fatigue (45%), nausea (38%) ...': events said to be caused by one of
    the compared groups' treatments are that group's, not all patients' (in place; a value no rule gave a group,
    after the name). Not when the sentence names another group too, nor when the treatment named is shared by more
    than one group ('chemotherapy-related' in a trial of chemotherapy with or without drug B)."""
    lone = [f for f in found if f.group is None and f.comparator is None
            and f.fields.get("endpoint") in EVENTS_OF_A_TREATMENT]
    if not lone:
        return
    # (a name joined to "-related" by its hyphen is read as a name: the hyphen as a blank, offsets kept)
    mentions = builder.groups.mentions(RX.CAUSED_BY_HYPHEN.sub(r" \1", sentence))
    if len({m.key for m in mentions}) != 1:
        return
    m = mentions[0]
    named = sentence[m.start:m.end].lower()
    if not RX.CAUSED_BY_BEFORE.match(sentence, m.end) or \
            sum(named in (g.label or "").lower() for g in builder.groups.groups) != 1:
        return
    group = builder.groups.get(m.key)
    for f in lone:
        if f.value_at > m.end:
            f.group = GroupRef(group.label if group else named, key=m.key)


def _without_a_counts_breakdown(found: list[Found], sentence: str) -> list[Found]:
    """A count of an outcome said "of these" after a larger count of the same outcome, event and grade ("Twelve
    patients died during the study; of these, nine died of progressive disease and three of infection") is a share of
    that count by cause or time, no count of the outcome among the patients: dropped (left unexplained). A count of
    another outcome or event stays ("Twenty patients responded; of these, five had a complete response")."""
    counts = [f for f in found if f.fields.get("measure") == "count"]
    if len(counts) < 2 or not RX.OF_THESE.search(sentence):
        return found

    def event(f: Found) -> tuple:
        return f.fields.get("endpoint"), f.fields.get("category"), f.fields.get("grade"), f.group, f.comparator

    dropped = {id(f) for f in counts for p in counts
               if p.value_at < f.value_at and event(p) == event(f) and p.fields["value"] > f.fields["value"]
               and RX.OF_THESE.search(sentence, p.value_at, f.value_at)}
    return [f for f in found if id(f) not in dropped]


# Words no group's name is: one that ends on a word that needs more ("patients who", "deemed to"), starts with one that
# qualifies a clause ("from all causes", "irrespective of stratification", "only the performance status"), names an
# analysis with "a" ("a propensity score matched cohort", "a higher X"; not "a single lesion"), cites another paper
# ("(Smith et al 2005)") or holds a verdict ("... did not reach statistical significance", "patients who continued X
# than patients who did not")
def _an_outcomes_name(label: str) -> bool:
    """Whether a label is an outcome's name or abbreviation, whole ("ORR", "overall survival")."""
    return bool(endpoint_matcher().abbreviations.fullmatch(label.strip())) or code_of(label) is not None


def _add_to_each_group(builder: _Builder, found: Found, every: re.Match, start: int) -> bool:
    """The same value for each of the groups compared ("in both arms", "in all three groups"): one row each (their
    order does not matter); with no such groups known, none. Whether rows were added."""
    size = {"three": 3, "3": 3, "four": 4, "4": 4}.get((every.group("n") or "").lower(), 2)
    if every.group("every"):  # "in all arms", "in every group": as many as the paper compares
        size = len(builder.groups.groups) if builder.groups is not None and len(builder.groups.groups) > 1 else 0
    arms: list[Optional[str]] = list(builder.compared_pair() or ()) if size == 2 else []
    if not arms and builder.groups is not None and len(builder.groups.groups) == size:
        arms = [builder.group_cohort(GroupRef(g.label, key=g.key)) for g in builder.groups.groups]
    if len(arms) != size or not all(arms) or len(set(arms)) != size:
        return False
    # an interval said with the one value is at most one group's ("12 months in both groups (95% CI 8 to 14 and 7 to
    # 17)"): the rows keep the value only
    fields = dict(found.fields, ci_low=None, ci_high=None)
    for mine in arms:
        prov = builder.provenance(start + found.start, start + found.end, found.pattern_id)
        other = next(a for a in arms if a != mine) if size == 2 else None
        builder.add_result(Found(dict(fields), found.start, found.end, found.pattern_id), mine, other, None, prov)
    return True


def _group_size_stated(builder: _Builder, cohort: str, found: Found, start: int) -> bool:
    """Whether a count given to a compared group is that group's size, read where the paper defines the group."""
    group = builder.groups.get(cohort) if builder.groups else None
    if group is None or group.n is None or group.definition is None or found.fields.get("measure") != "count":
        return False
    return found.fields.get("value") == group.n and abs(group.definition.start - (start + found.start)) < 300


def _whole_sample_defined(builder: _Builder, cohort: str, found: Found, start: int) -> bool:
    """Whether a count of the whole study population is the study's size, said where the patients are enrolled."""
    whole = builder.cohorts.get(cohort) if cohort == "all" else None
    if whole is None or whole.n is None or found.fields.get("measure") != "count" or \
            found.fields.get("value") != whole.n:
        return False
    return RX.ENROLMENT_AFTER.match(builder.norm.text, start + found.end) is not None


def _contrasts_other_groups(builder: _Builder, sentence: str) -> bool:
    """Whether a sentence contrasts, in words, groups that are none of the paper's groups."""
    if builder.groups is None or not builder.groups.groups:
        return False
    if RX.PART_AGAINST_WHOLE.search(sentence):
        return True  # "higher in Japanese patients than in the overall population (a vs b)": a part against all
    mentions = builder.groups.mentions(sentence)
    # "improved ... both in the A arm (a vs b) and in the B arm (c vs d)": each pair compares patients within its arm
    if any(RX.BOTH_BEFORE.search(sentence, max(0, m.start - 24), m.start) and RX.PAIR_BRACKET_AFTER.match(sentence,
                                                                                                          m.end)
           for m in mentions):
        return True
    lead = RESULTS_RX.COMPARED_IN_WORDS.match(sentence)
    if lead and RESULTS_RX.OUTSIDE_TRIAL_WORDS.search(lead.group("other")) and \
            not any(m.start < lead.end() for m in mentions):
        return True  # "Compared with historical controls, treatment with A gave ... (a vs b)": A against no arm
    subject = RX.GROUP_AS_SUBJECT.match(sentence)
    if subject is not None and not any(m.start < subject.end() for m in mentions):
        return True  # "The intermittent schedule gave more X (a vs b)": a group no name of the paper's says first
    if RX.FACTOR_SPLIT.search(sentence) and not mentions:
        return True  # "OS by nodal status differed (a vs b)": the factor's levels, no arms
    if RX.PEOPLE_BY_A_TRAIT.search(sentence) and not mentions:
        return True  # "similar in patients younger and older than 65 years (a vs b)": two kinds of patients, no arms
    return RX.NAMED_CONTRAST.search(sentence) is not None and not mentions


ADDED_WORDS = frozenset({"plus", "and", "with", "combined", "combination", "the", "of", "in"})


def _arms_compared_before_ratio(builder: _Builder, sentence: str, found: Found
                                ) -> Optional[tuple[GroupRef, GroupRef]]:
    """A ratio no rule gave a group whose bracket opens straight after two of the study's groups of all patients set
    against each other ("after A compared with B (HR 2.1"): the first against the second; None otherwise. The groups
    are those the group index compares, else the sized groups of all patients the text defined ("surgery (n = 140)")."""
    at = found.value_at if found.value_at is not None else found.start
    bracket = sentence.rfind("(", 0, at)
    if bracket < 0 or not RX.AFTER_COMPARED_ARMS.fullmatch(sentence, bracket, at):
        return None
    before = sentence[:bracket]
    named: list[tuple[int, int, str, str]] = []  # (start, end, key, label)
    arms = builder.compared_arms() if builder.groups is not None else []
    if arms:
        labels = {g.key: g.label for g in arms}
        named = [(m.start, m.end, m.key, labels[m.key]) for m in builder.groups.mentions(before) if m.key in labels]
    else:
        for c in builder.cohorts.values():
            if c.key == "all" or c.parent != "all" or not c.n or c.cited is not None:
                continue
            for name in {c.label, *c.aliases}:
                named += [(m.start(), m.end(), c.key, c.label)
                          for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", before, re.I)]
        # (a name inside a longer one is no mention of its own: "RT" in "CT-RT")
        named = [x for x in named if not any(o[0] <= x[0] and x[1] <= o[1] and o[1] - o[0] > x[1] - x[0]
                                             for o in named)]
    named.sort()
    if len(named) < 2:
        return None
    first, second = named[-2], named[-1]
    if first[2] == second[2] or not RX.BETWEEN_COMPARED_ARMS.fullmatch(sentence, first[1], second[0]) or \
            not RX.AFTER_COMPARED_ARMS.fullmatch(sentence, second[1], at):
        return None
    return GroupRef(first[3], key=first[2]), GroupRef(second[3], key=second[2])


def _treatment_effect(builder: _Builder, sentence: str) -> Optional[tuple[GroupRef, GroupRef]]:
    """A ratio no rule gave a group, in a two-arm randomised trial, in a sentence about the arms (naming one or
    "the two groups") and about no factor or subgroup: the treatment's effect, the experimental arm against the
    control arm (the one arm whose name says it: "placebo", "observation", "... alone"); None when unsure."""
    arms = builder.compared_arms()
    if len(arms) != 2 or not all(g.definition is not None and g.definition.pattern_id.startswith("group.randomised")
                                 for g in arms):
        return None
    if RX.NOT_THE_TREATMENT.search(sentence):
        return None
    mentions = builder.groups.mentions(sentence) if builder.groups else []
    keys = {g.key for g in arms}
    if not ({m.key for m in mentions} & keys) and not RX.BOTH_ARMS.search(sentence) and \
            not RX.RATIO_OF_THE_TRIALS_EVENT.match(sentence) and not RX.PAIR_THEN_RATIO.search(sentence):
        return None
    if any(not any(m.key in keys and (0 <= v.start() - m.end < 15 or 0 <= m.start - v.end() < 15) for m in mentions)
           for v in RX.VERSUS.finditer(sentence)):
        return None  # "PFS with X vs Y regardless of A (HR ...)": other things compared than the arms
    # the control: the arm whose name says so ("placebo", "observation", "... alone"), or whose drugs the other adds
    # to ("gefitinib" against "drug X plus gefitinib"); by the names the paper defined, not aliases read elsewhere
    words = [set(RX.LOWER_WORD_WITH_HYPHENS.findall(g.label.lower())) - ADDED_WORDS for g in arms]
    control = [g for g in arms if RX.CONTROL_ARM.search(g.label)] or \
        [g for g, w, other in zip(arms, words, words[::-1], strict=True) if w and w < other]
    if len(control) != 1 and not mentions and RX.PAIR_THEN_RATIO.search(sentence) and \
            all(g.definition.pattern_id.startswith(("group.randomised", "group.label_n")) for g in arms):
        # "PFS did not differ (median 3.1 vs 3.4 months; HR 0.95)" in a trial of two active drugs: the ratio of the
        # pair, whose values went to the arms in the order the paper defined them, is the first's against the second
        control = [sorted(arms, key=lambda g: g.definition.start)[1]]
    if len(control) != 1:
        return None
    experimental = next(g for g in arms if g is not control[0])
    return GroupRef(experimental.label, key=experimental.key), GroupRef(control[0].label, key=control[0].key)


# Outcomes of a treatment itself: only patients given it have them
TREATMENT_OUTCOMES = codes_with("treatment_outcome")


def _names_both_or_a_contrast(sentence: str) -> bool:
    """Whether a sentence is about a factor or subgroup, both arms, or a contrast ("vs", "than"): no one arm's."""
    return bool(RX.NOT_THE_TREATMENT.search(sentence) or RX.BOTH_ARMS.search(sentence) or RX.VERSUS.search(sentence) or
                RX.THAN.search(sentence))


def _only_treated_arm(builder: _Builder, sentence: str) -> Optional[GroupRef]:
    """"Drug A caused grade 3 rash in 12% of patients" in a two-arm randomised trial of drug A against observation (or
    no treatment, or supportive care alone): the toxicity of the treatment the sentence names, which only one arm was
    given, is that arm's; None when the sentence names the other arm, both or a contrast, or a subset."""
    arms = builder.compared_arms()
    if len(arms) != 2 or not all(g.definition is not None and g.definition.pattern_id.startswith("group.randomised")
                                 for g in arms):
        return None
    untreated = [g for g in arms if RX.UNTREATED_ARM.match(g.label.strip())]
    if len(untreated) != 1 or _names_both_or_a_contrast(sentence):
        return None
    treated = next(g for g in arms if g is not untreated[0])
    named = {m.key for m in builder.groups.mentions(sentence)}
    if not named:
        # "Chemotherapy caused neutropenia in 80%" of a trial of a regimen against observation: the class the index
        # calls the arm by ("the chemotherapy group"), said alone, not as a history ("prior chemotherapy") nor denied
        heads = {RX.GROUP_WORD_AFTER.sub("", a).lower() for a in treated.aliases if RX.GROUP_WORD_AFTER.search(a)}
        heads -= {"combination", "combined", "control", "experimental", "standard chemotherapy"}
        said = [m for h in heads for m in re.finditer(rf"(?<![\w-]){re.escape(h)}(?![\w-])", sentence, re.I)]
        if said and not any(RX.NOT_GIVEN_BEFORE.search(sentence, 0, m.start()) for m in said):
            named = {treated.key}
    if named != {treated.key}:
        return None
    return GroupRef(treated.label, key=treated.key)


# A drug named as what was stopped, cut or held: "drug V was discontinued", "discontinuation of drug V", "drug V dose
# reductions"
_STOPPED = r"(?:permanently\s+|temporarily\s+)?(?:discontinued|stopped|withdrawn|interrupted|reduced|held|withheld)"
STOPPING_ENDPOINTS = codes_with("drug_stopped")


def _stopped_drugs_arm(builder: _Builder, sentence: str, endpoint: str) -> Optional[GroupRef]:
    """"Drug V was discontinued because of adverse events in 131 patients (17.1%)" in a comparison of two groups, drug
    V plus X against X alone: a drug only one group was given (its name names that group alone), named as what was
    stopped or cut, is that group's; None when the sentence names the other group, both or a contrast."""
    arms = builder.compared_arms()
    if endpoint not in STOPPING_ENDPOINTS or len(arms) != 2 or builder.groups is None or \
            _names_both_or_a_contrast(sentence):
        return None
    mentions = builder.groups.mentions(sentence)
    if {m.key for m in mentions} != {arms[0].key} and {m.key for m in mentions} != {arms[1].key}:
        return None
    for m in mentions:
        name = re.escape(sentence[m.start:m.end])
        if re.search(rf"(?<![\w-]){name}\s+(?:was|were|had\s+to\s+be)\s+{_STOPPED}\b", sentence, re.I) or \
                re.search(rf"\b(?:discontinuation|withdrawal|interruption|reduction)s?\s+of\s+(?:the\s+)?{name}"
                          rf"(?![\w-])|(?<![\w-]){name}\s+(?:dose\s+)?(?:discontinuations?|reductions?|interruptions?)\b",
                          sentence, re.I):
            arm = next(g for g in arms if g.key == m.key)
            return GroupRef(arm.label, key=arm.key)
    return None


# Rules whose compared groups are the sentence's own ("between stage IIIA versus stage IIIB (median survivals, a and
# b months; ...)"): the pair of a next sentence that names none is not theirs
PAIRS_OF_THE_SENTENCE = frozenset({"result.compare.between_labelled"})


def _measured_factor_before(sentence: str, end: int) -> bool:
    """Whether words before a ratio (ending at ``end``) say it is a measured factor's ("prognostic for", "high ...
    levels"), outside what the model was adjusted for ("After adjustment for other prognostic factors, the HR was
    ...": the adjustment's words, not the ratio's factor)."""
    head = RX.ADJUSTED_FOR_FACTORS.sub(lambda m: " " * len(m.group(0)), sentence[:end])
    return RESULTS_RX.MEASURED_FACTOR_BEFORE.search(head) is not None


def _associated_factor(sentence: str, end: int, builder: Optional[_Builder] = None) -> bool:
    """Whether the sentence, before a ratio's end, says something is associated or correlated with the outcome, and
    that something is no treatment given ("a weight loss above 5% was associated with worse OS (HR 1.45)"); or that it
    predicts the outcome, and is neither a treatment given nor a group the paper compares ("Operation A was no
    independent predictor of OS (HR 1.1)": the study's ratio, as before)."""
    m = RESULTS_RX.ASSOCIATED_BEFORE.search(sentence, 0, end)
    if m is not None and not RESULTS_RX.TREATMENT_GIVEN_BEFORE.search(sentence, 0, m.start()):
        return True
    m = RESULTS_RX.PREDICTS_BEFORE.search(sentence, 0, end)
    return m is not None and not RESULTS_RX.TREATMENT_GIVEN_BEFORE.search(sentence, 0, m.start()) and (
        builder is None or not _names_a_compared_group(builder, sentence[:m.start()]))


def _names_a_compared_group(builder: _Builder, words: str) -> bool:
    """Whether ``words`` name a group the paper compares: a group it defines, or a cohort a row already has, by its
    name without decoration ("Segmentectomy" for the segmentectomy group)."""
    if builder.groups and builder.groups.mentions(words):
        return True
    said = f" {_plain_words(words)} "
    for key, cohort in builder.cohorts.items():
        name = _plain_words(core(cohort.label))
        if key != "all" and cohort.cited is None and len(name) > 3 and f" {name} " in said:
            return True
    return False


def _plain_words(text: str) -> str:
    """``text`` in lower case, its words (letters, digits, "-" and "+") parted by single spaces."""
    return " ".join("".join(ch if ch.isalnum() or ch in "-+" else " " for ch in text.lower()).split())


def _add_found(builder: _Builder, found: Found, start: int, default: str, cited: Optional[str],
               sentence: str = "") -> None:
    """One result a sentence rule found: its cohort and comparator, the pair the paragraph compares."""
    if cited is None and found.group is None and found.fields.get("measure") in RATIOS:
        found.group, found.comparator = _arms_compared_before_ratio(builder, sentence, found) or \
            _treatment_effect(builder, sentence) or (None, found.comparator)
    # "5.6 months in both groups", "18% in each arm": one value that is every compared group's
    label = found.group.label if found.group is not None else None
    every = BOTH_GROUPS_LABEL.fullmatch(label.strip()) if label else None
    if every and every.group("every") and not RX.EVERY_AFTER.match(builder.norm.text, start + found.end):
        # "similar in all groups, with 68% with A, 68% with B and 73% with C": each value's own group follows it;
        # "all"/"every" is the value's only when said right after it ("rates were 2% in all arms")
        return
    if every and cited is None:
        if _add_to_each_group(builder, found, every, start) or found.pattern_id != "result.count.none":
            return
        # "no complete response was seen in either group", the groups not known: none in all patients either
        found.group = None
    prov = builder.provenance(start + found.start, start + found.end, found.pattern_id)
    if cited is None:
        found.group, found.comparator = _prose_group(builder, found.group), _prose_group(builder, found.comparator)
    cohort = builder.cohort_for(found.group, default, cited, prov)
    if cohort is None:
        return  # a group known only by a size no group of the paper has: its numbers stay unexplained
    if cohort == "all" and found.group is None and found.comparator is None and cited is None and \
            found.fields.get("endpoint") in TREATMENT_OUTCOMES:
        clause = semicolon_clause(sentence, found.start, found.end)
        treated = _only_treated_arm(builder, clause) or _stopped_drugs_arm(builder, clause, found.fields["endpoint"])
        if treated:
            cohort = builder.cohort_for(treated, default, cited, prov) or cohort
    if cohort == "all" and found.group is None and cited is None and _counted_over_a_part(builder, found, sentence):
        return  # "with 5/8 (63%) patients" in a study of 20: a part no name gives, never all patients
    if _group_size_stated(builder, cohort, found, start) or _whole_sample_defined(builder, cohort, found, start):
        return  # "..., with 120 and 118 receiving A and B, respectively": the groups' sizes, no outcome's count
    comparator = builder.cohort_for(found.comparator, default, cited, prov) if found.comparator else None
    if comparator is None and cited is None and found.comparator is not None and found.comparator.label and \
            found.comparator.key is None and _an_outcomes_name(found.comparator.label):
        return  # "... for ORR; 58% vs 35%" read as ORR against a group: the pair is misread, neither side is kept
    if cited is None and any(ref is not None and ref.key is None and ref.label and RX.SCALE_NAME.search(ref.label)
                             for ref in (found.group, found.comparator)):
        return  # "rates of 22% for physical functioning and 48% for social functioning": scales, no people
    if comparator is None and cited is None and found.fields.get("measure") in RATIOS and (
            cohort == "all" or found.group is not None and found.group.key is None and
            RX.MEASURED_LEVELS.search(found.group.label or "") and not RX.PEOPLE_WORD.search(found.group.label
                                                                                          or "")) and \
            (_measured_factor_before(sentence, found.end) or _associated_factor(sentence, found.end, builder)):
        # "High serum levels of marker Q were associated with shorter PFS (HR 1.5 ...)", "Albumin was prognostic for
        # OS (HR 0.6)": the ratio of a measured factor's levels, which no group of the paper names; never all
        # patients' (a ratio of the arms is said of the treatments, and gets them above), nor of a "group" that is
        # the factor's own words ("Increasing levels of marker Q were associated with ...": no people)
        return
    if comparator == cohort and cohort != "all" and found.group is not None and found.comparator is not None and \
            found.group.label and found.comparator.label and \
            found.group.label.strip().lower() != found.comparator.label.strip().lower():
        # "25% for drug A plus X and 22% for X": two groups read as one ("X" taken for the group whose name holds it),
        # so one of them is the wrong one; neither row is kept
        return
    if found.pattern_id in PAIRS_OF_THE_SENTENCE:
        pass  # levels of a factor compared in one bracket, no pair a later sentence's unnamed values are of
    elif found.group is not None and found.group.key and found.comparator is not None and found.comparator.key:
        if builder.last_pair is None:  # the groups as the paper compares them, whole groups
            builder.last_pair = (found.group.key, found.comparator.key)
    elif comparator is not None and builder.last_pair != (comparator, cohort):
        builder.last_pair = (cohort, comparator)  # rows come in pairs: keep the first's order
    # (a ratio is of one group against the other whichever the text names first: no order of the pair's values)
    if comparator is not None and cohort != "all" and cited is None and not (found.group and found.group.pair_only) \
            and found.fields.get("measure") not in ("hr", "or", "rr"):
        builder.text_pair_rows.append((start + (found.at if found.at is not None else found.start), cohort))
    builder.add_result(found, cohort, comparator, cited, prov)


def _said_otherwise_before(builder: _Builder) -> list[dict[str, Any]]:
    """The rows of all patients whose outcome (same endpoint, measure, time point, grade, category, site and
    analysis) a sentence before, in the same section, gave all patients another value of. A later sentence that gives
    all patients a second value of an outcome is mostly about some of them ("The 2- and 5-year rates in these
    patients were 48% and 26%" after a sentence on another group) or about another study ("In the earlier trial,
    median survival was 15 months"), which no rule told: its row is not kept (the value said first stays). Counts
    are not weighed (events of several kinds, each counted, share no value), nor a survival said from another start
    ("survival following the second course was 8 weeks": its own curve), nor rows of tables and of cited studies."""
    first: dict[tuple[Any, ...], tuple[int, float, Optional[str]]] = {}
    later = []
    for row in builder.results:
        place = builder.places.get(id(row))
        if place is None or row["cohort"] != "all" or row["cited"] is not None or row.get("locator") is not None \
                or row["measure"] == "count" or RX.FROM_ANOTHER_START.search(row["quote"]):
            continue
        key = tuple(row[k] for k in ("endpoint", "measure", "timepoint_months", "grade", "category", "site",
                                     "analysis", "value_op"))
        sentence, value, section = first.setdefault(key, (place[0], row["value"], place[1]))
        # (ratios are told apart to their second decimal: 0.87 is not 0.88)
        if sentence != place[0] and section == place[1] and \
                abs(value - row["value"]) >= (0.005 if row["measure"] in RATIOS else 0.05):
            later.append(row)
    return later


def _counted_over_a_part(builder: _Builder, found: Found, sentence: str) -> bool:
    """Whether a count (or its share) no rule gave a group is said over a total of its own ("k/n") that the whole
    study is far larger than: "..., with 5/8 (63%) patients reaching grade 3" in a study of 20 in two arms, "2/9 had
    a dose reduction" in one of 60. The sizes are weighed as ``cohort_for`` weighs "k of n": with compared groups,
    a total under 60% of the study; without, under 30%."""
    whole = builder.cohorts.get("all")
    if whole is None or not whole.n or found.fields.get("measure") not in ("count", "rate"):
        return False
    # (not a grade's range: "grade 3/4 neutropenia")
    totals = {parse_count(m.group("n").replace(",", "")) for m in DENOMINATORS_RX.COUNT_OVER_TOTAL.finditer(sentence,
                                                                                                            found.start,
                                                                                            found.end)
              if not RX.GRADE_BEFORE_SLASH.search(sentence, max(0, m.start() - 12), m.start())}
    # ("(7 of 17 patients, 41%)": the count "of" its total in the share's bracket, weighed as "7/17" is)
    totals |= {int(m.group("n")) for m in RX.BRACKETED_COUNT_OF_TOTAL.finditer(sentence, found.start, found.end)}
    if len(totals) != 1:
        return False
    total = totals.pop()
    if not total or total >= whole.n:
        return False
    return total < (0.6 if builder.groups else 0.3) * whole.n


def _valid_rows(rows: list[dict[str, Any]], model: type, section: str) -> tuple[list[dict[str, Any]], list[dict]]:
    ok, dropped = [], []
    for row in rows:
        try:
            model.model_validate(row)
        except ValidationError as e:
            problems = describe_validation_error(e)
            dropped.append({"section": section, "pattern_id": row.get("pattern_id"), "quote": row.get("quote"),
                            "problems": problems})
            continue
        ok.append(row)
    return ok, dropped


RATIOS = ("hr", "or", "rr")


def _fill_ratio_details(seen: dict[str, Any], row: dict[str, Any]) -> None:
    """A ratio said again with what its first statement left out: the abstract gave it with its interval, the results
    section adds its p value or the analysis it came from (in place; nothing the first statement said is changed)."""
    if seen["measure"] not in RATIOS:
        return
    if seen["p_value"] is None and row.get("p_value") is not None:
        seen["p_value"], seen["p_op"] = row["p_value"], row.get("p_op")
    if seen.get("analysis") is None and row.get("analysis") is not None:
        seen["analysis"] = row["analysis"]


def _restates(row: dict[str, Any], seen: dict[str, Any]) -> bool:
    """Whether ``row`` says again what ``seen`` said: the abstract restating the results, a value
    rounded differently (61.27% and 61.3%), a hazard ratio with its CI whatever group it names."""
    same = all(row[k] == seen[k] for k in ("endpoint", "measure", "grade", "category", "site")) \
        and abs(row["value"] - seen["value"]) < 0.05
    if not same:
        return False
    if row["measure"] in RATIOS and row.get("ci_low") is not None:
        return row.get("ci_low") == seen.get("ci_low") and row.get("ci_high") == seen.get("ci_high")
    if row["cohort"] != seen["cohort"]:
        return False
    # A rate restated without its time point ("PFS rates of group A were 35.3%" after the 5-year one).
    return row["timepoint_months"] == seen["timepoint_months"] or row["timepoint_months"] is None




def _add_table_result(builder: _Builder, tr: Any) -> None:
    """One result read from a table: its row as quote, its locator, its column's group (or its row's,
    or a subgroup of the column's group) as cohort, the other arm as comparator."""
    prov = builder.provenance_at(tr.start, tr.end, tr.pattern_id)
    prov["locator"] = tr.locator
    group, other = _paper_group(builder, tr.group), _paper_group(builder, tr.comparator)
    if tr.exact and group is not None:
        cohort = _exact_cohort(builder, group, prov)
    else:
        cohort = builder.cohort_for(group, "all", None, prov)
    if cohort is None:
        return
    if tr.comparator_exact and other is not None:
        comparator = _exact_cohort(builder, other, prov)  # a factor's reference level, named as its row is
    else:
        comparator = builder.cohort_for(other, "all", None, prov) if other else None
    if tr.subgroup:
        cohort = _subgroup_cohort(builder, cohort, tr.subgroup, tr.subgroup_n, prov)
    builder.add_result(Found(tr.fields, 0, 0, tr.pattern_id), cohort, comparator, None, prov)


def _exact_cohort(builder: _Builder, ref: GroupRef, provenance: dict[str, Any]) -> str:
    """The cohort named exactly as a table row names its group, made under 'all' the first time."""
    for c in builder.cohorts.values():
        # (its label as the paper writes it, "⩽5%", or as it was read, "≤5%")
        if c.cited is None and ref.label.lower() in (c.label.lower(), *(x.lower() for x in c.read_as)) \
                and (ref.n is None or c.n in (None, ref.n)):
            return c.key
    return builder.add_cohort(ref.label, ref.n, parent="all" if "all" in builder.cohorts else None,
                              provenance=provenance)


def _subgroup_cohort(builder: _Builder, parent: Optional[str], name: str, n: Optional[int],
                     provenance: dict[str, Any]) -> Optional[str]:
    """The part of a group a table row is about ("Early stage" of the column's arm): a cohort under it."""
    if parent is None:
        return None
    # Named by the subgroup alone (its parent says whose part it is): a label holding the parent's
    # name would be taken for the parent by the next row that names it.
    label = name
    for c in builder.cohorts.values():
        # (its label as the paper writes it, "Stage II–III", or as it was read, "Stage II-III")
        if c.parent == parent and (c.label == label or label in c.read_as) and (n is None or c.n in (None, n)):
            return c.key
    return builder.add_cohort(label, n, parent=parent, provenance=provenance)


def _name_tokens(name: str) -> list[str]:
    """The words of a group's name, a hyphened pair split unless it is one drug's name ("5-FU", "S-1")."""
    from oncoev.extract.doses import drug_names

    out = []
    for t in RX.NAME_SEPARATORS.split(name):
        if t and "-" in t and not drug_names().fullmatch(t):
            out += [x for x in t.split("-") if x]
        elif t:
            out.append(t)
    return out


def _prose_group(builder: _Builder, ref: Optional[GroupRef]) -> Optional[GroupRef]:
    """A group a sentence names in words of its own ("the 10 × 3-Gy arm") as the paper's group those words name, as
    for a table's column; "not <that group>" in a trial of two groups is the other."""
    if ref is None or ref.key is not None or not ref.label or not builder.groups or ref.unnamed is not None:
        return ref  # (an unnamed pair's "group 1" is a place, never the paper's group of that name)
    negated = RX.NOT_THEN_REST.match(ref.label)
    if negated is None:
        return _paper_group(builder, ref)
    arms = builder.compared_arms()
    if len(arms) != 2:
        return ref
    inner = _paper_group(builder, GroupRef(negated.group("rest"), None, ref.unit))
    if inner is None or inner.key is None or inner.key not in {g.key for g in arms}:
        return ref
    other = next(g for g in arms if g.key != inner.key)
    return GroupRef(other.label, ref.n, ref.unit, key=other.key)


def _paper_group(builder: _Builder, ref: Optional[GroupRef]) -> Optional[GroupRef]:
    """A table column's group as one of the groups the paper compares ("CRT (%) n = 72" is the CRT arm
    the text defines), when its header names that group and nothing more (not "Arm A, age < 60")."""
    if ref is None or not ref.label or ref.key is not None or not builder.groups:
        return ref
    from oncoev.extract.doses import canonical_drug, drug_names

    mentions = builder.groups.mentions(ref.label)
    if not mentions:
        # "5FU-cisplatin" over a column: the group whose name holds the same drugs, when one does
        tokens = _name_tokens(ref.label)
        drugs = {canonical_drug(t) for t in tokens if drug_names().fullmatch(t)}
        rest = [t for t in tokens if not drug_names().fullmatch(t) and RX.GENERIC_GROUP_WORDS.sub("", t)]
        holders = [g for g in builder.groups.groups if drugs and drugs == {
            canonical_drug(t) for a in g.aliases for t in _name_tokens(a) if drug_names().fullmatch(t)}]
        if len(holders) == 1 and not rest:
            return GroupRef(ref.label, ref.n, ref.unit, key=holders[0].key)
        return ref
    if len({m.key for m in mentions}) != 1:
        return ref
    rest = ref.label
    for m in sorted(mentions, key=lambda m: -m.start):
        rest = rest[:m.start] + " " + rest[m.end:]
    # "FOLFOX arm A": beside the group's letter, its drugs or a word of its own name (FOLFOX4) say no more
    own = {RX.TRAILING_DIGITS.sub("", w.lower())
           for a in builder.groups.get(mentions[0].key).aliases for w in a.split()}
    words = [w for w in RX.WORD_FROM_ALNUM.findall(rest) if RX.GENERIC_GROUP_WORDS.sub("", w)]
    if any(not drug_names().fullmatch(w) and RX.TRAILING_DIGITS.sub("", w.lower()) not in own for w in words):
        return ref
    return GroupRef(ref.label, ref.n, ref.unit, key=mentions[0].key)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _add_doses(builder: _Builder, mentions: dict[tuple[str, Optional[str]], list[tuple[int, Any]]],
               review: bool) -> None:
    """One group's schedules: restatements dropped, a lone fraction size given to its totals."""
    from oncoev.extract.doses import drop_restated_in_arms, drop_subsumed, share_fraction_size

    offset_of = {id(d): start for found in mentions.values() for start, d in found}
    kept_by = {key: drop_subsumed([d for _, d in found]) for key, found in mentions.items()}
    if not review:
        # One study's treatment: a fraction size stated alone serves its groups' totals too, and the
        # whole study's copy of a schedule that a group states as well is that group's.
        shared = {id(d) for d in share_fraction_size([d for found in kept_by.values() for d in found])}
        own = drop_restated_in_arms({arm: [d for d in kept if id(d) in shared] for (arm, _), kept in kept_by.items()})
        kept_by = {(arm, None): kept for arm, kept in own.items()}
    for (arm, cited), kept in kept_by.items():
        for dose in kept:
            start = offset_of.get(id(dose), 0)
            prov = builder.provenance(start + dose.start, start + dose.end, dose.pattern_id)
            row = {"arm": arm, **dose.fields, **prov}
            if cited:
                row["cited"] = cited
            builder.doses.append(row)


def _dose_arm(builder: _Builder, sentence: str, dose: Any, previous: Optional[str]) -> str:
    """The cohort a schedule belongs to: a compared group the sentence (or the one before) names, else all."""
    from oncoev.extract.doses import arm_of

    key = arm_of(sentence, dose, builder.groups, previous)
    group = builder.groups.get(key) if key and builder.groups else None
    return builder.group_cohort(GroupRef(group.label, key=key)) if group is not None else "all"


def _add_mention(builder: _Builder, mention: CohortMention, sent_start: int) -> None:
    prov = builder.provenance(sent_start + mention.start, sent_start + mention.end, mention.pattern_id)
    builder.add_cohort(mention.label, mention.n, parent="all", aliases=mention.aliases,
                       key=_slug(mention.name or mention.label), provenance=prov)


def _cited_cohort(builder: _Builder, cite: str, text: str, cite_end: int, sent_start: int) -> str:
    for c in builder.cohorts.values():
        if c.cited == cite and c.parent is None:
            return c.key
    prov = builder.provenance(sent_start, sent_start + len(text.rstrip()), "cohort.cited")
    return builder.add_cohort(cite, cited_n(text, cite_end), parent=None, cited=cite, key=f"cited_{_slug(cite)}",
                              provenance=prov)


STUDY_KEYS = ("kind", "design", "cancer", "population", "n_patients", "n_lesions", "enrolment_start", "enrolment_end",
              "institution", "country", "median_follow_up_months")


def _sizes_of_the_groups(builder: _Builder, sentences: list[tuple[int, str]]) -> Optional[dict[str, Any]]:
    """The provenance of a study's size that is its groups' sizes together: from the start of the sentence that sizes
    the first group (the sizes stand before the names) to the last group's name; None when no group has a size."""
    sized = [g.definition for g in builder.groups.groups if g.n is not None and g.definition is not None]
    if not sized:
        return None
    first = min(d.start for d in sized)
    starts = [start for start, _ in sentences]
    at = bisect.bisect_right(starts, first) - 1
    return builder.provenance(starts[at] if at >= 0 else first, max(d.end for d in sized), "study.n.sum_of_groups")


def _total_of_its_arms(found: Any, groups: Any, n: Optional[int]) -> Optional[int]:
    """The study's size, unless it was read from the first of the sizes a sentence gives its arms ("203 patients were
    assigned to A and 221 to B"): then the arms' sizes together."""
    if n is None and groups and len(groups.groups) >= 2 and all(g.n is not None for g in groups.groups):
        # no size said for the whole study ("we randomly assigned 1200 patients" read by no rule), but every group of
        # it has one: they add up to it
        return sum(g.n for g in groups.groups)
    if n is not None and groups and len(groups.groups) >= 2 and all(g.n is not None for g in groups.groups) and \
            n < max(g.n for g in groups.groups):
        # "142 patients received at least one dose of A" of arms of 144 and 143: a part, never the whole
        return sum(g.n for g in groups.groups)
    where = (found.provenance or {}).get("n_patients") if found is not None and n else None
    if not where or where.get("quote_start") is None or not groups:
        return n
    at = where["quote_start"]
    arms = [g for g in groups.groups if g.n is not None and g.definition is not None
            and 0 <= g.definition.start - at <= 200 and g.definition.pattern_id != "group.label_n"]
    if len(arms) >= 2 and len({g.definition.pattern_id for g in arms}) == 1 and n == arms[0].n \
            and arms[0].definition.start == min(g.definition.start for g in arms):
        return sum(g.n for g in arms)
    return n


def _study(sdoc, builder: _Builder) -> tuple[dict[str, Any], dict[str, Any]]:
    found = sdoc._.study
    if found is None:
        return {"kind": "primary"}, {}
    fields = {k: v for k, v in found.fields.items() if k in STUDY_KEYS and v is not None}
    fields.setdefault("kind", "primary")
    provenance = {}
    for name, where in (found.provenance or {}).items():
        start, end = where.get("quote_start"), where.get("quote_end")
        if start is None or end is None:
            continue
        provenance[name] = builder.provenance(start, end, where.get("pattern_id", f"study.{name}"))
    return fields, provenance
