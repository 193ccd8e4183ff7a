"""Read a paper from disk into :class:`Document` objects: text here, PDFs through ``pdf``, JATS
articles through ``jats``, PubMed citation sets through ``pubmed`` (one document per citation).

The kind is decided by the file's first bytes, not its name: ``%PDF-`` is a PDF, gzip is
unpacked on the fly, XML (``<?xml``, or a ``.xml``/``.nxml`` file starting with ``<``) is a JATS
article or a ``PubmedArticleSet`` by its root element; anything else is UTF-8 text.

Every reader keeps within :class:`~oncoev.limits.Limits` (file size, characters, and for PDFs pages,
characters and time per page, expanded size) and refuses with a :class:`~oncoev.limits.LimitError`
beyond them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from oncoev.errors import DocumentError
from oncoev.extract.document import Document, sha256_of
from oncoev.limits import LimitError, Limits, check_file_size, current

PDF_MAGIC = b"%PDF-"
XML_SUFFIXES = (".xml", ".nxml")
# What `evidence add` takes from a folder (a file named on its own is read whatever its name).
PAPER_SUFFIXES = (".txt", ".pdf", ".xml", ".nxml", ".gz")


def read_text_bytes(data: bytes, filename: str | None = None, limits: Limits | None = None) -> Document:
    """A text paper: UTF-8 (a BOM is dropped), one page, no tables; metadata from its first lines. The
    text is the decoded file, every character kept, so that offsets into it are offsets into the file's text."""
    name = filename or "input"
    limits = limits or current()
    if len(data) > 4 * limits.text_chars:  # UTF-8 spends at most 4 bytes on a character: too long, unread
        raise LimitError(f"{name}: the text has more than {limits.text_chars:,} characters, more than a paper",
                         "text_chars", limits.text_chars)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentError(f"{name}: not a text file (it holds binary data: a NUL byte at byte {nul}); "
                            "give a .txt, .pdf or .xml")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DocumentError(f"{name}: not UTF-8 text (byte {e.start}); convert it to UTF-8 first") from None
    if not text.strip():
        raise DocumentError(f"{name}: the file is empty")
    from oncoev.extract.metadata import metadata_from_text

    document = Document(text=text, media_type="text/plain", sha256=sha256_of(data), filename=filename,
                        metadata=metadata_from_text(text))
    check_document(document, limits)
    return document


def check_document(document: Document, limits: Limits | None = None) -> None:
    """Refuse a document whose text is longer than the ``text_chars`` limit (whatever read it)."""
    limits = limits or current()
    if len(document.text) > limits.text_chars:
        raise LimitError(f"{document.filename or 'input'}: the text has {len(document.text):,} characters, more "
                         "than a paper", "text_chars", limits.text_chars)


def _name(path: Path) -> str:
    """The file's name without a .gz: what the paper is called."""
    return path.name[:-3] if path.name.lower().endswith(".gz") else path.name


def _is_xml(head: bytes, path: Path) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<?xml"):
        return True
    return start.startswith(b"<") and Path(_name(path)).suffix.lower() in XML_SUFFIXES


def read_documents(path: str | Path, limits: Limits | None = None) -> Iterator[Document]:
    """Every paper in the file: one for a text, PDF or JATS file, one per citation for PubMed XML.

    A PubMed file is checked whole (streamed, nothing kept) before its first document is given,
    so a truncated or broken file raises :class:`DocumentError` before anything is stored.
    """
    from oncoev.extract.xml_io import check_prolog, open_stream, peek

    path = Path(path)
    limits = limits or current()
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    try:
        check_file_size(path, limits)
        with open_stream(path) as stream:
            head, _ = peek(stream, path.name)
    except OSError as e:
        raise DocumentError(f"{path}: cannot read the file: {e.strerror or e}") from None
    name = _name(path)
    if head.lstrip()[:5] == PDF_MAGIC or (path.suffix.lower() == ".pdf" and not _is_xml(head, path)):
        from oncoev.extract.pdf import read_pdf_bytes  # pdfplumber is only imported for PDFs

        document = read_pdf_bytes(_read_bytes(path), filename=path.name, limits=limits)
        check_document(document, limits)
        yield document
        return
    if not _is_xml(head, path):
        yield read_text_bytes(_read_all(path), filename=name, limits=limits)
        return
    root = check_prolog(head, path.name)
    if root == "PubmedArticleSet":
        from oncoev.extract.pubmed import iter_citations, validate_stream

        with open_stream(path) as stream:
            if validate_stream(peek(stream, path.name)[1], path.name) == 0:
                raise DocumentError(f"{path.name}: the PubMed file holds no <PubmedArticle> citations")
        with open_stream(path) as stream:
            for document in iter_citations(peek(stream, path.name)[1], name):
                check_document(document, limits)
                yield document
        return
    from oncoev.extract.jats import read_jats_bytes

    document = read_jats_bytes(_read_all(path), filename=name)
    check_document(document, limits)
    yield document


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise DocumentError(f"{path}: cannot read the file: {e.strerror or e}") from None


def _read_all(path: Path) -> bytes:
    from oncoev.extract.xml_io import MAX_ARTICLE_BYTES, open_stream, peek

    try:
        with open_stream(path) as stream:
            head, _rest = peek(stream, path.name, MAX_ARTICLE_BYTES + 1)
    except OSError as e:
        raise DocumentError(f"{path}: cannot read the file: {e.strerror or e}") from None
    if len(head) > MAX_ARTICLE_BYTES:
        raise DocumentError(f"{path.name}: more than {MAX_ARTICLE_BYTES // 2**20} MB; not one paper")
    return head


def read_document(path: str | Path, limits: Limits | None = None) -> Document:
    """The one paper in a .txt, .pdf, JATS .nxml/.xml (or any of them gzipped).

    A PubMed file holding several citations is refused here: `evidence add` reads them all.
    """
    docs = read_documents(path, limits)
    first = next(docs)
    extra = next(docs, None)
    if extra is not None:
        raise DocumentError(f"{path}: a PubMed file with several citations; `evidence add` stores each as a study, "
                            "`evidence extract` reads one paper")
    return first
