"""pypdfium2 against pdfplumber for reading PDF papers: speed, and whether the numbers and quotes survive.

pypdfium2 (PDFium, pdfplumber's own dependency for rendering) reads a page's text in C++; pdfplumber
parses it with pdfminer in Python, and our reader (extract/pdf.py) builds columns, drops running heads
and finds tables from pdfplumber's characters. For each PDF this prints the time of our reader, of
pdfplumber's character parsing alone, and of pypdfium2's text and character boxes; then how many pages
read the same (whitespace aside) and how many of the extracted results keep the same number and quote
when the extractor reads pypdfium2's text instead of ours. A faster path is worth adopting only where
that last figure is every result.

    .venv/bin/python bench/bench_pdf_engines.py [PDF ...]     # default: ../shared/pdfs/*.pdf
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from oncoev.extract.assemble import extract_document
from oncoev.extract.document import Document
from oncoev.extract.pdf import read_pdf_bytes

REPO = Path(__file__).resolve().parent.parent


def best(action, runs: int = 2) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        started = time.perf_counter()
        out = action()
        times.append(time.perf_counter() - started)
    return min(times), out


def plumber_chars(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.chars  # noqa: B018  (pdfminer parses the page here)
            page.close()
        return len(pdf.pages)


def pdfium_pages(data: bytes) -> list[str]:
    """Every page's text, after reading each character's box as a layout would."""
    pdf = pdfium.PdfDocument(data)
    try:
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            for j in range(textpage.count_chars()):
                textpage.get_charbox(j, loose=True)
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def results(document: Document) -> set[tuple]:
    return {(r["endpoint"], r["measure"], r.get("timepoint_months"), r["value"], r["quote"])
            for r in extract_document(document)["results"]}


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or sorted((REPO.parent / "shared" / "pdfs").glob("*.pdf"))
    if not paths:
        raise SystemExit("no PDFs: give some, or put ../shared/pdfs beside the repository")
    print(f"{'file':42} {'pages':>5} {'ours s':>7} {'plumber':>8} {'pdfium':>7} {'faster':>6} "
          f"{'same pages':>10} {'results kept':>12}")
    totals = [0, 0.0, 0.0, 0.0, 0, 0, 0]
    for path in paths:
        data = path.read_bytes()
        ours, document = best(lambda data=data, path=path: read_pdf_bytes(data, path.name))
        plumber, pages = best(lambda data=data: plumber_chars(data))
        fast, texts = best(lambda data=data: pdfium_pages(data))
        ends = [*document.page_starts[1:], len(document.text)]
        same = sum(" ".join(document.text[a:b].split()) == " ".join(t.split())
                   for a, b, t in zip(document.page_starts, ends, texts, strict=True))
        starts, offset = [], 0
        for text in texts:
            starts.append(offset)
            offset += len(text) + 1
        other = Document(text="\n".join(texts), media_type="application/pdf", sha256=document.sha256,
                         filename=path.name, page_starts=starts)
        ref, alt = results(document), results(other)
        kept = len(ref & alt)
        print(f"{path.name[:42]:42} {pages:5d} {ours:7.2f} {plumber:8.2f} {fast:7.3f} {ours / fast:5.0f}x "
              f"{same:>5d}/{pages:<4d} {kept:>5d}/{len(ref):<6d}")
        for i, value in enumerate((pages, ours, plumber, fast, same, kept, len(ref))):
            totals[i] += value
    pages, ours, plumber, fast, same, kept, found = totals
    print(f"{'all':42} {pages:5d} {ours:7.2f} {plumber:8.2f} {fast:7.3f} {ours / fast:5.0f}x "
          f"{same:>5d}/{pages:<4d} {kept:>5d}/{found:<6d}")
    print(f"pdfplumber's character parsing is {plumber / ours:.0%} of our reader's time; pypdfium2 reads the same "
          f"pages {ours / fast:.0f}x faster, but {same} of {pages} pages read the same and {kept} of {found} results "
          "keep their number and quote: " + ("adopt it" if kept == found and same == pages else "not adopted"))


if __name__ == "__main__":
    main(sys.argv[1:])
