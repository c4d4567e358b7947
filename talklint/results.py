"""What linting one file produced: a small value shared by the engine, the cache and reporters."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from talklint.findings import Finding

if TYPE_CHECKING:
    from talklint.model import Talk


class ExitCode(IntEnum):
    """talklint's exit codes, in one place (README, "Exit codes")."""

    OK = 0  # nothing at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    ERROR = 2  # a file could not be read, or the configuration or command line is wrong


@dataclass(frozen=True)
class FileResult:
    path: Path
    talk: Talk | None  # None when the file could not be read, or the result came from the cache
    findings: tuple[Finding, ...]
    error: str | None = None  # the one-line reason when the file could not be read
    format: str | None = None
    slide_count: int | None = None
    # Files read besides ``path`` (imports), for the cache to check.
    included: tuple[Path, ...] = ()
    # A failure of this run (a killed worker, time ran out), not of the file: never cached.
    transient: bool = False
