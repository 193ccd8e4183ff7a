"""Extraction quality, measured: the dev corpus (seeds and papers) with the shared scorer (a floor that
only goes up), and the bundled example papers against the curated facts of the studies they restate."""

from __future__ import annotations

import importlib.util
import json

import pytest
import yaml
from support import REPO, SHARED, dev_text, need_shared

from oncoev.extract import extract_path

FLOOR = json.loads((REPO / "tests" / "score_floor.json").read_text())
REFERENCE = REPO / "data" / "curated" / "reference"
# Which curated study each bundled paper restates (the paper says so in its preamble).
PAPERS = {
    "cervical_oligometastases_locoregional_therapy": "001_b6f1d6fd029bb92e",
    "rectal_synchronous_metastases_chemoradiation": "003_23fd7c33288c29b6",
    "ovarian_oligometastases_radiotherapy": "004_60690a955775a8b6",
}


def _scorer():
    path = SHARED / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_corpus_score_stays_above_the_floor():
    """Every gold file of the dev corpus (seeds and papers) is scored; a text that is missing fails."""
    need_shared("corpus", "gold")
    scorer = _scorer()
    per_file = {}
    for gold_path in sorted((SHARED / "corpus" / "gold").glob("*.yaml")):
        gold = yaml.safe_load(gold_path.read_text())
        per_file[gold_path.stem] = scorer.score_file(gold, extract_path(dev_text(gold_path.stem)))
    assert len(per_file) >= 12
    overall = {part: scorer.total(per_file, part) for part in ("results_value", "results_cohort", "doses", "cohorts")}
    study_right = sum(f["study_fields"]["right"] for f in per_file.values())
    measured = {
        "results_precision": overall["results_value"]["precision"],
        "results_f1": overall["results_value"]["f1"],
        "results_cohort_f1": overall["results_cohort"]["f1"],
        "doses_f1": overall["doses"]["f1"],
        "cohorts_f1": overall["cohorts"]["f1"],
        "study_fields_right": study_right,
    }
    below = {k: (v, FLOOR[k]) for k, v in measured.items() if v < FLOOR[k]}
    assert not below, f"extraction fell below the floor (measured, floor): {below}"


def _key(row: dict) -> tuple:
    return (row["endpoint"], row["measure"], row.get("timepoint_months"), round(float(row["value"]), 2),
            (row.get("grade") or "").replace(" ", ""))


@pytest.mark.parametrize("paper, reference", PAPERS.items())
def test_bundled_paper_numbers_are_the_studys_numbers(paper, reference):
    """Every number extracted from our rewrite must be one the curated study reports."""
    extraction = extract_path(REPO / "data" / "papers" / f"{paper}.txt")
    curated = json.loads((REFERENCE / f"{reference}.json").read_text())
    known = {_key(r) for r in curated["results"]}
    found = [_key(r) for r in extraction["results"]]
    wrong = [k for k in found if k not in known]
    assert len(found) >= 6
    assert len(wrong) / len(found) <= FLOOR["bundled_wrong_share"], wrong


def test_bundled_papers_cover_every_paper_in_the_folder():
    assert {p.stem for p in (REPO / "data" / "papers").glob("*.txt")} == set(PAPERS)
    assert all((REFERENCE / f"{ref}.json").is_file() for ref in PAPERS.values())


def test_floor_file_is_complete():
    assert set(FLOOR) >= {"results_precision", "results_f1", "results_cohort_f1", "doses_f1", "cohorts_f1",
                          "study_fields_right", "bundled_wrong_share"}
    assert all(isinstance(v, (int, float)) for v in FLOOR.values())
