"""Exported talks as PDF (``.pdf``), read from the text layer with pypdf.

One page is one slide, except that overlay pages (Beamer's ``\\pause``,
PowerPoint's build-up exports) are merged into the slide they build. Layout
decisions live in ``pdf_layout``; this module only gets positioned text out
of pypdf, within limits, so that a hostile PDF cannot hang talklint or
exhaust its memory.
"""

from __future__ import annotations

import io
import logging
import re
import time
from pathlib import Path
from typing import Any

from talklint.errors import ParseError, one_line
from talklint.model import Talk
from talklint.parsers.common import finish_talk
from talklint.parsers.pdf_layout import (
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

MAX_PDF_BYTES = 256 * 1024 * 1024
MAX_PAGES = 3000
# Characters of text in the whole PDF; a 200-page talk has well under a million.
MAX_TEXT_CHARS = 20_000_000
# Seconds of extraction before talklint gives up on a PDF.
TIME_BUDGET = 60.0
NOTES_ABSENT = "absent: this PDF holds the slides only (export with notes to have them linted)"


def parse_pdf_talk(path: Path) -> Talk:
    data = read_bytes(path, MAX_PDF_BYTES)
    reader = _open_reader(data)
    labelled = "/PageLabels" in reader.trailer["/Root"]
    pages = _read_pages(reader, labelled)
    if not any(page.runs for page in pages):
        raise ParseError("no text layer (a scanned or image-only PDF?); export the talk with text or lint its source")
    notes_screen = has_notes_screen(pages)
    if notes_screen:
        pages = [split_notes_screen(page) for page in pages]
    chrome = find_chrome(pages, labelled)
    size = body_size(pages)
    texts = [read_page(page, chrome, size) for page in pages]
    slides = tuple(slide_of(number, group) for number, group in enumerate(group_overlays(texts, labelled), start=1))
    metadata: dict[str, object] = {
        "pages": len(pages),
        "notes": "from the notes screen beside each slide" if notes_screen else NOTES_ABSENT,
    }
    title = _document_title(reader) or next((s.title for s in slides if s.title), "")
    return finish_talk(Talk(path=path, format="pdf", slides=slides, title=title, metadata=metadata))


def _open_reader(data: bytes) -> Any:
    if b"%PDF-" not in data[:1024]:
        raise ParseError("not a PDF (no %PDF- header)")
    from pypdf import PdfReader  # imported here: only PDF talks need it
    from pypdf.errors import DependencyError, PyPdfError

    # pypdf logs every irregularity it repairs; talklint reports only what stops it.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError("encrypted PDF that needs a password; export it without protection")
        return reader
    except DependencyError:
        raise ParseError("encrypted PDF (AES); install 'cryptography' or export it without protection") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ParseError(f"malformed PDF ({one_line(error)})") from None


def _read_pages(reader: Any, labelled: bool) -> list[Page]:
    from pypdf.errors import PyPdfError

    try:
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise ParseError(f"PDF has {count:,} pages, over the limit of {MAX_PAGES:,}")
        labels = list(reader.page_labels) if labelled else []
        deadline = time.monotonic() + TIME_BUDGET
        pages: list[Page] = []
        characters = 0
        for index in range(count):
            if time.monotonic() > deadline:
                raise ParseError(f"reading the PDF took over {TIME_BUDGET:.0f} s (stopped at page {index + 1})")
            page = _read_page(reader.pages[index], index + 1, labels[index] if index < len(labels) else "")
            characters += sum(len(run.text) for run in page.runs)
            if characters > MAX_TEXT_CHARS:
                raise ParseError(f"PDF text exceeds {MAX_TEXT_CHARS:,} characters; not a talk")
            pages.append(page)
        return pages
    except ParseError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, ZeroDivisionError) as error:
        raise ParseError(f"malformed PDF ({one_line(error)})") from None


def _read_page(page: Any, number: int, label: str) -> Page:
    box = page.mediabox
    width, height = abs(float(box.width)), abs(float(box.height))
    bottom = float(box.bottom)
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, font_size: float) -> None:
        if not text.strip():
            return
        # Position and size in page space: the text matrix applied through the current transformation.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5] - bottom
        scale = (abs(tm[3]) or abs(tm[0]) or 1.0) * (abs(cm[3]) or abs(cm[0]) or 1.0)
        runs.append(Run(text, x, y, round(float(font_size) * scale, 1)))

    page.extract_text(visitor_text=visit)
    return Page(number, width, height, runs, label)


def _document_title(reader: Any) -> str:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # metadata is optional and often broken; the slides have a title anyway
        return ""
    title = str(title).strip() if title else ""
    # Exporters often leave a file name here (tmp-123.html, deck.pptx); that is no title.
    return "" if re.search(r"\.(html?|tex|pptx?|key|pdf|docx?)$|^tmp", title, re.IGNORECASE) else title
