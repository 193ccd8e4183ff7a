"""The pooling maths against R's metafor, and the properties the estimators must have."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from scipy import optimize, stats
from statsmodels.stats.meta_analysis import combine_effects
from support import HERE, SHARED, need_shared

from oncoev.pooling.bias import egger_test
from oncoev.pooling.heterogeneity import generalised_q, q_profile
from oncoev.pooling.methods import (
    EffectSizes,
    PoolingError,
    ci_to_se,
    ipft,
    leave_one_out,
    log_ratio_effects,
    pft,
    pool,
    proportion_effects,
    subgroup_analysis,
    tau2_dl,
    tau2_reml,
)

TOLERANCE = 1e-6
REPO_REFERENCE = HERE / "fixtures" / "pooling_metafor.json"
SHARED_REFERENCE = SHARED / "reference" / "metafor_pooling.json"


def _effects(case: dict):
    data = case["data"]
    labels = [row["study"] for row in data]
    if case["measure"] == "logHR":
        return log_ratio_effects([r["hr"] for r in data], [r["ci_low"] for r in data], [r["ci_high"] for r in data],
                                 labels=labels)
    transform = {"PLO": "logit", "PFT": "pft"}[case["measure"]]
    return proportion_effects([r["events"] for r in data], [r["n"] for r in data], transform, labels=labels)


def check_case(case: dict) -> None:
    effects = _effects(case)
    result = pool(effects, method=case["method"], hk=case["test"] == "knha")
    # metafor reports proportions as 0-1; the result is in percent, the unit of the pooled values.
    scale = 1.0 if case["measure"] == "logHR" else 100.0
    got = {"estimate": result.estimate / scale, "ci_low": result.ci_low / scale, "ci_high": result.ci_high / scale,
           "mu": result.mu, "se": result.se, "tau2": result.tau2, "I2": result.i2, "Q": result.q, "Q_p": result.q_p}
    for key, value in got.items():
        assert value == pytest.approx(case[key], abs=TOLERANCE), (case["case"], key)
    assert result.k == case["k"]
    if case["pi_low"] is None:
        assert result.pi_low is None and result.pi_high is None
    else:
        assert result.pi_low / scale == pytest.approx(case["pi_low"], abs=TOLERANCE), case["case"]
        assert result.pi_high / scale == pytest.approx(case["pi_high"], abs=TOLERANCE), case["case"]
    if case["measure"] == "logHR":
        assert np.allclose(effects.yi, [r["yi"] for r in case["data"]], atol=1e-12)
        assert np.allclose(np.sqrt(effects.vi), [r["sei"] for r in case["data"]], atol=1e-12)
    check_test_and_tau(case, result)


def check_test_and_tau(case: dict, result) -> None:
    """z (or t) and p of the pooled estimate and tau, which the reference does not list, follow from its
    mu, se and tau² as metafor defines them: zval = beta / se, pval = 2 P(Z > |zval|) (the t distribution
    with k - 1 df for Hartung-Knapp), tau = sqrt(tau²). So they are checked to the same 1e-6."""
    stat = case["mu"] / case["se"]
    if case["test"] == "knha":
        p = 2 * stats.t.sf(abs(stat), case["k"] - 1)
        assert result.stat_name == "t" and result.df == case["k"] - 1
    else:
        p = 2 * stats.norm.sf(abs(stat))
        assert result.stat_name == "z" and result.df is None
    assert result.stat == pytest.approx(stat, abs=TOLERANCE), case["case"]
    assert result.p_value == pytest.approx(p, abs=TOLERANCE), case["case"]
    assert result.tau == pytest.approx(math.sqrt(case["tau2"]), abs=TOLERANCE), case["case"]


REPO_CASES = json.loads(REPO_REFERENCE.read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", REPO_CASES, ids=[c["case"] for c in REPO_CASES])
def test_matches_metafor_reference_kept_in_the_repo(case):
    check_case(case)


def test_matches_every_case_of_the_shared_metafor_reference():
    need_shared("reference", "metafor_pooling.json")
    cases = json.loads(SHARED_REFERENCE.read_text(encoding="utf-8"))
    assert cases
    for case in cases:
        check_case(case)


def test_logit_continuity_correction_only_for_zero_cells():
    e = proportion_effects([0, 7, 9, 12], [12, 20, 9, 30], "logit")
    assert e.corrected.tolist() == [True, False, True, False]
    assert e.yi[0] == pytest.approx(math.log(0.5 / 12.5))
    assert e.vi[0] == pytest.approx(1 / 0.5 + 1 / 12.5)
    assert e.yi[2] == pytest.approx(math.log(9.5 / 0.5))
    assert e.yi[1] == pytest.approx(math.log(7 / 13))
    assert e.values.tolist() == pytest.approx([0, 35, 100, 40])


def test_freeman_tukey_needs_no_correction_and_inverts():
    e = proportion_effects([0, 9], [12, 9], "pft")
    assert not e.corrected.any() and np.all(np.isfinite(e.yi))
    assert e.vi.tolist() == pytest.approx([1 / 50, 1 / 38])
    for p, n in ((0.0, 12), (0.25, 40), (0.9, 15), (1.0, 9)):
        assert float(ipft(pft(p, n), n)) == pytest.approx(p, abs=1e-12)


def test_se_from_a_confidence_interval_at_its_level():
    assert float(ci_to_se([0.5], [2.0], 95)[0]) == pytest.approx(math.log(4) / (2 * 1.959963984540054))
    assert float(ci_to_se([0.5], [2.0], 90)[0]) == pytest.approx(math.log(4) / (2 * 1.6448536269514722))


def test_dersimonian_laird_is_truncated_at_zero_unlike_statsmodels():
    yi, vi = np.array([0.10, 0.12, 0.11, 0.09]), np.array([0.04, 0.05, 0.03, 0.06])
    with np.errstate(invalid="ignore"):
        assert combine_effects(yi, vi, method_re="dl").tau2 < 0
    assert tau2_dl(yi, vi) == 0.0
    result = pool(proportion_effects([10, 11, 12, 9], [40, 42, 45, 38]), method="DL")
    assert result.tau2 >= 0 and result.i2 >= 0


def test_reml_maximises_the_restricted_likelihood():
    rng = np.random.default_rng(7)
    yi = rng.normal(0.3, 0.5, 12)
    vi = rng.uniform(0.02, 0.3, 12)

    def negative_restricted_loglik(tau2: float) -> float:
        w = 1 / (vi + tau2)
        mu = (w * yi).sum() / w.sum()
        return 0.5 * (np.log(vi + tau2).sum() + math.log(w.sum()) + (w * (yi - mu) ** 2).sum())

    best = optimize.minimize_scalar(negative_restricted_loglik, bounds=(0, 10), method="bounded",
                                    options={"xatol": 1e-12})
    assert tau2_reml(yi, vi) == pytest.approx(best.x, abs=1e-5)


def test_reml_is_zero_for_homogeneous_studies():
    yi, vi = np.array([0.10, 0.12, 0.11, 0.09]), np.array([0.04, 0.05, 0.03, 0.06])
    assert tau2_reml(yi, vi) == 0.0


def test_hartung_knapp_uses_t_with_k_minus_1_df():
    e = proportion_effects([18, 43, 16, 2, 31, 22], [50, 142, 35, 15, 56, 38])
    z, hk = pool(e, method="DL"), pool(e, method="DL", hk=True)
    assert hk.test == "knha" and z.test == "z"
    assert hk.mu == z.mu and hk.tau2 == z.tau2
    assert (hk.ci[1] - hk.ci[0]) > (z.ci[1] - z.ci[0])
    assert pool(e, method="FE", hk=True).test == "z"     # HK applies to random-effects models only


def test_weights_sum_to_100_and_favour_precise_studies():
    result = pool(proportion_effects([18, 43, 16], [50, 142, 35]), method="FE")
    assert result.weights.sum() == pytest.approx(100)
    assert result.weights.argmax() == 1


def test_a_single_study_is_not_pooled():
    result = pool(proportion_effects([18], [50], labels=["A"]), method="REML")
    assert not result.pooled and result.method == "none" and result.k == 1
    assert result.estimate == pytest.approx(36.0)
    assert result.ci_low < 36.0 < result.ci_high
    assert result.tau2 is None and result.i2 is None and result.q is None
    assert result.to_dict()["method"] == "none"


def test_bad_input_is_refused():
    with pytest.raises(PoolingError, match="between 0 and n"):
        proportion_effects([12], [10])
    with pytest.raises(PoolingError, match="unknown method"):
        pool(proportion_effects([1, 2], [10, 10]), method="PM")
    with pytest.raises(PoolingError, match="positive variance"):
        log_ratio_effects([1.2], [1.2], [1.2])


def test_subgroup_test_equals_q_decomposition_for_common_effect():
    e = proportion_effects([18, 43, 16, 2, 31, 22], [50, 142, 35, 15, 56, 38], labels=list("ABCDEF"))
    groups = ["x", "y", "x", "y", "x", "y"]
    result = subgroup_analysis(e, groups, by="cancer", method="FE")
    within = sum(r.q for r in result.groups.values())
    assert result.q_between == pytest.approx(result.overall.q - within, rel=1e-10)
    assert result.df_between == 1 and 0 < result.p_between < 1
    assert set(result.groups) == {"x", "y"} and result.groups["x"].k == 3


def test_subgroup_with_one_study_is_reported_unpooled():
    e = proportion_effects([18, 43, 16], [50, 142, 35], labels=list("ABC"))
    result = subgroup_analysis(e, ["x", "x", "y"], by="design", method="REML")
    assert not result.groups["y"].pooled and result.groups["x"].pooled
    assert result.q_between is not None


def test_leave_one_out_pools_each_subset():
    e = proportion_effects([18, 43, 16, 2], [50, 142, 35, 15], labels=list("ABCD"))
    loo = leave_one_out(e, method="DL")
    assert loo.omitted == ("A", "B", "C", "D")
    direct = pool(proportion_effects([18, 16, 2], [50, 35, 15]), method="DL")
    assert loo.results[1].estimate == pytest.approx(direct.estimate)
    assert [row["k"] for row in loo.rows()] == [3, 3, 3, 3]
    with pytest.raises(PoolingError, match="at least three"):
        leave_one_out(proportion_effects([1, 2], [10, 10]))


def test_summary_is_a_statsmodels_table_with_every_study():
    e = proportion_effects([18, 43, 16], [50, 142, 35], labels=["Alpha", "Beta", "Gamma"])
    text = str(pool(e).summary("5-year OS"))
    assert "5-year OS" in text and "random effects, REML" in text
    for label in ("Alpha", "Beta", "Gamma"):
        assert label in text


# -- metafor's printed examples (4 decimals): Q-profile intervals, Egger's test, z and t tests ---------

PUBLISHED = json.loads((HERE / "fixtures" / "pooling_metafor_published.json").read_text(encoding="utf-8"))


def _published_effects(name: str) -> EffectSizes:
    data = PUBLISHED["datasets"][name]
    a, b, c, d = (np.array(col, dtype=float) for col in zip(*data["rows"], strict=True))
    if data["measure"] == "RR":          # escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg)
        yi = np.log((a / (a + b)) / (c / (c + d)))
        vi = 1 / a - 1 / (a + b) + 1 / c - 1 / (c + d)
    else:                                # escalc(measure="OR", ai, n1i, ci, n2i): 1/2 added where a cell is 0
        b, d = b - a, d - c
        zero = (a == 0) | (b == 0) | (c == 0) | (d == 0)
        a, b, c, d = (x + 0.5 * zero for x in (a, b, c, d))
        yi = np.log(a * d / (b * c))
        vi = 1 / a + 1 / b + 1 / c + 1 / d
    return EffectSizes(yi, vi, "log", tuple(str(i + 1) for i in range(len(yi))))


def _printed(value: float) -> float:
    return round(value, 4)


@pytest.mark.parametrize("case", PUBLISHED["cases"], ids=[c["case"] for c in PUBLISHED["cases"]])
def test_matches_metafors_printed_examples(case):
    effects = _published_effects(case["dataset"])
    result = pool(effects, method=case["method"], hk=case["test"] == "knha")
    ci = result.heterogeneity_ci
    got = {"mu": result.mu, "se": result.se, "stat": result.stat, "df": result.df, "p": result.p_value,
           "ci_low": result.ci[0], "ci_high": result.ci[1], "tau2": result.tau2, "tau": result.tau, "i2": result.i2,
           "h2": result.h2, "q": result.q, "tau2_ci": [ci.tau2_low, ci.tau2_high], "tau_ci": [ci.tau_low, ci.tau_high],
           "i2_ci": [ci.i2_low, ci.i2_high], "h2_ci": [ci.h2_low, ci.h2_high]}
    for key, expected in case["expected"].items():
        if isinstance(expected, list):
            assert [_printed(v) for v in got[key]] == expected, (case["case"], key)
        else:
            assert _printed(got[key]) == expected, (case["case"], key)
    if "p_below" in case:
        assert result.p_value < case["p_below"]
    if "egger" in case:
        egger = egger_test(effects)
        expected = case["egger"]
        assert (_printed(egger.t), egger.df, _printed(egger.p)) == (expected["t"], expected["df"], expected["p"])
        assert _printed(egger.intercept) == expected["intercept"]
        assert [_printed(v) for v in egger.intercept_ci] == expected["intercept_ci"]


def test_q_profile_bounds_solve_their_equations():
    effects = _published_effects("dat.bcg")
    ci = q_profile(effects.yi, effects.vi, level=95)
    k = effects.k
    exact_low = optimize.brentq(lambda t: generalised_q(effects.yi, effects.vi, t) - stats.chi2.isf(0.025, k - 1),
                                0, 100, xtol=1e-14)
    exact_high = optimize.brentq(lambda t: generalised_q(effects.yi, effects.vi, t) - stats.chi2.ppf(0.025, k - 1),
                                 0, 100, xtol=1e-14)
    # metafor's (and so our) root-finding tolerance is eps ** 0.25, about 1.2e-4.
    assert ci.tau2_low == pytest.approx(exact_low, abs=1.3e-4)
    assert ci.tau2_high == pytest.approx(exact_high, abs=1.3e-4)
    assert ci.tau2_low < pool(effects).tau2 < ci.tau2_high


def test_q_profile_is_zero_when_the_studies_agree_more_than_chance():
    yi, vi = np.array([0.10, 0.12, 0.11, 0.09]), np.array([0.04, 0.05, 0.03, 0.06])
    ci = q_profile(yi, vi)
    assert ci.tau2_low == 0.0 and ci.tau2_high == 0.0 and ci.i2_low == 0.0 and ci.h2_high == 1.0


def test_a_common_effect_model_has_no_heterogeneity_interval():
    result = pool(proportion_effects([18, 43, 16], [50, 142, 35]), method="FE")
    assert result.heterogeneity_ci is None and result.to_dict()["tau2_ci"] is None


def test_eggers_test_needs_three_studies():
    with pytest.raises(PoolingError, match="at least three"):
        egger_test(proportion_effects([18, 43], [50, 142]))


def test_reported_values_are_kept_beside_the_counts():
    e = proportion_effects([18, 4], [50, 7], reported=[36.2, 57.0])
    assert e.values.tolist() == [36.2, 57.0] and e.events.tolist() == [18, 4]
    result = pool(e, method="DL")
    values, low, high = result.study_values()
    assert values.tolist() == [36.2, 57.0]
    assert [s["events"] for s in result.to_dict()["studies"]] == [18, 4]
