"""Bounded work for one PDF page: what the PDF reader checks before and while pdfminer lays a page out.

A PDF of a few kilobytes can hold content streams that expand to gigabytes, or millions of
characters drawn on one page; pdfminer would read all of it. Before a page is laid out, the size of
its content streams once decompressed is measured without decompressing more than the limit
(``expanded_mb``); while it is laid out, the characters drawn are counted (``page_chars``) and the
time taken is bounded (``page_seconds``).
"""

from __future__ import annotations

import zlib
from typing import Any

from pdfminer.layout import LTPage
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import PSLiteral
from pdfplumber.page import PDFPageAggregatorWithMarkedContent

from oncoev.limits import LimitError, Limits, deadline

CHUNK = 1 << 20


def _literal(value: Any) -> str:
    return value.name if isinstance(value, PSLiteral) else str(value)


def _expanded(stream: PDFStream, cap: int) -> int:
    """The stream's decoded size, or a number above ``cap`` as soon as it is known to be above it."""
    if stream.rawdata is None:  # already decoded
        return len(stream.data or b"")
    data = stream.rawdata
    if stream.decipher and stream.objid is not None and stream.genno is not None:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    filters = [_literal(f) for f, _ in stream.get_filters()]
    if not filters:
        return len(data)
    if filters[0] not in ("FlateDecode", "Fl"):
        return len(stream.get_data())  # the other filters expand little (ASCII85, RunLength) or are rare
    inflate = zlib.decompressobj()
    total, pending = 0, data
    try:
        while pending and not inflate.eof:
            total += len(inflate.decompress(pending, CHUNK))
            if total > cap:
                return total
            pending = inflate.unconsumed_tail
    except zlib.error:
        return len(data)  # pdfminer has its own ways with broken streams; they cost no more than the raw size
    return total


def _page_streams(page_obj) -> list[PDFStream]:
    """The page's content streams and those of the forms it draws, each once."""
    out: list[PDFStream] = []
    seen: set[int] = set()
    todo: list[Any] = [*(page_obj.contents or []), *_forms(page_obj.resources)]
    while todo:
        stream = resolve1(todo.pop())
        if not isinstance(stream, PDFStream) or id(stream) in seen:
            continue
        seen.add(id(stream))
        out.append(stream)
        todo.extend(_forms(resolve1(stream.attrs.get("Resources"))))
    return out


def _forms(resources: Any) -> list[Any]:
    resources = resolve1(resources)
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if not isinstance(xobjects, dict):
        return []
    forms = []
    for value in xobjects.values():
        stream = resolve1(value)
        if isinstance(stream, PDFStream) and _literal(stream.attrs.get("Subtype")) == "Form":
            forms.append(stream)
    return forms


def check_expanded(page_obj, number: int, name: str, limits: Limits) -> None:
    """Refuse the page if its content streams expand past ``expanded_mb``."""
    cap = int(limits.expanded_mb * 1e6)
    total = 0
    for stream in _page_streams(page_obj):
        total += _expanded(stream, cap - total)
        if total > cap:
            raise LimitError(f"{name}: page {number}'s content expands to more than {limits.expanded_mb:g} MB",
                             "expanded_mb", limits.expanded_mb)


class _CountingDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's layout device, refusing the page once it has drawn more than ``limit`` characters."""

    def __init__(self, *args, limit: int, on_limit: LimitError, **kwargs):
        super().__init__(*args, **kwargs)
        self.chars, self.limit, self.on_limit = 0, limit, on_limit

    def render_char(self, *args, **kwargs) -> float:
        self.chars += 1
        if self.chars > self.limit:
            raise self.on_limit
        return super().render_char(*args, **kwargs)


def lay_out(page, number: int, name: str, limits: Limits) -> None:
    """Lay the pdfplumber ``page`` out within ``expanded_mb`` and ``page_chars``, as ``page.layout`` would.

    The layout is left where pdfplumber keeps it, so ``page.chars`` and the rest read it from there.
    The caller bounds the time (:func:`page_deadline`), which must cover the reader's own work too.
    """
    check_expanded(page.page_obj, number, name, limits)
    too_many = LimitError(f"{name}: page {number} draws more than {limits.page_chars:,} characters",
                          "page_chars", limits.page_chars)
    device = _CountingDevice(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams,
                             limit=limits.page_chars, on_limit=too_many)
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    result: LTPage = device.get_result()
    page._layout = result  # pdfplumber's cache of the page's layout (Page.layout reads it)


def page_deadline(number: int, name: str, limits: Limits):
    """A context that refuses the page once it has taken ``page_seconds``."""
    return deadline(limits.page_seconds, LimitError(f"{name}: page {number} takes more than "
                                                    f"{limits.page_seconds:g} s to read", "page_seconds",
                                                    limits.page_seconds))


def check_pages(count: int, name: str, limits: Limits) -> None:
    if count > limits.pdf_pages:
        raise LimitError(f"{name}: the PDF has {count:,} pages", "pdf_pages", limits.pdf_pages)


def check_total(chars: int, name: str, limits: Limits) -> None:
    if chars > limits.text_chars:
        raise LimitError(f"{name}: the PDF's pages hold more than {limits.text_chars:,} characters, more than a "
                         "paper", "text_chars", limits.text_chars)
