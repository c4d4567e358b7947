"""Train the role model from readers' labels, and say how well it does on talks it never saw.

    python bench/train_roles.py            # cross-validate, then write rules/model/roles.json
    python bench/train_roles.py --check    # cross-validate only

Reads ``../shared/corpus/labels.yaml`` and the talks it labels (multi-file
decks laid out as in their repository), reads each English talk with
talklint itself (``talklint.analysis.read_slides``, the blank English
pipeline), and fits, with numpy only and no randomness:

- a multinomial logistic regression from a slide's features to its role,
  L2-regularised, by gradient descent;
- a table of which role follows which, from the readers' sequences;
- three logistic regressions that say whether a slide states the vision,
  the agenda or the impact of the work.

Every figure printed is cross-validated by repository: the talks of one
repository are never in the training folds of the fold that scores them (a
talk's PDF and Beamer twins stay together). The story verdicts are those of
the real rules, run with each fold's model, compared with the labels as
``../shared/judge/score.py`` compares them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import talklint.analysis as analysis_module  # noqa: E402
from talklint.analysis import read_slides  # noqa: E402
from talklint.analysis.nlp import BLANK  # noqa: E402
from talklint.analysis.role_features import UNWEIGHED  # noqa: E402
from talklint.analysis.role_model import RoleModel, to_json  # noqa: E402
from talklint.analysis.role_statements import MENTIONS  # noqa: E402
from talklint.analysis.roles import ROLES  # noqa: E402
from talklint.config import Config  # noqa: E402
from talklint.engine import lint_talk  # noqa: E402
from talklint.model import Talk  # noqa: E402
from talklint.parsers import parse_talk  # noqa: E402
from talklint.registry import build_registry  # noqa: E402
from talklint.selection import build_rule_set  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
JUDGE = REPO.parent / "shared" / "judge" / "score.py"
OUTPUT = REPO / "rules" / "model" / "roles.json"
FOLDS = 5
STEPS = 600
TRANSITION_SMOOTHING = 0.5
NEVER = frozenset({"other"})
BALANCED = False
NAMED = True
# The heads: the parts of the story a slide states besides its role, and whether it is technical.
HEADS = (*MENTIONS, "technical")


@dataclass(frozen=True)
class Settings:
    """The model's few free numbers, chosen by cross-validation (``--grid``)."""

    l2: float = 20.0  # the role model's, against the summed loss over slides (1.0: 59% of roles, 20: 62%)
    head_l2: float = 1.0  # the heads': vision, agenda, impact stated, technical
    prior_scale: float = 0.3
    transition_scale: float = 0.4
    same_title_bonus: float = 2.0


SETTINGS = Settings()


@dataclass
class LabelledTalk:
    path: str
    repo: str
    talk: Talk
    features: list[dict[str, float]]
    roles: list[str]  # the reader's role of each shown slide ("other" where the labels say none)
    mentions: dict[str, list[bool]]
    scored: list[bool]  # slides the judge scores (the reader gave a role other than "other")
    labels: dict[str, Any]
    numbers: list[int]  # each shown slide's number, as the analysis keys its roles


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--check", action="store_true", help="cross-validate only; do not write the model")
    parser.add_argument("--grid", action="store_true", help="cross-validate a grid of settings, then stop")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every verdict that disagrees")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        sys.exit("../shared/corpus is not present: nothing to learn from")
    talks = read_corpus()
    print(f"{len(talks)} labelled English talks, {sum(len(t.roles) for t in talks)} slides")
    if args.grid:
        for l2 in (1.0, 10.0, 20.0, 40.0):
            for prior in (0.3, 0.5, 0.8):
                for transition in (0.4, 0.6, 0.9):
                    for stay in (0.0, 2.0, 5.0):
                        settings = replace(SETTINGS, l2=l2, prior_scale=prior, transition_scale=transition)
                        settings = replace(settings, same_title_bonus=stay)
                        print(settings, end=": ", flush=True)
                        cross_validate(talks, settings, brief=True)
        return 0
    cross_validate(talks, SETTINGS, verbose=args.verbose)
    if not args.check:
        model = fit(talks, SETTINGS)
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text(json.dumps(to_json(model), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(REPO)} ({OUTPUT.stat().st_size // 1024} KB)")
    return 0


# --- the labelled corpus -------------------------------------------------


def read_corpus() -> list[LabelledTalk]:
    labels = yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))
    rows = [line.split("\t") for line in (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    manifest = {row[0]: row for row in rows if row}
    talks = []
    with tempfile.TemporaryDirectory() as scratch:
        for path, label in labels.items():
            if label.get("language", "en") != "en":
                continue
            talk = parse_talk(laid_out(CORPUS / path, manifest, Path(scratch)))
            talks.append(labelled(path, manifest[path][2], talk, label))
    return talks


def laid_out(path: Path, manifest: dict[str, list[str]], scratch: Path) -> Path:
    """A multi-file deck laid out as in its repository (its inputs kept under ``<owner>__<repo>__parts/``)."""
    owner_repo = "__".join(path.stem.split("__")[:2])
    parts = path.parent / f"{owner_repo}__parts"
    if not parts.is_dir():
        return path
    checkout = scratch / path.stem
    (checkout / ".git").mkdir(parents=True, exist_ok=True)
    target = checkout / manifest[path.relative_to(CORPUS).as_posix()][3]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(path.read_bytes())
    for part in parts.rglob("*"):
        if part.is_file():
            copy = checkout / part.relative_to(parts)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(part.read_bytes())
    return target


def labelled(path: str, repo: str, talk: Talk, label: dict[str, Any]) -> LabelledTalk:
    reading = read_slides(talk, BLANK)
    rows = {int(row[0]): row for row in label.get("per_slide") or []}
    roles: list[str] = []
    scored: list[bool] = []
    mentions: dict[str, list[bool]] = {kind: [] for kind in HEADS}
    for slide in reading.slides:
        natives = list(slide.pages) or [slide.number]
        # A PDF slide built over pages is labelled on its last page.
        row = next((rows[n] for n in reversed(natives) if n in rows), None)
        role = str(row[1]) if row and row[1] in ROLES else "other"
        roles.append(role)
        scored.append(role != "other")
        for kind in MENTIONS:
            mentions[kind].append(any(n in (label.get(kind) or []) for n in natives) or role == kind)
        mentions["technical"].append(bool(row and row[2]))
    numbers = [slide.number for slide in reading.slides]
    return LabelledTalk(path, repo, talk, list(reading.features), roles, mentions, scored, label, numbers)


# --- fitting ---------------------------------------------------------------


def fit(talks: Sequence[LabelledTalk], settings: Settings) -> RoleModel:
    vocabulary = sorted({name for t in talks for f in t.features for name in f} - UNWEIGHED)
    index = {name: i for i, name in enumerate(vocabulary)}
    x = _matrix([f for t in talks for f in t.features], index)
    y = np.array([ROLES.index(r) for t in talks for r in t.roles])
    weights = _softmax_regression(x, y, len(ROLES), settings.l2)
    table = {
        name: {role: round(float(weights[i, j]), 4) for j, role in enumerate(ROLES) if abs(weights[i, j]) >= 1e-4}
        for name, i in index.items()
    }
    transitions, start = _transitions(talks)
    counts = Counter(r for t in talks for r in t.roles)
    total = sum(counts.values())
    prior = {role: round(math.log((counts[role] + 1) / (total + len(ROLES))), 4) for role in ROLES}
    main = [(f, i, t) for t in talks for i, f in enumerate(t.features) if "backup" not in f]
    mentions: dict[str, dict[str, float]] = {}
    for kind in HEADS:
        # Only the evidence about this part of the story, and where the slide stands: few features, few positives.
        names = [name for name in vocabulary if mention_evidence(name, kind)]
        own = {name: i for i, name in enumerate(names)}
        x_kind = _matrix([{n: v for n, v in f.items() if n in own} for f, _, _ in main], own)
        target = np.array([t.mentions[kind][i] for _, i, t in main], dtype=float)
        w = _logistic_regression(x_kind, target, settings.head_l2)
        mentions[kind] = {name: round(float(w[i]), 4) for name, i in own.items() if abs(w[i]) >= 1e-4}
    return RoleModel(
        roles=ROLES,
        weights={k: v for k, v in table.items() if v},
        transitions=transitions,
        start=start,
        prior=prior,
        prior_scale=settings.prior_scale,
        transition_scale=settings.transition_scale,
        same_title_bonus=settings.same_title_bonus,
        mentions=mentions,
        mention_threshold=dict.fromkeys(HEADS, 0.5),
        never=NEVER,
    )


def mention_evidence(name: str, kind: str) -> bool:
    """The features a head may weigh: for a part of the story, its own vocabulary and the slide's place;
    for "technical", what is on the slide (not the slides around it)."""
    if kind == "technical":
        return not name.startswith(("before:", "after:"))
    return name.endswith(f":{kind}") or name.startswith(("position:", "first:", "last:")) or name in ("bias", "divider")


def _matrix(features: Sequence[dict[str, float]], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(features), len(index)))
    for row, f in enumerate(features):
        for name, value in f.items():
            if name in index:
                x[row, index[name]] = value
    return x


def _softmax_regression(x: np.ndarray, y: np.ndarray, classes: int, l2: float) -> np.ndarray:
    """Weights minimising cross-entropy + L2 (the bias column regularised too, lightly), by Nesterov descent."""
    n, d = x.shape
    targets = np.eye(classes)[y]
    w = np.zeros((d, classes))
    velocity = np.zeros_like(w)
    rate = 0.5
    for _ in range(STEPS):
        ahead = w + 0.9 * velocity
        logits = x @ ahead
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        gradient = x.T @ (p - targets) / n + l2 * ahead / n
        velocity = 0.9 * velocity - rate * gradient
        w = w + velocity
    return w


def _logistic_regression(x: np.ndarray, target: np.ndarray, l2: float) -> np.ndarray:
    """Class-balanced: a slide that states the vision is rare, and each counts as much as all the others do."""
    n, d = x.shape
    positives = max(float(target.sum()), 1.0)
    balance = np.where(target > 0, n / (2 * positives), n / (2 * max(n - positives, 1.0))) if BALANCED else 1.0
    w = np.zeros(d)
    velocity = np.zeros(d)
    rate = 0.5
    for _ in range(STEPS):
        ahead = w + 0.9 * velocity
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ ahead, -40, 40)))
        gradient = x.T @ (balance * (p - target)) / n + l2 * ahead / n
        velocity = 0.9 * velocity - rate * gradient
        w = w + velocity
    return w


def _transitions(talks: Sequence[LabelledTalk]) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    pairs: Counter[tuple[str, str]] = Counter()
    firsts: Counter[str] = Counter()
    for t in talks:
        firsts[t.roles[0]] += 1
        pairs.update(zip(t.roles, t.roles[1:], strict=False))
    transitions = {}
    for previous in ROLES:
        total = sum(pairs[(previous, r)] for r in ROLES) + TRANSITION_SMOOTHING * len(ROLES)
        transitions[previous] = {
            r: round(math.log((pairs[(previous, r)] + TRANSITION_SMOOTHING) / total), 4) for r in ROLES
        }
    total = sum(firsts.values()) + TRANSITION_SMOOTHING * len(ROLES)
    start = {r: round(math.log((firsts[r] + TRANSITION_SMOOTHING) / total), 4) for r in ROLES}
    return transitions, start


# --- cross-validation ------------------------------------------------------


def folds(talks: Sequence[LabelledTalk]) -> dict[str, int]:
    repos = sorted({t.repo for t in talks})
    return {repo: i % FOLDS for i, repo in enumerate(repos)}


def cross_validate(
    talks: Sequence[LabelledTalk], settings: Settings, brief: bool = False, verbose: bool = False
) -> None:
    fold_of = folds(talks)
    hits = total = 0
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: Counter[tuple[str, str]] = Counter()
    mention_tally: dict[str, Counter[str]] = defaultdict(Counter)
    verdicts: dict[str, Counter[str]] = defaultdict(Counter)
    expectations = _judge_expectations()
    for fold in range(FOLDS):
        model = fit([t for t in talks if fold_of[t.repo] != fold], settings)
        for t in (t for t in talks if fold_of[t.repo] == fold):
            predicted = _decided_roles(t, model)
            for role, truth, scored in zip(predicted, t.roles, t.scored, strict=True):
                if not scored:
                    continue
                total += 1
                hits += role == truth
                confusion[(truth, role)] += role != truth
                for r in ROLES:
                    tally[r]["tp" if r == role == truth else "fp" if r == role else "fn" if r == truth else "tn"] += 1
            for kind in HEADS:
                for f, truth, scored in zip(t.features, t.mentions[kind], t.scored, strict=True):
                    if "backup" in f or (kind == "technical" and not scored):
                        continue
                    said = model.mention(kind, f) >= model.mention_threshold[kind]
                    mention_tally[kind]["tp" if said and truth else "fp" if said else "fn" if truth else "tn"] += 1
            if expectations is not None and not brief:
                _score_verdicts(t, model, expectations(t.labels), verdicts, verbose)
    if brief:
        key = ["motivation", "vision", "agenda", "conclusion", "closing", "outline"]
        print(
            f"roles {hits / total:.1%} | " + " ".join(f"{r[:5]} {_precision_recall(tally[r], short=True)}" for r in key)
        )
        return
    print(f"roles (cross-validated by repository, {FOLDS} folds): {hits}/{total} = {hits / total:.1%}")
    for role in ("title", "outline", "motivation", "background", "approach", "results", "vision", "agenda",
                 "impact", "conclusion", "closing", "backup"):  # fmt: skip
        print(f"  role {role:12s} {_precision_recall(tally[role])}")
    print(
        "  commonest confusions (reader -> talklint):",
        ", ".join(f"{a}->{b} {n}" for (a, b), n in confusion.most_common(6)),
    )
    for kind in HEADS:
        print(f"  states {kind:9s} {_precision_recall(mention_tally[kind])}")
    if verdicts:
        agree = sum(c["tp"] + c["tn"] for c in verdicts.values())
        n = sum(sum(c.values()) for c in verdicts.values())
        print(f"story verdicts (cross-validated): agreement {agree}/{n} = {agree / n:.0%}")
        for rule, c in verdicts.items():
            print(f"  {rule:24s} {_precision_recall(c)}")


def _decided_roles(t: LabelledTalk, model: RoleModel) -> list[str]:
    """Each shown slide's role as talklint decides it with this fold's model: the named roles, the decoding and
    what the analysis settles after it (a recap after the agenda, a problem taken for background)."""
    if not NAMED:
        return model.decode(t.features, {i: "backup" for i, f in enumerate(t.features) if "backup" in f})
    roles = _analysed(t, model).roles
    return [roles[number].role for number in t.numbers]


def _analysed(t: LabelledTalk, model: RoleModel) -> analysis_module.TalkAnalysis:
    """The talk as talklint reads it, with this fold's model."""
    analysis_module.load_model = lambda path=None: model  # type: ignore[assignment]
    analysis_module.analyse.cache_clear()
    return analysis_module.analyse(t.talk)


def _precision_recall(c: Counter[str], short: bool = False) -> str:
    precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
    recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
    if short:
        return f"{precision:.0%}/{recall:.0%}"
    return f"precision {precision:4.0%} recall {recall:4.0%}  (tp {c['tp']} fp {c['fp']} fn {c['fn']})"


def _judge_expectations() -> Any:
    """The judge's reading of the labels as verdicts, when ../shared/judge is present."""
    if not JUDGE.exists():
        return None
    spec = importlib.util.spec_from_file_location("talklint_judge", JUDGE)
    if spec is None or spec.loader is None:
        return None
    judge = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(judge)
    return judge.expectations


def _score_verdicts(
    t: LabelledTalk, model: RoleModel, expected: dict[str, bool], verdicts: dict[str, Counter[str]], verbose: bool
) -> None:
    """Lint the talk as a job talk, all rules on, with this fold's model, and compare the story rules' verdicts."""
    _analysed(t, model)
    rule_set = build_rule_set(replace(Config(root=REPO), select=("TL",)), build_registry(plugins=False))
    fired = {f.rule: f for f in lint_talk(t.talk, rule_set)}
    for rule, should in expected.items():
        got = rule in fired
        verdicts[rule]["tp" if should and got else "fn" if should else "fp" if got else "tn"] += 1
        if verbose and got != should:
            print(f"  {'MISSED' if should else 'FALSE '} {rule}: {t.path}")
            if got:
                print(f"      said: {fired[rule].message}")
            story = analysis_module.analyse(t.talk).story
            if story is not None:
                shown = [*range(min(6, len(story.slides))), *range(max(6, len(story.slides) - 4), len(story.slides))]
                for index in shown:
                    role, slide = story.roles[index], story.slides[index]
                    states = ",".join(sorted(role.mentions))
                    print(f"      {slide.label:>10} {role.role:12} [{states:24}] {slide.title[:50]!r}")


if __name__ == "__main__":
    sys.exit(main())
