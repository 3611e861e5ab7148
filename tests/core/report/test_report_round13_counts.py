"""Round 13 (extract13b): missile counts read on 490-529's misses (an addition told as "one
more" or "another three", a translated page's "bullets", a bulleted link line above the story).

Each cause is tried in several outlets' phrasings, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import count

# --- "one more", "two more": an addition, not the salvo's size ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired several short-range ballistic missiles on Thursday, the JCS said. "
        "Seoul later said the North had fired one more ballistic missile toward the sea.",
        "The North launched multiple missiles from Wonsan on Thursday. Hours later it fired two "
        "more missiles, Japan's defence ministry said.",
        "Pyongyang fired a barrage of rockets on Thursday, and one more rocket followed in the "
        "evening, the South Korean military said.",
    ],
)
def test_one_more_missile_does_not_count_the_salvo(sites, text):
    assert count(text, sites) == ("2", "vague")


def test_more_than_one_missile_is_still_a_bound(sites):
    # Near miss: "more than" before the number is a bound, not an addition.
    text = "North Korea fired more than two ballistic missiles on Thursday, the JCS said."
    assert count(text, sites) == ("2", "at least")


def test_one_more_missile_alone_still_counts(sites):
    # Near miss: with no other count, the addition is all the report gives.
    text = "North Korea fired one more ballistic missile on Thursday, the JCS said."
    assert count(text, sites) == ("1", "exact")


# --- "another three missiles": the number says how many ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'This morning North Korea tested another "three projectiles believed to be '
        'short-range" toward the Sea of Japan, the Seoul military said.',
        "North Korea fired another three ballistic missiles on Thursday, the JCS said.",
        "On Thursday the North launched another three bullets of various types into the sea, "
        "Yonhap reported.",
    ],
)
def test_another_three_missiles_are_three(sites, text):
    assert count(text, sites) == ("3", "exact")


def test_another_missile_is_still_one(sites):
    # Near miss: "another" with no number is one missile, as an article counts.
    text = "North Korea fired another ballistic missile on Thursday, the JCS said."
    assert count(text, sites) == ("1", "exact")


def test_a_bullet_shaped_nose_is_no_count(sites):
    # Near miss: "bullet-shaped" describes the missile; the count is the stated two.
    text = (
        "North Korea fired two ballistic missiles on Thursday with a bullet-shaped warhead, "
        "the JCS said."
    )
    assert count(text, sites) == ("2", "exact")


# --- a bulleted line above the story yields to the story's own count -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\u2022 North Korea launches two missiles into the sea\n\nNorth Korea fired three "
        "short-range missiles on Thursday, the JCS said.",
        "\u25aa Pyongyang fires two ballistic missiles\n\nSeoul said the North launched three "
        "ballistic missiles toward the East Sea on Thursday.",
    ],
)
def test_the_story_beats_a_bulleted_line(sites, text):
    assert count(text, sites) == ("3", "exact")


def test_a_bulleted_line_counts_where_the_story_gives_no_count(sites):
    # Near miss: the story names no number, so the bulleted line's stands.
    text = (
        "\u2022 North Korea launches two missiles into the sea\n\nNorth Korea launched "
        "ballistic missiles on Thursday, the JCS said."
    )
    assert count(text, sites) == ("2", "exact")
