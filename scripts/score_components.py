#!/usr/bin/env python3
"""Score the dose and study-field components alone against the gold files (a developer's check).

Runs ``find_doses`` on every sentence of each dev text (seeds and papers) (the sentence before as context) plus
``find_table_doses`` on the whole text, drops restatements with ``drop_subsumed`` (table cells of
other columns are other groups and kept), lets a lone fraction size complete a primary study's
totals (``share_fraction_size``), and matches the result to the gold ``doses`` with the
shared scorer's ``dose_match``. Runs ``find_study_fields`` on each text and compares the scored
study fields as the scorer does.

Example: .venv/bin/python scripts/score_components.py --verbose
         .venv/bin/python scripts/score_components.py --verbose --pred-dir build/predictions
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from oncoev.extract.doses import (
    DoseMention,
    drop_subsumed,
    drug_aliases,
    find_doses,
    find_table_doses,
    share_fraction_size,
)
from oncoev.extract.study import find_study_fields

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def _scorer(shared: Path) -> Any:
    path = shared / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    if spec is None or spec.loader is None or not path.exists():
        sys.exit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _normalise() -> Callable[[str], str]:
    try:
        from oncoev.extract.normalize import normalize
        return lambda t: normalize(t).text
    except ImportError:  # the engine's normaliser is not there yet: the few rules the components assume
        def simple(t: str) -> str:
            t = re.sub(r"[\u2010-\u2015\u2212]", "-", t).replace("\u00b7", ".")
            t = re.sub(r"[\u00a0\u2000-\u200a\u202f]", " ", t)
            return re.sub(r"(\d)\s*per\s*cent\b", r"\1%", t)
        return simple


def _sentences(text: str) -> list[tuple[int, int]]:
    try:
        from oncoev.extract.sentences import split_sentences
        return split_sentences(text)
    except ImportError:
        return [(m.start(), m.end()) for m in re.finditer(r"[^.;\n]+(?:[.;]|\n\n|$)", text)]


def _text_path(shared: Path, stem: str) -> Path:
    """The dev text of a gold file: the seeds and the papers share one gold folder."""
    for folder in ("seeds", "papers"):
        path = shared / "corpus" / folder / f"{stem}.txt"
        if path.exists():
            return path
    sys.exit(f"no text for gold {stem} in {shared}/corpus/seeds or papers")


def doses_of(text: str, primary: bool = True) -> list[dict[str, Any]]:
    mentions: list[DoseMention] = []
    previous = None
    aliases = drug_aliases(text)
    for start, end in _sentences(text):
        sentence = text[start:end]
        mentions += find_doses(sentence, context=previous, aliases=aliases)
        previous = sentence
    table = find_table_doses(text)
    same_group = drop_subsumed(mentions + [t for t in table if not t.column])
    if primary:  # one study's own treatment: a fraction size stated alone applies to its totals
        same_group = share_fraction_size(same_group)
    return [m.fields for m in same_group + [t for t in table if t.column]]


def _predicted(pred_dir: Path, stem: str) -> dict[str, Any]:
    """The full pipeline's output for one dev text (``make score`` writes build/predictions/<stem>.json)."""
    path = pred_dir / f"{stem}.json"
    if not path.exists():
        sys.exit(f"no prediction {path}: run make score first")
    return json.loads(path.read_text("utf-8"))


def score(shared: Path, verbose: bool = False, quiet: bool = True, pred_dir: Path | None = None) -> dict[str, Any]:
    """Dose P/R/F1 and study fields right/of over the dev texts (seeds and papers) of ``shared``.

    With ``pred_dir`` the doses and study fields are those the whole pipeline wrote there (arms,
    sections and restatements across groups included), not those of the components alone."""
    scorer = _scorer(shared)
    normalise = _normalise()
    say = (lambda *a: None) if quiet else print
    totals = {"matched": 0, "pred": 0, "gold": 0, "right": 0, "of": 0}
    for gold_path in sorted((shared / "corpus" / "gold").glob("*.yaml")):
        gold = yaml.safe_load(gold_path.read_text("utf-8"))
        text = normalise(_text_path(shared, gold_path.stem).read_text("utf-8"))
        if pred_dir is not None:
            whole = _predicted(pred_dir, gold_path.stem)
            study, pred = whole.get("study") or {}, whole.get("doses") or []
        else:
            study = find_study_fields(text).fields
            pred = doses_of(text, primary=study["kind"] == "primary")
        gd = gold.get("doses") or []
        pairs = scorer.greedy(gd, pred, scorer.dose_match)
        gs = gold.get("study") or {}
        fields = [f for f in scorer.STUDY_FIELDS if gs.get(f) is not None]
        right = [f for f in fields if (scorer.close(study.get(f), gs[f]) if scorer.num(gs[f]) is not None
                                       else str(study.get(f, "")).lower() == str(gs[f]).lower())]
        prf = scorer.prf(len(pairs), len(pred), len(gd))
        say(f"{gold_path.stem[:24]:24} doses P={prf['precision']:.2f} R={prf['recall']:.2f} F1={prf['f1']:.2f} "
              f"({len(pairs)}/{len(pred)} pred, {len(gd)} gold) | study {len(right)}/{len(fields)}"
              + (f" wrong: {', '.join(f'{f}={study.get(f)!r} (gold {gs[f]!r})' for f in fields if f not in right)}"
                 if len(right) < len(fields) else ""))
        if verbose:
            got_g, got_p = {g for g, _ in pairs}, {p for _, p in pairs}
            keys = ("arm", "modality", "agent") + scorer.DOSE_FIELDS
            for i, g in enumerate(gd):
                if i not in got_g:
                    say("   missed  ", {k: g.get(k) for k in keys if g.get(k) is not None}, repr(g.get("quote")))
            for i, p in enumerate(pred):
                if i not in got_p:
                    say("   spurious", {k: p.get(k) for k in keys if p.get(k) is not None})
        totals["matched"] += len(pairs)
        totals["pred"] += len(pred)
        totals["gold"] += len(gd)
        totals["right"] += len(right)
        totals["of"] += len(fields)
    return {"doses": scorer.prf(totals["matched"], totals["pred"], totals["gold"]),
            "study_right": totals["right"], "study_of": totals["of"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED, help="folder holding corpus/ and tools/")
    ap.add_argument("--verbose", action="store_true", help="list unmatched gold and predicted doses")
    ap.add_argument("--pred-dir", type=Path, default=None,
                    help="score the whole pipeline's output in this folder instead (e.g. build/predictions, "
                         "written by make score)")
    args = ap.parse_args(argv)
    figures = score(args.shared, args.verbose, quiet=False, pred_dir=args.pred_dir)
    d, right, of = figures["doses"], figures["study_right"], figures["study_of"]
    print(f"overall: doses P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f} | "
          f"study fields {right}/{of} ({100 * right / max(of, 1):.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
