"""Dose-schedule rules (oncoev.extract.doses) on sentences written for these tests."""

from __future__ import annotations

import pytest
from dose_fields import numbers
from support import yaml_cases

from oncoev.extract.doses import (
    DoseMention,
    arm_of,
    drop_restated_in_arms,
    drop_subsumed,
    drug_aliases,
    find_doses,
    find_table_doses,
    share_fraction_size,
)
from oncoev.extract.normalize import normalize


def doses_of(*sentences: str) -> list[DoseMention]:
    """The mentions of several sentences, each read on its own, in order (as a paper's would be)."""
    return [d for sentence in sentences for d in find_doses(sentence)]


def one(text: str, **kw) -> DoseMention:
    found = find_doses(text, **kw)
    assert len(found) == 1, [(d.pattern_id, d.fields) for d in found]
    return found[0]


@yaml_cases
def test_radiation_constructions(text, expected):
    d = one(text)
    assert numbers(d) == pytest.approx(expected)
    assert d.fields["dose_unit"] == "Gy" and d.fields["agent"] is None
    assert "Gy" in text[d.start:d.end]


def test_median_with_range_and_the_range_before_the_median():
    d = one("The median prescribed dose was 60 Gy (range, 50.4-66 Gy).")
    assert numbers(d) == {"total_dose": 60, "total_dose_low": 50.4, "total_dose_high": 66}
    assert d.fields["statistic"] == "median" and d.pattern_id == "dose.median_with_range"
    d = one("Doses to the prostate ranged from 70 to 78 Gy (median, 76 Gy).")
    assert numbers(d) == {"total_dose": 76, "total_dose_low": 70, "total_dose_high": 78}
    assert d.fields["statistic"] == "median" and d.fields["target"] == "prostate"
    d = one("The mean dose delivered was 54 Gy.")
    assert d.fields["statistic"] == "mean"


def test_ranges_are_ranges_and_fixed_doses_fixed():
    assert one("The delivered dose ranged from 30 Gy to 36 Gy.").fields["statistic"] == "range"
    assert one("Patients received 60 Gy in 30 fractions.").fields["statistic"] == "fixed"
    d = one("The dose per fraction was 3-5 Gy and the number of fractions was 8-12 times.")
    assert numbers(d) == {"dose_per_fraction_low": 3, "dose_per_fraction_high": 5, "fractions_low": 8,
                          "fractions_high": 12}
    assert d.fields["statistic"] == "range"


def test_two_totals_sharing_the_fractions():
    found = find_doses("The doses to PTV-boost and PTV-elective were 66 Gy and 54 Gy, in 30 fractions.")
    assert [numbers(d) for d in found] == [
        {"total_dose": 66, "fractions": 30, "dose_per_fraction": 2.2},
        {"total_dose": 54, "fractions": 30, "dose_per_fraction": 1.8}]


def test_per_fraction_and_fractions_then_the_prescription():
    d = one("Metastases were given 2 to 10 Gy per session, 3-30 fractions and a prescription dose of 30-60 Gy.")
    assert numbers(d) == {"dose_per_fraction_low": 2, "dose_per_fraction_high": 10, "fractions_low": 3,
                          "fractions_high": 30, "total_dose_low": 30, "total_dose_high": 60}


@yaml_cases
def test_modality_from_nearby_words(text, modality):
    assert one(text).fields["modality"] == modality


def test_the_nearest_cue_names_each_dose():
    found = find_doses("Patients had external beam RT to the pelvis (median dose 50 Gy) and "
                       "high-dose-rate intracavitary RT (median dose 28 Gy).")
    assert [(d.fields["modality"], d.fields["total_dose"], d.fields["statistic"]) for d in found] == [
        ("ebrt", 50, "median"), ("brachytherapy", 28, "median")]
    assert found[0].fields["target"] == "pelvis"


def test_context_gives_the_modality_the_sentence_leaves_out():
    text = "The prescribed dose was 8-12 Gy per fraction."
    assert one(text).fields["modality"] == "ebrt"
    assert one(text, context="Twelve patients were treated with SBRT.").fields["modality"] == "sbrt"


def test_target_after_to_the():
    found = find_doses("Patients received 50.4 Gy to the whole pelvis and a sequential 9 Gy boost to the "
                       "primary tumour.")
    assert [(d.fields["total_dose"], d.fields["target"]) for d in found] == [(50.4, "whole pelvis"),
                                                                             (9, "primary tumour")]


@yaml_cases
def test_drug_doses(text, agent, dose, unit, schedule):
    d = one(text)
    assert (d.fields["agent"], d.fields["total_dose"], d.fields["dose_unit"]) == (agent, dose, unit)
    assert d.fields.get("schedule") == schedule
    assert d.fields["statistic"] == "fixed"


def test_drug_classes():
    kinds = {d.fields["agent"]: d.fields["modality"] for d in find_doses(
        "Arms received cetuximab 400 mg/m2, nivolumab 240 mg, letrozole 2.5 mg or paclitaxel 80 mg/m2.")}
    assert kinds == {"cetuximab": "targeted", "nivolumab": "immunotherapy", "letrozole": "hormonal",
                     "paclitaxel": "chemotherapy"}


def test_each_drug_keeps_its_own_schedule():
    found = find_doses("They were given oxaliplatin 130 mg/m2 on day 1 with oral capecitabine 850 mg/m2 "
                       "twice daily on days 1-14 every three weeks.")
    assert [(d.fields["agent"], d.fields.get("schedule")) for d in found] == [
        ("oxaliplatin", "on day 1"), ("capecitabine", "twice daily, on days 1-14, every three weeks")]


def test_cycles_become_fractions_from_the_sentence_or_its_context():
    assert one("Docetaxel 75 mg/m2 was given for 4 cycles.").fields["fractions"] == 4
    concurrent, adjuvant = find_doses("Temozolomide 75 mg/m2 daily was given with radiotherapy, followed by "
                                      "6 cycles of adjuvant temozolomide 150-200 mg/m2 on days 1-5 every 28 days.")
    assert "fractions" not in concurrent.fields and concurrent.fields["schedule"] == "daily"
    assert adjuvant.fields["fractions"] == 6
    assert numbers(adjuvant) == {"total_dose_low": 150, "total_dose_high": 200, "fractions": 6}
    d = one("Each cycle consisted of cisplatin 75 mg/m2 on day 1.", context="Patients received two cycles.")
    assert d.fields["fractions"] == 2


def test_randomised_trial_sentence():
    found = find_doses("Patients were randomly assigned to receive 60 Gy in 30 fractions with concurrent "
                       "cisplatin 75 mg/m2 on day 1 every 3 weeks or the same radiotherapy alone.")
    rt, drug = found
    assert numbers(rt) == {"total_dose": 60, "fractions": 30, "dose_per_fraction": 2}
    assert rt.fields["modality"] == "ebrt" and rt.pattern_id == "dose.total_in_fractions"
    assert (drug.fields["agent"], drug.fields["total_dose"]) == ("cisplatin", 75)
    assert drug.fields["schedule"] == "concurrent, on day 1, every 3 weeks"


def test_abstract_sentence_with_radiation_and_drug():
    found = find_doses("Methods: 84 patients received SBRT (35 Gy in 5 fractions) followed by durvalumab "
                       "1500 mg every 4 weeks.")
    assert [(d.fields["modality"], d.fields.get("agent"), d.fields["total_dose"]) for d in found] == [
        ("sbrt", None, 35), ("immunotherapy", "durvalumab", 1500)]


@yaml_cases
def test_doses_of_other_things_are_not_schedules(text):
    assert find_doses(text) == []


def test_spans_point_at_the_dose_expression():
    text = "In the trial, SBRT 48 Gy in 4 fractions (BED of 105.6 Gy) was delivered."
    d = one(text)
    assert text[d.start:d.end] == "48 Gy in 4 fractions"
    assert numbers(d)["total_dose"] == 48


def test_table_rows_naming_a_dose():
    text = ("Table 2 Treatment\nRadiation dose (Gy)\nBoost dose\n\n12.0 (10.0-16.0)\n\n12.0(10.0-14.0)\n"
            "HDR dose\n\n24.0 (21.0-28.0)\nAge\n\n61 (40-80)\n")
    found = find_table_doses(text)
    assert [(d.column, d.fields["modality"], numbers(d)) for d in found] == [
        (0, "ebrt", {"total_dose": 12, "total_dose_low": 10, "total_dose_high": 16}),
        (1, "ebrt", {"total_dose": 12, "total_dose_low": 10, "total_dose_high": 14}),
        (0, "brachytherapy", {"total_dose": 24, "total_dose_low": 21, "total_dose_high": 28})]
    assert text[found[2].start:found[2].end] == "24.0 (21.0-28.0)"
    assert find_table_doses("Age\nMedian dose\n61 (40-80)\n") == []  # no Gy anywhere: not a radiation dose


def test_drop_subsumed_keeps_the_fuller_mention_and_other_phases():
    found = doses_of("Patients received 45 Gy to the pelvis.", "The pelvis received 45 Gy in 25 fractions.",
                     "Induction cisplatin 75 mg/m2 was given.", "Concurrent cisplatin 75 mg/m2 for 2 cycles was given.")
    kept = drop_subsumed(found)
    assert [(d.fields.get("agent"), numbers(d)) for d in kept] == [
        (None, {"total_dose": 45, "fractions": 25, "dose_per_fraction": 1.8}),
        ("cisplatin", {"total_dose": 75}),
        ("cisplatin", {"total_dose": 75, "fractions": 2})]


def test_a_general_fraction_size_completes_the_totals_of_its_modality():
    found = doses_of("External beam RT was given in daily fractions of 1.8 Gy.",
                     "The median EBRT dose was 50.4 Gy (range, 45-54 Gy).",
                     "Bone metastases received 3 Gy per fraction to a total of 30 Gy.",
                     "HDR brachytherapy delivered 28 Gy in 4 fractions.")
    shared = share_fraction_size(found)
    assert [numbers(d) for d in shared] == [
        {"total_dose": 50.4, "total_dose_low": 45, "total_dose_high": 54, "dose_per_fraction": 1.8},
        {"total_dose": 30, "dose_per_fraction": 3, "fractions": 10},
        {"total_dose": 28, "fractions": 4, "dose_per_fraction": 7}]


def test_two_general_fraction_sizes_are_ambiguous():
    found = doses_of("EBRT was given at 1.8 Gy per fraction.", "EBRT was given at 3 Gy per fraction.",
                     "The median EBRT dose was 50 Gy.")
    assert [numbers(d) for d in share_fraction_size(found)] == [numbers(d) for d in found]


def test_dev_texts_score_above_the_floor():
    """The component figures on the dev texts, seeds and papers (skipped when ../shared is absent, not in CI)."""
    import importlib.util

    from support import REPO, SHARED, need_shared

    need_shared("tools", "score_extraction.py")
    spec = importlib.util.spec_from_file_location("score_components", REPO / "scripts" / "score_components.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.score(SHARED)
    assert figures["doses"]["f1"] >= 0.94
    assert figures["study_right"] >= 0.96 * figures["study_of"]


# --- schedules said in parts, ranges with their medians, rhythms -----------------------------------------


def test_a_boost_or_an_unequal_total_is_not_joined_to_a_fraction_size():
    found = find_doses("The breast received 40 Gy followed by a tumour bed boost at 2.5 Gy per fraction.")
    assert [numbers(d) for d in found] == [{"total_dose": 40}, {"dose_per_fraction": 2.5}]
    text = normalize("Three fractions of radiotherapy, 7 Gy per fraction, and in total a dose of 30 Gy.").text
    assert [numbers(d) for d in find_doses(text)] == [{"dose_per_fraction": 7, "fractions": 3, "total_dose": 21},
                                                      {"total_dose": 30}]


@yaml_cases
def test_fractions_per_week_are_a_rhythm_not_a_count(text):
    d = one(normalize(text).text)  # counts in words reach the rules as digits
    assert numbers(d) == {"total_dose": 50, "dose_per_fraction": 2, "fractions": 25}
    assert "week" in d.fields["schedule"]


def test_a_count_of_fractions_is_derived_only_when_whole():
    assert numbers(one("Brain lesions received 21 Gy at 7 Gy per fraction."))["fractions"] == 3
    assert "fractions" not in numbers(one("Brain lesions received 20 Gy at 3 Gy per fraction."))


@yaml_cases
def test_a_range_or_a_value_with_its_range_is_a_median(text, expected):
    d = one(text)
    assert numbers(d) == pytest.approx(expected)
    assert d.fields["statistic"] == "median"


def test_a_dose_volume_figure_is_no_schedule():
    assert find_doses("Pneumonitis was predicted by the length of oesophagus receiving 35 or 50 Gy.") == []
    assert find_doses("Toxicity rose with the volume of bowel receiving 45 Gy in this cohort.") == []


# --- drugs: units, lists with one unit, cycles, abbreviations ---------------------------------------------


def drugs(text: str, **kw) -> list[tuple]:
    return [(d.fields["agent"], d.fields["dose_unit"], numbers(d)) for d in find_doses(text, **kw)]


@yaml_cases
def test_units_as_journals_print_them(text, unit):
    d = one(text)
    assert d.fields["dose_unit"] == unit and d.fields["total_dose"] in (60, 6, 250)


@yaml_cases
def test_one_unit_said_for_a_list_of_bare_doses(text, expected):
    found = find_doses(text)
    assert [(d.fields["agent"], d.fields["total_dose"]) for d in found] == expected
    assert {d.fields["dose_unit"] for d in found} == {"mg/m2"}


@yaml_cases
def test_cycles_count_every_dose_they_name(text, expected):
    assert [(d.fields["agent"], d.fields.get("fractions")) for d in find_doses(text)] == expected


@yaml_cases
def test_counts_compared_between_groups_count_no_dose(text):
    found = find_doses(normalize(text).text)
    assert len(found) == 2 and all(d.fields.get("fractions") is None for d in found)


def test_cycles_stop_at_another_group_and_at_a_change_of_phase():
    found = find_doses("Patients took oral gefitinib 250 mg daily or intravenous carboplatin AUC 6 plus paclitaxel "
                       "200 mg/m2 every 3 weeks for up to 6 cycles.")
    assert [(d.fields["agent"], d.fields.get("fractions")) for d in found] == [
        ("gefitinib", None), ("carboplatin", 6), ("paclitaxel", 6)]
    found = find_doses("Two cycles of induction cisplatin 75 mg/m2 were followed by weekly concurrent paclitaxel "
                       "50 mg/m2 during radiotherapy.")
    assert [(d.fields["agent"], d.fields.get("fractions")) for d in found] == [("cisplatin", 2), ("paclitaxel", None)]


def test_the_count_of_the_sentence_before_when_it_gave_no_dose():
    context = "Patients in the experimental arm received four cycles of the doublet."
    found = find_doses("The doublet was gemcitabine 1000 mg/m2 on days 1 and 8 with cisplatin 70 mg/m2 on day 1.",
                       context=context)
    assert [d.fields.get("fractions") for d in found] == [4, 4]
    context = "All patients received cisplatin 40 mg/m2 for four cycles."
    found = find_doses("Maintenance pemetrexed 500 mg/m2 followed.", context=context)
    assert found[0].fields.get("fractions") is None


@yaml_cases
def test_auc_in_its_spellings(text, expected):
    d = one(text)
    assert d.fields["dose_unit"] == "AUC" and numbers(d) == expected


def test_bone_targeted_agents_and_the_paper_s_own_abbreviations():
    paper = "We compared denosumab with zoledronic acid (ZA) in men with prostate cancer."
    aliases = drug_aliases(paper)
    assert aliases == {"ZA": "zoledronic acid"}
    found = find_doses("Men received subcutaneous denosumab 120 mg or intravenous ZA 4 mg every four weeks.",
                       aliases=aliases)
    assert [(d.fields["agent"], d.fields["total_dose"], d.fields["modality"]) for d in found] == [
        ("denosumab", 120, "targeted"), ("zoledronic acid", 4, "targeted")]


@yaml_cases
def test_an_abbreviation_is_made_of_its_drug_s_letters(paper, expected):
    assert drug_aliases(paper) == expected


def test_a_recommendation_removes_the_doses_it_governs_only():
    assert find_doses("Guidelines recommend 50 Gy in 25 fractions for this setting.") == []
    assert find_doses("A dose of 60 Gy should be preferred.") == []
    found = find_doses("Patients received pamidronate 90 mg monthly, with vitamin D supplements recommended.")
    assert [(d.fields["agent"], d.fields["total_dose"]) for d in found] == [("pamidronate", 90)]


# --- which group a schedule belongs to ---------------------------------------------------------------------


class _Groups:
    """A stand-in for groups.GroupIndex: names -> keys, found case-sensitively as whole words."""

    def __init__(self, names: dict[str, str]):
        self.names = names

    def __bool__(self) -> bool:
        return True

    def mentions(self, sentence: str) -> list:
        import re
        from types import SimpleNamespace

        out = []
        for name, key in sorted(self.names.items(), key=lambda x: -len(x[0])):
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence):
                if not any(o.start <= m.start() < o.end for o in out):
                    out.append(SimpleNamespace(start=m.start(), end=m.end(), key=key))
        return sorted(out, key=lambda o: o.start)


def arms(text: str, groups: _Groups, previous: str = None) -> list[tuple]:
    return [(d.fields.get("agent") or d.fields["total_dose"], arm_of(text, d, groups, previous))
            for d in find_doses(text)]


def test_arms_from_the_group_named_inside_before_or_after_a_dose():
    groups = _Groups({"denosumab": "deno", "pamidronate": "pam"})
    assert arms("Women received denosumab 120 mg or pamidronate 90 mg every month.", groups) == [
        ("denosumab", "deno"), ("pamidronate", "pam")]
    groups = _Groups({"arm A": "A", "arm B": "B"})
    assert arms("The median dose received was 60 Gy (range 40-60) in arm A and 54 Gy (range 30-60) in arm B.",
                groups) == [(60, "A"), (54, "B")]
    groups = _Groups({"arm 1": "one", "arm 2": "two"})
    assert arms("Patients got gemcitabine 1000 mg/m2 weekly (arm 1), or docetaxel 75 mg/m2 every 3 weeks (arm 2).",
                groups) == [("gemcitabine", "one"), ("docetaxel", "two")]


def test_arms_from_the_sentence_before_and_the_whole_study():
    groups = _Groups({"arm A": "A", "arm B": "B"})
    previous = "Patients allocated to arm B received four cycles."
    assert arms("The regimen was cisplatin 70 mg/m2 on day 1.", groups, previous) == [("cisplatin", "B")]
    assert arms("The regimen was cisplatin 70 mg/m2 on day 1.", groups, "Arm A or arm B was assigned.") == [
        ("cisplatin", None)]
    assert arms("Radiotherapy of 66 Gy in 33 fractions was given in both arms, with arm B adding cetuximab.",
                groups) == [(66, None)]


def test_a_drug_named_group_alone_or_an_add_on_is_no_arm():
    groups = _Groups({"bevacizumab": "bev", "placebo": "pbo"})
    # one group named, by its drug only: that drug may be every group's (induction before randomisation)
    assert arms("All patients first received bevacizumab 7.5 mg/kg with cisplatin 75 mg/m2.", groups) == [
        ("bevacizumab", None), ("cisplatin", None)]
    assert arms("Women were given bevacizumab or placebo, together with paclitaxel 90 mg/m2 weekly.", groups) == [
        ("paclitaxel", None)]


def test_a_schedule_every_group_states_goes_to_each_group_not_to_the_whole_study():
    whole = find_doses("Abstract: short-course radiotherapy (5 x 5 Gy) was compared with chemoradiotherapy.")
    arm = find_doses("The short-course arm received five fractions of 5 Gy on consecutive days.")
    kept = drop_restated_in_arms({"all": whole, "short": arm})
    assert kept["all"] == [] and len(kept["short"]) == 1
    other = find_doses("A 10 Gy boost was then added to the primary.")
    assert drop_restated_in_arms({"all": other, "short": arm})["all"] == other


def test_a_methods_schedule_that_cites_its_source_is_still_the_study_s(tmp_path):
    from oncoev.extract import extract_path

    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Introduction\nOthers gave docetaxel 75 mg/m2 every 3 weeks [4].\n\n"
        "Methods\nPatients were randomly assigned to arm A or arm B. Arm A received weekly cisplatin 40 mg/m2 "
        "during radiotherapy as described previously [7]. Arm B received radiotherapy alone, 60 Gy in 30 "
        "fractions.\n\nResults\nLocal control at 2 years was 80% in arm A and 70% in arm B.\n", encoding="utf-8")
    doses = extract_path(paper)["doses"]
    assert [(d["arm"], d.get("agent"), d.get("total_dose")) for d in doses] == [
        ("arm_a", "cisplatin", 40), ("arm_b", None, 60)]
