#!/usr/bin/env python3
"""Write fixtures/layouts/two-column-2/appeal.html: an invented two-column appeal
("Pacific Cyclone Season 2024 - Humanitarian Appeal", Oceania Emergency Network), USD,
English number format, to be printed by headless Chromium (make.sh) and extracted with
pdftotext -layout.

Run from the repository root:  python3 scripts/layout-fixtures/set9/gen_twocol2.py

Injected errors (the ground truth is the printed text; see appeal-layout.expected):
  sum    - first section (Ba): one item printed with a wrong digit, the total counts the right one;
         - middle section (Sanma): one item removed, the total still counts it;
         - last section (Isabel): the total printed with two digits swapped.
  format - Lau: "- USD n" (hyphen-minus instead of the en dash);
         - Shefa: "USD 1,23,500" (lakh grouping);
         - Makira-Ulawa: "– 45,000" (no currency).
A "~" in the content marks a discretionary (soft) hyphen, written as &shy;.
"""
import html
import os
import re
import sys

OUT = os.path.join("fixtures", "layouts", "two-column-2", "appeal.html")

TITLE = "Pacific Cyclone Season 2024 - Humanitarian Appeal"
PUBLISHER = "Oceania Emergency Network"

INTRO = [
    "The 2024 cyclone season was the most damaging in the South-West Pacific for a decade. "
    "Four systems, Mele, Tavite, Harlan and Iolana, crossed inhabited islands between January and "
    "April, and the national disaster management offices of four countries asked the network for "
    "support with shelter, water, food security and the repair of community infrastructure.",
    "This appeal sets out the projects of the network's member agencies by island group or province. "
    "Figures in the narrative (people affected, funds received in earlier years, percentages) are "
    "given for context only; the requirements are the project amounts, in US dollars, and the "
    "total at the end of each section. An estimated 311,480 people live in the affected areas.",
]

# (country banner, [(section name, prose, [(title, amount)], injected)])
# injected: None | ("changed", index, printed) | ("removed", index) | ("swapped", printed_total)
#           | ("hyphen", index) | ("lakh", index, printed) | ("nocurrency", index)
PARTS = [
  ("Part One – Fiji and Tonga", [
    ("FIJI", [
      ("Ba Province",
       "Tropical Cyclone Mele crossed the Western Division in the first week of January and flooded "
       "the Ba and Penang river valleys. An estimated 14,620 people in 3,085 households lost crops or "
       "shelter, and 38 per cent of cane farms reported damage. Partners received USD 2.1 million "
       "for Ba in 2023, mostly for drainage works.",
       [("Emergency shelter kits and tarpaulins for flood-affected cane-farming households along the Ba River", 412750),
        ("Desilting of village water tanks", 86250),
        ("Cash grants for the replanting of sugarcane and root crops on 1,240 smallholdings", 297500),
        ("Psychosocial support in evacuation centres", 63400)],
       ("changed", 1, 89250)),
      ("Ra Province",
       "A storm surge of 1.7 metres reached the coastal settlements around Rakiraki. Some 6,915 people "
       "spent at least one night in evacuation centres, and 44 per cent of the province's schools "
       "were used as shelters.",
       [("Repair of school roofs and classroom furniture in the Rakiraki and Nakorotubu districts", 238600),
        ("Hygiene kits and menstrual health supplies for evacuation centres", 47850),
        ("Rehabilitation of the Navolau gravity-fed water scheme", 154300)],
       None),
      ("Nadroga-Navosa Province",
       "Landslides cut the Sigatoka valley road in eleven places. About 9,470 people in the upper "
       "valley were isolated for two weeks; the network's own reserve fund advanced USD 186,400 "
       "for air drops of food and medicines in January.",
       [("Clearing of landslide debris and culvert replacement on feeder roads in the upper Sigatoka valley", 522900),
        ("Food rations for isolated highland villages", 131750),
        ("Mobile health clinics for the Navosa highlands, including maternal and child health services", 208250),
        ("Seed and tool kits for vegetable growers", 74600)],
       None),
      ("Kadavu Province",
       "Kadavu received the strongest winds of Mele, with gusts estimated at 195 km/h. Of the island's "
       "2,214 houses, 29 per cent were damaged and 341 destroyed.",
       [("Construction of cyclone-resistant core houses for families whose homes were destroyed", 689500),
        ("Solar lanterns and radios for outer villages", 39650),
        ("Repair of the Vunisea health centre and its rainwater harvesting system", 116800)],
       None),
      ("Lau Province",
       "The scattered islands of the Lau group depend on inter-island shipping, which stopped for "
       "three weeks after the cyclone. Roughly 4,830 people on 17 islands need help, and fuel prices "
       "rose by 52 per cent.",
       [("Chartered supply voyages to the southern Lau islands", 264300),
        ("Water purification units and jerrycans for islands without a piped supply", 58900),
        ("Restoration of reef fisheries and replacement of fishing gear lost in the storm", 97450)],
       ("hyphen", 1)),
      ("Cakaudrove Province",
       "On Taveuni and the Natewa peninsula, copra and kava gardens were stripped. A rapid assessment "
       "counted 7,362 people with damaged livelihoods; USD 0.9 million from the 2022 appeal is still "
       "being spent on earlier projects here.",
       [("Cash-for-work for the clearing of plantations and village drainage", 176250),
        ("Kava and taro planting material for smallholder farmers on Taveuni and the Natewa peninsula", 143900),
        ("Early warning sirens for coastal villages", 52700),
        ("Temporary learning spaces and school kits", 81350)],
       None),
    ]),
    ("TONGA", [
      ("Tongatapu",
       "Tropical Cyclone Tavite passed 40 km south of Nuku'alofa in mid-February. The Tonga "
       "Meteorological Service recorded 338 mm of rain in two days. Total rainfall for the month was "
       "three times the average, and 12,905 people reported flooded homes.",
       [("Emergency repairs to the Nuku'alofa stormwater drains and pumping stations", 318450),
        ("Non-food item kits for families in low-lying settlements of the Popua and Sopu area", 109600),
        ("Community kitchens for the first month after the cyclone", 68350)],
       None),
      ("Ha'apai",
       "The low coral islands of Ha'apai were overtopped by waves. About 3,126 people live on the "
       "nine islands affected, and 61 per cent of household water tanks were contaminated by salt water.",
       [("Desalination units and water tank cleaning on the outer Ha'apai islands", 227300),
        ("Rebuilding of community halls used as evacuation centres", 191850)],
       None),
      ("Vava'u",
       "Vava'u suffered less structural damage but lost much of its vanilla and coconut crop. "
       "Partners received USD 1.35 million for Vava'u in 2021 for the recovery from the previous "
       "cyclone, of which 87 per cent has been spent.",
       [("Replanting of vanilla vines and coconut seedlings for 620 farming families", 133700),
        ("Repair of wharves and boat ramps", 274150),
        ("Livelihood grants for women's handicraft groups", 56450),
        ("Refurbishment of the Neiafu market", 89900)],
       None),
      ("'Eua",
       "On 'Eua, landslides on the eastern cliffs damaged the island's only road to the forest "
       "reserve. An estimated 2,487 people were affected, 19 per cent of them children under five.",
       [("Stabilisation of the eastern road and construction of retaining walls above the village of Houma", 365800),
        ("Nutrition screening and supplementary feeding for young children", 43950),
        ("Tree seedlings for the replanting of watershed forests", 71200)],
       None),
    ]),
  ]),
  ("Part Two – Vanuatu and the Solomon Islands", [
    ("VANUATU", [
      ("Torba Province",
       "Cyclone Harlan reached category four as it passed between the Banks and Torres islands in "
       "early March. About 5,640 people live in the worst affected villages, and 73 per cent of "
       "food gardens were destroyed.",
       [("Emergency food distributions by boat to the Torres islands and the northern Banks islands", 248750),
        ("Shelter repair kits and carpentry training", 162350),
        ("Fuel and maintenance for the provincial patrol boat", 34850)],
       None),
      ("Sanma Province",
       "On Espiritu Santo, flooding of the Sarakata river displaced 8,215 people in Luganville. "
       "The province received USD 3.4 million in 2020 after the last major cyclone, and some of "
       "those water schemes have failed again.",
       [("Repair of the Luganville water supply intake and treatment works", 436200),
        ("Cash transfers for displaced households in Luganville", 219950),
        ("Drainage works in the Sarakata riverside settlements", 287650),
        ("Community health workers and hygiene promotion", 66150)],
       ("removed", 2)),
      ("Penama Province",
       "Pentecost, Ambae and Maewo were hit by both wind and heavy rain. A joint assessment found "
       "that 4,072 households had damaged roofs and that 47 per cent of water sources were unsafe.",
       [("Roofing iron, nails and tools for households on Pentecost and Maewo", 374550),
        ("Rainwater catchments for schools and dispensaries", 128450),
        ("Protection services and safe spaces for women and girls in evacuation sites", 61750)],
       None),
      ("Malampa Province",
       "Malekula and Ambrym were on the weaker southern side of the storm. Even so, 6,389 people "
       "lost their main food gardens, and the Lakatoro hospital was without power for nine days.",
       [("Generator and solar backup system for the Lakatoro provincial hospital", 203850),
        ("Fast-growing crop seeds and cuttings for Malekula and Ambrym", 92150)],
       None),
      ("Shefa Province",
       "Port Vila and the Shepherd islands recorded the highest number of people in evacuation centres, "
       "with a peak of 15,734 on the night of landfall. The network's partners in Shefa received "
       "USD 4.7 million in 2023, mostly for urban water and shelter.",
       [("Safe and dignified evacuation centres in the informal settlements of Port Vila", 332650),
        ("Repair of rainwater tanks and pipes in the Shepherd islands", 123500),
        ("Urban cash assistance for renters who lost their homes", 258400),
        ("Debris removal and waste management after the cyclone", 95850)],
       ("lakh", 1, "1,23,500")),
      ("Tafea Province",
       "On Tanna, Erromango and Aniwa the cyclone damaged 63 per cent of schools. Ash from the Yasur "
       "volcano mixed with rain water has affected roof catchments used by 5,018 people.",
       [("Temporary classrooms and the repair of damaged school buildings on Tanna and Erromango", 297850),
        ("Water quality testing and roof-catchment filters", 54350),
        ("Coffee and kava replanting for the farmers' cooperatives", 118950)],
       None),
    ]),
    ("SOLOMON ISLANDS", [
      ("Guadalcanal Province",
       "Tropical Cyclone Iolana brought flash floods to the Guadalcanal plains in April. An estimated "
       "18,346 people were affected, including 2,703 in the Honiara–Tenaru corridor, and 34 per cent "
       "of oil palm smallholders lost their harvest.",
       [("Flood-resilient shelter for families relocated from the banks of the Mataniko and Lungga rivers", 584650),
        ("Cholera preparedness and oral rehydration points", 77850),
        ("Repair of the Tenaru river crossing and approach roads", 311150),
        ("Livelihood grants for market vendors", 49150)],
       None),
      ("Malaita Province",
       "Malaita, the most populous province, saw fewer deaths but wide crop losses. Provincial "
       "officers counted 11,062 people without a secure food supply for the next three months.",
       [("Food assistance for highland communities in central and east Malaita", 392850),
        ("Rehabilitation of the Auki market and its sanitation facilities", 146350),
        ("Community-based disaster risk reduction committees", 58450)],
       None),
      ("Makira-Ulawa Province",
       "Heavy rain on Makira caused rivers to change course near Kirakira. About 3,957 people are "
       "affected, and 58 per cent of them live more than a day's walk from a health facility.",
       [("Relocation of the Kirakira riverside clinic to higher ground", 264650),
        ("Medical supplies and outreach patrols for the Weather Coast and Ulawa", 45000),
        ("Water supply repairs for villages on Ulawa and Ugi islands", 137150)],
       ("nocurrency", 1)),
      ("Temotu Province",
       "The remote Reef islands and Santa Cruz were reached by assessment teams only after 23 days. "
       "Roughly 2,938 people need shelter materials, and 81 per cent of canoes were lost or damaged.",
       [("Shelter materials and tools for the Reef islands and the outer islands of Temotu, delivered by chartered vessel", 418350),
        ("Replacement of fishing canoes and outboard motors", 164250),
        ("Satellite communication kits for village disaster committees", 36750)],
       None),
      ("Western Province",
       "In Western Province the storm damaged the Gizo hospital and schools in the Marovo lagoon. "
       "The province received USD 1.85 million in 2019 for its health system, and 26 per cent of "
       "that equipment now needs replacement.",
       [("Repair of the Gizo hospital wards and its oxygen plant", 356850),
        ("School repairs and learning materials for schools around the Marovo lagoon", 199350),
        ("Mangrove replanting and coastal protection", 62350)],
       None),
      ("Isabel Province",
       "Santa Isabel lost most of its coastal gardens to salt water. An estimated 4,415 people depend "
       "on food aid until the next harvest, and 68 per cent of households have no savings left.",
       [("Food vouchers for coastal households of Santa Isabel until the next harvest", 286150),
        ("Salt-tolerant crop varieties and farmer field schools", 98650),
        ("Repair of the Buala jetty and the provincial fuel depot", 173850)],
       ("swapped", None)),
    ]),
  ]),
]

CLOSING = (
    "Contributions can be made to any project or to the network's Pacific cyclone fund. "
    "Reports on the use of funds will be published at the end of the 2024 season."
)


def money(n):
    return "{:,}".format(n)


def swap_digits(n):
    """Swap the first pair of adjacent different digits after the first two."""
    s = list(str(n))
    for i in range(2, len(s) - 1):
        if s[i] != s[i + 1]:
            s[i], s[i + 1] = s[i + 1], s[i]
            return int("".join(s))
    raise ValueError(n)


# Discretionary hyphens. This Chromium has no hyphenation dictionary, so `hyphens: auto`
# breaks no word; the editor put a soft hyphen (&shy;) into some long words instead. The
# candidates and their syllable points:
HYPH = {w.replace("~", ""): w for w in """
  Des~al~i~na~tion Me~te~o~ro~log~i~cal Psy~cho~so~cial Re~fur~bish~ment Re~ha~bil~i~ta~tion
  Sta~bil~i~sa~tion as~sess~ment com~mu~ni~ca~tion con~tam~i~nat~ed co~op~er~a~tives
  dis~pen~sar~ies dis~tri~bu~tions hand~i~craft in~fra~struc~ture in~hab~it~ed live~li~hoods
  main~te~nance man~age~ment plan~ta~tions pre~pared~ness pu~ri~fi~ca~tion re~hy~dra~tion
  re~place~ment small~hold~ers small~hold~ings struc~tur~al sup~ple~men~tary
  Char~tered char~tered Com~mu~ni~ty com~mu~ni~ty com~mu~ni~ties Con~struc~tion con~struc~tion
  De~silt~ing Emer~gen~cy Gen~er~a~tor Land~slides land~slides land~slide Live~li~hood Nu~tri~tion
  Pro~tec~tion pro~tec~tion Pro~vin~cial pro~vin~cial Rain~wa~ter rain~wa~ter Re~build~ing
  Re~lo~ca~tion Re~place~ment Re~plant~ing re~plant~ing Res~to~ra~tion Sat~el~lite Tem~po~rary
  as~sis~tance build~ings car~pen~try catch~ment catch~ments class~room class~rooms com~mit~tees
  coun~tries de~liv~ered de~stroyed dig~ni~fied dis~placed dis~tricts equip~ment es~ti~mat~ed
  evac~u~a~tion fa~cil~i~ties fish~er~ies fur~ni~ture har~vest~ing high~lands house~hold
  house~holds in~clud~ing jer~ry~cans ma~te~ri~als med~i~cines men~stru~al nar~ra~tive
  over~topped pen~in~su~la per~cent~ages pro~mo~tion re~duc~tion re~lo~cat~ed re~quire~ments
  re~sil~ient re~sis~tant re~tain~ing riv~er~side san~i~ta~tion scat~tered screen~ing seed~lings
  set~tle~ments small~hold~er storm~wa~ter strong~est sug~ar~cane tar~pau~lins trans~fers
  treat~ment va~ri~eties veg~e~ta~ble wa~ter~shed
""".split()}
# The soft hyphens kept: (word, its n-th occurrence in the document) -> the one break point,
# chosen where a line of the printed PDF does break inside the word (a soft hyphen that does
# not break would stay in the PDF's text as U+00AD). Found by printing once with every syllable
# point of HYPH (TWOCOL2_ALL_BREAKS=1) and keeping the ones used.
KEEP = {
    ("medicines", 1): "med~icines",
    ("including", 1): "in~cluding", ("estimated", 1): "es~timated",
    ("destroyed", 1): "de~stroyed", ("settlements", 1): "set~tlements",
    ("evacuation", 3): "evac~uation", ("settlements", 2): "settle~ments",
    ("displaced", 1): "dis~placed", ("catchments", 2): "catch~ments",
    ("cooperatives", 1): "coopera~tives", ("smallholders", 1): "smallhold~ers",
    ("facilities", 1): "fa~cilities", ("committees", 2): "com~mittees",
}
ALL_BREAKS = os.environ.get("TWOCOL2_ALL_BREAKS") == "1"
_seen = {}


def hyphenate(m):
    w = m.group(0)
    n = _seen[w] = _seen.get(w, 0) + 1
    if ALL_BREAKS:
        return HYPH[w]
    return KEEP.get((w, n), w)


def text(s):
    """Escape, then put in the soft hyphens."""
    s = re.sub(r"\b(%s)\b" % "|".join(HYPH), hyphenate, s)
    return html.escape(s, quote=False).replace("~", "&shy;")


CSS = """
@page {
  size: A4;
  margin: 20mm 16mm 18mm 16mm;
  @top-center { content: "Pacific Cyclone Season 2024 - Humanitarian Appeal  |  Oceania Emergency Network";
                font: 8pt "Liberation Sans", sans-serif; color: #444; }
  @bottom-center { content: "- " counter(page) " -"; font: 8pt "Liberation Sans", sans-serif; }
}
html { font: 10pt/1.3 "Liberation Sans", sans-serif; }
body { margin: 0; }
.titleblock h1 { font-size: 17pt; margin: 0 0 2pt 0; }
.titleblock p { margin: 0 0 6pt 0; font-size: 10.5pt; }
h1.part { font-size: 13pt; margin: 8pt 0 6pt 0; padding: 3pt 0; border-top: 1pt solid #000;
          border-bottom: 1pt solid #000; text-align: center; }
.columns { column-count: 2; column-gap: 7mm; hyphens: auto; -webkit-hyphens: auto; }
.part-span { column-span: all; }
h2 { font-size: 12pt; letter-spacing: 1pt; margin: 8pt 0 3pt 0; padding: 1pt 3pt; background: #ddd; }
h3 { font-size: 10.5pt; margin: 7pt 0 2pt 0; break-after: avoid; }
p { margin: 0 0 4pt 0; }
p.prose { text-align: justify; }
ul { list-style: none; margin: 0 0 3pt 0; padding-left: 0; }
li { margin: 0 0 1.5pt 0; padding-left: 9pt; text-indent: -9pt; }
p.total { font-weight: bold; margin-bottom: 6pt; }
"""


def build():
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    w("<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n" % (html.escape(TITLE), CSS))
    w('<div class="titleblock">\n<h1>%s</h1>\n<p>%s &middot; Appeal for January&ndash;December 2024 &middot; '
      "all amounts in US dollars (USD)</p>\n</div>\n" % (text(TITLE), text(PUBLISHER)))
    for pi, (part, countries) in enumerate(PARTS):
        if pi == 0:
            w('<h1 class="part">%s</h1>\n<div class="columns">\n' % text(part))
            for para in INTRO:
                w('<p class="prose">%s</p>\n' % text(para))
        else:
            w('<h1 class="part part-span">%s</h1>\n' % text(part))
        for country, sections in countries:
            w("<h2>%s</h2>\n" % text(country))
            for name, prose, items, inj in sections:
                declared = sum(a for _, a in items)
                shown = []  # (title, amount text, dash text, currency text)
                for i, (title, amt) in enumerate(items):
                    dash, cur, amt_s = "\u2013", "USD ", money(amt)
                    if inj and inj[0] == "changed" and inj[1] == i:
                        amt_s = money(inj[2])
                    if inj and inj[0] == "removed" and inj[1] == i:
                        continue
                    if inj and inj[0] == "hyphen" and inj[1] == i:
                        dash = "-"
                    if inj and inj[0] == "lakh" and inj[1] == i:
                        amt_s = inj[2]
                    if inj and inj[0] == "nocurrency" and inj[1] == i:
                        cur = ""
                    shown.append((title, dash, cur, amt_s))
                if inj and inj[0] == "swapped":
                    declared = swap_digits(declared)
                w("<h3>%s</h3>\n" % text(name))
                w('<p class="prose">%s</p>\n' % text(prose))
                w("<ul>\n")
                for title, dash, cur, amt_s in shown:
                    w("<li>\u2022 %s %s %s%s</li>\n" % (text(title), dash, cur, amt_s))
                w("</ul>\n")
                w('<p class="total"><strong>Total funding requirements for %s \u2013 USD %s</strong></p>\n'
                  % (text(name), money(declared)))
    w('<p class="prose">%s</p>\n' % text(CLOSING))
    w("<p><strong>%s</strong> &ndash; Regional Coordination Office, Suva</p>\n" % text(PUBLISHER))
    w("</div>\n</body>\n</html>\n")
    return "".join(out)


def check_unique(doc):
    """Every figure with a comma or a point, and every figure of 3+ digits, must occur once
    (years 2019-2024 and the appeal's name aside)."""
    body = re.sub(r"<style>.*?</style>", "", doc, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    seen = {}
    for m in re.finditer(r"\d[\d,.]*\d|\d", body):
        f = m.group(0)
        if re.fullmatch(r"20(19|2[0-4])", f) or len(f) < 2:
            continue
        seen[f] = seen.get(f, 0) + 1
    dups = {f: n for f, n in seen.items() if n > 1}
    if dups:
        sys.exit("duplicate figures: %r" % dups)


def main():
    doc = build()
    check_unique(doc)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(doc)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
