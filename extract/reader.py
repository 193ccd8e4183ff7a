"""Read a paper from disk into :class:`Document` objects: text here, PDFs through ``pdf``, JATS
articles through ``jats``, PubMed citation sets through ``pubmed`` (one document per citation).

The kind is decided by the file's first bytes, not its name: ``%PDF-`` is a PDF, gzip is
unpacked on the fly, XML (``<?xml``, or a ``.xml``/``.nxml`` file starting with ``<``) is a JATS
article or a ``PubmedArticleSet`` by its root element; anything else is UTF-8 text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from oncoev.errors import DocumentError
from oncoev.extract.document import Document, sha256_of

PDF_MAGIC = b"%PDF-"
XML_SUFFIXES = (".xml", ".nxml")
# What `evidence add` takes from a folder.
PAPER_SUFFIXES = (".txt", ".pdf", ".xml", ".nxml", ".gz")


def read_text_bytes(data: bytes, filename: str | None = None) -> Document:
    """A text paper: UTF-8 (a BOM is dropped), one page, no tables; metadata from its first lines."""
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{filename or 'input'}: not a text file (it holds binary data); "
                            "give a .txt, .pdf or .xml")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DocumentError(f"{filename or 'input'}: not UTF-8 text (byte {e.start}); "
                            "convert it to UTF-8 first") from None
    if not text.strip():
        raise DocumentError(f"{filename or 'input'}: the file is empty")
    from oncoev.extract.metadata import metadata_from_text

    return Document(text=text, media_type="text/plain", sha256=sha256_of(data), filename=filename,
                    metadata=metadata_from_text(text))


def _name(path: Path) -> str:
    """The file's name without a .gz: what the paper is called."""
    return path.name[:-3] if path.name.lower().endswith(".gz") else path.name


def _is_xml(head: bytes, path: Path) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<?xml"):
        return True
    return start.startswith(b"<") and Path(_name(path)).suffix.lower() in XML_SUFFIXES


def read_documents(path: str | Path) -> Iterator[Document]:
    """Every paper in the file: one for a text, PDF or JATS file, one per citation for PubMed XML.

    A PubMed file is checked whole (streamed, nothing kept) before its first document is given,
    so a truncated or broken file raises :class:`DocumentError` before anything is stored.
    """
    from oncoev.extract.xml_io import check_prolog, open_stream, peek

    path = Path(path)
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    name = _name(path)
    with open_stream(path) as stream:
        head, _ = peek(stream, path.name)
    if head.lstrip()[:5] == PDF_MAGIC or (path.suffix.lower() == ".pdf" and not _is_xml(head, path)):
        from oncoev.extract.pdf import read_pdf_bytes  # pdfplumber is only imported for PDFs

        yield read_pdf_bytes(path.read_bytes(), filename=path.name)
        return
    if not _is_xml(head, path):
        yield read_text_bytes(_read_all(path), filename=name)
        return
    root = check_prolog(head, path.name)
    if root == "PubmedArticleSet":
        from oncoev.extract.pubmed import iter_citations, validate_stream

        with open_stream(path) as stream:
            if validate_stream(peek(stream, path.name)[1], path.name) == 0:
                raise DocumentError(f"{path.name}: the PubMed file holds no <PubmedArticle> citations")
        with open_stream(path) as stream:
            yield from iter_citations(peek(stream, path.name)[1], name)
        return
    from oncoev.extract.jats import read_jats_bytes

    yield read_jats_bytes(_read_all(path), filename=name)


def _read_all(path: Path) -> bytes:
    from oncoev.extract.xml_io import MAX_ARTICLE_BYTES, open_stream, peek

    with open_stream(path) as stream:
        head, rest = peek(stream, path.name, MAX_ARTICLE_BYTES + 1)
    if len(head) > MAX_ARTICLE_BYTES:
        raise DocumentError(f"{path.name}: more than {MAX_ARTICLE_BYTES // 2**20} MB; not one paper")
    return head


def read_document(path: str | Path) -> Document:
    """The one paper in a .txt, .pdf, JATS .nxml/.xml (or any of them gzipped).

    A PubMed file holding several citations is refused here: `evidence add` reads them all.
    """
    docs = read_documents(path)
    first = next(docs)
    extra = next(docs, None)
    if extra is not None:
        raise DocumentError(f"{path}: a PubMed file with several citations; `evidence add` stores each as a study, "
                            "`evidence extract` reads one paper")
    return first
