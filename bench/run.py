"""Benchmark talklint against its goals: ``python bench/run.py [--pairs N]``.

Every comparison is a set of interleaved pairs (A, B, A, B, …) of real
command runs; each pair gives a ratio, and the report shows the median ratio
with its min–max, so a noisy machine shows as a wide range instead of a
wrong number. Inputs are real talks from ../shared/corpus when it is present
(copied into a temporary folder, never into the repository), synthetic ones
otherwise (said so in the report). Every run uses a user cache folder of its
own (XDG_CACHE_HOME), so the benchmark neither reads nor fills yours; the
word index is built once before anything is timed.

Measured (the goals are issue 17's):

1. cold check of a real-text 60-slide Markdown deck ÷ ``import spacy,textstat,pptx,click``  ≤ 1.2
2. cold check of a 60-slide ``.pptx`` ÷ the same floor                                       ≤ 1.2
3. re-check of 100 unchanged talks (warm cache) ÷ ``import click``                           ≤ 2.5
4. talklint ÷ proselint and ÷ markdownlint-cli2, wall, the same 50 real Markdown talks       ≤ 0.7, ≤ 0.8
5. marginal cost per slide of each format, in one process after start-up (PDF ≤ 6 ms), and
   of the judgement (features, roles, story) alone                                            ≤ 2 ms
6. ``--jobs 2`` ÷ ``--jobs 1``, 100 Markdown talks, cold                                      ≤ 0.58
7. peak memory of the whole process tree, 100 talks, ``--jobs 2``                            ≤ 350 MiB

Peers run only when installed or installable (proselint into bench/.venv-proselint,
markdownlint-cli2 with npm into bench/.node-peers); otherwise a line says they were skipped.
Timings stay out of the test suite; this script is where they live.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
ENV = dict(os.environ)  # XDG_CACHE_HOME is set to the benchmark's own folder in main()
sys.path.insert(0, str(REPO))
TALKLINT = [sys.executable, "-m", "talklint"]
COLD = [*TALKLINT, "check", "--exit-zero", "--no-cache"]
FLOOR = [sys.executable, "-c", "import spacy, textstat, pptx, click"]
CLICK = [sys.executable, "-c", "import click"]


# --- measuring -----------------------------------------------------------------


def wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    return time.perf_counter() - started


@dataclass(frozen=True)
class Pairs:
    a: list[float]
    b: list[float]

    @property
    def ratios(self) -> list[float]:
        return [x / y for x, y in zip(self.a, self.b, strict=True)]

    def ratio(self) -> str:
        ratios = self.ratios
        return f"{statistics.median(ratios):.2f} (min–max {min(ratios):.2f}–{max(ratios):.2f})"

    def times(self) -> str:
        return f"{statistics.median(self.a) * 1000:.0f} ms vs {statistics.median(self.b) * 1000:.0f} ms"


def pairs(a: list[str], b: list[str], count: int, before_a: Callable[[], None] | None = None) -> Pairs:
    """``count`` interleaved runs of A then B (after one unmeasured run of each)."""
    wall(a)
    wall(b)
    times_a, times_b = [], []
    for _ in range(count):
        if before_a:
            before_a()
        times_a.append(wall(a))
        times_b.append(wall(b))
    return Pairs(times_a, times_b)


def tree_peak_mib(command: list[str]) -> float:
    """Peak of the summed resident memory of a command and all its descendants, sampled every 10 ms."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    peak = 0
    while process.poll() is None:
        peak = max(peak, sum(_rss_kib(pid) for pid in _tree(process.pid)))
        time.sleep(0.01)
    return peak / 1024


def _tree(pid: int) -> Iterator[int]:
    yield pid
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                yield from _tree(int(child))


def _rss_kib(pid: int) -> int:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


# --- inputs --------------------------------------------------------------------


def corpus_files(folder: str, suffixes: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in (CORPUS / folder).glob("*") if p.suffix.lower() in suffixes) if CORPUS.is_dir() else []


def slide_count(path: Path) -> int:
    from talklint.errors import ParseError
    from talklint.parsers import parse_talk

    try:
        return len(parse_talk(path).slides)
    except ParseError:
        return 0


def closest_to(paths: list[Path], slides: int) -> tuple[Path, int] | None:
    counted = [(abs(n - slides), path, n) for path in paths if (n := slide_count(path)) > 0]
    return (min(counted)[1], min(counted)[2]) if counted else None


def synthetic_markdown(seed: int, slides: int = 60) -> str:
    parts = [f"---\nmarp: true\n---\n\n# Talk {seed}\n"]
    for n in range(1, slides):
        parts.append(
            f"## Slide {n} of talk {seed} shows one result\n\n- Point one about experiment {n * seed % 97}\n"
            f"- Point two with a number {n}.5% and R&D on EC2\n  - a nested detail\n"
        )
    return "\n---\n\n".join(parts)


def synthetic_deck(path: Path, slides: int) -> None:
    from pptx import Presentation

    prs = Presentation()
    for n in range(slides):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"Slide {n} states its point"
        body = slide.placeholders[1].text_frame
        body.text = f"First point on slide {n}"
        body.add_paragraph().text = f"Second point, {n}% better"
    prs.save(str(path))


def markdown_talks(folder: Path, count: int) -> tuple[list[Path], str]:
    """``count`` Markdown talks in ``folder``: the corpus's, repeated as needed, or synthetic ones."""
    folder.mkdir(parents=True)
    real = corpus_files("md-slides", (".md",)) + corpus_files("md-outline", (".md",))
    made = []
    for n in range(count):
        target = folder / f"talk{n:03}.md"
        if real:
            shutil.copyfile(real[n % len(real)], target)
        else:
            target.write_text(synthetic_markdown(n), encoding="utf-8")
        made.append(target)
    return made, f"{len(set(real))} real talks, repeated" if real else "synthetic"


# --- peers ---------------------------------------------------------------------


def proselint() -> list[str] | None:
    venv = REPO / "bench" / ".venv-proselint"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        installed = subprocess.run([str(python), "-m", "pip", "install", "-q", "proselint"], check=False)
        if installed.returncode != 0:
            return None
    return [str(python), "-m", "proselint", "check"]


def markdownlint() -> list[str] | None:
    folder = REPO / "bench" / ".node-peers"
    binary = folder / "node_modules" / ".bin" / "markdownlint-cli2"
    if not binary.exists() and shutil.which("npm"):
        folder.mkdir(exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--prefix", str(folder), "markdownlint-cli2"], check=False)
    return [str(binary)] if binary.exists() else None


# --- in one process: marginal cost per slide ----------------------------------------


def per_slide_costs(files: list[Path]) -> tuple[dict[str, list[float]], list[float]]:
    """Milliseconds per slide of reading, analysing and linting each file, start-up excluded;
    and per talk, the judgement's share (features, roles, story) per slide."""
    from talklint import analysis
    from talklint.engine import lint_file

    judged = [0.0]

    def timed(function: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                judged[0] += time.perf_counter() - started

        return run

    for name in ("talk_features", "talk_roles", "build_story", "match"):
        setattr(analysis, name, timed(getattr(analysis, name)))
    from talklint.runner import Overrides, RuleSets

    rule_sets = RuleSets(Overrides(use_cache=False))
    lint_file(files[0], rule_sets.for_file(files[0]))  # start-up: the pipeline, the rules, the index
    by_format: dict[str, list[float]] = {}
    judgement: list[float] = []
    for path in files:
        analysis.analyse.cache_clear()
        judged[0] = 0.0
        started = time.perf_counter()
        with contextlib.redirect_stderr(io.StringIO()):
            result = lint_file(path, rule_sets.for_file(path))
        elapsed = time.perf_counter() - started
        if result.slide_count:
            by_format.setdefault(result.format or "?", []).append(elapsed * 1000 / result.slide_count)
            judgement.append(judged[0] * 1000 / result.slide_count)
    return by_format, judgement


# --- the report ----------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=7, help="interleaved pairs per comparison (default 7)")
    count = max(parser.parse_args().pairs, 3)
    work = Path(tempfile.mkdtemp(prefix="talklint-bench-"))
    ENV["XDG_CACHE_HOME"] = str(work / "user-cache")
    os.environ["XDG_CACHE_HOME"] = ENV["XDG_CACHE_HOME"]
    # pip compiles an installed package's bytecode; an editable checkout may hold stale files.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "talklint")], check=True)
    rows: list[tuple[str, str, str]] = []
    try:
        hundred, origin = markdown_talks(work / "many", 100)
        started = time.perf_counter()
        wall([*COLD, str(hundred[0])])  # builds the word index: once per machine
        rows.append(("first run on a machine (builds the word index)", f"{time.perf_counter() - started:.2f} s", ""))

        found = closest_to(corpus_files("md-slides", (".md",)), 60)
        deck_md, label = (found[0], f"{found[0].name}, {found[1]} slides") if found else (hundred[0], "synthetic")
        cold_md = pairs([*COLD, str(deck_md)], FLOOR, count)
        rows.append((f"1. cold Markdown deck ({label}) ÷ floor", cold_md.times(), f"{cold_md.ratio()}  goal ≤ 1.2"))

        found = closest_to(corpus_files("pptx", (".pptx",)), 60)
        if found:
            deck, label = found[0], f"{found[0].name}, {found[1]} slides"
        else:
            deck, label = work / "deck60.pptx", "synthetic, 60 slides"
            synthetic_deck(deck, 60)
        cold_pptx = pairs([*COLD, str(deck)], FLOOR, count)
        rows.append((f"2. cold .pptx ({label}) ÷ floor", cold_pptx.times(), f"{cold_pptx.ratio()}  goal ≤ 1.2"))

        cache = ["--cache-dir", str(work / "cache")]
        warm_command = [*TALKLINT, "check", "--exit-zero", *cache, str(work / "many")]
        wall(warm_command)  # fills the cache
        warm = pairs(warm_command, CLICK, count)
        rows.append(
            (f"3. re-check 100 unchanged talks ({origin}) ÷ import click", warm.times(), f"{warm.ratio()}  goal ≤ 2.5")
        )

        fifty = [str(p) for p in hundred[:50]]
        peers = {"proselint": (proselint(), "0.7"), "markdownlint-cli2": (markdownlint(), "0.8")}
        for name, (peer, goal) in peers.items():
            if peer is None:
                rows.append((f"4. talklint ÷ {name}", "skipped: not installed and not installable", ""))
                continue
            compared = pairs([*COLD, *fifty], [*peer, *fifty], count)
            rows.append(
                (
                    f"4. talklint ÷ {name}, 50 Markdown talks ({origin})",
                    compared.times(),
                    f"{compared.ratio()}  goal ≤ {goal}",
                )
            )

        files = [*hundred[:40], *(corpus_files("pptx", (".pptx",)))[:10], *corpus_files("beamer", (".tex",))[:10]]
        files += corpus_files("pdf", (".pdf",))
        by_format, judgement = per_slide_costs(files)
        for name, costs in sorted(by_format.items()):
            goal = "goal ≤ 6 ms" if name == "pdf" else ""
            middle, low, high = statistics.median(costs), min(costs), max(costs)
            spread = f"median {middle:.1f} ms (min–max {low:.1f}–{high:.1f}), {len(costs)} talks"
            rows.append((f"5. marginal cost per slide, {name}", spread, goal))
        rows.append(
            (
                "5. judgement (features, roles, story) per slide",
                f"median {statistics.median(judgement):.2f} ms (max {max(judgement):.2f})",
                "goal ≤ 2 ms",
            )
        )

        many = str(work / "many")
        jobs = pairs([*COLD, "--jobs", "2", many], [*COLD, "--jobs", "1", many], max(3, count // 2))
        rows.append(("6. 100 Markdown talks, cold: --jobs 2 ÷ --jobs 1", jobs.times(), f"{jobs.ratio()}  goal ≤ 0.58"))
        peaks = [tree_peak_mib([*COLD, "--jobs", "2", many]) for _ in range(3)]
        rows.append(
            (
                "7. peak memory of the process tree, 100 talks, --jobs 2",
                f"{statistics.median(peaks):.0f} MiB (min–max {min(peaks):.0f}–{max(peaks):.0f})",
                "goal ≤ 350 MiB",
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"talklint benchmark: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {count} interleaved pairs")
    width = max(len(r[0]) for r in rows)
    for label, value, ratio in rows:
        print(f"  {label:<{width}}  {value:<40} {ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
