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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from talklint import budget
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
    count_words,
)
from talklint.parsers.common import collapse_spaces, finish_talk
from talklint.parsers.pptx.zipguard import lean_package
from talklint.parsers.source import read_bytes
from talklint.suppression import parse_directive

_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_PML = "http://schemas.openxmlformats.org/presentationml/2006/main"
_SHAPE_TAGS = frozenset(f"{{{_PML}}}{tag}" for tag in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart"))
_NOTE_DIRECTIVE = re.compile(r"^\s*talklint\s*:", re.IGNORECASE)


def parse_pptx_talk(path: Path) -> Talk:
    data = read_bytes(path, "MAX_PPTX_BYTES")
    presentation = _open_presentation(lean_package(data))
    sections = _section_names(presentation)
    slides: list[Slide] = []
    directives: list[Directive] = []
    # slide.slide_id searches the whole list each time; read the ids once, in order.
    slide_ids = [_slide_id(entry) for entry in presentation.slides._sldIdLst]
    size = _SlideSize(presentation.slide_height or 0, presentation.slide_width or 0)
    # Each slide's shapes, listed once: python-pptx builds every shape's proxy again at each listing.
    shapes = [_members(slide.shapes) for slide in presentation.slides]
    size = _SlideSize(size.height, size.width, repeated_texts(shapes, size))
    for number, (slide, slide_id, members) in enumerate(
        zip(presentation.slides, slide_ids, shapes, strict=True), start=1
    ):
        budget.check()
        notes, slide_directives = _notes_and_directives(slide, number)
        directives.extend(slide_directives)
        section = sections.get(slide_id, "")
        slides.append(_read_slide(slide, members, number, notes, section, size))
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


def _read_slide(slide: Any, shapes: list[Any], number: int, notes: str, section: str, size: _SlideSize) -> Slide:
    title_placeholder = slide.shapes.title  # found by walking the slide's shapes: once
    placeholder = title_placeholder if title_placeholder is not None and _frame_text(title_placeholder) else None
    title_shapes = [placeholder] if placeholder is not None else []
    in_order = _reading_order(shapes)
    headline = _headline_above(in_order, placeholder, size) if placeholder is not None else None
    if headline is not None:
        title_shapes.insert(0, headline)
    if not title_shapes:
        # A running header is the title only where the slide shows nothing else that could be.
        found = _prominent_text(shapes, size) or _title_like_text_box(shapes, size)
        if found is None and size.headers:
            bare = _SlideSize(size.height, size.width)
            found = _prominent_text(shapes, bare) or _title_like_text_box(shapes, bare)
        title_shapes = [found] if found is not None else []
        if found is not None and (kicker := _kicker_above(in_order, found, size)) is not None:
            title_shapes.insert(0, kicker)
    # A headline above the title placeholder reads first: "Headline: title".
    title = ": ".join(_frame_text(shape) for shape in title_shapes)
    # An empty title placeholder is not text either.
    skipped = frozenset(shape.shape_id for shape in [*title_shapes, title_placeholder] if shape is not None)
    blocks: list[Block] = []
    for shape in in_order:
        if shape.shape_id not in skipped:
            blocks.extend(_shape_blocks(shape, skipped))
    if _drawn_shapes(shapes) >= DRAWING_SHAPES:
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


_DML = "http://schemas.openxmlformats.org/drawingml/2006/main"
_RUN = f"{{{_DML}}}r"
_LINK_CLICK = f"{{{_DML}}}hlinkClick"
_TEXT = f"{{{_DML}}}t"
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


@dataclass(frozen=True)
class _SlideSize:
    height: int
    width: int
    # Running headers of the deck (see ``repeated_texts``), which are never a slide's title.
    headers: frozenset[tuple[str, int, int]] = frozenset()


# PowerPoint's size for text that sets none; a title stands out from it.
DEFAULT_POINTS = 18.0
# How much larger than every other text on the slide a text must be to read as the title.
PROMINENCE = 1.25
TITLE_MAX_WORDS = 12
# A text set clearly larger than the rest at the top of the slide may be a whole sentence: a claim for a title ("In
# 2022, 20 million people in the Horn of Africa faced hunger after failed rains") is as long as that.
PROMINENT_TITLE_MAX_WORDS = 20
_WORD_OF_THREE = re.compile(r"[^\W\d_]{3,}")
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s*$")


def _members(shapes: Any) -> list[Any]:
    """The shapes of a slide or group, with those PowerPoint wraps in ``mc:AlternateContent``.

    PowerPoint 2010 and later wraps a text box holding an equation in
    ``mc:AlternateContent``: the shape itself under ``mc:Choice``, a picture of
    it under ``mc:Fallback`` for older readers. python-pptx lists neither, so
    whole text boxes of technical slides were lost. The choice is read (its
    equations are Office Math, read as text); the fallback where the choice
    holds no shape.
    """
    found = list(shapes)
    for alternate in shapes._spTree.iterchildren(f"{{{_MC}}}AlternateContent"):
        for branch in (*alternate.iterchildren(f"{{{_MC}}}Choice"), *alternate.iterchildren(f"{{{_MC}}}Fallback")):
            members = [element for element in branch if element.tag in _SHAPE_TAGS]
            if members:
                found.extend(shapes._shape_factory(element) for element in members)
                break
    return found


def _text_shapes(shapes: Iterable[Any]) -> Iterator[Any]:
    """Every shape with text, groups included, without chrome."""
    for shape in shapes:
        if _is_chrome(shape):
            continue
        if _shape_type(shape) == _group_type():
            yield from _text_shapes(_members(shape.shapes))
        elif _has_text_frame(shape) and _frame_text(shape):
            yield shape


def _group_type() -> Any:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    return MSO_SHAPE_TYPE.GROUP


def _points(shape: Any) -> float | None:
    """The largest font size a text shape sets on its runs or paragraphs, or None when it sets none."""
    fonts = [run.font for p in shape.text_frame.paragraphs for run in p.runs]
    fonts += [p.font for p in shape.text_frame.paragraphs]
    sizes = [font.size.pt for font in fonts if font.size is not None]
    return max(sizes) if sizes else None


def _has_text_frame(shape: Any) -> bool:
    """A shape that can hold text (pictures, charts and connectors cannot)."""
    return bool(getattr(shape, "has_text_frame", False))


def _is_text_box(shape: Any) -> bool:
    """A plain shape with a text frame, not a placeholder: where a deck sets a title or a label by hand."""
    return not _is_placeholder(shape) and _has_text_frame(shape)


def _title_candidate(shape: Any, max_words: int = TITLE_MAX_WORDS) -> bool:
    """Short text with a word in it, on one or two lines: not a paragraph, a number or a formula label."""
    text = _frame_text(shape)
    return (
        len(text.split()) <= max_words and len(shape.text_frame.paragraphs) <= 2 and bool(_WORD_OF_THREE.search(text))
    )


def repeated_texts(slides: Iterable[list[Any]], size: _SlideSize) -> frozenset[tuple[str, int, int]]:
    """Texts shown at the same place on three slides or more (each slide given as its shapes): running
    headers, not titles."""
    seen: dict[tuple[str, int, int], int] = {}
    for shapes in slides:
        for key in {_place(shape, size) for shape in _text_shapes(shapes) if not _is_placeholder(shape)}:
            seen[key] = seen.get(key, 0) + 1
    return frozenset(key for key, count in seen.items() if count >= 3)


def _place(shape: Any, size: _SlideSize) -> tuple[str, int, int]:
    """A text and where it stands, to a twentieth of the slide."""
    top = round(20 * (shape.top or 0) / size.height) if size.height > 0 else 0
    left = round(20 * (shape.left or 0) / size.width) if size.width > 0 else 0
    return _frame_text(shape), top, left


def _prominent_text(shapes: Any, size: _SlideSize) -> Any:
    """On a slide without a title placeholder, the short text set clearly larger than all other text.

    A reader takes the text that stands out ("Introduction" at 48 pt over 20 pt
    text, "Thank you" at 96 pt) as the title, wherever it stands in the upper
    part of the slide.
    """
    texts = list(_text_shapes(shapes))
    sized = [(_points(shape) or DEFAULT_POINTS, shape) for shape in texts]
    candidates = [
        (points, shape)
        for points, shape in sized
        if (
            _title_candidate(shape) or (_title_candidate(shape, PROMINENT_TITLE_MAX_WORDS) and _at_the_top(shape, size))
        )
        and _in_upper_part(shape, size)
        and _place(shape, size) not in size.headers
    ]
    if not candidates:
        return None
    points, best = max(candidates, key=lambda item: item[0])
    # A bare number (a list marker drawn as a shape) does not compete with a title.
    others = [
        p
        for p, shape in sized
        if shape is not best and not _BARE_NUMBER.match(_frame_text(shape)) and _place(shape, size) not in size.headers
    ]
    return best if points >= PROMINENCE * max(others, default=DEFAULT_POINTS) else None


def _in_upper_part(shape: Any, size: _SlideSize) -> bool:
    return size.height <= 0 or (shape.top or 0) < size.height * 0.6


def _at_the_top(shape: Any, size: _SlideSize) -> bool:
    """In the top fifth of the slide, where titles stand."""
    return size.height <= 0 or (shape.top or 0) < size.height * 0.2


def _title_like_text_box(shapes: Any, size: _SlideSize) -> Any:
    """Many decks put the title in a plain text box: the short text at the top, wide enough not to be a label."""
    for shape in _reading_order(shapes):
        if not _is_text_box(shape):
            continue
        text = _frame_text(shape)
        if not any(c.isalpha() for c in text) or _place(shape, size) in size.headers:
            continue  # a slide number, an empty box or a running header
        near_top = size.height > 0 and _at_the_top(shape, size)
        wide = size.width <= 0 or (shape.width or 0) >= size.width * 0.15
        one_line = len(shape.text_frame.paragraphs) == 1 and _title_candidate(shape)
        return shape if near_top and one_line and wide else None
    return None


def _headline_above(in_order: list[Any], placeholder: Any, size: _SlideSize) -> Any:
    """A headline in a plain text box above the title placeholder, as wide as a title."""
    top = placeholder.top  # inherited from the layout: slow to look up, so once
    if top is None:
        return None
    for shape in in_order:
        if not _is_text_box(shape):
            continue
        above = shape.top is not None and shape.top + (shape.height or 0) <= top
        wide = size.width > 0 and (shape.width or 0) >= size.width * 0.4
        if above and wide and _frame_text(shape) and _title_candidate(shape):
            return shape
    return None


# A kicker, the short label set over a title ("PAPER 3 · MECHANISM", "STUDY 2"): a few words, just above it.
KICKER_MAX_WORDS = 5


def _kicker_above(in_order: list[Any], title: Any, size: _SlideSize) -> Any:
    """A short label right above a title read from its size, where the title starts: read first, "Kicker: title"."""
    if title.top is None or size.height <= 0 or size.width <= 0:
        return None
    for shape in in_order:
        if shape is title or not _is_text_box(shape):
            continue
        if shape.top is None or not _title_candidate(shape, KICKER_MAX_WORDS):
            continue
        if _place(shape, size) in size.headers:
            continue  # a running header ("Introduction" over every slide of a part) is no kicker of this title
        bottom = shape.top + (shape.height or 0)
        just_above = bottom <= title.top + size.height * 0.02 and title.top - bottom <= size.height * 0.1
        aligned = abs((shape.left or 0) - (title.left or 0)) <= size.width * 0.05
        # (a kicker the title repeats adds nothing: "CONTRIBUTIONS" over "Contributions and conclusion")
        if just_above and aligned and not _frame_text(title).lower().startswith(_frame_text(shape).lower()):
            return shape
    return None


def _reading_order(shapes: Iterable[Any]) -> list[Any]:
    """Placeholders in layout order, then the other shapes top to bottom, left to right."""

    def key(shape: Any) -> tuple[int, int, int]:
        if _is_placeholder(shape):
            # A placeholder's position is usually inherited from the layout, which
            # python-pptx looks up slowly; the layout's own order is the reading order.
            return (0, _placeholder_index(shape), 0)
        return (1, shape.top or 0, shape.left or 0)

    return sorted((s for s in shapes if not _is_chrome(s)), key=key)


def _placeholder(shape: Any) -> Any:
    """The shape's placeholder element (``p:nvPr/p:ph`` in its first child), or None.

    python-pptx's ``is_placeholder`` and ``placeholder_format`` compile an
    XPath on every call, and the parser asks them of every shape several
    times (a fifth of reading a deck).
    """
    properties = shape.element[0].find(_NV_PR) if len(shape.element) else None
    return None if properties is None else properties.find(_PH)


def _is_placeholder(shape: Any) -> bool:
    return _placeholder(shape) is not None


_NV_PR = f"{{{_PML}}}nvPr"
_PH = f"{{{_PML}}}ph"
# Placeholder types as the XML names them: a footer, a date, a slide number, a header; a body or an
# object (a placeholder without a type is an object).
_CHROME = frozenset({"ftr", "dt", "sldNum", "hdr"})
_BODY = frozenset({"body", "obj"})


def _placeholder_index(shape: Any) -> int:
    placeholder = _placeholder(shape)
    try:
        return int(placeholder.get("idx", "0")) if placeholder is not None else 0
    except ValueError:
        return 0


def _is_chrome(shape: Any) -> bool:
    placeholder = _placeholder(shape)
    return placeholder is not None and placeholder.get("type") in _CHROME


def _shape_blocks(shape: Any, skipped: frozenset[int] = frozenset()) -> Iterator[Block]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    kind = _shape_type(shape)
    if kind == MSO_SHAPE_TYPE.GROUP:
        for child in _reading_order(_members(shape.shapes)):
            if child.shape_id not in skipped:
                yield from _shape_blocks(child, skipped)
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
    if kind == MSO_SHAPE_TYPE.MEDIA:  # a video (or a sound) the slide plays: something to look at, not text
        yield Image(alt=_alt_text(shape), source="media")
        return
    if _is_diagram(shape):
        yield Image(alt=_alt_text(shape), source="diagram")
        yield from _diagram_text(shape)
        return
    if _has_text_frame(shape):
        yield from _text_blocks(shape)


# Lines, arrows and boxes drawn on the slide: this many make a diagram the audience looks at.
DRAWING_SHAPES = 3


def _drawn_shapes(shapes: Iterable[Any]) -> int:
    """Shapes drawn with PowerPoint's tools (lines, connectors, freeforms, boxes), groups included.

    A box holding more than a label is a text box drawn as a rectangle: text, not a drawing.
    """
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    count = 0
    for shape in shapes:
        kind = _shape_type(shape)
        if kind == MSO_SHAPE_TYPE.GROUP:
            count += _drawn_shapes(_members(shape.shapes))
        elif _is_placeholder(shape):
            continue
        elif kind in (MSO_SHAPE_TYPE.LINE, MSO_SHAPE_TYPE.FREEFORM) or (
            kind == MSO_SHAPE_TYPE.AUTO_SHAPE and count_words(_frame_text(shape) if shape.has_text_frame else "") <= 3
        ):
            count += 1
    return count


def _shape_type(shape: Any) -> Any:
    try:
        return shape.shape_type
    except NotImplementedError:
        return None


def _is_picture_placeholder(shape: Any) -> bool:
    return _is_placeholder(shape) and hasattr(shape, "image")


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
        text = collapse_spaces(" ".join(_paragraph_text(p)[0] for p in point.iter(f"{{{_A}}}p")))
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
    bulleted_by_default = _is_placeholder(shape) and _is_body_placeholder(shape)
    for paragraph in shape.text_frame.paragraphs:
        text, math = _paragraph_text(paragraph._p)
        if not text:
            continue
        if _has_bullet(paragraph, bulleted_by_default):
            yield Bullet(text, paragraph.level + 1, inline_math=math)
        else:
            yield Paragraph(text, inline_math=math)


def _paragraph_text(p: Any) -> tuple[str, tuple[str, ...]]:
    """A paragraph's text as shown: runs, fields, line breaks as spaces, and equations (Office Math).

    python-pptx's text skips equations, which PowerPoint stores beside the runs
    as ``m:oMath`` inside ``mc:AlternateContent``; they are read here as the
    text they show, and reported as inline math.
    """
    parts: list[str] = []
    math: list[str] = []
    for child in p:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("r", "fld"):
            parts.append("".join(t.text or "" for t in child.iter(f"{{{_A}}}t")))
        elif tag == "br":
            parts.append(" ")
        elif formulas := list(child.iter(f"{{{_M}}}oMath")):
            # Inside mc:AlternateContent (as PowerPoint writes it), or on its own.
            # Spaced as the paragraph will be, so that the formula is found in its text.
            formula = collapse_spaces(
                " ".join("".join(t.text or "" for t in node.iter(f"{{{_M}}}t")) for node in formulas)
            )
            math.append(formula)
            parts.append(f" {formula} ")
    return collapse_spaces("".join(parts)), tuple(math)


def _is_body_placeholder(shape: Any) -> bool:
    placeholder = _placeholder(shape)
    return placeholder is not None and placeholder.get("type", "obj") in _BODY


def _has_bullet(paragraph: Any, default: bool) -> bool:
    properties = paragraph._p.pPr
    if properties is not None:
        if properties.find(f"{{{_A}}}buNone") is not None:
            return False
        if properties.find(f"{{{_A}}}buChar") is not None or properties.find(f"{{{_A}}}buAutoNum") is not None:
            return True
    return default


def _frame_text(shape: Any) -> str:
    if not _has_text_frame(shape):
        return ""
    return collapse_spaces(" ".join(_paragraph_text(p._p)[0] for p in shape.text_frame.paragraphs))
