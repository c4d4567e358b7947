"""Small PDFs written byte by byte, so that tests control every position, size and label."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# (x, y, font size, text); y grows upwards from the bottom of the page, as in PDF.
TextRun = tuple[float, float, float, str]
BEAMER_PAGE = (362.835, 272.126)


def make_pdf(
    path: Path,
    pages: Sequence[Sequence[TextRun]],
    size: tuple[float, float] = BEAMER_PAGE,
    labels: Sequence[str] | None = None,
    title: str | None = None,
) -> Path:
    """Write a PDF with one page per entry of ``pages``, in Helvetica."""
    page_count = len(pages)
    font_id = 3 + 2 * page_count
    info_id = font_id + 1
    objects: dict[int, bytes] = {}
    catalog = b"<< /Type /Catalog /Pages 2 0 R"
    if labels is not None:
        numbers = b" ".join(b"%d << /P (%s) >>" % (i, label.encode()) for i, label in enumerate(labels))
        catalog += b" /PageLabels << /Nums [" + numbers + b"] >>"
    objects[1] = catalog + b" >>"
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(page_count))
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, page_count)
    width, height = size
    for index, runs in enumerate(pages):
        page_id, content_id = 3 + 2 * index, 4 + 2 * index
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] /Resources << /Font << /F1 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (width, height, font_id, content_id)
        )
        stream = b"\n".join(
            b"BT /F1 %.1f Tf %.2f %.2f Td <%s> Tj ET" % (s, x, y, text.encode("cp1252").hex().encode())
            for x, y, s, text in runs
        )
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    objects[font_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[info_id] = b"<< /Title (%s) >>" % (title or "").encode()
    path.write_bytes(_assemble(objects, info_id))
    return path


def _assemble(objects: dict[int, bytes], info_id: int) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    count = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for number in range(1, count):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count, info_id, xref)
    return bytes(out)


def slide(title: str, *lines: str, footer: str = "A. Lovelace | Job talk", page: int = 1) -> list[TextRun]:
    """A Beamer-like page: a 14 pt title at the top, 10 pt body lines, a 6 pt footer with a page number."""
    runs: list[TextRun] = [(20, 245, 14.3, title)] if title else []
    runs += [(28, 200 - 16 * i, 10.0, line) for i, line in enumerate(lines)]
    runs += [(10, 4, 6.0, footer), (330, 4, 6.0, f"{page} / 30")]
    return runs
