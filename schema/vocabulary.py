"""The endpoint vocabulary shipped as ``schema/endpoints.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

# GOLD_FORMAT.md: codes are UPPER_SNAKE; "pCR" (pathological CR) is the one mixed-case code,
# kept distinct from "PCR" (pelvic control rate).
ENDPOINT_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Z0-9]+)*$")


@lru_cache(maxsize=1)
def endpoint_vocabulary() -> tuple[dict[str, str], ...]:
    """Every endpoint of the shipped vocabulary as ``{code, name, kind, definition}``."""
    from oncoev.schema.models import ENDPOINT_KINDS  # SQLModel, imported only by those who need the vocabulary

    text = (resources.files("oncoev.schema") / "endpoints.yaml").read_text(encoding="utf-8")
    entries = yaml.safe_load(text)
    seen: set[str] = set()
    for entry in entries:
        code = entry.get("code")
        if not code or not ENDPOINT_CODE.match(code) or code in seen:
            raise ValueError(f"endpoints.yaml: bad or repeated code {code!r}")
        if entry.get("kind") not in ENDPOINT_KINDS:
            raise ValueError(f"endpoints.yaml: {code}: kind must be one of {', '.join(ENDPOINT_KINDS)}")
        seen.add(code)
    return tuple(entries)
