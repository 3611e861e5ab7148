"""Round 29 (fix29d): how many missiles, read the way a reader weighs one count against another
(a count said before and since replaced, the South Korean military's one missile beside a later
number of Japan's political offices, the launch's missiles told as a pair, tests of N missiles).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
The leads' Thursday is 12 September 2024 (`drafting.CLOCK_THURSDAY`).
"""

from __future__ import annotations

import pytest

from tests.core.report.drafting import count

# --- a count said before ranks below the story's own, and stands where it is the only one ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: an earlier statement of Japan's, the JCS's own bound first
        (
            "South Korea's military said North Korea fired at least one projectile on Thursday. "
            "Earlier, Japan's Chief Cabinet Secretary said the North had fired two ballistic "
            "missiles.",
            ("1", "at least"),
        ),
        # an analysis site: first media reports, since replaced
        (
            "North Korea test-fired a ballistic missile without success on Thursday. Early reports "
            "in the Japanese press said North Korea had fired three missiles, but newer "
            "information indicates it launched just one missile.",
            ("1", "exact"),
        ),
        # Japan's ministry, as relayed: initial reports, the ministry's own count after
        (
            "Initial reports said the North had launched four missiles on Thursday. The Ministry "
            "of Defense said North Korea fired two ballistic missiles.",
            ("2", "exact"),
        ),
        # KCNA's account first, the military's earlier word the only count
        (
            "North Korea said on Thursday it had tested a new hypersonic weapon. Hours earlier, "
            "the South Korean military had said the North launched a ballistic missile.",
            ("1", "exact"),
        ),
        # near miss: "Earlier, it fired two missiles" is an earlier clause of the launch, no
        # statement set before another
        (
            "Earlier on Thursday, North Korea fired two short-range ballistic missiles into the "
            "sea, the JCS said.",
            ("2", "exact"),
        ),
    ],
)
def test_a_count_said_before_yields_to_the_storys_own(sites, text, expected):
    assert count(text, sites) == expected


# --- the South Korean military's one missile leads over Japan's political offices' number ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Jiji: the military's lead, the Prime Minister's later two
        (
            "Seoul, Sept. 12 (Jiji Press)--North Korea launched a short-range ballistic missile "
            "toward the Sea of Japan on Thursday, according to the South Korean military. In "
            "Tokyo, Japanese Prime Minister Shigeru Ishiba said North Korea had fired two "
            "ballistic missiles.",
            ("1", "exact"),
        ),
        # a Japanese outlet: both militaries in the lead, the Prime Minister's two after
        (
            "The South Korean and Japanese militaries said that on Thursday North Korea launched "
            "a ballistic missile into the sea. Japanese Prime Minister Shigeru Ishiba spoke of "
            "two ballistic missiles.",
            ("1", "exact"),
        ),
        # the JCS named, the Japanese government's count after
        (
            "North Korea fired a ballistic missile on Thursday, the Joint Chiefs of Staff said. "
            "According to the Japanese government, North Korea fired two ballistic missiles.",
            ("1", "exact"),
        ),
        # near miss: Japan's defence ministry tracks the missiles; its number stands
        (
            "North Korea fired a ballistic missile on Thursday, the Joint Chiefs of Staff said. "
            "Japan's Defense Ministry said North Korea fired two ballistic missiles.",
            ("2", "exact"),
        ),
        # near miss: the military itself gives the number later
        (
            "North Korea fired a ballistic missile on Thursday, South Korea's military said. The "
            "Joint Chiefs of Staff later said the North had fired two short-range ballistic "
            "missiles.",
            ("2", "exact"),
        ),
    ],
)
def test_the_korean_militarys_one_missile_leads_over_japans_leaders(sites, text, expected):
    assert count(text, sites) == expected


# --- the launch's missiles told as a pair make two of a lone one --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire: the first and the second missile's flights
        (
            "North Korea fired a further round of short-range missiles on Thursday. According to "
            "the JCS, the first missile travelled about 260 miles, and the second came down in "
            "the East Sea after flying about 170 miles.",
            ("2", "exact"),
        ),
        # a US command's statement
        (
            "The U.S. Pacific Command confirmed the launch on Thursday, which it said involved a "
            "second missile as well.",
            ("2", "exact"),
        ),
        # KCNA, as relayed: the two weapons
        (
            'North Korea fired a "new-type tactical guided projectile" on Thursday, KCNA said. '
            "According to KCNA, the two weapons hit a target 600 km off the east coast.",
            ("2", "exact"),
        ),
        # an analysis site: one of the missiles, the second
        (
            "North Korea launched a ballistic missile on Thursday. The Joint Chiefs of Staff said "
            "one of "
            "the missiles exploded shortly after liftoff, while the second was tracked into the "
            "Sea of Japan.",
            ("2", "exact"),
        ),
        # near miss: a rocket's stages are no pair of missiles
        (
            "North Korea launched a long-range rocket on Thursday. The first stage fell into the "
            "Yellow Sea and the second into the Philippine Sea.",
            ("1", "exact"),
        ),
        # near miss: two alerts, not two missiles
        (
            "North Korea fired a ballistic missile over Japan on Thursday. Residents received two "
            "text alerts, the first telling them to take shelter and the second giving the "
            "all-clear.",
            ("1", "exact"),
        ),
    ],
)
def test_the_launchs_missiles_told_as_a_pair(sites, text, expected):
    assert count(text, sites) == expected


# --- "supervised tests of two different missiles": the tests tell them fired -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broadcaster, KCNA's account retold
        (
            "On Thursday North Korea said Kim Jong Un had supervised tests of two different "
            "missiles. The other was called a strategic cruise missile.",
            ("2", "exact"),
        ),
        # Yonhap, KCNA relayed
        (
            "Kim Jong Un oversaw the test-firing of three new tactical ballistic missiles on "
            "Thursday, the KCNA said.",
            ("3", "exact"),
        ),
        # near miss: a tally of a year's tests
        (
            "North Korea fired a ballistic missile on Thursday, the JCS said. It follows tests of "
            "more than 40 missiles this year.",
            ("1", "exact"),
        ),
    ],
)
def test_tests_of_missiles_tell_them_fired(sites, text, expected):
    assert count(text, sites) == expected
