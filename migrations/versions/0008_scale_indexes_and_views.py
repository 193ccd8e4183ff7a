"""At a million results: indexes behind every canned query's filters and order, and analyst views whose
unused columns cost nothing.

Indexes:

- ``ix_outcome_results_compare`` gains ``value`` (then status and study_id, which a count reads):
  survival_rates filtered by endpoint and time point and sorted by value (its default sort) reads
  the first rows of the index instead of sorting them all, and counts them from the index alone;
- ``ix_outcome_results_by_study`` (endpoint, measure, study_id, ...): compare_endpoint and
  five_year_os list one endpoint study by study, so a page of them is the next rows of the index;
- ``ix_outcome_results_ratios`` (study_id, endpoint) for hazard, odds and risk ratios only (a partial
  index: its WHERE must stay the hazard_ratios query's ``measure in ('hr', 'or', 'rr')``), which
  scanned the whole table before;
- ``(study_id, status)`` on outcome_results, cohorts, arms and dose_schedules, and
  ``(study_id, at, id)`` on curation_events: the curation queue counts every study's rows by status
  from the indexes alone and finds each study's last event without sorting the audit log.

The views results_flat and survival_rates keep their columns, rows and meaning, but read a group's
label, size, unit and key, the comparator, the document's name and the endpoint's name with a
subquery per column, evaluated only for the columns a query asks for: counting a page's rows (which
Datasette does for every filtered page) no longer joins six tables for nothing, 2 s against 0.3 s
for 145,000 rows. ``study_id`` is the result's own column, so ordering by it can follow an index.
A later revision that rebuilds outcome_results, studies, cohorts, arms, endpoints or documents must
recreate these views (import them from here, not from 0002).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""
from importlib import import_module
from typing import Sequence, Union

from alembic import op

revision: str = "0008"
down_revision: Union[str, None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BEFORE = import_module("oncoev.migrations.versions.0002_analyst_views")

# A group is a cohort or an arm: (cohort_id, arm_id), exactly one set (CHECK "group").
GROUP = "CASE WHEN r.cohort_id IS NOT NULL THEN (SELECT {column} FROM cohorts WHERE id = r.cohort_id) " \
        "ELSE (SELECT {column} FROM arms WHERE id = r.arm_id) END"

RESULTS_FLAT = f"""
CREATE VIEW results_flat AS
SELECT
    s.title AS study,
    s.year,
    s.cancer,
    s.design,
    {GROUP.format(column="label")} AS group_label,
    {GROUP.format(column="n")} AS group_n,
    CASE WHEN r.cohort_id IS NOT NULL THEN (SELECT unit FROM cohorts WHERE id = r.cohort_id)
         ELSE coalesce((SELECT c.unit FROM arms a JOIN cohorts c ON c.id = a.cohort_id WHERE a.id = r.arm_id),
                       'patients') END AS group_unit,
    r.endpoint,
    r.site,
    r.category,
    r.grade,
    r.measure,
    r.timepoint_months,
    r.value_op,
    r.value,
    r.unit,
    r.ci_low,
    r.ci_high,
    r.ci_level,
    r.p_op,
    r.p_value,
    CASE WHEN r.comparator_cohort_id IS NOT NULL THEN (SELECT label FROM cohorts WHERE id = r.comparator_cohort_id)
         ELSE (SELECT label FROM arms WHERE id = r.comparator_arm_id) END AS comparator,
    r.analysis,
    coalesce(r.cited, (SELECT cited FROM cohorts WHERE id = r.cohort_id)) AS cited,
    r.locator,
    r.page,
    r.quote,
    (SELECT filename FROM documents WHERE id = r.document_id) AS document,
    r.status,
    s.curation_status,
    s.kind AS study_kind,
    CASE WHEN r.cohort_id IS NOT NULL THEN 'cohort' ELSE 'arm' END AS group_type,
    {GROUP.format(column="key")} AS group_key,
    e.name AS endpoint_name,
    r.pattern_id,
    r.extractor,
    r.extractor_version,
    r.study_id AS study_id,
    r.id AS result_id
FROM outcome_results r
JOIN studies s ON s.id = r.study_id
JOIN endpoints e ON e.code = r.endpoint
WHERE r.status != 'rejected'
"""

# The compare index as 0001 made it, and as this revision makes it: the columns a filtered page's count
# reads (status, study_id) come last, so that counting never reads the table itself.
COMPARE_BEFORE = "outcome_results (endpoint, measure, timepoint_months)"
COMPARE = "outcome_results (endpoint, measure, timepoint_months, value, status, study_id)"
INDEXES = [
    ("ix_outcome_results_by_study", "outcome_results (endpoint, measure, study_id, timepoint_months, status)"),
    ("ix_outcome_results_ratios", "outcome_results (study_id, endpoint) WHERE measure IN ('hr', 'or', 'rr')"),
    ("ix_outcome_results_study_status", "outcome_results (study_id, status)"),
    ("ix_cohorts_study_status", "cohorts (study_id, status)"),
    ("ix_arms_study_status", "arms (study_id, status)"),
    ("ix_dose_schedules_study_status", "dose_schedules (study_id, status)"),
    ("ix_curation_events_study_at", "curation_events (study_id, at, id)"),
]


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS survival_rates")
    op.execute("DROP VIEW IF EXISTS results_flat")
    op.execute(RESULTS_FLAT)
    op.execute(BEFORE.SURVIVAL_RATES)
    op.execute("DROP INDEX IF EXISTS ix_outcome_results_compare")
    op.execute(f"CREATE INDEX ix_outcome_results_compare ON {COMPARE}")
    for name, definition in INDEXES:
        op.execute(f"CREATE INDEX {name} ON {definition}")


def downgrade() -> None:
    for name, _ in reversed(INDEXES):
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_outcome_results_compare")
    op.execute(f"CREATE INDEX ix_outcome_results_compare ON {COMPARE_BEFORE}")
    op.execute("DROP VIEW IF EXISTS survival_rates")
    op.execute("DROP VIEW IF EXISTS results_flat")
    op.execute(BEFORE.RESULTS_FLAT)
    op.execute(BEFORE.SURVIVAL_RATES)
