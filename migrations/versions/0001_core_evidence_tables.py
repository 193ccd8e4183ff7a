"""Core evidence tables: studies, documents, cohorts, arms, dose schedules, endpoints,
outcome results and the curation audit log, with their CHECK constraints and indexes.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from typing import Sequence, Union

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('endpoints',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('definition', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.CheckConstraint("kind IN ('time-to-event', 'response', 'toxicity', 'pattern-of-failure', 'other')", name=op.f('ck_endpoints_kind')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_endpoints'))
    )
    op.create_table('studies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('authors', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('journal', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('doi', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('pmid', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('design', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('cancer', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('population', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('n_patients', sa.Integer(), nullable=True),
    sa.Column('n_lesions', sa.Integer(), nullable=True),
    sa.Column('enrolment_start', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('enrolment_end', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('institution', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('median_follow_up_months', sa.Float(), nullable=True),
    sa.Column('curation_status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('field_provenance', sa.JSON(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint("curation_status IN ('extracted', 'in_review', 'verified')", name=op.f('ck_studies_curation_status')),
    sa.CheckConstraint("design IS NULL OR design IN ('retrospective', 'prospective', 'phase1', 'phase2', 'phase3', 'randomized', 'registry', 'review', 'meta-analysis', 'case-series')", name=op.f('ck_studies_design')),
    sa.CheckConstraint("enrolment_end IS NULL OR enrolment_end GLOB '[12][0-9][0-9][0-9]' OR enrolment_end GLOB '[12][0-9][0-9][0-9]-[01][0-9]'", name=op.f('ck_studies_enrolment_end')),
    sa.CheckConstraint("enrolment_start IS NULL OR enrolment_start GLOB '[12][0-9][0-9][0-9]' OR enrolment_start GLOB '[12][0-9][0-9][0-9]-[01][0-9]'", name=op.f('ck_studies_enrolment_start')),
    sa.CheckConstraint("kind IN ('primary', 'review')", name=op.f('ck_studies_kind')),
    sa.CheckConstraint('enrolment_start IS NULL OR enrolment_end IS NULL OR enrolment_start <= enrolment_end', name=op.f('ck_studies_enrolment_order')),
    sa.CheckConstraint('median_follow_up_months IS NULL OR median_follow_up_months >= 0', name=op.f('ck_studies_median_follow_up_months')),
    sa.CheckConstraint('n_lesions IS NULL OR n_lesions > 0', name=op.f('ck_studies_n_lesions')),
    sa.CheckConstraint('n_patients IS NULL OR n_patients > 0', name=op.f('ck_studies_n_patients')),
    sa.CheckConstraint('year IS NULL OR (year >= 1900 AND year <= 2100)', name=op.f('ck_studies_year')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_studies')),
    sa.UniqueConstraint('doi', name=op.f('uq_studies_doi')),
    sa.UniqueConstraint('pmid', name=op.f('uq_studies_pmid'))
    )
    with op.batch_alter_table('studies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_studies_cancer'), ['cancer'], unique=False)
        batch_op.create_index(batch_op.f('ix_studies_curation_status'), ['curation_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_studies_design'), ['design'], unique=False)

    op.create_table('curation_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('study_id', sa.Integer(), nullable=True),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('row_id', sa.Integer(), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint("action IN ('load', 'accept', 'correct', 'repoint', 'reject', 'add', 'delete', 'status')", name=op.f('ck_curation_events_action')),
    sa.ForeignKeyConstraint(['study_id'], ['studies.id'], name=op.f('fk_curation_events_study_id_studies'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_curation_events'))
    )
    with op.batch_alter_table('curation_events', schema=None) as batch_op:
        batch_op.create_index('ix_curation_events_row', ['table_name', 'row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_curation_events_study_id'), ['study_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('study_id', sa.Integer(), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('ingested_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint('length(sha256) = 64', name=op.f('ck_documents_sha256')),
    sa.CheckConstraint('page_count IS NULL OR page_count >= 1', name=op.f('ck_documents_page_count')),
    sa.ForeignKeyConstraint(['study_id'], ['studies.id'], name=op.f('fk_documents_study_id_studies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('sha256', name=op.f('uq_documents_sha256'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_study_id'), ['study_id'], unique=False)

    op.create_table('cohorts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('study_id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=True),
    sa.Column('n', sa.Integer(), nullable=True),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('cited', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('char_start', sa.Integer(), nullable=True),
    sa.Column('char_end', sa.Integer(), nullable=True),
    sa.Column('quote', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('locator', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('pattern_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("status IN ('extracted', 'verified', 'corrected', 'rejected')", name=op.f('ck_cohorts_status')),
    sa.CheckConstraint("unit IN ('patients', 'lesions')", name=op.f('ck_cohorts_unit')),
    sa.CheckConstraint('char_start IS NULL OR char_end IS NULL OR char_start <= char_end', name=op.f('ck_cohorts_char_span')),
    sa.CheckConstraint('confidence IS NULL OR (confidence >= 0 AND confidence <= 1)', name=op.f('ck_cohorts_confidence')),
    sa.CheckConstraint('n IS NULL OR n > 0', name=op.f('ck_cohorts_n')),
    sa.CheckConstraint('page IS NULL OR page >= 1', name=op.f('ck_cohorts_page')),
    sa.CheckConstraint('parent_id IS NULL OR parent_id != id', name=op.f('ck_cohorts_parent')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_cohorts_document_id_documents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['cohorts.id'], name=op.f('fk_cohorts_parent_id_cohorts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['study_id'], ['studies.id'], name=op.f('fk_cohorts_study_id_studies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohorts')),
    sa.UniqueConstraint('study_id', 'key', name=op.f('uq_cohorts_study_id_key'))
    )
    with op.batch_alter_table('cohorts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cohorts_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohorts_study_id'), ['study_id'], unique=False)

    op.create_table('arms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('study_id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=True),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=True),
    sa.Column('n', sa.Integer(), nullable=True),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('char_start', sa.Integer(), nullable=True),
    sa.Column('char_end', sa.Integer(), nullable=True),
    sa.Column('quote', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('locator', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('pattern_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("status IN ('extracted', 'verified', 'corrected', 'rejected')", name=op.f('ck_arms_status')),
    sa.CheckConstraint('char_start IS NULL OR char_end IS NULL OR char_start <= char_end', name=op.f('ck_arms_char_span')),
    sa.CheckConstraint('confidence IS NULL OR (confidence >= 0 AND confidence <= 1)', name=op.f('ck_arms_confidence')),
    sa.CheckConstraint('n IS NULL OR n > 0', name=op.f('ck_arms_n')),
    sa.CheckConstraint('page IS NULL OR page >= 1', name=op.f('ck_arms_page')),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_arms_cohort_id_cohorts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_arms_document_id_documents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['study_id'], ['studies.id'], name=op.f('fk_arms_study_id_studies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arms')),
    sa.UniqueConstraint('study_id', 'key', name=op.f('uq_arms_study_id_key'))
    )
    with op.batch_alter_table('arms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_arms_cohort_id'), ['cohort_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_arms_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_arms_study_id'), ['study_id'], unique=False)

    op.create_table('dose_schedules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('study_id', sa.Integer(), nullable=False),
    sa.Column('arm_id', sa.Integer(), nullable=True),
    sa.Column('cohort_id', sa.Integer(), nullable=True),
    sa.Column('modality', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('target', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('agent', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('total_dose', sa.Float(), nullable=True),
    sa.Column('total_dose_low', sa.Float(), nullable=True),
    sa.Column('total_dose_high', sa.Float(), nullable=True),
    sa.Column('dose_unit', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('dose_per_fraction', sa.Float(), nullable=True),
    sa.Column('dose_per_fraction_low', sa.Float(), nullable=True),
    sa.Column('dose_per_fraction_high', sa.Float(), nullable=True),
    sa.Column('fractions', sa.Float(), nullable=True),
    sa.Column('fractions_low', sa.Float(), nullable=True),
    sa.Column('fractions_high', sa.Float(), nullable=True),
    sa.Column('schedule', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('statistic', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('bed10', sa.Float(), nullable=True),
    sa.Column('eqd2', sa.Float(), nullable=True),
    sa.Column('cited', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('char_start', sa.Integer(), nullable=True),
    sa.Column('char_end', sa.Integer(), nullable=True),
    sa.Column('quote', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('locator', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('pattern_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("dose_unit IS NULL OR dose_unit IN ('Gy', 'mg/m2', 'mg/kg', 'mg', 'g/m2', 'AUC')", name=op.f('ck_dose_schedules_dose_unit')),
    sa.CheckConstraint("modality IN ('ebrt', 'brachytherapy', 'sbrt', 'srs', 'chemotherapy', 'targeted', 'immunotherapy', 'hormonal', 'surgery', 'ablation', 'other')", name=op.f('ck_dose_schedules_modality')),
    sa.CheckConstraint("statistic IS NULL OR statistic IN ('fixed', 'median', 'mean', 'range')", name=op.f('ck_dose_schedules_statistic')),
    sa.CheckConstraint("status IN ('extracted', 'verified', 'corrected', 'rejected')", name=op.f('ck_dose_schedules_status')),
    sa.CheckConstraint('(arm_id IS NULL) != (cohort_id IS NULL)', name=op.f('ck_dose_schedules_group')),
    sa.CheckConstraint('char_start IS NULL OR char_end IS NULL OR char_start <= char_end', name=op.f('ck_dose_schedules_char_span')),
    sa.CheckConstraint('confidence IS NULL OR (confidence >= 0 AND confidence <= 1)', name=op.f('ck_dose_schedules_confidence')),
    sa.CheckConstraint('dose_per_fraction IS NULL OR dose_per_fraction > 0', name=op.f('ck_dose_schedules_dose_per_fraction')),
    sa.CheckConstraint('dose_per_fraction_low IS NULL OR dose_per_fraction_high IS NULL OR dose_per_fraction_low <= dose_per_fraction_high', name=op.f('ck_dose_schedules_dose_per_fraction_range')),
    sa.CheckConstraint('fractions IS NULL OR fractions > 0', name=op.f('ck_dose_schedules_fractions')),
    sa.CheckConstraint('fractions_low IS NULL OR fractions_high IS NULL OR fractions_low <= fractions_high', name=op.f('ck_dose_schedules_fractions_range')),
    sa.CheckConstraint('page IS NULL OR page >= 1', name=op.f('ck_dose_schedules_page')),
    sa.CheckConstraint('total_dose IS NULL OR total_dose > 0', name=op.f('ck_dose_schedules_total_dose')),
    sa.CheckConstraint('total_dose_low IS NULL OR total_dose_high IS NULL OR total_dose_low <= total_dose_high', name=op.f('ck_dose_schedules_total_dose_range')),
    sa.ForeignKeyConstraint(['arm_id'], ['arms.id'], name=op.f('fk_dose_schedules_arm_id_arms'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_dose_schedules_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_dose_schedules_document_id_documents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['study_id'], ['studies.id'], name=op.f('fk_dose_schedules_study_id_studies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dose_schedules'))
    )
    with op.batch_alter_table('dose_schedules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dose_schedules_agent'), ['agent'], unique=False)
        batch_op.create_index(batch_op.f('ix_dose_schedules_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dose_schedules_modality'), ['modality'], unique=False)
        batch_op.create_index(batch_op.f('ix_dose_schedules_study_id'), ['study_id'], unique=False)

    op.create_table('outcome_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('study_id', sa.Integer(), nullable=False),
    sa.Column('cohort_id', sa.Integer(), nullable=True),
    sa.Column('arm_id', sa.Integer(), nullable=True),
    sa.Column('endpoint', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('site', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('grade', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('measure', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('timepoint_months', sa.Float(), nullable=True),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('value_op', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('ci_low', sa.Float(), nullable=True),
    sa.Column('ci_high', sa.Float(), nullable=True),
    sa.Column('ci_level', sa.Float(), nullable=True),
    sa.Column('p_value', sa.Float(), nullable=True),
    sa.Column('p_op', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('comparator_cohort_id', sa.Integer(), nullable=True),
    sa.Column('comparator_arm_id', sa.Integer(), nullable=True),
    sa.Column('analysis', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('cited', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('char_start', sa.Integer(), nullable=True),
    sa.Column('char_end', sa.Integer(), nullable=True),
    sa.Column('quote', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('locator', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('extractor_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('pattern_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.CheckConstraint("analysis IS NULL OR analysis IN ('univariate', 'multivariate')", name=op.f('ck_outcome_results_analysis')),
    sa.CheckConstraint("measure != 'count' OR (unit = 'n' AND value >= 0)", name=op.f('ck_outcome_results_count')),
    sa.CheckConstraint("measure != 'rate' OR unit = '%'", name=op.f('ck_outcome_results_rate_unit')),
    sa.CheckConstraint("measure IN ('rate', 'median', 'mean', 'hr', 'or', 'rr', 'count', 'proportion')", name=op.f('ck_outcome_results_measure')),
    sa.CheckConstraint("measure NOT IN ('hr', 'or', 'rr') OR (unit = 'ratio' AND value > 0)", name=op.f('ck_outcome_results_ratio')),
    sa.CheckConstraint("p_op IS NULL OR p_op IN ('<', '<=', '=', '>=', '>')", name=op.f('ck_outcome_results_p_op')),
    sa.CheckConstraint("status IN ('extracted', 'verified', 'corrected', 'rejected')", name=op.f('ck_outcome_results_status')),
    sa.CheckConstraint("unit != '%' OR ((ci_low IS NULL OR ci_low >= 0) AND (ci_high IS NULL OR ci_high <= 100))", name=op.f('ck_outcome_results_percent_ci')),
    sa.CheckConstraint("unit != '%' OR (value >= 0 AND value <= 100)", name=op.f('ck_outcome_results_percent_value')),
    sa.CheckConstraint("unit IN ('%', 'months', 'ratio', 'n')", name=op.f('ck_outcome_results_unit')),
    sa.CheckConstraint("value_op IS NULL OR value_op IN ('<', '<=', '=', '>=', '>')", name=op.f('ck_outcome_results_value_op')),
    sa.CheckConstraint('(ci_low IS NULL) = (ci_high IS NULL)', name=op.f('ck_outcome_results_ci_pair')),
    sa.CheckConstraint('(cohort_id IS NULL) != (arm_id IS NULL)', name=op.f('ck_outcome_results_group')),
    sa.CheckConstraint('char_start IS NULL OR char_end IS NULL OR char_start <= char_end', name=op.f('ck_outcome_results_char_span')),
    sa.CheckConstraint('ci_level IS NULL OR (ci_level > 0 AND ci_level < 100)', name=op.f('ck_outcome_results_ci_level')),
    sa.CheckConstraint('ci_low IS NULL OR ci_high IS NULL OR ci_low <= ci_high', name=op.f('ck_outcome_results_ci_order')),
    sa.CheckConstraint('confidence IS NULL OR (confidence >= 0 AND confidence <= 1)', name=op.f('ck_outcome_results_confidence')),
    sa.CheckConstraint('p_value IS NULL OR (p_value >= 0 AND p_value <= 1)', name=op.f('ck_outcome_results_p_value')),
    sa.CheckConstraint('page IS NULL OR page >= 1', name=op.f('ck_outcome_results_page')),
    sa.CheckConstraint('timepoint_months IS NULL OR timepoint_months > 0', name=op.f('ck_outcome_results_timepoint')),
    sa.ForeignKeyConstraint(['arm_id'], ['arms.id'], name=op.f('fk_outcome_results_arm_id_arms'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], name=op.f('fk_outcome_results_cohort_id_cohorts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['comparator_arm_id'], ['arms.id'], name=op.f('fk_outcome_results_comparator_arm_id_arms'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['comparator_cohort_id'], ['cohorts.id'], name=op.f('fk_outcome_results_comparator_cohort_id_cohorts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_outcome_results_document_id_documents'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['endpoint'], ['endpoints.code'], name=op.f('fk_outcome_results_endpoint_endpoints')),
    sa.ForeignKeyConstraint(['study_id'], ['studies.id'], name=op.f('fk_outcome_results_study_id_studies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcome_results'))
    )
    with op.batch_alter_table('outcome_results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outcome_results_arm_id'), ['arm_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_results_cohort_id'), ['cohort_id'], unique=False)
        batch_op.create_index('ix_outcome_results_compare', ['endpoint', 'measure', 'timepoint_months'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_results_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outcome_results_study_id'), ['study_id'], unique=False)




def downgrade() -> None:
    with op.batch_alter_table('outcome_results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outcome_results_study_id'))
        batch_op.drop_index(batch_op.f('ix_outcome_results_document_id'))
        batch_op.drop_index('ix_outcome_results_compare')
        batch_op.drop_index(batch_op.f('ix_outcome_results_cohort_id'))
        batch_op.drop_index(batch_op.f('ix_outcome_results_arm_id'))

    op.drop_table('outcome_results')
    with op.batch_alter_table('dose_schedules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dose_schedules_study_id'))
        batch_op.drop_index(batch_op.f('ix_dose_schedules_modality'))
        batch_op.drop_index(batch_op.f('ix_dose_schedules_document_id'))
        batch_op.drop_index(batch_op.f('ix_dose_schedules_agent'))

    op.drop_table('dose_schedules')
    with op.batch_alter_table('arms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_arms_study_id'))
        batch_op.drop_index(batch_op.f('ix_arms_document_id'))
        batch_op.drop_index(batch_op.f('ix_arms_cohort_id'))

    op.drop_table('arms')
    with op.batch_alter_table('cohorts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cohorts_study_id'))
        batch_op.drop_index(batch_op.f('ix_cohorts_document_id'))

    op.drop_table('cohorts')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_study_id'))

    op.drop_table('documents')
    with op.batch_alter_table('curation_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_curation_events_study_id'))
        batch_op.drop_index('ix_curation_events_row')

    op.drop_table('curation_events')
    with op.batch_alter_table('studies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_studies_design'))
        batch_op.drop_index(batch_op.f('ix_studies_curation_status'))
        batch_op.drop_index(batch_op.f('ix_studies_cancer'))

    op.drop_table('studies')
    op.drop_table('endpoints')

