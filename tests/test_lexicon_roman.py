"""One reader of Roman numerals for every rule (grades "III-IV", tables "Table IV", grade headers): the value, or
None for what is no Roman number."""

from __future__ import annotations

import pytest

from oncoev.extract.lexicon import roman_number


@pytest.mark.parametrize("token, value", [
    ("I", 1), ("II", 2), ("III", 3), ("IV", 4), ("V", 5), ("IX", 9), ("XII", 12),
    ("iv", None), ("4", None), ("", None), ("IVa", None),
])
def test_roman_number(token, value):
    assert roman_number(token) == value
