"""What the extractor does with each endpoint code, from ``patterns/endpoint_codes.yaml`` (one line per code).

The rule modules keep their names for these sets (``findings.CURVES``, ``results.MEDIAN_CODES``, ...), each made
here from the file at import: a new code is one line of that file, not an edit of every module's list.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import cache
from importlib import resources
from typing import Any, Optional

from oncoev.extract import rules

FILE = "endpoint_codes.yaml"
CODE_VALUED = ("counted_events", "free_of_it")  # properties whose value is another code, not true or false


@cache
def known_codes() -> frozenset[str]:
    """The codes of the endpoint vocabulary (schema/endpoints.yaml) and those the endpoint names give
    (patterns/endpoints.yaml: an entry's ``code``, or its own key)."""
    from oncoev.schema.vocabulary import SCHEMA  # the vocabulary's keys only: no database model is imported

    text = (resources.files("oncoev.schema") / "endpoints.yaml").read_text("utf-8")
    vocabulary = {entry["code"] for entry in rules.parse(text, SCHEMA, "schema/endpoints.yaml")}
    named = {entry.get("code", key) for key, entry in rules.load("endpoints.yaml").items()}
    return frozenset(vocabulary | named)


def checked(data: Mapping[str, Mapping[str, Any]], known: Collection[str], name: str = FILE
            ) -> Mapping[str, Mapping[str, Any]]:
    """``data`` (a parsed endpoint_codes file) when every code in it, and every code a property names, is in
    ``known``; else a PatternFileError naming the code (a misspelt code would silently lose its properties)."""
    for code, properties in data.items():
        for where, value in ((code, code), *((f"{code}.{p}", properties[p]) for p in CODE_VALUED if p in properties)):
            if value not in known:
                raise rules.PatternFileError(f"{name}: {where}: unknown endpoint code {value!r} (codes are those of "
                                             f"schema/endpoints.yaml and patterns/endpoints.yaml)")
    return data


@cache
def shipped() -> Mapping[str, Mapping[str, Any]]:
    """The checked data of the shipped file."""
    return checked(rules.load(FILE), known_codes())


def codes_with(prop: str, data: Optional[Mapping[str, Mapping[str, Any]]] = None) -> frozenset[str]:
    """The codes whose line sets ``prop`` true (of the shipped file, or of ``data``)."""
    if prop not in rules.SCHEMAS[FILE]["*"] or prop in CODE_VALUED:
        raise KeyError(f"{FILE}: no yes-or-no property {prop!r}")
    return frozenset(code for code, properties in (shipped() if data is None else data).items()
                     if properties.get(prop))


def code_to(prop: str, data: Optional[Mapping[str, Mapping[str, Any]]] = None) -> dict[str, str]:
    """Each code whose line gives ``prop`` (one of CODE_VALUED), with the code it names."""
    if prop not in CODE_VALUED:
        raise KeyError(f"{FILE}: no property {prop!r} naming a code")
    return {code: properties[prop] for code, properties in (shipped() if data is None else data).items()
            if prop in properties}
