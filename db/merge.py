"""Storing an extraction's rows into a study that may already hold curated rows.

One function serves the three ways rows arrive: a new paper (an empty study), a re-extraction
of a stored document by a newer extractor, and another document of a known study
(``--as-document-of``). The rule is the same each time: a row a curator verified, corrected or
rejected is never changed; new values become candidates beside it, and where they disagree with
a verified value the disagreement is reported as a :class:`Conflict`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, SQLModel, func, select

from oncoev.db.audit import record_event
from oncoev.db.quotes import locate, page_of
from oncoev.db.rows import (
    BY_TABLE,
    CURATED,
    SECTIONS,
    Groups,
    Section,
    derived_doses,
    field_state,
    identity,
    snapshot,
    study_rows,
    to_columns,
    to_contract,
)
from oncoev.schema.contract import DocumentIn, Extraction, ExtractorIn, RowProvenance, shorten
from oncoev.schema.models import Arm, Cohort, CurationEvent, Document, DoseSchedule, Endpoint, OutcomeResult, Study

# The fields whose disagreement with a verified row is worth a curator's look. Wording (labels,
# descriptions) differs between a curator and a rule without either being wrong.
COMPARED = {
    "cohorts": ("n", "unit"),
    "arms": ("n",),
    "doses": ("total_dose", "total_dose_low", "total_dose_high", "dose_unit", "dose_per_fraction",
              "dose_per_fraction_low", "dose_per_fraction_high", "fractions", "fractions_low", "fractions_high",
              "statistic"),
    "results": ("value", "value_op", "unit", "ci_low", "ci_high", "ci_level", "p_value", "p_op"),
}


@dataclass
class Conflict:
    """A value the extractor reads now that differs from the one a curator verified."""

    table: str
    row_id: int
    field: str
    verified: Any
    extracted: Any
    candidate_id: int | None = None  # the candidate row added beside the verified one
    quote: str | None = None

    def describe(self) -> str:
        beside = f"; new candidate {self.candidate_id}" if self.candidate_id is not None else ""
        return (f"{self.table} {self.row_id}: {self.field} is {self.verified!r} (verified), "
                f"the extractor now reads {self.extracted!r}{beside}")


class MergeRefused(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class MergeOutcome:
    added: dict[str, int] = field(default_factory=dict)
    replaced: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


def document_row(meta: DocumentIn, study_id: int, extractor: ExtractorIn, filename: str) -> Document:
    """The documents row for a document of the contract (``filename`` when it names none)."""
    return Document(study_id=study_id, filename=meta.filename or filename, sha256=meta.sha256,
                    media_type=meta.media_type, page_count=meta.pages, text=meta.text, page_starts=meta.page_starts,
                    extractor=extractor.name, extractor_version=extractor.version)


def _freeze(values: dict[str, Any]) -> tuple:
    return tuple(sorted((k, repr(v)) for k, v in values.items()))


def _corrected_away(session: Session, study_id: int) -> set[tuple]:
    """Values a curator already corrected or re-pointed: an extractor reading them again is not news.

    The audit log's ``before`` of a correct / repoint event holds the row's values as they were.
    """
    events = session.exec(select(CurationEvent).where(
        CurationEvent.study_id == study_id, CurationEvent.action.in_(("correct", "repoint")))).all()
    out = set()
    for e in events:
        section = BY_TABLE.get(e.table_name)
        if section is not None and isinstance(e.before, dict):
            out.add((e.table_name, _freeze({k: e.before.get(k) for k in section.value_fields})))
    return out


class _Merger:
    def __init__(self, session: Session, study: Study, document: Document, ext: Extraction, mode: str, actor: str):
        self.session, self.study, self.document, self.ext, self.mode = session, study, document, ext, mode
        self.actor = actor
        # A file's row statuses count only when it creates the study (a curated file, an export read
        # back): into a study that exists, every row comes as a candidate. Only a curator's apply makes
        # a row of a stored study verified.
        self.keeps_statuses = mode == "loaded"
        self.default_status = "verified" if ext.curation.status == "verified" and self.keeps_statuses else "extracted"
        self.documents: dict[str, Document] = {ext.document.sha256: document}
        self.documents_meta: dict[str, DocumentIn] = {ext.document.sha256: ext.document}
        self.out = MergeOutcome()
        self.added: Counter = Counter()
        self.kept: Counter = Counter()
        # (section, key) of the groups this extraction inserted or updated
        self.written: set[tuple[str, str]] = set()

    # -- documents -----------------------------------------------------------------------
    def attach_documents(self) -> None:
        for meta in self.ext.attached_documents:
            doc = self.session.exec(select(Document).where(Document.sha256 == meta.sha256)).first()
            if doc is not None and doc.study_id != self.study.id:
                raise MergeRefused([f"attached document {meta.sha256[:12]} is already a document of study "
                                    f"{doc.study_id}"])
            if doc is None:
                doc = document_row(meta, self.study.id, self.ext.extractor, meta.sha256[:12])
                self.session.add(doc)
                self.session.flush()
            self.documents[meta.sha256] = doc
            self.documents_meta[meta.sha256] = meta

    def reanchor(self) -> None:
        """Point stored quotes at the new text when a re-extraction read the file differently."""
        new, doc = self.ext.document, self.document
        if new.text is not None and new.text != doc.text:
            problems = []
            for section in SECTIONS.values():
                for row in study_rows(self.session, section, self.study.id):
                    if row.document_id != doc.id or row.quote is None:
                        continue
                    span = locate(new.text, row.quote, near=row.char_start)
                    if span is None:
                        if row.status in CURATED or row.status == "rejected":
                            problems.append(f"{section.table} {row.id} ({row.status}): its quote "
                                            f"{shorten(row.quote)!r} is not in the new text")
                        row.char_start = row.char_end = None
                        continue
                    row.char_start, row.char_end = span
                    row.quote = new.text[span[0]:span[1]]
                    row.page = page_of(new.page_starts, span[0]) or row.page
            if problems:
                raise MergeRefused(["the new extraction reads this file into a different text, and curated rows "
                                    "would lose their quotes; nothing was changed:", *problems])
            doc.text, doc.page_starts = new.text, new.page_starts
        doc.page_count = new.pages if new.pages is not None else doc.page_count
        doc.extractor, doc.extractor_version = self.ext.extractor.name, self.ext.extractor.version

    def store_unexplained(self) -> None:
        """Each document's unexplained numbers, as this extraction lists them (the main document's list
        replaces the old one; an attached document's is set when the extraction lists any for it)."""
        if self.ext.unexplained is None:
            return
        main = self.ext.document.sha256
        lists: dict[str, list[dict[str, Any]]] = {main: []}
        for item in self.ext.unexplained:
            lists.setdefault(item.document_sha256 or main, []).append(
                item.model_dump(exclude_none=True, exclude={"document_sha256"}))
        for sha, items in lists.items():
            self.documents[sha].unexplained = items

    # -- rows ----------------------------------------------------------------------------
    def provenance(self, row: RowProvenance) -> dict[str, Any]:
        sha = row.document_sha256 or self.ext.document.sha256
        doc, meta = self.documents[sha], self.documents_meta[sha]
        start, end = row.char_start, row.char_end
        if row.quote is not None and start is None and meta.text is not None:
            span = locate(meta.text, row.quote)
            if span is not None:
                start, end = span
        return {
            "document_id": doc.id,
            "page": row.page if row.page is not None else page_of(meta.page_starts, start),
            "char_start": start, "char_end": end, "quote": row.quote, "locator": row.locator,
            "extractor": row.extractor or self.ext.extractor.name,
            "extractor_version": row.extractor_version if row.extractor else self.ext.extractor.version,
            "pattern_id": row.pattern_id, "confidence": row.confidence,
            "status": (row.status if self.keeps_statuses else None) or self.default_status,
        }

    def replace_candidates(self) -> list[SQLModel]:
        """Delete this document's unreviewed results and doses; return its unreviewed groups."""
        groups: list[SQLModel] = []
        for section in SECTIONS.values():
            old = [r for r in study_rows(self.session, section, self.study.id)
                   if r.document_id == self.document.id and r.status == "extracted"]
            if section.name in ("cohorts", "arms"):
                groups.extend(old)
                continue
            if old:
                self.event(section.table, None, "delete", before=[snapshot(r) for r in old],
                           note=f"{len(old)} unreviewed candidates replaced by the re-extraction")
                for r in old:
                    self.session.delete(r)
                self.out.replaced[section.name] = len(old)
        self.session.flush()
        return groups

    def merge_groups(self, section: Section, rows: list, groups: Groups) -> None:
        link = section.group_fields[0]  # parent (cohorts) or cohort (arms)
        stored = groups.cohorts if section.name == "cohorts" else groups.arms
        for new in rows:
            values = new.model_dump(include=set(section.value_fields))
            existing = stored.get(new.key)
            if existing is None:
                row = section.model(study_id=self.study.id, **to_columns(section, {**values, link: None}, groups),
                                    **self.provenance(new))
                self.session.add(row)
                self.session.flush()
                groups.add(row)
                self.written.add((section.name, new.key))
                self.added[section.name] += 1
            elif existing.status == "extracted" and existing.document_id == self.document.id:
                for k, v in {**to_columns(section, {**values, link: None}, groups), **self.provenance(new)}.items():
                    setattr(existing, k, v)
                self.written.add((section.name, new.key))
                self.added[section.name] += 1
            else:
                self.kept[section.name] += 1
                if existing.status in CURATED:
                    self.conflicts(section, existing, to_contract(section, existing, groups), values, None, new.quote)
        # Links last: a parent may come after its child in the list.
        for new in rows:
            target = getattr(new, link)
            row = stored[new.key]
            if target is not None and (section.name, new.key) in self.written and target in groups.cohorts:
                if section.name == "cohorts":
                    row.parent_id = groups.cohorts[target].id
                else:
                    row.cohort_id = groups.cohorts[target].id

    def merge_numbers(self, section: Section, rows: list, groups: Groups, corrected: set[tuple]) -> None:
        stored: dict[tuple, list] = {}
        for row in study_rows(self.session, section, self.study.id):
            values = to_contract(section, row, groups)
            stored.setdefault(identity(section, values), []).append((row, values))
        added = []
        for new in rows:
            values = new.model_dump(include=set(section.value_fields))
            if section.name == "doses" and values["bed10"] is None and values["eqd2"] is None:
                values["bed10"], values["eqd2"] = derived_doses(values)
            if any(groups.status(values[f]) == "rejected" for f in section.group_fields if values.get(f)):
                self.kept[section.name] += 1  # its group was rejected by a curator
                continue
            same = stored.get(identity(section, values), [])
            if any(v == values for _, v in same) or (section.table, _freeze(values)) in corrected:
                self.kept[section.name] += 1
                continue
            row = section.model(study_id=self.study.id, **to_columns(section, values, groups), **self.provenance(new))
            self.session.add(row)
            added.append((row, values, [(r, v) for r, v in same if r.status in CURATED], new.quote))
            self.added[section.name] += 1
        self.session.flush()
        for row, values, curated, quote in added:
            for old, old_values in curated:
                self.conflicts(section, old, old_values, values, row.id, quote)

    def conflicts(self, section: Section, row: SQLModel, verified: dict, new: dict, candidate: int | None,
                  quote: str | None) -> None:
        for name in COMPARED[section.name]:
            if verified.get(name) != new.get(name):
                self.out.conflicts.append(Conflict(section.table, row.id, name, verified.get(name), new.get(name),
                                                   candidate, quote))

    def drop_orphans(self, old_groups: list[SQLModel]) -> None:
        """Delete the document's old unreviewed groups that this extraction did not find again and no row uses."""
        gone: dict[str, list] = {}
        for row in sorted(old_groups, key=lambda r: isinstance(r, Cohort)):  # arms before their cohorts
            found_again = (BY_TABLE[row.__tablename__].name, row.key) in self.written
            if found_again or _referenced(self.session, row):
                continue
            gone.setdefault(row.__tablename__, []).append(snapshot(row))
            self.session.delete(row)
            self.session.flush()
        for table, rows in gone.items():
            self.event(table, None, "delete", before=rows,
                       note=f"{len(rows)} unreviewed groups the re-extraction no longer finds")
            name = BY_TABLE[table].name
            self.out.replaced[name] = self.out.replaced.get(name, 0) + len(rows)

    def merge_study_fields(self) -> list[str]:
        if self.mode == "loaded":
            return []
        changed = []
        provenance = dict(self.study.field_provenance or {})
        extracted = self.ext.study.provenance or {}
        for name, new in self.ext.study.model_dump(exclude={"provenance"}).items():
            current = getattr(self.study, name)
            if new is None or new == current:
                continue
            if field_state(provenance, name) in CURATED:
                self.out.conflicts.append(Conflict("studies", self.study.id, name, current, new,
                                                   quote=(extracted.get(name) or {}).get("quote")))
            elif current is None or self.mode == "re-extracted":
                setattr(self.study, name, new)
                meta = extracted.get(name)
                # As for rows: a field of a stored study is checked by a curator, not by a file.
                provenance[name] = {k: v for k, v in meta.items() if k not in ("status", "curator")} \
                    if isinstance(meta, dict) else meta
                changed.append(name)
        self.study.field_provenance = provenance or None
        return changed

    def event(self, table: str, row_id: int | None, action: str, *, before: Any = None, after: Any = None,
              note: str | None = None) -> None:
        record_event(self.session, self.study.id, table, row_id, action, self.actor, before=before, after=after,
                     note=note)


def _referenced(session: Session, row: SQLModel) -> bool:
    if isinstance(row, Cohort):
        checks = [(OutcomeResult, or_(OutcomeResult.cohort_id == row.id, OutcomeResult.comparator_cohort_id == row.id)),
                  (DoseSchedule, DoseSchedule.cohort_id == row.id), (Arm, Arm.cohort_id == row.id),
                  (Cohort, Cohort.parent_id == row.id)]
    else:
        checks = [(OutcomeResult, or_(OutcomeResult.arm_id == row.id, OutcomeResult.comparator_arm_id == row.id)),
                  (DoseSchedule, DoseSchedule.arm_id == row.id)]
    return any(session.exec(select(func.count()).select_from(model).where(where)).one() for model, where in checks)


def merge_extraction(session: Session, study: Study, document: Document, ext: Extraction, *, mode: str,
                     actor: str, source: str) -> MergeOutcome:
    """Store ``ext``'s rows into ``study`` (``document`` is already in the session).

    ``mode`` is "loaded" (a new study), "re-extracted" (``document`` was read again: its
    unreviewed candidates are replaced) or "attached" (another document of the study).
    Raises :class:`MergeRefused` when curated rows would lose their quotes.
    """
    m = _Merger(session, study, document, ext, mode, actor)
    m.attach_documents()
    old_groups: list[SQLModel] = []
    if mode == "re-extracted":
        m.reanchor()
        old_groups = m.replace_candidates()
    m.store_unexplained()
    fields_changed = m.merge_study_fields()

    known = set(session.exec(select(Endpoint.code)).all())
    for r in ext.results:
        if r.endpoint not in known:
            session.add(Endpoint(code=r.endpoint, name=r.endpoint, kind="other",
                                 definition=f"Added when loading {source}; not in the shipped vocabulary."))
            known.add(r.endpoint)
    session.flush()

    groups = Groups(session, study.id)
    m.merge_groups(SECTIONS["cohorts"], ext.cohorts, groups)
    m.merge_groups(SECTIONS["arms"], ext.arms, groups)
    corrected = _corrected_away(session, study.id)
    m.merge_numbers(SECTIONS["doses"], ext.doses, groups, corrected)
    m.merge_numbers(SECTIONS["results"], ext.results, groups, corrected)
    m.drop_orphans(old_groups)

    m.out.added = {s: m.added[s] for s in SECTIONS}
    m.out.kept = {s: n for s, n in m.kept.items() if n}
    if mode != "loaded" and sum(m.out.added.values()) and study.curation_status == "verified":
        m.event("studies", study.id, "status", before={"curation_status": "verified"},
                after={"curation_status": "in_review"}, note="new candidates to review")
        study.curation_status = "in_review"
    m.event("studies", study.id, "load", note=ext.curation.note, after={
        "mode": mode, "source": source, "sha256": ext.document.sha256, "document_id": document.id,
        "extractor": ext.extractor.name, "extractor_version": ext.extractor.version,
        "curation_status": study.curation_status, "counts": m.out.added, "replaced": m.out.replaced,
        "kept": m.out.kept, "study_fields_changed": fields_changed,
        "conflicts": [asdict(c) for c in m.out.conflicts]})
    session.flush()
    return m.out
