"""Round 14 (fix14b): launch days, clocks, counts and verdicts read on 530-569's misses.

Each cause is tried in several outlets' phrasings, written for these tests, with a near miss that
must not trigger it.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.report.dateline import find_dateline
from core.report.text import split_sentences
from tests.core.report.drafting import cells, clock, count

# Thursday 12 September 2024, the drafting helpers' day.
PUBLISHED = date(2024, 9, 12)


# A caption a page labels as one ("Photo caption: ...") tells its picture's day, not the launch's.
@pytest.mark.parametrize(
    "text",
    [
        "Photo caption: Kim Jong Un watches the launch of a Hwasong-18 missile on July 12, 2024. "
        "(KCNA)\n\nNorth Korea fired a ballistic missile toward the East Sea on Thursday, South "
        "Korea's Joint Chiefs of Staff said.",
        "[Image caption: A TV screen in Tokyo shows a news report of a North Korean missile "
        "launch, August 28, 2024.]\n\nSEOUL - North Korea launched a short-range ballistic "
        "missile on Thursday morning, the South Korean military said.",
        "Caption: Missiles fired on 25 June 2024 during a drill, in a picture released by state "
        "media.\n\nPyongyang test-fired a ballistic missile into the sea on Thursday, Japan's "
        "defence ministry said.",
    ],
)
def test_a_labelled_captions_day_is_its_pictures(sites, text):
    assert clock(text, sites) == ("2024-09-12", "")


def test_a_sentence_about_captions_is_no_caption(sites):
    # Near miss: "Photo captions" opening a story's sentence, no label's colon: its day stands.
    text = (
        "North Korea conducted a missile test.\n\nPhoto captions in state media said North Korea "
        "fired the new missile on September 8 from a site near Pyongyang."
    )
    assert clock(text, sites)[0] == "2024-09-08"


# A wire's dateline without its place ("Sept. 11 (UPI) --"): the filing day, which the lead's
# weekday counts from; it is not the launch's own day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sept. 12 (UPI) -- North Korea fired a ballistic missile early on Friday, local "
            "time, South Korea's military said. The launch came at about 6:40 a.m.",
            ("2024-09-12", "21:40"),
        ),
        (
            "Sep 11 (Reuters) - North Korea launched a short-range missile on Thursday, the "
            "South Korean military said.",
            ("2024-09-12", ""),
        ),
        (
            "September 11 (AFP): Pyongyang test-fired two missiles into the sea on Thursday, "
            "according to Japan's defence ministry.",
            ("2024-09-12", ""),
        ),
    ],
)
def test_an_agency_dateline_is_the_filing_day(sites, text, expected):
    assert clock(text, sites) == expected


# A page's date opening the lead with a dash ("Thursday, July 13, 2023 - North Korea has fired
# ..."): the filing day too, so a day the story gives its launch comes first.
@pytest.mark.parametrize(
    "text",
    [
        "Thursday, September 12, 2024 - North Korea has fired another ballistic missile. The "
        "launch happened on Wednesday, South Korea's military said.",
        "12 September 2024 - Pyongyang has launched a ballistic missile toward the East Sea. "
        "Officials said the launch was carried out late on Wednesday.",
        "September 12, 2024 -- North Korea has fired a missile off its east coast. The JCS said "
        "the missile was fired on Wednesday evening.",
    ],
)
def test_a_dated_leads_date_is_the_filing_day(sites, text):
    assert clock(text, sites)[0] == "2024-09-11"


@pytest.mark.parametrize(
    "line",
    [
        # A sentence opened by its day, no dash: "On Thursday, ..." or none at all.
        "Thursday, September 12, North Korea fired a ballistic missile.",
        "On Thursday, September 12, 2024 - a day of drills - North Korea fired a missile.",
        # A page's stamp: a clock follows the dash.
        "September 12, 2024 - 10:42",
        # A day with a bracket that names no agency and no dash.
        "Sept. 10 (Tuesday) North Korea fired a missile, Seoul said.",
    ],
)
def test_a_lines_opening_day_is_no_dateline(line):
    assert find_dateline(split_sentences(line)[0], PUBLISHED) is None


# "The launch took place early on Wednesday, only days after the North accused the US of
# spying": the launch's day stands before the recollection the sentence goes on to.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea has fired a ballistic missile into the sea. The military said the launch "
        "came early on Wednesday, days after the North threatened the South over leaflets.",
        "Pyongyang has test-fired another missile. The test took place on Wednesday morning, a "
        "week after Kim Jong Un visited a munitions factory, Seoul said.",
        "North Korea has launched a ballistic missile, Japan said. The firing, early on "
        "Wednesday, came two days after the United States and South Korea began drills.",
    ],
)
def test_a_launch_day_told_before_a_recollection_stands(sites, text):
    assert clock(text, sites)[0] == "2024-09-11"


def test_a_day_before_a_recollection_that_tells_no_launch_is_not_taken(sites):
    # Near miss: the day opens a clause about drills; the launch itself has no day.
    text = (
        "On Tuesday, days after North Korea launched a cruise missile, Seoul and Washington "
        "began drills. North Korea fired a ballistic missile, the JCS said."
    )
    assert clock(text, sites)[0] == "2024-09-12"


# "(2045 and 2140 GMT Monday)": a pair of four-digit clocks sharing one zone is two clocks (not the
# year 2045), and the launches began at the first.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired two ballistic missiles on Thursday, the JCS said. A JCS official "
            "said the missiles were launched from near Pyongyang between 5:20 a.m. and 5:45 a.m. "
            "(2020 and 2045 GMT Wednesday).",
            ("2024-09-11", "20:20"),
        ),
        (
            "Pyongyang launched two missiles early on Thursday, Japan said. The missiles were "
            "fired at 0610 and 0625 KST from the east coast, officials said.",
            ("2024-09-11", "21:10"),
        ),
        (
            "North Korea test-fired three short-range missiles on Thursday. They were launched "
            "from Wonsan (1930 to 1950 UTC on Wednesday), according to Seoul.",
            ("2024-09-11", "19:30"),
        ),
    ],
)
def test_a_pair_of_zoned_four_digit_clocks_opens_at_the_first(sites, text, expected):
    assert clock(text, sites) == expected


def test_a_pair_of_years_is_no_clock(sites):
    # Near miss: two years joined by "and" before no zone are years, not clocks.
    text = (
        "North Korea fired a missile at 7:10 a.m. (2210 GMT Wednesday) on Thursday, the JCS "
        "said. Its launches rose sharply between 2022 and 2023."
    )
    assert clock(text, sites) == ("2024-09-11", "22:10")


# "at 4:43 p.m. U.S. central daylight time (2143 GMT) on Wednesday": the day after the bracket is
# the US clock's, and the UTC clock's too (neither passes midnight), not Korea's day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. military said North Korea fired a missile. It tracked the launch at 4:05 "
            "p.m. Eastern Daylight Time (2005 GMT) on Wednesday.",
            ("2024-09-11", "20:05"),
        ),
        (
            "U.S. Strategic Command said it detected the launch of a missile at 9:30 a.m. U.S. "
            "Pacific daylight time (1630 GMT) on Wednesday.",
            ("2024-09-11", "16:30"),
        ),
        (
            "North Korea launched a ballistic missile at 11:20 a.m. Central Daylight Time "
            "(16:20 UTC), Wednesday, the Pentagon said.",
            ("2024-09-11", "16:20"),
        ),
    ],
)
def test_a_us_clocks_day_after_its_utc_bracket_is_the_utc_day(sites, text, expected):
    assert clock(text, sites) == expected


def test_a_korean_clocks_day_after_its_utc_bracket_is_koreas(sites):
    # Near miss: the clock before the bracket is Korea's, so its day is Korea's (the UTC day is
    # the one before).
    text = "North Korea fired a missile at 6:40 a.m. local time (2140 GMT) on Thursday, Seoul said."
    assert clock(text, sites) == ("2024-09-11", "21:40")


# "initial indications show the tests were not successful": a failure told by its negation.
@pytest.mark.parametrize(
    "text",
    [
        "U.S. Strategic Command said North Korea's attempt to launch an intermediate-range "
        "missile on Thursday had not been successful.",
        "North Korea fired a ballistic missile on Thursday, but the launch was not a success, "
        "South Korean officials said.",
        "Pyongyang test-fired a new rocket on Thursday; it did not succeed, according to Seoul.",
    ],
)
def test_a_launch_told_as_not_successful_failed(sites, text):
    assert cells(text, PUBLISHED, sites)["outcome"] == "failure"


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: the question asked, and an earlier attempt's failure.
        "North Korea fired a missile on Thursday; it was not clear whether the launch was "
        "successful.",
        "North Korea fired a missile on Thursday. Earlier attempts to fly the type had not been "
        "successful.",
    ],
)
def test_a_success_asked_about_or_an_older_failure_is_no_verdict(sites, text):
    assert cells(text, PUBLISHED, sites)["outcome"] == ""


# "at first said four missiles had been fired, but later corrected the number to one missile":
# the corrected count stands.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired missiles on Thursday, the JCS said. A JCS official at first said "
            "three missiles had been launched but later revised the count to two missiles.",
            ("2", "exact"),
        ),
        (
            "Japan's defence ministry initially reported that two ballistic missiles were fired "
            "on Thursday, but later corrected that to one missile.",
            ("1", "exact"),
        ),
        (
            "Officials first said four rockets were launched on Thursday, then lowered the "
            "figure to three rockets.",
            ("3", "exact"),
        ),
    ],
)
def test_a_corrected_count_stands(sites, text, expected):
    assert count(text, sites) == expected


def test_a_later_assessment_of_one_missile_is_no_correction(sites):
    # Near miss: the update tells of one of the missiles, not a corrected count.
    text = (
        "North Korea fired two ballistic missiles on Thursday, the JCS said, and later updated "
        "its assessment to say one missile flew about 600 km."
    )
    assert count(text, sites) == ("2", "exact")


# "North Korea launches two ballistic missiles" set into the prose as a line of its own: another
# story's title; the story's own count comes first.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Thursday, South Korea's military said.\n\n"
        "North Korea launches three cruise missiles\n\nThe launch was the latest in a series "
        "of tests.",
        "Japan said Pyongyang test-fired a missile into the sea on Thursday.\n\nRELATED: Kim "
        "oversees firing of four rockets\n\nThe missile flew 300 km, officials said.",
        "Pyongyang fired a missile toward the East Sea on Thursday, the JCS said.\n\nN. Korea "
        "fires two SRBMs off east coast\n\nThe missile flew about 350 km.",
    ],
)
def test_another_storys_title_set_into_the_prose_does_not_count(sites, text):
    assert count(text, sites) == ("1", "exact")


def test_a_short_line_gives_the_count_where_the_prose_gives_none(sites):
    # Near miss: the prose states no count, so the line's stands.
    text = (
        "Seoul said North Korea fired on Thursday.\n\nTwo missiles fired from the coast\n\n"
        "Officials gave no further details."
    )
    assert count(text, sites) == ("2", "exact")


# "the Freedom Shield exercise, scheduled from Monday through March 23": the day an event is set
# for is not the launch's.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile, the JCS said. The launch came as the allies "
        "prepared for drills scheduled from Monday through Sept. 27.",
        "Pyongyang launched a missile toward the sea, Japan said. The firing came ahead of joint "
        "exercises due to start on Monday.",
        "North Korea test-fired a missile, Seoul said, before a summit on the launch set for "
        "Tuesday in Tokyo.",
    ],
)
def test_a_day_an_event_is_set_for_is_not_the_launch_day(sites, text):
    assert clock(text, sites)[0] == "2024-09-12"


def test_a_launch_set_off_on_its_day_keeps_it(sites):
    # Near miss: "set off on Monday" tells the launch, not a schedule.
    text = "The missile was set off on Monday from a site near Pyongyang, the JCS said."
    assert clock(text, sites)[0] == "2024-09-09"


# "Friday 10 March 2023 - 03:21" over "detected the launch ... at 6:20 p.m.", no day stated: the
# page was written before that evening, so the launch was the day before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 September 2024 - 02:10\n\nThe JCS said it detected a ballistic missile launched "
            "from the Pyongyang area at 9:40 p.m., without giving more details.",
            ("2024-09-11", "12:40"),
        ),
        (
            "Thursday, September 12, 2024, 01:05 GMT\n\nNorth Korea fired a short-range "
            "ballistic missile at 7:15 p.m., South Korea's military said.",
            ("2024-09-11", "10:15"),
        ),
        (
            "September 12, 2024 08:30 KST\n\nNorth Korea fired a ballistic missile at 11:50 "
            "p.m., the JCS said.",
            ("2024-09-11", "14:50"),
        ),
    ],
)
def test_a_launch_clock_after_the_pages_stamp_is_the_day_before(sites, text, expected):
    assert clock(text, sites) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: a morning launch before the stamp's hour, and a US desk's stamp.
        (
            "12 September 2024 - 14:10\n\nThe JCS said North Korea fired a missile at 7:10 a.m.",
            ("2024-09-11", "22:10"),
        ),
        (
            "September 12, 2024 at 6:38 AM CDT\n\nNorth Korea fired a missile at 7:50 p.m., "
            "Japan said.",
            ("2024-09-12", "10:50"),
        ),
    ],
)
def test_a_launch_clock_the_stamp_does_not_precede_keeps_the_pages_day(sites, text, expected):
    assert clock(text, sites) == expected


# "North Korea Fires Short-Range Ballistic Missile toward Yellow Sea" over a story that states no
# count ("detected the launch"): a title drops the article of its one missile.
@pytest.mark.parametrize(
    "text",
    [
        "North Korea Fires Short-Range Ballistic Missile Toward East Sea\n\nThe JCS said it had "
        "detected the launch from the Sunan area, without giving details.",
        "Pyongyang test-fires new strategic cruise missile: KCNA\n\nState media said the test "
        "was a success.",
        "N. Korea launches ballistic missile off east coast, Seoul says\n\nSouth Korea's "
        "military said it detected the launch on Thursday morning.",
    ],
)
def test_a_titles_missile_without_its_article_is_one(sites, text):
    assert count(text, sites) == ("1", "exact")


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: missiles in the plural, and a test of a missile's engine.
        "North Korea fires missiles into the sea\n\nThe JCS said it detected the launches.",
        "North Korea tests missile engine at Sohae\n\nState media said the test succeeded.",
    ],
)
def test_a_titles_plural_or_untold_missile_gives_no_count(sites, text):
    assert count(text, sites) == ("", "")
