"""Wording tables of where a missile fell, who reported it, how it flew and whether it failed."""

from __future__ import annotations

from typing import Final

# Whose coast: "off its east coast", "off the Korean Peninsula's east coast", "off the North's".
COAST_OWNER: Final = (
    r"(?:the\s+)?(?:its|the|North Korea's|(?:the\s+)?(?:Korean\s+)?(?:[Pp]eninsula|country|North|"
    r"North Korean peninsula)'s)\s+"
)
# "off its east coast", "off the eastern seaboard", "off the North's east shore"
SHORE: Final = r"(?:coast(?:line)?|seaboard|shore(?:line)?)\b"
# "east of the Korean Peninsula", "east of North Korea", "east of the North"
PENINSULA: Final = (
    r"(?:the (?:Korean )?[Pp]eninsula|North Korea|the North|the country|Korea)\b(?!\s*'s)"
)
COAST_OWNER_OFF: Final = r"\b(?:off|towards?) " + COAST_OWNER
# A fall into waters named by a place: "landed in waters near Sinpo", "fell into the sea
# northeast of Wonsan" (a launch "from waters near Sinpo" is no fall).
FELL_IN_WATERS: Final = (
    r"\b(?:fell|landed|came down|splashed down|plunged|crashed|falling|landing)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:in|into|near|off)\s+(?:the\s+)?(?:open\s+)?(?:waters?|sea)\s+"
    r"(?:(?:(?:north|south)?-?(?:east|west)?|north|south)\s+of|near|off|around)\s+(?:the\s+)?"
    # "off the North's northeastern city of Chongjin"
    r"(?:(?:North Korea's|the North's|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:city|port|town|county|coast)\s+of\s+)?(?:North\s+|South\s+)?(?:"
)
EAST_COAST_PLACES: Final = (
    r"Kimchaek|Chongjin|Hamhung|Hungnam|Wonsan|Sinpo|Sinpho|Tanchon|Hwadae|Rason|Rajin|Tongchon|"
    r"Munchon|Songjin|Kimchaek|Iwon|Kosong|Hamgyong|Kangwon|Musudan|Yonghung|Hodo|Alsom|Al-som"
)
# "fired into waters off Wonsan", "toward the sea near Nampo"
INTO_WATERS: Final = (
    r"\b(?:into|toward|towards)\s+(?:the\s+)?(?:open\s+)?(?:waters?|sea)\s+"
    r"(?:(?:(?:north|south)?-?(?:east|west)?|north|south)\s+of|near|off|around)\s+(?:the\s+)?"
    r"(?:coast\s+of\s+)?(?:(?:North|South)\s+)?(?:"
)
# "into eastern waters", "toward the sea in the east": a sea named by its side alone.
SENT_INTO: Final = r"\b(?:into|toward|towards)\s+"
WEST_COAST_PLACES: Final = (
    r"Nampo|Onchon|Jangyon|Haeju|Sinuiju|Cholsan|Yongyon|Kangryong|Ongjin|Sohae|Tongchang|"
    r"Hwanghae|Pyongan|Jangsan|Kwail|Taean"
)
LANDING_PATTERNS: Final = (
    (
        # "targets in the Pacific" is not where it fell.
        r"(?:into|over|toward|towards|reached|(?:fell|fallen|landed|landing|splashed down|"
        r"came down|come down|coming down|plunged|falling)\s+in)\s+the\s+"
        r"(?:western\s+|northern\s+|north\s+)?"
        # "it never passed over Japan": a withdrawn overflight is not one.
        r"Pacific(?:\s+Ocean)?\b|\bPhilippine Sea\b|\bsea east of the Philippines\b|"
        # ("without passing over Japan": no overflight either)
        r"(?<!never passed )(?<!did not pass )(?<!not fly )(?<!without passing )"
        r"(?<!without flying )\bover Japan\b"
        # ("warnings over Japan's J-alert broadcasting system": the means the alert went over,
        # not a place flown over; "over Japan's Aomori prefecture" is one)
        r"(?!'s\s+(?!(?:northern\s+|northeastern\s+|main\s+)?(?:territory|airspace|islands?|"
        r"archipelago|Hokkaido|Honshu|Aomori|Tohoku|Okinawa|north|northeast|[A-Z]\w+\s+"
        r"[Pp]refecture)\b))|"
        # "overflew Japan", "flew over Hokkaido", "passed over Japan's Aomori prefecture"
        r"\boverfl(?:ew|own|ying|ight of)\s+(?:northern\s+|northeastern\s+)?Japan\b|"
        r"(?<!never )(?<!not )(?<!without )\b(?:flew|flying|flown|passed|passing|crossed|crossing)"
        r"\s+over\s+"
        # ("flown over Honshu, Japan's main island")
        r"(?:(?:northern|northeastern)\s+Japan|(?:Japan's\s+)?(?:Hokkaido|Honshu|Aomori|Tohoku|"
        r"Iwate|Akita Prefecture|Okinawa|Miyako|Ishigaki|the Japanese archipelago))\b|"
        r"\b(?:east|north-?east) of (?:Hokkaido|Cape Erimo|Tohoku|Japan|Aomori)\b|"
        # "came down in the sea 300 kilometers east of the Philippines": the Pacific, however far
        r"\b(?:east|north-?east|south-?east) of the Philippines\b|"
        # "crossed the Japanese archipelago", "flew over Japanese territory"
        # ("without passing over Japanese territory": no overflight)
        r"(?<!never )(?<!not )(?<!without )\b(?:flew|flying|flown|passed|passing|crossed|crossing)"
        r"\s+(?:over\s+)?(?:the Japanese archipelago|Japanese (?:territory|airspace)|"
        r"Japan's (?:territory|airspace|main islands?))\b|"
        # "landed in the sea off Hokkaido, in the Pacific Ocean": the ocean named in an aside
        r",\s+in the (?:western\s+|northern\s+|north\s+)?Pacific(?:\s+Ocean)?\b",
        "pacific",
    ),
    (
        # ("coming down in the Japanese Sea": a translation's name for the same sea)
        # (not "Japanese sea lanes": Japan's shipping)
        r"\bEast Sea\b(?!\s+Satellite)|\bSea of Japan\b|\bJapan Sea\b|(?-i:\bJapanese Sea\b)|"
        r"\bbetween (?:the (?:Korean )?[Pp]eninsula|Korea|South Korea|the two Koreas|the Koreas) "
        r"and Japan\b|"
        # "the waters between North Korea and Japan", "the sea that lies between Japan and the
        # Korean peninsula": the same sea named from either shore (only of waters or a sea:
        # "talks between North Korea and Japan" is no place)
        r"\b(?:seas?|waters?)\b[^.;,]{0,20}?\bbetween (?:(?:North Korea|the North) and Japan|"
        r"Japan and (?:the (?:Korean )?[Pp]eninsula|(?:North |South )?Korea|the North|"
        r"the two Koreas|the Koreas))\b|"
        # "into waters off the Hamgyong coast", "the sea off Kangwon Province": the east coast's
        # provinces
        r"\b(?:off|near)\s+(?:the\s+)?(?:coast\s+of\s+)?(?:(?:North|South)\s+)?"
        r"(?:Hamgyong|Hamkyong|Kangwon)(?:\s+(?:coast|province))?\b|"
        # "fired into waters off Wonsan": sent into the sea named by a place on the east coast
        + INTO_WATERS
        + EAST_COAST_PLACES
        + r")\b|"
        # ("off its southeast coast", "off the North's northeastern shore")
        # (a headline's "fired into sea off east coast" drops the owner's article)
        r"\b(?:off|towards?) (?:"
        + COAST_OWNER
        + r")?(?:(?:north|south)-?)?east(?:ern)? "
        + SHORE
        + r"|"
        # "fired four missiles toward the sea from its southeastern coast": sent to sea from the
        # east coast (not "fired from its east coast" alone, which names no sea)
        + SENT_INTO
        + r"(?:the\s+)?(?:sea|waters)\s+from\s+"
        + COAST_OWNER
        + r"(?:(?:north|south)-?)?east(?:ern)? "
        + SHORE
        + r"|"
        # "coming down in waters near the east coast"
        r"\bwaters?\s+(?:near|along|off)\s+" + COAST_OWNER + r"east(?:ern)? " + SHORE + r"|"
        # "before falling near North Korea's east coast", "came down near its eastern coast" (a
        # fall told; not "fired from near the east coast", nor "near the eastern inland coast")
        r"\b(?:fell|falling|landed|landing|came down|coming down|splashed down|plunged)\s+"
        r"(?:[\w-]+\s+){0,2}?near\s+" + COAST_OWNER + r"east(?:ern)? " + SHORE + r"|"
        # "fell in the area of the east coast of the Korean Peninsula", "landed in waters along
        # the eastern coast of North Korea" (not "fired from the east coast of North Korea")
        r"\b(?:fell|landed|came down|splashed down|plunged|falling|landing|into|toward|towards)"
        r"\s+(?:[\w-]+\s+){0,4}?(?:the\s+)?east(?:ern)?\s+coast(?:line)?\s+of\s+"
        r"(?:the\s+(?:Korean\s+)?[Pp]eninsula|North Korea|the North)\b|"
        # "into the waters off the east of the Korean Peninsula", "the sea east of the North"
        r"\b(?:waters?|seas?|sea area)\s+(?:off\s+|to\s+)?(?:the\s+)?east(?:ern side)?\s+of\s+"
        + PENINSULA
        + r"|"
        r"\b(?:to|toward|towards|into)\s+the\s+east of the (?:Korean )?peninsula\b|"
        # "toward the country's eastern waters", "into North Korea's eastern sea"
        # ("exploded above the eastern coastal waters close to ... Wonsan")
        r"\b"
        + COAST_OWNER
        + r"east(?:ern)? (?:coastal )?(?:waters|seas?)\b(?!\s+Satellite)|"
        # "flew some 450 km into eastern waters", "across the peninsula into the sea in the east"
        + SENT_INTO
        + r"east(?:ern)?\s+waters\b(?!\s+(?:of|off)\s+Japan)|"
        + SENT_INTO
        + r"the\s+sea\s+(?:in|to)\s+the\s+east\b(?!\s+of\s+Japan)|"
        # "300 km off Japan's northwest coast, off the Oga Peninsula in Akita"
        r"\b(?:off|near) (?:the (?:[\w-]+ )?coast of )?(?:Japan's )?(?:the )?"
        r"(?:Oga Peninsula|Noto Peninsula|"
        r"Okushiri|Sado|Oki Islands|Akita|Aomori|Hokkaido|Shimane|Niigata|Ishikawa|Toyama|"
        r"Yamagata|Fukui|Tottori|"
        # "into the sea off Japan's northwest", "off northwestern Japan", "off the western coast
        # of Japan": Japan's side facing Korea
        r"Japan's (?:north-?)?west(?:ern)?(?: coast| shores?| seaboard)?|"
        r"(?:north-?)?western Japan|"
        r"(?:north-?)?west(?:ern)? (?:coast |shores? |seaboard )?of Japan)\b|"
        # islands and coasts of the Sea of Japan
        r"\b(?:near|off|around|west of|east of)\s+(?:the\s+)?(?:Ulleung(?:do)?|Dokdo|Takeshima|"
        r"Vladivostok|Russia's Primorsky|Primorye)\b|"
        # "coming down in the sea near Russia", "waters off Russia's coast": the sea North Korea
        # shares with Russia, east of it
        r"\b(?:sea|waters)\s+(?:near|off|close to)\s+(?:the\s+)?(?:Russia|Russian\s+(?:coast|"
        r"waters|Far East|territory)|Russia's\s+(?:coast|Far East|territory|waters))\b|"
        # ("200 km west of Oshima island" names no sea: Japan has many an Oshima, Izu Oshima in
        # the Pacific and Amami Oshima by the East China Sea among them, as the labels read it)
        r"\b(?:(?:north|south)-?(?:west|east)|north|south|west|east) of "
        r"(?:the (?:Japanese )?island of |the )?"
        r"(?:Okushiri|Akita|Aomori|Oga peninsula|Sado|Noto|Oki|Shimane|Niigata|Ishikawa|"
        r"Toyama|Yamagata|Ulleung|Hegura|Tobishima|Awashima|Rishiri|Rebun|Teuri)\b|"
        r"\b(?:north)?west of (?:the (?:Japanese )?island of |Japan's )?Hokkaido|"
        # waters off North Korea's east coast, named by a place there: "landed in waters off
        # Kimchaek", "fell into the sea northeast of Wonsan"
        + FELL_IN_WATERS
        + EAST_COAST_PLACES
        + r")\b|"
        + COAST_OWNER_OFF
        + r"north-?east(?:ern)? coast\b|"
        # "flew some 300 kilometres eastwards ... and came down in the sea", "flew east before
        # splashing down in the water": a fall in the sea east of the North (a heading east alone
        # names no sea, as 311 and 313 read it)
        r"\b(?:flew|flown|flying|travel+ed|fired|launched|headed|heading)\s+(?:[^.;]{0,40}?\s)?"
        r"(?:eastwards?|east)\b[^.;]{0,80}?\b(?:came|coming|fell|falling|landed|landing|splashed|"
        r"splashing|crashed|plunged)\s+(?:down\s+)?(?:in|into)\s+(?:the\s+)?(?:sea|water|waters)\b"
        r"(?!\s+(?:off|near|of|west|south|between|around)\b)|"
        # "three of them came down in Japan's exclusive economic zone", "landed inside Japan's
        # EEZ": a fall in Japan's zone with no sea named is in the Sea of Japan (a flight over
        # Japan into the Pacific outranks it; "outside Japan's EEZ" names no fall)
        # ("is thought to have come down within Japan's EEZ", "estimated to have come down", a
        # headline's "comes down inside": a fall assessed or told; not "might have come down", a
        # guess, nor "part of the missile had come down", as the labels read them)
        r"(?:\b(?:fell|falling|fallen|landed|landing|came down|coming down|splashed down|"
        r"comes down|plunged)|\b(?:thought|estimated|believed|assessed|judged|presumed)\s+to\s+"
        r"have\s+come\s+down)\s+(?:in|inside|within|into)\s+(?:waters\s+(?:in|inside|within)\s+)?"
        r"(?:Japan's|the Japanese|Japanese)\s+(?:exclusive\s+economic\s+zone|EEZ)\b",
        "sea_of_japan",
    ),
    (
        INTO_WATERS + WEST_COAST_PLACES + r")\b|"
        r"\bWest Sea\b(?!\s+Satellite)|\bYellow Sea\b|"
        + SENT_INTO
        + r"west(?:ern)?\s+waters\b(?!\s+(?:of|off)\s+Japan)|"
        + SENT_INTO
        + r"the\s+sea\s+(?:in|to)\s+the\s+west\b|\b"
        + COAST_OWNER
        + r"west(?:ern)? (?:waters|sea)\b(?!\s+Satellite)|"
        r"\b(?:waters?|seas?|sea area)\s+(?:off\s+|to\s+)?(?:the\s+)?west(?:ern side)?\s+of\s+"
        + PENINSULA
        + r"|"
        r"\b(?:to|toward|towards|into)\s+the\s+west of the (?:Korean )?peninsula\b|"
        r"\b(?:off|towards?) "
        + COAST_OWNER
        + r"(?:(?:north|south)-?)?west(?:ern)? "
        + SHORE
        + r"|"
        + FELL_IN_WATERS
        + WEST_COAST_PLACES
        + r")\b",
        "yellow_sea",
    ),
    (
        r"\b(?:fell|landed|crashed|exploded|came down)\s+"
        r"(?:on land|inland|over land|on the ground)\b|"
        # "flew about 350km before coming down in North Hamgyong Province": a fall in a North
        # Korean province itself (not "in waters off North Hamgyong Province", a sea)
        r"\b(?:f[ae]ll(?:en|ing)?|land(?:ed|ing)|crash(?:ed|ing)|c(?:ame|ome|oming) down|"
        r"impacted)\s+(?:in|on|inside)\s+(?:the\s+)?"
        # ("coming down in an inland area of North Hamgyong Province": a part of the province)
        r"(?:(?:an?\s+|the\s+)?(?:inland\s+|mountainous\s+|remote\s+)?(?:area|part|region|"
        r"district)\s+(?:of|in)\s+(?:the\s+)?)?(?:(?:North|South)\s+)?"
        r"(?:Hamgyong|Hamkyong|Hwanghae|Pyongan|Phyongan|Chagang|Jagang|Ryanggang|Yanggang)"
        r"\s+Province\b|"
        # "came down in an inland area", "fell in an inland region": on land
        r"\b(?:f[ae]ll(?:en|ing)?|land(?:ed|ing)|crash(?:ed|ing)|c(?:ame|ome|oming) down|"
        r"impacted)\s+(?:in|on)\s+(?:an?\s+|the\s+)?inland\s+(?:area|part|region)\b|"
        # "the projectile breaking apart over land a few minutes after lift-off"
        # ("exploding in flight over land", "exploded in mid-air over land")
        r"\b(?:(?:broke|breaking|blew|blowing)\s+(?:apart|up)|explod(?:ed|ing))\s+"
        r"(?:(?:in\s+(?:mid-?)?(?:flight|air)|in\s+the\s+air)\s+)?over\s+land\b|"
        # "seems to have come down in a field not far from Pyongyang", "crashed into farmland"
        r"\b(?:f[ae]ll(?:en|ing)?|land(?:ed|ing)|crash(?:ed|ing)|c(?:ame|ome|omes|oming)\s+down|"
        r"impacted)\s+(?:in|on|into)\s+(?:an?\s+|the\s+)?(?:(?:open|empty|rice|farm|nearby)\s+)?"
        r"(?:fields?|farmland|farms?|paddy|paddies|orchards?)\b|"
        # "landed in North Korean territory"
        r"\b(?:f[ae]ll(?:en|ing)?|land(?:ed|ing)|crash(?:ed|ing)|c(?:ame|ome|oming) down)\s+"
        r"(?:in|on|within|inside)\s+(?:North Korean|North Korea's|its own|the North's|"
        r"the country's)\s+(?:territory|soil|land)\b|"
        # "appeared to have landed in its mountainous northeastern region", "came down in the
        # North's interior": a part of the North's own land (not "its eastern waters", a sea)
        r"\b(?:f[ae]ll(?:en|ing)?|land(?:ed|ing)|crash(?:ed|ing)|c(?:ame|ome|oming) down|"
        r"impacted)\s+(?:in|on|inside)\s+(?:North Korea's|its|the North's|the country's)\s+"
        r"(?:own\s+)?(?:(?:mountainous|remote|rugged)\s+)?(?:(?:(?:north|south)-?(?:east|west)|"
        r"north|south|east|west|centr)(?:ern|al)?\s+)?(?:region|interior|hinterland|mountains|"
        r"highlands|inland areas?)\b(?<!\bits region)(?<!the country's region)|"
        # "the missile did not leave the country's territory"
        # ("had not left North Korean territory")
        r"\b(?:(?:did not|didn't|never) leave|(?:had not|hadn't|never) left) "
        r"(?:the country's|North Korea's|its|North Korean) "
        r"(?:territory|soil|land)\b",
        "land",
    ),
)
# Whose zone: "its EEZ" is Japan's only in a sentence about Japan (see fields.find_eez).
# ("the country's" and a bare "the" count only in a sentence that names Japan, as "its")
# "Japan's EEZ", "its exclusive economic zone", "Japan's economic waters"
EEZ_WORDS: Final = (
    # ("Japan's 200-nautical-mile exclusive economic zone")
    r"(?:(?:\d{3}-(?:nautical-)?(?:miles?|km|kilometer|kilometre)\s+)?"
    # (translations: "the special economic region of the country", "exclusive economic area")
    r"(?:(?:exclusive|unique|special)\s+economic\s+(?:zones?|waters|regions?|areas?)|EEZ|"
    r"economic (?:waters|zones?)))"
)
# A verb that stops short: "before reaching", "short of entering", "failed to reach", "nor
# reached" (the negation carried from "had not crossed its borders nor reached ...").
EEZ_STOPPED: Final = (
    r"\b(?:(?:before|without|short of|stopped short of|instead of)\s+"
    r"(?:reaching|entering|hitting|falling\s+(?:in|into|within)|landing\s+(?:in|within))|"
    r"fail(?:ed|ing|s)?\s+to\s+(?:reach|enter|land\s+in|fall\s+(?:in|into|within))|"
    r"(?:nor|never)\s+(?:(?:even|actually)\s+)?(?:reach(?:ed|es)?|enter(?:ed|s)?|"
    r"land(?:ed|s)?\s+(?:in|within|inside)|f[ae]ll(?:s)?\s+(?:in|into|within|inside)|"
    r"c(?:ame|omes)\s+down\s+(?:in|within|inside)))\s+"
)
# Waters Japan counts as its own: "in waters Japan regards as part of its EEZ", "into what
# Tokyo considers its exclusive economic zone", "in an area Japan claims as its EEZ".
EEZ_CLAIMED: Final = (
    r"\b(?:in|into|within|inside)\s+(?:what|(?:the\s+|an?\s+)?(?:waters?|seas?|areas?|zones?))\s+"
    r"(?:that\s+|which\s+)?(?:Japan|Tokyo|the Japanese government)\s+"
    r"(?:regards|considers|claims|deems|views|sees|counts|says\s+(?:is|are))\s+"
    r"(?:as\s+|to be\s+)?(?:(?:being\s+)?(?:part of|within|inside)\s+)?(?:its|Japan's)\s+"
)
# ("his country's": a Japanese minister's, in a sentence that names Japan or its minister)
# ('"fell within our country's exclusive economic zone," Suga said': a Japanese speaker's own)
EEZ_OWNER: Final = (
    r"(?:Japan's|the Japanese|Japanese|its|(?:the|his|her|our) country's|our nation's|our|the)"
)
EEZ_OWNER_PRE: Final = EEZ_OWNER + r"\s+" + EEZ_WORDS + r"\b"
# "its territory or exclusive economic zone", "Japanese territory or the EEZ": the zone named
# after the land or waters it is denied with, its owner said once.
EEZ_AFTER_LAND: Final = (
    # ("did not enter Japanese waters or the country's exclusive economic zone", 745)
    r"(?:(?:Japan's|Japanese|its|the country's)\s+(?:territory|territorial\s+waters|waters|soil|"
    r"land)\s+(?:or|nor|and)\s+(?:(?:inside|within|in|into)\s+)?(?:"
    + EEZ_OWNER
    + r"\s+)?"
    + EEZ_WORDS
    + r"\b|"
    + EEZ_OWNER_PRE
    + r")"
)
EEZ_PATTERNS: Final = (
    (
        r"\boutside\s+(?:of\s+)?Japan's\s+"
        + EEZ_WORDS
        + r"\b|"
        + EEZ_STOPPED
        + EEZ_OWNER_PRE
        + r"|"
        # ("outside the so-called Japanese economic zone": the writer's hedge on the term)
        r"\boutside\s+(?:of\s+)?the\s+(?:so-called\s+)?(?:Japanese\s+)?" + EEZ_WORDS + r"\b|"
        # "outside its exclusive economic zone", "fell short of Japan's EEZ", "beyond Japan's EEZ"
        # ("outside the waters of Japan's exclusive economic zone")
        r"\b(?:outside\s+(?:of\s+)?|short of\s+|beyond\s+)"
        r"(?:the\s+(?:waters|bounds|boundaries|limits|edge|area)\s+of\s+)?"
        r"(?:Japan's|its|Japanese|the Japanese|(?:the|his|her) country's)\s+"
        # "came down outside Japan's territorial waters and exclusive economic zone", "outside
        # Japanese territory or its EEZ": the zone named after the nearer waters, both outside
        # ("outside its territorial waters but inside its EEZ" names no zone here)
        r"(?:(?:territory|territorial\s+(?:waters|sea)|waters|land|soil)\s+(?:and|or)\s+"
        r"(?:(?:its|the|Japan's)\s+)?)?" + EEZ_WORDS + r"\b|"
        # "No missile fell within Japan's EEZ", "not believed to have landed in its EEZ"
        r"\bno (?:missiles?|projectiles?|debris|fragments?)\s+(?:[\w-]+\s+){0,3}?"
        # ("no missiles had entered Japanese territory or its exclusive economic zone")
        # ("no missile had flown into Japanese territory or Japan's exclusive economic zone")
        r"(?:fell|landed|came down|fallen|entered|reached|flown|flew)\s+"
        r"(?:(?:inside|within|in|into)\s+)?" + EEZ_AFTER_LAND + r"|"
        # "came down neither in Japanese territory nor inside its EEZ", "fell neither on
        # Japan's land nor in its exclusive economic zone"
        r"\b(?:fell|f[ae]llen|landed|came down|come down|reached|entered)\s+neither\s+"
        r"(?:(?:inside|within|in|into|on)\s+)?(?:Japan's|Japanese|its)\s+"
        r"(?:territory|territorial\s+waters|soil|land)\s+nor\s+(?:(?:inside|within|in|into)\s+)?"
        + EEZ_OWNER_PRE
        + r"|"
        # "None of them reached Japan's EEZ", "neither missile entered its economic zone"
        r"\b(?:none\s+of\s+(?:them|the\s+(?:[\w-]+\s+)?(?:missiles|projectiles|rockets))|"
        r"neither(?:\s+(?:of\s+them|missile|projectile|rocket))?)\s+"
        r"(?:[\w-]+\s+){0,4}?(?:fell|landed|came down|reached|entered|flew)\s+"
        r"(?:(?:inside|within|in|into)\s+)?" + EEZ_AFTER_LAND + r"|"
        # ("not been confirmed to have fallen inside Japan's EEZ" is no verdict)
        r"\bnot\s+(?:(?!whether\b|if\b|(?:been\s+)?(?:confirmed|known|clear)\b)[\w-]+\s+){0,4}?"
        r"(?:land(?:ed)?|f[ae]ll(?:en)?|come down|"
        r"reach(?:ed)?|"
        r"enter(?:ed)?)\s+(?:(?:inside|within|in|into)\s+)?"
        r"(?:the\s+(?:waters|bounds|limits|area)\s+of\s+)?"
        # "has not reached Japanese territory or the Exclusive Economic Zone", "had not come down
        # in Japanese territory or inside its exclusive economic zone"
        # ("did not appear to reach Japanese territory or the waters of its exclusive economic
        # zone": the zone's waters named after the land)
        r"(?:(?:Japanese|Japan's|its)\s+(?:territory|territorial\s+waters|waters|soil|land)\s+"
        r"(?:or|nor|and)\s+(?:(?:inside|within|in|into)\s+)?"
        r"(?:the\s+(?:waters|bounds|limits|area)\s+of\s+)?)?" + EEZ_OWNER_PRE + r"|"
        r"\bwithout (?:reaching|entering|falling (?:in|into|within))\s+(?:Japan's|the country's|"
        r"its|the Japanese)\s+" + EEZ_WORDS + r"\b|"
        r"\b(?:did not|didn't|does not|not)\s+(?:(?:land|fall|come down|reach)\s+)?"
        r"(?:inside|within|in|into)\s+" + EEZ_OWNER + r"\s+" + EEZ_WORDS + r"\b",
        "outside",
    ),
    (
        r"(?<!not )(?<!not land )(?<!not fall )(?<!n't land )(?<!n't fall )"
        # "may have come down inside the waters of Japan's exclusive economic zone" (713), "fell
        # in the sea area of Japan's Exclusive Economic Zone" (834)
        r"\b(?:inside|within|into|in)\s+(?:the\s+(?:sea\s+|maritime\s+|ocean\s+)?"
        r"(?:waters|bounds|limits|areas?)\s+of\s+)?"
        + EEZ_OWNER
        + r"\s+"
        + EEZ_WORDS
        + r"\b|"
        + EEZ_CLAIMED
        + EEZ_WORDS
        + r"\b|"
        # "one of them reaching Japan's economic zone", "entered Japan's EEZ" (the negated
        # verbs are the table's first row, which comes first in the sentence)
        r"(?<!not )(?<!n't )(?<!never )(?<!nor )(?<!to )(?<!could )(?<!can )(?<!would )(?<!might )"
        r"(?<!may )\b(?:reach(?:ed|ing|es)?|"
        # ("one of the pieces reached its Exclusive Economic Zone", Japan's named in the sentence)
        r"enter(?:ed|ing|s)?)\s+(?:Japan's|the Japanese|Japanese|its)\s+" + EEZ_WORDS + r"\b|"
        # "fell into its territorial waters", "came down in Japan's territorial waters": waters
        # nearer Japan than its EEZ's edge (a denial, "did not fall into Japan's territorial
        # waters", says nothing of the EEZ).
        r"(?<!not )(?<!n't )(?<!never )\b(?:fell|fallen|falling|landed|landing|came down|"
        r"come down|coming down|splashed down|plunged)\s+(?:into\s+the\s+sea\s+)?"
        r"(?:inside|within|into|in)\s+(?:Japan's|Japanese|its|the country's)\s+"
        r"territorial\s+(?:waters|sea)\b",
        "inside",
    ),
)
JAPAN_DEFENSE_MINISTERS: Final = (
    r"(?:Gen Nakatani|Tomomi Inada|Itsunori Onodera|Takeshi Iwaya|Taro Kono|Nobuo Kishi|"
    r"Yasukazu Hamada|Minoru Kihara|Shinjiro Koizumi|Nakatani|Inada|Onodera|Iwaya|Kishi|Hamada|"
    r"Kihara|Koizumi|"
    # and before 2016 (heads of the Defense Agency until 2007)
    r"(?:Fukushiro )?Nukaga|(?:Fumio )?Kyuma|(?:Yuriko )?Koike|(?:Masahiko )?Komura|"
    r"(?:Yoshimasa )?Hayashi|(?:Toshimi )?Kitazawa|(?:Yasuo )?Ichikawa|(?:Naoki )?Tanaka|"
    r"(?:Satoshi )?Morimoto|(?:Akinori )?Eto|(?:Shigeru )?Ishiba|(?:Hosei )?Norota)\b"
)
# Japan's prime ministers since 1991, named without "Japan": "Prime Minister Aso's office".
JAPAN_PRIME_MINISTERS: Final = (
    r"(?:(?:Kiichi |Morihiro |Tsutomu |Tomiichi |Ryutaro |Keizo |Yoshiro |Junichiro |Shinzo |"
    r"Yasuo |Taro |Yukio |Naoto |Yoshihiko |Yoshihide |Fumio |Shigeru |Sanae )?"
    r"(?:Miyazawa|Hosokawa|Hata|Murayama|Hashimoto|Obuchi|Mori|Koizumi|Abe|Fukuda|Aso|Hatoyama|"
    r"Kan|Noda|Suga|Kishida|Ishiba|Takaichi))\b"
)
# "citing multiple", "quoting unnamed senior": officials counted or left unnamed, after the
# verb that cites them.
_UNNAMED: Final = (
    r"(?:(?<=\bciting )|(?<=\bquoting ))"
    r"(?:(?:multiple|several|two|three|unnamed|anonymous|senior|high-ranking|unidentified) ){1,3}"
)
# A report told from Japan; a South Korean ministry; a ministry with no country named.
JAPAN_TOLD: Final = (
    r"\bJapan's (?:exclusive economic zone|EEZ)\b|\bJ-Alert\b|\bJapanese government\b|"
    r"\bPrime Minister " + JAPAN_PRIME_MINISTERS + r"|"
    r"\bChief Cabinet Secretary\b|\bJapan Coast Guard\b|"
    r"\b(?:Okinawa|Hokkaido|Akita|Aomori) Prefecture\b"
)
KOREAN_MINISTRY: Final = (
    r"\bSouth Korea(?:'s|n) (?:defen[cs]e ministry|Defen[cs]e Ministry|Ministry of "
    r"(?:National )?Defen[cs]e)\b|\bSeoul's (?:defen[cs]e ministry|Defen[cs]e Ministry)\b"
)
# "the Defense Ministry", "according to Defense Ministry sources", "citing Ministry of Defense
# officials", "Japan's Coast Guard and its Defense Ministry", "citing the national defense
# ministry", "the country's Defence Ministry" (not "Russia's Defense Ministry": a country's
# adjective names it; nor "the Ministry of National Defense", Seoul's name for its own).
UNQUALIFIED_MINISTRY: Final = (
    r"(?:\bthe |\bits |(?<=\bto )|(?<=\bciting )|(?<=\bfrom )|(?<=\bby ))"
    r"(?:(?:national|country's|nation's) )?"
    r"(?:Defen[cs]e Ministry|Ministry of Defen[cs]e|defen[cs]e ministry)\b|"
    # "citing multiple defence ministry officials", "quoting unnamed Defense Ministry sources":
    # the officials counted or left unnamed are the ministry's all the same.
    + _UNNAMED
    + r"(?:Defen[cs]e Ministry|Ministry of Defen[cs]e|defen[cs]e ministry)\b"
    r"(?= (?:officials?|sources?))"
)
# "Defense Minister Toshiro Ino called the launch unacceptable", "the defence minister said":
# a minister with no country named, Japan's where its paragraph names Japan and not Seoul.
UNQUALIFIED_MINISTER: Final = (
    r"(?:\bthe |(?<=\bto )|(?<=\bciting )|(?<=\bby )|(?<=[.,;:\"] )|^\W*)"
    r"(?:Defen[cs]e Minister|defen[cs]e minister|defen[cs]e chief)\b"
)
UNQUALIFIED_GOVERNMENT: Final = (
    r"\b[Tt]he government (?=(?:announced|said|says|confirmed|reported|told)\b)|"
    # "according to the Japan Coast Guard and the Prime Minister's Office", "the Prime
    # Minister's Office said" (not a meeting "at the prime minister's office")
    r"\b(?:[Aa]ccording to|citing) (?:[^.;,]{0,40}? and )?the [Pp]rime [Mm]inister's [Oo]ffice\b|"
    r"\b[Tt]he [Pp]rime [Mm]inister's [Oo]ffice (?=(?:said|says|announced|confirmed|reported|"
    r"told|stated)\b)|"
    # "According to government officials, it may have flown more than 4,000 kilometers"
    # "Kyodo reported this, citing a government statement"
    r"\b(?:[Aa]ccording to|citing) (?:the |a )?government(?: officials| sources| statement)?\b|"
    # "reported citing unnamed government sources", "quoting several senior government officials"
    + _UNNAMED
    + r"government (?:officials|sources)\b|"
    r"\b[Gg]overnment sources (?=(?:said|say|says|told)\b)"
)
# Japan named as a whole: "Japanese officials gave similar flight details", "Japan said the
# missile came down ...", "Tokyo confirmed the launch". The Japanese government where the report
# cites no Japanese body; with the ministry alone, the same body ("Japanese Defense Ministry
# officials said ... According to the Japanese officials"); Japan's officials where the
# government is cited too, the government's first mention (see fields.find_reporters). Not
# "shared with U.S. and Japanese authorities", nor "South Korea and Japan said they could not
# confirm" (a silence). Named beside South Korea ("South Korean and Japanese officials said",
# "Japan and South Korea said", "officials in Seoul and Tokyo"), Japan is named all the same.
JAPAN_OFFICIALS: Final = (
    r"(?<!with )(?<!U\.S\. and )(?<!US and )(?<!American and )"
    # ("citing an unnamed Japanese official": one official stands for Japan the same)
    r"\bJapanese (?:government )?(?:officials?|authorities)\b|"
    r"\bJapanese(?= and (?:South Korean|Korean|ROK) (?:government )?(?:officials|authorities|"
    r"governments)\b)|(?<=South Korean and )Japanese(?= governments\b)|"
    # "according to reports from the South Korean, American and Japanese governments", "the
    # Japanese, South Korean and U.S. governments said": Japan's in a list of the governments.
    r"(?:(?<=Korean, )|(?<=American, )|(?<=U\.S\., )|(?<=US, )|(?<=American and )|"
    r"(?<=U\.S\. and )|(?<=US and )|(?<=Korean, and )|(?<=American, and ))Japanese"
    r"(?= governments\b)|"
    r"\bJapanese(?:,? (?:and )?(?:South Korean|Korean|American|U\.S\.|US))+ governments\b|"
    # ("According to authorities in Japan and South Korea, the Hwasong-15 rose to 4,500 km")
    # (not "Authorities in Japan's Okinawa Prefecture told residents to take shelter")
    r"(?<!military )\b(?:officials|authorities) in (?:Japan|Tokyo)\b(?!')|"
    r"(?<!military )\b(?:officials|authorities) in (?:South Korea|Seoul) and (?:Japan|Tokyo)"
    r"\b(?!')|"
    r"\bgovernments of (?:South Korea and )?Japan\b"
)
JAPAN_AS_A_WHOLE: Final = (
    JAPAN_OFFICIALS + r"|"
    # ("Japan and South Korea both reported": the two named together, "both" before the verb)
    r"\b(?:Japan|Tokyo)(?= (?:and|&) (?:South Korea|Seoul) (?:(?:both|also|each) )?"
    r"(?:said|say|says|reported|announced|confirmed)\b)|"
    # "North Korea fires missile after warning of satellite launch: Japan & South Korea": a
    # headline's closing attribution.
    r"(?<=: )(?:Japan|Tokyo)(?= (?:and|&) (?:South Korea|Seoul)\s*$)|"
    r"(?:(?<=: South Korea and )|(?<=: South Korea & ))(?:Japan|Tokyo)\s*$|"
    # "North Korea fires two ballistic missiles, say South Korea and Japan", "..., says Tokyo":
    # a headline's closing source, its verb before it.
    r"(?:(?<=\bsays )|(?<=\bsay )|(?<=\bsay South Korea and )|(?<=\bsay Seoul and )|"
    r"(?<=\bsay South Korea & ))(?:Japan|Tokyo)(?:\s+(?:and|&)\s+(?:South Korea|Seoul))?\s*$|"
    # "North Korea fired what could be a ballistic missile: Japan": a headline's closing source.
    r"(?<=: )(?:Japan|Tokyo)\s*$|"
    # "according to Japan", "citing Tokyo" (not "according to Japan's Defense Ministry")
    r"(?<=\b[Aa]ccording to )(?:Japan|Tokyo)\b(?!')|(?<=\bciting )(?:Japan|Tokyo)\b(?!')|"
    # "According to the official accounts of South Korea, Japan and the United States", "according
    # to Seoul, Tokyo and Washington": Japan named in a list of the countries that are the source.
    r"(?<=\b[Aa]ccording to )(?:the\s+(?:official\s+)?(?:accounts|statements|figures|data|"
    r"assessments|estimates)\s+of\s+)?(?:(?:the\s+)?(?:South Korea|Seoul|United States|U\.S\.|US|"
    r"Washington),\s+(?:and\s+)?){1,2}(?:Japan|Tokyo)\b(?!')|"
    # "The figures are close to the data reported by Japan and South Korea", "the launch was
    # confirmed by Tokyo": Japan named as the source of what was said (not "detected by Japan").
    r"(?:(?<=\breported by )|(?<=\bconfirmed by )|(?<=\bannounced by )|(?<=\breleased by )|"
    r"(?<=\bgiven by )|(?<=\bprovided by )|(?<=\bpublished by ))(?:Japan|Tokyo)\b(?!')|"
    # ("The incident was confirmed by both the US and Japan": the source named after another;
    # not "detected by South Korea and Japan")
    r"\b(?:reported|confirmed|announced)\s+by\s+(?:both\s+)?(?:the\s+)?"
    r"(?:U\.S\.|US|United States|South Korea|Seoul)\s+and\s+(?:Japan|Tokyo)\b(?!')|"
    # "Japan also said it had detected the launch", "Japan confirms new test", "Japan believes
    # the missile came down in its territorial waters"; after "South Korea and", the plural
    # verb ("as South Korea and Japan confirm a projectile launch").
    # ("Tokyo, too, judged that the North had fired ballistic missiles": an aside between them;
    # a judgement given is a statement)
    # ("Tokyo, however, says it is a ballistic missile": a short interjection between them)
    r"\b(?:Japan|Tokyo)(?:,\s+(?:too|also|however|though),)? "
    # ("South Korea and Japan both reported that the rocket travelled about 497 miles")
    r"(?:(?:also|too|both|later|separately|itself|has|had),? )?"
    r"(?:said|say|says|reported|reports|announced|announces|confirmed|confirms|believes|"
    r"estimated|estimates|judged|concluded|assessed|"
    r"(?:(?<=and Japan )|(?<=and Tokyo ))(?:confirm|report|announce))\b"
)
# A military named beside the other country's ("the militaries of South Korea and Japan",
# "South Korean and Japanese military officials", "Japan's and South Korea's militaries"): the
# country word of each body, at its own place, so both are cited in the order named.
# (Defence officials are not the JCS: "South Korean and Japanese defence officials" is no joint
# military.)
_FORCES: Final = r"(?:militar(?:y|ies)|armed forces)"


def joint_military(ours: tuple[str, str, str], theirs: tuple[str, str, str]) -> str:
    """The pattern of one country's word in a joint attribution to two militaries.

    Each tuple is the country's noun, adjective and possessive ("Japan", "Japanese", "Japan's").
    """
    parts: list[str] = []
    for index, (one, other) in enumerate(zip(ours, theirs, strict=True)):
        if index == 0:
            # "the militaries of South Korea and Japan", "military officials in Japan and South
            # Korea", "the militaries in Seoul and Tokyo"
            # ("military sources in South Korea and Japan confirmed")
            # ("according to military officials from South Korea and Japan")
            frames = (
                "militaries of ",
                "militaries in ",
                "military officials in ",
                "military sources in ",
                "military officials from ",
                "military sources from ",
                "military authorities from ",
            )
            for frame in (*frames, "military authorities in ", "armed forces of "):
                parts.append(rf"(?<={frame}){one}\b(?= and {other}\b)")
                parts.append(rf"(?<={frame}{other} and ){one}\b")
            # "South Korea and Japan's militaries"
            parts.append(rf"\b{one}(?= and {theirs[2]} {_FORCES})")
            parts.append(rf"(?<={other} and ){ours[2]}(?= {_FORCES})")
        else:
            # "South Korean and Japanese military officials", "Japan's and South Korea's
            # militaries"
            parts.append(rf"\b{one}(?= and {other} {_FORCES})")
            parts.append(rf"(?<={other} and ){one}(?= {_FORCES})")
    return "|".join(parts)


_KOREA: Final = ("South Korea", "South Korean", "South Korea's")
_JAPAN: Final = ("Japan", "Japanese", "Japan's")
# The capitals stand for them: "Seoul's and Tokyo's militaries", "military authorities in Seoul
# and Tokyo".
_SEOUL: Final = ("Seoul", "Seoul", "Seoul's")
_TOKYO: Final = ("Tokyo", "Tokyo", "Tokyo's")
_JAPAN_MINISTRY_AND: Final = (
    "(?:"
    + "|".join(
        f"(?<={country} {ministry} and )"
        for country in ("Japan's", "Japanese")
        for ministry in (
            "Defense Ministry",
            "Defence Ministry",
            "Ministry of Defense",
            "Ministry of Defence",
        )
    )
    + ")"
)
# "according to Japan's Prime Minister's Office and Defense Ministry", "the Japanese government
# and the defence ministry said": the ministry joined to a body Japan's possessive names is
# Japan's too, at its own place.
_JAPAN_OFFICE_AND: Final = (
    "(?:"
    + "|".join(
        f"(?<={country} {office} and {article})"
        for country in ("Japan's", "Japanese")
        for office in (
            # (matched without regard to case, as every reporter pattern)
            "Prime Minister's Office",
            "government",
            "Cabinet Office",
            "Cabinet",
            "Coast Guard",
            "Foreign Ministry",
        )
        for article in ("", "the ", "its ")
    )
    + ")"
)
# North Korea named as a speaker, and its statement verbs (C12).
# ("The isolated country said it had test-launched its first intercontinental ballistic
# missile": a wire's epithet for the North)
_THE_NORTH: Final = (
    r"(?:North Korea|N\.? Korea|Pyongyang|the North|the DPRK|"
    r"the (?:isolated|reclusive|secretive|hermit|impoverished|nuclear-armed)\s+"
    r"(?:country|state|nation|regime|kingdom))"
)
_NORTH_SAID: Final = (
    r"(?:said|says|claimed|claims|admitted|admits|acknowledged|acknowledges|conceded|concedes|"
    r"reported|reports|insisted|insists|"
    # "North Korea soon issued a statement saying it had fired two shots", "Pyongyang put out a
    # statement that its launch was a success": its statement, told by the writer.
    r"(?:put out|issued|released|published)\s+an?\s+(?:[\w-]+\s+)?statement"
    r"(?:\s+(?:saying|to say|claiming|declaring))?)"
)
# North Korea, its regime, army or leader, named as a speaker (C12): "the secretive North Korean
# regime", "North Korea's Army", "North Korean leader Kim Jong Un".
_NORTH_SPEAKER: Final = (
    r"(?:" + _THE_NORTH + r"(?:'s\s+(?:army|military|regime|government|leadership|authorities))?|"
    r"the\s+(?:(?:secretive|reclusive|isolated|communist)\s+)?North Korean\s+"
    r"(?:regime|government|military|army|authorities|leadership)|"
    r"(?:North Korean leader\s+|leader\s+)?Kim Jong[- ]?[Uu]n)"
)
# Its verb of speech, in any tense ("has said", "Confirmed", "was reported as saying"). (Not
# "calls": "what Pyongyang calls a satellite", "which the North calls the Pukguksong-2" name a
# thing in the North's word; not "claims technical breakthroughs": a claim with no statement.)
_NORTH_SAID_BARE: Final = (
    r"(?:(?:has|had|have)\s+)?(?:(?:also|later|itself|then|soon|now|officially)\s+)?"
    # ("North Korea Confirmed ICBM Test", "has confirmed testing the Hwasong-17": a headline's
    # or a wire's verdict, the launch named after the verb)
    r"(?:said|says|(?:claimed|claims|confirmed|confirms)(?=\s+(?:(?:that|it|its|the|this|a|an)\b|"
    r"(?:[\w-]+\s+){0,2}?(?:launch|test)\w*\b))|"
    r"(?:was|were)\s+(?:reported|quoted)\s+as\s+saying)\b"
)
REPORTER_PATTERNS: Final = (
    (
        # ("the Joint Chief of Staff of South Korea": the body's name in the singular)
        # (not "the U.S. Joint Chiefs of Staff", "America's Joint Chiefs": another country's)
        r"(?<!U\.S\. )(?<!US )(?<!American )(?<!America's )(?<!Pentagon's )"
        r"\bJoint Chiefs? of Staff\b|\bJCS\b|"
        r"\b(?:South Korea's|Seoul's|South Korean)\s+Joint Chiefs\b|"
        # "the Joint Chiefs said", "according to the ROK military"
        r"\b[Tt]he Joint Chiefs\b|\bROK (?:military|armed forces|Joint Chiefs)\b|"
        r"\bRepublic of Korea(?:'s)? (?:military|armed forces)\b|"
        # "according to military officials in Seoul": the South's military by its capital (not
        # "defence officials in Seoul", nor the two capitals' officials, see joint_military).
        # ("quoting an unnamed military official in Seoul": one official the same)
        r"\bmilitary (?:officials?|authorities|sources?) in (?:Seoul|South Korea)\b(?! and )|"
        # Named beside Japan's: "the militaries of South Korea and Japan", "South Korean and
        # Japanese military officials", "Japan's and South Korea's militaries".
        + joint_military(_KOREA, _JAPAN)
        + r"|"
        + joint_military(_SEOUL, _TOKYO)
        + r"|"
        # "The South Korean military has been put on combat readiness": no statement.
        # ("joint US-South Korean military drills" are no body: a military named in a thing.)
        # (A dateline's dash, "(Jiji Press)--South Korea's military said", is no compound.)
        # ("U.S.-South Korean military events": the compound after an abbreviation's dot)
        # ("North Korea's missile test a failure: S. Korean military": a headline's short form)
        r"(?<!\w-)(?<!\.-)(?<!/)(?:\b(?:South |S\.\s?)Korea's military\b|"
        r"\b(?:South |S\.\s?)Korean military\b|"
        r"\bSeoul's military\b|\bthe South's military\b|\bSouth Korea(?:'s|n) armed forces\b|"
        # "The South Korean army likewise said it believes the weapon was an ICBM": a
        # translation's "army" (ejército, armée) for the South's military.
        # (not "a retired South Korean army general": one of its men, no statement)
        r"\bSouth Korea(?:'s|n) [Aa]rmy\b(?=,?\s+(?:(?:also|likewise|later|too|then|itself),?\s+)?"
        r"(?:said|says|reported|announced|confirmed|stated|told)\b)|"
        r"(?<=according to the )South Korean [Aa]rmy\b|"
        # "According to the Seoul military": the capital's military, as "Seoul's military".
        r"(?<=the )Seoul military\b|"
        # "South Korean and US military officials say North Korea has test-fired": the South's
        # military named before the United States'.
        r"\bSouth Korean(?= and (?:U\.S\.|US|American|United States) military "
        r"(?:officials?|authorities|sources)\b)|"
        # "The South Korean and US militaries said the latest launch had failed": the two
        # militaries named together, the South's first (not "the South Korean and US militaries
        # hold drills": doers, see below)
        r"\bSouth Korean(?= and (?:the\s+)?(?:U\.S\.|US|American|United States) "
        r"(?:militar(?:y|ies)|armed forces)\b"
        r"(?!\s+(?:(?:are|were)\s+)?(?:hold|holds|held|holding|conduct\w*|stag(?:e|ed|es|ing)|"
        r"carr(?:y|ied|ies|ying) out|began|begin|start\w*|launch\w*|drills?|exercises?|"
        r"training|alliance|ties|cooperation|bases?|forces|officials?|authorities|sources)\b))|"
        # "according to the U.S. and South Korean militaries", "the American and South Korean
        # militaries said": the South's military named beside the United States'.
        r"(?:(?<=\bU\.S\. and )|(?<=\bUS and )|(?<=\bAmerican and )|(?<=\bUnited States and ))"
        r"South Korean militaries\b"
        # ("while the U.S. and South Korean militaries hold an 11-day joint drill": doers)
        r"(?!\s+(?:(?:are|were)\s+)?(?:hold|holds|held|holding|conduct\w*|stag(?:e|ed|es|ing)|"
        r"carr(?:y|ied|ies|ying) out|began|begin|start\w*|launch\w*)\b))"
        # ("the South Korean armed forces, together with the United States, are on heightened
        # alert": a short aside between the body and its state)
        r"(?!(?:\s*,[^,.;]{1,50},)?\s+(?:has been |was |is |are |remains )?(?:put |placed |kept )?"
        r"on (?:high |full |heightened )?(?:alert|combat readiness|readiness)\b)"
        r"(?!\s+(?:drills?|exercises?|training|manoeuvres|maneuvers|alliance|ties|cooperation|"
        r"bases?|installations?|targets?|facilities|posts?|outposts?|units?|events?|"
        r"activit(?:y|ies)|games|operations)\b)",
        "JCS",
    ),
    (
        r"\bJapan(?:ese|'s)\s+(?:Ministry of Defen[cs]e|Defen[cs]e Ministry|defen[cs]e ministry)\b|"
        r"\bJapan(?:ese|'s)\s+(?:defen[cs]e ministry|Defen[cs]e Ministry)\b|"
        + _JAPAN_OFFICE_AND
        + r"(?:Defen[cs]e Ministry|Ministry of Defen[cs]e)\b|"
        r"\bJapan(?:ese|'s)? MOD\b|"
        r"\bJapan's defen[cs]e minist(?:er|ry)\b|\bJapan(?:ese|'s)\s+[Dd]efen[cs]e\s+[Mm]inister\b|"
        # "Japan's defense chief", "Japanese Minister of Defense Gen Nakatani"
        # ("... has 2,500 km range - Japan's top brass": a headline's source, its defence chiefs)
        r"\b(?:Japan(?:ese|'s)|Tokyo's)\s+(?:defen[cs]e chiefs?|Minister of Defen[cs]e|"
        r"top brass|military brass)\b|"
        r"\bMinistry of Defen[cs]e (?:of Japan|\(Japan\))|"
        # "The Ministry of Japan's Defence Force said", "Japan Defense Ministry officials", "the
        # Japanese Self-Defence Force": its forces are the ministry's.
        r"\bMinistry of (?:Japan's|Japanese|the Japanese) (?:Self-)?Defen[cs]e\b|"
        r"\bJapan (?:Defen[cs]e Ministry|Ministry of Defen[cs]e)\b|"
        r"\bJapan(?:ese|'s)? (?:Self-)?Defen[cs]e Forces?\b|"
        # ("says Makoto Oniki, Japan's state minister for defense")
        r"\b(?:State|Vice|Deputy|Parliamentary Vice)[- ]"
        r"(?:Minister (?:of|for) Defen[cs]e|Defen[cs]e Minister)\b|"
        r"\bJapan(?:ese|'s)\s+(?:State|Vice|Deputy)\s+Minister\s+of\s+Defen[cs]e\b|"
        r"\bTokyo's\s+(?:Defen[cs]e Ministry|defen[cs]e ministry|Ministry of Defen[cs]e)\b|"
        # The ministry's Joint Staff (Office) issues its launch releases.
        r"\bJapan(?:ese|'s)\s+Joint Staff(?:\s+Office)?\b|"
        # "Japan's military said", "the Japanese military": its forces are the ministry's.
        # "citing a Japanese military official", "Japanese military sources said"
        r"\bJapanese military (?:officials?|sources?|spokes(?:man|woman|person))\b|"
        r"\b(?:Japan's|Tokyo's|the Japanese) (?:military|armed forces|Self-Defen[cs]e Forces)"
        r"(?!\s+(?:has been |was |is |remains )?(?:put |placed |kept )?on (?:high |full )?alert)\b|"
        + joint_military(_JAPAN, _KOREA)
        + r"|"
        + joint_military(_TOKYO, _SEOUL)
        + r"|"
        # "Nobuo Kishi, defense minister of neighbouring Japan", "the defence minister of Japan"
        r"\bdefen[cs]e minist(?:er|ry) of (?:neighbou?ring )?Japan\b|"
        r"\b(?:Defen[cs]e Ministry|defen[cs]e ministry|Ministry of Defen[cs]e) in Tokyo\b|"
        r"\b(?:Japanese|Japan's) defen[cs]e authorities\b|"
        # "South Korean and Japanese defense officials said", "Japanese, South Korean and U.S.
        # defence officials": Japan's defence officials named beside another country's are its
        # ministry's. (Alone, "NHK quoted Japanese defence officials", 202's label cites no one.)
        r"(?:(?<=Korean and )|(?<=U\.S\. and )|(?<=US and )|(?<=American and ))Japanese"
        r"(?= defen[cs]e (?:officials|sources)\b)|"
        r"\bJapanese(?=(?:,? (?:and )?(?:South Korean|Korean|ROK|U\.S\.|US|American))+ "
        r"defen[cs]e (?:officials|sources)\b)|"
        # Japan's Defense Agency, the ministry until 2007 (not the US Missile Defense Agency).
        r"\bJapan(?:ese|'s)\s+Defen[cs]e Agency\b|"
        r"(?<!Missile )(?<!Intelligence )(?<!Threat Reduction )\bDefen[cs]e Agency\b|"
        # "The Japanese and South Korean defense ministries both confirmed the launch."
        r"\b(?:Japanese and South Korean|South Korean and Japanese|Japan's and South Korea's|"
        r"South Korea's and Japan's)\s+defen[cs]e ministries\b|"
        r"\bdefen[cs]e ministries of (?:Japan and South Korea|South Korea and Japan)\b|"
        # Japan's defence ministers since 2016, named without "Japan".
        r"\bDefen[cs]e Minister\s+" + JAPAN_DEFENSE_MINISTERS,
        "Japan MOD",
    ),
    (
        # ("JAPAN GOVERNMENT SAYS MISSILE MAY COME DOWN OFF HOKKAIDO": a wire's headline)
        # ("N.Korea launches what may be a ballistic missile -Japan govt": the short form)
        r"\bChief Cabinet Secretary\b|"
        r"\bJapan(?:ese|'s)?\s+(?:government|govt\b\.?|Prime Minister)\b|"
        # "Sanae Takaichi, Japan's new prime minister, said": the office holder, newly in it.
        r"\bJapan(?:ese|'s)\s+(?:new|newly elected|newly appointed|incoming|current)\s+"
        r"[Pp]rime [Mm]inister\b(?=,?\s+(?:[A-Z][\w'-]*\s+){0,3},?\s*(?:said|says|told|added|"
        r"stated|announced|confirmed)\b)|"
        r"(?<!military )"
        r"\b(?:officials|the government|government officials|(?:government )?sources) in Tokyo\b|"
        r"\b(?:Japan's|Japanese|Tokyo's)\s+top government spokes(?:man|woman|person)\b|"
        r"\bPrime Minister(?:'s Office)?\s*" + JAPAN_PRIME_MINISTERS + r"|"
        r"\bJapan's government\b|\bJapan's (?:top )?government spokes(?:man|woman|person)\b|"
        r"\bPrime Minister's Office of Japan\b|\bJapan's Cabinet\b|\bJapanese Cabinet\b|"
        # "which the Japanese and South Korean governments have confirmed": Japan's government
        # named beside the South's
        r"\b(?:Japanese and South Korean|South Korean and Japanese|Japan's and South Korea's|"
        r"South Korea's and Japan's)\s+governments\b"
        # ("the missiles that the Japanese and South Korean governments detected being fired":
        # named only as detecting, which says nothing of the launch)
        r"(?!\s+(?:had\s+|have\s+)?(?:detected|spotted|tracked|picked up|monitored)\b)|"
        r"\bgovernments of (?:Japan and South Korea|South Korea and Japan)\b|"
        # "North Korea fires 2 ballistic missiles: Japan PM", "Japan's PM said": a headline's
        # short title.
        r"\bJapan(?:ese|'s)? (?-i:PM)\b|"
        # "PM Abe was quoted as telling reporters": the title's short form before his name.
        r"\b(?-i:PM)\s+"
        + JAPAN_PRIME_MINISTERS
        + r"|"
        # "Japan's Defense Ministry and Prime Minister's office said": the office joined to a
        # body Japan's possessive names is Japan's too.
        + _JAPAN_MINISTRY_AND
        + r"(?:the )?[Pp]rime [Mm]inister's [Oo]ffice\b",
        "Japan government",
    ),
    (
        # ("the Japanese state media outlet Kyodo reported": another country's media)
        # ("the official Korean Central Telegraph Agency reported": a translation's name for it)
        r"\bKCNA\b|\bKorean? Central (?:News|Telegraph) Agency\b|\bNorth Korea's state media\b|"
        r"(?<!Japanese )(?<!Japan's )(?<!South Korean )(?<!Chinese )(?<!China's )(?<!Russian )"
        r"(?<!Russia's )(?<!Iranian )\bstate media\b|"
        # ("North Korean state outlets said the country had tested new missile systems")
        # ("According to North Korean news sources, the missile flew on a lofted trajectory")
        r"\bNorth Korean (?:state )?(?:media|outlets|news outlets|news sources|sources)\b|"
        # ("North Korean television has announced the first successful launch", "according to
        # North Korea's radio": the North's broadcasters are its state media)
        r"\bNorth Korea(?:n|'s) (?:state |official |central )?(?:television|TV|radio|"
        r"broadcasters?)\b|"
        r"\bRodong Sinmun\b|\bKCTV\b|\bKorean? Central Television\b|\bMinju Choson\b|"
        r"\bVoice of Korea\b|\bstate (?:TV|television|broadcaster)\b|"
        r"\bstate[- ]run (?:media|television|TV)\b|"
        # "North Korea announced that a Hwasong-15 ... had been a success", "North Korea's
        # official statement says", "a special announcement read on television": the North
        # announces through its state media (its words "said" in an interview or a recalled
        # statement are not cited so).
        r"\b(?:North Korea|Pyongyang|the North|the DPRK)\s+"
        r"(?:(?:officially|proudly|later|also)\s+)?announced\b|"
        # "The DPRK authorities have announced a successful second test", "North Korea's
        # government announced": the North's authorities announce through its state media.
        r"\b(?:(?:North Korea|Pyongyang|the North|the DPRK)(?:'s)?|North Korean)\s+"
        r"(?:authorities|government|leadership|regime)\s+(?:has\s+|have\s+)?"
        r"(?:(?:officially|proudly|later|also)\s+)?announced\b|"
        # North Korea as the speaker of a statement on this launch cites its state media (C12),
        # whether or not they are named and with or without "that" or a day: "North Korea said
        # it tested a new ICBM" (011), "Pyongyang said it had put a communications satellite into
        # space" (185), "said on Sunday it had carried out a test" (213), "the North said it had
        # successfully launched" (653), "says its planned launch went wrong" (829), "said today
        # that the latest test-firing was a final review" (749). Not a recollection ("said last
        # month it had tested", "said it had tested one in 2017"), nor a plan or a notice before
        # the launch ("said it would launch", "said its launch will come", C11).
        r"\b" + _THE_NORTH + r"(?:,\s+(?:for its part|in turn|meanwhile|however|itself),)?\s+"
        r"(?:also\s+|later\s+|itself\s+|then\s+|soon\s+)?" + _NORTH_SAID + r"\s+"
        # ("said through its official media that the launches were ..." (851), "said via state
        # television that"): the channel named between the verb and what was said
        r"(?:(?:through|via|in|on)\s+(?:its\s+|the\s+)?(?:official|state|state-run|"
        r"state-controlled)\s+(?:[\w-]+\s+){0,2}?(?:media|news agency|television|TV|radio|"
        r"outlets?)\s+)?"
        r"(?:(?:on\s+|early\s+|late\s+)?(?:today|tonight|\w+day)"
        r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?(?:that\s+)?"
        # ("the test" only after a day or "that": "Pyongyang said the test was a message", told
        # after "the Thursday test", is an older launch's)
        # ("said that during the launch of the Chollima-1 a problem occurred": the launch named
        # in a phrase before what went on in it)
        r"(?:(?:its|(?<=day )(?:the|this)|(?<=that )(?:(?:during|in)\s+)?(?:the|this)|"
        r"(?:today|\w+day)'s)\s+"
        r"(?:[\w\"-]+\s+){0,3}?"
        r"(?:launch(?:es)?|attempts?|tests?|test-firings?|firings?)\b"
        # ("insists that its missile tests are a sovereign right": launches in general)
        r"(?!\s+(?:would|will|was going to|is going to|plans?|planned|of\s+(?:more|further)|"
        r"are|remain)\b)|"
        # ("The North said the two latest missiles were part of its means of tactical nuclear
        # attack": "latest" names this launch's)
        r"the\s+(?:(?:two|three|four|five|six|\d+)\s+)?latest\s+(?:[\w-]+\s+){0,2}?"
        r"(?:launch(?:es)?|tests?|test-firings?|firings?|missiles?|rockets?|projectiles?)\b|"
        # ('saying it had "fired two shots"': the North's own words quoted)
        r"it\s+(?:had\s+|has\s+)?[\"\u201c]?(?:successfully\s+|also\s+)?"
        r"(?:test-fired|test-launched|fired|launched|tested|conducted|carried out|put|placed|"
        r"sent|succeeded)\b|"
        # "North Korea said a satellite had been put successfully into orbit" (913), "said its
        # new missile was launched": the thing launched told in the passive
        # ("insists that its \"Kwangmyongsong-2\" satellite was put into orbit": a quoted name)
        r"(?:a|its)\s+(?:[\w\"\u201c\u201d'-]+\s+){0,2}?(?:satellite|missile|rocket|projectile)s?\s+"
        r"(?:had|has|was|were)\s+(?:been\s+)?(?:successfully\s+)?"
        r"(?:put|placed|launched|fired|test-fired|sent)\b)"
        # (a recollection: the statement's own launch dated before this one)
        r"(?![^.;,]*\b(?:last\s+(?:week|month|year|\w+day)|(?:in|since)\s+(?:19|20)\d\d|"
        r"earlier this (?:week|month|year)|previously|\w+ (?:days|weeks|months|years) ago|"
        # ("said it had fired a long-range rocket system in drills that day": a day told before)
        r"(?:on\s+)?(?<!earlier )(?<!later )that\s+day|"
        # (many launches over a span: "says it has carried out three tests in under three weeks")
        r"(?:in|over|within)\s+(?:under\s+|the\s+(?:past|last)\s+|recent\s+)(?:\w+\s+)?"
        r"(?:days|weeks|months|years))\b)|"
        # "according to North Korea", "according to Pyongyang" (its state media named or not)
        # (what it said read as for the speaker named with its verb, below)
        r"(?P<north_per>\b[Aa]ccording to " + _THE_NORTH + r"\b(?!'s))|"
        # "the launch, which North Korea said had put a satellite into orbit" (804): the North's
        # word on this launch, hung on it.
        r"\b(?:launch(?:es)?|tests?|firings?),?\s+which\s+(?:North Korea|Pyongyang|the North|"
        r"the DPRK)\s+(?:said|says|claimed|claims)\s+(?:had|has|was|were)\b|"
        # "The North was quick to declare the launch a success", "North Korea confirmed that
        # the launch failed", "Pyongyang declared the test a success": its verdict on the
        # launch, given through its state media.
        # ("North Korea has confirmed that the missile it launched ...", "Pyongyang confirms April
        # 13 intercontinental ballistic missile launch", "confirms it launched an ICBM": the
        # perfect, a headline's present, a month's day before the launch)
        # ("has claimed that these weapons can cause a radioactive tsunami" is no verdict: the
        # perfect only of "confirmed" and "declared")
        r"\b(?:North Korea|Pyongyang|the North|the DPRK)\s+"
        r"(?:(?:has|had)\s+(?=(?:officially\s+)?(?:confirmed|declared)\b))?"
        r"(?:(?:officially|proudly|later|also|quickly|swiftly)\s+)?"
        r"(?:(?:was|were) (?:quick|swift) to (?:declare|confirm|announce|claim)|declared|"
        r"confirmed|claimed|declares|confirms|claims|"
        # ('North Korea described the satellite launch as a "complete success"': its verdict on
        # the launch named, not a thing named in its word, as "what it described as a satellite")
        r"(?:described|describes|hailed|hails)(?=\s+(?:the|its|this|today's|\w+day's)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:launch|test|firing)\w*\s+as\b))\b"
        # (not "declared no no-sail zone", "declared its nuclear capabilities complete")
        r"(?=\s+(?:that\b|it (?:had|has|was|launched|fired|tested|test-fired)\b|"
        r"(?:(?:the|its|this|a|an)\s+|(?:January|February|March|April|May|June|July|August|"
        r"September|October|November|December)\s+\d{1,2}\s+)(?:[\w-]+\s+){0,3}?"
        r"(?:launch|test|firing|satellite|missile|rocket|projectile)\w*\b))|"
        r"\b(?:North Korea's|Pyongyang's|the North's|the DPRK's)\s+(?:official\s+)?"
        r"(?:announcement|statement)\b(?=\s+(?:said|says|read|claimed|claims|stated|that)\b)|"
        r"\b(?:North Korea's|Pyongyang's|the North's)\s+official\s+statement\b|"
        r"\bspecial (?:announcement|report|bulletin)\b|"
        # "North Korea's news agency announced that a rocket was launched": its news agency
        # named with no "state" or "official"
        r"\b(?:North Korea's|the North's|Pyongyang's)\s+news agency\b|"
        # "Pyongyang's official news agency", "the North's state news agency"
        r"\b(?:North Korea's|the North's|Pyongyang's|North Korean)\s+"
        r"(?:official|state(?:[- ]run)?)\s+"
        r"(?:news agency|media|broadcaster|television|TV|newspaper)\b|"
        # ("was quoted by the state news agency Yonhap": another country's agency by its name)
        r"\bstate news agency\b(?!\s+(?:Yonhap|Kyodo|Jiji|Xinhua|TASS|RIA|Antara|Bernama))|"
        # North Korea named as the speaker in any other wording (C12): "North Korea has said the
        # weapon it test-fired was ...", "the secretive North Korean regime said the rocket had
        # lifted off", "North Korea's Army said that the tactical missiles were fired",
        # "North Korea Confirmed ICBM Test". Only the speaker and its verb: whether what it said
        # is of this launch is read from the words it said (fields.north_spoke_of_the_launch).
        # (the speaker closing the words it said, "The test formed part of a reconnaissance
        # satellite project, North Korea said.", is read the same)
        r"(?P<north_said>\b" + _NORTH_SPEAKER + r"\s+" + _NORTH_SAID_BARE + r")",
        "KCNA",
    ),
)
# "large-scale military maneuvers", "such maneuvers", "the allies' joint manoeuvres": troops'
# exercises, not a flight profile (a word just before the noun, as lookbehinds of fixed width).
DRILL_BEFORE: Final = "".join(
    f"(?<!{word} )"
    for word in (
        "military",
        "joint",
        "combined",
        "allied",
        "war",
        "naval",
        "army",
        "field",
        "annual",
        "large-scale",
        "such",
        "these",
        "those",
        "summer",
        "spring",
    )
)
TWO_PEAKS: Final = (
    r"\b(?:two|twin|double|dual)\s+(?:apogees|peaks)\b|\bsecond\s+(?:apogee|peak)\b|"
    r"\bpeaked\s+twice\b"
)
MANEUVER_PATTERNS: Final = (
    (
        # "maneuverability" is a claim about the weapon, not a profile flown
        # ("reported the missile's convoluted trajectory", "an erratic trajectory": the same)
        # ('flew on an "irregular" trajectory': the word quoted from the minister)
        r"\b(?:irregular|convoluted|erratic)[\"'\u201d\u2019]?\s+trajector(?:y|ies)\b|\bpull-?up\b|"
        # "irregular orbit" (Japan MOD's English), "changed its trajectory"
        r"\birregular (?:orbits?|flight paths?|paths?|flight)\b|"
        # Japan's ministry: "ones with a variable flight trajectory", "variable trajectories"
        r"\bvariable\s+(?:flight\s+)?(?:trajector(?:y|ies)|flight\s+paths?)\b|"
        # "moved in an irregular up-and-down pattern", "an irregular zigzag course" (not "an
        # irregular pattern of launches": the series, not a flight)
        r"\birregular\s+(?:[\w-]+\s+){0,2}?(?:patterns?|course|movements?)\b(?!\s+of\b)|"
        r"\bchang(?:ed|ing|es)\s+(?:its\s+|their\s+)?"
        r"(?:trajectory|trajectories|flight path|course)\b|"
        # ("a hypersonic maneuverable warhead" is a claim about the weapon too; "joint military
        # maneuvers", "sees such maneuvers as a threat" are exercises of troops, see DRILL_BEFORE)
        + DRILL_BEFORE
        # ("the day after the maneuvers began", "denounced the manoeuvres as a rehearsal for
        # war": "the manoeuvres" told with no missile's are the troops' exercises the report
        # is about, not a profile flown; "the missile's manoeuvres", "made manoeuvres" stay)
        + r"(?<!\bthe )"
        + r"\b(?:manoeuv(?!rab)|maneuv(?!erab))(?!\w*\s+(?:exercises?|drills?)\b)"
        + r"(?!\w*\s+flight\b[^.;]{0,60}\bhypersonic\b)",
        "pullup",
    ),
    # KCNA's "lateral movement" of a hypersonic warhead is its glide (2022-01-05: 120 km).
    # ("a hypersonic gliding warhead", "a glide vehicle": the kind of warhead carried, not a
    # glide flown; "the gliding flight characteristics of the ... gliding warhead" flew one)
    (
        r"\bglid(?:e|es|ed|ing)\b(?!\s+(?:warheads?|vehicles?|bod(?:y|ies)|units?)\b)|"
        r"\blateral (?:movement|maneuver|manoeuvre)\b|"
        # "to check ... the maneuverable flight capabilities of the hypersonic warhead": the
        # manoeuvring flight a hypersonic warhead was tested in is its glide (as the reports
        # of its "gliding and maneuvering characteristics" read); a bare "maneuverability" is
        # a claim about the weapon, as above.
        r"\b(?:manoeuvr|maneuver)(?:able|ing)\s+flight\b(?=[^.;]{0,60}\bhypersonic\b)|"
        # ("a hypersonic missile capable of manoeuvrable flight": what it can do, not a flight)
        r"\bhypersonic\b(?:(?!\b(?:capable|able|can|could|designed|built)\b)[^.;]){0,60}?"
        r"\b(?:manoeuvr|maneuver)(?:able|ing)\s+flight\b",
        "glide",
    ),
    # "the hypersonic warhead reached two peaks, at 101.1 km and 72.3 km", "dropping to a 'second
    # peak' of 42.5 km": the warhead rose again after its first descent, a glide's profile (as
    # the corpus labels read it: 820, 1494, 1499).
    (TWO_PEAKS, "glide"),
)
# "trying to work out whether it blew up": a failure asked about, not reported.
# "checking whether it failed", "could not rule out a failure": a question, not a verdict ("one
# of them may have failed", "apparently failed" say it, hedged as reports hedge).
FAILURE_DOUBTED: Final = (
    r"\b(?:whether|if|not ruled out|ruling out|rule out|unclear|not clear|not (?:yet )?known|"
    r"unconfirmed|not (?:yet )?confirmed)\b"
    r"[^.;]{0,100}$"
    # "an earlier test had failed": another launch's failure.
    r"|\b(?:earlier|previous|prior|past|last)\s+(?:[\w-]+\s+)?(?:tests?|launch(?:es)?|attempts?|"
    r"firings?)\b[^.;]{0,60}$"
    # "succeeded after two failed attempts": the failures before this launch.
    r"|\b(?:after|following|since)\s+(?:its\s+|the\s+)?(?:two|three|four|five|several|multiple|"
    r"repeated|\d+|a (?:series|string|run) of)\s+(?:earlier\s+|previous\s+|prior\s+)?$"
    # "The launch came while the South Korean military is working to salvage the wreckage of a
    # failed North Korean space rocket" (828), "The test comes weeks after a failed satellite
    # launch": what the launch came after, during or amid is the setting, not this launch.
    r"|\b(?:launch(?:es)?|tests?|firings?|test-firings?)\s+(?:came|comes|happened|took place|"
    r"followed|follows)\s+(?:[\w-]+\s+){0,4}?(?:while|as|after|amid|when|during|following|"
    r"since)\b[^.;]{0,140}$"
    # "Sunday's launch followed by two weeks the North's fourth failed test in a row": the
    # launch followed the failure, which is another's.
    r"|\b(?:launch(?:es)?|tests?|firings?|test-firings?)\s+(?:followed|follows)\s+"
    r"(?!by\s+(?:an?|the)\b)[^.;]{0,80}$"
)
# "its second of the day, following the failure of the fifth test-launch", "after the failure
# of an earlier launch": the launch an ordinal or "earlier" names is another launch (729). (Not
# "the failure of the second stage": the flight's own.)
FAILURE_OF_ANOTHER: Final = (
    r"^\w+\s+of\s+(?:the|its|an?)\s+(?:earlier|previous|prior|last|first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth)\s+(?!stage)(?:[\w-]+\s+)?(?:[\w-]*test|launch|"
    r"attempt|firing|missile|rocket)"
)
FAILURE_PATTERN: Final = (
    # "intelligence failed to detect the preparations": someone else's failure.
    r"\b(?:failed(?!\s+to\s+(?:detect|spot|notice|track|see|give|issue|provide|announce|notify|"
    r"warn|confirm|comment|respond|mention|disclose|reveal|say|report|agree|reach an agreement|"
    r"stop|deter|prevent|curb|halt|intercept|make|win|pass|"
    # "after Kim failed to turn his arsenal into economic gains": a leader's aim, not a flight
    r"turn|convert|secure|extract|obtain|gain|persuade|draw|bring|force|lure|win over))|"
    # "anger at Pyongyang's failure to secure talks on aid": a failure to do something else
    # ("its failure to reach orbit", "the failure to separate" are the flight's).
    r"failure(?!\s+to\s+(?!(?:reach|enter|achieve|attain|put|place|deliver|separate|ignite|"
    r"launch|lift|fly|orbit|deploy)\b)\w+)|unsuccessful|"
    # KCNA: "an abnormal start of the second-stage engine"; "the second stage malfunctioned"
    # ("the second missile flew abnormally from an early stage": the JCS's word for a failed
    # flight)
    r"abnormal(?:ity|ly)?(?!\s+(?:trajector|flight path|orbit))|malfunction(?:ed|ing)?|"
    # KCNA: "a problem occurred at the stage when the second-stage engine was operating"
    r"(?<!no )(?<!not )(?:problem|fault|glitch|defect|error)s?\s+(?:had\s+)?(?:occurred|arose|"
    r"developed)\s+(?:at|during|in|with)\s+(?:[\w-]+\s+){0,4}?(?:stage|engine|booster|flight|"
    r"launch)|"
    r"exploded (?:shortly|soon|moments|seconds|right|immediately)(?: after)?|"
    r"exploded (?:within|in the early|during the early|during (?:its|the) (?:boost|ascent))|"
    r"broke up (?:in flight|mid-?air|in mid-?air|shortly|soon|after)|fell apart|broke apart|"
    # "blew apart and fell into the sea", "came apart in mid-air"
    r"blew apart|came apart (?:in flight|mid-?air|in mid-?air|shortly|soon|after|seconds)|"
    # "fizzled out within forty-two seconds of launch", "fizzled shortly after lift-off" ("the
    # talks fizzled out" gives no time of the flight, and is no launch's failure)
    r"fizzled(?:\s+out)?\s+(?:(?:with)?in|after|shortly|soon|seconds|moments|minutes|"
    r"mid-?air|in mid-?air|in flight|during)\b|"
    # "barely got off the ground before it ...", "barely made it off the launch pad"
    r"barely (?:got|made it|lifted|rose) off the (?:ground|launch ?pad|pad)|"
    r"broke (?:into|in) pieces|exploded at an altitude|"
    r"(?:was|were) aborted|"
    r"exploded (?:in mid-?air|in flight|mid-flight)|"
    r"blew up|"
    # "one blows up in flight", "may have blown up in the air", "exploded in mid-flight" (753):
    # the same, in the present, the participle, or "in mid-flight" ("blown up the liaison
    # office" is no flight's).
    r"bl(?:ows|own|owing)\s+up\s+(?:in\s+(?:the\s+air|flight|mid-?air|mid-?flight)|mid-?air|"
    r"mid-?flight|shortly|soon|seconds|moments|right after)|"
    r"explod(?:e|ed|es|ing)\s+in\s+mid-?(?:flight|air)|"
    r"disintegrated|crashed shortly|"
    # "appeared to explode in its early stage of flight", "exploded in the air seconds after"
    r"explod(?:e|ed|es|ing)\s+(?:in the air|in (?:its|the) early stages?|early in (?:its|the) "
    r"flight)|"
    # "went down soon after launch", "crashed seconds after lift-off"
    r"(?:went down|crashed|plunged)\s+(?:shortly|soon|seconds|moments|immediately|right)\s+"
    r"after\s+(?:launch|lift-?off|take-?off|it was (?:fired|launched))|"
    # "the satellite did not reach orbit", "no object entered orbit"
    r"(?:did not|didn't|failed to|never|could not|couldn't)\s+(?:reach|enter|achieve|make it "
    r"(?:in)?to)\s+(?:its\s+|an?\s+|the\s+)?orbit|"
    r"no (?:object|satellite) (?:entered|reached) orbit|"
    # "was probably destroyed before it reached orbit", "burned up before reaching orbit": the
    # stage or satellite lost on the way up.
    r"(?:destroyed|burn(?:ed|t) up|disintegrated)\s+before\s+(?:it\s+|they\s+)?"
    r"(?:(?:reached|reaching|could reach|entered|entering|could enter)\s+(?:its\s+|an?\s+|the\s+)?|"
    r"(?:got|getting|could get)\s+into\s+)orbit|"
    r"engine (?:problem|failure|trouble|malfunction)s?|went wrong|"
    # "the attempts had not been successful", "the test was not a success", "did not succeed"
    r"(?:was|were|is|are|had|has|have)\s+(?:not|n't)\s+(?:been\s+)?(?:successful|a success)|"
    r"(?:did not|didn't)\s+succeed|"
    # "it seemed to fail right after launch", "appears to have failed shortly after lift-off"
    r"(?:seemed|seems|appeared|appears)\s+to\s+fail\b|"
    # "Latest North Korean Missile Test Fails", "Rocket launch fails": a headline's present
    # ("the test fails to deter", a failure of someone's aim, is none)
    r"(?:tests?|launch(?:es)?|missiles?|rockets?|test-launch(?:es)?|test-firings?|attempts?)\s+"
    r"fails\b(?!\s+to\b)|"
    r"fail(?:s|ed)?\s+(?:right|shortly|soon|immediately|moments|seconds)\s+after\s+"
    r"(?:launch|lift-?off|take-?off|(?:it|they) (?:was|were) (?:fired|launched)))\b"
)
