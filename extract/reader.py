"""Read a paper from disk into a :class:`Document`: plain text here, PDFs through ``pdf``."""

from __future__ import annotations

from pathlib import Path

from oncoev.errors import DocumentError
from oncoev.extract.document import Document, sha256_of

PDF_MAGIC = b"%PDF-"


def read_text_bytes(data: bytes, filename: str | None = None) -> Document:
    """A text paper: UTF-8 (a BOM is dropped), one page, no tables."""
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{filename or 'input'}: not a text file (it holds binary data); "
                            "give a .txt or a .pdf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DocumentError(f"{filename or 'input'}: not UTF-8 text (byte {e.start}); "
                            "convert it to UTF-8 first") from None
    if not text.strip():
        raise DocumentError(f"{filename or 'input'}: the file is empty")
    return Document(text=text, media_type="text/plain", sha256=sha256_of(data), filename=filename)


def read_document(path: str | Path) -> Document:
    """Read a .txt or .pdf paper; the kind is decided by the file's first bytes, not its name."""
    path = Path(path)
    if not path.is_file():
        raise DocumentError(f"{path}: no such file")
    data = path.read_bytes()
    if data.lstrip()[:5] == PDF_MAGIC or path.suffix.lower() == ".pdf":
        from oncoev.extract.pdf import read_pdf_bytes  # pdfplumber is only imported for PDFs

        return read_pdf_bytes(data, filename=path.name)
    return read_text_bytes(data, filename=path.name)
