"""Round 30 (fix30c): range, apogee, flight time, landing, manoeuvre, site, class and name.

The causes read from the misses of 1490-1578 in these fields, each tried in several outlets'
phrasings written for these tests (wire, Japan's ministry, the JCS, KCNA, analysis sites), with
a near miss that must not change. The leads' Thursday is 13 April 2023 (`drafting.THURSDAY`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import THURSDAY, cells, clock, field

# --- a dateline in brackets after the place is the filing day (1556, 1455) --------------------

# The Sunday a bracketed dateline below was filed, 2019-08-25.
_SUNDAY = date(2019, 8, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aggregator relaying a wire, its state-media lead undated, the launch told after
        (
            "MOSCOW (UrduPoint News / Sputnik - 25th August, 2019) North Korea has tested a new "
            "multiple rocket launcher, the Korean Central News Agency reported on Sunday.\n\n"
            "On Saturday morning, Pyongyang fired projectiles into the Sea of Japan from South "
            "Hamgyong Province. According to the JCS, they flew 380 kilometers and reached a "
            "maximum altitude of 97 kilometers.",
            ("2019-08-24", "south-hamgyong-province", "380", "97", "sea_of_japan"),
        ),
        # a national agency's bracket, month first, the launch told by the JCS
        (
            "ISLAMABAD (APP - August 25, 2019) North Korea test-fired two missiles on Saturday, "
            "South Korea's Joint Chiefs of Staff said, adding they flew about 380 km from South "
            "Hamgyong Province into the East Sea.",
            ("2019-08-24", "south-hamgyong-province", "380", "", "sea_of_japan"),
        ),
        # the lead's own weekday, after the bracket, names the launch ("Saturday's test")
        (
            "Seoul (Pakistan Point News / Online - 25th August, 2019) North Korea has described "
            "Saturday's test of two new missiles as a warning to Seoul.\n\n"
            "Launched from South Hamgyong Province, the missiles flew 380 km into the Sea of "
            "Japan, the JCS said.",
            ("2019-08-24", "south-hamgyong-province", "380", "", "sea_of_japan"),
        ),
    ],
)
def test_a_bracketed_dateline_is_the_filing_day(text: str, expected: tuple[str, ...], sites):
    found = cells(text, _SUNDAY, sites)
    got = tuple(found[name] for name in ("date_utc", "site_id", "range_km", "apogee_km"))
    assert (*got, found["landing_area"]) == expected


def test_a_bracket_with_no_date_is_no_dateline(sites):
    """Near miss: an agency's bracket with no date in it dates nothing; the lead's day stands."""
    text = (
        "SEOUL (Yonhap) -- North Korea fired a ballistic missile from South Hamgyong Province "
        "on Sunday, the JCS said. It flew 380 km."
    )
    assert clock(text, sites, _SUNDAY)[0] == "2019-08-25"
    assert field(text, sites, "range_km", _SUNDAY) == "380"


# --- a launch measured against an older one recalls none (1542, 1543) -------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Japan's minister, a year told only as the launch measured against
        (
            "North Korea fired an intercontinental ballistic missile on Thursday, Japan's "
            "defence ministry said. According to the vice-minister, the missile covered 1,100 "
            "kilometers and reached a maximum altitude of 6,000 km, which he said is far higher "
            "than Pyongyang's last ICBM launch in 2017.",
            "apogee_km",
            "6000",
        ),
        (
            "North Korea fired an intercontinental ballistic missile on Thursday, Japan's "
            "defence ministry said. According to the vice-minister, the missile covered 1,100 "
            "kilometers and reached a maximum altitude of 6,000 km, which he said is far higher "
            "than Pyongyang's last ICBM launch in 2017.",
            "range_km",
            "1100",
        ),
        # a wire: "as with the previous test" opens a sentence about this one
        (
            "North Korea said on Thursday it had carried out an important test for its spy "
            "satellite. As with the previous test, state media gave no details of the rocket "
            "used. But South Korea's military said it was a ballistic missile launched from "
            "Sunan airfield.",
            "site_id",
            "pyongyang",
        ),
        # an analysis site's "like the last launch"
        (
            "North Korea launched a missile on Thursday. Like the last launch, it was fired "
            "without warning. Analysts said it was launched from Sunan airfield.",
            "site_id",
            "pyongyang",
        ),
    ],
)
def test_a_launch_measured_against_an_older_one_recalls_none(
    text: str, name: str, expected: str, sites
):
    assert field(text, sites, name) == expected


def test_an_older_launch_told_on_its_own_is_still_recalled(sites):
    """Near miss: a sentence that tells the older launch itself keeps its figures to it."""
    text = (
        "North Korea fired an intercontinental ballistic missile on Thursday, Japan's defence "
        "ministry said. In 2017, the North's last ICBM launch reached an altitude of 4,475 km."
    )
    assert field(text, sites, "apogee_km") == ""


# --- a report's own day told as a statement's (329, 698) ---------------------------------------

# The Friday the datelines below were filed.
_FRIDAY = date(2022, 10, 14)


@pytest.mark.parametrize(
    "text",
    [
        # a broadcaster's later report, after a bracketed dateline
        "MOSCOW (UrduPoint News / Sputnik - 14th October, 2022) North Korea has tested a "
        "ballistic missile again, Yonhap reported. Japanese broadcaster NHK reported later on "
        "Thursday that the missile is believed to have come down outside Japan's EEZ.",
        # the report's teller named between the verb and the day
        "MOSCOW (UrduPoint News / Sputnik - 14th October, 2022) North Korea has tested a "
        "ballistic missile, KCNA confirmed. The launch had been reported earlier by the South "
        "Korean news agency Yonhap on Thursday.",
    ],
)
def test_the_day_a_report_was_made_is_not_the_launch_day(text: str, sites):
    assert clock(text, sites, _FRIDAY)[0] == "2022-10-14"


def test_a_launch_told_on_its_weekday_keeps_that_day(sites):
    """Near miss: a launch told on the day before the dateline is that day's."""
    text = (
        "MOSCOW (UrduPoint News / Sputnik - 14th October, 2022) North Korea fired a ballistic "
        "missile on Thursday, Yonhap reported."
    )
    assert clock(text, sites, _FRIDAY)[0] == "2022-10-13"


# --- range and apogee figures in other wordings (1549, 1566, 1555) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the JCS's estimate, its verb shared by the distance and the height
        (
            "South Korea's JCS said North Korea fired a missile on Thursday. Preliminary "
            "estimates put the projectile's flight at about 200 kilometers and its maximum "
            "altitude at about 30 kilometers.",
            ("200", "30"),
        ),
        # a wire: the JCS put the rocket's range and its peak height
        (
            "North Korea launched a rocket on Thursday. The JCS put the rocket's range at 450 "
            "km and its peak height at 60 km.",
            ("450", "60"),
        ),
        # a ministry's two missiles, the second's verb left out after where the first went
        (
            "North Korea fired two missiles on Thursday; one of them travelled about 430 "
            "kilometers over the sea and the other 690 kilometers, the ministry said.",
            ("690", ""),
        ),
        # Japan's minister: what it can cover, then what it flew
        (
            "Japan believes the new missile, fired on Thursday, can cover a distance of about "
            "2,500 kilometers, the defence minister said. According to the ministry, the "
            "missile came down in the Sea of Japan after flying about 450 km.",
            ("450", ""),
        ),
    ],
)
def test_figures_in_other_wordings(text: str, expected: tuple[str, str], sites):
    assert (field(text, sites, "range_km"), field(text, sites, "apogee_km")) == expected


def test_a_reach_analysts_put_is_no_flight(sites):
    """Near miss: "put their range at about 2,000 km, enough to threaten" is what they can do."""
    text = (
        "North Korea fired cruise missiles on Thursday. KCNA said they stayed in flight for two "
        "hours; analysts put their range at about 2,000 km, enough to threaten the region."
    )
    assert field(text, sites, "range_km") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's deputy minister on two missiles' flights
        (
            "North Korea fired two ballistic missiles on Thursday. According to the deputy "
            "minister, they travelled about 850 and 900 kilometers, rising to 50 kilometers "
            "during flights of 11 minutes.",
            "11",
        ),
        # near miss: flights of a distance give no time
        (
            "North Korea fired two ballistic missiles on Thursday, on flights of about 300 km.",
            "",
        ),
    ],
)
def test_flights_of_minutes(text: str, expected: str, sites):
    assert field(text, sites, "flight_time_min") == expected


# --- where the launch was made (1549, 1543, 1497) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KCNA relayed: the tests' place told of the tests
        (
            "North Korea test-fired a new missile on Thursday, the Rodong Sinmun reported. The "
            "paper said the tests took place at a testing range in the northern province of "
            "Jagang.",
            "chagang-province",
        ),
        # a wire: the airport named by what the area holds
        (
            "North Korea fired a missile on Thursday. South Korean officials said it was "
            "launched from an area near Pyongyang where the country's international airport is "
            "located.",
            "pyongyang",
        ),
        # near miss: the capital's area with no airport named
        (
            "North Korea fired a missile on Thursday. South Korean officials said it was "
            "launched from an area near Pyongyang.",
            "pyongyang-area",
        ),
        # near miss: where an official spoke of the tests, not where they were made
        (
            "North Korea fired a missile on Thursday. Speaking to reporters in Pyongyang, a "
            "foreign ministry official acknowledged the tests.",
            "",
        ),
        # near miss: a fall guessed at near the capital is no launch place
        (
            "A missile North Korea launched on Thursday may have flown an abnormal trajectory "
            "and could have come down inland, possibly near the capital, Pyongyang, the JCS "
            "said.",
            "",
        ),
    ],
)
def test_the_launch_place(text: str, expected: str, sites):
    assert field(text, sites, "site_id") == expected


# --- where it came down (1504, 1497) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's ministry: a rocket's fall spread over three seas
        (
            "North Korea launched a satellite rocket on Thursday. According to Japan's deputy "
            "defence minister, it broke apart and fell into the waters of the Yellow Sea, the "
            "East China Sea and the Pacific Ocean.",
            "",
        ),
        # a wire: two seas named for the fall
        (
            "The rocket North Korea launched on Thursday came down in the East China Sea and the "
            "Philippine Sea, NORAD said.",
            "",
        ),
        # the JCS: a fall inland only guessed at
        (
            "North Korea fired two missiles on Thursday. The JCS said the second could have come "
            'down inland. "There is the possibility that debris fell inland," a spokesman said.',
            "",
        ),
        # near miss: one sea named for the fall
        (
            "North Korea fired a missile on Thursday that fell into the Yellow Sea, the JCS said.",
            "yellow_sea",
        ),
        # near miss: a fall inland told, not guessed at
        (
            "North Korea fired a missile on Thursday that fell inland, the JCS said.",
            "land",
        ),
    ],
)
def test_where_it_came_down(text: str, expected: str, sites):
    assert field(text, sites, "landing_area") == expected


# --- a kind weighed is not a kind told (1524) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's ministry weighs a submarine launch; the JCS names the range
        (
            "North Korea fired two ballistic missiles on Thursday. The government is examining "
            "whether the projectiles could have been submarine-launched ballistic missiles, the "
            "vice-minister said. South Korea's military said they were short-range ballistic "
            "missiles.",
            "SRBM",
        ),
        # analysts checking if it may have been an ICBM
        (
            "North Korea fired a ballistic missile on Thursday. Analysts are checking if it may "
            "have been an intercontinental ballistic missile.",
            "",
        ),
        # near miss: "looking into whether the missile was a Musudan" names it, hedged
        (
            "North Korea fired a missile on Thursday. The military is looking into whether the "
            "missile was an intermediate-range Musudan.",
            "IRBM",
        ),
        # near miss: a kind told
        (
            "North Korea fired two projectiles on Thursday. The JCS said they were "
            "submarine-launched ballistic missiles.",
            "SLBM",
        ),
    ],
)
def test_a_kind_weighed_is_not_told(text: str, expected: str, sites):
    assert field(text, sites, "missile_class") == expected


# --- names in other spellings (1578, 1496) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Revised Romanization's D for the Taepodong
        (
            "North Korea fired a two-stage Daepodong-1 ballistic missile over Japan on Thursday.",
            "Taepodong-1",
        ),
        # KCNA's name without the aspirate's h, the weight variant hyphened
        (
            "The new missile, called the Hwasongpo-11-Da-4.5, was test-fired on Thursday, KCNA "
            "said.",
            "Hwasong-11 Da-4.5",
        ),
        # near miss: a variant letter without a weight keeps the report's hyphen
        (
            "North Korea test-fired the Hwasongpho-11-Ka on Thursday, KCNA said.",
            "Hwasong-11-Ka",
        ),
    ],
)
def test_names_in_other_spellings(text: str, expected: str, sites):
    assert field(text, sites, "missile_name") == expected


# --- two peaks are a glide (1494, 1499) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KCNA: a second peak and a manoeuvre word in one sentence
        (
            "North Korea tested a hypersonic missile on Thursday. KCNA said it climbed to nearly "
            '100 km before dropping to a "second peak" of 42.5 km and manoeuvring to an accurate '
            "landing.",
            "glide",
        ),
        # an analysis site: two peaks, no manoeuvre word
        (
            "North Korea launched a missile on Thursday. The hypersonic warhead reached two "
            "peaks, at altitudes of 101.1 kilometres and 72.3 kilometres.",
            "glide",
        ),
        # near miss: a second peak the JCS disputes
        (
            "North Korea launched a missile on Thursday. The JCS disputed parts of the North's "
            'account, including a claimed "second peak" in altitude.',
            "",
        ),
        # near miss: a manoeuvre word alone stays a pull-up
        (
            "North Korea launched a missile on Thursday. Japan said it flew an irregular "
            "trajectory.",
            "pullup",
        ),
    ],
)
def test_two_peaks_are_a_glide(text: str, expected: str, sites):
    assert field(text, sites, "maneuver", THURSDAY) == expected


# --- a range word that measures the distance names no other class (1496) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KCNA: a short-range type's test "at medium range of 320 km"
        (
            "North Korea test-fired a Hwasong-11 on Thursday. KCNA said the test-fire verified "
            "the accuracy of hit at medium range of 320 km.",
            "320",
        ),
        # near miss: medium-range missiles fired beside the short-range type are other missiles
        (
            "North Korea test-fired a Hwasong-11 on Thursday. Later two medium-range missiles "
            "were fired and flew 1,000 km.",
            "",
        ),
    ],
)
def test_a_range_word_measuring_the_flight(text: str, expected: str, sites):
    assert field(text, sites, "range_km") == expected
