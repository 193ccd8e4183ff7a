"""Finding a quote in a document's text, and the page it is on.

Curators copy quotes out of a PDF viewer, where line breaks and double spaces differ from the
extracted text; a re-extraction may change the text's whitespace too. So a quote is found
exactly when it can be, else with any run of whitespace matching any other, and the stored
quote is always the document's own substring.
"""

from __future__ import annotations

import bisect
import re


def locate(text: str, quote: str, near: int | None = None) -> tuple[int, int] | None:
    """(start, end) of ``quote`` in ``text``, the occurrence nearest ``near`` when it repeats."""
    quote = quote.strip()
    if not quote:
        return None
    spans = [(m.start(), m.start() + len(quote)) for m in re.finditer(re.escape(quote), text)]
    if not spans:
        pattern = r"\s+".join(re.escape(word) for word in quote.split())
        spans = [m.span() for m in re.finditer(pattern, text)]
    if not spans:
        return None
    if near is None:
        return spans[0]
    return min(spans, key=lambda span: abs(span[0] - near))


def page_of(page_starts: list[int] | None, offset: int | None) -> int | None:
    """1-based page holding ``offset``, from the offsets where pages start."""
    if offset is None or not page_starts:
        return None
    return bisect.bisect_right(page_starts, offset)
