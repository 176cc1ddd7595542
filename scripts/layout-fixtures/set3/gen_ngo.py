# Generator for fixtures/layouts/blind/ngo-consortium.txt: a national NGO consortium's appeal
# (Democratic Republic of the Congo, 2021; invented publisher), USD, English format, 22 provinces.
# Markers vary by province, some titles wrap, totals in six wordings, blank line before each total.
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

D = "\u2013"  # en dash
PUB = "Network of Congolese Humanitarian NGOs (RECOHN)"
MARKERS = ["\u2022", "-", "*", "1.", "a)", "\u25aa"]
WORDINGS = ["Total for {p}: USD {n}", "{p} total " + D + " USD {n}", "Total requirements " + D + " USD {n}",
            "TOTAL: USD {n}", "Total funding requirements for {p} " + D + " USD {n}", "Total {dots} USD {n}"]

P = [
 ("Ituri", "caps",
  ["Attacks on displacement sites in Djugu and Irumu territories continued throughout 2020. Some 1.7 million people are displaced in the province, and a total of 12,000 households arrived in Bunia between May and August alone.",
   "Member organisations have worked in Ituri since 2003. They received USD 2.5 million in 2019 for the province, most of it for health and shelter."],
  [("Emergency shelter and household items for displaced families in Djugu", 486000),
   ("Primary health care in the Rhoe and Plaine Savo displacement sites", 312500),
   ("Psychosocial support and case management for survivors of gender-based violence", 178250),
   ("Rehabilitation of water points in Bunia and Mahagi", 224000)],
  ("total", 1260750)),
 ("North Kivu", "title",
  ["The resurgence of armed groups in Rutshuru and Masisi territories displaced more than 350,000 people in 2020. The eleventh Ebola outbreak, declared over in June 2020, left health facilities in Beni and Butembo with depleted stocks and unpaid staff."],
  [("Cash assistance for newly displaced households in Rutshuru", 540000),
   ("Restoring essential health services in the Beni and Butembo health zones after the Ebola outbreak", 395750),
   ("Education in emergencies: temporary learning spaces in Masisi", 162000),
   ("Protection monitoring along the Goma\u2013Sake axis", 88500)],
  None),
 ("South Kivu", "caps",
  ["Flash floods in Uvira in April 2020 destroyed more than 3,500 houses and killed 36 people. On the Hauts Plateaux, fighting between community militias has cut villages off from their markets for most of the past two years; 45% of the families interviewed in October 2020 ate one meal a day."],
  [("Reconstruction of flood-resistant shelters in Uvira", 612000),
   ("Cholera prevention in the Uvira, Fizi and Kalehe health zones", 247800),
   ("Food assistance for isolated villages of the Hauts Plateaux", 433500)],
  None),
 ("Tanganyika", "title",
  ["Violence between Twa and Luba communities in 2017-2018 displaced half a million people. About 60 per cent have since returned to villages where schools and health posts were burnt down."],
  [("Return kits for families going back to Nyunzu and Kabalo", 298000),
   ("Rehabilitation of 14 primary schools in Kalemie territory, with separate latrines for girls and boys", 356250),
   ("Malnutrition screening and treatment for children under five", 187500),
   ("Peace committees and mediation in mixed villages", 64000)],
  None),
 ("Maniema", "caps",
  ["Maniema has fewer humanitarian organisations than any other eastern province: only 9 NGOs had an operational presence in December 2020, against 41 in South Kivu."],
  [("Measles vaccination support in Kindu and Kasongo", 126400),
   ("Water, sanitation and hygiene in the Kailo health zone", 174000),
   ("Livelihood support for returnee farmers", 98600)],
  None),
 ("Haut-Katanga", "caps",
  ["Lubumbashi received about 18,000 people expelled from mining areas in Angola in 2019. The cholera epidemic in the Kenya and Katuba communes of Lubumbashi infected 2,140 people in 2020, the highest count since 2017."],
  [("Cholera treatment units and water chlorination in Lubumbashi", 268000),
   ("Reception and onward transport of returnees from Angola", 145500),
   ("Child protection for children living on the street in Lubumbashi and Likasi", 119750)],
  ("hyphen", 1)),
 ("Kasai", "title",
  ["The Kamuina Nsapu conflict of 2016-2017 killed more than 3,000 people. Recovery is slow: the 2020 nutrition survey found a global acute malnutrition rate of 11.8% in the Kamonia health zone."],
  [("Treatment of severe acute malnutrition in Kamonia and Kamwesha", 415000),
   ("Seeds and tools for 6,000 farming households", 233600),
   ("Reintegration of children formerly associated with armed groups", 152400)],
  None),
 ("Kasai-Central", "title",
  ["Most of the people displaced in 2016-2017 have returned to their villages around Kananga and Dibaya, but half of the health centres in the province still lack essential drugs. Measles killed 214 children here in 2020."],
  [("Essential medicines and staff training for 38 health centres", 286500),
   ("School feeding in Dibaya territory", 174250),
   ("Rehabilitation of rural access roads through cash-for-work", 201000)],
  None),
 ("Kasai-Oriental", "caps",
  ["Mbuji-Mayi, a city of more than 2 million people, has no piped water in most of its neighbourhoods. Erosion gullies swallowed 140 houses in the 2020 rainy season."],
  [("Emergency water supply in the Dibindi and Muya communes", 352000),
   ("Relocation support for families whose houses are threatened by the erosion gullies of Mbuji-Mayi", 188750),
   ("Cholera and typhoid prevention in Mbuji-Mayi", 126500)],
  None),
 ("Lomami", "title",
  ["Lomami has been largely spared by conflict, but the hospitals of Kabinda and Mwene-Ditu receive patients from three neighbouring provinces. A total of 4,800 malnourished children were admitted in 2020, twice the number for 2018."],
  [("Paediatric nutrition ward in the Mwene-Ditu general hospital", 143000),
   ("Community health workers for 12 rural health areas", 96500)],
  None),
 ("Sankuru", "caps",
  ["Clashes in Lodja and Lomela territories in 2019-2020 burned down 27 villages. Access is by river or by motorbike only, which roughly doubles transport costs."],
  [("Emergency household items for displaced families in Lodja", 178000),
   ("Mobile clinics on the Sankuru river", 213500),
   ("Protection and social cohesion in Lomela territory", 71250)],
  None),
 ("Tshopo", "title",
  ["The river port of Kisangani receives people displaced from Bafwasende and Banalia, where armed poachers and militias attack villages. USD 1.2 million was received for the province in 2020, less than a third of what was requested."],
  [("Reception centre and emergency shelter in Kisangani", 324000),
   ("Health and nutrition in the Bafwasende health zone", 268500),
   ("Legal aid for displaced women on land and inheritance", 157000)],
  ("swap", 1, 286500)),
 ("Haut-Uele", "caps",
  ["The Meri camp in Faradje territory hosts about 9,000 refugees from South Sudan, and families displaced in the years of attacks on Dungu have still not all returned."],
  [("Health care for South Sudanese refugees and host communities in Faradje", 238000),
   ("Primary education for refugee children at Meri", 118500),
   ("Repair of river crossings on the Dungu\u2013Faradje road", 205000)],
  None),
 ("Bas-Uele", "title",
  ["Bas-Uele is the least accessible province in this appeal: the 320 km road from Buta to Kisangani can take nine days in the rainy season."],
  [("Mobile health teams for Bondo and Ango territories", 164000),
   ("Sleeping sickness screening along the Uele river", 92750)],
  None),
 ("Equateur", "caps",
  ["The Ebola outbreak declared in Mbandaka on 1 June 2020 ended in November after 130 cases. Floods along the Congo and Ubangi rivers in late 2019 affected 57,000 people, and many riverside villages lost their whole harvest."],
  [("Infection prevention and control in health facilities of Mbandaka and Bikoro", 247000),
   ("Flood recovery: shelter and seeds for riverside villages", 308750),
   ("Water supply for the health zones affected by Ebola", 136000)],
  ("group", 1, "3,08,750")),
 ("Mai-Ndombe", "title",
  ["The Yumbi violence of December 2018 killed at least 535 people in three villages. Two years later, 40% of the destroyed houses have not been rebuilt."],
  [("House reconstruction for families in Yumbi territory", 364500),
   ("Community reconciliation and early warning", 82000),
   ("Rehabilitation of the Yumbi general referral hospital", 211250)],
  None),
 ("Kwilu", "caps",
  ["Kwilu reported 9,300 suspected measles cases in 2019 and 2020, more than any other province in the west of the country."],
  [("Measles outbreak response in Idiofa, Gungu and Bulungu", 152000),
   ("Nutrition surveillance and treatment in the Gungu health zone", 198500)],
  None),
 ("Kwango", "title",
  ["Some 26,000 people expelled from Angola in 2018 and 2019 settled near the border around Kahemba, where they share scarce land and water with the host villages."],
  [("Support to returnees from Angola in Kahemba territory", 187000),
   ("Konzo prevention: safe cassava processing taught to women's groups in Popokabaka", 74500),
   ("Borehole drilling in Kenge and Popokabaka", 163000)],
  None),
 ("Kongo Central", "caps",
  ["Total rainfall between October and December 2020 was 40 per cent above the average of 1990-2019, and landslides in Matadi and Boma killed 17 people."],
  [("Emergency shelter for families displaced by landslides in Matadi", 226000),
   ("Cholera preparedness in the port towns of Boma and Muanda, including training of community health workers", 96750),
   ("Support to unaccompanied children in Mbanza-Ngungu", 88000)],
  ("nocur", 1)),
 ("Kinshasa", "title",
  ["Kinshasa receives people fleeing from every other province; its 24 communes have an estimated 14 million inhabitants. Floods in the south-western communes are now a yearly event."],
  [("Medical and psychosocial care for survivors of sexual violence", 276000),
   ("Reintegration support for children living on the street", 193500),
   ("Flood response in the Ngaliema and Mont-Ngafula communes", 241250)],
  None),
 ("Sud-Ubangi", "caps",
  ["Around 92,000 refugees from the Central African Republic live in Sud-Ubangi, most of them in the camps of Boyabu, Mole and Inke."],
  [("Primary health care in the Mole and Boyabu refugee camps", 318000),
   ("Secondary education for refugee adolescents", 147750),
   ("Livelihoods for host communities around the camps", 126000)],
  None),
 ("Nord-Ubangi", "title",
  ["Since the elections of December 2020 in the Central African Republic, about 60,000 new refugees have crossed the Ubangi to Gbadolite, Mobayi-Mbongo and Yakoma. Most are staying with host families who were already poor."],
  [("Emergency reception and registration of new refugees at Yakoma", 234000),
   ("Shelter and household items for 5,000 refugee families", 412500),
   ("Water trucking and latrines at the Mobayi-Mbongo reception site", 176000),
   ("Primary health care for refugees in Gbadolite", 198250)],
  ("drop", 2)),
]


def marker(kind, k):
    if kind == "1.": return f"{k + 1}."
    if kind == "a)": return f"{chr(97 + k)})"
    return kind


def build():
    d = Doc()
    d.add("DEMOCRATIC REPUBLIC OF THE CONGO")
    d.add("National NGO Humanitarian Appeal 2021")
    d.add(PUB)
    d.add("")
    d.para("The Network of Congolese Humanitarian NGOs brings together 64 national and local organisations working in 22 of the country's 26 provinces. This appeal lists the projects that our members will implement between March 2021 and February 2022, with the requirements of each in US dollars. Each province's chapter ends with the total for the province.")
    d.para("In 2020 our members assisted 1.9 million people. National NGOs received less than 4 per cent of the humanitarian funding for the country, although they reach most of the villages that international agencies cannot. All figures in this appeal are net of the contributions already confirmed.")
    d.add("")
    rows, marks = [], []
    for g, (name, hstyle, prose, items, err) in enumerate(P):
        d.add(name.upper() if hstyle == "caps" else name)
        d.add("")
        for p in prose:
            d.para(p)
        mk = MARKERS[g % len(MARKERS)]
        read = []
        shown = 0
        for i, (title, a) in enumerate(items):
            if err and err[0] == "drop" and err[1] == i:
                marks.append(f"{name}: item {title!r} USD {en(a)} removed, total still counts it")
                continue
            m = marker(mk, shown); shown += 1
            num, val = en(a), a
            pre = f"{D} USD "
            if err and err[1:2] == (i,):
                if err[0] == "swap": num, val = en(err[2]), err[2]
                if err[0] == "hyphen": pre = "- USD "
                if err[0] == "nocur": pre = f"{D} "
                if err[0] == "group": num = err[2]
            ind = " " * (len(m) + 1)
            ls = wrap(f"{m} {title} " + keep(pre + num), 80, "", ind)
            if len(ls) == 2 and ls[1].strip().startswith(pre.strip()):
                # never leave the amount alone on the second line: carry the title's last words
                head, last = ls[0].rsplit(" ", 1)
                if len(last) < 6: head, prev = head.rsplit(" ", 1); last = prev + " " + last
                ls = [head, ind + last + " " + ls[1].strip()]
            for l in ls:
                d.add(l)
            read.append(Dm(val))
            if err and err[1:2] == (i,) and err[0] != "drop":
                marks.append(f"{name}: {err[0]} at line {d.n}: {d.lines[-1]!r} ({len(ls)} line(s))")
        true = sum(a for _, a in items)
        dec = err[1] if err and err[0] == "total" else true
        d.add("")
        w = WORDINGS[g % len(WORDINGS)]
        dots = "." * (12 + (g // 6) * 5)
        d.add(w.format(p=name, n=en(dec), dots=dots))
        rows.append((d.n, name, read, Dm(dec)))
        d.add("")
        d.add("")
    d.add("COORDINATION")
    d.add("")
    d.para("Projects are coordinated through the provincial humanitarian clusters. The Network's secretariat will publish a funding update every quarter and a final report by April 2022. Donors who wish to fund a project directly may contact the secretariat, which will put them in touch with the member organisation concerned.")
    d.add(f"{PUB} {D} Kinshasa, February 2021")
    return d, rows, marks


if __name__ == "__main__":
    d, rows, marks = build()
    d.write("ngo-consortium.txt")
    write_tsv("ngo-consortium.sections.tsv", rows)
    print(f"ngo-consortium: {len(rows)} totals")
    report(rows, marks)
