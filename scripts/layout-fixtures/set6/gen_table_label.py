#!/usr/bin/env python3
"""Generate fixtures/layouts/learned/table-label.md (written blind: no crossfoot source, no crossfoot
run). A Markdown appeal in EUR: one "## Province" section per province, a prose paragraph, then a GFM
table | Project | Partner | Budget (EUR) | whose LAST row is the publisher's own label
"| **All projects, PROVINCE** | | **1,234,567** |" (no "total" or "sum" anywhere in the document).

Three sum errors and nothing else: the FIRST table has a project figure with two adjacent digits
swapped, a middle table (Tiền Giang) has lost a project row that its last row still counts, the LAST
table's labelled figure has two adjacent digits swapped. Every other table foots exactly.

The .expected beside the document is written by hand from the text; this script only prints, for
checking, the line of every labelled row and its figures.

Usage: python3 scripts/layout-fixtures/set6/gen_table_label.py   (from anywhere; deterministic)"""
import unicodedata
from decimal import Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "fixtures" / "layouts" / "learned" / "table-label.md"
LABEL = "All projects, {name}"
HEADER = "| Project | Partner | Budget (EUR) |"
RULE = "|---|---|---:|"


def en(n: D) -> str:
    """English format, no decimals: 1,234,567."""
    assert n == n.to_integral_value() and n > 0
    return f"{int(n):,}"


def swap_digits(s: str, i: int) -> str:
    """Swap the i-th and (i+1)-th DIGITS of a printed figure (separators are skipped)."""
    pos = [k for k, c in enumerate(s) if c.isdigit()]
    a, b = pos[i], pos[i + 1]
    assert s[a] != s[b], "swapping equal digits changes nothing"
    t = list(s)
    t[a], t[b] = t[b], t[a]
    return "".join(t)


G = []


def g(name, prose, rows, err=None):
    G.append(dict(name=name, prose=prose, rows=[(p, q, D(v)) for p, q, v in rows], err=err))


# rows: (project, partner, budget). err: ("swap", row, digit) | ("drop", row) | ("label", digit)
g("Bến Tre",
  "Bến Tre lies between the mouths of the Tiền and the Cổ Chiên, and the dry season of 2020 pushed "
  "brackish water more than 90 kilometres up its rivers. In March 2020 some 43,000 households had no "
  "fresh water at home, and about 26 per cent of the winter–spring rice crop was lost to salt.",
  [("Rainwater storage jars for households in Ba Tri and Bình Đại", "Ba Tri Farmers' Cooperative",
    "286400"),
   ("Small reverse-osmosis units for commune health stations", "Coastal Health Link", "173250"),
   ("Salt-tolerant rice seed and farmer field schools in Thạnh Phú", "Green Delta Extension Network",
    "118600"),
   ("Salinity monitoring by commune volunteers", "Bến Tre Youth Water Watch", "64750")],
  ("swap", 1, 1))          # 173,250 printed 137,250

g("Trà Vinh",
  "Almost a third of the people of Trà Vinh are Khmer Krom, and many of their villages along the coast "
  "depend on shallow wells that turned salty in 2016 and again in 2020. The province asked partners to "
  "concentrate on the districts of Cầu Ngang and Duyên Hải.",
  [("Deep-well repair and hand pumps in Cầu Ngang", "Mekong Village Water Association", "214800"),
   ("Hygiene promotion in Khmer-language pagoda schools", "Pagoda Learning Circle", "57200"),
   ("Shrimp–rice rotation pilots for smallholders in Duyên Hải", "Coastal Livelihoods Collective",
    "139000")])

g("Sóc Trăng",
  "In Sóc Trăng the dry season now starts about three weeks earlier than it did in the 1990s. The "
  "provincial authorities counted 12,600 hectares of rice damaged by salt in 2020, most of them in Mỹ "
  "Xuyên and Trần Đề.",
  [("Sluice-gate operation training for irrigation teams", "Delta Irrigation Guild", "96500"),
   ("Community freshwater ponds in Trần Đề", "Trần Đề Women's Water Group", "248300"),
   ("Seed and fertiliser for replanting in Mỹ Xuyên", "Green Delta Extension Network", "171700"),
   ("School water filters in Long Phú", "Clear Cup Schools Initiative", "43500")])

g("Bạc Liêu",
  "Bạc Liêu has turned much of its rice land over to shrimp since 2001, and the sharp line between "
  "salt and fresh water that the sluices once kept is now blurred. About 8,500 families still farm "
  "rice north of the national highway.",
  [("Mangrove replanting on the eroding coast of Đông Hải", "Mangrove Keepers Network", "182600"),
   ("Water tanks for rice-farming families in Hồng Dân", "Hồng Dân Farmers' Cooperative", "127400")])

g("Cà Mau",
  "At the southern tip of the delta, Cà Mau loses up to 40 metres of coastline a year in places. In "
  "2020 the province declared a salinity emergency for the second time in five years, and 28,000 "
  "households received water by boat.",
  [("Household rainwater systems in Ngọc Hiển and Năm Căn", "Cape Water Cooperative", "312500"),
   ("Breakwater fencing of bamboo to protect mangrove belts", "Mangrove Keepers Network", "205750"),
   ("Mobile water testing for commune health stations", "Coastal Health Link", "48250"),
   ("Cooperative crab farming for landless families in Phú Tân", "Coastal Livelihoods Collective",
    "94000"),
   ("Early-warning text messages on salinity levels", "Delta Data Commons", "36500")])

g("Kiên Giang",
  "Kiên Giang faces the Gulf of Thailand rather than the open sea, but its canals carry salt deep into "
  "the U Minh Thượng area. The provincial plan for 2021 aims to bring piped water to 62 per cent of "
  "rural homes.",
  [("Piped water extension in An Biên", "Gulf Coast Water Users' Group", "267000"),
   ("Peat-swamp fire prevention teams in U Minh Thượng", "U Minh Forest Friends", "118500"),
   ("Floating vegetable gardens in An Minh", "Green Delta Extension Network", "74500")])

g("Tiền Giang",
  "Tiền Giang is the delta's great fruit garden. When salt reached the durian and pomelo orchards of "
  "Cai Lậy in 2016, many trees that had taken ten years to grow died within a month; growers lost "
  "again in 2020, when the water at Mỹ Tho stayed brackish for 70 days.",
  [("Orchard freshwater reservoirs in Cai Lậy", "Cai Lậy Fruit Growers' Association", "236400"),
   ("Drip irrigation for durian and pomelo smallholders", "Orchard Futures Cooperative", "158900"),
   ("Brackish-water training for extension workers", "Delta Irrigation Guild", "67300"),
   ("Household water filters in Gò Công Đông", "Clear Cup Schools Initiative", "92400")],
  ("drop", 2))             # Brackish-water training (67,300) removed; the labelled row still counts it

g("Long An",
  "Long An borders Ho Chi Minh City, and its eastern districts of Cần Đước and Cần Giuộc draw their "
  "water from the tidal Vàm Cỏ rivers. Salt closed two of the province's water plants for eleven days "
  "in February 2020.",
  [("Intake relocation study for the Cần Giuộc water plant", "Vàm Cỏ River Trust", "142000"),
   ("Storage tanks for primary schools in Cần Đước", "Clear Cup Schools Initiative", "86600"),
   ("Salt-tolerant vegetable varieties for home gardens", "Green Delta Extension Network", "51400")])

g("Takéo",
  "Across the border in Cambodia, Takéo suffers the opposite of the coastal provinces: not salt, but "
  "too little water at the end of the dry season. In 2019, 57 communes reported dry ponds by April, "
  "and children in Bati and Tram Kak walked up to 4 kilometres for water.",
  [("Community pond deepening in Bati and Tram Kak", "Takéo Commune Water Network", "128600"),
   ("Ceramic water filters for rural households", "Clay and Water Workshop", "62400"),
   ("Dry-season vegetable cooperatives for women", "Rural Women Growers' Forum", "84000")])

g("Prey Veng",
  "Prey Veng, on the east bank of the Mekong, sends many of its young people to work in Phnom Penh and "
  "Thailand. More than 40 per cent of farm households are headed by older people who cannot haul water "
  "from distant ponds.",
  [("Solar pumps and tanks for older farmers' households", "Mekong East Bank Association", "196500"),
   ("Irrigation canal repair in Peam Ro", "Peam Ro Water Users' Committee", "143250"),
   ("Village savings groups for water investments", "Rural Women Growers' Forum", "38250")])

g("Kampot",
  "Kampot's salt pans and pepper farms both need water at the right time: the pans dry weather, the "
  "pepper vines steady rain. The 2019 season was the driest in Kampot in 15 years, and some 2,400 "
  "pepper growers lost part of their harvest.",
  [("Drip irrigation for smallholder pepper farms", "Kampot Pepper Growers' Circle", "154800"),
   ("Rainwater harvesting for schools in Chhuk", "Clay and Water Workshop", "71200"),
   ("Coastal wetland restoration near the salt pans", "Gulf Coast Wetland Trust", "109000"),
   ("Water quality training for district health staff", "Coastal Health Link", "35000")])

g("Svay Rieng",
  "Svay Rieng juts into Viet Nam and shares its rivers with Long An and Tây Ninh. Its soils hold little "
  "water, and in 2020 the provincial department of rural development trucked water to 9,800 families.",
  [("Household water jars and covers", "Svay Rieng Village Water Network", "88500"),
   ("Borehole drilling in Rumduol and Svay Chrum", "Border Rivers Drilling Cooperative", "217500")])

g("Champasak",
  "In southern Laos the Mekong widens into the Si Phan Don, the four thousand islands, where fishing "
  "families have seen their catch fall by about a third since 2010. Champasak also holds most of the "
  "Bolaven plateau, the coffee country of Laos, where the dry season of 2020 lasted seven months.",
  [("Fish conservation zones around Don Khong", "Four Thousand Islands Fisher Folk", "126300"),
   ("Gravity-fed water systems on the Bolaven plateau", "Bolaven Highland Water Group", "238700"),
   ("Community seed banks in Pathoumphone", "Lao Rice Heritage Network", "57000")])

g("Savannakhet",
  "Savannakhet is the largest province of Laos by population. In the lowland districts along the "
  "Xe Bang Fai, about 14,000 households lost their dry-season rice in 2020, and many wells in "
  "Songkhone fell dry for the first time since 1998.",
  [("Well deepening and hand pumps in Songkhone", "Xe Bang Fai Village Water Committee", "174500"),
   ("Small-scale irrigation for dry-season rice", "Lao Rice Heritage Network", "263800"),
   ("School water points and latrines in Atsaphangthong", "Clear Cup Schools Initiative", "98200"),
   ("Aquaculture ponds for women's groups", "Rural Women Growers' Forum", "71500")],
  ("label", 1))            # the labelled figure's 2nd and 3rd digits swapped

INTRO = [
    "# Lower Mekong: Dry-Season Water Appeal 2021",
    "",
    "*Delta Commons Foundation – Utrecht, 18 January 2021*",
    "",
    "In the dry season of 2019–2020 the lower Mekong had its lowest flows in more than 50 years. Salt water reached more than 90 kilometres inland in the Vietnamese delta, and in "
    "Cambodia and southern Laos ponds and wells that had never failed ran dry by April. The 2020–2021 "
    "season is forecast to be nearly as severe.",
    "",
    "This appeal presents the projects of our partners in 14 provinces: eight in Viet Nam, four in "
    "Cambodia and two in Laos. For each province a short description is followed by a table of its "
    "projects, the partner organisation that carries each of them and its budget in euros. The last "
    "row of each table gives the province's envelope: all of its projects together. Projects run from "
    "1 February to 31 December 2021.",
    "",
]

OUTRO = [
    "Partners report to the Foundation every quarter, and a review of this appeal is planned for June "
    "2021, after the first rains. Gifts that exceed a project's needs go to the neighbouring project "
    "of the same partner.",
    "",
    "*Delta Commons Foundation – Mekong Programme, Utrecht*",
]


def main():
    lines = list(INTRO)
    report = []
    for grp in G:
        name, rows, err = grp["name"], grp["rows"], grp["err"]
        assert 2 <= len(rows) - (1 if err and err[0] == "drop" else 0) <= 5
        true = sum(v for _, _, v in rows)
        printed = [en(v) for _, _, v in rows]
        keep = list(range(len(rows)))
        declared = en(true)
        if err and err[0] == "swap":
            printed[err[1]] = swap_digits(printed[err[1]], err[2])
        elif err and err[0] == "drop":
            keep.remove(err[1])
        elif err and err[0] == "label":
            declared = swap_digits(declared, err[1])
        lines += [f"## {name}", "", grp["prose"], "", HEADER, RULE]
        for i in keep:
            p, q, _ = rows[i]
            lines.append(f"| {p} | {q} | {printed[i]} |")
        label_line = len(lines) + 1
        lines.append(f"| **{LABEL.format(name=name)}** | | **{declared}** |")
        lines.append("")
        computed = sum(D(printed[i].replace(",", "")) for i in keep)
        dec = D(declared.replace(",", ""))
        assert (dec == computed) == (err is None), name
        report.append((label_line, name, dec, computed, err))
    lines += OUTRO
    text = "\n".join(lines) + "\n"
    assert unicodedata.is_normalized("NFC", text)
    low = text.lower()
    assert "total" not in low and "sum" not in low, "the document must not say 'total' or 'sum'"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(text.encode("utf-8"))
    for line, name, dec, comp, err in report:
        mark = "foots" if dec == comp else f"MISMATCH {err}"
        print(f"{line}\t{name}\tdeclared={dec}\tcomputed={comp}\t{mark}")


if __name__ == "__main__":
    main()
