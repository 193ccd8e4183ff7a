"""Dose schedules in one sentence of normalised text: radiation (Gy) and drugs (mg/m2, AUC, ...).

``find_doses(sentence)`` returns one :class:`DoseMention` per schedule component, with the
contract's DoseIn fields (all but ``arm``), the span of the dose expression in the sentence and
the id of the construction that read it. ``find_table_doses(text)`` reads flattened tables
(one cell per line) whose row label names a dose. The constructions, exclusions, modality cues,
targets, schedule words and drug names live in ``patterns/doses.yaml`` and ``patterns/drugs.yaml``.

What is not a schedule: a dose used as a threshold or a comparison ("patients who received
<45 Gy", "BED >100 Gy"), a radiobiology figure (alpha/beta, BED; the loader derives BED/EQD2
itself), a dose-volume statement or constraint ("the volume of 45 Gy to the small bowel"), a
dose naming a group ("the 45 Gy group") and any dose in a sentence that recommends or
speculates ("45 Gy is recommended"). These are what the gold leaves out of ``doses``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional, Union

from oncoev.extract import lexicon, rules
from oncoev.extract.lazy_regex import Regex, lazy_regex
from oncoev.extract.rules import regexes

RX = regexes("doses")  # patterns/regex/doses.yaml: the regular expressions of this module

FLAGS = re.IGNORECASE | re.VERBOSE
NUMBER_FIELDS = ("total_dose", "total_dose_low", "total_dose_high", "dose_per_fraction", "dose_per_fraction_low",
                 "dose_per_fraction_high", "fractions", "fractions_low", "fractions_high")
RADIATION = ("ebrt", "brachytherapy", "sbrt", "srs")
ROUTES = ("IV", "PO", "SC", "IM")  # bracketed after a drug, a route and no abbreviation
# Group names in the YAML -> contract fields.
GROUP_FIELDS = {"total": "total_dose", "total_low": "total_dose_low", "total_high": "total_dose_high",
                "dpf": "dose_per_fraction", "dpf_low": "dose_per_fraction_low", "dpf_high": "dose_per_fraction_high",
                "fractions": "fractions", "fractions_low": "fractions_low", "fractions_high": "fractions_high",
                "range_low": "total_dose_low", "range_high": "total_dose_high"}
# A unit as written, without spaces, lower case -> the contract's unit ("mgm-2" is mg m-2, "mg/day" flat mg).
UNITS = {"mg/m2": RX.UNIT_MG_PER_SQUARE_METRE,
         "mg/kg": RX.UNIT_MG_PER_KG,
         "g/m2": RX.UNIT_G_PER_SQUARE_METRE, "mg": RX.UNIT_MG}


@dataclass
class DoseMention:
    """One schedule component found in a sentence (offsets are within the text given)."""

    fields: dict[str, Any]
    start: int
    end: int
    pattern_id: str
    column: Optional[int] = None  # find_table_doses: the cell's position in its row (0 = first)
    role: str = field(default="dose", repr=False)


@dataclass(frozen=True)
class _Rules:
    constructions: tuple[rules.CompiledRule, ...]
    words: dict[str, int]
    prefilter: Regex
    exclude_before: Regex
    exclude_after: Regex
    exclude_sentence: Regex
    dose_context: Regex
    statistic: tuple[tuple[str, Regex], ...]
    modality: Regex
    modality_names: tuple[str, ...]
    targets: re.Pattern
    schedule: re.Pattern
    drug_schedule: re.Pattern
    drug_gap: re.Pattern
    dose_list_gap: re.Pattern
    per_fraction_before: Regex
    shared_unit_list: re.Pattern
    cycles: re.Pattern
    cycles_more: re.Pattern
    cycles_alternatives: re.Pattern
    cycles_forward: re.Pattern
    cycles_stop: re.Pattern
    declared_unit: re.Pattern
    bare_dose: re.Pattern
    drug_names: re.Pattern
    drugs: dict[str, tuple[str, str]]  # any spelling (lower case, single spaces) -> (canonical, class)
    drug_quantity: Regex
    table_label: Regex
    table_cell: Regex
    table_unit: Regex
    header_lines: int
    schedule_break: Regex
    modality_break: Regex
    prescription: Regex
    phases: Regex
    join_gap: int
    join_break: Regex


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(10):
        new = RX.MACRO_NAME.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)
        if new == pattern:
            return new
        pattern = new
    raise ValueError(f"macros nest too deep in {pattern!r}")


def _unique_groups(pattern: str) -> str:
    """Rename repeated named groups (name, name__2, ...) so alternatives may reuse a macro."""
    seen: dict[str, int] = {}

    def rename(m: re.Match) -> str:
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        return f"(?P<{name}>" if seen[name] == 1 else f"(?P<{name}__{seen[name]}>"

    return RX.NAMED_GROUP_OPENING.sub(rename, pattern)


def _groups(m: re.Match) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in m.groupdict().items():
        if value is not None:
            out.setdefault(name.split("__")[0], value)
    return out


def _alternation(phrases: list[str]) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


def _trie_alternation(phrases: Iterable[str]) -> str:
    """Lower-case ``phrases`` (single spaces, read as any whitespace) as one alternation that shares their
    prefixes ("carboplatin|cisplatin" -> "c(?:arboplatin|isplatin)"), to be matched ignoring case.

    Python's ``re`` tries a flat list of 300 drug names one by one at every word; the trie tries a few letters.
    It matches what ``_alternation`` of the same phrases matches, followed by a test such as "(?![\\w-])":
    of the phrases that match at one place, the flat list takes the longest that passes the test (they are
    prefixes of one another, and a longer phrase is a longer pattern); the trie tries the longer way first
    (a phrase that ends where a longer one goes on makes the rest optional, and greedy)."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for c in phrase:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [(r"\s+" if c == " " else re.escape(c)) + build(child)
                    for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # optional: a phrase ends here, a longer one goes on

    return build(trie)


def _load(name: str) -> Any:
    return rules.load(name)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data, drug_data = _load("doses.yaml"), _load("drugs.yaml")
    # Counts in words reach the rules as digits (the normaliser); "a single fraction" stays a word.
    words = {**lexicon.number_words(), "single": 1, "a single": 1}
    macros = dict(data["macros"])
    # Word-bounded: "one" in "done" is no count, and the boundary check fails fast mid-word (speed).
    # Nor the whole part of a decimal: "fractions of 1.5 Gy" counts no fraction.
    macros["NW"] = ("(?<![\\w.,])(?:\\d+|" + _alternation([re.escape(w).replace("\\ ", "\\s+") for w in words])
                    + ")(?![\\w]|[.,]\\d)")
    macros["NUMWORDS"] = lexicon.number_words_pattern()
    constructions = tuple(
        c.compiled(FLAGS, pattern=_unique_groups(_expand(c.pattern, macros)), default_role="dose")
        for c in data["constructions"])

    def any_of(patterns: list[str]) -> Regex:
        return lazy_regex("|".join(f"(?:{_expand(p, macros)})" for p in patterns), re.I)

    names = tuple(data["modality_cues"])
    # "HDR intracavitary RT", "SBRT boost": a specific cue takes the generic word after it along,
    # so that the generic word ("RT") is not the nearer cue.
    generic = r"(?:\s+(?:RT|radiotherapy|radiation(?:\s+therapy)?|irradiation|boost))?"
    # The word-boundary checks stand outside the alternatives: most positions then fail at once.
    modality = lazy_regex("(?<![\\w-])(?:" + "|".join(
        f"(?P<{m}>" + "|".join(f"(?:{p}){generic if m != 'ebrt' else ''}" for p in data["modality_cues"][m]) + ")"
        for m in names) + ")(?![\\w-])", re.I)
    drugs: dict[str, tuple[str, str]] = {}
    for cls, entries in drug_data.items():
        for canonical, others in entries.items():
            for spelling in [canonical, *(others or [])]:
                drugs[" ".join(str(spelling).lower().split())] = (canonical, cls)
    drug_names = lazy_regex("(?<![\\w-])(?:" + _trie_alternation(drugs) + ")(?![\\w-])", re.I)
    macros["UNIT"] = data["drug_units"]
    table = data["table"]
    return _Rules(
        constructions=constructions,
        words=words,
        prefilter=lazy_regex(data["joins"]["prefilter"], re.I),
        exclude_before=any_of(data["exclude_before"]),
        exclude_after=any_of(data["exclude_after"]),
        exclude_sentence=any_of(data["exclude_sentence"]),
        dose_context=lazy_regex(data["dose_context"], re.I),
        statistic=tuple((k, lazy_regex(v + r"[^\d;]{0,60}$", re.I)) for k, v in data["statistic_before"].items()),
        modality=modality,
        modality_names=names,
        targets=lazy_regex("(?<![\\w-])(?:" + "|".join(f"(?:{p})" for p in data["targets"]) + ")(?![\\w-])", re.I),
        schedule=lazy_regex("(?<![\\w-])(?:" + "|".join(f"(?:{_expand(p, macros)})" for p in data["schedule"])
                            + ")(?![\\w-])", re.I),
        drug_schedule=re.compile(data["drug_schedule"], re.I),
        drug_gap=re.compile(data["drug_gap"], re.I),
        dose_list_gap=re.compile(data["dose_list_gap"], re.I),
        per_fraction_before=lazy_regex(data["per_fraction_before"], re.I),
        shared_unit_list=re.compile(_expand(data["shared_unit_list"], macros), re.I),
        cycles=re.compile(_expand(data["cycles"], macros), re.I),
        cycles_more=re.compile(data["cycles_more"], re.I),
        cycles_alternatives=re.compile(data["cycles_alternatives"], re.I),
        cycles_forward=re.compile(data["cycles_forward"], re.I),
        cycles_stop=re.compile(data["cycles_stop"], re.I),
        declared_unit=re.compile(_unique_groups(_expand(data["declared_unit"], macros)), FLAGS),
        bare_dose=re.compile(_expand(data["bare_dose"], macros), re.I),
        drug_names=drug_names,
        drugs=drugs,
        drug_quantity=lazy_regex(_unique_groups(_expand(data["drug_quantity"], macros)), FLAGS),
        table_label=lazy_regex(table["label"], re.I | re.M),
        table_cell=lazy_regex(_expand(table["cell"], macros), re.I),
        table_unit=lazy_regex(table["unit_header"], re.I),
        header_lines=int(table["header_lines"]),
        schedule_break=lazy_regex(data["joins"]["schedule_break"], re.I),
        modality_break=lazy_regex(data["joins"]["modality_break"], re.I),
        prescription=lazy_regex(data["joins"]["prescription"], re.I),
        phases=lazy_regex(data["joins"]["phases"], re.I),
        join_gap=int(data["joins"]["total_size_gap"]),
        join_break=lazy_regex(data["joins"]["total_size_break"], re.I),
    )


def _number(text: str, words: dict[str, int]) -> Optional[float]:
    t = " ".join(text.lower().split())
    if t in words:
        return float(words[t])
    try:
        return float(t.replace(",", ""))
    except ValueError:
        return None


def _fields_from(groups: dict[str, str], words: dict[str, int], centi: bool) -> dict[str, Any]:
    f: dict[str, Any] = {}
    for name, target in GROUP_FIELDS.items():
        if name in groups:
            v = _number(groups[name], words)
            if v is None or v <= 0:  # "0 fractions" is no schedule (and the contract wants numbers > 0)
                continue
            if centi and not target.startswith("fractions"):
                v = round(v / 100, 4)
            f.setdefault(target, v)
    return f


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def _excluded(rules: _Rules, text: str, s: int, e: int) -> bool:
    before = text[max(0, s - 60):s]
    return bool(rules.exclude_before.search(before) or rules.exclude_after.search(text[e:e + 60]))


def find_doses(text: str, context: Optional[str] = None, aliases: Optional[dict[str, str]] = None) -> list[DoseMention]:
    """Dose schedule components in one sentence (or one table line) of normalised text.

    ``context`` (optional, e.g. the sentence before) only fills in what the sentence leaves
    unsaid: the radiation modality ("SBRT was used. Doses were 8 Gy x 5 fractions") and the
    number of drug cycles ("three cycles ... consisted of cisplatin 100 mg/m2"). ``aliases`` are
    the abbreviations a paper gave its drugs ("zoledronic acid (ZA)"; see :func:`drug_aliases`):
    abbreviation as written -> canonical name.
    """
    rules = _rules()
    if not rules.prefilter.search(text):
        return []
    found = _radiation(rules, text, context) + _drugs(rules, text, context, aliases)
    found = _not_recommended(rules, text, found)
    found.sort(key=lambda d: d.start)
    _schedules(rules, text, found)
    return found


def _not_recommended(rules: _Rules, text: str, found: list[DoseMention]) -> list[DoseMention]:
    """Drop a dose that a recommendation or speculation governs: any dose after the word ("guidelines
    recommend 50 Gy ..., then a 10 Gy boost"; up to a semicolon), a dose before it in the same clause
    ("45 Gy is recommended"). "... or ZA 4 mg, with vitamin D supplementation recommended" keeps its
    dose: the recommendation is about something else."""
    words = [m.span() for m in rules.exclude_sentence.finditer(text)]
    if not words or not found:
        return found

    def governed(d: DoseMention, s: int, e: int) -> bool:
        if e <= d.start:
            return ";" not in text[e:d.start]
        return not RX.CLAUSE_MARK.search(text[d.end:s])

    return [d for d in found if not any(governed(d, s, e) for s, e in words)]


def _schedules(rules: _Rules, text: str, found: list[DoseMention]) -> None:
    """Schedule words go to the dose they follow, unless a connector ("plus", "followed by", ",")
    stands between, when they describe the next dose; words before the first dose describe all.
    Never across alternatives ("A ... every 3 weeks (arm A), or B ..."): see :func:`_stretch`."""
    parts: list[list[str]] = [[] for _ in found]
    if not found:
        return
    for m in rules.schedule.finditer(text, max(0, found[0].start - 80), min(len(text), found[-1].end + 90)):
        words = " ".join(m.group(0).split())
        if words[:1].isupper() and words[1:2].islower():
            words = words[0].lower() + words[1:]  # "Weekly" at a sentence start is the same word
        if m.end() <= found[0].start:
            # "weekly cisplatin (40 mg/m2) or carboplatin (AUC 2)": both; "induction A ... followed by B": A's
            stop = rules.cycles_stop.search(text, m.end())
            owners = [k for k, d in enumerate(found) if stop is None or d.start < stop.start()]
        else:
            # the dose the words follow (a word that overlaps the first dose belongs to it)
            i = max((k for k, d in enumerate(found) if d.start <= m.start()), default=0)
            d = found[i]
            if m.start() < d.end or i + 1 == len(found) or not rules.schedule_break.search(text[d.end:m.start()]):
                owners = [i]
            else:
                owners = [i + 1, i]  # the next dose, or the one before when the next is another group's
            where = _stretch(text, m.start())
            owners = [k for k in owners if _stretch(text, found[k].start) == where][:1]
        for k in owners:
            if found[k].fields.get("dose_unit") == "Gy" and rules.drug_schedule.match(words):
                continue  # "every 3 weeks", "on days 1-5" is a drug's rhythm, not a radiation dose's
            if words.lower() not in (p.lower() for p in parts[k]):
                parts[k].append(words)
    for d, p in zip(found, parts, strict=True):
        if p:
            d.fields["schedule"] = ", ".join(p)
        if text[d.end:d.end + 1] == ")" and "(" in text[d.start:d.end]:
            d.end += 1


def _radiation(rules: _Rules, text: str, context: Optional[str]) -> list[DoseMention]:
    if not RX.RADIATION_UNIT.search(text):
        return []
    taken: list[tuple[int, int]] = []
    found: list[DoseMention] = []
    atoms: list[DoseMention] = []
    low = text.lower()
    for c in rules.constructions:
        if c.requires and not any(r in low for r in c.requires):
            continue
        for m in c.regex.finditer(text):
            s, e = m.span()
            if _overlaps(taken, s, e):
                continue
            taken.append((s, e))
            if _excluded(rules, text, s, e):
                continue
            if c.id == "dose.total" and not rules.dose_context.search(text):
                continue
            groups = _groups(m)
            f = _fields_from(groups, rules.words, centi=bool(RX.CENTIGRAY.search(m.group(0))))
            if not f:
                continue
            mention = DoseMention(f, s, e, c.id, role=c.role)
            if groups.get("stat"):
                mention.fields["statistic"] = groups["stat"].lower()
            (atoms if c.role == "fractions" else found).append(mention)
            if "total2" in groups:
                second = dict(f, total_dose=_number(groups["total2"], rules.words))
                second.pop("dose_per_fraction", None)
                found.append(DoseMention(second, s, e, c.id))
    found.sort(key=lambda d: d.start)
    for d in found:
        # "the median individual dose was 3 Gy (range 2-3 Gy)": a fraction's dose, said like a total
        if set(d.fields) <= {"total_dose", "total_dose_low", "total_dose_high", "statistic"} and \
                rules.per_fraction_before.search(text, max(0, d.start - 60), d.start):
            for k in ("total_dose", "total_dose_low", "total_dose_high"):
                if k in d.fields:
                    d.fields[k.replace("total_dose", "dose_per_fraction")] = d.fields.pop(k)
    _attach_fractions(found, atoms)
    found = _prescription(rules, text, found)
    found = _join_total_and_size(rules, text, found)
    cues = [(m.start(), m.end(), m.lastgroup or "ebrt") for m in rules.modality.finditer(text)] if found else []
    for i, d in enumerate(found):
        prev_end = found[i - 1].end if i else 0
        d.fields.update(modality=_modality(rules, text, d, cues, context), dose_unit="Gy", agent=None)
        d.fields["target"] = _target(rules, text, d, prev_end, found[i + 1].start if i + 1 < len(found) else len(text))
        _derive(d.fields)
        if "statistic" not in d.fields:
            d.fields["statistic"] = _statistic(rules, text[prev_end:d.start], d.fields, d.pattern_id)
    return found


def _attach_fractions(found: list[DoseMention], atoms: list[DoseMention]) -> None:
    """A bare fraction count ("... and the number of fractions was 6-10") joins the nearest dose lacking one."""
    for atom in atoms:
        free = [d for d in found if not any(k.startswith("fractions") for k in d.fields)]
        if not free:
            continue
        best = min(free, key=lambda d: (atom.start - d.end) if d.end <= atom.start else 2 * (d.start - atom.end) + 1)
        best.fields.update(atom.fields)
        best.start, best.end = min(best.start, atom.start), max(best.end, atom.end)
        best.pattern_id += "+fractions"


def _prescription(rules: _Rules, text: str, found: list[DoseMention]) -> list[DoseMention]:
    """"a dose of 2 to 6 Gy, 4-30 fractions and a prescription dose of 20-60 Gy": the first dose is per fraction."""
    out: list[DoseMention] = []
    for d in found:
        f = d.fields
        prev = out[-1] if out else None
        if (prev is not None and d.pattern_id == "dose.total" and rules.prescription.search(text[prev.end:d.start])
                and any(k.startswith("fractions") for k in prev.fields)
                and not (any(k.startswith("dose_per_fraction") for k in prev.fields)
                         and any(k.startswith("total_dose") for k in prev.fields))):
            p = prev.fields
            p_totals = [v for k, v in p.items() if k.startswith("total_dose")]
            d_min = min(v for k, v in f.items() if k.startswith("total_dose"))
            if not p_totals and not _consistent(f, p):
                out.append(d)  # "three fractions of 7 Gy ... a dose of 30 Gy in total": the numbers disagree
                continue
            if not p_totals:  # "2-10 Gy per session, 3-30 fractions and a prescription dose of 30-60 Gy"
                p.update({k: v for k, v in f.items() if k.startswith("total_dose")})
                prev.end = d.end
                prev.pattern_id += "+prescription"
                continue
            # "40 Gy in 4 fractions ... a total dose of 53 Gy at the isocentre": a total said with "in" stays a
            # total; so does one whose size would not multiply out to the later total (4 x 40 is no 53)
            said_in = RX._TOTAL_IN.search(text, prev.start, prev.end)
            size, count, total = p.get("total_dose"), p.get("fractions"), f.get("total_dose")
            if max(p_totals) < d_min and not said_in and not (
                    size and count and total and abs(size * count - total) > 0.05 * total):
                for k in ("total_dose", "total_dose_low", "total_dose_high"):
                    if k in p:
                        p[k.replace("total_dose", "dose_per_fraction")] = p.pop(k)
                p.update({k: v for k, v in f.items() if k.startswith("total_dose")})
                prev.end = d.end
                prev.pattern_id = "dose.per_fraction_fractions_prescription"
                continue
        out.append(d)
    return out


def _parts(f: dict[str, Any]) -> set[str]:
    """Which of total / dpf / fractions a mention states (a range counts as stated)."""
    return {p for k, p in (("total_dose", "total"), ("dose_per_fraction", "dpf"), ("fractions", "fractions"))
            if any(f.get(x) is not None for x in (k, f"{k}_low", f"{k}_high"))}


def _values(f: dict[str, Any], base: str) -> list[float]:
    return [f[k] for k in (base, f"{base}_low", f"{base}_high") if f.get(k) is not None]


def _join_total_and_size(rules: _Rules, text: str, found: list[DoseMention]) -> list[DoseMention]:
    """A total stated alone and a fraction size stated alone next to it are one schedule: "45 Gy over
    five weeks, 1.8 Gy per fraction", "a total of 50 Gy to the tumour; 2 Gy per fraction", "five
    fractions of 5 Gy each ..., 25 Gy in total". Not across a word that starts another treatment
    ("a boost of", "followed by"), nor when the numbers disagree."""
    out: list[DoseMention] = []
    for d in found:
        prev = out[-1] if out else None
        if prev is not None and d.role == prev.role == "dose":
            gap = text[prev.end:d.start]
            a, b = _parts(prev.fields), _parts(d.fields)
            near = len(gap) <= rules.join_gap and not rules.join_break.search(gap)
            if near and a == {"total"} and "dpf" in b and "total" not in b:
                total, size = prev, d
            elif near and b == {"total"} and "dpf" in a and "total" not in a:
                total, size = d, prev
            else:
                total = size = None
            if total is not None and size is not None and _consistent(total.fields, size.fields):
                merged = dict(size.fields)
                merged.update({k: v for k, v in total.fields.items() if k.startswith("total_dose")})
                if total.fields.get("statistic") and "statistic" not in merged:
                    merged["statistic"] = total.fields["statistic"]
                prev.fields = merged
                prev.start, prev.end = min(prev.start, d.start), max(prev.end, d.end)
                prev.pattern_id = f"{total.pattern_id}+{size.pattern_id}"
                continue
        out.append(d)
    return out


def _consistent(total: dict[str, Any], size: dict[str, Any]) -> bool:
    totals, sizes = _values(total, "total_dose"), _values(size, "dose_per_fraction")
    if not totals or not sizes or max(sizes) >= min(totals):
        return False
    if total.get("total_dose") is not None and size.get("dose_per_fraction") is not None and size.get("fractions"):
        # (a size rounded in print: "40 Gy (2.67 Gy x 15)")
        gap = abs(size["dose_per_fraction"] * size["fractions"] - total["total_dose"])
        return gap <= max(0.01, 0.005 * total["total_dose"])
    return True


def _modality(rules: _Rules, text: str, d: DoseMention, cues: list[tuple[int, int, str]],
              context: Optional[str]) -> str:
    """The nearest modality cue of the sentence (``cues``: start, end, modality), else the context's last."""
    best: Optional[tuple[float, str]] = None
    for start, end, modality in cues:
        if end <= d.start:
            dist = float(d.start - end)
        elif start >= d.end:
            # Only a cue right after the dose names it ("45 Gy EBRT", "30 Gy of SBRT"), not the next treatment.
            gap = start - d.end
            if gap > 30 or rules.modality_break.search(text[d.end:start]):
                continue
            dist = 2.0 * gap + 1
        else:
            dist = 0.0
        if best is None or dist < best[0]:
            best = (dist, modality)
    if best:
        return best[1]
    if context:
        cues = list(rules.modality.finditer(context))
        if cues:
            return cues[-1].lastgroup or "ebrt"
    return "ebrt"


def _target(rules: _Rules, text: str, d: DoseMention, lo: int, hi: int) -> Optional[str]:
    after = [m for m in rules.targets.finditer(text, d.end, min(hi, d.end + 60))
             if RX.TO_TARGET_BEFORE.search(text[d.end:m.start()])]
    if after:
        return after[0].group(0)
    inside = list(rules.targets.finditer(text, d.start, d.end))
    if inside:
        return inside[0].group(0)
    before = list(rules.targets.finditer(text, max(lo, d.start - 80), d.start))
    if before:
        return before[-1].group(0)
    return None


def _statistic(rules: _Rules, before: str, f: dict[str, Any], pattern_id: str) -> str:
    for name, regex in rules.statistic:
        if regex.search(before[-80:]):
            return name
    if pattern_id.startswith(("dose.median_with_range", "dose.per_fraction_range_median")):
        return "median"
    for base in ("total_dose", "dose_per_fraction", "fractions"):
        if f.get(base) is None and f.get(f"{base}_low") is not None:
            return "range"
    return "fixed"


def _derive(f: dict[str, Any]) -> None:
    """Fill the one missing number of total = per fraction x fractions when the other two are fixed."""
    total, dpf, fx = f.get("total_dose"), f.get("dose_per_fraction"), f.get("fractions")
    ranged = any(f.get(k) is not None for k in ("total_dose_low", "dose_per_fraction_low", "fractions_low"))
    if fx and total and dpf is None and not f.get("dose_per_fraction_low"):
        f["dose_per_fraction"] = round(total / fx, 2)
    elif fx and dpf and total is None and not ranged:
        f["total_dose"] = round(dpf * fx, 2)
    elif total and dpf and fx is None and not ranged:
        count = total / dpf  # "50 Gy at 2 Gy per fraction" is 25 fractions; "45 Gy at 2 Gy" is no whole number
        if count >= 1 and abs(count - round(count)) < 1e-6:
            f["fractions"] = float(round(count))


def _drugs(rules: _Rules, text: str, context: Optional[str],
           aliases: Optional[dict[str, str]] = None) -> list[DoseMention]:
    quantities = [(q, _groups(q)) for q in rules.drug_quantity.finditer(text)
                  if not rules.exclude_before.search(text[max(0, q.start() - 30):q.start()])
                  and not RX._NAMES_A_GROUP.match(text, q.end())]
    names = _drug_mentions(rules, text, aliases)
    if not names:
        return []
    quantities += _bare_quantities(rules, text, names, [q for q, _ in quantities])
    quantities += _listed_quantities(rules, text, quantities)
    if not quantities:
        return []
    quantities.sort(key=lambda qg: qg[0].start())
    found: list[DoseMention] = []
    previous: Optional[_Name] = None
    starts = {q.start(): k for k, (q, _) in enumerate(quantities)}
    for i, (q, g) in enumerate(quantities):
        drug = _drug_for(text, q, names, quantities[i - 1][0].end() if i else 0)
        if drug is None and "listed_with" in g:
            # "2 or 6 mg of A": the drug of the dose whose unit the list shares
            k = starts[int(g["listed_with"])]
            drug = _drug_for(text, quantities[k][0], names, q.start())
        if drug is None and previous is not None and _same_unit(quantities[i - 1][1], g) \
                and rules.dose_list_gap.fullmatch(text, quantities[i - 1][0].end(), q.start()) \
                and not RX._RESPECTIVELY.match(text, q.end()):
            drug, listed = previous, True  # "A 0.2 mg/kg or 0.3 mg/kg", "B 400 mg/m2 loading dose, then 250 mg/m2"
        else:
            listed = False
        previous = drug
        if drug is None:
            continue
        canonical, cls = drug[1]
        f: dict[str, Any] = {"modality": cls, "agent": canonical, "target": None}
        if "auc" in g:
            f.update(total_dose=_number(g["auc"], rules.words), dose_unit="AUC")
        elif "auc_low" in g:
            f.update(total_dose_low=_number(g["auc_low"], rules.words),
                     total_dose_high=_number(g["auc_high"], rules.words), dose_unit="AUC")
        elif "dose_low" in g:
            f.update(total_dose_low=_number(g["dose_low"], rules.words),
                     total_dose_high=_number(g["dose_high"], rules.words), dose_unit=_unit(g.get("unit2", "")))
        else:
            f.update(total_dose=_number(g["dose"], rules.words), dose_unit=_unit(g.get("unit", "")))
        if not all(f[k] is not None and f[k] > 0 for k in ("total_dose", "total_dose_low", "total_dose_high")
                   if k in f):
            continue
        if f["dose_unit"] == "g/m2":  # "ifosfamide 3 g/m2" is 3000 mg/m2, in the unit a curator records
            f.update({k: round(f[k] * 1000, 4) for k in ("total_dose", "total_dose_low", "total_dose_high") if k in f},
                     dose_unit="mg/m2")
        start, end = q.span() if listed else (min(drug[0].start(), q.start()), max(drug[0].end(), q.end()))
        before = text[max(0, start - 40):start]
        stat = next((n for n, r in rules.statistic if r.search(before)), None)
        f["statistic"] = stat or ("range" if "total_dose_low" in f else "fixed")
        pid = "drug.dose_of_name" if drug[0].start() > q.start() else "drug.name_dose"
        found.append(DoseMention(f, start, end, pid + ("_declared_unit" if "declared" in g else "")))
    _cycles(rules, text, found, context)
    return found


_Name = tuple[re.Match, tuple[str, str]]  # where a drug is named, (canonical name, class)


def _drug_mentions(rules: _Rules, text: str, aliases: Optional[dict[str, str]]) -> list[_Name]:
    names: list[_Name] = [(n, rules.drugs[" ".join(n.group(0).lower().split())])
                          for n in rules.drug_names.finditer(text)]
    if aliases:
        taken = [n.span() for n, _ in names]
        for m in _alias_pattern(tuple(sorted(aliases))).finditer(text):
            canonical = aliases[m.group(0)]
            if not _overlaps(taken, *m.span()) and canonical in rules.drugs:
                names.append((m, rules.drugs[canonical]))
        names.sort(key=lambda n: n[0].start())
    return names


@lru_cache(maxsize=64)
def _alias_pattern(abbreviations: tuple[str, ...]) -> re.Pattern:
    # Case-sensitive: a paper's "ZA" is no "za" inside a word or a sentence.
    return re.compile("(?<![\\w-])(?:" + _alternation([re.escape(a) for a in abbreviations]) + ")(?![\\w-])")




def _same_unit(a: dict[str, str], b: dict[str, str]) -> bool:
    """Two quantities in one unit: mg/m2 and mg/m2, AUC and AUC (a list of one drug's doses)."""
    def kind(g: dict[str, str]) -> str:
        if "auc" in g or "auc_low" in g:
            return "AUC"
        return _unit(g.get("unit") or g.get("unit2") or "")
    return kind(a) == kind(b)


def _listed_quantities(rules: _Rules, text: str, quantities: list[tuple[re.Match, dict[str, str]]]
                       ) -> list[tuple[re.Match, dict[str, str]]]:
    """"at 175, 210, or 250 mg/m2": the bare numbers of a list that states its unit once, at its end, each a dose
    in that unit."""
    out: list[tuple[re.Match, dict[str, str]]] = []
    for q, g in quantities:
        if "dose" not in g or "declared" in g:
            continue
        lo = max(0, q.start() - 60)
        m = rules.shared_unit_list.search(text, lo, q.start())
        if m is None or rules.exclude_before.search(text[max(0, m.start() - 30):m.start()]) \
                or RX._NOT_A_DOSE_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                or RX._RESPECTIVELY.match(text, q.end()):
            continue
        for n in RX._LISTED.finditer(text, m.start("list"), m.end("list")):
            out.append((n, {"dose": n.group(0), "unit": g.get("unit", ""), "listed_with": str(q.start())}))
    return out


def _bare_quantities(rules: _Rules, text: str, names: list[_Name],
                     taken: list[re.Match]) -> list[tuple[re.Match, dict[str, str]]]:
    """"(doses in mg/m2) ... oxaliplatin 85 on day 1 and leucovorin 200": a drug name and a bare number
    after a unit said once for the list."""
    declared = rules.declared_unit.search(text)
    if declared is None:
        return []
    unit = declared.group("unit") or declared.group("unit2")
    spans = [q.span() for q in taken]
    out: list[tuple[re.Match, dict[str, str]]] = []
    for n, _ in names:
        if n.start() < declared.start():
            continue
        m = rules.bare_dose.match(text, n.end())
        if m is None or _overlaps(spans, m.start("dose"), m.end("dose")):
            continue
        out.append((m, {"dose": m.group("dose"), "unit": unit, "declared": "1"}))
    return out


def _cycles(rules: _Rules, text: str, found: list[DoseMention], context: Optional[str]) -> None:
    """Cycles are a drug's "fractions". A count that names the regimen after it ("six cycles of X, Y")
    counts every drug dose after it up to the next count; any other ("X and Y ... for 6 cycles")
    those before it back to the last count, within the clause. "Two cycles ... and two other cycles"
    is one count of four. A sentence with no count takes the first of the sentence before ("three
    cycles were given. Each consisted of ..."), unless it gives its own rhythm (weekly, every ...)."""
    drugs = [d for d in found if d.fields.get("dose_unit") != "Gy"]
    if not drugs:
        return
    marks = _cycle_marks(rules, text)
    # "either A 75 mg/m2 or B AUC 5 ... for six cycles": one drug or the other of one regimen, both counted
    ordered = sorted(drugs, key=lambda d: d.start)
    joined = [(a.end, b.start) for a, b in zip(ordered, ordered[1:], strict=False)
              if a.end <= b.start and RX._DRUG_OR_DRUG.fullmatch(text, a.end, b.start)]
    fallback: list[tuple[_Count, list[DoseMention]]] = []
    for i, (start, end, n, forward) in enumerate(marks):
        # not past the next count, nor into another group's treatment ("A 40 mg daily or B ... for 6 cycles"),
        # nor past a change of phase ("two cycles of A, followed by concurrent weekly B")
        lo, hi = _stretch(text, start, joined)
        lo = max(lo, marks[i - 1][1] if i else 0)
        hi = min(hi, marks[i + 1][0] if i + 1 < len(marks) else len(text))
        stop = rules.cycles_stop.search(text, end, hi)
        hi = stop.start() if stop else hi
        starts = [m.end() for m in rules.cycles_stop.finditer(text, lo, start)]
        lo = max([lo, *starts])
        before = [d for d in drugs if lo <= d.start and d.end <= start]
        after = [d for d in drugs if end <= d.start < hi]
        if forward or before:
            for d in after if forward else before:
                if n:
                    _give_cycles(d, n)
        elif n:  # "After four cycles, ... A 75 mg/m2 ... for up to six cycles": only what no other count claims
            fallback.append((n, after))
    for n, after in fallback:
        for d in after:
            _give_cycles(d, n)
    # The count of the sentence before ("Arm B received four cycles. The regimen was ..."), unless that
    # sentence gave it to doses of its own or this one has a rhythm of its own (weekly, every, q3w).
    if not marks and context and not RX.SCHEDULE_WORD.search(text) \
            and not rules.drug_quantity.search(context):
        earlier = _cycle_marks(rules, context)
        if earlier and earlier[0][2]:
            for d in drugs:
                _give_cycles(d, earlier[0][2])


_Count = Union[float, tuple[float, float]]  # a count of cycles, or a range of counts ("4-6 cycles")


def _give_cycles(d: DoseMention, n: _Count) -> None:
    if any(k.startswith("fractions") for k in d.fields):
        return
    if isinstance(n, tuple):
        d.fields["fractions_low"], d.fields["fractions_high"] = n
    else:
        d.fields["fractions"] = n


def _cycle_marks(rules: _Rules, text: str) -> list[tuple[int, int, _Count, bool]]:
    """Counts of cycles in a text: (start, end, count, whether it counts the doses after it)."""
    marks: list[tuple[int, int, _Count, bool]] = []
    for m in rules.cycles.finditer(text):
        n: Optional[_Count] = _number(m.group("n") or m.group("n2"), rules.words)
        if not n:
            continue
        number_start = m.start("n") if m.group("n") else m.start("n2")
        low = RX._CYCLE_RANGE.search(text, max(0, number_start - 8), number_start)
        if low is not None and 0 < float(low.group(1)) < n:
            n = (float(low.group(1)), n)
        elif rules.cycles_alternatives.search(text[max(0, number_start - 24):number_start]) or \
                rules.cycles_alternatives.match(text[m.end():m.end() + 24]):
            marks.append((m.start(), m.end(), 0.0, False))  # a count compared between groups counts no dose
            continue
        if marks and rules.cycles_more.search(m.group(0)) and not isinstance(n, tuple) \
                and not isinstance(marks[-1][2], tuple):
            s0, e0, n0, fwd = marks[-1]
            marks[-1] = (s0, e0, n0 + n, fwd)  # the first count's end: a forward count still reaches its doses
            continue
        forward = bool(m.group("n")) and bool(rules.cycles_forward.match(text, m.end()))
        marks.append((m.start(), m.end(), n, forward))
    return marks


def _unit(raw: str) -> str:
    compact = RX.SPACE_OR_BRACKET.sub("", raw).lower()  # "mg m(-2)" is "mgm-2", "mg/m(2)" is "mg/m2"
    for unit, regex in UNITS.items():
        if regex.search(compact):
            return unit
    return "mg"


def _drug_for(text: str, q: re.Match, names: list[_Name], prev_q_end: int) -> Optional[_Name]:
    """The drug a quantity belongs to: "100 mg/m2 of cisplatin", else the nearest drug named before it."""
    for n in names:
        if n[0].start() >= q.end():
            gap = text[q.end():n[0].start()]
            if RX.ROUTE_GAP.fullmatch(gap):
                return n
            break
    before = [n for n in names if n[0].end() <= q.start() and n[0].start() >= prev_q_end]
    if before and q.start() - before[-1][0].end() <= 80 and \
            _rules().drug_gap.fullmatch(text, before[-1][0].end(), q.start()):
        return before[-1]
    return None


def find_table_doses(text: str) -> list[DoseMention]:
    """Doses in flattened tables: a row label naming a dose, then cells such as "45.0 (43.2-54.0)".

    Offsets are within ``text`` (a whole document or a table block); ``column`` numbers the cells
    of the row from 0 so that the caller can give each its column's group. A cell "x (a-b)" is
    read as median (range), the usual layout of treatment-profile tables.
    """
    rules = _rules()
    found: list[DoseMention] = []
    for label in rules.table_label.finditer(text):
        pos, cells = label.end(), []
        while len(cells) < 8:
            nl = text.find("\n", pos)
            if nl < 0:
                break
            line_end = text.find("\n", nl + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[nl + 1:line_end]
            pos = line_end
            if not line.strip():
                continue
            m = rules.table_cell.match(line)
            if not m:
                break
            cells.append((nl + 1, m))
        if not cells:
            continue
        header = [ln for ln in text[:label.start()].splitlines() if ln.strip()][-rules.header_lines:]
        if not rules.table_unit.search(label.group(0)) and not any(rules.table_unit.search(h) for h in header):
            continue
        cue = rules.modality.search(label.group(0))
        modality = (cue.lastgroup if cue else None) or "ebrt"
        for column, (offset, m) in enumerate(cells):
            f = _fields_from(_groups(m), rules.words, centi=False)
            f.update(modality=modality, agent=None, dose_unit="Gy", statistic="median",
                     target=label.group(0).strip(), schedule="EQD2" if "EQD2" in label.group(0) else None)
            found.append(DoseMention(f, offset + m.start(), offset + m.end(), "dose.table_median_range", column))
    return found


def _numbers(f: dict[str, Any]) -> dict[str, float]:
    return {k: f[k] for k in NUMBER_FIELDS if f.get(k) is not None}


def _schedule_words(d: DoseMention) -> set[str]:
    return {p.lower() for p in _rules().phases.findall(d.fields.get("schedule") or "")}


def drop_subsumed(mentions: list[DoseMention]) -> list[DoseMention]:
    """Drop restatements: a mention whose numbers all recur in a fuller (or equal, earlier) mention
    of the same modality and agent ("45 Gy to the pelvis" in an abstract, "45 Gy in 25 fractions"
    in the methods). Meant for mentions of ONE group; different arms may share a schedule."""
    keep: list[DoseMention] = []
    for i, d in enumerate(mentions):
        nd = _numbers(d.fields)
        subsumed = False
        for j, o in enumerate(mentions):
            if i == j or (o.fields.get("modality"), o.fields.get("agent")) != (d.fields.get("modality"),
                                                                             d.fields.get("agent")):
                continue
            if d.column is not None and o.column is not None and d.column != o.column:
                continue  # a table's columns are its groups: two groups may have had the same doses
            no = _numbers(o.fields)
            # A treatment phase the other lacks ("induction" vs concurrent) makes it another regimen.
            if not _schedule_words(d) <= _schedule_words(o):
                continue
            if all(k in no and abs(no[k] - v) < 1e-6 for k, v in nd.items()) and (len(no) > len(nd) or j < i):
                subsumed = True
                break
        if not subsumed:
            keep.append(d)
    return keep


def share_fraction_size(mentions: list[DoseMention]) -> list[DoseMention]:
    """A fraction size stated on its own ("each daily fraction of IMRT was 2.0 or 2.2 Gy") belongs to
    the same modality's total doses stated without one ("the median EBRT dose was 45 Gy"): copy it
    there and drop the lone statement; unless another general (untargeted) fraction size of that
    modality makes it ambiguous. Meant for mentions of ONE study or group (a primary study's own
    treatment), not across a review's cited studies. Returns a new list; mentions are updated."""
    lone = [d for d in mentions if d.fields.get("modality") in RADIATION and _is_lone_fraction_size(d.fields)]
    # Two different general fraction sizes for one modality (no target to tell them apart): ambiguous.
    sizes: dict[str, set[tuple]] = {}
    for d in mentions:
        per = {k: v for k, v in _numbers(d.fields).items() if k.startswith("dose_per_fraction")}
        if per and not d.fields.get("target"):
            sizes.setdefault(d.fields.get("modality"), set()).add(tuple(sorted(per.items())))
    lone = [d for d in lone if len(sizes.get(d.fields["modality"], ())) <= 1]
    if not lone:
        return list(mentions)
    used: set[int] = set()
    for d in mentions:
        f = d.fields
        if (f.get("modality") not in RADIATION or any(k.startswith("dose_per_fraction") for k in _numbers(f))
                or any(k.startswith("fractions") for k in _numbers(f)) or not _numbers(f)):
            continue
        source = next((x for x in lone if x.fields["modality"] == f["modality"]), None)
        if source is None:
            continue
        f.update({k: v for k, v in _numbers(source.fields).items()})
        used.add(id(source))
    return [d for d in mentions if id(d) not in used]


def _is_lone_fraction_size(f: dict[str, Any]) -> bool:
    keys = set(_numbers(f))
    return bool(keys) and all(k.startswith("dose_per_fraction") for k in keys)


def drug_names() -> re.Pattern:
    """Every drug name and synonym of ``patterns/drugs.yaml``, as one whole-word pattern."""
    return _rules().drug_names


def canonical_drug(name: str) -> str:
    """A drug's canonical name ("5-FU" -> "5-fluorouracil"); the name itself when unknown."""
    return _rules().drugs.get(" ".join(name.lower().split()), (name.lower(), ""))[0]


def drug_class(name: str) -> Optional[str]:
    """A drug's class in ``patterns/drugs.yaml`` ("chemotherapy", "targeted", "immunotherapy", "hormonal"), None when
    the name is no known drug."""
    known = _rules().drugs.get(" ".join(name.lower().split()))
    return known[1] if known else None


def drug_aliases(text: str) -> dict[str, str]:
    """The abbreviations a paper gives its drugs, "zoledronic acid (ZA)" -> {"ZA": "zoledronic acid"}:
    a known drug name followed by a bracketed short name with at least two capitals that is not
    itself a known name; for :func:`find_doses` on the same paper's sentences."""
    rules = _rules()
    out: dict[str, str] = {}
    for n in rules.drug_names.finditer(text):
        m = RX.BRACKETED_ABBREVIATION.match(text[n.end():n.end() + 16])
        if m is None:
            continue
        abbr = m.group(1)
        if sum(c.isupper() for c in abbr) < 2 or abbr.lower() in rules.drugs or abbr.upper() in ROUTES:
            continue
        # The short name starts with the name's first letter and is made of its letters, in order ("ZA",
        # "TMZ", "CPA"); "daunorubicin and cytarabine (DA)" names the regimen, not cytarabine.
        name, letters = n.group(0).lower(), iter(n.group(0).lower())
        if abbr[0].lower() != name[0] or not all(c in letters for c in RX.NOT_SMALL_LETTER.sub("", abbr.lower())):
            continue
        out.setdefault(abbr, rules.drugs[" ".join(n.group(0).lower().split())][0])
    return out


def arm_of(sentence: str, dose: DoseMention, groups: Any, previous: Optional[str] = None) -> Optional[str]:
    """The key of the compared group (``groups``: a groups.GroupIndex, anything with ``mentions``) that a
    schedule in ``sentence`` belongs to, or None for the whole study.

    "in both arms" after the dose: the whole study. A group named right after it ("50 Gy (range 28-50)
    in arm A"). Within the stretch of the sentence between alternatives ("A ... or B ...", "versus",
    ";"): the nearest group named before the dose, else one named inside it ("denosumab 120 mg"), else
    a bracketed label after it ("cisplatin 75 mg/m2 every 3 weeks (arm B)"). A sentence that names a
    single group this way must call it a group ("the RT arm", "the FOLFOX regimen"): a drug name alone
    may be a treatment every group had. With no group in the sentence: the one group the sentence
    before says received treatment ("Patients in arm B received two cycles. The regimen was ...")."""
    if not groups:
        return None
    found = groups.mentions(sentence)
    if RX._ALL_GROUPS.match(sentence, dose.end):
        return None
    for m in found:
        if m.start >= dose.end and RX._NAMED_AFTER.fullmatch(sentence, dose.end, m.start):
            return m.key
    lo, hi = _stretch(sentence, dose.start)
    candidates = [m for m in found if lo <= m.start and m.end <= dose.start][-1:] \
        or [m for m in found if dose.start <= m.start and m.end <= dose.end][:1] \
        or [m for m in found if dose.end <= m.start and m.end <= hi and RX._BRACKETED.search(sentence, 0, m.start)
            and RX.GROUP_WORD_CLOSE.match(sentence[m.end:])][:1]
    if candidates:
        m = candidates[0]
        if m.end <= dose.start and RX._ADD_ON.match(sentence, m.end):
            return None  # "A or placebo, together with B 500 mg": B is every group's
        if any(x.key != m.key and (0 <= m.start - x.end <= 1 or 0 <= x.start - m.end <= 1) for x in found):
            return None  # two names run together ("the immediate docetaxel group"): which group is unclear
        if len({x.key for x in found}) >= 2 or _labelled(sentence, m.start, m.end):
            return m.key
        return None
    if found or not previous or not RX._RECEIVED.search(previous) or _stretch(previous, 0) != (0, len(previous)):
        return None
    named = groups.mentions(previous)
    if len({m.key for m in named}) == 1 and any(_labelled(previous, m.start, m.end) for m in named):
        return named[0].key
    return None


def _labelled(text: str, start: int, end: int) -> bool:
    """Whether a group name is said as a group's: "arm A", "the RT group", "the FOLFOX regimen"."""
    return bool(RX._GROUP_WORD.search(text[start:end]) or RX._GROUP_WORD.match(text, end)
                or RX.GROUP_WORD_BEFORE.search(text[max(0, start - 8):start]))


def _stretch(text: str, pos: int, joined: Iterable[tuple[int, int]] = ()) -> tuple[int, int]:
    """The part of ``text`` around ``pos`` between alternatives at the outer bracket level: "A 40 mg or
    B 75 mg/m2" has two parts, "(C 75 mg/m2 or D AUC 5)" inside brackets does not split its sentence.
    An alternative inside one of the ``joined`` spans does not split it either."""
    joined = list(joined)
    depth, cuts = 0, []
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == ";" or (ch.isalpha() and (i == 0 or not text[i - 1].isalnum()))):
            m = RX._ALTERNATIVE.match(text, i)
            if m and not any(a <= m.start() and m.end() <= b for a, b in joined):
                cuts.append((m.start(), m.end()))
    lo = max([e for s, e in cuts if e <= pos], default=0)
    hi = min([s for s, e in cuts if s >= pos], default=len(text))
    return lo, hi


def drop_restated_in_arms(by_arm: dict[str, list[DoseMention]], whole: str = "all") -> dict[str, list[DoseMention]]:
    """A schedule stated for the whole study that a group's own schedule restates in full or in part
    ("5 x 5 Gy" in the abstract, "five fractions of 5 Gy" in the RT arm's methods) is that group's:
    the whole study's copy is dropped. Groups keep their own schedules, however alike."""
    arms = [d for key, found in by_arm.items() if key != whole for d in found]
    if whole not in by_arm or not arms:
        return by_arm
    keep = []
    for d in by_arm[whole]:
        nd = _numbers(d.fields)
        restated = any((o.fields.get("modality"), o.fields.get("agent")) == (d.fields.get("modality"),
                                                                             d.fields.get("agent"))
                       and _schedule_words(d) <= _schedule_words(o)
                       and all(k in _numbers(o.fields) and abs(_numbers(o.fields)[k] - v) < 1e-6 for k, v in nd.items())
                       for o in arms)
        if not restated:
            keep.append(d)
    return {**by_arm, whole: keep}
