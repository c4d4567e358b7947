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


def test_the_fix_says_what_to_do_about_each_reason(tmp_path: Path) -> None:
    missing = "---\ntheme: default\n---\n\n# Start\n\n---\nsrc: ./pages/gone.md\n---\n"
    [finding] = by_code(lint(write(tmp_path / "a", "slides.md", missing)), "TL004")
    assert finding.fix.startswith("Make the file available (or fix the path)")
    looped = "---\ntheme: default\n---\n\n# Start\n\n---\nsrc: ./slides.md\n---\n"
    [finding] = by_code(lint(write(tmp_path / "b", "slides.md", looped)), "TL004")
    assert "circular" in finding.message and finding.fix.startswith("Import each file once")
    latin = tmp_path / "c" / "talk.md"
    latin.parent.mkdir()
    latin.write_bytes("# Talk\n\n## Caf\xe9 results\n\nGood.\n".encode("cp1252"))
    [finding] = by_code(lint(latin), "TL004")
    assert finding.fix.startswith("Save the file as UTF-8")
    deep = "{" * 400 + "deep" + "}" * 400
    frame = f"\\begin{{frame}}{{Deep}}\n{deep}\n\\end{{frame}}\n"
    beamer = f"\\documentclass{{beamer}}\n\\begin{{document}}\n{frame}\\end{{document}}\n"
    [finding] = by_code(lint(write(tmp_path / "d", "talk.tex", beamer)), "TL004")
    assert "nested too deeply" in finding.message and finding.fix.startswith("Nest fewer braces")
