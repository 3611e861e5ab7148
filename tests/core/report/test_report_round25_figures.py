"""Round 25 (fix25c): range, landing and manoeuvre read on 1050-1169's misses (a bound "a little
more than", "an average of", "distances of", "a 700km (435-mile) flight", "put the missiles'
flight at", a reach the missile is "capable of flying", the Rodong newspaper's claim; an
overflight "without passing over Japan", a fall "near its east coast", a launch "from the area of
the East Sea", a submarine test "carried out ... in" a sea, a sea's bracketed other name, a sea
flown past, missiles fired both westward and eastward; a "convoluted trajectory").

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- "flown a little more than 310 miles", "flew an average of about 1,000 km" (1051, 1059) ----


@pytest.mark.parametrize(
    ("text", "km"),
    [
        (
            "Thursday's launch is thought to have flown a little more than 310 miles, Reuters "
            "reported.",
            "499",
        ),
        (
            "North Korea on Thursday fired four ballistic missiles that flew an average of about "
            "1,000 kilometers (620 miles), South Korean officials said.",
            "1000",
        ),
        (
            "Japan's defence ministry said the missile fired on Thursday flew slightly more than "
            "400 km before falling outside Japan's EEZ.",
            "400",
        ),
        (
            "The JCS said the missile launched on Thursday travelled a little over 600 km toward "
            "the East Sea.",
            "600",
        ),
    ],
)
def test_a_loose_bound_or_an_average_is_the_range(sites, text, km):
    assert field(text, sites, "range_km") == km


# --- "might have been capable of flying 14,000 km" (1086) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "KCNA said the missile fired on Thursday flew 989 km. Japan's government said the missile "
        "might have been capable of flying 14,000 km, putting the US mainland within reach.",
        "KCNA said on Friday the Hwasong-15 launched on Thursday flew 989 km. Analysts said it "
        "was capable of flying 14,000 km on a standard trajectory.",
        "North Korea said the ICBM it fired on Thursday flew 989 km. The weapon's capability of "
        "flying 14,000 km puts the whole United States in range, a US analysis site said.",
    ],
)
def test_a_reach_it_is_capable_of_is_no_range(sites, text):
    assert field(text, sites, "range_km") == "989"


def test_near_miss_a_flight_the_missile_made_still_counts(sites):
    text = (
        "Japan's defence ministry said the missile fired on Thursday was capable of reaching the "
        "US and flew 1,000 km before landing in the Sea of Japan."
    )
    assert field(text, sites, "range_km") == "1000"


# --- "flew distances of roughly 110 to 670 kilometers", "a 700km (435-mile) flight" ------------
# --- "put the missiles' flight at about 420-450 km" (1127, 1063, 1145) --------------------------


@pytest.mark.parametrize(
    ("text", "km"),
    [
        (
            "The JCS said the eight missiles fired on Thursday flew distances of roughly 110 to "
            "670 kilometers.",
            "670",
        ),
        (
            "South Korea's military confirmed the launch on Thursday, reporting a 700km "
            "(435-mile) flight by the short-range missile toward the East Sea.",
            "700",
        ),
        (
            "North Korea fired two missiles on Thursday; South Korean and Japanese authorities "
            "put the missiles' flight at about 420-450 km.",
            "450",
        ),
        (
            "Japan's ministry said the missile fired on Thursday made an 800-kilometre flight. "
            "Officials put its flight distance at 800 km.",
            "800",
        ),
    ],
)
def test_distances_a_flight_noun_and_a_flight_put_at_are_the_range(sites, text, km):
    assert field(text, sites, "range_km") == km


def test_near_miss_a_flight_time_put_at_is_no_range(sites):
    text = (
        "North Korea fired a missile on Thursday; the JCS put the missile's flight at about 40 "
        "minutes."
    )
    assert field(text, sites, "range_km") == ""


# --- "at least two missiles had reached distances of 900km and 950km" (1062) -------------------


@pytest.mark.parametrize(
    "text",
    [
        "South Korea's military said the missiles launched on Thursday travelled about 900km. "
        "Japan also said that at least two missiles had reached distances of 900km and 950km.",
        "The JCS said the missiles fired on Thursday flew some 900 km. Japan's defence ministry "
        "said the two missiles flew distances of about 900 km and 950 km.",
    ],
)
def test_figures_missile_by_missile_after_one_for_all_give_the_longer(sites, text):
    assert field(text, sites, "range_km") == "950"


def test_near_miss_a_later_single_distance_does_not_replace_the_first(sites):
    text = (
        "The JCS said the missiles fired on Thursday flew some 900 km. Japan said one missile "
        "covered a distance of 950 km in an earlier test."
    )
    assert field(text, sites, "range_km") == "900"


# --- "The Rodong newspaper said that after flying 600 km ..." (1140) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Rodong newspaper said that after flying 600 kilometers the warhead turned. Earlier, "
        "the South Korean military said the missile fired on Thursday travelled some 700 km.",
        "KCTV said the missile launched on Thursday flew 600 km. The JCS said it flew 700 km.",
        "The Rodong daily reported the missile fired on Thursday flew 600 km, while Japan's "
        "defence ministry said it travelled about 700 km.",
    ],
)
def test_the_rodong_newspapers_figure_yields_to_the_jcs_or_japan(sites, text):
    assert field(text, sites, "range_km") == "700"


def test_near_miss_the_rodong_figure_alone_stands(sites):
    text = "The Rodong newspaper said the missile fired on Thursday flew 600 kilometers."
    assert field(text, sites, "range_km") == "600"


# --- "fallen into the Sea of Japan ... without passing over Japanese territory" (1121) ---------


@pytest.mark.parametrize(
    "text",
    [
        "Japan's defence ministry said the missile fired on Thursday had fallen into the Sea of "
        "Japan without passing over Japanese territory.",
        "The missile launched on Thursday came down in the East Sea, without flying over Japan, "
        "the JCS said.",
        "Tokyo said the ICBM fired on Thursday landed in the Sea of Japan without passing over "
        "Japan.",
        "KCNA said the missile tested on Thursday hit a target in the East Sea without crossing "
        "over the Japanese archipelago.",
    ],
)
def test_an_overflight_without_which_it_fell_is_none(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


def test_near_miss_a_flight_over_japan_is_still_the_pacific(sites):
    text = (
        "Japan's defence ministry said the missile fired on Thursday passed over Japanese "
        "territory and fell into the Pacific."
    )
    assert field(text, sites, "landing_area") == "pacific"


# --- "before falling near North Korea's east coast" (1136) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan's MoD said the missile launched on Thursday flew 300 km before falling near North "
        "Korea's east coast, outside Japan's EEZ.",
        "The JCS said the missile fired on Thursday came down near the North's eastern coast.",
        "The projectile launched on Thursday landed somewhere near its east coast, Yonhap said.",
        "According to a US analysis site, the missile fired on Thursday splashed down near the "
        "country's eastern shoreline.",
    ],
)
def test_a_fall_near_the_east_coast_is_a_sea_of_japan_landing(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


def test_near_miss_a_fall_near_the_eastern_inland_coast_is_no_landing(sites):
    text = (
        "Japan's minister said the missile fired on Thursday fell near the North's eastern "
        "inland coast."
    )
    assert field(text, sites, "landing_area") == ""


# --- "shoot a missile from the area of the East Sea" (1159) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The JCS said North Korea appears to have tried to shoot a missile on Thursday from the "
        "area of the East Sea, but the launch presumably failed.",
        "North Korea fired a missile on Thursday from the vicinity of the Sea of Japan, Yonhap "
        "said.",
    ],
)
def test_a_launch_from_the_area_of_a_sea_names_no_fall(sites, text):
    assert field(text, sites, "landing_area") == ""


def test_near_miss_from_the_area_of_a_town_into_the_sea_is_a_landing(sites):
    text = (
        "The JCS said North Korea fired a missile on Thursday from the area of Wonsan into the "
        "East Sea."
    )
    assert field(text, sites, "landing_area") == "sea_of_japan"


# --- "carried out a test on Saturday, in the Sea of Japan, of ... a missile launched from a ----
# --- submarine"; "in the East Sea (Sea of Japan) near Sinpo" (1158) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea carried out a test on Thursday, in the Sea of Japan, of what seemed to be a "
        "missile launched from a submarine, the South Korean defence ministry said.",
        "North Korea conducted an SLBM test in the East Sea on Thursday, the JCS said.",
        "North Korea launched a projectile believed to be a submarine-launched ballistic missile "
        "on Thursday in the East Sea (Sea of Japan) near the port of Sinpo, Seoul said.",
        "The North staged a submarine launch test on Thursday in the waters of the East Sea, "
        "KCNA said.",
    ],
)
def test_the_sea_a_submarine_test_was_made_in_is_no_fall(sites, text):
    assert field(text, sites, "landing_area") == ""


@pytest.mark.parametrize(
    "text",
    [
        # a ground launch's test "in" a sea is not set aside by this rule
        "North Korea carried out a missile test on Thursday in the East Sea, the JCS said, "
        "firing a missile that flew 400 km.",
        # a submarine missile whose fall is told
        "North Korea conducted an SLBM test on Thursday; the missile fell into the East Sea "
        "(Sea of Japan), the JCS said.",
    ],
)
def test_near_miss_a_ground_test_or_a_told_fall_stays_a_landing(sites, text):
    assert field(text, sites, "landing_area") == "sea_of_japan"


# --- "expected to fly south past the Yellow Sea" (1168) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's rocket launched on Thursday crashed minutes after launch. By its flight "
        "path, the Unha-3 was expected to fly south past the Yellow Sea.",
        "The rocket fired on Thursday exploded soon after liftoff, officials said; it was to "
        "have flown past the West Sea toward the Philippines.",
        "The satellite rocket launched on Thursday broke apart; its planned route ran past the "
        "Yellow Sea, Kyodo said.",
    ],
)
def test_a_sea_flown_past_is_no_fall(sites, text):
    assert field(text, sites, "landing_area") == ""


def test_near_miss_a_fall_past_a_place_into_the_yellow_sea_stands(sites):
    text = (
        "The JCS said the rocket launched on Thursday fell into the Yellow Sea past Baengnyeong "
        "island."
    )
    assert field(text, sites, "landing_area") == "yellow_sea"


# --- "four missiles fired westward toward the Yellow Sea ... three more eastward" (1122) -------


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday four missiles were fired westward toward the Yellow Sea, NBC News reported. "
        "Soon afterwards North Korea fired three more missiles eastward from Wonsan.",
        "The JCS said North Korea launched two missiles westward into the West Sea on Thursday "
        "and then launched one eastward into the East Sea.",
        "KCNA said the artillery unit fired missiles eastward and westward on Thursday, toward "
        "the East Sea and the Yellow Sea.",
    ],
)
def test_missiles_fired_both_westward_and_eastward_give_no_one_sea(sites, text):
    assert field(text, sites, "landing_area") == ""


def test_near_miss_missiles_fired_westward_only_keep_their_sea(sites):
    text = (
        "On Thursday four missiles were fired westward toward the Yellow Sea, NBC News reported, "
        "citing South Korean military officials."
    )
    assert field(text, sites, "landing_area") == "yellow_sea"


# --- "reported the missile's convoluted trajectory" (1126) --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Defense Minister Hamada reported the missile's convoluted trajectory and a maximum "
        "altitude of about 50 km after the launch on Thursday.",
        "The JCS said the missile fired on Thursday flew on an erratic trajectory.",
        "Japan's defence ministry said the missile launched on Thursday may have flown an "
        "irregular trajectory.",
    ],
)
def test_a_convoluted_or_erratic_trajectory_is_a_pullup(sites, text):
    assert field(text, sites, "maneuver") == "pullup"


def test_near_miss_a_trajectory_with_no_such_word_is_no_manoeuvre(sites):
    text = "The JCS said the missile fired on Thursday flew on a lofted trajectory."
    assert field(text, sites, "maneuver") == ""
