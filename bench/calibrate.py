"""Calibrate the thresholds on real talks: ``python bench/calibrate.py [FOLDER]``.

Prints, for the English talks in ../shared/corpus (or FOLDER), the
distributions that set the defaults (visible words per slide, equations per
slide, technical share per talk) and how many findings each rule gives per
talk, so that a rule that fires on most slides of good talks shows up.
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from talklint.config import Config  # noqa: E402
from talklint.discovery import discover  # noqa: E402
from talklint.engine import lint_file  # noqa: E402
from talklint.registry import build_registry  # noqa: E402
from talklint.rule import Context  # noqa: E402
from talklint.selection import build_rule_set  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus"
    rule_set = build_rule_set(Config(root=folder), build_registry(plugins=False))
    words: list[float] = []
    equations: list[float] = []
    shares: dict[str, float] = {}
    per_talk: dict[str, Counter[str]] = {}
    skipped = []
    for path in discover([folder]):
        if "__parts" in path.as_posix() or path.name == "README.md":
            continue  # imported pieces of a deck, linted with the deck
        result = lint_file(path, rule_set)
        if result.talk is None or not result.talk.slides:
            continue
        context = Context(result.talk)
        analysis = context.analysis
        name = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else path.name
        if not analysis.is_english:
            skipped.append(name)
            continue
        slides = context.slides
        for slide in slides:
            facts = analysis.slide(slide)
            words.append(facts.metrics["words"])
            equations.append(facts.metrics["display-math"])
        if slides:
            shares[name] = sum(analysis.slide(s).technical for s in slides) / len(slides)
        per_talk[name] = Counter(f.code for f in result.findings)
    print(f"{len(per_talk)} English talks, {len(words)} main-talk slides; not English: {len(skipped)}")
    print(
        f"visible words per slide: median {statistics.median(words):.0f}, 90th percentile {percentile(words, 0.9):.0f}"
    )
    eq_median, eq_p90 = statistics.median(equations), percentile(equations, 0.9)
    print(
        f"display equations per slide: median {eq_median:.0f}, 90th percentile {eq_p90:.0f}, max {max(equations):.0f}"
    )
    share_values = list(shares.values())
    share_median, share_p90 = statistics.median(share_values), percentile(share_values, 0.9)
    print(f"technical share per talk: median {share_median:.0%}, 90th percentile {share_p90:.0%}")
    codes = sorted({c for counter in per_talk.values() for c in counter})
    print("\nfindings per talk (talks with any / total findings / max in one talk):")
    for code in codes:
        counts = [counter[code] for counter in per_talk.values()]
        print(f"  {code}: {sum(1 for c in counts if c)} talks, {sum(counts)} findings, max {max(counts)}")
    print("\nper talk:")
    for name, counter in sorted(per_talk.items()):
        summary = " ".join(f"{code}={n}" for code, n in sorted(counter.items()))
        print(f"  {name[:70]:<70} tech {shares.get(name, 0):.0%}  {summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
