"""Exported talks as PDF (``.pdf``), read with PDFium (pypdfium2).

One page is one slide, except that overlay pages (Beamer's ``\\pause``,
PowerPoint's build-up exports) are merged into the slide they build. Layout
decisions live in ``pdf_layout``; this module only gets positioned text and
the boxes of pictures and drawings out of PDFium, within limits, so that a
hostile PDF cannot hang talklint or exhaust its memory.

Text inside a form XObject smaller than the page is a figure's text (axis
labels, legends of an included plot): the audience sees a picture, so it is
a picture here too. A form as large as the page only wraps the page's own
content (some exporters do that), and is read through.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from talklint import budget, limits
from talklint.errors import ParseError, one_line
from talklint.model import ParseWarning, Talk
from talklint.parsers.common import finish_talk
from talklint.parsers.pdf.layout import (
    Box,
    Page,
    Run,
    body_size,
    find_chrome,
    group_overlays,
    has_notes_screen,
    read_page,
    slide_of,
    split_notes_screen,
)
from talklint.parsers.source import read_bytes

NOTES_ABSENT = "absent: this PDF holds the slides only (export with notes to have them linted)"
# A form XObject covering less than this share of the page is a figure, not a wrapper of the page.
WRAPPER_SHARE = 0.7
MAX_FORM_DEPTH = 8
_TEXT, _PATH, _IMAGE, _SHADING, _FORM = 1, 2, 3, 4, 5


def parse_pdf_talk(path: Path) -> Talk:
    data = read_bytes(path, "MAX_PDF_BYTES")
    check_streams(data)
    document = _open_document(data)
    try:
        warnings: list[ParseWarning] = []
        pages, labelled = _read_pages(document, warnings)
        title = _document_title(document)
    finally:
        document.close()
    if not any(page.runs for page in pages):
        raise ParseError("no text layer (a scanned or image-only PDF?); export the talk with text or lint its source")
    notes_screen = has_notes_screen(pages)
    if notes_screen:
        pages = [split_notes_screen(page) for page in pages]
    chrome = find_chrome(pages, labelled)
    # The title page is all title: the deck's body text is on the pages after it.
    size = body_size(pages[1:] or pages)
    texts = [read_page(page, chrome, size) for page in pages]
    slides = tuple(slide_of(number, group) for number, group in enumerate(group_overlays(texts, labelled), start=1))
    metadata: dict[str, object] = {
        "pages": len(pages),
        "notes": "from the notes screen beside each slide" if notes_screen else NOTES_ABSENT,
    }
    title = title or next((s.title for s in slides if s.title), "")
    talk = Talk(
        path=path,
        format="pdf",
        slides=slides,
        title=title,
        metadata=metadata,
        warnings=tuple(warnings),
        is_deck=True,
    )
    return finish_talk(talk)


# A slide's content stream is kilobytes, a detailed plot a few megabytes; PDFium inflates a stream
# whole in memory, so a 200 KB file could otherwise cost gigabytes.
_STREAM = re.compile(rb"stream\r?\n")
_CHUNK = 1 << 20


def check_streams(data: bytes) -> None:
    """Inflate every Flate stream except images (PDFium only decodes those to render) in bounded steps.

    Raises ``ParseError`` naming the limit when one inflates past ``limits.MAX_PDF_STREAM_BYTES``.
    """
    import zlib

    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - 512) : match.start()]
        dictionary = head[head.rfind(b"<<") :]
        if b"FlateDecode" not in dictionary or b"/Image" in dictionary:
            continue
        inflater = zlib.decompressobj()
        limit = limits.MAX_PDF_STREAM_BYTES
        size = 0
        position = match.end()
        try:
            while not inflater.eof and position < len(data) and size <= limit:
                size += len(inflater.decompress(data[position : position + _CHUNK], limit + 1 - size))
                while inflater.unconsumed_tail and size <= limit:
                    size += len(inflater.decompress(inflater.unconsumed_tail, limit + 1 - size))
                position += _CHUNK
        except zlib.error:
            continue  # PDFium reports a broken stream itself, or repairs around it
        if size > limit:
            raise ParseError(f"a stream (at byte {match.start():,}) inflates " + limits.beyond("MAX_PDF_STREAM_BYTES"))


def _open_document(data: bytes) -> Any:
    if b"%PDF-" not in data[:1024]:
        raise ParseError("not a PDF (no %PDF- header)")
    import pypdfium2 as pdfium  # imported here: only PDF talks need it

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise ParseError("encrypted PDF that needs a password; export it without protection") from None
        raise ParseError(f"malformed PDF ({one_line(error)})") from None


def _read_pages(document: Any, warnings: list[ParseWarning]) -> tuple[list[Page], bool]:
    import pypdfium2 as pdfium

    count = len(document)
    if count > limits.MAX_SLIDES:
        raise ParseError(f"the PDF has {count:,} pages, " + limits.beyond("MAX_SLIDES"))
    labels = [_page_label(document, index) for index in range(count)]
    pages: list[Page] = []
    objects = 0
    try:
        for index in range(count):
            budget.check()
            page, drawn = _read_page(document, index, labels[index], warnings)
            objects += drawn
            if objects > limits.MAX_PDF_OBJECTS:
                raise ParseError(
                    f"the PDF's drawing objects up to page {index + 1} are " + limits.beyond("MAX_PDF_OBJECTS")
                )
            pages.append(page)
    except pdfium.PdfiumError as error:
        raise ParseError(f"malformed PDF ({one_line(error)})") from None
    return pages, any(labels)


def _page_label(document: Any, index: int) -> str:
    try:
        return str(document.get_page_label(index) or "")
    except Exception:  # labels are optional and sometimes broken; pages are still read
        return ""


def _read_page(document: Any, index: int, label: str, warnings: list[ParseWarning]) -> tuple[Page, int]:
    """The page, and how many drawing objects were read to make it."""
    page = document[index]
    textpage = page.get_textpage()
    try:
        left, bottom, right, top = page.get_mediabox()
        width, height = abs(right - left), abs(top - bottom)
        result = Page(index + 1, width, height, [], label)
        seen = 0
        for obj, in_figure in _objects(page, width * height):
            seen += 1
            if seen % 1000 == 0:
                budget.check()
            if seen > limits.MAX_PAGE_OBJECTS:
                objects = limits.beyond("MAX_PAGE_OBJECTS", advice="the rest were not read")
                warnings.append(ParseWarning(f"page {index + 1} draws objects {objects}"))
                break
            _take(obj, in_figure, textpage, (left, bottom), result)
        return result, seen
    finally:
        textpage.close()
        page.close()


def _objects(page: Any, page_area: float) -> Iterator[tuple[Any, bool]]:
    """Every object of the page, depth first, with whether it lies inside a figure (a form smaller than the page)."""
    forms: list[tuple[int, bool]] = []  # (level, is a figure) of the forms enclosing the current object
    for obj in page.get_objects(max_depth=MAX_FORM_DEPTH):
        while forms and forms[-1][0] >= obj.level:
            forms.pop()
        in_figure = any(figure for _, figure in forms)
        if obj.type == _FORM:
            forms.append((obj.level, in_figure or _area(_bounds(obj)) < WRAPPER_SHARE * page_area))
        yield obj, in_figure


def _take(obj: Any, in_figure: bool, textpage: Any, origin: tuple[float, float], page: Page) -> None:
    """Add one object to the page: text to the runs, pictures and drawings to their boxes."""
    if in_figure:
        return  # counted with the figure that holds it
    box = _shift(_bounds(obj), origin)
    if obj.type == _TEXT:
        text = _object_text(obj, textpage)
        if text.strip():
            size = _font_size(obj)
            baseline = obj.get_matrix().f - origin[1]
            y = baseline if box.bottom - size <= baseline <= box.top + size else box.bottom
            page.runs.append(Run(text, box.left, y, size, box.right))
    elif obj.type == _IMAGE or (obj.type == _FORM and box.area < WRAPPER_SHARE * page.width * page.height):
        page.pictures.append(box)
    elif obj.type in (_PATH, _SHADING):
        page.drawings.append(box)


def _bounds(obj: Any) -> tuple[float, float, float, float]:
    try:
        left, bottom, right, top = obj.get_bounds()
        return float(left), float(bottom), float(right), float(top)
    except Exception:  # an object PDFium cannot place takes no room
        return (0.0, 0.0, 0.0, 0.0)


def _shift(bounds: tuple[float, float, float, float], origin: tuple[float, float]) -> Box:
    left, bottom, right, top = bounds
    return Box(left - origin[0], bottom - origin[1], right - origin[0], top - origin[1])


def _area(bounds: tuple[float, float, float, float]) -> float:
    left, bottom, right, top = bounds
    return max(right - left, 0.0) * max(top - bottom, 0.0)


def _object_text(obj: Any, textpage: Any) -> str:
    import pypdfium2.raw as pdfium_c

    length = pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
    if length <= 2:
        return ""
    buffer = (ctypes.c_ushort * (length // 2))()
    pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, buffer, length)
    return bytes(buffer).decode("utf-16-le", errors="replace").rstrip("\x00")


def _font_size(obj: Any) -> float:
    """The size the audience sees: the font size scaled by the object's matrix."""
    import pypdfium2.raw as pdfium_c

    size = ctypes.c_float()
    if not pdfium_c.FPDFTextObj_GetFontSize(obj.raw, ctypes.byref(size)):
        return 0.0
    matrix = obj.get_matrix()
    scale = (abs(matrix.d) or abs(matrix.a) or 1.0) if abs(matrix.b) < 1e-6 else (matrix.c**2 + matrix.d**2) ** 0.5
    return round(float(size.value) * scale, 1)


def _document_title(document: Any) -> str:
    try:
        title = str(document.get_metadata_value("Title") or "").strip()
    except Exception:  # metadata is optional and often broken; the slides have a title anyway
        return ""
    # Exporters often leave a file name here (tmp-123.html, deck.pptx); that is no title.
    return "" if re.search(r"\.(html?|tex|pptx?|key|pdf|docx?)$|^tmp", title, re.IGNORECASE) else title
