"""The endpoint vocabulary shipped as ``schema/endpoints.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# GOLD_FORMAT.md: codes are UPPER_SNAKE; "pCR" (pathological CR) is the one mixed-case code,
# kept distinct from "PCR" (pelvic control rate).
ENDPOINT_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[A-Z0-9]+)*$")
# endpoints.yaml is a list of entries with these keys; read by the one pattern-file loader, so a misspelt
# or repeated key is an error, not a field silently lost.
SCHEMA = [{"code": "str", "kind": "str", "name": "str", "definition": "str"}]


@lru_cache(maxsize=1)
def endpoint_vocabulary() -> tuple[dict[str, str], ...]:
    """Every endpoint of the shipped vocabulary as ``{code, name, kind, definition}``."""
    from oncoev.schema.models import ENDPOINT_KINDS  # SQLModel, imported only by those who need the vocabulary

    text = (resources.files("oncoev.schema") / "endpoints.yaml").read_text(encoding="utf-8")
    return check_vocabulary(text, ENDPOINT_KINDS)


def check_vocabulary(text: str, kinds: tuple[str, ...], name: str = "endpoints.yaml") -> tuple[dict[str, str], ...]:
    """The entries of a vocabulary file's ``text``. A ValueError (naming the file and where) for a key given
    twice or not known, a bad or repeated code, or a kind not in ``kinds``."""
    from oncoev.extract import rules  # the one YAML loader (unique keys, schema); yaml only, no extraction

    entries = rules.parse(text, SCHEMA, name)
    seen: set[str] = set()
    for entry in entries:
        code = entry.get("code")
        if not code or not ENDPOINT_CODE.match(code) or code in seen:
            raise ValueError(f"{name}: bad or repeated code {code!r}")
        if entry.get("kind") not in kinds:
            raise ValueError(f"{name}: {code}: kind must be one of {', '.join(kinds)}")
        seen.add(code)
    return tuple(entries)
