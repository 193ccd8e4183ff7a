"""The maths of pooling: effect sizes, tau² estimators, and the pooled result. No I/O here.

Numbers follow R's metafor (``escalc`` + ``rma.uni`` + ``predict``), which the tests check case
by case against ``reference/metafor_pooling.json``:

- proportions on the logit scale (metafor ``PLO``): ``y = log(x / (n - x))``, ``v = 1/x + 1/(n - x)``;
  a study with 0 or n events gets 1/2 added to both cells, as ``escalc(add=1/2, to="only0")`` does;
- Freeman-Tukey double arcsine (``PFT``): ``y = (asin(sqrt(x/(n+1))) + asin(sqrt((x+1)/(n+1)))) / 2``,
  ``v = 1/(4n + 2)``, no continuity correction (metafor's default ``add=0`` for PFT); pooled values are
  back-transformed with the harmonic mean of the n (``transf.ipft.hm``);
- ratios (HR, OR, RR) on the log scale, the SE taken from the CI: ``(log(high) - log(low)) / (2 z)``;
- common (fixed) effect, DerSimonian-Laird and REML tau² (REML by metafor's Fisher scoring, same
  start value, step halving and stopping rule, so that results agree to the last digits);
- z or Hartung-Knapp (``test="knha"``, t with k - 1 df, untruncated) intervals; prediction interval
  ``mu ± crit * sqrt(se² + tau²)``; Q, I² (metafor's definition for random effects:
  ``tau² / (tau² + s²)`` with the "typical" within-study variance s²), H².

The fixed-effect estimate, Q and the DerSimonian-Laird moment estimate come from statsmodels'
``combine_effects``; statsmodels does not truncate the DL estimate at zero (metafor does) and has no
REML, so those two steps are ours.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from scipy import stats
from statsmodels.stats.meta_analysis import combine_effects

from oncoev.errors import EvidenceError
from oncoev.pooling.heterogeneity import HeterogeneityCI, q_profile, typical_variance

TRANSFORMS = ("logit", "pft", "log")
METHODS = ("FE", "DL", "REML")
METHOD_NAMES = {"FE": "common effect (inverse variance)", "DL": "random effects, DerSimonian-Laird",
                "REML": "random effects, REML"}
TRANSFORM_NAMES = {"logit": "logit (PLO)", "pft": "Freeman-Tukey double arcsine (PFT)", "log": "log ratio"}

# metafor's defaults for rma(): Fisher scoring stops when tau² moves by less than this.
REML_THRESHOLD = 1e-5
REML_MAXITER = 100


class PoolingError(EvidenceError):
    """The numbers cannot be pooled as asked (no studies, bad input, no convergence)."""


@dataclass(frozen=True)
class EffectSizes:
    """Study effect sizes on the analysis scale.

    ``yi``/``vi`` are what the model pools; ``ni`` the sample sizes (the harmonic mean of them
    back-transforms PFT); ``corrected`` marks studies that got the 1/2 continuity correction.
    ``values`` are the studies' own values on the natural scale, as reported (a survival rate of
    36.2 %, a hazard ratio), and ``events`` the counts a proportion was pooled from (18 of 50).
    ``unit`` is the natural-scale unit: ``"%"`` for proportions, ``"ratio"`` for log ratios.
    """

    yi: np.ndarray
    vi: np.ndarray
    transform: str
    labels: tuple[str, ...]
    ni: np.ndarray | None = None
    corrected: np.ndarray | None = None
    values: np.ndarray | None = None
    events: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.transform not in TRANSFORMS:
            raise PoolingError(f"unknown transform {self.transform!r}; choose one of {', '.join(TRANSFORMS)}")
        if len(self.yi) != len(self.vi) or len(self.yi) != len(self.labels):
            raise PoolingError("yi, vi and labels must have the same length")
        if not np.all(np.isfinite(self.yi)) or not np.all(np.isfinite(self.vi)) or np.any(self.vi <= 0):
            raise PoolingError("every study needs a finite effect and a positive variance")

    @property
    def k(self) -> int:
        return len(self.yi)

    @property
    def unit(self) -> str:
        return "ratio" if self.transform == "log" else "%"

    def subset(self, mask: np.ndarray) -> EffectSizes:
        mask = np.asarray(mask, dtype=bool)
        return EffectSizes(
            yi=self.yi[mask], vi=self.vi[mask], transform=self.transform,
            labels=tuple(label for label, keep in zip(self.labels, mask, strict=True) if keep),
            ni=None if self.ni is None else self.ni[mask],
            corrected=None if self.corrected is None else self.corrected[mask],
            values=None if self.values is None else self.values[mask],
            events=None if self.events is None else self.events[mask])


def proportion_effects(events: Sequence[float], n: Sequence[float], transform: str = "logit",
                       labels: Sequence[str] | None = None, add: float | None = None,
                       reported: Sequence[float] | None = None) -> EffectSizes:
    """Logit (PLO) or Freeman-Tukey (PFT) effect sizes from event counts, as metafor's escalc.

    ``add`` defaults to metafor's: 1/2 for logit, added to both cells of a study with 0 or n events
    (``to="only0"``), and 0 for PFT, which is defined at 0 and n. ``reported`` are the studies' own
    percentages when the counts were derived from them (default: 100 x events / n).
    """
    x = np.asarray(events, dtype=float)
    counts = x.copy()
    ni = np.asarray(n, dtype=float)
    if np.any(ni <= 0) or np.any(x < 0) or np.any(x > ni):
        raise PoolingError("events must lie between 0 and n, and n must be positive")
    labels = tuple(labels) if labels is not None else tuple(str(i + 1) for i in range(len(x)))
    values = 100 * counts / ni if reported is None else np.asarray(reported, dtype=float)
    if transform == "logit":
        add = 0.5 if add is None else add
        m = ni - x
        zero = (x == 0) | (m == 0)
        x = np.where(zero, x + add, x)
        m = np.where(zero, m + add, m)
        with np.errstate(divide="ignore"):
            yi = np.log(x / m)
            vi = 1 / x + 1 / m
        return EffectSizes(yi, vi, "logit", labels, ni=ni, corrected=zero, values=values, events=counts)
    if transform == "pft":
        add = 0.0 if add is None else add
        zero = ((x == 0) | (x == ni)) & (add > 0)
        x = np.where(zero, x + add, x)
        nn = np.where(zero, ni + 2 * add, ni)
        yi = 0.5 * (np.arcsin(np.sqrt(x / (nn + 1))) + np.arcsin(np.sqrt((x + 1) / (nn + 1))))
        vi = 1 / (4 * nn + 2)
        return EffectSizes(yi, vi, "pft", labels, ni=ni, corrected=zero, values=values, events=counts)
    raise PoolingError(f"proportions are pooled on the logit or pft scale, not {transform!r}")


def ci_to_se(ci_low: Sequence[float], ci_high: Sequence[float], level: Sequence[float] | float = 95.0) -> np.ndarray:
    """Standard error of a log ratio from its confidence interval (symmetric on the log scale)."""
    low = np.asarray(ci_low, dtype=float)
    high = np.asarray(ci_high, dtype=float)
    z = stats.norm.isf((1 - np.asarray(level, dtype=float) / 100) / 2)
    return (np.log(high) - np.log(low)) / (2 * z)


def log_ratio_effects(ratio: Sequence[float], ci_low: Sequence[float], ci_high: Sequence[float],
                      level: Sequence[float] | float = 95.0, labels: Sequence[str] | None = None,
                      n: Sequence[float | None] | None = None) -> EffectSizes:
    """Log hazard (odds, risk) ratios with variances from their reported confidence intervals."""
    yi = np.log(np.asarray(ratio, dtype=float))
    se = ci_to_se(ci_low, ci_high, level)
    labels = tuple(labels) if labels is not None else tuple(str(i + 1) for i in range(len(yi)))
    ni = None if n is None else np.array([np.nan if v is None else v for v in n], dtype=float)
    return EffectSizes(yi, se**2, "log", labels, ni=ni, values=np.asarray(ratio, dtype=float))


# ---------------------------------------------------------------------------------------------
# Back-transformations to the natural scale (percent for proportions, ratio for log ratios)

def pft(p: np.ndarray | float, n: float) -> np.ndarray:
    """Freeman-Tukey transform of a proportion p for sample size n (metafor's transf.pft)."""
    x = np.asarray(p, dtype=float) * n
    return 0.5 * (np.arcsin(np.sqrt(x / (n + 1))) + np.arcsin(np.sqrt((x + 1) / (n + 1))))


def ipft(y: np.ndarray | float, n: float | np.ndarray) -> np.ndarray:
    """Inverse Freeman-Tukey transform (metafor's transf.ipft), clipped to [0, 1] outside its range."""
    y = np.asarray(y, dtype=float)
    n = np.asarray(n, dtype=float)
    s = np.sin(2 * y)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = 0.5 * (1 - np.sign(np.cos(2 * y)) * np.sqrt(1 - (s + (s - 1 / s) / n) ** 2))
    p = np.where(y > pft(1.0, n), 1.0, p)
    p = np.where(y < pft(0.0, n), 0.0, p)
    return p


def back_transform(y: np.ndarray | float, transform: str, n: float | np.ndarray | None = None) -> np.ndarray:
    """From the analysis scale to the natural one: percent for proportions, the ratio for log ratios."""
    y = np.asarray(y, dtype=float)
    if transform == "logit":
        return 100 * (1 / (1 + np.exp(-y)))
    if transform == "pft":
        if n is None:
            raise PoolingError("the Freeman-Tukey back-transformation needs the sample sizes")
        return 100 * ipft(y, n)
    return np.exp(y)


def harmonic_mean(n: np.ndarray) -> float:
    return float(1 / np.mean(1 / np.asarray(n, dtype=float)))


# ---------------------------------------------------------------------------------------------
# tau² estimators: one function each, picked by name

def _fixed_effect(yi: np.ndarray, vi: np.ndarray):
    """statsmodels' combine_effects gives the common-effect estimate, Q and the raw DL moment."""
    # With Q < k - 1 its (untruncated) DL tau² is negative and it takes square roots of negative
    # random-effects variances we never use.
    with np.errstate(invalid="ignore"):
        return combine_effects(yi, vi, method_re="dl")


def tau2_fe(yi: np.ndarray, vi: np.ndarray) -> float:
    return 0.0


def tau2_dl(yi: np.ndarray, vi: np.ndarray) -> float:
    """DerSimonian-Laird, truncated at zero as in metafor (statsmodels leaves it negative)."""
    if len(yi) < 2:
        return 0.0
    return max(0.0, float(_fixed_effect(yi, vi).tau2))


def _reml_step(yi: np.ndarray, vi: np.ndarray, tau2: float) -> float:
    # Fisher scoring step for an intercept-only model, with P = W - w w' / sum(w) written out so
    # that each step is O(k) instead of metafor's k x k matrices.
    w = 1 / (vi + tau2)
    sw = w.sum()
    mu = (w * yi).sum() / sw
    py = w * (yi - mu)                                   # P y
    tr_p = sw - (w**2).sum() / sw
    tr_pp = (w**2).sum() - 2 * (w**3).sum() / sw + ((w**2).sum() / sw) ** 2
    return float((py @ py - tr_p) / tr_pp)


def _reml_loglik(yi: np.ndarray, vi: np.ndarray, tau2: float) -> float:
    w = 1 / (vi + tau2)
    mu = (w * yi).sum() / w.sum()
    return float(-0.5 * (len(yi) - 1) * math.log(2 * math.pi) - 0.5 * np.log(vi + tau2).sum()
                 - 0.5 * math.log(w.sum()) - 0.5 * (w * (yi - mu) ** 2).sum())


def tau2_reml(yi: np.ndarray, vi: np.ndarray, threshold: float = REML_THRESHOLD,
              maxiter: int = REML_MAXITER) -> float:
    """REML by Fisher scoring, as metafor's rma(method="REML") with its default control settings.

    Starts from the Hedges (HE) estimate, halves a step that would go below zero, stops when tau²
    changes by less than ``threshold``, and falls back to 0 when the likelihood is higher there.
    """
    k = len(yi)
    if k < 2:
        return 0.0
    # Hedges' estimator: (sum (y - ybar)² - (k-1)/k sum v) / (k - 1)
    tau2 = max(0.0, float((((yi - yi.mean()) ** 2).sum() - vi.sum() * (k - 1) / k) / (k - 1)))
    change, iterations = math.inf, 0
    while change > threshold:
        iterations += 1
        old = tau2
        adj = _reml_step(yi, vi, tau2)
        while tau2 + adj < 0:
            adj /= 2
        tau2 += adj
        change = abs(old - tau2)
        if iterations > maxiter:
            raise PoolingError(f"REML (Fisher scoring) did not converge in {maxiter} iterations; "
                               "try --method DL")
    if tau2 > threshold and _reml_loglik(yi, vi, 0.0) - _reml_loglik(yi, vi, tau2) > 1e-7:
        tau2 = 0.0
    return tau2


TAU2_ESTIMATORS: dict[str, Callable[[np.ndarray, np.ndarray], float]] = {
    "FE": tau2_fe, "DL": tau2_dl, "REML": tau2_reml}


# ---------------------------------------------------------------------------------------------
# The result

@dataclass(frozen=True)
class PoolResult:
    """A pooled estimate with its heterogeneity statistics.

    ``mu``, ``se``, ``ci``, ``pi`` are on the analysis scale (logit, double arcsine or log ratio);
    ``estimate``, ``ci_low`` ... are on the natural scale in the unit of the pooled values
    (percent for proportions, the ratio for log ratios). ``weights`` are percent and sum to 100.
    ``stat`` and ``p_value`` test ``mu = 0`` on the analysis scale (``null_value`` on the natural one:
    a ratio of 1, a proportion of 50 % on the logit scale), with a z or, for Hartung-Knapp, a t
    statistic on ``df`` degrees of freedom, as metafor's ``zval``/``pval``. ``heterogeneity_ci``
    holds the Q-profile intervals for tau², tau, I² and H² (random-effects models).
    With a single study nothing is pooled: ``method`` is ``"none"`` and the interval is the
    study's own.
    """

    effects: EffectSizes = field(repr=False)
    method: str
    test: str
    level: float
    mu: float
    se: float
    ci: tuple[float, float]
    pi: tuple[float, float] | None
    tau2: float | None
    q: float | None
    q_df: int
    q_p: float | None
    i2: float | None
    h2: float | None
    weights: np.ndarray = field(repr=False)
    estimate: float = 0.0
    ci_low: float = 0.0
    ci_high: float = 0.0
    pi_low: float | None = None
    pi_high: float | None = None
    back_n: float | None = None
    stat: float | None = None
    p_value: float | None = None
    df: int | None = None

    @property
    def k(self) -> int:
        return self.effects.k

    @property
    def tau(self) -> float | None:
        return None if self.tau2 is None else math.sqrt(self.tau2)

    @property
    def stat_name(self) -> str:
        return "t" if self.df is not None else "z"

    @property
    def null_value(self) -> float:
        """The natural-scale value that ``mu = 0`` stands for (what the z or t test is a test of)."""
        return float(back_transform(0.0, self.transform, self.back_n))

    @cached_property
    def heterogeneity_ci(self) -> HeterogeneityCI | None:
        """Q-profile CIs for tau², tau, I² and H², as metafor's confint(); None for FE or one study."""
        if not self.pooled or self.method == "FE":
            return None
        return q_profile(self.effects.yi, self.effects.vi, self.tau2 or 0.0, self.level)

    @property
    def transform(self) -> str:
        return self.effects.transform

    @property
    def unit(self) -> str:
        return self.effects.unit

    @property
    def pooled(self) -> bool:
        return self.method != "none"

    def study_values(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each study's value and its CI on the natural scale.

        The value is the study's own as reported (a rate, a ratio); the CI is the one the model sees
        (a Wald interval on the analysis scale, back-transformed; PFT with the study's own n), so for
        a rate it is the interval of events / n.
        """
        e = self.effects
        crit = stats.norm.isf((1 - self.level / 100) / 2)
        half = crit * np.sqrt(e.vi)
        n = e.ni if e.transform == "pft" else None
        values = e.values if e.values is not None else back_transform(e.yi, e.transform, n)
        return (values, back_transform(e.yi - half, e.transform, n), back_transform(e.yi + half, e.transform, n))

    def describe(self) -> str:
        """One line: the model and the heterogeneity, as a forest plot or a table footer shows it."""
        if not self.pooled:
            return "single study: not pooled"
        model = METHOD_NAMES[self.method] + (", Hartung-Knapp CI" if self.test == "knha" else "")
        if self.method == "FE":
            return f"{model}: Q = {self.q:.2f} (df = {self.q_df}, p = {format_p(self.q_p)}), I² = {self.i2:.1f}%"
        return (f"{model}: tau² = {self.tau2:.4f}, I² = {self.i2:.1f}%, "
                f"Q = {self.q:.2f} (df = {self.q_df}, p = {format_p(self.q_p)})")

    def to_dict(self) -> dict:
        """The JSON object: natural-scale numbers in the unit of the pooled values, and the studies."""
        values, _, _ = self.study_values()
        studies = []
        for i, label in enumerate(self.effects.labels):
            n = None if self.effects.ni is None or np.isnan(self.effects.ni[i]) else _num(self.effects.ni[i])
            events = None if self.effects.events is None else _num(self.effects.events[i])
            studies.append({"label": label, "n": n, "events": events, "value": _round(values[i]),
                            "weight": _round(self.weights[i])})
        ci = self.heterogeneity_ci
        return {
            "estimate": _round(self.estimate), "ci_low": _round(self.ci_low), "ci_high": _round(self.ci_high),
            "pi_low": _round(self.pi_low), "pi_high": _round(self.pi_high),
            "stat_name": self.stat_name, "stat": _round(self.stat), "df": self.df, "p": _round(self.p_value),
            "null_value": _round(self.null_value),
            "tau2": _round(self.tau2), "tau": _round(self.tau), "i2": _round(self.i2), "h2": _round(self.h2),
            "tau2_ci": None if ci is None else [_round(ci.tau2_low), _round(ci.tau2_high)],
            "tau_ci": None if ci is None else [_round(ci.tau_low), _round(ci.tau_high)],
            "i2_ci": None if ci is None else [_round(ci.i2_low), _round(ci.i2_high)],
            "h2_ci": None if ci is None else [_round(ci.h2_low), _round(ci.h2_high)],
            "q": _round(self.q), "q_df": self.q_df if self.pooled else None, "q_p": _round(self.q_p),
            "k": self.k, "method": self.method, "test": self.test, "transform": self.transform,
            "unit": self.unit, "level": self.level, "mu": _round(self.mu), "se": _round(self.se),
            "studies": studies,
        }

    def _heterogeneity_lines(self) -> dict[str, str]:
        ci = self.heterogeneity_ci
        if ci is None:
            return {"Q (df, p):": f"{self.q:.4f} ({self.q_df}, {format_p(self.q_p)})", "I²:": f"{self.i2:.2f}%",
                    "H²:": f"{self.h2:.4f}"}
        more = ">" if ci.upper_censored else ""
        return {"Q (df, p):": f"{self.q:.4f} ({self.q_df}, {format_p(self.q_p)})",
                f"tau² [{ci.level:g}% CI]:": f"{self.tau2:.4f} [{ci.tau2_low:.4f}, {more}{ci.tau2_high:.4f}]",
                "tau:": f"{self.tau:.4f} [{ci.tau_low:.4f}, {more}{ci.tau_high:.4f}]",
                "I²:": f"{self.i2:.2f}% [{ci.i2_low:.2f}, {more}{ci.i2_high:.2f}]",
                "H²:": f"{self.h2:.4f} [{ci.h2_low:.4f}, {more}{ci.h2_high:.4f}]"}

    def summary(self, title: str | None = None):
        """A statsmodels Summary: the model, the pooled estimate, heterogeneity and the studies.

        The studies' ``value`` is as reported; ``events`` (proportions) is what the model pooled,
        and the study CI is that of events / n.
        """
        import pandas as pd
        from statsmodels.iolib.summary2 import Summary

        s = Summary()
        s.add_title(title or "Meta-analysis")
        unit = "%" if self.unit == "%" else ""
        info = {
            "Model:": METHOD_NAMES.get(self.method, "single study, not pooled"),
            "Scale:": TRANSFORM_NAMES[self.transform],
            "CI:": f"{self.level:g}% " + ("Hartung-Knapp (t, df = k - 1)" if self.test == "knha" else "normal (z)"),
            "Studies (k):": str(self.k),
            f"{self.stat_name}, p:": f"test of estimate = {self.null_value:g}{unit}",
        }
        if self.pooled:
            info.update(self._heterogeneity_lines())
        s.add_dict(info, ncols=2)

        def fmt(x: float | None, digits: int = 2) -> str:
            return "" if x is None else f"{x:.{digits}f}"

        pooled = pd.DataFrame(
            [[f"{self.estimate:.2f}{unit}", fmt(self.ci_low), fmt(self.ci_high), fmt(self.pi_low), fmt(self.pi_high),
              fmt(self.stat, 4), format_p(self.p_value), f"{self.mu:.4f}", f"{self.se:.4f}"]],
            index=["pooled" if self.pooled else "single study"],
            columns=["estimate", "ci_low", "ci_high", "pi_low", "pi_high", self.stat_name, "p", "mu", "se"])
        s.add_df(pooled)
        values, low, high = self.study_values()
        n, events = self.effects.ni, self.effects.events
        columns = {"n": ["" if n is None or np.isnan(n[i]) else f"{n[i]:g}" for i in range(self.k)]}
        if events is not None:
            columns["events"] = [f"{e:g}" for e in events]
        columns.update({"value": [f"{v:.2f}" for v in values], "ci_low": [f"{v:.2f}" for v in low],
                        "ci_high": [f"{v:.2f}" for v in high], "weight %": [f"{w:.1f}" for w in self.weights]})
        s.add_df(pd.DataFrame(columns, index=list(self.effects.labels)))
        return s


def format_p(p: float | None) -> str:
    """A p value as tables print it: four decimals, or '< 0.0001'."""
    if p is None:
        return ""
    return "< 0.0001" if p < 1e-4 else f"{p:.4f}"


def _round(x: float | None, digits: int = 10) -> float | None:
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else round(x, digits)


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else float(x)


def pool(effects: EffectSizes, method: str = "REML", hk: bool = False, level: float = 95.0) -> PoolResult:
    """Pool study effect sizes: common effect (``FE``) or random effects (``DL``, ``REML``).

    ``hk=True`` gives Hartung-Knapp intervals (metafor ``test="knha"``) for random-effects models.
    A single study is returned as it is (``method="none"``), with its own interval.
    """
    method = method.upper()
    if method not in TAU2_ESTIMATORS:
        raise PoolingError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    if effects.k == 0:
        raise PoolingError("no studies to pool")
    yi, vi = effects.yi, effects.vi
    k = effects.k
    test = "knha" if hk and method != "FE" else "z"
    back_n = harmonic_mean(effects.ni) if effects.transform == "pft" else None
    z = stats.norm.isf((1 - level / 100) / 2)

    if k == 1:
        se = math.sqrt(vi[0])
        ci = (yi[0] - z * se, yi[0] + z * se)
        nat = back_transform([yi[0], *ci], effects.transform, back_n)
        stat = float(yi[0]) / se
        return PoolResult(effects=effects, method="none", test="z", level=level, mu=float(yi[0]), se=se,
                          ci=ci, pi=None, tau2=None, q=None, q_df=0, q_p=None, i2=None, h2=None,
                          weights=np.array([100.0]), estimate=float(nat[0]), ci_low=float(nat[1]),
                          ci_high=float(nat[2]), back_n=back_n, stat=stat, p_value=float(2 * stats.norm.sf(abs(stat))))

    fe = _fixed_effect(yi, vi)
    q = float(fe.q)
    q_df = k - 1
    q_p = float(stats.chi2.sf(q, q_df))
    tau2 = TAU2_ESTIMATORS[method](yi, vi)
    if method == "FE":
        mu, se = float(fe.mean_effect_fe), float(fe.sd_eff_w_fe)
        w = 1 / vi
        i2 = max(0.0, 100 * (q - q_df) / q) if q > 0 else 0.0
        h2 = q / q_df
    else:
        w = 1 / (vi + tau2)
        mu = float((w * yi).sum() / w.sum())
        se = math.sqrt(1 / w.sum())
        # metafor's "typical" within-study variance, so that I² = tau² / (tau² + s²)
        s2 = typical_variance(vi)
        i2 = 100 * tau2 / (tau2 + s2)
        h2 = (tau2 + s2) / s2
    stat_df = None
    if test == "knha":
        se = math.sqrt((w * (yi - mu) ** 2).sum() / (q_df * w.sum()))
        crit = float(stats.t.isf((1 - level / 100) / 2, q_df))
        stat_df = q_df
    else:
        crit = z
    # metafor's zval (tval with Hartung-Knapp) and pval: a test of mu = 0 on the analysis scale.
    stat = mu / se
    p_value = float(2 * (stats.t.sf(abs(stat), stat_df) if stat_df else stats.norm.sf(abs(stat))))
    ci = (mu - crit * se, mu + crit * se)
    pi = None
    if method != "FE":
        half = crit * math.sqrt(se**2 + tau2)
        pi = (mu - half, mu + half)
    nat = back_transform([mu, *ci], effects.transform, back_n)
    nat_pi = back_transform(list(pi), effects.transform, back_n) if pi else (None, None)
    return PoolResult(
        effects=effects, method=method, test=test, level=level, mu=mu, se=se, ci=ci, pi=pi,
        tau2=float(tau2), q=q, q_df=q_df, q_p=q_p, i2=float(i2), h2=float(h2),
        weights=100 * w / w.sum(), estimate=float(nat[0]), ci_low=float(nat[1]), ci_high=float(nat[2]),
        pi_low=None if pi is None else float(nat_pi[0]), pi_high=None if pi is None else float(nat_pi[1]),
        back_n=back_n, stat=stat, p_value=p_value, df=stat_df)


# ---------------------------------------------------------------------------------------------
# Subgroups and leave-one-out

@dataclass(frozen=True)
class SubgroupResult:
    """One pooled result per subgroup, the overall one, and the test for subgroup differences.

    The test is Cochran's Q between the subgroup estimates, each weighted by 1/se² of its own
    model (a separate tau² per subgroup), with G - 1 df: the test the R package meta reports.
    """

    by: str
    groups: dict[str, PoolResult]
    overall: PoolResult
    q_between: float | None
    df_between: int
    p_between: float | None

    def describe(self) -> str:
        if self.q_between is None:
            return "test for subgroup differences: needs two or more subgroups"
        return (f"test for subgroup differences ({self.by}): Q = {self.q_between:.2f}, "
                f"df = {self.df_between}, p = {format_p(self.p_between)}")

    def to_dict(self) -> dict:
        return {"by": self.by, "subgroups": {name: r.to_dict() for name, r in self.groups.items()},
                "overall": self.overall.to_dict(),
                "test_for_subgroup_differences": {"q": _round(self.q_between), "df": self.df_between,
                                                  "p": _round(self.p_between)}}


def subgroup_analysis(effects: EffectSizes, groups: Sequence[str], by: str = "subgroup", method: str = "REML",
                      hk: bool = False, level: float = 95.0) -> SubgroupResult:
    """Pool within each subgroup and overall, and test whether the subgroup estimates differ."""
    labels = np.asarray(list(groups), dtype=object)
    if len(labels) != effects.k:
        raise PoolingError("one subgroup label is needed per study")
    results = {str(g): pool(effects.subset(labels == g), method=method, hk=hk, level=level)
               for g in sorted(set(labels.tolist()), key=str)}
    overall = pool(effects, method=method, hk=hk, level=level)
    if len(results) < 2:
        return SubgroupResult(by, results, overall, None, 0, None)
    mus = np.array([r.mu for r in results.values()])
    wts = 1 / np.array([r.se for r in results.values()]) ** 2
    mean = (wts * mus).sum() / wts.sum()
    qb = float((wts * (mus - mean) ** 2).sum())
    df = len(results) - 1
    return SubgroupResult(by, results, overall, qb, df, float(stats.chi2.sf(qb, df)))


@dataclass(frozen=True)
class LeaveOneOut:
    """The pooled result with each study left out in turn (``omitted`` names it)."""

    omitted: tuple[str, ...]
    results: tuple[PoolResult, ...]

    def rows(self) -> list[dict]:
        return [{"omitted": label, "k": r.k, "estimate": _round(r.estimate), "ci_low": _round(r.ci_low),
                 "ci_high": _round(r.ci_high), "tau2": _round(r.tau2), "i2": _round(r.i2), "q": _round(r.q)}
                for label, r in zip(self.omitted, self.results, strict=True)]


def leave_one_out(effects: EffectSizes, method: str = "REML", hk: bool = False, level: float = 95.0) -> LeaveOneOut:
    """Sensitivity analysis: pool k times, each time without one study."""
    if effects.k < 3:
        raise PoolingError("leave-one-out needs at least three studies")
    results = []
    for i in range(effects.k):
        mask = np.ones(effects.k, dtype=bool)
        mask[i] = False
        results.append(pool(effects.subset(mask), method=method, hk=hk, level=level))
    return LeaveOneOut(effects.labels, tuple(results))
