"""Groups a sentence sizes by the treatment each had, with no whole said before them ("A total of 212 patients underwent
A and 48 received B"); groups named by their role ("combination", "single-agent therapy"); and the preoperative role,
which an operation or a treatment given instead of one never holds. Texts we wrote, two or more wordings each."""

from __future__ import annotations

import pytest
from support import extract_text


def sized(extraction: dict) -> dict[str, int]:
    """Each sized group's label (lower case) to its size, the whole study's as "all"."""
    return {("all" if c["key"] == "all" else c["label"].lower()): c["n"]
            for c in extraction["cohorts"] if c.get("n") is not None}


def rows(extraction: dict) -> set[tuple]:
    """(group's size, endpoint, measure, value) of every row."""
    size = {c["key"]: c.get("n") for c in extraction["cohorts"]}
    return {(size.get(r["cohort"]), r["endpoint"], r["measure"], r["value"]) for r in extraction["results"]}


@pytest.mark.parametrize("text, groups, expected", [
    ("Wedge resection versus radiosurgery for small renal tumours.\n\n"
     "A total of 131 patients underwent wedge resection and 57 received radiosurgery. The 2-year local control was 94% "
     "after wedge resection and 87% after radiosurgery (p = 0.08).",
     {"wedge resection": 131, "radiosurgery": 57, "all": 188},
     {(131, "LC", "rate", 94.0), (57, "LC", "rate", 87.0)}),
    ("Between 2003 and 2011, 85 men were treated with prostatectomy and 64 with brachytherapy. The 5-year "
     "biochemical failure rate was 12% after prostatectomy and 17% after brachytherapy.",
     {"prostatectomy": 85, "brachytherapy": 64, "all": 149}, set()),
    ("In total, 77 patients were treated with hepatectomy and 45 with ablation. Median overall survival was 41.2 "
     "months with hepatectomy and 33.5 months with ablation.",
     {"hepatectomy": 77, "ablation": 45, "all": 122},
     {(77, "OS", "median", 41.2), (45, "OS", "median", 33.5)}),
])
def test_parts_that_open_their_sentence_size_the_groups(text, groups, expected):
    extraction = extract_text(text, "series.txt")
    assert sized(extraction) == groups
    assert expected <= rows(extraction)
    # the study's size is its groups' sizes together, quoted from the sentence that gives them
    where = extraction["study"]["provenance"]["n_patients"]
    assert extraction["study"]["n_patients"] == groups["all"]
    assert where["pattern_id"] == "study.n.sum_of_groups"
    assert str(min(v for k, v in groups.items() if k != "all")) in where["quote"]


@pytest.mark.parametrize("text", [
    # later treatments, not the study's groups
    "At relapse, 14 patients received docetaxel and 9 received best supportive care.",
    "A total of 40 patients received salvage chemotherapy and 20 received radiotherapy.",
    # a state, not a treatment
    "Overall, 30 patients were treated with chemotherapy and 12 with grade 3 neutropenia.",
    # parts of a subset said after a clause that is no whole
    "Among those who relapsed, 16 were treated with surgery and 11 with radiotherapy.",
])
def test_parts_that_are_no_groups_of_the_study(text):
    extraction = extract_text(text, "series.txt")
    assert set(sized(extraction)) <= {"all"}


def test_sized_arms_elsewhere_keep_their_sizes():
    # two counts of the same arms: the randomisation's sizes stand, the later treated counts make no groups
    text = ("Patients were randomly assigned to drug K (n = 61) or drug L (n = 60). Sixty-three patients were "
            "treated with drug K and 58 patients were treated with drug L. Complete response was seen in 20 patients "
            "(32.8%) given drug K.")
    extraction = extract_text(text, "trial.txt")
    assert sized(extraction) == {"drug k": 61, "drug l": 60, "all": 121}


@pytest.mark.parametrize("text, big, small", [
    ("Patients were randomly assigned to combination chemotherapy (n = 150) or single-agent therapy (n = 141). "
     "Median survival was 9.4 months in the combination arm and 7.2 months in the single-agent arm.", 150, 141),
    ("A total of 208 patients received the combination and 196 received monotherapy. The 1-year survival was 38% in "
     "the combination group and 29% in the monotherapy group.", 208, 196),
])
def test_a_group_named_by_its_role_goes_by_the_role_arm_names(text, big, small):
    extraction = extract_text(text, "trial.txt")
    got = {r[0] for r in rows(extraction) if r[1] == "OS"}
    assert got == {big, small}


@pytest.mark.parametrize("text", [
    "A total of 96 women underwent mastectomy and 71 underwent breast-conserving surgery.",
    "A total of 212 patients underwent lobectomy and 48 received stereotactic radiotherapy.",
    "Patients were randomly assigned to gastrectomy (n = 80) or chemoradiotherapy (n = 79).",
])
def test_no_preoperative_arm_for_an_operation_or_a_treatment_instead_of_one(text):
    names = {a.lower() for c in extract_text(text, "series.txt")["cohorts"] for a in c.get("aliases") or []}
    assert not {"preoperative arm", "neoadjuvant arm", "preoperative group"} & names


@pytest.mark.parametrize("text", [
    "Patients were randomly assigned to drug Q plus chemotherapy (n = 20) or chemotherapy alone (n = 20). In the "
    "combination group, 11 of 20 (55%) patients benefited from the treatment in terms of disease control, and all 6 "
    "patients (100%) who had chest pain before treatment achieved symptom relief within 2 days.",
    "Patients were randomly assigned to drug Q plus chemotherapy (n = 20) or chemotherapy alone (n = 20). Among the "
    "chemotherapy group, 6 of 20 (30%) patients had an objective response, and all 3 patients (100%) with bone pain "
    "reported relief.",
])
def test_a_count_of_a_total_in_a_clause_a_group_opens_is_that_groups(text):
    extraction = extract_text(text, "trial.txt")
    endpoint = "DCR" if "disease control" in text else "ORR"
    assert {(r["endpoint"], r["measure"]) for r in extraction["results"] if r["cohort"] != "all"} >= {
        (endpoint, "count"), (endpoint, "rate")}


@pytest.mark.parametrize("label, outcome", [("ORR", True), ("DCR", True), ("overall survival", True),
                                            ("drug K", False), ("arm B", False), ("responders", False)])
def test_an_outcomes_name_is_told_from_a_groups(label, outcome):
    from oncoev.extract.assemble import _an_outcomes_name
    assert _an_outcomes_name(label) is outcome
