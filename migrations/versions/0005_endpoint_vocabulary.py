"""The endpoint vocabulary as data in the schema: every code GOLD_FORMAT.md lists.

Before this revision only `evidence init` wrote the vocabulary (from schema/endpoints.yaml), so a
database upgraded with plain `alembic upgrade` had an empty `endpoints` table and the loader gave
every code kind "other". The list below is frozen at this revision; later vocabulary changes reach
existing databases through `evidence init` (db/vocabulary.py), which also refreshes names.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

VOCABULARY = [
    ('OS', 'time-to-event', 'Overall survival', 'Time from the start of treatment (or diagnosis) to death from any cause; rates are the proportion alive at a time point.'),
    ('PFS', 'time-to-event', 'Progression-free survival', 'Time to disease progression anywhere or death.'),
    ('DFS', 'time-to-event', 'Disease-free survival', 'Time to recurrence or death after treatment with curative intent.'),
    ('LC', 'time-to-event', 'Local control', 'Absence of progression of the treated lesion(s).'),
    ('LRFS', 'time-to-event', 'Local recurrence-free survival', 'Time to local recurrence (also reported as local recurrence-free rate).'),
    ('PCR', 'time-to-event', 'Pelvic control rate', 'Absence of progression within the pelvis.'),
    ('DMFS', 'time-to-event', 'Distant metastasis-free survival', 'Time to distant metastasis or death.'),
    ('CFI', 'time-to-event', 'Chemotherapy-free interval', 'Time from the end of one line of chemotherapy to the start of the next.'),
    ('STFS', 'time-to-event', 'Systemic therapy-free survival', 'Time to the start of a new systemic therapy or death.'),
    ('CSS', 'time-to-event', 'Cancer-specific survival', 'Time to death from the cancer under study.'),
    ('TTP', 'time-to-event', 'Time to progression', 'Time to disease progression (deaths without progression censored).'),
    ('ORR', 'response', 'Objective response rate', 'Complete plus partial responses (CR + PR).'),
    ('DCR', 'response', 'Disease control rate', 'Complete or partial response or stable disease (CR + PR + SD).'),
    ('CR', 'response', 'Complete response', 'Disappearance of all target disease (RECIST or as defined by the study).'),
    ('PR', 'response', 'Partial response', 'At least a 30% decrease of target lesions (RECIST) or as defined by the study.'),
    ('SD', 'response', 'Stable disease', 'Neither response nor progression.'),
    ('PD', 'response', 'Progressive disease', 'Growth of target lesions or new lesions.'),
    ('pCR', 'response', 'Pathological complete response', 'No viable tumour in the resected specimen (distinct from PCR, pelvic control rate).'),
    ('PAIN_RESPONSE', 'response', 'Palliative pain response', 'Relief of pain after palliative treatment.'),
    ('PATH_STAGE', 'response', 'Pathological stage', "Stage found at surgery after neoadjuvant treatment; the stage is the result's category (ypT0, ...)."),
    ('DOWNSTAGING', 'response', 'Downstaging', 'Reduction of stage between clinical and pathological staging.'),
    ('R0_RESECTION', 'response', 'R0 resection', 'Resection with microscopically negative margins.'),
    ('TOX', 'toxicity', 'Toxicity', "Adverse events; grade and category (the toxicity term) qualify each result. Grade '0' means no toxicity."),
    ('FAIL_LOCAL', 'pattern-of-failure', 'Local failure', 'First failure in the treated or local region only.'),
    ('FAIL_DISTANT', 'pattern-of-failure', 'Distant failure', 'Failure at distant sites.'),
    ('FAIL_LOCAL_DISTANT', 'pattern-of-failure', 'Local and distant failure', 'Simultaneous local and distant failure.'),
    ('FAIL_ANY', 'pattern-of-failure', 'Any failure', 'Failure at any site.'),
    ('DEATH', 'other', 'Death', 'Deaths counted during follow-up.'),
    ('FAIL_REGIONAL', 'pattern-of-failure', 'Regional failure', 'Failure in the regional (nodal) basin.'),
    ('FAIL_OLIGOPROGRESSION', 'pattern-of-failure', 'Oligoprogression', 'Progression in a few sites only.'),
    ('TTP_LOCAL', 'time-to-event', 'Time to local progression', 'Time to progression of the treated lesion(s).'),
    ('DOR', 'time-to-event', 'Duration of response', 'Time from first response to progression or death.'),
    ('EFS', 'time-to-event', 'Event-free survival', 'Time to a protocol-defined event (progression, relapse, death, ...).'),
    ('RFS', 'time-to-event', 'Recurrence-free survival', 'Time to recurrence or death.'),
    ('PATH_RESPONSE', 'response', 'Pathological response grade', "Tumour regression by a grading system; the system's term is the result's category."),
    ('R1_RESECTION', 'response', 'R1 resection', 'Resection with microscopically positive margins.'),
    ('NON_RADICAL_RESECTION', 'response', 'Non-radical resection', 'Resection that is not R0 (R1 or R2).'),
    ('MARGIN_POSITIVE', 'response', 'Positive margin', 'Tumour at the resection margin (circumferential or distal).'),
    ('SECONDARY_RESECTION', 'response', 'Secondary resection', 'Resection made possible by downstaging.'),
    ('SPHINCTER_PRESERVATION', 'other', 'Sphincter preservation', 'Surgery that keeps the anal sphincter.'),
    ('PERMANENT_STOMA', 'other', 'Permanent stoma', 'A stoma that is not reversed.'),
    ('POSTOP_COMPLICATION', 'toxicity', 'Postoperative complication', "Complications after surgery; the complication is the result's category."),
    ('REOPERATION', 'toxicity', 'Reoperation', 'A further operation for a complication.'),
    ('SAE', 'toxicity', 'Serious adverse events', 'Adverse events that are serious by the regulatory definition.'),
    ('TREATMENT_COMPLETION', 'other', 'Treatment completion', 'Treatment given in full as planned.'),
    ('TREATMENT_ONGOING', 'other', 'Treatment ongoing', 'Patients still on treatment at the analysis.'),
    ('DISCONTINUATION', 'other', 'Discontinuation', 'Treatment stopped early (toxicity, progression, choice).'),
    ('DOSE_REDUCTION', 'other', 'Dose reduction', 'A dose lowered during treatment.'),
    ('RT_INTERRUPTION', 'other', 'Radiotherapy interruption', 'A break in a course of radiotherapy.'),
    ('RETREATMENT', 'other', 'Retreatment', 'A further course of treatment of the same site.'),
    ('SRE', 'other', 'Skeletal-related event', 'A pathological fracture, spinal cord compression, or radiotherapy or surgery to bone.'),
    ('SRE_MULTIPLE', 'other', 'Multiple skeletal-related events', 'First and subsequent skeletal-related events.'),
    ('SYMPTOM_RESPONSE', 'response', 'Symptom response', "Palliation of a named symptom; the symptom is the result's category."),
    ('PALLIATIVE_EFFECT', 'response', 'Palliative effect', 'Any palliation reported by the study.'),
    ('NARCOTIC_FREE', 'other', 'Narcotic-free', 'Patients no longer needing opioid analgesia.'),
    ('PAIN_WORSENING', 'other', 'Pain worsening', 'An increase of pain from baseline.'),
    ('PAIN_MODERATE_SEVERE', 'other', 'Moderate or severe pain', 'Pain rated moderate or severe.'),
    ('PAIN_INTERFERENCE_WORSENING', 'other', 'Pain interference worsening', 'Pain interfering more with daily activities.'),
]


def upgrade() -> None:
    con = op.get_bind()
    for code, kind, name, definition in VOCABULARY:
        # A code the loader added before (kind "other") takes its vocabulary kind and name.
        con.execute(sa.text("INSERT INTO endpoints (code, kind, name, definition) VALUES (:c, :k, :n, :d) "
                            "ON CONFLICT(code) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
                            "definition = excluded.definition"),
                    {"c": code, "k": kind, "n": name, "d": definition})


def downgrade() -> None:
    # The rows are valid data under revision 0004 as well (the table and its columns are unchanged),
    # and results may name them: a downgrade keeps them, so that no row is lost on the way down.
    pass
