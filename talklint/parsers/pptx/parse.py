"""PowerPoint ``.pptx`` decks, read with python-pptx after the zip is checked.

Slide text is taken in reading order: the title, other placeholders, then
the remaining shapes top to bottom and left to right, descending into
groups. Footer, date and slide-number placeholders are chrome, not text.
A ``talklint: disable=...`` line in a slide's notes suppresses rules on that
slide and is not counted as note text. The title is found in ``titles``, the
blocks each shape shows in ``blocks``, from the shape queries of ``shapes``.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from talklint import budget
from talklint.errors import ParseError, one_line
from talklint.model import Block, Directive, DirectiveAction, Image, Location, Slide, Talk
from talklint.parsers.common import finish_talk
from talklint.parsers.pptx.blocks import DRAWING_SHAPES, drawn_shapes, shape_blocks
from talklint.parsers.pptx.shapes import DRAWINGML, members, reading_order
from talklint.parsers.pptx.titles import SlideSize, repeated_texts, slide_title, title_places
from talklint.parsers.pptx.zipguard import lean_package
from talklint.parsers.source import read_bytes
from talklint.suppression import parse_directive

_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
_NOTE_DIRECTIVE = re.compile(r"^\s*talklint\s*:", re.IGNORECASE)


def parse_pptx_talk(path: Path) -> Talk:
    data = read_bytes(path, "MAX_PPTX_BYTES")
    presentation = _open_presentation(lean_package(data))
    sections = _section_names(presentation)
    slides: list[Slide] = []
    directives: list[Directive] = []
    # slide.slide_id searches the whole list each time; read the ids once, in order.
    slide_ids = [_slide_id(entry) for entry in presentation.slides._sldIdLst]
    size = SlideSize(presentation.slide_height or 0, presentation.slide_width or 0)
    # Each slide's shapes, listed once: python-pptx builds every shape's proxy again at each listing.
    shapes = [members(slide.shapes) for slide in presentation.slides]
    size = replace(size, headers=repeated_texts(shapes, size))
    size = replace(size, title_places=title_places(shapes, size))
    headers: list[bool] = []  # slides on the section header layout
    for number, (slide, slide_id, listed) in enumerate(
        zip(presentation.slides, slide_ids, shapes, strict=True), start=1
    ):
        budget.check()
        notes, slide_directives = _notes_and_directives(slide, number)
        directives.extend(slide_directives)
        section = sections.get(slide_id, "")
        slides.append(_read_slide(slide, listed, number, notes, section, size))
        headers.append(not sections and _opens_a_section(slide))
    if not sections:
        slides = _sections_opened_by_headers(slides, headers)
    title = next((s.title for s in slides if s.title), "")
    talk = Talk(path=path, format="pptx", slides=tuple(slides), title=title, directives=tuple(directives), is_deck=True)
    return finish_talk(talk, builds=True)


def _open_presentation(data: bytes) -> Any:
    from pptx import Presentation  # imported here: python-pptx is slow to import

    try:
        return Presentation(io.BytesIO(data))
    except Exception as error:  # python-pptx raises many kinds on broken packages
        raise ParseError(f"not a readable PowerPoint deck ({one_line(error)})") from None


def _section_names(presentation: Any) -> dict[int, str]:
    """Map slide ids to their section, from ``p14:sectionLst``."""
    names: dict[int, str] = {}
    for section in presentation.part._element.iter(f"{{{_P14}}}section"):
        for slide_id in section.iter(f"{{{_P14}}}sldId"):
            names[int(slide_id.get("id"))] = section.get("name", "")
    return names


def _opens_a_section(slide: Any) -> bool:
    """The slide is on a section header layout (``type="secHead"``, whatever the template calls it)."""
    return bool(slide.slide_layout._element.get("type") == "secHead")


def _sections_opened_by_headers(slides: list[Slide], headers: list[bool]) -> list[Slide]:
    """A deck without PowerPoint sections still shows them: a slide on the section header layout opens the part
    its title names, up to the next one (the first slide, on that layout, is the talk's title page)."""
    current = ""
    opened: list[Slide] = []
    for index, (slide, header) in enumerate(zip(slides, headers, strict=True)):
        if header and slide.title and index:
            current = slide.title
        opened.append(replace(slide, section=current) if current else slide)
    return opened


def _notes_and_directives(slide: Any, number: int) -> tuple[str, list[Directive]]:
    if not slide.has_notes_slide:
        return "", []
    frame = slide.notes_slide.notes_text_frame
    if frame is None:
        return "", []
    kept: list[str] = []
    directives: list[Directive] = []
    for line in frame.text.splitlines():
        raw = parse_directive(line, 0) if _NOTE_DIRECTIVE.match(line) else None
        if raw is None:
            kept.append(line)
            continue
        # In a deck the note belongs to one slide: "disable" means this slide.
        action = DirectiveAction.DISABLE_SLIDE if raw.action is DirectiveAction.DISABLE else raw.action
        directives.append(Directive(action, raw.rules, number, Location(), raw.role))
    return "\n".join(kept).strip(), directives


def _slide_id(entry: Any) -> int:
    try:
        return int(entry.get("id"))
    except (TypeError, ValueError):
        raise ParseError(f"the presentation lists a slide with id {entry.get('id')!r}, not a number") from None


def _read_slide(slide: Any, shapes: list[Any], number: int, notes: str, section: str, size: SlideSize) -> Slide:
    in_order = reading_order(shapes)
    title, taken = slide_title(slide, shapes, in_order, size)
    blocks: list[Block] = []
    for shape in in_order:
        if shape.shape_id not in taken:
            blocks.extend(shape_blocks(shape, taken))
    if drawn_shapes(shapes) >= DRAWING_SHAPES:
        blocks.append(Image(source="drawing"))
    return Slide(
        number=number,
        title=title,
        blocks=tuple(blocks),
        notes=notes,
        hidden=slide._element.get("show") == "0",
        section=section,
        location=Location(),
        links=_linked_texts(slide._element),
    )


_RUN = f"{{{DRAWINGML}}}r"
_LINK_CLICK = f"{{{DRAWINGML}}}hlinkClick"
_TEXT = f"{{{DRAWINGML}}}t"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _linked_texts(element: Any) -> tuple[str, ...]:
    """The text of each link on the slide: runs side by side that point to one address make one link."""
    texts: list[str] = []
    previous: tuple[Any, str] | None = None  # the last linked run and its address
    for click in element.iter(_LINK_CLICK):  # most slides have none: lxml finds that without Python per run
        run = click.getparent().getparent()
        link = click.get(_RELATIONSHIP_ID)
        if run is None or run.tag != _RUN or not link:
            continue
        text = run.findtext(_TEXT) or ""
        if previous is not None and previous[1] == link and run.getprevious() is previous[0]:
            texts[-1] += text
        else:
            texts.append(text)
        previous = (run, link)
    return tuple(text.strip() for text in texts if text.strip())
