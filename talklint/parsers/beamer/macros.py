r"""Frame macros a talk defines for itself, such as ``\newcommand{\frameT}[2]{\frame{\frametitle{#1} #2}}``.

A simple wrapper names one parameter as the frame title and passes the
others through as the frame's content; talklint then reads ``\frameT{A}{B}``
as a frame titled A holding B. Wrappers that compute anything cleverer are
left alone (their uses read as text, and the talk may get a parse warning
for having no frames).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DEFINITION = re.compile(
    r"\\(?:re|provide)?newcommand\*?\s*\{?\s*\\([A-Za-z@]+)\s*\}?\s*(?:\[(\d)\])?\s*(?:\[[^\]]*\])?\s*\{"
    r"|\\def\s*\\([A-Za-z@]+)\s*((?:#\d)*)\s*\{"
)
_FRAME = re.compile(r"\\begin\s*\{frame\}|\\frame(?![A-Za-z])")
_OPTIONS = r"\s*(?:<[^>]*>)?\s*(?:\[[^\]]*\])?\s*"
_TITLE_PARAMETER = re.compile(
    r"\\frametitle" + _OPTIONS + r"\{\s*#(\d)\s*\}|\\begin\s*\{frame\}" + _OPTIONS + r"\{\s*#(\d)\s*\}"
)
_LITERAL_TITLE = re.compile(
    r"\\frametitle" + _OPTIONS + r"\{([^{}#]*)\}|\\begin\s*\{frame\}" + _OPTIONS + r"\{([^{}#]*)\}"
)
_PARAMETER = re.compile(r"#(\d)")
MAX_BODY_CHARS = 4000
# Characters of definition bodies read in one talk; real preambles use a few ten thousand.
MAX_SCANNED_CHARS = 1_000_000


@dataclass(frozen=True)
class FrameMacro:
    name: str
    arguments: int
    # The parameter that is the frame title (1-based), or None.
    title_parameter: int | None
    # A fixed title written in the definition, when no parameter is the title.
    literal_title: str
    # The parameters that are the frame's content, in the order they appear.
    content_parameters: tuple[int, ...]
    # The definition's own content when it takes no parameters (e.g. \tableofcontents).
    literal_body: str


@dataclass(frozen=True)
class Definition:
    r"""One ``\newcommand`` or ``\def``: the macro's name, its parameter count and its body."""

    name: str
    parameters: int
    body: str


def find_definitions(text: str) -> list[Definition]:
    """Every macro definition in the text whose body ends within ``MAX_BODY_CHARS``.

    Reading stops after ``MAX_SCANNED_CHARS`` of bodies: a file of unclosed
    definitions would otherwise be scanned ``MAX_BODY_CHARS`` per definition.
    """
    definitions: list[Definition] = []
    scanned = 0
    for match in _DEFINITION.finditer(text):
        body = _braced_body(text, match.end() - 1)
        scanned += len(body) + 2 if body is not None else min(MAX_BODY_CHARS, len(text) - match.end())
        if scanned > MAX_SCANNED_CHARS:
            break
        if body is None:
            continue
        if match.group(1):
            definitions.append(Definition(match.group(1), int(match.group(2) or 0), body))
        else:
            definitions.append(Definition(match.group(3), len(_PARAMETER.findall(match.group(4) or "")), body))
    return definitions


def frame_macros(definitions: list[Definition]) -> dict[str, FrameMacro]:
    """Every macro whose definition builds a frame, by name (a later definition wins, as in LaTeX)."""
    return {d.name: _frame_macro(d.name, d.parameters, d.body) for d in definitions if _FRAME.search(d.body)}


_STRUCTURE = frozenset({"frame", "item", "section", "subsection", "begin", "end", "input", "include", "note", "title"})
MAX_TEXT_MACRO_CHARS = 300
_XSPACE = re.compile(r"\\xspace\s*$")
# What each expansion opens with: \relax, which shows nothing (see ``expand_text_macros``).
EXPANSION_OPENS = "\\relax"
# Characters that text macros may add to a talk in all; a real talk adds a few thousand.
MAX_EXPANSION_CHARS = 2_000_000


def text_macros(definitions: list[Definition]) -> dict[str, str]:
    r"""Parameterless macros that stand for a short piece of text: ``\newcommand{\claim}{Why did crime rise?}``."""
    macros: dict[str, str] = {}
    for d in definitions:
        if d.parameters or d.name in _STRUCTURE or d.name in macros:
            continue
        body = d.body
        if len(body) <= MAX_TEXT_MACRO_CHARS and "\n" not in body and "#" not in body and not _FRAME.search(body):
            macros[d.name] = body
    return macros


def expand_text_macros(lines: list[str], macros: dict[str, str]) -> list[str]:
    """Put each text macro's body where it is used, line by line (line numbers do not move).

    Expansion adds at most ``MAX_EXPANSION_CHARS`` to the talk: macros that
    use each other many times would otherwise grow it without bound.
    """
    if not macros:
        return lines
    use = re.compile(r"\\(" + "|".join(re.escape(name) for name in macros) + r")(?![A-Za-z@])(\s?)")
    budget = MAX_EXPANSION_CHARS

    def body(match: re.Match[str]) -> str:
        nonlocal budget
        text, spaced = _XSPACE.subn("", macros[match.group(1)])
        # A group of its own, as TeX keeps the macro's fonts to it; after \relax, which shows nothing, so that
        # a macro opening a frame's body ("{Why \sys?} \sys cuts latency") is no second title argument.
        # TeX drops the space after a macro's name; \xspace at the end of its body puts it back before a word.
        replacement = EXPANSION_OPENS + "{" + text + "}" + (match.group(2) if spaced else "")
        budget -= len(replacement)
        return replacement if budget >= 0 else match.group(0)

    expanded = []
    for line in lines:
        if "\\" not in line or _DEFINITION.search(line):
            expanded.append(line)
            continue
        for _ in range(2):  # a macro may use another one
            line = use.sub(body, line)
        expanded.append(line)
    return expanded


# \newenvironment{slide}[1]{\begin{frame}{#1}}{\end{frame}}: an environment of the talk's own that builds a frame.
_ENVIRONMENT = re.compile(
    r"\\(?:re)?newenvironment\*?\s*\{\s*([A-Za-z@]+\*?)\s*\}\s*(?:\[(\d)\])?\s*(\[[^\]]*\])?\s*\{"
)
FRAME_END = re.compile(r"\\end\s*\{frame\}")
# Where an argument opens, and an optional one: " {", " [t]".
_BRACE_OPENS = re.compile(r"\s*\{")
_OPTIONAL_ARGUMENT = re.compile(r"\s*\[([^\]]*)\]")


@dataclass(frozen=True)
class FrameEnvironment:
    r"""An environment the talk defines around a frame (``\begin{slide}{Title} … \end{slide}``)."""

    name: str
    parameters: int
    # The first parameter's default, where it is optional (``[2][t]``).
    default: str | None
    begin: str
    end: str


def frame_environments(text: str) -> dict[str, FrameEnvironment]:
    """The environments ``text`` defines whose opening code opens a frame and closing code closes it."""
    found: dict[str, FrameEnvironment] = {}
    scanned = 0
    for match in _ENVIRONMENT.finditer(text):
        begin = _braced_body(text, match.end() - 1)
        if begin is None:
            continue
        close = _BRACE_OPENS.match(text, match.end() + len(begin) + 1)
        end = _braced_body(text, close.end() - 1) if close else None
        scanned += len(begin) + len(end or "")
        if scanned > MAX_SCANNED_CHARS:
            break
        if end is not None and _FRAME.search(begin) and FRAME_END.search(end):
            default = match.group(3)[1:-1] if match.group(3) else None
            found[match.group(1)] = FrameEnvironment(match.group(1), int(match.group(2) or 0), default, begin, end)
    return found


def expand_frame_environments(lines: list[str], environments: dict[str, FrameEnvironment]) -> list[str]:
    r"""Each ``\begin{slide}{Title}`` and ``\end{slide}`` of the talk's frame environments as the frame code it
    stands for, its arguments (written on the same line) put in; line by line (line numbers do not move)."""
    if not environments:
        return lines
    names = "|".join(re.escape(name) for name in environments)
    use = re.compile(r"\\(begin|end)\s*\{(" + names + r")\}")
    return [_expanded(line, use, environments) if "\\begin" in line or "\\end" in line else line for line in lines]


def _expanded(line: str, use: re.Pattern[str], environments: dict[str, FrameEnvironment]) -> str:
    pieces, position = [], 0
    for found in use.finditer(line):
        if found.start() < position:
            continue  # inside the arguments just read
        environment = environments[found.group(2)]
        pieces.append(line[position : found.start()])
        if found.group(1) == "end":
            code, position = environment.end, found.end()
        else:
            arguments, position = _arguments(line, found.end(), environment)
            code = _with_arguments(environment.begin, arguments)
        pieces.append(" ".join(code.split()))
    return "".join(pieces) + line[position:]


def _with_arguments(code: str, arguments: list[str]) -> str:
    """``code`` with ``#1``, ``#2``… replaced by the arguments given (nothing for one not given)."""

    def argument(parameter: re.Match[str]) -> str:
        number = int(parameter.group(1))
        return arguments[number - 1] if 1 <= number <= len(arguments) else ""

    return _PARAMETER.sub(argument, code)


def _arguments(line: str, start: int, environment: FrameEnvironment) -> tuple[list[str], int]:
    """The arguments given to an environment on its line from ``start``, and where they end."""
    arguments: list[str] = []
    position = start
    if environment.default is not None:
        optional = _OPTIONAL_ARGUMENT.match(line, position)
        arguments.append(optional.group(1) if optional else environment.default)
        position = optional.end() if optional else position
    while len(arguments) < environment.parameters:
        brace = _BRACE_OPENS.match(line, position)
        body = _braced_body(line, brace.end() - 1) if brace else None
        if brace is None or body is None:
            break
        arguments.append(body)
        position = brace.end() + len(body) + 1
    return arguments, position


def _frame_macro(name: str, count: int, body: str) -> FrameMacro:
    title = _TITLE_PARAMETER.search(body)
    title_parameter = int(title.group(1) or title.group(2)) if title else None
    literal = _LITERAL_TITLE.search(body) if title is None else None
    content = tuple(
        dict.fromkeys(int(p) for p in _PARAMETER.findall(body) if int(p) != title_parameter and 1 <= int(p) <= count)
    )
    return FrameMacro(
        name=name,
        arguments=count,
        title_parameter=title_parameter,
        literal_title=(literal.group(1) or literal.group(2) or "").strip() if literal else "",
        content_parameters=content,
        literal_body=_inner_frame(body) if count == 0 else "",
    )


def _braced_body(text: str, open_brace: int) -> str | None:
    """The text between the brace at ``open_brace`` and its match (bounded)."""
    depth = 0
    end = min(len(text), open_brace + MAX_BODY_CHARS)
    index = open_brace
    while index < end:
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[open_brace + 1 : index]
        index += 1
    return None


def _inner_frame(body: str) -> str:
    """A parameterless frame macro's content, without the frame wrapper and title."""
    inner = _LITERAL_TITLE.sub(" ", body)
    inner = re.sub(r"\\(?:begin|end)\s*\{frame\}|\\frame(?![A-Za-z])" + _OPTIONS, " ", inner)
    return inner.strip().removeprefix("{").removesuffix("}")
