"""Rules as data: a module's regular expressions live in its regex file (patterns/regex/<module>.yaml, read as
RX.<id>), not inline in its code. This test finds, with ``ast``, every call ``re.<function>(PATTERN, ...)`` in
extract/*.py whose PATTERN is written out (a string literal, literals joined by ``+`` or side by side, an f-string
with no field) and counts them per module. A module listed in ``DONE`` has none; any other module has no more than
its ceiling in ``CEILINGS`` (a ratchet: lower it as expressions move, never raise it). A module in neither list
(a new one) has none either.

Patterns the code builds (an f-string with a field, a join over a word list, a literal ``+`` a variable, a name) are
not counted: those are the expressions the README lets the modules write."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parent.parent / "extract"
FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split"}
# the project's own compilers of a pattern (extract/lazy_regex.py): a pattern written out there is inline all the same
COMPILERS = {"lazy_regex", "compile_guarded"}

# Modules with no written-out pattern left.
DONE = {
    "__init__", "assemble", "batch", "cohorts", "continuous", "denominators", "distributed", "document", "doses",
    "endpoint_codes", "findings", "flat_tables", "group_results", "groups", "jats", "lexicon", "mentions", "metadata",
    "normalize", "pdf", "pdf_layout", "pdf_limits", "pdf_tables", "pipeline", "pubmed", "qualifiers", "reader",
    "results", "scope", "sentences", "spaced_tables", "spacy_import", "study", "table_citations", "table_model",
    "table_results", "table_sources", "tables", "unexplained", "version", "xml_io",
}

# The most written-out patterns each remaining module may hold. rules.py and lazy_regex.py are the loader and the
# compiler of the regex files themselves (they read the files with these expressions, so cannot read them from one).
CEILINGS = {
    "lazy_regex": 2, "rules": 3,
}


def _literal(node: ast.expr) -> bool:
    """Whether an expression is a string written out: a literal (implicit joins are one), literals added, an f-string
    without fields."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal(node.left) and _literal(node.right)
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) for v in node.values)
    return False


def _pattern_calls(source: str) -> Iterator[tuple[int, bool]]:
    """(line, written out?) of each ``re.<function>(pattern, ...)`` call of the source, and of each call of the
    project's own compilers (``lazy_regex(pattern, ...)``, ``compile_guarded(pattern, ...)``)."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        if (isinstance(node.func, ast.Attribute) and node.func.attr in FUNCTIONS
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re") \
                or (isinstance(node.func, ast.Name) and node.func.id in COMPILERS):
            yield node.lineno, _literal(node.args[0])


def _written_out(path: Path) -> list[int]:
    return sorted(line for line, literal in _pattern_calls(path.read_text("utf-8")) if literal)


MODULES = sorted(EXTRACT.glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.stem)
def test_no_module_writes_more_patterns_inline_than_its_ceiling(path):
    lines = _written_out(path)
    ceiling = CEILINGS.get(path.stem, 0)
    assert len(lines) <= ceiling, (
        f"{path.name}: {len(lines)} regular expressions written inline (lines {lines}), at most {ceiling}: put "
        f"them in patterns/regex/{path.stem}.yaml and read them as RX.<id>")


def test_the_lists_name_modules_that_exist_once():
    stems = {p.stem for p in MODULES}
    assert not DONE & set(CEILINGS)
    assert (DONE | set(CEILINGS)) <= stems


def test_done_modules_have_no_ceiling_above_zero():
    assert all(CEILINGS[m] > 0 for m in CEILINGS)


def test_the_finder_counts_written_out_patterns_only():
    source = (
        'import re\n'
        'WORDS = ["alpha", "beta"]\n'
        're.search(r"\\bgrade\\s+3", text)\n'             # a literal: counted
        're.sub("a" "b", "", text, flags=re.I)\n'          # literals side by side: counted
        're.compile(r"x" + r"y")\n'                        # literals added: counted
        're.match(f"plain", text)\n'                       # an f-string without a field: counted
        're.compile("|".join(WORDS))\n'                    # a join over a list: built
        're.search(f"{WORDS[0]}s?", text)\n'               # an f-string with a field: built
        're.split(r"\\s*;" + WORDS[1], text)\n'            # a literal plus a variable: built
        'RX.search(text)\n'                                # no re call
    )
    found = list(_pattern_calls(source))
    assert [line for line, literal in found if literal] == [3, 4, 5, 6]
    assert [line for line, literal in found if not literal] == [7, 8, 9]


# The loader and compiler of the regex files, which read the files with their own expressions
LOADERS = ("rules", "lazy_regex")
README = EXTRACT.parent / "README.md"


def _regex_records() -> tuple[int, int]:
    """(expressions, shared parts) of the regex files: records, and those marked ``piece: true``."""
    import yaml

    records = [r for f in sorted((EXTRACT / "patterns" / "regex").glob("*.yaml"))
               for r in yaml.safe_load(f.read_text("utf-8")) or []]
    pieces = sum(1 for r in records if r.get("piece"))
    return len(records) - pieces, pieces


def test_the_readme_says_how_many_expressions_are_data_and_how_many_are_still_code():
    # the figures of the README's "Rules as data" paragraph are these counts (update the paragraph when they move)
    expressions, pieces = _regex_records()
    calls = [(path.stem, literal) for path in MODULES for _, literal in _pattern_calls(path.read_text("utf-8"))]
    built = sum(1 for _, literal in calls if not literal)
    left = sum(1 for stem, literal in calls if literal and stem not in LOADERS)
    loaders = sum(1 for stem, literal in calls if literal and stem in LOADERS)
    assert left == 0, "every module but the loader's is done: the paragraph says so"
    text = " ".join(README.read_text("utf-8").split())
    for said in (f"(the regular expressions the modules test ({expressions:,} of them:".lstrip("("),
                 f"({pieces:,} such parts, marked `piece: true`)", f"computes: {built:,} of them)",
                 f"and {loaders} written out in `rules.py` and `lazy_regex.py`",
                 "holds every other module to none"):
        assert said.lower() in text.lower(), f"README.md should say: {said}"
