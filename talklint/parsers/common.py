"""Steps every parser shares once it has its slides."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from talklint.model import Slide, Talk

# LaTeX environments whose content is displayed math, in Markdown and Beamer alike (each also starred).
MATH_ENVIRONMENT_NAMES = (
    "equation", "align", "gather", "multline", "eqnarray", "alignat", "flalign", "displaymath", "math",
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_BACKUP_DIVIDER = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(backup|appendix|appendices|extra slides?|additional slides?|supplementary|supplemental)\b",
    re.IGNORECASE,
)


def collapse_spaces(text: str) -> str:
    """Text on one line as the audience reads it: runs of spaces and line breaks become one space."""
    return _SPACES.sub(" ", text).strip()


def is_backup_divider(title: str) -> bool:
    """A slide or section titled Backup, Appendix, Extra slides, Supplementary..."""
    return bool(_BACKUP_DIVIDER.match(title.strip()))


def finish_talk(talk: Talk) -> Talk:
    """Mark the slides from the first backup divider on as backup."""
    slides: list[Slide] = []
    in_backup = False
    for slide in talk.slides:
        if not in_backup and (is_backup_divider(slide.title) or is_backup_divider(slide.section)):
            in_backup = True
        slides.append(dataclasses.replace(slide, backup=True) if in_backup else slide)
    return dataclasses.replace(talk, slides=tuple(slides))


def repository_root(path: Path) -> Path:
    """The nearest folder above ``path`` holding ``.git``, else the file's folder.

    Imports and includes are followed only inside this root, so a talk cannot
    make talklint read arbitrary files on the machine.
    """
    folder = path.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder
