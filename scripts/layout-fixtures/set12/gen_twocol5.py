#!/usr/bin/env python3
"""Write fixtures/layouts/two-column-5/appeal.html: a blind two-column appeal about PAGE
FURNITURE (crossfoot issue 15): running headers with a figure, a "N / 6" footer, a side tab with
the region's name (upright letters, one per line, at the outer margin), "continued on next page"
notes, key-figure boxes and a figure caption inside prose, a two-line header on one page and a
footnote line at the bottom of one page.

Invented publisher: "Kalahari and Coast Relief Alliance" (KCRA). Southern Africa Cyclone and
Drought Appeal 2025, USD, English number format.

The pages are made by hand-built page boxes (A4, each with its own header, footer, side tab and a
CSS column-count: 2 body). Which blocks go on which page is measured by headless Chromium
(--dump-dom on a draft with a small paginator script); the final appeal.html has no script.
One page break is forced (FORCE_BREAK: Atsimo-Andrefana, the middle sum error, starts page 4 at its
third item, so it breaks across pages 3 and 4 with a "continued on next page" note).
Run from the repository root:  python3 scripts/layout-fixtures/set12/gen_twocol5.py
then fixtures/layouts/two-column-5/make.sh.  Python 3, no third-party modules; needs chromium.
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

OUT = os.path.join("fixtures", "layouts", "two-column-5")
PUBLISHER = "Kalahari and Coast Relief Alliance"
TITLE = "Southern Africa Cyclone and Drought Appeal 2025"

# ---------------------------------------------------------------------------------------------
# Content. Items: (title, amount). Amounts are the TRUE figures; injections are applied below.
# ---------------------------------------------------------------------------------------------
REGIONS = [
    ("MOZAMBIQUE", "Mozambique", [
        "Tropical Cyclone Ikhaya made landfall south of Pemba on 11 January 2025 with sustained "
        "winds of 185 km/h, and its remnants crossed four provinces before it weakened over "
        "Manica. The national disaster institute counts 612,000 people affected and 48,300 "
        "houses destroyed or damaged, while the southern provinces entered their second failed "
        "rainy season in a row.",
        "KCRA members in Mozambique work through 14 local partners. The requirements below cover "
        "the six provinces where the Alliance has field teams; they were costed with the "
        "provincial authorities in February and March 2025.",
    ], [
        ("Cabo Delgado", [
            "In Cabo Delgado the cyclone struck districts that already hosted 96,000 people "
            "displaced by conflict. Sites in Metuge and Mecúfi lost most of their shelters and "
            "latrines in a single night, and 23 of the 41 water points were flooded.",
            "The Alliance's partners reached 18,500 people with emergency kits in the first "
            "fortnight. The projects below complete the shelter and water response and keep the "
            "health brigades on the road until the end of the rainy season.",
        ], [
            ("Emergency shelter kits and tarpaulins for 3,200 displaced households in Mecúfi "
             "and Metuge", 486000),
            ("Water trucking and chlorination at nine accommodation sites", 212500),
            ("Mobile health brigades along the Pemba to Montepuez road", 158000),
            ("Protection desks and referral for survivors of gender-based violence", 94500),
        ]),
        ("Nampula", [
            "Nampula recorded 412 millimetres of rain in 36 hours. The coastal districts of "
            "Mossuril and Ilha de Moçambique lost school roofs and early crops, and 7,900 "
            "families were registered as affected by the provincial delegation.",
        ], [
            ("Repair of 46 classrooms in Mossuril and Ilha de Moçambique", 318000),
            ("Seed and tool kits for 5,600 farming households", 264000),
            ("Cholera preparedness: oral rehydration points and hygiene promotion", 127500),
        ]),
        ("Zambezia", [
            "The Licungo and Licuari rivers rose above their alert levels for eleven days. In "
            "Mocuba and Maganja da Costa the floods cut the main road in five places and "
            "isolated about 30,000 people for most of February.",
            "BOX:Key figures: 1,250,000 people affected in the province · 86,400 houses damaged "
            "· USD 2.1 million received in 2024 for the previous floods",
            "The provincial plan asks partners to restore water supply first, then to support "
            "households with cash while the second planting season is prepared.",
        ], [
            ("Rehabilitation of 38 boreholes in Mocuba and Maganja da Costa", 402000),
            ("Cash transfers for 4,100 flood-affected households (three rounds)", 738000),
            ("Restoration of the Licuari river embankment near Quelimane", 296500),
            ("Nutrition screening and treatment for children under five", 183000),
        ]),
        ("Sofala", [
            "Sofala was spared the cyclone's core but not its rain: Búzi and Nhamatanda "
            "districts flooded again, four years after the last major flood. About 2,750 houses "
            "lost their roofs and 31 schools were used as shelters until April.",
        ], [
            ("Roof repair materials for 2,750 houses in Búzi and Nhamatanda", 561000),
            ("Tented classrooms for 9,800 pupils", 174500),
            ("Emergency fisheries support: nets and boat repair in Beira and Dondo", 139000),
        ]),
        ("Manica", [
            "In Manica the problem is drought, not wind. Machaze and Mossurize received less "
            "than half of their normal rainfall, and the provincial food security group "
            "estimates that 164,000 people will need assistance before the 2026 harvest.",
        ], [
            ("Drought-tolerant seed and conservation farming for 3,900 households", 287000),
            ("Livestock water points and vaccination in Machaze", 165500),
        ]),
        ("Inhambane", [
            "Inhambane's interior districts, Funhalouro and Mabote, depend on shallow wells "
            "that dried up in October. Cattle prices fell by 40 per cent as herders sold "
            "animals they could no longer water, and school attendance dropped sharply.",
        ], [
            ("Borehole drilling and solar pumps in Funhalouro and Mabote", 344000),
            ("School feeding in 27 drought-affected primary schools", 219500),
            ("Community early warning committees and radio bulletins", 76000),
            ("Fodder and supplementary feed for 1,200 cattle keepers", 108500),
        ]),
    ]),
    ("MALAWI", "Malawi", [
        "In Malawi the same cyclone system brought flash floods to the Lower Shire in late "
        "January, followed by a dry spell of seven weeks that wilted the maize crop in the "
        "southern region. The Department of Disaster Management Affairs declared a state of "
        "disaster in 11 districts on 3 February 2025.",
    ], [
        ("Chikwawa", [
            "Chikwawa had the worst of both: flooding along the Shire in January and almost no "
            "rain from mid-February. The district council estimates that 11,400 people will "
            "have exhausted their food stocks by September.",
            "FIG:Figure 1. Rainfall at Nchalo, November 2024 to March 2025, as a share of the "
            "1991-2020 average (38 per cent over the season).",
        ], [
            ("Food assistance for 11,400 people during the lean season", 1046000),
            ("Repair of the Nchalo irrigation scheme intake", 312500),
            ("Malaria nets and case management in flood-prone villages", 128000),
        ]),
        ("Nsanje", [
            "Nsanje's floodplain villages are flooded almost every year. After the 2025 floods "
            "the district agreed to relocate 1,350 households to higher ground near Makhanga, "
            "where plots have already been allocated by the traditional authorities.",
        ], [
            ("Relocation support for 1,350 households from the Shire floodplain", 674000),
            ("Community grain banks in Makhanga and Mbenje", 141500),
            ("Water, sanitation and hygiene in 14 evacuation centres", 209000),
        ]),
        ("Mulanje", [
            "On the slopes of Mulanje mountain, landslides after 270 millimetres of rain in one "
            "night killed 52 people and destroyed footbridges on the Ruo river. Tea-estate "
            "workers lost several weeks of wages while the estates were closed.",
        ], [
            ("Landslide clearance and repair of footbridges on the Ruo", 236000),
            ("Psychosocial support for the families of those who died", 148500),
            ("Cash-for-work programme for tea-estate workers", 395000),
        ]),
        ("Phalombe", [
            "Phalombe lost 19 health posts and the maternity wing of its district hospital. "
            "Women now travel up to 25 kilometres to give birth, and the district health office "
            "recorded a rise in home deliveries since February.",
        ], [
            ("Rebuilding of 19 health posts and a maternity wing", 587000),
            ("Seed multiplication for pigeon pea and sorghum", 96500),
        ]),
        ("Zomba", [
            "Lake Chilwa shrank to a third of its usual surface by the end of the dry spell, "
            "and the fishing communities on its shore lost their main income. In the uplands of "
            "Jali and Thondwe the problem is drinking water.",
        ], [
            ("Livelihood grants for fishing communities on Lake Chilwa", 231000),
            ("Drought response: water kiosks in Jali and Thondwe", 178500),
            ("Referral transport for malnourished children", 62000),
            ("Training of 240 village civil protection committees", 84500),
        ]),
    ]),
    ("MADAGASCAR", "Madagascar", [
        "Madagascar faces two crises at once. The Grand Sud is in its fourth year of drought, "
        "with 1.3 million people in crisis or emergency food insecurity according to the "
        "latest analysis^, and the east coast was hit by the outer bands of Cyclone Ikhaya on "
        "14 January.",
    ], [
        ("Atsimo-Andrefana", [
            "Ampanihy and Betioky are the districts where acute malnutrition is highest: the "
            "March screening found 14.2 per cent of children under five with global acute "
            "malnutrition, above the emergency threshold of 15 per cent in six communes.",
            "BOX:Key figures: 38,000 people targeted · 64 villages without water · USD 3.4 "
            "million gap for the region until December 2025",
            "The projects combine food and nutrition with water trucking, since most villages "
            "on the Mahafaly plateau now depend on water brought from the Onilahy river. A "
            "jerrycan of 20 litres sold for about 2,000 ariary in May, four times its price "
            "before the drought.",
        ], [
            ("General food distribution for 38,000 people in Ampanihy and Betioky", 1924000),
            ("Cactus-pear and drought-resistant cassava cuttings", 207500),
            ("Emergency treatment of acute malnutrition at 31 sites", 618000),
            ("Water trucking to 64 villages on the Mahafaly plateau", 455500),
            ("Support to community health workers (stipends and kits)", 139000),
        ]),
        ("Androy", [
            "In Androy the wind-blown sand has covered fields in Tsihombe and Beloha for a "
            "third year. Households have sold most of their livestock, and 6,200 of them were "
            "found eligible for cash assistance in the April census.",
        ], [
            ("Cash transfers for 6,200 households in Tsihombe and Beloha", 1116000),
            ("Rehabilitation of standpipes on the Efaho pipeline", 364500),
            ("Sand-dune fixation with sisal hedges around fields", 88000),
        ]),
        ("Anosy", [
            "Anosy's Mandrare valley is slightly better off than its neighbours, but 12,300 "
            "pupils rely on school meals and the valley's clinics lost their staff housing in "
            "the January storm.",
        ], [
            ("Emergency seed fairs in Amboasary-Sud", 243000),
            ("Mobile clinics for the Mandrare valley", 197500),
            ("School meals for 12,300 pupils", 326000),
        ]),
        ("Atsinanana", [
            "On the east coast, the cyclone's outer bands damaged 4,800 houses in Toamasina "
            "and Brickaville and blocked the city's drainage canals. Clove and lychee growers "
            "lost trees that will take five years to produce again.",
        ], [
            ("Shelter repair kits for 4,800 households in Toamasina and Brickaville", 702000),
            ("Clearance of drainage canals in Toamasina city", 158500),
            ("Replanting of clove and lychee trees destroyed by the wind", 241000),
            ("Cholera treatment units and water treatment", 174000),
        ]),
    ]),
    ("ZIMBABWE", "Zimbabwe", [
        "Zimbabwe's eastern highlands took heavy rain from Ikhaya's remnants on 17 and 18 "
        "January, while the south of the country recorded its driest season since 1992. The "
        "government's vulnerability assessment puts 2.7 million rural people in need.",
    ], [
        ("Chipinge", [
            "Chipinge lost seven culverts on the Mount Selinda road and two bridges in the "
            "Save valley. Food prices in the district rose by a third while the road was cut, "
            "and 8,700 people in Wards 4 to 12 were registered for assistance.",
        ], [
            ("Rebuilding of culverts on the Mount Selinda road", 529000),
            ("Household water treatment and latrine repair", 136500),
            ("Food assistance for 8,700 people in Wards 4 to 12", 612000),
        ]),
        ("Chimanimani", [
            "Chimanimani still carries the scars of Cyclone Idai in 2019. New landslides in "
            "Ngangu destroyed the clinic and forced 230 households off the slopes, and the "
            "district asked for a risk map before anything is rebuilt.",
        ], [
            ("Landslide risk mapping and relocation of 230 households", 318500),
            ("Rebuilding of the Ngangu clinic", 274000),
            ("Psychosocial first aid and child-friendly spaces", 91000),
        ]),
        ("Mwenezi", [
            "Mwenezi, in the dry south, had 190 millimetres of rain in the whole season. About "
            "2,100 families have lost part of their herds, and 33 wards report boreholes out of "
            "order for lack of spare parts.",
        ], [
            ("Borehole rehabilitation in 33 wards", 447000),
            ("Livestock destocking and drought feed for 2,100 families", 136500),
            ("Small-grains seed packs of sorghum and millet", 188000),
            ("Cash for work on sand-abstraction wells", 209500),
        ]),
        ("Binga", [
            "Binga's fishing camps on Lake Kariba report a fall in kapenta catches of 30 per "
            "cent. Cholera cases were confirmed on both sides of the lake in March.",
        ], [
            ("Fishing-camp nutrition and kapenta processing grants", 153000),
            ("Cross-border cholera surveillance along Lake Kariba", 118500),
        ]),
    ]),
    ("ZAMBIA", "Zambia", [
        "Zambia declared the drought a national disaster in its Southern and Western "
        "provinces. Maize production fell by about half compared with the five-year average, "
        "and the Zambezi at Victoria Falls ran at its lowest February level in 40 years.",
    ], [
        ("Sesheke", [
            "In Sesheke, on the Zambezi floodplain, the recession gardens that feed families "
            "through the dry season could not be planted. The district targets 9,500 people "
            "for rations until the next harvest.",
        ], [
            ("Emergency food rations for 9,500 people", 866000),
            ("Irrigation pumps for gardens on the Zambezi floodplain", 214000),
            ("Veterinary campaign against anthrax in drought-stressed herds", 97500),
        ]),
        ("Gwembe", [
            "The Gwembe valley's 58 hand pumps are the only water source for most villages, "
            "and half of them broke down during the dry months. Village savings groups have "
            "spent their funds on food.",
        ], [
            ("Water points and spare parts for 58 hand pumps", 263500),
            ("Recovery grants for village savings groups", 119000),
            ("School feeding for 16 schools in the valley", 231000),
        ]),
        ("Sinazongwe", [
            "Sinazongwe's lakeshore irrigation schemes can restart if pumps and fuel are "
            "provided. Meanwhile 3,300 households need cash, and the Maamba clinic has run on a "
            "generator since its borehole pump failed.",
        ], [
            ("Cash transfers for 3,300 households", 594000),
            ("Lakeshore irrigation schemes for vegetable growers", 302500),
            ("Nutrition surveillance and supplementary feeding", 146000),
            ("Solar-powered water supply for the Maamba clinic", 88500),
        ]),
        ("Kazungula", [
            "Kazungula received 4,200 people who left the flood-prone islands of the Zambezi in "
            "January. Farmers near the national park lose stored grain to elephants every dry "
            "season, and health outreach is needed at the river crossings.",
        ], [
            ("Support to 4,200 returnees from flood-affected islands", 418000),
            ("Elephant-proof grain stores for farmers near the park", 126500),
            ("Mobile health outreach at the Zambezi crossings", 173000),
        ]),
    ]),
]

# Second paragraphs (appended after each section's own prose).
EXTRA = {
    "Nampula": "Two partners already run mobile teams in the province; the projects extend "
        "their work to 22 further communities until the end of the year.",
    "Sofala": "The provincial education directorate has asked that classes leave the "
        "shelters before the examinations of November, which the tents below allow.",
    "Manica": "Seed must reach farmers before the first rains of October, so the "
        "procurement of 310 tonnes of seed starts as soon as funds are confirmed.",
    "Inhambane": "The district governments have identified 18 sites for new boreholes, six of "
        "them near schools where the feeding programme will run.",
    "Nsanje": "Grain banks run by village committees proved their worth in 2023, when they "
        "bridged a hunger gap of ten weeks for about 900 families.",
    "Mulanje": "The district's hospital treated 310 injured people in the first week; its "
        "social workers now follow up 74 families who lost a parent.",
    "Phalombe": "Seed multiplication by 16 farmer groups will supply the district's own "
        "programme in the next season instead of seed bought in Lilongwe.",
    "Zomba": "Village civil protection committees were trained in 2019 but many members have "
        "since moved, so the district asked for a new round of training.",
    "Androy": "The Efaho pipeline carries water from the Mandrare to 29 communes, but one "
        "standpipe in three no longer works and repairs have waited since 2023.",
    "Anosy": "Seed fairs let farmers choose their own varieties from local traders, with "
        "vouchers worth about USD 45 per household.",
    "Atsinanana": "Most houses can be repaired with the kits below; 620 households whose "
        "houses were destroyed are covered by the national shelter programme.",
    "Chipinge": "The district engineer estimates that the culverts must be rebuilt before "
        "November, when the next rainy season begins.",
    "Chimanimani": "The risk map will be shared with the district council and the 14 wards "
        "concerned before any household is asked to move.",
    "Mwenezi": "Destocking buys animals at fair prices before they die of hunger and returns "
        "the meat to schools and clinics in the district.",
    "Binga": "Most fishing camps have no clinic within 40 kilometres; surveillance volunteers "
        "will be trained in 21 camps on the Zimbabwean shore.",
    "Sesheke": "Pumps for the floodplain gardens let 1,100 households grow vegetables during "
        "the dry season on land that the receding river leaves behind.",
    "Gwembe": "The district water office will train 58 pump minders, one for each hand pump, "
        "and keep a stock of spare parts at the boma.",
    "Sinazongwe": "Cash is paid through mobile money; in 2024 it reached 96 per cent of the "
        "registered households within two days.",
    "Kazungula": "The grain stores follow a design tested by the district agriculture office "
        "in 2022, which cut losses to elephants by about four fifths.",
}

INTRO = [
    "Between January and March 2025, Tropical Cyclone Ikhaya and a severe drought linked to the "
    "El Niño of 2023/24 struck five countries of Southern Africa at the same time. Floods on the "
    "coast of Mozambique and in the Lower Shire came on top of a second or third failed rainy "
    "season inland, from southern Madagascar to the Zambezi valley.",
    "This appeal presents the requirements of the members of the " + PUBLISHER + " in 23 "
    "provinces and districts. It replaces the flash appeal of 20 January 2025 (USD 11.5 million) "
    "and covers the period from April 2025 to March 2026. Each section lists the projects with "
    "their requirements and closes with the total for the province or district.",
    "Figures of people affected come from national authorities and are rounded. Amounts are in "
    "United States dollars. Pledges received by 30 June 2025 amount to about USD 6.8 million, "
    "which are not deducted from the requirements below.",
]

CLOSING = [
    ("h", "Coordination and contact"),
    ("p", "The Alliance's members take part in the humanitarian country teams and in the "
          "clusters of all five countries. Projects in this appeal are registered in the "
          "national response plans, and progress is reported every quarter, first on "
          "30 September 2025."),
    ("p", "Contributions can be made to any project, section or country. The regional office "
          "in Maputo answers questions on the appeal: appeals@kcra.example.org, "
          "+258 21 300 455. A mid-term review is planned for December 2025."),
]

# Injections (by section name):
WRONG_DIGIT = ("Cabo Delgado", 1, 242500)      # item printed 242,500; the total counts 212,500
REMOVED = ("Atsimo-Andrefana", 3)              # the 4th item is not printed; the total counts it
FORCE_BREAK = ("Atsimo-Andrefana", 2)          # a page starts at its 3rd item (the section breaks)
SWAPPED_TOTAL = ("Kazungula", "771,500")       # true 717,500
HYPHEN = ("Sofala", 1)                         # "Tented classrooms for 9,800 pupils - USD 174,500"
NO_USD = ("Mulanje", 1)                        # "... – 148,500"
LAKH = ("Mwenezi", 1)                          # "USD 1,36,500"


def fmt(n):
    return "{:,}".format(n)


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------------------------
def build_blocks():
    blocks = []
    sec_no = 0
    grand = 0

    def add(kind, inner, sec=None, region=None, cls=None, force=False):
        blocks.append({"id": len(blocks), "kind": kind, "sec": sec, "region": region,
                       "html": inner, "cls": cls or kind, "force": force})

    for p in INTRO:
        add("para", "<p>%s</p>" % esc(p), region=None, cls="intro")
    for ri, (banner, rname, rprose, sections) in enumerate(REGIONS):
        add("banner", '<div class="banner">%s</div>' % esc(rname), region=ri)
        for p in rprose:
            t = esc(p).replace("^", '<sup>1</sup>')
            add("para", '<p class="rintro">%s</p>' % t, region=ri)
        for (name, prose, items) in sections:
            sec_no += 1
            s = sec_no
            add("heading", '<h2>%s</h2>' % esc(name), sec=s, region=ri)
            for p in prose:
                if p.startswith("BOX:"):
                    add("box", '<div class="box">%s</div>' % esc(p[4:]), sec=s, region=ri)
                elif p.startswith("FIG:"):
                    bars = "".join('<div class="bar" style="height:%dmm"></div>' % h
                                   for h in (9, 7, 3, 2, 4))
                    labels = "".join('<span>%s</span>' % m for m in
                                     ("Nov", "Dec", "Jan", "Feb", "Mar"))
                    add("figure", '<div class="figure"><div class="bars">%s</div>'
                        '<div class="labels">%s</div><div class="caption">%s</div></div>'
                        % (bars, labels, esc(p[4:])), sec=s, region=ri)
                else:
                    add("para", "<p>%s</p>" % esc(p), sec=s, region=ri)
            if name in EXTRA:
                add("para", "<p>%s</p>" % esc(EXTRA[name]), sec=s, region=ri)
            true_total = sum(a for _, a in items)
            grand += true_total
            for k, (title, amt) in enumerate(items):
                if (name, k) == REMOVED:
                    continue
                shown = amt
                if (name, k) == WRONG_DIGIT[:2]:
                    shown = WRONG_DIGIT[2]
                dash, cur, fig = "–", "USD ", fmt(shown)
                if (name, k) == HYPHEN:
                    dash = "-"
                if (name, k) == NO_USD:
                    cur = ""
                if (name, k) == LAKH:
                    fig = "1,36,500"
                    assert amt == 136500
                add("item", '<li>%s <span class="amt">%s %s%s</span></li>'
                    % (esc(title), dash, cur, fig), sec=s, region=ri,
                    force=(name, k) == FORCE_BREAK)
            tot = fmt(true_total)
            if name == SWAPPED_TOTAL[0]:
                assert tot == "717,500"
                tot = SWAPPED_TOTAL[1]
            add("total", '<p class="total">Total funding requirements for %s '
                '<span class="amt">– USD %s</span></p>' % (esc(name), tot), sec=s, region=ri)
    for kind, text in CLOSING:
        if kind == "h":
            add("heading", '<h2 class="closing">%s</h2>' % esc(text), region=len(REGIONS) - 1)
        else:
            add("para", "<p>%s</p>" % esc(text), region=len(REGIONS) - 1)
    return blocks, grand


CSS = """
@page { size: A4; margin: 0 }
html, body { margin: 0; padding: 0 }
body { font-family: "Liberation Serif", serif; font-size: 10pt; line-height: 12.5pt; color: #111 }
.page { position: relative; width: 210mm; height: 296.5mm; overflow: hidden; break-after: page }
.page:last-child { break-after: auto }
.hdr { position: absolute; top: 10mm; left: 20mm; width: 168mm; font: 8.5pt/11pt "Liberation Sans", sans-serif;
       border-bottom: 0.4pt solid #555; padding-bottom: 1.5mm; display: flex; justify-content: space-between }
.hdr .l2 { display: block; font-size: 7.5pt; color: #444 }
.even .hdr, .even .body, .even .ftr, .even .foot, .even .note { left: 22mm }
.body { position: absolute; top: 25mm; left: 20mm; width: 168mm; height: 243mm; overflow: hidden;
        column-count: 2; column-gap: 8mm; column-fill: auto }
.note { position: absolute; top: 269mm; left: 20mm; width: 168mm; text-align: right;
        font: italic 8pt "Liberation Sans", sans-serif }
.foot { position: absolute; top: 276mm; left: 20mm; width: 168mm; font-size: 7.5pt; line-height: 9pt;
        border-top: 0.4pt solid #555; padding-top: 1mm; width: 60mm }
.ftr { position: absolute; top: 283mm; left: 20mm; width: 168mm; font: 8pt "Liberation Sans", sans-serif;
       display: flex; justify-content: space-between }
.tab { position: absolute; width: 7mm; background: #1f4e5f; color: #fff; text-align: center;
       writing-mode: vertical-rl; text-orientation: upright; font: bold 8.5pt "Liberation Sans", sans-serif;
       letter-spacing: 4pt; line-height: 7mm; padding: 2mm 0 }
.odd .tab { right: 4mm } .even .tab { left: 4mm }
.title { column-span: all; font: bold 17pt/21pt "Liberation Sans", sans-serif; margin: 0 0 1mm 0 }
.subtitle { column-span: all; font: 10.5pt/13pt "Liberation Sans", sans-serif; margin: 0 0 5mm 0; color: #333 }
p { margin: 0 0 2.2mm 0; text-align: left }
h2 { font: bold 11pt/13pt "Liberation Sans", sans-serif; margin: 3.5mm 0 1.5mm 0; break-after: avoid }
h2.cont { font-weight: normal; font-style: italic }
.banner { font: bold 12pt/15pt "Liberation Sans", sans-serif; background: #1f4e5f; color: #fff;
          padding: 1mm 2mm; margin: 4mm 0 2mm 0; break-after: avoid; letter-spacing: 1pt; text-transform: uppercase }
.box { border: 0.6pt solid #1f4e5f; background: #e8f0f2; padding: 1.5mm 2mm; margin: 1mm 0 2.5mm 0;
       font: 8.5pt/11pt "Liberation Sans", sans-serif; break-inside: avoid }
.figure { margin: 1mm 0 3mm 0; break-inside: avoid }
.bars { display: flex; align-items: flex-end; gap: 4mm; height: 11mm; border-bottom: 0.4pt solid #333; padding-left: 3mm }
.bar { width: 7mm; background: #7aa6b3 }
.labels { display: flex; gap: 4mm; padding-left: 3mm; font: 7pt "Liberation Sans", sans-serif }
.labels span { width: 7mm; text-align: center }
.caption { font: italic 8.5pt/11pt "Liberation Serif", serif; margin-top: 1mm }
ul { margin: 0 0 1mm 0; padding: 0 0 0 4mm; list-style: none }
li { margin: 0 0 1.2mm 0; text-indent: -4mm; padding-left: 0; break-inside: avoid }
li::before { content: "•"; display: inline-block; width: 4mm; text-indent: 0 }
.amt { white-space: nowrap }
.total { font-weight: bold; margin: 1.5mm 0 3mm 0; break-inside: avoid }
sup { font-size: 6.5pt; line-height: 0 }
"""

PAGINATOR = r"""
<script>
(function(){
  const pool = document.getElementById('pool');
  const blocks = Array.from(pool.children);
  const out = [];
  let body = null, page = [];
  function newPage(first){
    const pg = document.createElement('div'); pg.className = 'page odd';
    const b = document.createElement('div'); b.className = 'body';
    if (first) { b.innerHTML = TITLEHTML; }
    pg.appendChild(b); document.body.insertBefore(pg, pool);
    if (page.length) out.push(page);
    page = []; body = b;
  }
  function over(){ return body.scrollWidth > body.clientWidth + 2; }
  function holder(kind){
    if (kind === 'item') { let ul = body.lastElementChild;
      if (!ul || ul.tagName !== 'UL') { ul = document.createElement('ul'); body.appendChild(ul); }
      return ul; }
    return body;
  }
  newPage(true);
  let openSec = null;   // section whose heading is placed and whose total is not
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    const kind = b.dataset.kind;
    if (b.dataset.force === '1' && page.length && !b.dataset.forced) {
      b.dataset.forced = '1';
      startNew(); continue;
    }
    const h = holder(kind);
    h.appendChild(b);
    if (over()) {
      h.removeChild(b);
      if (h !== body && !h.children.length) body.removeChild(h);
      // keep headings and banners with what follows
      let back = 0;
      while (page.length) {
        const last = blocks[page[page.length-1]];
        const lk = last.dataset.kind;
        if (lk === 'heading' || lk === 'banner' || (lk === 'para' && blocks[page[page.length-1]].dataset.rintro === '1')) {
          last.parentNode.removeChild(last); page.pop(); i--; back++;
        } else break;
      }
      startNew(); continue;
    }
    page.push(i);
    if (kind === 'heading') openSec = b.dataset.sec;
    if (kind === 'total') openSec = null;
    i++;
  }
  out.push(page);
  function startNew(){
    // a section open at the page end continues on the next page
    let cont = null;
    const nb = blocks[i];
    if (nb && nb.dataset.kind !== 'heading' && nb.dataset.kind !== 'banner' && nb.dataset.sec && nb.dataset.sec === openSec) cont = openSec;
    newPage(false);
    if (cont) { const c = document.createElement('h2'); c.className = 'cont';
      c.textContent = blocks.find(x => x.dataset.kind==='heading' && x.dataset.sec===cont).textContent + ' (continued)';
      body.appendChild(c); page.push('cont:' + cont); }
  }
  const r = document.createElement('pre'); r.id = 'result';
  r.textContent = 'RESULT' + JSON.stringify(out) + 'ENDRESULT';
  document.body.appendChild(r);
})();
</script>
"""


def title_html():
    return ('<div class="title">%s</div><div class="subtitle">%s · Revised appeal, '
            'issued 15 July 2025</div>' % (esc(TITLE), esc(PUBLISHER)))


def block_el(b, force=False):
    """An element for the paginator's pool (items are <li>, others as they are)."""
    attrs = 'data-kind="%s"' % b["kind"]
    if b["sec"] is not None:
        attrs += ' data-sec="%d"' % b["sec"]
    if 'class="rintro"' in b["html"]:
        attrs += ' data-rintro="1"'
    if force:
        attrs += ' data-force="1"'
    return re.sub(r"^<(\w+)", lambda m: "<%s %s" % (m.group(1), attrs), b["html"], count=1)


def paginate(blocks, forced):
    pool = "".join(block_el(b, b["id"] in forced) for b in blocks)
    doc = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>%s #pool{display:none}"
           "</style></head><body><div id='pool'>%s</div>%s</body></html>"
           % (CSS, pool, PAGINATOR.replace("TITLEHTML", json.dumps(title_html()))))
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "draft.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(doc)
        prof = os.path.join(d, "profile")
        r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                            "--no-first-run", "--user-data-dir=" + prof, "--dump-dom",
                            "file://" + path], capture_output=True, text=True, timeout=120)
    m = re.search(r'<pre id="result">RESULT(.*?)ENDRESULT', r.stdout, re.S)
    if not m:
        sys.exit("paginator gave no result:\n" + r.stderr[-2000:])
    return json.loads(html.unescape(m.group(1)))


def render(blocks, pages, grand):
    byid = {b["id"]: b for b in blocks}
    regions_names = [r[1] for r in REGIONS]
    headings = {b["sec"]: re.sub("<.*?>", "", b["html"]) for b in blocks if b["kind"] == "heading"}
    npages = len(pages)
    million = "%.1f" % (grand / 1e6)
    out = []
    for pi, page in enumerate(pages):
        n = pi + 1
        parity = "odd" if n % 2 else "even"
        # the side tab shows the region at the top of the page (the intro page: the first region)
        first = next((byid[x] for x in page if isinstance(x, int) and byid[x]["region"] is not None),
                     None)
        ri = first["region"] if first else 0
        # the page's own content
        parts, in_ul = [], False
        has_sup = False
        last_open = None
        for x in page:
            if isinstance(x, str):
                s = int(x.split(":")[1])
                parts.append('<h2 class="cont">%s (continued)</h2>' % esc(headings[s]))
                last_open = s
                continue
            b = byid[x]
            if b["kind"] == "item":
                if not in_ul:
                    parts.append("<ul>")
                    in_ul = True
            elif in_ul:
                parts.append("</ul>")
                in_ul = False
            parts.append(b["html"])
            if "<sup>" in b["html"]:
                has_sup = True
            if b["kind"] == "heading":
                last_open = b["sec"]
            elif b["kind"] == "total":
                last_open = None
        if in_ul:
            parts.append("</ul>")
        if pi == 0:
            parts.insert(0, title_html())
        hdr_l = esc(TITLE) + " · USD %s million requested" % million
        if n == 4:
            hdr_l += ('<span class="l2">Part 3 of 5 · %s and %s · figures revised 30 June 2025'
                      '</span>' % (regions_names[2], regions_names[3]))
        page_html = ['<div class="page %s">' % parity,
                     '<div class="hdr"><div>%s</div><div>%s</div></div>' % (hdr_l, esc(PUBLISHER)),
                     '<div class="body">%s</div>' % "".join(parts)]
        if last_open is not None:
            page_html.append('<div class="note">continued on next page</div>')
        if has_sup:
            page_html.append('<div class="foot">1 Figures as of 30 June 2025.</div>')
        page_html.append('<div class="ftr"><div>KCRA · Appeal 2025</div><div>%d / %d</div></div>'
                         % (n, npages))
        top = 32 + ri * 47
        page_html.append('<div class="tab" style="top:%dmm">%s</div>'
                         % (top, esc(REGIONS[ri][0])))
        page_html.append("</div>")
        out.append("\n".join(page_html))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<style>%s</style></head>\n<body>\n%s\n</body></html>\n"
            % (esc(TITLE), CSS, "\n".join(out)))


def main():
    blocks, grand = build_blocks()
    forced = {b["id"] for b in blocks if b["force"]}
    pages = paginate(blocks, forced)
    for pi, page in enumerate(pages):
        desc = []
        for x in page:
            if isinstance(x, str):
                desc.append(x)
            else:
                b = blocks[x]
                desc.append("%d%s%s" % (x, b["kind"][0], "" if b["sec"] is None else "/s%d" % b["sec"]))
        print("page %d: %s" % (pi + 1, " ".join(desc)))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "appeal.html"), "w", encoding="utf-8") as f:
        f.write(render(blocks, pages, grand))
    print("grand total (true) =", fmt(grand), "; pages:", len(pages))


if __name__ == "__main__":
    main()
