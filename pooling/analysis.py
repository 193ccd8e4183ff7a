"""One pooling run: the dataset, the pooled result (overall or by subgroup), Egger's test, leave-one-out,
warnings, and their output as text, CSV rows or a JSON-ready dict. No database and no file access here."""

from __future__ import annotations

from dataclasses import dataclass

from oncoev.pooling.bias import EggerTest, egger_test
from oncoev.pooling.dataset import AnalysisDataset
from oncoev.pooling.methods import (
    LeaveOneOut,
    PoolResult,
    SubgroupResult,
    leave_one_out,
    pool,
    subgroup_analysis,
)

CSV_COLUMNS = ("subgroup", "row", "label", "n", "events", "value", "ci_low", "ci_high", "weight", "pi_low",
               "pi_high", "stat_name", "stat", "df", "p", "tau2", "tau", "i2", "h2", "q", "q_p", "k", "method", "test",
               "transform", "unit", "result_id")
POOLED_KEYS = ("pi_low", "pi_high", "stat_name", "stat", "df", "p", "tau2", "tau", "i2", "h2", "q", "q_p", "k")


# What mixing without a split means, per study column.
MIXED = {"cancer": "cancers", "design": "designs"}


def mixing_warnings(dataset: AnalysisDataset, by: str | None) -> tuple[str, ...]:
    """A warning per study column (cancer, design) whose values differ across the pooled studies,
    unless the analysis is split by it: one pooled number for unlike studies can mislead. A cohort a
    review cites has the review's cancer but not its design ("review"), so its design does not count."""
    warnings = []
    for column, plural in MIXED.items():
        values = sorted({getattr(s, column) or "(not given)" for s in dataset.studies
                         if not (column == "design" and s.cited)})
        if len(values) > 1 and by != column:
            warnings.append(f"the pooled studies mix {plural} ({', '.join(values)}); split them with "
                            f"--by {column} or keep one with --{column}")
    return tuple(warnings)


@dataclass(frozen=True)
class Analysis:
    dataset: AnalysisDataset
    result: PoolResult | SubgroupResult
    sensitivity: LeaveOneOut | None = None
    egger: EggerTest | None = None
    warnings: tuple[str, ...] = ()

    @property
    def overall(self) -> PoolResult:
        return self.result.overall if isinstance(self.result, SubgroupResult) else self.result

    def title(self) -> str:
        by = f" by {self.result.by}" if isinstance(self.result, SubgroupResult) else ""
        return f"Pooled {self.dataset.query.describe()}{by}"

    def _studies(self, result: PoolResult) -> list[dict]:
        by_label = {s.label: s for s in self.dataset.studies}
        _, low, high = result.study_values()
        rows = result.to_dict()["studies"]
        for i, row in enumerate(rows):
            s = by_label[row["label"]]
            # "value" is the number in the database; "value_used" is what the model pooled (events / n).
            used = s.value if s.events is None else round(100 * s.events / s.n, 10)
            row.update({"value": s.value, "value_used": used, "events": s.events,
                        "ci_low": round(float(low[i]), 10), "ci_high": round(float(high[i]), 10),
                        "study_id": s.study_id, "result_id": s.result_id, "cited": s.cited})
        return rows

    def _result_dict(self, result: PoolResult) -> dict:
        out = result.to_dict()
        out["studies"] = self._studies(result)
        if not result.pooled:
            out["note"] = "single study: not pooled"
        return out

    def to_dict(self) -> dict:
        """The JSON output: the pooled object (or one per subgroup plus the overall) and the context."""
        if isinstance(self.result, SubgroupResult):
            out: dict = {"by": self.result.by,
                         "subgroups": {name: self._result_dict(r) for name, r in self.result.groups.items()},
                         "overall": self._result_dict(self.result.overall),
                         "test_for_subgroup_differences": self.result.to_dict()["test_for_subgroup_differences"]}
        else:
            out = self._result_dict(self.result)
        q = self.dataset.query
        out["query"] = {"endpoint": q.endpoint, "measure": q.measure, "timepoint_months": q.timepoint,
                        "cancer": q.cancer, "design": q.design, "modality": q.modality, "unit": q.unit,
                        "group": q.group, "include_cited": q.include_cited, "curated_only": q.curated_only}
        if self.sensitivity is not None:
            out["leave_one_out"] = self.sensitivity.rows()
        out["egger"] = None if self.egger is None else self.egger.to_dict()
        out["warnings"] = list(self.warnings)
        out["excluded"] = [{"label": e.label, "result_id": e.result_id, "reason": e.reason}
                           for e in self.dataset.excluded]
        out["notes"] = list(self.dataset.notes)
        return out

    def csv_rows(self) -> list[dict]:
        """One row per study and one per pooled estimate (per subgroup, then overall)."""
        parts = (list(self.result.groups.items()) + [("overall", self.result.overall)]
                 if isinstance(self.result, SubgroupResult) else [("", self.result)])
        rows = []
        for name, result in parts:
            d = self._result_dict(result)
            common = {"subgroup": name, "method": d["method"], "test": d["test"], "transform": d["transform"],
                      "unit": d["unit"]}
            if name != "overall":
                for s in d["studies"]:
                    rows.append({**common, "row": "study", "label": s["label"], "n": s["n"], "events": s["events"],
                                 "value": s["value"], "ci_low": s["ci_low"], "ci_high": s["ci_high"],
                                 "weight": s["weight"], "k": 1, "result_id": s["result_id"]})
            rows.append({**common, "row": "pooled" if result.pooled else "single study",
                         "label": f"pooled ({name})" if name else "pooled",
                         **{key: d[key] for key in POOLED_KEYS},
                         "value": d["estimate"], "ci_low": d["ci_low"], "ci_high": d["ci_high"], "weight": 100.0})
        return [{c: row.get(c) for c in CSV_COLUMNS} for row in rows]

    def summary_text(self) -> str:
        """The table output: statsmodels summaries, the subgroup test, leave-one-out."""
        parts = []
        if isinstance(self.result, SubgroupResult):
            for name, r in self.result.groups.items():
                parts.append(str(r.summary(f"{self.result.by} = {name}")))
            parts.append(str(self.result.overall.summary(f"Overall: {self.title()}")))
            parts.append(self.result.describe())
        else:
            parts.append(str(self.result.summary(self.title())))
        if not self.overall.pooled:
            parts.append("Only one study matched: nothing to pool; its own value and interval are shown.")
        elif self.egger is not None:
            est, low, high = self.egger.limit_estimate
            unit = "%" if self.overall.unit == "%" else ""
            parts.append(f"{self.egger.describe()}\nLimit estimate (as se -> 0): {est:.2f}{unit} "
                         f"[{low:.2f}, {high:.2f}]")
        else:
            parts.append("Egger's regression test for funnel plot asymmetry: needs at least three studies.")
        if self.sensitivity is not None:
            lines = ["Leave-one-out:", f"{'omitted':<58} {'estimate':>9} {'ci_low':>8} {'ci_high':>8} "
                     f"{'tau2':>8} {'I2 %':>7}"]
            for row in self.sensitivity.rows():
                tau2 = "" if row["tau2"] is None else f"{row['tau2']:.4f}"
                i2 = "" if row["i2"] is None else f"{row['i2']:.1f}"
                lines.append(f"{row['omitted'][:58]:<58} {row['estimate']:>9.2f} {row['ci_low']:>8.2f} "
                             f"{row['ci_high']:>8.2f} {tau2:>8} {i2:>7}")
            parts.append("\n".join(lines))
        # statsmodels pads its tables with trailing blanks; they only get in the way of a terminal.
        return "\n".join(line.rstrip() for line in "\n\n".join(p.strip("\n") for p in parts).splitlines())


def analyse(dataset: AnalysisDataset, method: str = "REML", hk: bool = False, transform: str = "logit",
            by: str | None = None, level: float = 95.0, sensitivity: bool = False) -> Analysis:
    """Pool a dataset: overall, or by subgroup with the test for differences; optionally leave-one-out."""
    if dataset.query.is_ratio:
        transform = "log"
    effects = dataset.effects(transform)
    if by:
        result: PoolResult | SubgroupResult = subgroup_analysis(effects, dataset.groups(by), by=by, method=method,
                                                                hk=hk, level=level)
    else:
        result = pool(effects, method=method, hk=hk, level=level)
    loo = leave_one_out(effects, method=method, hk=hk, level=level) if sensitivity else None
    overall = result.overall if isinstance(result, SubgroupResult) else result
    egger = egger_test(effects, level=level, back_n=overall.back_n) if effects.k >= 3 else None
    return Analysis(dataset, result, loo, egger, mixing_warnings(dataset, by))
