"""What one class of extract/patterns/unexplained.yaml explains across a corpus: a sample to read.

A class's precision is read, not computed: it explains a number rightly when that number is no result a
curator would record (a CI bound, a cost, a time point ...). This lists, for the classes asked for, how many
numbers each explains per folder and a seeded random sample of them in their context, so that a reader can
count the wrong ones. bench_unexplained.py's class_collisions is the other check (result values a class
would take).

    .venv/bin/python bench/bench_unexplained_class.py RULE [RULE ...] [--corpus DIR] [--sample 40] [--seed 0]
        [--limit N]

RULE is a class id ("number.cost"), a prefix of ids ("number.time_point"), or a role ("role:interval").
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

from oncoev.extract.assemble import extract_document
from oncoev.extract.reader import read_document
from oncoev.extract.unexplained import account_numbers, context

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "unlabeled"


def wanted(rule: str | None, reason: str | None, asked: list[str]) -> bool:
    for a in asked:
        if a.startswith("role:") and reason == a[5:]:
            return True
        if rule and (rule == a or rule.startswith(a + ".")):
            return True
    return False


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rules", nargs="+")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=40, help="contexts to print per class")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts of each folder")
    args = parser.parse_args(argv)
    folders = sorted(p for p in args.corpus.iterdir() if p.is_dir() and any(p.glob("*.txt"))) or [args.corpus]
    counts: Counter = Counter()
    found: dict[str, list[str]] = defaultdict(list)
    for folder in folders:
        for path in sorted(folder.glob("*.txt"))[:args.limit]:
            document = read_document(path)
            account = account_numbers(document, extract_document(document))
            for n in account.numbers:
                if n.reason is not None and wanted(n.rule, n.reason, args.rules):
                    counts[(n.rule, folder.name)] += 1
                    where = f"{folder.name}/{path.name}" + (f" {n.table}" if n.table else "")
                    found[n.rule or n.reason].append(f"{where}: {context(document.text, *n.original, 70)}")
    rng = random.Random(args.seed)
    for rule in sorted(found):
        per_folder = ", ".join(f"{f} {c}" for (r, f), c in sorted(counts.items()) if r == rule)
        print(f"\n{rule}: {len(found[rule])} numbers ({per_folder})")
        sample = found[rule] if len(found[rule]) <= args.sample else rng.sample(found[rule], args.sample)
        for line in sample:
            print(f"  {line}")
    if not found:
        print("no number explained by " + ", ".join(args.rules), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
