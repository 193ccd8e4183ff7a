"""The endpoint codes' properties (extract/patterns/endpoint_codes.yaml): one line per code, read by the one loader,
from which the rule modules' sets of codes are made."""

from __future__ import annotations

import pytest

from oncoev.extract import (
    assemble,
    endpoint_codes,
    findings,
    mentions,
    qualifiers,
    results,
    rules,
    table_model,
    table_results,
)
from oncoev.extract.endpoint_codes import checked, code_to, codes_with, known_codes, shipped

SCHEMA = rules.SCHEMAS[endpoint_codes.FILE]


def _parse(text: str) -> dict:
    return rules.parse(text, SCHEMA, "test.yaml")


def test_every_code_of_the_file_is_a_known_code():
    data = shipped()
    assert len(data) > 40
    assert set(data) <= known_codes()
    assert {"OS", "TOX", "pCR", "PCR", "RELATIVE_SURVIVAL", "RFS"} <= known_codes()  # both sources of codes
    named = {value for line in data.values() for p in endpoint_codes.CODE_VALUED if (value := line.get(p))}
    assert named <= known_codes()


@pytest.mark.parametrize(("module", "name", "prop"), [
    (findings, "CURVES", "curve"), (findings, "COUNTED", "counted"), (results, "TIME_TO_EVENT", "rate_at_time"),
    (results, "MEDIAN_CODES", "has_median"), (results, "EVENT_CODES", "event"), (results, "STOPPING", "has_reasons"),
    (results, "RESPONSE_CODES", "response"), (results, "ORGAN_SITE_CODES", "in_an_organ"),
    (results, "EVENTS_OF_A_CURVE", "curve_event"), (mentions, "EVENT_FREE_CODES", "event_free"),
    (mentions, "SURVIVAL_OF_PEOPLE", "survival_of_people"), (mentions, "RESPONSE_OF_PEOPLE", "names_responders"),
    (mentions, "FAILURE_OF_PEOPLE", "names_failed"), (qualifiers, "RESPONSES", "assessed"),
    (assemble, "TREATMENT_OUTCOMES", "treatment_outcome"), (assemble, "EVENTS_OF_A_TREATMENT", "caused_by_treatment"),
    (assemble, "STOPPING_ENDPOINTS", "drug_stopped"), (assemble, "FOUND_AT_ENTRY", "found_at_entry"),
    (table_model, "KIND_CODES", "has_kinds"), (results, "EVENTS_OF_AN_ANALYSIS", "analysis_events"),
    (results, "MEDIAN_IN_MONTHS", "months_are_median"), (results, "OCCURS_IN_PATIENTS", "occurs_in_patients"),
    (findings, "ADVERSE_EVENT_CODES", "adverse_event"), (findings, "RESPONSE_CATEGORIES", "response_category"),
    (findings, "SAID_OF_SYMPTOMS", "of_a_symptom"), (findings, "DISEASE_CONTROL", "disease_control"),
    (table_model, "DISEASE_CONTROL", "disease_control"), (findings, "SUMMED_RESPONSES", "sums_responses"),
    (findings, "DEATH_EVENTS", "events_are_deaths"), (findings, "EITHER_EVENT_CURVES", "either_event"),
    (findings, "RECURRENCE_CURVES", "recurrence_curve"), (results, "GRADED_BEFORE", "graded_before"),
    (results, "COUNTED_BY_NAME", "counted_by_name"), (table_results, "REGRESSION_GRADES", "regression_grades"),
])
def test_the_modules_sets_are_the_files_properties(module, name, prop):
    assert getattr(module, name) == codes_with(prop)
    assert getattr(module, name)  # no property is given to no code


def test_the_code_valued_properties_reach_their_modules():
    assert mentions.FREE_FROM_CODES == code_to("free_of_it") == {"FAIL_LOCAL": "LC", "FAIL_DISTANT": "DMFS"}
    assert table_results.EVENTS_OF_CURVE == code_to("counted_events")
    assert "OS" in table_results.EVENTS_OF_CURVE


def test_a_new_code_is_one_line():
    # a made-up survival and a made-up counted event, each one line; its names would go to patterns/endpoints.yaml
    data = checked(_parse("MADE_UP_FS: {curve: true, rate_at_time: true, has_median: true, event_free: true}\n"
                          "MADE_UP_EVENT: {counted: true, event: true, free_of_it: MADE_UP_FS}\n"),
                   known_codes() | {"MADE_UP_FS", "MADE_UP_EVENT"})
    assert codes_with("curve", data) == codes_with("has_median", data) == {"MADE_UP_FS"}
    assert codes_with("counted", data) == codes_with("event", data) == {"MADE_UP_EVENT"}
    assert codes_with("survival_of_people", data) == frozenset()
    assert code_to("free_of_it", data) == {"MADE_UP_EVENT": "MADE_UP_FS"}


@pytest.mark.parametrize("text", ["PFS: {curve: true, curvy: true}\n", "TOX: {counted: yes please}\n",
                                  "DFS: {curve: true}\nDFS: {has_median: true}\n"])
def test_the_loader_refuses_an_unknown_property_a_bad_value_or_a_code_twice(text):
    with pytest.raises(rules.PatternFileError):
        _parse(text)


@pytest.mark.parametrize(("text", "named"), [("PSF: {curve: true}\n", "PSF"),
                                             ("Tox: {counted: true}\n", "Tox"),
                                             ("FAIL_LOCAL: {counted: true, free_of_it: LCC}\n", "LCC")])
def test_a_misspelt_code_is_refused_with_its_name(text, named):
    with pytest.raises(rules.PatternFileError, match=named):
        checked(_parse(text), known_codes())


def test_only_properties_of_the_file_are_asked_for():
    with pytest.raises(KeyError):
        codes_with("curves")
    with pytest.raises(KeyError):
        codes_with("free_of_it")
    with pytest.raises(KeyError):
        code_to("curve")


def test_the_properties_agree_with_one_another():
    # a recurrence curve's events are a relapse or death; disease control counts categories of response, which a
    # summed rate is not; a curve of deaths has no event-free name
    assert findings.RECURRENCE_CURVES < findings.EITHER_EVENT_CURVES <= findings.CURVES
    assert findings.DISEASE_CONTROL < findings.RESPONSE_CATEGORIES
    assert not findings.SUMMED_RESPONSES & findings.RESPONSE_CATEGORIES
    assert findings.SUMMED_RESPONSES <= results.RESPONSE_CODES
    assert not findings.DEATH_EVENTS & mentions.EVENT_FREE_CODES
    assert results.RESPONSE_KINDS == qualifiers.RESPONSES - findings.SUMMED_RESPONSES
