"""Patterns compiled on first use (extract/lazy_regex.py): they match as compiled ones do, and none is broken."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import oncoev.extract
from oncoev.extract import lazy_regex, rules
from oncoev.extract.lazy_regex import LazyPattern


def test_a_lazy_pattern_compiles_on_first_use_and_matches_as_re_does():
    lazy = lazy_regex.lazy_regex(r"(?P<n>\d+)\s*gy", re.I)
    assert lazy.pattern == r"(?P<n>\d+)\s*gy" and "search" not in vars(lazy)  # not compiled yet
    compiled = re.compile(r"(?P<n>\d+)\s*gy", re.I)
    text = "50 Gy in 25 fractions, then 10 GY"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.search(text, 5).group("n") == "10"
    assert lazy.sub("x", text) == compiled.sub("x", text)
    assert lazy.groupindex == compiled.groupindex and lazy.flags == compiled.flags
    assert vars(lazy)["search"].__self__ is lazy.compile()  # later calls go straight to the compiled pattern


def test_a_broken_lazy_pattern_names_its_place_when_used():
    lazy = lazy_regex.lazy_regex("(unclosed", where="unexplained.yaml: count.x")
    with pytest.raises(rules.PatternFileError, match="unexplained.yaml: count.x: the regular expression does not"):
        lazy.search("text")
    with pytest.raises(re.error):
        lazy_regex.lazy_regex("(unclosed").search("text")


def test_every_rule_table_compiles():
    """The tables are built and every pattern in them compiled: a broken one cannot wait for a paper that uses it
    (only the pattern files' own expressions are checked at load time; those with macros are not)."""
    for module in pkgutil.iter_modules(oncoev.extract.__path__):
        importlib.import_module(f"oncoev.extract.{module.name}")
    from oncoev.extract import doses, mentions, results, study, table_model, unexplained

    for build in (doses._rules, study._rules, unexplained._classes, mentions.cues, results._site_patterns,
                  results.toxicity_terms, table_model.cues):
        build()
    made = lazy_regex.compile_all()
    assert made > 400
    assert isinstance(rules.load("doses.yaml")["constructions"][0].compiled().regex, LazyPattern)


# Expressions of the shapes the rule tables use, each with what it must (not) be guarded by.
GUARD_CASES = [
    (r"(?<![\w-])(?:cisplatin|carboplatin|5-fu|zoledronic\s+acid)(?![\w-])", re.I),  # words after a lookbehind
    (r"\b(?:(?:a|A|adjusted\s+)?HRs?|(?i:hazard ratio|odds ratio))\b[^.;]{0,40}?(?P<n>\d+(?:\.\d+)?)", 0),
    (r"(?P<r0>&(?:[A-Za-z]{2,8}|#\d{2,6});)|(?P<r1>(?<=[A-Za-z])-[ \t]*\n[ \t]*(?=[a-z]))|(?P<r2>(?<=\d) ?percent\b)"
     r"|(?P<r3>(?<![\w-])(?i:one|two|three)(?![\w]))", 0),  # a combined table of named alternatives
    (r"(?:\d+\s*)?(?:patients|cases)|(?i:n\s*=\s*)(?P<n>\d+)", 0),  # an optional start: the next item counts too
    (r"(?:(?P<n>\d+)\s+of|among)\s+(?P<d>\d+)", re.I),
    # a boundary before a hyphen holds after a word character: only the letters wait for a word's start
    (r"\b(?:-\d|one|two|HR)|(?<=\d) ?(?:per ?cent|%)|(?<!\w)(?:[Aa]mong|&)", 0),
]


@pytest.mark.parametrize("pattern,flags", GUARD_CASES)
def test_a_guarded_pattern_matches_as_the_pattern_does(pattern, flags):
    text = ("Among 120 patients, 31 of 50 Patients had cisplatin-based or Carboplatin therapy (5-FU; zoledronic\n"
            "acid); HR 0.71 (95% CI 0.5-0.9), an adjusted HR of 0.8, hazard Ratio 1.2. N = 45 cases, 3 percent "
            "&amp; one or Two or three-fold, treat-\nment &#8211; among 7 of 9.")
    plain, guarded = re.compile(pattern, flags), lazy_regex.compile_guarded(pattern, flags)
    assert lazy_regex.first_char_guard(pattern, flags) is not None and guarded.pattern != pattern
    assert (guarded.groups, guarded.groupindex, guarded.flags) == (plain.groups, plain.groupindex, plain.flags)
    assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)] != []
    for i in range(len(text)):
        a, b = plain.match(text, i), guarded.match(text, i)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
    assert guarded.sub("#", text) == plain.sub("#", text) and guarded.split(text) == plain.split(text)
    assert re.compile(guarded.pattern, flags).groupindex == plain.groupindex  # what it says it is compiles alike


@pytest.mark.parametrize(("pattern", "gated", "open"), [
    (r"(?<![\w-])(?i:one|two|three)|&(?:amp|lt);", r"(?<!\w)(?i:[ot])", r"(?-i:[\U00000026])"),
    (r"\b(?:-\d|nine)|x", r"(?<!\w)(?-i:[n])", r"(?-i:[\U0000002dx])"),
    (r"(?<=\d) ?(?:per ?cent|%)|#", r"(?<=\d)(?-i:[\U00000020p\U00000025])", r"(?-i:[\U00000023])"),
])
def test_a_letter_after_a_boundary_is_tried_where_a_word_starts_only(pattern, gated, open):
    """Most letters of a text are inside a word: a number word's first letter, after a boundary, is tried at a
    word's start only, and a character a lookbehind of a digit leads to after a digit only."""
    guard = lazy_regex.first_char_guard(pattern)
    assert gated in guard and open in guard
    plain, guarded = re.compile(pattern), lazy_regex.compile_guarded(pattern)
    text = "Nine of 31 (12 per cent) had one-two #x; 5-6 gone, 4% none & tone, three."
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


@pytest.mark.parametrize("pattern,flags", [
    (r"(?:cisplatin|carboplatin)?", re.I),  # may match nothing: no character to test
    (r"^(?:baseline|age)\b", re.I),  # tried at the start only
    (r"Table\s+(?:\d+|[IVX]+)", 0),  # re skips ahead to "Table" by itself
    (r"(?<![\w-])\s*(?:of\s+)?the\s+\d+", 0),  # no alternatives before the first character: a try is cheap
    (r"(?:[^)]+|x)\)", 0),  # a negated class: any character
    (r"(?a:\w+|x)y", 0),  # a group with flags of its own
    (r"(?i)(?:one|two)", 0),  # flags for the whole pattern: they must stay first
])
def test_no_guard_where_it_would_not_help_or_not_hold(pattern, flags):
    assert lazy_regex.first_char_guard(pattern, flags) is None
    assert lazy_regex.compile_guarded(pattern, flags).pattern == pattern


def test_every_rule_pattern_compiles_to_what_its_guard_and_itself_match_alike():
    """Over a paragraph of result reporting, each pattern made so far finds what ``re`` finds (guarded or not)."""
    from oncoev.extract import doses, mentions, unexplained

    doses._rules(), unexplained._classes(), mentions.cues()
    text = ("Of the 120 patients randomized (60 to arm A and 60 to arm B), 31 (52%) had a response. Median OS was "
            "14.2 months (95% CI 11.0-17.3) vs 11.1 months; HR 0.71, 0.55-0.92, p = 0.01. Grade 3-4 neutropenia "
            "occurred in 12 patients (20%). Cisplatin 75 mg/m2 on day 1 every 3 weeks for 6 cycles [12, 13].")
    for lazy in list(lazy_regex._MADE):
        plain = re.compile(lazy.pattern, lazy.lazy_flags)
        guarded = lazy_regex.compile_guarded(lazy.pattern, lazy.lazy_flags)
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], lazy.pattern


# Invented sentences with terms and names at starts of words, in capitals, plural, hyphened and spaced, beside words
# that begin like them
LOOKAHEAD_TEXTS = [
    "Grade 3 Neutropenia, febrile neutropenias and hand-foot syndrome were rare; neutrophil counts and rashes not.",
    "Radiation pneumonitis (grade 2) and radiation-pneumonitis occurred; pneumonia, Pneumonias and fatigue too.",
    "The 2-year overall survival, progression-free survival and local control rates were 70%, 55% and 90%.",
    "Overall-survival, OVERALL SURVIVAL, time to progression and disease-free-survival were reported; overalls not.",
]


def test_the_first_letters_lookaheads_change_no_match():
    from oncoev.extract import rules
    from oncoev.extract.mentions import _prefixes, endpoint_matcher, toxicity_terms

    words = sorted({t.lower() for t in rules.load("toxicities.yaml")["terms"]}, key=len, reverse=True)
    plain_terms = re.compile(r"(?<![\w-])(?P<term>" + "|".join(r"[\s-]+".join(map(re.escape, w.split()))
                                                               for w in words) + r")(?:e?s)?(?![\w-])", re.I)
    matcher = endpoint_matcher()
    lookahead = "(?=" + _prefixes(list(matcher.name_codes)) + ")"
    assert lookahead in matcher.names.pattern
    plain_names = re.compile(matcher.names.pattern.replace(lookahead, "", 1), re.I)
    for text in LOOKAHEAD_TEXTS:
        assert [m.span() for m in toxicity_terms().finditer(text)] == [m.span() for m in plain_terms.finditer(text)]
        assert [m.span() for m in matcher.names.finditer(text)] == [m.span() for m in plain_names.finditer(text)]
    assert any(toxicity_terms().search(t) for t in LOOKAHEAD_TEXTS)
    assert any(matcher.names.search(t) for t in LOOKAHEAD_TEXTS)


def test_the_number_words_lookahead_changes_no_match():
    """The count-in-words pattern's lookahead of the words' first letters (lexicon._first_letters) is zero-width and
    under the grammar's own flags: the pattern finds what it finds without it, in any case, and with the characters
    re's case folding takes for a letter (a long s, a dotless i, the Kelvin sign)."""
    from oncoev.extract import lexicon

    pattern = lexicon.number_words_pattern()
    lookahead = f"(?=(?i:{lexicon._first_letters()}))"
    assert lookahead in pattern
    plain = re.compile(pattern.replace(lookahead, "", 1))
    fast = re.compile(pattern)
    texts = ["Forty-two of Sixty for the four arms; fourteen, FIFTEEN and fifty-five, then the fort and Fifth.",
             "One hundred and six, two thousand three hundred-forty, twenty-first, two-thirds, Nineteen ten tense.",
             "ſix, ſeventeen and fıve patients, \u212aelvin, zero or ZERO, Eleven elevated, twelve twenties, three."]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)] != []
        for i in range(len(text)):
            a, b = plain.match(text, i), fast.match(text, i)
            assert (a and a.span()) == (b and b.span())


# Patterns whose first characters are letters of any case, digits, spaces or signs past ASCII, and invented text with
# the characters re's case folding takes for ASCII letters (a long s, a dotless i, a dotted capital I, the Kelvin sign)
START_CHAR_CASES = [
    (r"(?<![\w-])(?:sept\w*|kelvin|iris|µg)", re.I),
    (r"\b(?:Sept|KELVIN|Iris)\b|(?i:\bonce|\btwice)", 0),
    (r"(?:\s+|≤|≥)\s*(?:\d+|one)\s*%|(?:[<>]|–)\d", 0),
    (r"(?:(?i:[a-c])|[X-Z])(?:\d|-)\w", 0),
    # no alternatives before the first character (no guard): the characters a match may start with all the same
    (r"\s*,?\s*(?i:respectively|kelvin)\b", 0),
    (r"(?<![\w-])\d+\s*(?:%|µg)", 0),
]
START_CHAR_TEXT = ("ſept ſEPTic Sept \u212aelvin KELVIN kelvin ıris İris IRIS iris µg ΜG, once ONCE twice; "
                   "≤ 5% and ≥one %, <3 –4, a1b B-c x9z Y-z; ſ1ı İ-x \u212a2k.")


@pytest.mark.parametrize("pattern,flags", START_CHAR_CASES)
def test_a_search_that_skips_to_the_first_characters_finds_what_re_finds(pattern, flags):
    """A guarded program carries the characters a match may start with in its info block (_with_start_chars), so
    that a search skips to them in C: every character past ASCII, and the guard's ASCII ones in both cases when
    its class is of any case. Searches from every offset find what the plain pattern finds."""
    C = lazy_regex._C
    parsed = lazy_regex._sre_parser.parse(pattern, flags)
    guard, starts = lazy_regex._guard_and_starts(parsed, pattern, flags)
    assert (guard == "") == (lazy_regex.first_char_guard(pattern, flags) is None)
    code = lazy_regex._sre_compiler._code(lazy_regex._sre_parser.parse(f"{guard}(?:{pattern})", flags), flags)
    assert code[:3] == [C.INFO, 4, 0]  # re itself finds no character to skip to
    assert lazy_regex._with_start_chars(code, starts)[2] == C.SRE_INFO_CHARSET
    plain, fast = re.compile(pattern, flags), lazy_regex.compile_guarded(pattern, flags)
    text = START_CHAR_TEXT
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)] != []
    for i in range(len(text)):
        a, b = plain.search(text, i), fast.search(text, i)
        assert (a and a.span()) == (b and b.span())
        a, b = plain.search(text, 0, i), fast.search(text, 0, i)
        assert (a and a.span()) == (b and b.span())
    assert fast.sub("#", text) == plain.sub("#", text) and fast.findall(text) == plain.findall(text)


def test_the_characters_a_guard_lets_through_are_all_in_the_set_skipped_to():
    """No ASCII character that a guard lets through, whatever comes before it (nothing, a space, a digit, a letter),
    is left out of the characters the search skips to (those past ASCII are all in)."""
    for pattern, flags in START_CHAR_CASES + GUARD_CASES:
        parsed = lazy_regex._sre_parser.parse(pattern, flags)
        guard, starts = lazy_regex._guard_and_starts(parsed, pattern, flags)
        if not guard:
            continue  # (no guard to ask: the searches from every offset above stand for it)
        lets_through = re.compile(guard, flags)
        through = {chr(i) for i in range(128) for before in ("", " ", "1", "a")
                   if lets_through.match(before + chr(i), len(before))}
        assert through and through <= starts, (pattern, through - starts)


# Patterns an alternative of which may start at nearly any letter, before a literal: a StartFinder tells where
STARTS_BEFORE_LITERAL = [
    (r"(?<!with\s)(?:(?i:adjuvant|oral)[\s-]+){0,2}(?i:[a-z]*(?:platin|mab)|chemo-?therapy|RT)\b\s+(?:was|were)\s+"
     r"(?i:given|used)\s+to\s+(?P<n>\d+)|(?i:\bhad)\s+(?P<n2>\d+)\s+(?:patients|cases)|(?<=[(\[])(?P<n3>\d+)\s*%", 0),
    (r"\w+-?\w*\s+at\s+(?P<n>\d+(?:\.\d+)?)", re.I),
    (r"(?i:[a-zſ]+)\s*=\s*(?P<n>\d+)|(?P<n2>\d+)\s*cases", 0),
]
STARTS_TEXT = ("With cisplatin was given to 12 patients; Adjuvant oral-carboplatin were used to 30, and RT was given "
               "to 4 (8%) but ORAL pembrolizumab  was\ngiven to 7. we had 9 patients (12 % had 3 cases). "
               "ſ-\u212aelvin at 3.5 and İris in 2, x_y in 4; Dose at 70 Gy, kelvin=3 ſeptic = 4, 5 cases; "
               "chemo-therapy was used to 2.")


@pytest.mark.parametrize("pattern,flags", STARTS_BEFORE_LITERAL)
def test_trying_a_pattern_only_where_its_start_finder_says_finds_what_finditer_finds(pattern, flags):
    """Every position where the pattern matches is one the finder gives (tried from every offset of the text and up
    to every end), and scanning only those finds the matches, spans and groups finditer finds."""
    finder = lazy_regex.start_finder(pattern, flags)
    assert finder is not None and finder.tails
    regex = lazy_regex.compile_guarded(pattern, flags)
    text = STARTS_TEXT
    for a in range(0, len(text), 7):
        for b in range(a, len(text) + 1, 11):
            starts = set(finder.starts(text, a, b))
            assert all(p in starts for p in range(a, b) if regex.match(text, p, b)), (a, b)
            assert [(m.span(), m.groups()) for m in lazy_regex.scan(regex, finder, text, a, b)] == \
                [(m.span(), m.groups()) for m in regex.finditer(text, a, b)]
    assert list(regex.finditer(text))


@pytest.mark.parametrize("pattern,flags", [
    (r"(?P<n>\d+)\s*(?:patients|cases)", 0),  # starts at a digit: re skips there by itself
    (r"(?i:\bhad)\s+(?P<n>\d+)", 0),  # a few letters only
    (r"[a-z]*\s*(?:was|were)?", 0),  # may match nothing
    (r"[^.]*mab\s+was", 0),  # starts with any character, not words before a literal
])
def test_no_start_finder_where_re_skips_as_well_or_none_can_be_told(pattern, flags):
    assert lazy_regex.start_finder(pattern, flags) is None
