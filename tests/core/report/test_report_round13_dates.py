"""Round 13 (extract13b): launch days read on 490-529's misses (the day an impersonal report was
made: "On June 30 it was reported that ...").

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import cells

PUBLISHED = date(2024, 9, 12)


def day(text: str, sites) -> str:
    # The page's own stamp heads it, as a news page's does.
    return cells("12 September 2024 10:30\n\n" + text, PUBLISHED, sites)["date_utc"]


@pytest.mark.parametrize(
    "text",
    [
        "One of the missiles the North launched may have failed early in flight, the JCS said. "
        "On Wednesday it was reported that the DPRK had launched a ballistic missile towards the "
        "Sea of Japan.",
        "Debris of the missile North Korea fired may have fallen on land, Seoul said. On Tuesday "
        "it was announced that North Korea had fired a ballistic missile.",
        "The missile Pyongyang launched may have failed, officials said. On Wednesday, it has "
        "been confirmed that Pyongyang had test-fired a missile eastward.",
    ],
)
def test_an_impersonal_reports_day_is_not_the_launch_day(sites, text):
    # No launch day of its own (the lead names none, and the report's day is not the launch's):
    # the publication date (Thursday the 12th).
    assert day(text, sites) == "2024-09-12"


def test_a_launch_told_on_its_day_keeps_it(sites):
    # Near miss: "it was a ballistic missile" follows the launch's own day, no report verb.
    text = (
        "On September 10 North Korea launched a ballistic missile towards the Sea of Japan, and "
        "it was reported to have flown 300 km."
    )
    assert day(text, sites) == "2024-09-10"
