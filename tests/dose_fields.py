"""The numbers of a dose mention the dose tests compare: one projection the dose test modules share."""

from __future__ import annotations

from oncoev.extract.doses import DoseMention

NUMBER_KEYS = ("total_dose", "total_dose_low", "total_dose_high", "dose_per_fraction", "dose_per_fraction_low",
               "dose_per_fraction_high", "fractions", "fractions_low", "fractions_high")


def numbers(d: DoseMention) -> dict:
    """The schedule's numbers the mention holds (totals, fraction sizes, fraction counts and their ranges)."""
    return {k: d.fields[k] for k in NUMBER_KEYS if d.fields.get(k) is not None}
