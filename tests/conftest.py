"""Shared fixtures: a migrated database per test, and the small extraction of tests/support.py."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from support import small_extraction

from oncoev.db.engine import make_engine
from oncoev.db.migrate import init_database


@pytest.fixture
def extraction() -> dict:
    return copy.deepcopy(small_extraction())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file at the current schema revision, with the endpoint vocabulary."""
    path = tmp_path / "evidence.db"
    init_database(make_engine(path))
    return path


@pytest.fixture
def engine(db_path: Path):
    return make_engine(db_path)


@pytest.fixture
def write_json(tmp_path: Path):
    def write(data, name: str = "extraction.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        return path
    return write
