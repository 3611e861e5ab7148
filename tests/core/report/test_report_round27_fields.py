"""Round 27 (fix27d): missile names, classes and sites read on 1250-1329's misses (a type named
in the plural, a variant's letter hyphened or with its warhead weight, a kind or type asked
about in a sentence opened by "Whether", a type's parent, the last one of its kind, a year a
"when" clause recalls, a type beside rockets "as well as", the launch "the first since" another,
an aside adding the launch to the year's tests, an air base "in" its town, "its interior", a town
described by its distance from the capital, a province "near the border with China").

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field

# --- a type named in the plural: "mid-range Rodongs", "thought to have been Musudans" (1279,
# 1281) ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire after Yonhap
        (
            "North Korea fired three ballistic missiles on Thursday. The JCS said the missiles "
            "were mid-range Rodongs.",
            "Nodong",
        ),
        # an analysis site
        (
            "North Korea test-fired two missiles on Thursday. Both are thought to have been "
            "Musudans, an intermediate-range type.",
            "Musudan",
        ),
        # Japan's defence ministry
        (
            "The ministry said North Korea launched two missiles on Thursday, believed to be "
            "Nodongs.",
            "Nodong",
        ),
        # near miss: the party daily's name is no missile
        (
            "North Korea fired a ballistic missile on Thursday, Rodong Sinmun reported.",
            "",
        ),
    ],
)
def test_a_type_named_in_the_plural_is_the_name(sites, text, expected):
    assert field(text, sites, "missile_name") == expected


# --- a variant's letter as written: "Hwasongpho-11-Ka", "Hwasongpho-11 Da-4.5" (1298, 1305) -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # KCNA, relayed by a wire
        (
            "North Korea fired missiles on Thursday. KCNA said the drill involved a "
            "Hwasongpho-11-Ka tactical ballistic missile.",
            ("Hwasong-11-Ka", "SRBM"),
        ),
        # a news site after Reuters
        (
            "North Korea launched a missile on Thursday. According to KCNA the new missile, the "
            "Hwasongpho-11 Da-4.5, flew with a mock heavy warhead.",
            ("Hwasong-11 Da-4.5", "SRBM"),
        ),
        # near miss: a variant written apart keeps its space
        (
            "North Korea fired a Hwasongpho-11 Da missile on Thursday, state media said.",
            ("Hwasong-11 Da", "SRBM"),
        ),
    ],
)
def test_a_variant_is_named_as_written(sites, text, expected):
    assert (field(text, sites, "missile_name"), field(text, sites, "missile_class")) == expected


# --- a kind or type asked about: "Whether the missile was an ICBM is not yet known" (1277, 1296) -


@pytest.mark.parametrize(
    ("text", "field_name", "expected"),
    [
        # a news site's bullets
        (
            "North Korea fired a missile on Thursday. Whether the missile was an ICBM is not yet "
            "known.",
            "missile_class",
            "",
        ),
        # News1, in English
        (
            "The JCS said North Korea launched several missiles on Thursday. Whether today's "
            "missiles could be the Hwasong-11M is being examined closely by the military.",
            "missile_name",
            "",
        ),
        # a wire
        (
            "North Korea launched a missile on Thursday. Whether it was a Hwasong-18 has yet to "
            "be confirmed.",
            "missile_name",
            "",
        ),
        # near miss: a question after the kind is told leaves the kind
        (
            "North Korea fired an ICBM on Thursday. Whether it flew its full range is not known.",
            "missile_class",
            "ICBM",
        ),
    ],
)
def test_a_kind_asked_about_is_not_told(sites, text, field_name, expected):
    assert field(text, sites, field_name) == expected


# --- another missile named beside the launch: a type's parent, the last of its kind, a year a
# "when" clause recalls, a type beside rockets (1296, 1258, 1289, 1286) --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parent of a type
        (
            "North Korea fired several missiles on Thursday. The Hwasong-11M is a new missile "
            "derived from the existing Hwasong-11A tactical guided missile (the KN-23).",
            "",
        ),
        # the last one of its kind
        (
            "The JCS detected an intermediate-range ballistic missile on Thursday. The last "
            "missile of this kind Pyongyang tested was the Hwasong-12, which flew 787 km.",
            "",
        ),
        # a year a "when" clause recalls (Reuters)
        (
            "North Korea fired seven ballistic missiles on Thursday. It was the largest barrage "
            "since 2006, when it launched seven missiles around the U.S. July 4 holiday, among "
            "them the Taepodong-2.",
            "",
        ),
        # a type beside rockets of the same salvo (The New York Times, retold)
        (
            "North Korea launched short-range projectiles on Thursday. They may have included "
            "rockets from the new multiple launcher as well as the modified KN-02.",
            "",
        ),
        # near miss: the type named for this launch
        (
            "North Korea fired a Hwasong-12 on Thursday, the JCS said. It flew 800 km.",
            "Hwasong-12",
        ),
        # near miss: a type named, then a year's recollection after it
        (
            "North Korea fired a KN-23 on Thursday, its first since 2022, when it fired several.",
            "KN-23",
        ),
    ],
)
def test_another_missile_named_beside_the_launch_is_not_its_name(sites, text, expected):
    assert field(text, sites, "missile_name") == expected


# --- the launch "the first since" another; an aside adding it to the year's tests (1310) -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TRT World after Reuters
        (
            "North Korea has fired two short-range ballistic missiles toward the waters off its "
            "east coast, South Korea's military said, adding to a run of prohibited weapons "
            "tests Pyongyang has staged so far this year. Thursday's launch was the North's "
            "first since its bid to put a first spy satellite into orbit ended in failure.",
            "SRBM",
        ),
        # a wire
        (
            "North Korea fired a short-range ballistic missile on Thursday. Today's launch was "
            "the country's first since its satellite launch in May.",
            "SRBM",
        ),
        # near miss: a tally sentence alone stays a tally
        (
            "North Korea has fired more than 20 ballistic missiles so far this year. It fired a "
            "cruise missile on Thursday.",
            "cruise",
        ),
    ],
)
def test_the_launch_first_since_another_keeps_its_kind(sites, text, expected):
    assert field(text, sites, "missile_class") == expected


# --- sites: an air base "in" its town, "its interior", a town measured from the capital, a
# province "near the border with China" (1276, 1250, 1298, 1277) --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire after Pacific Command
        (
            "North Korea launched a missile on Thursday. The two agree that the missile was "
            "fired from North Korea's air base in Wonsan.",
            "wonsan",
        ),
        # Japan's Chief Cabinet Secretary
        (
            "Matsuno said North Korea launched the ballistic missile eastward from its interior "
            "on Thursday.",
            "inland",
        ),
        # Stars and Stripes after the JCS
        (
            "The JCS said several short-range ballistic missiles had been sent eastward from "
            "Wonsan, a city on the coast 90 miles from Pyongyang, on Thursday.",
            "wonsan-town",
        ),
        # a news site's bullets
        (
            "North Korea fired a missile on Thursday from a known test site in North Pyongan "
            "province, near the border with China.",
            "north-pyongan-province",
        ),
        # near miss: the bare town stays the town
        (
            "North Korea fired two missiles from Wonsan on Thursday, the JCS said.",
            "wonsan-town",
        ),
        # near miss: the border region named alone stays the region
        (
            "North Korea fired a missile on Thursday from near the border with China.",
            "northwest-border",
        ),
    ],
)
def test_the_launch_place_read_as_a_reader_would(sites, text, expected):
    assert field(text, sites, "site_id") == expected
