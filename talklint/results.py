"""What linting one file produced: a small value shared by the engine, the cache and reporters."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from talklint.findings import Finding

if TYPE_CHECKING:
    from talklint.model import Talk


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
