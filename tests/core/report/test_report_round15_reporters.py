"""Round 15 (fix15a): reporters, outcome, landing_area and apogee_km, read on 570-609's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss
that must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells, reporters

# --- "upcoming U.S.-South Korean military events" (578) ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The timing points to the upcoming U.S.-South Korean military events.",
        "It came days before annual U.S.-South Korean military exercises begin.",
        "Analysts tied the launch to U.S.-South Korean military activities near the border.",
        "The North has long protested the joint US-South Korean military drills.",
    ],
)
def test_a_compound_after_an_abbreviation_names_no_military(sites, sentence):
    text = f"North Korea fired three short-range rockets into the sea on Thursday. {sentence}"
    assert reporters(text, sites) == ""


def test_the_souths_military_after_a_plain_hyphen_still_speaks(sites):
    # Near miss: "- South Korea's military said" (a wire's dash with spaces) is the body.
    text = "SEOUL - North Korea fired a missile on Thursday, South Korea's military said."
    assert reporters(text, sites) == "JCS"


# --- "the North was still working on a submarine-launched missile capability" (573, 600) --------


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's Defense Ministry says the North's ballistic missile program has been growing.",
        "A South Korean military official told Reuters the North was still working on a "
        "submarine-launched missile capability.",
        "South Korea's military added that Pyongyang is developing solid-fuel engines for its "
        "long-range missiles.",
        "Japan's defence ministry said in a paper that North Korea's nuclear and missile "
        "programmes have advanced rapidly.",
    ],
)
def test_words_on_the_programme_cite_no_one(sites, sentence):
    text = f"North Korea fired a missile into the sea on Thursday, media reported. {sentence}"
    assert reporters(text, sites) == ""


def test_words_on_the_programme_naming_the_launch_still_cite(sites):
    # Near miss: the programme's words tie it to this launch.
    text = (
        "North Korea fired a missile into the sea on Thursday, media reported. Japan's Defense "
        "Ministry said the North's missile program has made progress with the latest launch."
    )
    assert reporters(text, sites) == "Japan MOD"


def test_a_body_telling_the_flight_is_still_cited(sites):
    # Near miss: the ministry speaks of the missile's flight, not of the programme.
    text = (
        "North Korea fired a missile on Thursday. Japan's Defense Ministry says the missile "
        "flew about 350 km."
    )
    assert reporters(text, sites) == "Japan MOD"


# --- "Citing an unnamed Japanese official, Kyodo News said" (586) -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Citing an unnamed Japanese official, Kyodo said the missiles never reached its waters.",
        "A Japanese government official said the missile fell outside the EEZ.",
        "NHK, quoting a senior Japanese official, said the missile flew about 400 km.",
    ],
)
def test_one_japanese_official_is_japan_named_as_a_whole(sites, sentence):
    text = f"North Korea fired a short-range missile on Thursday. {sentence}"
    assert reporters(text, sites) == "Japan government"


def test_a_japanese_defence_official_is_still_the_ministry_or_no_one(sites):
    # Near miss: a defence official is no official of Japan as a whole.
    text = (
        "North Korea fired a short-range missile on Thursday. A Japanese defence official "
        "said it was analysing the launch."
    )
    assert reporters(text, sites) == ""


# --- "anger at Pyongyang's failure to secure talks on outside aid" (579) ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The launches were read as anger at Pyongyang's failure to secure talks on aid.",
        "Analysts pointed to the North's failure to win sanctions relief.",
        "It followed the failure to agree on a summit date between the two Koreas.",
    ],
)
def test_a_failure_to_do_something_else_is_no_outcome(sites, sentence):
    text = f"North Korea fired two ballistic missiles into the sea on Thursday. {sentence}"
    assert cells(text, THURSDAY, sites)["outcome"] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials blamed the rocket's failure to reach orbit on its second stage.",
        "The failure to separate the first stage doomed the flight.",
        "The launch ended in failure.",
    ],
)
def test_the_flights_own_failure_still_counts(sites, sentence):
    # Near miss: a failure of the flight itself.
    text = f"North Korea launched a rocket on Thursday. {sentence}"
    assert cells(text, THURSDAY, sites)["outcome"] == "failure"


# --- "reaching apogees of around 90 km" (603) ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The missiles flew about 350 km, reaching apogees of around 90 km.",
        "Both missiles flew 350 km at apogees of about 90 km.",
        "The two missiles reached apogees of 90 kilometers, the JCS said.",
    ],
)
def test_apogees_in_the_plural_give_the_height(sites, sentence):
    text = f"North Korea fired two ballistic missiles on Thursday. {sentence}"
    assert cells(text, THURSDAY, sites)["apogee_km"] == "90"


def test_an_apogee_with_no_figure_gives_none(sites):
    # Near miss: the apogees named, but no figure.
    text = (
        "North Korea fired two ballistic missiles on Thursday. The missiles flew 350 km; "
        "their apogees were not disclosed."
    )
    assert cells(text, THURSDAY, sites)["apogee_km"] == ""


# --- "fired a short-range missile as it did yesterday into its east sea" (585) ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"North Korea fired a short-range missile as it did yesterday into its east sea," '
        "Yonhap reported.",
        "The North fired another missile, just as it had on Wednesday, into the Sea of Japan.",
        "Pyongyang launched a rocket like it did on Tuesday, sending it into the East Sea.",
    ],
)
def test_a_launch_likened_to_an_older_one_is_still_this_launch(sites, sentence):
    text = f"North Korea fired a missile on Thursday.\n\n{sentence}"
    assert cells(text, THURSDAY, sites)["landing_area"] == "sea_of_japan"


def test_the_older_launch_told_on_its_own_day_is_still_recalled(sites):
    # Near miss: no likeness, the other day's launch is told for itself.
    text = (
        "North Korea fired a missile on Thursday.\n\n"
        "On Wednesday it fired a missile into the Sea of Japan."
    )
    assert cells(text, THURSDAY, sites)["landing_area"] == ""


# --- "... on Wednesday, a record, but Thursday's launches stood apart" (599) --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The North fired more than 20 missiles on Wednesday, a record, but Thursday's launch "
        "stood apart because it was an ICBM.",
        "Pyongyang tested cruise missiles on Wednesday, while Thursday's firing was of an ICBM.",
        "Wednesday's salvo was the largest ever; yet Thursday's launch drew more alarm.",
    ],
)
def test_the_launch_day_set_against_another_opens_its_own_clause(sites, sentence):
    text = (
        f"North Korea fired an ICBM on Thursday.\n\n{sentence} The ICBM seems to have "
        "malfunctioned in mid-flight."
    )
    assert cells(text, THURSDAY, sites)["outcome"] == "failure"


def test_the_launch_day_as_a_landmark_still_recalls(sites):
    # Near miss: "south of the site of Thursday's test" measures another launch by this one.
    text = (
        "North Korea fired an ICBM on Thursday.\n\n"
        "On Monday the North fired a missile from Wonsan, south of the site of Thursday's "
        "test, and it malfunctioned in mid-flight."
    )
    assert cells(text, THURSDAY, sites)["outcome"] == ""


# --- "On Friday, North Korea had threatened ... According to South Korea's military" (591) -----


@pytest.mark.parametrize(
    "recalled",
    [
        "On Wednesday, North Korea had threatened a strong retaliation against any drills.",
        "Two days earlier, Pyongyang had warned of an unprecedented response to the exercises.",
        "On Monday, Kim Yo Jong had said the North would answer the allies' drills.",
    ],
)
def test_a_recollection_of_no_launch_carries_nothing_on(sites, recalled):
    text = (
        "North Korea launched an ICBM on Thursday, Japan's Defense Ministry said.\n\n"
        f"{recalled} According to South Korea's military, the missile was fired from the "
        "Pyongyang area."
    )
    assert reporters(text, sites) == "Japan MOD;JCS"


def test_a_recalled_launch_still_carries_on_to_its_details(sites):
    # Near miss: the recollection tells a launch, and the next sentence goes on with it.
    text = (
        "North Korea launched an ICBM on Thursday, Japan's Defense Ministry said.\n\n"
        "On Monday, North Korea had fired a cruise missile. According to South Korea's "
        "military, the missile flew 1,500 km."
    )
    assert reporters(text, sites) == "Japan MOD"
