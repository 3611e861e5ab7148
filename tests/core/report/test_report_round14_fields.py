"""Round 14 (fix14c): site, class, name, range and landing wordings the 530-569 part showed.

Each wording is written for these tests, in several outlets' styles; each cause has a near
miss that must not trigger.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import THURSDAY, cells, clock

LEAD = "North Korea fired an unidentified ballistic missile into the sea on Thursday, Seoul said. "


# A picture's caption labelled as one ("Photo caption: ...", "[Photo caption: ...]") tells of
# the picture, often an older launch (531's, 554's, 566's).
@pytest.mark.parametrize(
    "caption",
    [
        "Photo caption: Kim Jong Un watches the launch of a Hwasong-17 intercontinental "
        "ballistic missile on March 2, 2023.",
        "[Photo caption: A satellite carrier rocket lifts off from the Sohae station on "
        "March 2, 2023.]",
        "Caption: An undated picture of a submarine-launched ballistic missile test, March 2, "
        "2023.",
    ],
)
def test_a_labelled_caption_gives_neither_class_nor_day(sites, caption):
    text = "North Korea fires missile\n\n" + caption + "\n\n" + LEAD
    found = cells(text, THURSDAY, sites)
    assert (found["missile_class"], found["missile_name"]) == ("", "")
    assert clock(text, sites, THURSDAY)[0] == "2023-04-13"


def test_a_caption_word_in_the_story_is_still_read(sites):
    # Near miss: "caption" inside the story's prose does not make it a caption.
    text = (
        "North Korea fires missile\n\nThe state media caption said the Hwasong-17 "
        "intercontinental ballistic missile flew on Thursday.\n\n" + LEAD
    )
    assert cells(text, THURSDAY, sites)["missile_class"] == "ICBM"


# "fired a ballistic missile ..., hours after Seoul acted in response to the North's launch of a
# spy satellite": the kind named after "hours after" is the earlier launch's (554's).
@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea fired a ballistic missile toward the sea on Thursday, hours after Seoul "
        "suspended a military pact in response to the North's launch of a spy satellite.",
        "Pyongyang launched a ballistic missile on Thursday, days after its test of a "
        "hypersonic glide vehicle drew condemnation.",
        "The North test-fired a ballistic missile on Thursday. Seoul had acted in response to "
        "the North's satellite launch the previous day.",
        "North Korea fired a ballistic missile on Thursday. Japan protested its ICBM launch "
        "two days earlier.",
    ],
)
def test_a_kind_told_of_an_earlier_launch_gives_no_class(sites, sentence):
    assert cells(sentence, THURSDAY, sites)["missile_class"] == ""


def test_the_kind_fired_before_hours_after_is_still_its_class(sites):
    # Near miss: the kind is named before "hours after", in the launch's own clause.
    text = (
        "North Korea fired a submarine-launched ballistic missile on Thursday, hours after "
        "the allies began their drills."
    )
    assert cells(text, THURSDAY, sites)["missile_class"] == "SLBM"


# A launch made off a named port ("occurred off the coast of Sinpo", "fired a
# submarine-launched missile off its eastern coastal town of Sinpo") beats the coast told
# before it; a submarine launch off Sinpo is recorded at its shipyard (542's, 545's).
@pytest.mark.parametrize(
    "text",
    [
        "North Korea test-fired a missile from a submarine off its east coast on Thursday, the "
        "Pentagon said. The launch of the submarine-launched ballistic missile occurred off "
        "the coast of Sinpo, it added.",
        "North Korea fired a submarine-launched missile off its eastern coastal town of Sinpo "
        "on Thursday. The missile was tracked from North Korea's eastern coast.",
        "Pyongyang launched an SLBM off the port city of Sinpo on Thursday, Seoul said; the "
        "submarine-launched ballistic missile was tracked from the eastern coast.",
    ],
)
def test_a_launch_off_a_named_port_is_at_its_naval_base(sites, text):
    assert cells(text, THURSDAY, sites)["site_id"] == "sinpo"


def test_missiles_fired_off_a_coast_are_not_placed_at_it(sites):
    # Near miss: "off its east coast" with no place named says where they fell, not a site.
    text = "North Korea fired two ballistic missiles off its east coast on Thursday, Seoul said."
    assert cells(text, THURSDAY, sites)["site_id"] == ""


# A sea told after a wording set aside: "fired from a submarine off its east coast ... tracked
# over and into the Sea of Japan" fell in the Sea of Japan (542's).
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile from a submarine off its east coast on Thursday. The "
        "missile was tracked over and into the Sea of Japan, the Pentagon said.",
        "The North launched a missile from a submarine off its east coast on Thursday; it came "
        "down in the East Sea, Seoul said.",
    ],
)
def test_a_sea_told_after_the_launch_place_is_the_landing(sites, text):
    assert cells(text, THURSDAY, sites)["landing_area"] == "sea_of_japan"


def test_a_launch_from_a_submarine_off_the_coast_alone_gives_no_landing(sites):
    # Near miss: the coast is where the submarine was; nothing says where the missile fell.
    text = "North Korea fired a missile from a submarine off its east coast on Thursday."
    assert cells(text, THURSDAY, sites)["landing_area"] == ""


# A sea named by its side alone: "into eastern waters", "into the sea in the east" (530's, 543's).
@pytest.mark.parametrize(
    ("sentence", "sea"),
    [
        ("The missile flew some 450 km into eastern waters.", "sea_of_japan"),
        ("It flew across the peninsula into the sea in the east.", "sea_of_japan"),
        ("The rocket was fired toward the sea to the east, officials said.", "sea_of_japan"),
        ("The projectiles flew into western waters, the JCS said.", "yellow_sea"),
        ("They came down after flying into the sea in the west.", "yellow_sea"),
    ],
)
def test_a_sea_named_by_its_side_is_the_landing(sites, sentence, sea):
    assert cells(LEAD + sentence, THURSDAY, sites)["landing_area"] == sea


def test_waters_east_of_japan_are_not_the_sea_of_japan(sites):
    # Near miss: eastern waters off Japan are the Pacific side, not the Sea of Japan.
    text = LEAD + "A second missile later flew into eastern waters off Japan, officials said."
    assert cells(text, THURSDAY, sites)["landing_area"] != "sea_of_japan"


# A type's reach is not the flight: "thought to have a minimum range of 1,500 miles", "a Musudan,
# whose range is estimated at more than 3,000 km" (536's, 540's).
@pytest.mark.parametrize(
    "sentence",
    [
        "The Musudan, thought to have a minimum range of 1,500 miles, worries planners.",
        "Officials concluded it was a Musudan, whose range is estimated at more than 3,000 km.",
        "It resembled the Nodong, whose range is put at about 1,300 kilometres.",
        "The KN-08, whose flight range was assessed at 5,500 km, has never flown.",
    ],
)
def test_a_types_reach_is_not_the_range(sites, sentence):
    assert cells(LEAD + sentence, THURSDAY, sites)["range_km"] == ""


def test_the_flights_own_range_is_still_read(sites):
    # Near miss: "its range was" (not "whose") tells this flight.
    text = LEAD + "The JCS said its flight range was about 450 km."
    assert cells(text, THURSDAY, sites)["range_km"] == "450"


# "went no higher than 620 miles": a height told by its bound (531's).
@pytest.mark.parametrize(
    ("sentence", "apogee"),
    [
        ("The missile went no higher than 620 miles, Japan's defence minister said.", "998"),
        ("It rose no higher than about 60 km before falling, officials said.", "60"),
        ("Tokyo said the projectile flew no higher than 100 kilometres.", "100"),
    ],
)
def test_no_higher_than_is_the_apogee(sites, sentence, apogee):
    assert cells(LEAD + sentence, THURSDAY, sites)["apogee_km"] == apogee


def test_no_further_than_is_no_apogee(sites):
    # Near miss: a distance's bound is not a height.
    text = LEAD + "The missile went no further than 300 km, Seoul said."
    assert cells(text, THURSDAY, sites)["apogee_km"] == ""


# "about 620 miles (1, 000 km)": the converted km figure with a space after its comma (567's).
@pytest.mark.parametrize(
    ("sentence", "km"),
    [
        ("The missile flew about 620 miles (1, 000 km) at high altitude.", "1000"),
        ("It travelled 932 miles (1, 500 kilometers) before falling.", "1500"),
    ],
)
def test_a_spaced_thousands_comma_in_the_conversion_is_read(sites, sentence, km):
    assert cells(LEAD + sentence, THURSDAY, sites)["range_km"] == km


def test_a_list_of_figures_in_the_brackets_is_not_one_number(sites):
    # Near miss: "(1, 2 and 3 km)" is no thousands figure; the miles are read.
    text = LEAD + "The missile flew 600 miles (1, 2 or 3 km tests aside)."
    assert cells(text, THURSDAY, sites)["range_km"] == "966"


# "The flight began from the Sunan district and lasted 70 minutes" (567's).
@pytest.mark.parametrize(
    "sentence",
    [
        "The flight began from Pyongyang's Sunan district and lasted 70 minutes.",
        "Its flight started over the capital and lasted about 70 minutes, Tokyo said.",
    ],
)
def test_a_flight_that_began_and_lasted_gives_its_time(sites, sentence):
    assert cells(LEAD + sentence, THURSDAY, sites)["flight_time_min"] == "70"


def test_a_meeting_that_began_and_lasted_is_no_flight(sites):
    # Near miss: a meeting's length is not the flight's.
    text = LEAD + "The security meeting began at noon and lasted 70 minutes."
    assert cells(text, THURSDAY, sites)["flight_time_min"] == ""


# A caption that dates its picture before the launch shows an older one, file-marked or not
# (566's "watching the launch of a Hwasong-17 ... on March 16" over a March 19 story).
@pytest.mark.parametrize(
    "caption",
    [
        "Kim Jong Un watches the launch of an intercontinental ballistic missile on March 16, "
        "2023. (AP Photo/Lee Jin-man)",
        "[Photo: A submarine-launched ballistic missile is test-fired on Tuesday, April 11. "
        "| Photo Credit: AP]",
    ],
)
def test_a_caption_dated_before_the_launch_gives_no_class(sites, caption):
    text = "North Korea fires missile\n\n" + caption + "\n\n" + LEAD
    assert cells(text, THURSDAY, sites)["missile_class"] == ""


def test_a_caption_dated_the_launch_day_still_gives_its_class(sites):
    # Near miss: a caption of this launch's day may show this launch.
    caption = (
        "[Photo: People in Seoul watch a news report of the short-range ballistic missile "
        "launch on Thursday, April 13. | Photo Credit: AP]"
    )
    text = "North Korea fires missile\n\n" + caption + "\n\n" + LEAD
    assert cells(text, THURSDAY, sites)["missile_class"] == "SRBM"
