"""Parsers: one per file format, each producing a ``talklint.model.Talk``.

The parser is chosen by file extension; each parser then confirms the
content (a ``.pptx`` must be an Office zip, a ``.md`` must be text) and
raises ``ParseError`` with a one-line reason when it is not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from talklint.errors import ParseError

if TYPE_CHECKING:
    from talklint.model import Talk

Parser = Callable[[Path], "Talk"]

MARKDOWN_SUFFIXES = (".md", ".markdown", ".qmd", ".rmd")
# Read when named on the command line, never picked up in folders: most .txt files are not talks.
NAMED_ONLY_SUFFIXES = (".txt",)
SUPPORTED_SUFFIXES = (*MARKDOWN_SUFFIXES, ".pptx", ".tex", ".pdf", *NAMED_ONLY_SUFFIXES)


def _parse_markdown(path: Path) -> Talk:
    from talklint.parsers.markdown.parse import parse_markdown_talk

    return parse_markdown_talk(path)


def _parse_pptx(path: Path) -> Talk:
    from talklint.parsers.pptx.parse import parse_pptx_talk

    return parse_pptx_talk(path)


def _parse_beamer(path: Path) -> Talk:
    from talklint.parsers.beamer.parse import parse_beamer_talk

    return parse_beamer_talk(path)


def _parse_pdf(path: Path) -> Talk:
    from talklint.parsers.pdf.parse import parse_pdf_talk

    return parse_pdf_talk(path)


PARSERS: dict[str, Parser] = {
    **dict.fromkeys((*MARKDOWN_SUFFIXES, *NAMED_ONLY_SUFFIXES), _parse_markdown),
    ".pptx": _parse_pptx,
    ".tex": _parse_beamer,
    ".pdf": _parse_pdf,
}


def _must_be_a_regular_file(path: Path) -> None:
    """Only regular files are read: a pipe would hang the run, a device never end."""
    import os
    import stat

    from talklint.parsers.source import given

    if given(path) is not None:
        return  # given on standard input
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise ParseError("no such file") from None
    except OSError as error:
        raise ParseError(f"cannot read: {error.strerror or error}") from None
    if stat.S_ISDIR(mode):
        raise ParseError("is a directory")
    if not stat.S_ISREG(mode):
        raise ParseError("not a regular file (a pipe, a device or a socket)")


def within_limits(talk: Talk) -> Talk:
    """The talk, or ``ParseError`` when it is past a limit a talk never reaches (talklint.limits)."""
    from talklint import limits

    if len(talk.slides) > limits.MAX_SLIDES:
        raise ParseError(f"the talk's {len(talk.slides):,} slides are " + limits.beyond("MAX_SLIDES"))
    characters = sum(len(s.text) + len(s.notes) for s in talk.slides)
    if characters > limits.MAX_TALK_CHARS:
        raise ParseError(
            f"the talk's {characters:,} characters of text and notes are " + limits.beyond("MAX_TALK_CHARS")
        )
    return talk


def _said_if_unread(talk: Talk) -> Talk:
    """A talk that is mostly pictures of text says so: its story is not judged (``Talk.unread``)."""
    import dataclasses

    from talklint.model import ParseWarning

    if not talk.unread:
        return talk
    wordless, content = len(talk.wordless_slides), len(talk.content_slides)
    warning = ParseWarning(
        f"{wordless} of {content} slides show no words talklint can read (pictures of text, or text drawn as "
        "shapes); the story rules were skipped",
        fix="Export the talk with its text as text, not as pictures, or say in each slide's notes what it shows",
    )
    return dataclasses.replace(talk, warnings=(*talk.warnings, warning))


def is_discoverable(path: Path) -> bool:
    """A file that folder discovery lints: a supported format that is not named-only."""
    suffix = path.suffix.lower()
    return suffix in PARSERS and suffix not in NAMED_ONLY_SUFFIXES


def parse_talk(path: Path) -> Talk:
    """Parse any supported talk file; raise ``ParseError`` with the reason."""
    parser = PARSERS.get(path.suffix.lower())
    if path.suffix.lower() == ".ppt":
        raise ParseError("legacy binary PowerPoint (.ppt) is not supported; save it as .pptx")
    if parser is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise ParseError(f"unsupported file type '{path.suffix or '(none)'}' (supported: {supported})")
    _must_be_a_regular_file(path)
    try:
        return _said_if_unread(within_limits(parser(path)))
    except ParseError:
        raise
    except RecursionError:
        raise ParseError("structure nested too deeply to read") from None
    except MemoryError:
        raise ParseError("too large to read in memory") from None
