"""The blocks a PowerPoint shape shows: text as paragraphs and bullets, tables, pictures, charts, media and
SmartArt diagrams (a picture, with its words as bullets); groups read in reading order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from talklint.metrics import is_code_like
from talklint.model import CHART, Block, Bullet, CodeBlock, Image, Paragraph, Table, count_words
from talklint.parsers.common import TYPED_ITEM, collapse_spaces, monospace_font
from talklint.parsers.pptx.shapes import (
    DRAWINGML,
    frame_text,
    has_text_frame,
    is_body_placeholder,
    is_placeholder,
    members,
    paragraph_text,
    reading_order,
    shape_type,
)


def shape_blocks(shape: Any, skipped: frozenset[int] = frozenset()) -> Iterator[Block]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    kind = shape_type(shape)
    if kind == MSO_SHAPE_TYPE.GROUP:
        for child in reading_order(members(shape.shapes)):
            if child.shape_id not in skipped:
                yield from shape_blocks(child, skipped)
        return
    if getattr(shape, "has_table", False) and shape.has_table:
        rows = tuple(tuple(cell.text.strip() for cell in row.cells) for row in shape.table.rows)
        yield Table(rows)
        return
    if getattr(shape, "has_chart", False) and shape.has_chart:
        yield Image(alt=_alt_text(shape), source=CHART)
        return
    if kind == MSO_SHAPE_TYPE.PICTURE or _is_picture_placeholder(shape):
        yield _picture(shape)
        return
    if kind == MSO_SHAPE_TYPE.MEDIA:  # a video (or a sound) the slide plays: something to look at, not text
        yield Image(alt=_alt_text(shape), source="media")
        return
    if _is_diagram(shape):
        yield Image(alt=_alt_text(shape), source="diagram")
        yield from _diagram_text(shape)
        return
    if has_text_frame(shape):
        yield from _text_blocks(shape)


# Lines, arrows and boxes drawn on the slide: this many make a diagram the audience looks at.
DRAWING_SHAPES = 3


def drawn_shapes(shapes: Iterable[Any]) -> int:
    """Shapes drawn with PowerPoint's tools (lines, connectors, freeforms, boxes), groups included.

    A box holding more than a label is a text box drawn as a rectangle: text, not a drawing.
    """
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    count = 0
    for shape in shapes:
        kind = shape_type(shape)
        if kind == MSO_SHAPE_TYPE.GROUP:
            count += drawn_shapes(members(shape.shapes))
        elif is_placeholder(shape):
            continue
        elif kind in (MSO_SHAPE_TYPE.LINE, MSO_SHAPE_TYPE.FREEFORM) or (
            kind == MSO_SHAPE_TYPE.AUTO_SHAPE and count_words(frame_text(shape) if shape.has_text_frame else "") <= 3
        ):
            count += 1
    return count


def _is_picture_placeholder(shape: Any) -> bool:
    return is_placeholder(shape) and hasattr(shape, "image")


def _is_diagram(shape: Any) -> bool:
    uri = shape._element.xpath("./a:graphic/a:graphicData/@uri") if hasattr(shape._element, "xpath") else []
    return any("diagram" in str(u) for u in uri)


_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _diagram_text(shape: Any) -> Iterator[Block]:
    """The words of a SmartArt diagram, as the audience reads them: each node's text, a bullet at its depth.

    PowerPoint keeps them in the diagram's data part, not in the slide: "Problem & Purpose Statements" set as
    SmartArt boxes is a slide of text all the same.
    """
    from pptx.oxml import parse_xml

    try:
        [relation] = [r.get(f"{{{_R}}}dm") for r in shape._element.iter(f"{{{_DGM}}}relIds")]
        data = parse_xml(shape.part.related_part(relation).blob)
    except Exception:  # a diagram without its data part, or a damaged one: the picture is still counted
        return
    points = [p for p in data.iter(f"{{{_DGM}}}pt") if p.get("type", "node") in ("node", "doc")]
    parents = {
        c.get("destId"): c.get("srcId") for c in data.iter(f"{{{_DGM}}}cxn") if c.get("type", "parOf") == "parOf"
    }
    for point in points:
        if point.get("type") == "doc":
            continue
        # A node's paragraphs read as a slide's are: runs, fields, line breaks and equations.
        text = collapse_spaces(" ".join(paragraph_text(p)[0] for p in point.iter(f"{{{DRAWINGML}}}p")))
        if text:
            yield Bullet(text, min(_depth(point.get("modelId"), parents), 3))


def _depth(point: str | None, parents: dict[str | None, str | None]) -> int:
    """How deep a diagram's node sits below the diagram itself (its top nodes: 1)."""
    depth = 0
    while point in parents and depth < 3:
        point = parents[point]
        depth += 1
    return max(depth, 1)


def _picture(shape: Any) -> Image:
    try:
        source = shape.part.related_part(shape._element.blipFill.blip.rEmbed).partname.filename
    except Exception:  # a linked, missing or corrupt picture is counted, not fatal
        source = ""
    return Image(alt=_alt_text(shape), source=source)


def _alt_text(shape: Any) -> str:
    c_nv_pr = shape._element.xpath(".//p:cNvPr")
    return str(c_nv_pr[0].get("descr", "")).strip() if c_nv_pr else ""


def _text_blocks(shape: Any) -> Iterator[Block]:
    bulleted_by_default = is_placeholder(shape) and is_body_placeholder(shape)
    listing: list[str] = []
    for paragraph in shape.text_frame.paragraphs:
        typed, math = paragraph_text(paragraph._p, as_typed=True)
        text = collapse_spaces(typed)  # as shown: line breaks and runs of spaces are one space
        if _set_as_code(paragraph._p, shape) or (listing and not text):
            listing.append(typed)  # a blank line inside a listing is one of its lines
            continue
        if listing:
            yield _code_block(listing)
            listing = []
        if not text:
            continue
        if (typed_item := TYPED_ITEM.match(text)) and not is_code_like(text[typed_item.end() :]):
            # A list typed into a text box ("• 45 million adults …", "1. Learn proxies …") reads as the list it is;
            # a listing's typed line numbers ("1.  SELECT SUM(price) …") make no list.
            text, ordered = text[typed_item.end() :], typed_item.group(1) is not None
            yield Bullet(text, paragraph.level + 1, ordered=ordered, inline_math=math)
        elif _has_bullet(paragraph, bulleted_by_default):
            yield Bullet(text, paragraph.level + 1, inline_math=math)
        else:
            yield Paragraph(text, inline_math=math)
    if listing:
        yield _code_block(listing)


def _code_block(lines: list[str]) -> CodeBlock:
    """Consecutive lines of code as one listing, without the blank lines around it."""
    return CodeBlock("\n".join(lines).strip("\n"))


def _set_as_code(p: Any, shape: Any) -> bool:
    """Every run of the paragraph with text is set in a font of a fixed pitch ("Consolas", "Courier New"), its
    own or the one its paragraph or its shape gives by default."""
    default: str | None = None  # looked up once, for the first run without a font of its own
    typed = False
    for run in p.iterchildren(_RUN):
        font = _latin(run, _RUN_PROPERTIES)
        if not font:
            if default is None:
                default = _latin(p.find(_PARAGRAPH_PROPERTIES), _DEFAULT_RUN) or _list_style_font(p, shape)
            font = default
        if not monospace_font(font):
            if "".join(run.itertext()).strip():
                return False
            continue
        typed = typed or bool("".join(run.itertext()).strip())
    return typed


_RUN, _RUN_PROPERTIES = f"{{{DRAWINGML}}}r", f"{{{DRAWINGML}}}rPr"
_PARAGRAPH_PROPERTIES, _DEFAULT_RUN = f"{{{DRAWINGML}}}pPr", f"{{{DRAWINGML}}}defRPr"


def _latin(holder: Any, properties: str) -> str:
    """The Latin typeface that ``holder``'s run properties (``properties``) name, or ""."""
    found = holder.find(properties) if holder is not None else None
    latin = found.find(f"{{{DRAWINGML}}}latin") if found is not None else None
    return str(latin.get("typeface", "")) if latin is not None else ""


def _list_style_font(p: Any, shape: Any) -> str:
    """The typeface the shape's list style gives the paragraph's level by default."""
    style = p.getparent().find(f"{{{DRAWINGML}}}lstStyle")
    if style is None or not len(style):
        return ""
    properties = p.find(_PARAGRAPH_PROPERTIES)
    level = int(properties.get("lvl", "0")) + 1 if properties is not None else 1
    return _latin(style.find(f"{{{DRAWINGML}}}lvl{level}pPr"), _DEFAULT_RUN)


def _has_bullet(paragraph: Any, default: bool) -> bool:
    properties = paragraph._p.pPr
    if properties is not None:
        if properties.find(f"{{{DRAWINGML}}}buNone") is not None:
            return False
        if (
            properties.find(f"{{{DRAWINGML}}}buChar") is not None
            or properties.find(f"{{{DRAWINGML}}}buAutoNum") is not None
        ):
            return True
    return default
