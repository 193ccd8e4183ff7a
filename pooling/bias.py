"""Small-study effects: Egger's regression test for funnel plot asymmetry.

The classical test (Egger et al. 1997): a weighted least-squares regression of the effect sizes on
their standard errors, weights 1 / v_i, with a multiplicative dispersion term (an ordinary WLS fit);
the t test of the slope, with k - 2 df, tests for asymmetry, and the intercept is the "limit
estimate" as the standard error goes to 0. It is statsmodels' WLS, and it is what R's metafor
reports as ``regtest(res, model="lm")``. Like every such test it has little power with few studies;
below three studies there is nothing to fit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from oncoev.pooling.methods import EffectSizes, PoolingError, back_transform, format_p


@dataclass(frozen=True)
class EggerTest:
    """The slope's t test and the limit estimate (on the analysis scale, and back-transformed)."""

    t: float
    df: int
    p: float
    intercept: float
    intercept_ci: tuple[float, float]
    slope: float
    level: float
    transform: str
    back_n: float | None = None

    @property
    def limit_estimate(self) -> tuple[float, float, float]:
        """The intercept and its CI on the natural scale (percent for proportions, the ratio for log ratios)."""
        values = back_transform([self.intercept, *self.intercept_ci], self.transform, self.back_n)
        return float(values[0]), float(values[1]), float(values[2])

    def describe(self) -> str:
        return (f"Egger's regression test for funnel plot asymmetry: t = {self.t:.4f}, df = {self.df}, "
                f"p = {format_p(self.p)}")

    def to_dict(self) -> dict:
        est, low, high = self.limit_estimate
        return {"t": self.t, "df": self.df, "p": self.p, "intercept": self.intercept,
                "intercept_ci": list(self.intercept_ci), "slope": self.slope,
                "limit_estimate": est, "limit_ci_low": low, "limit_ci_high": high}


def egger_test(effects: EffectSizes, level: float = 95.0, back_n: float | None = None) -> EggerTest:
    """Egger's test on the effect sizes as pooled (logit, double arcsine or log ratio scale)."""
    import statsmodels.api as sm

    if effects.k < 3:
        raise PoolingError("Egger's test needs at least three studies")
    sei = np.sqrt(effects.vi)
    fit = sm.WLS(effects.yi, sm.add_constant(sei, has_constant="add"), weights=1 / effects.vi).fit()
    low, high = fit.conf_int(alpha=1 - level / 100)[0]
    return EggerTest(t=float(fit.tvalues[1]), df=int(fit.df_resid), p=float(fit.pvalues[1]),
                     intercept=float(fit.params[0]), intercept_ci=(float(low), float(high)),
                     slope=float(fit.params[1]), level=level, transform=effects.transform, back_n=back_n)
