"""Parts of a talk's story said in so many words, found by their phrasing rather than by a word list: time
people lose, harm told as a rate, a share too small, the work's aims, the speaker's research programme, a plan
laid out in time horizons. Others taking the work up, the impact, has its many phrasings in ``uptake``.

Each test reads a slide's words (title, text and notes as one line) and answers yes or no; the role
features (``role_features``) turn the answers into features the role model weighs.

They are kept by the part of the story they tell: ``problem`` (what is wrong in the world), ``world`` (how it
changes, and the questions it poses), ``vision`` (where
the speaker's work goes), ``plans`` (a plan in time) and ``results`` (what the work measured); ``search`` holds
the cheap word test they share.
"""

from talklint.analysis.statements.plans import dates_its_steps, lays_out_a_plan, plans_ahead, sets_a_horizon
from talklint.analysis.statements.problem import (
    handles_a_trouble,
    harm_counted,
    harm_rate,
    scarcity,
    share_of_people,
    shortfall,
    time_lost,
)
from talklint.analysis.statements.results import counts_a_measure, reports_a_measure
from talklint.analysis.statements.vision import (
    pictures_the_future,
    research_programme,
    sees_it_going,
    span_sets_no_goal,
    states_aims,
)
from talklint.analysis.statements.world import asks_the_world, poses_a_puzzle, world_trend

__all__ = [
    "asks_the_world",
    "counts_a_measure",
    "dates_its_steps",
    "handles_a_trouble",
    "harm_counted",
    "harm_rate",
    "lays_out_a_plan",
    "pictures_the_future",
    "plans_ahead",
    "poses_a_puzzle",
    "reports_a_measure",
    "research_programme",
    "scarcity",
    "sees_it_going",
    "sets_a_horizon",
    "share_of_people",
    "shortfall",
    "span_sets_no_goal",
    "states_aims",
    "time_lost",
    "world_trend",
]
