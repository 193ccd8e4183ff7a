"""Funnel plots (matplotlib, Agg; PNG, SVG or PDF), as metafor's ``funnel()`` draws them.

Each study's effect size (x, on the analysis scale, labelled in the natural unit) against its
standard error (y, 0 at the top); a vertical line at the pooled estimate and the pseudo 95 %
confidence region ``mu ± 1.96 se`` around it. In the absence of small-study effects the points
scatter symmetrically inside the funnel. With three or more studies, Egger's test is printed under
the plot and its regression line drawn (the line ``y = intercept + slope x se``, in the same axes).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from scipy import stats

from oncoev.pooling.bias import EggerTest
from oncoev.pooling.forest import check_plot_path, save_figure
from oncoev.pooling.methods import PoolResult, pft

PERCENT_TICKS = (1, 2, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 99)
RATIO_TICKS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100)


def _ticks(result: PoolResult, low: float, high: float) -> tuple[list[float], list[str]]:
    """Round natural-scale values (10 %, 20 % ...; 0.5, 1, 2 ...) placed on the analysis scale."""
    if result.unit == "ratio":
        natural, positions = RATIO_TICKS, [float(np.log(t)) for t in RATIO_TICKS]
        labels = [f"{t:g}" for t in natural]
    else:
        natural = PERCENT_TICKS
        if result.transform == "pft":
            positions = [float(pft(t / 100, result.back_n)) for t in natural]
        else:
            positions = [float(np.log(t / (100 - t))) for t in natural]
        labels = [f"{t:g}%" for t in natural]
    keep = [i for i, x in enumerate(positions) if low <= x <= high]
    return [positions[i] for i in keep], [labels[i] for i in keep]


def funnel_plot(result: PoolResult, path: str | os.PathLike[str], egger: EggerTest | None = None,
                title: str | None = None, xlabel: str | None = None) -> Path:
    """Draw the funnel plot of a pooled result and write it to ``path``; returns the path."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    path = check_plot_path(path, "a funnel plot")
    e = result.effects
    sei = np.sqrt(e.vi)
    z = float(stats.norm.isf((1 - result.level / 100) / 2))
    fig = Figure(figsize=(7, 5.6))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.12, 0.2 if egger else 0.12, 0.83, 0.72 if egger else 0.8))
    top = float(sei.max()) * 1.1
    se_grid = np.linspace(0, top, 50)
    ax.fill_betweenx(se_grid, result.mu - z * se_grid, result.mu + z * se_grid, facecolor="0.92",
                     edgecolor="0.55", zorder=0, label=f"pseudo {result.level:g}% confidence region")
    for side in (-1, 1):
        ax.plot(result.mu + side * z * se_grid, se_grid, color="0.55", lw=0.8, linestyle="--", zorder=1)
    ax.axvline(result.mu, color="tab:blue", lw=1.2, zorder=2, label="pooled estimate")
    ax.scatter(e.yi, sei, s=28, color="0.15", zorder=3, label="studies")
    if egger is not None:
        ax.plot(egger.intercept + egger.slope * se_grid, se_grid, color="tab:red", lw=1, zorder=2,
                label="Egger's regression line")
    ax.set_ylim(top, 0)
    half = max(float(np.abs(e.yi - result.mu).max()), z * top) * 1.05
    ax.set_xlim(result.mu - half, result.mu + half)
    positions, labels = _ticks(result, result.mu - half, result.mu + half)
    ax.set_xticks(positions, labels)
    ax.set_xlabel(xlabel or ("ratio (log scale)" if result.unit == "ratio" else "percent (on the model's scale)"))
    ax.set_ylabel("standard error")
    # The corners above the funnel are empty: the legend goes there, out of the points' way.
    ax.legend(loc="upper right", fontsize=8, framealpha=0.9)
    if title:
        ax.set_title(title, fontsize=10, fontweight="bold")
    if egger is not None:
        fig.text(0.12, 0.05, egger.describe(), fontsize=8.5, style="italic")
    return save_figure(fig, path)
