"""Opening XML papers safely: one parser configuration for every XML reader, and clear errors.

Papers come from outside, so the parser never expands entities, never reads a DTD, never goes to
the network and refuses huge text nodes or deep nesting (lxml's ``huge_tree`` stays off). A
document that declares entities of its own in an internal DTD subset (the "billion laughs" bomb,
external entities pointing at local files or URLs) is refused before parsing: JATS and PubMed
files use only character references (``&#x2009;``), never declared entities.

Gzip files (``.xml.gz``, PubMed's baseline distribution) are read through ``gzip`` as a stream,
never unpacked whole into memory.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from pathlib import Path
from typing import IO, Optional

from lxml import etree

from oncoev.errors import DocumentError
from oncoev.extract.rules import regexes

RX = regexes("xml_io")  # patterns/regex/xml_io.yaml: the regular expressions of this module

GZIP_MAGIC = b"\x1f\x8b"
# Bigger than any real article (PMC's largest are a few MB); a single JATS file is parsed whole.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
# How far into a file its prolog (XML declaration, DOCTYPE) may reach before the root element.
PROLOG_LIMIT = 64 * 1024

ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.I)
ROOT_START = re.compile(rb"<(?![?!])([A-Za-z_][\w.:-]*)")


def parser_options() -> dict:
    """Keyword arguments for ``etree.XMLParser`` and ``etree.iterparse``: nothing expanded or fetched."""
    return {"resolve_entities": False, "no_network": True, "load_dtd": False, "dtd_validation": False,
            "huge_tree": False, "remove_comments": True, "remove_pis": True}


def secure_parser() -> etree.XMLParser:
    return etree.XMLParser(**parser_options())


def check_prolog(head: bytes, name: str) -> str:
    """The root element's name, read from the first bytes; refuses declared entities.

    ``head`` is the start of the (decompressed) file, at least up to the root element.
    """
    text = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    root = ROOT_START.search(text)
    if root is None:
        if not text.lstrip().startswith(b"<"):
            raise DocumentError(f"{name}: not XML (it does not start with '<'); give a JATS .nxml, a PubMed "
                                "XML, a .txt or a .pdf")
        raise DocumentError(f"{name}: no root element in the first {PROLOG_LIMIT // 1024} KB; the file is "
                            "truncated or not XML")
    prolog = text[:root.start()]
    if ENTITY_DECLARATION.search(prolog):
        raise DocumentError(f"{name}: the XML declares entities of its own (<!ENTITY ...>), as XML bombs and "
                            "external-entity attacks do; refused. Papers from PMC or PubMed never do this")
    return root.group(1).decode("ascii", "replace").split(":")[-1]


def open_stream(path: Path) -> IO[bytes]:
    """The file's bytes as a stream, decompressed on the fly when it is gzip."""
    raw = path.open("rb")
    if raw.read(2) == GZIP_MAGIC:
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw, mode="rb")
    raw.seek(0)
    return raw


def peek(stream: IO[bytes], name: str, size: int = PROLOG_LIMIT) -> tuple[bytes, IO[bytes]]:
    """The first ``size`` bytes of ``stream`` and a stream that still starts at the beginning."""
    try:
        head = stream.read(size)
    except (OSError, EOFError, zlib.error) as e:
        raise DocumentError(f"{name}: corrupt gzip file ({e})") from None
    return head, _Chained(head, stream)


class _Chained(io.RawIOBase):
    """``head`` followed by the rest of ``stream``: a peeked-at stream, readable from its start."""

    def __init__(self, head: bytes, stream: IO[bytes]):
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        try:
            data = self._stream.read(len(buffer))
        except (OSError, EOFError, zlib.error) as e:
            raise DocumentError(f"corrupt or truncated gzip stream ({e})") from None
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


def syntax_error(name: str, e: Exception) -> DocumentError:
    """One clear message for a file lxml could not parse: truncated, wrong encoding, not well-formed."""
    message = str(e)
    line = getattr(e, "lineno", None) or getattr(getattr(e, "position", None), "__getitem__", lambda i: None)(0)
    where = f" (line {line})" if line else ""
    if RX.ENCODING_ERROR.search(message):
        return DocumentError(f"{name}: the XML's bytes do not match its declared encoding{where}: {message}; "
                             "save it as UTF-8 or declare the encoding it is in")
    if RX.TRUNCATED_ERROR.search(message):
        return DocumentError(f"{name}: the XML is truncated or not well-formed{where}: {message}")
    return DocumentError(f"{name}: not well-formed XML{where}: {message}")


def parse_article(data: bytes, name: str) -> etree._ElementTree:
    """Parse a whole (small) XML file safely; :class:`DocumentError` when it cannot be."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise DocumentError(f"{name}: {len(data) / 2**20:.0f} MB is more than an article "
                            f"({MAX_ARTICLE_BYTES // 2**20} MB at most)")
    check_prolog(data[:PROLOG_LIMIT], name)
    try:
        root = etree.fromstring(data, secure_parser())
    except etree.XMLSyntaxError as e:
        raise syntax_error(name, e) from None
    if root is None:
        raise DocumentError(f"{name}: the XML has no root element")
    return root.getroottree()


def local(tag: object) -> Optional[str]:
    """An element's tag without its namespace; None for comments and processing instructions."""
    if not isinstance(tag, str):
        return None
    return tag.rsplit("}", 1)[-1]
