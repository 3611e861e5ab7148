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
