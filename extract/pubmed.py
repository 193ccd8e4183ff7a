"""Read PubMed / MEDLINE XML (``PubmedArticleSet``, plain or gzip) as one Document per citation.

The file is streamed with ``lxml.etree.iterparse``: each ``<PubmedArticle>`` is turned into a
Document as soon as it ends and then removed from the tree, so a 30,000-citation baseline file
never sits in memory whole (``bench/bench_pubmed.py`` measures it). The parser expands no entity
and fetches nothing (``xml_io``).

A citation's text: its title, a blank line, "Abstract", then the abstract (each labelled part of
a structured abstract as "RESULTS: ..."). Its metadata: PMID, DOI, PMCID, journal, year, authors.
Its ``sha256`` is that of the citation's own XML, so the same citation in two files is one
document.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Optional

from lxml import etree

from oncoev.errors import DocumentError
from oncoev.extract.document import Document, Metadata, Section, sha256_of
from oncoev.extract.jats import SPACES, inline_text
from oncoev.extract.metadata import normalize_doi
from oncoev.extract.xml_io import parser_options, syntax_error

CITATION_TAGS = ("PubmedArticle",)


def validate_stream(stream: IO[bytes], name: str) -> int:
    """Parse the whole stream once without keeping anything; the number of citations.

    Run before anything is stored, so that a truncated or broken file changes nothing.
    """
    count = 0
    for _, el in _events(stream, name):
        count += 1
        _release(el)
    return count


def iter_citations(stream: IO[bytes], name: str) -> Iterator[Document]:
    """One Document per citation, in file order, streamed."""
    for _, el in _events(stream, name):
        try:
            doc = citation_document(el, name)
        finally:
            _release(el)
        if doc is not None:
            yield doc


def _events(stream: IO[bytes], name: str) -> Iterator[tuple[str, etree._Element]]:
    seen_root = False
    try:
        for event, el in etree.iterparse(stream, events=("start", "end"), **parser_options()):
            if event == "start":
                if not seen_root:
                    seen_root = True
                    if el.tag != "PubmedArticleSet":
                        raise DocumentError(f"{name}: not a PubMed XML file (its root element is <{el.tag}>, "
                                            "not <PubmedArticleSet>)")
                continue
            if el.tag in CITATION_TAGS:
                yield event, el
    except etree.XMLSyntaxError as e:
        raise syntax_error(name, e) from None


def _release(el: etree._Element) -> None:
    """Drop a handled citation and everything before it, so the tree never grows."""
    el.clear(keep_tail=False)
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]


def _text(el: Optional[etree._Element]) -> str:
    return inline_text(el).strip() if el is not None else ""


def citation_document(article: etree._Element, name: str) -> Optional[Document]:
    citation = article.find("MedlineCitation")
    if citation is None:
        return None
    meta = citation_metadata(article)
    art = citation.find("Article")
    parts: list[str] = []
    sections: list[Section] = []
    length = 0

    def add(s: str) -> int:
        nonlocal length
        start = length
        parts.append(s)
        length += len(s)
        return start

    if meta.title:
        add(meta.title)
    abstract = art.find("Abstract") if art is not None else None
    if abstract is None:
        abstract = citation.find("OtherAbstract")
    if abstract is not None:
        texts = abstract.findall("AbstractText")
        if texts:
            if parts:
                add("\n\n")
            sections.append(Section("Abstract", add("Abstract"), "abstract"))
            for t in texts:
                body = _text(t)
                if not body:
                    continue
                label = (t.get("Label") or "").strip()
                add("\n\n")
                add(f"{label}: {body}" if label else body)
    text = "".join(parts).strip()
    if not text:
        return None
    citation_xml = etree.tostring(article, encoding="utf-8")
    filename = f"{name}#PMID{meta.pmid}" if meta.pmid else name
    return Document(text=text + "\n", media_type="application/vnd.pubmed+xml", sha256=sha256_of(citation_xml),
                    filename=filename, metadata=meta, sections=sections)


def citation_metadata(article: etree._Element) -> Metadata:
    citation = article.find("MedlineCitation")
    art = citation.find("Article") if citation is not None else None
    meta = Metadata()
    pmid = citation.find("PMID") if citation is not None else None
    meta.pmid = (pmid.text or "").strip() or None if pmid is not None else None
    if art is not None:
        meta.title = _text(art.find("ArticleTitle")) or _text(art.find("VernacularTitle")) or None
        journal = art.find("Journal")
        if journal is not None:
            meta.journal = _text(journal.find("Title")) or _text(journal.find("ISOAbbreviation")) or None
            meta.year = _year(journal.find("JournalIssue/PubDate"))
        for loc in art.findall("ELocationID"):
            if loc.get("EIdType") == "doi" and loc.get("ValidYN", "Y") == "Y":
                meta.doi = normalize_doi(loc.text or "")
        for author in art.findall("AuthorList/Author"):
            fore = author.find("ForeName")
            last, fore = _text(author.find("LastName")), _text(fore if fore is not None else author.find("Initials"))
            if last:
                meta.authors.append(f"{last} {fore}".strip())
            elif _text(author.find("CollectiveName")):
                meta.authors.append(_text(author.find("CollectiveName")))
    if meta.year is None and art is not None:
        meta.year = _year(art.find("ArticleDate"))
    for aid in article.findall("PubmedData/ArticleIdList/ArticleId"):
        kind, value = aid.get("IdType"), (aid.text or "").strip()
        if kind == "doi" and meta.doi is None:
            meta.doi = normalize_doi(value)
        elif kind == "pmc" and value:
            meta.pmcid = value if value.upper().startswith("PMC") else f"PMC{value}"
        elif kind == "pubmed" and meta.pmid is None and value:
            meta.pmid = value
    return meta


def _year(date: Optional[etree._Element]) -> Optional[int]:
    if date is None:
        return None
    year = date.find("Year")
    if year is not None and (year.text or "").strip().isdigit():
        return int(year.text.strip())
    medline = SPACES.sub(" ", date.findtext("MedlineDate") or "")
    for token in medline.split():
        if token[:4].isdigit():
            return int(token[:4])
    return None
