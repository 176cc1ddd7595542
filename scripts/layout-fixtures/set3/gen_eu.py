# Generator for fixtures/layouts/blind/eu-sector-subtotals.txt: an EU-style implementation plan
# (West and Central Africa 2019, invented publisher), EUR, European format (1.234.567,50),
# 22 countries: numbered heading, prose, one "• Sector – EUR n" line per sector, "Total for X: EUR n".
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

D = "\u2013"
PUB = "European Humanitarian Partnership Fund (EHPF)"
FA, NU, HE, PR, WS, SN, ED, DP, LO, EP = ("Food assistance", "Nutrition", "Health", "Protection",
    "Water, sanitation and hygiene", "Shelter and non-food items", "Education in emergencies",
    "Disaster preparedness", "Logistics", "Epidemic preparedness")
C = [
 ("Nigeria", ["In the three north-eastern states of Borno, Adamawa and Yobe, 7,1 million people need assistance and some 1,8 million remain displaced. The plan for 2019 concentrates on the areas that became accessible again in the course of 2018."],
  [(FA + " (Borno, Yobe)", "3250000"), (NU, "1840000"), (HE, "1275000"), (PR, "860000"), (WS, "1125000")], ("total", "8850000")),
 ("Niger", ["Niger hosts 180.000 refugees from Mali and Nigeria and 156.000 internally displaced people in Diffa and Tillabéri. The 2018 lean season left 1,4 million people severely food insecure."],
  [(FA, "2180000"), (NU + " (Maradi, Zinder)", "1460000"), (PR + " in Tillabéri", "515000"), (HE, "642318.50")], None),
 ("Chad", ["About 450.000 refugees from Sudan, the Central African Republic and Nigeria live in Chad, the oldest of them in camps opened in 2004. Acute malnutrition exceeds the 15 % emergency threshold in 9 of the 23 provinces."],
  [(FA + " for refugees in the eastern camps", "2640000"), (NU, "1380000"), (HE, "720000"), (WS, "455000")], None),
 ("Cameroon", ["The crisis in the North-West and South-West regions displaced 437.000 people in 2018. In the Far North, attacks by armed groups continue along the border with Nigeria."],
  [(PR, "980000"), (HE, "745000"), (SN, "612000"), (ED, "438000")], None),
 ("Central African Republic", ["Nearly one Central African in four is displaced, inside the country or as a refugee. Attacks on aid workers led organisations to suspend their activities in Batangafo and Alindao more than once in 2018."],
  [(HE, "1476000"), (PR, "820000"), (FA, "1150000"), (WS, "534000"), (LO + " (air service and road repair)", "290000")], ("english", 0, "1,476,000")),
 ("Mali", ["Violence in the Mopti region has displaced 120.000 people since early 2018, and more than 750 schools in the centre and north of the country were closed at the end of the year."],
  [(FA, "1920000"), (HE, "860500"), (PR, "475250.75"), (ED, "390000")], None),
 ("Burkina Faso", ["Attacks in the Sahel, Nord and Est regions forced more than 80.000 people from their homes in 2018; by the end of January 2019, 1.111 schools had closed."],
  [(PR, "612000"), (HE, "548000"), (FA, "1050000"), (SN, "336000")], None),
 ("Mauritania", ["The Mbera camp in Hodh Ech Chargui hosts 56.000 refugees from Mali, some of whom arrived in 2012. Funding for the camp fell by a quarter between 2016 and 2018."],
  [(FA + " in Mbera camp", "1120000"), (NU, "486000"), (WS, "214000")], None),
 ("Senegal", ["Global acute malnutrition in the northern departments of Podor, Matam and Ranérou reached 13,8 % in the 2018 survey."],
  [(NU, "540000"), (FA + " (lean season)", "385000")], None),
 ("The Gambia", ["Remittances fell in 2018 and the groundnut harvest was poor. The plan supports the national lean-season response in the Upper River and Central River regions."],
  [(FA + " (cash transfers)", "310000"), (NU, "164500")], None),
 ("Guinea-Bissau", ["Guinea-Bissau has one of the highest maternal mortality ratios in the region, and the hospitals of Bafatá and Gabú depend on outside support for most of their drugs."],
  [(HE, "412000"), (NU, "236000"), (WS, "188000"), (DP, "97000")], ("drop", 2)),
 ("Guinea", ["Guinea was declared free of Ebola in 2016, but the surveillance network built during the epidemic still needs support. Measles returned in 2018 with 3.200 suspected cases."],
  [(EP + " and surveillance", "486000"), (HE, "312400")], None),
 ("Sierra Leone", ["The mudslide of 14 August 2017 at Regent killed more than 1.000 people in Freetown. The city's informal settlements on the hillsides and the coast remain exposed to floods every rainy season."],
  [(DP + " in Freetown", "286000"), (HE, "358500"), (WS, "174000")], None),
 ("Liberia", ["Lassa fever is endemic in Nimba and Bong counties, where 2018 saw 139 confirmed cases, the highest number since 2014."],
  [(HE, "248500"), (EP + " (Lassa fever)", "196000"), (NU, "121500")], ("short", 0, "2.48.500")),
 ("Côte d'Ivoire", ["About 17.000 Ivorian refugees returned from Liberia in 2018, most of them to the western regions of Cavally and Guémon, where land disputes are common."],
  [("Return and reintegration in the west", "420000"), (PR + " (statelessness)", "186750.25"), (HE, "238000")], None),
 ("Ghana", ["Ghana hosts about 13.000 refugees, most of them from Côte d'Ivoire, in four camps. The northern floodplains of the White Volta are flooded almost every year."],
  [("Refugee assistance", "275000"), (DP + " in the northern floodplains", "148000")], None),
 ("Togo", ["The Mono river floods of 2010 and 2018 affected more than 10.000 people each time in the prefectures of Yoto and Lacs."],
  [(DP + " (Mono river)", "132000"), (EP, "96500")], None),
 ("Benin", ["In the Ouémé valley, floods in September 2018 destroyed 1.850 houses. In the north, acute malnutrition in Atacora and Alibori remains above 10 %."],
  [(DP + " in the Ouémé valley", "360000"), (NU + " in Atacora and Alibori", "215000"), (HE, "144000")], ("hyphen", 0)),
 ("Republic of the Congo", ["Since the ceasefire of December 2017 in the Pool department, most of the 138.000 people displaced by the fighting have begun to return. Likouala hosts 30.000 refugees from the Central African Republic."],
  [("Return assistance in the Pool department", "640000"), (HE, "385000"), ("Refugees from the Central African Republic in Likouala", "412500")], None),
 ("Gabon", ["The regional emergency stock in Libreville, set up in 2015, can supply relief items for 25.000 people within 72 hours."],
  [("Regional emergency stock in Libreville", "226000"), (EP, "118250.50")], None),
 ("São Tomé and Príncipe", ["The floods of December 2018 affected 2 % of the population of São Tomé island."],
  [(DP, "84000"), (NU, "62500")], None),
 ("Cabo Verde", ["The drought of 2017-2018 was the worst in 30 years: about 40 % of the cattle of Santiago and Santo Antão died or were sold off cheaply."],
  [(FA + " and livestock feed", "368000"), ("Water supply (drought)", "254000"), (NU, "97500")], ("swap", 1, "245000")),
]


def build():
    d = Doc()
    d.add("HUMANITARIAN IMPLEMENTATION PLAN 2019")
    d.add("West and Central Africa")
    d.add(PUB + ", Brussels")
    d.add("")
    d.add("1. Introduction")
    d.add("")
    d.para("This plan sets out the allocations of the Fund for 22 countries of West and Central Africa in 2019. The amounts are given per country and per sector, in euros. In 2018 the Fund allocated EUR 51,6 million to the region; partners reported that 6,3 million people were reached.")
    d.para("The plan was agreed with the partner organisations in November 2018. Allocations may be revised in the course of 2019 if new emergencies arise; the reserve of EUR 4 million is not included in the country figures.")
    d.add("")
    d.add("2. Allocations by country")
    d.add("")
    rows, marks = [], []
    for g, (name, prose, items, err) in enumerate(C, 1):
        d.add(f"2.{g} {name}")
        d.add("")
        for p in prose:
            d.para(p)
        read = []
        for i, (sec, a) in enumerate(items):
            if err and err[0] == "drop" and err[1] == i:
                marks.append(f"{name}: item {sec} EUR {eu(a)} removed, total still counts it")
                continue
            num, val, pre = eu(a), Dm(a), f"{D} EUR "
            if err and err[1:2] == (i,):
                if err[0] == "swap": num, val = eu(err[2]), Dm(err[2])
                if err[0] in ("english", "short"): num = err[2]
                if err[0] == "hyphen": pre = "- EUR "
            d.add(f"\u2022 {sec} {pre}{num}")
            read.append(val)
            if err and err[1:2] == (i,):
                marks.append(f"{name}: {err[0]} at line {d.n}: {d.lines[-1]!r}")
        true = sum(Dm(a) for _, a in items)
        dec = Dm(err[1]) if err and err[0] == "total" else true
        d.add("")
        d.add(f"Total for {name}: EUR {eu(dec)}")
        rows.append((d.n, name, read, dec))
        d.add("")
        d.add("")
    d.add("3. Monitoring")
    d.add("")
    d.para("Partners report every six months. Field visits are planned in at least 15 of the 22 countries in 2019, security permitting.")
    return d, rows, marks


if __name__ == "__main__":
    d, rows, marks = build()
    d.write("eu-sector-subtotals.txt")
    write_tsv("eu-sector-subtotals.sections.tsv", rows)
    print(f"eu-sector-subtotals: {len(rows)} totals")
    report(rows, marks)
