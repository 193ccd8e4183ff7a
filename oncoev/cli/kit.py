"""What every `evidence` command shares: the console, error reporting, opening the database.

Kept apart from ``main.py`` so that the other command modules (``pool``, ``curation``) use the same
pieces without importing the command group.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from oncoev.config import DB_ENV_VAR
from oncoev.errors import DatabaseError, EvidenceError

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy import Engine

# `evidence --help` and `--version` import neither SQLAlchemy nor rich (a third of a second on a
# small machine, paid by every process): each is imported where a command first uses it.


def console(stderr: bool = False) -> Console:
    """Rich output on stdout (data: tables), or with ``stderr`` on stderr (progress, notes, messages)."""
    from rich.console import Console

    # Rich assumes 80 columns when output is not a terminal; file names would be cut.
    stream = sys.stderr if stderr else sys.stdout
    return Console(highlight=False, stderr=stderr, width=None if stream.isatty() else 120)


def json_option(what: str) -> Callable:
    """``--json``: the command's data as JSON on stdout (messages stay on stderr)."""
    return click.option("--json", "as_json", is_flag=True, help=f"Print {what} as JSON instead of a table.")


def Table(*columns, **options):  # noqa: N802 (stands in for the class it returns)
    """rich's Table, imported when a command first draws one."""
    from rich.table import Table as RichTable

    return RichTable(*columns, **options)


def import_tables() -> None:
    """Import rich's console and table now: for a command that waits for its workers anyway (`evidence add`
    with a head start), so that drawing the table afterwards adds no import to the wait."""
    import rich.console  # noqa: F401
    import rich.table  # noqa: F401


def reports_errors(func: Callable) -> Callable:
    """Turn library errors into click's one-line ``Error: ...`` and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except EvidenceError as e:
            raise click.ClickException(str(e)) from None
        except Exception as e:
            # A file that is not SQLite, a locked or read-only database: say which and why.
            # (SQLAlchemy is imported only by commands that open the database.)
            sql_errors = sys.modules.get("sqlalchemy.exc")
            sqlite_errors = sys.modules.get("sqlite3")  # what `evidence add` reads before SQLAlchemy is imported
            if sql_errors is not None and isinstance(e, sql_errors.DatabaseError):
                reason = e.orig
            elif sqlite_errors is not None and isinstance(e, sqlite_errors.DatabaseError):
                reason = e
            else:
                raise
            db = click.get_current_context().obj["db"]
            raise click.ClickException(f"cannot use the database {db}: {reason}") from None

    return wrapper


def open_engine(ctx: click.Context, *, must_exist: bool = True, must_be_current: bool = True) -> Engine:
    """The engine for the command's ``--db``; refuses a missing or out-of-date database."""
    from oncoev.db.engine import make_engine
    from oncoev.db.migrate import require_current

    path: Path = ctx.obj["db"]
    if must_exist and not path.exists():
        raise DatabaseError(f"no database at {path}: run `evidence init` to create it "
                            f"(or give --db / ${DB_ENV_VAR})")
    engine = make_engine(path)
    # closed when the command ends, not left to the interpreter's teardown (`evidence` cuts it short: cli.run)
    ctx.call_on_close(engine.dispose)
    if must_be_current:
        require_current(engine)
    return engine


def actor_option(default_help: str) -> Callable:
    """``--actor``: the name written in the audit log."""
    return click.option("--actor", envvar="EVIDENCE_ACTOR", show_envvar=True, default=None,
                        help=f"Name recorded in the audit log (default: {default_help}).")
