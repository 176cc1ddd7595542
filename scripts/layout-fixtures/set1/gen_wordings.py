# Generator for wordings-markers.txt (national appeal, USD, varied total wordings and list markers).
import sys, json
sys.path.insert(0, "scripts/layout-fixtures/set1")
from common import *

D = "–"
S = [
 dict(region="EASTERN DEVELOPMENT REGION", name="Jhapa", marker="•", layout="inline",
  total="Total funding requirements for Jhapa – USD {a}", err=("sum-c", 1083750),
  prose=["Jhapa (population 688,000 at the 2001 census) received the first flood peak on 14 August, when the Kankai rose 2.3 metres above the danger mark in under six hours. The district disaster relief committee counted 6,812 displaced households, and roughly 40 per cent of them were still in collective centres at the end of September.",
         "In 2010 the committee received USD 1.2 million from the central relief fund, almost all of it spent on rice, lentils and tarpaulins. The projects below shift the emphasis to water, shelter and work."],
  items=[("Temporary shelter kits and household items for families displaced along the Kankai and Mechi rivers", 412000),
         ("Repair and disinfection of 180 hand pumps and tube wells in Damak and Birtamod", 236500),
         ("Cash-for-work desilting of irrigation canals in the southern village development committees", 318000),
         ("Psychosocial first aid and child-friendly spaces in six collective centres", 97250)]),
 dict(name="Morang", marker="◦", layout="inline", total="Total requirements: USD {a}",
  prose=["Morang is the most populous district of the east, and the Biratnagar industrial corridor draws many seasonal workers whose rented rooms were flooded. A total of 3,150 people were reached with cooked meals in the first week, mostly by ward volunteers working from the municipal office.",
         "Partners intend to move from relief to livelihood support by March 2011."],
  items=[("Livelihood grants for seasonal and daily-wage workers in the Biratnagar corridor", 540000),
         ("Emergency repair of the Singhiya embankment at four breach points", 385000),
         ("Mobile health clinics for diarrhoea and fever in the low-lying wards", 164800)]),
 dict(name="Sunsari", marker="▪", layout="inline", total="Total for Sunsari: USD {a}",
  prose=["The 2008 Koshi embankment breach is still fresh in Sunsari's memory, and many families who rebuilt after it lost their houses a second time this year. Some 1,450 hectares of paddy stood under water for more than ten days.",
         "The district plans for 2010-2012 already foresaw raising houses onto plinths; this appeal brings part of that work forward by a year."],
  items=[("Raised-plinth shelter reconstruction for 420 households in Shreepur and Haripur", 760000),
         ("Seed and fertiliser packages for the late winter crop", 212000),
         ("Rehabilitation of two flood-damaged health posts", 148500),
         ("Hygiene promotion and latrine repair in schools used as shelters", 86000)]),
 dict(name="Saptari", marker="-", layout="inline", total="TOTAL SAPTARI USD {a}",
  prose=["Saptari's southern border villages were cut off for nine days. The district chapter of the Red Cross, with 210 volunteers and four rubber boats, was for most of that time the only responder able to reach them."],
  items=[("Boats, life jackets and training for village search and rescue teams", 74500),
         ("Food assistance for 2,600 households until the next harvest", 498000),
         ("Restoration of village roads and culverts through cash-for-work", 263000)]),
 dict(name="Siraha", marker="*", layout="inline", total="Siraha total – USD {a}",
  prose=["In Siraha the floods fell hardest on Dalit and landless households living on river banks, where almost 70 per cent of the damaged houses were found. Partners have agreed to give these households priority in every project listed below, and to report on it separately."],
  items=[("Transitional shelters on safer land allocated by the district land committee", 455000),
         ("Protection monitoring and legal aid on land and citizenship documents", 118000),
         ("Nutrition screening and supplementary feeding for children under five", 207400),
         ("Community radio early warning – phase II", 64000)]),
 dict(region="CENTRAL DEVELOPMENT REGION", name="Dhanusha", marker="1.", layout="inline",
  total="Total .................................... USD {a}", err=("fmt-nocur", 1),
  prose=["Janakpur, the district headquarters, escaped the worst of the flooding, but 37 village development committees in the south reported damage. The municipality received USD 2 million in 2007 for drainage works that are still only half finished, and much of this year's standing water collected behind them.",
         "Total school enrolment in the southern VDCs fell by 14 per cent between August and October, according to the district education office."],
  items=[("Completion of storm drainage outlets in southern Janakpur", 620000),
         ("Water purification tablets, jerrycans and hygiene kits for 5,000 families", 143000),
         ("Emergency school repairs and learning materials for 28 schools", 231500),
         ("Support to the district emergency operations centre", 58000)]),
 dict(name="Mahottari", marker="a)", layout="inline", total="Total for Mahottari\tUSD {a}",
  prose=["Mahottari has no district-level warehouse, and relief goods were kept in the district development committee's meeting hall for six weeks. The projects below include a modest prepositioned stock for the 2011 monsoon."],
  items=[("Prepositioned relief stock for 1,500 households", 175000),
         ("Restoration of 12 km of irrigation channels", 296000),
         ("Vaccination of livestock against haemorrhagic septicaemia", 82300)]),
 dict(name="Sarlahi", marker="•", layout="tab", total="Total funding requirements for\nSarlahi – USD {a}",
  prose=["The Bagmati changed its course north of Malangwa, leaving two village development committees on the far side of the river. Families there now walk up to three hours to reach the nearest market, and the one health post has had no supplies since July."],
  items=[("Temporary ferry service and footbridge across the new Bagmati channel", 188000),
         ("Relocation support for households in Hariwan and Lalbandi", 342500),
         ("Seasonal food assistance for landless families", 267000),
         ("Mother and child health outreach in the two cut-off VDCs", 93600)]),
 dict(name="Rautahat", marker="◦", layout="next", total="Total Funding Requirements for Rautahat – USD {a}",
  err=("sum-a", 1, 168500),
  prose=["Gaur municipality flooded for the third year running. A total of 11,200 people used the municipal schools as shelter, some of them for more than a month, which kept about 4,000 pupils out of class until mid-October."],
  items=[("Return packages for families leaving the school shelters in Gaur", 214000),
         ("Rehabilitation of municipal schools used as shelters", 186500),
         ("Community-based flood early warning along the Bagmati and Lalbakaiya rivers", 121000),
         ("Cash grants for the repair of damaged houses", 405000)]),
 dict(name="Bara", marker="▪", layout="tab", total="total requirements: USD {a}",
  prose=["Bara reported less damage than its neighbours, and the projects here are mainly about protecting the gains of the 2010 harvest, which was 9 per cent above the five-year average."],
  items=[("Grain storage bins for smallholder farmers", 128000),
         ("Gabion embankment protection at Kalaiya", 310000),
         ("Farmer field schools on flood-tolerant rice varieties", 76500)]),
 dict(name="Parsa", marker="-", layout="inline", total="Total for Parsa: USD {a}",
  prose=["Birgunj is the country's main trade crossing with India, and its customs yard doubled as a relief hub during the emergency. Transport costs out of Birgunj rose by 35 per cent in September, and partners asked for a common service rather than separate contracts."],
  items=[("Logistics hub and common transport service for partners in Birgunj", 265000),
         ("Health and hygiene services for migrant workers returning from India", 139000),
         ("Water supply repair in the buffer-zone settlements of the Parsa wildlife reserve", 98000),
         ("Prevention of trafficking at the Birgunj border crossing", 156500)]),
 dict(name="Chitwan", marker="1.", layout="next", total="TOTAL CHITWAN USD {a}",
  prose=["Chitwan was struck by landslides rather than by floods: 23 slides along the Narayangadh–Mugling road blocked the main route to Kathmandu for eleven days, and fuel prices in the capital rose accordingly."],
  items=[("Slope stabilisation and bio-engineering at the five worst slide sites", 540000),
         ("Resettlement assistance for 96 households living on high-risk slopes", 288000),
         ("Emergency road clearance equipment for the district", 175000)]),
 dict(region="WESTERN DEVELOPMENT REGION", name="Nawalparasi", marker="*", layout="inline",
  total="Nawalparasi Total – USD {a}", err=("fmt-group", 1, "1,23,000"),
  prose=["The Narayani barrage held, but seepage flooded the low-lying wards of Sunwal and Triveni for almost three weeks. About 18 per cent of the district's wheat seed stock was lost, most of it stored in ground-floor rooms."],
  items=[("Replacement of wheat and lentil seed for 3,800 farming households", 246000),
         ("Drinking water systems for eight resettled hamlets", 123000),
         ("Seepage drainage works behind the Narayani barrage", 395000),
         ("Child protection desks in the district police office", 47500)]),
 dict(name="Rupandehi", marker="a)", layout="inline", total="TOTAL ................................. USD {a}",
  prose=["Rupandehi hosts the Bhairahawa customs point and the Lumbini pilgrimage area, and neither was seriously affected. The needs below concern the Tinau river villages, where 640 houses were damaged and the Butwal water intake was buried under gravel."],
  items=[("House repair grants for 640 households along the Tinau", 512000),
         ("Rehabilitation of the Tinau river intake for the Butwal water supply", 274000),
         ("Hygiene kits and water quality testing in the Tinau villages", 69800)]),
 dict(name="Kapilvastu", marker="•", layout="next", total="Total requirements for Kapilvastu\tUSD {a}",
  prose=["Kapilvastu's needs are shaped by the communal tension of recent years as much as by the floods. Partners will work through mixed committees in each village, as they did in the 2009 recovery programme, which reached 2,900 households without a single reported dispute over distributions."],
  items=[("Mixed-community committees for relief distribution and grievance handling", 58500),
         ("Shelter repair for 300 flood-affected households in Krishnanagar", 236000),
         ("School water points and latrines for 40 schools", 184000),
         ("Food assistance during the lean season", 320000)]),
 dict(region="MID-WESTERN DEVELOPMENT REGION", name="Dang", marker="◦", layout="inline",
  total="Total funding requirements for Dang\n– USD {a}", err=("sum-b", 2),
  prose=["Dang lies in the inner Terai and was hit by flash floods from the Rapti rather than by slow flooding. Eleven people died and 2,140 houses were damaged, most of them in Lamahi and Gadhawa, within a single night."],
  items=[("Reconstruction of flash-flood damaged houses in Lamahi and Gadhawa", 486000),
         ("Rapti river gauge stations and SMS warnings for 30 villages", 92000),
         ("Livelihood restoration for families who lost their livestock", 214500),
         ("Emergency repair of the Gadhawa health post", 77000)]),
 dict(name="Banke", marker="▪", layout="inline", total="Total funding requirements for Banke – USD {a}",
  prose=["Nepalgunj is the main hub of the Mid-West, and several projects listed here also serve the hill districts to the north. Airlifts of food to Humla and Dolpa, which had poor harvests, are not included: they appear in the separate food security appeal published in January."],
  items=[("Humanitarian staging area and warehouse at Nepalgunj", 225000),
         ("Flood-resilient housing pilot in Rapti Sonari", 310000),
         ("Cholera preparedness and treatment centre at the zonal hospital", 168000),
         ("Coordination support to the regional disaster relief committee", 44000)]),
 dict(name="Bardiya", marker="-", layout="tab", total="Total requirements: USD {a}",
  prose=["In Bardiya the Karnali overflowed onto the Rajapur island, home to about 90,000 people. The roads onto the island were under water for six weeks, and every delivery had to be made by boat."],
  items=[("Boats and boat operators for the Rajapur island", 118000),
         ("Raised community shelters (machans) in twelve villages", 264000),
         ("Food assistance for 3,200 households in Rajapur", 472500)]),
 dict(region="FAR-WESTERN DEVELOPMENT REGION", name="Kailali", marker="*", layout="next",
  total="Total for Kailali: USD {a}",
  prose=["Kailali recorded the largest number of displaced households in the Far-West, 4,870 at the peak. Many of them are former bonded labourers (kamaiya) still waiting for the land promised to them when the system was abolished in 2000."],
  items=[("Shelter and land-title support for freed kamaiya families", 398000),
         ("Safe drinking water in Tikapur and Lamki", 211000),
         ("Emergency education in temporary learning centres", 133500),
         ("Livestock feed and veterinary care", 86000)]),
 dict(name="Kanchanpur", marker="1.", layout="inline", total="TOTAL KANCHANPUR USD {a}",
  prose=["The Mahakali floods also struck villages across the border in India, and the district authorities met their Indian counterparts twice in September. Cross-border early warning is therefore the first priority below."],
  items=[("Cross-border flood early warning on the Mahakali", 105000),
         ("Repair of culverts on the Mahendranagar–Jogbudha road", 342000),
         ("Winter clothing and blankets for 2,000 displaced households", 96000)]),
 dict(name="Surkhet", marker="a)", layout="tab", total="Surkhet total – USD {a}",
  prose=["Surkhet was hit by landslides, not floods. Of the 58 slide sites counted by the district technical office, 19 threaten houses or schools and are treated as priorities."],
  items=[("Landslide risk mapping for the 19 priority sites", 64000),
         ("Relocation of two primary schools from slide-prone slopes", 276000),
         ("Cash-for-work terracing and drainage on affected slopes", 158000)]),
 dict(name="Dadeldhura", marker="•", layout="inline", total="Total .................................... USD {a}",
  err=("fmt-hyphen", 1),
  prose=["Dadeldhura is the smallest chapter of this appeal. The district has asked for support to its hill road corridor and to the Amargadhi hospital, which also serves patients from four neighbouring districts."],
  items=[("Emergency clearance of the Dadeldhura–Budar road", 132000),
         ("Surge capacity for the Amargadhi district hospital", 89500),
         ("Household food packages for slide-affected villages", 104000)]),
]

def marker_for(m, i):
    if m == "1.": return f"{i+1}."
    if m == "a)": return f"{chr(97+i)})"
    return m

def build():
    d = Doc()
    d.add("NEPAL")
    d.add("FLOODS AND LANDSLIDES RECOVERY APPEAL 2011")
    d.add("")
    d.add("Himalayan Relief Consortium")
    d.add("Kathmandu, February 2011")
    d.add("")
    d.add("")
    d.add("FOREWORD")
    d.add("")
    d.para("The 2010 monsoon was the heaviest the Terai has seen since 1993. Between July and September, floods and landslides affected 22 districts, killed 187 people and damaged or destroyed more than 31,000 houses. A total of 412,000 people received some form of relief in the first two months, but recovery has barely begun.")
    d.para("This appeal brings together the priority projects agreed by the district disaster relief committees and the members of the Himalayan Relief Consortium for the period January to December 2011. It covers 22 districts, grouped by development region. Each chapter describes the situation in the district and lists the projects with their requirements in US dollars, followed by the district's total. Projects already funded, and the 15 per cent of needs that the government expects to meet from its own budget, are not included.")
    d.para("Consortium members received USD 6.4 million for the emergency phase, about 58 per cent of what was asked for in the flash appeal of August 2010. We are grateful to every donor who responded, and we hope that the recovery phase will be funded as generously.")
    d.add("")
    for s in S:
        if "region" in s:
            d.add(""); d.add(s["region"]); d.add("")
        d.add(s["name"].upper()); d.add("")
        for p in s["prose"]:
            d.para(p)
        d.add("Priority projects"); d.add("")
        err = s.get("err")
        shown = 0
        s["item_lines"] = []
        for i, (t, a) in enumerate(s["items"]):
            if err and err[0] == "sum-b" and err[1] == i:
                continue
            m = marker_for(s["marker"], shown)
            shown += 1
            amt = f"{D} USD {en(a)}"
            if err and err[0] == "sum-a" and err[1] == i: amt = f"{D} USD {en(err[2])}"
            if err and err[0] == "fmt-hyphen" and err[1] == i: amt = f"- USD {en(a)}"
            if err and err[0] == "fmt-nocur" and err[1] == i: amt = f"{D} {en(a)}"
            if err and err[0] == "fmt-group" and err[1] == i: amt = f"{D} USD {err[2]}"
            ind = " " * (len(m) + 1)
            if s["layout"] == "inline":
                full = f"{m} {t} " + amt.replace(" ", "\u0001")
                ls = wrap(full, 88)
                ls = [ls[0]] + [ind + x for x in ls[1:]]
                for x in ls: d.add(x.replace("\u0001", " "))
            elif s["layout"] == "tab":
                d.add(f"{m} {t}\t{amt}")
            else:
                for x in wrap(f"{m} {t}", 88): d.add(x)
                d.add(amt)
            s["item_lines"].append(len(d.lines))
        d.add("")
        tot = sum(a for _, a in s["items"])
        s["true_total"] = tot
        printed = tot
        if err and err[0] == "sum-c": printed = err[1]
        s["declared"] = printed
        d.add(s["total"].format(a=en(printed)))
        s["total_line"] = len(d.lines)
        s["total_start"] = len(d.lines) - s["total"].count("\n")
        d.add(""); d.add("")
    d.add("COORDINATION AND MONITORING"); d.add("")
    d.para("The district disaster relief committees will chair monthly recovery meetings in each district, and the Consortium secretariat will publish a progress report every quarter. In the 2009 recovery programme, 83 per cent of planned outputs were reached within the year; the target for 2011 is 90 per cent.")
    d.para("Donors who wish to fund a project directly should contact the secretariat in Kathmandu, which will put them in touch with the implementing partner. Contributions in kind are welcome where they match the lists above; unsolicited goods cause storage costs that the districts cannot meet.")
    d.add("Himalayan Relief Consortium – Secretariat, Kathmandu")
    return d

if __name__ == "__main__":
    d = build()
    d.write("fixtures/layouts/wordings-markers.txt")
    meta = [dict(name=s["name"], items=s["items"], err=s.get("err"), total_line=s["total_line"],
                 total_start=s["total_start"], declared=s["declared"], true_total=s["true_total"],
                 item_lines=s["item_lines"]) for s in S]
    json.dump(meta, open("scripts/layout-fixtures/set1/wordings-markers.meta.json", "w"), indent=1)
    print(len(S), "sections")
