"""Build a synthetic evidence database of N outcome results (default 1,000,000), for the Datasette benchmark.

Every study is an extraction in the contract format, written by this script (sentences of our own
with made-up numbers) and stored through the project's own path: the Alembic migrations create
the schema, the contract validates each study, and the batched writer (db/bulk.py) stores it, so
the database has the indexes, views, full-text index and audit log a real one has.

The mix follows what the extractor finds in real abstracts: most results are time-point rates of
OS, PFS, LC and DFS at 12 to 60 months (a third of them 5-year OS), then medians, hazard ratios with
their CI, response counts and toxicity by grade; every study has its whole population and one to
four subgroups and one to three dose schedules; a tenth of the studies are a curator's files (verified).

    .venv/bin/python scripts/make_synthetic_db.py build/synthetic-1m.db [--results 1000000] [--seed 7]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

from oncoev.db.bulk import BatchWriter
from oncoev.db.engine import make_engine
from oncoev.db.migrate import init_database

CANCERS = ["breast", "lung", "colorectal", "rectal", "prostate", "cervical", "ovarian", "oesophageal", "gastric",
           "pancreatic", "liver", "head and neck", "bladder", "kidney", "melanoma", "glioma", "sarcoma",
           "endometrial", "lymphoma", "myeloma", "bone metastases", "brain metastases", "oligometastatic disease"]
DESIGNS = ["retrospective", "retrospective", "retrospective", "prospective", "phase2", "phase2", "phase3",
           "randomized", "registry", "meta-analysis"]
TREATMENTS = ["stereotactic body radiotherapy", "chemoradiation", "whole-brain radiotherapy", "brachytherapy",
              "short-course radiotherapy", "neoadjuvant chemotherapy", "concurrent cisplatin", "proton therapy",
              "radiosurgery", "hypofractionated radiotherapy"]
SUBGROUPS = ["age 70 years or older", "performance status 0-1", "a single metastasis", "nodal involvement",
             "high-grade tumours", "a dose above 60 Gy", "complete resection", "HPV-positive tumours",
             "prior chemotherapy", "central lesions"]
ENDPOINTS = {"OS": "overall survival", "PFS": "progression-free survival", "LC": "local control",
             "DFS": "disease-free survival"}
TOXICITIES = ["dermatitis", "mucositis", "diarrhoea", "fatigue", "pneumonitis", "nausea", "neutropenia"]


def _rate_sentence(endpoint: str, months: int, value: float, ci: tuple[float, float] | None) -> str:
    years = months // 12
    when = f"{years}-year" if months % 12 == 0 else f"{months}-month"
    interval = f" (95% CI {ci[0]:.1f}-{ci[1]:.1f}%)" if ci else ""
    return f"The {when} {ENDPOINTS[endpoint]} was {value:.1f}%{interval}"


class Study:
    """Sentences and rows of one synthetic study; every row's quote is its sentence, at its offset."""

    def __init__(self, number: int, rng: random.Random):
        self.rng, self.number = rng, number
        self.curated = rng.random() < 0.1  # a curator's file: the study and its rows verified
        self.parts: list[str] = []
        self.length = 0
        self.cancer = rng.choice(CANCERS)
        self.design = rng.choice(DESIGNS)
        self.treatment = rng.choice(TREATMENTS)
        self.n = rng.randint(20, 900)
        self.title = f"{self.treatment.capitalize()} for {self.cancer}: outcomes of {self.n} patients " \
                     f"(synthetic study {number})"
        self.say(self.title + ".\n\n")
        self.cohorts = [{"key": "all", "label": "All patients", "n": self.n, **self.say(
            f"We treated {self.n} patients with {self.cancer} by {self.treatment}.")}]
        for i, label in enumerate(rng.sample(SUBGROUPS, rng.randint(1, 4))):
            n = rng.randint(5, max(6, self.n // 2))
            self.cohorts.append({"key": f"g{i}", "label": f"Patients with {label}", "n": n, "parent": "all",
                                 **self.say(f" Of them, {n} had {label}.")})
        self.doses: list[dict] = []
        for _ in range(rng.randint(1, 3)):
            self.add_dose()
        self.say("\n\n")
        self.results: list[dict] = []

    def add_dose(self) -> None:
        rng = self.rng
        arm = rng.choice([c["key"] for c in self.cohorts])
        if rng.random() < 0.7:
            fractions = rng.choice([1, 3, 5, 8, 10, 15, 20, 25, 28, 30])
            per_fraction = rng.choice([1.8, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 12.0])
            total = round(per_fraction * fractions, 1)
            modality = "sbrt" if per_fraction >= 5 else "ebrt"
            self.doses.append({"arm": arm, "modality": modality, "target": self.cancer, "total_dose": total,
                               "dose_unit": "Gy", "dose_per_fraction": per_fraction, "fractions": float(fractions),
                               "statistic": "fixed", "pattern_id": "synthetic.dose", **self.say(
                                   f" Radiotherapy delivered {total:g} Gy in {fractions} fractions.")})
        else:
            agent = rng.choice(["cisplatin", "capecitabine", "docetaxel", "oxaliplatin", "temozolomide"])
            dose = rng.choice([25, 40, 75, 825, 1000])
            self.doses.append({"arm": arm, "modality": "chemotherapy", "agent": agent, "total_dose": float(dose),
                               "dose_unit": "mg/m2", "statistic": "fixed", "pattern_id": "synthetic.dose",
                               **self.say(f" Patients received {agent} {dose} mg/m2.")})

    def say(self, sentence: str) -> dict:
        start = self.length
        self.parts.append(sentence)
        self.length += len(sentence)
        text = sentence.strip()
        offset = start + sentence.index(text)
        return {"quote": text, "char_start": offset, "char_end": offset + len(text), "page": 1}

    def result(self, row: dict, sentence: str) -> None:
        self.results.append({**row, **self.say(sentence + ". "), "pattern_id": "synthetic.sentence",
                             "confidence": 0.8})

    def add_rate(self, cohort: str) -> None:
        rng = self.rng
        endpoint = rng.choices(list(ENDPOINTS), weights=[5, 3, 2, 1])[0]
        months = 60 if endpoint == "OS" and rng.random() < 0.35 else rng.choice([12, 24, 36, 60, 6, 18])
        value = round(rng.uniform(8, 97), 1)
        ci = (round(max(0.0, value - rng.uniform(3, 15)), 1), round(min(100.0, value + rng.uniform(3, 15)), 1)) \
            if rng.random() < 0.4 else None
        row = {"cohort": cohort, "endpoint": endpoint, "measure": "rate", "timepoint_months": float(months),
               "value": value, "unit": "%"}
        if ci:
            row.update(ci_low=ci[0], ci_high=ci[1])
        self.result(row, _rate_sentence(endpoint, months, value, ci))

    def add_other(self, cohort: str) -> None:
        rng = self.rng
        kind = rng.choices(["median", "hr", "count", "tox"], weights=[4, 2, 2, 2])[0]
        if kind == "median":
            endpoint = rng.choice(["OS", "PFS"])
            value = round(rng.uniform(3, 80), 1)
            self.result({"cohort": cohort, "endpoint": endpoint, "measure": "median", "value": value,
                         "unit": "months"}, f"Median {ENDPOINTS[endpoint]} reached {value:.1f} months")
        elif kind == "hr" and len(self.cohorts) > 1:
            other = rng.choice([c["key"] for c in self.cohorts if c["key"] != cohort] or ["all"])
            value = round(rng.uniform(0.3, 3.0), 2)
            low, high = round(value / rng.uniform(1.2, 2.0), 2), round(value * rng.uniform(1.2, 2.0), 2)
            p = round(rng.uniform(0.001, 0.5), 3)
            endpoint = rng.choice(["OS", "PFS"])
            self.result({"cohort": cohort, "comparator": other, "endpoint": endpoint, "measure": "hr", "value": value,
                         "unit": "ratio", "ci_low": low, "ci_high": high, "p_value": p,
                         "analysis": rng.choice(["univariate", "multivariate"])},
                        f"For {ENDPOINTS[endpoint]} the hazard ratio was {value:.2f} (95% CI {low:.2f}-{high:.2f}; "
                        f"p = {p})")
        elif kind == "count":
            endpoint = rng.choice(["CR", "PR", "SD", "PD"])
            value = rng.randint(0, 40)
            self.result({"cohort": cohort, "endpoint": endpoint, "measure": "count", "value": float(value),
                         "unit": "n"}, f"Response {endpoint} was seen in {value} patients")
        else:
            term = rng.choice(TOXICITIES)
            value = round(rng.uniform(0.5, 40), 1)
            self.result({"cohort": cohort, "endpoint": "TOX", "measure": "rate", "value": value, "unit": "%",
                         "grade": ">=3", "category": term}, f"Grade 3 or worse {term} affected {value:.1f}%")

    def extraction(self) -> dict:
        text = "".join(self.parts)
        data = text.encode("utf-8")
        return {
            "source": f"synthetic-{self.number:07d}.txt",
            "document": {"sha256": hashlib.sha256(data).hexdigest(), "media_type": "text/plain", "pages": 1,
                         "page_starts": [0], "text": text, "filename": f"synthetic-{self.number:07d}.txt"},
            "extractor": {"name": "synthetic", "version": "1"},
            "curation": {"status": "verified", "curator": "synthetic curator"} if self.curated
            else {"status": "extracted"},
            "study": {"title": self.title, "kind": "primary", "design": self.design, "cancer": self.cancer,
                      "n_patients": self.n, "year": self.rng.randint(1995, 2025),
                      "doi": f"10.5555/synthetic.{self.number}"},
            "cohorts": self.cohorts, "arms": [], "doses": self.doses, "results": self.results,
        }


def synthetic_study(number: int, rng: random.Random, results: int) -> dict:
    study = Study(number, rng)
    keys = [c["key"] for c in study.cohorts]
    for _ in range(results):
        cohort = "all" if rng.random() < 0.5 else rng.choice(keys)
        (study.add_rate if rng.random() < 0.7 else study.add_other)(cohort)
    return study.extraction()


def build(path: Path, results: int, seed: int = 7, per_study: int = 30, progress=None) -> int:
    """Create ``path`` (which must not exist) holding ``results`` results; returns the number of studies."""
    if path.exists():
        raise SystemExit(f"{path} exists; give a new file")
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    init_database(engine)
    rng = random.Random(seed)
    writer = BatchWriter(engine, actor="synthetic", batch_papers=500, batch_seconds=60)
    made, number = 0, 0
    while made < results:
        n = min(results - made, max(1, int(rng.gauss(per_study, per_study / 3))))
        number += 1
        for stored in writer.add(synthetic_study(number, rng, n), f"synthetic-{number}"):
            if stored.error is not None:
                raise SystemExit(f"synthetic study refused: {stored.error}")
        made += n
        if progress and number % 2000 == 0:
            progress(made, results)
    for stored in writer.flush():
        if stored.error is not None:
            raise SystemExit(f"synthetic study refused: {stored.error}")
    engine.dispose()
    return number


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--results", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    studies = build(args.database, args.results, args.seed,
                    progress=lambda made, total: print(f"{made:,}/{total:,} results", file=sys.stderr, flush=True))
    print(f"{args.database}: {studies:,} studies, {args.results:,} results in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
