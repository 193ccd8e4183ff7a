"""A time point that opens the sentence ("At 6 months there were ...") is the time of every count of deaths or
failures the sentence then gives group by group, not only of the first (extract/results.py, _inherit_single_time)."""

import pytest
from result_rows import row_tuples

TRIAL = ("In total, 80 patients were randomly assigned to drug K (n = 40) or placebo (n = 40). ")


@pytest.mark.parametrize("sentence, months", [
    ("At 6 months there were four deaths (10%) in the drug K group and nine deaths (23%) in the placebo group.", 6),
    ("By 12 months, two deaths (5%) had occurred in the drug K group and seven deaths (18%) in the placebo group.",
     12),
    ("Overall, at 3 months there were three deaths (8%) in the drug K group and five deaths (13%) in the placebo "
     "group.", 3),
])
def test_an_opening_time_is_each_groups_share_of_deaths(sentence, months):
    rows = row_tuples(TRIAL + sentence, "cohort timepoint_months", endpoint="DEATH", measure="rate")
    assert rows == {("drug_k", months), ("placebo", months)}


def test_a_time_said_after_the_deaths_is_not_theirs():
    sentence = ("Four deaths (10%) occurred in the drug K group and nine deaths (23%) in the placebo group; "
                "the 1-year survival was 71% and 60%, respectively.")
    rows = row_tuples(TRIAL + sentence, "cohort timepoint_months", endpoint="DEATH", measure="rate")
    assert rows and {months for _, months in rows} == {None}
