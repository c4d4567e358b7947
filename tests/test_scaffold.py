"""talklint scaffold: skeleton slides for the missing story, in the talk's own dialect and at the places
the rules name; the placeholder rule keeps the check failing until the speaker writes them."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest

from talklint.parsers import parse_talk
from tests.helpers import build_pptx, codes, lint, write
from tests.test_fixes import decks

# Opens with related work, never states a vision, ends on "Questions?".
FLAWED = [
    ("Efficient sparse attention kernels", "Ada Lovelace, 2026"),
    ("Related work", "- Longformer, BigBird and Reformer"),
    ("Our kernel", "- block-sparse tiles of 64 by 64"),
    ("Results", "- 2.1x faster than the dense baseline"),
    ("Questions?", ""),
]
DECKS = decks(FLAWED)
STORY = {"TL101", "TL104", "TL106"}


def scaffold(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "talklint", "scaffold", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=120, check=False)


@pytest.mark.parametrize("dialect", sorted(DECKS))
def test_scaffold_adds_the_missing_story_in_the_talks_dialect(tmp_path: Path, dialect: str) -> None:
    name, text = DECKS[dialect]
    path = write(tmp_path, name, text)
    assert set(codes(lint(path))) >= STORY, codes(lint(path))
    preview = scaffold(name, "--diff", cwd=tmp_path)
    assert preview.returncode == 1 and "+" in preview.stdout and path.read_text(encoding="utf-8") == text
    scaffold(name, cwd=tmp_path)
    after = path.read_text(encoding="utf-8")
    titles = [s.title for s in parse_talk(path).slides]
    assert titles.index("Why it matters: TODO the problem in one sentence") < titles.index("Related work")
    vision = titles.index("My vision: TODO where this research goes in ten years")
    assert vision <= 4 and titles.index("Takeaways: TODO the one thing to remember") == len(titles) - 2
    left = set(codes(lint(path)))
    assert not STORY & left and "TL307" in left  # the story is there; its TODOs keep the check failing
    # Nothing else changed: only lines were added.
    opcodes = difflib.SequenceMatcher(None, text.splitlines(), after.splitlines()).get_opcodes()
    assert {tag for tag, *_ in opcodes} <= {"equal", "insert"}


def test_a_deck_is_never_written_the_slides_are_printed(tmp_path: Path) -> None:
    slides = [{"title": t, "bullets": [b.lstrip("- ")] if b else []} for t, b in FLAWED]
    slides[0]["layout"] = 0
    deck = build_pptx(tmp_path / "talk.pptx", slides)
    before = deck.read_bytes()
    run = scaffold("talk.pptx", cwd=tmp_path)
    assert deck.read_bytes() == before
    assert "Takeaways: TODO" in run.stdout and "Before slide" in run.stdout


def test_a_complete_story_gets_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "talk.md", (Path(__file__).parent.parent / "examples" / "outline-strong.md").read_text())
    before = path.read_text(encoding="utf-8")
    run = scaffold("talk.md", cwd=tmp_path)
    assert run.returncode == 0 and path.read_text(encoding="utf-8") == before and "every part" in run.stderr
