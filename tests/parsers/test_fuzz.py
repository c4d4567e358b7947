"""Random talks made of the pieces readers trip on: a reader either reads them or refuses them in one line.

Hypothesis draws texts from Markdown and LaTeX fragments (separators, front
matter, directives, fences, brackets, environments, macros, inputs); every
text must parse to a talk or raise ``ParseError``, never anything else, and
within a bounded time. The number of examples is bounded so CI stays fast.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talklint.errors import ParseError
from talklint.model import Talk
from talklint.parsers import parse_talk

EXAMPLES = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow], derandomize=True)

MARKDOWN_PIECES = [
    "---\n", "marp: true\n", "theme: default\n", "headingDivider: 2\n", "headingDivider: [x\n", "% Title\n",
    "title: &a x\n", "sub: *a\n", "# ", "## ", "### ", "Problem", "Vision", "Thank you", "\n", "\n\n",
    "- item\n", "  - nested\n", "1. first\n", "```python\n", "```\n", "~~~\n", "<!-- note -->", "<!--", "-->",
    "<!-- talklint: disable TL101 -->", "<!-- _class: lead -->", "Note:\n", "???\n", "--\n", "***\n", "|a|b|\n",
    "|-|-|\n", "![fig](x.png)", "[link](", ")", "[", "]", "!", "`", "$$x^2$$", "::: notes\n", ":::\n",
    "src: ./other.md\n", "layout: cover\n", "<style>a{}</style>", "é", "\t", "\r\n", "\x00", "\u202e",
]  # fmt: skip

BEAMER_PIECES = [
    "\\documentclass{beamer}\n", "\\begin{document}\n", "\\end{document}\n", "\\begin{frame}", "\\end{frame}\n",
    "{Title}", "[fragile]", "\\frametitle{T}", "\\section{S}", "\\tableofcontents[currentsection]",
    "\\begin{itemize}", "\\end{itemize}", "\\item ", "text ", "\\pause ", "\\only<2>{x}", "\\note{n}",
    "\\newcommand{\\x}{y}", "\\x", "\\def\\y#1{#1#1}", "\\y{z}", "\\input{missing}", "\\input{\\x/part}",
    "\\begin{verbatim}", "\\end{verbatim}", "$a_1$", "\\[", "\\]", "{", "}", "%", "\\", "\\appendix\n",
    "\\AtBeginSection{\\begin{frame}\\tableofcontents\\end{frame}}", "\\title{T}", "\\maketitle", "\n", "é",
]  # fmt: skip


def _reads_or_refuses(name: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        result = _parsed(path)
        if isinstance(result, str):
            assert result and "\n" not in result  # one line
        else:
            assert [slide.number for slide in result.slides] == list(range(1, len(result.slides) + 1))


def _parsed(path: Path) -> Talk | str:
    """The talk, or the reason it was refused."""
    try:
        return parse_talk(path)
    except ParseError as error:
        return str(error)


@EXAMPLES
@given(st.lists(st.sampled_from(MARKDOWN_PIECES), max_size=60).map("".join))
def test_markdown_reader_reads_or_refuses(text: str) -> None:
    _reads_or_refuses("talk.md", text)


@EXAMPLES
@given(st.lists(st.sampled_from(MARKDOWN_PIECES) | st.text(max_size=20), max_size=40).map("".join))
def test_markdown_reader_reads_or_refuses_any_text(text: str) -> None:
    _reads_or_refuses("talk.md", text)


@EXAMPLES
@given(st.lists(st.sampled_from(BEAMER_PIECES), max_size=60).map("".join))
def test_beamer_reader_reads_or_refuses(text: str) -> None:
    _reads_or_refuses("talk.tex", text)


@EXAMPLES
@given(st.lists(st.sampled_from(BEAMER_PIECES) | st.text(max_size=20), max_size=40).map("".join))
def test_beamer_reader_reads_or_refuses_any_text(text: str) -> None:
    _reads_or_refuses("talk.tex", text)
