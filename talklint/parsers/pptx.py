"""PowerPoint ``.pptx`` decks, read with python-pptx after the zip is checked.

Slide text is taken in reading order: the title, other placeholders, then
the remaining shapes top to bottom and left to right, descending into
groups. Footer, date and slide-number placeholders are chrome, not text.
A ``talklint: disable=...`` line in a slide's notes suppresses rules on that
slide and is not counted as note text.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from talklint.errors import ParseError, one_line
from talklint.model import (
    Block,
    Bullet,
    Directive,
    DirectiveAction,
    Image,
    Location,
    Paragraph,
    Slide,
    Table,
    Talk,
)
from talklint.parsers.common import collapse_spaces, finish_talk
from talklint.parsers.markdown_lines import parse_directive
from talklint.parsers.source import read_bytes
from talklint.parsers.zipguard import MAX_FILE_BYTES, open_package

_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_UNDECODABLE = ("image/x-wmf", "image/x-emf", "image/wmf", "image/emf")
_NOTE_DIRECTIVE = re.compile(r"^\s*talklint\s*:", re.IGNORECASE)


def parse_pptx_talk(path: Path) -> Talk:
    data = read_bytes(path, MAX_FILE_BYTES)
    open_package(data).close()
    presentation = _open_presentation(data)
    sections = _section_names(presentation)
    slides: list[Slide] = []
    directives: list[Directive] = []
    # slide.slide_id searches the whole list each time; read the ids once, in order.
    slide_ids = [int(entry.get("id")) for entry in presentation.slides._sldIdLst]
    for number, (slide, slide_id) in enumerate(zip(presentation.slides, slide_ids, strict=True), start=1):
        notes, slide_directives = _notes_and_directives(slide, number)
        directives.extend(slide_directives)
        section = sections.get(slide_id, "")
        slides.append(_read_slide(slide, number, notes, section, presentation.slide_height or 0))
    title = next((s.title for s in slides if s.title), "")
    return finish_talk(Talk(path=path, format="pptx", slides=tuple(slides), title=title, directives=tuple(directives)))


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
        directives.append(Directive(action, raw.rules, number, Location()))
    return "\n".join(kept).strip(), directives


def _read_slide(slide: Any, number: int, notes: str, section: str, slide_height: int) -> Slide:
    title_shape = slide.shapes.title or _title_like_text_box(slide.shapes, slide_height)
    title = _frame_text(title_shape) if title_shape is not None else ""
    blocks: list[Block] = []
    for shape in _reading_order(slide.shapes):
        if title_shape is not None and shape.shape_id == title_shape.shape_id:
            continue
        blocks.extend(_shape_blocks(shape))
    return Slide(
        number=number,
        title=title,
        blocks=tuple(blocks),
        notes=notes,
        hidden=slide._element.get("show") == "0",
        section=section,
        location=Location(),
    )


def _title_like_text_box(shapes: Any, slide_height: int) -> Any:
    """Many decks put the title in a plain text box: the short text at the top."""
    for shape in _reading_order(shapes):
        if shape.is_placeholder or not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
            continue
        text = _frame_text(shape)
        if not any(c.isalpha() for c in text):
            continue  # a slide number or an empty box
        near_top = slide_height > 0 and (shape.top or 0) < slide_height * 0.2
        one_line = len(shape.text_frame.paragraphs) == 1 and len(text.split()) <= 12
        return shape if near_top and one_line else None
    return None


def _reading_order(shapes: Iterable[Any]) -> list[Any]:
    """Placeholders in layout order, then the other shapes top to bottom, left to right."""

    def key(shape: Any) -> tuple[int, int, int]:
        if shape.is_placeholder:
            # A placeholder's position is usually inherited from the layout, which
            # python-pptx looks up slowly; the layout's own order is the reading order.
            return (0, _placeholder_index(shape), 0)
        return (1, shape.top or 0, shape.left or 0)

    return sorted((s for s in shapes if not _is_chrome(s)), key=key)


def _placeholder_index(shape: Any) -> int:
    try:
        return int(shape.placeholder_format.idx)
    except (ValueError, AttributeError):
        return 0


def _is_chrome(shape: Any) -> bool:
    from pptx.enum.shapes import PP_PLACEHOLDER

    if not shape.is_placeholder:
        return False
    chrome = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.HEADER)
    try:
        return bool(shape.placeholder_format.type in chrome)
    except (ValueError, AttributeError):
        return False


def _shape_blocks(shape: Any) -> Iterator[Block]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    kind = _shape_type(shape)
    if kind == MSO_SHAPE_TYPE.GROUP:
        for child in _reading_order(shape.shapes):
            yield from _shape_blocks(child)
        return
    if getattr(shape, "has_table", False) and shape.has_table:
        rows = tuple(tuple(cell.text.strip() for cell in row.cells) for row in shape.table.rows)
        yield Table(rows)
        return
    if getattr(shape, "has_chart", False) and shape.has_chart:
        yield Image(alt=_alt_text(shape), source="chart")
        return
    if kind == MSO_SHAPE_TYPE.PICTURE or _is_picture_placeholder(shape):
        yield _picture(shape)
        return
    if _is_diagram(shape):
        yield Image(alt=_alt_text(shape), source="diagram")
        return
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        yield from _text_blocks(shape)


def _shape_type(shape: Any) -> Any:
    try:
        return shape.shape_type
    except NotImplementedError:
        return None


def _is_picture_placeholder(shape: Any) -> bool:
    return shape.is_placeholder and hasattr(shape, "image")


def _is_diagram(shape: Any) -> bool:
    uri = shape._element.xpath("./a:graphic/a:graphicData/@uri") if hasattr(shape._element, "xpath") else []
    return any("diagram" in str(u) for u in uri)


def _picture(shape: Any) -> Image:
    decodable = True
    source = ""
    try:
        part = shape.part.related_part(shape._element.blipFill.blip.rEmbed)
        source = part.partname.filename
        decodable = part.content_type not in _UNDECODABLE and shape.image.content_type not in _UNDECODABLE
    except Exception:  # a linked, missing or corrupt picture is counted, not fatal
        decodable = False
    return Image(alt=_alt_text(shape), source=source, decodable=decodable)


def _alt_text(shape: Any) -> str:
    c_nv_pr = shape._element.xpath(".//p:cNvPr")
    return str(c_nv_pr[0].get("descr", "")).strip() if c_nv_pr else ""


def _text_blocks(shape: Any) -> Iterator[Block]:
    bulleted_by_default = shape.is_placeholder and _is_body_placeholder(shape)
    for paragraph in shape.text_frame.paragraphs:
        text = collapse_spaces("".join(run.text for run in paragraph.runs) or paragraph.text)
        if not text:
            continue
        if _has_bullet(paragraph, bulleted_by_default):
            yield Bullet(text, paragraph.level + 1)
        else:
            yield Paragraph(text)


def _is_body_placeholder(shape: Any) -> bool:
    from pptx.enum.shapes import PP_PLACEHOLDER

    try:
        kind = shape.placeholder_format.type
    except (ValueError, AttributeError):
        return False
    return kind in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.VERTICAL_BODY)


def _has_bullet(paragraph: Any, default: bool) -> bool:
    properties = paragraph._p.pPr
    if properties is not None:
        if properties.find(f"{{{_A}}}buNone") is not None:
            return False
        if properties.find(f"{{{_A}}}buChar") is not None or properties.find(f"{{{_A}}}buAutoNum") is not None:
            return True
    return default


def _frame_text(shape: Any) -> str:
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return ""
    return collapse_spaces(shape.text_frame.text)
