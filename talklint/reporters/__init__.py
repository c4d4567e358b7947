"""Reporters turn lint results into text; they know nothing about rules."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from talklint.formats import FORMATS
from talklint.results import FileResult

if TYPE_CHECKING:
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
    """The ``report`` function of ``talklint.reporters.<name>``, imported only when asked for."""
    if name not in FORMATS:
        raise KeyError(name)
    module = importlib.import_module(f"talklint.reporters.{name}")
    reporter: Reporter = module.report
    return reporter
