"""The result rows of a text a test writes, as tuples of the fields the test compares: the one projection that test
modules of the extractor share, rather than each writing its own set comprehension over ``extract_text``."""

from __future__ import annotations

from support import extract_text


def _holds(value, wanted) -> bool:
    return value in wanted if isinstance(wanted, tuple) else value == wanted


def row_tuples(text: str, fields: str, filename: str = "t.txt", **where) -> set[tuple]:
    """(the ``fields``, named in one string with spaces between) of each result row of ``text``'s extraction whose
    fields hold ``where``: ``measure="count"`` keeps counts, ``measure=("hr", "or")`` keeps either."""
    names = fields.split()
    return {tuple(r.get(k) for k in names) for r in extract_text(text, filename)["results"]
            if all(_holds(r.get(k), wanted) for k, wanted in where.items())}


def results_of(text: str) -> list[dict]:
    """The result rows of ``text``'s extraction, as ``evidence extract`` gives them."""
    return extract_text(text)["results"]
