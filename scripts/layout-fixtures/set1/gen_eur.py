# Generator for eur-european.txt: EUR, European number format ("1.234.567,50"), "– EUR n" items,
# "Total for X: EUR n" totals.
import sys, json
sys.path.insert(0, "scripts/layout-fixtures/set1")
from common import *
from decimal import Decimal as Dm
D = "–"
S = [
 ("Afghanistan", ["Civilian casualties rose again in 2012, and more than 486.000 people are displaced by conflict inside the country. About 37 % of them live in informal settlements around the main cities, where the winter of 2011-2012 killed more than 100 children."],
  [("Emergency health care for conflict-affected people in Helmand and Kandahar", "1450000"),
   ("Winter assistance for returnees and displaced families in the Kabul informal settlements", "865000"),
   ("Mine risk education and victim assistance", "312500"),
   ("Treatment of acute malnutrition in Badakhshan and Faryab", "548750.50")], ("sum-a", 1, "856000")),
 ("Pakistan", ["Three consecutive years of floods have left 1,2 million people in Sindh and Balochistan without adequate shelter. In the north-west, fighting in Khyber Agency has displaced a further 40.000 families to camps and host communities."],
  [("Flood recovery shelter in Sindh", "1980000"),
   ("Assistance to displaced families from Khyber Agency in Jalozai camp", "1215000"),
   ("Water and sanitation in flood-affected districts of Balochistan", "674320.75")], None),
 ("India", ["The Partnership's programme in India is small and targets groups that are not reached by national schemes. In 2012 it received EUR 0,8 million."],
  [("Assistance to conflict-affected Adivasi communities in Chhattisgarh", "480000"),
   ("Flood preparedness in Assam", "326000")], None),
 ("Bangladesh", ["Some 200.000 unregistered Rohingya live in and around Cox's Bazar without any legal status. Partners also support cyclone preparedness in the south-west, where Cyclone Aila struck in 2009."],
  [("Assistance to unregistered Rohingya refugees in Cox's Bazar", "1120000"),
   ("Cyclone shelter management in Satkhira", "295500"),
   ("Nutrition in the Chittagong Hill Tracts", "418200")], None),
 ("Myanmar", ["The violence of June and October 2012 in Rakhine State displaced about 115.000 people, most of them Rohingya. In Kachin State, the conflict that resumed in 2011 has displaced 75.000 more."],
  [("Humanitarian assistance in the Rakhine State camps", "2350000"),
   ("Health and protection in Kachin State", "1185000"),
   ("Food assistance in northern Rakhine", "765000")], None),
 ("Thailand", ["Nine camps along the border still hold about 130.000 refugees from Myanmar, some of whom arrived in the 1980s. Funding for the camps has fallen by 18 % since 2010."],
  [("Health care in the camps on the Thai–Myanmar border", "1040000"),
   ("Food rations for refugees in the nine border camps", "1680000")], None),
 ("Nepal", ["Resettlement of refugees from Bhutan to third countries continues: more than 80.000 have left since 2007. The Partnership also funds preparedness in the hill districts of the Far-West."],
  [("Support to refugees from Bhutan in the eastern camps", "545000"),
   ("Disaster preparedness in the Far-Western hills", "286400")], None),
 ("Sri Lanka", ["Almost all of the people displaced at the end of the war in 2009 have returned to their districts, but many live in temporary shelters on land that is still being cleared of mines."],
  [("Resettlement support in Mullaitivu and Kilinochchi", "1285000"),
   ("Livelihoods for returnee women heads of household", "392000"),
   ("Demining of agricultural land", "617500")], ("fmt-eng", 0, "1,285,000")),
 ("Philippines", ["Typhoon Bopha struck Mindanao on 4 December 2012 and affected 6,2 million people; a total of 1.067 were killed. In Central Mindanao, clan feuds and armed clashes displace several thousand families every year."],
  [("Typhoon Bopha response in Mindanao: shelter", "1560000"),
   ("Assistance to displaced families in Central Mindanao", "830000"),
   ("Water and sanitation in Compostela Valley", "446250.25")], ("fmt-nocur", 1)),
 ("Indonesia", ["Indonesia's own disaster management agency leads the response to most events. The Partnership supports preparedness only, at a level of about EUR 0,4 million a year."],
  [("Eruption preparedness in the villages around Merapi", "210000"),
   ("Disaster risk reduction in the schools of West Sumatra", "185500")], None),
 ("Timor-Leste", ["The 2012 maize harvest was 25 % below average in the eastern districts."],
  [("Food security for drought-affected households", "164000"),
   ("Emergency stocks for flood response", "96800")], None),
 ("Cambodia", ["The 2011 Mekong floods were the worst in a decade and affected 18 of the 24 provinces. Partners are now helping villages to rebuild dikes and to prepare for the 2013 season."],
  [("Flood recovery in Kampong Cham and Prey Veng", "520000"),
   ("Community-based early warning on the Mekong", "214000"),
   ("Cash for work on village dikes", "338600")], ("sum-b", 2)),
 ("Lao PDR", ["Unexploded ordnance from the 1964-1973 bombing still contaminates about a third of the country and kills or injures some 100 people a year."],
  [("Clearance of unexploded ordnance in Xieng Khouang", "612000"),
   ("Flood relief in Champasak", "187400")], None),
 ("Viet Nam", ["The central provinces are struck by several typhoons each year. In 2012 the drought in Ninh Thuan left 45.000 people short of drinking water."],
  [("Typhoon preparedness in the central provinces", "356000"),
   ("Water supply in drought-hit Ninh Thuan", "228500")], None),
 ("DPR Korea", ["Chronic malnutrition affects 28 % of children under five. Partners monitor distributions in 48 counties under an agreement renewed in 2012."],
  [("Nutrition for children in nurseries and paediatric wards", "1300000"),
   ("Water and sanitation in South Hwanghae", "475000")], None),
 ("Mongolia", ["The dzud of 2009-2010 killed more than 8 million head of livestock. Partners now support herders to build fodder reserves before each winter."],
  [("Dzud response: fodder and veterinary care", "315000"),
   ("Cash assistance to herder households", "442000")], ("fmt-group", 0, "3.15.000")),
 ("Kyrgyzstan", ["Three years after the violence of June 2010 in Osh and Jalal-Abad, reconciliation work continues in the mixed neighbourhoods of both cities."],
  [("Support to people affected by the 2010 violence in Osh and Jalal-Abad", "680000"),
   ("Disaster risk reduction in mudflow-prone villages", "214750")], None),
 ("Tajikistan", ["Floods in Khatlon province in May 2012 destroyed 700 houses and washed away spring crops on some 3.500 hectares."],
  [("Food assistance after the 2012 floods in Khatlon", "390000"),
   ("Early warning for glacier lake outburst floods", "275000")], None),
 ("Papua New Guinea", ["People evacuated from Manam island after the 2004 eruption are still in care centres on the mainland, and cholera has been endemic in the coastal provinces since 2009."],
  [("Assistance to people displaced from Manam island", "318000"),
   ("Cholera response in Morobe and Madang", "245000")], ("fmt-hyphen", 1)),
 ("Fiji", ["Cyclone Evan damaged more than 2.000 houses in December 2012."],
  [("Cyclone Evan recovery: shelter repair", "410000"),
   ("Water systems on Vanua Levu", "138500")], None),
 ("Vanuatu", ["Vanuatu is exposed to cyclones, earthquakes and volcanic eruptions; the projects below were chosen by the provincial disaster committees."],
  [("Disaster preparedness in Tafea province", "122000"),
   ("School rebuilding on Ambae", "176400")], None),
 ("Solomon Islands", ["The earthquake and tsunami of 6 February 2013 struck the Santa Cruz islands in Temotu province, killing 10 people and destroying some 600 houses."],
  [("Tsunami response in Temotu province", "468000"),
   ("Health care in the Santa Cruz islands", "154500"),
   ("Emergency stocks in Honiara", "87250")], ("sum-c", "790750")),
]

def build():
    d = Doc()
    d.add("EURO-ASIAN HUMANITARIAN PARTNERSHIP")
    d.add("Humanitarian Implementation Plan 2013")
    d.add("ASIA AND THE PACIFIC")
    d.add("")
    d.add("Brussels, 15 February 2013")
    d.add("")
    d.add("")
    d.add("1. Context")
    d.add("")
    d.para("Asia and the Pacific account for more than 40 % of the world's natural disasters and for a large share of its protracted displacement. In 2012 the Partnership's members spent EUR 38,6 million in the region, about 12 % more than in 2011, and reached some 4,3 million people.", 92)
    d.para("This plan sets out the needs for 2013 country by country. For each country, the projects are listed with the amount requested in euro, followed by the total for the country. Amounts are written in the European way, with a full stop between the thousands and a comma before the cents. Multi-year programmes for 2013-2015 appear in a separate annex.", 92)
    d.add("")
    d.add("2. Country requirements")
    d.add("")
    meta = []
    for name, prose, items, err in S:
        true = sum(Dm(a) for _, a in items)
        declared = Dm(err[1]) if err and err[0] == "sum-c" else true
        d.add(name.upper()); d.add("")
        for p in prose: d.para(p, 92)
        lines = []
        for i, (title, a) in enumerate(items):
            if err and err[0] == "sum-b" and err[1] == i: continue
            amt = f"{D} EUR {eu(a)}"
            if err and err[0] == "sum-a" and err[1] == i: amt = f"{D} EUR {eu(err[2])}"
            if err and err[0] == "fmt-nocur" and err[1] == i: amt = f"{D} {eu(a)}"
            if err and err[0] == "fmt-hyphen" and err[1] == i: amt = f"- EUR {eu(a)}"
            if err and err[0] in ("fmt-group", "fmt-eng") and err[1] == i: amt = f"{D} EUR {err[2]}"
            full = f"• {title} " + amt.replace(" ", "\u0001")
            ws = wrap(full, 92)
            for j, x in enumerate(ws): d.add(("" if j == 0 else "  ") + x.replace("\u0001", " "))
            lines.append(len(d.lines))
        d.add("")
        d.add(f"Total for {name}: EUR {eu(declared)}")
        tl = len(d.lines)
        d.add(""); d.add("")
        meta.append(dict(name=name, total_line=tl, declared=str(declared), true_total=str(true),
                         items=items, err=err, item_lines=lines))
    d.add("3. Implementation")
    d.add("")
    d.para("Projects will be implemented between 1 March 2013 and 28 February 2014. Members report to the secretariat twice a year; a mid-term review in September 2013 may move up to 20 % of the funds between countries if needs change.", 92)
    return d, meta

if __name__ == "__main__":
    d, meta = build()
    d.write("fixtures/layouts/eur-european.txt")
    json.dump(meta, open("scripts/layout-fixtures/set1/eur-european.meta.json", "w"), indent=1)
    for m in meta: print(m["name"], m["true_total"], m["declared"])
