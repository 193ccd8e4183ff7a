"""What the text says about a table: the endpoints named by the sentences that point at it.

A table of a regression model often names no endpoint in its caption ("Cox regression analysis of prognostic
factors"): the sentence that cites it does ("As shown in Table 4, age and nodal stage predicted overall survival").
When every sentence citing the table names the same one endpoint, that is the model's endpoint; when they name
none or several, the table's endpoint stays unknown (and its ratios unread)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Optional

from oncoev.extract.lexicon import roman_number
from oncoev.extract.mentions import find_endpoints
from oncoev.extract.rules import regexes

RX = regexes("table_citations")  # patterns/regex/table_citations.yaml: the regular expressions of this module

def _number(token: str) -> Optional[int]:
    """2 for "2" or "II"; None for anything else."""
    return int(token) if token.isdigit() else roman_number(token)


def cited_tables(sentence: str) -> set[int]:
    """The numbers of the tables a sentence points at ("Tables 2-4" is 2, 3 and 4)."""
    out: set[int] = set()
    for m in RX.CITED.finditer(sentence):
        tokens = RX.NUMBERS.findall(m.group("nums"))
        previous: Optional[int] = None
        ranged = False
        for token in tokens:
            if token in ("-", "–", "to"):
                ranged = True
                continue
            n = _number(token)
            if n is None:
                continue
            if ranged and previous is not None and previous < n <= previous + 10:
                out.update(range(previous, n + 1))
            out.add(n)
            previous, ranged = n, False
    return out


def table_number(label: Optional[str]) -> Optional[int]:
    """The number of a table labelled "Table 3" or "Table III"; None for other labels."""
    m = RX.LABEL_NUMBER.match(label or "")
    return _number(m.group("num")) if m else None


def endpoints_citing(label: Optional[str], sentences: Iterable[str]) -> list[str]:
    """The one endpoint the sentences that cite the table labelled ``label`` name, as a one-item list; an empty list
    when none cites it, or they name no endpoint, or more than one."""
    number = table_number(label)
    if number is None:
        return []
    codes: set[str] = set()
    for sentence in sentences:
        if "able" not in sentence or number not in cited_tables(sentence):
            continue
        codes.update(e.code for e in find_endpoints(sentence))
        if len(codes) > 1:
            return []
    return sorted(codes)


def citing_endpoints(labels: Sequence[Optional[str]], sentences: Sequence[str]) -> list[list[str]]:
    """:func:`endpoints_citing` for each table label, reading only the sentences that cite some table."""
    citing = [s for s in sentences if "able" in s and RX.CITED.search(s)]
    return [endpoints_citing(label, citing) for label in labels]
