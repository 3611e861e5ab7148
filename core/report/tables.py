"""Wording tables of where a missile fell, who reported it, how it flew and whether it failed."""

from __future__ import annotations

from typing import Final

# Whose coast: "off its east coast", "off the Korean Peninsula's east coast", "off the North's".
COAST_OWNER: Final = (
    r"(?:the\s+)?(?:its|the|North Korea's|(?:the\s+)?(?:Korean\s+)?(?:[Pp]eninsula|country|North|"
    r"North Korean peninsula)'s)\s+"
)
LANDING_PATTERNS: Final = (
    (
        # "targets in the Pacific" is not where it fell.
        r"(?:into|over|toward|towards|reached|(?:fell|fallen|landed|landing|splashed down|"
        r"came down|plunged|falling)\s+in)\s+the\s+(?:western\s+|northern\s+|north\s+)?"
        # "it never passed over Japan": a withdrawn overflight is not one.
        r"Pacific(?:\s+Ocean)?\b|\bPhilippine Sea\b|\bsea east of the Philippines\b|"
        r"(?<!never passed )(?<!did not pass )(?<!not fly )\bover Japan\b|"
        r"\b(?:east|north-?east) of (?:Hokkaido|Cape Erimo|Tohoku|Japan|Aomori)\b",
        "pacific",
    ),
    (
        r"\bEast Sea\b|\bSea of Japan\b|\bbetween the Korean peninsula and Japan\b|"
        r"\b(?:off|towards?) " + COAST_OWNER + r"east(?:ern)? coast\b|"
        r"\bwaters? east of the (?:Korean )?peninsula\b|"
        r"\b(?:to|toward|towards|into)\s+the\s+east of the (?:Korean )?peninsula\b|"
        r"\b(?:its|the) east(?:ern)? (?:waters|seas?)\b|"
        # "300 km off Japan's northwest coast, off the Oga Peninsula in Akita"
        r"\boff (?:the )?(?:Oga Peninsula|Noto Peninsula|Okushiri|Sado|Oki Islands|Akita|Aomori|"
        r"Hokkaido|Japan's (?:north)?west(?:ern)? coast)\b|"
        r"\b(?:north)?west of (?:the (?:Japanese )?island of |the )?"
        r"(?:Okushiri|Hokkaido|Akita|Aomori|Oga peninsula|Sado|Oshima|Noto|Oki)",
        "sea_of_japan",
    ),
    (
        r"\bWest Sea\b|\bYellow Sea\b|\b(?:the|its) west(?:ern)? (?:waters|sea)\b|"
        r"\b(?:off|towards?) " + COAST_OWNER + r"west(?:ern)? coast\b",
        "yellow_sea",
    ),
    (
        r"\b(?:fell|landed|crashed|exploded)\s+(?:on land|inland)\b|"
        # "the missile did not leave the country's territory"
        r"\b(?:did not|didn't|never) leave (?:the country's|North Korea's|its|North Korean) "
        r"(?:territory|soil|land)\b",
        "land",
    ),
)
# Whose zone: "its EEZ" is Japan's only in a sentence about Japan (see fields.find_eez).
EEZ_OWNER: Final = r"(?:Japan's|the Japanese|Japanese|its)"
EEZ_PATTERNS: Final = (
    (
        r"\boutside\s+(?:of\s+)?Japan's\s+(?:exclusive economic zones?|EEZ)\b|"
        r"\boutside\s+(?:of\s+)?the\s+(?:Japanese\s+)?(?:exclusive economic zones?|EEZ)\b|"
        r"\bwithout (?:reaching|entering|falling (?:in|into|within))\s+(?:Japan's|the country's|"
        r"its|the Japanese)\s+(?:exclusive economic zones?|EEZ)\b|"
        r"\b(?:did not|didn't|does not|not)\s+(?:(?:land|fall|come down|reach)\s+)?"
        r"(?:inside|within|in|into)\s+" + EEZ_OWNER + r"\s+(?:exclusive economic zones?|EEZ)\b",
        "outside",
    ),
    (
        r"(?<!not )(?<!not land )(?<!not fall )(?<!n't land )(?<!n't fall )"
        r"\b(?:inside|within|into|in)\s+" + EEZ_OWNER + r"\s+(?:exclusive economic zones?|EEZ)\b",
        "inside",
    ),
)
JAPAN_DEFENSE_MINISTERS: Final = (
    r"(?:Gen Nakatani|Tomomi Inada|Itsunori Onodera|Takeshi Iwaya|Taro Kono|Nobuo Kishi|"
    r"Yasukazu Hamada|Minoru Kihara|Shinjiro Koizumi|Nakatani|Inada|Onodera|Iwaya|Kishi|Hamada|"
    r"Kihara|Koizumi)\b"
)
# A report told from Japan; a South Korean ministry; a ministry with no country named.
JAPAN_TOLD: Final = (
    r"\bJapan's (?:exclusive economic zone|EEZ)\b|\bJ-Alert\b|\bJapanese government\b|"
    r"\bPrime Minister (?:Fumio |Shinzo |Shigeru |Sanae )?(?:Kishida|Abe|Ishiba|Takaichi)\b|"
    r"\bChief Cabinet Secretary\b|\bJapan Coast Guard\b|"
    r"\b(?:Okinawa|Hokkaido|Akita|Aomori) Prefecture\b"
)
KOREAN_MINISTRY: Final = (
    r"\bSouth Korea(?:'s|n) (?:defen[cs]e ministry|Defen[cs]e Ministry|Ministry of "
    r"(?:National )?Defen[cs]e)\b|\bSeoul's (?:defen[cs]e ministry|Defen[cs]e Ministry)\b"
)
UNQUALIFIED_MINISTRY: Final = r"\bthe (?:Defen[cs]e Ministry|Ministry of Defen[cs]e)\b"
UNQUALIFIED_GOVERNMENT: Final = r"\b[Tt]he government (?=(?:announced|said|confirmed|reported)\b)"
REPORTER_PATTERNS: Final = (
    (
        r"\bJoint Chiefs of Staff\b|\bJCS\b|"
        r"\b(?:South Korea's|Seoul's|South Korean)\s+Joint Chiefs\b|"
        # "The South Korean military has been put on combat readiness": no statement.
        r"(?:\bSouth Korea's military\b|\bSouth Korean military\b|\bSeoul's military\b|"
        r"\bthe South's military\b)(?!\s+(?:has been |was |is |remains )?(?:put |placed |kept )?"
        r"on (?:high |full )?(?:alert|combat readiness|readiness)\b)",
        "JCS",
    ),
    (
        r"\bJapan(?:ese|'s)\s+(?:Ministry of Defen[cs]e|Defen[cs]e Ministry|defen[cs]e ministry)\b|"
        r"\bJapan(?:ese|'s)\s+(?:defen[cs]e ministry|Defen[cs]e Ministry)\b|\bJapan MOD\b|"
        r"\bJapan's defen[cs]e minist(?:er|ry)\b|\bJapan(?:ese|'s)\s+[Dd]efen[cs]e\s+[Mm]inister\b|"
        r"\bMinistry of Defen[cs]e (?:of Japan|\(Japan\))|"
        r"\b(?:State|Vice|Deputy|Parliamentary Vice)[- ]"
        r"(?:Minister of Defen[cs]e|Defen[cs]e Minister)\b|"
        r"\bJapan(?:ese|'s)\s+(?:State|Vice|Deputy)\s+Minister\s+of\s+Defen[cs]e\b|"
        r"\bTokyo's\s+(?:Defen[cs]e Ministry|defen[cs]e ministry|Ministry of Defen[cs]e)\b|"
        # The ministry's Joint Staff (Office) issues its launch releases.
        r"\bJapan(?:ese|'s)\s+Joint Staff(?:\s+Office)?\b|"
        r"\b(?:Defen[cs]e Ministry|defen[cs]e ministry|Ministry of Defen[cs]e) in Tokyo\b|"
        # Japan's defence ministers since 2016, named without "Japan".
        r"\bDefen[cs]e Minister\s+" + JAPAN_DEFENSE_MINISTERS,
        "Japan MOD",
    ),
    (
        r"\bChief Cabinet Secretary\b|\bJapan(?:ese|'s)\s+(?:government|Prime Minister)\b|"
        r"\b(?:officials|the government|government officials) in Tokyo\b|"
        r"\b(?:Japan's|Japanese|Tokyo's)\s+top government spokes(?:man|woman|person)\b|"
        r"\bPrime Minister(?:'s Office)?\s*(?:Fumio |Shinzo |Sanae |Yoshihide |Shigeru )?"
        r"(?:Kishida|Abe|Takaichi|Suga|Ishiba)\b",
        "Japan government",
    ),
    (
        r"\bKCNA\b|\bKorean Central News Agency\b|\bNorth Korea's state media\b|\bstate media\b|"
        r"\bNorth Korean (?:state )?media\b|"
        r"\bRodong Sinmun\b|\bKCTV\b|\bKorean? Central Television\b|"
        r"\bstate[- ]run (?:media|television|TV)\b|"
        # "Pyongyang's official news agency", "the North's state news agency"
        r"\b(?:North Korea's|the North's|Pyongyang's|North Korean)\s+"
        r"(?:official|state(?:[- ]run)?)\s+"
        r"(?:news agency|media|broadcaster|television|TV|newspaper)\b|\bstate news agency\b",
        "KCNA",
    ),
)
MANEUVER_PATTERNS: Final = (
    (
        # "maneuverability" is a claim about the weapon, not a profile flown
        r"\birregular trajector(?:y|ies)\b|\bpull-?up\b|"
        r"\bmanoeuv(?!rability)|\bmaneuv(?!erability)",
        "pullup",
    ),
    (r"\bglide\b|\bgliding\b", "glide"),
)
# "trying to work out whether it blew up": a failure asked about, not reported.
FAILURE_DOUBTED: Final = (
    r"\b(?:whether|if|may have|might have|could have|possibly|not ruled out|ruling out)\b"
    r"[^.;]{0,100}$"
)
FAILURE_PATTERN: Final = (
    r"\b(?:failed|failure|exploded (?:shortly|soon|moments|seconds|right|immediately) after|"
    r"exploded (?:in mid-?air|in flight|mid-flight)|"
    r"blew up|"
    r"disintegrated|crashed shortly)\b"
)
