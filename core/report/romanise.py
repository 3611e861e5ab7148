"""The spellings one Korean place name takes across outlets.

The site table spells places in McCune-Reischauer without diacritics (Kaechon, Panghyon, Sinpo);
Seoul's outlets write Revised Romanization (Gaecheon, Banghyeon), and older wires add an
aspirate's h (Sinpho). Each rule below is one systematic difference between the systems, applied
to every name of the table rather than listed name by name; a name yields every combination of the
rules that apply to it, so a report's partly converted spelling (Junghwa, Pyeongyang) matches too.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Final

# (pattern, replacement): McCune-Reischauer -> Revised Romanization and older variants.
_RULES: Final = (
    # Plain initials are voiced in RR: Kusong -> Gusong, Panghyon -> Banghyon, Chunghwa -> Junghwa.
    (re.compile(r"\bK(?=[aeiouwy])"), "G"),
    (re.compile(r"\bP(?=[aeiouwy])"), "B"),
    (re.compile(r"\bT(?=[aeiouwy])"), "D"),
    (re.compile(r"\bCh(?=[aeiouwy])"), "J"),
    # MR's o-breve is RR's eo: Jangyon -> Jangyeon, Kaechon -> Gaecheon, Kusong -> Guseong.
    (re.compile(r"(?<=[Yy])o(?=n)"), "eo"),
    (re.compile(r"(?<=ch)o(?=n)"), "eo"),
    (re.compile(r"(?<=[Ss])o(?=n)"), "eo"),
    (re.compile(r"(?<=d)o(?=k)|(?<=t)o(?=k\b)"), "eo"),
    # ... which older wires write u in the closing -chon ("stream", "field"), as they write the
    # surname Jeon as Chun: Sukchon -> Sukchun, Kaechon -> Kaechun, Sunchon -> Sunchun.
    (re.compile(r"(?<=ch)o(?=n\b)"), "u"),
    # MR's u-breve is RR's eu: Hamhung -> Hamheung, Hungnam -> Heungnam.
    (re.compile(r"(?<=[Hh])(?<![Cc][Hh])u(?=ng)"), "eu"),
    # si is shi in RR and most wires: Sinpo -> Shinpo, Sinuiju -> Shinuiju.
    (re.compile(r"\bSi"), "Shi"),
    # n before p is said m: Sinpo -> Simpo; older wires write the aspirate: Sinpo -> Sinpho,
    # Nampo -> Nampho, Ryokpo -> Ryokpho.
    (re.compile(r"(?<=\w)np"), "mp"),
    # ("Ryokpho District": the aspirate after any consonant, as in "Hwasongpho")
    (re.compile(r"(?<=[nmk])p(?=o\b)"), "ph"),
    # A plain initial between vowels is voiced in MR but some wires keep it unvoiced before -w-:
    # Taegwan -> Taekwan.
    (re.compile(r"(?<=[aeiou])g(?=w)"), "k"),
    # ... and after m before -y-, as older wires and VOA do: Hamgyong -> Hamkyong.
    (re.compile(r"(?<=m)g(?=y)"), "k"),
    # Older English spellings write u as oo before n: Sunan -> Soonan, Sunchon -> Soonchon.
    (re.compile(r"(?<=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])u(?=n)"), "oo"),
    # MR writes the village word -ri as said after a nasal (-ni); RR and most wires keep -ri:
    # Mupyong-ni -> Mupyong-ri.
    (re.compile(r"(?<=[ngm])-ni\b"), "-ri"),
    # ... and some write it as said, joined to the name: Tongchang-ri -> Dongchangni.
    (re.compile(r"(?<=ng)-ri\b"), "ni"),
    # MR doubles a consonant tensed after a closed syllable; RR and most wires write it once:
    # Kittaeryong -> Gitaeryeong.
    (re.compile(r"(?<=[aeiou])([tkp])\1(?=[aeiouwy])"), r"\1"),
    # ... which RR writes as the closing consonant and the voiced initial: Kittaeryong ->
    # Gitdaeryeong.
    (re.compile(r"(?<=[aeiou])tt(?=[aeiouwy])"), "td"),
    # Older MR wires mark the aspirate of an initial p with an h: Pyongan -> Phyongan,
    # Pyongyang -> Phyongyang.
    (re.compile(r"\bP(?=[aeiouwy])"), "Ph"),
)
# Past this many applicable rules a name keeps its single full conversion only.
_MAX_RULES: Final = 6


def spellings(name: str) -> tuple[str, ...]:
    """`name` first, then its other romanisations (each rule applied or not, in every mix)."""
    applicable = [rule for rule in _RULES if rule[0].search(name)]
    if len(applicable) > _MAX_RULES:
        choices: list[tuple[bool, ...]] = [(False,) * len(applicable), (True,) * len(applicable)]
    else:
        choices = list(product((False, True), repeat=len(applicable)))
    seen: dict[str, None] = {name: None}
    for choice in choices:
        spelled = name
        for apply, (pattern, replacement) in zip(choice, applicable, strict=True):
            if apply:
                spelled = pattern.sub(replacement, spelled)
        seen.setdefault(spelled, None)
    return tuple(seen)
