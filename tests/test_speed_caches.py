"""Caches kept for speed give what the uncached path gives, on texts we wrote."""

from __future__ import annotations

from oncoev.extract.table_model import clean


def test_cell_clean_cache_same_as_uncached() -> None:
    cells = ["14\u00a0(27.5)\u2009\u2013\u200931.0", "  Grade\u20133   neutropenia ", "nine per cent", "18 (36%)*"]
    uncached = [clean.__wrapped__(c) for c in cells]
    assert [clean(c) for c in cells] == uncached
    assert [clean(c) for c in cells] == uncached  # asked again: from the cache
    assert uncached[0] != cells[0] and uncached[1] == "Grade-3 neutropenia"


def test_abbreviation_lookahead_finds_what_the_plain_list_finds() -> None:
    import re

    from oncoev.extract.mentions import _data, _prefixes, endpoint_matcher

    matcher = endpoint_matcher()
    written = [a for entry in _data("endpoints.yaml").values() for a in entry.get("abbreviations") or []]
    lookahead = "(?=" + _prefixes(written, 3) + ")"
    assert lookahead in matcher.abbreviations.pattern
    plain = re.compile(matcher.abbreviations.pattern.replace(lookahead, "", 1))
    sentences = ["Median PFS was 7.1 months and OS 15.8 months; the ORR reached 41% (CR 6%, PR 35%).",
                 "PFSs of both arms, DMFS at 3 years and a pCR in 19 of 44 (PD-L1 high, PFS-2 not reached).",
                 "Patients in the PCR-B arm had DFS of 62% versus 51%, and LRC was 88% with few SAEs."]
    for sentence in sentences:
        found = [(m.span(), m.lastgroup) for m in matcher.abbreviations.finditer(sentence)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(sentence)]
        assert found  # each sentence names some


def test_anchored_matches_made_as_asked_are_all_of_them_in_order() -> None:
    import re

    from oncoev.extract.study import _anchored

    regex = re.compile(r"(?P<n>\d+)\s+(?:patients|women)\s+(?:were|had)\b")
    texts = ["In all, 64 patients were enrolled; 30 women had surgery and 34 patients were observed.",
             "Of 120 patients screened, 88 patients were eligible, and 12 women had no follow-up."]
    for text in texts:
        low = text.lower()
        made = _anchored(regex, text, low, ("patients", "women"))
        first = next(made)
        rest = list(made)
        whole = [m for m in regex.finditer(text) if "patients" in m.group(0) or "women" in m.group(0)]
        assert [m.span() for m in [first, *rest]] == [m.span() for m in whole]
        assert len(whole) >= 2


def test_inline_headings_guarded_find_what_the_plain_patterns_find() -> None:
    import re

    from oncoev.extract.sentences import INLINE_HEADING
    from oncoev.extract.sentences import RX as SENTENCES_RX

    texts = ["We enrolled 52 adults with sarcoma. Results: The median age was 61 years. Conclusions: Feasible.",
             "Dose escalation followed a 3+3 design (2019). Results The cohort held 18 women. Findings were mixed.",
             "Ninety patients took part in 2012. Methods: Records were read. Results were then pooled."]
    for regex in (INLINE_HEADING, SENTENCES_RX.BARE_INLINE_HEADING):
        plain = re.compile(regex.pattern, regex.lazy_flags)
        assert regex.compile().pattern != regex.pattern  # compiled with its guard
        for text in texts:
            assert [(m.span(), m.group("name")) for m in regex.finditer(text)] == \
                [(m.span(), m.group("name")) for m in plain.finditer(text)]
    assert [m.group("name") for m in INLINE_HEADING.finditer(texts[0])] == ["Results", "Conclusions"]


def test_shares_still_read_with_their_counts_and_none_without_a_percent_sign() -> None:
    from oncoev.extract.mentions import scan

    with_counts = scan("Partial responses were seen in 7 of 20 (35%) patients and in 24.1% (7/29) of the others.")
    assert sorted((v.value, v.count) for v in with_counts.values if v.unit == "%") == [(24.1, 7), (35.0, 7)]
    worded = scan("Grade 3 rash occurred in eleven% (n = 4) of women.")
    assert [(v.value, v.unit) for v in worded.values if v.unit == "%"][:1] == [(11.0, "%")]
    without = scan("Partial responses were seen in 7 of 20 patients at 12 months.")
    assert not [v for v in without.values if v.unit == "%"]
