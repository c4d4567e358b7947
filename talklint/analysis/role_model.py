"""The role model: weights learnt from readers' labels, shipped as data in ``rules/model/roles.json``.

A multinomial logistic regression gives, for each slide, how likely each
role is from its features (``role_features``); a transition table learnt
from the same talks says which role tends to follow which (results follow
the method; the closing follows the takeaways). The most likely sequence of
roles for the whole talk is found with the Viterbi algorithm, with any role
the speaker declared held fixed. Three more logistic regressions say whether
a slide states the vision, the agenda or the impact of the work, whatever
its main role (a motivation slide may also state the vision).

The weights are reproduced by ``bench/train_roles.py`` from the labels in
``../shared/corpus``; nothing is learnt or fetched at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy

from talklint.resources import data_dir

Features = Mapping[str, float]
MODEL_PATH = ("model", "roles.json")


@dataclass(frozen=True)
class RoleModel:
    roles: tuple[str, ...]
    # feature → role → weight
    weights: dict[str, dict[str, float]]
    # previous role → role → log probability, and the first slide's
    transitions: dict[str, dict[str, float]]
    start: dict[str, float]
    # log prior of each role: the emission is p(role | slide) / p(role)^prior_scale
    prior: dict[str, float]
    prior_scale: float
    # How much the order of roles weighs against what each slide shows (1: as learnt).
    transition_scale: float
    # Added to keeping the role of the slide before when a slide repeats its title (a run of one part).
    same_title_bonus: float
    # mention → feature → weight (a logistic regression each), and the probability that counts
    mentions: dict[str, dict[str, float]]
    mention_threshold: dict[str, float]
    # Roles the decoder never gives (the readers' "other": dividers, demos), by default none.
    never: frozenset[str] = frozenset()
    # Transition matrices by the roles a talk allows, built once per model.
    _matrices: dict[tuple[str, ...], numpy.ndarray] = field(default_factory=dict, compare=False, repr=False)

    def scores(self, features: Features) -> dict[str, float]:
        """Each role's linear score for a slide."""
        totals = dict.fromkeys(self.roles, 0.0)
        for name, value in features.items():
            for role, weight in self.weights.get(name, {}).items():
                totals[role] += weight * value
        return totals

    def probabilities(self, features: Features) -> dict[str, float]:
        """What the slide's own evidence says of each role the decoder gives (a softmax over their scores)."""
        scores = {role: score for role, score in self.scores(features).items() if role not in self.never}
        top = max(scores.values())
        exp = {role: math.exp(score - top) for role, score in scores.items()}
        total = sum(exp.values())
        return {role: value / total for role, value in exp.items()}

    def decode(self, features: Sequence[Features], fixed: Mapping[int, str]) -> list[str]:
        """The most likely roles of the slides, in order; ``fixed`` roles (by index) are kept."""
        if not features:
            return []
        # A role the decoder never gives is still the speaker's to declare.
        allowed = [role for role in self.roles if role not in self.never or role in fixed.values()]
        emissions = [self._emission(f, fixed.get(i), allowed) for i, f in enumerate(features)]
        transitions = self._transition_matrix(tuple(allowed))
        keep = numpy.eye(len(allowed))
        best = numpy.array([self.start.get(role, -20.0) + emissions[0][role] for role in allowed])
        back: list[numpy.ndarray] = []
        for slide_features, emission in zip(features[1:], emissions[1:], strict=True):
            # scored[p, r]: the best path so far that ends in role p, then moves to role r.
            scored = best[:, None] + transitions
            if slide_features.get("same-title"):
                scored = scored + self.same_title_bonus * keep
            pointers = scored.argmax(axis=0)  # the first best previous role, as max() over a list picks it
            back.append(pointers)
            best = scored[pointers, numpy.arange(len(allowed))] + numpy.array([emission[r] for r in allowed])
        index = int(best.argmax())
        path = [index]
        for pointers in reversed(back):
            index = int(pointers[index])
            path.append(index)
        return [allowed[i] for i in reversed(path)]

    def _transition_matrix(self, allowed: tuple[str, ...]) -> numpy.ndarray:
        """The weighted log probability of moving from each allowed role (rows) to each (columns)."""
        cached = self._matrices.get(allowed)
        if cached is None:
            cached = numpy.array([[self._transition(p, r) for r in allowed] for p in allowed])
            self._matrices[allowed] = cached
        return cached

    def _emission(self, features: Features, fixed: str | None, allowed: list[str]) -> dict[str, float]:
        if fixed is not None:
            return {role: 0.0 if role == fixed else -1e9 for role in allowed}
        probabilities = self.probabilities(features)
        return {
            role: math.log(max(probabilities.get(role, 0.0), 1e-12)) - self.prior_scale * self.prior.get(role, 0.0)
            for role in allowed
        }

    def _transition(self, previous: str, role: str) -> float:
        return self.transition_scale * self.transitions.get(previous, {}).get(role, -20.0)

    def mention(self, kind: str, features: Features) -> float:
        """How likely it is that the slide states ``kind`` (vision, agenda, impact)."""
        weights = self.mentions.get(kind, {})
        score = sum(weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(score, 40.0), -40.0)))


def from_json(data: dict[str, object]) -> RoleModel:
    """A model from its JSON form (see ``bench/train_roles.py``), checked as it is read."""
    return RoleModel(
        roles=tuple(str(role) for role in _list(data, "roles")),
        weights=_table(data, "weights"),
        transitions=_table(data, "transitions"),
        start=_numbers(data, "start"),
        prior=_numbers(data, "prior"),
        prior_scale=float(_number(data, "prior_scale")),
        transition_scale=float(_number(data, "transition_scale")),
        same_title_bonus=float(_number(data, "same_title_bonus")),
        mentions=_table(data, "mentions"),
        mention_threshold=_numbers(data, "mention_threshold"),
        never=frozenset(str(role) for role in _list(data, "never")),
    )


def to_json(model: RoleModel) -> dict[str, object]:
    return {
        "roles": list(model.roles),
        "weights": model.weights,
        "transitions": model.transitions,
        "start": model.start,
        "prior": model.prior,
        "prior_scale": model.prior_scale,
        "transition_scale": model.transition_scale,
        "same_title_bonus": model.same_title_bonus,
        "mentions": model.mentions,
        "mention_threshold": model.mention_threshold,
        "never": sorted(model.never),
    }


@lru_cache(maxsize=1)
def load_model(path: Path | None = None) -> RoleModel:
    """The shipped role model (or one at ``path``, for training and tests)."""
    source = path or data_dir().joinpath(*MODEL_PATH)
    return from_json(json.loads(source.read_text(encoding="utf-8")))


def _list(data: dict[str, object], key: str) -> list[object]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValueError(f"role model: '{key}' must be a list")
    return value


def _number(data: dict[str, object], key: str) -> float:
    value = data.get(key)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(f"role model: '{key}' must be a finite number")
    return float(value)


def _numbers(data: dict[str, object], key: str) -> dict[str, float]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ValueError(f"role model: '{key}' must be a mapping")
    return {str(k): _number(value, k) for k in value}


def _table(data: dict[str, object], key: str) -> dict[str, dict[str, float]]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ValueError(f"role model: '{key}' must be a mapping")
    return {str(k): _numbers(value, k) for k in value}
