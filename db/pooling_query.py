"""The rows pooling starts from: results of one endpoint and measure, with their groups and treatments.

``fetch_pooling_rows`` reads, in one connection, the matching results of the ``results_flat`` view
(rejected rows are not in it) with the ids of their cohort or arm and comparator, and for the
studies concerned the cohort tree (parent, n), the arms (cohort, n) and which modality each dose
schedule gave to which group. What is pooled from them is decided by ``oncoev.pooling.dataset``,
which never reads the database itself. ``available_results`` says what the database holds when
nothing matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine, text

RESULTS_SQL = """
SELECT rf.result_id, rf.study_id, rf.study, rf.year, rf.cancer, rf.design, rf.study_kind,
       rf.group_label, rf.group_n, rf.group_unit, rf.group_type, rf.value_op, rf.value,
       rf.ci_low, rf.ci_high, rf.ci_level, rf.comparator, rf.analysis, rf.cited, rf.status,
       rf.curation_status, s.authors, r.cohort_id, r.arm_id, r.comparator_cohort_id, r.comparator_arm_id
FROM results_flat rf
JOIN outcome_results r ON r.id = rf.result_id
JOIN studies s ON s.id = rf.study_id
WHERE upper(rf.endpoint) = upper(:endpoint) AND rf.measure = :measure
  AND (:timepoint IS NULL OR rf.timepoint_months = :timepoint)
  AND (:cancer IS NULL OR lower(rf.cancer) = lower(:cancer))
  AND (:design IS NULL OR rf.design = :design)
ORDER BY rf.study_id, rf.result_id
"""


@dataclass(frozen=True)
class PoolingRows:
    """Matching results (one dict per row) and, for their studies: cohort id -> (parent_id, n),
    arm id -> (cohort_id, n), and (cohort_id, arm_id, modality) per dose schedule."""

    results: list[dict] = field(default_factory=list)
    cohorts: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)
    arms: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)
    doses: list[tuple[int | None, int | None, str]] = field(default_factory=list)


def _in_list(name: str, values: Iterable[int]) -> tuple[str, dict]:
    values = sorted(set(values))
    params = {f"{name}{i}": v for i, v in enumerate(values)}
    return ", ".join(f":{p}" for p in params) or "NULL", params


def fetch_pooling_rows(engine: Engine, endpoint: str, measure: str, timepoint: float | None = None,
                       cancer: str | None = None, design: str | None = None) -> PoolingRows:
    """The results of ``endpoint`` (any case) and ``measure``, at ``timepoint`` months and of ``cancer``
    (any case) and ``design`` when given, with the group tree and dose schedules of their studies."""
    with engine.connect() as conn:
        results = [dict(r) for r in conn.execute(text(RESULTS_SQL), {
            "endpoint": endpoint, "measure": measure, "timepoint": timepoint, "cancer": cancer,
            "design": design}).mappings()]
        if not results:
            return PoolingRows()
        studies, params = _in_list("s", (r["study_id"] for r in results))
        cohorts = {row.id: (row.parent_id, row.n) for row in conn.execute(
            text(f"SELECT id, parent_id, n FROM cohorts WHERE study_id IN ({studies})"), params)}
        arms = {row.id: (row.cohort_id, row.n) for row in conn.execute(
            text(f"SELECT id, cohort_id, n FROM arms WHERE study_id IN ({studies})"), params)}
        doses = [(d.cohort_id, d.arm_id, d.modality) for d in conn.execute(
            text(f"SELECT cohort_id, arm_id, modality FROM dose_schedules WHERE study_id IN ({studies})"), params)]
    return PoolingRows(results, cohorts, arms, doses)


def available_results(engine: Engine, endpoint: str, measure: str) -> tuple[list[float], list[str]]:
    """The time points (months) and cancers for which ``endpoint`` / ``measure`` results exist."""
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT DISTINCT timepoint_months, cancer FROM results_flat "
            "WHERE upper(endpoint) = upper(:e) AND measure = :m"), {"e": endpoint, "m": measure}).all()
    return sorted({r[0] for r in rows if r[0] is not None}), sorted({r[1] for r in rows if r[1]})
