"""Round 19 (fix19a): reporters, launch days and clocks read on 730-766's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.report.drafting import clock, count, field, reporters


# "The isolated regime also launched three missiles on Saturday" (763), "North Korea also
# launched two unidentified missiles ... on January 25" (736): a launch told as an addition to
# the one reported, with a day of its own, is another launch; its day and count are not this
# launch's.
@pytest.mark.parametrize(
    "text",
    [
        "A short-range projectile was fired by North Korea into the sea, the JCS said on "
        "Thursday. According to the military, the North also launched two cruise missiles on "
        "Tuesday.",
        "Pyongyang fires a projectile into the sea\n\nIt was unclear what kind of weapon was "
        "fired. The regime also fired three rockets on Monday, doing no damage.\n\nOn "
        "Thursday North Korea fired a projectile into waters off its east coast, a day after "
        "it fired three rockets there, officials said.",
        "A ballistic missile was fired by North Korea, Japan's defence ministry said on "
        "Thursday. The North also test-launched four projectiles off its west coast on "
        "Sept. 9.",
    ],
)
def test_a_launch_added_with_its_own_day_is_another(sites, text):
    assert clock(text, sites) == ("2024-09-12", "")
    assert count(text, sites) == ("1", "exact")


def test_an_added_missile_with_no_day_of_its_own_is_this_launch(sites):
    # Near miss: "also fired" with no day is more of this launch.
    text = (
        "North Korea fired a short-range ballistic missile on Thursday, the military said. "
        "It also fired a second missile an hour later."
    )
    assert clock(text, sites) == ("2024-09-12", "")


# "A mock North Korean Scud-B missile ... is displayed" (763's caption): a model's name is no
# launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a projectile on Thursday. [Photo caption: A mock North Korean "
        "Scud-B missile is displayed at the War Memorial in Seoul.]",
        "North Korea fired a projectile on Thursday. A replica Nodong missile stands at a "
        "museum in Seoul.",
    ],
)
def test_a_mock_missile_names_nothing(sites, text):
    assert field(text, sites, "missile_name") == ""


def test_a_named_missile_beside_a_model_word_elsewhere_is_named(sites):
    # Near miss: the launch's own name, a model mentioned apart from it.
    text = (
        "North Korea fired a Scud-B missile on Thursday. A mock rocket was shown at a museum "
        "in Seoul."
    )
    assert field(text, sites, "missile_name") == "Scud-B"


# "At 12:30 p.m., North Korea announced that it had successfully launched a long-range rocket"
# (754), "At around 8 a.m. the Joint Chiefs of Staff announced that ..." (696): a clock opening
# a sentence whose subject then speaks is the statement's time, not the launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a rocket on Thursday. At 3:15 p.m., the North's state media "
        "announced that it had successfully launched a new satellite carrier.",
        "North Korea fired a missile on Thursday. At around 7 a.m. the Joint Chiefs of Staff "
        "said that the North had launched a ballistic missile into the East Sea.",
        "North Korea launched a missile on Thursday. Shortly after 10 a.m. local time, Japan's "
        "defence ministry reported the missile had fallen outside its waters.",
    ],
)
def test_a_clock_opening_a_statement_is_not_the_launch_clock(sites, text):
    assert clock(text, sites) == ("2024-09-12", "")


def test_the_launch_clock_beside_a_statement_clock_stays(sites):
    text = (
        "The rocket lifted off at about 9:30 a.m. on Thursday, the military said. At 12:30 "
        "p.m., North Korea announced that it had put a satellite into orbit."
    )
    assert clock(text, sites) == ("2024-09-12", "00:30")


def test_a_clock_opening_a_launch_told_then_attributed_stays(sites):
    # Near miss: the launch verb comes before the speaking verb.
    text = "At 6:10 a.m. on Thursday North Korea fired a ballistic missile, the JCS said."
    assert clock(text, sites) == ("2024-09-11", "21:10")


FRIDAY = date(2024, 9, 13)


# "North Korea fires 2 missiles ... Updated: 2014-07-14 07:14:47 KST" (758): a page's stamp set
# into its title line is the day the page was filed, not a launch day.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fires two missiles near border Updated: 2024-09-13 08:02:11 KST\n\n"
        "North Korea launched two short-range ballistic missiles on Thursday, the first at "
        "5:10 a.m. and the second at 5:20.",
        "N. Korea test-fires missiles Posted: Sept. 13, 2024\n\nNorth Korea fired two "
        "short-range missiles on Thursday, the first at 5:10 a.m.",
        "North Korea launches ballistic missiles, last updated on Sept. 13, 2024\n\nThe North "
        "fired two ballistic missiles on Thursday, the first at 5:10 a.m., the JCS said.",
    ],
)
def test_a_page_stamp_in_a_title_is_no_launch_day(sites, text):
    assert clock(text, sites, FRIDAY) == ("2024-09-11", "20:10")


def test_a_launch_day_in_a_title_stays(sites):
    # Near miss: the title dates the launch itself.
    text = (
        "North Korea fires two missiles on Sept. 11, 2024\n\nThe North fired two short-range "
        "ballistic missiles into the sea, the JCS said."
    )
    assert clock(text, sites, FRIDAY) == ("2024-09-11", "")


# "according to military officials from South Korea and Japan" (741): each country's military,
# in the order named, as "military officials in South Korea and Japan" already is.
@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "A missile was fired by North Korea on Thursday, according to military officials "
            "from South Korea and Japan.",
            "JCS;Japan MOD",
        ),
        (
            "North Korea fired a ballistic missile on Thursday, military sources from Japan and "
            "South Korea said.",
            "Japan MOD;JCS",
        ),
        (
            "North Korea fired a ballistic missile on Thursday, military authorities from Seoul "
            "and Tokyo said.",
            "JCS;Japan MOD",
        ),
    ],
)
def test_military_officials_from_both_countries_cite_both(sites, text, cited):
    assert reporters(text, sites) == cited


def test_defence_officials_from_both_countries_are_no_military(sites):
    # Near miss: defence officials are not the JCS.
    text = (
        "North Korea fired a ballistic missile on Thursday, defence officials from South Korea "
        "and Japan said."
    )
    assert reporters(text, sites) == ""


# "According to the state-run Korea Central News Agency" (738): the agency's name as many
# outlets write it.
@pytest.mark.parametrize(
    "text",
    [
        "According to the state-run Korea Central News Agency, the North fired two guided "
        "missiles on Thursday.",
        "North Korea fired two missiles on Thursday, the Korea Central News Agency reported.",
    ],
)
def test_the_korea_central_news_agency_is_kcna(sites, text):
    assert reporters(text, sites) == "KCNA"


def test_the_agency_on_something_else_is_not_cited(sites):
    # Near miss: the agency speaking of no launch.
    text = (
        "North Korea fired a missile on Thursday, the JCS said. The Korea Central News Agency "
        "said Kim Jong Un had inspected a farm."
    )
    assert reporters(text, sites) == "JCS"


# "The missile North Korea launched this week was 'more advanced' than the one in its previous
# test, ... the South Korean military says" (739): this launch measured against the one before,
# not a recollection of it.
@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "North Korea's latest missile reached Mach 10: Seoul\n\nSEOUL -- The missile North "
            "Korea launched this week was faster than the one in its previous test, the South "
            "Korean military says.",
            "JCS",
        ),
        (
            "Missile flew farther, Tokyo says\n\nThe missile North Korea fired this week flew "
            "farther than the missiles launched in its last test, Japan's defence ministry said.",
            "Japan government;Japan MOD",
        ),
        (
            "North Korea fired a missile on Thursday that flew higher than the missiles fired in "
            "the North's last launch, Japan's defence ministry said.",
            "Japan MOD",
        ),
    ],
)
def test_a_launch_compared_with_the_one_before_is_this_launch(sites, text, cited):
    assert reporters(text, sites) == cited


def test_the_previous_test_told_is_still_recalled(sites):
    # Near miss: the previous test told in its own right.
    text = (
        "North Korea fired a missile on Thursday. In its previous test, the North launched a "
        "missile that flew 700 km, the South Korean military said."
    )
    assert reporters(text, sites) == ""


# "[Caption: ... a news report on North Korea's latest missile launch on Jan. 11. (c) AP] ...
# SEOUL -- The missile ..., the South Korean military says." (739): a bracketed caption ends at
# its "]"; the story a page runs on in the same paragraph cites as the story.
@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "[Photo caption: People watch a TV news report on the launch on Thursday. (c) AP] "
            "SEOUL -- The missile North Korea launched on Thursday flew about 700 km, South "
            "Korea's military said.",
            "JCS",
        ),
        (
            "[Caption: A TV screen shows the launch. Credit: Yonhap] North Korea fired a "
            "ballistic missile on Thursday, Japan's defence ministry said.",
            "Japan MOD",
        ),
    ],
)
def test_the_story_after_a_bracketed_caption_cites(sites, text, cited):
    assert reporters(text, sites) == cited


def test_a_body_inside_a_bracketed_caption_is_not_cited(sites):
    # Near miss: the body is named inside the caption.
    text = (
        "[Photo caption: People watch a TV report of the launch, which South Korea's military "
        "said flew 700 km. (c) AP]\n\nNorth Korea fired a missile on Thursday."
    )
    assert reporters(text, sites) == ""


# "one blows up in flight", "may have blown up in the air", "seems to have exploded in
# mid-flight" (753): a flight blowing up, told in the present, the participle or "in mid-flight".
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fires two missiles, one blows up in flight\n\nNorth Korea fired two "
        "ballistic missiles on Thursday, the JCS said.",
        "North Korea fired a ballistic missile on Thursday, but it may have blown up in the air "
        "before reaching its target, officials said.",
        "North Korea fired a missile on Thursday that appears to have exploded in mid-flight, "
        "Japan's defence ministry said.",
    ],
)
def test_a_flight_that_blows_up_is_a_failure(sites, text):
    assert field(text, sites, "outcome") == "failure"


def test_a_building_blown_up_is_no_failed_launch(sites):
    # Near miss: something else blown up.
    text = (
        "North Korea fired a ballistic missile on Thursday, months after it had blown up the "
        "liaison office near the border."
    )
    assert field(text, sites, "outcome") == ""


# "did not enter Japanese waters or the country's exclusive economic zone, according to Tokyo's
# defence ministry" (745): Japan's waters denied with its zone.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two missiles on Thursday. The missiles did not enter Japanese waters "
        "or the country's exclusive economic zone, according to Tokyo's defence ministry.",
        "North Korea fired a missile on Thursday. It did not reach Japan's waters or its "
        "exclusive economic zone, the Japanese government said.",
    ],
)
def test_japanese_waters_denied_with_the_zone_are_outside(sites, text):
    assert field(text, sites, "japan_eez") == "outside"


def test_the_zone_not_confirmed_gives_no_verdict(sites):
    # Near miss: not yet known.
    text = (
        "North Korea fired a missile on Thursday. It is not yet known whether it entered "
        "Japanese waters or the country's exclusive economic zone, Tokyo said."
    )
    assert field(text, sites, "japan_eez") == ""


# "North Korea has carried out three other missile tests in under two weeks. ... It said two of
# them involved single 'hypersonic missiles' ..., while Friday's test involved a pair of
# short-range ballistic missiles fired from train cars." (737): other launches counted, then
# told one by one ("of them", "among those"), are older launches; their days are not this one's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two short-range missiles from an airport in Pyongyang, the South "
        "Korean military said. Japan also reported the Thursday launch.\n\nNorth Korea has "
        "carried out three other missile tests in under two weeks. It said two of them involved "
        "hypersonic missiles, while Monday's test involved a pair of missiles fired from train "
        "cars.",
        "North Korea launched a ballistic missile toward the sea, Seoul said. Tokyo also "
        "confirmed the Thursday launch.\n\nThe North conducted four other weapons tests in "
        "recent weeks. Among them, two cruise missiles were fired on Monday.",
        "Two ballistic missiles were fired by North Korea, the JCS said. Japan also reported the "
        "Thursday launch.\n\nPyongyang has staged two other launches this month. One of those, "
        "on Sept. 3, fired a missile over Japan.",
    ],
)
def test_other_launches_told_one_by_one_are_older(sites, text):
    assert clock(text, sites, FRIDAY) == ("2024-09-12", "")


def test_a_launch_told_after_a_count_of_others_keeps_its_day(sites):
    # Near miss: no "of them": the sentence after the count tells the launch itself.
    text = (
        "North Korea has carried out three other tests this month. On Thursday, it fired two "
        "ballistic missiles, the JCS said."
    )
    assert clock(text, sites, FRIDAY) == ("2024-09-12", "")


# "North Korea said today that the latest test-firing of its 'super-large' multiple rocket
# launcher was a final review" (749), "North Korea said on Sunday that it had launched an ICBM
# the day before" (296): the North's own dated statement on the launch is its state media's.
@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "North Korea said on Friday that the latest test of its new rocket launcher was a "
            "success. South Korea's military said the North fired two projectiles on Thursday.",
            "KCNA;JCS",
        ),
        (
            "Pyongyang said Friday that it had successfully launched a new missile the day "
            "before, Japan's defence ministry having reported the launch.",
            "KCNA;Japan MOD",
        ),
        (
            "The North said today that its launch of a ballistic missile was routine, while the "
            "JCS said the missile flew 300 km.",
            "KCNA;JCS",
        ),
    ],
)
def test_the_norths_dated_statement_on_the_launch_is_kcna(sites, text, cited):
    assert reporters(text, sites) == cited


def test_the_north_speaking_of_something_else_is_not_cited(sites):
    # Near miss: the North's word on talks, not the launch.
    text = (
        "North Korea fired a missile on Thursday, the JCS said. North Korea said on Friday that "
        "talks with Washington were dead."
    )
    assert reporters(text, sites) == "JCS"
