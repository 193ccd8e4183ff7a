"""Qualifiers a result takes from the words around it, after a rule has read its number.

- a dose reduction names the drug reduced ("dose reductions of oxaliplatin in 13 patients",
  "9 patients had cisplatin dose reduction"): the category is the drug;
- a discontinuation names its reason ("stopped owing to adverse events"): the category is the reason;
- a response names who judged it ("according to the investigators", "investigator-assessed") or how
  it was seen ("endoscopic CR"): the category says so;
- a death put down to the treatment ("deaths considered related to the study treatment") is grade 5
  toxicity, and so is a death of an adverse event ("died of pneumonitis"), with that event as its category.

The cue phrases live in ``patterns/cues.yaml`` (reason, assessor, response_modality, treatment_death).
"""

from __future__ import annotations

import re
from typing import Optional

from oncoev.extract.endpoint_codes import codes_with
from oncoev.extract.findings import Found
from oncoev.extract.mentions import Sentence, cues, toxicity_terms
from oncoev.extract.rules import regexes

RX = regexes("qualifiers")  # patterns/regex/qualifiers.yaml: the regular expressions of this module

RESPONSES = codes_with("assessed")  # (patterns/endpoint_codes.yaml)
ASSESSOR = "_assessor"


def settle_assessors(rows: list[dict]) -> None:
    """A response the paper splits by how it was seen ("endoscopic CR") and also reports as judged by
    someone ("according to the investigators, CR was ...") is told apart by its category: the assessor
    becomes the category of the rows that have none. Where no way of seeing splits the response, the
    assessor stays out of the category: "ORR 75% by independent review and 80% by the investigators"
    are two readings of one response rate."""
    seen_ways = {r["endpoint"] for r in rows if r.get("endpoint") in RESPONSES and r.get("category")}
    for r in rows:
        who = r.pop(ASSESSOR, None)
        if who and not r.get("category") and r.get("endpoint") in seen_ways:
            r["category"] = who


def _drug_reduced(s: Sentence, at: int, taken: list[tuple[int, int]]) -> Optional[str]:
    """The drug a dose reduction names: bound to the words ("oxaliplatin dose reduction", "dose reductions
    of oxaliplatin", "... (25%) for oxaliplatin"), else the nearest drug within 40 characters of the value
    that is not the name of a compared group."""
    from oncoev.extract.doses import canonical_drug, drug_names

    every = list(drug_names().finditer(s.text))
    drugs = [m for m in every if not any(a <= m.start() < b for a, b in taken)]
    bound = []
    for e in s.endpoints:
        if e.code != "DOSE_REDUCTION":
            continue
        for m in every:  # "dose reductions of capecitabine" in the capecitabine group: bound, so the drug
            between = s.text[m.end():e.start] if m.end() <= e.start else s.text[e.end:m.start()]
            if re.fullmatch(r"\s*(?:-|\s)?\s*" if m.end() <= e.start else r"\s*(?:of|for|in)\s+(?:the\s+)?", between):
                bound.append((abs(e.start - at), m))
    after = [m for m in drugs if RX.FOR_OR_OF_GAP.fullmatch(s.text[at:m.start()])]
    if bound:
        return canonical_drug(min(bound, key=lambda x: x[0])[1].group(0))
    if after:
        return canonical_drug(after[0].group(0))
    near = [(min(abs(m.start() - at), abs(m.end() - at)), m.group(0)) for m in drugs]
    near = [x for x in near if x[0] <= 40]
    return canonical_drug(min(near)[1]) if near else None


def _reason(words: str) -> str:
    """A reason as a category: without its article, short names of adverse events written out ("because of an
    AE" -> "adverse event")."""
    words = RX.ARTICLE_START.sub("", words.strip().lower())
    return SHORT_REASONS.get(words, words)


SHORT_REASONS = {"ae": "adverse event", "aes": "adverse events", "sae": "serious adverse event",
                 "saes": "serious adverse events", "pd": "progressive disease"}


def _fatal_event(s: Sentence, f: Found) -> Optional[str]:
    """The adverse event a counted death was of, when the words after "died of" are one (at most two words before the
    term: "fatal pulmonary haemorrhage"); not a disease's progression or a cause the vocabulary does not know."""
    m = RX.DIED_OF.search(s.text, f.start, min(len(s.text), f.end + 60))
    if m is None or m.start() > f.end:
        return None
    what = m.group("what")
    term = toxicity_terms().search(what)
    if term is None or term.end() != len(what) or len(what[:term.start()].split()) > 2:
        return None
    return term.group("term").lower()


def qualify(s: Sentence, rows: list[Found], taken: list[tuple[int, int]] = ()) -> None:
    """Fill the category and grade the words around each row give (in place); ``taken`` are the spans that
    name the study's compared groups (a drug named there is a group, not what a row is about)."""
    c = cues()
    death = c["treatment_death"].search(s.text)
    for f in rows:
        fields = f.fields
        code = fields.get("endpoint")
        if fields.get("category"):
            continue
        if code == "DOSE_REDUCTION":
            fields["category"] = _drug_reduced(s, f.value_at, list(taken))
        elif code == "DISCONTINUATION":
            named = [r for r in s.reasons if r[0] <= f.value_at]
            m = c["reason"].search(s.text, f.start, min(len(s.text), f.end + 80))
            if named:  # "due to adverse events (13%) or death (9%)": the reason named before the value
                fields["category"] = _reason(named[-1][2])
            elif m and not RX.MOSTLY.search(s.text, max(0, m.start() - 25), m.start()) \
                    and not (f.value_at < m.start() and RX.SIZE_AFTER.match(s.text[m.end("reason"):])) \
                    and not any(f.value_at < v.start < m.start() and v.start >= f.end for v in s.values):
                # (not "83 discontinued due to progression (57), toxicity (8) ..." nor "... (n = 57), ...": the total
                # of a list of reasons; nor "147 had discontinued, 98 (40%) as a result of progression": the reason
                # of a later count)
                # not "..., mostly due to progression": the commonest reason, not the reason of all counted
                # (the window may end inside the reason's last word: "due to toxicit|ies"; the whole word is it)
                rest = RX.WORD_REST.match(s.text[m.end("reason"):]).group(0)
                fields["category"] = _reason(m.group("reason") + rest)
        elif code in RESPONSES:
            how = c["response_modality"].search(s.text[max(0, f.start - 25):f.start])
            who = c["assessor"].search(s.text)
            if how:
                fields["category"] = how.group("how").lower()
            if who:
                # kept aside: the assessor is a category only where the paper reports the same response
                # judged two ways (assemble.settle_assessors)
                name = next(g for g in who.groups() if g)
                fields[ASSESSOR] = "investigator" if name.lower().startswith("investigator") else name
        elif code in ("DEATH", "TOX") and death and not fields.get("grade"):
            fields["endpoint"], fields["grade"] = "TOX", "5"
        elif code == "DEATH" and (event := _fatal_event(s, f)):
            # "one patient died of radiation pneumonitis": an adverse event that killed is grade 5 of that event
            fields["endpoint"], fields["grade"], fields["category"] = "TOX", "5", event
