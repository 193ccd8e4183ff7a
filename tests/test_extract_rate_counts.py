"""The count in "(n = K)" after an arm's rate ("oesophagitis occurred in 18% (n = 18) of the IMRT group") is the
arm's count of the outcome when K is that share of the arm's size; otherwise "(n = K)" may be the patients the rate is
of, and gives no count. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_TRIAL = ("IMRT versus 3D-CRT for lung cancer: a randomised trial. We randomly assigned 197 patients to IMRT (n = 98) "
          "or 3D-CRT (n = 99). Results: ")


_counts = rows_after(_TRIAL, "cohort endpoint value", measure="count")


@pytest.mark.parametrize("sentence, expected", [
    ("Oesophagitis occurred in 18% (n = 18) of the IMRT group and 29% (n = 29) of the 3D-CRT group.",
     {("imrt", "TOX", 18.0), ("3d_crt", "TOX", 29.0)}),
    ("Grade 2 or higher pneumonitis was seen in 10.2% (n = 10) of patients in the IMRT arm.",
     {("imrt", "TOX", 10.0)}),
    # a size beside a rate that is no share of the arm gives no count
    ("The objective response rate was 40% (n = 50) in the IMRT arm.", set()),
])
def test_the_count_beside_an_arms_rate_is_the_arms_count(sentence, expected):
    assert _counts(sentence) == expected

