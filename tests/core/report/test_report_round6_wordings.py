"""Round 6 probes: outlets' usual wordings of dates, clocks, counts and sources that the corpus
lacked, each found failing before its rule was written.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.report.clock import is_stamp_line
from tests.core.report.drafting import cells

LEAD = "North Korea fired a ballistic missile on Monday"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("North Korea fired a ballistic missile on 2025-03-10.", date(2025, 3, 11), "2025-03-10"),
        (
            "The JCS said in a statement Tuesday that the North fired a ballistic missile a day "
            "earlier.",
            date(2025, 3, 11),
            "2025-03-10",
        ),
        (
            "The JCS said in a text message to reporters on Tuesday that the North had fired a "
            "ballistic missile on Monday.",
            date(2025, 3, 11),
            "2025-03-10",
        ),
        (
            "North Korea fired a ballistic missile Sunday night U.S. time, which was Monday "
            "morning in Seoul.",
            date(2025, 3, 9),
            "2025-03-10",
        ),
        (
            "North Korea said on Thursday it had successfully tested a new cruise missile the day "
            "before.",
            date(2025, 3, 14),
            "2025-03-12",
        ),
        (
            "KCNA reported on Thursday that Kim Jong Un had watched the test the previous day.",
            date(2025, 3, 14),
            "2025-03-12",
        ),
        (
            "SEOUL, March 13 (Reuters) - North Korea fired a ballistic missile on Wednesday, the "
            "JCS said.",
            date(2025, 3, 14),
            "2025-03-12",
        ),
    ],
)
def test_dates_in_outlets_wordings(sites, text, published, day):
    assert cells(text, published, sites)["date_utc"] == day


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        (f"{LEAD} at 0720 hours.", "22:20"),
        (f"{LEAD} at 0720 hours KST.", "22:20"),
        (f"{LEAD} at 7.20am.", "22:20"),
        (f"{LEAD}. Residents were told to take shelter at 7:55 a.m.", ""),
        (f"{LEAD}. The evacuation order was lifted at 8:16 a.m.", ""),
        (f"{LEAD}. Kishida told reporters at 8:30 a.m. that no damage was reported.", ""),
        (f"{LEAD}. The first went up at around 7:20 a.m.", "22:20"),
        (f"{LEAD}. The attempt came at 7:20 a.m., the military said.", "22:20"),
    ],
)
def test_clocks_of_the_launch_and_of_other_things(sites, text, clock):
    assert cells(text, date(2025, 3, 10), sites)["time_utc"] == clock


@pytest.mark.parametrize(
    ("sentence", "count", "qualifier"),
    [
        ("North Korea fired several rounds of ballistic missiles on Monday.", "2", "vague"),
        ("North Korea fired four rounds of 600-mm rockets on Monday.", "4", "exact"),
        ("North Korea fired roughly 10 ballistic missiles on Monday.", "10", "approximately"),
        ("North Korea fired nearly 10 ballistic missiles on Monday.", "10", "approximately"),
        ("North Korea fired an estimated 10 short-range missiles.", "10", "approximately"),
        ("North Korea fired 'several' ballistic missiles on Monday.", "2", "vague"),
        (
            "North Korea fired a barrage of missiles on Monday. The JCS said the missiles "
            "numbered around 10.",
            "10",
            "approximately",
        ),
        (
            "North Korea launched two ballistic missiles and a cruise missile on Monday.",
            "3",
            "exact",
        ),
        (
            "North Korea fired two SRBMs and one cruise missile on Monday.",
            "3",
            "exact",
        ),
        (
            "Before Monday's launch, Pyongyang had carried out 15 tests involving 22 missiles. "
            "North Korea fired a ballistic missile on Monday.",
            "1",
            "exact",
        ),
    ],
)
def test_counts_in_outlets_wordings(sites, sentence, count, qualifier):
    got = cells(sentence, date(2025, 3, 10), sites)
    assert (got["count"], got["count_qualifier"]) == (count, qualifier)


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        (f"{LEAD}, South Korea's armed forces said.", "JCS"),
        (
            f"{LEAD}, the JCS said. North Korean state media did not immediately report the "
            "launch.",
            "JCS",
        ),
        (f"{LEAD}, the JCS said. North Korea's state media has yet to comment.", "JCS"),
        (
            f"{LEAD}, Kyodo News reported, citing government sources in Tokyo.",
            "Japan government",
        ),
        (f"{LEAD}, the JCS and Japan's Defense Ministry said.", "JCS;Japan MOD"),
        (f"{LEAD}, South Korea's defence ministry said.", ""),
    ],
)
def test_sources_in_outlets_wordings(sites, text, reporters):
    assert cells(text, date(2025, 3, 10), sites)["reporters"] == reporters


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile on Monday, after firing four cruise missiles on "
        "Friday, the JCS said.",
        "North Korea fired a ballistic missile on Monday, its first launch since Jan. 6, "
        "according to the JCS.",
        "North Korea fired a ballistic missile on Monday. It was the first launch since three "
        "missiles were fired on Feb. 2, the JCS said.",
        "North Korea fired a ballistic missile on Monday, days after it fired cruise missiles, "
        "South Korea's military said.",
    ],
)
def test_the_attribution_closing_a_sentence_cut_at_a_recollection(sites, text):
    got = cells(text, date(2025, 3, 10), sites)
    assert (got["reporters"], got["count"], got["date_utc"]) == ("JCS", "1", "2025-03-10")


@pytest.mark.parametrize(
    "wording",
    [
        "It fired eight missiles last month.",
        "Last week, Japan's Defense Ministry said the North had fired a cruise missile.",
        "The launch comes a week after North Korea fired four cruise missiles, KCNA said.",
        "The North fired 23 missiles on Nov. 2, 2022, its most in a day.",
        "South Korea's military fired two Hyunmoo missiles in response on Tuesday.",
        "North Korea's last ballistic missile launch, of three SRBMs, was on Jan. 6.",
    ],
)
def test_other_launches_give_neither_count_nor_source(sites, wording):
    text = (
        f"North Korea fired two short-range ballistic missiles on Monday, the JCS said. {wording}"
    )
    got = cells(text, date(2025, 3, 10), sites)
    assert (got["count"], got["reporters"], got["date_utc"]) == ("2", "JCS", "2025-03-10")


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (f"{LEAD} at 2:30 in the afternoon.", "time_utc", "05:30"),
        (f"{LEAD} at 10:30 at night.", "time_utc", "13:30"),
        ("North Korea fired a flurry of missiles on Monday.", "count_qualifier", "vague"),
        ("North Korea fired dozens of artillery rockets on Monday.", "count_qualifier", "vague"),
        ("North Korea fired a handful of short-range missiles.", "count_qualifier", "vague"),
        (f"{LEAD}, followed by a second about 20 minutes later.", "count", "2"),
        (f"{LEAD} and then another from the same area.", "count", "2"),
        (f"{LEAD}, Japan's defense chief said.", "reporters", "Japan MOD"),
        (f"{LEAD}, Japanese Minister of Defense Gen Nakatani said.", "reporters", "Japan MOD"),
    ],
)
def test_more_wordings_of_clocks_counts_and_sources(sites, text, field, value):
    assert cells(text, date(2025, 3, 10), sites)[field] == value


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # With no launch day, the day of the lead's statement, not the page's later date.
        (
            "North Korea fired a ballistic missile off its east coast overnight, South Korea's "
            "military said on Monday.",
            date(2025, 3, 11),
            "2025-03-10",
        ),
        (
            "North Korea launched two missiles, the JCS said Monday.",
            date(2025, 3, 12),
            "2025-03-10",
        ),
        # A US desk's page dated the day before Korea's dateline.
        (
            "December 30, 2022 - 06:20 pm EST\n\nSEOUL, Dec 31 (Reuters) - North Korea launched a "
            "ballistic missile, the Yonhap news agency reported on Saturday.",
            date(2022, 12, 30),
            "2022-12-31",
        ),
    ],
)
def test_statement_days_and_a_us_desks_dateline(sites, text, published, day):
    assert cells(text, published, sites)["date_utc"] == day


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "The Japanese MOD said North Korea launched a ballistic missile on January 14.",
            "reporters",
            "Japan MOD",
        ),
        ("North Korea launched two KN-25 rounds on January 14.", "count", "2"),
        (
            "North Korea fired six rounds from its 600mm super-large multiple rocket launcher on "
            "January 14.",
            "count",
            "6",
        ),
        ("North Korea fired a salvo of six 600mm rockets on January 14.", "count", "6"),
        ("North Korea fired some 60 rounds of artillery shells on January 14.", "count", ""),
        ("North Korea test-fired a Hwasong-16B on January 14.", "date_utc", "2025-01-14"),
        (
            "The DPRK fired four Hwasal-2 strategic cruise missiles on Tuesday, KCNA said.",
            "count",
            "4",
        ),
    ],
)
def test_kcna_and_analysis_site_wordings(sites, text, field, value):
    assert cells(text, date(2025, 1, 15), sites)[field] == value


@pytest.mark.parametrize(
    ("top", "day"),
    [
        ("January 14, 2025", "2025-01-14"),
        ("Published: 14 Jan 2025", "2025-01-14"),
        ("2025-01-14 10:21", "2025-01-14"),
        ("Updated: Jan. 14, 2025 11:02 KST", "2025-01-14"),
    ],
)
def test_a_page_date_at_the_top_counts_the_weekdays(sites, top, day):
    # Pasted with the publication date left at today.
    text = f"{top}\n\nNorth Korea fired a ballistic missile on Tuesday, the JCS said."
    assert cells(text, date(2026, 12, 3), sites)["date_utc"] == day


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Monday, August 31, 1998; 2:20 a.m. EDT", True),
        ("09:54 AM ET", True),
        ("Updated: Jan. 14, 2025 11:02 KST", True),
        ("Date/Time: 2012-04-12 2239 UTC", False),  # a launch record's field
        ("Fire at 07:20 KST", False),
        ("Launched at 07:20 KST on March 10", False),
    ],
)
def test_a_stamp_line_is_only_a_date_and_a_clock(line, stamp):
    assert is_stamp_line(line) is stamp


@pytest.mark.parametrize(
    ("text", "published", "day", "clock"),
    [
        (
            "According to the Ministry of Defense, one ballistic missile launched from North "
            "Korea at around 7:22 a.m. on the 4th passed over the Tohoku region.",
            date(2022, 10, 5),
            "2022-10-03",
            "22:22",
        ),
        (
            "North Korea fired a missile on the 28th, the ministry said.",
            date(2022, 10, 3),
            "2022-09-28",
            "",
        ),
        (
            "North Korea launched at least one ballistic missile at around 7:44 a.m. today "
            "(Tuesday), the Ministry of Defense said.",
            date(2024, 11, 5),
            "2024-11-04",
            "22:44",
        ),
    ],
)
def test_japanese_ministry_days_of_the_month(sites, text, published, day, clock):
    got = cells(text, published, sites)
    assert (got["date_utc"], got["time_utc"]) == (day, clock)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("North Korea fired a ballistic missile at 2222Z on March 9.", "22:22"),
        (f"{LEAD} at 07.22 local time.", "22:22"),
        (f"{LEAD} at 07:22 (local).", "22:22"),
        (
            "North Korea fired a ballistic missile at 7:22 a.m. Korea Standard Time on Monday.",
            "22:22",
        ),
    ],
)
def test_more_clock_formats(sites, text, clock):
    got = cells(text, date(2025, 3, 10), sites)
    assert (got["date_utc"], got["time_utc"]) == ("2025-03-09", clock)
