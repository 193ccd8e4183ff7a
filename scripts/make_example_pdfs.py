"""Typeset the bundled example papers (data/papers/*.txt) as two-column journal PDFs, and check
that extracting each PDF gives what extracting its text gives.

    .venv/bin/python scripts/make_example_pdfs.py [--out build/example_pdfs] [PAPER.txt ...]

For each paper it writes PAPER.pdf and prints the results found in the text and in the PDF and
the F1 of the PDF's results against the text's (1.00 when the PDF reader loses nothing). The
typesetting (tests/pdfs_gen.py ``paper_from_text``) places words one by one with no space
characters, draws tables with rules, and adds a running head and page numbers, as journals do.
Needs fpdf2 (a test dependency).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from pdfs_gen import paper_from_text  # noqa: E402

from oncoev.extract.assemble import extract_document  # noqa: E402
from oncoev.extract.pdf import read_pdf_bytes  # noqa: E402
from oncoev.extract.reader import read_text_bytes  # noqa: E402

FIELDS = ("endpoint", "measure", "timepoint_months", "value", "unit", "ci_low", "ci_high", "p_value", "grade",
          "category", "site")


def _results(extraction: dict) -> set[tuple]:
    labels = {c["key"]: c["label"] for c in extraction["cohorts"]}
    return {(labels.get(r["cohort"]), *(r.get(k) for k in FIELDS)) for r in extraction["results"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("papers", nargs="*", type=Path, help="text papers (default: data/papers/*.txt)")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "example_pdfs", help="folder for the PDFs")
    args = parser.parse_args(argv)
    papers = args.papers or sorted((REPO / "data" / "papers").glob("*.txt"))
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{'paper':52} {'pages':>5} {'text':>5} {'pdf':>5} {'F1':>5}")
    worst = 1.0
    for path in papers:
        data = path.read_bytes()
        pdf = paper_from_text(data.decode("utf-8"))
        (args.out / f"{path.stem}.pdf").write_bytes(pdf)
        document = read_pdf_bytes(pdf, f"{path.stem}.pdf")
        want = _results(extract_document(read_text_bytes(data, path.name)))
        got = _results(extract_document(document))
        both = len(want & got)
        f1 = 2 * both / (len(want) + len(got)) if want or got else 1.0
        worst = min(worst, f1)
        print(f"{path.name[:52]:52} {document.pages:5d} {len(want):5d} {len(got):5d} {f1:5.2f}")
    print(f"PDFs in {args.out}")
    return 0 if worst == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
