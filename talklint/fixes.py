"""``talklint check --fix``: the mechanical fixes of text talks, applied only where the source agrees.

A rule proposes a fix as an ``Edit`` on its finding (a duplicate title
retitled "… (cont.)", a phrase a substitution rule swaps, a slide that holds
nothing but template placeholders removed). Here each edit is checked
against the file as it is: a replacement is made only where its old text
stands exactly once on the finding's line, and a slide is removed only when
every line of it holds nothing but its own placeholder text and markup.
Anything else is left for the speaker. Binary formats (.pptx, PDF) are never
modified; neither is a file a talk imports (its own findings say where).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from talklint.findings import Finding
from talklint.model import Talk
from talklint.parsers import MARKDOWN_SUFFIXES, NAMED_ONLY_SUFFIXES
from talklint.results import FileResult

TEXT_SUFFIXES = (*MARKDOWN_SUFFIXES, *NAMED_ONLY_SUFFIXES, ".tex")  # what --fix may rewrite

# Markup a removable slide may hold besides its placeholder text: separators, headings, frames.
_MARKUP_WORDS = frozenset({"begin", "end", "frame", "frametitle"})
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class FixedFile:
    path: Path
    before: str
    after: str
    fixed: tuple[Finding, ...]


def plan_fixes(
    result: FileResult, slide_lines: list[int], unsafe: bool = False, before: str | None = None
) -> FixedFile | None:
    """The file's text (or ``before``, an editor's buffer) with every applicable fix made; None when none applies.

    ``slide_lines`` are the first lines of the talk's slides, in order (to know where a slide ends).
    """
    path = result.path
    if path.suffix.lower() not in TEXT_SUFFIXES or result.error:
        return None
    if before is None:
        try:
            before = path.read_bytes().decode("utf-8")  # as it is: line endings kept
        except (OSError, UnicodeDecodeError):
            return None  # a file that is not UTF-8 is not rewritten: its encoding would change
    lines = before.splitlines(keepends=True)
    fixed: list[Finding] = []
    removals: list[tuple[int, int]] = []
    for finding in _with_members(result.findings):
        edit = finding.edit
        if edit is None or finding.line is None or (finding.source not in (None, path)):
            continue
        if not edit.safe and not unsafe:
            continue
        index = finding.line - 1
        if edit.whole_slide:
            span = _removable_slide(lines, index, slide_lines, edit.old)
            if span is not None and span not in removals:
                removals.append(span)
                fixed.append(finding)
        elif 0 <= index < len(lines) and lines[index].count(edit.old) == 1 and edit.old:
            lines[index] = lines[index].replace(edit.old, edit.new)
            fixed.append(finding)
    for start, end in sorted(removals, reverse=True):
        del lines[start:end]
    after = "".join(lines)
    return FixedFile(path, before, after, tuple(fixed)) if after != before else None


def _with_members(findings: tuple[Finding, ...]) -> list[Finding]:
    """A flood's members are findings too, each with its own fix."""
    return [single for finding in findings for single in finding.singles]


def _removable_slide(lines: list[str], start: int, slide_lines: list[int], shown: str) -> tuple[int, int] | None:
    """Lines [start, end) of the slide that begins at ``start``, if they hold only ``shown`` and markup."""
    later = [line - 1 for line in slide_lines if line - 1 > start]
    end = min(later) if later else len(lines)
    allowed = {word.lower() for word in _WORD.findall(shown)} | _MARKUP_WORDS
    for index in range(start, end):
        words = {word.lower() for word in _WORD.findall(lines[index])}
        if not words <= allowed:
            if later:
                return None  # the slide holds something else: the speaker decides
            end = index  # the last slide: stop at what follows it (\end{document})
            break
    span = "".join(lines[start:end])
    if "\\begin{frame}" in span and "\\end{frame}" not in span:
        return None
    return (start, end) if end > start else None


def fix_results(results: list[FileResult], unsafe: bool = False) -> list[FixedFile]:
    """Every file of a run that a fix would change (nothing is written here)."""
    from talklint.errors import ParseError
    from talklint.parsers import parse_talk

    planned = []
    for result in results:
        if result.error or not any(f.edit for f in _with_members(result.findings)):
            continue
        try:
            talk = parse_talk(result.path)
        except ParseError:
            continue
        plan = plan_fixes(result, slide_starts(talk), unsafe)
        if plan is not None:
            planned.append(plan)
    return planned


def slide_starts(talk: Talk) -> list[int]:
    """The first line of each slide written in the talk's own file (what ``plan_fixes`` needs)."""
    return [s.location.line for s in talk.slides if s.location.line and s.location.source in (None, talk.path)]


def unified_diff(fixed: FixedFile) -> str:
    import difflib

    name = fixed.path.as_posix()
    diff = difflib.unified_diff(
        fixed.before.splitlines(keepends=True), fixed.after.splitlines(keepends=True), name, name
    )
    return "".join(diff)


def write(fixed: FixedFile) -> None:
    """Replace the file's text atomically (a reader never sees half of it), keeping its permissions."""
    import os
    import tempfile

    folder = fixed.path.parent
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".talklint-fix-", suffix=fixed.path.suffix)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(fixed.after)
        os.chmod(temporary, fixed.path.stat().st_mode & 0o7777)
        os.replace(temporary, fixed.path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
