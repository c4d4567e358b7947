"""What a rule is: plain metadata and one check function.

A Python rule module defines an options dataclass (or uses ``NoOptions``),
a ``check`` generator and one ``RULE = Rule(...)`` constant whose ``doc`` is
the module docstring. There is no registration magic: the registry in
``talklint.rules`` lists every built-in rule by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from talklint.findings import Problem, Severity
from talklint.model import Slide, Talk, without_build_steps

if TYPE_CHECKING:
    from talklint.analysis import TalkAnalysis

CODE_PATTERN = re.compile(r"^TL\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DOC_SECTIONS = ("What it flags", "Why it matters", "Flagged example", "Better example", "Options")


@dataclass(frozen=True)
class NoOptions:
    """The options of a rule that has none."""


@dataclass(frozen=True)
class Context:
    """What a check may read besides its options: the talk and shared facts."""

    talk: Talk
    # Every rule code and name the engine knows, for rules about directives.
    known_rules: frozenset[str] = frozenset()
    # Density rules and talk-level shares look at backup slides only when asked.
    lint_backup: bool = False
    nlp_model: str | None = None

    @property
    def slides(self) -> tuple[Slide, ...]:
        """The slides that density rules check: shown, and in the main talk unless lint-backup."""
        return tuple(s for s in self.talk.slides if not s.hidden and (self.lint_backup or not s.backup))

    @cached_property
    def distinct_slides(self) -> tuple[Slide, ...]:
        """Those slides as the audience counts and reads them: a slide and its build steps once, in its fullest
        state. Rules about what a slide shows check these; the notes of each step are read on ``slides``."""
        return without_build_steps(self.slides)

    @cached_property
    def analysis(self) -> TalkAnalysis:
        """Language analysis and metrics, computed on first use and shared by every rule."""
        from talklint.analysis import analyse

        return analyse(self.talk, self.nlp_model)


OptionsT = TypeVar("OptionsT")


@dataclass(frozen=True)
class Rule(Generic[OptionsT]):
    code: str
    name: str
    category: str
    severity: Severity
    doc: str
    options: OptionsT
    check: Callable[[Context, OptionsT], Iterable[Problem]]
    enabled_by_default: bool = True
    # How a flood of the rule's findings reads when it is reported once for the talk: a template with
    # {count} (findings), {slides} (slides they are on) and {total} (content slides), e.g.
    # "{count} of {total} slides are walls of text". Per-slide rules only.
    flood: str = ""
    # Each finding is its own piece of work with its own measure (an acronym to spell out, a slide's words to
    # cut), not one habit seen on many slides: the list is worth reading item by item, so it floods only when it
    # stands on most slides (floods.floods).
    itemised: bool = False
    # Codes of rules that say the same thing louder: where one of them fires on a slide, this rule's finding
    # on that slide is left out (bullet-overload on a text wall: the wall's fix covers it).
    defers_to: tuple[str, ...] = ()
    # The rule judges what the audience sees on the slides. In a Markdown outline the text under a heading is
    # the speaker's plan ("maybe show the map") and its headings name the parts of the plan, not slide titles:
    # the engine leaves outlines alone for such a rule.
    decks_only: bool = False
    # Where the rule came from: "talklint", a plugin's package, or a YAML file.
    origin: str = "talklint"

    @property
    def defaults(self) -> str:
        """How the rule runs unless configured: "structure, info by default; slide decks only"."""
        off = "" if self.enabled_by_default else ", off"
        decks = "; slide decks only: a Markdown outline is the speaker's plan" if self.decks_only else ""
        return f"{self.category}, {self.severity.value} by default{off}{decks}"

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""


AnyRule = Rule[Any]


def doc_section(doc: str, heading: str) -> str:
    """Return the text under ``heading:`` in a rule docstring, or ''."""
    lines = doc.splitlines()
    out: list[str] = []
    inside = False
    for line in lines:
        stripped = line.strip()
        if stripped.endswith(":") and stripped[:-1] in DOC_SECTIONS:
            inside = stripped[:-1] == heading
            continue
        if inside:
            out.append(line)
    return "\n".join(out).strip("\n")
