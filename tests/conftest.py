"""Shared fixtures: a migrated database per test (a copy of one migrated once per run), and the small
extraction of tests/support.py."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from support import small_extraction

from oncoev.db.engine import make_engine
from oncoev.db.migrate import init_database


@pytest.fixture
def extraction() -> dict:
    return copy.deepcopy(small_extraction())


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head for the whole run: running every Alembic revision costs far
    more than any test that uses the result, so tests get a copy of this file."""
    path = tmp_path_factory.mktemp("template") / "evidence.db"
    engine = make_engine(path)
    init_database(engine)
    engine.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    """A database file at the current schema revision, with the endpoint vocabulary (a fresh copy)."""
    path = tmp_path / "evidence.db"
    shutil.copyfile(migrated_template, path)
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


@pytest.fixture(autouse=True)
def _default_limits():
    """A command run in process (CliRunner) sets the limits in force for the process: reset them after."""
    from oncoev import limits

    yield
    limits.use(None)
