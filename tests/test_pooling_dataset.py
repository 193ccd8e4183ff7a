"""From database rows to the analysis dataset: filters, listed exclusions, one group per study."""

from __future__ import annotations

import json

import pytest
from support import HERE

from oncoev.cli.pool import load_dataset
from oncoev.db.load import load_extraction
from oncoev.pooling.dataset import EVENTS_NOTE, Query, Record, build_dataset
from oncoev.pooling.methods import PoolingError

FIXTURE = json.loads((HERE / "fixtures" / "pooling_studies.json").read_text(encoding="utf-8"))["extractions"]


def rec(result_id: int, study_id: int = 1, value: float = 40.0, n: int | None = 50, **kw) -> Record:
    kw.setdefault("group_id", result_id)
    kw.setdefault("group_label", f"group {result_id}")
    return Record(result_id=result_id, study_id=study_id, study=f"study {study_id}", value=value, group_n=n, **kw)


OS60 = Query("OS", "rate", 60)
HR = Query("OS", "hr")


def reasons(dataset) -> dict[int, str]:
    return {e.result_id: e.reason for e in dataset.excluded}


def test_events_are_rate_times_n_rounded_and_noted():
    ds = build_dataset([rec(1, value=36.2, n=50), rec(2, study_id=2, value=30.3, n=142)], OS60)
    assert [s.events for s in ds.studies] == [18, 43]
    assert EVENTS_NOTE in ds.notes and "approximation" in EVENTS_NOTE


def test_cited_results_are_left_out_by_default_and_listed():
    records = [rec(1), rec(2, study_id=2, value=55.0, cited="Smith et al [3]", study_kind="review")]
    ds = build_dataset(records, OS60)
    assert [s.result_id for s in ds.studies] == [1]
    assert "cited result from a review" in reasons(ds)[2]
    assert [s.result_id for s in build_dataset(records, Query("OS", "rate", 60, include_cited=True)).studies] == [1, 2]


def test_group_without_n_bound_values_and_uncurated_rows_are_listed():
    records = [rec(1, n=None), rec(2, study_id=2, value=80, value_op=">"), rec(3, study_id=3, status="extracted"),
               rec(4, study_id=4, status="verified")]
    ds = build_dataset(records, OS60)
    assert "no n" in reasons(ds)[1] and "bound" in reasons(ds)[2]
    assert {s.result_id for s in ds.studies} == {3, 4}
    curated = build_dataset(records, Query("OS", "rate", 60, curated_only=True))
    assert [s.result_id for s in curated.studies] == [4]
    assert "not curated" in reasons(curated)[3]


def test_subgroups_of_a_pooled_group_are_left_out_even_several_levels_down():
    records = [rec(1, group_id=1, n=50), rec(2, group_id=2, n=30, ancestors=(1,)),
               rec(3, group_id=3, n=10, ancestors=(2, 1)), rec(4, group_id=4, n=None, ancestors=(1,))]
    ds = build_dataset(records, OS60)
    assert [s.result_id for s in ds.studies] == [1]
    assert all("subgroup of 'group 1'" in reasons(ds)[i] for i in (2, 3, 4))


def test_overlapping_subgroups_keep_the_largest_but_separate_cohorts_are_all_kept():
    subgroups = [rec(1, group_id=1, n=None), rec(2, group_id=2, n=20, ancestors=(1,)),
                 rec(3, group_id=3, n=30, ancestors=(1,))]
    ds = build_dataset(subgroups, OS60)
    assert [s.result_id for s in ds.studies] == [3]
    assert "may share patients" in reasons(ds)[2] and "no n" in reasons(ds)[1]
    arms = [rec(1, group_id=1, n=20), rec(2, group_id=2, n=22)]      # two top-level cohorts of one trial
    assert [s.result_id for s in build_dataset(arms, OS60).studies] == [1, 2]


def test_the_same_group_reported_twice_keeps_the_adjusted_curated_row():
    records = [rec(1, group_id=5, value=2.0, ci_low=1.2, ci_high=3.3, analysis="univariate", comparator_id="cohort:6"),
               rec(2, group_id=5, value=1.8, ci_low=1.1, ci_high=2.9, analysis="multivariate",
                   comparator_id="cohort:6")]
    ds = build_dataset(records, HR)
    assert [s.result_id for s in ds.studies] == [2]
    assert "same group reported twice (result 2 kept)" in reasons(ds)[1]


def test_a_cohort_cited_twice_or_also_present_as_a_study_counts_once():
    records = [rec(1, study_id=1, value=30.0, n=60),
               rec(2, study_id=2, value=30.0, n=60, cited="Phase II [7]"),
               rec(3, study_id=2, value=55.0, n=20, cited="Kim et al. [9]"),
               rec(4, study_id=3, value=55.0, n=20, cited="Kim et al [9]")]
    ds = build_dataset(records, Query("OS", "rate", 60, include_cited=True))
    assert [s.result_id for s in ds.studies] == [1, 3]
    assert "probably that study's cohort" in reasons(ds)[2]
    assert "also cited in study 2" in reasons(ds)[4]


def test_ratio_without_ci_is_listed():
    ds = build_dataset([rec(1, value=1.5, ci_low=1.1, ci_high=2.0), rec(2, study_id=2, value=0.7)], HR)
    assert [s.result_id for s in ds.studies] == [1]
    assert "no confidence interval" in reasons(ds)[2]
    assert ds.effects().transform == "log"


def test_filters_unit_modality_and_group_text():
    records = [rec(1, group_unit="lesions"), rec(2, study_id=2, modalities=frozenset({"sbrt"})),
               rec(3, study_id=3, group_label="Nodal relapse", modalities=frozenset({"ebrt"}))]
    assert [s.result_id for s in build_dataset(records, OS60).studies] == [2, 3]
    assert [s.result_id for s in build_dataset(records, Query("OS", "rate", 60, unit="lesions")).studies] == [1]
    assert [s.result_id for s in build_dataset(records, Query("OS", "rate", 60, modality="SBRT")).studies] == [2]
    assert [s.result_id for s in build_dataset(records, Query("OS", "rate", 60, group="nodal")).studies] == [3]


def test_nothing_left_says_why():
    with pytest.raises(PoolingError, match="none can be pooled: no n for the group"):
        build_dataset([rec(1, n=None)], OS60)


def test_a_rate_needs_a_time_point():
    with pytest.raises(PoolingError, match="needs a time point"):
        Query("OS", "rate")


@pytest.fixture
def pooling_engine(engine):
    for extraction in FIXTURE:
        load_extraction(engine, extraction, source=extraction["source"])
    return engine


def test_load_dataset_from_the_database(pooling_engine):
    ds = load_dataset(pooling_engine, Query("OS", "rate", 60, include_cited=True))
    labels = [s.label for s in ds.studies]
    # A cited cohort is named by the source the review cites and by the cohort itself.
    assert labels == ["Ahn et al. 2019: All patients", "Study 2: All patients", "Study 3: Multiple lesions",
                      "Smith et al [3] (cited in study 4): Smith series",
                      "Jones et al [4] (cited in study 4): Jones series"]
    why = {e.label.split(": ")[0] if "(cited" in e.label else e.label: e.reason for e in ds.excluded}
    assert "same group reported twice" in why["Ahn et al. 2019: All patients"]
    assert "subgroup of 'All patients'" in why["Ahn et al. 2019: Nodal metastases"]
    assert "no n" in why["Study 3: All patients"]
    assert "probably that study's cohort" in why["[7] (cited in study 4)"]
    assert "bound" in why["Lee et al [5] (cited in study 4)"]
    assert "Study 3: Irradiated lesions" not in why       # another unit: filtered, not listed


def test_modality_reaches_a_cohort_through_its_parent_or_a_whole_cohort_arm(pooling_engine):
    sbrt = load_dataset(pooling_engine, Query("OS", "rate", 60, modality="sbrt"))
    assert [s.study_id for s in sbrt.studies] == [1]
    ebrt = load_dataset(pooling_engine, Query("OS", "rate", 60, modality="ebrt"))
    assert [s.study_id for s in ebrt.studies] == [2]


def test_cancer_filter_and_curated_only(pooling_engine):
    assert {s.cancer for s in load_dataset(pooling_engine, Query("OS", "rate", 60, cancer="OVARIAN")).studies} == \
        {"ovarian"}
    curated = load_dataset(pooling_engine, Query("OS", "rate", 60, curated_only=True))
    assert 2 not in {s.study_id for s in curated.studies}


def test_no_match_names_what_exists(pooling_engine):
    with pytest.raises(PoolingError, match=r"no results match OS rate at 36 months.*time points \(months\): 60"):
        load_dataset(pooling_engine, Query("OS", "rate", 36))
    with pytest.raises(PoolingError, match="no PFS rate results at all"):
        load_dataset(pooling_engine, Query("PFS", "rate", 60))


def test_ratios_of_different_comparisons_carry_a_warning():
    same = [rec(1, value=1.5, ci_low=1.1, ci_high=2.0, group_label="Visceral", comparator="Nodal"),
            rec(2, study_id=2, value=1.3, ci_low=1.0, ci_high=1.7, group_label="visceral", comparator="nodal")]
    assert not any("different groups" in note for note in build_dataset(same, HR).notes)
    mixed = [same[0], rec(2, study_id=2, value=0.6, ci_low=0.4, ci_high=0.9, group_label="Single lesion")]
    assert any("different groups" in note for note in build_dataset(mixed, HR).notes)
