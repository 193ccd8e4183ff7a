"""Our code, tests, comments and bundled papers are written in our own words.

Facts may come from the corpus (a paper's numbers, a drug's dose); sentences may not. Any run of
ten words that also appears in a corpus text (dev papers and the unlabeled corpus) is reported, unless
it is mostly numbers (a table row restating a study's figures) or words too short to say anything.
"""

from __future__ import annotations

import re
from pathlib import Path

from support import REPO, need_shared

N = 10
WORD = re.compile(r"[A-Za-z0-9]+(?:\.[0-9]+)?")
OURS = ("extract", "db", "schema", "pooling", "oncoev", "migrations", "scripts", "bench", "tests", "data/papers",
        "datasette")
# Files that cite the corpus papers by their printed titles (a citation is a fact, not our prose).
CITING = {"curate_from_gold.py"}


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _telling(window: tuple[str, ...]) -> bool:
    """A run that could only have been copied: mostly words (not numbers) of some length."""
    wordy = [w for w in window if not w.replace(".", "").isdigit() and len(w) > 2]
    return len(wordy) >= 7


def _grams(words: list[str]):
    for i in range(len(words) - N + 1):
        window = tuple(words[i:i + N])
        if _telling(window):
            yield hash(window), window  # 64 bits: no false matches among a few million runs


def test_no_run_of_ten_words_is_copied_from_the_corpus():
    corpus_dir = need_shared("corpus")
    texts = [*corpus_dir.glob("seeds/*.txt"), *corpus_dir.glob("papers/*.txt"),
             *corpus_dir.glob("unlabeled/abstracts/*.txt"), *corpus_dir.glob("unlabeled/fulltexts/*.txt")]
    assert len(texts) > 700
    seen: set[int] = set()
    for path in texts:
        seen.update(h for h, _ in _grams(_words(path.read_text(encoding="utf-8", errors="replace"))))
    copied = []
    for folder in OURS:
        for path in sorted((REPO / folder).rglob("*")):
            if path.suffix not in (".py", ".yaml", ".yml", ".txt", ".md", ".html", ".json") or not path.is_file():
                continue
            if "/curated/" in path.as_posix() or "/reference/" in path.as_posix() or path.name in CITING:
                continue  # curated studies quote their papers on purpose: a quote is provenance
            for h, window in _grams(_words(path.read_text(encoding="utf-8", errors="replace"))):
                if h in seen:
                    copied.append(f"{Path(path).relative_to(REPO)}: {' '.join(window)}")
                    break
    assert not copied, "runs of words copied from the corpus:\n" + "\n".join(copied)
