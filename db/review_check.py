"""Checking a curator's review file against the database, before anything is written.

Every problem is reported with its line: unknown keys, values out of range, a quote that is not
in the study's documents, a group key that does not exist (or is being rejected while rows
still belong to it), an endpoint outside the vocabulary, an edit under a status that does not
allow it, a file written for other documents or before the study last changed. The result is
a list of :class:`Change` for :mod:`oncoev.db.apply` to carry out.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session, select

from oncoev.db.quotes import locate, page_of
from oncoev.db.review import (
    DECISIONS,
    ENTRY_EXTRAS,
    READ_ONLY,
    Located,
    ReviewFile,
    last_event_id,
    one_line,
)
from oncoev.db.rows import CURATED, SECTIONS, STUDY_FIELDS, Groups, Section, field_state, study_rows, to_contract
from oncoev.errors import ReviewError
from oncoev.schema.contract import StudyIn, describe_validation_error, group_size_problems, shorten
from oncoev.schema.models import CurationEvent, Document, Endpoint, Study

TOP_LEVEL = ("review", "study", *SECTIONS)
HEAD_KEYS = ("format", "study", "last_event", "documents")
STUDY_ENTRY_KEYS = ("field", "value", "status", "state", "quote", "note")
STATUS_AFTER = {"accept": "verified", "correct": "corrected", "repoint": "corrected", "reject": "rejected",
                "add": "verified"}


@dataclass
class Quote:
    document_id: int
    start: int
    end: int
    page: int | None
    text: str


@dataclass
class Change:
    action: str
    entry: Located
    section: Section | None = None  # None: a study field
    row_id: int | None = None
    field: str | None = None  # the study field
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    old_status: str | None = None
    quote: Quote | None = None
    locator: str | None = None
    locator_edited: bool = False


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return one_line(a) == one_line(b)
    return a == b


def _suggest(word: str, allowed: tuple[str, ...] | set[str]) -> str:
    close = difflib.get_close_matches(str(word), sorted(allowed), n=1)
    return f" (did you mean `{close[0]}`?)" if close else ""


class ReviewChecker:
    def __init__(self, session: Session, review: ReviewFile):
        self.session, self.review, self.data = session, review, review.data
        self.problems: list[tuple[int, str]] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append((line, f"line {line}: {message}"))

    def fail_now(self) -> None:
        if self.problems:
            # In file order, as an editor shows them (a stable sort keeps one line's problems together).
            raise ReviewError([text for _, text in sorted(self.problems, key=lambda p: p[0])], self.review.source)

    # -- the file's head -----------------------------------------------------------------
    def head(self) -> Study:
        data = self.data
        for key in data:
            if key not in TOP_LEVEL:
                self.problem(data.line_of(key), f"unknown section `{key}`{_suggest(key, TOP_LEVEL)}; "
                             f"a review file has {', '.join(TOP_LEVEL)}")
        head = data.get("review")
        if not isinstance(head, Located):
            self.problem(data.line_of("review"), "the `review:` section (study, last_event) is missing; write the "
                         "file with `evidence review STUDY`")
            self.fail_now()
        for key in head:
            if key not in HEAD_KEYS:
                self.problem(head.line_of(key), f"review: unknown key `{key}`{_suggest(key, HEAD_KEYS)}")
        if head.get("format") != 1:
            self.problem(head.line_of("format"), f"review.format: {head.get('format')!r} is not a format this "
                         "version reads (1)")
        study_id = head.get("study")
        study = self.session.get(Study, study_id) if isinstance(study_id, int) else None
        if study is None:
            self.problem(head.line_of("study"), f"review.study: no study {study_id!r} in this database")
            self.fail_now()
        kept = len(self.problems)
        self.documents = list(self.session.exec(select(Document).where(Document.study_id == study.id)))
        listed = head.get("documents")
        if listed is not None:
            stored = {d.sha256 for d in self.documents}
            shas = [d.get("sha256") for d in listed if isinstance(d, dict)] if isinstance(listed, list) else None
            if shas is None or len(shas) != len(listed):
                self.problem(head.line_of("documents"), "review.documents: expected the list written by "
                             "`evidence review` (file and sha256 of each document)")
            elif not set(shas) <= stored:
                self.problem(head.line_of("documents"), f"review.documents: this file was written for other "
                             f"documents than study {study.id}'s: is it for another database, or another study?")
                self.fail_now()
        last = head.get("last_event")
        now = last_event_id(self.session, study.id)
        if not isinstance(last, int):
            self.problem(head.line_of("last_event"), "review.last_event is missing or not a number; write the file "
                         "with `evidence review STUDY`")
        elif now > last:
            changed = self.session.exec(select(CurationEvent).where(
                CurationEvent.study_id == study.id, CurationEvent.id > last).order_by(CurationEvent.id)).all()
            what = "; ".join(f"{e.action} by {e.actor}" for e in changed[:3]) + ("; ..." if len(changed) > 3 else "")
            self.problem(head.line_of("last_event"),
                         f"study {study.id} changed after this file was written ({len(changed)} audit events since: "
                         f"{what}); row ids may no longer mean the same rows. Write a fresh file with "
                         f"`evidence review {study.id}` and carry your decisions over")
        if len(self.problems) > kept:
            self.fail_now()  # the rows' ids cannot be trusted: checking further would mislead
        self.study = study
        self.filenames = {d.id: d.filename for d in self.documents}
        return study

    # -- helpers -------------------------------------------------------------------------
    def entries(self, key: str) -> list[tuple[str, Located]]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(self.data.line_of(key), f"`{key}` must be a list of entries (lines starting with `- `)")
            return []
        out = []
        for i, entry in enumerate(value):
            where = f"{key}[{i}]"
            if not isinstance(entry, Located):
                self.problem(self.data.line_of(key), f"{where}: expected an entry of `key: value` lines, "
                             f"got {entry!r}")
                continue
            out.append((where, entry))
        return out

    def status(self, where: str, entry: Located, allowed: tuple[str, ...]) -> str | None:
        status = entry.get("status")
        if status not in allowed:
            self.problem(entry.line_of("status"), f"{where}: status {status!r} is not one of "
                         f"{', '.join(allowed)}{_suggest(status, allowed)}")
            return None
        return status

    def find_quote(self, where: str, entry: Located) -> Quote | None:
        quote = entry.get("quote")
        if not isinstance(quote, str) or not quote.strip():
            self.problem(entry.line_of("quote"), f"{where}: `quote` must be the sentence the value comes from")
            return None
        texts = [d for d in self.documents if d.text]
        if not texts:
            self.problem(entry.line_of("quote"), f"{where}: the study's documents carry no text to find the quote in")
            return None
        for doc in texts:
            span = locate(doc.text, quote)
            if span is not None:
                return Quote(doc.id, span[0], span[1], page_of(doc.page_starts, span[0]), doc.text[span[0]:span[1]])
        self.problem(entry.line_of("quote"), f"{where}: the quote {shorten(quote)!r} is not in the study's documents "
                     f"({', '.join(self.filenames.values())}); copy it from the paper as it is written")
        return None

    def check(self, where: str, entry: Located, model, payload: dict[str, Any], key_for=lambda k: k) -> dict | None:
        """``payload`` validated by the contract model, or None after reporting each problem at its line."""
        try:
            return model.model_validate({k: v for k, v in payload.items() if v is not None}).model_dump()
        except ValidationError as error:
            for detail, line in zip(error.errors(include_url=False), describe_validation_error(error), strict=True):
                name = next((p for p in detail["loc"] if isinstance(p, str)), None)
                if name is None:
                    # A check across fields ("ci_low 80 is above ci_high 70"): point at the field it names first.
                    line = line.removeprefix("(top level): ")
                    first = line.split(" ", 1)[0]
                    self.problem(entry.line_of(first), f"{where}: {line}")
                else:
                    self.problem(entry.line_of(key_for(name)), f"{where}.{line}")
            return None

    def edits_allowed(self, where: str, entry: Located, status: str, edited: list[str],
                      group_fields: tuple[str, ...] = ()) -> bool:
        first = entry.line_of(edited[0]) if edited else entry.line_of("status")
        if status in ("pending", "keep", "accept", "reject") and edited:
            self.problem(first, f"{where}: {', '.join(edited)} edited, but status is {status}: set `status: correct` "
                         "to change values (or undo the edit)")
        elif status == "correct" and not edited:
            self.problem(entry.line_of("status"), f"{where}: status correct, but no value differs from the database: "
                         "use `accept`")
        elif status == "repoint" and not edited:
            self.problem(entry.line_of("status"), f"{where}: status repoint, but its group is unchanged: edit "
                         f"{' / '.join(f'`{g}`' for g in group_fields)}")
        elif status == "repoint" and set(edited) - set(group_fields):
            others = [e for e in edited if e not in group_fields]
            self.problem(entry.line_of(others[0]), f"{where}: repoint changes only {', '.join(group_fields)}; "
                         f"{', '.join(others)} also edited: use `status: correct`")
        else:
            return True
        return False

    # -- study fields --------------------------------------------------------------------
    def study_fields(self) -> list[Change]:
        changes, seen = [], set()
        provenance = self.study.field_provenance or {}
        for where, entry in self.entries("study"):
            for key in entry:
                if key not in STUDY_ENTRY_KEYS:
                    self.problem(entry.line_of(key), f"{where}: unknown key `{key}`{_suggest(key, STUDY_ENTRY_KEYS)}")
            name = entry.get("field")
            if name not in STUDY_FIELDS:
                self.problem(entry.line_of("field"), f"{where}: `field: {name}` is not a study field"
                             f"{_suggest(name, STUDY_FIELDS)}")
                continue
            if name in seen:
                self.problem(entry.line_of("field"), f"{where}: study field {name} is listed twice")
            seen.add(name)
            where = f"study.{name}"
            status = self.status(where, entry, ("pending", "keep", "accept", "correct", "reject"))
            if status is None:
                continue
            meta = provenance.get(name) if isinstance(provenance.get(name), dict) else {}
            state = field_state(provenance, name)
            if "state" in entry and entry["state"] != state:
                self.problem(entry.line_of("state"), f"{where}: `state` is read-only (it is {state!r})")
            current, value = getattr(self.study, name), entry.get("value")
            edited = [] if _same(value, current) else ["value"]
            quote_edited = "quote" in entry and not _same(entry.get("quote"), meta.get("quote"))
            if not self.edits_allowed(where, entry, status, edited + (["quote"] if quote_edited else [])):
                continue
            if status in ("pending", "keep") or (status == "accept" and state in CURATED):
                continue
            if status == "reject":
                if name in ("title", "kind"):
                    self.problem(entry.line_of("status"), f"{where}: a study always has a {name}; correct it instead")
                    continue
                value = None
            if value is not None:
                checked = self.check("study", entry, StudyIn, {name: value}, key_for=lambda k: "value")
                if checked is None:
                    continue
                value = checked[name]
                self.unique_identifier(where, entry, name, value)
            quote = self.find_quote(where, entry) if quote_edited else None
            changes.append(Change(status, entry, field=name, before={"value": current, "state": state},
                                  after={"value": value}, old_status=state, quote=quote))
        return changes

    def unique_identifier(self, where: str, entry: Located, name: str, value: Any) -> None:
        if name in ("doi", "pmid"):
            other = self.session.exec(select(Study.id).where(getattr(Study, name) == value,
                                                             Study.id != self.study.id)).first()
            if other is not None:
                self.problem(entry.line_of("value"), f"{where}: {value} is the {name.upper()} of study {other}")

    # -- rows ----------------------------------------------------------------------------
    def rows(self, section: Section, groups: Groups, added_keys: set[str]) -> list[Change]:
        stored = {r.id: r for r in study_rows(self.session, section, self.study.id)}
        allowed = set(READ_ONLY) | set(ENTRY_EXTRAS) | set(section.value_fields)
        changes, seen = [], set()
        for where, entry in self.entries(section.name):
            unknown = [key for key in entry if key not in allowed]
            for key in unknown:
                self.problem(entry.line_of(key), f"{where}: unknown key `{key}`{_suggest(key, allowed)}")
            if unknown:
                continue  # a misspelt field reads as an emptied one: further checks would only mislead
            status = self.status(where, entry, DECISIONS)
            if status is None:
                continue
            row_id = entry.get("id")
            if row_id is None:
                if status != "add":
                    self.problem(entry.line, f"{where}: an entry without `id` is a new row: its status must be `add`")
                    continue
                change = self.added(section, where, entry, groups, added_keys)
            else:
                if status == "add":
                    self.problem(entry.line_of("status"), f"{where}: `status: add` is for new entries, which have no "
                                 "`id`")
                    continue
                if row_id in seen:
                    self.problem(entry.line_of("id"), f"{where}: {section.table} {row_id} is listed twice")
                    continue
                seen.add(row_id)
                row = stored.get(row_id)
                if row is None:
                    self.problem(entry.line_of("id"), f"{where}: {section.table} {row_id!r} is not a row of study "
                                 f"{self.study.id}")
                    continue
                change = self.existing(section, where, entry, status, row, groups)
            if change is not None:
                changes.append(change)
        return changes

    def existing(self, section: Section, where: str, entry: Located, status: str, row, groups: Groups):
        # differs_from is a hint computed when the file was written; it is not checked.
        shown = {"state": row.status, "page": row.page, "rule": row.pattern_id,
                 "differs_from": entry.get("differs_from")}
        if len(self.documents) > 1:
            shown["document"] = self.filenames.get(row.document_id)
        for key in READ_ONLY[1:]:
            if key in entry and entry[key] != shown.get(key):
                self.problem(entry.line_of(key), f"{where}: `{key}` is read-only (it is {shown.get(key)!r})")
        current = to_contract(section, row, groups)
        values = {k: entry.get(k) for k in section.value_fields}
        edited = [k for k in section.value_fields if not _same(values[k], current[k])]
        if "key" in edited:
            self.problem(entry.line_of("key"), f"{where}: the key of a stored {section.name[:-1]} cannot change "
                         f"(it is {current['key']!r}); correct its `label` instead")
            return None
        quote_edited = "quote" in entry and not _same(entry.get("quote"), row.quote)
        locator_edited = not _same(entry.get("locator"), row.locator)
        extra = (["quote"] if quote_edited else []) + (["locator"] if locator_edited else [])
        if not self.edits_allowed(where, entry, status, edited + extra, section.group_fields):
            return None
        if status in ("pending", "keep") or (status == "accept" and row.status in CURATED) or \
                (status == "reject" and row.status == "rejected"):
            return None
        after = current
        if status in ("correct", "repoint"):
            checked = self.check(where, entry, section.contract, values)
            if checked is None:
                return None
            after = {k: checked[k] for k in section.value_fields}
            self.known_endpoint(section, where, entry, after)
        quote = self.find_quote(where, entry) if quote_edited else None
        return Change(status, entry, section, row.id, before=current, after=after, old_status=row.status,
                      quote=quote, locator=entry.get("locator"), locator_edited=locator_edited)

    def added(self, section: Section, where: str, entry: Located, groups: Groups, added_keys: set[str]):
        for key in READ_ONLY:
            if key in entry:
                self.problem(entry.line_of(key), f"{where}: `{key}` is set by the database; leave it out of a new "
                             "entry")
        quote = self.find_quote(where, entry)
        checked = self.check(where, entry, section.contract, {k: entry.get(k) for k in section.value_fields})
        if checked is None or quote is None:
            return None
        self.known_endpoint(section, where, entry, checked)
        if section.name in ("cohorts", "arms"):
            key = checked["key"]
            if key in groups.cohorts or key in groups.arms or key in added_keys:
                self.problem(entry.line_of("key"), f"{where}: key {key!r} is already a group of this study")
                return None
            added_keys.add(key)
        return Change("add", entry, section, before=None, after={k: checked[k] for k in section.value_fields},
                      quote=quote, locator=entry.get("locator"))

    def known_endpoint(self, section: Section, where: str, entry: Located, values: dict[str, Any]) -> None:
        if section.name != "results":
            return
        if not hasattr(self, "endpoints"):
            self.endpoints = set(self.session.exec(select(Endpoint.code)).all())
        if values["endpoint"] not in self.endpoints:
            self.problem(entry.line_of("endpoint"), f"{where}: endpoint {values['endpoint']!r} is not in the endpoint "
                         f"vocabulary{_suggest(values['endpoint'], self.endpoints)} (the endpoints table lists them)")

    # -- references between entries -----------------------------------------------------
    def references(self, changes: dict[str, list[Change]], groups: Groups) -> None:
        """Every group a row points to must exist and not be rejected once the file is applied."""
        final_status = {k: c.status for k, c in groups.cohorts.items()}
        final_status.update({k: a.status for k, a in groups.arms.items() if k not in final_status})
        cohort_keys = set(groups.cohorts)
        for name in ("cohorts", "arms"):
            for c in changes[name]:
                key = c.after["key"]
                final_status[key] = STATUS_AFTER[c.action]
                if name == "cohorts":
                    cohort_keys.add(key)
        by_id = {(c.section.name, c.row_id): c for cs in changes.values() for c in cs if c.row_id is not None}
        rows = [(section, r) for section in SECTIONS.values()
                for r in study_rows(self.session, section, self.study.id)]
        finals = [(section, r.id, by_id.get((section.name, r.id)), to_contract(section, r, groups), r.status)
                  for section, r in rows]
        finals += [(c.section, None, c, None, None) for cs in changes.values() for c in cs if c.row_id is None]
        live: dict[str, list[tuple[dict, int | None, Change | None]]] = {name: [] for name in SECTIONS}
        for section, row_id, change, values, status in finals:
            values = change.after if change is not None else values
            status = STATUS_AFTER[change.action] if change is not None else status
            if status == "rejected":
                continue
            live[section.name].append((values, row_id, change))
            for f in section.group_fields:
                key = values.get(f)
                if key is None:
                    continue
                allowed = cohort_keys if section.name in ("cohorts", "arms") else set(final_status)
                label = f"{section.table} {row_id}" if row_id is not None else f"new {section.name[:-1]}"
                line = change.entry.line_of(f) if change is not None else None
                if key not in allowed:
                    what = "cohort" if section.name in ("cohorts", "arms") else "cohort or arm"
                    self.problem(line or self.data.line_of(section.name),
                                 f"{label}: {f} {key!r} is not a {what} of this study{_suggest(key, allowed)}")
                elif final_status.get(key) == "rejected":
                    rejecting = next((c for n in ("cohorts", "arms") for c in changes[n]
                                      if c.after["key"] == key and c.action == "reject"), None)
                    where = rejecting.entry.line if rejecting is not None else (line or 0)
                    self.problem(line or where, f"{label}: {f} {key!r} is rejected, but this "
                                 f"{section.name[:-1]} still belongs to it: repoint it or reject it too")

        self.group_sizes(live)

    def group_sizes(self, live: dict[str, list[tuple[dict, int | None, Change | None]]]) -> None:
        """The contract's check that no count or subgroup is larger than its group, on the rows as
        they will be once the file is applied."""
        rows = {name: [values for values, _, _ in entries] for name, entries in live.items()}
        # A group changed by this file: rows that belong to it are checked again even if unchanged.
        changed = {values["key"]: change for name in ("cohorts", "arms") for values, _, change in live[name]
                   if change is not None}
        for name, i, field_name, message in group_size_problems(rows["cohorts"], rows["arms"], rows["results"]):
            values, row_id, change = live[name][i]
            group = changed.get(values.get("parent" if name == "cohorts" else "cohort"))
            if change is None and group is None:
                continue  # stored before this file and not touched by it: not this curator's problem
            label = f"{SECTIONS[name].table} {row_id}" if row_id is not None else f"new {name[:-1]}"
            line = change.entry.line_of(field_name) if change is not None else group.entry.line_of("n")
            self.problem(line, f"{label}: {field_name}: {message}")

    def run(self) -> tuple[Study, list[Change], dict[str, list[Change]]]:
        study = self.head()
        groups = Groups(self.session, study.id)
        study_changes = self.study_fields()
        added_keys: set[str] = set()
        changes = {name: self.rows(section, groups, added_keys) for name, section in SECTIONS.items()}
        if not self.problems:
            self.references(changes, groups)
        self.fail_now()
        return study, study_changes, changes
