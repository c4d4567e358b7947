"""The talk's story as the narrative rules see it: main slides and their roles."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from talklint.analysis.roles import SlideRoles
from talklint.model import Slide
from talklint.rule import Context

FRAME_ROLES = frozenset({"outline", "closing", "acknowledgments", "title"})
OPENING_SHARE = 0.2
OPENING_MIN = 5

_HORIZON = re.compile(
    r"\b(years?\s*\d+(\s*[-–—]\s*\d+)?|year\s+(one|two|three|four|five)|(first|second|third)\s+years?|"
    r"next\s+(two|three|four|five|ten|few|\d+)\s+years?|within\s+(two|three|five|ten|\d+)\s+years?|"
    r"in\s+(two|three|five|ten|\d+)\s+years?|(short|medium|mid|long|near)[\s-]+term|next\s+decade|"
    r"(19|20)\d\d|\d+\s*[-–]\s*\d+\s+years?|months?\s+\d+|\d+\s+months?|by\s+(19|20)\d\d|phase\s+\d|"
    r"this\s+year|next\s+year|immediate(ly)?|first\s+step|q[1-4](\s*[-–]\s*q[1-4])?|quarters?|semesters?)\b",
    re.IGNORECASE,
)
_GOAL = re.compile(
    r"\b(goals?|aims?|objectives?|targets?|milestones?|deliverables?|success|measure[ds]?|metrics?|"
    r"so that|in order to|we will|i will|my lab will|enable|deliver|achieve|build|demonstrate|\d+\s*%|\d+x)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Story:
    """The main-talk slides in order, each with its roles."""

    slides: tuple[Slide, ...]
    roles: tuple[SlideRoles, ...]

    def where(self, role: str, minimum: float = 0.3) -> list[int]:
        """Positions (0-based) of slides that carry ``role``.

        Outline, closing and acknowledgment slides (references included) carry only
        their own role: "the future of …" in a cited title is not a vision.
        """
        return [
            i
            for i, r in enumerate(self.roles)
            if r.role == role or (r.role not in FRAME_ROLES and r.has(role, minimum))
        ]

    def first(self, *roles: str) -> int | None:
        found = [i for role in roles for i in self.where(role)]
        return min(found) if found else None

    @property
    def opening_size(self) -> int:
        return max(math.ceil(OPENING_SHARE * len(self.slides)), OPENING_MIN)

    def describe(self, index: int) -> str:
        slide = self.slides[index]
        return f"{slide.label} '{slide.title or 'untitled'}'"


def story(context: Context) -> Story | None:
    """The story of an English talk; None when the talk is not English (TL002 says so)."""
    analysis = context.analysis
    if not analysis.is_english:
        return None
    slides = tuple(s for s in context.talk.slides if s.is_content)
    roles = tuple(analysis.role(s) for s in slides)
    end = _closing_end(roles)
    return Story(slides[:end], roles[:end])


def _closing_end(roles: tuple[SlideRoles, ...]) -> int:
    """Slides after a final "Thank you" or "Questions?" are extras, as if after a Backup divider."""
    last_third = (2 * len(roles)) // 3
    for index in range(last_third, len(roles)):
        if roles[index].role == "closing":
            return index + 1
    return len(roles)


def has_horizon(text: str) -> bool:
    return bool(_HORIZON.search(text))


def has_goal(text: str) -> bool:
    return bool(_GOAL.search(text))
