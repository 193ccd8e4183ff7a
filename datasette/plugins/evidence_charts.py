"""Charts and links for the evidence database's canned queries, drawn as inline SVG on the server.

Loaded by Datasette with ``--plugins-dir`` (``evidence serve`` does this). The chart needs no
JavaScript and no asset from anywhere: it is part of the page. A canned query gets a chart by
having a ``chart`` entry in metadata.yml; ``templates/query.html`` calls :func:`evidence_chart`.

This file is loaded by path, not imported as part of a package (the ``datasette/`` folder must
never become a Python package: it would shadow Datasette itself).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from markupsafe import Markup, escape

WIDTH = 960
LABEL_X = 12          # left edge of the labels
PLOT_LEFT = 430       # the plot spans PLOT_LEFT..PLOT_RIGHT
PLOT_RIGHT = 790
VALUE_X = 800         # the printed value and CI
ROW_HEIGHT = 20
TOP = 52              # title and legend above the first row
BOTTOM = 44           # axis below the last row
DARK, LIGHT, LINE, GRID = "#1f4e79", "#8fb3d6", "#333333", "#dddddd"
FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
LOG_TICKS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 4, 5, 10, 20, 50, 100)


def _number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _fmt(value: float) -> str:
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}".removesuffix(".0")


def _short(text: Any, limit: int) -> str:
    text = "" if text is None else " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


class _Scale:
    """Maps a value to an x position: linear from 0 (percentages: 0-100) or logarithmic (ratios)."""

    def __init__(self, values: Iterable[float], *, log: bool, unit: str | None):
        values = [v for v in values if v is not None and (v > 0 or not log)]
        self.log = log
        if log:
            low, high = min(values + [1.0]), max(values + [1.0])
            self.low, self.high = low / 1.25, high * 1.25
            self.ticks = [t for t in LOG_TICKS if self.low <= t <= self.high]
        else:
            self.low = min(0.0, min(values, default=0.0))
            self.high = 100.0 if unit == "%" and max(values, default=0) <= 100 else _nice_max(max(values, default=1))
            step = _nice_max((self.high - self.low) / 5)
            self.ticks = [self.low + i * step for i in range(int((self.high - self.low) / step + 1e-9) + 1)]

    def clip(self, value: float) -> float:
        return min(max(value, self.low), self.high)

    def x(self, value: float) -> float:
        value = self.clip(value)
        if self.log:
            share = (math.log(value) - math.log(self.low)) / (math.log(self.high) - math.log(self.low))
        else:
            share = (value - self.low) / ((self.high - self.low) or 1)
        return PLOT_LEFT + share * (PLOT_RIGHT - PLOT_LEFT)


LABEL_WIDTH = 62      # characters of a row's label, "(n=...)" included


def _varying(config: dict, rows: Sequence[dict]) -> list[str]:
    """The title columns whose value differs between rows (time point "any" gives several time points)."""
    return [c for c in config.get("title_from", ()) if len({r.get(c) for r in rows}) > 1]


def _title(config: dict, rows: Sequence[dict], unit: str | None) -> str:
    if config.get("title"):
        return str(config["title"])
    varying = _varying(config, rows)
    parts = []
    for column in config.get("title_from", ()):
        if column in varying:
            parts.append("at each time point" if column == "timepoint_months" else f"(several {column})")
            continue
        value = rows[0].get(column)
        if value in (None, ""):
            continue
        parts.append(f"at {_fmt(float(value))} months" if column == "timepoint_months" else str(value))
    text = " ".join(parts) or "Values"
    return f"{text} ({unit})" if unit else text


def _label(row: dict, columns: Sequence[str], varying: Sequence[str] = ()) -> str:
    """What a row is: its label columns (a review's cohort with the study it cites), what varies between
    rows (the time point), and n, which is never cut off."""
    prefixes = {"study_id": "#", "comparator": "vs "}
    bits = [f"{prefixes.get(c, '')}{row[c]}" for c in columns if row.get(c) not in (None, "")]
    if row.get("cited") and "cited" not in columns:
        bits.insert(0, f"{row['cited']}:")
    text = " · ".join(bits).replace(": · ", ": ")
    if "timepoint_months" in varying and row.get("timepoint_months") not in (None, ""):
        text += f" at {_fmt(float(row['timepoint_months']))} mo"
    n = f" (n={row['n']})" if row.get("n") not in (None, "") else ""
    return _short(text, LABEL_WIDTH - len(n)) + n


def forest_svg(rows: Sequence[dict], config: dict | None = None) -> str:
    """An SVG forest plot of ``rows`` (dicts): one square per row at ``value`` with its CI line, grouped by study.

    ``config`` (the canned query's ``chart`` entry) may name the ``value``, ``low`` and ``high`` columns,
    the ``label`` columns, ``scale`` (``linear`` or ``log``) and a ``title`` (or ``title_from`` columns).
    Rows without a value are left out; with none left, the result is an empty string.
    """
    config = dict(config or {})
    value_col, low_col, high_col = (config.get(k, d) for k, d in
                                    (("value", "value"), ("low", "ci_low"), ("high", "ci_high")))
    label_cols = config.get("label") or ["cohort"]
    if isinstance(label_cols, str):
        label_cols = [label_cols]
    plotted = [r for r in rows if _number(r.get(value_col)) is not None]
    log = config.get("scale") == "log"
    if log:
        plotted = [r for r in plotted if _number(r.get(value_col)) > 0]
    if not plotted:
        return ""
    units = {r.get("unit") or r.get("dose_unit") for r in plotted} - {None}
    unit = config.get("unit") or (units.pop() if len(units) == 1 else None)
    if value_col in ("bed10", "eqd2"):
        unit = "Gy"
    numbers = [_number(r.get(c)) for r in plotted for c in (value_col, low_col, high_col)]
    scale = _Scale([v for v in numbers if v is not None], log=log, unit=unit)
    ns = [_number(r.get("n")) for r in plotted]
    max_n = max([n for n in ns if n] or [1.0])

    # Headings between groups of rows (studies, or config["group"]), as in a printed forest plot.
    group_col = config.get("group")
    lines: list[tuple[str, Any]] = []
    current = object()
    for row in plotted:
        key = row.get(group_col) if group_col else row.get("study_id", row.get("study"))
        if key != current:
            current = key
            lines.append(("group" if group_col else "study", row))
        lines.append(("row", row))

    height = TOP + len(lines) * ROW_HEIGHT + BOTTOM
    plot_top, plot_bottom = TOP - 6, TOP + len(lines) * ROW_HEIGHT
    title = _title(config, plotted, unit)
    varying = _varying(config, plotted)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="evidence-chart" role="img" width="{WIDTH}" '
           f'height="{height}" viewBox="0 0 {WIDTH} {height}" style="{FONT};font-size:12px;max-width:100%;'
           f'height:auto;background:#fff" aria-label="{escape(title)}">',
           f"<title>{escape(title)}</title>",
           f'<text x="{LABEL_X}" y="18" font-size="15" font-weight="bold" fill="{LINE}">{escape(title)}</text>']
    legend_y, legend_x = 38, LABEL_X
    if any(r.get("group_key") == "all" and r.get("study_kind") != "review" for r in plotted):
        out.append(f'<rect x="{legend_x}" y="{legend_y - 9}" width="10" height="10" fill="{DARK}"/>'
                   f'<text x="{legend_x + 15}" y="{legend_y}">whole study population</text>'
                   f'<rect x="{legend_x + 170}" y="{legend_y - 9}" width="10" height="10" fill="{LIGHT}"/>'
                   f'<text x="{legend_x + 185}" y="{legend_y}">subgroup, or a cited study\'s cohort</text>')
        legend_x += 430
    if any(_number(r.get(low_col)) is not None for r in plotted):
        out.append(f'<line x1="{legend_x}" x2="{legend_x + 30}" y1="{legend_y - 4}" y2="{legend_y - 4}" '
                   f'stroke="{LINE}"/><text x="{legend_x + 36}" y="{legend_y}">confidence interval</text>')
        legend_x += 160
    out.append(f'<text x="{legend_x}" y="{legend_y}">square size ~ n</text>')
    for tick in scale.ticks:
        x = scale.x(tick)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{plot_top}" y2="{plot_bottom}" stroke="{GRID}"/>'
                   f'<text x="{x:.1f}" y="{plot_bottom + 16}" text-anchor="middle" fill="#555">{_fmt(tick)}</text>')
    if log and scale.low < 1 < scale.high:
        x = scale.x(1)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{plot_top}" y2="{plot_bottom}" stroke="{LINE}" '
                   f'stroke-dasharray="4 3"/>')
    out.append(f'<line x1="{PLOT_LEFT}" x2="{PLOT_RIGHT}" y1="{plot_bottom}" y2="{plot_bottom}" stroke="#999"/>')
    axis = f"{'log scale, ' if log else ''}{unit or ''}".strip(", ")
    if axis:
        out.append(f'<text x="{(PLOT_LEFT + PLOT_RIGHT) / 2}" y="{plot_bottom + 34}" text-anchor="middle" '
                   f'fill="#555">{escape(axis)}</text>')

    for i, (kind, row) in enumerate(lines):
        y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2
        if kind == "group":
            out.append(f'<text x="{LABEL_X}" y="{y + 4:.1f}" font-weight="bold" fill="{LINE}">'
                       f'{escape(_short(row.get(group_col), 64))}</text>')
            continue
        if kind == "study":
            sid = row.get("study_id")
            heading = f"#{sid} " if sid is not None else ""
            heading += _short(row.get("study"), 64)
            if row.get("year"):
                heading += f" ({row['year']})"
            out.append(f'<text x="{LABEL_X}" y="{y + 4:.1f}" font-weight="bold" fill="{LINE}">'
                       f'<title>{escape(row.get("study") or "")}</title>{escape(heading)}</text>')
            continue
        value = _number(row.get(value_col))
        low, high = _number(row.get(low_col)), _number(row.get(high_col))
        whole = row.get("group_key") == "all" and row.get("study_kind") != "review"
        n = _number(row.get("n"))
        side = 5 + 9 * math.sqrt(n / max_n) if n else 6
        label = _label(row, label_cols, varying)
        op = row.get("value_op") or ""
        text = f"{op}{_fmt(value)}{'%' if unit == '%' else ''}"
        if low is not None and high is not None:
            text += f" ({_fmt(low)}–{_fmt(high)})"
            x1, x2 = scale.x(low), scale.x(high)
            # The interval with whiskers at its ends (none where the axis cuts it off).
            out.append(f'<line class="ci" x1="{x1:.1f}" x2="{x2:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{LINE}" '
                       f'stroke-width="1.5"/>')
            for end, x_end in ((low, x1), (high, x2)):
                if scale.clip(end) == end:
                    out.append(f'<line class="whisker" x1="{x_end:.1f}" x2="{x_end:.1f}" y1="{y - 4:.1f}" '
                               f'y2="{y + 4:.1f}" stroke="{LINE}" stroke-width="1.5"/>')
        x = scale.x(value)
        out.append(f'<text x="{LABEL_X + 14}" y="{y + 4:.1f}" fill="{LINE}"><title>{escape(label)}</title>'
                   f'{escape(label)}</text>'
                   f'<rect class="point" data-value="{value:g}" x="{x - side / 2:.1f}" y="{y - side / 2:.1f}" '
                   f'width="{side:.1f}" height="{side:.1f}" fill="{DARK if whole else LIGHT}" stroke="{DARK}">'
                   f'<title>{escape(label)}: {escape(text)}</title></rect>'
                   f'<text class="value" x="{VALUE_X}" y="{y + 4:.1f}" fill="{LINE}">{escape(text)}</text>')
    out.append("</svg>")
    return "".join(out)


def evidence_chart(rows: Sequence[Any], columns: Sequence[str], config: dict | None = None) -> Markup:
    """The chart for a canned query's result ``rows`` (as Datasette passes them to the template)."""
    dicts = [dict(zip(columns, row, strict=True)) for row in rows]
    svg = forest_svg(dicts, config)
    if not svg:
        return Markup("")
    return Markup(f'<figure class="evidence-chart-figure" style="margin:1em 0;overflow-x:auto">{svg}'
                  '<figcaption style="font-size:0.85em;color:#555">Each row of the table above, drawn. '
                  'Hover a square for its numbers.</figcaption></figure>')


@hookimpl
def extra_template_vars():
    return {"evidence_chart": evidence_chart}


@hookimpl
def render_cell(value, column, table, database, datasette):
    """In canned query results, a study id links to "Everything about one study"."""
    if table is not None or column != "study_id" or value in (None, ""):
        return None
    queries = (datasette.metadata(database=database) or {}).get("queries") or {}
    if "study_overview" not in queries:
        return None
    url = datasette.urls.database(database) + f"/study_overview?study_id={escape(str(value))}"
    return Markup(f'<a href="{url}" title="Everything about study {escape(str(value))}">{escape(str(value))}</a>')


READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _defaults_location(datasette, path: str) -> str | None:
    """For ``/<db>/<canned query>`` with ``defaults`` in its metadata: the same page with them filled in."""
    parts = path.strip("/").split("/")
    if len(parts) != 2:
        return None
    database, query = parts
    queries = (datasette.metadata("queries", database=database) or {}) if database in datasette.databases else {}
    defaults = (queries.get(query) or {}).get("defaults") if isinstance(queries.get(query), dict) else None
    if not defaults:
        return None
    return f"{datasette.urls.path(path)}?{urlencode({k: str(v) for k, v in defaults.items()})}"


@hookimpl
def asgi_wrapper(datasette):
    """Two rules before Datasette sees a request.

    The site is read-only: a request that is not a read gets 405 (Datasette 0.65 answers a POST
    to a read-only canned query with a 500 error). A canned query page opened without parameters
    is redirected to its ``defaults``, so that the form shows what the results are for (the SQL
    applies the same defaults to empty parameters, for the JSON API).
    """

    def wrap(app):
        async def evidence_rules(scope, receive, send):
            if scope["type"] == "http":
                if scope.get("method", "GET").upper() not in READ_METHODS:
                    await _respond(send, 405, [(b"allow", b"GET, HEAD, OPTIONS"), (b"content-type", b"text/plain")],
                                   b"This database is read-only.\n")
                    return
                if not scope.get("query_string"):
                    location = _defaults_location(datasette, scope["path"])
                    if location:
                        await _respond(send, 302, [(b"location", location.encode())], b"")
                        return
            await app(scope, receive, send)

        return evidence_rules

    return wrap


async def _respond(send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
