"""Round 25 (fix25d): missile class, name and site read on 1050-1169's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import field


# The Nodong spelled "No Dong" or "Ro-dong" (1155) is the Nodong; the party daily Rodong
# (Sinmun), named bare or as "the Rodong newspaper" (1140), is no missile.
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            'U.S. Strategic Command said North Korea fired two "No Dong" missiles on Thursday.',
            "Nodong",
            "MRBM",
        ),
        (
            "Japan's Defense Ministry said the ballistic missile fired on Thursday was believed "
            "to be a Ro-dong.",
            "Nodong",
            "MRBM",
        ),
        (
            "The Rodong newspaper said on Thursday that the hypersonic missile hit its target "
            "in waters 1,000 km away.",
            "",
            "HGV",
        ),
        (
            "KCNA said North Korea tested a hypersonic missile on Thursday. Photos carried by "
            "Rodong show Kim Jong Un watching the test.",
            "",
            "HGV",
        ),
        (
            "According to the Rodong daily, the North fired a hypersonic missile on Thursday.",
            "",
            "HGV",
        ),
        # Near miss: a Rodong fired is still one.
        (
            "The JCS said North Korea fired a Rodong missile into the East Sea on Thursday.",
            "Nodong",
            "MRBM",
        ),
    ],
)
def test_no_dong_spellings_and_the_party_daily(text: str, name: str, kind: str, sites) -> None:
    assert (field(text, sites, "missile_name"), field(text, sites, "missile_class")) == (
        name,
        kind,
    )


# "from an area on the peninsula's east coast" (1161), "launched from North Korea's eastern
# coastline" (1163), "from the area of the East Sea" (1159): the east coast.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEOUL (Reuters) - North Korea launched two short-range missiles on Thursday from an "
            "area on the peninsula's east coast, South Korea's military said.",
            "east-coast",
        ),
        (
            "A defense ministry official said the missiles were launched from North Korea's "
            "eastern coastline on Thursday.",
            "east-coast",
        ),
        (
            'The JCS said: "North Korea appears to have tried to fire a missile from the area '
            'of the East Sea this morning."',
            "east-coast",
        ),
        (
            "North Korea fired two rockets on Thursday from an area along its west coastline, "
            "Yonhap said.",
            "west-coast",
        ),
        # Near miss: a coastline the missiles were fired toward is no launch place.
        (
            "North Korea fired a ballistic missile toward waters off its eastern coastline on "
            "Thursday, the JCS said.",
            "",
        ),
    ],
)
def test_east_coast_wordings(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "nearer to Japan than any North Korean missile since 1998" (1155): this launch measured
# against every launch since a year, no recollection that carries on to the sentences after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a ballistic missile on Thursday. A press source put its fall "
            "within 155 miles of the Japanese coast, nearer to Japan than any North Korean "
            "missile since 1998. U.S. officials said it was fired near the city of Hwangju.",
            "hwangju",
        ),
        (
            "North Korea launched a missile on Thursday, the JCS said. It flew higher than any "
            "test since 2017. Japan's Defense Ministry said it was fired from Kusong.",
            "kusong-town",
        ),
        # Near miss: a sentence that recalls a launch of that year still recalls it.
        (
            "North Korea launched a missile on Thursday, the JCS said. In 1998 the North fired "
            "a missile from Musudan-ri. It later fired one from Hwangju.",
            "",
        ),
    ],
)
def test_a_comparison_with_every_launch_since_a_year(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "The South Korean army detected at about 6:29 p.m. that three missiles had been launched from
# the Sun'an district in Pyongyang" (1131): what the military saw of this launch.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The South Korean army detected at about 6:29 p.m. that three missiles had been '
            "launched from the Sun'an district in Pyongyang,\" the JCS said on Thursday.",
            "sunan-town",
        ),
        (
            "Japan's Defense Ministry detected that a ballistic missile had been launched from "
            "Kusong on Thursday.",
            "kusong-town",
        ),
        (
            "The JCS said it detected at 7:10 a.m. that the North had fired a missile from "
            "Wonsan on Thursday.",
            "wonsan-town",
        ),
        # Near miss: a launch the North had made long before stays a recollection.
        (
            "North Korea fired a missile from Kusong on Thursday, the JCS said. In 2017 it had "
            "launched one from Wonsan.",
            "kusong-town",
        ),
    ],
)
def test_detected_that_missiles_had_been_launched(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "one of them is suspected to have fallen near Pyongyang after a failed launch ... from the
# Jangyon area" (1112): where a missile came down on land is no launch place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two ballistic missiles on Thursday, and one of them is suspected "
            "to have fallen near Pyongyang. The JCS said they were launched from the Jangyon "
            "area.",
            "jangyon",
        ),
        (
            "One of the missiles fired on Thursday crashed just outside Wonsan, the JCS said. "
            "Both were launched from Kusong.",
            "kusong-town",
        ),
        (
            "A missile North Korea fired on Thursday may have landed near Hamhung, Japan's "
            "Defense Ministry said.",
            "",
        ),
        # Near miss: a launch near the city stays its site.
        (
            "North Korea fired a ballistic missile from near Pyongyang on Thursday, the JCS said.",
            "pyongyang-area",
        ),
    ],
)
def test_a_fall_on_land_is_no_launch_place(text: str, expected: str, sites) -> None:
    assert field(text, sites, "site_id") == expected


# "They seem to be short-range ones, not ICBMs" (1100): a kind set aside after a comma.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired three missiles on Thursday; short-range ones, not ICBMs.", "SRBM"),
        (
            "The JCS said the missile fired on Thursday was a short-range ballistic missile, "
            "not an ICBM.",
            "SRBM",
        ),
        (
            "Japan's Defense Ministry said the missiles fired on Thursday were cruise missiles, "
            "not ballistic missiles.",
            "cruise",
        ),
        # Near miss: a kind not set aside stays.
        ("North Korea fired an ICBM on Thursday, the JCS said.", "ICBM"),
    ],
)
def test_a_kind_set_aside_after_a_comma(text: str, expected: str, sites) -> None:
    assert field(text, sites, "missile_class") == expected
