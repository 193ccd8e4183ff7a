"""PubMed XML streaming: peak memory while reading files of 1,000 to 30,000 citations.

Writes gzipped PubmedArticleSet files of made-up citations (title, structured abstract, DOI,
journal, year, authors; about 2 KB of XML each, like MEDLINE's) to a temporary folder, then reads
each in a fresh process with ``read_documents`` (validation pass, then one Document per citation)
and reports the process's peak resident memory. Streaming means that peak stays flat as the file
grows; the last column is the same file parsed whole with ``etree.parse`` (what a reader that
does not stream costs), for comparison.

    .venv/bin/python bench/bench_pubmed.py [--sizes 1000,10000,30000]
"""

from __future__ import annotations

import argparse
import gzip
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from oncoev.extract.pubmed import citation_document
from oncoev.extract.reader import read_documents

ABSTRACT = ("<AbstractText Label=\"BACKGROUND\">Citation {i} asks whether drug {d} improves outcome in stage "
            "{s} disease.</AbstractText><AbstractText Label=\"METHODS\">We randomly assigned {n} patients to drug "
            "{d} or placebo; the primary endpoint was progression-free survival.</AbstractText>"
            "<AbstractText Label=\"RESULTS\">Median progression-free survival was {m}.{k} months with drug {d} and "
            "{q}.{k} months with placebo (hazard ratio, 0.{h}; 95% CI, 0.{lo} to 0.{hi}; P=0.0{p}). Grade 3 or "
            "higher adverse events occurred in {g}% of patients.</AbstractText>"
            "<AbstractText Label=\"CONCLUSIONS\">Drug {d} prolonged progression-free survival.</AbstractText>")


def citation(i: int) -> str:
    fields = dict(i=i, d=chr(65 + i % 26), s=("I", "II", "III")[i % 3], n=100 + i % 400, m=8 + i % 9, k=i % 10,
                  q=5 + i % 4, h=50 + i % 40, lo=40 + i % 10, hi=91 + i % 8, p=1 + i % 9, g=10 + i % 30)
    return (f"<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\"><PMID Version=\"1\">{50_000_000 + i}"
            f"</PMID><Article PubModel=\"Print\"><Journal><JournalIssue CitedMedium=\"Print\"><Volume>{i % 90}</Volume>"
            f"<PubDate><Year>{1990 + i % 35}</Year><Month>Jan</Month></PubDate></JournalIssue>"
            f"<Title>Journal of Synthetic Trials</Title><ISOAbbreviation>J Synth Trials</ISOAbbreviation></Journal>"
            f"<ArticleTitle>Drug {fields['d']} in stage {fields['s']} disease: trial {i}.</ArticleTitle>"
            f"<ELocationID EIdType=\"doi\" ValidYN=\"Y\">10.5555/synth.{i}</ELocationID>"
            f"<Abstract>{ABSTRACT.format(**fields)}</Abstract><AuthorList CompleteYN=\"Y\">"
            + "".join(f"<Author ValidYN=\"Y\"><LastName>Author{j}</LastName><ForeName>Name</ForeName>"
                      f"<Initials>N</Initials></Author>" for j in range(6))
            + "</AuthorList><Language>eng</Language></Article></MedlineCitation><PubmedData><ArticleIdList>"
            f"<ArticleId IdType=\"pubmed\">{50_000_000 + i}</ArticleId></ArticleIdList></PubmedData></PubmedArticle>\n")


def write_file(path: Path, n: int) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write('<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January '
                '2019//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd">\n<PubmedArticleSet>\n')
        for i in range(n):
            f.write(citation(i))
        f.write("</PubmedArticleSet>\n")


def child(mode: str, path: Path) -> None:
    """Run in a fresh process: read the file one way, print the citations read, seconds and peak RSS."""
    t0 = time.perf_counter()
    if mode == "stream":
        count = sum(1 for doc in read_documents(path) if doc.metadata.pmid)
    else:
        with gzip.open(path, "rb") as f:
            tree = etree.parse(f)
        docs = [citation_document(el, path.name) for el in tree.getroot()]
        count = sum(1 for d in docs if d is not None)
    elapsed = time.perf_counter() - t0
    print(count, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def measure(mode: str, path: Path) -> tuple[int, float, float]:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], capture_output=True, text=True,
                         check=True).stdout.split()
    return int(out[0]), float(out[1]), int(out[2]) / 1024  # ru_maxrss is in KB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,30000")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'citations':>9} {'file (MB gz)':>12} {'read (s)':>8} {'docs/s':>7} {'peak RSS streamed (MB)':>22} "
          f"{'peak RSS whole tree (MB)':>24}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"set{n}.xml.gz"
            write_file(path, n)
            count, elapsed, rss = measure("stream", path)
            assert count == n, (count, n)
            _, _, whole = measure("whole", path)
            print(f"{n:>9,} {path.stat().st_size / 2**20:>12.1f} {elapsed:>8.1f} {n / elapsed:>7,.0f} {rss:>22.0f} "
                  f"{whole:>24.0f}")


if __name__ == "__main__":
    main()
