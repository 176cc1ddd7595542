# Generator for project-table.txt (OCHA-style CAP, per-country project tables, bare US$ figures).
import sys, json
sys.path.insert(0, "scripts/layout-fixtures/set1")
from common import *

C = [
 dict(name="Kenya", iso="KEN", prose=[
   "The failure of the short rains in late 2010 left pastoral areas of the north and north-east with the lowest pasture conditions since 2000. The Kenya Food Security Steering Group estimates that 2.4 million people will need food assistance until at least August 2011, up from 1.6 million a year earlier.",
   "Dadaab, built for 90,000 refugees, now holds more than 300,000, and new arrivals from Somalia averaged 6,000 a month in the first quarter. Partners in Kenya received USD 3 million in 2010 under the emergency response fund; the projects below are the priorities for 2011."],
  clusters=[
   ("HEALTH", "H", [("38501", "Emergency primary health care for drought-affected pastoralists in Turkana and Marsabit", "WHO", 1245000),
                    ("38517", "Measles and polio campaign in Dadaab camps and host communities", "UNICEF", 862400),
                    ("38529", "Mobile clinics for North Eastern Province", "NFHT", 418750)]),
   ("WATER, SANITATION AND HYGIENE", "WS", [("38544", "Water trucking and borehole repair in Wajir and Mandera", "UNICEF", 1530000),
                    ("38552", "Sanitation and hygiene promotion in the Dadaab extension camps", "ALWI", 674200)]),
   ("FOOD SECURITY AND LIVELIHOODS", "F", [("38560", "General food distribution for drought-affected households in the arid districts", "WFP", 4280000),
                    ("38571", "Livestock off-take and restocking for pastoralists", "FAO", 936500),
                    ("38583", "Cash transfers for poor households in Nairobi informal settlements", "USNP", 512000)])],
  err=("sum-a", 0, 0, 1254000)),
 dict(name="Somalia", iso="SOM", prose=[
   "Fighting in Mogadishu displaced a further 120,000 people in the first half of 2011, and the nutrition situation in the south is the worst recorded since the 1992 famine. Global acute malnutrition rates above 25 per cent were measured in Bay and Bakool in May.",
   "Access remains the main constraint. Partners working through local organisations expect to reach around 60 per cent of the people in need in 2011-2012, against 45 per cent last year."],
  clusters=[
   ("NUTRITION", "N", [("40112", "Outpatient therapeutic programmes for severely malnourished children in south-central Somalia", "UNICEF", 2870000),
                      ("40126", "Nutrition surveillance and screening in Puntland and Somaliland", "SNMU", 648250),
                      ("40131", "Micronutrient supplementation for pregnant and lactating women", "GWHN", 395000)]),
   ("PROTECTION", "P-HR-RL", [("40145", "Protection monitoring of IDP movements along the Afgooye corridor", "UNHCR", 1120000),
                      ("40158", "Prevention of and response to gender-based violence in IDP settlements", "UNFPA", 780300)]),
   ("SHELTER AND NON-FOOD ITEMS", "S-NF", [("40163", "Emergency shelter and household items for newly displaced families", "UNHCR", 2350000),
                      ("40177", "Transitional shelter for returnees to Lower Shabelle", "SSA", 965000),
                      ("40184", "Fire-safe shelter upgrades in Bosaso settlements", "BRC", 287600)])],
  err=("fmt-group", 0, 1, "6,48,250")),
 dict(name="Ethiopia", iso="ETH", prose=[
   "The Government's humanitarian requirements document of February 2011 put the number of people needing relief food at 2.8 million, concentrated in the lowlands of Somali, Oromia and Afar regions. The belg rains were 30 to 40 per cent below average in much of the south.",
   "The projects below complement the Government's own response and the Productive Safety Net Programme, which covers 7.6 million people and is not part of this appeal."],
  clusters=[
   ("AGRICULTURE", "A", [("41203", "Emergency seed distribution for belg-dependent farmers in SNNPR", "FAO", 1760000),
                        ("41219", "Animal health and feed for pastoralists in Somali Region", "EPSA", 842000)]),
   ("HEALTH", "H", [("41225", "Acute watery diarrhoea preparedness and response", "WHO", 1395000),
                    ("41238", "Emergency reproductive health services in drought-affected woredas", "UNFPA", 610500),
                    ("41240", "Malaria control in the Gambella refugee-hosting areas", "GCHA", 447800)]),
   ("EDUCATION", "E", [("41252", "Temporary learning spaces for pastoralist children in Afar", "UNICEF", 728000),
                       ("41267", "School feeding in food-insecure woredas of Tigray and Amhara", "WFP", 1184000),
                       ("41271", "Teacher training on education in emergencies", "ALT", 236400)])],
  err=("sum-b", 2, 1)),
 dict(name="Djibouti", iso="DJI", prose=[
   "Djibouti has had five consecutive years of below-average rainfall, and an estimated 120,000 people in rural areas, about half of the rural population, depend on external assistance. Food prices in Djibouti-ville rose by 22 per cent between June 2010 and June 2011.",
   "The country is also a transit route for migrants from Ethiopia and Somalia heading for Yemen; more than 2,500 crossed from Obock in March alone."],
  clusters=[
   ("FOOD SECURITY", "F", [("42305", "Food assistance for rural households affected by drought", "WFP", 1420000),
                          ("42318", "Fodder and water points for livestock in the Ali Sabieh region", "FAO", 385500)]),
   ("WATER, SANITATION AND HYGIENE", "WS", [("42322", "Rehabilitation of traditional cisterns in the south-west", "UNICEF", 540000),
                          ("42336", "Water and sanitation in Ali Addeh refugee camp", "UNHCR", 612750)]),
   ("HEALTH AND NUTRITION", "H", [("42341", "Screening and treatment of acute malnutrition in the suburbs of Djibouti-ville", "UNICEF", 498000),
                          ("42353", "Health services for migrants in transit at Obock", "IOM", 276300)])]),
 dict(name="Uganda", iso="UGA", prose=[
   "More than 90 per cent of the 1.8 million people once displaced in the north have left the camps, and the humanitarian phase there is coming to an end. The remaining needs are in return areas, where schools, water points and roads were never rebuilt, and in Karamoja, where three poor harvests in a row have eroded household reserves.",
   "This is expected to be the last consolidated appeal for Uganda; from 2012 the projects below will pass to the Peace, Recovery and Development Plan for 2010-2013."],
  clusters=[
   ("PROTECTION", "P-HR-RL", [("43410", "Return monitoring and land dispute mediation in the Acholi sub-region", "UNHCR", 1036000),
                             ("43424", "Child protection in former IDP camps in Pader and Kitgum", "UNICEF", 524500)]),
   ("EDUCATION", "E", [("43431", "Classroom reconstruction in return areas of northern Uganda", "UNICEF", 890000),
                       ("43445", "Accelerated learning for over-age children in Karamoja", "KEP", 347250)]),
   ("EARLY RECOVERY", "ER", [("43452", "Restoration of community infrastructure in return villages", "UNDP", 1480000),
                             ("43466", "Livelihood support for formerly abducted youth", "GYRN", 412600),
                             ("43470", "Mine action and clearance of unexploded ordnance in Lira and Amuru", "NUDI", 655000)])],
  err=("sum-c-country", 5435350)),
 dict(name="Burundi", iso="BDI", prose=[
   "About 36,000 Burundian refugees still in Mtabila camp in Tanzania are expected to return before the camp closes, most of them to Makamba and Rutana provinces, where land is already scarce. Returnees in 2010 received a three-month food ration; partners propose six months in 2011.",
   "Heavy rains in February destroyed or damaged 1,900 houses in the northern quarters of Bujumbura."],
  clusters=[
   ("HEALTH", "H", [("44508", "Cholera preparedness along Lake Tanganyika", "WHO", 462000),
                    ("44513", "Health care for returnees from Tanzania in Makamba and Rutana", "MHI", 705000)]),
   ("FOOD SECURITY", "F", [("44527", "Return packages for refugees repatriated from Mtabila camp", "WFP", 1850000),
                           ("44530", "Seeds and tools for returnee and host families", "FAO", 694200)]),
   ("SHELTER AND NON-FOOD ITEMS", "S-NF", [("44546", "Shelter kits for returnee families without land", "UNHCR", 1215000),
                           ("44559", "Repair of houses damaged by the February floods in Bujumbura", "BSC", 318400)])],
  err=("fmt-stray", 0, 1, "7O5,000")),
 dict(name="United Republic of Tanzania", short="Tanzania", iso="TZA", prose=[
   "Tanzania hosts about 100,000 refugees from Burundi and the Democratic Republic of the Congo in Kigoma region, most of them in Nyarugusu camp. In 2010 the Government granted citizenship to 162,000 former Burundian refugees from the 1972 caseload, who are now being relocated from the old settlements.",
   "Host villages around the camps report that 1 in 4 wells has failed since 2009, and partners have agreed to share water projects between camps and villages."],
  clusters=[
   ("PROTECTION", "P-HR-RL", [("45601", "Registration and status determination for the residual caseload in Mtabila", "UNHCR", 870000),
                             ("45614", "Legal aid for newly naturalised Tanzanians in the old settlements", "TLAT", 329500)]),
   ("WATER, SANITATION AND HYGIENE", "WS", [("45622", "Water supply maintenance in Nyarugusu camp", "UNHCR", 1064000),
                             ("45638", "Hygiene promotion and latrine construction in Kigoma host villages", "UNICEF", 418300)]),
   ("NUTRITION", "N", [("45645", "Supplementary feeding for refugee children under five", "WFP", 735000),
                       ("45657", "Nutrition screening in Kasulu and Kibondo districts", "KNA", 214800)])],
  err=("fmt-label", 0, "Sub-totl")),
]
GRAND_PRINTED = 45172800  # sum of printed country totals is 45,122,800: one digit wrong

W_CODE, W_TITLE, W_AG, W_AMT = 22, 48, 10, 18

def row(code, title, ag, amt):
    return f"{code:<{W_CODE}}{title:<{W_TITLE}}{ag:<{W_AG}}{amt:>{W_AMT}}".rstrip()

def trow(label, amt):
    w = W_CODE + W_TITLE + W_AG
    return f"{label:<{w}}{amt:>{W_AMT}}"

def build(grand_printed=None):
    d = Doc()
    d.add("EASTERN AFRICA")
    d.add("CONSOLIDATED APPEAL 2011")
    d.add("MID-YEAR REVIEW")
    d.add("")
    d.add("Prepared by the Inter-Agency Coordination Office for Eastern Africa, Nairobi")
    d.add("July 2011")
    d.add("")
    d.add("")
    d.add("1. INTRODUCTION")
    d.add("")
    d.para("This mid-year review covers seven countries of Eastern Africa and the Great Lakes. Since January, humanitarian needs have grown sharply in the Horn, where the worst drought in sixty years now affects about 11 million people, while the situation in Uganda and Burundi continues to move from relief towards recovery.")
    d.para("The original appeal, launched in November 2010, was 38 per cent funded at the end of June. Agencies have revised every project: 41 projects were closed or merged, and 17 new projects were added. The tables in this document list the revised projects for each country, grouped by cluster, with the revised requirements in US dollars. Project codes follow the standard format (country, year, cluster, number).")
    d.para("Figures in the tables are in US dollars, rounded to the nearest dollar. Acronyms of implementing partners are explained in the annex published separately.")
    d.add("")
    ci = 0
    for c in C:
        ci += 1
        short = c.get("short", c["name"])
        err = c.get("err")
        d.add(f"{ci + 1}. {c['name'].upper()}")
        d.add("")
        for p in c["prose"]:
            d.para(p)
        d.add(f"Table {ci}. {c['name']}: projects by cluster")
        d.add("")
        d.add(row("Code", "Project title", "Agency", "Requirements (US$)"))
        d.add("-" * (W_CODE + W_TITLE + W_AG + W_AMT))
        c["subs"] = []
        for k, (cl, sec, rows) in enumerate(c["clusters"]):
            d.add(cl)
            shown = []
            for j, (no, title, ag, amt) in enumerate(rows):
                if err and err[0] == "sum-b" and err[1] == k and err[2] == j:
                    continue
                code = f"{c['iso']}-11/{sec}/{no}"
                txt = en(amt)
                if err and err[0] == "sum-a" and err[1] == k and err[2] == j: txt = en(err[3])
                if err and err[0] in ("fmt-group", "fmt-stray") and err[1] == k and err[2] == j: txt = err[3]
                tl = wrap(title, W_TITLE - 2)
                d.add(row(code, tl[0], ag, txt))
                line = len(d.lines)
                for extra in tl[1:]:
                    d.add(" " * W_CODE + extra)
                shown.append(dict(code=code, title=title, amount=amt, printed=txt, line=line))
            sub = sum(r[3] for r in rows)
            label = f"Sub-total {cl.title()}".replace("And", "and").replace("Non-Food", "Non-food")
            if err and err[0] == "fmt-label" and err[1] == k:
                label = label.replace("Sub-total", err[2])
            d.add(trow(label, en(sub)))
            c["subs"].append(dict(name=label, line=len(d.lines), declared=sub, rows=shown))
            d.add("")
        ctot = sum(s["declared"] for s in c["subs"])
        c["true_total"] = ctot
        printed = err[1] if err and err[0] == "sum-c-country" else ctot
        c["declared"] = printed
        d.add(trow(f"Total {short}", en(printed)))
        c["total_line"] = len(d.lines)
        d.add("")
        d.add("")
    gsum = sum(c["declared"] for c in C)
    gp = grand_printed if grand_printed is not None else gsum
    d.add(f"{ci + 2}. ALL COUNTRIES")
    d.add("")
    d.para("The grand total below is the sum of the seven country totals above. Requirements for the regional coordination and logistics projects, about USD 4 million, are presented in the regional chapter and are not included.")
    d.add(row("", "", "", "Requirements (US$)"))
    d.add("-" * (W_CODE + W_TITLE + W_AG + W_AMT))
    d.add(trow("Grand Total", en(gp)))
    grand = dict(line=len(d.lines), declared=gp, listed=gsum)
    d.add("")
    d.add("")
    d.para("The next review of these projects is planned for November 2011, when the 2012 appeal is launched.")
    return d, grand

if __name__ == "__main__":
    d, grand = build()
    print("grand sum of printed country totals", grand["listed"])
    d, grand = build(GRAND_PRINTED)
    d.write("fixtures/layouts/project-table.txt")
    meta = dict(countries=[dict(name=c["name"], total_line=c["total_line"], declared=c["declared"],
                 true_total=c["true_total"], subs=c["subs"]) for c in C], grand=grand)
    json.dump(meta, open("scripts/layout-fixtures/set1/project-table.meta.json", "w"), indent=1)
