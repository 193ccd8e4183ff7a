"""Read a paper from disk into a :class:`Document`: plain text here, PDFs through ``pdf``.

Every reader keeps within :class:`~oncoev.limits.Limits` (file size, characters, and for PDFs pages,
characters and time per page, expanded size) and refuses with a :class:`~oncoev.limits.LimitError`
beyond them.
"""

from __future__ import annotations

from pathlib import Path

from oncoev.errors import DocumentError
from oncoev.extract.document import Document, sha256_of
from oncoev.limits import LimitError, Limits, current

PDF_MAGIC = b"%PDF-"
# The suffixes a folder is searched for (a file named on its own is read whatever its name).
PAPER_SUFFIXES = (".txt", ".pdf")


def read_text_bytes(data: bytes, filename: str | None = None, limits: Limits | None = None) -> Document:
    """A text paper: UTF-8 (a BOM is dropped), one page, no tables. The text is the decoded file,
    every character kept, so that offsets into it are offsets into the file's text."""
    name = filename or "input"
    limits = limits or current()
    if len(data) > 4 * limits.text_chars:  # UTF-8 spends at most 4 bytes on a character: too long, unread
        raise LimitError(f"{name}: the text has more than {limits.text_chars:,} characters, more than a paper",
                         "text_chars", limits.text_chars)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentError(f"{name}: not a text file (it holds binary data: a NUL byte at byte {nul}); "
                            "give a .txt or a .pdf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DocumentError(f"{name}: not UTF-8 text (byte {e.start}); convert it to UTF-8 first") from None
    if not text.strip():
        raise DocumentError(f"{name}: the file is empty")
    document = Document(text=text, media_type="text/plain", sha256=sha256_of(data), filename=filename)
    check_document(document, limits)
    return document


def check_document(document: Document, limits: Limits | None = None) -> None:
    """Refuse a document whose text is longer than the ``text_chars`` limit (whatever read it)."""
    limits = limits or current()
    if len(document.text) > limits.text_chars:
        raise LimitError(f"{document.filename or 'input'}: the text has {len(document.text):,} characters, more "
                         "than a paper", "text_chars", limits.text_chars)


def read_document(path: str | Path, limits: Limits | None = None) -> Document:
    """Read a .txt or .pdf paper; the kind is decided by the file's first bytes, not its name."""
    path = Path(path)
    limits = limits or current()
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    try:
        size = path.stat().st_size
        if size > limits.file_mb * 1e6:
            raise LimitError(f"{path}: the file has {size / 1e6:,.1f} MB", "file_mb", limits.file_mb)
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(f"{path}: cannot read the file: {e.strerror or e}") from None
    if data.lstrip()[:5] == PDF_MAGIC or path.suffix.lower() == ".pdf":
        from oncoev.extract.pdf import read_pdf_bytes  # pdfplumber is only imported for PDFs

        document = read_pdf_bytes(data, filename=path.name, limits=limits)
    else:
        document = read_text_bytes(data, filename=path.name, limits=limits)
    check_document(document, limits)
    return document
