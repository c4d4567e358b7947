"""TL004 parse-warning: part of a talk could not be read."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, lint, write


def test_missing_import_is_a_warning(tmp_path: Path) -> None:
    text = "---\ntheme: default\n---\n\n# Start\n\n---\nsrc: ./pages/gone.md\n---\n"
    [finding] = by_code(lint(write(tmp_path, "slides.md", text)), "TL004")
    assert "'./pages/gone.md'" in finding.message
    assert "not found" in finding.message


def test_clean_file_has_no_parse_warning(tmp_path: Path) -> None:
    assert not by_code(lint(write(tmp_path, "talk.md", "# T\n\n## A\n\nx\n")), "TL004")
