"""Round 8: general causes of the misses of 310-329 in site, class and landing.

Each cause is tested in several outlets' phrasings (wires, Japanese and Korean outlets, state
media relays, analysis sites), written for these tests, not copied from the corpus.
"""

from __future__ import annotations

import pytest

from tests.core.report.test_report_round6_fields import draft


# A finer site named with the area round it in one sentence: the district, airport or base is
# where the launch was, the capital or province only where that is.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "The missiles were fired from several places, including the Sunan area of the "
            "capital, Pyongyang, the Joint Chiefs of Staff said.",
            "sunan",
        ),
        (
            "The JCS said the projectile was launched from Sunan, on the northern edge of "
            "Pyongyang, at 10:20 a.m.",
            "sunan",
        ),
        (
            "According to Seoul's military, the missile was fired from the Sunan district of "
            "the North Korean capital shortly after 7 a.m.",
            # the table's Sunan district (its centre), inside the capital's area
            "sunan-town",
        ),
        (
            "South Korea's military said the missile was launched around 8 a.m. from Mupyong-ni "
            "in Chagang Province, the site of past hypersonic tests.",
            "mupyong-ni",
        ),
        (
            "North Korea fired what appeared to be a short-range missile from the Taechon area "
            "in North Pyongan Province on Sunday morning, Yonhap reported.",
            "taechon",
        ),
    ],
)
def test_a_finer_site_named_with_its_area(sites, text, site):
    assert draft(text, sites).site_id == site


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # the capital's own name beside "the capital" is the same place, told twice
        (
            "The JCS said the missile was fired from near the North Korean capital, Pyongyang.",
            "pyongyang-area",
        ),
        ("North Korea fired a missile from the Pyongyang area on Tuesday.", "pyongyang-area"),
        # a province alone stays the province
        (
            "The missile was launched from Chagang Province at 7:52 a.m., the JCS said.",
            "chagang-province",
        ),
    ],
)
def test_an_area_alone_stays_the_area(sites, text, site):
    assert draft(text, sites).site_id == site


# A pad or town the missiles were sent toward is no finer launch site.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea fired two missiles from the Wonsan area into waters near the Kalma "
            "peninsula on Monday.",
            "wonsan-town",
        ),
        (
            "North Korea fired missiles from the Pyongyang area toward an island target near "
            "Nampo on Monday.",
            "pyongyang-area",
        ),
    ],
)
def test_a_place_flown_toward_is_not_finer(sites, text, site):
    assert draft(text, sites).site_id == site


# A rocket's own verbs ("lifted off", "took off", "blasted off") tell the launch: the place
# after "from" in such a sentence is where it was made.
@pytest.mark.parametrize(
    "text",
    [
        "The missile lifted off from Sunan, near Pyongyang, at 12:03 p.m. local time.",
        "The rocket took off from Sunan close to the capital, Pyongyang, shortly before noon.",
        "It blasted off from Sunan, just north of the capital region, officials said.",
    ],
)
def test_lifted_off_from_a_place(sites, text):
    assert draft(text, sites).site_id == "sunan"


# "North Pyongyang province" (for North Pyongan), Mupyong-ri (for Mupyong-ni): a province
# written with the capital's name is not the capital, and a village's -ri is its -ni.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "The missile took off from the Taecheon district of North Pyongyang province at "
            "about 7 a.m.",
            "taechon",
        ),
        (
            "North Korea launched a ballistic missile from North Pyongyang Province on Sunday, "
            "South Korea's Joint Chiefs of Staff said.",
            "north-pyongan-province",
        ),
        (
            "The projectile was launched from South Pyongyang province toward the East Sea.",
            "south-pyongan-province",
        ),
        (
            "North Korea fired an intermediate-range missile from Mupyong-ri in Jagang Province "
            "on Sunday, the JCS said.",
            "mupyong-ni",
        ),
        (
            "The JCS detected the launch from the Mupyeong-ri area of Jagang at 7:52 a.m.",
            "mupyong-ni",
        ),
    ],
)
def test_province_and_village_spellings(sites, text, site):
    assert draft(text, sites).site_id == site


# A submarine launch is an SLBM whatever range word the report also gives (most fly short); a
# submarine still being weighed ("the possibility", "whether") is not said.
@pytest.mark.parametrize(
    ("text", "missile_class"),
    [
        (
            "North Korea fired a short-range ballistic missile off its east coast on Saturday. "
            "Seoul's military said it was believed to be a submarine-launched ballistic missile.",
            "SLBM",
        ),
        (
            "N. Korea fires suspected sub-launched missile\n\nNorth Korea fired a short-range "
            "ballistic missile into the East Sea on Saturday, the JCS said.",
            "SLBM",
        ),
        (
            "North Korea fired a short-range ballistic missile into the East Sea on Saturday, "
            "the JCS said. Officials said it appeared to have been launched from a submarine.",
            "SLBM",
        ),
        (
            "The North Korean military might have tested an SLBM on Saturday, Japan's defence "
            "ministry said, after Seoul reported the launch of a short-range ballistic missile.",
            "SLBM",
        ),
        (
            "North Korea fired a short-range ballistic missile on Saturday, the JCS said. "
            "Officials are still analysing whether it was a submarine-launched ballistic missile.",
            "SRBM",
        ),
        (
            "North Korea fired a short-range ballistic missile on Saturday. The military is "
            "examining the possibility that it was an SLBM.",
            "SRBM",
        ),
        (
            "North Korea fired an intercontinental ballistic missile on Friday, the JCS said. "
            "Pyongyang has been developing submarine-launched ballistic missiles for years.",
            "ICBM",
        ),
    ],
)
def test_a_submarine_launch_is_an_slbm(sites, text, missile_class):
    assert draft(text, sites).missile_class == missile_class


def test_a_submarine_launch_near_a_port_is_at_its_base(sites):
    text = (
        "North Korea fired a short-range ballistic missile on Saturday from near the port of "
        "Sinpo, the JCS said. Seoul believes it was a submarine-launched ballistic missile."
    )
    assert draft(text, sites).site_id == "sinpo"


# The month's or the year's tests told together ("This month North Korea has tested ...",
# "Since January, Pyongyang has tested ...") are not the launch reported; a launch's own place
# in the count ("its 10th launch this year", "for the third time this month") is.
@pytest.mark.parametrize(
    "text",
    [
        "This month North Korea has tested cruise missiles and a hypersonic missile. On "
        "Thursday it fired two ballistic missiles into the East Sea, the JCS said.",
        "Since January, Pyongyang has tested hypersonic missiles, cruise missiles and a "
        "railway-borne system. The JCS said the North fired two ballistic missiles off its east "
        "coast on Thursday.",
        "The North has also test-fired a hypersonic missile this month. On Thursday North Korea "
        "fired two ballistic missiles off its east coast, the JCS said.",
        "Thursday's launch was the North's sixth this month, including a hypersonic missile test "
        "on Jan. 11. The JCS said two ballistic missiles were fired toward the East Sea.",
    ],
)
def test_a_tally_of_the_month_is_not_this_launch(sites, text):
    found = draft(text, sites)
    assert (found.missile_class, found.maneuver) == ("unknown", "unknown")
    assert found.count == 2


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has fired a short-range ballistic missile into the East Sea, its 10th "
        "launch this year, the JCS said.",
        "North Korea has fired a short-range ballistic missile into the East Sea, marking its "
        "fifth weapons test this month, the JCS said.",
        "North Korea has fired a short-range ballistic missile toward the East Sea for the third "
        "time this month, South Korea's military said.",
        # one missile fired, told in the perfect with the month's words after it
        "North Korea has fired another short-range ballistic missile toward the East Sea this "
        "month, South Korea said Thursday.",
        "North Korea has fired a short-range ballistic missile into the East Sea this month for "
        "the fourth time, Seoul said.",
    ],
)
def test_a_launch_counted_in_the_year_is_still_this_launch(sites, text):
    found = draft(text, sites)
    assert (found.missile_class, found.landing_area, found.count) == ("SRBM", "sea_of_japan", 1)


# "That ICBM was ...", "Those tests ...": a sentence pointing back at the launch just recalled
# carries the recollection on, even into a new paragraph.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two short-range missiles on Saturday, the JCS said.\n\nIt fired its "
        "first ICBM in four years on March 24.\n\nThat ICBM was said to be its most powerful "
        "yet.",
        "North Korea fired two short-range missiles on Saturday, the JCS said.\n\nOn March 24 "
        "the North launched an intercontinental ballistic missile.\n\nThat launch was its "
        "biggest since 2017.",
        "North Korea fired two short-range missiles on Saturday, the JCS said.\n\nIn January the "
        "North tested hypersonic missiles twice.\n\nThose hypersonic tests drew UN criticism.",
    ],
)
def test_that_missile_carries_the_recollection_on(sites, text):
    assert draft(text, sites).missile_class == "SRBM"


# The sea east (or west) of the peninsula, in the words wires and Seoul's outlets use for it.
@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "North Korea fired two projectiles into the waters off the east of the Korean "
            "Peninsula on Saturday, the JCS said.",
            "sea_of_japan",
        ),
        ("The JCS said the missile was fired toward the country's eastern waters.", "sea_of_japan"),
        (
            "North Korea launched a ballistic missile into the sea east of the Korean Peninsula, "
            "Japan's defence ministry said.",
            "sea_of_japan",
        ),
        (
            "The missile came down in waters off North Korea's eastern seaboard, the JCS said.",
            "sea_of_japan",
        ),
        ("The projectile fell in the sea east of North Korea, officials said.", "sea_of_japan"),
        ("North Korea fired two cruise missiles toward its western waters.", "yellow_sea"),
        (
            "North Korea fired a short-range missile into the sea west of the Korean Peninsula.",
            "yellow_sea",
        ),
        ("The rockets landed in waters off the North's west shore, the JCS said.", "yellow_sea"),
    ],
)
def test_the_sea_by_the_peninsula_side(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# "said the Democratic People's Republic of Korea had launched": reported speech of the launch.
@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, South Korea's Joint Chiefs of Staff said the Democratic People's Republic "
        "of Korea had launched an unidentified projectile toward the Sea of Japan.",
        "The JCS said that the Democratic People's Republic of Korea had fired a ballistic "
        "missile into the East Sea on Tuesday.",
        "Japan's defence ministry reported that the Democratic People's Republic of Korea had "
        "launched a missile into the Sea of Japan.",
    ],
)
def test_the_dprk_named_in_full_in_reported_speech(sites, text):
    found = draft(text, sites)
    assert (found.landing_area, found.count) == ("sea_of_japan", 1)


# An air base is an airport, airfield, airbase or air base, whichever word an outlet uses; a
# pad named with the town it is at ("an air base in Yonpo, near Hamhung") is the pad.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "The missile was launched from Yonpo airfield near Hamhung on Monday, Yonhap said.",
            "yonpo",
        ),
        (
            "North Korea fired two missiles from the Sunchon airport on Monday, the JCS said.",
            "sunchon",
        ),
        (
            "North Korea fired a missile from Kaechon air base in South Pyongan Province on "
            "Monday.",
            "kaechon",
        ),
        (
            "North Korea fired a missile from an air base in Yonpo, near Hamhung, on Monday.",
            "yonpo",
        ),
        ("North Korea fired a missile from Kalma airfield in Wonsan on Monday.", "wonsan"),
    ],
)
def test_an_air_base_by_any_of_its_words(sites, text, site):
    assert draft(text, sites).site_id == site


# A failure said with the hedges reports use ("may have failed", "apparently failed") is said;
# one still asked ("whether it failed", "could not rule out") is not.
@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "North Korea fired two ballistic missiles on Monday, South Korea's military said, "
            "adding that one of them may have failed shortly after launch.",
            "failure",
        ),
        ("North Korea fired a missile on Monday; it apparently failed, the JCS said.", "failure"),
        (
            "North Korea fired a missile on Monday that might have exploded shortly after launch, "
            "a U.S. official said.",
            "failure",
        ),
        (
            "North Korea fired a missile on Monday. The military is checking whether the launch "
            "had failed.",
            "unknown",
        ),
        (
            "North Korea fired a missile on Monday. Officials said it was unclear if the launch "
            "had failed.",
            "unknown",
        ),
        (
            "North Korea fired a missile on Monday; Seoul has not confirmed that it exploded "
            "shortly after launch.",
            "unknown",
        ),
    ],
)
def test_a_hedged_failure_is_said(sites, text, outcome):
    assert draft(text, sites).outcome == outcome


# An upward verb's figure is a height, even beside a distance flown.
@pytest.mark.parametrize(
    ("text", "apogee", "range_km"),
    [
        (
            "North Korea fired a missile on Monday. It climbed to about 60 km and travelled some "
            "350 km, the JCS said.",
            60,
            350,
        ),
        (
            "North Korea fired an ICBM on Monday that soared to 6,000 km and flew 1,000 km, Japan "
            "said.",
            6000,
            1000,
        ),
        (
            "The missile, fired on Monday, rose to roughly 50 kilometres before flying 400 "
            "kilometres east, the JCS said.",
            50,
            400,
        ),
    ],
)
def test_climbed_to_is_a_height(sites, text, apogee, range_km):
    found = draft(text, sites)
    assert (found.apogee_km, found.range_km) == (apogee, range_km)


# Japan's zone in the words outlets use for it ("economic waters", "exclusive economic waters").
@pytest.mark.parametrize(
    ("text", "eez"),
    [
        (
            "No damage to ships was reported, and the missile fell outside Japan's economic "
            "waters, NHK said.",
            "outside",
        ),
        (
            "Japan said the missile came down within its exclusive economic waters off Hokkaido.",
            "inside",
        ),
        ("The projectile landed in Japan's economic zone, Tokyo said.", "inside"),
        (
            "North Korea fired a missile on Monday which fell about 150 km off Okushiri, within "
            "Japan's 200-nautical-mile exclusive economic zone.",
            "inside",
        ),
        (
            "North Korea fired a missile on Monday which fell outside Japan's 200-mile EEZ, Tokyo "
            "said.",
            "outside",
        ),
    ],
)
def test_japans_economic_waters(sites, text, eez):
    assert draft(text, sites).japan_eez == eez


# A sea named by the side of the peninsula, a coastal place or province, or a Japanese cape.
@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "North Korea fired a missile on Monday; it landed in the sea between the peninsula "
            "and Japan.",
            "sea_of_japan",
        ),
        ("The missiles were fired into waters off the Hamgyong coast on Monday.", "sea_of_japan"),
        ("North Korea fired two missiles toward the sea northeast of Wonsan.", "sea_of_japan"),
        ("The projectile landed in the sea near Japan's Noto Peninsula.", "sea_of_japan"),
        ("North Korea fired two cruise missiles into waters off Nampo on Monday.", "yellow_sea"),
        ("The shells were fired toward the sea west of Haeju, the JCS said.", "yellow_sea"),
    ],
)
def test_a_sea_named_by_a_coast_place(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# What a weapon is built to do ("able to manoeuvre", "designed to glide") is no profile flown;
# what the flight did ("performed a pull-up", "its warhead glided") is.
@pytest.mark.parametrize(
    ("text", "maneuver"),
    [
        (
            "On Monday North Korea fired two hypersonic missiles able to manoeuvre after lift-off.",
            "unknown",
        ),
        (
            "North Korea fired two hypersonic missiles on Monday. Such missiles are designed to "
            "glide and maneuver at low altitude.",
            "unknown",
        ),
        (
            "North Korea fired a missile on Monday that is capable of gliding, officials said.",
            "unknown",
        ),
        (
            "The missile, fired on Monday, performed a pull-up manoeuvre during its descent, the "
            "JCS said.",
            "pullup",
        ),
        (
            "North Korea fired a hypersonic missile on Monday whose warhead glided 120 km, KCNA "
            "said.",
            "glide",
        ),
    ],
)
def test_what_a_weapon_can_do_is_no_profile(sites, text, maneuver):
    assert draft(text, sites).maneuver == maneuver


# This launch measured against older ones ("unlike the missiles the North had tested before",
# "faster than any it had launched") is no recollection: the sentence is still this launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Monday. Officials said the weapon flew about 200 km with "
        "flight features unlike those of the missiles the North had tested before, and came down "
        "in the Sea of Japan.",
        "North Korea fired a missile on Monday that flew faster than any missile it had launched "
        "so far, landing in the East Sea, the JCS said.",
        "North Korea fired a missile on Monday. Its trajectory was different from the ones "
        "Pyongyang had test-fired previously, and it splashed down in the East Sea.",
    ],
)
def test_a_comparison_with_older_launches_is_this_launchs(sites, text):
    assert draft(text, sites).landing_area == "sea_of_japan"


def test_an_older_launch_told_is_still_recalled(sites):
    text = (
        "North Korea fired a missile on Monday. The North had fired an ICBM into the Pacific in "
        "March."
    )
    found = draft(text, sites)
    assert (found.landing_area, found.missile_class) == ("unknown", "unknown")


# A launch from a ship or barge off a port is at sea off it, as from a submarine.
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea fired a strategic cruise missile from a destroyer off Nampo on Monday.",
            "nampo",
        ),
        (
            "KCNA said two strategic cruise missiles were launched from the new destroyer Choe "
            "Hyon in waters off Nampo on Monday.",
            "nampo",
        ),
        ("North Korea test-fired an SLBM from an underwater barge near Sinpo on Monday.", "sinpo"),
    ],
)
def test_a_launch_from_a_ship_off_a_port(sites, text, site):
    assert draft(text, sites).site_id == site


# Over Japan in other words ("crossed the Japanese archipelago", "over Japanese territory"), an
# ocean named in an aside, and a fall on the North's own ground in any tense; an overflight
# first said and then taken back is none.
@pytest.mark.parametrize(
    ("text", "landing"),
    [
        (
            "North Korea fired a missile on Monday that crossed the Japanese archipelago and fell "
            "into the ocean.",
            "pacific",
        ),
        (
            "North Korea fired a missile on Monday. J-Alert warned residents to take shelter "
            "after the missile flew over Japanese territory.",
            "pacific",
        ),
        (
            "North Korea fired a missile on Monday that landed in the sea off Japan's Hokkaido, "
            "in the Pacific Ocean.",
            "pacific",
        ),
        (
            "North Korea fired a missile on Monday. It is believed to have fallen in North Korean "
            "territory.",
            "land",
        ),
        (
            "North Korea fired a missile on Monday; it never passed over Japanese territory and "
            "fell in the Sea of Japan.",
            "sea_of_japan",
        ),
        (
            "North Korea fired a missile on Monday. Tokyo initially said it had flown over "
            "Japanese territory, but it came down in the Sea of Japan.",
            "sea_of_japan",
        ),
    ],
)
def test_over_japan_and_on_land_in_other_words(sites, text, landing):
    assert draft(text, sites).landing_area == landing


# A flight's duration in the words Japan's ministry and the wires use for it.
@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("North Korea fired a missile on Monday; its flight duration was about 70 minutes.", 70),
        ("North Korea fired a missile on Monday with a flight duration of 47 minutes.", 47),
        (
            "North Korea fired an ICBM on Monday. The duration of the flight was some 66 minutes, "
            "Japan said.",
            66,
        ),
    ],
)
def test_flight_duration(sites, text, minutes):
    assert draft(text, sites).flight_time_min == minutes


# The launching stations in North Korea's English: the West Sea Satellite Launching Ground is
# Sohae (and names no sea the rocket fell in).
@pytest.mark.parametrize(
    "text",
    [
        "KCNA said the rocket lifted off from the West Sea Satellite Launching Ground on Monday.",
        "The carrier rocket was launched from the West Sea Satellite Launching Station at 9:30 "
        "a.m. on Monday, KCNA said.",
    ],
)
def test_the_west_sea_satellite_launching_ground(sites, text):
    found = draft(text, sites)
    assert (found.site_id, found.landing_area) == ("sohae", "unknown")


# A failure in more of the words reports use for one: an early explosion, a crash soon after
# launch, a satellite that never reached orbit, an engine problem, a launch that went wrong.
@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "North Korea launched a rocket on Monday but the satellite did not reach orbit, the "
            "JCS said.",
            "failure",
        ),
        (
            "North Korea fired a missile on Monday that appeared to explode in its early stage of "
            "flight, the JCS said.",
            "failure",
        ),
        (
            "North Korea launched a rocket on Monday. It crashed into the sea after an engine "
            "problem, KCNA admitted.",
            "failure",
        ),
        (
            "North Korea's rocket launch on Monday went wrong shortly after lift-off, officials "
            "said.",
            "failure",
        ),
        (
            "North Korea fired a missile on Monday which went down soon after launch, the JCS "
            "said.",
            "failure",
        ),
        (
            "North Korea launched a satellite on Monday. The U.S. said no object entered orbit.",
            "failure",
        ),
        (
            "North Korea launched a satellite on Monday; KCNA said it entered orbit successfully.",
            "unknown",
        ),
        (
            "North Korea fired a missile on Monday. It flew 600 km and did not enter Japan's EEZ.",
            "unknown",
        ),
    ],
)
def test_a_failure_in_more_words(sites, text, outcome):
    assert draft(text, sites).outcome == outcome


# "from Pyongyang's northern outskirts": a place's own surroundings are where the launch was
# (its possessive is not the government's, as in "Pyongyang's latest show of force").
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "North Korea fired a missile on Monday from Pyongyang's northern outskirts.",
            "pyongyang-area",
        ),
        (
            "The missiles were launched from the capital Pyongyang's suburbs early Monday, the "
            "JCS said.",
            "pyongyang-area",
        ),
        ("North Korea fired two missiles from Wonsan's suburbs on Monday.", "wonsan-town"),
        ("North Korea fired a missile on Monday in Pyongyang's latest show of force.", ""),
    ],
)
def test_a_places_own_outskirts(sites, text, site):
    assert draft(text, sites).site_id == site


# KCNA's "the northwestern area of the DPRK" and its like: the northwest.
@pytest.mark.parametrize(
    "text",
    [
        "The test-fire was conducted in the northwestern area of the DPRK on Monday, KCNA said.",
        "North Korea fired a missile on Monday from the northwestern region of North Korea.",
        "The missile was launched on Monday from the north-western part of the country.",
    ],
)
def test_the_northwestern_area_of_the_country(sites, text):
    assert draft(text, sites).site_id == "northwest-border"
