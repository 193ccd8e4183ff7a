"""Hostile inputs, built on the fly: what an attacker (or a broken tool) hands `evidence add`, `load` and
`apply`. tests/test_limits.py checks each is refused; bench/bench_safety.py times them.

The PDFs are written by hand (one page, Helvetica, a FlateDecode content stream), so that their
content streams can be made as large or as compressible as wanted.
"""

from __future__ import annotations

import zlib

SENTENCE = "In 40 patients the 2-year overall survival was 61.2% and local control 80.0%. "


def one_line_text(mb: float) -> bytes:
    """A text of ``mb`` MB on a single line (no newline at all)."""
    return (SENTENCE * int(mb * 1e6 / len(SENTENCE) + 1)).encode()[: int(mb * 1e6)]


def long_text(mb: float) -> bytes:
    """A text of ``mb`` MB in short paragraphs."""
    para = (SENTENCE * 5).strip() + "\n\n"
    return (para * int(mb * 1e6 / len(para) + 1)).encode()[: int(mb * 1e6)]


def text_with_nul(at: int = 10_000) -> bytes:
    """A real-looking text with one NUL byte far from its start."""
    body = long_text(0.05)
    return body[:at] + b"\x00" + body[at:]


def _pdf(content: bytes) -> bytes:
    """A one-page PDF whose page draws ``content`` (compressed with FlateDecode)."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_text_operators(mb: float) -> bytes:
    """A small PDF whose one page draws ``mb`` MB of text operators (the same line again and again)."""
    line = b"BT /F1 9 Tf 50 400 Td (" + SENTENCE.encode() + b") Tj ET\n"
    return _pdf(line * int(mb * 1e6 / len(line)))


def pdf_path_operators(mb: float) -> bytes:
    """A small PDF whose one page draws ``mb`` MB of tiny line segments (no text): slow to lay out."""
    line = b"10 10 m 11 11 l S\n"
    return _pdf(line * int(mb * 1e6 / len(line)))


def pdf_bomb(expanded_mb: float) -> bytes:
    """A PDF of about a thousandth of ``expanded_mb`` whose page content expands to ``expanded_mb`` MB
    (white space, which a content stream may hold any amount of)."""
    return _pdf(b"BT /F1 9 Tf 50 400 Td (x) Tj ET\n" + b" " * int(expanded_mb * 1e6))


def deep_json(depth: int) -> str:
    """A JSON text nesting lists ``depth`` deep."""
    return "[" * depth + "]" * depth


def yaml_alias_bomb(review_text: str, levels: int = 9, width: int = 9) -> str:
    """``review_text`` with a billion-laughs value in the first entry's note: ``width`` ** ``levels``
    values once every alias is expanded (9 ** 9 = 387 million)."""
    parts = [f"&a0 [{', '.join(['lol'] * width)}]"]
    for i in range(1, levels):
        parts.append(f"&a{i} [{', '.join([f'*a{i - 1}'] * width)}]")
    note = f"  note: [{', '.join(parts)}]\n"
    head, sep, rest = review_text.partition("  status: pending\n")
    assert sep, "the review file has no pending entry"
    return head + sep + note + rest
