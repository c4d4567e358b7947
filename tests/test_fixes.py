"""talklint check --fix and --diff: on every text dialect, the result parses, the finding is gone,
and nothing else changed; binary decks are never touched."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

from talklint.parsers import parse_talk
from tests.helpers import build_pptx, codes, lint, write

SLIDES = [
    ("Robots that ask for help", "Ada Lovelace, 2026"),
    ("Results", "- 70% fewer failures"),
    ("Method", "- uncertainty from the policy"),
    ("Results", "- in 3 homes"),
    ("TODO", ""),
    ("Takeaways", "- robots can ask for help"),
]


def separated(front_matter: str, slides: list[tuple[str, str]] = SLIDES, marker: str = "#") -> str:
    """A deck in a dialect that separates slides with '---' lines."""
    chunks = [f"{marker} {title}\n\n{body}\n" if body else f"{marker} {title}\n" for title, body in slides]
    return front_matter + "\n---\n\n".join(chunks)


def decks(slides: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The same slides in every text dialect: dialect → (file name, source)."""
    frames = "".join(
        f"\\begin{{frame}}{{{t}}}\n{b.lstrip('- ')}\n\\end{{frame}}\n\n"
        if b
        else f"\\begin{{frame}}{{{t}}}\n\\end{{frame}}\n\n"
        for t, b in slides
    )
    units = "".join(f"## {t}\n\n{b}\n\n" if b else f"## {t}\n\n" for t, b in slides)
    return {
        "marp": ("talk.md", separated("---\nmarp: true\n---\n\n", slides)),
        "slidev": ("slides.md", separated("---\ntheme: default\n---\n\n", slides)),
        "revealjs": ("talk.md", separated("", slides)),
        "remark": ("talk.md", separated("class: center, middle\n\n", slides)),
        "pandoc": ("talk.qmd", "---\ntitle: Robots\nformat: revealjs\n---\n\n" + separated("", slides[1:], "##")),
        "outline": ("talk.md", "# Robots\n\n" + units),
        "beamer": ("talk.tex", "\\documentclass{beamer}\n\\begin{document}\n" + frames + "\\end{document}\n"),
    }


DIALECTS = decks(SLIDES)


def talklint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "talklint", "check", "--no-cache", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=120, check=False)


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_fix_retitles_the_duplicate_and_removes_the_placeholder_slide(tmp_path: Path, dialect: str) -> None:
    name, text = DIALECTS[dialect]
    path = write(tmp_path, name, text)
    assert parse_talk(path).format == {"outline": "markdown-outline"}.get(dialect, dialect)
    found = codes(lint(path))
    assert "TL302" in found and "TL307" in found, found
    preview = talklint("--diff", name, cwd=tmp_path)
    assert preview.returncode == 1 and "+" in preview.stdout and path.read_text(encoding="utf-8") == text
    talklint("--fix", name, cwd=tmp_path)
    after = path.read_text(encoding="utf-8")
    left = codes(lint(path))
    assert "TL302" not in left and "TL307" not in left, left
    assert [s.title for s in parse_talk(path).slides if s.title.startswith("Results")][-1] == "Results (cont.)"
    # Nothing else changed: one title line rewritten, and only the placeholder slide's lines gone.
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, text.splitlines(), after.splitlines()).get_opcodes():
        old, new = text.splitlines()[i1:i2], after.splitlines()[j1:j2]
        if tag == "replace":
            assert [line.replace("Results", "Results (cont.)") for line in old] == new
        elif tag == "delete":
            assert all(not line.strip() or line.strip("- #") in ("", "TODO") or "frame" in line for line in old), old
        else:
            assert tag == "equal", (tag, old, new)


def test_a_substitution_rule_swaps_its_phrase(tmp_path: Path) -> None:
    rule = "kind: substitution\ncode: ACME001\nswap: {utilize: use}\n"
    rule += "message: \"'{match}'\"\nfix: \"say '{replacement}'\"\n"
    write(tmp_path, "rules/plain.yaml", rule)
    write(tmp_path, "talklint.toml", 'rule-paths = ["rules"]\n')
    path = write(
        tmp_path, "talk.md", "---\nmarp: true\n---\n\n# Robots\n\n---\n\n# Method\n\n- We utilize uncertainty\n"
    )
    assert "ACME001" in talklint("talk.md", cwd=tmp_path).stdout
    talklint("--fix", "talk.md", cwd=tmp_path)
    assert "- We use uncertainty" in path.read_text(encoding="utf-8")
    assert "ACME001" not in talklint("talk.md", cwd=tmp_path).stdout


def test_a_slide_with_more_than_a_placeholder_is_left_alone(tmp_path: Path) -> None:
    text = "---\nmarp: true\n---\n\n# Robots\n\n---\n\n# Results: TBD\n\n- 70% fewer failures\n"
    path = write(tmp_path, "talk.md", text)
    run = talklint("--fix", "talk.md", cwd=tmp_path)
    assert path.read_text(encoding="utf-8") == text and "TL307" in run.stdout


def test_binary_decks_are_never_modified(tmp_path: Path) -> None:
    deck = build_pptx(
        tmp_path / "deck.pptx",
        [{"title": "Talk", "layout": 0}, {"title": "A"}, {"title": "B"}, {"title": "A", "bullets": ["x"]}],
    )
    before = deck.read_bytes()
    talklint("--fix", "deck.pptx", cwd=tmp_path)
    assert deck.read_bytes() == before


def test_line_endings_are_kept(tmp_path: Path) -> None:
    name, text = DIALECTS["marp"]
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode())
    talklint("--fix", name, cwd=tmp_path)
    fixed = path.read_bytes()
    assert b"Results (cont.)\r\n" in fixed and b"\n" not in fixed.replace(b"\r\n", b"")
