"""A trait named by its "status" with no level ("margin status", "nodal status", "HER2 status") is no group: its
ratio is per level of a trait the sentence does not say, as "smoking status" already was (before, "Margin status was
associated with local control (HR ...)" made a cohort "margin_status"). A level of it ("a positive margin",
"node-positive patients") is another matter, not changed here. Sentences written for this test."""

from __future__ import annotations

import pytest
from result_rows import rows_after

_SERIES = "Methods: We reviewed 200 patients with resected rectal cancer. Results: "
_ratio_groups = rows_after(_SERIES, "cohort", measure="hr")


@pytest.mark.parametrize("sentence", [
    "Margin status was associated with local control (HR 2.1, 95% CI 1.3-3.4).",
    "Nodal status was an independent factor for overall survival (HR 1.9, 95% CI 1.2-3.0).",
    "HER2 status predicted disease-free survival (HR 0.8, 95% CI 0.6-1.1).",
    "Resection margin status was an independent factor for local control (HR 2.4, 95% CI 1.4-4.1).",
])
def test_a_status_trait_is_no_group(sentence):
    assert not {cohort for (cohort,) in _ratio_groups(sentence) if cohort.endswith("status")}
