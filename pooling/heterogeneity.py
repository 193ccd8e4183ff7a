"""Confidence intervals for the amount of heterogeneity: tau², tau, I² and H² by the Q-profile method.

The Q-profile method (Viechtbauer 2007) inverts the generalised Q statistic
``Q(tau²) = sum w_i (y_i - mu(tau²))²`` with ``w_i = 1 / (v_i + tau²)``, which follows a chi-square
distribution with k - 1 df at the true tau². Q falls as tau² grows, so the lower bound is where Q
equals the upper chi-square quantile and the upper bound where it equals the lower one; a bound whose
equation has no root at or above zero is zero. I² and H² follow from the tau² bounds through the
"typical" within-study variance s², as in the point estimates (``I² = tau² / (tau² + s²)``).

This is what R's metafor ``confint()`` computes for an ``rma.uni`` model, and it is done the same way
so that the printed bounds agree: the roots are searched in ``[0, max(100, 10 tau²)]`` with Brent's
method (scipy's ``brentq``; metafor uses R's ``uniroot``, also Brent's) to the same tolerance,
``eps ** 0.25``. A tighter tolerance would move the bounds by up to about 1e-4 in tau² (0.003 in I²
on metafor's BCG example), away from metafor's. The bounds do not depend on the tau² estimator.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import optimize, stats

# metafor's confint.rma.uni defaults: tau2.min = 0, tau2.max = max(100, 10 * tau2), tol = eps^0.25.
TAU2_MAX = 100.0
ROOT_TOLERANCE = float(np.finfo(float).eps) ** 0.25


@dataclass(frozen=True)
class HeterogeneityCI:
    """Q-profile confidence intervals; ``*_low``/``*_high`` are the bounds, I² in percent.

    ``upper_censored`` says the upper bound lies beyond the searched interval (metafor prints ``>``).
    """

    level: float
    tau2_low: float
    tau2_high: float
    s2: float
    upper_censored: bool = False

    @property
    def tau_low(self) -> float:
        return math.sqrt(self.tau2_low)

    @property
    def tau_high(self) -> float:
        return math.sqrt(self.tau2_high)

    @property
    def i2_low(self) -> float:
        return 100 * self.tau2_low / (self.tau2_low + self.s2)

    @property
    def i2_high(self) -> float:
        return 100 * self.tau2_high / (self.tau2_high + self.s2)

    @property
    def h2_low(self) -> float:
        return (self.tau2_low + self.s2) / self.s2

    @property
    def h2_high(self) -> float:
        return (self.tau2_high + self.s2) / self.s2

    def to_dict(self) -> dict:
        return {"level": self.level, "tau2": [self.tau2_low, self.tau2_high], "tau": [self.tau_low, self.tau_high],
                "i2": [self.i2_low, self.i2_high], "h2": [self.h2_low, self.h2_high],
                "upper_censored": self.upper_censored}


def typical_variance(vi: np.ndarray) -> float:
    """Higgins and Thompson's "typical" within-study variance s², which metafor's I² and H² use."""
    w = 1 / np.asarray(vi, dtype=float)
    return float((len(w) - 1) * w.sum() / (w.sum() ** 2 - (w**2).sum()))


def generalised_q(yi: np.ndarray, vi: np.ndarray, tau2: float) -> float:
    """Cochran's Q with random-effects weights 1 / (v_i + tau²); tau² = 0 gives the usual Q."""
    w = 1 / (vi + tau2)
    mu = (w * yi).sum() / w.sum()
    return float((w * (yi - mu) ** 2).sum())


def q_profile(yi: np.ndarray, vi: np.ndarray, tau2: float = 0.0, level: float = 95.0) -> HeterogeneityCI:
    """Q-profile CI for tau² (and tau, I², H²) of k >= 2 effect sizes ``yi`` with variances ``vi``.

    ``tau2`` is the model's estimate; it only widens the searched interval, as in metafor.
    """
    yi, vi = np.asarray(yi, dtype=float), np.asarray(vi, dtype=float)
    k = len(yi)
    if k < 2:
        raise ValueError("a confidence interval for tau² needs at least two studies")
    alpha = 1 - level / 100
    upper_quantile = float(stats.chi2.isf(alpha / 2, k - 1))
    lower_quantile = float(stats.chi2.ppf(alpha / 2, k - 1))
    high_end = max(TAU2_MAX, 10 * tau2)
    q_at_zero = generalised_q(yi, vi, 0.0)

    def bound(target: float) -> tuple[float, bool]:
        if q_at_zero < target:
            return 0.0, False
        if generalised_q(yi, vi, high_end) > target:
            return high_end, True
        return float(optimize.brentq(lambda t: generalised_q(yi, vi, t) - target, 0.0, high_end,
                                     xtol=ROOT_TOLERANCE)), False

    low, _ = bound(upper_quantile)
    high, censored = bound(lower_quantile)
    return HeterogeneityCI(level, low, high, typical_variance(vi), censored)
