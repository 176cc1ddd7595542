#!/usr/bin/env python3
"""Generate fixtures/layouts/blind8/section-names.txt (blind layout fixture, set 8).

"Great Lakes and Horn of Africa Appeal 2016" of an invented publisher, the Eastern Africa
Displacement Consortium. USD, English number format. Each section: its name alone on a line,
a short paragraph, project bullets "• Title – USD n", closed by
"Total funding requirements for NAME – USD n".

Injected (see section-names.expected):
  name mismatches (total names ANOTHER section; each group foots): Rwanda -> Burundi,
      Kenya -> Uganda, Puntland -> Somaliland
  sum errors: Burundi (first; an item's digits swapped), Chad (middle; an item dropped, the
      total still counts it), Yemen (last; the total's digits swapped)
  format errors: Tanzania (hyphen "- USD"), Ethiopia ("USD 1,2750,000" four-digit group,
      read 12,750,000), Malawi (item without "USD")
Harmless name variants (not findings): DRC, Tanzania, MOZAMBIQUE, CAR, South Sudan, Sudan.

Run from the repository root:  python3 scripts/layout-fixtures/set8/gen_section_names.py
"""
import os
import textwrap

OUT = os.path.join("fixtures", "layouts", "blind8", "section-names.txt")


def usd(n):
    return "USD {:,}".format(n)


def para(text):
    # keep "USD" and its figure on the same line
    text = text.replace("USD ", "USD\u00a0")
    return [l.replace("\u00a0", " ") for l in textwrap.wrap(text, width=94)]


# (heading, name written in the total, paragraph, [(title, amount)], options)
# options: printed overrides for injections:
#   'item_print': {index: printed amount text}   (amount as it appears after the dash)
#   'dash': {index: dash text}                    (default en dash)
#   'drop': index of an item removed from the list (the total still counts it)
#   'total_print': printed total text
SECTIONS = [
    ("Burundi", "Burundi",
     "Political violence since April 2015 has pushed some 250,000 Burundians across the borders, "
     "and an estimated 100,000 people are displaced inside the country, most of them in the "
     "southern provinces of Makamba and Rutana.",
     [("Emergency shelter kits for returnees in Makamba and Rutana", 640000),
      ("Cross-border transport of returning families from Kigoma", 415500),
      ("Psychosocial support in five provincial hospitals", 228000),
      ("Cholera preparedness along the shore of Lake Tanganyika", 186000)],
     {"item_print": {1: "USD 451,500"}}),
    ("Rwanda", "Burundi",
     "Rwanda hosts more than 73,000 Burundian refugees in Mahama camp and in the towns of Kigali "
     "and Huye, in addition to the long-staying Congolese caseload.",
     [("Upgrading of the Bugesera and Nyanza reception centres", 372000),
      ("Relocation of new arrivals to Mahama camp", 518000),
      ("Primary health care and nutrition screening in Mahama", 294500),
      ("Livelihood grants for host communities in Kirehe", 165000)],
     {}),
    ("Democratic Republic of the Congo", "DRC",
     "Armed conflict in the Kivus, Ituri and Tanganyika keeps 1.5 million people displaced. "
     "The Consortium works through 14 field offices and two warehouses in Goma and Kalemie.",
     [("Displacement tracking in North Kivu and South Kivu", 486000),
      ("Transitional shelter for displaced families in Masisi", 1240000),
      ("Community stabilisation in Tanganyika province", 735000),
      ("Emergency water supply for the Kalehe displacement sites", 312500),
      ("Protection monitoring along the Ituri corridors", 258000)],
     {}),
    ("Uganda", "Uganda",
     "Uganda received 62,000 new refugees in 2015, from South Sudan, Burundi and the Democratic "
     "Republic of the Congo, and keeps its settlement approach that gives each family a plot of land.",
     [("Reception and transit capacity at Nyakabande and Elegu", 562000),
      ("Settlement water systems in Adjumani and Kiryandongo", 847500),
      ("Land demarcation and shelter materials in Nakivale", 403000),
      ("Skills training for refugee and host youth in Arua", 219000)],
     {}),
    ("Kenya", "Uganda",
     "Dadaab and Kakuma together host over 590,000 refugees. The voluntary return programme to "
     "Somalia has assisted 5,600 people since December 2014.",
     [("Return help desks and departure logistics in Dadaab", 1125000),
      ("Health screening and referral at Kakuma", 384000),
      ("Fire-safe shelter for new arrivals in Kalobeyei", 671500),
      ("Counter-trafficking outreach along the Moyale road", 148000)],
     {}),
    ("United Republic of Tanzania", "Tanzania",
     "Nyarugusu camp, built for 50,000, now holds close to 150,000 people; the opening of Nduta and "
     "Mtendeli in late 2015 relieved part of the pressure.",
     [("Relocation convoys from Nyarugusu to Nduta and Mtendeli", 932000),
      ("Communal latrines and hand-washing points in Nduta", 458000),
      ("Emergency health posts at the Kagunga landing site", 276500),
      ("Registration support for the district authorities in Kibondo", 133000)],
     {"dash": {2: "-"}}),
    ("Zambia", "Zambia",
     "Zambia continues the local integration of former refugees in Mayukwayukwa and Meheba, "
     "where 10,000 residence permits are still being processed.",
     [("Local integration packages in Meheba", 318000),
      ("Road and school rehabilitation in Mayukwayukwa", 442500),
      ("Documentation clinics for former refugees", 97000)],
     {}),
    ("Angola", "Angola",
     "About 15,500 Congolese refugees remain in Luanda and the Lunda provinces, and 3,000 former "
     "refugees are awaiting the new residence cards promised in 2015.",
     [("Community centres for urban refugees in Luanda", 254000),
      ("Water points in the Lunda Norte border villages", 187500),
      ("Legal aid for residence and work permits", 76000)],
     {}),
    ("Malawi", "Malawi",
     "Dzaleka camp, near Dowa, shelters 25,000 people from the Great Lakes region, 40 per cent of "
     "them children, on land first set aside for 10,000.",
     [("Shelter repairs after the 2015 rains in Dzaleka", 213000),
      ("Secondary school bursaries for refugee girls", 64500),
      ("Vocational training and start-up kits", 92000),
      ("Youth sports and peace clubs in Dowa", 45000)],
     {"item_print": {3: "45,000"}}),
    ("Mozambique", "MOZAMBIQUE",
     "Maratane camp in Nampula province hosts 9,800 refugees and asylum-seekers, mostly from the "
     "Democratic Republic of the Congo and Burundi.",
     [("Reception and registration at Maratane", 138000),
      ("Agricultural inputs for refugee and host farmers", 176500),
      ("Primary school extension in Maratane", 211000)],
     {}),
    ("Central African Republic", "CAR",
     "Some 450,000 people are displaced inside the Central African Republic; the elections of "
     "December 2015 were largely peaceful, and 12,000 people have gone back to their districts of Bangui.",
     [("Displacement tracking in Bangui and the western prefectures", 528000),
      ("Return shelter kits for the 3rd and 5th arrondissements", 964000),
      ("Social cohesion projects in Bambari", 437000),
      ("Water trucking for the M'Poko airport site", 181500)],
     {}),
    ("Chad", "Chad",
     "Eastern Chad hosts 360,000 Sudanese refugees in 12 camps, and the south 70,000 refugees from "
     "the Central African Republic; 120,000 Chadian returnees live in southern transit sites.",
     [("Shelter and household items for returnees in Danamadji", 612000),
      ("Water and sanitation in the Goré transit sites", 389500),
      ("Registration and documentation of Chadian returnees", 207000),
      ("Rehabilitation of the Farchana health centre", 246000)],
     {"drop": 2}),
    ("SOUTH SUDAN", "South Sudan",
     "More than 1.6 million people are displaced inside South Sudan, of whom about 200,000 shelter in "
     "the Protection of Civilians sites of six UN bases.",
     [("Camp management in the Bentiu and Malakal sites", 2350000),
      ("Emergency water treatment in the Bentiu site", 1675000),
      ("Rapid response teams for hard-to-reach counties", 1120000),
      ("Shelter and non-food items pipeline", 2840000),
      ("Gender-based violence prevention in Juba", 415000)],
     {}),
    ("Abyei Area", "Abyei Area",
     "The Abyei Area has 80,000 displaced Ngok Dinka and a seasonal movement of about 35,000 "
     "Misseriya herders with their cattle.",
     [("Returnee registration in Abyei town and Agok", 168000),
      ("Borehole rehabilitation along the migration routes", 293000),
      ("Peace committee support in the northern villages", 74500)],
     {}),
    ("The Sudan", "Sudan",
     "In Darfur alone 2.6 million people remain displaced. Khartoum and the White Nile State host "
     "most of the 240,000 South Sudanese who arrived since December 2013.",
     [("Village assessments for returns in Central Darfur", 584000),
      ("Emergency shelter in the White Nile refugee sites", 1092000),
      ("Voluntary return and reintegration in West Darfur", 876500),
      ("Migrant protection and assisted return in Khartoum", 432000)],
     {}),
    ("Egypt", "Egypt",
     "Egypt is a transit and destination country for migrants from the Horn of Africa; the "
     "Consortium's Cairo office assisted 2,300 stranded migrants in 2015.",
     [("Assisted voluntary return for stranded migrants from the Horn", 356000),
      ("Medical and psychosocial care in Cairo and Aswan", 148500),
      ("Community outreach on irregular migration risks", 67000)],
     {}),
    ("Ethiopia", "Ethiopia",
     "El Niño has left 10.2 million Ethiopians in need of food assistance, on top of the 730,000 "
     "refugees from South Sudan, Somalia and Eritrea in the Gambella, Somali and Tigray regions.",
     [("Drought-displaced site management in the Somali region", 1860000),
      ("Emergency water trucking in Afar and Siti zones", 12750000),
      ("Reception and relocation of new arrivals in Gambella", 1435000),
      ("Shelter for South Sudanese refugees in the Jewi camp", 987000),
      ("Return assistance for Ethiopian migrants from Yemen", 512000)],
     {"item_print": {1: "USD 1,2750,000"}}),
    ("Eritrea", "Eritrea",
     "Access in Eritrea remains limited. The planned activities follow a 2015 agreement with the "
     "Ministry of Health covering three zobas.",
     [("Rural health posts in the Gash-Barka zoba", 284000),
      ("Rainwater harvesting in the Anseba zoba", 196000),
      ("Training of community health workers", 58500)],
     {}),
    ("Djibouti", "Djibouti",
     "In 2015 Djibouti received 31,000 people fleeing Yemen by sea, and about 100,000 Ethiopian "
     "migrants pass through the country each year on their way to the Gulf.",
     [("Migrant response centre at Obock", 437000),
      ("Markazi refugee camp water network", 318500),
      ("Mobile clinics on the Tadjourah-Obock road", 164000)],
     {}),
    ("Somaliland", "Somaliland",
     "Drought in the Awdal, Sahil and Togdheer regions has displaced 82,000 people since October 2015; "
     "Hargeisa also receives returnees and people fleeing Yemen through Berbera.",
     [("Emergency water supply for drought-displaced families", 726000),
      ("Reception at Berbera for arrivals from Yemen", 248000),
      ("Livestock restocking in the Togdheer region", 391500),
      ("Migration data collection at border points", 112000)],
     {}),
    ("Puntland", "Somaliland",
     "Bosaso is the main departure point for migrants crossing the Gulf of Aden; the Puntland authorities "
     "reported 1,900 boat departures in 2015.",
     [("Migrant response centre in Bosaso", 358000),
      ("Shelter for displaced families in Garowe", 472500),
      ("Counter-smuggling training for coastguards", 136000)],
     {}),
    ("Somalia", "Somalia",
     "In south-central Somalia 1.1 million people are displaced; the Consortium works in Mogadishu, "
     "Baidoa and Kismayo and supports returnees from the Dadaab camps in Kenya.",
     [("Return and reintegration packages in Kismayo", 1380000),
      ("Site improvements in the Mogadishu settlements", 925000),
      ("Health and nutrition in Baidoa", 684500),
      ("Eviction monitoring in Mogadishu", 207000),
      ("Durable solutions pilots in Luuq and Dollow", 543000)],
     {}),
    ("Yemen", "Yemen",
     "More than 92,000 migrants and refugees from the Horn of Africa reached the Yemeni coast in 2015 "
     "despite the war, and 28,000 Yemenis crossed the other way to Djibouti and Somalia.",
     [("Migrant protection points on the Shabwah and Lahj coasts", 896000),
      ("Evacuation of stranded migrants by sea", 1340000),
      ("Emergency health care for migrants in Aden", 527500),
      ("Humanitarian assistance for war-displaced Yemenis in Lahj", 718000)],
     {"total_print": None}),  # total's digits swapped, set below
]

INTRO = [
    "Eastern Africa Displacement Consortium",
    "",
    "GREAT LAKES AND HORN OF AFRICA APPEAL 2016",
    "Funding requirements, January to December 2016",
    "",
    "Issued in Nairobi, 18 January 2016",
    "",
]
INTRO_PARA = [
    "The Great Lakes and the Horn of Africa enter 2016 with more than 11 million people displaced "
    "within their own countries and close to 2.4 million refugees. In 2015 the Consortium received "
    "USD 41.6 million, or 58 per cent of what its members had asked for, and reached 3.2 million "
    "people in 23 countries and areas.",
    "This appeal lists, country by country, the projects that the members of the Consortium will "
    "carry out in 2016. All amounts are in United States dollars. Figures of people are planning "
    "figures of October 2015 and will be revised in the mid-year review.",
]

# prose between sections: inserted after the section with this heading
BETWEEN = {
    "Uganda": [
        "Since April 2015 the Consortium has moved 86,000 refugees by road from the border crossings of "
        "the Great Lakes region to camps and settlements. A convoy of 40 trucks costs about USD 18,000 "
        "per day, and fuel prices fell by 22 per cent during the year.",
    ],
    "Mozambique": [
        "The southern countries of asylum have asked for a joint review of the local integration "
        "programmes, planned for June 2016 in Lusaka with some 60 participants. Between 2012 and 2015 "
        "more than 38,000 former refugees received residence documents in Zambia and Angola.",
    ],
    "The Sudan": [
        "The Horn of Africa: El Niño and mixed migration. The drought that began in mid-2015 is the "
        "worst in 30 years in parts of Ethiopia and Somaliland. At the same time some 200,000 people "
        "a year leave the Horn by the eastern route to Yemen and the Gulf, or by the northern route "
        "through the Sudan and Egypt. The Consortium's regional migration programme, budgeted at "
        "USD 2.9 million in 2015, is now included in the country sections below.",
    ],
    "Djibouti": [
        "The three Somali areas are presented separately, as the Consortium has separate offices and "
        "agreements in Hargeisa, Garowe and Mogadishu; together they plan to reach 780,000 people in 2016.",
    ],
}

OUTRO = [
    "Contributions can be earmarked to a country or area, or to the appeal as a whole. Unearmarked "
    "funds received before 31 March 2016 will first go to the five sections that were least funded "
    "in 2015 (below 40 per cent).",
]
SIGNATURE = [
    "Eastern Africa Displacement Consortium – Secretariat, Nairobi",
    "appeals@eadc.example.org",
]


def swap_total(n):
    """Swap two adjacent digits of the total (the 4th and 5th digits)."""
    s = str(n)
    assert s[3] != s[4]
    return int(s[:3] + s[4] + s[3] + s[5:])


def main():
    lines = list(INTRO)
    for i, p in enumerate(INTRO_PARA):
        if i:
            lines.append("")
        lines += para(p)
    for heading, total_name, text, items, opt in SECTIONS:
        lines.append("")
        lines.append(heading)
        lines.append("")
        lines += para(text)
        lines.append("")
        true_total = sum(a for _, a in items)
        for i, (title, amount) in enumerate(items):
            if opt.get("drop") == i:
                continue
            dash = opt.get("dash", {}).get(i, "–")
            amt = opt.get("item_print", {}).get(i, usd(amount))
            lines.append("• {} {} {}".format(title, dash, amt))
        if "total_print" in opt:
            total_text = usd(swap_total(true_total))
        else:
            total_text = usd(true_total)
        lines.append("Total funding requirements for {} – {}".format(total_name, total_text))
        if heading in BETWEEN:
            for p in BETWEEN[heading]:
                lines.append("")
                lines += para(p)
    for p in OUTRO:
        lines.append("")
        lines += para(p)
    lines.append("")
    lines += SIGNATURE
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", OUT, len(lines), "lines")


if __name__ == "__main__":
    main()
