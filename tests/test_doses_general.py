"""Dose-schedule constructions seen across journals and designs (oncoev.extract.doses), on sentences written for
these tests: units and counts the dev papers never used, and doses that are no schedule."""

from __future__ import annotations

import pytest
from dose_fields import numbers

from oncoev.extract.doses import DoseMention, find_doses
from oncoev.extract.normalize import normalize


def read(text: str) -> list[DoseMention]:
    return find_doses(normalize(text).text)


# --- counts and units -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the whole part of a decimal is no count of fractions
    ("The course used 42 small fractions of 1.25 Gy, three a day, to reach 52.5 Gy.",
     {"total_dose": 52.5, "dose_per_fraction": 1.25, "fractions": 42}),
    ("Treatment was 20 separate fractions of 2.25 Gy.", {"total_dose": 45, "dose_per_fraction": 2.25, "fractions": 20}),
    # a proton dose in Gy of relative biological effectiveness
    ("A total of 63 Gy(RBE) was given in 15 fractions (4.2 Gy(RBE) per fraction).",
     {"total_dose": 63, "fractions": 15, "dose_per_fraction": 4.2}),
    ("Protons were given to 72 GyE in 24 fractions.", {"total_dose": 72, "fractions": 24, "dose_per_fraction": 3}),
    ("Carbon ions delivered 57.6 CGE in 16 fractions.",
     {"total_dose": 57.6, "fractions": 16, "dose_per_fraction": 3.6}),
    # a size rounded in print still makes one schedule with its total
    ("Patients received 35 Gy (2.33 Gy x 15).", {"total_dose": 35, "dose_per_fraction": 2.33, "fractions": 15}),
    ("Palliative RT was 20 Gy (2.86 Gy x 7) to the spine.",
     {"total_dose": 20, "dose_per_fraction": 2.86, "fractions": 7}),
    # f for fractions
    # "f" for fractions, as some journals abbreviate it
    ("The planning target volume received DT 56 Gy/28 f.", {"total_dose": 56, "fractions": 28, "dose_per_fraction": 2}),
    ("GTV was treated to 63 Gy/35 F/7 W.", {"total_dose": 63, "fractions": 35, "dose_per_fraction": 1.8}),
    ("Irradiation used 2.5 Gy/f, 4 f/w, to a total of 45 Gy.", {"total_dose": 45, "dose_per_fraction": 2.5,
                                                               "fractions": 18}),
    # a fraction dose said like a total
    # a fraction's dose said like a total
    ("The median individual dose was 2.5 Gy (range 1.8-3 Gy).",
     {"dose_per_fraction": 2.5, "dose_per_fraction_low": 1.8, "dose_per_fraction_high": 3}),
    ("For the boost, the daily dose was 2.2 Gy.", {"dose_per_fraction": 2.2}),
    # a list of fraction counts is their range
    ("Lesions received 48 Gy in 4 or 6 fractions.", {"total_dose": 48, "fractions_low": 4, "fractions_high": 6}),
    ("A risk-adapted 54 Gy was given in 3, 6, or 9 fractions.",
     {"total_dose": 54, "fractions_low": 3, "fractions_high": 9}),
    # a single dose is one fraction of its total
    ("Painful sites were irradiated with a single dose of 6 Gy.", {"total_dose": 6, "fractions": 1,
                                                                   "dose_per_fraction": 6}),
    ("Radiosurgery delivered single-fraction 22 Gy to each lesion.", {"total_dose": 22, "fractions": 1,
                                                                       "dose_per_fraction": 22}),
])
def test_counts_sizes_and_proton_units(text, expected):
    found = read(text)
    assert [numbers(d) for d in found] == [expected]


@pytest.mark.parametrize("text", [
    "Radiotherapy was given at 57.6 Gy in 32 fractions over six weeks (1.8 Gy/d, five days a week).",
    "The boost added 9 Gy in 5 fractions (1.8 Gy/d).",
])
def test_a_daily_size_is_no_total(text):
    assert all(d.fields.get("total_dose") != 1.8 for d in read(text))
    assert any(d.fields.get("dose_per_fraction") == 1.8 for d in read(text))


@pytest.mark.parametrize("text", [
    "SABR gave 54 Gy in 3 fractions, equal to 151.2 Gy(10).",
    "Doses were 30 Gy in 5 fractions (48 Gy (10)).",
])
def test_a_dose_by_its_alpha_beta_is_no_schedule(text):
    assert [numbers(d).get("total_dose") for d in read(text)] == [numbers(read(text)[0])["total_dose"]]
    assert all(d.fields.get("total_dose") not in (151.2, 48) for d in read(text))


@pytest.mark.parametrize("text, agent, dose", [
    # lower-case "d1-d5" is a drug's days, not a dose-volume point
    ("The regimen was vinblastine 4 mg/m2 d1-d3 and ifosfamide 1.2 g/m2 d1-d3.", "ifosfamide", 1200),
    ("Induction used mitomycin 7 mg/m2 d1, d8 and etoposide 60 mg/m2 d1-d5.", "etoposide", 60),
])
def test_days_written_d1_do_not_hide_the_next_drug(text, agent, dose):
    assert any(d.fields["agent"] == agent and d.fields["total_dose"] == dose for d in read(text))


@pytest.mark.parametrize("text, agent, dose, unit", [
    ("Patients received avelumab at a dose of 12 mg per kilogram of body weight every 2 weeks.", "avelumab", 12,
     "mg/kg"),
    ("Atezolizumab 17 mg per kilogram was infused every 3 weeks.", "atezolizumab", 17, "mg/kg"),
    # "mg m2" as some journals print it, the minus sign lost
    ("The CAV regimen was ADM 45 mg m2 d1 and vincristine 1.2 mg m2 d1.", "doxorubicin", 45, "mg/m2"),
    ("DDP 25 mg m2 on days 1-3 was added.", "cisplatin", 25, "mg/m2"),
    # spellings of a drug the list lacked
    ("Chemotherapy was cisplatinum 35 mg/m2 weekly.", "cisplatin", 35, "mg/m2"),
    ("LV 350 mg/m2 preceded the bolus.", "leucovorin", 350, "mg/m2"),
])
def test_units_and_drug_spellings(text, agent, dose, unit):
    found = [d for d in read(text) if d.fields["agent"] == agent]
    assert [(d.fields["total_dose"], d.fields["dose_unit"]) for d in found][:1] == [(dose, unit)]


# --- doses that are no schedule ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("The first level gave 3 Gy daily to 63 Gy, and the dose rose in 3 Gy increments up to the MTD.", [63]),
    ("Dose cohorts started at 1,200 cGy per fraction (total, 3,600 cGy), then escalations of 150 cGy per fraction "
     "(total increase per cohort, 450 cGy).", [36]),
    ("The dose was escalated by 7 Gy per level from 56 Gy.", [56]),
    ("A 5 Gy increase in dose lowered the hazard of failure.", []),
])
def test_a_step_of_a_dose_escalation_is_no_dose(text, kept):
    assert [d.fields.get("total_dose") for d in read(text)] == kept


@pytest.mark.parametrize("text, first", [
    # a total said with "in" stays a total, though a larger total at another point follows
    ("SBRT gave 45 Gy in three fractions to the PTV margin, a total dose of 60 Gy at the isocentre.",
     {"total_dose": 45, "fractions": 3, "dose_per_fraction": 15}),
    ("The plan was 36 Gy delivered over 4 fractions at the periphery and a total dose of 48 Gy centrally.",
     {"total_dose": 36, "fractions": 4, "dose_per_fraction": 9}),
])
def test_a_total_said_with_in_is_not_made_a_fraction_size(text, first):
    assert numbers(read(text)[0]) == first


# --- one drug at several doses ----------------------------------------------------------------------------------

def agent_doses(text: str) -> list[tuple[str, float, str]]:
    return [(d.fields["agent"], d.fields["total_dose"], d.fields["dose_unit"]) for d in read(text)]


@pytest.mark.parametrize("text, expected", [
    # one drug at several doses
    # arms of one drug at several doses, the unit said with each or once at the end
    ("Patients were randomised to ixabepilone at 32 mg/m2, 40 mg/m2, or 48 mg/m2 every 3 weeks.",
     [("ixabepilone", 32, "mg/m2"), ("ixabepilone", 40, "mg/m2"), ("ixabepilone", 48, "mg/m2")]),
    ("Participants took everolimus at a dose of 2.5, 5 or 7.5 mg daily.",
     [("everolimus", 2.5, "mg"), ("everolimus", 5, "mg"), ("everolimus", 7.5, "mg")]),
    ("Cohorts received ipilimumab 0.5 mg/kg or 2 mg/kg.", [("ipilimumab", 0.5, "mg/kg"), ("ipilimumab", 2, "mg/kg")]),
    # a loading dose and the dose after it
    ("Panitumumab (500 mg/m2 loading dose, then 300 mg/m2 weekly) was added.",
     [("panitumumab", 500, "mg/m2"), ("panitumumab", 300, "mg/m2")]),
    ("Trastuzumab was given (6 mg/kg as a loading dose followed by 4 mg/kg every 3 weeks).",
     [("trastuzumab", 6, "mg/kg"), ("trastuzumab", 4, "mg/kg")]),
    ("The arm took sunitinib at either 25 mg or 37.5 mg once a day.",
     [("sunitinib", 25, "mg"), ("sunitinib", 37.5, "mg")]),
    # doses that are no list of one drug
    # each number of "(A and B ..., respectively)" another drug's: no list of one drug's doses
    ("Gemcitabine and cisplatin (900 and 30 mg/m2, respectively) preceded erlotinib at 100 or 125 mg daily.",
     [("erlotinib", 100, "mg"), ("erlotinib", 125, "mg")]),
    ("Docetaxel and epirubicin were given at 60 and 70 mg/m2, respectively, then tamoxifen at 10 or 20 mg.",
     [("tamoxifen", 10, "mg"), ("tamoxifen", 20, "mg")]),
    # a day and a dose: "on day 1 and 850 mg/m2" lists no dose 1
    ("Epirubicin was 40 or 50 mg/m2 on day 1 and 850 mg/m2 of capecitabine followed.",
     [("epirubicin", 40, "mg/m2"), ("epirubicin", 50, "mg/m2"), ("capecitabine", 850, "mg/m2")]),
    # an AUC after another drug's dose is not that drug's
    ("Carboplatin (AUC 5 with pemetrexed 500 or 400 mg/m2, or AUC 4 with vinorelbine 30 mg/m2) was allowed.",
     [("carboplatin", 5, "AUC"), ("pemetrexed", 500, "mg/m2"), ("pemetrexed", 400, "mg/m2"),
      ("vinorelbine", 30, "mg/m2")]),
    # words between a drug and its dose
    ("Concurrent therapy was 50 mg/m2 docetaxel and cisplatin once a week (AUC 3).",
     [("docetaxel", 50, "mg/m2"), ("cisplatin", 3, "AUC")]),
    ("500 mg/m2 panitumumab was given on day 1 followed by weekly doses of 200 mg/m2.",
     [("panitumumab", 500, "mg/m2"), ("panitumumab", 200, "mg/m2")]),
    ("Patients allocated vinorelbine received 30 mg/m2 on days 1 and 8.", [("vinorelbine", 30, "mg/m2")]),
    ("Participants were given 2 or 6 mg of Zol every month.",
     [("zoledronic acid", 2, "mg"), ("zoledronic acid", 6, "mg")]),
    # grams per square metre and sentences without mg
    # grams per square metre in milligrams, the unit a curator records; a sentence with no "mg" in it is read too
    ("Ifosfamide 2.5 g/m2 was infused on days 1-3.", [("ifosfamide", 2500, "mg/m2")]),
    ("High-dose methotrexate 3.5 g/m2 preceded leucovorin rescue.", [("methotrexate", 3500, "mg/m2")]),
    ("Carboplatin at an area under the curve of 4 was infused.", [("carboplatin", 4, "AUC")]),
])
def test_each_drugs_doses(text, expected):
    assert agent_doses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a total per a count of fractions
    ("The arms were: A, 16 Gy per two fractions; B, 39 Gy per 13 fractions.",
     [{"total_dose": 16, "fractions": 2, "dose_per_fraction": 8}, {"total_dose": 39, "fractions": 13,
                                                                   "dose_per_fraction": 3}]),
    ("Palliation used 20 Gy per 5 fractions.", [{"total_dose": 20, "fractions": 5, "dose_per_fraction": 4}]),
    # schedules listed one after another
    # schedules listed one after another, each "X Gy in N fractions of Y Gy"
    ("Arms were 45 Gy in 15 fractions of 3 Gy and 36.5 Gy in 10 fractions of 3.65 Gy.",
     [{"total_dose": 45, "fractions": 15, "dose_per_fraction": 3},
      {"total_dose": 36.5, "fractions": 10, "dose_per_fraction": 3.65}]),
    ("Controls had 46 Gy in 23 fractions of 2 Gy or 33 Gy in 11 fractions of 3 Gy.",
     [{"total_dose": 46, "fractions": 23, "dose_per_fraction": 2},
      {"total_dose": 33, "fractions": 11, "dose_per_fraction": 3}]),
    # alternatives of size times count
    ("Schedules were 2.5 Gy x 12, 5 Gy x 4 or 7 Gy x 2.",
     [{"dose_per_fraction": 2.5, "fractions": 12, "total_dose": 30}, {"dose_per_fraction": 5, "fractions": 4,
                                                                      "total_dose": 20},
      {"dose_per_fraction": 7, "fractions": 2, "total_dose": 14}]),
    ("Options were 6 Gy x 3 or 9 Gy x 2.",
     [{"dose_per_fraction": 6, "fractions": 3, "total_dose": 18}, {"dose_per_fraction": 9, "fractions": 2,
                                                                    "total_dose": 18}]),
])
def test_schedules_of_fractions(text, expected):
    assert [numbers(d) for d in read(text)] == expected


@pytest.mark.parametrize("text, low, high", [
    ("Oxaliplatin (130 mg/m2) and capecitabine (1000 mg/m2) were continued for 3-8 cycles.", 3, 8),
    ("Women received five to eight cycles of topotecan 1.25 mg/m2 on days 1-5.", 5, 8),
])
def test_a_range_of_cycles(text, low, high):
    found = read(text)
    assert found and all((d.fields.get("fractions_low"), d.fields.get("fractions_high")) == (low, high) for d in found)


@pytest.mark.parametrize("text", [
    # a dose that names a compared group is no schedule
    # a dose naming a group compared on an outcome is no schedule
    "Men treated with 70 to 76 Gy had significantly better biochemical control than those given less.",
    "A boost of 12 Gy was independently associated with fewer local failures.",
    "Local control at 2 years was 55%, 71% and 83% for doses of 50-59, 60-69 and 70-79 Gy, respectively.",
    "Failure rates were 20% and 9% after radiotherapy doses of 56 and 64 Gy, respectively.",
    # a drug dose that names a group is no schedule
    "Rash was more common in the avelumab 10 mg/kg cohort than elsewhere.",
    "The everolimus 5 mg group had fewer infections.",
    # practice in general is no schedule
    "For rib lesions the traditional schedules were 6 Gy single fraction and 24 Gy in six fractions.",
    "Whole-liver irradiation to a dose of 21 Gy in 7 fractions is commonly used for palliation.",
    "Radiotherapy of 54 Gy in 27 fractions remains the standard of care for such tumours.",
    # a dose modification is no schedule
    "A dose reduction of sorafenib to 400 mg daily was allowed.",
    "Dose decreases of capecitabine to 750 mg/m2 were permitted for diarrhoea.",
])
def test_a_dose_that_is_no_schedule(text):
    assert read(text) == []


def test_an_arm_called_standard_of_care_keeps_the_other_arm_dose():
    text = ("Patients were assigned to alectinib 450 mg twice daily or standard of care; in bone the traditional "
            "schedule was a 6 Gy single fraction.")
    assert [(d.fields["agent"], d.fields["total_dose"]) for d in read(text)] == [("alectinib", 450)]


def test_a_tables_columns_keep_their_equal_doses():
    from oncoev.extract.doses import drop_subsumed, find_table_doses

    table = ("Characteristic\tAll\tCohort X\tCohort Y\nBoost dose (Gy)\n12.0 (8.0-16.0)\n12.0 (8.0-16.0)\n"
             "14.0 (10.0-16.0)\nPerformance status\n")
    kept = drop_subsumed(find_table_doses(table))
    assert [(d.column, d.fields["total_dose"]) for d in kept] == [(0, 12.0), (1, 12.0), (2, 14.0)]

    table2 = "Variable\tTotal\tArm 1\tArm 2\nMean dose, Gy\n40.5 (30.0-50.0)\n38.0 (30.0-45.0)\n38.0 (30.0-45.0)\n"
    assert [d.column for d in drop_subsumed(find_table_doses(table2))] == [0, 1, 2]


@pytest.mark.parametrize("text, agent, modality", [
    ("Second-line lurbinectedin 3.1 mg/m2 was infused every 21 days.", "lurbinectedin", "chemotherapy"),
    ("Sugemalimab 1100 mg was added every 3 weeks.", "sugemalimab", "immunotherapy"),
    ("Pyrotinib 350 mg once daily was taken with food.", "pyrotinib", "targeted"),
])
def test_drugs_the_list_lacked(text, agent, modality):
    assert [(d.fields["agent"], d.fields["modality"]) for d in read(text)] == [(agent, modality)]


@pytest.mark.parametrize("text", [
    "Gemcitabine 1000 mg/m2 plus either oxaliplatin 100 mg/m2 or cisplatin 25 mg/m2 was given for 8 cycles.",
    "Six cycles of nedaplatin 80 mg/m2 or lobaplatin 30 mg/m2 with docetaxel 60 mg/m2 were given.",
])
def test_a_count_of_cycles_reaches_across_one_drug_or_another(text):
    found = read(text)
    assert len(found) == 3 and len({d.fields.get("fractions") for d in found}) == 1
    assert found[0].fields.get("fractions") in (6, 8)


# --- the cheap guards before a construction's regex ---------------------------------------------------------------

def tried_constructions(monkeypatch: pytest.MonkeyPatch, text: str) -> set[str]:
    """The ids of the constructions whose regex ran over ``text`` (the others were passed over by their guard)."""
    import dataclasses

    from oncoev.extract import doses

    tried: set[str] = set()

    class Recording:
        def __init__(self, rule_id: str, regex):
            self.rule_id, self.regex = rule_id, regex

        def finditer(self, sentence: str):
            tried.add(self.rule_id)
            return self.regex.finditer(sentence)

    rules = doses._rules()
    recording = dataclasses.replace(rules, constructions=tuple(
        dataclasses.replace(c, regex=Recording(c.id, c.regex)) for c in rules.constructions))
    monkeypatch.setattr(doses, "_rules", lambda: recording)
    read(text)
    return tried


@pytest.mark.parametrize("text, expected", [
    ("The vertebral metastasis was treated with 4 X 6 Gy.", {"fractions": 4, "dose_per_fraction": 6, "total_dose": 24}),
    ("Boost: 2 × 9 Gy to the nodal mass.", {"fractions": 2, "dose_per_fraction": 9, "total_dose": 18}),
    ("The liver lesion had 3 sessions of 12 Gy each.", {"fractions": 3, "dose_per_fraction": 12, "total_dose": 36}),
    ("Each adrenal target had a single fraction of 16 Gy.", {"fractions": 1, "dose_per_fraction": 16,
                                                              "total_dose": 16}),
])
def test_a_count_times_a_fraction_size_passes_its_guard(monkeypatch, text, expected):
    assert "dose.fractions_times_per_fraction" in tried_constructions(monkeypatch, text)
    found = read(text)
    assert [d.pattern_id for d in found] == ["dose.fractions_times_per_fraction"]
    assert numbers(found[0]) == expected


@pytest.mark.parametrize("text", [
    # an "x" inside words ("toxicity", "next", "maximal"), with no times sign, no count of fractions
    "Toxicity after 30 Gy was mild, and the next course gave 20 Gy.",
    "The maximal dose to the cord was 45 Gy in the complex plans.",
])
def test_a_count_times_a_fraction_size_is_not_tried_without_its_guard(monkeypatch, text):
    assert "dose.fractions_times_per_fraction" not in tried_constructions(monkeypatch, text)
