r"""A Beamer talk's source as one text: comments removed, ``\input`` files spliced in.

LaTeX reads ``\input{part}`` as if the part's text stood at that place, so
talklint does the same before parsing. Every line of the combined text
remembers the file and line it came from, so that findings point into the
right file. Verbatim environments are lifted out first (their content is not
LaTeX) and comments are blanked, except ``% talklint:`` directives, which are
kept aside.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from talklint import limits
from talklint.errors import OverLimit, ParseError
from talklint.model import Location, ParseWarning
from talklint.parsers.beamer.macros import (
    EXPANSION_OPENS,
    FrameMacro,
    expand_frame_environments,
    expand_text_macros,
    find_definitions,
    frame_environments,
    frame_macros,
    text_macros,
)
from talklint.parsers.common import CIRCULAR_FIX, OUTSIDE_FIX, repository_root
from talklint.parsers.source import read_text
from talklint.suppression import RawDirective, parse_directive

MAX_INPUT_DEPTH = 16

# Pseudo-code (algorithmic, algorithm2e's algorithm) is code to the audience too: lines of steps, not prose.
PSEUDOCODE_ENVIRONMENTS = ("algorithm", "algorithm*", "algorithmic")
CODE_ENVIRONMENTS = (
    "verbatim",
    "verbatim*",
    "lstlisting",
    "minted",
    "Verbatim",
    "semiverbatim",
    *PSEUDOCODE_ENVIRONMENTS,
)
_CODE_BEGIN = re.compile(r"\\begin\s*\{(" + "|".join(re.escape(e) for e in CODE_ENVIRONMENTS) + r")\}")
_LISTING_OPTIONS = re.compile(r"\s*(?:\[[^\]]*\])?")
_LISTING_LANGUAGE = re.compile(r"\blanguage\s*=\s*(\{[^{}]*\}|[^,\]\s]+)")
_MINTED_ARGUMENTS = re.compile(r"\s*(?:\[[^\]]*\])?\s*(?:\{([^{}]*)\})?")
_SKIPPED_BEGIN = re.compile(r"\\begin\s*\{comment\}")
_IFFALSE = re.compile(r"^\s*\\iffalse\b")
_FI = re.compile(r"^\s*\\fi\b")
_INPUT = re.compile(r"\\(input|include|subfile)\s*\{([^{}\n]*)\}")
_DIRECTIVE_COMMENT = re.compile(r"^\s*%+\s*(talklint\s*:.*)$", re.IGNORECASE)
# A % that starts a comment: not escaped by an odd number of backslashes.
_COMMENT = re.compile(r"(?<!\\)(?:\\\\)*%")


@dataclass(frozen=True)
class Origin:
    path: Path
    line: int


@dataclass(frozen=True)
class Code:
    text: str
    language: str


@dataclass
class _OpenCode:
    """A verbatim block being collected line by line, until its ``\\end``."""

    name: str
    begin: int  # the combined line of its \begin
    language: str
    lines: list[str] = field(default_factory=list)

    @property
    def end(self) -> str:
        return f"\\end{{{self.name}}}"


@dataclass
class BeamerSource:
    """The combined text, and for each of its lines the place it came from."""

    main: Path
    lines: list[str] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    # Verbatim content by the combined line of its \begin.
    code: dict[int, Code] = field(default_factory=dict)
    # Directives by the combined line where they stand.
    directives: list[tuple[int, RawDirective]] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    included: list[Path] = field(default_factory=list)
    # Macros the talk defines that build a frame, by name.
    frame_macros: dict[str, FrameMacro] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)

    @cached_property
    def has_links(self) -> bool:
        """Whether the talk links anywhere (most do not: their frames need not be searched for links)."""
        return any("\\href" in line for line in self.lines)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def _index_lines(self) -> None:
        """Record where each line starts in ``text``, for ``line_of``."""
        self._starts = []
        offset = 0
        for line in self.lines:
            self._starts.append(offset)
            offset += len(line) + 1

    def line_of(self, offset: int) -> int:
        """The combined line (0-based) holding character ``offset`` of ``text``."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def location(self, offset: int) -> Location:
        return self.line_location(self.line_of(offset))

    def line_location(self, line: int) -> Location:
        """Where combined line ``line`` (0-based) stands in its own file."""
        origin = self.origins[min(line, len(self.origins) - 1)] if self.origins else Origin(self.main, 1)
        return _origin_location(origin, self.main)


def read_beamer_source(path: Path) -> BeamerSource:
    """The talk with its inputs spliced in and its own text macros expanded (line numbers unchanged)."""
    source = BeamerSource(main=path)
    _Reader(source, repository_root(path)).read(path, depth=0, stack=())
    definitions = find_definitions(source.text)
    source.lines = expand_frame_environments(source.lines, frame_environments(source.text))
    source.lines = expand_text_macros(source.lines, text_macros(definitions))
    source.frame_macros = frame_macros(definitions)
    source._index_lines()
    return source


@dataclass
class _Reader:
    source: BeamerSource
    root: Path
    # Past \begin{document}: an input before it defines macros, one after it holds frames.
    in_document: bool = False
    characters: int = 0  # read so far, inputs included

    def read(self, path: Path, depth: int, stack: tuple[Path, ...]) -> None:
        text = read_text(path).text
        self.characters += len(text)
        if self.characters > limits.MAX_SOURCE_CHARS:
            raise OverLimit(f"the talk and its inputs (at {path.name}) are " + limits.beyond("MAX_SOURCE_CHARS"))
        lines = text.splitlines()
        stack = (*stack, path.resolve())
        skip_until: re.Pattern[str] | None = None
        code: _OpenCode | None = None
        for number, line in enumerate(lines, start=1):
            origin = Origin(path, number)
            if code is not None:
                code = self._take_code_line(code, line, origin)
                continue
            if skip_until is not None:
                self._add("", origin)
                if skip_until.search(line):
                    skip_until = None
                continue
            self._note_directive(line, origin)
            text = _without_comment(line)
            if _IFFALSE.match(text):
                skip_until = _FI
                self._add("", origin)
                continue
            if match := _SKIPPED_BEGIN.search(text):
                skip_until = re.compile(r"\\end\s*\{comment\}")
                self._add(text[: match.start()], origin)
                continue
            if match := _CODE_BEGIN.search(text):
                code = self._open_code(match, text, origin)
                continue
            self._add_with_inputs(text, origin, depth, stack)

    def _add(self, text: str, origin: Origin) -> None:
        self.source.lines.append(text)
        self.source.origins.append(origin)

    def _note_directive(self, line: str, origin: Origin) -> None:
        match = _DIRECTIVE_COMMENT.match(line)
        raw = parse_directive(match.group(1), origin.line) if match else None
        if raw is not None:
            self.source.directives.append((len(self.source.lines), raw))

    def _open_code(self, match: re.Match[str], text: str, origin: Origin) -> _OpenCode | None:
        """Start a verbatim block; the \\begin line stays so the parser sees the environment."""
        name = match.group(1)
        rest = text[match.end() :]
        # [options] for every listing, then {language} for minted: not part of the code.
        arguments = (_MINTED_ARGUMENTS if name == "minted" else _LISTING_OPTIONS).match(rest)
        language = (arguments.group(1) or "") if arguments and name == "minted" else ""
        if arguments and name == "lstlisting" and (named := _LISTING_LANGUAGE.search(arguments.group(0))):
            language = named.group(1).strip("{} ")  # [language=Python], [language={[Sharp]C}]
        if name in PSEUDOCODE_ENVIRONMENTS:
            language = "pseudocode"
        self._add(text[: match.end()], origin)
        code = _OpenCode(name, len(self.source.lines) - 1, language)
        if code.end in rest:  # a one-line block
            code.lines.append(rest[arguments.end() if arguments else 0 : rest.index(code.end)])
            self._close_code(code)
            self._add(rest[rest.index(code.end) :], origin)
            return None
        return code

    def _take_code_line(self, code: _OpenCode, line: str, origin: Origin) -> _OpenCode | None:
        if code.end not in line:
            code.lines.append(line)
            self._add("", origin)
            return code
        code.lines.append(line[: line.index(code.end)])
        self._close_code(code)
        self._add(line[line.index(code.end) :], origin)
        return None

    def _close_code(self, code: _OpenCode) -> None:
        self.source.code[code.begin] = Code("\n".join(code.lines).strip("\n"), code.language)

    def _add_with_inputs(self, text: str, origin: Origin, depth: int, stack: tuple[Path, ...]) -> None:
        """Add a line, splicing in the files its ``\\input`` commands name."""
        start = 0
        if "\\begin{document}" in text:
            self.in_document = True
        for match in _INPUT.finditer(text):
            self._add(text[start : match.start()], origin)
            self._splice(match.group(2).strip(), origin, depth, stack)
            start = match.end()
        self._add(text[start:], origin)

    def _splice(self, name: str, origin: Origin, depth: int, stack: tuple[Path, ...]) -> None:
        where = _where(origin, self.source.main)
        name = self._expand_path(name)
        target = self._resolve(name)
        problem, fix = None, ""
        if target is None:
            lost = "its frames are not linted" if self.in_document else "the macros it defines are not expanded"
            problem = f"input '{name}' {where} not found; {lost}"
        elif not target.resolve().is_relative_to(self.root):
            problem = f"input '{name}' {where} points outside the repository ({self.root}); not followed"
            fix = OUTSIDE_FIX
        elif target.resolve() in stack or depth >= MAX_INPUT_DEPTH:
            problem = f"input '{name}' {where} is circular or nested too deeply; not followed"
            fix = CIRCULAR_FIX
        elif len(self.source.included) >= limits.MAX_INPUT_FILES:
            problem = f"input '{name}' {where} is " + limits.beyond("MAX_INPUT_FILES", advice="not followed")
            fix = "Lint the talk's parts as separate files, or raise the limit as the message says"
        if problem is not None or target is None:
            location = _origin_location(origin, self.source.main)
            self.source.warnings.append(ParseWarning(problem or "", location, fix))
            return
        self.source.included.append(target)
        try:
            self.read(target, depth + 1, stack)
        except OverLimit:
            raise
        except ParseError as error:
            message = f"input '{name}' {where} cannot be read: {error}"
            self.source.warnings.append(ParseWarning(message, _origin_location(origin, self.source.main)))

    def _expand_path(self, name: str) -> str:
        r"""``\input{\parts/intro}`` with ``\newcommand{\parts}{content/parts}`` read above it: the folder named."""
        if "\\" not in name:
            return name
        macros = text_macros(find_definitions("\n".join(self.source.lines)))
        expanded = expand_text_macros([name], macros)[0]
        return expanded.replace(EXPANSION_OPENS, "").replace("{", "").replace("}", "").strip()

    def _resolve(self, name: str) -> Path | None:
        """LaTeX looks for inputs from the main file's folder, with or without ``.tex``."""
        base = self.source.main.parent
        for candidate in (base / name, base / f"{name}.tex"):
            if candidate.is_file():
                return candidate
        return None


def _without_comment(line: str) -> str:
    match = _COMMENT.search(line)
    if match is None:
        return line
    # Keep escaped backslashes before the %, drop the comment itself.
    return line[: match.end() - 1]


def _where(origin: Origin, main: Path) -> str:
    return f"at line {origin.line}" if origin.path == main else f"at {origin.path.name}:{origin.line}"


def _origin_location(origin: Origin, main: Path) -> Location:
    return Location(origin.line, 1, None if origin.path == main else origin.path)
