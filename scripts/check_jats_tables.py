"""Read every JATS article in a folder and check each table's grid against the XML itself.

For each ``<table>`` the XML says how big it is: its rows are its ``<tr>`` elements; its columns
are what its ``<colgroup>`` declares (``<col span=...>``), or, without one, the widest row
counted in column spans. The grid the reader built (``Table.n_rows``, ``Table.n_cols``) must
match. Prints one line per mismatch and the totals; exits 1 when an article fails to parse or a
grid does not match.

    .venv/bin/python scripts/check_jats_tables.py ../shared/corpus/unlabeled/xml
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from oncoev.errors import DocumentError
from oncoev.extract.jats import read_jats_bytes
from oncoev.extract.xml_io import local, secure_parser


def expected_shape(table: etree._Element) -> tuple[int, int]:
    rows = [tr for tr in table.iter("{*}tr")]
    cols = [c for c in table.iter("{*}col")]
    declared = sum(int(c.get("span") or 1) for c in cols)
    widest = max((sum(int(td.get("colspan") or 1) for td in tr if local(td.tag) in ("td", "th")) for tr in rows),
                 default=0)
    return len(rows), max(declared, widest) if declared else widest


def _label(table: etree._Element) -> str:
    wrap = next((a for a in table.iterancestors() if local(a.tag) == "table-wrap"), None)
    label = next((c for c in wrap if local(c.tag) == "label"), None) if wrap is not None else None
    text = " ".join("".join(label.itertext()).split()).rstrip(".:") if label is not None else ""
    count = sum(1 for _ in wrap.iter("{*}table")) if wrap is not None else 1
    if count > 1:
        text = f"{text or 'Table'} ({[t for t in wrap.iter('{*}table')].index(table) + 1})"
    return text


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "../shared/corpus/unlabeled/xml")
    files = sorted(folder.glob("*.nxml")) + sorted(folder.glob("*.xml"))
    parsed = failed = tables = matched = pictures = 0
    for path in files:
        data = path.read_bytes()
        try:
            doc = read_jats_bytes(data, path.name)
        except DocumentError as e:
            failed += 1
            print(f"FAIL {path.name}: {e}")
            continue
        parsed += 1
        root = etree.fromstring(data, secure_parser())
        xml_tables = [t for t in root.iter("{*}table")]
        pictures += sum(1 for w in root.iter("{*}table-wrap") if not any(True for _ in w.iter("{*}table")))
        # The reader writes a table where it is first cited, so pair them by label, not by order.
        labels = [_label(t) for t in xml_tables]
        by_label: dict[str, list] = {}
        for table in doc.tables:
            by_label.setdefault(table.label or "", []).append(table)
        for xml, label in zip(xml_tables, labels, strict=True):
            candidates = by_label.get(label) or []
            if not candidates:
                print(f"{path.name} {label or 'unlabelled table'}: not read")
                continue
            table = candidates.pop(0)
            tables += 1
            want = expected_shape(xml)
            got = (table.n_rows, table.n_cols)
            if got == want:
                matched += 1
            else:
                print(f"{path.name} {table.name}: grid {got[0]}x{got[1]}, XML {want[0]}x{want[1]}")
        if len(doc.tables) != len(xml_tables):
            print(f"{path.name}: {len(doc.tables)} tables read, {len(xml_tables)} in the XML")
            failed += 1
    print(f"{parsed} of {len(files)} articles parsed; {matched} of {tables} table grids match the XML's rows and "
          f"columns; {pictures} tables are pictures only (no cells in the XML)")
    return 0 if failed == 0 and matched == tables else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
