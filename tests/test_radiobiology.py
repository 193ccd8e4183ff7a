"""BED and EQD2 against values worked by hand from the linear-quadratic formulas."""

from __future__ import annotations

import pytest

from oncoev.schema.radiobiology import bed, derive_bed10_eqd2, eqd2


@pytest.mark.parametrize("total, per_fraction, expected_bed, expected_eqd2", [
    (45, 1.8, 53.1, 44.25),      # 45 Gy in 25 fractions
    (8, 8, 14.4, 12.0),          # single 8 Gy fraction
    (60, 20, 180.0, 150.0),      # 20 Gy x 3
    (50, 2, 60.0, 50.0),         # 2 Gy fractions: EQD2 equals the physical dose
])
def test_bed_and_eqd2(total, per_fraction, expected_bed, expected_eqd2):
    assert bed(total, per_fraction) == pytest.approx(expected_bed)
    assert eqd2(total, per_fraction) == pytest.approx(expected_eqd2)


def test_alpha_beta_3_for_late_effects():
    # 60 Gy in 3 Gy fractions, alpha/beta 3: BED = 60 * 2 = 120, EQD2 = 120 / (5/3) = 72
    assert bed(60, 3, alpha_beta=3) == pytest.approx(120)
    assert eqd2(60, 3, alpha_beta=3) == pytest.approx(72)


@pytest.mark.parametrize("args, expected", [
    (("sbrt", "Gy", None, 20, 3), (180.0, 150.0)),      # per fraction and fractions
    (("ebrt", "Gy", 45, None, 25), (53.1, 44.25)),      # total and fractions
    (("brachytherapy", None, 30, 5, None), (45.0, 37.5)),  # total and per fraction
    (("ebrt", "Gy", 45, None, None), (None, None)),     # a total alone says nothing of fractionation
    (("chemotherapy", "mg/m2", 40, None, 6), (None, None)),
    (("ebrt", "mg/m2", 45, 1.8, 25), (None, None)),
])
def test_derive_only_when_the_schedule_pins_it_down(args, expected):
    assert derive_bed10_eqd2(*args) == expected
