"""A group's name as a reader of the database sees it: the paper's words (number words kept), with the typography a
bibliographic database or a web page put on them mended ("&lt; or =" is "≤", "&gt;" is ">", a no-break space a
space). Before, a name taken from an escaped abstract kept "&lt; or =" in its label and "lt_or" in its key, and a
curator's "≤" group did not match it. Texts written for this test."""

from __future__ import annotations

import pytest
from support import extract_text

from oncoev.extract.normalize import typography


@pytest.mark.parametrize("written, shown", [
    ("V20 &lt; or =30%", "V20 ≤30%"),
    ("tumours &gt; or = 5 cm", "tumours ≥ 5 cm"),
    ("age &gt;70 years", "age >70 years"),
    ("surgery &amp; radiotherapy", "surgery & radiotherapy"),
    ("stage\u00a0III", "stage III"),
    # the words stay as written: a number word is no digit here
    ("patients with only one lesion", "patients with only one lesion"),
])
def test_typography_of_a_name(written, shown):
    assert typography(written) == shown


@pytest.mark.parametrize("text, labels", [
    ("Methods: We reviewed 90 patients given thoracic radiotherapy. Results: Grade 2 or worse pneumonitis in the "
     "group with V20 &lt; or =30% and V20 &gt;30% was 6% and 27%, respectively.",
     {"V20 ≤30%", "V20 >30%"}),
    ("Methods: We reviewed 120 patients after resection. Results: Adjuvant chemotherapy improved overall survival "
     "for patients who had tumours &gt; or = 5 cm in diameter (HR, 0.71; 95% CI, 0.52 to 0.97).",
     {"patients who had tumours ≥ 5 cm in diameter"}),
])
def test_group_names_from_an_escaped_abstract_are_shown_mended(text, labels):
    cohorts = extract_text(text)["cohorts"]
    assert labels <= {c["label"] for c in cohorts}
    assert not any("&" in c["label"] or "_lt_or" in c["key"] or "_gt_or" in c["key"] for c in cohorts)
