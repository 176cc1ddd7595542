# Generator for totals-first.txt: each country's page opens with a summary box stating the total,
# the projects follow ("• Title – USD n").
import sys, json
sys.path.insert(0, "scripts/layout-fixtures/set1")
from common import *
D = "–"
S = [
 ("Mauritania", 210000, ["Rainfall in 2011 was less than half of the long-term average in the south, and pasture production fell by an estimated 60 per cent. Since February, the Mbera camp near Bassikounou has also received some 55,000 refugees from Mali."],
  [("Blanket supplementary feeding for children aged 6-23 months in Guidimakha and Gorgol", 845000),
   ("Cash transfers to very poor households during the lean season", 1120000),
   ("Animal feed and veterinary support for agro-pastoral households", 436500),
   ("Water points along the transhumance corridors of Hodh El Chargui", 298000),
   ("Water and sanitation for Malian refugees at Mbera camp", 515500)], ("sum-a", 2, 486500)),
 ("Senegal", 145000, ["In the north and east of the country, cereal production fell by 36 per cent compared with 2010, and market prices of millet in Matam were 40 per cent above the five-year average in March."],
  [("Nutrition screening and treatment in Matam, Podor and Kédougou", 624000),
   ("Cereal banks for villages in the Ferlo", 287000),
   ("Seed and fertiliser for the 2012 rainy season", 410000)], None),
 ("The Gambia", 92000, ["The Gambia's groundnut and rice harvests were the poorest in a decade. The Government declared a food crisis in March 2012 and asked partners to support 92,000 people in the Upper River and Central River regions."],
  [("Community-based management of acute malnutrition in the Upper River Region", 312000),
   ("Emergency rice seed for farmers in the groundnut basin", 186500),
   ("Food-for-assets rehabilitation of rice fields", 241000)], None),
 ("Guinea-Bissau", 68000, ["The fall in the farm-gate price of cashew nuts, the main cash crop, has cut rural incomes by about a third. The political crisis of April 2012 has delayed the Government's own response."],
  [("Cash transfers for rural households hit by the cashew price shock", 355000),
   ("Rice seed and tools for mangrove rice farmers in Tombali", 198000),
   ("Nutrition surveillance in Bafatá and Gabú", 94500)], ("fmt-nocur", 1)),
 ("Cabo Verde", 24000, ["Two dry years on Santiago and Fogo have emptied most reservoirs. The needs are small in number but, on the islands, hard to meet without outside help."],
  [("Water trucking for the islands of Santiago and Fogo", 142000),
   ("Fodder for livestock on Santo Antão and São Nicolau", 86500)], None),
 ("Guinea", 130000, ["Upper Guinea recorded global acute malnutrition rates of 9.8 per cent in the 2011 survey, close to the emergency threshold. Conakry also faces the risk of a cholera outbreak during the rainy season, as in 2007 and 2009."],
  [("Nutrition rehabilitation in Upper Guinea", 476000),
   ("Cholera preparedness in Conakry", 318000),
   ("Support to smallholder rice production", 392500)], None),
 ("Sierra Leone", 175000, ["By mid-July, 4,700 cholera cases had been reported in 2012, more than half of them in Freetown. Partners expect the outbreak to peak in August and September."],
  [("Cholera response in Freetown and the Western Area", 684000),
   ("School hygiene and handwashing in Kambia and Port Loko", 146000),
   ("Food assistance for cholera-affected households", 230000)], None),
 ("Liberia", 120000, ["Liberia still hosts about 67,000 refugees who fled Côte d'Ivoire after the 2010 elections, most of them in Nimba and Grand Gedeh counties, where host communities have shared their food stocks for over a year."],
  [("Assistance to Ivorian refugees in Nimba and Grand Gedeh", 1345000),
   ("Water points for host communities", 268500),
   ("Education for refugee children", 312000)], None),
 ("Côte d'Ivoire", 260000, ["Return to the west is under way: about 160,000 displaced people went home in 2011. Land disputes and insecurity around Duékoué slow the pace, and a total of 1,200 houses remain occupied by others."],
  [("Return and reintegration of displaced people in the west", 1780000),
   ("Psychosocial support and child protection in Duékoué", 356000),
   ("Rehabilitation of health centres in the Moyen-Cavally region", 498000),
   ("Social cohesion committees in return villages", 124500)], None),
 ("Ghana", 86000, ["The three northern regions were affected by both the regional drought and the floods of 2011. Ghana also hosts some 11,000 Ivorian refugees, 45 per cent of them children."],
  [("Nutrition support in the Upper East and Upper West regions", 312500),
   ("Flood preparedness in the Northern Region", 178000),
   ("Assistance to Ivorian refugees at Ampain camp", 426000)], ("fmt-group", 0, "312 ,500")),
 ("Togo", 40000, ["Floods along the Mono river in 2010 and 2011 damaged 3,500 houses. The projects below prepare for the 2012 season."],
  [("Flood response along the Mono river", 205000),
   ("Cholera preparedness in Lomé", 112500)], None),
 ("Benin", 95000, ["The floods of 2010, the worst in fifty years, affected 55 of the 77 communes. Reconstruction in the Ouémé valley is still incomplete two years later."],
  [("Rehabilitation of flood-damaged homes in the Ouémé valley", 488000),
   ("Seed for replanting after the floods", 174000),
   ("Malaria prevention in flood-affected communes", 96000)], None),
 ("Burkina Faso", 640000, ["Burkina Faso faces two crises at once: a cereal deficit of about 150,000 tonnes and the arrival of more than 65,000 refugees from Mali in Oudalan and Soum provinces."],
  [("Assistance to Malian refugees in Oudalan and Soum", 2140000),
   ("Blanket feeding for young children in the Sahel region", 1235000),
   ("Livestock destocking and feed", 540000),
   ("Cereal banks in the northern provinces", 318000)], None),
 ("Mali", 1150000, ["Since January 2012 the conflict in the north has displaced more than 320,000 people, of whom about 160,000 are refugees in neighbouring countries. Humanitarian access to Gao, Kidal and Timbuktu is very limited."],
  [("Food assistance for displaced families in the south", 2860000),
   ("Emergency health care in Mopti and Ségou", 745000),
   ("Protection of displaced children", 286500),
   ("Seed for the 2012 season in Kayes and Koulikoro", 612000)], None),
 ("Niger", 1480000, ["Niger is the country most affected by the food crisis: 5.5 million people, 35 per cent of the population, are food insecure. In 2011 partners treated 299,000 children for severe acute malnutrition; the target for 2012 is 330,000."],
  [("Treatment of severe acute malnutrition in Maradi and Zinder", 2415000),
   ("Cash-for-work for food-insecure households in Tillabéri", 1380000),
   ("Assistance to Malian refugees at Mangaizé and Abala", 1064000),
   ("Locust surveillance and control", 218000)], ("sum-c", 5707000)),
 ("Nigeria", 720000, ["In the northern states the lean season started two months early. Zamfara state is also dealing with the after-effects of the lead poisoning outbreak of 2010, which killed more than 400 children."],
  [("Nutrition in Sokoto, Katsina and Zamfara states", 1520000),
   ("Lead poisoning response in Zamfara", 460000),
   ("Cholera preparedness in the north-east", 335000)], None),
 ("Cameroon", 180000, ["The Far North Region had global acute malnutrition above 10 per cent in four health districts in 2011, and the cholera outbreak of 2010-2011 caused more than 600 deaths around Lake Chad."],
  [("Nutrition in the Far North Region", 684000),
   ("Cholera response along Lake Chad", 292000),
   ("Seeds and tools for the Logone valley", 158500)], ("fmt-hyphen", 1)),
 ("Chad", 900000, ["Chad combines a severe food crisis in the Sahel belt with the return of some 90,000 migrant workers from Libya, and continues to host about 280,000 refugees from Sudan in the east."],
  [("Nutrition in the Sahel belt (Kanem, Bahr el Gazal and Batha)", 1960000),
   ("Assistance to returnees from Libya", 826000),
   ("Locust control", 190000),
   ("Water for host communities around the eastern camps", 455000)], None),
 ("Central African Republic", 160000, ["Armed groups in the north-west and the north-east continue to displace civilians, and some 2,000 refugees from Chad and Sudan remain in Vakaga. Roads to the north are impassable for six months of the year."],
  [("Health care in the north-west prefectures", 712000),
   ("Protection of civilians in Vakaga", 254000),
   ("Food assistance to displaced people in Kabo", 518000)], None),
 ("Sudan", 410000, ["In North Darfur and North Kordofan, the 2011 harvest was 70 per cent below average. The projects listed here are those of Alliance members only; the United Nations work plan for Sudan covers the rest."],
  [("Nutrition screening in North Darfur", 880000),
   ("Water for nomadic communities in North Kordofan", 365000),
   ("Agricultural inputs for returnees in West Darfur", 472000),
   ("Food assistance for returnees", 1150000)], ("sum-b", 2)),
]
BOXW = 74

def build():
    d = Doc()
    d.add("WEST AFRICAN RELIEF ALLIANCE")
    d.add("")
    d.add("SAHEL AND WEST AFRICA: FOOD, NUTRITION AND EPIDEMICS APPEAL 2012")
    d.add("Revision of 15 August 2012")
    d.add("")
    d.add("")
    d.add("Introduction")
    d.add("")
    d.para("The 2011 rains were late, short and uneven across the Sahel. Cereal production in the region fell by 26 per cent compared with 2010, and the price of millet in some markets doubled. More than 18 million people are at risk of food insecurity, and 1.1 million children under five are expected to need treatment for severe acute malnutrition in 2012.", 90)
    d.para("At the same time, the conflict in northern Mali has displaced more than 320,000 people since January, and cholera has spread along the coast from Sierra Leone to Guinea. This appeal, first issued in February and revised in August, brings together the projects of the 34 members of the Alliance in 20 countries.", 90)
    d.para("Each country page opens with a summary box that gives the total requirements for the country, followed by a short description of the situation and the list of projects with their requirements in US dollars. In the first half of the year members received USD 38 million, about 41 per cent of the original requirements.", 90)
    d.add("")
    meta = []
    for name, pop, prose, items, err in S:
        true = sum(a for _, a in items)
        declared = err[1] if err and err[0] == "sum-c" else true
        d.add("")
        d.add("+" + "-" * (BOXW - 2) + "+")
        t = f"| {name} — Total requirements: USD {en(declared)}"
        d.add(t + " " * (BOXW - 1 - len(t)) + "|")
        tl = len(d.lines)
        for x in ("| Planning period: January–December 2012", f"| Target population: {en(pop)} people"):
            d.add(x + " " * (BOXW - 1 - len(x)) + "|")
        d.add("+" + "-" * (BOXW - 2) + "+")
        d.add("")
        for p in prose: d.para(p, 90)
        d.add("Projects")
        d.add("")
        lines = []
        for i, (title, a) in enumerate(items):
            if err and err[0] == "sum-b" and err[1] == i: continue
            amt = f"{D} USD {en(a)}"
            if err and err[0] == "sum-a" and err[1] == i: amt = f"{D} USD {en(err[2])}"
            if err and err[0] == "fmt-nocur" and err[1] == i: amt = f"{D} {en(a)}"
            if err and err[0] == "fmt-hyphen" and err[1] == i: amt = f"- USD {en(a)}"
            if err and err[0] == "fmt-group" and err[1] == i: amt = f"{D} USD {err[2]}"
            full = f"• {title} " + amt.replace(" ", "\u0001")
            ws = wrap(full, 90)
            for j, x in enumerate(ws): d.add(("" if j == 0 else "  ") + x.replace("\u0001", " "))
            lines.append(len(d.lines))
        d.add("")
        meta.append(dict(name=name, total_line=tl, declared=declared, true_total=true, items=items,
                         err=err, item_lines=lines))
    d.add("")
    d.add("Coordination")
    d.add("")
    d.para("The Alliance secretariat in Dakar coordinates the appeal with national authorities and with the United Nations regional office. Members report every month on the number of people reached; the next revision is planned for December 2012, when the 2013 appeal will be prepared.", 90)
    return d, meta

if __name__ == "__main__":
    d, meta = build()
    d.write("fixtures/layouts/totals-first.txt")
    json.dump(meta, open("scripts/layout-fixtures/set1/totals-first.meta.json", "w"), indent=1)
    for m in meta: print(m["name"], m["true_total"], m["declared"])
