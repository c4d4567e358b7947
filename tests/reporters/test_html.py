"""The HTML storyline report, checked as text and rendered in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import REPO, build_pptx

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def write_report(cli, talk: Path, out: Path) -> str:  # type: ignore[no-untyped-def]
    code, _, err = cli("report", str(talk), "-o", str(out))
    assert code == 0, err
    return out.read_text(encoding="utf-8")


def test_report_is_self_contained_with_one_bar_per_slide(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    html = write_report(cli, REPO / "examples" / "marp-too-technical.md", tmp_path / "report.html")
    assert html.count('class="bar"') == 8
    assert not re.search(r"<script|<link|src=|https?://", html)
    assert "Vision: missing" in html
    assert "TL101 missing-vision" in html and "fix: Add a vision slide" in html


def test_report_marks_vision_agenda_and_takeaways(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    html = write_report(cli, REPO / "examples" / "outline-strong.md", tmp_path / "report.html")
    markers = re.findall(r'class="marker"[^>]*>([VAT])<', html)
    assert markers == ["V", "A", "T"]
    assert 'data-role="vision"' in html and "Vision: slide 3" in html


def test_a_story_the_rules_set_aside_is_not_judged_in_the_report(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    pictures = build_pptx(tmp_path / "pictures.pptx", [{"picture": True} for _ in range(6)])
    html = write_report(cli, pictures, tmp_path / "pictures.html")
    assert "Vision: not judged" in html and "Vision: missing" not in html  # as TL101 is silent on it
    assert "TL101" not in html and "TL004 parse-warning" in html


def test_report_of_a_deck_and_of_a_broken_file(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    deck = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "My vision"}])
    assert write_report(cli, deck, tmp_path / "deck.html").count('class="bar"') == 2
    broken = tmp_path / "broken.pptx"
    broken.write_bytes(b"nope")
    code, _, err = cli("report", str(broken), "-o", str(tmp_path / "x.html"))
    assert code == 2
    assert "not a PowerPoint file" in err


def browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def test_chart_is_drawn_in_a_real_browser(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    executable = browser()
    if executable is None:
        pytest.skip("no Chromium found (.ci/run installs Debian's chromium)")
    from PIL import Image

    report = tmp_path / "report.html"
    write_report(cli, REPO / "examples" / "marp-too-technical.md", report)
    profile = ["--user-data-dir=" + str(tmp_path / "profile"), "--window-size=1200,800"]
    shot = tmp_path / "report.png"
    subprocess.run(
        [executable, *FLAGS, *profile, f"--screenshot={shot}", report.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    dom = subprocess.run(
        [executable, *FLAGS, *profile, "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert dom.count('class="bar"') == 8
    image = Image.open(shot).convert("RGB")
    chart = image.crop((20, 170, 420, 440))  # where the chart sits under the title and summary
    data = chart.tobytes()
    pixels = (data[i : i + 3] for i in range(0, len(data), 3))
    coloured = sum(1 for pixel in pixels if max(pixel) - min(pixel) > 40)
    assert coloured > 5000, f"the chart area looks blank ({coloured} coloured pixels)"


def test_findings_are_grouped_talk_first_then_by_rule_with_floods_folded(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    slides = ["# Robots", *(f"# Part {n}\n\n{' '.join(['robots'] * 60)}" for n in range(6)), "# Questions?"]
    deck = tmp_path / "deck.md"
    deck.write_text("---\nmarp: true\n---\n\n" + "\n\n---\n\n".join(slides) + "\n", encoding="utf-8")
    html = write_report(cli, deck, tmp_path / "report.html")
    findings = html[html.index("<h2>Findings</h2>") :]
    assert findings.index("The whole talk") < findings.index("TL201 text-wall · 6 findings")
    assert "TL101 missing-vision" in findings[: findings.index("Slide by slide")]
    assert "each of the 6</summary>" in findings
    assert findings.count("shows 60 words of text") == 14  # message and fix: the example, then each of the six
