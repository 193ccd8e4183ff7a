"""The one rule loader (extract/rules.py) and the shared lexicon (extract/lexicon.py)."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from support import yaml_cases

from oncoev.extract import lexicon, rules
from oncoev.extract.doses import find_doses
from oncoev.extract.mentions import find_times
from oncoev.extract.normalize import normalize
from oncoev.extract.pdf_layout import join_hyphenated

PATTERN_FILES = sorted(p.name for p in (resources.files("oncoev.extract") / "patterns").iterdir()
                       if p.name.endswith(".yaml"))


def test_every_pattern_file_has_a_schema_and_loads():
    assert set(PATTERN_FILES) == set(rules.SCHEMAS)
    for name in PATTERN_FILES:
        assert rules.load(name)


def test_rule_ids_are_unique_and_dotted():
    ids = rules.rule_ids()
    assert len(ids) > 80
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_-]+)+", i) for i in ids), sorted(ids)


def test_a_key_given_twice_is_refused_with_its_line():
    text = "constructions:\n  - id: dose.a\n    requires: [x]\n    requires: [y]\n    pattern: 'a'\n"
    with pytest.raises(rules.PatternFileError, match=r"line 4: key 'requires' given twice.*first on line 3"):
        rules.parse(text, rules.SCHEMAS["doses.yaml"], "doses.yaml")


def test_an_unknown_key_is_refused_with_its_place():
    with pytest.raises(rules.PatternFileError, match=r"rules\[0\]: unknown key\(s\) flags"):
        rules.parse("rules:\n  - {id: a.b, pattern: x, flags: i}\n", rules.SCHEMAS["normalize.yaml"], "normalize.yaml")
    with pytest.raises(rules.PatternFileError, match=r"unknown key 'definitions'"):
        rules.parse("definitions: 'x'\n", rules.SCHEMAS["cues.yaml"], "cues.yaml")


def test_a_rule_needs_an_id_and_ids_are_unique():
    schema = rules.SCHEMAS["normalize.yaml"]
    with pytest.raises(rules.PatternFileError, match="needs a non-empty string 'id'"):
        rules.parse("rules:\n  - {pattern: x}\n", schema, "normalize.yaml")
    with pytest.raises(rules.PatternFileError, match="used twice: a.b"):
        rules.parse("rules:\n  - {id: a.b, pattern: x}\n  - {id: a.b, pattern: y}\n", schema, "normalize.yaml")


@pytest.mark.parametrize(("text", "pattern", "flags"), [
    ("- id: CUE\n  pattern: 'a\\b(?:b|c)'\n  flags: IS\n", r"a\b(?:b|c)", re.I | re.S),
    ("- id: CUE\n  pattern:\n    - '(?:one|two)'  # a piece with a comment\n    - '\\s+''s'\n", r"(?:one|two)\s+'s", 0),
])
def test_a_regex_file_rule_has_flags_and_pattern_pieces(text, pattern, flags):
    [rule] = rules.parse(text, rules.REGEX_RULES, "regex/m.yaml")
    assert (rule.id, rule.pattern, rule.flag_bits) == ("CUE", pattern, flags)


@yaml_cases
def test_a_regex_file_rule_is_checked(text, message):
    with pytest.raises(rules.PatternFileError, match=message):
        rules.parse(text, rules.REGEX_RULES, "regex/m.yaml")


# A record names another of its file, or a piece of the lexicon, as {NAME}: filled in as a non-capturing group
# (one that a bracket pair holds whole already, as lexicon.PEOPLE, as it is), recursively; a piece (piece: true) is a
# string, maybe no whole expression, never compiled alone.
PEOPLE = lexicon.PEOPLE


@pytest.mark.parametrize(("text", "expected"), [
    # one name; a quantifier in braces is no name
    ("- {id: SUBJECT, pattern: 'we|the\\s+authors', piece: true}\n- {id: CUE, pattern: '{SUBJECT}\\s+found\\w{0,3}'}\n",
     {"SUBJECT": r"we|the\s+authors", "CUE": r"(?:we|the\s+authors)\s+found\w{0,3}"}),
    # nested: a piece made of a piece, and a regex's pattern named by another regex
    ("- {id: ARM, pattern: 'arm|group', piece: true}\n- {id: ARM_LETTER, pattern: '{ARM}\\s+[A-D]', piece: true}\n"
     "- {id: IN_ARM, pattern: 'in\\s+{ARM_LETTER}'}\n- {id: IN_ARM_END, pattern: '{IN_ARM}$', flags: I}\n",
     {"ARM_LETTER": r"(?:arm|group)\s+[A-D]", "IN_ARM": r"in\s+(?:(?:arm|group)\s+[A-D])",
      "IN_ARM_END": r"(?:in\s+(?:(?:arm|group)\s+[A-D]))$"}),
    # one piece named by two records, and a piece of the lexicon; a piece need not be a whole expression
    ("- {id: OPEN, pattern: '(?:at|by', piece: true}\n- {id: N_PEOPLE, pattern: '\\d+\\s+{lexicon.PEOPLE}'}\n"
     "- {id: N_DIED, pattern: ['{N_PEOPLE}', '\\s+died']}\n- {id: N_LIVED, pattern: '{N_PEOPLE}\\s+lived'}\n",
     {"OPEN": "(?:at|by", "N_DIED": rf"(?:\d+\s+{PEOPLE})\s+died", "N_LIVED": rf"(?:\d+\s+{PEOPLE})\s+lived"}),
    # a part held whole by one bracket pair stays as it is; two groups, or a group and more, are put in one
    ("- {id: N, pattern: '(?P<n>\\d+)', piece: true}\n- {id: TWO, pattern: '(a)(b)', piece: true}\n"
     "- {id: CLASS, pattern: '(x[)]|y)', piece: true}\n- {id: CUE, pattern: '{N}%|{TWO}?|{CLASS}+'}\n",
     {"CUE": r"(?P<n>\d+)%|(?:(a)(b))?|(x[)]|y)+"}),
])
def test_a_regex_file_record_names_others(text, expected):
    table = rules.regex_table(text, "regex/m.yaml")
    got = {name: value if isinstance(value, str) else value.pattern for name, value in vars(table).items()
           if name in expected}
    assert got == expected
    assert all(isinstance(getattr(table, name), str) == ("piece: true" in line) for line in text.splitlines()
               for name in re.findall(r"id: (\w+)", line))
    assert all(getattr(table, name).groups >= 0 for name in expected
               if not isinstance(getattr(table, name), str))  # each whole expression compiles


@yaml_cases
def test_a_wrong_name_in_a_regex_file_is_refused(text, message):
    with pytest.raises(rules.PatternFileError, match=message):
        rules.regex_table(text, "regex/m.yaml")


def test_a_broken_regex_is_refused_at_load_time():
    with pytest.raises(rules.PatternFileError, match=r"cues.yaml.grade: the regular expression does not compile"):
        rules.parse("grade: '(unclosed'\n", rules.SCHEMAS["cues.yaml"], "cues.yaml")


def test_the_dose_rules_keep_every_requires_list():
    """doses.yaml once gave one rule `requires` twice; the first list was silently lost."""
    text = (resources.files("oncoev.extract") / "patterns" / "doses.yaml").read_text("utf-8")
    rules.parse(text, rules.SCHEMAS["doses.yaml"], "doses.yaml")  # refuses any key given twice


@yaml_cases
def test_parse_count(words, value):
    assert lexicon.parse_count(words) == value


@yaml_cases
def test_counts_in_words_reach_the_rules_as_digits(text, expected):
    assert normalize(text).text == expected


@yaml_cases
def test_a_typeset_hyphen_joins_a_count_in_words(text, expected, words, count):
    assert normalize(text).text == expected
    assert lexicon.parse_count(words) == count


@yaml_cases
def test_time_points_read_counts_in_words_with_the_lexicon(text, months):
    # The rules read normalised text (digits), but a word they are given is read by the lexicon's grammar,
    # not by a shorter list of their own.
    assert [t.months for t in find_times(text)] == [months]


@yaml_cases
def test_dose_schedules_read_counts_in_words_with_the_lexicon(text, schedule):
    assert [d.fields.get("schedule") for d in find_doses(text)] == [schedule]


def test_the_quote_of_a_number_word_is_the_word():
    text = "Overall, nineteen patients improved."
    norm = normalize(text)
    i = norm.text.index("19")
    start, end = norm.span(i, i + 2)
    assert text[start:end] == "nineteen"


@yaml_cases
def test_text_and_pdf_break_words_the_same_way(before, after, joined):
    """The same words broken at a line end come out alike from a .txt file and from the PDF reader."""
    assert normalize(f"{before}\n{after}").text == joined
    assert join_hyphenated(before, after) == joined
