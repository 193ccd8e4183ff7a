"""Which sentences speak for the study, and for whom: the scope policy of assembly.

A primary study's numbers are its own patients' when they stand in the abstract or the results,
not when its introduction or discussion cite other studies ("In a series of 40 patients, Lee et al
[12] reported ..."); a discussion sentence speaks for the study when it says so ("In our study, ..."),
and so do the sentences after it in its paragraph. A narrative review reports nothing of its own:
each number belongs to the study the sentence (or the paragraph) cites, named by its citation; a
sentence that opens a study without citing it ("In a study of 105 patients, ...") takes the citation
of the next sentence or two. Methods sentences give dose schedules but no results.

:class:`Scope` walks the sentences in order and answers, for each, a :class:`Reading`: whether to read
it, whose numbers they are by default (the whole study, or a cited study), and whether it may give
doses. It holds no rows; ``assemble`` builds them. The phrases that say whose study a sentence speaks
of ("in our series", "in a previous trial", "in a study of 105 patients") are cues in ``patterns/cues.yaml``
(own_work, other_study, new_study).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from oncoev.extract.lazy_regex import Regex
from oncoev.extract.mentions import cues
from oncoev.extract.rules import regexes
from oncoev.extract.sentences import Section, section_at, unlabelled_introduction

RX = regexes("scope")  # patterns/regex/scope.yaml: the regular expressions of this module


@dataclass(frozen=True)
class Reading:
    """What to do with one sentence: read it or not; whose numbers are they; does it give doses."""

    read: bool
    cited: Optional[str] = None  # the cited study the numbers belong to (a review), else the study's own
    cite_at: Optional[int] = None  # where that citation ends in the sentence (for its n)
    new_paragraph: bool = False
    doses: bool = False  # schedules stand in the methods as well as the results
    results: bool = False  # the methods give schedules, no results
    # stretches of the sentence said of another study, from its name to our own next words ("Survival in our study
    # resembled the Baltic trial's, but was shorter in the Baltic trial (median 11 vs 16 months)"): no results here
    others: tuple[tuple[int, int], ...] = ()
    # under a heading of the patients' characteristics ("Patient characteristics", "Study population"): the conditions
    # they came with ("severe renal impairment in 12%"), no events of the treatment
    baseline: bool = False
    # under a heading that names a part of the patients ("Elderly patients", "Subgroup analyses", "Stage IV patients"):
    # the arms' values there are that part's
    part: bool = False


SKIP = Reading(read=False)


class Scope:
    """The scope policy over one document's sentences, in order (see the module docstring)."""

    def __init__(self, review: bool, sentences: list[tuple[int, str]], sections: list[Section],
                 citations: dict[int, list[Any]], text: str):
        self.review = review
        self.sentences = sentences
        # (the unlabelled introduction of a labelled text, read as an introduction: its numbers are no results)
        sections = sorted([*sections, *unlabelled_introduction(text, sections)], key=lambda s: s.start)
        self.sections = sections
        starts = [s.start for s in sections]
        self.section_starts = starts if starts == sorted(starts) else None
        self.citations = citations
        self.text = text
        self.previous_end = 0
        self.own_paragraph = False
        self.current_cite: Optional[str] = None
        self.cite_at: Optional[int] = None

    def reading(self, index: int) -> Reading:
        """The reading of sentence ``index``; call in order, once per sentence."""
        start, sentence = self.sentences[index]
        section = section_at(self.sections, start, self.section_starts)
        new_paragraph = "\n\n" in self.text[self.previous_end:start]
        if new_paragraph:
            self.current_cite, self.cite_at = None, None  # a new paragraph: a review names its study again
            self.own_paragraph = False
        self.previous_end = start + len(sentence.rstrip())  # trailing blank lines are the paragraph break
        cites = self.citations.get(start) or []
        if self.review and not cites and cues()["new_study"].search(sentence):
            # "In a study of 105 patients, ... . ... (P = 0.011)[89].": a review that cites at the end
            # of what it says about a study; the study this sentence opens is the next one cited.
            cites = self._next_citations(index)
        if cites and self.review:
            named = [c for c in cites if "et al" in c[0]] or cites
            self.current_cite, self.cite_at = named[0][0], named[0][2]
        else:
            self.cite_at = None
        if section == "references":
            return Reading(read=False, new_paragraph=new_paragraph)
        if self.review:
            if self.current_cite is None:
                return Reading(read=False, new_paragraph=new_paragraph)
            return Reading(read=True, cited=self.current_cite, cite_at=self.cite_at, new_paragraph=new_paragraph,
                           doses=True, results=True)
        if section == "discussion" and cues()["own_work"].search(sentence) and not cites:
            self.own_paragraph = True  # "In our study, ..." and the sentences after it in the paragraph
        elif cites:
            self.own_paragraph = False
        if cites and section == "methods":  # "cisplatin 40 mg/m2 weekly [17]": the source of our regimen
            return Reading(read=True, new_paragraph=new_paragraph, doses=True, results=False)
        if section == "abstract" and self._under_a_purpose_heading(start):
            # "PURPOSE: Surgery alone gives 5-year survival rates below 10% in this stage. We tested ...": an
            # abstract's purpose or objective says what was known before the study, or what it set out to do; its
            # numbers are no results of the study (its schedules may be the study's, as in the methods)
            return Reading(read=True, new_paragraph=new_paragraph, doses=True, results=False)
        if cites or section == "introduction" or (section == "discussion" and not self.own_paragraph) \
                or (cues()["other_study"].search(sentence) and not cues()["own_work"].search(sentence)):
            return Reading(read=False, new_paragraph=new_paragraph)
        others = _said_of_other_studies(sentence) if section == "discussion" else ()
        return Reading(read=True, new_paragraph=new_paragraph, doses=True, results=section != "methods",
                       others=others, baseline=section == "results" and self._under_a_baseline_heading(start),
                       part=section == "results" and self._under_a_part_heading(start))

    def _heading_over(self, start: int) -> Optional[Section]:
        """The last heading at or before ``start``: the one the sentence there stands under (None before the first)."""
        return next((s for s in reversed(self.sections) if s.start <= start), None)

    def _heading_says(self, start: int, named: Regex, unless: Regex) -> bool:
        """Whether the heading over ``start`` says ``named`` and not ``unless`` in its own words."""
        heading = self._heading_over(start)
        if heading is None:
            return False
        label = _own_words(self.text[heading.start:heading.end])
        return named.search(label) is not None and unless.search(label) is None

    def _under_a_baseline_heading(self, start: int) -> bool:
        """Whether the sentence at ``start`` stands under a heading of the patients' characteristics ("Patient
        characteristics", "BODY.RESULTS.STUDY POPULATION:"), not of their outcomes ("Outcomes by baseline
        characteristics")."""
        return self._heading_says(start, RX.BASELINE_HEADING, RX.OUTCOME_HEADING)

    def _under_a_part_heading(self, start: int) -> bool:
        """Whether the sentence at ``start`` stands under a heading that names a part of the patients ("Subgroup
        analyses", "Elderly patients", "BODY.RESULTS.EFFICACY IN SUBGROUPS.STAGE IV PATIENTS:"); not the patients as
        a whole ("Patients", "All patients", "Patient characteristics")."""
        return self._heading_says(start, RX.PART_HEADING, RX.WHOLE_HEADING)

    def _under_a_purpose_heading(self, start: int) -> bool:
        """Whether the sentence at ``start`` stands under an abstract's heading "Purpose", "Objective(s)" or
        "Aim(s)" (all named "abstract" among the sections)."""
        heading = self._heading_over(start)
        if heading is None:
            return False
        written = self.text[heading.start:heading.end]
        # (a heading of its own, closed by a colon or a line break, and the sentence in its paragraph: not a word that
        # opens a line, "Objective responses were seen in ...", nor a run-on abstract whose later headings are not
        # found, "Purpose To compare ... Results The ORR was ...")
        if not (RX.HEADING_CLOSE.search(written) or self.text.startswith("\n", heading.end)) or \
                "\n\n" in self.text[heading.end:start]:
            return False
        return RX.PURPOSE_HEADING.fullmatch(_own_words(written).strip()) is not None  # ("ABSTRACT.OBJECTIVE:")

    def _next_citations(self, index: int) -> list:
        """The citations of the next sentence or two of the same paragraph."""
        end = self.sentences[index][0] + len(self.sentences[index][1].rstrip())
        for start, sentence in self.sentences[index + 1:index + 3]:
            if "\n\n" in self.text[end:start]:
                return []
            if self.citations.get(start):
                return self.citations[start]
            end = start + len(sentence.rstrip())
        return []


def _own_words(heading: str) -> str:
    """A heading's own words: its last dotted part ("BODY.RESULTS.STUDY POPULATION:": "STUDY POPULATION")."""
    return heading.strip(" \t\n:.").split(".")[-1]


def _said_of_other_studies(sentence: str) -> tuple[tuple[int, int], ...]:
    """The stretches of a discussion sentence read for our own work that speak of another study: from another study's
    name ("the Baltic trial", "a phase II study of drug B", "other studies", "Lee et al") to our own next words ("our",
    "we", "this study") or the sentence's end."""
    spans = []
    own = [m.start() for m in cues()["own_work"].finditer(sentence)]
    for m in cues()["study_named"].finditer(sentence):
        if spans and spans[-1][1] > m.start():
            continue  # within the stretch of another study named before
        end = next((o for o in own if o >= m.end()), len(sentence))
        spans.append((m.start(), end))
    return tuple(spans)
