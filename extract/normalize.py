"""Normalise a paper's text before rules read it, keeping a map back to the original offsets.

Real text carries ligatures, no-break spaces, en dashes and minus signs, "·" decimal points,
"per cent", words broken across lines and web-page furniture. Rules see one clean form; every
position in it maps back to the original text, so quotes and offsets point at what the paper says.
The rules live in ``patterns/normalize.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Normalized:
    text: str
    # origin[i] is the offset in the original text of normalised character i; origin[len] = len(original)
    origin: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the normalised span [start, end)."""
        # The end is where the next normalised character came from, so a replaced run
        # ("per cent" -> "%") is quoted whole.
        return self.origin[start], max(self.origin[start], self.origin[end])


@dataclass(frozen=True)
class _Rules:
    combined: re.Pattern
    replacements: tuple[str, ...]
    boilerplate: re.Pattern | None


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = yaml.safe_load((resources.files("oncoev.extract") / "patterns" / "normalize.yaml").read_text("utf-8"))
    rules = data["rules"]
    # Named groups are made unique per rule so that one combined pattern can hold them all;
    # a replacement may bring back a group's text with \\g<name>.
    parts, replacements = [], []
    for i, r in enumerate(rules):
        pattern = re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<r{i}_{m.group(1)}>", r["pattern"])
        parts.append(f"(?P<r{i}>{pattern})")
        replacements.append(re.sub(r"\\g<(\w+)>", lambda m, i=i: f"\\g<r{i}_{m.group(1)}>", r["replace"]))
    combined = re.compile("|".join(parts))
    lines = data.get("boilerplate_lines") or []
    boilerplate = re.compile("|".join(f"(?:{p})" for p in lines), re.M) if lines else None
    return _Rules(combined, tuple(replacements), boilerplate)


def normalize(text: str) -> Normalized:
    """Apply the normalisation rules in one pass; see :class:`Normalized`."""
    rules = _rules()
    if rules.boilerplate is not None:
        # Blank furniture lines in place (same length), so it costs no offset bookkeeping.
        text_in = rules.boilerplate.sub(lambda m: " " * len(m.group(0)), text)
    else:
        text_in = text
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in rules.combined.finditer(text_in):
        start, end = m.span()
        if start > pos:
            out.append(text_in[pos:start])
            origin.extend(range(pos, start))
        replacement = rules.replacements[int(m.lastgroup[1:])]
        if "\\g<" in replacement:
            replacement = m.expand(replacement)
        out.append(replacement)
        if replacement:
            # Every replacement character points at the start of what it replaced.
            origin.extend([start] * len(replacement))
        pos = end
    out.append(text_in[pos:])
    origin.extend(range(pos, len(text_in)))
    origin.append(len(text_in))
    return Normalized("".join(out), origin)
