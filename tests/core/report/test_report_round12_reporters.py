"""Round 12 (extract12a): reporters, read on 450-489's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss
that must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import reporters

# --- "reported on Thursday, citing the military, that the North had launched" ----------------


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO (Wire) - A missile was fired, the Japan Coast Guard said on Thursday.\n\n"
        "Yonhap, meanwhile, reported on Thursday, citing the South Korean military, that North "
        "Korea had launched a ballistic missile toward the East Sea.",
        "A launch was seen, the Japan Coast Guard said on Thursday.\n\n"
        "A Seoul news agency said on Thursday, quoting the Joint Chiefs of Staff, that the North "
        "had fired a short-range missile.",
        "A missile was fired, the Japan Coast Guard said on Thursday.\n\n"
        "Yonhap reported late on Thursday, citing the South Korean military, that North Korea "
        "had launched a missile.",
        "A missile was fired, the coast guard said on Thursday.\n\n"
        "KBS announced Thursday, according to the JCS, that Pyongyang had launched one missile "
        "into the sea.",
    ],
)
def test_a_day_before_the_citing_clause_keeps_the_launch_reported(sites, text):
    # The day written before "citing ..." still opens reported speech: its "had launched" is
    # this launch told in another's words, not an older one.
    assert reporters(text, sites) == "JCS"


def test_an_older_launch_told_in_the_past_perfect_stays_recalled(sites):
    # Near miss: no reporting verb before "had launched": the North's earlier launch.
    text = (
        "North Korea fired a missile on Thursday, Japan's Defense Ministry said.\n\n"
        "In March, citing the South Korean military, the North had launched three missiles."
    )
    assert reporters(text, sites) == "Japan MOD"


# --- "citing the national defense ministry" --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's maritime security service later said, citing the national defense ministry, "
        "that the missile had already fallen.",
        "Japan's coast guard, quoting the country's Defence Ministry, said the missile fell on "
        "Thursday.",
        "Tokyo's coast guard said the missile came down, according to the nation's defense "
        "ministry.",
    ],
)
def test_a_ministry_with_a_national_word_is_japans_in_a_sentence_naming_japan(sites, sentence):
    text = f"North Korea fired a ballistic missile on Thursday. {sentence}"
    assert reporters(text, sites) == "Japan MOD"


def test_seouls_ministry_of_national_defense_is_not_japans(sites):
    # Near miss: Seoul's name for its own ministry, in a sentence naming only Seoul.
    text = (
        "North Korea fired a ballistic missile on Thursday, the Ministry of National Defense in "
        "Seoul said, adding that Japan was told."
    )
    assert reporters(text, sites) == ""


# --- the North announcing other news --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch came hours after North Korea announced it had found its first case of the "
        "coronavirus.",
        "The missile launch came as North Korea announced a new five-year plan for its economy.",
        "The firing came hours after Pyongyang announced its leader had opened a new hospital.",
    ],
)
def test_the_norths_other_news_without_that_cites_no_state_media(sites, sentence):
    text = f"The Joint Chiefs of Staff said North Korea fired a missile on Thursday. {sentence}"
    assert reporters(text, sites) == "JCS"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pyongyang later announced it had successfully launched a new solid-fuel missile.",
        "North Korea announced the test of a new hypersonic missile on Thursday.",
    ],
)
def test_the_norths_own_word_on_the_launch_without_that_is_still_state_media(sites, sentence):
    # Near miss: what it announced is a launch.
    text = f"The Joint Chiefs of Staff said North Korea fired a missile on Thursday. {sentence}"
    assert reporters(text, sites) == "JCS;KCNA"


# --- a title's "Japan says" over the coast guard's notice ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea May Have Fired Ballistic Missile, Japan Says\n\n"
        "North Korea may have launched a ballistic missile on Thursday, the Japan Coast Guard "
        "said in a notice.",
        "Japan says North Korea launched a missile\n\n"
        "The Japanese coast guard said on Thursday that North Korea had fired what could be a "
        "ballistic missile.",
        "Tokyo confirmed a North Korean missile launch\n\n"
        "Japan's coast guard warned ships on Thursday that a missile had been fired.",
    ],
)
def test_a_titles_japan_says_stands_for_the_coast_guard_its_story_quotes(sites, text):
    assert reporters(text, sites) == ""


def test_a_titles_japan_says_stands_where_the_story_names_no_japanese_source(sites):
    # Near miss: the story gives no Japanese source of its own; the title's "Japan says" stands.
    text = (
        "North Korea fires missile into sea, Japan says\n\n"
        "North Korea fired a ballistic missile on Thursday that fell into the sea."
    )
    assert reporters(text, sites) == "Japan government"


def test_japan_said_in_the_story_is_cited_beside_the_coast_guard(sites):
    # Near miss: "Japan said" in the story itself, not its title.
    text = (
        "North Korea fires missile\n\n"
        "North Korea fired a missile on Thursday, the Japan Coast Guard said. Japan said the "
        "missile fell outside its exclusive economic zone."
    )
    assert reporters(text, sites) == "Japan government"


# --- the South's military as the content of another's statement ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two projectiles on Thursday, South Korea's defense ministry said in a "
        "statement. According to the statement, South Korea's military is watching for further "
        "launches.",
        "North Korea fired two missiles on Thursday, the defence ministry in Seoul said. The "
        "South Korean military is monitoring for more launches, it added.",
        "North Korea fired a missile on Thursday, Seoul's defence ministry said. Citing the "
        "ministry's briefing, the South Korean military is monitoring for more launches.",
    ],
)
def test_the_souths_military_told_of_in_anothers_statement_is_not_cited(sites, text):
    assert reporters(text, sites) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the statement, South Korea's military said it was watching for further "
        "launches.",
        "The South Korean military is analysing the missile's range and speed.",
        "According to the statement, the Joint Chiefs of Staff are monitoring for more launches.",
    ],
)
def test_the_souths_military_speaking_or_unattributed_is_cited(sites, sentence):
    # Near misses: the military speaks; no other's statement; the Joint Chiefs by name.
    text = f"North Korea fired two missiles on Thursday, officials said. {sentence}"
    assert reporters(text, sites) == "JCS"
