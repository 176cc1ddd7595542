# Generator for fixtures/layouts/blind/md-country-pages.md (blind set 4): a Markdown appeal as
# exported from a CMS. Invented publisher (Baltic-Nordic Humanitarian Alliance), EUR, English number
# format. "## Country" pages, some with "### Sector" sub-headings; items as bold-title bullets
# ("* **Title** – EUR n", en dash) or numbered ("1. Title — EUR n", em dash); totals as a bold line
# "**Total for X: EUR n**" or "Total requirements: **EUR n**"; one country as a GFM table whose
# "| **Total** | | **n** |" row is its declared total.
# Injected: sum errors in the first, middle (11th) and last (22nd) country; format errors: a hyphen
# (Sri Lanka), "1.240.000" (Papua New Guinea), an amount without "EUR" (Fiji).
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "md-country-pages"
PUB = "Baltic" + EN + "Nordic Humanitarian Alliance (BNHA)"

# (country, item style, total style, [prose paragraphs], [(sub-heading or None, [items])], declared or None)
# item: (title, amount) or (title, amount, injection); injection: ("printed", n) | "drop" | "hyphen" |
# "nocur" | "dots".  Total style "bold" | "req" | "table".
C = [
 ("Bangladesh", "bul", "bold",
  ["Bangladesh goes into the 2018 monsoon with close to 900,000 Rohingya refugees in the camps of Cox's Bazar district, most of them in bamboo and tarpaulin shelters on steep hillsides that were stripped of their trees for firewood. Elsewhere, the August 2017 floods covered a third of the country and damaged more than 600,000 houses in the north-west.",
   "Alliance members have worked in Bangladesh since 1991. In 2017 they spent EUR 1.4 million here, 58% of it on shelter."],
  [("Shelter", [("Slope stabilisation and shelter upgrades in the Kutupalong-Balukhali camps", 284000),
                ("Tie-down kits and roof repairs for char households in Kurigram", 142500)]),
   ("Health", [("Mobile medical teams for the Teknaf and Ukhia camps", 318000),
               ("Diarrhoea treatment centres ahead of the monsoon", 121500)]),
   ("WASH", [("Raised tube wells and latrines in flood-prone unions of Sirajganj", 227500),
             ("Hygiene kits pre-positioned in Khulna and Satkhira", 96000)])],
  1169500),
 ("Myanmar", "num", "req",
  ["Cyclone Mora crossed the coast of Rakhine State on 30 May 2017, a few weeks before the monsoon. Some 120,000 people still live in displacement camps around Sittwe, where latrines overflow every rainy season.",
   "In the Ayeyarwady delta, partners are training village committees to run the cyclone shelters built after 2008."],
  [(None, [("Cyclone shelter committees and evacuation drills in Labutta and Bogale", 176000),
           ("Emergency water treatment in the Sittwe displacement camps", 243500),
           ("Flood-tolerant seed stocks for farmers in the Bago Region", 118000),
           ("Community health volunteers in northern Rakhine", 152500)])],
  None),
 ("Nepal", "bul", "bold",
  ["The floods of August 2017 affected 1.7 million people in 35 of Nepal's 77 districts, almost all of them in the Terai. Reconstruction after the 2015 earthquakes is far from complete: at the end of 2017 fewer than half of the 800,000 damaged houses had been rebuilt.",
   "> In 2017 the alliance received EUR 410,000 of the EUR 620,000 it requested for Nepal."],
  [(None, [("Embankment repairs and cash-for-work in Saptari and Siraha", 212000),
           ("Flood early warning towers on the Kankai and Babai rivers", 87500),
           ("Safe drinking water for schools in Bardiya", 64000),
           ("Earthquake-resistant reconstruction training for masons in Sindhupalchok", 131500)])],
  None),
 ("Bhutan", "num", "bold",
  ["In Bhutan the monsoon brings landslides rather than floods. In July 2017 the Phuentsholing" + EN + "Thimphu highway was cut at 14 points for more than a week, and two hospitals ran short of oxygen."],
  [(None, [("Landslide monitoring with the district disaster management committee in Chukha", 58000),
           ("Emergency stocks for the Gelephu and Samdrup Jongkhar hospitals", 73500)])],
  None),
 ("Sri Lanka", "bul", "req",
  ["The south-west monsoon floods and landslides of May 2017 killed more than 200 people in Ratnapura, Kalutara and Matara districts. Dengue cases doubled in the weeks after the water receded."],
  [(None, [("Dengue prevention in flood-affected divisions of Kalutara", 104000),
           ("Relocation grants for families on landslide-prone slopes in Ratnapura", 186500, "hyphen"),
           ("School WASH rehabilitation in Matara district", 79000)])],
  None),
 ("Pakistan", "num", "req",
  ["Sindh has not fully recovered from the floods of 2010 and 2011, and the Thar desert is in its third year of poor rains. In 2017 partners reached 46,000 people in Thatta and Badin with cash and seeds."],
  [("Food security and livelihoods", [("Fodder and veterinary care for herders in Tharparkar", 214000),
                                       ("Cash transfers for landless families in Thatta and Badin", 338500)]),
   ("Disaster risk reduction", [("Raised platforms and evacuation routes in Dadu district", 267000),
                                ("Training of Rescue 1122 volunteers in southern Punjab", 95500)])],
  None),
 ("Maldives", "bul", "bold",
  ["Most of the 1,190 islands of the Maldives lie less than a metre above sea level. Swell waves flooded 11 inhabited islands in 2017 and salted their freshwater lenses."],
  [(None, [("Desalination units for outer islands of Laamu and Thaa atolls", 148000),
           ("Storm-surge early warning for island councils", 62500)])],
  None),
 ("Cambodia", "tab", "table",
  ["The Mekong and Tonle Sap floods of 2017 were milder than those of 2011, but drought in the dry season cut rice yields in Prey Veng and Svay Rieng by a quarter. The projects below are run by member agencies with Cambodian partners."],
  [(None, [("Flood-safe village platforms in Kampong Chhnang", 164000, "DanRelief"),
           ("Community early warning on the Tonle Sap (Pursat, Battambang)", 97500, "Suomen Apu"),
           ("Drought-tolerant rice seed for Prey Veng farmers", 121000, "Baltic Aid Estonia"),
           ("School safety plans in Kratie and Stung Treng", 58500, "Nordhjelp")])],
  None),
 ("Lao People's Democratic Republic", "num", "bold",
  ["Tropical Storm Sonca flooded large parts of Khammouane and Bolikhamxay provinces in July 2017. Partners estimate that 8,500 households lost their rice harvest."],
  [(None, [("Flood recovery grants for households in Khammouane", 132000),
           ("Rehabilitation of gravity-fed water systems in Bolikhamxay", 109500),
           ("Nutrition screening for children under five in Savannakhet", 76000)])],
  None),
 ("Viet Nam", "bul", "req",
  ["Typhoon Damrey struck the south-central coast on 4 November 2017, the worst storm to hit Khanh Hoa province in decades. In the Mekong Delta, saline water now reaches 60 km inland in the dry season."],
  [(None, [("Storm-resistant housing for poor households in Khanh Hoa and Phu Yen", 296000),
           ("Saline intrusion response for Mekong Delta farmers in Ben Tre", 183500),
           ("Mangrove replanting as a storm buffer in Ca Mau", 127000)])],
  None),
 ("Philippines", "bul", "bold",
  ["The siege of Marawi (May" + EN + "October 2017) displaced some 360,000 people, and more than 70,000 of them were still in evacuation centres or with host families in March 2018. Four years after Typhoon Haiyan, coastal villages of Eastern Samar are again rebuilding after Typhoon Urduja (December 2017)."],
  [("Shelter", [("Transitional shelters for families displaced from Marawi", 412000),
                ("Typhoon-resilient roofing for coastal barangays of Eastern Samar", 238500, ("printed", 283500))]),
   ("Protection", [("Psychosocial support in the Iligan and Balo-i evacuation centres", 146000)]),
   ("Livelihoods", [("Fishing boat and gear replacement in Guiuan", 173000)])],
  None),
 ("Indonesia", "num", "req",
  ["The eruption alert at Mount Agung in Bali forced more than 140,000 people from their homes in late 2017; most have gone back, but the 6 km exclusion zone remains. Floods and landslides hit Pacitan in East Java in November 2017."],
  [(None, [("Water and sanitation in evacuation centres around Mount Agung, Karangasem", 224000),
           ("Flood and landslide contingency stocks in Pacitan and Wonogiri", 158500),
           ("School-based disaster drills in Aceh Besar", 91000),
           ("Tsunami warning sirens and evacuation signs in Padang", 205500)])],
  None),
 ("Timor-Leste", "bul", "bold",
  ["Timor-Leste has no national flood warning system. Partners work with suco (village) councils to map flash-flood risk."],
  [(None, [("Household water filters for villages in Oecusse", 54000),
           ("Flash-flood mapping with suco councils in Viqueque", 68500),
           ("Kitchen gardens and seed banks in Ermera", 47500)])],
  None),
 ("Thailand", "num", "req",
  ["Thailand hosts about 100,000 refugees from Myanmar in nine camps along the border. In January 2017 unseasonal rain flooded 12 southern provinces."],
  [(None, [("Flood preparedness in the Mae La and Umpiem Mai camps", 112000),
           ("Community flood shelters in Nakhon Si Thammarat", 86500)])],
  None),
 ("Papua New Guinea", "num", "bold",
  ["The 7.5-magnitude earthquake that struck the Highlands on 26 February 2018 left an estimated 270,000 people in need in Hela and Southern Highlands provinces. Landslides have blocked the main road to Tari."],
  [("Earthquake response", [("Emergency shelter kits for Hela and Southern Highlands", 1240000, "dots"),
                            ("Repairs to water supplies in Tari and Mendi", 386000)]),
   ("Preparedness", [("Volcano evacuation planning on Kadovar and Manam islands", 97500)])],
  None),
 ("Solomon Islands", "bul", "req",
  ["About a third of Honiara's residents live in informal settlements along the rivers that flooded in April 2014."],
  [(None, [("Flood-proof water tanks in the informal settlements of Honiara", 118000),
           ("Radio early warning for villages on Malaita and Makira", 72500)])],
  None),
 ("Vanuatu", "num", "bold",
  ["The whole population of Ambae, about 11,000 people, was evacuated in September" + EN + "October 2017 when the Manaro volcano erupted. Many have returned, but ash still falls on their gardens and water tanks."],
  [(None, [("Support for Ambae evacuees hosted on Santo and Maewo", 204000),
           ("Ash-resistant rainwater catchments on Ambae", 131500),
           ("Cyclone shelter assessments in Tafea Province", 58000)])],
  None),
 ("Fiji", "bul", "req",
  ["Cyclone Winston (February 2016) destroyed or damaged 30,000 houses. Cyclone Gita passed south of Viti Levu on 12 February 2018 and damaged schools in the Lau group."],
  [(None, [("Roof strengthening for schools in the Lau group", 142000),
           ("Community evacuation plans in Ba and Rakiraki", 66500, "nocur"),
           ("Water carting for Kadavu villages in the dry season", 49500)])],
  None),
 ("Tonga", "num", "bold",
  ["Cyclone Gita was the strongest cyclone to hit Tongatapu in 60 years. More than 800 houses were destroyed and most food gardens were flattened."],
  [(None, [("Emergency shelter and tarpaulins for Tongatapu and 'Eua", 267000),
           ("Replanting of food crops and fruit trees", 112500),
           ("Repair of rainwater tanks at schools", 84000)])],
  None),
 ("Samoa", "bul", "req",
  ["The Vaisigano river burst its banks in Apia during Cyclone Evan in 2012 and again, less severely, in 2017."],
  [(None, [("Studies for moving the coastal road inland on Upolu", 76000),
           ("Flood warning on the Vaisigano river, Apia", 93500)])],
  None),
 ("Kiribati", "num", "bold",
  ["King tides in 2017 broke through seawalls in three villages of South Tarawa and flooded the pits of household latrines."],
  [(None, [("Seawall repair and sandbagging in South Tarawa", 138000),
           ("Groundwater protection on Abaiang", 57500)])],
  None),
 ("Tuvalu", "bul", "req",
  ["Tuvalu's nine islands have a land area of 26 square kilometres. Cyclone Pam (2015) flooded the outer islands of Nui and Nukufetau."],
  [(None, [("King-tide shelters on Funafuti", 86000),
           ("Household rainwater tanks for Nukufetau and Nui", 71500),
           ("Solar desalination on Niulakita", 44000, "drop"),
           ("Disaster committees on the outer islands", 38500)])],
  None),
]


def build():
    d = Doc(); rows = []; marks = []
    d.add("# South and South-East Asia and the Pacific: Monsoon and Cyclone Season Appeal 2018", "")
    d.add("*Published by the " + PUB + " · Copenhagen, 14 March 2018 · [PDF version](https://bnha.example.org/appeals/2018/asia-pacific-monsoon.pdf)*", "")
    d.add("This appeal brings together the 2018 preparedness and recovery projects of the alliance's eleven member agencies in 22 countries, from the Bay of Bengal to the central Pacific. It asks for some EUR 11 million, about 15% more than in 2017, because of the Rohingya refugee crisis in Bangladesh and the earthquake in Papua New Guinea.", "")
    d.add("Each country page lists the projects and ends with the country's total requirements. All amounts are in euros; project budgets include the partners' support costs.", "")
    for name, ist, tst, prose, blocks, declared in C:
        d.add("## " + name, "")
        for p in prose:
            d.add(p, "")
        vals = []
        if tst == "table":
            d.add("| Project | Agency | EUR |", "|---|---|---:|")
            for t, a, ag in blocks[0][1]:
                d.add(f"| {t} | {ag} | {en(a)} |"); vals.append(Dm(a))
            dec = declared if declared is not None else sum(vals)
            ln = d.add(f"| **Total** | | **{en(dec)}** |")
            rows.append((ln, name, vals, Dm(dec))); d.blank()
            continue
        counted = 0
        for sub, items in blocks:
            if sub:
                d.add("### " + sub, "")
            k = 0
            for it in items:
                t, a = it[0], it[1]; inj = it[2] if len(it) > 2 else None
                counted += a
                if inj == "drop":
                    marks.append(f"{name}: item removed, total still counts it: {t} {a}"); continue
                k += 1
                shown = a
                if isinstance(inj, tuple):
                    shown = inj[1]
                num = en(shown)
                if inj == "dots": num = num.replace(",", ".")
                cur = "" if inj == "nocur" else "EUR "
                if ist == "bul":
                    dash = "-" if inj == "hyphen" else EN
                    line = f"* **{t}** {dash} {cur}{num}"
                else:
                    dash = "-" if inj == "hyphen" else EM
                    line = f"{k}. {t} {dash} {cur}{num}"
                ln = d.add(line); vals.append(Dm(shown))
                if inj and inj != "drop":
                    marks.append(f"line {ln} {name}: {inj}: {line}")
            d.blank()
        dec = declared if declared is not None else counted
        if tst == "bold":
            ln = d.add(f"**Total for {name}: EUR {en(dec)}**")
        else:
            ln = d.add(f"Total requirements: **EUR {en(dec)}**")
        rows.append((ln, name, vals, Dm(dec))); d.blank()
    d.add("---", "")
    d.add("## How to give", "")
    d.add("Donations can be made to the alliance's appeal account, IBAN DK50 0040 0440 1162 43, quoting \"Monsoon 2018\". Gifts for a named country are passed on in full; if a country's requirements are met, the balance goes to the country with the largest gap.", "")
    d.add("*Requirements as at 1 March 2018. Contact: appeals@bnha.example.org*")
    write(NAME + ".md", d.text())
    write_tsv(NAME + ".sections.tsv", rows)
    print(NAME); summary(rows, marks)


if __name__ == "__main__":
    build()
