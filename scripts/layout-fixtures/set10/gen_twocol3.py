#!/usr/bin/env python3
"""Write fixtures/layouts/two-column-3/appeal.html: an invented two-column appeal,
"Central America: Hurricane Season Emergency Appeal 2025" (Cordillera Aid Federation), in Swiss
francs with English grouping ("CHF 1,234,500"), 23 departments under four country banners.

House form of an item: "• Title – CHF 123,400" (bullet, en dash, CHF, comma grouping).
House form of a total: "Total requirements for NAME: CHF n" (three sections: "Total for NAME: CHF n").

Injected errors (see two-column-3/README.md and the .expected files):
  sum:    Izabal (first section): one item printed with a wrong digit, the total counts the true figure;
          Matagalpa (middle, breaks across a page): one item removed, the total still counts it;
          San Miguel (last section): the total printed with two adjacent digits swapped.
  format: Quiché: an item with a hyphen "-" instead of the en dash;
          Jinotega: an item with no "CHF";
          La Libertad: an item amount with a letter O for a zero.
Run from the repository root; then run two-column-3/make.sh to print and extract.
"""
import os

OUT = os.path.join("fixtures", "layouts", "two-column-3")

NDASH = "\u2013"


def fmt(n):
    return "{:,}".format(n)


# Each section: name, paragraphs (list), items (title, amount, opts), total wording ("std"/"for"),
# injections.  In titles and prose, "^" marks a soft hyphen (&shy;).
# opts: "br" = the "– CHF n" goes alone on the next line.
PARTS = [
    ("Part I \u2014 Guatemala", [
        dict(name="Izabal", paras=[
            "Hurricane Teodora made landfall near Puerto Barrios on 9 September and pushed the Motagua "
            "and the Polochic over their banks for eleven days. The municipal civil protection office "
            "counts 61,400 people displaced, of whom 38 per cent are still in collective centres in "
            "schools and church halls.",
            "In 2024 the Federation received CHF 406,000 for this department, all of it spent on "
            "cash transfers and boats. The banana estates along the river lost about 70 per cent of "
            "their workforce housing, and the estate clinics have not reopened.",
        ], items=[
            ("Emergency shelter kits and tarpaulins for displaced families in Morales", 318400, ""),
            ("Multipurpose cash transfers for 2,100 households (three rounds)", 441600, "br"),
            ("Chlorination and water trucking for the collective centres of Los Amates", 96200, ""),
            ("Mobile health brigades on the lower Polochic", 127300, ""),
        ], total="std", inject=dict(wrong_digit=(1, 447600))),
        dict(name="Alta Verapaz", paras=[
            "Landslides on the Cobán\u2013Chisec road cut off 47 villages of the Q'eqchi' highlands for "
            "nearly three weeks. Municipal teams estimate that 22,900 people lost their cardamom and "
            "maize harvest, and that roughly one household in five sleeps with relatives.",
            "The Federation plans a monthly transfer of CHF 95 per household for four months, paid "
            "through the cooperative savings banks that already serve the area.",
        ], items=[
            ("Food and cash assistance for landslide-affected house^holds", 286900, ""),
            ("Reopening of footpaths and hanging bridges (cash for work)", 174350, ""),
            ("Seed and tool kits for the spring planting", 88700, ""),
        ], total="std"),
        dict(name="Petén", paras=[
            "Flash floods along the Pasión river reached Sayaxché and the settlements of the southern "
            "lowlands. Of the 14,600 people registered by the mayor's office, more than half live on "
            "river islands that can only be reached by launch, and the health post at La Libertad "
            "reports a rise in diarrhoeal disease of 44 per cent against the same month of 2024.",
        ], items=[
            ("River launches and fuel for distribution convoys", 73900, ""),
            ("Household water filters and hygiene kits", 119450, ""),
            ("Psychosocial support for children in the island communities", 54800, "br"),
        ], total="std"),
        dict(name="Quiché", paras=[
            "In the Ixil triangle the rain fell on soils already saturated by the August storms. "
            "About 9,800 people in Nebaj, Chajul and Cotzal lost their houses or had them declared "
            "unsafe by the engineers of the departmental co^ordi^na^tion.",
            "Last year's plan for Quiché, worth CHF 1.1 million, was funded at 62 per cent; the "
            "unfunded rehabilitation of the Chajul water system is carried over into this appeal.",
        ], items=[
            ("Transitional shelter for families whose houses were condemned", 392500, ""),
            ("Rehabilitation of the Chajul gravity water system", 213700, ""),
            ("Winter clothing and blankets for the high villages", 66850, ""),
            ("Community early warning committees in Cotzal", 41300, ""),
        ], total="std", inject=dict(hyphen=0)),
        dict(name="Huehuetenango", paras=[
            "The Cuchumatanes were spared the worst of the wind, but the Selegua valley flooded twice "
            "in three weeks. Some 12,300 people are affected, most of them small coffee farmers whose "
            "drying yards and wet mills were destroyed; the coffee board estimates losses at 18 per "
            "cent of the harvest.",
        ], items=[
            ("Cash grants to restore wet mills and drying yards", 248600, ""),
            ("Repair of irrigation intakes in the Selegua valley", 137250, ""),
        ], total="for"),
        dict(name="Escuintla", paras=[
            "On the Pacific slope the storm surge and the swollen Achiguate and Coyolate rivers "
            "flooded the sugar-cane belt and the fishing villages of Sipacate. The departmental "
            "health area has registered 17,450 people in temporary shelters.",
            "A per-family hygiene package costs CHF 64 at current prices; the Federation intends to "
            "buy locally through the Escuintla market traders' association.",
        ], items=[
            ("Hygiene packages and water containers for 6,000 families", 384000, ""),
            ("Boat and net replacement for artisanal fishers of Sipacate", 159900, ""),
            ("Vector control and dengue prevention in the shelters", 77650, ""),
            ("Emergency latrines at the Masagua and La Gomera sites", 92400, ""),
        ], total="std"),
    ]),
    ("Part II \u2014 Honduras", [
        dict(name="Cortés", paras=[
            "The Ulúa and Chamelecón rivers broke their levees north of San Pedro Sula, the third "
            "time in five years. The municipal emergency committee lists 83,200 people affected in "
            "La Lima, Choloma and Villanueva, and the industrial parks report that 29 per cent of "
            "their workers have not returned to work.",
            "The Federation's 2023 operation in the valley received CHF 1.8 million, largely from "
            "the same donors who are approached in this appeal.",
        ], items=[
            ("Collective centre management and non-food items in La Lima", 512300, ""),
            ("Desludging and cleaning of flooded neighbourhoods (cash for work)", 276450, "br"),
            ("Multipurpose cash for 3,400 households in Choloma", 654800, ""),
            ("Levee breach monitoring with the municipal fire brigade", 58900, ""),
        ], total="std"),
        dict(name="Atlántida", paras=[
            "La Ceiba and Tela were battered by winds of over 180 kilo^metres per hour. The electricity "
            "company restored power to 71 per cent of its customers within a week, but the Cangrejal "
            "valley remains cut off and 11,900 people there depend on helicopter drops.",
        ], items=[
            ("Roof repair kits for houses in La Ceiba and Tela", 233150, ""),
            ("Air and mule transport of relief goods to the Cangrejal valley", 187600, ""),
            ("Primary health care at the Jutiapa health centre", 69450, ""),
        ], total="std"),
        dict(name="Colón", paras=[
            "The Aguán valley took the full force of Teodora's second landfall on 12 September. Of "
            "the 56,700 people affected, 21,000 lost their houses, and the African palm cooperatives "
            "that employ four workers in ten in the valley have lost most of their processing plants.",
            "In 2024 the Federation spent CHF 287,000 in Colón on flood preparedness; the evacuation "
            "routes built then were used by about 9,000 people during this storm. The re^con^struc^tion "
            "of livelihoods will take longer than this appeal, and the Federation will seek a second "
            "phase in its 2026 plan.",
        ], items=[
            ("Emergency shelter and household kits in Tocoa and Trujillo", 421900, ""),
            ("Cash for work to clear irrigation canals of the palm co^op^er^atives", 308250, ""),
            ("Safe water for the Sonaguera and Saba settlements", 146700, ""),
            ("Protection and gender-based violence referral in the shelters", 83300, "br"),
            ("Replacement of school furniture and learning materials", 112600, ""),
        ], total="std"),
        dict(name="Gracias a Dios", paras=[
            "La Mosquitia is reachable only by air or by sea. The Miskito communities of the Patuca "
            "delta report that the storm surge salted 80 per cent of their cassava and rice plots. "
            "The regional health office counts 7,350 people without safe water.",
        ], items=[
            ("Sea freight of food and water purification supplies to Puerto Lempira", 264300, ""),
            ("Rainwater harvesting tanks for schools and health posts", 98750, ""),
            ("Rapid needs assessment flights along the Patuca", 37800, ""),
        ], total="std"),
        dict(name="Yoro", paras=[
            "Inland, the Aguán and its tributaries rose overnight in Olanchito and Sulaco. Some "
            "16,800 people are affected; the departmental authorities have asked the Federation to "
            "cover the water and sanitation needs of the six shelters it has opened.",
            "Cash transfers of CHF 110 per household per month are planned, aligned with the "
            "national social protection rate.",
        ], items=[
            ("Water, sanitation and hygiene in six official shelters", 157350, ""),
            ("Multipurpose cash transfers in Olanchito and Sulaco", 291800, ""),
            ("Restocking of backyard poultry for women-headed households", 47250, ""),
        ], total="for"),
        dict(name="Santa Bárbara", paras=[
            "Dozens of landslides struck the mountain municipalities around Lake Yojoa. The "
            "departmental commission reports 4,950 families with damaged houses and the closure of "
            "19 rural schools, some of them used since as shelters.",
        ], items=[
            ("Repair of rural schools used as shelters", 174900, ""),
            ("Slope stabilisation and drainage works around Lake Yojoa", 203650, ""),
            ("Shelter repair vouchers for families with damaged houses", 318100, ""),
            ("Community health volunteers' kits", 29450, ""),
        ], total="std"),
    ]),
    ("Part III \u2014 Nicaragua", [
        dict(name="Costa Caribe Norte", paras=[
            "Bilwi (Puerto Cabezas) was in the eye of Hurricane Teodora for almost two hours. The "
            "regional government estimates that 94,000 people are affected and that 68 per cent of the "
            "houses in the coastal communities have lost their roofs.",
            "Indigenous territorial governments along the Wangki river will co-manage the "
            "distributions, as they did in 2020, when the Federation received CHF 2.3 million for the "
            "region.",
        ], items=[
            ("Roofing sheets, tools and nails for coastal communities", 608700, ""),
            ("Food assistance for the Wangki river communities", 447350, ""),
            ("Repair of the Bilwi regional hospital's water system", 139850, "br"),
            ("Restoration of community radios for early warning", 51400, ""),
        ], total="std"),
        dict(name="Costa Caribe Sur", paras=[
            "Further south, Bluefields and the Pearl Lagoon basin suffered wind damage and river "
            "flooding. About 23,700 people are affected; the lagoon fishers, who lost 150 boats, "
            "are the group most in need.",
        ], items=[
            ("Boat and engine repair for Pearl Lagoon fishers", 226850, ""),
            ("Hygiene and kitchen kits for families in Bluefields", 134200, ""),
            ("Water point disinfection in the Kukra Hill communities", 61950, ""),
        ], total="std"),
        dict(name="Jinotega", paras=[
            "In the coffee highlands of Jinotega the rain caused more damage than the wind: 3,100 "
            "hectares of coffee and basic grains were lost to landslides and flooding on the Tuma "
            "river. Households here received CHF 420,000 from the Federation in 2022, mostly for "
            "seed and livelihood re^establishment.",
        ], items=[
            ("Livelihood recovery grants for coffee and grain smallholders", 285400, ""),
            ("Repair of rural water systems in El Cuá and San José de Bocay", 118950, ""),
            ("Mental health and psychosocial first aid for affected families", 43650, ""),
        ], total="std", inject=dict(nocur=1)),
        dict(name="Matagalpa", paras=[
            "The Río Grande de Matagalpa flooded the lowland muni^ci^pali^ties of Río Blanco and "
            "Matiguás. The municipal authorities have registered 19,250 people, of whom 41 per cent are "
            "children under fifteen.",
            "The Federation proposes a monthly food ration valued at CHF 72 per household, to be "
            "replaced by cash once the markets of Río Blanco are supplied again.",
        ], items=[
            ("Food rations for three months in Río Blanco and Matiguás", 331650, ""),
            ("Temporary learning spaces and school kits", 95300, ""),
            ("Cash for work to rebuild rural access roads", 162450, ""),
            ("Household water filters for the Matiguás shelters", 71850, ""),
        ], total="for", inject=dict(remove=1)),
        dict(name="Nueva Segovia", paras=[
            "The pine forests on the Honduran border lost thousands of trees to the wind, blocking "
            "roads to 28 communities. About 6,900 people were isolated for up to ten days; the "
            "municipal emergency committees of Jalapa and Murra cleared the roads with hand tools.",
        ], items=[
            ("Chainsaws, tools and fuel for community road clearing", 57850, ""),
            ("Shelter repair kits for families in Jalapa and Murra", 146300, ""),
        ], total="std"),
        dict(name="Chinandega", paras=[
            "On the Pacific coast the estuaries of the Gulf of Fonseca flooded the shrimp farms and "
            "the salt pans of El Viejo and Puerto Morazán. The departmental health office reports "
            "13,650 people affected and 38 confirmed cases of leptospirosis.",
            "Last year's pledge of CHF 0.9 million for the department arrived only in March; this "
            "appeal asks donors for early and flexible contributions.",
        ], items=[
            ("Leptospirosis prevention and case management support", 88150, ""),
            ("Cash grants to restore shrimp ponds and salt pans", 264950, "br"),
            ("Water, sanitation and hygiene in the estuary com^mu^ni^ties", 173800, ""),
            ("Community disaster response teams in Puerto Morazán", 39600, ""),
        ], total="std"),
    ]),
    ("Part IV \u2014 El Salvador", [
        dict(name="La Libertad", paras=[
            "The coastal highway between La Libertad port and El Tunco was cut by landslides at seven "
            "points. The civil protection directorate lists 21,300 people affected, many of them "
            "fishers and tourism workers who have been without income since the storm.",
            "In 2023 the Federation received CHF 356,000 for coastal pre^pared^ness here; the shelters "
            "built then housed about 2,800 people in September.",
        ], items=[
            ("Temporary income support for fishers and tourism workers", 298600, ""),
            ("Rehabilitation of the coastal shelters built in 2023", 205700, ""),
            ("Water trucking and storage tanks for hillside communities", 117350, ""),
        ], total="std", inject=dict(letter_o=1)),
        dict(name="San Salvador", paras=[
            "In the capital, the storm caused flash floods in the ravines of Soyapango, Ilopango and "
            "Apopa, where informal settlements have grown on the slopes. The municipal authorities "
            "have evacuated 8,450 people; 15 per cent of them are elderly people living alone.",
        ], items=[
            ("Rental subsidies for families evacuated from the ravines", 276300, ""),
            ("Household kits and bedding for evacuated families", 98400, ""),
            ("Outreach to elderly people living alone (volunteer teams)", 34950, ""),
        ], total="std"),
        dict(name="Usulután", paras=[
            "The lower Lempa river flooded the Bajo Lempa communities, where the Federation has "
            "worked since 1998. About 27,600 people are affected and 6,400 hectares of maize, "
            "sesame and beans are under water.",
            "A seed package costs about CHF 58 per household; the cooperatives of the Bajo Lempa "
            "will propose the varieties.",
        ], items=[
            ("Seed and fertiliser packages for the second planting", 371200, ""),
            ("Rehabilitation of the Bajo Lempa flood warning network", 82650, ""),
            ("Emergency food assistance during the lean months", 247900, ""),
            ("Restocking of livestock feed for dairy cooperatives", 63150, ""),
        ], total="std"),
        dict(name="La Paz", paras=[
            "The Jiboa river and the coastal estuaries of La Paz flooded Zacatecoluca's lowland "
            "cantons. Some 11,450 people are affected; 23 per cent of the wells sampled by the "
            "health unit are contaminated.",
        ], items=[
            ("Well cleaning and household water treatment", 109350, ""),
            ("Shelter repair vouchers for lowland cantons", 186750, ""),
        ], total="std"),
        dict(name="San Miguel", paras=[
            "The Río Grande de San Miguel and the Olomega lagoon rose above the 2020 flood marks. "
            "The departmental civil protection commission counts 32,800 people affected in Chirilagua, "
            "El Tránsito and San Miguel city, and 54 per cent of the temporary shelters lack "
            "adequate latrines.",
            "The Federation will work with the municipal committees of the lagoon communities, which "
            "received CHF 190,000 from it in 2021 for preparedness.",
        ], items=[
            ("Latrines and handwashing points in temporary shelters", 143850, ""),
            ("Multipurpose cash for flooded households around the Olomega lagoon", 362400, "br"),
            ("Small boat fleet for evacuation and distribution", 76250, ""),
            ("Restoration of rural health posts in Chirilagua", 128700, ""),
        ], total="std", inject=dict(swap_total=True)),
    ]),
]


def shy(s):
    return s.replace("^", "&shy;")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def swap_two(n):
    """Swap two adjacent differing digits of n (the first such pair from the left after the lead)."""
    d = list(str(n))
    for i in range(1, len(d) - 1):
        if d[i] != d[i + 1]:
            d[i], d[i + 1] = d[i + 1], d[i]
            return int("".join(d))
    raise ValueError(n)


def letter_o(n):
    s = fmt(n)
    i = s.index("0")
    return s[:i] + "O" + s[i + 1:]


def section_html(sec):
    out = ['<section class="district">', '<h3>%s</h3>' % esc(sec["name"])]
    for p in sec["paras"]:
        out.append("<p>%s</p>" % shy(esc(p)))
    inj = sec.get("inject", {})
    true_sum = sum(a for _, a, _ in sec["items"])
    for i, (title, amt, opts) in enumerate(sec["items"]):
        if inj.get("remove") == i:
            continue
        dash = NDASH
        cur = "CHF "
        figure = fmt(amt)
        if "wrong_digit" in inj and inj["wrong_digit"][0] == i:
            figure = fmt(inj["wrong_digit"][1])
        if inj.get("hyphen") == i:
            dash = "-"
        if inj.get("nocur") == i:
            cur = ""
        if inj.get("letter_o") == i:
            figure = letter_o(amt)
        amount = '<span class="amt">%s %s%s</span>' % (dash, cur, figure)
        sep = "<br>" if "br" in opts else " "
        out.append('<p class="item">\u2022 %s%s%s</p>' % (shy(esc(title)), sep, amount))
    declared = true_sum
    if inj.get("swap_total"):
        declared = swap_two(true_sum)
    if sec["total"] == "std":
        label = "Total requirements for %s:" % esc(sec["name"])
    else:
        label = "Total for %s:" % esc(sec["name"])
    out.append('<p class="total">%s <span class="amt">CHF %s</span></p>' % (label, fmt(declared)))
    out.append("</section>")
    return "\n".join(out)


CSS = """
@page {
  size: A4;
  margin: 21mm 16mm 19mm 18mm;
  @top-left { content: "Cordillera Aid Federation"; font: italic 8pt 'DejaVu Serif', serif; color: #333; }
  @top-right { content: "Central America \\2014  Hurricane Season Emergency Appeal 2025"; font: italic 8pt 'DejaVu Serif', serif; color: #333; }
  @bottom-left { content: "Appeal CAF-HUR-25 \\00B7  issued in Geneva"; font: 7.5pt 'DejaVu Sans', sans-serif; color: #555; }
  @bottom-right { content: "page " counter(page) " of " counter(pages); font: 7.5pt 'DejaVu Sans', sans-serif; }
}
html { font-family: 'Liberation Serif', serif; font-size: 10.2pt; line-height: 1.28; }
body { margin: 0; }
.cols { column-count: 2; column-gap: 11mm; column-fill: auto; }
h1 { column-span: all; font: bold 17pt 'Liberation Sans', sans-serif; margin: 0 0 2mm 0; }
p.lede { column-span: all; font-style: italic; margin: 0 0 4mm 0; }
h2.part { column-span: all; font: bold 12.5pt 'Liberation Sans', sans-serif; text-transform: uppercase;
  letter-spacing: 0.06em; border-top: 1.2pt solid #000; border-bottom: 0.6pt solid #000;
  padding: 1.2mm 0; margin: 4mm 0 3mm 0; }
h3 { font: bold 10.8pt 'Liberation Sans', sans-serif; margin: 3.2mm 0 1mm 0; break-after: avoid; }
p { margin: 0 0 1.6mm 0; text-align: left; }
p.item { margin: 0 0 0.8mm 0; padding-left: 1.1em; text-indent: -1.1em; }
p.total { font-weight: bold; margin: 1.2mm 0 2.5mm 0; }
span.amt { white-space: nowrap; }
"""


def main():
    parts = []
    for title, secs in PARTS:
        parts.append('<h2 class="part">%s</h2>' % esc(title))
        for s in secs:
            parts.append(section_html(s))
    html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Central America: Hurricane Season Emergency Appeal 2025</title>
<style>%s</style>
</head>
<body>
<div class="cols">
<h1>Central America: Hurricane Season Emergency Appeal 2025</h1>
<p class="lede">Cordillera Aid Federation \u00b7 Geneva, 6 October 2025 \u00b7 covering Hurricane Teodora and
Tropical Storm Ulises in Guatemala, Honduras, Nicaragua and El Salvador</p>
<p>Between 2 and 19 September 2025 Hurricane Teodora and Tropical Storm Ulises crossed the isthmus
from the Caribbean to the Pacific. National authorities estimate that 1.4 million people were affected
and that 212,000 remain displaced. This appeal presents the Federation's requirements for 23
departments and regions, grouped by country. Each department lists its projects with the amount
sought in Swiss francs, followed by the department's requirements. Figures quoted in the
narrative (people affected, funds received in earlier years, pledges and per-household rates) are
context only.</p>
<p>The Federation seeks about CHF 17 million for six months of relief and early recovery. Contributions
may be earmarked to a country or department; unearmarked funds are allocated by the regional
office in Panama according to the severity index of the national dis&shy;aster management agencies.</p>
%s
<p class="sign">Cordillera Aid Federation \u2014 Americas Regional Office, Panama City</p>
</div>
</body>
</html>
""" % (CSS, "\n".join(parts))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "appeal.html"), "w", encoding="utf-8") as f:
        f.write(html)
    n = sum(len(s) for _, s in PARTS)
    print("wrote %s/appeal.html: %d sections" % (OUT, n))


if __name__ == "__main__":
    main()
