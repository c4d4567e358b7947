"""TL001 parse-error: a file could not be read as a talk."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, lint, write


def test_parse_error_is_a_finding_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.pptx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = lint(path)
    [finding] = result.findings
    assert (finding.code, finding.rule, finding.severity.value) == ("TL001", "parse-error", "error")
    assert result.error == finding.message == "truncated or corrupt zip package"


def test_a_readable_talk_has_no_parse_error(tmp_path: Path) -> None:
    assert not by_code(lint(write(tmp_path, "talk.md", "# T\n\n## A\n\nx\n")), "TL001")
