"""A wall-clock budget per file, checked inside reading and analysis, not only between files.

The engine starts it for each file; parsers and the analysis call ``check()``
in their loops (per slide, per frame, per page). Past the budget, the file
is refused with one line and the run goes on with the next file.
"""

from __future__ import annotations

import time

from talklint import limits
from talklint.errors import OverLimit
from talklint.limits import MAX_SECONDS


class OutOfTime(OverLimit):
    """A file took longer than its budget to read and analyse."""


_deadline: float | None = None


def start(seconds: float = MAX_SECONDS) -> None:
    global _deadline
    _deadline = time.monotonic() + seconds


def stop() -> None:
    global _deadline
    _deadline = None


def check() -> None:
    """Raise ``OutOfTime`` when the current file has used its budget."""
    if _deadline is not None and time.monotonic() > _deadline:
        raise OutOfTime("reading and analysing the file took " + limits.beyond("MAX_SECONDS"))
