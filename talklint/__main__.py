"""``python -m talklint``."""

from talklint.cli import main

raise SystemExit(main())
