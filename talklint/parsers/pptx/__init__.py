"""PowerPoint decks: the package checked first (zipguard), then read with python-pptx.

The package imports nothing itself: its modules load their libraries only when a talk of the format is read.
"""
