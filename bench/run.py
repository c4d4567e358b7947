"""Benchmark talklint: ``python bench/run.py``.

Builds its inputs reproducibly in a temporary folder (Markdown talks and
.pptx decks of about 60 slides, a 600-slide deck, a zip bomb) and prints,
each as the median of several runs of the real command:

- a cold ``talklint check`` of one 60-slide Markdown talk and one .pptx deck,
  against the floor of importing talklint's own dependencies;
- ``talklint --version`` against ``python -c "import click"``;
- 100 Markdown talks in one run, against proselint (in its own environment),
  and ../shared/corpus when present;
- the peak memory of checking a 60-slide and a 600-slide deck;
- the first run on a machine, which builds the word index;
- the time to refuse a 1 GiB zip bomb.

Every run uses a user cache folder of its own (XDG_CACHE_HOME), so the
benchmark neither reads nor fills yours.

Timings stay out of the test suite; this script is where they live.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
ENV = dict(os.environ)  # XDG_CACHE_HOME is set to the benchmark's own folder in main()
sys.path.insert(0, str(REPO))


def markdown_talk(seed: int, slides: int = 60) -> str:
    parts = [f"---\nmarp: true\ntalklint: {{duration: {slides}}}\n---\n\n# Talk {seed}\n"]
    for n in range(1, slides):
        parts.append(
            f"## Slide {n} of talk {seed} shows one result\n\n"
            f"- Point one about experiment {n * seed % 97}\n- Point two with a number {n}.5%\n"
            f"  - a nested detail\n\n<!-- Say what slide {n} means for the story. -->\n"
        )
    return "\n---\n\n".join(parts)


def pptx_deck(path: Path, slides: int) -> None:
    from pptx import Presentation

    prs = Presentation()
    for n in range(slides):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"Slide {n} states its point"
        body = slide.placeholders[1].text_frame
        body.text = f"First point on slide {n}"
        body.add_paragraph().text = f"Second point, {n}% better"
        slide.notes_slide.notes_text_frame.text = f"Notes for slide {n}."
    prs.save(str(path))


def zip_bomb(path: Path, size: int = 1 << 30) -> None:
    import struct

    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    chunk = b"\x00" * (1 << 20)
    data = b"".join(compressor.compress(chunk) for _ in range(size >> 20)) + compressor.flush()
    name = b"ppt/slides/slide1.xml"
    crc = 0
    for _ in range(size >> 20):
        crc = zlib.crc32(chunk, crc)
    local = struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0)
    central = struct.pack(
        "<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0, 0, 0, 0, 0, 0
    )
    body = local + name + data
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 1, 1, len(central) + len(name), len(body), 0)
    path.write_bytes(body + central + name + end)


def timed(command: list[str], runs: int) -> tuple[float, int]:
    """Median wall time in seconds and peak RSS in MiB of ``command``."""
    times = []
    peak = 0
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
        times.append(time.perf_counter() - started)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
    return statistics.median(times), peak


def peak_memory(command: list[str]) -> int:
    """Peak RSS in MiB of one run, measured by a fresh wrapper process."""
    wrapper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
        "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True, env=ENV)
    return int(out.stdout.strip())


def proselint_command() -> list[str] | None:
    """proselint, installed in the benchmark's own environment (bench/.venv-proselint)."""
    venv = REPO / "bench" / ".venv-proselint"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        installed = subprocess.run([str(python), "-m", "pip", "install", "-q", "proselint"], check=False)
        if installed.returncode != 0:
            return None
    return [str(python), "-m", "proselint", "check"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = max(args.runs, 5)
    talklint = [sys.executable, "-m", "talklint"]
    cold = [*talklint, "check", "--exit-zero", "--no-cache"]
    work = Path(tempfile.mkdtemp(prefix="talklint-bench-"))
    ENV["XDG_CACHE_HOME"] = str(work / "user-cache")
    # pip compiles an installed package's bytecode; an editable checkout may hold stale files
    # (and PYTHONDONTWRITEBYTECODE stops Python from refreshing them), so compile it as pip would.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "talklint")], check=True)
    try:
        one_md = work / "one" / "talk.md"
        one_md.parent.mkdir()
        one_md.write_text(markdown_talk(1), encoding="utf-8")
        many = work / "many"
        many.mkdir()
        for seed in range(100):
            (many / f"talk{seed:03}.md").write_text(markdown_talk(seed), encoding="utf-8")
        decks = work / "decks"
        decks.mkdir()
        for seed in range(20):
            pptx_deck(decks / f"deck{seed:02}.pptx", 60)
        deck60, deck600 = decks / "deck00.pptx", work / "deck600.pptx"
        pptx_deck(deck600, 600)
        bomb = work / "bomb.pptx"
        zip_bomb(bomb)

        # The very first analysis on a machine builds the word index; every later run reads it.
        first_run, _ = timed([*cold, str(one_md)], 1)
        floor, _ = timed([sys.executable, "-c", "import spacy, textstat, pptx, click"], runs)
        click_only, _ = timed([sys.executable, "-c", "import click"], runs)
        md, _ = timed([*cold, str(one_md)], runs)
        deck, _ = timed([*cold, str(deck60)], runs)
        version, _ = timed([*talklint, "--version"], runs)
        cache = work / "cache"
        subprocess.run(
            [*talklint, "check", "--exit-zero", "--cache-dir", str(cache), str(many)], capture_output=True, env=ENV
        )
        warm, _ = timed([*talklint, "check", "--exit-zero", "--cache-dir", str(cache), str(many)], runs)
        jobs1, _ = timed([*cold, "--jobs", "1", str(many), str(decks)], runs)
        jobs2, _ = timed([*cold, "--jobs", "2", str(many), str(decks)], runs)
        every_rule = [*cold, "--extend-select", "ALL"]
        all_rules, _ = timed([*every_rule, str(many)], runs)
        all_rules_serial, _ = timed([*every_rule, "--jobs", "1", str(many)], runs)
        big, _ = timed([*cold, str(deck600)], runs)
        rows = [
            ("floor: python -c 'import spacy, textstat, pptx, click'", f"{floor * 1000:.0f} ms", ""),
            ("1. cold check, 60-slide Markdown talk", f"{md * 1000:.0f} ms", f"{md / floor:.2f} x floor (target 1.3)"),
            ("2. cold check, 60-slide .pptx", f"{deck * 1000:.0f} ms", f"{deck / floor:.2f} x floor (target 1.4)"),
            (
                "3. re-check 100 unchanged talks, warm cache",
                f"{warm * 1000:.0f} ms",
                f"{warm / click_only:.2f} x import click (target 2.0)",
            ),
            (
                "4. talklint --version",
                f"{version * 1000:.0f} ms",
                f"{version / click_only:.2f} x import click (target 1.5)",
            ),
            (
                "5. 100 talks + 20 decks, --jobs 2 vs --jobs 1",
                f"{jobs2:.2f} s vs {jobs1:.2f} s",
                f"{jobs2 / jobs1:.2f} (target 0.6)",
            ),
        ]
        proselint = proselint_command()
        if proselint is not None:
            files = [str(p) for p in sorted(many.glob("*.md"))]
            peer, _ = timed([*proselint, *files], runs)
            rows += [
                (
                    f"6. 100 Markdown talks, all rules: talklint (cold, --jobs {os.cpu_count()}) vs proselint",
                    f"{all_rules:.2f} s vs {peer:.2f} s",
                    f"{all_rules / peer:.2f} (target 1.0)",
                ),
                (
                    "6. the same on one core: talklint --jobs 1 vs proselint",
                    f"{all_rules_serial:.2f} s vs {peer:.2f} s",
                    f"{all_rules_serial / peer:.2f}",
                ),
            ]
        else:
            rows.append(("6. proselint", "not installed (no registry?)", ""))
        memory60 = peak_memory([*cold, str(deck60)])
        memory600 = peak_memory([*cold, str(deck600)])
        rows += [
            ("7. peak memory, 60-slide deck", f"{memory60} MiB", "target 250 MiB"),
            ("7. peak memory, 600-slide deck", f"{memory600} MiB", "target 400 MiB"),
            (
                "7. time per slide, 60 -> 600 slides",
                f"{deck / 60 * 1000:.1f} -> {big / 600 * 1000:.1f} ms",
                "flat or falling: no quadratic rule",
            ),
        ]
        rows.append(("first run on a machine: builds the word index", f"{first_run * 1000:.0f} ms", "once"))
        from talklint.errors import ParseError
        from talklint.parsers import parse_talk

        started = time.perf_counter()
        with contextlib.suppress(ParseError):  # refusing it is the point
            parse_talk(bomb)
        rows.append(("refuse a 1 GiB zip bomb", f"{(time.perf_counter() - started) * 1000:.1f} ms", ""))
        if CORPUS.is_dir():
            corpus, _ = timed([*cold, str(CORPUS)], max(1, runs // 2))
            rows.append(("../shared/corpus, cold", f"{corpus:.2f} s", ""))
        print(f"talklint benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}, medians of {runs} runs")
        width = max(len(r[0]) for r in rows)
        for label, value, ratio in rows:
            print(f"  {label:<{width}}  {value:<22} {ratio}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
