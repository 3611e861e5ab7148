"""Round 31 (fix31c): landing, range, apogee, flight time and manoeuvre.

The causes read from the misses of 1600-1679 in these fields, each tried in several outlets'
phrasings written for these tests (wire, Japan's ministry, the JCS, KCNA, analysis sites), with
a near miss that must not change. The leads' Thursday is 13 April 2023 (`drafting.THURSDAY`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import THURSDAY, cells, field

# --- landings told by a place, not a sea's name (1601, 1605, 1664, 1677) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a North Korean province (wire, JCS)
        (
            "North Korea fired two short-range ballistic missiles on Thursday. According to the "
            "JCS, they flew some 350 kilometers before coming down in an inland area of North "
            "Hamgyong Province.",
            "land",
        ),
        (
            "The missile fell in a remote part of South Pyongan Province, the South Korean "
            "military said on Thursday.",
            "land",
        ),
        # an inland area with no province named (analysis site)
        (
            "The projectile, launched on Thursday, appears to have crashed in an inland region, "
            "satellite imagery analysts said.",
            "land",
        ),
        # a blast over the east coast's waters (wire, JCS)
        (
            "The missile exploded above the eastern coastal waters close to the city of Wonsan "
            "on Thursday, the Joint Chiefs of Staff said.",
            "sea_of_japan",
        ),
        (
            "North Korea fired a ballistic missile into its eastern coastal waters on Thursday.",
            "sea_of_japan",
        ),
        # the sea North Korea shares with Russia (KCNA relayed, wire)
        (
            "KCNA said the missile fired on Thursday travelled 787 km before coming down in the "
            "sea near Russia.",
            "sea_of_japan",
        ),
        (
            "The rocket landed in waters off Russia's Far East on Thursday, Japan's Defense "
            "Ministry said.",
            "sea_of_japan",
        ),
        # east of the Philippines at any distance (a government statement, wire)
        (
            "North Korea launched a rocket on Thursday. According to the statement, debris from "
            "the rocket came down in the sea 300 kilometers east of the Philippines.",
            "pacific",
        ),
        (
            "The third stage fell about 190 miles southeast of the Philippines, Japan said on "
            "Thursday.",
            "pacific",
        ),
    ],
)
def test_a_fall_told_by_its_place(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected


def test_a_fall_near_the_border_with_russia_is_no_sea(sites):
    """Near miss: a launch site near Russia names no sea the missile fell in."""
    text = (
        "North Korea fired a missile on Thursday from an area near the border with Russia, the "
        "South Korean military said."
    )
    assert field(text, sites, "landing_area") == ""


# --- a flight over Japan that is none (1615, 1634) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an alert sent over Japan's broadcasting system (wire)
        "North Korea fired what appeared to be a space launch vehicle on Thursday. The launch "
        "set off emergency warnings over Japan's J-alert broadcasting system, urging people in "
        "Okinawa to shelter.",
        # a flight the North chose not to make (analysts, a newspaper's reading)
        "North Korea fired an ICBM on Thursday, but it covered only 360 km, indicating that the "
        "North did not want to launch the missile on a full trajectory over the Pacific.",
        "The missile was lofted on Thursday to avoid flying over Japan, analysts said.",
        "North Korea chose not to risk a flight over Japan on Thursday, firing the ICBM at a "
        "steep angle instead, experts said.",
    ],
)
def test_a_flight_over_japan_not_made_is_no_fall(text: str, sites):
    assert field(text, sites, "landing_area") == ""


@pytest.mark.parametrize(
    "text",
    [
        # near misses: flights over Japan told, however the sentence goes on
        "The missile flew over Japan's Aomori prefecture on Thursday before falling into the "
        "Pacific, the Japanese government said.",
        "North Korea fired an IRBM over Japan on Thursday, prompting warnings over loudspeakers.",
        "Instead of falling into the Sea of Japan, the missile on Thursday flew over Hokkaido "
        "and came down in the Pacific.",
    ],
)
def test_a_flight_over_japan_told_still_ends_in_the_pacific(text: str, sites):
    assert field(text, sites, "landing_area") == "pacific"


# --- a sea the fall is told in beats a bearing from a place (1635) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's state minister, the sea named for the fall
        (
            "\"The ballistic missile landed in waters inside Japan's exclusive economic zone in "
            "the Sea of Japan, about 150 kilometers east of Hokkaido's Oshima peninsula,\" the "
            "minister said on Thursday.",
            "sea_of_japan",
        ),
        (
            "The missile fired on Thursday fell in the East Sea, some 200 km northeast of "
            "Ulleung island, the JCS said.",
            "sea_of_japan",
        ),
        # near miss: the bearing alone, with no sea named for the fall (an overflight's end)
        (
            "The missile flew over Japan on Thursday and came down 1,180 km east of Cape Erimo "
            "in Hokkaido.",
            "pacific",
        ),
        # near miss: the Sea of Japan only as the heading
        (
            "North Korea fired the missile toward the Sea of Japan on Thursday; it flew over "
            "Tohoku and landed 2,000 km east of Hokkaido.",
            "pacific",
        ),
    ],
)
def test_the_sea_told_for_the_fall_beats_a_bearing(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected


# --- a fall in the sea after flying east (1608) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The suspected short-range missiles reportedly flew some 300 kilometres eastwards "
            "after being launched on Thursday from an area around Pyongyang, and came down in "
            "the sea.",
            "sea_of_japan",
        ),
        (
            "North Korea fired a missile east on Thursday before it splashed down in the water, "
            "Japan's Defense Ministry said.",
            "sea_of_japan",
        ),
        # near misses: a heading east alone, and a fall in the sea with no heading
        (
            "South Korea's Joint Chiefs of Staff said North Korea fired an unidentified "
            "projectile eastward on Thursday.",
            "",
        ),
        ("North Korea fired a missile on Thursday that fell into the sea, Seoul said.", ""),
    ],
)
def test_a_fall_in_the_sea_after_flying_east(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected


# --- missiles of another range class: their landing is theirs (1631) -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea test-fired two short-range ballistic missiles off its east coast on "
            "Thursday.\n\nThe meeting followed an earlier test of an intermediate-range missile."
            "\n\nNorth Korea flew an intermediate-range missile over Japan",
            "sea_of_japan",
        ),
        (
            "North Korea fired two short-range ballistic missiles into the East Sea on Thursday, "
            "the JCS said.\n\nIt fired an intercontinental ballistic missile over Hokkaido, Japan "
            "said.",
            "sea_of_japan",
        ),
        # near miss: a type named later of another class leaves the story's own words' fall
        (
            "North Korea fired an intermediate range ballistic missile on Thursday that came "
            "down in Japan's exclusive economic zone in the Sea of Japan. U.S. Strategic Command "
            'said it was one of two "No Dong" missiles.',
            "sea_of_japan",
        ),
    ],
)
def test_another_class_s_landing_is_theirs(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected


# --- figures: their flight, a flight managed, one missile and the other (1640, 1667, 1631) ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP's JCS statement
        (
            "The statement put their flight at about 230 kilometers (143 miles), with a peak "
            "altitude of 30 kilometers, the JCS said on Thursday.",
            "230",
        ),
        # the South Korean military's "managed to fly"
        (
            "The South Korean military said North Korea fired a ballistic missile on Thursday "
            "and that it managed to fly about 40 miles.",
            "64",
        ),
        # Japan's ministry, one missile and the other, the other's figure in a clause of its own
        (
            "Japan's Defense Ministry said on Thursday one missile reached an altitude of about "
            "62 miles and flew 217 miles, while the other flew lower, at an altitude of 31 "
            "miles, but travelled about 500 miles.",
            "805",
        ),
        (
            "One of the missiles flew 350 km on Thursday, and the other, launched later, "
            "travelled 600 km, the JCS said.",
            "600",
        ),
        # near misses: what such missiles can reach, and a flight told with no second missile
        (
            "North Korea fired cruise missiles on Thursday; analysts put their range at about "
            "2,000 km.",
            "",
        ),
        (
            "North Korea fired one missile on Thursday which flew 300 km, but the launch drew "
            "little notice.",
            "300",
        ),
    ],
)
def test_a_distance_flown(text: str, expected: str, sites):
    assert field(text, sites, "range_km") == expected


# --- a type's lineage names no missiles of another class (1678) -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea test-fired seven mid-range missiles on Thursday. Military officials "
            "told Yonhap that the missiles fired had a range of 240-310 miles and that they may "
            "have been of the Rodong class, a North Korean upgrade of the Russian Scud.",
            "499",
        ),
        (
            "North Korea fired two short-range ballistic missiles on Thursday; they flew 600 km, "
            "and officials said they were a version of the intermediate-range Hwasong-12.",
            "600",
        ),
        # near miss: missiles of another class fired too keep their own figure
        (
            "North Korea fired an intercontinental ballistic missile on Thursday. An hour later "
            "two short-range ballistic missiles were fired and flew about 330 km.",
            "",
        ),
    ],
)
def test_a_type_s_lineage_is_no_other_class(text: str, expected: str, sites):
    assert field(text, sites, "range_km") == expected


# --- a flight time told by the fall (1604, 1660, 1667) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reuters citing Japan: minutes after it was launched
        (
            "North Korea fired an ICBM on Thursday. Citing Japan, Reuters writes that the "
            "missile came down in the sea 200 kilometers west of Hokkaido, 87 minutes after it "
            "was launched.",
            "87",
        ),
        # Japan's government: the fall N minutes later, a clock between
        (
            "The government announced that North Korea fired a missile at 5:58 a.m. Thursday "
            "which came down in the Pacific 14 minutes later.",
            "14",
        ),
        # US Pacific Command: tracked until it came down
        (
            'U.S. Pacific Command said it tracked "what we assess was a missile launch" on '
            "Thursday until it came down in the Sea of Japan some 9 minutes later.",
            "9",
        ),
        # Yomiuri: a fall believed
        (
            "North Korea launched an ICBM on Thursday. The missile is believed to have come down "
            "about 70 minutes later in the Sea of Japan.",
            "70",
        ),
        # near misses: a second launch minutes later, and a statement minutes later
        (
            "North Korea fired a missile on Thursday. The second was launched 10 minutes later "
            "and flew about 168 miles.",
            "",
        ),
        (
            "North Korea fired a missile on Thursday. Six minutes later the coast guard said the "
            "missile had already fallen.",
            "",
        ),
        (
            "North Korea fired an IRBM on Thursday. It passed over Hokkaido and landed in the "
            "Pacific 8 minutes later, Japan said.",
            "",
        ),
    ],
)
def test_a_flight_time_told_by_the_fall(text: str, expected: str, sites):
    assert field(text, sites, "flight_time_min") == expected


def test_minutes_after_the_launch_keep_their_clause(sites):
    """Near miss: "hours after it launched" still opens another event's clause; the launch's
    own fall and clock stay (only a flight's minutes or seconds are kept in the clause)."""
    text = (
        "North Korea fired a missile on Thursday that fell into the East Sea about 40 seconds "
        "after it was launched, the JCS said."
    )
    found = cells(text, THURSDAY, sites)
    assert (found["flight_time_min"], found["landing_area"]) == ("0.7", "sea_of_japan")


# --- manoeuvres: quoted words, a capability quoted, a warhead's kind (1630, 1639, 1609) ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's defence minister quoted
        (
            'Japanese Defense Minister Hamada said the missile flew on an "irregular" '
            "trajectory on Thursday.",
            "pullup",
        ),
        (
            "Japan said the missile fired on Thursday followed an 'erratic' trajectory.",
            "pullup",
        ),
        # KCNA's capability quoted, and a warhead's kind
        (
            'KCNA said on Thursday the ballistic missile was capable of "gliding and jumping '
            'movement."',
            "",
        ),
        (
            "North Korea said on Thursday it had test-fired a new missile carrying a hypersonic "
            "gliding warhead.",
            "",
        ),
        (
            "The missile launched on Thursday was fitted with a hypersonic glide vehicle, "
            "analysts said.",
            "",
        ),
        # near misses: a glide told as flown, and the test's verified gliding
        (
            "KCNA said the test on Thursday verified the gliding and maneuvering characteristics "
            "of the warhead.",
            "glide",
        ),
        (
            "The warhead glided some 600 km after separating on Thursday, the JCS said.",
            "glide",
        ),
    ],
)
def test_a_manoeuvre_told(text: str, expected: str, sites):
    assert field(text, sites, "maneuver") == expected


# --- a link's headline set into a story, and the same submarine (1663, 1639) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an inset link, the story going on about the launch
        (
            "North Korea says it is ready to deploy a new medium-range ballistic missile after "
            "a test on Thursday that drew condemnation, state media said on Friday.\n\n"
            "According to KCNA, the test verified technical aspects of the weapon system and "
            "examined its adaptability under various battle conditions.\n\n"
            "READ MORE: North Korea's nuclear weapons - Here is all we know\n\n"
            "The US, South Korea and Japan strongly condemned the launch and asked for a "
            "meeting.\n\n"
            "The missile travelled about 500km and climbed to an altitude of 560km before coming "
            "down in the Sea of Japan.",
            ("500", "560", "sea_of_japan"),
        ),
        # near miss: a trailer of links, its headlines other launches'
        (
            "North Korea fired a short-range ballistic missile into the East Sea on Thursday, "
            "the JCS said, adding it flew 300 km in a launch watched closely by Seoul and "
            "Washington as talks stall.\n\n"
            "READ MORE: North Korea fires ICBM that flies 1,000 km into the Pacific\n\n"
            "North Korea fires two missiles 600 km",
            ("300", "", "sea_of_japan"),
        ),
    ],
)
def test_an_inset_link_does_not_end_the_story(text: str, expected: tuple[str, ...], sites):
    found = cells(text, date(2023, 4, 14), sites)
    assert (found["range_km"], found["apogee_km"], found["landing_area"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same submarine named by its older launch; the JCS's fall in the next sentence
        (
            "North Korea said it tested a new submarine-launched ballistic missile on Thursday. "
            "KCNA said the missile was fired from the same submarine that launched an older "
            "missile in a 2016 test, but it remains unclear whether Kim attended. South Korea's "
            "Joint Chiefs of Staff said the missile came down in the East Sea.",
            "sea_of_japan",
        ),
        (
            "North Korea fired a missile on Thursday.\n\nThe JCS said the missile was launched "
            "from the same mobile launcher which was used in a 2017 test. It landed in the Sea "
            "of Japan, Japan's Defense Ministry said.",
            "sea_of_japan",
        ),
        # near miss: a launch likened to older ones stays their recollection
        (
            "North Korea fired a missile on Thursday. Officials said the weapon resembled the "
            "IRBMs that were fired in 2017 over Hokkaido into the Pacific.",
            "",
        ),
    ],
)
def test_the_same_launcher_named_by_an_older_launch(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected
