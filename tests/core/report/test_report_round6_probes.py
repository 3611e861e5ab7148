"""Round 6 probes: phrasings outlets commonly use for class, name, site, figures, landing,
EEZ, outcome and manoeuvre, written from how wires, Yonhap, Kyodo/NHK, the JCS, Japan's MOD
and KCNA (as relayed) put them, not from the corpus. Each row: the field, what the draft must
give, the sentence, and whether a plain launch sentence leads it.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.report.extract import extract_report

LEAD = "North Korea fired a ballistic missile on Monday. "
PROBES = [
    ("apogee_km", 50.0, "It flew as high as 50 km.", True),
    ("range_km", None, "It flew as high as 50 km.", True),
    ("apogee_km", 60.0, "It flew 600 km, climbing as high as 60 km.", True),
    ("range_km", 600.0, "It flew 600 km, climbing as high as 60 km.", True),
    (
        "maneuver",
        "unknown",
        "KCNA said the missile carried a hypersonic maneuverable controlled warhead.",
        True,
    ),
    ("maneuver", "unknown", "KCNA touted the warhead's manoeuvrability.", True),
    (
        "maneuver",
        "pullup",
        "The JCS said the missile appeared to maneuver during its descent.",
        True,
    ),
    ("apogee_km", 2000.0, "It rose up to 2,000 km.", True),
    ("apogee_km", 6000.0, "The missile was lofted to 6,000 km.", True),
    ("apogee_km", 550.0, "Its highest point was about 550 km.", True),
    ("apogee_km", 6000.0, "It was lofted to an altitude of 6,000 km.", True),
    ("apogee_km", 1000.0, "It reached a peak height of about 1,000 km.", True),
    ("apogee_km", 60.0, "The missile's apogee was estimated at 60 km.", True),
    ("landing_area", "sea_of_japan", "It fell in the sea area east of the Korean Peninsula.", True),
    (
        "landing_area",
        "yellow_sea",
        "It fell in the sea area to the west of the Korean Peninsula.",
        True,
    ),
    ("landing_area", "sea_of_japan", "It is believed to have fallen in the Japan Sea.", True),
    ("landing_area", "sea_of_japan", "It landed to the west of Japan's Hokkaido.", True),
    ("landing_area", "sea_of_japan", "It was fired into the sea between Korea and Japan.", True),
    (
        "landing_area",
        "sea_of_japan",
        "KCNA said it precisely hit the target island in the East Sea of Korea.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "It fell about 200 km north of Hegura Island in Ishikawa Prefecture.",
        True,
    ),
    (
        "landing_area",
        "pacific",
        "The missile passed over the Tsugaru Strait and landed in the Pacific.",
        True,
    ),
    (
        "landing_area",
        "pacific",
        "It flew over Japan and splashed down east of the Tohoku region.",
        True,
    ),
    (
        "landing_area",
        "yellow_sea",
        "KCNA said the cruise missiles flew over the West Sea of Korea.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "KCNA said the missile hit a target in the East Sea of Korea.",
        True,
    ),
    ("landing_area", "land", "The missile landed in North Korean territory, the JCS said.", True),
    (
        "landing_area",
        "sea_of_japan",
        "The missile landed in the sea off the Korean peninsula's east coast.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "The missile fell into waters about 250 km west of Hokkaido's Okushiri Island.",
        True,
    ),
    ("missile_class", "ICBM", "North Korea fired a possible ICBM on Monday.", False),
    ("missile_class", "ICBM", "North Korea fired an ICBM-class missile.", False),
    ("missile_class", "unknown", "North Korea fired an unidentified projectile.", False),
    ("missile_class", "SRBM", "North Korea fired a suspected SRBM.", False),
    (
        "missile_class",
        "SRBM",
        "North Korea fired short-range ballistic missiles, or SRBMs, on Monday.",
        False,
    ),
    ("missile_class", "HGV", "North Korea fired a new-type hypersonic IRBM.", False),
    ("missile_class", "IRBM", "North Korea fired an IRBM-class missile over Japan.", False),
    (
        "missile_class",
        "SRBM",
        "North Korea fired a KN-25 from a super-large multiple rocket launcher.",
        False,
    ),
    (
        "missile_class",
        "SRBM",
        "North Korea fired what appeared to be short-range ballistic missiles on Monday.",
        False,
    ),
    ("missile_class", "MRBM", "North Korea fired a medium-range missile.", False),
    (
        "missile_class",
        "ICBM",
        "North Korea fired a ballistic missile believed to be an intercontinental ballistic "
        "missile.",
        False,
    ),
    (
        "missile_class",
        "cruise",
        "The JCS said North Korea fired cruise missiles from the Sinpo area.",
        False,
    ),
    (
        "missile_class",
        "SRBM",
        "North Korea fired two SRBMs. KCNA called them new-type tactical guided weapons.",
        False,
    ),
    (
        "missile_class",
        "HGV",
        "North Korea fired a ballistic missile. KCNA said it carried a hypersonic glide warhead.",
        False,
    ),
    ("missile_name", "", "South Korea's military said the missiles resembled the KN-23.", True),
    ("missile_name", "Hwasong-11", "KCNA called the missile the Hwasong-11.", True),
    ("missile_name", "Hwasong-16B", "KCNA said it launched the Hwasong-16B.", True),
    ("missile_name", "Hwasong-17", "The Hwasong-17 was fired on a lofted trajectory.", True),
    ("site_id", "sohae", "The rocket was fired from the Sohae site in Tongchang-ri.", True),
    (
        "site_id",
        "pyongyang-area",
        "North Korea fired the missiles from the Pyongyang vicinity.",
        False,
    ),
    (
        "range_km",
        1000.0,
        "The missile is believed to have flown around 1,000 kilometres eastward.",
        True,
    ),
    (
        "range_km",
        650.0,
        "The missile flew around 650km before splashing down, according to South Korea's JCS.",
        True,
    ),
    ("range_km", 470.0, "The JCS put the flight distance at about 470 km.", True),
    ("apogee_km", 2000.0, "The missile hit a maximum altitude of 2,000 km.", True),
    (
        "flight_time_min",
        68.0,
        "The missile flew for about 68 minutes before crashing into the sea.",
        True,
    ),
    (
        "japan_eez",
        "inside",
        "The missile is presumed to have landed within Japan's EEZ, the Defense Ministry said.",
        True,
    ),
    (
        "japan_eez",
        "outside",
        "The missile is presumed to have landed outside of Japan's EEZ.",
        True,
    ),
    (
        "japan_eez",
        "inside",
        "Japan said the missile fell into waters inside its exclusive economic zone.",
        True,
    ),
    (
        "range_km",
        600.0,
        "The missile traveled some 600 km before splashing down, the JCS said.",
        True,
    ),
    (
        "range_km",
        1000.0,
        "It flew a distance of about 1,000 km, Japan's Defense Ministry said.",
        True,
    ),
    (
        "range_km",
        350.0,
        "The missile flew approximately 350 kilometres, according to the JCS.",
        True,
    ),
    ("range_km", 800.0, "The missile flew for about 800km.", True),
    ("range_km", 500.0, "The missile's flight distance was about 500 km, the JCS said.", True),
    ("range_km", 500.0, "The missile flew some 500 km eastward.", True),
    (
        "range_km",
        750.0,
        "The missile, which flew about 750 kilometres, landed in the East Sea.",
        True,
    ),
    ("range_km", 400.0, "It travelled around 400km east before falling into the sea.", True),
    ("range_km", 1100.0, "The JCS estimated the missile's range at 1,100 km.", True),
    ("range_km", 450.0, "The missile covered a distance of 450 km.", True),
    (
        "range_km",
        300.0,
        "It flew 300 kilometers (186 miles) and reached an altitude of 50 km.",
        True,
    ),
    ("range_km", 322.0, "The missile flew about 200 miles, a US official said.", True),
    ("range_km", 600.0, "The missile is estimated to have flown about 600 km.", True),
    ("range_km", 600.0, "The missiles flew about 600 kilometers on an irregular trajectory.", True),
    ("range_km", 250.0, "The missile flew approximately 250 km at an apogee of 50 km.", True),
    ("range_km", 1000.0, "The missile flew 1,000 km before landing in waters off Japan.", True),
    ("range_km", 700.0, "Japan said the missile flew over 700 km.", True),
    ("range_km", 4600.0, "The missile flew some 4,600 km over Japan.", True),
    ("range_km", 950.0, "The missile travelled about 950 kilometres in 53 minutes.", True),
    ("range_km", 550.0, "The missile, fired at 7:05 a.m., flew about 550 km, the JCS said.", True),
    ("range_km", 800.0, "Its flight range was about 800 km.", True),
    (
        "range_km",
        500.0,
        "It flew roughly 500km, according to South Korean military officials.",
        True,
    ),
    ("range_km", 690.0, "The two missiles flew 430 km and 690 km respectively.", True),
    ("range_km", 620.0, "The projectiles travelled up to 620 kilometers.", True),
    ("range_km", 360.0, "The missile's range was estimated at about 360 km.", True),
    ("range_km", 1000.0, "The missile traveled approximately 1,000 kilometers, Seoul said.", True),
    (
        "range_km",
        600.0,
        "It flew a distance of some 600 kilometres before falling into the sea.",
        True,
    ),
    ("range_km", 200.0, "The missile flew for about 200 kilometers toward the northeast.", True),
    ("range_km", 500.0, "The missile flew approx. 500 km.", True),
    ("range_km", 570.0, "The North said the missile flew 570 km.", True),
    ("range_km", 1500.0, "The missile flew a 1,500-km trajectory.", True),
    ("range_km", 900.0, "The missile landed about 900 km away.", True),
    ("range_km", 370.0, "It flew nearly 370 kilometres before landing.", True),
    ("range_km", 240.0, "The missiles travelled 240 km, the JCS told reporters.", True),
    ("range_km", 650.0, "It had a flight range of about 650 km.", True),
    ("range_km", 1000.0, "The JCS said the missile flew more than 1,000km.", True),
    ("range_km", 800.0, "The missile flew an estimated 800 km.", True),
    ("apogee_km", 50.0, "It reached an altitude of about 50 km.", True),
    ("apogee_km", 6000.0, "The missile reached a height of over 6,000 kilometers.", True),
    ("apogee_km", 2000.0, "It flew to an altitude of about 2,000 km.", True),
    ("apogee_km", 100.0, "The missile flew 600 km at a maximum altitude of 100 km.", True),
    ("apogee_km", 60.0, "It flew 300 km with an apogee of 60 km.", True),
    ("apogee_km", 50.0, "It reached an apogee of around 50 km.", True),
    ("apogee_km", 1000.0, "Its maximum altitude was about 1,000 kilometres.", True),
    ("apogee_km", 5700.0, "The missile flew at a maximum altitude of 5,700km.", True),
    ("apogee_km", 550.0, "The missile's peak altitude was 550 km, the JCS said.", True),
    ("apogee_km", 40.0, "It flew at an altitude of about 40 km.", True),
    ("apogee_km", 4500.0, "The missile reached 4,500 km in altitude.", True),
    ("apogee_km", 2000.0, "It reached a maximum height of 2,000 km.", True),
    ("apogee_km", 60.0, "The missile flew 350 km, peaking at about 60 km.", True),
    ("apogee_km", 770.0, "The missile reached an altitude of 770km, Japan said.", True),
    ("apogee_km", 20.0, "It flew at a low altitude of 20 km.", True),
    ("apogee_km", 6000.0, "Japan said the missile reached an altitude well above 6,000 km.", True),
    ("apogee_km", 1000.0, "The maximum altitude is estimated at about 1,000 km.", True),
    ("apogee_km", 50.0, "The missile's apogee was about 50km.", True),
    ("apogee_km", 100.0, "It flew about 600 km with a highest altitude of around 100 km.", True),
    ("apogee_km", 2800.0, "The missile flew to a height of 2,800 km.", True),
    ("apogee_km", 560.0, "It flew 560 km at a top altitude of 560 km.", True),
    ("apogee_km", 1971.0, "The maximum altitude reached was 1,971 km.", True),
    ("apogee_km", 90.0, "The missile climbed to about 90 km.", True),
    ("apogee_km", 37.0, "It flew at an apogee altitude of 37 km.", True),
    ("apogee_km", 50.0, "The missile reached about 50 km high.", True),
    ("flight_time_min", 40.0, "The missile flew for about 40 minutes.", True),
    ("flight_time_min", 71.0, "Japan said it flew for 71 minutes.", True),
    ("flight_time_min", 53.0, "The missile was in flight for about 53 minutes.", True),
    ("flight_time_min", 73.0, "The flight lasted 73 minutes.", True),
    (
        "flight_time_min",
        30.0,
        "The missile flew about 30 minutes before falling into the sea.",
        True,
    ),
    ("flight_time_min", 12.0, "It stayed in the air for about 12 minutes.", True),
    ("flight_time_min", 86.0, "The flight time was 86 minutes, Japan said.", True),
    ("flight_time_min", 74.0, "The ICBM flew for one hour and 14 minutes.", True),
    ("flight_time_min", 70.0, "It flew for 70 minutes, reaching 6,000 km.", True),
    ("flight_time_min", 4.5, "The missile's flight lasted about 4.5 minutes.", True),
    ("flight_time_min", 50.0, "It was airborne for about 50 minutes.", True),
    ("flight_time_min", 66.9, "The missile flew for 4,015 seconds.", True),
    ("flight_time_min", 30.0, "Its flight time was around 30 minutes.", True),
    ("flight_time_min", 20.0, "The missile flew some 20 minutes.", True),
    ("flight_time_min", 77.0, "It flew for an hour and 17 minutes.", True),
    (
        "flight_time_min",
        65.0,
        "The missile flew for 65 minutes, according to Japan's defense minister.",
        True,
    ),
    ("flight_time_min", 102.0, "The missile was airborne for one hour, 42 minutes.", True),
    ("flight_time_min", 8.0, "It flew for approximately eight minutes.", True),
    ("flight_time_min", 14.0, "The missile flew for roughly 14 minutes before landing.", True),
    ("flight_time_min", 46.0, "The flight lasted around 46 minutes.", True),
    ("flight_time_min", 66.0, "The missile was in the air for 1 hr 6 min.", True),
    ("landing_area", "sea_of_japan", "It landed in waters off the east coast.", True),
    (
        "landing_area",
        "sea_of_japan",
        "The missile fell into the sea east of the Korean Peninsula.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "It came down in Japan's exclusive economic zone, west of Hokkaido.",
        True,
    ),
    ("landing_area", "sea_of_japan", "The missile splashed down in the East Sea.", True),
    ("landing_area", "sea_of_japan", "It fell about 200 km west of Okushiri Island.", True),
    (
        "landing_area",
        "sea_of_japan",
        "The missile landed in the waters between the Korean Peninsula and Japan.",
        True,
    ),
    ("landing_area", "yellow_sea", "The missiles flew toward the Yellow Sea.", True),
    ("landing_area", "yellow_sea", "They landed in waters off the North's west coast.", True),
    ("landing_area", "yellow_sea", "The cruise missiles were fired over the West Sea.", True),
    (
        "landing_area",
        "pacific",
        "The missile flew over Hokkaido and fell into the Pacific Ocean.",
        True,
    ),
    ("landing_area", "pacific", "It passed over Japan before falling into the Pacific.", True),
    (
        "landing_area",
        "pacific",
        "The missile landed in the Pacific about 1,180 km east of Cape Erimo.",
        True,
    ),
    ("landing_area", "pacific", "It flew over northern Japan and landed in the Pacific.", True),
    ("landing_area", "sea_of_japan", "It fell in the sea off Japan's Akita prefecture.", True),
    ("landing_area", "sea_of_japan", "It fell about 250 km west of Sado Island.", True),
    ("landing_area", "sea_of_japan", "The missile landed in waters off the Oga Peninsula.", True),
    ("landing_area", "sea_of_japan", "It fell into the sea off the North's eastern coast.", True),
    (
        "landing_area",
        "sea_of_japan",
        "The missile fell into the waters off the Korean Peninsula's eastern coast.",
        True,
    ),
    (
        "landing_area",
        "yellow_sea",
        "The missiles fell into the sea off the North's western coast.",
        True,
    ),
    ("landing_area", "land", "The missile appears to have crashed on land, Seoul said.", True),
    ("landing_area", "land", "The missile exploded over land shortly after launch.", True),
    (
        "landing_area",
        "sea_of_japan",
        "It landed in the East Sea, also known as the Sea of Japan.",
        True,
    ),
    # (a fall in the sea after flying east is in the sea east of the North, as the corpus labels
    # 1553 and 1608 read it; round 31 changed this probe from "unknown")
    ("landing_area", "sea_of_japan", "The missile flew eastward and landed in the sea.", True),
    ("landing_area", "sea_of_japan", "The missile fell in waters near Ulleung Island.", True),
    (
        "landing_area",
        "sea_of_japan",
        "It came down in the sea northwest of the Noto Peninsula.",
        True,
    ),
    ("landing_area", "sea_of_japan", "The missile fell off the coast of Hokkaido.", True),
    ("landing_area", "pacific", "The missile overflew Japan and landed in the Pacific.", True),
    ("landing_area", "pacific", "The missile overflew Japan's Aomori prefecture.", True),
    ("landing_area", "yellow_sea", "It flew toward waters west of the Korean peninsula.", True),
    ("japan_eez", "outside", "It fell outside Japan's EEZ, the ministry said.", True),
    ("japan_eez", "inside", "The missile landed within Japan's exclusive economic zone.", True),
    ("japan_eez", "inside", "It fell inside Japan's EEZ, about 200 km west of Okushiri.", True),
    (
        "japan_eez",
        "outside",
        "The missile is believed to have fallen outside Japan's exclusive economic zone.",
        True,
    ),
    ("japan_eez", "outside", "The missile landed outside the EEZ, Japan's government said.", True),
    (
        "japan_eez",
        "inside",
        "Japan said the missile came down in its exclusive economic zone.",
        True,
    ),
    ("japan_eez", "outside", "No missile fell within Japan's EEZ, Japan said.", True),
    ("japan_eez", "outside", "Japan said the missiles did not land in its EEZ.", True),
    ("japan_eez", "inside", "The missile splashed down in Japanese EEZ waters.", True),
    ("japan_eez", "inside", "Japan said the missile fell within its EEZ.", True),
    (
        "japan_eez",
        "outside",
        "Japan said the missile fell short of its exclusive economic zone.",
        True,
    ),
    ("japan_eez", "outside", "Tokyo said it landed beyond Japan's EEZ.", True),
    ("japan_eez", "inside", "It is believed to have landed in Japan's EEZ.", True),
    (
        "japan_eez",
        "outside",
        "Japan's Defense Ministry said it landed outside its exclusive economic zone.",
        True,
    ),
    (
        "japan_eez",
        "inside",
        "The missile fell into Japan's exclusive economic zone (EEZ), Tokyo said.",
        True,
    ),
    ("japan_eez", "outside", "The missile did not reach Japan's exclusive economic zone.", True),
    ("japan_eez", "inside", "It fell some 150 km within Japan's EEZ off Hokkaido.", True),
    ("japan_eez", "outside", "Japan said it was not believed to have landed in its EEZ.", True),
    ("outcome", "failure", "The launch appears to have failed, the JCS said.", True),
    ("outcome", "failure", "The missile exploded shortly after launch.", True),
    ("outcome", "failure", "The missile blew up in mid-air seconds after liftoff.", True),
    ("outcome", "failure", "The launch was a failure, US officials said.", True),
    ("outcome", "failure", "The missile disintegrated shortly after launch.", True),
    ("outcome", "failure", "The missile appears to have exploded within seconds of launch.", True),
    ("outcome", "failure", "It exploded in midair within seconds.", True),
    ("outcome", "failure", "The launch was unsuccessful, the JCS said.", True),
    ("outcome", "failure", "The missile crashed shortly after lift-off.", True),
    ("outcome", "failure", "The missile broke up in flight.", True),
    ("outcome", "failure", "The rocket fell apart shortly after lift-off.", True),
    ("outcome", "failure", "The missile exploded soon after it was fired.", True),
    ("outcome", "failure", "The launch ended in failure.", True),
    (
        "outcome",
        "failure",
        "It exploded seconds after launch, according to the US Pacific Command.",
        True,
    ),
    ("outcome", "failure", "The test-fire failed, the JCS said.", True),
    (
        "outcome",
        "failure",
        "The missile seemed to have exploded in the early stage of flight.",
        True,
    ),
    ("outcome", "failure", "North Korea's latest missile launch was unsuccessful.", True),
    (
        "outcome",
        "failure",
        "The satellite launch failed after the rocket's second stage malfunctioned.",
        True,
    ),
    ("outcome", "failure", "The missile was aborted mid-flight.", True),
    ("outcome", "unknown", "It is unclear whether the launch was a success.", True),
    ("outcome", "unknown", "Analysts said an earlier test had failed.", True),
    ("outcome", "unknown", "The JCS said it was analysing whether the launch failed.", True),
    ("maneuver", "pullup", "The missile flew on an irregular trajectory, the JCS said.", True),
    ("maneuver", "pullup", "It performed a pull-up manoeuvre during its terminal phase.", True),
    ("maneuver", "glide", "KCNA said the hypersonic glide vehicle glided 600 km.", True),
    ("maneuver", "pullup", "The missile changed its trajectory during flight, Japan said.", True),
    ("maneuver", "pullup", "The missile flew in an irregular orbit, Japan said.", True),
    ("maneuver", "pullup", 'It made a "pull-up" maneuver, the JCS said.', True),
    ("maneuver", "pullup", "Japan said it may have flown on an irregular trajectory.", True),
    ("maneuver", "glide", "The missile showed a lateral movement of 120 km.", True),
    ("maneuver", "glide", "The glide vehicle made a lateral movement.", True),
    ("maneuver", "cruise", "North Korea fired several cruise missiles into the Yellow Sea.", False),
    ("maneuver", "pullup", "The missile flew a low-altitude irregular trajectory.", True),
    ("maneuver", "pullup", "It flew with an irregular flight path.", True),
    (
        "missile_class",
        "SRBM",
        "North Korea fired a short-range ballistic missile on Monday.",
        False,
    ),
    (
        "missile_class",
        "SRBM",
        "North Korea fired two close-range ballistic missiles toward the Yellow Sea.",
        False,
    ),
    (
        "missile_class",
        "IRBM",
        "North Korea fired an intermediate-range ballistic missile (IRBM) over Japan.",
        False,
    ),
    ("missile_class", "ICBM", "North Korea launched an ICBM on Thursday.", False),
    (
        "missile_class",
        "ICBM",
        "North Korea test-fired an intercontinental-range ballistic missile.",
        False,
    ),
    ("missile_class", "ICBM", "North Korea fired a long-range ballistic missile on Friday.", False),
    (
        "missile_class",
        "MRBM",
        "North Korea fired a medium-range ballistic missile on Sunday.",
        False,
    ),
    (
        "missile_class",
        "SLBM",
        "North Korea test-fired a ballistic missile from a submarine on Tuesday.",
        False,
    ),
    (
        "missile_class",
        "SLBM",
        "North Korea fired what appeared to be a submarine-launched ballistic missile.",
        False,
    ),
    (
        "missile_class",
        "SLBM",
        "North Korea fired a ballistic missile from a submarine off Sinpo.",
        False,
    ),
    (
        "missile_class",
        "SLBM",
        "The missile was fired from a submarine in waters off Sinpo, the JCS said.",
        True,
    ),
    (
        "missile_class",
        "cruise",
        "North Korea fired several cruise missiles into the Yellow Sea.",
        False,
    ),
    (
        "missile_class",
        "cruise",
        "North Korea test-fired strategic cruise missiles, KCNA said.",
        False,
    ),
    (
        "missile_class",
        "cruise",
        "North Korea launched two long-range cruise missiles on Sunday.",
        False,
    ),
    ("missile_class", "HGV", "North Korea fired a hypersonic missile on Wednesday.", False),
    ("missile_class", "HGV", "KCNA said the test involved a hypersonic glide vehicle.", False),
    (
        "missile_class",
        "SLV",
        "North Korea launched a rocket carrying a military reconnaissance satellite.",
        False,
    ),
    ("missile_class", "SLV", "North Korea fired a space launch vehicle on Wednesday.", False),
    (
        "missile_class",
        "SLV",
        "North Korea launched what it called a satellite launch vehicle.",
        False,
    ),
    (
        "missile_class",
        "SLV",
        "North Korea launched a rocket it said was carrying a spy satellite.",
        False,
    ),
    ("missile_class", "IRBM", "North Korea fired a medium long-range ballistic missile.", False),
    (
        "missile_class",
        "IRBM",
        "North Korea said it tested a new intermediate-range solid-fuel missile.",
        False,
    ),
    ("missile_class", "SRBM", "North Korea fired two SRBMs on Sunday.", False),
    ("missile_class", "SRBM", "North Korea fired a short range ballistic missile.", False),
    ("missile_class", "SRBM", "North Korea fired tactical ballistic missiles on Monday.", False),
    (
        "missile_class",
        "cruise",
        "North Korea fired several strategic cruise missiles off its west coast.",
        False,
    ),
    ("missile_class", "unknown", "North Korea fired a new-type tactical guided missile.", False),
    (
        "missile_class",
        "ICBM",
        "North Korea launched a suspected intercontinental ballistic missile.",
        False,
    ),
    (
        "missile_class",
        "HGV",
        "North Korea fired what it called a hypersonic intermediate-range missile.",
        False,
    ),
    (
        "missile_class",
        "SLBM",
        "North Korea test-launched an underwater-launched strategic ballistic missile.",
        False,
    ),
    ("missile_class", "cruise", "North Korea launched sea-to-surface cruise missiles.", False),
    ("missile_class", "SRBM", "North Korea fired a short-range missile on Monday.", False),
    ("missile_class", "IRBM", "North Korea fired a mid-to-long-range ballistic missile.", False),
    ("missile_class", "SLV", "North Korea launched a rocket to put a satellite into orbit.", False),
    (
        "missile_class",
        "SLV",
        "North Korea fired a long-range rocket that it said would put a satellite into orbit.",
        False,
    ),
    ("missile_name", "Hwasong-18", "North Korea fired a Hwasong-18 solid-fuel ICBM.", False),
    ("missile_name", "Hwasong-17", "KCNA said it launched a Hwasong-17 ICBM.", False),
    ("missile_name", "Hwasong-15", "North Korea fired a Hwasong 15 ICBM.", False),
    (
        "missile_name",
        "Hwasong-12",
        "North Korea said it tested a Hwasong-12 ballistic missile.",
        False,
    ),
    ("missile_name", "KN-23", "The missile appeared to be a KN-23, the JCS said.", True),
    (
        "missile_name",
        "Hwasong-11",
        "North Korea fired a Hwasong-11 tactical ballistic missile.",
        False,
    ),
    (
        "missile_name",
        "Pukguksong-3",
        "North Korea said it test-fired a new Pukguksong-3 SLBM.",
        False,
    ),
    ("missile_name", "Pukguksong-2", "North Korea fired a Pukkuksong-2 missile.", False),
    (
        "missile_name",
        "Hwasong-16B",
        "KCNA said it tested the Hwasong-16B hypersonic missile.",
        False,
    ),
    ("missile_name", "Hwasong-19", "North Korea fired the Hwasong-19, its newest ICBM.", False),
    (
        "missile_name",
        "Hwasong-14",
        "North Korea fired a Hwasong-14 intercontinental ballistic missile.",
        False,
    ),
    (
        "missile_name",
        "Hwasal-2",
        "KCNA said the Hwasal-2 strategic cruise missiles flew for 10,000 seconds.",
        False,
    ),
    (
        "missile_name",
        "Chollima-1",
        "The Chollima-1 rocket carried the Malligyong-1 satellite.",
        False,
    ),
    ("missile_name", "Pulhwasal-3-31", "North Korea fired Pulhwasal-3-31 cruise missiles.", False),
    (
        "missile_name",
        "Hwasong-12",
        "North Korea fired a Hwasong-12 (KN-17) intermediate-range missile.",
        False,
    ),
    ("missile_name", "KN-25", "North Korea fired KN-25 super-large rocket launchers.", False),
    ("missile_name", "Hwasong-15", "North Korea fired a Hwasong-15, known as KN-22.", False),
    ("missile_name", "Nodong", "North Korea fired two Rodong missiles.", False),
    ("missile_name", "Hwasong-12", "North Korea fired a Hwasongpho-12 missile.", False),
    ("missile_name", "Hwasong-17", "The missile was a Hwasong-17, an upgraded ICBM.", True),
    ("missile_name", "", "North Korea fired a new type of missile.", False),
    ("missile_name", "Musudan", "North Korea fired a Musudan missile from Wonsan.", False),
    (
        "missile_name",
        "Scud-ER",
        "North Korea fired an extended-range Scud (Scud-ER) missile.",
        False,
    ),
    ("missile_name", "KN-24", "The missile is believed to be a KN-24.", True),
    ("missile_name", "Hwasong-11Ma", "KCNA said it tested the Hwasong-11Ma.", False),
    ("missile_name", "Hwasong-20", "North Korea unveiled and fired a Hwasong-20.", False),
    ("missile_name", "KN-18", "The missile appeared to be a KN-18, a precision-guided Scud.", True),
    ("missile_name", "Hwasong-18", "The Hwasong-18 was launched from Pyongyang, KCNA said.", True),
    (
        "site_id",
        "sunan",
        "North Korea fired a missile from the Sunan area of Pyongyang on Monday.",
        False,
    ),
    (
        "site_id",
        "pyongyang-area",
        "North Korea fired a missile from near Pyongyang on Monday.",
        False,
    ),
    (
        "site_id",
        "wonsan-town",
        "The missiles were fired from near the eastern coastal city of Wonsan.",
        True,
    ),
    (
        "site_id",
        "sohae",
        "North Korea launched the rocket from its Sohae satellite launching station.",
        False,
    ),
    ("site_id", "tonghae", "North Korea launched the rocket from the Tonghae launch site.", False),
    (
        "site_id",
        "pyongyang",
        "The missile was launched from Pyongyang International Airport.",
        True,
    ),
    ("site_id", "sinpo", "It was fired from a submarine off Sinpo.", True),
    (
        "site_id",
        "hamhung-town",
        "The missile was fired from the Hamhung area in South Hamgyong Province.",
        True,
    ),
    (
        "site_id",
        "pyongyang-area",
        "The JCS said the ICBM was launched from the Pyongyang area.",
        True,
    ),
    (
        "site_id",
        "pyongyang-area",
        "The JCS said it detected the launch from around the capital.",
        True,
    ),
    ("site_id", "pyongyang-area", "It was launched from the capital area, the JCS said.", True),
    (
        "site_id",
        "kaechon-town",
        "The missiles were fired from Kaechon in South Pyongan province.",
        True,
    ),
    (
        "site_id",
        "south-pyongan-province",
        "The missile was launched from an inland site in South Pyongan Province.",
        True,
    ),
    (
        "site_id",
        "jangyon",
        "The missiles were launched from Jangyon County, South Hwanghae Province.",
        True,
    ),
    (
        "site_id",
        "kusong-town",
        "The missile was launched from Kusong, North Pyongan Province.",
        True,
    ),
    (
        "site_id",
        "tongchon-town",
        "North Korea fired a missile from Tongchon County in Kangwon Province.",
        False,
    ),
    ("site_id", "sunan-town", "The missile was fired from Pyongyang's Sunan district.", True),
    ("site_id", "east-coast", "North Korea fired a missile from its east coast.", False),
    ("site_id", "west-coast", "North Korea fired missiles from its western coastal area.", False),
    ("site_id", "sinpo", "The SLBM was launched from waters off Sinpo.", True),
    ("site_id", "chagang-province", "The missile was launched from Jagang Province.", True),
    ("site_id", "chagang-province", "The missile was launched from Chagang Province.", True),
    (
        "site_id",
        "sukchon",
        "The missiles were launched from Sukchon, South Pyongan Province.",
        True,
    ),
    ("site_id", "hwangju", "The missiles were fired from Hwangju, North Hwanghae.", True),
    ("site_id", "kwail", "The missiles were fired from Kwail County.", True),
    (
        "site_id",
        "pyongsong-town",
        "The missile was launched from Pyongsong, north of Pyongyang.",
        True,
    ),
    ("site_id", "nampo", "The cruise missiles were fired from near the port of Nampo.", True),
    ("site_id", "sohae", "The rocket lifted off from Tongchang-ri on the northwest coast.", True),
    (
        "site_id",
        "sunchon-town",
        "The missiles were launched from the Sunchon area in South Pyongan.",
        True,
    ),
    ("site_id", "wonsan-town", "The missiles were launched near the port city of Wonsan.", True),
    (
        "site_id",
        "wonsan-town",
        "The missiles were launched in the vicinity of Wonsan, Kangwon Province.",
        True,
    ),
    (
        "site_id",
        "pyongyang-area",
        "North Korea launched a missile from the Pyongyang region.",
        False,
    ),
    ("site_id", "uiju-town", "The missiles were fired from Uiju near the Chinese border.", True),
    ("site_id", "hamhung-town", "The missile took off from near Hamhung.", True),
    ("site_id", "sinpo", "It was fired from the sea near Sinpo.", True),
    (
        "site_id",
        "north-hwanghae-province",
        "The missiles were fired from North Hwanghae Province.",
        True,
    ),
    ("site_id", "kangwon-province", "The missile was launched from Kangwon Province.", True),
    ("site_id", "pyongyang", "The missile was launched from Pyongyang's Sunan airport.", True),
    ("site_id", "pyongyang", "The missile was launched from Sunan International Airport.", True),
    (
        "range_km",
        1001.2,
        "KCNA said the missile hit the predetermined area in the open waters, 1,001.2 km away.",
        True,
    ),
    (
        "range_km",
        1000.0,
        "The missile flew a distance of approximately 1,000 km on a lofted trajectory.",
        True,
    ),
    ("range_km", 600.0, "It flew over a distance of 600 km, the JCS said.", True),
    (
        "range_km",
        750.0,
        "It traveled approximately 750 kilometers (466 miles) at an apogee of 50 km.",
        True,
    ),
    (
        "range_km",
        800.0,
        "The missile, with a flight distance of about 800 km, fell in the East Sea.",
        True,
    ),
    (
        "range_km",
        1500.0,
        "KCNA said the cruise missiles travelled 1,500 km along oval and figure-eight orbits.",
        True,
    ),
    ("range_km", 350.0, "The missiles flew about 350km at a speed of Mach 5, the JCS said.", True),
    ("range_km", 900.0, "The missile is believed to have traveled around 900 kilometers.", True),
    ("range_km", 600.0, "It went about 600 km before crashing into the sea.", True),
    (
        "range_km",
        600.0,
        "Japan said it flew about 600 kilometers (370 miles) and fell outside the EEZ.",
        True,
    ),
    (
        "range_km",
        400.0,
        "The missiles flew roughly 400km (250 miles), reaching a height of 50km.",
        True,
    ),
    (
        "range_km",
        1100.0,
        "The missile flew about 1,100 kilometres, higher and farther than before.",
        True,
    ),
    ("range_km", 350.0, "According to the JCS, the missile flew some 350 km.", True),
    ("range_km", 240.0, "The JCS said they flew about 240 km, Yonhap reported.", True),
    ("range_km", 2200.0, "KCNA said the missiles flew 2,200 km to hit a target island.", True),
    (
        "range_km",
        250.0,
        "The projectiles flew a distance of 250 kilometres, according to the JCS.",
        True,
    ),
    ("apogee_km", 6000.0, "It reached a maximum altitude of more than 6,000 km, Japan said.", True),
    ("apogee_km", 6518.2, "KCNA said the missile flew at a maximum altitude of 6,518.2 km.", True),
    ("apogee_km", 60.0, "The missile flew about 600 km at an apogee of around 60 km.", True),
    (
        "apogee_km",
        2000.0,
        "The missile was launched on a lofted trajectory, reaching an altitude of over 2,000 km.",
        True,
    ),
    ("apogee_km", 50.0, "They flew 350 km, with an apogee of about 50 km.", True),
    ("apogee_km", 1000.0, "The missile reached about 1,000 km in altitude, the JCS said.", True),
    (
        "flight_time_min",
        71.0,
        "The missile flew for approximately 71 minutes, Japan's Chief Cabinet Secretary said.",
        True,
    ),
    ("flight_time_min", 73.0, "The flight time is estimated to be about 73 minutes.", True),
    (
        "flight_time_min",
        125.0,
        "KCNA said the missiles flew for 2 hours 5 minutes 43 seconds.",
        True,
    ),
    ("flight_time_min", 50.0, "The missile flew for some 50 minutes, NHK reported.", True),
    ("flight_time_min", 68.0, "The ICBM flew for about 1 hour and 8 minutes.", True),
    ("flight_time_min", 126.0, "KCNA said the missile flew for 7,563 seconds.", True),
    ("flight_time_min", 40.0, "NHK said it was in flight for around 40 minutes.", True),
    ("flight_time_min", 30.0, "It is believed to have flown for about 30 minutes.", True),
    ("landing_area", "sea_of_japan", "It landed in the open waters of the East Sea.", True),
    (
        "landing_area",
        "sea_of_japan",
        "The missile crashed into waters off the Oga Peninsula.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "It splashed down about 200 km west of the Oki Islands.",
        True,
    ),
    ("landing_area", "sea_of_japan", "It fell about 150 km northwest of the Noto Peninsula.", True),
    ("landing_area", "sea_of_japan", "The missile fell into the sea north of Sado Island.", True),
    (
        "landing_area",
        "pacific",
        "It landed in the Pacific Ocean about 2,000 km east of Hokkaido.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "The missile came down in waters off Kimchaek, South Korea's military said.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "KCNA said the missiles hit the target island of Al in the East Sea.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "The missiles landed near Alsom Island off the North's east coast.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "The missile fell in waters off the North's northeastern coast.",
        True,
    ),
    (
        "landing_area",
        "yellow_sea",
        "The cruise missiles flew over the sea off the country's west coast.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "It landed in waters off Hamgyong Province, the JCS said.",
        True,
    ),
    (
        "landing_area",
        "sea_of_japan",
        "The missiles landed in waters near Sinpo, the JCS said.",
        True,
    ),
    ("landing_area", "yellow_sea", "The missiles fell into waters off Nampo, the JCS said.", True),
    ("landing_area", "sea_of_japan", "It fell into the sea northeast of Wonsan.", True),
    (
        "landing_area",
        "sea_of_japan",
        "The missile fell in the Sea of Japan, known in Korea as the East Sea.",
        True,
    ),
    (
        "japan_eez",
        "inside",
        "The missile is thought to have landed within the EEZ, Japan's defense ministry said.",
        True,
    ),
    (
        "japan_eez",
        "outside",
        "It fell outside the country's exclusive economic zone, Japan's government said.",
        True,
    ),
    (
        "japan_eez",
        "outside",
        "It is believed to have fallen in waters outside Japan's exclusive economic zone.",
        True,
    ),
    (
        "japan_eez",
        "outside",
        "It landed in the Sea of Japan outside the country's exclusive economic zone, Japan said.",
        True,
    ),
    (
        "japan_eez",
        "inside",
        "Japan said it landed about 200 km west of Okushiri, within the country's EEZ.",
        True,
    ),
    ("japan_eez", "inside", "Japan said the missile fell in its EEZ waters.", True),
    ("japan_eez", "outside", "Japan's Coast Guard said the missile fell outside its EEZ.", True),
    (
        "outcome",
        "failure",
        "KCNA said the rocket crashed after an abnormal start of the second-stage engine.",
        True,
    ),
    ("outcome", "failure", "The rocket's second stage malfunctioned, the JCS said.", True),
    ("outcome", "failure", "The satellite failed to reach orbit.", True),
    (
        "outcome",
        "unknown",
        "South Korean and US intelligence failed to detect the preparations.",
        True,
    ),
    ("outcome", "unknown", "The Japanese government failed to issue a J-Alert warning.", True),
    ("outcome", "failure", "North Korea admitted the launch had failed.", True),
    ("outcome", "failure", "KCNA said the launch of the reconnaissance satellite failed.", True),
    ("outcome", "failure", "The missile exploded in mid-air, the JCS said.", True),
    ("missile_class", "ICBM", "North Korea fired an ICBM-class ballistic missile.", False),
    ("missile_class", "SRBM", "North Korea fired a Scud-type missile.", False),
    ("missile_class", "SLV", "North Korea launched a military reconnaissance satellite.", False),
    ("missile_class", "cruise", "North Korea fired a long-range strategic cruise missile.", False),
    ("missile_class", "cruise", "North Korea fired several supersonic cruise missiles.", False),
    (
        "missile_class",
        "HGV",
        "North Korea fired a hypersonic intermediate-range ballistic missile.",
        False,
    ),
    ("missile_class", "unknown", "North Korea fired an unidentified ballistic missile.", False),
    (
        "missile_class",
        "SRBM",
        "North Korea fired short-range ballistic missiles (SRBMs) into the East Sea.",
        False,
    ),
    ("missile_class", "ICBM", "The missile is presumed to be an ICBM-class.", True),
    (
        "missile_class",
        "IRBM",
        "North Korea fired a new intermediate-range solid-fuel ballistic missile.",
        False,
    ),
    ("missile_class", "SLBM", "North Korea test-fired a new type of SLBM.", False),
    # (the warhead's weight is part of the variant's name, as 1305's label keeps it: round 27;
    # written with the letter apart however the report joins it, as 1305's, 1344's and 1601's
    # labels name it: round 31)
    ("missile_name", "Hwasong-11 Da-4.5", "North Korea fired the Hwasongpho-11Da-4.5.", False),
    ("missile_name", "Hwasong-18", "North Korea fired the Hwaseong-18 solid-fuel ICBM.", False),
    ("missile_name", "Pukguksong-5", "The missile was a Pukguksong-5, KCNA said.", True),
    ("missile_name", "Nodong", "North Korea fired two Nodong-1 missiles.", False),
    ("missile_name", "Taepodong-2", "North Korea fired a Taepo Dong 2.", False),
    (
        "missile_name",
        "Hwasong-17",
        "KCNA said it was a Hwasong-17 test; the missile reached an altitude of 6,000 km.",
        False,
    ),
    ("missile_name", "KN-23", "The missiles were KN-23s, the JCS said.", True),
    (
        "site_id",
        "pyongyang-area",
        "The JCS said the missile was fired from the Pyongyang area toward the East Sea.",
        True,
    ),
    ("site_id", "sunan", "It was launched from the Sunan area in Pyongyang.", True),
    (
        "site_id",
        "jangyon",
        "The missiles were launched from the Jangyon area in South Hwanghae.",
        True,
    ),
    ("site_id", "sinpo", "The SLBM was fired from around Sinpo, South Hamgyong Province.", True),
    ("site_id", "sohae", "The rocket was launched at the Sohae Satellite Launching Ground.", True),
    ("site_id", "kaechon-town", "The missiles were launched from the area of Kaechon.", True),
    ("site_id", "hamhung-town", "The missile was launched from a location near Hamhung.", True),
    ("site_id", "nampo", "It was fired from North Korea's western coastal city of Nampo.", True),
    (
        "site_id",
        "sohae",
        "The rocket lifted off from the Tongchang-ri area in North Pyongan Province.",
        True,
    ),
    ("site_id", "northwest-border", "It was fired from near the border with China.", True),
    ("site_id", "hwangju", "The missiles were fired from a mobile launcher in Hwangju.", True),
    (
        "site_id",
        "tongchon-town",
        "The missiles were launched from Tongchon County, Kangwon Province.",
        True,
    ),
    (
        "site_id",
        "pyongyang-area",
        "The missile was launched from the Pyongyang region, KCNA said.",
        True,
    ),
    ("site_id", "sinpo", "The missile was launched from a submarine in the sea off Sinpo.", True),
    ("site_id", "pyongyang-area", "The missile lifted off from the outskirts of Pyongyang.", True),
    ("site_id", "kusong-town", "The missile was launched from Kusong in North Pyongan.", True),
    ("site_id", "pyongyang-area", "The missiles were launched in the Pyongyang area.", True),
]


@pytest.mark.parametrize(("field", "expected", "text", "lead"), PROBES)
def test_common_phrasing(sites, field, expected, text, lead):
    draft = extract_report((LEAD if lead else "") + text, date(2024, 3, 18), sites)
    assert getattr(draft, field) == expected


# Whole short reports: the launch told beside a recollection, a headline, a statement.
REPORTS = [
    (
        "site_id",
        "pyongyang",
        "North Korea fired the missile from a mobile launcher near Pyongyang's international "
        "airport.",
    ),
    (
        "site_id",
        "pyongyang",
        "North Korea fired the missile from the international airport in Pyongyang.",
    ),
    (
        "site_id",
        "hwangju",
        "North Korea fired a missile from North Hwanghae Province's Hwangju county on Monday.",
    ),
    (
        "site_id",
        "sukchon",
        "North Korea fired two missiles from South Pyongan Province's Sukchon on Monday.",
    ),
    (
        "apogee_km",
        4000.0,
        'North Korea fired a missile on Wednesday. It reached an altitude "well above" 4,000 '
        "km, the minister said.",
    ),
    (
        "range_km",
        1000.0,
        "North Korea fired an ICBM on Monday. The ICBM flew 1,000 km, farther than the "
        "short-range missiles it fired last week.",
    ),
    (
        "apogee_km",
        60.0,
        "North Korea fired two SRBMs on Monday. The SRBMs reached an altitude of 60 km, lower "
        "than those fired last month.",
    ),
    (
        "landing_area",
        "unknown",
        "North Korea launched a rocket on Sunday. US Strategic Command tracked the missile on "
        "a southerly route over the Yellow Sea.",
    ),
    (
        "landing_area",
        "pacific",
        "North Korea launched a rocket on Sunday. Its first stage fell into the Yellow Sea and "
        "it passed over Okinawa before falling into the Pacific.",
    ),
    (
        "landing_area",
        "yellow_sea",
        "North Korea launched a rocket on Sunday. Its debris fell into the Yellow Sea after it "
        "passed over the sea off the west coast.",
    ),
    (
        "landing_area",
        "yellow_sea",
        "KCNA said the cruise missiles flew over the West Sea for 7,500 seconds.",
    ),
    (
        "range_km",
        690.0,
        "North Korea fired two missiles on Monday. They flew 430 kilometers (267 miles) and "
        "690 kilometers (428 miles) respectively.",
    ),
    (
        "range_km",
        700.0,
        "North Korea fired a missile on Monday. It flew 700 km (435 miles) and landed in the sea.",
    ),
    (
        "range_km",
        1127.0,
        "North Korea fired a missile on Monday. It flew 700 miles (1,127 km) to the east.",
    ),
    (
        "site_id",
        "hodo",
        "The missiles were launched from the Hodo peninsula near the eastern coastal city of "
        "Wonsan at 5:34 a.m.",
    ),
    (
        "japan_eez",
        "unknown",
        "North Korea fired a missile on Monday. It is not yet known whether it landed in "
        "Japan's EEZ.",
    ),
    (
        "japan_eez",
        "unknown",
        "North Korea fired a missile on Monday. Japan said it was checking whether the missile "
        "fell within its exclusive economic zone.",
    ),
    (
        "japan_eez",
        "unknown",
        "North Korea fired a missile on Monday. It is unclear if it fell inside Japan's EEZ.",
    ),
    (
        "outcome",
        "unknown",
        "North Korea fired a missile on Monday. The missile flew on an abnormal trajectory.",
    ),
    ("missile_name", "Toksa", "North Korea fired two Toksa short-range missiles on Monday."),
    ("missile_class", "SRBM", "North Korea fired two Toksa missiles on Monday."),
    ("missile_class", "HGV", "North Korea fired a Hwasong-8 on Monday, KCNA said."),
    ("missile_class", "cruise", "North Korea fired Kumsong-3 anti-ship missiles on Monday."),
    # (the Hwasong-16B/Na is an IRBM with a glide warhead: the lead's C10 of 2026-12-04, as 628)
    ("missile_class", "IRBM", "North Korea tested the Hwasong-16Na, KCNA said."),
    ("range_km", None, "North Korea fired a Hwasong-12, with a range of some 4,500 km, on Monday."),
    (
        "range_km",
        None,
        "They are thought to be of the Nodong type, with a range of 1,200-1,500 kilometers.",
    ),
    (
        "range_km",
        200.0,
        "North Korea fired a short-range missile with a range of about 200 km on Monday.",
    ),
    (
        "flight_time_min",
        40.0,
        "North Korea fired a missile on Monday. It landed after about 40 minutes of flight.",
    ),
    (
        "flight_time_min",
        12.0,
        "North Korea fired a missile on Monday. After 12 minutes in the air it fell into the sea.",
    ),
    (
        "flight_time_min",
        73.0,
        "North Korea fired a missile on Monday. It fell into the sea after a 73-minute flight.",
    ),
    (
        "flight_time_min",
        70.0,
        "North Korea fired a missile on Monday. It splashed down after a flight of some 70 "
        "minutes.",
    ),
    ("range_km", 300.0, "North Korea fired a missile on Monday. The missile flew 200 to 300 km."),
    (
        "range_km",
        1000.0,
        "North Korea fired a missile on Monday. It traveled about 1,000 km (620 miles) across "
        "the peninsula.",
    ),
    (
        "flight_time_min",
        69.0,
        "North Korea fired a missile on Monday. It was in the air for approximately 1 hour and "
        "9 minutes.",
    ),
    (
        "missile_name",
        "Hwasong-11D",
        "North Korea fired what it called a new-type tactical ballistic missile, the "
        "Hwasong-11D, on Monday.",
    ),
    (
        "missile_class",
        "SLBM",
        "North Korea on Tuesday fired a ballistic missile believed to be a submarine-launched "
        "ballistic missile from waters off Sinpo.",
    ),
    (
        "site_id",
        "sinpo",
        "North Korea on Tuesday fired a ballistic missile believed to be a submarine-launched "
        "ballistic missile from waters off Sinpo.",
    ),
    (
        "missile_name",
        "Hwasong-18",
        (
            "North Korea said on Tuesday it had test-fired the Hwasong-18, first tested in April, "
            "under Kim Jong Un's guidance."
        ),
    ),
    (
        "missile_name",
        "Hwasong-18",
        "North Korea fired a Hwasong-18 ICBM on Monday, its third launch of the type since April.",
    ),
    (
        "missile_name",
        "KN-23",
        (
            "North Korea fired two short-range ballistic missiles on Monday. South Korean "
            "officials "
            "said they were likely KN-23s, which the North first tested in May 2019."
        ),
    ),
    (
        "missile_class",
        "ICBM",
        (
            "North Korea fired a long-range ballistic missile on Monday, a month after it "
            "launched an "
            "IRBM over Japan."
        ),
    ),
    (
        "missile_class",
        "SRBM",
        (
            "North Korea fired two short-range ballistic missiles on Monday. Last week it fired a "
            "cruise missile."
        ),
    ),
    (
        "missile_class",
        "IRBM",
        (
            "North Korea fired an intermediate-range ballistic missile on Monday. It was the "
            "North's "
            "first IRBM launch since January, when it tested a hypersonic missile."
        ),
    ),
    (
        "range_km",
        600.0,
        (
            "North Korea fired two ballistic missiles on Monday that flew about 600 km. Last "
            "month a "
            "missile flew 1,000 km."
        ),
    ),
    (
        "site_id",
        "pyongyang-area",
        (
            "North Korea fired a ballistic missile from the Pyongyang area on Monday. In "
            "January it "
            "launched from Jagang Province."
        ),
    ),
    (
        "landing_area",
        "sea_of_japan",
        (
            "North Korea fired a ballistic missile into the East Sea on Monday. Last week it fired "
            "cruise missiles into the Yellow Sea."
        ),
    ),
    (
        "missile_class",
        "SRBM",
        (
            "North Korea fires missile\n\nNorth Korea fired a short-range ballistic missile "
            "into the "
            "East Sea on Monday, the JCS said."
        ),
    ),
    (
        "missile_class",
        "ICBM",
        "N. Korea fires ICBM\n\nNorth Korea fired a ballistic missile on Monday, the JCS said.",
    ),
    (
        "missile_class",
        "SRBM",
        (
            "North Korea fired what appeared to be a short-range ballistic missile on Monday, "
            "South "
            "Korea's military said. Japan said it may have been a ballistic missile."
        ),
    ),
    (
        "missile_name",
        "Hwasong-19",
        (
            "KCNA said on Friday the country had successfully tested its new Hwasong-19 ICBM "
            "the day "
            "before."
        ),
    ),
    (
        "range_km",
        1001.2,
        (
            "KCNA said the missile flew 1,001.2 km for 5,156 seconds at a maximum altitude of "
            "7,687.5 "
            "km before landing in the East Sea."
        ),
    ),
    (
        "apogee_km",
        7687.5,
        (
            "KCNA said the missile flew 1,001.2 km for 5,156 seconds at a maximum altitude of "
            "7,687.5 "
            "km before landing in the East Sea."
        ),
    ),
    (
        "flight_time_min",
        85.9,
        (
            "KCNA said the missile flew 1,001.2 km for 5,156 seconds at a maximum altitude of "
            "7,687.5 "
            "km before landing in the East Sea."
        ),
    ),
    (
        "range_km",
        1000.0,
        (
            "Japan's defense ministry said the missile flew about 1,000 km and reached an "
            "altitude of "
            "more than 7,000 km, the highest ever."
        ),
    ),
    (
        "apogee_km",
        7000.0,
        (
            "Japan's defense ministry said the missile flew about 1,000 km and reached an "
            "altitude of "
            "more than 7,000 km, the highest ever."
        ),
    ),
    (
        "flight_time_min",
        86.0,
        "The missile flew for 86 minutes, the longest flight time recorded, Japan said.",
    ),
    (
        "japan_eez",
        "outside",
        (
            "Japan's Chief Cabinet Secretary said the missile appeared to have landed outside "
            "Japan's "
            "exclusive economic zone about 200 km west of Okushiri Island."
        ),
    ),
    (
        "landing_area",
        "sea_of_japan",
        (
            "Japan's Chief Cabinet Secretary said the missile appeared to have landed outside "
            "Japan's "
            "exclusive economic zone about 200 km west of Okushiri Island."
        ),
    ),
    (
        "outcome",
        "unknown",
        (
            "North Korea said the test was successful, though US officials said an earlier "
            "satellite "
            "launch had failed."
        ),
    ),
    (
        "outcome",
        "failure",
        "The missile appeared to have exploded shortly after launch, South Korea's JCS said.",
    ),
    ("outcome", "failure", "The rocket broke into pieces and fell into the sea, officials said."),
    ("outcome", "failure", "The missile exploded at an altitude of about 10 km, the JCS said."),
    ("outcome", "unknown", "North Korea said the launch was a success."),
    (
        "site_id",
        "sunan-town",
        "KCNA said the ICBM was launched from Pyongyang's Sunan district at 7:10 a.m.",
    ),
    (
        "site_id",
        "",
        "North Korea fired a missile on Monday. Kim Jong Un later returned to Pyongyang.",
    ),
    ("site_id", "pyongyang-area", "North Korea fired a missile from near the capital on Monday."),
    (
        "missile_class",
        "cruise",
        (
            "North Korea fired several cruise missiles toward the Yellow Sea on Monday, a week "
            "after "
            "it launched an ICBM."
        ),
    ),
    (
        "missile_class",
        "SLV",
        (
            "North Korea launched its second military spy satellite on Tuesday, but the rocket "
            "exploded in flight."
        ),
    ),
    (
        "outcome",
        "failure",
        (
            "North Korea launched its second military spy satellite on Tuesday, but the rocket "
            "exploded in flight."
        ),
    ),
    (
        "missile_class",
        "SLV",
        (
            "North Korea fired a rocket carrying a military reconnaissance satellite on "
            "Monday. The "
            "JCS said it detected a long-range projectile."
        ),
    ),
]


@pytest.mark.parametrize(("field", "expected", "text"), REPORTS)
def test_short_report(sites, field, expected, text):
    assert getattr(extract_report(text, date(2024, 3, 18), sites), field) == expected
