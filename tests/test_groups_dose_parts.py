"""Parts of a study's patients by the treatment they had, told apart only by a dose ("Of the 70 patients, 36 were
treated with 2 mg of drug K and 34 with 4 mg of drug K"), are groups of their own, named with the dose and by the dose
alone ("the 4-mg group"), each with its size. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import row_tuples

from oncoev.extract.groups import _treated_split


@pytest.mark.parametrize("sentence, sizes", [
    ("Overall, 81 patients were treated: 25 were treated with 5 mg of panobinostat, 30 with 10 mg of panobinostat, "
     "and 26 with docetaxel.", [25, 30, 26]),
    ("Of the 64 women, 31 received letrozole 2.5 mg and 33 received letrozole 5 mg.", [31, 33]),
])
def test_parts_told_apart_by_a_dose_are_groups_with_their_sizes(sentence, sizes):
    defs = _treated_split(sentence)
    assert [d.n for d in defs] == sizes
    assert len({d.label for d in defs}) == len(defs)


def test_a_dose_groups_results_are_its_own():
    text = ("Of the 58 patients, 28 were treated with 40 mg of olaparib and 30 with 80 mg of olaparib. The objective "
            "response rate was 21% in the 40-mg group and 33% in the 80-mg group.")
    assert row_tuples(text, "cohort_n value", endpoint="ORR") == {(28, 21.0), (30, 33.0)}


def test_parts_that_do_not_add_up_to_the_total_are_no_groups():
    assert _treated_split("Of the 90 patients, 28 were treated with 5 mg of panobinostat and 30 with 10 mg of "
                          "panobinostat.") == []
