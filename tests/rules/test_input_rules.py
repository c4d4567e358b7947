"""TL001 parse-error, TL003 unknown-suppression, TL004 parse-warning."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write


def test_parse_error_is_a_finding_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.pptx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = lint(path)
    [finding] = result.findings
    assert (finding.code, finding.rule, finding.severity.value) == ("TL001", "parse-error", "error")
    assert result.error == finding.message == "truncated or corrupt zip package"


def test_unknown_rule_in_a_suppression(tmp_path: Path) -> None:
    text = "---\nmarp: true\n---\n\n# Talk\n\n<!-- talklint: disable=text-walls,TL301 -->\n"
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL003")
    assert "unknown rule 'text-walls'" in finding.message
    assert finding.line == 7


def test_known_rules_in_suppressions_pass(tmp_path: Path) -> None:
    text = "---\nmarp: true\n---\n\n# Talk\n\n<!-- talklint: disable=missing-title,TL306 -->\n"
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL003")


def test_unknown_rule_in_pptx_notes(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "A", "notes": "talklint: disable=missing-titel"}])
    [finding] = by_code(lint(path), "TL003")
    assert finding.slide == 1
    assert "did you mean 'missing-title'?" in finding.fix


def test_missing_import_is_a_warning(tmp_path: Path) -> None:
    text = "---\ntheme: default\n---\n\n# Start\n\n---\nsrc: ./pages/gone.md\n---\n"
    [finding] = by_code(lint(write(tmp_path, "slides.md", text)), "TL004")
    assert "'./pages/gone.md'" in finding.message
    assert "not found" in finding.message


def test_clean_file_has_no_parse_warning(tmp_path: Path) -> None:
    assert not by_code(lint(write(tmp_path, "talk.md", "# T\n\n## A\n\nx\n")), "TL004")
