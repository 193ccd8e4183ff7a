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
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from oncoev.extract import lexicon, rules

FLAGS = re.IGNORECASE | re.VERBOSE
NUMBER_FIELDS = ("total_dose", "total_dose_low", "total_dose_high", "dose_per_fraction", "dose_per_fraction_low",
                 "dose_per_fraction_high", "fractions", "fractions_low", "fractions_high")
RADIATION = ("ebrt", "brachytherapy", "sbrt", "srs")
# Group names in the YAML -> contract fields.
GROUP_FIELDS = {"total": "total_dose", "total_low": "total_dose_low", "total_high": "total_dose_high",
                "dpf": "dose_per_fraction", "dpf_low": "dose_per_fraction_low", "dpf_high": "dose_per_fraction_high",
                "fractions": "fractions", "fractions_low": "fractions_low", "fractions_high": "fractions_high",
                "range_low": "total_dose_low", "range_high": "total_dose_high"}
UNITS = {"mg/m2": re.compile(r"mg\s*/\s*m", re.I), "mg/kg": re.compile(r"mg\s*/\s*kg", re.I),
         "g/m2": re.compile(r"^g\s*/\s*m", re.I), "mg": re.compile(r"^mg$", re.I)}


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
class _Construction:
    id: str
    regex: re.Pattern
    role: str
    requires: tuple[str, ...]


@dataclass(frozen=True)
class _Rules:
    constructions: tuple[_Construction, ...]
    words: dict[str, int]
    prefilter: re.Pattern
    exclude_before: re.Pattern
    exclude_after: re.Pattern
    exclude_sentence: re.Pattern
    dose_context: re.Pattern
    statistic: tuple[tuple[str, re.Pattern], ...]
    modality: re.Pattern
    modality_names: tuple[str, ...]
    targets: re.Pattern
    schedule: re.Pattern
    cycles: re.Pattern
    drug_names: re.Pattern
    drugs: dict[str, tuple[str, str]]  # any spelling (lower case, single spaces) -> (canonical, class)
    drug_quantity: re.Pattern
    table_label: re.Pattern
    table_cell: re.Pattern
    table_unit: re.Pattern
    header_lines: int
    schedule_break: re.Pattern
    modality_break: re.Pattern
    prescription: re.Pattern
    phases: re.Pattern


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(10):
        new = re.sub(r"\{([A-Z][A-Z0-9_]*)\}", lambda m: macros.get(m.group(1), m.group(0)), pattern)
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

    return re.sub(r"\(\?P<(\w+)>", rename, pattern)


def _groups(m: re.Match) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in m.groupdict().items():
        if value is not None:
            out.setdefault(name.split("__")[0], value)
    return out


def _alternation(phrases: list[str]) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


def _load(name: str) -> Any:
    return rules.load(name)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data, drug_data = _load("doses.yaml"), _load("drugs.yaml")
    # Counts in words reach the rules as digits (the normaliser); "a single fraction" stays a word.
    words = {**lexicon.number_words(), "single": 1, "a single": 1}
    macros = dict(data["macros"])
    # Word-bounded: "one" in "done" is no count, and the boundary check fails fast mid-word (speed).
    macros["NW"] = ("(?<![\\w.,])(?:\\d+|" + _alternation([re.escape(w).replace("\\ ", "\\s+") for w in words])
                    + ")(?![\\w])")
    constructions = tuple(
        _Construction(c.id, re.compile(_unique_groups(_expand(c.pattern, macros)), FLAGS), c.role or "dose",
                      c.requires)
        for c in data["constructions"])

    def any_of(patterns: list[str]) -> re.Pattern:
        return re.compile("|".join(f"(?:{_expand(p, macros)})" for p in patterns), re.I)

    names = tuple(data["modality_cues"])
    # "HDR intracavitary RT", "SBRT boost": a specific cue takes the generic word after it along,
    # so that the generic word ("RT") is not the nearer cue.
    generic = r"(?:\s+(?:RT|radiotherapy|radiation(?:\s+therapy)?|irradiation|boost))?"
    # The word-boundary checks stand outside the alternatives: most positions then fail at once.
    modality = re.compile("(?<![\\w-])(?:" + "|".join(
        f"(?P<{m}>" + "|".join(f"(?:{p}){generic if m != 'ebrt' else ''}" for p in data["modality_cues"][m]) + ")"
        for m in names) + ")(?![\\w-])", re.I)
    drugs: dict[str, tuple[str, str]] = {}
    for cls, entries in drug_data.items():
        for canonical, others in entries.items():
            for spelling in [canonical, *(others or [])]:
                drugs[" ".join(str(spelling).lower().split())] = (canonical, cls)
    drug_names = re.compile(
        "(?<![\\w-])(?:" + _alternation([re.escape(d).replace("\\ ", "\\s+") for d in drugs]) + ")(?![\\w-])", re.I)
    macros["UNIT"] = data["drug_units"]
    table = data["table"]
    return _Rules(
        constructions=constructions,
        words=words,
        prefilter=re.compile(data["joins"]["prefilter"], re.I),
        exclude_before=any_of(data["exclude_before"]),
        exclude_after=any_of(data["exclude_after"]),
        exclude_sentence=any_of(data["exclude_sentence"]),
        dose_context=re.compile(data["dose_context"], re.I),
        statistic=tuple((k, re.compile(v + r"[^\d;]{0,60}$", re.I)) for k, v in data["statistic_before"].items()),
        modality=modality,
        modality_names=names,
        targets=re.compile("(?<![\\w-])(?:" + "|".join(f"(?:{p})" for p in data["targets"]) + ")(?![\\w-])", re.I),
        schedule=re.compile("(?<![\\w-])(?:" + "|".join(f"(?:{p})" for p in data["schedule"]) + ")(?![\\w-])", re.I),
        cycles=re.compile(_expand(data["cycles"], macros), re.I),
        drug_names=drug_names,
        drugs=drugs,
        drug_quantity=re.compile(_unique_groups(_expand(data["drug_quantity"], macros)), FLAGS),
        table_label=re.compile(table["label"], re.I | re.M),
        table_cell=re.compile(_expand(table["cell"], macros), re.I),
        table_unit=re.compile(table["unit_header"], re.I),
        header_lines=int(table["header_lines"]),
        schedule_break=re.compile(data["joins"]["schedule_break"], re.I),
        modality_break=re.compile(data["joins"]["modality_break"], re.I),
        prescription=re.compile(data["joins"]["prescription"], re.I),
        phases=re.compile(data["joins"]["phases"], re.I),
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


def find_doses(text: str, context: Optional[str] = None) -> list[DoseMention]:
    """Dose schedule components in one sentence (or one table line) of normalised text.

    ``context`` (optional, e.g. the sentence before) only fills in what the sentence leaves
    unsaid: the radiation modality ("SBRT was used. Doses were 8 Gy x 5 fractions") and the
    number of drug cycles ("three cycles ... consisted of cisplatin 100 mg/m2").
    """
    rules = _rules()
    if not rules.prefilter.search(text) or rules.exclude_sentence.search(text):
        return []
    found = _radiation(rules, text, context) + _drugs(rules, text, context)
    found.sort(key=lambda d: d.start)
    _schedules(rules, text, found)
    return found


def _schedules(rules: _Rules, text: str, found: list[DoseMention]) -> None:
    """Schedule words go to the dose they follow, unless a connector ("plus", "followed by", ",")
    stands between, when they describe the next dose; words before the first dose describe all."""
    parts: list[list[str]] = [[] for _ in found]
    if not found:
        return
    for m in rules.schedule.finditer(text, max(0, found[0].start - 80), min(len(text), found[-1].end + 90)):
        words = " ".join(m.group(0).split())
        if words[:1].isupper() and words[1:2].islower():
            words = words[0].lower() + words[1:]  # "Weekly" at a sentence start is the same word
        if m.end() <= found[0].start:
            owners = range(len(found))
        else:
            # the dose the words follow (a word that overlaps the first dose belongs to it)
            i = max((k for k, d in enumerate(found) if d.start <= m.start()), default=0)
            d = found[i]
            if m.start() < d.end or i + 1 == len(found) or not rules.schedule_break.search(text[d.end:m.start()]):
                owners = range(i, i + 1)
            else:
                owners = range(i + 1, i + 2)
        for k in owners:
            if words.lower() not in (p.lower() for p in parts[k]):
                parts[k].append(words)
    for d, p in zip(found, parts, strict=True):
        if p:
            d.fields["schedule"] = ", ".join(p)
        if text[d.end:d.end + 1] == ")" and "(" in text[d.start:d.end]:
            d.end += 1


def _radiation(rules: _Rules, text: str, context: Optional[str]) -> list[DoseMention]:
    if not re.search(r"c?Gy\b", text, re.I):
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
            f = _fields_from(groups, rules.words, centi=bool(re.search(r"\bcGy\b", m.group(0))))
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
    _attach_fractions(found, atoms)
    found = _prescription(rules, text, found)
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
            if not p_totals:  # "2-10 Gy per session, 3-30 fractions and a prescription dose of 30-60 Gy"
                p.update({k: v for k, v in f.items() if k.startswith("total_dose")})
                prev.end = d.end
                prev.pattern_id += "+prescription"
                continue
            if max(p_totals) < d_min:
                for k in ("total_dose", "total_dose_low", "total_dose_high"):
                    if k in p:
                        p[k.replace("total_dose", "dose_per_fraction")] = p.pop(k)
                p.update({k: v for k, v in f.items() if k.startswith("total_dose")})
                prev.end = d.end
                prev.pattern_id = "dose.per_fraction_fractions_prescription"
                continue
        out.append(d)
    return out


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
             if re.search(r"\bto\s+(?:the\s+)?(?:\w+\s+){0,2}$", text[d.end:m.start()], re.I)]
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
    if pattern_id.startswith("dose.median_with_range"):
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


def _drugs(rules: _Rules, text: str, context: Optional[str]) -> list[DoseMention]:
    quantities = [q for q in rules.drug_quantity.finditer(text)
                  if not rules.exclude_before.search(text[max(0, q.start() - 30):q.start()])]
    if not quantities:
        return []
    names = list(rules.drug_names.finditer(text))
    if not names:
        return []
    found: list[DoseMention] = []
    for i, q in enumerate(quantities):
        drug = _drug_for(rules, text, q, names, quantities[i - 1].end() if i else 0)
        if drug is None:
            continue
        canonical, cls = rules.drugs[" ".join(drug.group(0).lower().split())]
        g = _groups(q)
        f: dict[str, Any] = {"modality": cls, "agent": canonical, "target": None}
        if "auc" in g:
            f.update(total_dose=_number(g["auc"], rules.words), dose_unit="AUC")
        elif "dose_low" in g:
            f.update(total_dose_low=_number(g["dose_low"], rules.words),
                     total_dose_high=_number(g["dose_high"], rules.words), dose_unit=_unit(g.get("unit2", "")))
        else:
            f.update(total_dose=_number(g["dose"], rules.words), dose_unit=_unit(g.get("unit", "")))
        if not all(f[k] > 0 for k in ("total_dose", "total_dose_low", "total_dose_high") if f.get(k) is not None):
            continue
        start, end = min(drug.start(), q.start()), max(drug.end(), q.end())
        before = text[max(0, start - 40):start]
        stat = next((n for n, r in rules.statistic if r.search(before)), None)
        f["statistic"] = stat or ("range" if "total_dose_low" in f else "fixed")
        found.append(DoseMention(f, start, end, "drug.dose_of_name" if drug.start() > q.start() else "drug.name_dose"))
    _cycles(rules, text, found, context)
    return found


def _cycles(rules: _Rules, text: str, found: list[DoseMention], context: Optional[str]) -> None:
    """Cycles are the drug's "fractions": "for 6 cycles" counts the drug before it, "6 cycles of X"
    the drug after it; else a count in the context ("three cycles were given. Each consisted of ...")."""
    for m in rules.cycles.finditer(text):
        n = _number(m.group("n") or m.group("n2"), rules.words)
        after = [d for d in found if d.start >= m.end() and d.start - m.end() <= 60]
        before = [d for d in found if d.end <= m.start() and m.start() - d.end <= 90]
        owner = after[0] if m.group("n") and after else (before[-1] if before else None)
        if owner is not None and n:
            owner.fields.setdefault("fractions", n)
    if context and not re.search(r"\b(?:weekly|every)\b", text, re.I):
        m = rules.cycles.search(context)
        if m:
            for d in found:
                d.fields.setdefault("fractions", _number(m.group("n") or m.group("n2"), rules.words))


def _unit(raw: str) -> str:
    compact = "".join(raw.split())
    for unit, regex in UNITS.items():
        if regex.search(compact):
            return unit
    return "mg"


def _drug_for(rules: _Rules, text: str, q: re.Match, names: list[re.Match], prev_q_end: int) -> Optional[re.Match]:
    """The drug a quantity belongs to: "100 mg/m2 of cisplatin", else the nearest drug named before it."""
    for n in names:
        if n.start() >= q.end():
            gap = text[q.end():n.start()]
            if re.fullmatch(r"\s*(?:of\s+)?(?:(?:intravenous|oral|iv|i\.v\.)\s+)?", gap, re.I):
                return n
            break
    before = [n for n in names if n.end() <= q.start() and n.start() >= prev_q_end]
    if before and q.start() - before[-1].end() <= 80 and ";" not in text[before[-1].end():q.start()]:
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
