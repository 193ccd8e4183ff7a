"""spaCy imported without its command line, in the processes `evidence` runs to extract.

spaCy's package imports its own command line when it is imported: ``spacy/__init__.py`` has
``from .cli.info import info``, which runs ``spacy/cli/__init__.py`` and with it every command (download,
init config, the project commands) and what they need (requests, httpx, typer, weasel): about a quarter of a
second of the second ``import spacy`` takes on a small machine, for commands the extractor never runs.

:func:`install` puts a one-shot hook at the front of ``sys.meta_path``. When spaCy is next imported, the hook
removes itself and checks that spaCy's ``__init__.py`` still mentions its command line in that one line and
nowhere else (and that ``spacy/cli/info.py`` is there). If so, spaCy's package runs with two stand-ins in
``sys.modules``: ``spacy.cli`` (an empty package over spaCy's real ``cli`` folder) and ``spacy.cli.info``,
whose ``info`` imports spaCy's real one when it is called. The stand-ins are taken out as soon as spaCy's
``__init__.py`` has run, so that a later ``import spacy.cli`` imports the real command line as usual; what
stays is ``spacy.info``, the lazy stand-in, and no ``spacy.cli`` attribute until something imports it. If
the check fails (another spaCy version laid out otherwise), or spaCy is imported already, spaCy is imported
as usual. ``tests/test_spacy_import.py`` checks that the installed spaCy is imported this way and that its
command line still imports afterwards.

It is installed only in processes that are ours from start to end: the `evidence` program
(:func:`oncoev.cli.run`) and the workers started to extract (the pool's, the head start's); not by
``import oncoev.extract`` or by calling the command group ``oncoev.cli.cli`` (a notebook, a test, another
program), and not on a Dask worker, which other work may share. It decides nothing the extractor finds: the
same spaCy modules build the same pipeline (``version.NOT_RULES``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

CLI_LINE = "from .cli.info import info  # noqa: F401"


def install() -> None:
    """Import spaCy without its command line the next time it is imported in this process (see above).
    Does nothing if spaCy is imported already or the hook is in place."""
    if "spacy" in sys.modules or any(isinstance(finder, _Hook) for finder in sys.meta_path):
        return
    sys.meta_path.insert(0, _Hook())


def uninstall() -> None:
    """Take the hook out (spaCy then imports as usual)."""
    # A new list, not the old one changed: the import under way iterates over the old one.
    sys.meta_path = [finder for finder in sys.meta_path if not isinstance(finder, _Hook)]


class _Hook:
    """The meta path finder: answers for ``spacy`` alone, once."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "spacy":
            return None
        uninstall()
        spec = _find(name, path, target)
        cli = cli_folder(spec)
        if cli is None:
            return None  # the other finders, as usual (spec may be None: no spaCy)
        spec.loader = _WithoutCli(spec.loader, cli)
        return spec

    def invalidate_caches(self) -> None:
        pass


def _find(name: str, path: Any, target: Any) -> Any:
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        if find is not None:
            spec = find(name, path, target)
            if spec is not None:
                return spec
    return None


def cli_folder(spec: Any) -> Path | None:
    """spaCy's ``cli`` folder if the package ``spec`` finds is laid out as this module expects, else None."""
    if spec is None or not spec.origin or not spec.submodule_search_locations \
            or not hasattr(spec.loader, "exec_module"):
        return None
    init = Path(spec.origin)
    try:
        source = init.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if init.name != "__init__.py" or [line for line in source.splitlines() if "cli" in line] != [CLI_LINE]:
        return None
    cli = init.parent / "cli"
    if not ((cli / "__init__.py").is_file() and (cli / "info.py").is_file()):
        return None
    return cli


class _WithoutCli:
    """The loader of spaCy's package, run with the two stand-ins in ``sys.modules``."""

    def __init__(self, loader: Any, cli: Path) -> None:
        self.loader = loader
        self.cli = cli

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        # The package is as its own loader leaves it: later reloads and resource look-ups see no trace of this.
        module.__loader__ = module.__spec__.loader = self.loader
        stand_ins = _stand_ins(self.cli)
        if any(name in sys.modules for name in stand_ins):  # something imported them meanwhile: leave it alone
            self.loader.exec_module(module)
            return
        sys.modules.update(stand_ins)
        try:
            self.loader.exec_module(module)
        finally:
            for name, stand_in in stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]
            if module.__dict__.get("cli") is stand_ins["spacy.cli"]:
                del module.cli


def _stand_ins(cli: Path) -> dict[str, Any]:
    import importlib.machinery
    import types

    package = types.ModuleType("spacy.cli", "spaCy's command line, not imported (oncoev.extract.spacy_import).")
    package.__spec__ = importlib.machinery.ModuleSpec("spacy.cli", None, is_package=True)
    package.__spec__.submodule_search_locations = package.__path__ = [str(cli)]
    package.__package__ = "spacy.cli"
    info_module = types.ModuleType("spacy.cli.info")
    info_module.__spec__ = importlib.machinery.ModuleSpec("spacy.cli.info", None)
    info_module.__package__ = "spacy.cli"
    info_module.info = info
    package.info = info_module
    return {"spacy.cli": package, "spacy.cli.info": info_module}


def info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own (``spacy.cli.info.info``), imported when it is called."""
    from spacy.cli.info import info as spacy_info

    return spacy_info(*args, **kwargs)
