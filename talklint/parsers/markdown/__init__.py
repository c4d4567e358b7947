"""Markdown talks: outlines and the slide dialects (Marp, Slidev, reveal.js, remark, Pandoc/Quarto).

The package imports nothing itself: its modules load their libraries only when a talk of the format is read.
"""
