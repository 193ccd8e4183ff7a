"""A structured abstract's results stand under other names than "Results": "Methods and findings" (the methods and
the results in one part), "Results and conclusions", "Results and limitations", "Principal findings", "Key results",
"Measurements and main results" (extract/sentences.py). Before, such a part stayed in the methods part before it and
its results gave no row at all."""

import pytest
from result_rows import row_tuples

TITLE = "Drug V or observation after resection of gastric cancer: a randomised trial.\n\n"
DESIGN = "We randomly assigned 150 patients to drug V (n = 76) or observation (n = 74)."
RESULT = ("Median relapse-free survival was 31.5 months with drug V and 22.7 months with observation (HR 0.70, 95% CI "
          "0.52-0.95).")
EXPECTED = {("DFS", "median", 31.5, "drug_v", 76), ("DFS", "median", 22.7, "observation", 74),
            ("DFS", "hr", 0.70, "drug_v", 76)}


def _abstract(parts: list[tuple[str, str]], form: str) -> str:
    if form == "colons":
        return TITLE + " ".join(f"{name}: {body}" for name, body in parts)
    if form == "own lines":
        return TITLE + "\n".join(f"{name}\n{body}" for name, body in parts)
    return TITLE + "\n".join(f"{name.upper()}\n{body}" for name, body in parts)


SHAPES = {
    "methods and findings": [("Background", "Relapse is common."), ("Methods and findings", DESIGN + " " + RESULT),
                             ("Conclusions", "Drug V delays relapse.")],
    "results and conclusions": [("Aims", "We tested drug V."), ("Methods", DESIGN),
                                ("Results and conclusions", RESULT + " Drug V delays relapse.")],
    "results and limitations": [("Objective", "We tested drug V."), ("Design, setting, and participants", DESIGN),
                                ("Results and limitations", RESULT), ("Conclusions", "Drug V delays relapse.")],
    "principal findings": [("Background", "Relapse is common."), ("Methods", DESIGN),
                           ("Principal findings", RESULT), ("Conclusions", "Drug V delays relapse.")],
    "key results": [("Purpose", "We tested drug V."), ("Patients and methods", DESIGN), ("Key results", RESULT),
                    ("Conclusion", "Drug V delays relapse.")],
    "measurements and main results": [("Rationale", "Relapse is common."), ("Methods", DESIGN),
                                      ("Measurements and main results", RESULT), ("Conclusions", "It works.")],
}


@pytest.mark.parametrize("form", ["colons", "own lines", "capitals on own lines"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_results_under_a_joint_or_other_name_give_their_rows(shape, form):
    text = _abstract(SHAPES[shape], form)
    assert row_tuples(text, "endpoint measure value cohort cohort_n") == EXPECTED
