from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write


def deck(count: int, minutes: int, backup: int = 0) -> str:
    """A title slide, ``count`` content slides, a closing slide, and backup slides."""
    slides = ["# Robots that ask"] + [f"# Slide {n}\n\ntext" for n in range(1, count + 1)] + ["# Questions?"]
    slides += ["# Backup"] + [f"# Extra {n}\n\ntext" for n in range(backup)] if backup else []
    return f"---\nmarp: true\ntalklint: {{duration: {minutes}}}\n---\n\n" + "\n\n---\n\n".join(slides) + "\n"


def test_flags_too_many_slides(tmp_path: Path) -> None:
    [finding] = by_code(lint(write(tmp_path, "deck.md", deck(12, 10))), "TL401")
    assert finding.message == "12 content slides for a 10-minute talk (limit 10 at 1 per minute)"
    assert "Cut or merge 2 slides" in finding.fix
    assert "slide 12 is the first one past the budget" in finding.fix
    assert not by_code(lint(write(tmp_path, "deck.md", deck(10, 10))), "TL401")  # title and closing are free


def test_one_slide_or_one_minute_over_is_said_in_the_singular(tmp_path: Path) -> None:
    [finding] = by_code(lint(write(tmp_path, "deck.md", deck(11, 10))), "TL401")
    assert "Cut or merge 1 slide, or move" in finding.fix
    text = "---\ntalklint: {duration: 20}\n---\n\n# T\n\n## A (12 min)\n\nx\n\n## B (9 min)\n\ny\n"
    [finding] = by_code(lint(write(tmp_path, "talk.md", text)), "TL401")
    assert finding.fix.startswith("Cut 1 minute: the longest part is 'A'")


def test_a_slide_built_in_steps_counts_once(tmp_path: Path) -> None:
    steps = "\n\n---\n\n".join("# Results\n\n" + "\n".join(f"- point {i}" for i in range(n)) for n in range(1, 5))
    slides = ["# Robots that ask", *(f"# Slide {n}\n\ntext" for n in range(1, 9)), steps, "# Questions?"]
    text = "---\nmarp: true\ntalklint: {duration: 10}\n---\n\n" + "\n\n---\n\n".join(slides) + "\n"
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL401")  # 9 distinct content slides


def test_backup_slides_do_not_count(tmp_path: Path) -> None:
    assert not by_code(lint(write(tmp_path, "deck.md", deck(10, 10, backup=8))), "TL401")


def test_no_duration_no_finding_and_pace_option(tmp_path: Path) -> None:
    no_duration = write(tmp_path, "a.md", deck(12, 10).replace("talklint: {duration: 10}\n", ""))
    assert not by_code(lint(no_duration), "TL401")
    faster = lint(write(tmp_path, "b.md", deck(12, 10)), rules={"slide-budget": {"slides-per-minute": 1.5}})
    assert not by_code(faster, "TL401")


def test_duration_precedence_cli_then_front_matter_then_config(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", deck(12, 30))
    assert not by_code(lint(path), "TL401")  # front matter: 30 minutes
    assert by_code(lint(path, duration=10), "TL401")  # --duration wins
    bare = write(tmp_path, "bare.md", deck(12, 30).replace("talklint: {duration: 30}\n", ""))
    config_duration = {"duration": 10}
    assert by_code(_lint_with_config(bare, config_duration), "TL401")
    assert not by_code(_lint_with_config(path, config_duration), "TL401")  # front matter beats config


def _lint_with_config(path: Path, table: dict[str, object]):  # type: ignore[no-untyped-def]
    from talklint.config import parse_config_table
    from talklint.engine import lint_file
    from talklint.registry import build_registry
    from talklint.selection import build_rule_set

    config = parse_config_table(table, path.parent / "talklint.toml")
    return lint_file(path, build_rule_set(config, build_registry(plugins=False)))


def test_outline_planned_times(tmp_path: Path) -> None:
    text = "---\ntalklint: {duration: 20}\n---\n\n# T\n\n## A (12 min)\n\nx\n\n## B (10 min)\n\ny\n"
    [finding] = by_code(lint(write(tmp_path, "talk.md", text)), "TL401")
    assert "add up to 22 minutes for a 20-minute talk" in finding.message
    assert "the longest part is 'A' (12 min)" in finding.fix


def test_pptx_duration_from_config(tmp_path: Path) -> None:
    slides = [{"title": "Robots that ask", "layout": 0}, *({"title": f"S{n}", "bullets": ["x"]} for n in range(6))]
    path = build_pptx(tmp_path / "deck.pptx", slides)
    assert by_code(lint(path, duration=5), "TL401")
    assert not by_code(lint(path, duration=6), "TL401")
