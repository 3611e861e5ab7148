"""Round 26 (fix26b): dates, clocks and counts read on 1170-1243's misses (a time of day after
"shortly after", a clock of the missile's path, an alert's hedged hour, "lifted off at", the
launch's own clause after "A few days after ..." or before "the first ... since March", the day a
picture was taken, "a new type of" missile, a drill's article, missiles also fired).

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss.
The leads' Thursday is 12 September 2024 (`drafting.CLOCK_THURSDAY`).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock, count, field

# --- "shortly after midday local time on Saturday": a time of day, not another event (1230) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an analysis site
        (
            "A North Korean launch that failed took place near Kusong. The launch was picked up "
            "shortly after midday local time on Saturday, 7 September (03:03 UTC).",
            ("2024-09-07", "03:03"),
        ),
        # a wire
        (
            "The firing of the missile was detected just after midday on Tuesday, the JCS said.",
            ("2024-09-10", ""),
        ),
        # Japan's defence ministry
        (
            "The ministry said the missile launch was tracked soon after midday on Monday.",
            ("2024-09-09", ""),
        ),
        # near miss: after another event, the day stays that event's
        (
            "North Korea fired a missile on Thursday, days after the US and South Korea ended "
            "drills on Monday.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_a_time_of_day_after_after_keeps_the_day(sites, text, expected):
    assert clock(text, sites) == expected


# --- a clock of the missile's path is not its launch (1185, 1187) ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japan's government, quoted
        (
            'North Korea launched a rocket on Thursday. "At 04:00 on September 12 (07:00 pm on '
            'September 11 GMT), a North Korean missile flew towards the Pacific Ocean," the '
            "government said.",
            ("2024-09-12", ""),
        ),
        # a wire
        (
            "North Korea fired a missile on Thursday. At 8:37 a.m., the missile fell into the "
            "sea outside Japan's EEZ.",
            ("2024-09-12", ""),
        ),
        # a tabloid after AFP
        (
            "North Korea launched a satellite rocket on Thursday. The missile is believed to have "
            "passed into the Pacific Ocean around 22:55 (1355 GMT).",
            ("2024-09-12", ""),
        ),
        # J-Alert's hour, hedged
        (
            "North Korea launched a rocket on Thursday. The launch set off emergency alerts in "
            "Japan shortly before 4 a.m. local time (1900 GMT).",
            ("2024-09-12", ""),
        ),
        # near miss: a clock opening the sentence of the launch itself
        (
            "At 6:10 a.m. on Thursday, North Korea fired a ballistic missile toward the sea, the "
            "JCS said.",
            ("2024-09-11", "21:10"),
        ),
    ],
)
def test_a_clock_of_the_path_is_no_launch_time(sites, text, expected):
    assert clock(text, sites) == expected


# --- "the missile lifted off at about 3:17 a.m.": the launch told by the rocket's verb (1225) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nikkei citing Yonhap
        (
            "Early on Thursday North Korea launched what looks like an ICBM. Yonhap, citing the "
            "JCS, reported that the missile lifted off at about 3:17 a.m. from near Pyongsong. "
            "At about 3:18 a.m. on the 12th a ballistic missile was launched, ANN said.",
            ("2024-09-11", "18:17"),
        ),
        # a wire
        (
            "North Korea fired a rocket on Thursday. It blasted off at 9:05 a.m. from Sohae. "
            "Japan said a rocket was launched at around 9:06 a.m.",
            ("2024-09-12", "00:05"),
        ),
        # near miss: with no lift-off, the first launch sentence's clock stands
        (
            "North Korea fired a rocket on Thursday. The rocket was seen near Okinawa at 9:15 "
            "a.m., Japan said. It was launched at around 9:06 a.m., the JCS said.",
            ("2024-09-12", "00:06"),
        ),
    ],
)
def test_a_lift_off_clock_ranks_with_the_launch(sites, text, expected):
    assert clock(text, sites) == expected


# --- the launch's own clause: "that this was the first ... since March" (1173), and after an
# opening "A few days after <other news>," (1238) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UNN after Yonhap
        (
            "On the morning of Thursday, North Korea launched several missiles.\n\nThe report "
            "notes that this was North Korea's first ballistic missile test since March. The JCS "
            "registered the launch of several missiles from Wonsan at about 8:10 a.m. local time.",
            ("2024-09-11", "23:10"),
        ),
        # a wire
        (
            "North Korea fired a missile on Thursday.\n\nOfficials said that this was the first "
            "launch since May. The JCS said it was fired at 6:50 a.m.",
            ("2024-09-11", "21:50"),
        ),
        # near miss: the clause before "since May" tells an older launch
        (
            "North Korea fired a missile on Thursday.\n\nIt had fired none since May. In that "
            "test a missile was fired at 6:50 a.m.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_this_was_the_first_since_is_the_launch(sites, text, expected):
    assert clock(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Newser after Yonhap
        (
            "A few days after South Korea started its war games with the US, North Korea has "
            "fired four suspected short-range missiles toward the sea, a defense official said.",
            ("4", "exact"),
        ),
        # a wire
        (
            "Hours after the US envoy left Seoul, North Korea fired two ballistic missiles into "
            "the East Sea, the JCS said.",
            ("2", "exact"),
        ),
        # KCNA, relayed
        (
            "Days after the party plenum closed, three missiles were launched from Pyongyang, "
            "state media said.",
            ("3", "exact"),
        ),
        # near miss: the main clause recalls an older launch too
        (
            "Two weeks after the drills began, North Korea had fired three missiles last month.",
            ("", ""),
        ),
    ],
)
def test_an_opening_span_after_keeps_the_main_clause(sites, text, expected):
    assert count(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a defence source, quoted by a wire
        (
            'North Korea has fired four missiles. "At first we thought they were an upgraded '
            'version of the KN-02, but we now think they are Scud series missiles," a source said.',
            "",
        ),
        # the JCS
        (
            "North Korea fired a missile on Thursday. The JCS initially believed it was a KN-23.",
            "",
        ),
        # near miss: a belief not said to be a first one
        ("North Korea fired a missile on Thursday. The JCS believed it was a KN-23.", "KN-23"),
    ],
)
def test_a_first_belief_names_no_missile(sites, text, expected):
    assert field(text, sites, "missile_name") == expected


# --- "This satellite image from March 29 shows a missile on the launchpad": a picture's day
# (1242) --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Tampa Bay Times after AP
        (
            "[Photo caption] This satellite image from September 1 shows a missile at the "
            "Sohae launch pad.\n\nNorth Korea launched a long-range rocket this morning.",
            "2024-09-12",
        ),
        # an analysis site
        (
            "Imagery taken on September 3 showed the rocket at the launch pad. North Korea "
            "launched the rocket today, KCNA said.",
            "2024-09-12",
        ),
        # near miss: the launch's own day, written out
        (
            "The rocket shown in the photo was launched on September 10, KCNA said.",
            "2024-09-10",
        ),
    ],
)
def test_a_pictures_day_is_not_the_launch(sites, text, expected):
    assert clock(text, sites)[0] == expected


# --- "a new type of ballistic missile" is one missile; "a firing drill with ... rocket
# launchers" counts the drill (1192, 1182) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aggregator after the Guardian
        (
            "North Korea is reported to have launched a new type of ballistic missile on Thursday.",
            ("1", "exact"),
        ),
        # KCNA
        ("The DPRK test-fired a new kind of strategic cruise missile on Thursday.", ("1", "exact")),
        # Jiji
        (
            "Kim Jong Un on Thursday directed a firing drill with super-large multiple rocket "
            "launchers, state media reported.",
            ("", ""),
        ),
        # the JCS
        (
            "The North carried out a firing exercise with 600mm rockets on Thursday.",
            ("", ""),
        ),
        # near miss: a number of missiles in a drill is still counted
        (
            "North Korea fired two rockets from super-large multiple rocket launchers in a drill "
            "on Thursday.",
            ("2", "exact"),
        ),
    ],
)
def test_a_kind_and_a_drill_in_the_count(sites, text, expected):
    assert count(text, sites) == expected


# --- missiles also fired are a launch of their own (1204) --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Jiji
        (
            "North Korea fired what was presumably a long-range ballistic missile on Thursday "
            "morning. The North also launched what seemed to be two short-range ballistic "
            "missiles from Kaechon at about 8:39 a.m. In addition, three short-range ballistic "
            "missiles were fired from Koksan at night.",
            ("1", "exact"),
        ),
        # a wire
        (
            "North Korea launched an ICBM on Thursday, the JCS said. It also fired two "
            "short-range missiles an hour later.",
            ("1", "exact"),
        ),
        # near miss: the only count told stands
        (
            "North Korea fired missiles on Thursday. It also fired two short-range missiles in "
            "the evening.",
            ("2", "exact"),
        ),
    ],
)
def test_missiles_also_fired_are_another_launch(sites, text, expected):
    assert count(text, sites) == expected


def test_the_helpers_published_day_is_a_thursday():
    assert date(2024, 9, 12).weekday() == 3
