"""What the result rules produce: a result row's fields with the span it was read from, and the
groups it is about as the sentence names them. Shared by the sentence rules (``results``), the
group rules (``group_results``) and the table readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from oncoev.extract.endpoint_codes import code_to, codes_with
from oncoev.extract.mentions import Endpoint, Value

# Endpoints counted in patients (responses, events, toxicities, treatment given or stopped): a
# number of patients and its share are both results.
COUNTED = codes_with("counted")  # (patterns/endpoint_codes.yaml)
# Endpoints read off a survival curve: a rate needs its time point, a value in months is the median.
CURVES = codes_with("curve")
# A treatment's harms counted by grade (TOX, SAE), and the categories a response is judged in (CR, PR, SD, PD).
ADVERSE_EVENT_CODES = codes_with("adverse_event")
RESPONSE_CATEGORIES = codes_with("response_category")
# Responses said of a symptom as often as of a tumour (ORR, CR, PR); the categories a disease control counts (CR, PR,
# SD) and the rates that sum categories (ORR, DCR); curves whose events are deaths (OS, CSS, DEATH), whose events are
# a relapse or progression or death (PFS, DFS, RFS, EFS), and of those the ones whose events are recurrences.
SAID_OF_SYMPTOMS = codes_with("of_a_symptom")
DISEASE_CONTROL = codes_with("disease_control")
SUMMED_RESPONSES = codes_with("sums_responses")
DEATH_EVENTS = codes_with("events_are_deaths")
EITHER_EVENT_CURVES = codes_with("either_event")
RECURRENCE_CURVES = codes_with("recurrence_curve")
# The code a curve's events are counted as (OS's deaths, PFS's progressions or deaths), in prose and in tables
EVENTS_OF_CURVE = code_to("counted_events")


@dataclass
class GroupRef:
    """A patient group a result is about, as the sentence names it."""

    label: str
    n: Optional[int] = None
    unit: str = "patients"
    # A comparison whose groups the sentence does not name ("OS was 40.1% vs 55.2%"): the
    # groups are the ones the paragraph compared last.
    unnamed: Optional[int] = None
    # A group of the paper's group index (groups.py), named in the sentence by one of its names.
    key: Optional[str] = None
    # An unnamed group that is only ever one of the pair compared just before ("..., respectively"): with no
    # such pair it is no group at all, never a new "group 1".
    pair_only: bool = False
    # How many groups an unnamed "..., respectively" list has when it has more than two ("ORR was 40%, 32% and 21%,
    # respectively"): only the arms of a trial of that many arms, all defined in one place with their sizes
    among: Optional[int] = None
    # The subgroup the sentence opens with, of which this group's value counts a part ("Among patients with X, 45 of
    # 94 given A responded": the A group's patients with X)
    within: Optional[str] = None


# Words that rank events as the main ones of a list: "were the main grade 3 toxicities", "the most common events"
MAIN_EVENT_WORDS = r"main|most\s+common|most\s+frequent|commonest|predominant|principal|major"


# The groups a value is said of all at once ("both arms", "each group", "all three groups", "in every arm"): one row
# per group ("all"/"every" without a number: every group the paper compares).
EVERY_GROUP_LABEL = (r"(?:both|each|either|the\s+two|all\s+(?P<n>three|four|3|4)|(?P<every>all(?:\s+the)?|every))\s+"
                     r"(?:of\s+the\s+)?(?:treatment\s+|study\s+|randomi[sz]ed\s+)?(?:groups?|arms?)")


@dataclass
class Found:
    fields: dict
    start: int  # quote span within the sentence
    end: int
    pattern_id: str
    group: Optional[GroupRef] = None
    comparator: Optional[GroupRef] = None
    at: Optional[int] = None  # where the number itself was read, when the rule knows
    # a ratio of two kinds of patients ("longer among those who received A than among those who received B"): kept
    # only when the two are the trial's groups
    needs_groups: bool = False

    @property
    def value_at(self) -> int:
        """Where the row's number was read, within the sentence (the quote's end when not known)."""
        return self.at if self.at is not None else self.end


@dataclass
class Combo:
    endpoint: Endpoint
    months: Optional[float]
    measure: str



def count_fields(e: Endpoint, n: float) -> dict:
    """The fields of a count of patients (or events) with an endpoint: "12 patients had a complete response"."""
    return {"endpoint": e.code, "measure": "count", "timepoint_months": None, "value": float(n), "unit": "n",
            "grade": e.grade, "category": e.category, "site": e.site}


def fields_for(combo: Combo, value: Value, grade: Optional[str] = None, category: Optional[str] = None) -> dict:
    e = combo.endpoint
    unit = "months" if combo.measure in ("median", "mean") else "%"
    # "survival of 3.4 ± 0.2 years": a time said with its spread is a mean, whatever the sentence called it
    measure = "mean" if combo.measure == "median" and value.spread else combo.measure
    fields = {"endpoint": e.code, "measure": measure, "timepoint_months": combo.months, "value": value.value,
              "unit": unit, "value_op": value.op, "grade": grade or e.grade, "category": category or e.category,
              "site": e.site}
    if value.ci:
        fields["ci_low"], fields["ci_high"] = value.ci
    return fields


