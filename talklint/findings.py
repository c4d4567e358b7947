"""Small frozen values that rules yield and reporters print."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from talklint.model import Location, Slide


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


SEVERITIES = tuple(severity.value for severity in Severity)  # "error", "warning", "info"
OFF = "off"  # a configured severity that turns a rule off


@dataclass(frozen=True)
class Edit:
    """A mechanical change to the talk's source that resolves a finding: ``old`` becomes ``new``.

    ``old`` is looked for on the finding's line; ``talklint.fixes`` applies the edit only
    where it finds exactly that text there. ``new`` empty with ``whole_slide`` removes the
    slide. A fix is safe when it cannot change what the speaker meant.
    """

    old: str
    new: str
    whole_slide: bool = False
    safe: bool = True


@dataclass(frozen=True)
class Problem:
    """What a rule yields: where and what. The engine adds which and how bad."""

    message: str
    fix: str
    slide: Slide | None = None
    location: Location | None = None  # defaults to the slide's location
    # Past a rule's hard limit (text-wall over 80 words): reported as an error.
    escalate: bool = False
    # How bad, within the rule (a wall's word count): a flood of findings shows its worst as the example.
    weight: float = 0.0
    edit: Edit | None = None  # the mechanical fix, when there is one (talklint check --fix)
    # The word the finding is about, when each finding names its own (an acronym): a flood names them all.
    term: str = ""


@dataclass(frozen=True)
class Finding:
    """A problem stamped by the engine with its rule, severity and file."""

    path: Path
    code: str
    rule: str
    severity: Severity
    message: str
    fix: str
    slide: int | None = None
    slide_title: str = ""
    # How the speaker finds the slide: "slide 8", or "page 22" / "pages 22-24" in a PDF.
    place: str = ""
    line: int | None = None
    column: int | None = None
    # The file the line points into when it is not ``path`` (an import).
    source: Path | None = None
    # Stable across moved slides: rule, file, slide title and text (see talklint.baseline).
    fingerprint: str = ""
    # The per-slide findings this one reports together when a rule floods a talk (see talklint.floods).
    members: tuple[Finding, ...] = ()
    edit: Edit | None = None
    term: str = ""  # the word the finding is about (Problem.term)

    @property
    def singles(self) -> tuple[Finding, ...]:
        """The per-slide findings this one stands for: a flood's members, else itself."""
        return self.members or (self,)

    @property
    def slides(self) -> tuple[int, ...]:
        """Every slide the finding is about: its own, or its members' when it reports a flood."""
        numbers = [single.slide for single in self.singles]
        return tuple(sorted({n for n in numbers if n is not None}))

    @property
    def sort_key(self) -> tuple[str, int, int, int, str]:
        return (
            str(self.path),
            self.slide if self.slide is not None else -1,
            self.line if self.line is not None else -1,
            self.column if self.column is not None else -1,
            self.code,
        )
