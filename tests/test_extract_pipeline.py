"""The whole extraction: pipeline components, sections and citations, provenance, the CLI commands."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from result_rows import rows_where
from support import REPO

from oncoev.cli import cli
from oncoev.extract import extract_path
from oncoev.extract.pipeline import COMPONENTS, build_nlp
from oncoev.schema.contract import parse_extraction

FIXTURES = REPO / "tests" / "fixtures"
PAPERS = sorted((REPO / "data" / "papers").glob("*.txt"))


def values(extraction, **where):
    return sorted(r["value"] for r in extraction["results"] if all(r.get(k) == v for k, v in where.items()))


def test_pipeline_is_a_blank_english_pipeline_with_our_named_components():
    nlp = build_nlp()
    assert nlp.lang == "en" and nlp.pipe_names == list(COMPONENTS)
    assert not any(nlp.get_pipe(name).__class__.__name__ in ("Tagger", "DependencyParser") for name in nlp.pipe_names)


def test_one_component_alone():
    nlp = build_nlp(("oncoev_sentences", "oncoev_sections"))
    doc = nlp("Results\nThe median OS was 20 months. The 1-year OS was 70%.")
    assert [s.text for s in doc.sents][1:] == ["The median OS was 20 months.", "The 1-year OS was 70%."]
    assert {s._.section for s in doc.sents} == {"results"}


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.stem)
def test_bundled_papers_extract_to_valid_contract_with_exact_provenance(paper):
    extraction = extract_path(paper)
    model, problems = parse_extraction(extraction)
    assert problems == [] and model is not None
    text = extraction["document"]["text"]
    assert extraction["results"], "every bundled paper reports results the rules can read"
    for section in ("cohorts", "doses", "results"):
        for row in extraction[section]:
            if row.get("quote") is None:
                continue
            assert text[row["char_start"]:row["char_end"]] == row["quote"]
            assert row["page"] == 1 and row["pattern_id"]
    assert extraction["extractor"]["name"] == "oncoev-rules" and "+rules." in extraction["extractor"]["version"]


def test_primary_study_ignores_cited_numbers_and_definitions():
    extraction = extract_path(FIXTURES / "primary_with_discussion.txt")
    assert values(extraction, endpoint="OS") == [74.0]  # not the 55.0% cited in the introduction
    assert values(extraction, endpoint="LC") == [90.2]  # not Lee et al.'s 81.0%; the restatement once
    assert not values(extraction, endpoint="PR")  # the 30% of a definition
    (os_row,) = rows_where(extraction, endpoint="OS")
    assert os_row["cohort"] == "all" and os_row["timepoint_months"] == 24


def test_review_results_belong_to_the_cited_studies():
    extraction = extract_path(FIXTURES / "review_example.txt")
    assert extraction["study"]["kind"] == "review"
    cohorts = {c["key"]: c for c in extraction["cohorts"]}
    assert "all" not in cohorts and all(c["cited"] for c in cohorts.values())
    by_value = {r["value"]: r for r in extraction["results"]}
    assert by_value[88.5]["cited"] == "Moreno et al [12]" and by_value[71.0]["cited"] == "Moreno et al [12]"
    assert cohorts[by_value[88.5]["cohort"]]["n"] == 24
    assert by_value[31.5]["cited"] == "[15]" and by_value[31.5]["measure"] == "median"
    assert all(d.get("cited") for d in extraction["doses"])


def test_extract_json_prints_one_contract_object(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "--json", str(FIXTURES / "small_study.txt")])
    assert result.exit_code == 0, result.output
    extraction = json.loads(result.output)
    assert parse_extraction(extraction)[1] == []
    assert 61.2 in values(extraction, endpoint="OS", timepoint_months=36)


def test_extract_summary_and_output_file(tmp_path):
    out = tmp_path / "x.json"
    result = CliRunner().invoke(cli, ["extract", str(FIXTURES / "small_study.txt")])
    assert result.exit_code == 0 and "result.list" in result.output and "OS" in result.output
    result = CliRunner().invoke(cli, ["extract", "-o", str(out), str(FIXTURES / "small_study.txt")])
    assert result.exit_code == 0 and json.loads(out.read_text())["results"]


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"\x00\x01binary\x00", "not a text file"),
    (b"\xff\xfe\xfa not utf8", "not UTF-8"),
    (b"   \n", "empty"),
])
def test_extract_refuses_bad_input_clearly(tmp_path, content, message):
    path = tmp_path / "paper.txt"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(cli, ["extract", "--json", str(path)])
    assert result.exit_code == 1 and message in result.output


def run(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args])


def test_add_stores_candidates_with_provenance_and_is_idempotent(engine, db_path):
    paper = FIXTURES / "small_study.txt"
    first = run(db_path, "add", str(paper))
    assert first.exit_code == 0, first.output
    con = sqlite3.connect(db_path)
    n = con.execute("SELECT count(*) FROM outcome_results").fetchone()[0]
    assert n > 0
    assert con.execute("SELECT DISTINCT status FROM outcome_results").fetchall() == [("extracted",)]
    assert con.execute("SELECT count(*) FROM outcome_results WHERE quote IS NULL OR pattern_id IS NULL "
                       "OR char_start IS NULL OR page IS NULL OR extractor_version IS NULL").fetchone()[0] == 0
    second = run(db_path, "add", str(paper))
    assert second.exit_code == 0 and "unchanged" in second.output
    assert con.execute("SELECT count(*) FROM outcome_results").fetchone()[0] == n


def test_add_folder_goes_on_past_a_bad_paper_and_fails_at_the_end(engine, db_path, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "a.txt").write_text((FIXTURES / "small_study.txt").read_text())
    (folder / "b.pdf").write_bytes(b"not really a pdf")
    (folder / "notes.md").write_text("ignored")
    result = run(db_path, "add", str(folder))
    assert result.exit_code == 1 and "b.pdf" in result.output
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM studies").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM documents WHERE filename LIKE '%b.pdf'").fetchone()[0] == 0


def test_add_an_empty_folder_is_an_error(engine, db_path, tmp_path):
    result = run(db_path, "add", str(tmp_path))
    assert result.exit_code == 1 and "no .txt or .pdf or .xml" in result.output


def test_unnamed_comparison_takes_the_groups_of_the_sentence_just_before(tmp_path):
    paper = tmp_path / "p.txt"
    paper.write_text("Results\nThe 2-year LC in patients with solitary versus multiple metastases was 95% vs 80%. "
                     "The 2-year OS was 70% vs 52% (p = 0.03).\n\nThe 3-year OS was 60% vs 40%.\n", encoding="utf-8")
    extraction = extract_path(paper)
    cohort = {r["value"]: r["cohort"] for r in extraction["results"]}
    assert cohort[70.0] == cohort[95.0] and cohort[52.0] == cohort[80.0] and cohort[70.0] != cohort[52.0]
    assert cohort[60.0] not in (cohort[95.0], cohort[80.0])  # a new paragraph: the groups are not carried over


def test_a_review_keeps_only_the_cited_studies_it_reports_numbers_for(tmp_path):
    paper = tmp_path / "review.txt"
    paper.write_text("A narrative review\n\nIntroduction\nThis review covers radiotherapy [1-3].\n\n"
                     "Bone metastases\nSingle fractions were compared with multiple fractions [4]. Rossi et al [5] "
                     "treated 30 patients; the 1-year LC was 85%.\n", encoding="utf-8")
    extraction = extract_path(paper)
    assert [c["cited"] for c in extraction["cohorts"]] == ["Rossi et al [5]"]


def test_discussion_paragraph_about_our_own_patients_counts_until_a_citation(tmp_path):
    paper = tmp_path / "p.txt"
    paper.write_text("1 Introduction\nEarlier series found a 2-year LC of 60% [2].\n\n2 Patients and treatment\n"
                     "We treated 40 patients.\n\n3 Results\nThe 2-year LC was 85%.\n\n4 Discussion\n"
                     "In our series, 12 patients received SBRT. Their median OS was 31 months. Smith et al. reported "
                     "a median OS of 20 months [5]. The median PFS was 9 months.\n", encoding="utf-8")
    extraction = extract_path(paper)
    assert values(extraction, endpoint="LC") == [85.0]
    assert values(extraction, endpoint="OS", measure="median") == [31.0]
    assert values(extraction, endpoint="PFS") == []  # after the citation, the paragraph is about others


def test_a_pubmed_style_trial_abstract_we_wrote():
    extraction = extract_path(FIXTURES / "rct_abstract.txt")
    assert extraction["study"]["design"] == "phase3" and extraction["study"]["n_patients"] == 229
    cohorts = {c["key"]: c for c in extraction["cohorts"]}
    # a count "of 110 patients in the SBRT group" belongs to those 110, a part of the arm of 115
    arm = {k: cohorts[c["parent"]] if c["key"].endswith(("_n110", "_n111")) else c for k, c in cohorts.items()}
    got = {(r["endpoint"], r["measure"], r["value"], arm[r["cohort"]]["label"]) for r in extraction["results"]}
    assert ("OS", "median", 11.1, "SBRT") in got and ("OS", "median", 9.4, "conventional radiotherapy") in got
    assert ("TOX", "count", 11.0, "SBRT") in got and ("TOX", "rate", 6.0, "conventional radiotherapy") in got
    assert {(c["label"], c["n"]) for c in cohorts.values() if c.get("parent") == "all"} >= {
        ("SBRT", 115), ("conventional radiotherapy", 114)}
    sized = {(r["endpoint"], r["measure"], cohorts[r["cohort"]]["n"]) for r in extraction["results"]}
    assert ("TOX", "count", 110) in sized and ("TOX", "count", 111) in sized
    # the unnamed "84% vs 69%" continues the arms of the sentence before it
    assert ("LC", "rate", 84.0, "SBRT") in got and ("LC", "rate", 69.0, "conventional radiotherapy") in got
    (odds,) = rows_where(extraction, measure="or")
    assert (odds["value"], odds["ci_low"], odds["ci_high"], odds["p_value"]) == (3.47, 1.55, 7.79, 0.0002)
    assert {d["total_dose"] for d in extraction["doses"]} == {24.0, 20.0}
    assert not any("PMID" in r["quote"] or "Copyright" in r["quote"] for r in extraction["results"])


FRAGMENTS = ("OS|PFS|5-year|1-, 2- and 5-year|was|were|vs|versus|(|)|[12]|et al|HR|95% CI|p =|p<|0.05|12.5%|45%|3|"
             "months|median|and|,|;|.|\n|\n\n|Table 2|CR|PR|SD|PD|grade 3|toxicity|in the A group|with drug B|"
             "Of 40 patients,|(n = 20)|Group A|ypT0|22 (45)|respectively|Results|Discussion|Gy|in 5 fractions|"
             "cisplatin 40 mg/m2|\u00d7|\u2265|\u2264|\u2014|\u00b7|per cent|nine|(16/38)|at 2 years|"
             "for patients with X").split("|") + ["|"]


def test_any_jumble_of_result_words_gives_a_valid_contract():
    import random

    from oncoev.extract.assemble import extract_document
    from oncoev.extract.document import Document

    rng = random.Random(20261123)
    for _ in range(60):
        text = " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(5, 300)))
        extraction = extract_document(Document(text=text, sha256="0" * 64))
        assert parse_extraction(extraction)[1] == [], text


def test_a_review_sentence_opening_a_study_takes_the_citation_that_closes_it(tmp_path):
    paper = tmp_path / "review.txt"
    paper.write_text("A narrative review of radiotherapy for bone metastases\n\nBone\nThis review covers single "
                     "fractions [3]. In a study of 80 patients treated with 8 Gy, the median survival was 9 months. "
                     "Pain improved in most of them[4]. Other series differ[5].\n", encoding="utf-8")
    (row,) = extract_path(paper)["results"]
    assert (row["measure"], row["value"], row["cited"]) == ("median", 9.0, "[4]")


def test_extractor_version_changes_with_any_rule_or_pattern(tmp_path):
    """A changed rule gives a new extractor version, so `evidence add` re-extracts stored papers."""
    import shutil

    from oncoev.extract.assemble import EXTRACTOR_VERSION, rules_fingerprint

    here = Path(__file__).parent.parent / "extract"
    copy = tmp_path / "extract"
    shutil.copytree(here, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = rules_fingerprint(copy)
    assert before == rules_fingerprint(here) and EXTRACTOR_VERSION.endswith(f"+rules.{before}")
    pattern = sorted((copy / "patterns").glob("*.yaml"))[0]
    pattern.write_text(pattern.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    assert rules_fingerprint(copy) != before


@pytest.mark.parametrize("before, during", [
    ((700, 10, 10), (20_000, 10, 10)),  # Python's default: young walks made rarer while a document is read
    ((900, 5, 20), (20_000, 5, 20)),  # the older generations' settings are kept
    ((50_000, 10, 10), (50_000, 10, 10)),  # a caller's rarer setting, or an extraction beside this one: kept
    ((0, 10, 10), (0, 10, 10)),  # automatic collection off: left off
])
def test_the_collector_walks_young_objects_rarely_while_a_document_is_extracted(monkeypatch, before, during):
    import gc

    from oncoev.extract import assemble
    from oncoev.extract.document import Document

    seen = []
    normalize = assemble.normalize
    monkeypatch.setattr(assemble, "normalize", lambda text: seen.append(gc.get_threshold()) or normalize(text))
    kept = gc.get_threshold()
    gc.set_threshold(*before)
    try:
        assemble.extract_document(Document(text="Of 40 women, 12 (30%) had grade 3 fatigue.", filename="w.txt"))
        after = gc.get_threshold()
    finally:
        gc.set_threshold(*kept)
    assert seen == [during] and after == before


def test_the_collector_setting_comes_back_when_an_extraction_fails(monkeypatch):
    import gc

    from oncoev.extract import assemble
    from oncoev.extract.document import Document

    def failing(text):
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(assemble, "normalize", failing)
    kept = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        with pytest.raises(RuntimeError):
            assemble.extract_document(Document(text="Median survival was 14 months.", filename="w.txt"))
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*kept)
