"""Reporters turn lint results into text; they know nothing about rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from talklint.engine import FileResult


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    statistics: bool = False
    quiet: bool = False


Reporter = Callable[[Sequence[FileResult], ReportOptions], str]


def get_reporter(name: str) -> Reporter:
    from talklint.reporters import json, text

    reporters: dict[str, Reporter] = {"text": text.report, "json": json.report}
    return reporters[name]


FORMATS = ("text", "json")
