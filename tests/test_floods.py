"""A rule that fires on many slides of a talk is reported once, with its members kept for baselines and CI formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import by_code, lint, write
from tests.rules.decks import marp, words


def walls(count: int, sizes: list[int] | None = None) -> str:
    sizes = sizes or [50] * count
    return marp("# Robots that ask", *(f"# Part {n}\n\n{words(size)}" for n, size in enumerate(sizes, 2)), "# Fine")


def test_more_than_four_findings_of_a_rule_are_one_finding(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", walls(6, [50, 60, 90, 55, 50, 48]))
    [flood] = by_code(lint(path), "TL201")
    assert flood.message == (
        "6 of 8 slides are walls of text (slides 2-7); the worst: slide 4 shows 90 words of text (limit 43)"
    )
    assert flood.slide == 4 and flood.severity.value == "error"  # the worst one is past the hard limit
    assert flood.fix.endswith("Then the same for slides 2, 3, 5-7")
    assert [m.slide for m in flood.members] == [4, 3, 5, 2, 6, 7]
    assert flood.slides == (2, 3, 4, 5, 6, 7)


def test_four_findings_stay_apart_and_the_limit_is_configurable(tmp_path: Path) -> None:
    assert len(by_code(lint(write(tmp_path, "a.md", walls(4))), "TL201")) == 4
    path = write(tmp_path, "b.md", walls(6))
    assert len(by_code(lint(path, max_findings_per_rule=0), "TL201")) == 6
    assert len(by_code(lint(path, max_findings_per_rule=10), "TL201")) == 6


def test_text_walls_on_a_minority_of_slides_are_listed_one_by_one(tmp_path: Path) -> None:
    # Each wall is its own slide to cut, with its own count: six walls among fourteen slides are six findings.
    deck = marp("# Robots that ask", *(f"# Part {n}\n\n{words(50 if n % 2 else 5)}" for n in range(2, 14)), "# Fine")
    found = by_code(lint(write(tmp_path, "deck.md", deck)), "TL201")
    assert [f.slide for f in found] == [3, 5, 7, 9, 11, 13]
    assert not any(f.members for f in found)


def acronym_walls(walls: int, acronyms: int) -> str:
    """A deck with ``walls`` walls of text and ``acronyms`` slides that each use an undefined acronym."""
    wall_slides = [f"# Part {n}\n\n{words(50)}" for n in range(walls)]
    acronym_slides = [f"# Step {n}\n\nWe run Q{chr(65 + n)}Z here" for n in range(acronyms)]
    quiet = [f"# Quiet {n}\n\nOne short line" for n in range(walls + acronyms)]
    return marp("# Robots that ask", *wall_slides, *acronym_slides, *quiet)


def test_past_the_talk_limit_as_few_findings_as_possible_are_folded_away(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", acronym_walls(walls=4, acronyms=3))
    selected = {"select": ["TL201", "TL205"]}

    def folds(limit: int) -> list[tuple[str, int]]:
        return [(f.code, len(f.members)) for f in lint(path, max_findings_per_talk=limit, **selected).findings]

    assert len(lint(path, **selected).findings) == 7  # within the default limit of 40
    # Two over: folding the three acronyms is enough, and hides fewer findings than folding the four walls.
    assert folds(5) == [*[("TL201", 0)] * 4, ("TL205", 3)]
    # Three over: only the walls' fold is enough.
    assert folds(4) == [("TL201", 4), *[("TL205", 0)] * 3]
    # Five over: no one fold is enough; both lists fold.
    assert sorted(folds(2)) == [("TL201", 4), ("TL205", 3)]


def test_two_short_lists_are_folded_rather_than_one_long_one_when_they_hide_fewer_findings(tmp_path: Path) -> None:
    walls = [f"# Part {n}\n\n{words(50)}" for n in range(6)]
    acronyms = [f"# Step {n}\n\nWe run Q{chr(65 + n)}Z here" for n in range(3)]
    bullets = [f"# List {n}\n\n" + "\n".join(f"- point {i}" for i in range(8)) for n in range(3)]
    quiet = [f"# Quiet {n}\n\nOne short line" for n in range(12)]
    path = write(tmp_path, "deck.md", marp("# Robots that ask", *walls, *acronyms, *bullets, *quiet))
    selected = {"select": ["TL201", "TL202", "TL205"]}
    assert len(lint(path, **selected).findings) == 12
    # Four over the limit: folding the six walls hides five findings, folding the acronyms and the lists four.
    found = lint(path, max_findings_per_talk=8, **selected).findings
    assert sorted((f.code, len(f.members)) for f in found) == [*[("TL201", 0)] * 6, ("TL202", 3), ("TL205", 3)]


def test_a_configured_rule_limit_leaves_the_talk_unlimited_unless_the_talk_limit_is_set_too(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", acronym_walls(walls=4, acronyms=3))
    selected = {"select": ["TL201", "TL205"]}
    assert len(lint(path, max_findings_per_rule=0, **selected).findings) == 7
    assert len(lint(path, max_findings_per_rule=0, max_findings_per_talk=4, **selected).findings) == 4
    assert len(lint(path, max_findings_per_talk=0, **selected).findings) == 7


def test_suppressed_slides_do_not_make_a_flood(tmp_path: Path) -> None:
    slides = walls(5).split("\n\n---\n\n")
    slides[2] += "\n\n<!-- talklint: disable=text-wall -->"
    slides[3] = "<!-- talklint: enable=text-wall -->\n\n" + slides[3]
    found = by_code(lint(write(tmp_path, "deck.md", "\n\n---\n\n".join(slides))), "TL201")
    assert [f.slide for f in found] == [2, 4, 5, 6]


@pytest.mark.parametrize("key", ["max-findings-per-rule", "max-findings-per-talk"])
def test_the_max_findings_settings_are_validated(tmp_path: Path, cli, key: str) -> None:  # type: ignore[no-untyped-def]
    write(tmp_path, "talklint.toml", f"{key} = -1\n")
    path = write(tmp_path, "deck.md", walls(1))
    code, _, err = cli("check", str(path))
    assert code == 2
    assert f"talklint.toml → key '{key}': expected a whole number of 0 or more, got -1" in err


def test_json_and_sarif_carry_every_member(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", walls(6))
    document = json.loads(cli("check", str(path), "--select", "TL201", "--format", "json", "--no-cache")[1])
    [flood] = document["findings"]
    assert [m["slide"] for m in flood["members"]] == [2, 3, 4, 5, 6, 7]
    sarif = json.loads(cli("check", str(path), "--select", "TL201", "--format", "sarif", "--no-cache")[1])
    [result] = sarif["runs"][0]["results"]
    assert len(result["relatedLocations"]) == 6


def test_a_cached_flood_keeps_its_members(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", walls(6))
    args = ("check", str(path), "--select", "TL201", "--format", "json", "--cache-dir", str(tmp_path / "cache"))
    first, second = (json.loads(cli(*args)[1]) for _ in range(2))
    assert first == second and len(second["findings"][0]["members"]) == 6


def test_a_baseline_reports_only_the_new_slides_of_a_flood(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", walls(6))
    baseline = tmp_path / "baseline.json"
    cli("check", str(path), "--select", "TL201", "--write-baseline", str(baseline), "--no-cache")
    assert sum(json.loads(baseline.read_text(encoding="utf-8"))["fingerprints"].values()) == 6
    assert cli("check", str(path), "--select", "TL201", "--baseline", str(baseline), "--no-cache")[0] == 0
    grown = walls(7, [50] * 6 + [70]).replace(f"# Part 8\n\n{words(70)}", f"# New part\n\n{words(70)}")
    path.write_text(grown, encoding="utf-8")
    code, out, _ = cli(
        "check", str(path), "--select", "TL201", "--baseline", str(baseline), "--no-cache", "--format", "json"
    )
    findings = json.loads(out)["findings"]
    assert code == 1 and [(f["slide"], f["members"]) for f in findings] == [(8, [])]


def test_a_rule_defers_to_a_louder_one_on_the_same_slide(tmp_path: Path) -> None:
    bullets = "\n".join(f"- robots fail in many homes every day {n}" for n in range(8))
    short = "\n".join(f"- point {n}" for n in range(8))
    path = write(tmp_path, "deck.md", marp("# Talk", f"# Wall\n\n{bullets}", f"# Many\n\n{short}", "# End"))
    result = lint(path)
    assert [f.slide for f in by_code(result, "TL201")] == [2]
    assert [f.slide for f in by_code(result, "TL202")] == [3]  # slide 2's list is the wall's finding
    assert [f.slide for f in by_code(lint(path, ignore=["TL201"]), "TL202")] == [2, 3]


def test_pdf_pages_are_listed_as_runs_like_slides() -> None:
    from talklint.findings import Finding, Severity
    from talklint.floods import places

    def at(slide: int, place: str) -> Finding:
        return Finding(Path("talk.pdf"), "TL303", "topic-title", Severity.INFO, "m", "f", slide=slide, place=place)

    pages = [at(n, f"page {n}") for n in range(3, 13)] + [at(13, "pages 22-23"), at(14, "page 38")]
    assert places(pages) == "pages 3-12, 22, 23, 38"
    assert places([at(1, "page 4")]) == "page 4"
    assert places([at(1, "slide 2"), at(2, "page 4")]) == "slide 2, page 4"  # no mixing of units


def test_the_places_left_out_are_counted_in_slides_not_runs() -> None:
    from talklint.findings import Finding, Severity
    from talklint.floods import PLACES_SHOWN, places

    def at(slide: int) -> Finding:
        return Finding(
            Path("t.md"), "TL201", "text-wall", Severity.WARNING, "m", "f", slide=slide, place=f"slide {slide}"
        )

    # as many single slides as are shown, then a run of three that is left out: three slides, not one run
    numbers = [*range(1, 2 * PLACES_SHOWN, 2), 40, 41, 42]
    listed = places([at(n) for n in numbers])
    assert listed.startswith("slides 1, 3, 5")
    assert listed.endswith(f"{2 * PLACES_SHOWN - 1} and 3 more")


def test_a_finding_about_the_whole_talk_stays_beside_the_flood(tmp_path: Path) -> None:
    """Six slides with two equations each flood; the talk's share of math is another finding, not a seventh
    slide of the flood."""
    maths = "$$a = b$$\n\n$$c = d$$"
    deck = marp("# Robots that ask", *(f"# Part {n}\n\n{maths}" for n in range(2, 8)), "# Fine")
    found = by_code(lint(write(tmp_path, "deck.md", deck)), "TL203")
    assert len(found) == 2
    whole, flood = sorted(found, key=lambda f: f.slide or 0)
    assert whole.slide is None and "content slides carry math" in whole.message
    assert flood.message.startswith("6 slides show more than one display equation (slides 2-7)")
    assert len(flood.members) == 6
