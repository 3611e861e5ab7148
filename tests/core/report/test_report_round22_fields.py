"""Round 22 (fix22d): missile class and site read on 890-949's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field


# Seoul's Revised Romanization writes a tensed consonant as the closing consonant and a voiced
# initial (912: Kittaeryong as "Gitdaeryeong"); older wires mark the aspirate of an initial p
# with an h (931: "South Phyongan Province").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired three short-range missiles on Thursday from Gitdaeryeong, south "
            "of Wonsan, the defence ministry in Seoul said.",
            "kittaeryong",
        ),
        (
            "The missiles were launched from a pad at Gitdaeryong on Thursday morning, officials "
            "said.",
            "kittaeryong",
        ),
        (
            "The JCS said two projectiles were launched from South Phyongan Province on Thursday.",
            "south-pyongan-province",
        ),
        (
            "Pyongyang fired a ballistic missile from North Phyongan on Thursday, Seoul said.",
            "north-pyongan-province",
        ),
        # Near miss: the split province in the old spelling, named without its half.
        (
            "North Korea fired two missiles on Thursday from Phyongan Province, the JCS said.",
            "",
        ),
    ],
)
def test_a_place_in_another_romanisation_is_the_table_s_site(
    text: str, expected: str, sites
) -> None:
    assert field(text, sites, "site_id") == expected


# A province called by its Korean name, its half joined before "do" (930: "from Hamkyongnam-do
# Province"): nam is the south half, buk (or puk) the north.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two short-range projectiles into the East Sea from "
            "Hamgyongnam-do Province on Thursday afternoon.",
            "south-hamgyong-province",
        ),
        (
            "The missile was launched from Hamgyeongbuk-do on Thursday, the JCS said.",
            "north-hamgyong-province",
        ),
        (
            "Two missiles were fired on Thursday from an area in Pyongannam-do, the military said.",
            "south-pyongan-province",
        ),
        (
            "The North fired a ballistic missile from Hwanghae-bukdo on Thursday, officials said.",
            "north-hwanghae-province",
        ),
        # Near miss: the old undivided province, named without a half.
        (
            "North Korea fired a missile on Thursday from Hamgyong-do, the military said.",
            "",
        ),
    ],
)
def test_a_province_s_korean_name_is_its_area(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# A coast is a direction: a facility a later sentence names as one ("an airfield", "an air
# base") is the place, though no "from" launches from it (949: "from its eastern coast ... near
# North Korea's Panghyon Airfield"). A town that only shares a facility's name does not (585:
# "the North's border city of Kaesong").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a ballistic missile from its east coast on Thursday. US officials "
            "said they tracked the missile near the Panghyon air base before it fell into the sea.",
            "panghyon-ab",
        ),
        (
            "A missile was fired off the North's eastern coast on Thursday, Seoul said. The "
            "missile was detected near Panghyon Airfield, a US official said.",
            "panghyon-ab",
        ),
        (
            "North Korea launched a missile from its east coast on Thursday. The missile was "
            "first seen near Wonsan airbase, the Pentagon said.",
            "wonsan",
        ),
        # Near miss: a town sharing a facility's name, told only as a border city.
        (
            "North Korea fired a short-range missile from its east coast on Thursday. Seoul "
            "called the missile test deplorable and urged talks on the park in the border "
            "city of Kaesong.",
            "east-coast",
        ),
    ],
)
def test_a_coast_gives_way_to_a_facility_named_later(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "the Democratic People's Republic of Korea's South Hwanghae Province" (937): the country's
# formal name as the possessive before a place, as "North Korea's" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two projectiles from its east coast on Thursday. Yonhap said "
            "they were fired from the Democratic People's Republic of Korea's South Hwanghae "
            "Province.",
            "south-hwanghae-province",
        ),
        (
            "The DPRK fired a missile off its east coast on Thursday. It was launched from the "
            "DPRK's North Pyongan Province, the JCS said.",
            "north-pyongan-province",
        ),
        # Near miss: the formal name is the country speaking, not a place.
        (
            "North Korea fired a missile from its east coast on Thursday. The Democratic "
            "People's Republic of Korea's foreign ministry in Pyongyang denounced the drills.",
            "east-coast",
        ),
    ],
)
def test_the_country_s_formal_name_is_a_possessive_before_a_place(
    text: str, expected: str, sites
) -> None:
    assert field(text, sites, "site_id") == expected


# A hypersonic payload on the missile the range word names makes it an HGV (C10), as the
# hypersonic missile already was (925: "a solid-fuel intermediate-range ballistic missile
# carrying a hypersonic warhead").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired an intermediate-range ballistic missile on Thursday. The test "
            "was of a solid-fuel intermediate-range missile carrying a hypersonic warhead.",
            "HGV",
        ),
        (
            "Pyongyang launched a mid-range ballistic missile tipped with a hypersonic glide "
            "vehicle on Thursday, the state news agency said.",
            "HGV",
        ),
        (
            "The North fired an IRBM on Thursday; analysts said the IRBM carried a hypersonic "
            "payload.",
            "HGV",
        ),
        # Near miss: hypersonic missiles in a sentence on the North's programme, not this one.
        (
            "North Korea fired a mid-range ballistic missile on Thursday. Pyongyang has sped "
            "up work on new hypersonic missiles this year.",
            "MRBM",
        ),
    ],
)
def test_a_hypersonic_payload_on_a_mid_range_missile_is_hgv(
    text: str, expected: str, sites
) -> None:
    assert field(text, sites, "missile_class") == expected


# A kind told of a launch that a series "took in" or "featured" is that earlier launch's, as its
# landing is (893: "a burst of launches that took in Tuesday's intermediate-range ballistic
# missile over Japan").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two ballistic missiles on Thursday. The launches extend a burst of "
            "tests that took in Monday's intermediate-range ballistic missile over Japan.",
            "",
        ),
        (
            "Pyongyang launched a ballistic missile on Thursday, the latest in a series that has "
            "featured an intercontinental ballistic missile last month.",
            "",
        ),
        (
            "The North fired two ballistic missiles on Thursday, adding to a streak which "
            "included a cruise missile test on Monday.",
            "",
        ),
        # Near miss: this launch's own kind, said before the series.
        (
            "North Korea fired a short-range ballistic missile on Thursday, the latest in a "
            "string of launches this month.",
            "SRBM",
        ),
    ],
)
def test_a_kind_a_series_took_in_is_an_earlier_launch_s(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected
