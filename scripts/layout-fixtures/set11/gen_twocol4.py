#!/usr/bin/env python3
"""Write fixtures/layouts/two-column-4/appeal.html: a two-column appeal (issue 15), totals first.

Invented publisher: Tana and Awash Relief Fellowship. Horn of Africa drought 2022-2023, in US
dollars written "US$ 1,234,500". 24 sections under four column-spanning country banners. Each
section: heading, "Requirements: US$ n" (three sections word it differently), prose with context
figures, then numbered items "N. Title: US$ n".

Injected (see the .expected files): 3 sum errors (Afder: one digit of an item wrong; Mudug, which
breaks across a page: an item removed, the total still counts it; Obock: two digits of the total
swapped) and 3 format errors (Shabelle: hyphen instead of the colon; Bakool: no currency on one
item; Isiolo: letter O for a zero).

Run from the repository root: python3 scripts/layout-fixtures/set11/gen_twocol4.py
then sh fixtures/layouts/two-column-4/make.sh
"""
import os

OUT = os.path.join("fixtures", "layouts", "two-column-4", "appeal.html")


def money(n):
    return "{:,}".format(n)


# Each item: (title, amount, flags). flags: "alone" = amount on its own line; "hyphen" = " - "
# instead of ": "; "nocur" = no "US$"; "ozero" = first zero of the figure printed as letter O;
# "digit:X" = the item printed with a wrong figure X (the total counts the true amount);
# "removed" = item left out of the printed list (the total counts it).
BANNERS = [
    ("Ethiopia", "Somali, Oromia and South Omo", [
        ("Afder Zone", None, [
            "Afder has had no meaningful <i>gu</i> rains since April 2020. Zonal authorities count "
            "214,000 people in need, of whom 38,500 are displaced in 41 spontaneous sites along "
            "the Genale river. Livestock deaths are estimated at 46 per cent of the cattle herd, "
            "and milk for children under five has all but disappeared from household diets.",
            "In 2021 the Fellowship spent US$ 318,000 in the zone on water trucking, at an average "
            "cost of US$ 9 per person per month.",
        ], [
            ("Emergency water trucking to 41 displacement sites", 342600, ""),
            ("Rehabilitation of shallow wells and hand-dug wells in Hargele and Elkere woredas",
             236500, "digit:256500"),
            ("Outpatient therapeutic feeding for children under five", 298700, ""),
            ("Livestock feed and veterinary vouchers for pastoralist households", 174600, ""),
        ]),
        ("Liben Zone", None, [
            "The Liben plateau around Filtu and Dekasuftu holds 162,000 people in need. Global acute "
            "malnutrition in the last nutrition survey reached 19 per cent, above the emergency "
            "threshold of 15 per cent. Borehole yields have dropped by a third, and 27 of the "
            "zone's 64 motorised water schemes are out of order.",
        ], [
            ("Repair of motorised boreholes and generator spare parts", 287300, ""),
            ("Cash transfers for 4,200 households over six months", 453600, "alone"),
            ("Mobile health and nutrition teams in Filtu and Dekasuftu", 196400, ""),
        ]),
        ("Dawa Zone", None, [
            "Dawa borders Kenya and Somalia and receives new arrivals from both. Some 97,000 people "
            "need assistance; 58 per cent of them are children. Grazing agreements negotiated "
            "across the border in 2019 have collapsed as the water points dried up.",
            "A food basket now costs US$ 21 per person per month at Moyale market prices, almost "
            "double the 2020 figure.",
        ], [
            ("Water trucking and storage bladders for Moyale and Hudet", 211800, ""),
            ("Peace-building dialogue on shared grazing and water points along the Dawa river",
             64900, ""),
            ("Food baskets for 2,600 displaced households", 327400, ""),
            ("School feeding in 22 primary schools", 118300, ""),
        ]),
        ("Shabelle Zone", None, [
            "Along the Wabi Shabelle, irrigated farming has so far cushioned the drought, but river "
            "flows at Gode were 71 per cent below average in September. 133,000 people are in "
            "need, among them 24,000 pastoral&shy;ists who have moved their remaining animals "
            "close to the river.",
        ], [
            ("Fodder production on irrigated plots near Gode", 156200, ""),
            ("Animal health campaign and destocking for 9,000 households", 248900, "hyphen"),
            ("Cholera preparedness and chlorination of river water", 97600, ""),
        ]),
        ("Korahe Zone", None, [
            "Korahe is among the driest parts of the Somali Region. An estimated 88,000 people have "
            "lost most of their livestock and 31 per cent of households report only one meal a "
            "day. Kebridehar hospital admitted 1,140 children with severe acute malnutrition "
            "between January and August.",
        ], [
            ("Stabilisation centre support at Kebridehar hospital", 183500, ""),
            ("Unconditional cash for destitute pasto&shy;ralist households in Shilabo and Debeweyin",
             371200, "alone"),
            ("Rehabilitation of three cisterns (<i>birkas</i>) and catchment channels", 129800, ""),
            ("Hygiene kits and water treatment for 6,500 households", 88400, ""),
        ]),
        ("Borena Zone", "Total requirements:", [
            "Borena has lost an estimated 3.3 million head of livestock since late 2020, the worst "
            "die-off in living memory. Close to 290,000 people depend on relief food, and 17 per "
            "cent of schools have closed because families moved in search of water and pasture.",
            "The Fellowship's 2021 response in Borena was funded at US$ 540,000, about 44 per cent "
            "of what was sought.",
        ], [
            ("Cash transfers for 5,800 pastoralist households", 624800, ""),
            ("Emergency livestock feed and supplementary feeding of breeding stock", 245100, ""),
            ("Rehabilitation of ponds and traditional deep wells (<i>ellas</i>) in Dire and "
             "Miyo woredas", 302700, "alone"),
            ("Protection services for women and girls at water points", 73900, ""),
        ]),
        ("South Omo Zone", None, [
            "In South Omo the Dassanech and Nyangatom communities face both the drought and the "
            "loss of flood-retreat cultivation along the Omo river. 76,000 people are in need, "
            "and measles cases rose by 240 per cent compared with 2021.",
        ], [
            ("Measles vaccination and outreach health services", 112600, ""),
            ("Seeds and tools for flood-retreat farming", 84700, ""),
            ("Water trucking to Dassanech kebeles", 139300, ""),
        ]),
    ]),
    ("Somalia", "Jubaland, South West State, Hirshabelle and Galmudug", [
        ("Gedo Region", None, [
            "Gedo has received more newly displaced people than any other region of Jubaland: "
            "118,000 since January, most of them settling around Dolow, Luuq and Baardheere. "
            "Water prices in Luuq have risen fourfold, and 35 per cent of the new arrivals are "
            "women heading their households alone.",
        ], [
            ("Reception of new arrivals and shelter kits in Dolow and Luuq", 267400, ""),
            ("Water trucking and rehabilitation of the Luuq borehole", 198200, ""),
            ("Nutrition screening and treatment in 14 health centres", 341900, ""),
            ("Cash for 3,100 newly displaced households", 405300, ""),
        ]),
        ("Bay Region", None, [
            "Bay, around Baidoa, has faced projections of famine since September. Baidoa town now "
            "hosts more than 500 displacement sites and an estimated 470,000 displaced people. "
            "Cases of cholera and acute watery diarrhoea exceed 4,800 this year, 62 per cent of "
            "them among children.",
            "Each displaced family receives a monthly transfer of US$ 70, the rate agreed by the "
            "cash working group for South West State.",
        ], [
            ("Monthly cash transfers for displaced families in Baidoa", 812600, ""),
            ("Cholera treatment centre and oral rehydration points", 226300, ""),
            ("Latrines and handwashing stations in 60 displacement sites", 289500, ""),
            ("Site management and community feedback desks", 94700, ""),
            ("Therapeutic feeding in Burhakaba and Diinsoor", 318200, ""),
        ]),
        ("Bakool Region", None, [
            "Road blockades confine humani&shy;tarian access in Bakool to the towns of Xudur, Waajid and "
            "Ceel Barde, so most supplies arrive by air. The region counts 146,000 people in need. "
            "In 2021 a single cargo rotation cost the Fellowship US$ 3,900.",
        ], [
            ("Air transport of nutrition supplies to Xudur and Waajid", 176800, ""),
            ("Emergency health services in Ceel Barde", 134600, "nocur"),
            ("Water vouchers for host and displaced families", 152900, ""),
        ]),
        ("Lower Shabelle Region", None, [
            "Farmers in Lower Shabelle have lost their third consec&shy;utive harvest of maize and "
            "sesame, and the <i>deyr</i> planting is late. 254,000 people need assistance, "
            "including farm labourers who would normally find work during the harvest. Around "
            "Afgooye, 12 per cent of children screened in August were severely malnour&shy;ished.",
        ], [
            ("Cash-for-work on canal desilting in Afgooye and Marka", 379100, ""),
            ("Drought-tolerant sorghum seed for 7,000 farming households", 207300, ""),
            ("Outpatient therapeutic programme in 11 sites", 264800, ""),
        ]),
        ("Hiraan Region", None, [
            "In Hiraan the Shabelle river at Belet Weyne has fallen to its lowest September level "
            "on record, and 121,000 people are in need.",
            "Total livestock losses in the region since 2021 are put at 40 per cent of goats and "
            "sheep; camel herds have fared slightly better.",
        ], [
            ("Rehabilitation of berkads and water catchments in Bulo Burte", 143700, ""),
            ("Supplementary feeding for pregnant and breastfeeding women", 169400, ""),
            ("Mobile veterinary teams", 72300, ""),
            ("Cash for 1,900 households in Belet Weyne displacement sites", 248600, ""),
        ]),
        ("Mudug Region", None, [
            "Mudug, divided between the Galmudug and Puntland administrations, has 189,000 people "
            "in need. The price of a 50 kg bag of rice in Galkacyo has risen by 85 per cent since "
            "January, and host communities have shared their water with 32,000 new arrivals.",
            "In 2021, donors gave US$ 410,000 for the Fellowship's work in the region.",
        ], [
            ("Water trucking to rural villages of Hobyo and Harardheere", 233900, ""),
            ("Multi-purpose cash in Galkacyo displacement sites", 386400, "removed"),
            ("Rehabilitation of the Galkacyo South maternal health unit", 121700, ""),
            ("Community-led hygiene promotion in 25 villages", 58600, ""),
        ]),
        ("Galgaduud Region", None, [
            "In Galgaduud the drought coincides with renewed fighting around Ceel Buur and Ceel "
            "Dheer, which has displaced 41,000 people. 168,000 people are in need, and 23 per "
            "cent of water points have been abandoned.",
        ], [
            ("Emergency shelter and household items", 157300, ""),
            ("Water trucking and chlorination in Dhuusamarreeb", 184600, ""),
            ("Psychosocial support and child protection case management", 96800, ""),
            ("Nutrition outreach in Ceel Buur district", 138400, ""),
        ]),
    ]),
    ("Kenya", "arid and semi-arid counties", [
        ("Turkana County", None, [
            "The National Drought Management Authority classifies Turkana in the alarm phase. "
            "402,000 people face acute food insecurity; in Turkana North and Kibish, 30 per cent "
            "of children are acutely malnour&shy;ished. Lake fisheries still provide some income, but "
            "58 per cent of households have no livestock left to sell.",
        ], [
            ("Blanket supplementary feeding for children under five", 358200, ""),
            ("Repair of 18 boreholes and solar pumping systems", 276900, ""),
            ("Cash transfers through mobile money for 4,500 households", 491400, "alone"),
            ("Fishing gear and cold storage for lakeside cooperatives", 87600, ""),
        ]),
        ("Marsabit County", None, [
            "Marsabit's pastoralists have lost an estimated 60 per cent of their cattle. 211,000 "
            "people need help; North Horr and Laisamis sub-counties are the worst affected. "
            "Clashes over pasture have killed 37 people since June.",
        ], [
            ("Livestock off-take and slaughter destocking", 164300, ""),
            ("Water trucking to 48 schools in North Horr and Laisamis", 118900, ""),
            ("Health outreach and nutrition commodities", 202600, ""),
        ]),
        ("Wajir County", "Requirements for Wajir County:", [
            "Wajir has 236,000 people in need. The county's own drought fund disbursed about "
            "US$ 1,490,000 in the first half of 2022, mostly for water trucking, yet pans and "
            "dams hold less than 10 per cent of their capacity.",
        ], [
            ("Desilting of 12 water pans before the short rains", 219400, ""),
            ("Cash transfers for 3,800 households", 417800, ""),
            ("Stabilisation centre at Wajir County Referral Hospital", 126300, ""),
            ("Hygiene promotion and water treatment in Tarbaj and Eldas", 77200, ""),
        ]),
        ("Mandera County", None, [
            "Mandera receives people from Gedo and from the Dawa zone as well as its own "
            "displaced. 178,000 people are in need. Insecurity on the Elwak road means that "
            "supplies are trucked through Takaba, adding two days to every delivery.",
        ], [
            ("Borehole rehabilitation and water storage in Lafey and Banisa", 245700, ""),
            ("Food vouchers for 2,900 households", 334100, ""),
            ("Measles and polio catch-up vaccination", 98200, ""),
        ]),
        ("Garissa County", None, [
            "Garissa hosts the Dadaab camps, where 38,000 new arrivals from Somalia have registered "
            "since January 2022. Outside the camps, 144,000 Kenyan residents are in need. The Tana "
            "still flows, but herders from Ijara and Fafi now walk over 30 km to reach it.",
        ], [
            ("Reception centre services for new arrivals at Dadaab", 286300, ""),
            ("Water trucking in Fafi and Ijara sub-counties", 152700, ""),
            ("Community animal health workers and vaccination", 69400, ""),
            ("Education in emergencies for out-of-school children in Dadaab", 174800, "alone"),
        ]),
        ("Isiolo County", None, [
            "Isiolo's Merti and Garbatulla sub-counties are in the alarm phase, with 121,000 people "
            "in need. Milk prices have tripled, and 44 per cent of households report borrowing "
            "food or buying it on credit.",
        ], [
            ("Cash transfers for 2,200 households", 209600, "ozero"),
            ("Rangeland rehabilitation and pasture reseeding", 96300, ""),
            ("Water trucking in Merti and Garbatulla", 131500, ""),
        ]),
    ]),
    ("Djibouti", "rural regions", [
        ("Ali Sabieh Region", None, [
            "Rural Ali Sabieh depends on rain-fed pasture and on trade along the railway to "
            "Ethiopia. An estimated 34,000 people are in need, and 29 per cent of rural wells "
            "are dry.",
        ], [
            ("Rehabilitation of 15 wells and cisterns", 138600, ""),
            ("Food vouchers for 1,100 households", 121900, ""),
        ]),
        ("Dikhil Region", None, [
            "Dikhil has the largest number of rural families who have moved to the roadside in "
            "search of assistance, as well as 6,200 migrants travelling towards the coast. "
            "48,000 people are in need.",
            "Migrant assistance in Dikhil received US$ 95,000 from the Fellowship in 2021.",
        ], [
            ("Water trucking to roadside settlements", 103700, ""),
            ("Mobile clinic for migrants and host communities", 86200, ""),
            ("Goat restocking for 600 households", 57900, ""),
        ]),
        ("Tadjourah Region", "Total requirements for Tadjourah:", [
            "In the Tadjourah highlands the Day forest and the pastures around it have had their "
            "fifth dry season in a row. 41,000 people are in need, and school attendance has "
            "dropped by 19 per cent.",
        ], [
            ("Rainwater harvesting cisterns on the Day plateau", 118200, ""),
            ("School meals for 35 rural schools", 92400, ""),
            ("Fodder and veterinary care for pastoralist households", 66800, ""),
        ]),
        ("Obock Region", "SWAP", [
            "Obock is the main departure point for migrants crossing to Yemen; 9,400 people passed "
            "through in the first half of 2022. Rural Obock has 27,000 people in need, and fuel "
            "for the pumps of a single borehole now costs US$ 1,150 a month.",
        ], [
            ("Migrant response centre services (food, water, first aid)", 143600, ""),
            ("Solar conversion of four boreholes", 109800, ""),
            ("Water trucking to coastal villages", 54300, ""),
        ]),
    ]),
]

CSS = """
@page {
  size: A4;
  margin: 22mm 17mm 20mm 17mm;
  @top-left { content: "Tana and Awash Relief Fellowship"; font: italic 8pt Georgia, serif; color: #444; }
  @top-right { content: "Horn of Africa Drought Appeal 2022\\2013 2023"; font: 8pt Georgia, serif; color: #444; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt Georgia, serif; }
}
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 10.6pt; line-height: 1.4; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2pt 0; }
.sub { font-size: 10pt; margin: 0 0 8pt 0; color: #333; }
main { column-count: 2; column-gap: 6mm; }
h2.banner { column-span: all; font-size: 12.5pt; text-transform: uppercase; letter-spacing: 0.04em;
  border-top: 1.2pt solid #000; border-bottom: 0.5pt solid #000; padding: 3pt 0; margin: 10pt 0 6pt 0; }
h2.banner span { text-transform: none; font-weight: normal; letter-spacing: 0; }
section { margin: 0 0 9pt 0; }
h3 { font-size: 10.5pt; margin: 0 0 1pt 0; break-after: avoid; }
p.req { font-weight: bold; margin: 0 0 3pt 0; text-align: left; }
p { margin: 0 0 4pt 0; text-align: justify; hyphens: manual; }
p.proj { font-style: italic; margin: 3pt 0 1pt 0; }
p.item { text-align: left; margin: 0 0 2pt 0; padding-left: 1.4em; text-indent: -1.4em; }
p.intro { text-align: justify; }
"""

INTRO = [
    "After five consecutive failed rainy seasons, the drought in the Horn of Africa is the longest "
    "in forty years. An estimated 21 million people in Ethiopia, Somalia, Kenya and Djibouti face "
    "acute food insecurity, and more than 1,300,000 people have left their homes in search of "
    "water, food and pasture. Up to 80 per cent of the livestock in the worst-hit areas has died.",
    "The Fellowship's drought appeal of 2021 received US$ 4,870,000, 61 per cent of the amount "
    "sought. This appeal covers 24 operations in four countries from October 2022 to September "
    "2023. Each operation first states its requirements, then describes the situation, then "
    "lists the projects that make up the requirements. All amounts are in United States dollars.",
]


def item_html(n, title, amount, flags):
    fig = money(amount)
    if flags.startswith("digit:"):
        fig = money(int(flags.split(":")[1]))
    if flags == "ozero":
        i = fig.index("0")
        fig = fig[:i] + "O" + fig[i + 1:]
    cur = "" if flags == "nocur" else "US$ "
    sep = " - " if flags == "hyphen" else ": "
    if flags == "alone":
        return '<p class="item">%d. %s:<br>US$ %s</p>' % (n, title, fig)
    return '<p class="item">%d. %s%s%s%s</p>' % (n, title, sep, cur, fig)


def main():
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
           '<title>Horn of Africa Drought Appeal 2022-2023</title>', '<style>' + CSS + '</style>',
           '</head><body>',
           '<h1>Horn of Africa: Drought Appeal 2022&ndash;2023</h1>',
           '<p class="sub">Tana and Awash Relief Fellowship &middot; Ethiopia, Somalia, Kenya and '
           'Djibouti &middot; launched 14 October 2022</p>', '<main>']
    for p in INTRO:
        out.append('<p class="intro">%s</p>' % p)
    for country, sub, sections in BANNERS:
        out.append('<h2 class="banner">%s <span>&mdash; %s</span></h2>' % (country, sub))
        for name, label, paras, items in sections:
            true_total = sum(a for _, a, _ in items)
            declared = money(true_total)
            if label == "SWAP":
                # two digits of the total swapped: 307,700 -> 370,700
                assert declared == "307,700", declared
                declared = "370,700"
                label = None
            out.append('<section>')
            out.append('<h3>%s</h3>' % name)
            out.append('<p class="req">%s US$ %s</p>' % (label or "Requirements:", declared))
            for p in paras:
                out.append('<p>%s</p>' % p)
            out.append('<p class="proj">Projects</p>')
            n = 0
            for title, amount, flags in items:
                if flags == "removed":
                    continue
                n += 1
                out.append(item_html(n, title, amount, flags))
            out.append('</section>')
    out.append('<p class="intro"><i>Contributions: Tana and Awash Relief Fellowship, PO Box 4417, '
               'Addis Ababa. Earmarking by operation is welcome.</i></p>')
    out.append('</main></body></html>')
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
