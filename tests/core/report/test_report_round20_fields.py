"""Round 20 (fix20d): missile class, name and site read on 770-829's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import CLOCK_THURSDAY, cells, field


# A named type takes its type's class whatever range word the outlet puts on it, told in the same
# sentence or another (797: "two medium-range ballistic missiles ... presumed to be a Musudan"),
# and a hypersonic missile whose type is named takes the type's class (820, 628: C9, C10).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two medium-range ballistic missiles on Thursday, the JCS said. "
            "Officials believe both were Musudan missiles.",
            "IRBM",
        ),
        (
            "Pyongyang launched a mid-range missile from near Wonsan on Thursday. Seoul said "
            "the weapon was presumed to be a Musudan.",
            "IRBM",
        ),
        (
            "North Korea said on Thursday it had tested a new hypersonic missile. State media "
            "named the weapon the Hwasong-16B.",
            "IRBM",
        ),
        (
            "KCNA said Kim oversaw the test of the Hwasong-16 missile, fitted with a hypersonic "
            "glide warhead, on Thursday.",
            "IRBM",
        ),
    ],
)
def test_a_named_type_takes_its_class(sites, text, expected):
    assert field(text, sites, "missile_class") == expected


def test_a_hypersonic_missile_with_no_type_named_stays_hgv(sites):
    # Near miss: no type named, so the hypersonic word gives the class (C10).
    text = "North Korea fired a hypersonic missile on Thursday, state media said."
    assert field(text, sites, "missile_class") == "HGV"


def test_a_named_type_leaves_a_cruise_missile_its_kind(sites):
    # Near miss: a kind told for the launch (cruise) is not a range word; it stands.
    text = "North Korea fired two cruise missiles on Thursday, which Seoul called Hwasal-2s."
    assert field(text, sites, "missile_class") == "cruise"


# "debris from a KN-11 missile was spotted" (805): the KN-11 is the Pukguksong-1, an SLBM.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea tried to fire a KN-11 missile on Thursday but failed, officials said.",
        "Seoul said the North test-fired what appeared to be a KN-11 on Thursday.",
    ],
)
def test_the_kn_11_is_an_slbm(sites, text):
    assert field(text, sites, "missile_class") == "SLBM"


# "the Sino-ri missile base, which houses the Nodong medium-range ballistic missile" (778): a
# weapon a place keeps is not the one fired from it.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two short-range ballistic missiles on Thursday from North Pyongan "
        "province, which houses the Nodong medium-range missile.",
        "North Korea fired two short-range ballistic missiles on Thursday. The launch area is "
        "a base for Nodong missiles, analysts said.",
        "North Korea fired two short-range ballistic missiles on Thursday from a region where "
        "the army stores its Scud-C missiles, housing the Nodong too.",
    ],
)
def test_a_weapon_a_place_keeps_is_no_name(sites, text):
    found = cells(text, CLOCK_THURSDAY, sites)
    assert (found["missile_name"], found["missile_class"]) == ("", "SRBM")


def test_a_named_missile_fired_from_a_base_keeps_its_name(sites):
    # Near miss: the base is where the named missile was fired from, not what it houses.
    text = "North Korea fired a Nodong missile from a base near Sukchon on Thursday."
    assert field(text, sites, "missile_name") == "Nodong"


# "said its flight did not match that of an intercontinental ballistic missile (ICBM)" (789): a
# kind the flight is said not to fit, with its abbreviation, is set aside.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday. The U.S. military said its flight "
        "did not match that of an intercontinental ballistic missile (ICBM).",
        "North Korea fired a ballistic missile on Thursday; Washington said the trajectory was "
        "not consistent with an ICBM.",
        "North Korea fired a ballistic missile on Thursday, in a flight officials called "
        "inconsistent with that of an intermediate-range ballistic missile (IRBM).",
    ],
)
def test_a_kind_the_flight_did_not_match_is_no_class(sites, text):
    assert field(text, sites, "missile_class") == ""


def test_a_kind_the_flight_matched_is_the_class(sites):
    # Near miss: a flight said to match a kind gives that kind.
    text = (
        "North Korea fired a ballistic missile on Thursday. The U.S. military said its flight "
        "matched that of an intercontinental ballistic missile (ICBM)."
    )
    assert field(text, sites, "missile_class") == "ICBM"


# "fired the missile ... from Sukchun, north of Pyongyang" (802): older wires write the closing
# -chon of a place name -chun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired a missile from Sukchun on Thursday, the JCS said.", "sukchon"),
        ("The missile was launched from near Kaechun on Thursday, Seoul said.", "kaechon-town"),
    ],
)
def test_a_chun_spelling_matches_its_chon_site(sites, text, expected):
    assert field(text, sites, "site_id") == expected


def test_a_chon_spelling_still_matches(sites):
    # Near miss: the table's own spelling is unchanged.
    text = "North Korea fired a missile from Sukchon on Thursday, the JCS said."
    assert field(text, sites, "site_id") == "sukchon"


# "The launches follow a test of a new anti-ship cruise missile from a North Korean vessel" (808):
# what this launch follows or comes after is an earlier event, whose kind is not this launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired five short-range missiles on Thursday. The launches follow a test "
        "of a new cruise missile from a warship.",
        "North Korea fired four short-range missiles on Thursday. The firings came shortly "
        "after the navy tested an anti-ship cruise missile from a corvette.",
        "North Korea fired three short-range missiles on Thursday. The latest launch follows "
        "the trial of a submarine-launched ballistic missile.",
    ],
)
def test_what_the_launch_follows_is_no_class(sites, text):
    assert field(text, sites, "missile_class") == "SRBM"


def test_a_launch_followed_by_its_kind_keeps_it(sites):
    # Near miss: the kind is this launch's, told before the "after".
    text = (
        "North Korea fired two short-range missiles on Thursday. The military later said they "
        "were cruise missiles, after analysing their flight."
    )
    assert field(text, sites, "missile_class") == "cruise"


# "Seoul said both of those missiles flew 600 km, and that flight data for that weapon, known as
# the KN-23, showed ..." (776): a name told of the launch a demonstrative points back at.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two short-range ballistic missiles on Thursday, resembling the ones "
        "fired last week. Officials said those missiles, known as the KN-23, flew 600 km.",
        "North Korea fired a short-range ballistic missile on Thursday, days after an earlier "
        "launch. Analysts said that earlier missile was a KN-24.",
        "North Korea fired two short-range ballistic missiles on Thursday, like a launch last "
        "month. Data on that weapon, dubbed the Hwasong-11, showed a low flight.",
    ],
)
def test_a_name_told_of_the_launch_pointed_back_at_is_no_name(sites, text):
    assert field(text, sites, "missile_name") == ""


def test_a_name_after_a_that_conjunction_stays(sites):
    # Near miss: "said that the missile" is a conjunction, not a demonstrative.
    text = (
        "North Korea fired a ballistic missile on Thursday. The JCS said that the missile was "
        "a KN-23."
    )
    assert field(text, sites, "missile_name") == "KN-23"
