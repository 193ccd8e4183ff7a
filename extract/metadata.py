"""Bibliographic metadata of a PDF or text paper: title, DOI, PMID, PMCID, year, journal.

XML papers carry these in their front matter (``jats``, ``pubmed``). A PDF or text carries them
in its first page or header lines: a DOI printed under the title or in the footer ("doi:10.1186/
s12885-019-5324-y", "https://doi.org/..."), "PMID: 123", a citation line ("BMC Cancer (2019)
19:123", "BMJ 2015;350:h2145", "Gastroenterol Res Pract 2016;2016:8947505"), a copyright year;
the title from a "TITLE:" or "// Title" header line, or (PDFs) the PDF's own Title entry or the
biggest type on the first page. Only the head of the text is read (``HEAD``): a DOI in the
reference list is another paper's. A field that is not clearly stated stays empty.
"""

from __future__ import annotations

from typing import Any, Optional

from oncoev.extract.document import Metadata
from oncoev.extract.rules import regexes

RX = regexes("metadata")  # patterns/regex/metadata.yaml: the regular expressions of this module

HEAD = 6000  # about the first page


def normalize_doi(value: str) -> Optional[str]:
    """'https://doi.org/10.1000/ABC.' -> '10.1000/abc': DOIs compare case-insensitively."""
    m = RX.DOI_IN.search(value.strip())
    if not m:
        return None
    return m.group(0).rstrip(".,;)]").lower()


def _clean_title(title: str) -> Optional[str]:
    title = RX.SPACES.sub(" ", title).strip().rstrip(".")
    title = RX.ARTICLE_KIND.sub("", title).strip()
    if len(title.split()) < 3 or len(title.split()) > 40 or len(title) > 400:
        return None
    return title


def metadata_from_text(text: str, pdf_info: Optional[dict[str, Any]] = None,
                       biggest_type: Optional[str] = None) -> Metadata:
    """What the head of a text or PDF says about the paper (``pdf_info``: the PDF's document
    information dictionary; ``biggest_type``: the first page's largest-font text)."""
    head = text[:HEAD]
    info = {str(k).lower(): v for k, v in (pdf_info or {}).items() if isinstance(v, str)}
    meta = Metadata()
    for source in (info.get("doi", ""), info.get("subject", ""), head):
        m = RX.DOI.search(source) or (RX.BARE_DOI.search(source) if source is not head else None)
        if m:
            meta.doi = normalize_doi(m.group("doi"))
            break
    if meta.doi is None:
        bare = [m.group("doi") for m in RX.BARE_DOI.finditer(head)]
        if len(set(bare)) == 1:  # one DOI on the first page, with no "doi" before it
            meta.doi = normalize_doi(bare[0])
    m = RX.PMID.search(head)
    meta.pmid = m.group("id") if m else None
    m = RX.PMCID.search(head)
    meta.pmcid = m.group("id") if m else None

    m = RX.TITLE_LINE.search(head)
    title = _clean_title(m.group("title")) if m else None
    if title is None and info.get("title") and not RX.FILE_TITLE.search(info["title"].strip()):
        title = _clean_title(info["title"])
    if title is None and biggest_type:
        title = _clean_title(biggest_type)
    if title is None and pdf_info is None:
        first = RX.FIRST_LINE_TITLE.match(text)
        if first:
            title = _clean_title(first.group("title"))
    meta.title = title

    years: list[int] = []
    m = RX.CITATION.search(head)
    if m and not RX.PART_OF_A_PAPER.search(m.group("journal")):
        meta.journal = m.group("journal").strip(" ,.")
        years.append(int(m.group("year")))
    subject = info.get("subject", "")
    m = RX.JOURNAL_AND_YEAR.match(subject)
    if m:
        meta.journal = meta.journal or m.group("journal").strip()
        years.insert(0, int(m.group("year")))
    for pattern in (RX.AUTHOR_YEAR, RX.VOLUME_YEAR, RX.COPYRIGHT_YEAR, RX.PUBLISHED_YEAR):
        m = pattern.search(head)
        if m:
            years.append(int(m.group("year")))
    meta.year = years[0] if years else None
    return meta


def normalized_title(title: Optional[str]) -> Optional[str]:
    """A title reduced to its lower-case words: the same paper's title compares equal across formats."""
    if not title:
        return None
    words = RX.WORD_OR_NUMBER.findall(title.lower())
    return " ".join(words) if len(words) >= 4 else None
