"""The review file: a study's extracted rows as YAML for a curator to accept, correct or reject.

``write_review`` renders it; ``read_review`` parses one back, remembering the line of every
entry and key so that :mod:`oncoev.db.apply` can say where each problem is. The file is the
only interface a curator needs: it is plain text, diffable, and can be kept with the paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import yaml
from sqlalchemy import Engine
from sqlmodel import Session, func, select

from oncoev.db.rows import (
    CURATED,
    SECTIONS,
    STUDY_FIELDS,
    Groups,
    Section,
    field_state,
    identity,
    study_rows,
    to_contract,
)
from oncoev.db.studies import resolve_study
from oncoev.errors import ReviewError
from oncoev.limits import LimitError, Limits, current
from oncoev.schema.models import CurationEvent, Document, Study

FORMAT = 1
# What a curator decides per entry. `pending` and `keep` both leave a row as it is: the file
# starts with `pending` on rows nobody checked yet and `keep` on rows a curator already did.
DECISIONS = ("pending", "keep", "accept", "correct", "repoint", "reject", "add")
# Shown for the curator's information; editing them is an error.
READ_ONLY = ("id", "state", "page", "document", "rule", "differs_from")
ENTRY_EXTRAS = ("status", "quote", "locator", "note")

HEADER = """\
# Review of study {study_id}: {title}
# Curation status: {curation_status}. Written {written} by `evidence review`.
#
# Every entry has a `status`. Set it to one of:
#   accept   the entry is right as it stands
#   correct  you edited its values (fields left out are empty: add a line to fill one in)
#   repoint  you changed only the group it belongs to (`cohort`, `comparator`, `arm`, `parent`)
#   reject   it is wrong and must not be used (it is kept, marked rejected, out of every view)
#   pending / keep   decide later / leave a curated row as it is
# To add what the extractor missed, append an entry without `id`, with `status: add` and the
# `quote` it comes from, copied from the paper (it must be in the study's document text).
# `note:` on any entry is kept in the audit log. Read-only: {read_only}
# (`differs_from` names the curated rows a new candidate disagrees with).
# Then: evidence apply THIS_FILE --actor "Your Name"
"""


def one_line(value: Any) -> Any:
    """Text with every run of whitespace as one space (quotes span lines in the documents)."""
    return " ".join(value.split()) if isinstance(value, str) else value


def _entry(section: Section, row, groups: Groups, filenames: dict[int, str], many_documents: bool) -> dict:
    entry: dict[str, Any] = {"id": row.id, "status": "pending" if row.status == "extracted" else "keep",
                             "state": row.status}
    entry.update({k: v for k, v in to_contract(section, row, groups).items() if v is not None})
    for name in ("quote", "locator"):
        if getattr(row, name) is not None:
            entry[name] = one_line(getattr(row, name))
    if row.page is not None:
        entry["page"] = row.page
    if many_documents and row.document_id is not None:
        entry["document"] = filenames.get(row.document_id)
    if row.pattern_id is not None:
        entry["rule"] = row.pattern_id
    return entry


def _study_entries(study: Study) -> list[dict]:
    provenance = study.field_provenance or {}
    out = []
    for name in STUDY_FIELDS:
        meta = provenance.get(name) if isinstance(provenance.get(name), dict) else {}
        state = field_state(provenance, name)
        value = getattr(study, name)
        entry = {"field": name, "status": "keep" if state in CURATED else "pending", "state": state, "value": value}
        if meta.get("quote"):
            entry["quote"] = one_line(meta["quote"])
        out.append(entry)
    return out


def last_event_id(session: Session, study_id: int) -> int:
    return session.exec(select(func.coalesce(func.max(CurationEvent.id), 0)).where(
        CurationEvent.study_id == study_id)).one()


def review_data(session: Session, study: Study, pending_only: bool = False) -> dict[str, Any]:
    """The review file's content as plain data; ``pending_only`` leaves out what a curator settled."""
    documents = list(session.exec(select(Document).where(Document.study_id == study.id).order_by(Document.id)))
    filenames = {d.id: d.filename for d in documents}
    groups = Groups(session, study.id)
    data: dict[str, Any] = {"review": {
        "format": FORMAT, "study": study.id, "last_event": last_event_id(session, study.id),
        "documents": [{"file": d.filename, "sha256": d.sha256} for d in documents]}}
    data["study"] = [e for e in _study_entries(study) if not pending_only or e["state"] == "extracted"]
    for section in SECTIONS.values():
        rows = study_rows(session, section, study.id)
        entries = [_entry(section, row, groups, filenames, len(documents) > 1) for row in rows]
        if section.name in ("doses", "results"):
            _mark_differences(section, rows, entries, groups)
        data[section.name] = [e for e in entries if not pending_only or e["state"] == "extracted"]
    return data


def _mark_differences(section: Section, rows: list, entries: list[dict], groups: Groups) -> None:
    """A candidate reporting the same number as a curated row (a re-extraction reading it
    differently) names that row, so the curator sees the two side by side."""
    curated: dict[tuple, list[int]] = {}
    for row in rows:
        if row.status in CURATED:
            curated.setdefault(identity(section, to_contract(section, row, groups)), []).append(row.id)
    for row, entry in zip(rows, entries, strict=True):
        if row.status == "extracted":
            ids = curated.get(identity(section, to_contract(section, row, groups)))
            if ids:
                entry["differs_from"] = ids


UNEXPLAINED_HEAD = """\
# Numbers of the abstract, results and tables that no row above and no known kind (CI bound, p value,
# dose, sample size, date, citation, baseline characteristic ...) accounts for: what the extractor did
# not read. Read-only (comments). If one is a result, add it above with `status: add` and its `quote`.
"""


def unexplained_numbers(session: Session, study: Study) -> list[tuple[Document, dict[str, Any]]]:
    """The study's stored unexplained numbers that no row of the study (a curator's added rows
    included, rejected ones not) now accounts for, document by document."""
    from oncoev.extract.document import Document as TextDocument
    from oncoev.extract.unexplained import still_unexplained

    documents = list(session.exec(select(Document).where(Document.study_id == study.id).order_by(Document.id)))
    if not any(d.unexplained for d in documents):
        return []
    groups = Groups(session, study.id)
    rows: dict[int | None, dict[str, list[dict[str, Any]]]] = {}
    for section in SECTIONS.values():
        for row in study_rows(session, section, study.id):
            values = {**to_contract(section, row, groups), "char_start": row.char_start, "char_end": row.char_end,
                      "quote": row.quote, "status": row.status}
            rows.setdefault(row.document_id, {}).setdefault(section.name, []).append(values)
    out = []
    for d in documents:
        if not d.unexplained or d.text is None:
            continue
        extraction = {"document": {"sha256": d.sha256}, **rows.get(d.id, {})}
        for item in still_unexplained(d.unexplained, extraction, TextDocument(text=d.text)):
            out.append((d, item))
    return out


def render_unexplained(items: list[tuple[Document, dict[str, Any]]], many_documents: bool) -> str:
    from oncoev.extract.unexplained import report_lines

    lines = [f"\n# --- unexplained: {len(items)} number{'s' if len(items) != 1 else ''} the extractor did not "
             "read ---\n", UNEXPLAINED_HEAD]
    for document, item in items:
        line = report_lines([item])[0]
        lines.append(f"#   {document.filename + ': ' if many_documents else ''}{line}\n")
    return "".join(lines)


def render_review(data: dict[str, Any], study: Study,
                  unexplained: list[tuple[Document, dict[str, Any]]] | None = None) -> str:
    header = HEADER.format(study_id=study.id, title=" ".join(study.title.split()),
                           curation_status=study.curation_status,
                           written=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                           read_only=", ".join(READ_ONLY))
    parts = [header]
    for key, value in data.items():
        parts.append(f"\n# --- {key} ---\n" if key != "review" else "")
        parts.append(yaml.dump({key: value}, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False,
                               allow_unicode=True, width=110))
    if unexplained:
        parts.append(render_unexplained(unexplained, len(data["review"]["documents"]) > 1))
    return "".join(parts)


def write_review(engine: Engine, ref: str | int, pending_only: bool = False) -> tuple[str, int]:
    """(YAML text, study id) of the review file for the study ``ref`` names."""
    with Session(engine) as session:
        study = resolve_study(session, ref)
        return render_review(review_data(session, study, pending_only), study,
                             unexplained_numbers(session, study)), study.id


# -- reading -----------------------------------------------------------------------------


class Located(dict):
    """A mapping from the review file that knows its line and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


# libyaml's parser when PyYAML was built with it (ten times faster on a 2,000-result study).
class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Located:
    loader.flatten_mapping(node)
    out = Located()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, str) and key in out:
            raise ReviewError([f"line {key_node.start_mark.line + 1}: `{key}` is given twice in one entry"])
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# YAML 1.1 (PyYAML) reads "1e-4" as a string; a curator typing a p value means the number.
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?[eE][-+]?[0-9]+$"),
    list("-+0123456789"))


def _check_size(data: Any, source: str, limits: Limits) -> None:
    """Refuse more aliases (``*name``, a value used again) than ``yaml_aliases``, more values than
    ``yaml_nodes`` once every alias is expanded, and nesting deeper than ``json_depth``.

    An alias costs nothing to load (it is the same object again), but every later step that walks or
    prints the value pays for each use: nine levels of nine aliases are 387 million values. Sizes are
    counted once per distinct value (post-order, remembered), so the check itself costs what the file
    holds, not what it expands to.
    """
    def parts(item: Any) -> list[Any]:
        return list(item.values()) if isinstance(item, dict) else list(item)

    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    open_: set[int] = set()
    aliases = 0
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        item, done = stack.pop()
        if not isinstance(item, (dict, list)):
            continue
        key = id(item)
        if done:
            kids = [c for c in parts(item) if isinstance(c, (dict, list))]
            size[key] = 1 + len(parts(item)) - len(kids) + sum(size[id(c)] for c in kids)
            depth[key] = 1 + max((depth[id(c)] for c in kids), default=0)
            open_.discard(key)
            if size[key] > limits.yaml_nodes:
                raise LimitError(f"{source}: the file holds more than {limits.yaml_nodes:,} values once its aliases "
                                 "are expanded", "yaml_nodes", limits.yaml_nodes)
            if depth[key] > limits.json_depth:
                raise LimitError(f"{source}: the YAML nests mappings and lists more than {limits.json_depth} deep",
                                 "json_depth", limits.json_depth)
            continue
        if key in open_:
            raise LimitError(f"{source}: a YAML alias refers to a value that holds it (a loop)", "yaml_aliases",
                             limits.yaml_aliases)
        if key in size:
            aliases += 1
            if aliases > limits.yaml_aliases:
                raise LimitError(f"{source}: the file uses YAML aliases (*name); a review file needs none",
                                 "yaml_aliases", limits.yaml_aliases)
            continue
        open_.add(key)
        stack.append((item, True))
        stack.extend((child, False) for child in parts(item))


@dataclass
class ReviewFile:
    source: str
    data: Located


def read_review(text: str, source: str, limits: Limits | None = None) -> ReviewFile:
    """Parse a review file; YAML syntax errors become a :class:`ReviewError` with the line, and a file
    past the ``yaml_aliases``, ``yaml_nodes`` or ``json_depth`` limits a :class:`LimitError`."""
    limits = limits or current()
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 (a SafeLoader subclass)
    except ReviewError as e:
        raise ReviewError(e.problems, source) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise ReviewError([f"{where}not valid YAML: {getattr(e, 'problem', None) or e}"], source) from None
    except RecursionError:
        raise LimitError(f"{source}: the YAML nests mappings and lists more than {limits.json_depth} deep",
                         "json_depth", limits.json_depth) from None
    _check_size(data, source, limits)
    if not isinstance(data, Located):
        raise ReviewError(["not a review file: expected `review:`, `study:`, `cohorts:` ... at the top level "
                           "(write one with `evidence review STUDY`)"], source)
    return ReviewFile(source, data)
