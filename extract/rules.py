"""One record for a rule and one loader for every pattern file in ``extract/patterns/``.

Rules are data (medspaCy's way): each pattern file is YAML, and :func:`load` is the only place
that reads one. It refuses, at load time and naming the file and the key path:

- a key given twice in one mapping (YAML itself would keep the last silently);
- a key the file's schema (``SCHEMAS``) does not know, or a value of the wrong type;
- a rule record without an ``id``, with an unknown key, or two rules with one id;
- a regular expression that does not compile (patterns with ``{MACRO}`` placeholders are checked
  by the module that expands them; a module's own regexes, see below, when first used or by
  ``lazy_regex.compile_all``, which the test suite calls).

A rule record (:class:`Rule`) is a mapping with an ``id`` and a ``pattern``, plus what the
module reading it needs: ``replace`` (normalisation, repairs), ``requires`` / ``anchors`` (cheap
string tests before the regex is tried), ``role``, ``weight`` and a ``note``. The id reaches every
row a rule makes as its ``pattern_id``. A ``pattern`` may be written as a list of pieces, joined with
nothing, so that a long expression keeps the layout of its parts.

A module's own regular expressions are data too: ``patterns/regex/<module>.yaml`` is a list of
rule records (``id``: the name the module uses, ``pattern``, and ``flags``: letters of ``re``'s
flags, "I", "IS" ...), and :func:`regexes` gives them to the module as one object, ``RX``, whose
attributes are the compiled-on-first-use patterns (``RX.RATIO_HEAD``). A record's pattern may name another record
of the same file as ``{NAME}``, or a piece of the shared lexicon as ``{lexicon.NAME}`` (:func:`lexicon.piece`:
``{lexicon.PEOPLE}``, ``{lexicon.NUMWORDS}`` ...); :func:`expand_references` fills each in when the file is read, as a
non-capturing group (unless one bracket pair holds it whole already), recursively (a quantifier, ``{0,3}``, is never
a name). A record with ``piece: true`` is such a
part only, maybe no whole expression ("an unclosed group"): ``RX.NAME`` is then its pattern string (references filled
in), never compiled, which the module may still join into expressions it builds (lists of words, f-strings of
computed parts stay in the module, reading ``RX.NAME`` of a piece or ``RX.NAME.pattern`` of a regex).
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from typing import Any, Optional

import yaml

from oncoev.extract.lazy_regex import LazyPattern, lazy_regex


class PatternFileError(ValueError):
    """A pattern file breaks its schema; the message names the file and where."""


@dataclass(frozen=True)
class Rule:
    """One rule of a pattern file."""

    id: str
    pattern: str
    replace: Optional[str] = None
    requires: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    role: Optional[str] = None
    weight: Optional[float] = None
    note: Optional[str] = None
    flags: str = ""
    piece: bool = False

    @classmethod
    def from_dict(cls, data: Any, where: str, *, with_flags: bool = False) -> Rule:
        """The rule of a mapping; ``flags`` is a key only of files whose every reader honours it (``with_flags``)."""
        if not isinstance(data, dict):
            raise PatternFileError(f"{where}: a rule is a mapping with an id and a pattern, not {data!r}")
        allowed = {f.name for f in fields(cls)} - (set() if with_flags else {"flags", "piece"})
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise PatternFileError(f"{where}: unknown key(s) {', '.join(unknown)}; a rule takes "
                                   f"{', '.join(sorted(allowed))}")
        values = dict(data)
        pieces = values.get("pattern")
        if isinstance(pieces, list) and pieces and all(isinstance(x, str) for x in pieces):
            values["pattern"] = "".join(pieces)  # a long pattern in its parts
        for key in ("id", "pattern"):
            if not isinstance(values.get(key), str) or not values[key].strip():
                raise PatternFileError(f"{where}: every rule needs a non-empty string '{key}' (a pattern may be a "
                                       f"list of strings)")
        flags = values.get("flags", "")
        if not isinstance(flags, str) or set(flags) - set(FLAGS):
            raise PatternFileError(f"{where}.flags: letters of {FLAGS} (re's flags), not {flags!r}")
        for key in ("requires", "anchors"):
            items = values.get(key) or []
            if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
                raise PatternFileError(f"{where}.{key}: a list of strings")
            values[key] = tuple(items)
        if values.get("weight") is not None:
            values["weight"] = float(values["weight"])
        if not isinstance(values.get("piece", False), bool):
            raise PatternFileError(f"{where}.piece: true or false")
        if values.get("piece") and flags:
            raise PatternFileError(f"{where}: a piece takes the flags of the expression that names it, not {flags!r}")
        return cls(**values)

    @property
    def flag_bits(self) -> int:
        """The rule's ``flags`` as ``re`` flags."""
        return sum(getattr(re, letter) for letter in sorted(set(self.flags)))

    def compiled(self, flags: int = 0, *, pattern: Optional[str] = None,
                 default_role: Optional[str] = None) -> CompiledRule:
        """The rule ready to run: its regex, compiled on its first use (``lazy_regex``; ``pattern``: the module's
        expansion of this rule's pattern, macros filled in), no role meaning ``default_role``, no weight meaning 1."""
        return CompiledRule(self.id, lazy_regex(self.pattern if pattern is None else pattern, flags | self.flag_bits),
                            self.role or default_role, 1.0 if self.weight is None else self.weight,
                            self.requires, self.anchors)


@dataclass(frozen=True)
class CompiledRule:
    """A :class:`Rule` with its regex (compiled on first use): what a module runs, by the same id."""

    id: str
    regex: LazyPattern
    role: Optional[str]
    weight: float
    requires: tuple[str, ...]
    anchors: tuple[str, ...]


# --- schemas ----------------------------------------------------------------------------------
# A schema is a type name or a mapping. Type names: "regex" (a pattern string), "str", "int",
# "number", "rules" (a list of Rule records), "regexes" / "strs" (lists of strings). A mapping
# fixes the keys it may hold; the key "*" stands for any key, its value being the type of each.
# A one-item list ``[S]`` is a list whose every item is S.

REGEX, RULES = "regex", "rules"
# A module's regex file (patterns/regex/<module>.yaml): a list of rules that may carry flags, each id a Python name.
REGEX_RULES = "regex_rules"
FLAGS = "AILMSUX"  # re.ASCII, re.IGNORECASE, re.LOCALE, re.MULTILINE, re.DOTALL, re.UNICODE, re.VERBOSE
SCHEMAS: dict[str, Any] = {
    "lexicon.yaml": {"number_words": {"*": "int"}, "scales": {"*": "int"}, "dashes": "str", "word_hyphens": "str",
                     "compound_prefixes": "strs", "compound_suffixes": "strs"},
    "cues.yaml": {"definition": REGEX, "citation_verbs": REGEX, "own_work": REGEX, "other_study": REGEX,
                  "study_named": REGEX, "new_study": REGEX, "grade": REGEX,
                  "groups_before": REGEX, "groups_parenthesis": REGEX, "group_letters": REGEX,
                  "than_group": REGEX, "groups_compared": REGEX, "groups_versus_bracket": REGEX,
                  "sites": {"*": REGEX}, "path_stage": REGEX,
                  "organ_site": REGEX, "reason": REGEX, "assessor": REGEX,
                  "response_modality": REGEX, "treatment_death": REGEX, "baseline": REGEX,
                  "availability": REGEX, "eligible_by_state": REGEX, "label_before": REGEX},
    "doses.yaml": {"macros": {"*": "str"}, "constructions": RULES, "exclude_before": "regexes",
                   "exclude_after": "regexes", "exclude_sentence": "regexes", "dose_context": REGEX,
                   "statistic_before": {"*": REGEX}, "modality_cues": {"*": "regexes"}, "targets": "regexes",
                   "schedule": "regexes", "drug_schedule": REGEX, "drug_gap": REGEX, "dose_list_gap": REGEX,
                   "per_fraction_before": REGEX, "shared_unit_list": "str", "cycles": "str",
                   "cycles_more": REGEX,
                   "cycles_alternatives": REGEX, "cycles_forward": REGEX, "cycles_stop": REGEX,
                   "drug_quantity": "str", "drug_units": REGEX, "declared_unit": "str", "bare_dose": "str",
                   "table": {"label": REGEX, "cell": "str", "unit_header": REGEX, "header_lines": "int"},
                   "joins": {"prefilter": REGEX, "schedule_break": REGEX, "modality_break": REGEX,
                             "prescription": REGEX, "phases": REGEX, "total_size_gap": "int",
                             "total_size_break": REGEX}},
    "drugs.yaml": {"*": {"*": "strs"}},
    "endpoints.yaml": {"*": {"names": "strs", "abbreviations": "strs", "code": "str", "grade": "str",
                             "category": "str", "state": "bool", "median": "bool",
                             "after_time": "bool"}},
    "endpoint_codes.yaml": {"*": {**dict.fromkeys(
        ("curve", "rate_at_time", "has_median", "event_free", "survival_of_people", "counted", "response",
         "in_an_organ", "assessed", "names_responders", "names_failed", "event", "curve_event", "has_reasons",
         "treatment_outcome", "caused_by_treatment", "drug_stopped", "found_at_entry", "has_kinds",
         "analysis_events", "months_are_median", "occurs_in_patients", "adverse_event", "response_category",
         "of_a_symptom", "disease_control", "events_are_deaths", "either_event", "recurrence_curve", "sums_responses",
         "graded_before", "counted_by_name", "regression_grades"),
        "bool"),
        "counted_events": "str", "free_of_it": "str"}},
    "normalize.yaml": {"rules": RULES, "boilerplate_lines": "regexes"},
    "toxicities.yaml": {"terms": "strs"},
    "pdf_layout.yaml": {"layout": {"*": "any"}},
    "pdf_repairs.yaml": {"repairs": RULES},
    "study_cancers.yaml": {"tumour": REGEX, "sites": {"*": "strs"}, "anchors": {"*": "strs"}, "mixed": RULES,
                           "spread": {"min_sites": "int", "best_share_at_most": "number"}, "not_counted_before": REGEX},
    "study_countries.yaml": {"*": "strs"},
    "unexplained.yaml": {"macros": {"*": "str"}, "classes": RULES, "baseline_cue": REGEX, "outcome_cue": REGEX,
                         "outcome_caption": REGEX, "name_after": REGEX, "glued_units": "strs",
                         "event_before": {"rules": "strs", "reach": "int", "cue": REGEX},
                         "tables": [{"id": "str", "role": "str", "caption": REGEX, "coefficients": "bool",
                                     "unless": REGEX, "cells_unless": REGEX}],
                         "individual_header": REGEX,
                         "abstract_parts": [{"id": "str", "role": "str", "part": "str", "finding": REGEX}],
                         "sentences": [{"id": "str", "role": "str", "cue": REGEX, "unless": REGEX}],
                         "results_subsections": [{"id": "str", "role": "str", "heading": REGEX, "unless": REGEX}],
                         "class_unless": {"*": "str"}},
    "study_designs.yaml": {"head_chars": "int", "head_weight": "number", "kind": {"*": RULES},
                           "report_as": {"*": "str"}, "not_own_before": REGEX, "not_own_after": REGEX,
                           "pooled_phases": REGEX, "refine": {"*": "any"}, "default_design": "str",
                           "not_in_sections": "strs",
                           "designs": {"*": RULES}},
    "tables.yaml": {"header": {"*": REGEX}, "caption": {"*": REGEX}, "row": {"*": REGEX},
                    "row_endpoints": {"*": REGEX}, "failure_sites": {"*": REGEX}},
    "study_fields.yaml": {"n_patients": RULES, "n_not_followed_by": REGEX, "n_one_of_several": REGEX,
                          "n_another_group": REGEX, "n_second_group": REGEX,
                          "n_narrowed_after": REGEX, "n_sexes_after": REGEX, "n_each_group": REGEX,
                          "n_part_before": REGEX,
                          "n_parent_opening": REGEX, "n_analysis_of": REGEX,
                          "n_not_in_sections": "strs",
                          "n_lesions": "str", "follow_up": RULES, "enrolment": RULES, "enrolment_context": REGEX,
                          "institution": REGEX,
                          "institution_anchors": "strs", "country_before": REGEX, "institution_before": REGEX,
                          "population": REGEX, "population_stop": REGEX, "intro_heading": REGEX},
}

MACRO = re.compile(r"\{[A-Z]+\}")


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that refuses a key given twice in one mapping."""


def _mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise PatternFileError(f"line {key_node.start_mark.line + 1}: key '{key}' given twice in one mapping "
                                   f"(first on line {seen[key]}); the first would be lost")
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def parse(text: str, schema: Any, name: str) -> Any:
    """The data of one pattern file's text, checked against ``schema``; rule lists become Rules."""
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 (a safe loader)
    except PatternFileError as e:
        raise PatternFileError(f"{name}: {e}") from None
    except yaml.YAMLError as e:
        raise PatternFileError(f"{name}: not valid YAML: {e}") from None
    out = _check(data, schema, name)
    ids = [r.id for r in _all_rules(out)]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise PatternFileError(f"{name}: rule id(s) used twice: {', '.join(twice)}")
    return out


def _check(value: Any, schema: Any, where: str) -> Any:
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            raise PatternFileError(f"{where}: expected a mapping, got {type(value).__name__}")
        out = {}
        for key, item in value.items():
            if key in schema:
                sub = schema[key]
            elif "*" in schema:
                sub = schema["*"]
            else:
                known = ", ".join(k for k in schema if k != "*")
                raise PatternFileError(f"{where}: unknown key '{key}'; known: {known}")
            out[key] = _check(item, sub, f"{where}.{key}")
        return out
    if isinstance(schema, list):
        if not isinstance(value, list):
            raise PatternFileError(f"{where}: expected a list, got {type(value).__name__}")
        return [_check(item, schema[0], f"{where}[{i}]") for i, item in enumerate(value)]
    if schema == "any":
        return value
    if schema in (RULES, REGEX_RULES):
        if not isinstance(value, list):
            raise PatternFileError(f"{where}: expected a list of rules")
        out = [Rule.from_dict(item, f"{where}[{i}]", with_flags=schema == REGEX_RULES) for i, item in enumerate(value)]
        names = [f"{where}[{i}]: id {r.id!r}" for i, r in enumerate(out) if not r.id.isidentifier()]
        if schema == REGEX_RULES and names:
            raise PatternFileError(f"{names[0]} is not a Python name (the module reads it as RX.<id>)")
        return out
    if schema in ("regexes", "strs"):
        if not isinstance(value, list) or not all(isinstance(x, (str, int, float)) for x in value):
            raise PatternFileError(f"{where}: expected a list of strings")
        if schema == "regexes":
            for i, x in enumerate(value):
                _compiles(str(x), f"{where}[{i}]")
        return [str(x) for x in value]
    if schema in (REGEX, "str"):
        if not isinstance(value, str):
            raise PatternFileError(f"{where}: expected a string, got {type(value).__name__}")
        if schema == REGEX:
            _compiles(value, where)
        return value
    if schema == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise PatternFileError(f"{where}: expected a whole number, got {value!r}")
        return value
    if schema == "bool":
        if not isinstance(value, bool):
            raise PatternFileError(f"{where}: expected true or false, got {value!r}")
        return value
    if schema == "number":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise PatternFileError(f"{where}: expected a number, got {value!r}")
        return value
    raise AssertionError(f"unknown schema type {schema!r}")


def _compiles(pattern: str, where: str) -> None:
    if MACRO.search(pattern):
        return  # expanded (and compiled) by the module that owns the macros
    try:
        re.compile(pattern)
    except re.error as e:
        raise PatternFileError(f"{where}: the regular expression does not compile: {e}") from None


def _all_rules(value: Any):
    if isinstance(value, Rule):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _all_rules(item)
    elif isinstance(value, list):
        for item in value:
            yield from _all_rules(item)


@cache
def load(name: str) -> Any:
    """The checked data of ``extract/patterns/<name>`` (cached: pattern files do not change at run time)."""
    if name not in SCHEMAS:
        raise PatternFileError(f"{name}: no schema for this pattern file; add it to rules.SCHEMAS")
    text = (resources.files("oncoev.extract") / "patterns" / name).read_text("utf-8")
    return parse(text, SCHEMAS[name], name)


def rule_ids() -> set[str]:
    """Every rule id of every pattern file."""
    return {r.id for name in SCHEMAS for r in _all_rules(load(name))}


@cache
def regexes(module: str) -> types.ModuleType:
    """The regular expressions of ``extract/<module>.py``, read from ``patterns/regex/<module>.yaml`` (cached: a
    module binds them once, as ``RX = regexes("<module>")``): an object whose attribute of each rule's id is its
    pattern, compiled on first use (``lazy_regex``, guard and all). The object is a module object, as reading an
    attribute of one costs what reading a global name does (Python 3.11 specialises it)."""
    name = f"regex/{module}.yaml"
    text = (resources.files("oncoev.extract") / "patterns" / "regex" / f"{module}.yaml").read_text("utf-8")
    return regex_table(text, name, f"oncoev.extract.{module}.RX")


def regex_table(text: str, name: str, table_name: str = "RX") -> types.ModuleType:
    """The object :func:`regexes` gives for a regex file's ``text`` (``name``: the file, for messages): each record's
    pattern, its references filled in, compiled on first use; a piece's attribute is its pattern string."""
    table = types.ModuleType(table_name, f"The regular expressions of {name}.")
    records = parse(text, REGEX_RULES, name)
    patterns = expand_references({rule.id: rule.pattern for rule in records}, name)
    for rule in records:
        pattern = patterns[rule.id]
        setattr(table, rule.id,
                pattern if rule.piece else lazy_regex(pattern, rule.flag_bits, where=f"{name}: {rule.id}"))
    return table


# A name in a regex file's pattern: "{SUBJECT}" (a record of the file), "{lexicon.PEOPLE}" (a piece of the lexicon);
# never a quantifier ("{0,3}") nor an escaped brace ("\\{").
REFERENCE = re.compile(r"(?<!\\)\{((?:lexicon\.)?_?[A-Z][A-Z0-9_]*)\}")


def expand_references(patterns: dict[str, str], where: str) -> dict[str, str]:
    """Each pattern (by its record's id) with every ``{NAME}`` in it replaced by the pattern NAME names, itself
    expanded, as a non-capturing group ``(?:...)``: a record of ``patterns`` or, ``{lexicon.NAME}``, a lexicon piece.
    Refuses (PatternFileError naming ``where``) a name that is neither and names that refer to themselves."""
    done: dict[str, str] = {}

    def expand(ident: str, path: tuple[str, ...]) -> str:
        if ident in done:
            return done[ident]
        if ident in path:
            raise PatternFileError(f"{where}: {ident} names itself through {' -> '.join(path + (ident,))}")

        def fill(m: re.Match) -> str:
            ref = m.group(1)
            if ref.startswith("lexicon."):
                from oncoev.extract import lexicon  # (lexicon reads its data through this module)

                value = lexicon.piece(ref[len("lexicon."):])
                if value is None:
                    raise PatternFileError(f"{where}: {ident}: the lexicon has no piece {ref[8:]!r}")
                return _grouped(value)
            if ref not in patterns:
                raise PatternFileError(f"{where}: {ident}: no record {ref!r} in the file (a name in braces is a record "
                                       f"of the same file or {{lexicon.NAME}})")
            return _grouped(expand(ref, path + (ident,)))

        done[ident] = REFERENCE.sub(fill, patterns[ident])
        return done[ident]

    return {ident: expand(ident, ()) for ident in patterns}


# The items of a pattern as far as brackets go: an escape, a character class ("[^]x)]": a "]" first is one of its
# characters), any other character
_ATOMS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[^\\\[]", re.S)


def _grouped(pattern: str) -> str:
    """``(?:pattern)``, or the pattern as it is when one bracket pair already holds all of it ("(?:a|b)",
    "(?P<n>\\d+)"): a name filled in is one item of the expression that names it, whatever it holds."""
    depth = 0
    for m in _ATOMS.finditer(pattern) if pattern.startswith("(") else ():
        depth += {"(": 1, ")": -1}.get(m.group(), 0)
        if depth == 0:
            return pattern if m.end() == len(pattern) else f"(?:{pattern})"
    return f"(?:{pattern})"


def regex_files() -> list[str]:
    """The modules that have a regex file (``patterns/regex/<module>.yaml``)."""
    folder = resources.files("oncoev.extract") / "patterns" / "regex"
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml")) if folder.is_dir() else []
