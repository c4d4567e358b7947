"""Reporters turn lint results into text; they know nothing about rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from talklint.results import FileResult
from talklint.rule import AnyRule


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    # The rules that ran, for formats that describe them (SARIF, JUnit).
    rules: tuple[AnyRule, ...] = ()


Reporter = Callable[[Sequence[FileResult], ReportOptions], str]


def get_reporter(name: str) -> Reporter:
    from talklint.reporters import github, gitlab, json, junit, sarif, text

    reporters: dict[str, Reporter] = {
        "text": text.report,
        "json": json.report,
        "github": github.report,
        "sarif": sarif.report,
        "junit": junit.report,
        "gitlab": gitlab.report,
    }
    return reporters[name]


FORMATS = ("text", "json", "github", "sarif", "junit", "gitlab")
