"""The README stays true: its commands, and its rule table."""

from __future__ import annotations

import re

from talklint.registry import build_registry
from tests.helpers import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)


def test_readme_starts_with_the_two_commands() -> None:
    first, second = COMMANDS[:2]
    assert README.index(first) < README.index("## ")
    assert first == "python -m pip install . && talklint check examples/"
    assert "pytest" in second


def test_ci_runs_the_readme_test_command_exactly() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert COMMANDS[1] in ci.splitlines()


def test_every_rule_is_listed() -> None:
    for rule in build_registry(plugins=False).rules:
        assert f"| {rule.code} | {rule.name} |" in README, rule.code


def test_the_limits_table_is_the_code() -> None:
    from talklint.limits import markdown_table

    table = README.split("<!-- limits:start -->\n")[1].split("\n<!-- limits:end -->")[0]
    assert table == markdown_table()
