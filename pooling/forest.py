"""Forest plots (matplotlib, Agg; PNG, SVG or PDF): one row per study, the pooled diamond, heterogeneity.

Built on the result objects only (no database). The axis is in the natural scale: percent for
proportions (the intervals are the model's, back-transformed), the ratio on a log axis for hazard
ratios.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from oncoev.pooling.methods import PoolingError, PoolResult, SubgroupResult

FORMATS = (".png", ".svg", ".pdf")


@dataclass
class _Row:
    kind: str                 # "header", "study", "diamond", "text"
    label: str
    n: str = ""
    value: float = np.nan
    low: float = np.nan
    high: float = np.nan
    weight: float = np.nan
    pi: tuple[float, float] | None = None


def check_plot_path(path: str | os.PathLike[str], what: str = "a forest plot") -> Path:
    """The plot file, refused before any work if its suffix is not .png, .svg or .pdf."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise PoolingError(f"{path}: {what} is written as .png, .svg or .pdf")
    if not path.parent.exists():
        raise PoolingError(f"{path}: the folder {path.parent} does not exist")
    return path


def save_figure(fig, path: Path) -> Path:
    """Write ``fig`` to ``path`` in the format its suffix names, through a temporary file and a rename,
    so that a failure leaves nothing behind."""
    fd, tmp = tempfile.mkstemp(suffix=path.suffix, dir=path.parent, prefix=".plot-")
    os.close(fd)
    try:
        fig.savefig(tmp, format=path.suffix[1:].lower(), dpi=150)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _study_rows(result: PoolResult) -> list[_Row]:
    values, low, high = result.study_values()
    n = result.effects.ni
    rows = []
    for i, label in enumerate(result.effects.labels):
        size = "" if n is None or np.isnan(n[i]) else f"{n[i]:g}"
        rows.append(_Row("study", label, size, values[i], low[i], high[i], result.weights[i]))
    return rows


def _diamond(result: PoolResult, label: str) -> list[_Row]:
    if not result.pooled:
        return [_Row("text", f"{label}: single study, not pooled")]
    pi = (result.pi_low, result.pi_high) if result.pi_low is not None else None
    return [_Row("diamond", label, "", result.estimate, result.ci_low, result.ci_high, 100.0, pi),
            _Row("text", result.describe())]


def _rows(result: PoolResult | SubgroupResult) -> tuple[list[_Row], PoolResult]:
    if isinstance(result, PoolResult):
        return _study_rows(result) + _diamond(result, "Pooled"), result
    rows: list[_Row] = []
    for name, group in result.groups.items():
        rows.append(_Row("header", f"{result.by}: {name}"))
        rows.extend(_study_rows(group))
        rows.extend(_diamond(group, f"Subtotal ({name})"))
    rows.extend(_diamond(result.overall, "Overall"))
    rows.append(_Row("text", result.describe()))
    return rows, result.overall


def _fmt(x: float, unit: str) -> str:
    return f"{x:.1f}" if unit == "%" else f"{x:.2f}"


def forest_plot(result: PoolResult | SubgroupResult, path: str | os.PathLike[str], title: str | None = None,
                notes: tuple[str, ...] = (), xlabel: str | None = None) -> Path:
    """Draw the forest plot and write it to ``path`` (.png, .svg or .pdf); returns the path.

    The file is written to a temporary name first and renamed, so a failure leaves nothing behind.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Polygon
    from matplotlib.ticker import NullFormatter
    from matplotlib.transforms import blended_transform_factory

    path = check_plot_path(path)
    rows, main = _rows(result)
    unit = main.unit
    height = 1.6 + 0.32 * (len(rows) + len(notes))
    fig = Figure(figsize=(12, height))
    FigureCanvasAgg(fig)
    bottom = (0.55 + 0.3 * len(notes)) / height
    top = 1 - (0.75 if title else 0.45) / height
    ax = fig.add_axes((0.40, bottom, 0.30, top - bottom))
    text = blended_transform_factory(ax.transAxes, ax.transData)
    y_top = len(rows)

    lows = [r.low for r in rows if r.kind in ("study", "diamond")] + [r.pi[0] for r in rows if r.pi]
    highs = [r.high for r in rows if r.kind in ("study", "diamond")] + [r.pi[1] for r in rows if r.pi]
    if unit == "ratio":
        ax.set_xscale("log")
        lo, hi = min(min(lows), 1.0) / 1.25, max(max(highs), 1.0) * 1.25
        ax.axvline(1.0, color="0.4", lw=0.8)
        ticks = [t for t in (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100) if lo <= t <= hi]
        ax.set_xticks(ticks, [f"{t:g}" for t in ticks])
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.set_xlabel(xlabel or "Ratio (log scale)")
    else:
        lo, hi = max(0.0, min(lows) - 5), min(100.0, max(highs) + 5)
        ax.set_xlabel(xlabel or "Percent")
    ax.set_xlim(lo, hi)
    ax.set_ylim(-0.7, y_top + 0.2)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)

    header_y = y_top + 0.05
    for x, label, ha in ((-1.30, "Study", "left"), (-0.04, "n", "right"),
                         (1.03, f"Estimate [{main.level:g}% CI]", "left"), (1.62, "Weight", "right")):
        ax.text(x, header_y, label, transform=text, ha=ha, va="bottom", fontweight="bold", fontsize=9)

    max_weight = max((r.weight for r in rows if r.kind == "study"), default=100.0)
    for i, row in enumerate(rows):
        y = y_top - 1 - i + 0.5
        if row.kind == "header":
            ax.text(-1.30, y, row.label, transform=text, ha="left", va="center", fontweight="bold", fontsize=9)
        elif row.kind == "text":
            ax.text(-1.30, y, row.label, transform=text, ha="left", va="center", fontsize=8, style="italic")
        elif row.kind == "study":
            ax.plot([row.low, row.high], [y, y], color="black", lw=1)
            size = 4 + 9 * np.sqrt(row.weight / max_weight)
            ax.plot([row.value], [y], marker="s", color="0.25", markersize=size, linestyle="none")
        else:
            diamond = [(row.low, y), (row.value, y + 0.3), (row.high, y), (row.value, y - 0.3)]
            ax.add_patch(Polygon(diamond, closed=True, color="tab:blue"))
            if row.pi:
                ax.plot(list(row.pi), [y - 0.4, y - 0.4], color="tab:blue", lw=1, linestyle="--")
        if row.kind in ("study", "diamond"):
            bold = "bold" if row.kind == "diamond" else "normal"
            ax.text(-1.30, y, row.label[:58], transform=text, ha="left", va="center", fontsize=9, fontweight=bold)
            ax.text(-0.04, y, row.n, transform=text, ha="right", va="center", fontsize=9)
            estimate = f"{_fmt(row.value, unit)} [{_fmt(row.low, unit)}, {_fmt(row.high, unit)}]"
            ax.text(1.03, y, estimate, transform=text, ha="left", va="center", fontsize=9, fontweight=bold)
            if row.pi:
                ax.text(1.03, y - 0.42, f"prediction interval [{_fmt(row.pi[0], unit)}, {_fmt(row.pi[1], unit)}]",
                        transform=text, ha="left", va="center", fontsize=7.5, color="tab:blue")
            if row.kind == "study":
                ax.text(1.62, y, f"{row.weight:.1f}%", transform=text, ha="right", va="center", fontsize=9)
    if title:
        fig.suptitle(title, fontsize=11, fontweight="bold", y=1 - 0.2 / height, va="top")
    for j, note in enumerate(notes):
        fig.text(0.02, (0.12 + 0.3 * (len(notes) - 1 - j)) / height, note, fontsize=7.5, style="italic")

    return save_figure(fig, path)
