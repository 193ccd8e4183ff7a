"""How much of the numbers in tables the table model explains, over a folder of papers.

Reads every paper (.nxml/.xml/.txt/.pdf) in the folders given, finds its tables (all four
sources), reads each with ``table_results.read_table`` and counts the cells holding a number:
explained (a result, a baseline figure, a p value, CI, test statistic or reference category) or
unexplained. Prints the share explained, the tables by kind, and the most frequent row labels and
column headers of unexplained cells: the worklist for the next table rule.

    .venv/bin/python scripts/table_coverage.py ../shared/corpus/unlabeled/xml [--top 25]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from oncoev.errors import DocumentError
from oncoev.extract.normalize import normalize
from oncoev.extract.reader import PAPER_SUFFIXES, read_document
from oncoev.extract.table_results import read_table
from oncoev.extract.table_sources import document_tables


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    numeric = explained = papers = failed = 0
    kinds: Counter = Counter()
    sources: Counter = Counter()
    rows: Counter = Counter()
    columns: Counter = Counter()
    for folder in args.folders:
        for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in PAPER_SUFFIXES):
            try:
                doc = read_document(path)
            except DocumentError as e:
                failed += 1
                print(f"FAIL {e}")
                continue
            papers += 1
            for table in document_tables(doc, normalize(doc.text)):
                reading = read_table(table)
                kinds[reading.kind] += 1
                sources[table.source] += 1
                numeric += reading.numeric_cells
                explained += reading.explained_cells
                for u in reading.unexplained:
                    rows[re.sub(r"\d+(?:\.\d+)?", "#", u["context"].lower())[:50]] += 1
                    column = u["where"].split(", column ", 1)[-1]
                    columns[re.sub(r"\d+(?:\.\d+)?", "#", column.lower())[:50]] += 1
    share = explained / numeric if numeric else 1.0
    print(f"{papers} papers read ({failed} failed); tables by source: {dict(sources)}; by reading: {dict(kinds)}")
    print(f"numeric table cells: {numeric}; explained: {explained} ({share:.1%}); unexplained: {numeric - explained}")
    print(f"\nmost frequent row labels of unexplained cells (top {args.top}):")
    for label, n in rows.most_common(args.top):
        print(f"{n:6}  {label}")
    print(f"\nmost frequent column headers of unexplained cells (top {args.top}):")
    for label, n in columns.most_common(args.top):
        print(f"{n:6}  {label}")


if __name__ == "__main__":
    main()
