"""Storing many extractions at once: batched transactions and Core inserts.

``evidence add --jobs N`` and ``evidence load OUTDIR`` hand every extraction to one
:class:`BatchWriter`. It stores papers in batches, one transaction per batch: committing is
the dearest part of a small paper's load (the file is synced each time), and a batch pays it
once. A new paper (the common case of a large run) is inserted with one ``executemany`` per
table for the whole batch, rows built exactly as :func:`oncoev.db.merge.merge_extraction` builds
them for a new study; everything else (a re-extraction, a second document of a study, a DOI
already stored, a file naming attached documents) goes through
:func:`oncoev.db.load.load_extraction`, row by row, as before.

Each paper is still all or nothing: a batch whose insert the database refuses is stored again
paper by paper, each in a savepoint, so that only the paper at fault is refused. What a paper
became is reported as a :class:`Stored` (the :class:`~oncoev.db.load.LoadReport`, or the error).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import configure_mappers

from oncoev.db.load import DEFAULT_ACTOR, LoadReport, _study, has_study_content, load_extraction, validate
from oncoev.db.merge import _Merger, document_row
from oncoev.db.rows import SECTIONS, Groups, derived_doses, to_columns
from oncoev.db.studies import _title_key
from oncoev.errors import EvidenceError, LoadError
from oncoev.schema.contract import Extraction
from oncoev.schema.models import CurationEvent, Document, Endpoint, Study

# A batch is stored when it holds this many papers, or when its oldest paper has waited this long
# (so that a slow stream of papers, or a person watching, still sees them stored).
BATCH_PAPERS = 200
BATCH_SECONDS = 2.0

TABLES = {"studies": Study, "documents": Document, **{s.name: s.model for s in SECTIONS.values()},
          "events": CurationEvent}


@dataclass
class Stored:
    """What became of one extraction: its load report, or the error that refused it."""

    source: str
    report: LoadReport | None = None
    error: EvidenceError | None = None
    seconds: float = 0.0  # this paper's share of its batch's storing time
    extra: Any = None  # whatever the caller handed in with the extraction, handed back


@dataclass
class _Pending:
    source: str
    data: Any
    ext: Extraction | None
    error: EvidenceError | None = None
    extra: Any = None
    stored: Stored | None = None


@dataclass
class _Group:
    """A group row of a new paper, as much of it as Groups reads."""

    id: int
    key: str
    section: str


class _NewGroups(Groups):
    """The group keys of a study being created: nothing stored yet, nothing to query."""

    def __init__(self) -> None:
        self.cohorts, self.arms, self._cohort_keys, self._arm_keys = {}, {}, {}, {}

    @staticmethod
    def is_cohort(row: _Group) -> bool:
        return row.section == "cohorts"


@dataclass
class _Rows:
    """Every row of a batch's new papers, table by table, with their ids already given."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {name: [] for name in TABLES})
    endpoints: list[dict[str, Any]] = field(default_factory=list)


class _Ids:
    """The next free id of each table, read once per batch while the batch holds the write lock.

    Giving ids here lets a whole batch go in with one executemany per table (child rows need
    their parents' ids). Ids continue after the largest ever given (sqlite_sequence, where a
    table has AUTOINCREMENT), so an id is never reused.
    """

    def __init__(self, connection) -> None:
        sequences: dict[str, int] = {}
        if connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").first():
            sequences = dict(connection.exec_driver_sql("SELECT name, seq FROM sqlite_sequence").all())
        self.next: dict[str, int] = {}
        for model in TABLES.values():
            table = model.__tablename__
            largest = connection.exec_driver_sql(f'SELECT max(id) FROM "{table}"').scalar() or 0
            self.next[table] = max(largest, sequences.get(table, 0)) + 1

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def _columns(model) -> dict[str, Any]:
    """Every column of ``model``'s table with the model's default (None where it has none or a
    factory): executemany needs the same keys in every row."""
    out = {}
    for column in model.__table__.columns:
        info = model.model_fields.get(column.name)
        default = info.get_default(call_default_factory=False) if info is not None else None
        out[column.name] = None if info is None or info.default_factory is not None else default
    return out


class BatchWriter:
    """One writer for many papers: ``add`` extractions as they come, ``flush`` at the end.

    ``add`` and ``flush`` return the :class:`Stored` of the papers they stored, in the order they
    were added; ``add`` validates at once, so that a paper the contract refuses is reported at once.
    """

    def __init__(self, engine: Engine, *, actor: str | None = None, as_document_of: str | int | None = None,
                 same_paper: bool = False, require_content: bool = False, batch_papers: int = BATCH_PAPERS,
                 batch_seconds: float = BATCH_SECONDS, clock=time.monotonic):
        self.engine, self.actor, self.as_document_of = engine, actor, as_document_of
        # same_paper: a file of a stored paper (same DOI, PMID or title) joins that paper's study, as
        # `evidence add` does (see load_extraction); the titles stored are read once, then kept up to date.
        self.same_paper, self.require_content = same_paper, require_content
        self.titles: set[str] | None = None
        self.batch_papers, self.batch_seconds, self.clock = batch_papers, batch_seconds, clock
        self.pending: list[_Pending] = []
        self.oldest: float | None = None
        self.templates = {name: _columns(model) for name, model in TABLES.items()}
        # The mappers' relations are set up on their first query (a few hundredths of a second); set up now,
        # while `evidence add`'s extraction runs elsewhere, they are not part of the wait for the first paper.
        configure_mappers()

    def add(self, data: Any, source: str, extra: Any = None) -> list[Stored]:
        try:
            ext = validate(data, source)
            self.pending.append(_Pending(source, data, ext, extra=extra))
        except EvidenceError as e:
            self.pending.append(_Pending(source, data, None, e, extra=extra))
        if self.oldest is None:
            self.oldest = self.clock()
        if len(self.pending) >= self.batch_papers or self.clock() - self.oldest >= self.batch_seconds:
            return self.flush()
        return []

    def flush(self) -> list[Stored]:
        batch, self.pending, self.oldest = self.pending, [], None
        if not batch:
            return []
        started = self.clock()
        remaining = []
        for p in batch:
            if p.ext is None:
                p.stored = Stored(p.source, error=p.error)
            else:
                remaining.append(p)
        while remaining:
            # New papers go in together, up to the first that needs the full loader; that one is
            # stored next, in its own transaction, so that papers are stored in the order given.
            head = self._store_new(remaining)
            if head < len(remaining):
                self._load_one(remaining[head])
                head += 1
            remaining = remaining[head:]
        share = (self.clock() - started) / len(batch)
        out = []
        for p in batch:
            p.stored.seconds, p.stored.extra = share, p.extra
            out.append(p.stored)
        return out

    def _actor(self, ext: Extraction) -> str:
        return self.actor or ext.curation.curator or DEFAULT_ACTOR

    def _load_one(self, p: _Pending) -> None:
        try:
            p.stored = Stored(p.source, load_extraction(self.engine, p.data, source=p.source, actor=self._actor(p.ext),
                                                        as_document_of=self.as_document_of, same_paper=self.same_paper,
                                                        require_content=self.require_content))
        except EvidenceError as e:
            p.stored = Stored(p.source, error=e)

    # -- one transaction -------------------------------------------------------------------------
    def _store_new(self, papers: list[_Pending]) -> int:
        """In one transaction, answer the leading papers already stored and insert the leading new ones;
        returns how many leading papers were dealt with (the next one needs the full loader)."""
        with _writing(self.engine).connect() as connection, connection.begin():
            kinds = self._sort(connection, papers)
            head = next((i for i, kind in enumerate(kinds) if kind == "full"), len(papers))
            new = [p for p, kind in zip(papers[:head], kinds[:head], strict=True) if kind == "new"]
            if new:
                try:
                    with connection.begin_nested():
                        self._insert(connection, new)
                except IntegrityError:
                    # A row broke a constraint the contract does not check: store the papers one by one,
                    # each in a savepoint, so that only the paper at fault is refused.
                    for p in new:
                        try:
                            with connection.begin_nested():
                                self._insert(connection, [p])
                        except IntegrityError as e:
                            p.stored = Stored(p.source, error=LoadError(
                                [f"the database refused the data: {e.orig}"], p.source))
        return head

    def _sort(self, connection, batch: list[_Pending]) -> list[str]:
        """Each paper's way in: "unchanged" (answered here), "new" (executemany) or "full": a
        re-extraction, a DOI or PMID already stored, attached documents (the full loader)."""
        shas = list({p.ext.document.sha256 for p in batch})
        stored = {}
        for chunk in _chunks(shas):
            stored.update({row.sha256: row for row in connection.execute(
                select(Document.id, Document.sha256, Document.study_id, Document.extractor,
                       Document.extractor_version).where(Document.sha256.in_(chunk)))})
        taken: dict[str, set[str]] = {"doi": set(), "pmid": set()}
        for name in taken:
            values = list({getattr(p.ext.study, name) for p in batch} - {None})
            for chunk in _chunks(values):
                column = getattr(Study, name)
                taken[name] |= set(connection.execute(select(column).where(column.in_(chunk))).scalars())
        if self.same_paper and self.titles is None:
            self.titles = {k for (title,) in connection.execute(select(Study.title)) if (k := _title_key(title))}
        titles = set(self.titles or ())
        kinds, seen = [], set()
        for p in batch:
            ext, doc = p.ext, stored.get(p.ext.document.sha256)
            if doc is not None and (doc.extractor, doc.extractor_version) == (ext.extractor.name,
                                                                               ext.extractor.version):
                p.stored = Stored(p.source, LoadReport(
                    p.source, "unchanged", doc.study_id, document_id=doc.id,
                    note=f"already stored as document {doc.id} of study {doc.study_id}, "
                         f"read by {ext.extractor.name} {ext.extractor.version}"))
                kinds.append("unchanged")
                continue
            identifiers = [(name, getattr(ext.study, name)) for name in taken if getattr(ext.study, name)]
            title = _title_key(ext.study.title) if self.same_paper else None
            full = (doc is not None or ext.attached_documents or ext.document.sha256 in seen
                    or (self.require_content and not has_study_content(p.data))
                    or self.as_document_of is not None or (title is not None and title in titles)
                    or any(value in taken[name] for name, value in identifiers)
                    or any(r.document_sha256 not in (None, ext.document.sha256)
                           for section in SECTIONS.values() for r in getattr(ext, section.name)))
            kinds.append("full" if full else "new")
            seen.add(ext.document.sha256)
            for name, value in identifiers:
                taken[name].add(value)  # a second paper with this DOI in the batch meets the loader's refusal
            if title is not None:
                titles.add(title)
        return kinds

    def _insert(self, connection, papers: list[_Pending]) -> None:
        ids = _Ids(connection)
        known = set(connection.execute(select(Endpoint.code)).scalars())
        rows = _Rows()
        reports = [self._rows_of(p, ids, known, rows) for p in papers]
        if rows.endpoints:
            connection.execute(insert(Endpoint), rows.endpoints)
        for name, model in TABLES.items():
            if rows.tables[name]:
                connection.execute(insert(model), rows.tables[name])
        for p, report in zip(papers, reports, strict=True):
            p.stored = Stored(p.source, report)
            if self.titles is not None and (key := _title_key(p.ext.study.title or p.ext.source)):
                self.titles.add(key)

    def _row(self, name: str, obj) -> dict[str, Any]:
        values = self.templates[name].copy()
        values.update({k: v for k, v in obj.__dict__.items() if k in values})
        return values

    def _rows_of(self, p: _Pending, ids: _Ids, known: set[str], rows: _Rows) -> LoadReport:
        """The rows of one new paper, as merge_extraction would write them for a new study."""
        ext = p.ext
        source = p.source
        read_from = ext.source or ext.document.filename or source
        study = _study(ext, read_from, ext.curation.status)
        study.id = ids.take("studies")
        document = document_row(ext.document, study.id, ext.extractor, read_from)
        document.id = ids.take("documents")
        rows.tables["studies"].append(self._row("studies", study))
        rows.tables["documents"].append(self._row("documents", document))
        for r in ext.results:
            if r.endpoint not in known:
                known.add(r.endpoint)
                rows.endpoints.append({"code": r.endpoint, "name": r.endpoint, "kind": "other", "definition":
                                       f"Added when loading {source}; not in the shipped vocabulary."})
        merger = _Merger(None, study, document, ext, "loaded", self._actor(ext))
        groups = _NewGroups()
        added: Counter = Counter()
        for section_name, link in (("cohorts", "parent"), ("arms", "cohort")):
            section = SECTIONS[section_name]
            made = []
            for new in getattr(ext, section_name):
                values = new.model_dump(include=set(section.value_fields))
                row = {**self.templates[section_name], "id": ids.take(section.table), "study_id": study.id,
                       **to_columns(section, {**values, link: None}, groups), **merger.provenance(new)}
                groups.add(_Group(row["id"], row["key"], section_name))
                made.append((row, values.get(link)))
                added[section_name] += 1
            for row, target in made:  # links last: a parent may come after its child in the list
                if target is not None and target in groups.cohorts:
                    row["parent_id" if section_name == "cohorts" else "cohort_id"] = groups.cohorts[target].id
                rows.tables[section_name].append(row)
        for section_name in ("doses", "results"):
            section = SECTIONS[section_name]
            template = self.templates[section_name]
            for new in getattr(ext, section_name):
                values = new.model_dump(include=set(section.value_fields))
                if section_name == "doses" and values["bed10"] is None and values["eqd2"] is None:
                    values["bed10"], values["eqd2"] = derived_doses(values)
                rows.tables[section_name].append({**template, "id": ids.take(section.table), "study_id": study.id,
                                                  **to_columns(section, values, groups), **merger.provenance(new)})
                added[section_name] += 1
        counts = {s: added[s] for s in SECTIONS}
        event = CurationEvent(id=ids.take("curation_events"), study_id=study.id, table_name="studies",
                              row_id=study.id, action="load", actor=self._actor(ext),
                              note=str(ext.curation.note) if ext.curation.note is not None else None, after={
                                  "mode": "loaded", "source": source, "sha256": ext.document.sha256,
                                  "document_id": document.id, "extractor": ext.extractor.name,
                                  "extractor_version": ext.extractor.version,
                                  "curation_status": study.curation_status, "counts": counts, "replaced": {},
                                  "kept": {}, "study_fields_changed": [], "conflicts": []})
        rows.tables["events"].append(self._row("events", event))
        return LoadReport(source, "loaded", study.id, counts, document_id=document.id)


def _writing(engine: Engine) -> Engine:
    """The engine whose transactions take the write lock as they begin, where the engine offers it."""
    try:
        from oncoev.db.engine import WRITE
    except ImportError:  # an engine without write sessions: the batch's first insert takes the lock
        return engine
    return engine.execution_options(**{WRITE: True})


def _chunks(values: list, size: int = 500):
    # SQLite limits the variables of one statement; 500 is far below every build's limit.
    for start in range(0, len(values), size):
        yield values[start:start + size]


def store_all(engine: Engine, items, *, actor: str | None = None, **options) -> list[Stored]:
    """Store every ``(data, source)`` of ``items`` with one :class:`BatchWriter`; their outcomes in order."""
    writer = BatchWriter(engine, actor=actor, **options)
    out: list[Stored] = []
    for data, source in items:
        out.extend(writer.add(data, source))
    out.extend(writer.flush())
    return out
