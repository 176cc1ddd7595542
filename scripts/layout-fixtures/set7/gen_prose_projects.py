#!/usr/bin/env python3
"""Generate fixtures/layouts/blind7/prose-projects.txt (blind layout document, set 7).

"Andean Region Migration Response 2018", invented publisher: the Andean Mobility Relief
Alliance (AMRA). USD, English format. Projects are stated inside sentences of each section's
prose ("... requires USD n.", "A further USD n is needed ...", "... will cost USD n.",
"AMRA seeks USD n for ..."); three sections list "• Title – USD n" bullets instead. Each
section closes with "Total funding requirements for NAME – USD n".

Markers in the prose below:
  {P n}        a project amount (counted), printed "USD n" in English format
  {PL n}       a project amount printed with lakh grouping (format error, counted as n)
  {PS n}       a project amount printed with a space slip "USD 312 ,500" (format error)
  {PX n|m}     a project amount n printed as m (sum error: total keeps n)
  [[DROP ...]] a project sentence removed from the text (sum error: total keeps its amount)
Every other "USD" figure in the prose is written literally and is not a project.

Run from the repository root:  python3 scripts/layout-fixtures/set7/gen_prose_projects.py
"""
import os
import re
import textwrap

OUT = os.path.join("fixtures", "layouts", "blind7", "prose-projects.txt")
WIDTH = 90
NBSP = "\u00a0"

HEADER = [
    "ANDEAN REGION MIGRATION RESPONSE 2018",
    "Funding Appeal, January to December 2018",
    "Andean Mobility Relief Alliance (AMRA), Regional Office, Quito",
    "",
    "All amounts are in United States dollars (USD).",
    "",
]

INTRO = [
    "By the end of 2017 an estimated 1.6 million people had left Venezuela for the countries of "
    "the Andean region, and arrivals at the main crossings more than doubled between July and "
    "December. In 2017 the Alliance and its partners received USD 9.6 million for the response, "
    "of which 84 per cent was spent at the border crossings and along the Panamericana.",
    "This appeal sets out the projects of the Alliance and its partners for 2018 in 24 "
    "departments, provinces and regions of Colombia, Ecuador, Peru, Bolivia and Chile. The "
    "projects of each area are described in its text, and each section closes with the total "
    "funding requirements for that area. Figures for people are estimates from national "
    "authorities as of December 2017.",
]

# (name, kind, paragraphs or (paragraphs, bullets), total override)
SECTIONS = [
    ("La Guajira", [
        "La Guajira receives most of the people who cross from Zulia state on foot through the "
        "informal crossings around Paraguachón and Maicao. Some 38,000 people were registered in "
        "the department by December 2017, 61 per cent of them women and children. In 2017 AMRA "
        "received USD 1.1 million for La Guajira and spent USD 740,000 of it on emergency shelter.",
        "The registration of new arrivals at Paraguachón and in Maicao requires {PX 236500|263500}. "
        "Emergency shelter in two transit centres for 1,200 people a night will cost {P 418000}. "
        "A further {P 157000} is needed to truck water to the Wayuu settlements that host new "
        "arrivals, where the daily supply stands at 9 litres per person. AMRA seeks {P 94500} for "
        "the referral of unaccompanied children to the Colombian Family Welfare Institute.",
    ], None, None),
    ("Norte de Santander", [
        "Cúcuta and Villa del Rosario, at the Simón Bolívar and Francisco de Paula Santander "
        "bridges, see up to 35,000 crossings a day, most of them by people who return to "
        "Venezuela the same day. The border mobility card issued since February 2017 is held by "
        "more than 1.3 million people.",
        "Hot meals at the Villa del Rosario soup kitchen, at a cost of USD 1.50 a day per person, "
        "reached 2,000 people a day in late 2017. Keeping the kitchen open through 2018 will cost "
        "{P 1120000}. Primary health care and vaccination at the bridges requires {P 385000}, and "
        "a further {P 212000} is needed to train municipal staff on protection referrals. AMRA "
        "seeks {P 146000} for information points on regular pathways, run with the Ombudsman's "
        "Office.",
    ], None, None),
    ("Arauca", [
        "The border of Arauca with Apure state runs along the Arauca river, and most arrivals cross "
        "by boat at informal points near Arauquita and Saravena. The department hosted some 24,000 "
        "Venezuelans and 6,500 Colombian returnees at the end of 2017.",
        "Emergency shelter and household items for families in the riverside settlements require "
        "{P 348000}. Of the USD 348,000 mentioned above, USD 60,000 covers mosquito nets and water "
        "filters for the rainy season. Mobile health brigades along the river will cost "
        "{P 265000}. AMRA seeks {P 88000} for a community protection network in Arauquita.",
    ], None, None),
    ("Cesar", [
        "Valledupar and Agustín Codazzi lie on the route from La Guajira towards the interior, and "
        "many families stop there for weeks before moving on. Rents in Valledupar average USD 120 "
        "a month for a single room, more than most new arrivals earn.",
        "Rental subsidies for three months for 600 households, at USD 120 a month, require "
        "{P 216000}. A further {P 134000} is needed to enrol 1,800 children in local schools, and "
        "livelihood training for 450 adults will cost {P 172500}.",
    ], None, None),
    ("Atlántico", [
        "Barranquilla and Soledad host the largest Venezuelan population on the Caribbean coast, "
        "estimated at 68,000 people in December 2017, a third of them in informal settlements. "
        "The projects for the department are listed below. The largest of them, the health "
        "project of USD 410,000, is run with the departmental health secretariat.",
    ], [
        ("Primary and maternal health care in Soledad", 410000),
        ("Cash assistance for 900 vulnerable households", 297000),
        ("Legal orientation and documentation", 118500),
        ("Coordination with local authorities", 64000),
    ], None),
    ("Bogotá", [
        "Bogotá is both a destination and a transit point for people travelling on to Ecuador and "
        "Peru. The district authorities estimated 95,000 Venezuelans in the city at the end of "
        "2017, and the main bus terminal recorded 1,400 onward departures a day in December.",
        "Temporary accommodation for people in transit at the Salitre terminal requires "
        "{P 468000}. A further {PL 125000} is needed to run a legal aid desk at the district's "
        "migrant attention centre. Job placement for 700 people, with a placement grant of USD 250 "
        "per person, will cost {P 309000}. AMRA seeks {P 97000} for a psychosocial support line.",
    ], None, None),
    ("Antioquia", [
        "Medellín receives families who have relatives in the metropolitan area, and 41,000 "
        "Venezuelans in the department were counted in the 2017 registry for the Special Stay "
        "Permit. Unemployment among them is estimated at 27 per cent.",
        "Vocational training and certification for 900 people requires {P 356000}. The reception "
        "centre in Bello will cost {P 241500}, and a further {P 119000} is needed for housing, "
        "land and property counselling.",
    ], None, None),
    ("Valle del Cauca", [
        "Cali and Buenaventura have seen growing numbers since mid-2017, and the departmental "
        "government spent USD 450,000 last year from its own budget on emergency health care for "
        "migrants. An estimated 22,000 Venezuelans live in the department.",
        "Emergency and maternal health care at three public hospitals requires {P 512000}. Of the "
        "USD 512,000 mentioned above, 40 per cent pays for deliveries and neonatal care. A further "
        "{P 186000} is needed to prevent trafficking and exploitation along the Pacific coast. "
        "AMRA seeks {P 73500} for a community centre in Cali.",
    ], None, None),
    ("Nariño", [
        "Ipiales and the Rumichaca bridge are the last stop in Colombia before Ecuador. Up to 4,000 "
        "people a day crossed in December 2017, and the number rose by 68 per cent between October "
        "and December.",
        "A humanitarian transport service from Ipiales to Rumichaca requires {P 164000}. The "
        "transit centre at Rumichaca, with 300 beds, will cost {P 527000}. Warm clothing and "
        "blankets for the Andean crossing, at USD 18 per kit for 9,000 people, require {P 162000}. "
        "A further {P 91000} is needed for a child-friendly space at the bridge.",
    ], None, None),
    ("Carchi", [
        "In Ecuador, the province of Carchi receives everyone who enters through Rumichaca. The "
        "Ministry of the Interior recorded 288,000 entries at Rumichaca in 2017, and in the same "
        "year the Alliance received USD 2 million for its work in the northern provinces.",
        "Registration and orientation at the Rumichaca border centre requires {P 295000}. AMRA "
        "seeks {P 433000} for a humanitarian bus service from Tulcán to Quito and Huaquillas. "
        "First aid and health screening at the border will cost {P 178500}.",
    ], None, None),
    ("Imbabura", [
        "Ibarra and Otavalo host a smaller but settled population, and many families stay to work "
        "in the textile and flower industries. Of the projects below, the livelihoods project of "
        "USD 260,000 is run with the provincial government.",
    ], [
        ("Livelihoods and access to employment", 260000),
        ("Shelter in Ibarra", 143000),
        ("Social cohesion activities in Otavalo", 57500),
    ], None),
    ("Pichincha", [
        "Quito is the main destination of Venezuelans who settle in Ecuador, with an estimated "
        "110,000 people in the Metropolitan District in December 2017. In 2017 the Alliance spent "
        "USD 820,000 in the province, mostly on temporary shelter.",
        "Temporary shelter in three hostels for 450 people requires {P 604000}. A further "
        "{P 231000} is needed for legal aid on visas and regularisation. [[DROP Cash assistance "
        "for 700 families, at USD 95 per family a month for three months, will cost {P 199500}.]] "
        "AMRA seeks {P 118000} for a national information campaign against xenophobia.",
    ], None, None),
    ("Sucumbíos", [
        "Lago Agrio and the San Miguel bridge see smaller numbers, but the province also hosts "
        "14,000 Colombian refugees. Health services are overstretched, with one doctor for every "
        "2,700 residents.",
        "Health care and medicines at the Lago Agrio hospital require {P 203000}. A further "
        "{P 96500} is needed for protection monitoring at the San Miguel crossing.",
    ], None, None),
    ("Guayas", [
        "Guayaquil hosts the second-largest Venezuelan population in Ecuador, about 60,000 people, "
        "many of whom work informally and earn between USD 10 and USD 15 a day.",
        "Livelihood and small business support for 1,000 people will cost {P 437000}. About half "
        "of the USD 437,000 mentioned above goes to seed grants of USD 220 per person. Access to "
        "education for 2,300 children requires {P 265500}, and AMRA seeks {P 148000} for a "
        "shelter for women at risk.",
    ], None, None),
    ("El Oro", [
        "Huaquillas, on the border with Peru, is where people leave Ecuador for Tumbes. Up to 3,000 "
        "people a day passed the binational border centre at Huaquillas in December 2017, and waits "
        "of two days were common.",
        "Shelter and hot meals at Huaquillas require {P 381000}. A further {P 142000} is needed for "
        "water and sanitation at the border centre, and the referral of unaccompanied children "
        "will cost {P 67500}.",
    ], None, None),
    ("Tumbes", [
        "In Peru, Tumbes and the border centre at Aguas Verdes receive every arrival from Ecuador. "
        "The migration authority recorded 420,000 entries in 2017, and 9 out of 10 arrivals held "
        "no passport.",
        "Registration support and orientation at the border centre requires {P 274000}. Emergency "
        "shelter in Tumbes and Zarumilla will cost {P 356500}. AMRA seeks {P 83000} for a health "
        "post at Aguas Verdes.",
    ], None, "HYPHEN"),
    ("Piura", [
        "Piura and Sullana lie on the Panamericana between Tumbes and Lima, and many arrivals stop "
        "to earn their bus fares. The region hosted about 12,000 Venezuelans at the end of 2017.",
        "Transit accommodation in Piura requires {P 192000}. A further {P 78500} is needed for "
        "food assistance, at USD 4 a day per person for people in transit, and livelihood support "
        "will cost {P 131000}.",
    ], None, None),
    ("La Libertad", [
        "Trujillo has become a destination in its own right, with an estimated 18,000 Venezuelans "
        "by December 2017. The shelter project listed below, USD 175,000, is carried out with the "
        "parish of El Porvenir.",
    ], [
        ("Shelter and rental support in Trujillo", 175000),
        ("Documentation and legal orientation", 92000),
        ("Health care for pregnant women and infants", 138500),
        ("Job fairs with local employers", 46000),
    ], None),
    ("Lima Metropolitana", [
        "Lima hosts the largest number of Venezuelans in Peru, estimated at 80,000 in December "
        "2017, and receives the buses from Tumbes every day. The Temporary Stay Permit has been "
        "granted to 42,000 people since it was introduced in 2017.",
        "AMRA seeks {P 642000} for support to the Temporary Stay Permit process, including legal "
        "aid and fees for the most vulnerable. The permit fee of USD 12 per person was paid for "
        "3,000 people in 2017. Temporary accommodation in four shelters will cost {P 495000}. "
        "A further {P 263500} is needed for employment services, and case management for "
        "survivors of gender-based violence requires {P 181000}.",
        "The municipality of Lima provided USD 300,000 in kind in 2017, chiefly the buildings used "
        "as shelters.",
    ], None, None),
    ("Arequipa", [
        "Arequipa and the southern Panamericana are the route towards Tacna and Chile. About 6,000 "
        "Venezuelans lived in the region at the end of 2017, and 15 per cent of them had no "
        "regular status.",
        "Shelter for people in transit in Arequipa requires {PS 312500}. A further {P 88000} is "
        "needed for health care, and orientation at the bus terminals will cost {P 54500}.",
    ], None, None),
    ("Tacna", [
        "Tacna, on the border with Chile, receives people who intend to continue to Santiago, and "
        "people turned back at the Chilean border post of Chacalluta. In 2017 AMRA received "
        "USD 210,000 for Tacna and spent all of it on shelter.",
        "Shelter and household items in Tacna require {P 236000}. Of the USD 236,000 mentioned "
        "above, USD 42,000 is for winter items. AMRA seeks {P 119500} for legal orientation on "
        "entry requirements to Chile, and a further {P 61000} is needed for a mobile health unit.",
    ], None, None),
    ("La Paz", [
        "In Bolivia, El Alto and La Paz are a stopover on the route from Peru through Desaguadero to "
        "Chile and Argentina. The Directorate General of Migration recorded 9,800 Venezuelan "
        "entries in 2017, twice the number of 2016.",
        "Reception and shelter at Desaguadero and El Alto require {P 158000}, and warm clothing "
        "and altitude care for 1,900 people, at USD 25 per kit, will cost {P 47500}. AMRA seeks "
        "{P 72000} for registration and orientation.",
    ], None, None),
    ("Arica y Parinacota", [
        "In Chile, Arica receives people who cross at Chacalluta, as well as those who travel on "
        "from Bolivia through Colchane. Chile granted 73,000 temporary visas to Venezuelans in "
        "2017.",
        "Shelter and orientation in Arica will cost {P 284000}. A further {P 113000} is needed for "
        "legal aid on visa applications. The registration of new arrivals at Chacalluta requires "
        "{P 96000}.",
    ], None, None),
    ("Tarapacá", [
        "Iquique and the Colchane crossing on the Altiplano, at 3,700 metres, are the entry for "
        "people who come through Bolivia. Night temperatures at Colchane fall below minus 10 "
        "degrees, and in 2017 the regional government spent USD 95,000 on emergency rescues.",
        "Emergency shelter and warm clothing at Colchane require {P 217000}. A further {P 134500} "
        "is needed for health care in Iquique, and AMRA seeks {P 58000} for an information "
        "campaign on the risks of the irregular crossing.",
    ], None, "SWAP"),
]

CLOSING = [
    "Contributions to this appeal may be earmarked to a department, province or region, or left "
    "unearmarked for the Alliance to allocate where needs are greatest.",
]
SIGNATURE = "Andean Mobility Relief Alliance, Regional Office, Quito, January 2018"


def usd(n):
    return "USD " + f"{n:,}"


def lakh(n):
    s = str(n)
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return "USD " + ",".join(groups + [tail])


def render(par, acc):
    """Replace markers, add project amounts (as the total must count them) to acc."""
    def drop(m):
        for v in re.findall(r"\{P (\d+)\}", m.group(1)):
            acc.append(int(v))
        return ""
    par = re.sub(r"\[\[DROP (.*?)\]\] ", drop, par)

    def rep(m):
        kind, val = m.group(1), m.group(2)
        if kind == "PX":
            true, shown = (int(x) for x in val.split("|"))
            acc.append(true)
            return usd(shown)
        n = int(val)
        acc.append(n)
        if kind == "P":
            return usd(n)
        if kind == "PL":
            return lakh(n)
        if kind == "PS":
            s = f"{n:,}"
            a, b = s.rsplit(",", 1)
            return "USD " + a + " ," + b
        raise ValueError(kind)
    return re.sub(r"\{(PX|PL|PS|P) ([\d|]+)\}", rep, par)


def wrap(par):
    # never break inside "USD 400,000", "USD 2 million", "USD 312 ,500"
    p = re.sub(r"USD (\d)", "USD" + NBSP + r"\1", par)
    p = re.sub(r"(\d) ,(\d)", r"\1" + NBSP + r",\2", p)
    p = re.sub(r"(\d) (million)", r"\1" + NBSP + r"\2", p)
    lines = textwrap.wrap(p, WIDTH, break_long_words=False, break_on_hyphens=False)
    return [l.replace(NBSP, " ") for l in lines]


def main():
    out = list(HEADER)
    for par in INTRO:
        out += wrap(par) + [""]
    out.append("")
    for name, pars, bullets, twist in SECTIONS:
        out += [name, ""]
        acc = []
        for par in pars:
            out += wrap(render(par, acc)) + [""]
        if bullets:
            if acc:
                raise SystemExit(f"{name}: bullets and prose projects")
            for title, n in bullets:
                out.append(f"• {title} – {usd(n)}")
                acc.append(n)
            out.append("")
        total = sum(acc)
        dash = "–"
        shown = f"{total:,}"
        if twist == "HYPHEN":
            dash = "-"
        elif twist == "SWAP":
            d = list(str(total))
            d[1], d[2] = d[2], d[1]       # 409500 -> 490500
            shown = f"{int(''.join(d)):,}"
        out.append(f"Total funding requirements for {name} {dash} USD {shown}")
        out += ["", ""]
    for par in CLOSING:
        out += wrap(par) + [""]
    out.append(SIGNATURE)
    text = "\n".join(out) + "\n"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {OUT}: {text.count(chr(10))} lines, {len(SECTIONS)} sections")


if __name__ == "__main__":
    main()
