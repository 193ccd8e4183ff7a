"""Score the results read from tables alone, per dev text, against the gold rows that come from tables.

A gold row comes from a table when its quote lies inside a table of the text (any of the four
sources, or a table the older flat reader reads); a predicted row comes from a table when a table
rule made it (``pattern_id`` ``table.*``). Rows are matched as the shared scorer matches them
(endpoint, measure, time point, value and qualifiers). With --compare-xml FOLDER, each text that
has a JATS twin (same stem, .nxml) is also read from the XML and the two sets of table results
are compared: read from both, from the text only, from the XML only.

    .venv/bin/python scripts/score_tables.py [--shared ../shared] [--compare-xml ../shared/corpus/xml]
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from pathlib import Path

import yaml

from oncoev.extract.assemble import extract_document
from oncoev.extract.normalize import normalize
from oncoev.extract.reader import read_document
from oncoev.extract.table_sources import document_tables
from oncoev.extract.tables import find_flat_tables


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_extraction", shared / "tools" / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def table_spans(doc) -> list[tuple[int, int]]:
    norm = normalize(doc.text)
    spans = []
    for t in document_tables(doc, norm):
        placed = [c for c in t.cells if c.char_start is not None]
        if placed:
            spans.append((t.char_start if t.char_start is not None else min(c.char_start for c in placed),
                          t.char_end if t.char_end is not None else max(c.char_end for c in placed)))
    for flat in find_flat_tables(norm.text):
        spans.append(norm.span(flat.start, flat.end))
    return spans


def in_tables(text: str, quote: str, spans: list[tuple[int, int]]) -> bool:
    for m in re.finditer(re.escape(quote.strip()[:60]), text):
        if any(a <= m.start() < b for a, b in spans):
            return True
    return False


def key(r: dict) -> tuple:
    return (r["endpoint"], r["measure"], r.get("timepoint_months"), round(float(r["value"]), 2), r.get("category"),
            r.get("grade"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--compare-xml", type=Path, default=None)
    args = ap.parse_args()
    scorer = _scorer(args.shared)
    corpus = args.shared / "corpus"
    print(f"{'file':34} {'gold':>5} {'pred':>5} {'match':>5} {'P':>5} {'R':>5} {'F1':>5}")
    for gold_path in sorted((corpus / "gold").glob("*.yaml")):
        gold = yaml.safe_load(gold_path.read_text())
        text_path = next((p for d in ("seeds", "papers") for p in (corpus / d).glob(f"{gold_path.stem}.txt")), None)
        if text_path is None:
            continue
        doc = read_document(text_path)
        spans = table_spans(doc)
        gold_rows = [r for r in gold.get("results") or [] if r.get("quote") and in_tables(doc.text, r["quote"], spans)]
        out = extract_document(doc)
        pred = [r for r in out["results"] if str(r.get("pattern_id", "")).startswith("table.")]
        if not gold_rows and not pred:
            continue
        m = len(scorer.greedy(gold_rows, pred, scorer.result_key_match))
        s = scorer.prf(m, len(pred), len(gold_rows))
        print(f"{gold_path.stem[:34]:34} {len(gold_rows):5} {len(pred):5} {m:5} {s['precision']:5.2f} "
              f"{s['recall']:5.2f} {s['f1']:5.2f}")
        if args.compare_xml and (args.compare_xml / f"{gold_path.stem}.nxml").exists():
            xml = extract_document(read_document(args.compare_xml / f"{gold_path.stem}.nxml"))
            from_xml = {key(r) for r in xml["results"] if str(r.get("pattern_id", "")).startswith("table.")}
            from_txt = {key(r) for r in pred}
            print(f"  table results from text and XML: both {len(from_txt & from_xml)}, text only "
                  f"{len(from_txt - from_xml)}, XML only {len(from_xml - from_txt)}")
            for k in sorted(from_txt ^ from_xml, key=repr)[:12]:
                print(f"    {'text' if k in from_txt else 'XML '} only: {k}")


if __name__ == "__main__":
    main()
