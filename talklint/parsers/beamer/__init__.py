"""LaTeX Beamer talks: a main file, its inputs and macros, read frame by frame.

The package imports nothing itself: its modules load their libraries only when a talk of the format is read.
"""
