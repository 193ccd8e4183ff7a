"""What the extractor does not read, over a corpus: the share of numbers explained and the worklist.

Runs the extractor over every .txt under the corpus's folders (by default ../shared/corpus/unlabeled:
594 PubMed abstracts and 150 full texts) and accounts for every number of each abstract, results
section and table (extract/unexplained.py). Prints, per folder, the share of numbers explained
(pooled over all numbers) with what explained them, then the most frequent contexts of the
unexplained numbers (a few words around the number, digits as '#', the number as 'N'): the
constructions the next rule should read. A text that crashes or runs past --timeout is counted and
named, and the run goes on.

    .venv/bin/python bench/bench_unexplained.py [CORPUS] [--top 20] [--timeout 120] [--limit N] [--json FILE]
        [--no-collisions] [--examples 3]

It also checks the classes' precision on what the rules did read: every result row's value, left
unexplained and given to the classes; a class that recognises one would hide that result were it
missed (unexplained.class_collisions). The list is printed by class with examples.

Issue 13's targets: share explained >= 0.90 on the abstracts, >= 0.75 on the full texts.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

from oncoev.extract.assemble import extract_document
from oncoev.extract.normalize import normalize
from oncoev.extract.reader import read_document
from oncoev.extract.unexplained import account_numbers, class_collisions, context, context_key

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "unlabeled"
TARGETS = {"abstracts": 0.90, "fulltexts": 0.75}


class Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise Timeout()


def folders(corpus: Path) -> list[Path]:
    subs = sorted(p for p in corpus.iterdir() if p.is_dir() and any(p.glob("*.txt")))
    return subs or [corpus]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=20, help="how many contexts to list")
    parser.add_argument("--timeout", type=int, default=120, help="seconds one text may take")
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts of each folder")
    parser.add_argument("--json", type=Path, default=None, help="write per-text figures to this file")
    parser.add_argument("--collisions", action=argparse.BooleanOptionalAction, default=True,
                        help="check the classes on the result values the rules read (a class that takes one "
                             "would hide that result had the rules missed it)")
    parser.add_argument("--examples", type=int, default=3, help="examples per class that takes a result value")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: give its folder", file=sys.stderr)
        return 2

    signal.signal(signal.SIGALRM, _alarm)
    contexts: Counter = Counter()
    by_folder: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, str] = {}
    collided: Counter = Counter()  # rule -> result values it would hide
    collided_examples: dict[str, list[str]] = defaultdict(list)
    result_values = 0
    per_text = []
    failures = []
    summary = []
    started = time.perf_counter()
    for folder in folders(args.corpus):
        paths = sorted(folder.glob("*.txt"))[:args.limit]
        counted = explained = 0
        reasons: Counter = Counter()
        slowest = (0.0, "")
        for path in paths:
            t0 = time.perf_counter()
            signal.alarm(args.timeout)
            try:
                document = read_document(path)
                extraction = extract_document(document)
                account = account_numbers(document, extraction)
            except Timeout:
                failures.append(f"{path}: timed out after {args.timeout} s")
                continue
            except Exception as e:  # noqa: BLE001 (a crash is a finding to report, not to stop on)
                failures.append(f"{path}: {type(e).__name__}: {e}\n{traceback.format_exc(limit=3)}")
                continue
            finally:
                signal.alarm(0)
            seconds = time.perf_counter() - t0
            if args.collisions:
                hidden = class_collisions(document, extraction)
                result_values += sum(1 for r in extraction["results"] if isinstance(r.get("char_start"), int))
                for n in hidden:
                    collided[n.rule] += 1
                    a, b = n.original
                    collided_examples[n.rule].append(f"{path.name}: {context(document.text, a, b, 50)}")
            slowest = max(slowest, (seconds, path.name))
            assert len(extraction["unexplained"]) == len(account.unexplained)
            counted += len(account.numbers)
            explained += len(account.numbers) - len(account.unexplained)
            reasons.update((n.reason or "unexplained").split(":")[0] for n in account.numbers)
            text = normalize(document.text).text
            for n in account.unexplained:
                key = context_key(text, n.start, n.end, in_table=n.table is not None)
                contexts[key] += 1
                by_folder[folder.name][key] += 1
                a, b = n.original
                examples.setdefault(key, f"{path.name}: {context(document.text, a, b, 50)}")
            per_text.append({"file": f"{folder.name}/{path.name}", "numbers": len(account.numbers),
                             "unexplained": len(account.unexplained), "seconds": round(seconds, 3)})
        share = explained / counted if counted else float("nan")
        summary.append((folder.name, len(paths), counted, explained, share, reasons, slowest))

    print(f"{args.corpus}: {sum(s[1] for s in summary)} texts in {time.perf_counter() - started:.0f} s, "
          f"{len(failures)} failed or timed out")
    for name, n_texts, counted, explained, share, reasons, slowest in summary:
        target = TARGETS.get(name)
        verdict = "" if target is None else f" (target >= {target:.2f}: {'met' if share >= target else 'NOT met'})"
        print(f"\n{name}: {n_texts} texts, {counted} numbers counted, {explained} explained -> share explained "
              f"{share:.3f}{verdict}; slowest text {slowest[1]} {slowest[0]:.1f} s")
        rows = sum((c for r, c in reasons.items() if r == "row"), 0)
        print(f"  by rows {rows} ({rows / counted:.3f}), by classes {explained - rows}, unexplained "
              f"{counted - explained}")
        for reason, count in reasons.most_common():
            print(f"    {reason:14s} {count:7d}  {count / counted:.3f}")
    print(f"\nthe {args.top} most frequent contexts of unexplained numbers (N the number, # other digits):")
    for key, count in contexts.most_common(args.top):
        print(f"  {count:5d}  {key}")
        print(f"         e.g. {examples[key]}")
    for name, counts in by_folder.items():
        if len(by_folder) > 1:
            print(f"\nin {name} alone:")
            for key, count in counts.most_common(args.top):
                print(f"  {count:5d}  {key}")
    if args.collisions:
        print(f"\nclasses that would hide a result the rules read ({sum(collided.values())} of the values of "
              f"{result_values} result rows; each is a class's false positive, or a wrong row):")
        for rule, count in collided.most_common():
            print(f"  {count:5d}  {rule}")
            for example in collided_examples[rule][:args.examples]:
                print(f"         e.g. {example}")
    for line in failures:
        print(f"FAILED {line}", file=sys.stderr)
    if args.json is not None:
        args.json.write_text(json.dumps({"texts": per_text, "failures": failures}, indent=1), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
