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


# A kind ruled out or tied to a place: "unlikely to have been an SLBM", "Sinpo is the port most
# often linked to North Korea's submarine-launched ballistic missiles" (535's).
@pytest.mark.parametrize(
    "sentence",
    [
        "Because it was fired from land, it is unlikely to have been an SLBM, analysts said.",
        "Officials said the projectile was not likely to be a cruise missile.",
        "Sinpo is the port most often linked to the North's submarine-launched ballistic missiles.",
        "The town is home to its intercontinental ballistic missile units.",
        "Wonsan, a base associated with its Musudan intermediate-range ballistic missiles, lies "
        "nearby.",
    ],
)
def test_a_kind_ruled_out_or_tied_to_a_place_gives_no_class(sites, sentence):
    assert cells(LEAD + sentence, THURSDAY, sites)["missile_class"] == ""


def test_a_kind_said_likely_is_still_its_class(sites):
    # Near miss: "likely to have been" (not "unlikely") says what it was.
    text = LEAD + "It was likely to have been a short-range ballistic missile, analysts said."
    assert cells(text, THURSDAY, sites)["missile_class"] == "SRBM"


# "attempted to launch a missile on its east coast": the coast the launch was made on (534's).
@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("North Korea attempted to launch a missile on its east coast on Thursday.", "east-coast"),
        ("The North fired two rockets on the west coast on Thursday, Seoul said.", "west-coast"),
        (
            "Pyongyang test-fired a ballistic missile on North Korea's east coast on Thursday.",
            "east-coast",
        ),
    ],
)
def test_a_launch_on_a_coast_is_made_there(sites, sentence, site):
    assert cells(sentence, THURSDAY, sites)["site_id"] == site


def test_a_place_said_to_be_on_a_coast_is_no_launch_on_it(sites):
    # Near miss: "into waters near Sinpo, a port on the east coast" says where Sinpo is.
    text = (
        "North Korea fired missiles on Thursday that landed in waters near Sinpo, a port city "
        "on the east coast, Seoul said."
    )
    assert cells(text, THURSDAY, sites)["site_id"] != "east-coast"


# "Pyongyang's Sunan neighborhood" is the Sunan district; "from Tongchang County" is the county
# of Tongchang-ri, the Sohae station's village (567's, 555's).
@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("The flight began from Pyongyang's Sunan neighborhood on Thursday.", "sunan-town"),
        ("It was launched from the Sunan neighbourhood of the capital on Thursday.", "sunan-town"),
        ("The rocket was launched from Tongchang County at about 10:43 p.m.", "sohae"),
        ("Officials said the launch came from the Tongchang area on Thursday.", "sohae"),
    ],
)
def test_a_district_or_a_villages_county_names_its_site(sites, sentence, site):
    assert cells(LEAD + sentence, THURSDAY, sites)["site_id"] == site


def test_the_bare_village_stem_is_no_site(sites):
    # Near miss: "Musudan" alone is a missile, not the Musudan-ri pad.
    text = LEAD + "Officials suspected a Musudan from the mobile launcher units."
    assert cells(text, THURSDAY, sites)["site_id"] == ""


# "Also Read" / "Read more:" above a list of other stories' headlines: not the story (547's).
STORY_547 = (
    "North Korea launched an intermediate-range ballistic missile early on Thursday, but the "
    "launch appears to have failed, South Korea's Joint Chiefs of Staff said. The military is "
    "studying the details of the launch and keeping a high level of readiness, it added. "
    "Sources said the missile may have been a Musudan intermediate-range ballistic missile, "
    "the type that failed three times in April.\n\n"
)


@pytest.mark.parametrize("heading", ["Also Read", "Read more:", "Related stories", "RELATED"])
def test_links_after_a_heading_are_not_the_story(sites, heading):
    links = heading + "\n\nNorth Korea Test-Fires Submarine-Launched Ballistic Missile\nApril 25\n"
    found = cells(STORY_547 + links, THURSDAY, sites)
    assert found["missile_class"] == "IRBM"


def test_a_related_label_above_the_story_drops_nothing(sites):
    # Near miss: a label before any story is no trailer; the story below it is read.
    text = "Related\n\n" + STORY_547
    assert cells(text, THURSDAY, sites)["missile_class"] == "IRBM"


# "Those were thought to be ... of the Scud or Rodong type": "those" standing alone for the
# missiles just recalled carries the recollection on (543's).
RECALLED = (
    "North Korea fired a ballistic missile on Thursday, Seoul said. What type of missile was "
    "fired is not yet clear.\n\nOn March 2, North Korea fired three ballistic missiles off its "
    "eastern coast.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Those were thought to be medium-range, of the Nodong type, officials said.",
        "Those had been identified as Nodong medium-range ballistic missiles.",
        "And those flew about 500 km as medium-range ballistic missiles, Seoul said.",
    ],
)
def test_those_after_a_recalled_launch_are_its_missiles(sites, sentence):
    found = cells(RECALLED + sentence, THURSDAY, sites)
    assert (found["missile_class"], found["missile_name"]) == ("", "")


def test_those_missiles_after_the_launch_itself_are_its_own(sites):
    # Near miss: with no launch recalled before it, "those" is the launch's own.
    text = (
        "North Korea fired three ballistic missiles on Thursday, Seoul said.\n\n"
        "Those were thought to be medium-range, of the Nodong type, officials said."
    )
    assert cells(text, THURSDAY, sites)["missile_name"] == "Nodong"


# What was fired at a place before, or a launch expected: "near Kalma, where North Korea has
# previously tried to launch its mobile Musudan intermediate-range ballistic missile", "activity
# suggested that another Musudan launch was likely" (536's).
@pytest.mark.parametrize(
    "sentence",
    [
        "It was fired near Kalma, where North Korea has previously tried to launch its Musudan "
        "intermediate-range ballistic missile.",
        "The launch came from Sinpo, where the North had tested its Pukguksong-1 "
        "submarine-launched ballistic missile.",
        "Officials said activity seen there suggested that another Musudan launch was likely.",
        "Analysts said another Hwasong-12 test could be imminent.",
    ],
)
def test_a_places_past_or_an_expected_launch_gives_no_kind(sites, sentence):
    found = cells(LEAD + sentence, THURSDAY, sites)
    assert (found["missile_class"], found["missile_name"]) == ("", "")


def test_another_missile_fired_is_still_this_launchs(sites):
    # Near miss: "fired another Musudan" tells this launch.
    text = "North Korea fired another Musudan intermediate-range ballistic missile on Thursday."
    found = cells(text, THURSDAY, sites)
    assert (found["missile_class"], found["missile_name"]) == ("IRBM", "Musudan")


# A name joined to the bare Scud family, a class word: "of the Scud or Rodong type" offers two
# choices; "two Scud tactical ballistic missiles followed by one Rodong" is a mixed salvo (544's).
@pytest.mark.parametrize(
    "sentence",
    [
        "The missiles, of the Scud or Rodong type, were fired from Hwangju, the JCS said.",
        "Officials said they were Rodong- or Scud-type missiles.",
        "StratCom said the North launched two Scud tactical ballistic missiles followed by one "
        "Rodong missile.",
        "It fired three Scuds as well as a Nodong, the Pentagon said.",
    ],
)
def test_a_name_beside_the_scud_family_is_no_name(sites, sentence):
    assert cells(LEAD + sentence, THURSDAY, sites)["missile_name"] == ""


def test_a_name_told_apart_from_a_scud_aside_is_its_name(sites):
    # Near miss: the Scud in another sentence does not make the Rodong a choice.
    text = (
        LEAD + "Scuds fly shorter. The JCS said it was one Rodong medium-range ballistic missile."
    )
    assert cells(text, THURSDAY, sites)["missile_name"] == "Nodong"
