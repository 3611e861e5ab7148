"""Round 19 (fix19c): missile class, name and site read on 730-766's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field


# "North Korea test-fires short-range missiles routinely" (763): what the North does by habit,
# told in the present tense with how often, is no clause of this launch (the adverb after the
# verb as well as before it).
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a projectile on Thursday, officials said. The North test-fires "
        "short-range missiles routinely during its winter drills.",
        "North Korea fired an unidentified projectile on Thursday. Pyongyang often launches "
        "short-range ballistic missiles when allied exercises begin.",
        "North Korea launched a projectile into the sea on Thursday. The country conducts "
        "medium-range missile tests from time to time, analysts say.",
        "North Korea fired a projectile on Thursday. It typically fires cruise missiles from "
        "its west coast.",
    ],
)
def test_a_habit_told_in_the_present_is_no_class(sites, text):
    assert field(text, sites, "missile_class") == ""


def test_a_launch_told_in_the_past_beside_its_habit_keeps_its_class(sites):
    # Near miss: "fired ... as it routinely does" tells this launch in the past tense.
    text = (
        "North Korea fired two short-range missiles on Thursday, as it routinely does when the "
        "allies begin their drills."
    )
    assert field(text, sites, "missile_class") == "SRBM"


# "the Nodong, with a 1,500-kilometer reach, can cover all of South Korea" (764): what a type can
# cover is what it can do, not what was fired.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired three short-range missiles on Thursday. The Musudan can travel "
        "4,000 km, while the Nodong, with a 1,300 km reach, can cover all of Japan.",
        "North Korea fired two short-range missiles on Thursday. Its Rodong missiles could "
        "cover most of Japan, experts said.",
    ],
)
def test_what_a_type_can_cover_is_no_name(sites, text):
    assert field(text, sites, "missile_name") == ""


def test_a_named_missile_that_flew_keeps_its_name(sites):
    # Near miss: the named missile is the one fired.
    text = "North Korea fired a Nodong missile on Thursday that flew 650 km into the sea."
    assert field(text, sites, "missile_name") == "Nodong"


# "these may have included both the modified KN-02 short-range guided missile and rockets from
# the North's new multiple launcher" (762): a salvo of two kinds names no one missile.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired several projectiles on Thursday. Officials said the salvo may have "
        "included both the KN-02 guided missile and rockets from a multiple launcher.",
        "North Korea fired four projectiles on Thursday, believed to be both KN-25 launchers' "
        "rounds and short-range missiles, the JCS said.",
        "North Korea fired projectiles on Thursday; analysts said they were both a KN-23 and "
        "some artillery rockets.",
    ],
)
def test_one_of_both_kinds_is_no_name(sites, text):
    assert field(text, sites, "missile_name") == ""


def test_both_missiles_of_one_name_keep_it(sites):
    # Near miss: "both" counts the missiles of one type; no other kind follows.
    text = "North Korea fired two KN-23 missiles on Thursday, and both flew about 600 km."
    assert field(text, sites, "missile_name") == "KN-23"


# "the railway-borne missile regiment of North Phyongan Province" (738): where a unit belongs is
# not where it fired from.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea said the railway-borne missile regiment of North Pyongan Province fired "
        "two missiles on Thursday into the East Sea.",
        "KCNA said an artillery unit based in South Hwanghae Province launched two guided "
        "missiles on Thursday.",
        "A missile brigade from Kangwon Province fired rockets on Thursday, state media said.",
    ],
)
def test_a_units_home_is_no_site(sites, text):
    assert field(text, sites, "site_id") == ""


def test_a_unit_firing_from_a_province_keeps_the_site(sites):
    # Near miss: the unit fired from the province.
    text = (
        "North Korea said a missile regiment fired two missiles on Thursday from North Pyongan "
        "Province into the East Sea."
    )
    assert field(text, sites, "site_id") == "north-pyongan-province"


# "from an inland site ... from an air base in the North's western province of Hwanghae" (412,
# 759): "inland" is a direction; the launch is placed in a province named without its half,
# which the table cannot settle, so no site is better than the direction.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles from an inland site on Thursday. They were launched from "
        "an air base in the North's western province of Hwanghae, the JCS said.",
        "North Korea fired a missile from inland on Thursday; it was launched at a site in "
        "Hamgyong province, officials said.",
        "North Korea fired missiles from its west coast on Thursday. The launch came from a "
        "field in Pyongan province, the military said.",
    ],
)
def test_a_split_province_without_its_half_beats_a_direction(sites, text):
    assert field(text, sites, "site_id") == ""


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # Near miss: the province's half is named, so the table settles it.
        (
            "North Korea fired two missiles from an inland site on Thursday. They were launched "
            "from North Hwanghae Province, the JCS said.",
            "north-hwanghae-province",
        ),
        # Near miss: the split province is not where the launch was placed.
        (
            "North Korea fired two missiles from an inland area on Thursday. Hwanghae's farms "
            "lie to the south.",
            "inland",
        ),
    ],
)
def test_a_direction_stands_without_a_split_province(sites, text, site):
    assert field(text, sites, "site_id") == site


# "fired a ballistic missile from a site roughly 100 kilometers north of Pyongyang ... from an
# area in the vicinity of Kusong" (716): a place told by its distance from a landmark, farther
# than the landmark's own reach, is not the landmark's site.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea fired a missile on Thursday from a site about 100 km north of "
            "Pyongyang. The JCS said it was launched near Kusong.",
            "kusong-town",
        ),
        (
            "North Korea launched a missile on Thursday from a location some 60 miles north of "
            "the capital, Pyongyang, officials said.",
            "",
        ),
        (
            "North Korea fired two rockets on Thursday from an area 90 kilometres east of "
            "Pyongyang, according to Seoul.",
            "",
        ),
    ],
)
def test_a_place_far_from_a_landmark_is_not_the_landmark(sites, text, site):
    assert field(text, sites, "site_id") == site


@pytest.mark.parametrize(
    "text",
    [
        # Near miss: 15 km from the capital is still within the Pyongyang area.
        "North Korea fired a missile on Thursday from a site 15 km north of Pyongyang, the "
        "military said.",
        # Near miss: a flight measured from the launch place, no side named.
        "North Korea fired a missile from Pyongyang on Thursday; it flew some 400 km from "
        "Pyongyang before falling into the sea.",
    ],
)
def test_a_place_close_to_a_landmark_keeps_its_area(sites, text):
    assert field(text, sites, "site_id") == "pyongyang-area"


# "Caption: ... On Thursday North Korea fired two more unidentified projectiles from an area near
# the capital, Pyongyang ... File Photo" over the JCS's "fired from areas in South Pyongan
# Province" (675): the story's own place beats its picture caption's.
@pytest.mark.parametrize(
    "caption",
    [
        "Caption: People watch the news in Seoul. North Korea fired a missile from near "
        "Pyongyang on Thursday. File Photo by EPA",
        "Photo caption: A TV screen shows a missile launched from the Pyongyang area on Thursday.",
    ],
)
def test_the_storys_place_beats_its_captions(sites, caption):
    text = (
        "North Korea fires two more projectiles\n\n"
        f"{caption}\n\n"
        '"The projectiles were fired from areas in South Pyongan Province on Thursday," the JCS '
        "said."
    )
    assert field(text, sites, "site_id") == "south-pyongan-province"


def test_a_captions_place_stands_where_the_story_names_none(sites):
    # Near miss: the story names no place, so the caption's stands.
    text = (
        "North Korea fires two more projectiles\n\n"
        "Caption: A TV screen shows a missile launched from the Pyongyang area on Thursday.\n\n"
        "The JCS said North Korea fired two projectiles on Thursday into the East Sea."
    )
    assert field(text, sites, "site_id") == "pyongyang-area"
