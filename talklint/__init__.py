"""talklint: a linter for job talks and research talks."""

__version__ = "0.1.0"
