"""Round 19 (fix19a): reporters, launch days and clocks read on 730-766's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import clock, count, field


# "The isolated regime also launched three missiles on Saturday" (763), "North Korea also
# launched two unidentified missiles ... on January 25" (736): a launch told as an addition to
# the one reported, with a day of its own, is another launch; its day and count are not this
# launch's.
@pytest.mark.parametrize(
    "text",
    [
        "A short-range projectile was fired by North Korea into the sea, the JCS said on "
        "Thursday. According to the military, the North also launched two cruise missiles on "
        "Tuesday.",
        "Pyongyang fires a projectile into the sea\n\nIt was unclear what kind of weapon was "
        "fired. The regime also fired three rockets on Monday, doing no damage.\n\nOn "
        "Thursday North Korea fired a projectile into waters off its east coast, a day after "
        "it fired three rockets there, officials said.",
        "A ballistic missile was fired by North Korea, Japan's defence ministry said on "
        "Thursday. The North also test-launched four projectiles off its west coast on "
        "Sept. 9.",
    ],
)
def test_a_launch_added_with_its_own_day_is_another(sites, text):
    assert clock(text, sites) == ("2024-09-12", "")
    assert count(text, sites) == ("1", "exact")


def test_an_added_missile_with_no_day_of_its_own_is_this_launch(sites):
    # Near miss: "also fired" with no day is more of this launch.
    text = (
        "North Korea fired a short-range ballistic missile on Thursday, the military said. "
        "It also fired a second missile an hour later."
    )
    assert clock(text, sites) == ("2024-09-12", "")


# "A mock North Korean Scud-B missile ... is displayed" (763's caption): a model's name is no
# launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a projectile on Thursday. [Photo caption: A mock North Korean "
        "Scud-B missile is displayed at the War Memorial in Seoul.]",
        "North Korea fired a projectile on Thursday. A replica Nodong missile stands at a "
        "museum in Seoul.",
    ],
)
def test_a_mock_missile_names_nothing(sites, text):
    assert field(text, sites, "missile_name") == ""


def test_a_named_missile_beside_a_model_word_elsewhere_is_named(sites):
    # Near miss: the launch's own name, a model mentioned apart from it.
    text = (
        "North Korea fired a Scud-B missile on Thursday. A mock rocket was shown at a museum "
        "in Seoul."
    )
    assert field(text, sites, "missile_name") == "Scud-B"
