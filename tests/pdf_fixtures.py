"""Small PDFs written byte by byte, so that tests control every position, size and label."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# (x, y, font size, text); y grows upwards from the bottom of the page, as in PDF.
TextRun = tuple[float, float, float, str]
BEAMER_PAGE = (362.835, 272.126)


@dataclass(frozen=True)
class Picture:
    """A 1-pixel image drawn over a box, or a form XObject (an embedded figure) holding text runs."""

    x: float
    y: float
    width: float
    height: float
    # Runs inside the form, in its own coordinates; None for an image.
    runs: tuple[TextRun, ...] | None = None
    # An image's size in pixels (grey, every pixel the same).
    pixels: tuple[int, int] = (1, 1)
    # A drawing in the image, told by its number (0: none): compressed, each drawing is data of its own length, as
    # two figures of one size are.
    drawing: int = 0


def make_pdf(
    path: Path,
    pages: Sequence[Sequence[TextRun]],
    size: tuple[float, float] = BEAMER_PAGE,
    labels: Sequence[str] | None = None,
    title: str | None = None,
    pictures: dict[int, Sequence[Picture]] | None = None,
    bookmarks: Sequence[tuple[str, int]] = (),
    looped: bool = False,
    backdrop: bool = False,
    shapes: dict[int, Sequence[tuple[float, float, float, float]]] | None = None,
) -> Path:
    """Write a PDF with one page per entry of ``pages``, in Helvetica; ``pictures`` by page index;
    ``bookmarks`` as (title, page index) at the top of the outline (``looped``: the last one's next is
    the first, a loop a hostile file may hold); ``backdrop``: each page first fills itself with white, as
    slide programs export a slide's background; ``shapes``: rectangles (x, y, width, height) drawn by page index."""
    page_count = len(pages)
    font_id = 3 + 2 * page_count
    info_id = font_id + 1
    symbol_id, cmap_id, math_id, mono_id = info_id + 1, info_id + 2, info_id + 3, info_id + 4
    next_id = info_id + 5
    objects: dict[int, bytes] = {}
    catalog = b"<< /Type /Catalog /Pages 2 0 R"
    if labels is not None:
        numbers = b" ".join(b"%d << /P (%s) >>" % (i, label.encode()) for i, label in enumerate(labels))
        catalog += b" /PageLabels << /Nums [" + numbers + b"] >>"
    if bookmarks:
        catalog += b" /Outlines %d 0 R" % next_id
    objects[1] = catalog + b" >>"
    if bookmarks:
        root, first = next_id, next_id + 1
        last = first + len(bookmarks) - 1
        objects[root] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (first, last, len(bookmarks))
        for number, (name, page) in enumerate(bookmarks):
            item = first + number
            links = b" /Prev %d 0 R" % (item - 1) if number else b""
            if number < len(bookmarks) - 1 or looped:
                links += b" /Next %d 0 R" % (item + 1 if number < len(bookmarks) - 1 else first)
            objects[item] = b"<< /Title (%s) /Parent %d 0 R%s /Dest [%d 0 R /XYZ null null null] >>" % (
                name.encode(),
                root,
                links,
                3 + 2 * page,
            )
        next_id = last + 1
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(page_count))
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, page_count)
    width, height = size
    for index, runs in enumerate(pages):
        page_id, content_id = 3 + 2 * index, 4 + 2 * index
        names: list[bytes] = []
        drawn: list[bytes] = []
        for number, picture in enumerate((pictures or {}).get(index, ())):
            objects[next_id] = _xobject(picture, font_id)
            names.append(b"/X%d %d 0 R" % (number, next_id))
            scale = (picture.width, picture.height) if picture.runs is None else (1.0, 1.0)
            drawn.append(b"q %.2f 0 0 %.2f %.2f %.2f cm /X%d Do Q" % (*scale, picture.x, picture.y, number))
            next_id += 1
        xobjects = b" /XObject << " + b" ".join(names) + b" >>" if names else b""
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R "
            b"/F3 %d 0 R /F4 %d 0 R >>%s >> /Contents %d 0 R >>"
            % (width, height, font_id, symbol_id, math_id, mono_id, xobjects, content_id)
        )
        fill = [b"q 1 g 0 0 %.3f %.3f re f Q" % (width, height)] if backdrop else []
        outlined = [b"q %.2f %.2f %.2f %.2f re S Q" % box for box in (shapes or {}).get(index, ())]
        stream = b"\n".join([*fill, *outlined, _text(runs), *drawn])
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    objects[font_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objects[symbol_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /ToUnicode %d 0 R >>" % cmap_id
    objects[cmap_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_SYMBOL_CMAP), _SYMBOL_CMAP)
    objects[math_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /CMMI10 /Encoding /WinAnsiEncoding >>"
    objects[mono_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    objects[info_id] = b"<< /Title (%s) >>" % (title or "").encode()
    path.write_bytes(_assemble(objects, info_id))
    return path


# A symbol font's marks as PowerPoint's PDF export writes them: each code U+F000 above it, in the private use area.
_SYMBOL_CMAP = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Symbol-UCS def /CMapType 2 def\n"
    b"1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange <20> <FF> <F020> endbfrange\n"
    b"endcmap CMapName currentdict /CMap defineresource pop end end"
)


def _text(runs: Sequence[TextRun]) -> bytes:
    """Text in Helvetica; a run of private-use characters (U+F0xx) in the symbol font, as its codes; a run written
    "$…$" in TeX's math italic (CMMI10), and one written "`…`" in Courier, without their marks."""
    return b"\n".join(_shown(*run) for run in runs)


def _shown(x: float, y: float, size: float, text: str) -> bytes:
    symbols = bool(text) and all(0xF020 <= ord(c) <= 0xF0FF for c in text)
    math = len(text) > 2 and text.startswith("$") and text.endswith("$")
    mono = len(text) > 2 and text.startswith("`") and text.endswith("`")
    if symbols:
        font, codes = b"F2", bytes(ord(c) - 0xF000 for c in text)
    elif math or mono:
        font, codes = (b"F3" if math else b"F4"), text[1:-1].encode("cp1252")
    else:
        font, codes = b"F1", text.encode("cp1252")
    return b"BT /%s %.1f Tf %.2f %.2f Td <%s> Tj ET" % (font, size, x, y, codes.hex().encode())


def _xobject(picture: Picture, font_id: int) -> bytes:
    if picture.runs is None:
        width, height = picture.pixels
        if picture.drawing:
            data = zlib.compress(bytes(i * picture.drawing // 7 % 256 for i in range(width * height)))
            return (
                b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
                % (width, height, len(data), data)
            )
        return (
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream"
            % (width, height, width * height, b"\x80" * (width * height))
        )
    content = _text(picture.runs)
    return (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 %.2f %.2f] /Resources << /Font << /F1 %d 0 R >> >> "
        b"/Length %d >>\nstream\n%s\nendstream" % (picture.width, picture.height, font_id, len(content), content)
    )


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
