# Generator for fixtures/layouts/blind/cluster-subtotals.txt (blind set 4): a plain-text humanitarian
# response plan (Central Sahel and Lake Chad Basin 2020; invented publisher), USD, English format.
# Per country: a heading underlined with "=", a key-figures line, prose, then per cluster a small
# heading, items "• Title – USD n" and "Sub-total Cluster – USD n"; then "Total for Country – USD n",
# the sum of the country's printed cluster sub-totals.
# Injected: sum errors in the first sub-total (an item changed), the Niger country total (its figure
# wrong, its sub-totals foot) and the last country total (a whole cluster removed, still counted);
# format errors: an amount without "USD" (Mali), "2,45,000" (Chad), "Total for Cameroon USD n"
# without its dash (malformed-total).
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "cluster-subtotals"
W = 88

# (country, key figures, [prose], [(cluster, [items], cluster_injection)], country_declared, total_style)
# item: (title, amount[, injection]); injection ("printed", n) | "nocur" | "lakh".
# cluster_injection: None | "drop" (cluster removed from the text, still counted in the country total).
C = [
 ("Burkina Faso", "People in need: 2.2 million    People targeted: 1.5 million    Partners: 41",
  ["Attacks by armed groups in the Sahel, Centre-Nord and Est regions displaced more than 560,000 people in 2019, ten times as many as at the start of the year. More than 2,000 schools were closed in December 2019, and 120 health facilities had closed or were running a minimum service.",
   "In 2019 the plan for Burkina Faso received USD 87 million, 47% of its requirements."],
  [("Health", [("Mobile clinics for displaced families in Djibo and Arbinda", 412000),
               ("Medical supplies for the Kaya and Barsalogho health districts", 268500, ("printed", 248500)),
               ("Mental health and psychosocial support in Dori", 137500)], None),
   ("WASH", [("Water trucking and borehole repairs at the Kaya displacement sites", 356000),
             ("Emergency latrines and hygiene kits in Fada N'Gourma", 194500)], None),
   ("Food Security", [("Cash transfers for displaced and host households in Centre-Nord", 624000),
                      ("Livestock feed and veterinary care in Oudalan", 211000),
                      ("Seed fairs for returnee farmers near Kongoussi", 98500)], None),
   ("Protection", [("Civil documentation for displaced people in Ouahigouya", 126000),
                   ("Gender-based violence case management in Kaya and Dori", 173500)], None)],
  None, "dash"),
 ("Mali", "People in need: 4.3 million    People targeted: 2.6 million    Partners: 116",
  ["Violence in the Mopti and Ségou regions has spread from the north into the centre of the country. The number of internally displaced people passed 200,000 in November 2019, and a further 24,000 Malians sought refuge in Burkina Faso and Niger during the year.",
   "Cholera has not been reported since 2014, but the river towns of the Mopti region remain at risk when the Niger floods between August and October."],
  [("Health", [("Primary health care in the Bandiagara and Bankass health districts", 284000),
               ("Cholera preparedness along the Niger river in the Mopti region", 117500)], None),
   ("WASH", [("Rehabilitation of pastoral water points in the Ménaka region", 236000),
             ("Hygiene promotion in the displacement sites of Sévaré", 88500, "nocur"),
             ("Water supply for health centres in Gao", 159000)], None),
   ("Education", [("Temporary learning spaces for out-of-school children in Mopti", 192000),
                  ("Teacher training and school kits in Tombouctou", 104500)], None)],
  None, "dash"),
 ("Niger", "People in need: 2.9 million    People targeted: 1.8 million    Partners: 78",
  ["Niger hosts close to 220,000 refugees from Nigeria and Mali, most of them in the Diffa and Tillabéri regions. The floods of August and September 2019 affected some 211,000 people, a third of them in Niamey.",
   "In Maradi, 35,000 Nigerian refugees arrived from Sokoto and Zamfara states between April and October 2019."],
  [("Nutrition", [("Treatment of severe acute malnutrition in Maradi and Zinder", 538000),
                  ("Screening and referral by community health workers in Tahoua", 146500)], None),
   ("WASH", [("Boreholes and water networks for the Diffa displacement sites", 327000),
             ("Flood response hygiene kits in Niamey", 112000)], None),
   ("Shelter and NFI", [("Emergency shelters and household kits in Ouallam and Ayorou", 248500),
                        ("Rent support for displaced families in Tillabéri town", 96000)], None),
   ("Protection", [("Child protection and family tracing in Diffa", 168000),
                   ("Protection monitoring in the Tillabéri" + EN + "Tahoua border area", 87500)], None)],
  1732500, "dash"),
 ("Chad", "People in need: 4.3 million    People targeted: 1.9 million    Partners: 57",
  ["Chad hosts more than 460,000 refugees: Sudanese in the east since 2003, Central Africans in the south and Nigerians in the Lac province. Attacks on the islands of Lake Chad displaced another 30,000 people in 2019.",
   "A measles epidemic declared in May 2019 had reached 23 of the country's 126 health districts by December."],
  [("Food Security", [("General food distributions for Sudanese refugees in the Ouaddaï camps", 742000),
                      ("Cash-for-work on irrigated plots around Bol", 245000, "lakh")], None),
   ("Health", [("Measles and malaria response in the Lac province", 213500),
               ("Reproductive health services in the camps around Goré", 128000)], None),
   ("Education", [("Classrooms and school meals for displaced children on the lake islands", 176000),
                  ("Secondary school scholarships for refugee girls in Farchana", 63500)], None)],
  None, "dash"),
 ("Cameroon", "People in need: 1.9 million    People targeted: 1.2 million    Partners: 39",
  ["This plan covers only the Far North region, where attacks by armed groups in the Mayo-Sava and Mayo-Tsanaga departments continue; the crisis in the North-West and South-West regions has its own plan. The Minawao camp shelters about 58,000 Nigerian refugees."],
  [("Protection", [("Psychosocial support for survivors of attacks in Mayo-Sava", 154000),
                   ("Birth registration and civil documentation in Mokolo", 82500)], None),
   ("WASH", [("Water points and latrines in the Minawao refugee camp", 298000),
             ("Cholera prevention in Kousseri and Makary", 141500)], None),
   ("Nutrition", [("Outpatient treatment of malnutrition in Mora and Kolofata", 207000),
                  ("Infant and young child feeding counselling in Maroua", 73000)], None)],
  None, "nodash"),
 ("Nigeria", "People in need: 7.1 million    People targeted: 5.9 million    Partners: 183",
  ["The plan for Nigeria covers the three north-eastern states of Borno, Adamawa and Yobe. About 1.2 million people live in areas that humanitarian organisations cannot reach, and new arrivals in Monguno, Ngala and Dikwa stretch camps that were already full."],
  [("Health", [("Primary health care in Monguno, Ngala and Dikwa", 486000),
               ("Cholera treatment centres in Maiduguri", 214500)], None),
   ("Food Security", [("E-voucher food assistance for host communities in Maiduguri", 812000),
                      ("Dry-season vegetable gardens in Konduga", 137000)], None),
   ("Shelter and NFI", [("Emergency shelter in Bama and Pulka", 356000),
                        ("Household kits for new arrivals in Gwoza", 122500)], "drop"),
   ("Protection", [("Community-based protection in Banki and Rann", 176500),
                   ("Support for women and girls formerly held by armed groups", 143000)], None)],
  None, "dash"),
]


def build():
    d = Doc(); rows = []; marks = []
    d.add("CENTRAL SAHEL AND LAKE CHAD BASIN",
          "HUMANITARIAN RESPONSE PLAN 2020",
          "Project requirements by country and cluster", "",
          "Sahel and Lake Chad Humanitarian Partners Forum (SLCHPF)",
          "Dakar, 20 January 2020", "")
    for p in ["Six countries, one crisis: in the Central Sahel and around Lake Chad, conflict, floods and a lean season that starts earlier every year have left 22.7 million people in need of assistance. This document lists the projects that the Forum's member organisations submitted for 2020.",
              "How to read this plan. For each country, the projects are grouped by cluster. Each cluster closes with its sub-total, and the country total is the sum of the cluster sub-totals. All figures are in US dollars and cover January to December 2020; funding already received is not deducted."]:
        d.add(*wrap(p, W)); d.blank()
    d.blank()
    for cname, keyf, prose, clusters, cdec, tstyle in C:
        d.add(cname.upper(), "=" * len(cname), "", keyf, "")
        for p in prose:
            d.add(*wrap(p, W)); d.blank()
        subs = []          # printed sub-totals (as read)
        counted = Dm(0)    # what the country total counts
        for cl, items, cinj in clusters:
            csum = sum(Dm(it[1]) for it in items)   # the sub-total as the author computed it
            counted += csum
            if cinj == "drop":
                marks.append(f"{cname}: cluster {cl} removed (sub-total {plain(csum)}), the country total still counts it")
                continue
            d.add(cl)
            vals = []
            for it in items:
                t, a = it[0], it[1]; inj = it[2] if len(it) > 2 else None
                shown = inj[1] if isinstance(inj, tuple) else a
                num = en(shown)
                if inj == "lakh":
                    s = str(shown); num = s[:-5] + "," + s[-5:-3] + "," + s[-3:]
                cur = "" if inj == "nocur" else "USD "
                ln = d.add(f"\u2022 {t} {EN} {cur}{num}"); vals.append(Dm(shown))
                if inj: marks.append(f"line {ln} {cname}/{cl}: {inj}: {d.lines[-1]}")
            ln = d.add(f"Sub-total {cl} {EN} USD {en(csum)}")
            rows.append((ln, f"{cname} / {cl}", vals, csum)); subs.append(csum)
            d.blank()
        dec = Dm(cdec) if cdec is not None else counted
        if tstyle == "nodash":
            ln = d.add(f"Total for {cname} USD {en(dec)}")
            marks.append(f"line {ln} {cname}: malformed total: {d.lines[-1]}")
        else:
            ln = d.add(f"Total for {cname} {EN} USD {en(dec)}")
        rows.append((ln, cname, subs, dec))
        d.blank(); d.blank()
    d.add(*wrap("Requirements are those submitted by the member organisations by 10 January 2020. "
                "Projects that were not submitted in time will be added in the mid-year review (June 2020).", W))
    d.blank()
    d.add("Sahel and Lake Chad Humanitarian Partners Forum " + EN + " Dakar and N'Djamena")
    write(NAME + ".txt", d.text())
    write_tsv(NAME + ".sections.tsv", rows)
    print(NAME); summary(rows, marks)


if __name__ == "__main__":
    build()
