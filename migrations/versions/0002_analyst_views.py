"""SQL views for analysts: results_flat (every result, joined to its study and group) and
survival_rates (time-point rates only), so that

    select * from survival_rates where endpoint = 'OS' and timepoint_months = 60

compares 5-year overall survival across studies.

Views live in their own revision because SQLite refuses to rename a table that a view
names: a later migration that rebuilds a table in batch mode drops these views first and
recreates them after. Rejected rows are left out of both views.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0002"
down_revision: Union[str, None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

RESULTS_FLAT = """
CREATE VIEW results_flat AS
SELECT
    s.title AS study,
    s.year,
    s.cancer,
    s.design,
    COALESCE(c.label, a.label) AS group_label,
    COALESCE(c.n, a.n) AS group_n,
    COALESCE(c.unit, ac.unit, 'patients') AS group_unit,
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
    COALESCE(cc.label, ca.label) AS comparator,
    r.analysis,
    COALESCE(r.cited, c.cited) AS cited,
    r.locator,
    r.page,
    r.quote,
    d.filename AS document,
    r.status,
    s.curation_status,
    s.kind AS study_kind,
    CASE WHEN r.cohort_id IS NOT NULL THEN 'cohort' ELSE 'arm' END AS group_type,
    COALESCE(c.key, a.key) AS group_key,
    e.name AS endpoint_name,
    r.pattern_id,
    r.extractor,
    r.extractor_version,
    s.id AS study_id,
    r.id AS result_id
FROM outcome_results r
JOIN studies s ON s.id = r.study_id
JOIN endpoints e ON e.code = r.endpoint
LEFT JOIN cohorts c ON c.id = r.cohort_id
LEFT JOIN arms a ON a.id = r.arm_id
LEFT JOIN cohorts ac ON ac.id = a.cohort_id
LEFT JOIN cohorts cc ON cc.id = r.comparator_cohort_id
LEFT JOIN arms ca ON ca.id = r.comparator_arm_id
LEFT JOIN documents d ON d.id = r.document_id
WHERE r.status != 'rejected'
"""

# The columns people compare come first; identifiers and provenance last.
SURVIVAL_RATES = """
CREATE VIEW survival_rates AS
SELECT
    study, year, cancer, design, group_label AS cohort, group_n AS n, group_unit AS unit_of_n,
    endpoint, site, category, timepoint_months, value_op, value, ci_low, ci_high, p_op, p_value,
    comparator, analysis, cited, locator, page, quote, document, status, curation_status,
    study_kind, group_type, group_key, endpoint_name, study_id, result_id
FROM results_flat
WHERE measure = 'rate' AND timepoint_months IS NOT NULL
"""


def upgrade() -> None:
    op.execute(RESULTS_FLAT)
    op.execute(SURVIVAL_RATES)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS survival_rates")
    op.execute("DROP VIEW IF EXISTS results_flat")
