"""A phase that a paper names for a trial still to come, or for its own trial with words after it, on
snippets written for these tests."""

from __future__ import annotations

import pytest

from oncoev.extract.study import find_study_fields

# A phase II paper whose closing sentence calls for a phase 3 trial: the later trial is not this one.
FUTURE = [
    """Weekly docetaxel with hypofractionated chest irradiation in frail adults: phase II results

Purpose: We tested the schedule in frail adults with stage III squamous lung carcinoma.
Methods: Sixty-one patients were enrolled at four centres and treated for six weeks.
Results: The median progression-free survival was 9.4 months and grade 3 oesophagitis was seen in 8%.
Conclusion: These findings justify a phase III comparison against standard concurrent chemoradiotherapy.""",
    """Induction capecitabine before short-course pelvic radiotherapy (a phase 2 protocol)

Purpose: We assessed the sequence in bulky rectal adenocarcinoma.
Methods: Forty-four patients were enrolled from three hospitals.
Results: A clinical complete response was reached by 27% of patients after twelve weeks.
Conclusion: In preparation for a phase 3 comparison with the usual course, the surgical teams agreed on one
protocol.""",
]


@pytest.mark.parametrize("text", FUTURE)
def test_a_phase_called_for_by_the_results_is_not_the_papers_own(text):
    assert find_study_fields(text).fields["design"] == "phase2"


# "this ... phase N study was initiated": the paper's own trial, whatever follows its name.
OWN_THEN_WAS = [
    """Purpose: To learn whether a shorter course is tolerable, this multicentre phase II study was initiated in
older women with inoperable endometrial carcinoma, and it enrolled thirty-eight patients from 2014 onwards.
Results: Late grade 3 bowel toxicity was seen in two women, and 86% were free of local relapse at two years.
Conclusion: The short course was tolerable and may be compared with the usual course later on.""",
    """Purpose: Our randomised phase II trial was started to compare two brachytherapy boosts in cervical
carcinoma of stage IIB, and fifty-six women took part at two university hospitals.
Results: Pelvic control at three years was 88% with either boost and rectal bleeding of grade 2 was rare.
Conclusion: Both boosts gave similar control, with few late effects in either arm.""",
]


@pytest.mark.parametrize("text", OWN_THEN_WAS)
def test_the_papers_own_phase_followed_by_was_started_counts(text):
    assert find_study_fields(text).fields["design"] == "phase2"


# A phase with a sub-phase letter ("phase 2B", "phase Ib"), its adjectives listed with commas before it.
SUB_PHASE = [
    ("""Sequential oral vinorelbine after capecitabine in older women with metastatic breast carcinoma: a phase 2B,
open-label, randomised trial

Purpose: We compared two sequences of oral agents in women over seventy.
Results: Ninety-two women took part; the median time to failure was 5.1 months with either sequence.""",
     "phase2"),
    ("""Purpose: This open-label, multicentre, dose-finding phase Ib study combined two oral kinase inhibitors in
adults with refractory thyroid carcinoma.
Results: Twenty-two adults were treated at four dose levels; two dose-limiting toxicities were seen.""",
     "phase1"),
]


@pytest.mark.parametrize("text, design", SUB_PHASE)
def test_a_phase_with_a_sub_phase_letter_is_that_phase(text, design):
    assert find_study_fields(text).fields["design"] == design


# A phase in the title naming the trial ("Randomised phase III study of ...") is the paper's own; the same words
# in the body of a long paper mostly name a trial it cites.
TITLE_PHASE = [
    """Randomised phase III study of split-course versus continuous pelvic irradiation in bladder carcinoma

Background: Split courses were once common and are still used in some regions.
Methods: Three hundred and two adults were allocated by sealed envelopes between 2001 and 2006.
Results: Local control at five years was 41% with split courses and 47% with continuous courses.""",
    """Hepatic arterial infusion added to systemic chemotherapy for colorectal liver metastases: the open-label
phase 3 HAIL trial

Background: Infusion into the hepatic artery delivers high drug concentrations to liver deposits.
Methods: Two hundred and twelve adults from nine centres were allocated to the two strategies.
Results: Liver progression-free survival at three years was 38% and 22%.""",
]


@pytest.mark.parametrize("text", TITLE_PHASE)
def test_a_phase_naming_the_trial_in_the_title_is_the_papers_own(text):
    assert find_study_fields(text).fields["design"] == "phase3"


# "a prospective, single-centre study" is prospective; a randomised trial called for in the end is not this one.
PROSPECTIVE_LISTED = [
    """Stereotactic ablation of adrenal metastases: a prospective, single-centre study of 64 consecutive adults

Methods: Adults with one or two adrenal deposits were treated with five fractions between 2010 and 2018.
Results: Local control at two years was 90%.
Conclusion: A future randomised, double-blind trial should compare ablation with resection.""",
    """Interstitial brachytherapy for recurrent vulvar carcinoma: a prospective, two-centre cohort

Methods: Forty women with a recurrence after surgery were treated with a single implant.
Results: Local control at two years was 62%.
Conclusion: A larger randomised study against re-excision is warranted.""",
]


@pytest.mark.parametrize("text", PROSPECTIVE_LISTED)
def test_a_prospective_study_with_listed_adjectives_and_a_trial_called_for(text):
    assert find_study_fields(text).fields["design"] == "prospective"


# The same words in the body, after the Introduction, name a trial the paper cites: not its design (the cue of
# the title, were it read in the body too, would make both phase III).
BODY_PHASE = [
    """Outcomes of palliative pelvic irradiation in frail adults: a review of our records

Abstract: We reviewed the charts of 88 adults treated between 2009 and 2019 and report their symptom relief.
Bleeding stopped in most adults within two weeks, pain eased in two thirds, and few needed a second course.
Acute bowel toxicity was mild. A short course is a reasonable choice for adults who cannot travel daily.

Introduction
Hypofractionated courses are common. In the phase III ALPHA trial of two schedules, relief was similar,
and the randomised phase 3 BETA study confirmed it in another population.""",
    """Late effects of craniospinal irradiation in adult medulloblastoma: a single-institution series

Abstract: The charts of 51 adults treated between 1995 and 2015 were reviewed for late effects.
Hearing loss, endocrine deficits and a decline in memory were the most frequent effects, and two adults
developed a second tumour within the irradiated field. Follow-up clinics for adults should screen for them.

Introduction
Adults are rarely included in trials; the phase III GAMMA trial enrolled children only, and the open-label
phase 3 DELTA study of reduced doses stopped early.""",
]


@pytest.mark.parametrize("text", BODY_PHASE)
def test_a_phase_naming_a_cited_trial_in_the_body_is_no_design(text):
    assert find_study_fields(text).fields["design"] not in {"phase2", "phase3"}


# The paper's own prospective aim or work, said with "prospectively" before another verb than "enrolled": without it
# the count of patients alone would make the series retrospective (the default).
PROSPECTIVE_AIM = [
    """Diffusion MRI during chemoradiotherapy of anal carcinoma

Purpose: To prospectively compare diffusion-weighted MRI and PET for early response.
Methods: Thirty-four patients with anal carcinoma had both scans before and after two weeks of treatment.
Results: A fall in diffusion restriction predicted a complete response in 80% of patients.""",
    """Circulating tumour DNA after resection of pancreatic adenocarcinoma

Background: The multicentre REGAL protocol prospectively measured tumour DNA in plasma after surgery.
Methods: Ninety-one patients with resected pancreatic adenocarcinoma gave blood every three months.
Results: Detectable DNA preceded imaging relapse by a median of 4.1 months.""",
]


@pytest.mark.parametrize("text", PROSPECTIVE_AIM)
def test_the_papers_own_prospective_aim_is_prospective(text):
    assert find_study_fields(text).fields["design"] == "prospective"
    # a prospective study asked for by the conclusion is not the paper's own
    called_for = text + "\nConclusion: Larger series are needed to prospectively test the cut-off."
    assert find_study_fields(called_for.replace("prospectively", "", 1)).fields["design"] == "retrospective"


# A randomisation said after another verb of the patients ("were stratified ... and were randomized to"), and a trial
# named with its noun joined by a hyphen ("phase III NAME-trial").
RANDOMISED_AFTER_ANOTHER_VERB = [
    ("""Methods: Women with high-risk endometrial carcinoma were stratified by centre and by stage and were then
randomized to vaginal brachytherapy alone or with three cycles of carboplatin. Results: 212 women were included.""",
     "prospective"),
    ("""Final results of the randomised phase III LUMEN-trial of two fractionation schedules

Methods: 388 patients with bladder carcinoma were eligible and randomised to 55 Gy in 20 fractions or 64 Gy in
32 fractions. Results: Five-year local control was 61% and 58%.""", "phase3"),
]


@pytest.mark.parametrize(("text", "design"), RANDOMISED_AFTER_ANOTHER_VERB)
def test_a_randomisation_after_another_verb_of_the_patients(text, design):
    assert find_study_fields(text).fields["design"] == design


# The paper's own retrospective aim in the infinitive, where no count of patients lets the default say it.
RETROSPECTIVE_AIM = [
    """Purpose: To retrospectively analyze how often SBRT of adrenal metastases caused adrenal failure.
Results: Hormone replacement was needed by few patients; local control at one year was 88%.""",
    """Background: This study aimed to retrospectively evaluate proton therapy of skull base chordoma at one centre.
Findings: Five-year local control was 71% and temporal lobe necrosis was rare.""",
]


@pytest.mark.parametrize("text", RETROSPECTIVE_AIM)
def test_the_papers_own_retrospective_aim_is_retrospective(text):
    assert find_study_fields(text).fields["design"] == "retrospective"


# A prospective study that is randomised is refined to the phase it names, through "randomised" (a refinement of a
# refinement): prospective -> randomised -> phase 3.
PROSPECTIVE_RANDOMISED_PHASE = [
    """Purpose: This prospective study compared two boost schedules as a phase III comparison.
Methods: Women with early breast carcinoma were prospectively enrolled at four centres, and patients were randomized
to a sequential or a simultaneous boost. Results: Fibrosis at three years was similar.""",
    """Purpose: Our prospective study compared short and long hormone therapy with radiotherapy, a phase 3 question.
Methods: Men with intermediate-risk prostate carcinoma were prospectively recruited, and participants were randomly
assigned to 6 or 18 months. Results: Biochemical control at five years was 88% and 90%.""",
]


@pytest.mark.parametrize("text", PROSPECTIVE_RANDOMISED_PHASE)
def test_a_refined_design_is_refined_again(text):
    assert find_study_fields(text).fields["design"] == "phase3"


# "we performed a two-centre, open, randomised, phase II trial": the paper's own phase said with "we", in the body too.
WE_PERFORMED_PHASE = [
    """Celecoxib before surgery for ductal carcinoma in situ

Abstract
Purpose: We tested whether a COX-2 inhibitor added to an aromatase inhibitor shrinks DCIS before surgery.
Methods: Postmenopausal women were allocated at random to the two drugs or to the aromatase inhibitor alone.
Results: Lesions shrank more with the combination, and COX-2 expression predicted the effect.
Conclusion: The combination deserves a larger trial.

Introduction
DCIS is common.

Methods
We performed a two-centre, open, randomised, phase II trial in which women received either treatment for six weeks.
""",
    """Short-course radiotherapy before chemotherapy in rectal carcinoma

Abstract
Purpose: To learn whether the sequence of short-course radiotherapy and chemotherapy matters for downstaging.
Methods: Patients with locally advanced rectal carcinoma were allocated at random to either order.
Results: Downstaging was more frequent when radiotherapy came first.
Conclusion: Radiotherapy first is a reasonable order.

Introduction
Rectal carcinoma is often treated before surgery.

Methods
We conducted a multicentre, phase 2 trial at five hospitals between 2015 and 2019.
""",
]


@pytest.mark.parametrize("text", WE_PERFORMED_PHASE)
def test_the_papers_own_phase_said_with_we_in_the_body(text):
    assert find_study_fields(text).fields["design"] == "phase2"


# After the abstract, an introduction, discussion or conclusion names the trials the paper cites or calls for: their
# design is not the paper's, unless the paper's own words say so ("In this randomised trial").
CITED_DESIGNS = [
    ("""Salvage lymph node dissection after chemoradiotherapy for vulvar carcinoma

Abstract
Purpose: We describe the outcomes of groin dissection for nodal relapse after chemoradiotherapy at our centre.
Methods: Case notes of women treated between 2006 and 2019 were read for complications and later relapse.
Results: Wound breakdown was common, lymphoedema was frequent, and most women were free of relapse at two years.
Conclusion: Salvage dissection is feasible but morbid and should be offered after careful counselling.

Introduction
In an international, multicentre, randomised phase III trial in the primary setting, dissection improved control.

Discussion
A prospective, multi-institutional, randomised trial of dissection against observation is urgently needed.
""", None),
    ("""Reirradiation of head and neck carcinoma with protons: one centre's series

Abstract
Purpose: We report toxicity and control after proton reirradiation of recurrent head and neck carcinoma.
Methods: Records of consecutive adults treated between 2012 and 2020 were read for acute and late effects.
Results: Late grade 3 effects were seen in a fifth of adults, and local control at two years was 45%.
Conclusion: Proton reirradiation is a reasonable choice for selected adults with a recurrence.

Introduction
A recurrence in an irradiated neck is hard to treat again.

Discussion
Our results compare well with those of a randomized phase II study of photon reirradiation, and the ongoing
prospective trials will tell whether protons spare more tissue. In this series, late effects were fewer.
""", None),
]


@pytest.mark.parametrize(("text", "design"), CITED_DESIGNS)
def test_a_design_of_a_trial_cited_in_the_body_is_not_the_papers(text, design):
    assert find_study_fields(text).fields["design"] == design
    # the paper's own words in the discussion still say its design
    own = text.replace("In this series, late effects", "In this randomized phase II trial, late effects").replace(
        "A prospective, multi-institutional,", "In this retrospective study we found that a prospective,")
    assert find_study_fields(own).fields["design"] in ("phase2", "retrospective")


def test_a_web_address_naming_a_registry_is_no_registry_study():
    text = ("Melanoma of the vulva: outcomes of wide excision at one hospital. Incidence figures are those of the US "
            "statistics (http://seer.cancer.gov/statfacts/html/vulva.html). We reviewed the charts of women treated "
            "between 2001 and 2018; local relapse was seen in a third.")
    assert find_study_fields(text).fields["design"] != "registry"


# "a protocol developed for a new prospective study", "an ongoing prospective trial": another study, not this one's.
OTHER_PROSPECTIVE = [
    """Contouring variation for postoperative mediastinal radiotherapy among experts
Purpose: We measured how experts contour, and tested a guideline written for a new prospective trial of the same
treatment. Results: Variation fell by a half with the guideline.""",
    """Dose to the hippocampus in whole-brain radiotherapy plans from twelve centres
Purpose: Plans were collected to check them against the limits of an ongoing prospective study of hippocampal
sparing. Results: Most plans met the limits after one revision.""",
]


@pytest.mark.parametrize("text", OTHER_PROSPECTIVE)
def test_a_new_or_ongoing_prospective_study_is_another(text):
    assert find_study_fields(text).fields["design"] is None
