"""What a PowerPoint shape is and what it says: the queries the title finder and the block reader share.

python-pptx answers most of these slowly (an XPath compiled per call, a layout looked up per position),
and the reader asks them of every shape several times, so they read the XML directly where that is faster.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from talklint.parsers.common import collapse_spaces

DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_PML = "http://schemas.openxmlformats.org/presentationml/2006/main"
_SHAPE_TAGS = frozenset(f"{{{_PML}}}{tag}" for tag in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart"))


def members(shapes: Any) -> list[Any]:
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
            listed = [element for element in branch if element.tag in _SHAPE_TAGS]
            if listed:
                found.extend(shapes._shape_factory(element) for element in listed)
                break
    return found


def text_shapes(shapes: Iterable[Any]) -> Iterator[Any]:
    """Every shape with text, groups included, without chrome."""
    for shape in shapes:
        if _is_chrome(shape):
            continue
        if shape_type(shape) == _group_type():
            yield from text_shapes(members(shape.shapes))
        elif has_text_frame(shape) and frame_text(shape):
            yield shape


def _group_type() -> Any:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    return MSO_SHAPE_TYPE.GROUP


def has_text_frame(shape: Any) -> bool:
    """A shape that can hold text (pictures, charts and connectors cannot)."""
    return bool(getattr(shape, "has_text_frame", False))


def is_text_box(shape: Any) -> bool:
    """A plain shape with a text frame, not a placeholder: where a deck sets a title or a label by hand."""
    return not is_placeholder(shape) and has_text_frame(shape)


def reading_order(shapes: Iterable[Any]) -> list[Any]:
    """Placeholders in layout order, then the other shapes top to bottom, left to right."""

    def key(shape: Any) -> tuple[int, int, int]:
        if is_placeholder(shape):
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


def is_placeholder(shape: Any) -> bool:
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


def is_body_placeholder(shape: Any) -> bool:
    placeholder = _placeholder(shape)
    return placeholder is not None and placeholder.get("type", "obj") in _BODY


def shape_type(shape: Any) -> Any:
    try:
        return shape.shape_type
    except NotImplementedError:
        return None


def paragraph_text(p: Any, *, as_typed: bool = False) -> tuple[str, tuple[str, ...]]:
    """A paragraph's text as shown: runs, fields, line breaks as spaces, and equations (Office Math);
    ``as_typed``, a line break ends a line and the spacing is kept (a line of code).

    python-pptx's text skips equations, which PowerPoint stores beside the runs
    as ``m:oMath`` inside ``mc:AlternateContent``; they are read here as the
    text they show, and reported as inline math.
    """
    parts: list[str] = []
    math: list[str] = []
    for child in p:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("r", "fld"):
            parts.append("".join(t.text or "" for t in child.iter(f"{{{DRAWINGML}}}t")))
        elif tag == "br":
            parts.append("\n" if as_typed else " ")
        elif formulas := list(child.iter(f"{{{_M}}}oMath")):
            # Inside mc:AlternateContent (as PowerPoint writes it), or on its own.
            # Spaced as the paragraph will be, so that the formula is found in its text.
            formula = collapse_spaces(
                " ".join("".join(t.text or "" for t in node.iter(f"{{{_M}}}t")) for node in formulas)
            )
            math.append(formula)
            parts.append(f" {formula} ")
    text = "".join(parts)
    return (text.rstrip() if as_typed else collapse_spaces(text)), tuple(math)


def frame_text(shape: Any) -> str:
    if not has_text_frame(shape):
        return ""
    return collapse_spaces(" ".join(paragraph_text(p._p)[0] for p in shape.text_frame.paragraphs))
