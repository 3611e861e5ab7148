"""Round 33 (fix33d): the missile's class and name, and the launch site.

The causes read from the misses of 1800-1877 and 1950-1973 in these fields, each tried in
several outlets' phrasings written for these tests (wire, Japan's ministry, the JCS, KCNA,
analysis sites), with a near miss that must not change. The leads' Thursday is 13 April 2023
(`drafting.THURSDAY`).
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import count, field

# --- a satellite a test or a part serves is no satellite put up (1835, 1836) -----------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire: the satellite's name quoted after "a test for"
        "North Korea fired a ballistic missile on Thursday, the JCS said. It came a week after "
        "what Pyongyang called a development test for a 'military reconnaissance satellite'.",
        # Japan's ministry via an agency: a part built for the satellite
        "North Korea launched a ballistic missile on Thursday, Japan's Defense Ministry said. "
        "KCNA said equipment intended for a spy satellite had been checked during the flight.",
        # KCNA: the camera tried out
        "The DPRK tested on Thursday a camera system designed for its reconnaissance satellite, "
        "KCNA reported. The device was carried on a ballistic missile.",
        # an analysis site
        "Analysts at 38 North said the components built for the North's first surveillance "
        "satellite were tried out on a ballistic missile fired on Thursday.",
    ],
)
def test_a_satellite_a_test_or_a_part_serves_is_no_carrier_rocket(text: str, sites):
    assert field(text, sites, "missile_class") == ""


def test_a_satellite_put_into_orbit_stays_a_carrier_rocket(sites):
    """Near miss: a satellite the launch put up is a carrier rocket's payload."""
    text = (
        "North Korea said it had put a military reconnaissance satellite into orbit on "
        "Thursday, KCNA reported."
    )
    assert field(text, sites, "missile_class") == "SLV"


def test_the_missile_a_satellite_part_rode_is_one(sites):
    """The launch that carried the part is one missile ("carried on the apparent ballistic
    missile North Korea launched"), though no satellite went up."""
    text = (
        "A camera meant for a spy satellite was tested by North Korea, KCNA said. It is thought "
        "to have been carried on the apparent ballistic missile North Korea launched on Thursday."
    )
    assert count(text, sites) == ("1", "exact")


# --- the kind tried at a place before is not this launch's (1833, 1951) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire: the passive perfect in a clause on the airfield
        "North Korea fired a ballistic missile on Thursday from the Sunan airfield, where "
        "recent intercontinental ballistic missile tests have been staged, the JCS said.",
        # Japan's ministry relayed: "from which"
        "Japan's Defense Ministry said North Korea launched two ballistic missiles on Thursday "
        "from Wonsan, the port from which Pyongyang has fired many short-range missiles.",
        # an analysis site: the habit told in the passive
        "North Korea fired a ballistic missile on Thursday from a base in Jagang, at which "
        "medium-range missiles are often tested, according to CSIS.",
    ],
)
def test_the_kind_tried_at_the_place_before_is_no_class(text: str, sites):
    assert field(text, sites, "missile_class") == ""


def test_the_kind_launched_at_the_place_this_time_stays(sites):
    """Near miss: a clause on the place that tells this launch ("where two short-range
    missiles were launched on Thursday") gives its class."""
    text = (
        "The JCS pointed to the Sunan airfield, where two short-range ballistic missiles were "
        "launched on Thursday morning."
    )
    assert field(text, sites, "missile_class") == "SRBM"


# --- a run of launches over time is not this launch's kind (1954) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a wire
        "North Korea fired two ballistic missiles on Thursday, the JCS said. The North has been "
        "launching short-range ballistic missiles regularly since July.",
        # a Japanese outlet
        "Japan's Chief Cabinet Secretary said two ballistic missiles were fired on Thursday. "
        "Pyongyang has been test-firing intermediate-range missiles for months.",
        # an analysis site
        "North Korea fired a ballistic missile on Thursday. Analysts note it has been testing "
        "new short-range weapons repeatedly since 2019.",
    ],
)
def test_a_run_of_launches_since_is_no_class(text: str, sites):
    assert field(text, sites, "missile_class") == ""


def test_a_run_that_this_launch_belongs_to_keeps_its_type(sites):
    """Near miss: "has been testing its new Musudan missiles" with no span tells the tests
    reported; the named type gives its class."""
    text = (
        "Two missile tests failed on Thursday, officials in Seoul said. They think North Korea "
        "has been testing its new Musudan missiles."
    )
    assert field(text, sites, "missile_class") == "IRBM"


# --- "Hwansong": a Hwasong with an n slipped in (1801) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pyongyang test-fired a Hwansong-17 on Thursday, KCNA reported.", "Hwasong-17"),
        ("N. Korea launches Hwansong-18 ICBM, Japan's Defense Ministry says", "Hwasong-18"),
        ("The JCS said the missile was likely a Hwansong-12 fired from Jagang.", "Hwasong-12"),
    ],
)
def test_hwansong_with_a_number_is_a_hwasong(text: str, name: str, sites):
    assert field(text, sites, "missile_name") == name


def test_hwansong_without_a_number_names_no_type(sites):
    """Near miss: the word alone, with no type number, is no name."""
    text = "North Korea fired a ballistic missile on Thursday from near Hwansong, the JCS said."
    assert field(text, sites, "missile_name") == ""


# --- a pad named by its area gives way to its facility named later (1835) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The missile was fired at 8:48 a.m. from around the Sunan area in Pyongyang, the JCS "
        "said. It appears to have left a launcher at the Sunan airfield.",
        "Japan's ministry said North Korea launched a missile from the Sunan area on Thursday. "
        "South Korean officials said the missile took off from the Sunan air base.",
    ],
)
def test_the_facility_named_after_its_area_wins(text: str, sites):
    assert field(text, sites, "site_id") == "pyongyang"


def test_the_area_alone_stays(sites):
    """Near miss: the area named alone is its own site."""
    text = "North Korea fired a ballistic missile from the Sunan area on Thursday, the JCS said."
    assert field(text, sites, "site_id") == "sunan"


# --- a launch place named by a side (1959, 1961) and a coast's unnamed spot (1805) -----------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # the Pentagon
        (
            "The Pentagon said the missiles were fired from northwestern North Korea on Thursday.",
            "northwest-border",
        ),
        # a Japanese outlet
        (
            "Japan's Defense Ministry said the missile was launched from north-western North "
            "Korea and fell into the Sea of Japan.",
            "northwest-border",
        ),
        # a wire: the side of the capital
        (
            "The missile was launched from north of Pyongyang on Thursday, the JCS said.",
            "pyongyang-area",
        ),
        # an analysis site: "just south of"
        (
            "North Korea fired two missiles on Thursday from just south of Pyongyang.",
            "pyongyang-area",
        ),
        # KCNA: the spot unnamed, the coast said
        (
            "KCNA said the test was held at an unknown location on North Korea's east coast, "
            "where a missile was fired on Thursday.",
            "east-coast",
        ),
        (
            "The JCS said the missile was fired from an undisclosed spot along its west coast.",
            "west-coast",
        ),
    ],
)
def test_a_place_named_by_its_side_or_coast(text: str, site: str, sites):
    assert field(text, sites, "site_id") == site


def test_a_province_beside_the_capital_stays_the_province(sites):
    """Near miss: "from North Hwanghae Province, just south of the capital" names the
    province; the capital only places it."""
    text = (
        "Three missiles were launched on Thursday from North Hwanghae Province, just south of "
        "the capital Pyongyang, the JCS said."
    )
    assert field(text, sites, "site_id") == "north-hwanghae-province"


# --- Ryokpho: the aspirate after any consonant (1802) ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # KCNA via a wire: the aspirate written
        "KCNA said Thursday's launching drill was carried out by a missile unit in Pyongyang's "
        "Ryokpho District.",
        # the JCS: the older wires' spelling
        "The missile was launched from the Ryokpho district of Pyongyang on Thursday, the JCS "
        "said.",
        # near miss: the table's own spelling still matches
        "The missile was launched from Ryokpo district in Pyongyang on Thursday, the JCS said.",
    ],
)
def test_ryokpho_is_ryokpo(text: str, sites):
    assert field(text, sites, "site_id") == "ryokpo"


# --- a fall measured from a place, its other unit in brackets (1963) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a missile on Thursday. It came down in the Pacific Ocean some 1,180 "
        "kilometres (733 miles) from the eastern coast. The JCS said it was fired near "
        "Pyongyang.",
        "The missile landed about 300 miles (480 km) off the east coast, Japan's ministry said. "
        "It was launched from near Pyongyang on Thursday.",
    ],
)
def test_a_fall_measured_from_a_coast_is_no_launch_place(text: str, sites):
    assert field(text, sites, "site_id") == "pyongyang-area"


def test_a_launch_from_the_coast_stays_the_coast(sites):
    """Near miss: a launch from the coast, with no fall measured from it."""
    text = "North Korea fired a missile from its eastern coast on Thursday, the JCS said."
    assert field(text, sites, "site_id") == "east-coast"
