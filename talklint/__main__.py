"""``python -m talklint``."""

from talklint.cli import run

run()
