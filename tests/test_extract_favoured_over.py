"""Two groups compared by "over" ("favoured A over B") give the pair after them in that order, as "than" does; a
bracketed pair joined by "and" and closed by "respectively" is such a pair too. Every sentence here is written for
the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = "We randomly assigned 240 patients to drug K (n = 121) or drug M (n = 119). Results: "


_values = rows_after(_TRIAL, "cohort endpoint measure value", measure=("rate", "median"))


@pytest.mark.parametrize("sentence, expected", [
    ("Progression-free survival favoured drug K over drug M (median, 7.3 months and 5.1 months, respectively; HR "
     "0.72).", {("drug_k", "PFS", "median", 7.3), ("drug_m", "PFS", "median", 5.1)}),
    ("Although overall survival did not favour drug M over drug K (median, 10.4 and 12.0 months, respectively), "
     "fewer patients stopped treatment with drug M.",
     {("drug_m", "OS", "median", 10.4), ("drug_k", "OS", "median", 12.0)}),
])
def test_a_pair_after_groups_compared_by_over_is_theirs_in_order(sentence, expected):
    assert _values(sentence) == expected


def test_over_of_an_age_is_no_comparison_of_groups():
    values = _values("The benefit of drug K was larger in patients aged over 75 than in younger ones (14% and 8%, "
                     "respectively).")
    assert not values & {("drug_k", "ORR", "rate", 14.0), ("drug_m", "ORR", "rate", 8.0)}


@pytest.mark.parametrize("link", ["than with", "over"])
def test_a_respectively_pair_after_values_read_before_the_groups_is_not_theirs(link):
    values = _values(f"There were more dose delays (66%) and dose reductions (71%) with drug K {link} drug M (49 and "
                     "38%, respectively).")
    assert not any(value in (49.0, 38.0) for _, _, _, value in values)
