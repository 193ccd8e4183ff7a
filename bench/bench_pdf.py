"""Pages per second of the PDF reader against raw pdfplumber ``page.extract_text()``.

Both read the same PDFs in one run, each from a fresh pdfplumber open (nothing cached between
them); the figure that matters is the ratio (target: our reader costs at most 1.5x raw).

    .venv/bin/python bench/bench_pdf.py [PDF ...]     # default: ../shared/pdfs/*.pdf

Without PDFs on the command line and without ../shared, it renders a few pages of its own.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

from oncoev.extract.pdf import read_pdf_bytes

REPO = Path(__file__).resolve().parent.parent
REPEAT = 2


def _raw(data: bytes) -> int:
    import io

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def _ours(data: bytes) -> int:
    return read_pdf_bytes(data, "bench.pdf").pages


def _own_pdfs() -> list[Path]:
    sys.path.insert(0, str(REPO / "tests"))
    from pdfs_gen import two_column_paper  # noqa: E402

    out = Path(tempfile.mkdtemp()) / "generated.pdf"
    out.write_bytes(two_column_paper(pages=6))
    return [out]


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or sorted((REPO.parent / "shared" / "pdfs").glob("*.pdf")) or _own_pdfs()
    rows = []
    total = {"raw": 0.0, "ours": 0.0, "pages": 0}
    for path in paths:
        data = path.read_bytes()
        # Each reader runs REPEAT times, alternating (so neither gains from going second), best kept.
        raw_times, our_times = [], []
        for _ in range(REPEAT):
            t0 = time.perf_counter()
            pages = _raw(data)
            t1 = time.perf_counter()
            _ours(data)
            t2 = time.perf_counter()
            raw_times.append(t1 - t0)
            our_times.append(t2 - t1)
        raw, ours = min(raw_times), min(our_times)
        rows.append((path.name, pages, raw, ours))
        total["raw"] += raw
        total["ours"] += ours
        total["pages"] += pages
    print(f"{'file':48} {'pages':>5} {'raw p/s':>8} {'ours p/s':>9} {'ratio':>6}")
    for name, pages, raw, ours in rows:
        print(f"{name[:48]:48} {pages:5d} {pages / raw:8.2f} {pages / ours:9.2f} {ours / raw:6.2f}")
    n = total["pages"]
    print(f"{'all':48} {n:5d} {n / total['raw']:8.2f} {n / total['ours']:9.2f} "
          f"{total['ours'] / total['raw']:6.2f}   (ratio = our time / raw extract_text time; target <= 1.5)")


if __name__ == "__main__":
    main(sys.argv[1:])
