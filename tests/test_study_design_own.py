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
