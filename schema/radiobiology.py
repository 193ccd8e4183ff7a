"""Linear-quadratic dose conversions (BED, EQD2) for radiation schedules."""

from __future__ import annotations

RADIATION_MODALITIES = frozenset({"ebrt", "brachytherapy", "sbrt", "srs"})


def bed(total_dose: float, dose_per_fraction: float, alpha_beta: float = 10.0) -> float:
    """Biologically effective dose: ``D * (1 + d / (alpha/beta))``."""
    return total_dose * (1.0 + dose_per_fraction / alpha_beta)


def eqd2(total_dose: float, dose_per_fraction: float, alpha_beta: float = 10.0) -> float:
    """Equivalent dose in 2 Gy fractions: ``BED / (1 + 2 / (alpha/beta))``."""
    return bed(total_dose, dose_per_fraction, alpha_beta) / (1.0 + 2.0 / alpha_beta)


def derive_bed10_eqd2(modality: str, dose_unit: str | None, total_dose: float | None,
                      dose_per_fraction: float | None, fractions: float | None) -> tuple[float | None, float | None]:
    """BED10 and EQD2 (alpha/beta 10 Gy) when the schedule pins them down, else ``(None, None)``.

    Needs a radiation modality in Gy and two of: total dose, dose per fraction, fractions.
    Ranges are not converted: the BED of a range's ends is not the range of BEDs a cohort got.
    """
    if modality not in RADIATION_MODALITIES or dose_unit not in (None, "Gy"):
        return None, None
    d, n, total = dose_per_fraction, fractions, total_dose
    if d is None and total is not None and n:
        d = total / n
    if total is None and d is not None and n is not None:
        total = d * n
    if total is None or d is None:
        return None, None
    return round(bed(total, d), 2), round(eqd2(total, d), 2)
