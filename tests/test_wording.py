from __future__ import annotations

import pytest

from talklint.wording import share_over


@pytest.mark.parametrize(
    ("share", "limit", "shown"),
    [
        (0.52, 0.4, "52%"),
        (0.403, 0.4, "40.3%"),  # "40% (budget 40%)" would read as a finding about nothing
        (0.2049, 0.2, "20.5%"),
    ],
)
def test_a_share_over_its_limit_is_shown_precisely_enough_to_see_it(share: float, limit: float, shown: str) -> None:
    assert share_over(share, limit) == shown
