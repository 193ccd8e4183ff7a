"""A share written "pct" or with the full-width per cent sign of East Asian typesetting is a per cent
(patterns/normalize.yaml: percent.words, percent.full_width); before, neither gave a rate."""

import pytest
from result_rows import row_tuples

TITLE = "Drug Z or drug T in advanced gastric cancer: a randomized trial.\n\n"


@pytest.mark.parametrize("sign", [" pct", "\uff05", " \uff05"])
def test_a_response_rate_with_another_per_cent_sign(sign):
    text = f"Results: The objective response rate was 44{sign} with drug Z (n = 70) and 27{sign} with drug T (n = 69)."
    assert row_tuples(TITLE + text, "endpoint measure value cohort") == {("ORR", "rate", 44.0, "drug_z"),
                                                                         ("ORR", "rate", 27.0, "drug_t")}


@pytest.mark.parametrize("sign", [" pct", "\uff05"])
def test_a_rate_at_a_time_point_with_another_per_cent_sign(sign):
    text = (f"Results: The 3-year overall survival rate was 61{sign} with drug Z (n = 70) and 49{sign} with drug T "
            "(n = 69).")
    assert row_tuples(TITLE + text, "endpoint measure value cohort timepoint_months") == {
        ("OS", "rate", 61.0, "drug_z", 36.0), ("OS", "rate", 49.0, "drug_t", 36.0)}
