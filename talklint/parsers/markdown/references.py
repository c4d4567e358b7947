"""How a Markdown talk names the files it takes slides from, line by line, and where a name points.

One place for the three ways (Slidev's ``src:``, Quarto's ``{{< include >}}``, knitr's child chunks), read by
``includes`` to splice a talk's parts in and by ``parts`` to find the talk a part belongs to. Kept light: the
command line reads it before any parser is loaded.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# The files that can be a Markdown talk's part (a Slidev page, a Quarto include, a knitr child).
MARKDOWN_PART_SUFFIXES = (".md", ".markdown", ".qmd", ".rmd")
# The files knitr or Quarto runs before any slide framework renders them (R Markdown, Quarto).
KNITTED_SUFFIXES = (".rmd", ".qmd")
# How many parts deep a talk's parts are followed (a part may take in parts of its own).
MAX_IMPORT_DEPTH = 8
# A shortcode alone on its line, its path quoted or not: {{< include _intro.qmd >}}, {{< include "/parts/a.qmd" >}}.
INCLUDE = re.compile(r"""^\s*\{\{<\s*include\s+(["']?)([^"'<>\n]{1,500}?)\1\s*>\}\}\s*$""")
# knitr's child documents, knitted where their chunk stands: ```{r, child = 'intro.Rmd'}, ```{r parts, child =
# c("a.Rmd", "b.Rmd")} (the chunk's own lines are not read).
CHILD_CHUNK = re.compile(r"^\s*`{3,}\s*\{r\b[^}\n]{0,500}?\bchild\s*=\s*([^}\n]{1,500})\}\s*$", re.IGNORECASE)
_QUOTED = re.compile(r"""["']([^"'\n]{1,500})["']""")
# Slidev's import, in a slide's front matter: "src: ./pages/results.md#2-3".
_SLIDEV_SOURCE = re.compile(r"""^src\s*:\s*["']?([^"'#\s]{1,500})""")


def included(line: str) -> str | None:
    """The file a Quarto include line names, or None."""
    found = INCLUDE.match(line) if "{{<" in line else None
    return found.group(2).strip() if found else None


def children(line: str) -> list[str]:
    """The files a knitr child chunk's opening line names (none for another line)."""
    found = CHILD_CHUNK.match(line) if "child" in line else None
    return [name.strip() for name in _QUOTED.findall(found.group(1))] if found else []


def names_taken_in(line: str, knitted: bool) -> list[str]:
    """The files a line of a Markdown talk takes slides from: an include, a child chunk (in a knitted file), an
    import."""
    name = included(line)
    if name:
        return [name]
    if knitted and (named := children(line)):
        return named
    source = _SLIDEV_SOURCE.match(line) if line.startswith("src") else None
    return [source.group(1)] if source else []


def pointed_at(naming: Path, written: str, root: Path) -> Path:
    """Where a name written in ``naming`` points: from the file's folder, or from the repository's ``root`` when it
    starts with ``/``."""
    base = root if written.startswith("/") else naming.parent
    return resolved(base / written.lstrip("/"))


def as_named(naming: Path, written: str, root: Path) -> Path:
    """Where a name written in ``naming`` points, as findings show it: beside ``naming`` as the user named the talk
    (relative when they named it so, as a Beamer talk's inputs are shown), links not followed."""
    if not written.startswith("/"):
        return Path(os.path.normpath(naming.parent / written))
    path = root / written.lstrip("/")
    return Path(os.path.relpath(path)) if not naming.is_absolute() else path


def resolved(path: Path) -> Path:
    """The path with its links followed; as written (made absolute) where they loop, which reading it then
    reports (a link to itself is no file)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
