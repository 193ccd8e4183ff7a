"""The files the README's curating examples start from, made the same way every time.

The README shows a curator's session: a review file with decisions in it, a file with typing mistakes,
a newer extraction of the same paper, another copy of a paper, a broken extraction. `scripts/readme.py`
runs the README's commands to check (or rewrite) their shown output; where a command needs such a file,
the README's comment before the block runs one of these first (the reader sees the command, not this).

    python scripts/readme_scenarios.py decide review-1.yaml           # a curator's decisions, in place
    python scripts/readme_scenarios.py typos review-1.yaml typo.yaml  # three mistakes apply must catch
    python scripts/readme_scenarios.py newer extraction.json newer.json
    python scripts/readme_scenarios.py broken extraction.json bad_extraction.json
    python scripts/readme_scenarios.py copy paper.txt copy.txt       # the same paper, other bytes
    python scripts/readme_scenarios.py untitled paper.txt copy.txt   # ... and without its title line
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

# The count the example paper's extraction misses, with the sentence it is in (our own example paper).
MISSED = {"endpoint": "PR", "measure": "count", "value": 18,
          "quote": "4 patients achieved a complete response and 18 a partial response",
          "note": "the CR count was read, the PR count beside it was not"}


def _dump(data: dict, path: Path) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")


def decide(path: Path) -> None:
    """Accept everything, correct one subgroup's label, reject one toxicity fragment, add the missed count."""
    review = yaml.safe_load(path.read_text(encoding="utf-8"))
    for section in ("study", "cohorts", "arms", "doses", "results"):
        for entry in review.get(section) or []:
            entry["status"] = "accept"
    subgroups = [c for c in review.get("cohorts") or [] if c.get("key") != "all"]
    if subgroups:
        subgroups[0].update(status="correct", label="Resected primary tumour")
    fragment = next((r for r in review.get("results") or [] if r.get("endpoint") == "TOX"), None)
    if fragment is not None:
        fragment.update(status="reject", note="a fragment of the toxicity table, not a result")
    results = review.setdefault("results", [])
    if not any(r.get("endpoint") == MISSED["endpoint"] and r.get("measure") == "count" for r in results):
        results.append({"status": "add", "cohort": "all", **MISSED})
    _dump(review, path)


def typos(path: Path, out: Path) -> None:
    """A rate typed as 687.5, a misspelt key, a quote that is not the paper's."""
    review = yaml.safe_load(path.read_text(encoding="utf-8"))
    results = review["results"]
    rate = next(r for r in results if r.get("measure") == "rate" and r.get("status") == "accept")
    rate.update(status="correct", value=687.5)
    other = next(r for r in results if r is not rate and r.get("status") == "accept" and "endpoint" in r)
    other["endpiont"] = other.pop("endpoint")
    added = next((r for r in results if r.get("status") == "add"), None) or results[-1]
    added["quote"] = added["quote"].replace(" 18 a partial", " 18 had a partial")
    _dump(review, out)


def newer(path: Path, out: Path) -> None:
    """The same paper read by a newer rule set that reads one verified rate differently (68.75 -> 68.8)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["extractor"]["version"] = str(data["extractor"]["version"]) + ".newer"
    rate = next(r for r in data["results"] if r.get("measure") == "rate" and r["value"] != round(r["value"], 1))
    rate["value"] = round(rate["value"], 1)
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def broken(path: Path, out: Path) -> None:
    """Three mistakes `evidence load` must name: a rate over 100, a number as text, an unknown cohort."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rates = [r for r in data["results"] if r.get("measure") == "rate"]
    rates[0]["value"] = 140.0
    data["results"][-1]["value"] = str(data["results"][-1]["value"])
    data["results"][1]["cohort"] = "group_c"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def copy(path: Path, out: Path) -> None:
    out.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")


def untitled(path: Path, out: Path) -> None:
    """The same paper without its title line: nothing left to tell it is a paper already stored."""
    out.write_text(path.read_text(encoding="utf-8").split("\n", 1)[1].lstrip("\n"), encoding="utf-8")


COMMANDS = {"decide": decide, "typos": typos, "newer": newer, "broken": broken, "copy": copy, "untitled": untitled}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    COMMANDS[argv[0]](*(Path(a) for a in argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
