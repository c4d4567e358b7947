"""PDF exports of talks, read with PDFium: text with its boxes and sizes, pictures, page labels.

The package imports nothing itself: its modules load their libraries only when a talk of the format is read.
"""
