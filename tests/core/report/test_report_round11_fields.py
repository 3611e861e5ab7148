"""Round 11: general causes of the misses of 410-449 in name, landing and figures.

Each cause is tested in several outlets' phrasings (wires, Japanese and Korean outlets, state
media relays, analysis sites), written for these tests, not copied from the corpus, with a
near-miss wording the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.report.test_report_round6_fields import draft


# "off its southeast coast", "off the North's northwestern coast": a coast with a second
# direction is still the sea on that side.
@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "North Korea fired four projectiles off its southeast coast on Thursday, an official "
            "said.",
            "sea_of_japan",
        ),
        (
            "The missiles came down off the North's northeastern coast, the JCS said.",
            "sea_of_japan",
        ),
        (
            "North Korea fired two rockets toward its south-western coast on Friday, Yonhap said.",
            "yellow_sea",
        ),
        (
            "Two cruise missiles fell off the country's northwest coast, the military said.",
            "yellow_sea",
        ),
        # near miss: a coast named for something else than where the missiles went
        (
            "North Korea fired a missile on Thursday. Its southeast coast is home to a naval base.",
            "unknown",
        ),
    ],
)
def test_a_coast_with_two_directions_names_its_sea(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# "reported, citing the JCS, that Pyongyang had fired ...": the interposed source does not turn
# the reported speech's past perfect into a recollection.
@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "TOKYO, June 15. The coast guard said North Korea launched a missile on Thursday. "
            "Yonhap reported, citing the Joint Chiefs of Staff, that Pyongyang had fired a "
            "ballistic missile towards the Sea of Japan.",
            "sea_of_japan",
        ),
        (
            "North Korea launched a missile on Monday, Kyodo said. NHK said, quoting defence "
            "officials, that the North had fired it toward the East Sea.",
            "sea_of_japan",
        ),
        # near miss: a plain recollection keeps its past perfect
        (
            "North Korea launched a missile on Monday, Kyodo said. Last year the North had fired "
            "a missile toward the East Sea.",
            "unknown",
        ),
    ],
)
def test_an_interposed_source_keeps_reported_speech(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# A name set aside ("were not the Musudan missiles"), a replica, or a picture caption's name
# yields to the story's own.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "North Korea fired three short-range missiles today. They were not the mid-range "
            "Musudan missiles Pyongyang has been threatening to launch, the military says.",
            "",
        ),
        (
            "The North launched a short-range missile on Monday. It was not the Hwasong-12 that "
            "Pyongyang threatens to fire at Guam, the JCS said.",
            "",
        ),
        (
            "A man walks past a replica of a Scud-B missile in Seoul on Wednesday, the day the "
            "North test-fired two missiles. (AFP/Getty Images)\n\nThe timing of the Rodong "
            "launches was seen as a message to Seoul.",
            "Nodong",
        ),
        (
            "People watch a TV showing a Hwasong-15 in Seoul on Monday, when the North fired a "
            "missile. (Yonhap Photo)\n\nState media called the weapon a Hwasong-18.",
            "Hwasong-18",
        ),
        # near misses: the launch's own name
        (
            "North Korea fired a Musudan missile on Friday, not a Scud as first thought.",
            "Musudan",
        ),
        (
            "Kim Jong Un watches a Hwasong-17 lift off. (KCNA via AP Photo)\n\nThe missile "
            "fired on Monday flew 1,000 km, the JCS said.",
            "Hwasong-17",
        ),
    ],
)
def test_a_name_set_aside_or_shown_yields(sites, text, name):
    assert draft(text, sites).missile_name == name


# The type's range told in an apposition ("a Scud, a missile with a range of ...") is what the
# type can do; the missiles' own flight still counts.
@pytest.mark.parametrize(
    ("text", "range_km"),
    [
        (
            "North Korea fired a missile on Saturday. It is thought to be a Scud, a missile with "
            "a range of about 500 kilometers.",
            None,
        ),
        (
            "The North launched two Rodongs, missiles with a range of 1,300 km, the JCS said.",
            None,
        ),
        (
            "The projectile was believed to be a KN-02, a weapon with a range of 120 km.",
            None,
        ),
        # near misses: this flight's figures
        (
            "North Korea fired a missile with a range of about 500 kilometers, the JCS said.",
            500.0,
        ),
        (
            "It is thought to be a Scud. The missiles flew about 500 kilometers, the JCS said.",
            500.0,
        ),
    ],
)
def test_a_types_range_in_apposition(sites, text, range_km):
    assert draft(text, sites).range_km == range_km


# A figure told only as a possibility yields to one another sentence states.
@pytest.mark.parametrize(
    ("text", "range_km"),
    [
        (
            "North Korea fired a missile on Monday. US sources said it possibly flew some "
            "1,300 km. The JCS said the missile flew about 500 km.",
            500.0,
        ),
        (
            "The missile may have flown 900 km, an analyst said. Japan's Defense Ministry said "
            "it flew 700 km.",
            700.0,
        ),
        # near miss: a possible figure alone is still the figure given
        (
            "North Korea fired a missile on Monday. It could have travelled about 600 km, the "
            "JCS said.",
            600.0,
        ),
    ],
)
def test_a_possible_figure_yields_to_a_stated_one(sites, text, range_km):
    assert draft(text, sites).range_km == range_km


# How long it flew before it failed, said in compound words or "within ... of launch".
@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        (
            "North Korea fired a missile on Wednesday. Military sources say it fizzled out "
            "within forty-two seconds of launch.",
            0.7,
        ),
        (
            "The rocket broke up after twenty-five seconds, the JCS said.",
            0.4,
        ),
        (
            "The missile exploded within 50 seconds of launch, officials said.",
            0.8,
        ),
        # near miss: a time that is not the flight's
        (
            "Japan issued an alert within forty seconds, officials said. North Korea fired a "
            "missile on Monday.",
            None,
        ),
    ],
)
def test_a_failure_time_in_words_or_within(sites, text, minutes):
    assert draft(text, sites).flight_time_min == minutes


# A sea named along the path ("traversed international airspace over waters west of Eodo, in
# the Yellow Sea") is not where the missile came down.
@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            'The JCS said the rocket was launched southward and "traversed international '
            'airspace over waters west of Eodo," meaning the Sokotra rock in the Yellow Sea.',
            "unknown",
        ),
        (
            "The rocket was fired south, crossing airspace above the West Sea, the military said.",
            "unknown",
        ),
        # near misses: a fall after the path, or a plain fall
        (
            "The missile crossed the peninsula and fell into the Sea of Japan, the JCS said.",
            "sea_of_japan",
        ),
        (
            "The rocket traversed the sea and came down in the Yellow Sea, Yonhap said.",
            "yellow_sea",
        ),
    ],
)
def test_a_sea_on_the_path_is_no_landing(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# Figures told missile by missile ("900km and 950km respectively") after one for them all: the
# longer is the launch's.
@pytest.mark.parametrize(
    ("text", "range_km"),
    [
        (
            "The JCS said the missiles flew roughly 900km. Japan said the two missiles flew "
            "about 900km and 950km respectively.",
            950.0,
        ),
        (
            "The missiles travelled some 350 km, Seoul said. Tokyo said they covered 350 and "
            "400 kilometers respectively.",
            400.0,
        ),
        # near miss: a later shorter pair, or a pair not told missile by missile
        (
            "The missiles flew about 600 km, the JCS said. Japan said they flew 500 km and 550 "
            "km respectively.",
            600.0,
        ),
        (
            "The missile flew about 600 km, the JCS said. Its earlier tests flew 700 km and "
            "800 km.",
            600.0,
        ),
    ],
)
def test_figures_told_each_give_the_longer(sites, text, range_km):
    assert draft(text, sites).range_km == range_km


# "came down ..., about 300 miles across the Sea of Japan": the distance it went.
@pytest.mark.parametrize(
    ("text", "range_km"),
    [
        (
            "The missile came down halfway between the two countries, about 300 miles across "
            "the Sea of Japan, officials said.",
            483.0,
        ),
        (
            "It landed in international waters, some 400 km out over the East Sea, the JCS said.",
            400.0,
        ),
        # near miss: where it fell, off a coast
        (
            "The missile landed in the sea, about 300 km off the coast of Akita, officials said.",
            None,
        ),
    ],
)
def test_a_distance_across_the_sea_from_a_fall(sites, text, range_km):
    assert draft(text, sites).range_km == range_km
