"""The report formats, in one place: the command line offers them and ``talklint.reporters`` loads them.

A module of its own so that ``talklint --version`` and ``--help`` need not import the reporters.
"""

from __future__ import annotations

FORMATS = ("text", "json", "github", "sarif", "junit", "gitlab", "markdown")
