"""Exported talks as PDF (``.pdf``), read with PDFium (pypdfium2).

One page is one slide, except that overlay pages (Beamer's ``\\pause``,
PowerPoint's build-up exports) are merged into the slide they build. Layout
decisions live in ``layout`` (with ``page``, ``lines`` and ``blocks``); this module only gets positioned text and
the boxes of pictures and drawings out of PDFium, within limits, so that a
hostile PDF cannot hang talklint or exhaust its memory.

Text inside a form XObject smaller than the page is a figure's text (axis
labels, legends of an included plot): the audience sees a picture, so it is
a picture here too. A form as large as the page only wraps the page's own
content (some exporters do that), and is read through.
"""

from __future__ import annotations

import ctypes
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from talklint import budget, limits
from talklint.errors import ParseError, one_line
from talklint.model import ParseWarning, Slide, Talk
from talklint.parsers.common import collapse_spaces, finish_talk, monospace_font
from talklint.parsers.pdf.layout import (
    body_size,
    find_chrome,
    group_overlays,
    has_notes_screen,
    read_page,
    slide_of,
    split_notes_screen,
)
from talklint.parsers.pdf.page import Box, Page, Run
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
        sections = _sections(document)
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
    if sections and not _names_every_slide(sections, slides):
        slides = tuple(dataclasses.replace(slide, section=_section_of(slide, sections)) for slide in slides)
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
        seen, next_check = 0, 1000
        fonts: dict[int, str] = {}  # a page draws hundreds of text objects in a few fonts
        for handle, kind, bounds, held in _objects(page.raw, width * height):
            seen += 1 + held
            if seen >= next_check:
                budget.check()
                next_check = seen + 1000
            if seen > limits.MAX_PAGE_OBJECTS:
                objects = limits.beyond("MAX_PAGE_OBJECTS", advice="the rest were not read")
                fix = f"Place the drawing on page {index + 1} as one picture, so that the whole page is read"
                warnings.append(ParseWarning(f"page {index + 1} draws objects {objects}", fix=fix))
                break
            _take(handle, kind, _shift(bounds, (left, bottom)), textpage.raw, bottom, result, fonts)
        return result, seen
    finally:
        textpage.close()
        page.close()


Bounds = tuple[float, float, float, float]


def _objects(page: Any, page_area: float) -> Iterator[tuple[Any, int, Bounds, int]]:
    """The page's objects outside figures, depth first, each with its type, its bounds and how many
    objects it holds.

    A figure (a form smaller than the page) comes whole: what it holds is counted, for the limits,
    never read. PDFium's own handles are used, without pypdfium2's object per item: a page of a
    Beamer export draws hundreds of objects, and wrapping each one cost more than reading it.
    """
    import pypdfium2.raw as pdfium_c

    def walk(parent: Any, count: Any, get: Any, level: int) -> Iterator[tuple[Any, int, Bounds, int]]:
        for position in range(max(count(parent), 0)):
            handle = get(parent, position)
            if not handle:
                continue
            kind = pdfium_c.FPDFPageObj_GetType(handle)
            bounds = _bounds(handle)
            if kind != _FORM or level >= MAX_FORM_DEPTH - 1:
                yield handle, kind, bounds, 0
            elif _area(bounds) < WRAPPER_SHARE * page_area:
                yield handle, kind, bounds, _held(handle, level + 1)
            else:
                yield handle, kind, bounds, 0
                yield from walk(handle, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, level + 1)

    return walk(page, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, 0)


def _held(form: Any, level: int) -> int:
    """How many objects a form holds, its forms' included (up to the page's limit)."""
    import pypdfium2.raw as pdfium_c

    count = max(int(pdfium_c.FPDFFormObj_CountObjects(form)), 0)
    held = count
    if level < MAX_FORM_DEPTH - 1:
        for position in range(count):
            if held > limits.MAX_PAGE_OBJECTS:
                break
            child = pdfium_c.FPDFFormObj_GetObject(form, position)
            if child and pdfium_c.FPDFPageObj_GetType(child) == _FORM:
                held += _held(child, level + 1)
    return held


def _take(handle: Any, kind: int, box: Box, textpage: Any, bottom: float, page: Page, fonts: dict[int, str]) -> None:
    """Add one object to the page: text to the runs, pictures and drawings to their boxes."""
    if kind == _TEXT:
        text = _object_text(handle, textpage)
        if text.strip():
            matrix = _matrix(handle)
            size = _font_size(handle, matrix)
            baseline = matrix.f - bottom
            y = baseline if box.bottom - size <= baseline <= box.top + size else box.bottom
            font = _font_kind(handle, fonts)
            math = font == MATH and _may_be_math(text)
            page.runs.append(Run(text, box.left, y, size, box.right, math, code=font == CODE))
    elif kind == _IMAGE:
        page.pictures.append(dataclasses.replace(box, image=_image_key(handle)))
    elif kind == _FORM and box.area < WRAPPER_SHARE * page.width * page.height:
        page.pictures.append(box)
    elif kind in (_PATH, _SHADING):
        page.drawings.append(box)


# Fonts that set mathematics: TeX's (Computer Modern's math italic, symbols and extensions, the AMS symbols, Latin
# Modern Math), the OpenType math fonts (Cambria Math, STIX Two Math), MathJax's and KaTeX's in a printed page.
_MATH_FONT = re.compile(
    r"(?:^|\+)(?:CMMI|CMBSY|CMSY|CMEX|MSAM|MSBM|EUFM|EUSM|EURM|RSFS|LMMath|MathJax|KaTeX_(?:Math|AMS|Size))"
    r"|Math(?:-|$|[A-Z]|\s|,)",
)


MATH, CODE = "math", "code"


# Math fonts set a few signs at a time, or the signs of mathematics (Greek, operators, arrows, math letters): a
# run of more plain text is prose, whatever its font.
_MATH_SIGNS = re.compile(r"[\u0370-\u03ff\u2100-\u23ff\u27c0-\u27ef\u2980-\u2aff\U0001d400-\U0001d7ff]")
SHORT_RUN = 4


def _may_be_math(text: str) -> bool:
    return len(text.strip()) <= SHORT_RUN or bool(_MATH_SIGNS.search(text))


def _font_kind(handle: Any, fonts: dict[int, str]) -> str:
    """What the text object's font sets: mathematics (``MATH``), code (``CODE``), or text ("")."""
    import pypdfium2.raw as pdfium_c

    font = pdfium_c.FPDFTextObj_GetFont(handle)
    if not font:
        return ""
    address = ctypes.addressof(font.contents)
    if address not in fonts:
        length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buffer = ctypes.create_string_buffer(max(min(length, MAX_FONT_NAME_BYTES), 1))
        if length > 0:
            pdfium_c.FPDFFont_GetBaseFontName(font, buffer, len(buffer))
        name = buffer.value.decode("latin-1")
        fonts[address] = MATH if _MATH_FONT.search(name) else CODE if monospace_font(name) else ""
    return fonts[address]


MAX_FONT_NAME_BYTES = 256


def _image_key(handle: Any) -> tuple[int, int, int]:
    """An image's width and height in pixels ((0, 0) where PDFium cannot tell) and the length of its encoded data,
    which PDFium gives without copying it."""
    import pypdfium2.raw as pdfium_c

    width, height = ctypes.c_uint(), ctypes.c_uint()
    if not pdfium_c.FPDFImageObj_GetImagePixelSize(handle, ctypes.byref(width), ctypes.byref(height)):
        width.value = height.value = 0
    return int(width.value), int(height.value), int(pdfium_c.FPDFImageObj_GetImageDataRaw(handle, None, 0))


def _bounds(handle: Any) -> Bounds:
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = _CORNERS
    if not pdfium_c.FPDFPageObj_GetBounds(handle, left, bottom, right, top):
        return (0.0, 0.0, 0.0, 0.0)  # an object PDFium cannot place takes no room
    return float(left.value), float(bottom.value), float(right.value), float(top.value)


# Where PDFium writes an object's bounds, kept for every object (read out at once into floats).
_CORNERS = (ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float())


def _matrix(handle: Any) -> Any:
    import pypdfium2.raw as pdfium_c

    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(handle, matrix):
        matrix.a = matrix.d = 1.0  # no transform known: the identity
    return matrix


def _shift(bounds: Bounds, origin: tuple[float, float]) -> Box:
    left, bottom, right, top = bounds
    return Box(left - origin[0], bottom - origin[1], right - origin[0], top - origin[1])


def _area(bounds: Bounds) -> float:
    left, bottom, right, top = bounds
    return max(right - left, 0.0) * max(top - bottom, 0.0)


# PDFium reports a hyphen that ends a line as a control character (U+0002 or U+FFFE): the audience sees "-".
_LINE_END_HYPHENS = str.maketrans({"\x02": "-", "\ufffe": "-"})


def _object_text(handle: Any, textpage: Any) -> str:
    """The text object's text, read in one call into a buffer kept for the purpose (a page draws hundreds of text
    objects, most a few words long); a longer text is read again into a buffer of its own."""
    import pypdfium2.raw as pdfium_c

    length = pdfium_c.FPDFTextObj_GetText(handle, textpage, _TEXT_BUFFER, _TEXT_BUFFER_BYTES)
    if length <= 2:
        return ""
    if length <= _TEXT_BUFFER_BYTES:
        raw = ctypes.string_at(_TEXT_BUFFER, length)
    else:
        buffer = (ctypes.c_ushort * (length // 2))()
        pdfium_c.FPDFTextObj_GetText(handle, textpage, buffer, length)
        raw = bytes(buffer)
    return raw.decode("utf-16-le", errors="replace").rstrip("\x00").translate(_LINE_END_HYPHENS)


_TEXT_BUFFER_BYTES = 4096
_TEXT_BUFFER = (ctypes.c_ushort * (_TEXT_BUFFER_BYTES // 2))()


def _font_size(handle: Any, matrix: Any) -> float:
    """The size the audience sees: the font size scaled by the object's matrix."""
    import pypdfium2.raw as pdfium_c

    size = ctypes.c_float()
    if not pdfium_c.FPDFTextObj_GetFontSize(handle, ctypes.byref(size)):
        return 0.0
    scale = (abs(matrix.d) or abs(matrix.a) or 1.0) if abs(matrix.b) < 1e-6 else (matrix.c**2 + matrix.d**2) ** 0.5
    return round(float(size.value) * scale, 1)


def _sections(document: Any) -> list[tuple[int, str]]:
    """The document's top-level bookmarks, as (first page number, title) in page order.

    Beamer (through hyperref) writes one for every section, so the PDF keeps the talk's parts; a
    bookmark without a page, a loop of bookmarks or thousands of them are not followed.
    """
    import pypdfium2.raw as pdfium_c

    found: list[tuple[int, str]] = []
    seen: set[int] = set()
    bookmark = pdfium_c.FPDFBookmark_GetFirstChild(document.raw, None)
    while bookmark and len(found) < limits.MAX_SLIDES:
        address = ctypes.addressof(bookmark.contents)
        if address in seen:
            break
        seen.add(address)
        destination = pdfium_c.FPDFBookmark_GetDest(document.raw, bookmark)
        index = pdfium_c.FPDFDest_GetDestPageIndex(document.raw, destination) if destination else -1
        title = collapse_spaces(_bookmark_title(bookmark))
        if index >= 0 and title:
            found.append((index + 1, title))
        bookmark = pdfium_c.FPDFBookmark_GetNextSibling(document.raw, bookmark)
    return sorted(found, key=lambda item: item[0])


def _bookmark_title(bookmark: Any) -> str:
    import pypdfium2.raw as pdfium_c

    size = pdfium_c.FPDFBookmark_GetTitle(bookmark, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(min(size, MAX_BOOKMARK_BYTES))
    pdfium_c.FPDFBookmark_GetTitle(bookmark, buffer, len(buffer))
    return bytes(buffer)[: len(buffer) - 2].decode("utf-16-le", errors="replace").rstrip("\x00")


MAX_BOOKMARK_BYTES = 2048  # a section title, in UTF-16, with room to spare


# Bookmarks for this share of the slides or more are a table of the slides, not of the talk's parts.
PER_SLIDE_BOOKMARKS = 0.8


def _names_every_slide(bookmarks: list[tuple[int, str]], slides: tuple[Slide, ...]) -> bool:
    """LibreOffice and PowerPoint export a bookmark for each slide, titled as the slide is: a slide's own
    title is no section it sits in ("Proposed Method" over the three slides so titled is not a part)."""
    return len(slides) >= 3 and len(bookmarks) >= PER_SLIDE_BOOKMARKS * len(slides)


def _section_of(slide: Slide, sections: list[tuple[int, str]]) -> str:
    """The section of a slide: the last bookmark at or before its last page (a section's first page may be
    an overlay of the roadmap before it)."""
    last = slide.pages[-1] if slide.pages else 0
    return next((title for page, title in reversed(sections) if page <= last), "")


def _document_title(document: Any) -> str:
    try:
        title = str(document.get_metadata_value("Title") or "").strip()
    except Exception:  # metadata is optional and often broken; the slides have a title anyway
        return ""
    # Exporters often leave a file name here (tmp-123.html, deck.pptx); that is no title.
    return "" if re.search(r"\.(html?|tex|pptx?|key|pdf|docx?)$|^tmp", title, re.IGNORECASE) else title
