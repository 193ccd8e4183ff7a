"""spaCy imported without its command line in `evidence`'s own processes (oncoev.extract.spacy_import).

Each check runs in a fresh interpreter: what matters is the first ``import spacy`` of a process. If a spaCy
upgrade lays its package out otherwise, the hook steps aside (spaCy imports as usual, a little slower) and
``test_the_installed_spacy_is_imported_without_its_command_line`` fails, to say so.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from support import SMALL_TEXT, run_cli_probe

# What spaCy's command line brings and the extractor never uses.
CLI_ONLY = ("requests", "httpx", "weasel", "typer")


def run_python(code: str, *args: str, env: dict | None = None) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON object last, returned here."""
    run = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                         env={**os.environ, **(env or {})})
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


INSTALLED = """
import json, sys
from oncoev.extract import spacy_import
spacy_import.install()
import spacy
from oncoev.extract import extract_path
extraction = extract_path(sys.argv[1])
out = {"results": len(extraction["results"]),
       "cli_modules": sorted(m for m in sys.modules if m == "spacy.cli" or m.startswith("spacy.cli.")),
       "cli_only": sorted(m for m in sys.modules if m.split(".")[0] in sys.argv[2:]),
       "cli_attribute": hasattr(spacy, "cli"),
       "lazy_info": spacy.info is spacy_import.info,
       "loader": type(spacy.__loader__).__name__, "spec_loader": type(spacy.__spec__.loader).__name__,
       "hook_left": any(type(f).__name__ == "_Hook" for f in sys.meta_path)}
import spacy.cli  # the real command line, as usual
from spacy.cli.info import info
out["real_cli"] = callable(spacy.cli.download) and callable(spacy.cli.init_config) and info is not spacy_import.info
out["info"] = spacy.info(silent=True)["spacy_version"] == spacy.__version__
print(json.dumps(out))
"""


def test_the_installed_spacy_is_imported_without_its_command_line(tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(SMALL_TEXT, encoding="utf-8")
    out = run_python(INSTALLED, str(paper), *CLI_ONLY)
    assert out["results"] > 0
    # spaCy's layout is the one the hook knows, so it was used: nothing of the command line was imported,
    # not even by building the pipeline and extracting a paper
    assert out["cli_modules"] == [] and out["cli_only"] == [] and not out["cli_attribute"], out
    assert out["lazy_info"]
    # no trace left: spaCy's package has its own loader, the hook is gone
    assert out["loader"] == out["spec_loader"] == "SourceFileLoader" and not out["hook_left"]
    # and the command line imports afterwards, whole; spacy.info calls the real one
    assert out["real_cli"] and out["info"]


def test_not_installed_by_importing_the_extractor(tmp_path):
    """A program of its own that uses the extractor gets spaCy as spaCy makes it."""
    paper = tmp_path / "paper.txt"
    paper.write_text(SMALL_TEXT, encoding="utf-8")
    out = run_python("import json, sys\nfrom oncoev.extract import extract_path\nextract_path(sys.argv[1])\n"
                     "import spacy\nprint(json.dumps({'cli': 'spacy.cli' in sys.modules, "
                     "'info': spacy.info.__module__}))", str(paper))
    assert out == {"cli": True, "info": "spacy.cli.info"}


EVIDENCE = """
import atexit, json, sys
atexit.register(lambda: print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr))
sys.argv = ["evidence", *sys.argv[1:]]
from oncoev.cli import run
run()
"""


def test_evidence_and_its_workers_import_spacy_without_its_command_line(tmp_path):
    paper = tmp_path / "paper.txt"
    paper.write_text(SMALL_TEXT, encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", EVIDENCE, "extract", "--json", str(paper)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["results"]
    modules = set(json.loads(run.stderr.strip().splitlines()[-1]))
    assert "spacy" in modules and not modules & set(CLI_ONLY), modules & set(CLI_ONLY)
    # the command group called by another program (here a test's probe) leaves spaCy as it is
    run, report = run_cli_probe(["extract", "--json", str(paper)])
    assert report["code"] == 0, run.stderr
    assert set(CLI_ONLY) <= set(report["modules"])
    # a worker started to extract (the pool's, the head start's) installs it itself
    out = run_python("import json, sys\nfrom oncoev.extract.batch import warm_up_worker\nwarm_up_worker()\n"
                     "print(json.dumps(sorted(m for m in sys.modules if m == 'spacy.cli' "
                     "or m.split('.')[0] in sys.argv[1:])))", *CLI_ONLY)
    assert out == []


FAKE = """
import json, sys
from oncoev.extract import spacy_import
spacy_import.install()
import spacy
print(json.dumps({"cli_ran": hasattr(sys.modules.get("spacy.cli"), "RAN"), "info": spacy.info()}))
"""


@pytest.mark.parametrize(("init", "used"), [
    ("from .cli.info import info  # noqa: F401\n", True),
    # another use of the command line, or the line written otherwise: spaCy is imported as usual
    ("from .cli.info import info  # noqa: F401\nfrom .cli import app  # noqa: F401\n", False),
    ("from .cli.info import info\n", False),
])
def test_a_spacy_laid_out_otherwise_is_imported_as_usual(tmp_path, init, used):
    package = tmp_path / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text(init, encoding="utf-8")
    (package / "cli" / "__init__.py").write_text("RAN = True\napp = 'app'\nfrom .info import info\n",
                                                 encoding="utf-8")
    (package / "cli" / "info.py").write_text("def info():\n    return 'real'\n", encoding="utf-8")
    out = run_python(FAKE, env={"PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])})
    # with the stand-ins spacy.info still answers, from the real module, on its first call
    assert out == {"cli_ran": not used, "info": "real"}


def test_the_hook_answers_for_spacy_alone():
    from oncoev.extract.spacy_import import _Hook, cli_folder

    assert _Hook().find_spec("numpy") is None
    assert cli_folder(None) is None
