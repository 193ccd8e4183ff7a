"""The result rows of a text a test writes, as tuples of the fields the test compares: the one projection that test
modules of the extractor share, rather than each writing its own set comprehension over ``extract_text``."""

from __future__ import annotations

from collections.abc import Callable

from support import extract_text


def _holds(value, wanted) -> bool:
    return value in wanted if isinstance(wanted, tuple) else value == wanted


def rows_where(extraction: dict, **where) -> list[dict]:
    """The result rows of ``extraction`` whose fields hold ``where``: ``measure="count"`` keeps counts,
    ``measure=("hr", "or")`` keeps either; no ``where`` keeps every row."""
    return [r for r in extraction["results"] if all(_holds(r.get(k), wanted) for k, wanted in where.items())]


# fields a row points to rather than holds: the size of its group and of the group it is compared with, its group's
# label and what its group counts (field: the row's field naming the group, and what of the group)
_OF_GROUP = {"cohort_n": ("cohort", "n"), "comparator_n": ("comparator", "n"), "cohort_label": ("cohort", "label"),
             "cohort_unit": ("cohort", "unit")}


def tuples_of(extraction: dict, fields: str, **where) -> set[tuple]:
    """(the ``fields``, named in one string with spaces between) of each result row of ``extraction`` whose fields hold
    ``where`` (as in ``rows_where``); ``cohort_n`` and ``comparator_n`` name the size of the row's group and of its
    comparator, ``cohort_label`` its group's label and ``cohort_unit`` what the group counts (None for no group, or a
    group without one)."""
    groups = {c["key"]: c for c in extraction["cohorts"]}
    names = fields.split()

    def field(row: dict, name: str):
        if name not in _OF_GROUP:
            return row.get(name)
        pointer, what = _OF_GROUP[name]
        return groups.get(row.get(pointer), {}).get(what)

    return {tuple(field(r, k) for k in names) for r in rows_where(extraction, **where)}


def row_tuples(text: str, fields: str, filename: str = "t.txt", **where) -> set[tuple]:
    """``tuples_of`` the extraction of ``text``, a text a test writes."""
    return tuples_of(extract_text(text, filename), fields, **where)


def rows_after(opening: str, fields: str, **where) -> Callable[[str], set[tuple]]:
    """``row_tuples`` of a text a test writes after ``opening`` (a study's title and design, ending in a space), as a
    function of the sentences that follow: the tests of one design in a module share it."""
    return lambda sentences: row_tuples(opening + sentences, fields, **where)


def study_of(opening: str) -> Callable[[str], dict]:
    """The extraction of a text a test writes after ``opening`` (a study's title, an empty line and the sentences that
    set out its design, ending in a space): the tests of one design in a module share it."""
    return lambda text: extract_text(opening + text)


def results_of(text: str) -> list[dict]:
    """The result rows of ``text``'s extraction, as ``evidence extract`` gives them."""
    return extract_text(text)["results"]


def arm_size_rows(text: str) -> set[tuple]:
    """(arm's size, endpoint, measure, value) of the text's rows, the arm by its size (None for no arm)."""
    return row_tuples(text, "cohort_n endpoint measure value", "trial.txt")


def sentence_rows(sentence: str) -> set[tuple]:
    """(endpoint, category, grade, measure, value) of each row the sentence rules find in one sentence (no groups)."""
    from oncoev.extract.normalize import normalize
    from oncoev.extract.results import find_results

    return {(f.fields["endpoint"], f.fields.get("category"), f.fields.get("grade"), f.fields["measure"],
             f.fields["value"]) for f in find_results(normalize(sentence).text).found}


def spaced_tables_of(text: str) -> list:
    """The tables spaced_tables finds in a text a test writes (columns laid out by spaces)."""
    from oncoev.extract.normalize import normalize
    from oncoev.extract.spaced_tables import spaced_tables

    return spaced_tables(normalize(text), text, [])
