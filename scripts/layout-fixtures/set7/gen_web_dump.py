#!/usr/bin/env python3
"""Generate fixtures/layouts/blind7/web-dump.txt: a web page of an invented NGO's
"Horn of Africa Drought Appeal 2022" as a lynx-style text dump (lynx -dump).

Run from the repository root:  python3 scripts/layout-fixtures/set7/gen_web_dump.py

Layout written here (the house forms of this document):
  - navigation links at the top, "[1]Home [2]About us [3]Donate ...";
  - headings as plain lines at column 0, body text indented 3 spaces;
  - numbered link markers "[n]" wherever a link was (titles, prose, headings),
    numbered in order of appearance, listed under "References" at the end;
  - items "   * TITLE – USD 1,234,567" (3 spaces, "*", en dash, "USD", comma groups);
    a long item wraps with its continuation indented 5 spaces, the amount always
    on the item's last line;
  - after the items of each section: "   Total for NAME: USD 1,234,567".

Injected errors (the ground truth is also printed on stdout with line numbers):
  sum:    first section  (Dollo Ado)  an item changed (one digit), the total kept;
          middle section (Bay)        an item dropped, the total kept;
          last section   (Obock)      the total's digits swapped;
  format: Shabelle Zone  hyphen "- USD" before an item amount;
          Galmudug       lakh-style grouping "1,23,500";
          Wajir          an item "– 45,000" with no USD.
No third-party modules.
"""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "fixtures", "layouts", "blind7", "web-dump.txt")

SITE = "https://www.ridgewater-relief.org"
WIDTH = 76          # lynx wraps a little before column 80
EN = "\u2013"       # en dash

links = []          # URLs in order of appearance


def mark(text):
    """Replace each {{url}} by a lynx link marker [n], numbering in order."""
    def repl(m):
        url = m.group(1)
        if url.startswith("/"):
            url = SITE + url
        links.append(url)
        return "[%d]" % len(links)
    return re.sub(r"\{\{([^}]*)\}\}", repl, text)


def fmt(n):
    return "{:,}".format(n)


def wrap(words, first, rest, width=WIDTH):
    lines, cur = [], first
    bare = True
    for w in words:
        if bare:
            cur += w
            bare = False
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = rest + w
    lines.append(cur)
    return lines


def para(text, indent="   "):
    return wrap(mark(text).split(), indent, indent)


NBSP = "\u00a0"   # keeps "– USD n" on one line while wrapping; removed after


def item(title, amount_text):
    """A lynx bullet: '   * ' first line, continuation indented 5 spaces."""
    t = mark(title)
    words = t.split() + [amount_text.replace(" ", NBSP)]
    return [l.replace(NBSP, " ") for l in wrap(words, "   * ", "     ")]


# ---------------------------------------------------------------------------
# Content. Each section: (name as in the total, heading line, prose paragraphs,
# items [(title, amount)]). Amounts are the TRUE amounts; injections below.
# ---------------------------------------------------------------------------

COUNTRIES = [
    ("Ethiopia", [
        "In the Somali and Oromia regions the fourth consecutive failed rainy "
        "season has left an estimated 7.2 million people in need of food "
        "assistance, according to the {{https://fews.example.net/east-africa/ethiopia/alert-2022-02}}"
        "famine early warning alert of February 2022. Livestock deaths since "
        "October 2021 are put at 1.4 million head."
    ], [
        ("Dollo Ado", "Dollo Ado (Somali Region)", [
            "The five camps around Dollo Ado host 212,600 refugees from Somalia, and "
            "new arrivals rose by 38 per cent between November and January. "
            "Our team has worked here since 2011 with {{/partners/ara}}ARA and the "
            "woreda water office.",
        ], [
            ("Water trucking for Dollo Ado{{/projects/dollo-ado/water-trucking}}", 320000),
            ("Rehabilitation of the Hilaweyn and Buramino boreholes, including "
             "solar pumping for 14 water points", 268500),
            ("Supplementary feeding for 9,800 children under five", 187000),
            ("Hygiene kits and jerrycans", 64500),
        ]),
        ("Korahe Zone", "Korahe Zone", [
            "In Korahe 61% of the hand-dug wells were dry by the end of January. "
            "A 2020 assessment had already listed 37 berkads in need of repair.",
        ], [
            ("Emergency repair of 37 berkads in Kebridehar and Shilabo", 412000),
            ("Multi-purpose cash for 3,150 pastoralist households{{/projects/korahe/cash}}", 566000),
            ("Animal feed and veterinary vouchers", 139500),
        ]),
        ("Afder Zone", "Afder Zone", [
            "Afder received USD 3 million in 2021 from all donors combined, less than "
            "a quarter of what the zonal plan had asked for. The "
            "{{https://ipc.example.org/ethiopia/afder-2022}}IPC analysis places "
            "four of its nine woredas in Phase 4.",
        ], [
            ("Mobile health and nutrition teams for Hargele and Elkere", 298000),
            ("Water trucking to 22 kebeles{{/projects/afder/water}}", 354500),
            ("Community-based management of acute malnutrition (CMAM) "
             "supplies and training of 120 health extension workers", 176000),
            ("Emergency livestock off-take and meat distribution", 92500),
            ("Protection and gender-based violence referral desks", 48000),
        ]),
        ("Shabelle Zone", "Shabelle Zone", [
            "Along the Shabelle river, Gode and Kelafo have received displaced "
            "families from Afder and Korahe: about 46,000 people since September.",
        ], [
            ("Shelter and household items for displaced families", 245000),
            ("Irrigation canal desilting in Kelafo{{/projects/shabelle/canals}}", 131500),
            ("Cholera preparedness and oral rehydration points", 76000),
            ("School feeding in 18 schools of Gode woreda", 158000),
        ]),
        ("Borena Zone", "Borena Zone (Oromia)", [
            "Borena has lost an estimated 250,000 cattle. Milk availability for "
            "children is down 70 per cent compared with the 2017-2021 average.",
        ], [
            ("Rehabilitation of the traditional tula wells of Dire and Moyale{{/projects/borena/tula}}", 387000),
            ("Commercial destocking and fodder banks", 214000),
            ("Cash for nutrition for pregnant and lactating women", 196500),
        ]),
        ("Bale Zone", "Bale Zone (Oromia)", [
            "In the lowland woredas of Bale, 28 health posts report rising "
            "admissions for severe acute malnutrition.",
        ], [
            ("Outpatient therapeutic programme supplies", 143000),
            ("Water points for Rayitu and Sawena", 229500),
        ]),
    ]),
    ("Somalia", [
        "Somalia faces the risk of famine in two districts of Bay region. "
        "The {{https://ocha.example.int/somalia/hrp-2022}}Humanitarian Response "
        "Plan counts 7.7 million people in need, 1.4 million of them children "
        "likely to be acutely malnourished in 2022. Our Somali partners have "
        "received USD 3 million in 2021 through this appeal."
    ], [
        ("Somaliland", "Somaliland", [
            "In Togdheer and Sool, 18 of our 40 monitored water sources failed in "
            "December. Prices of a 20-litre jerrycan have tripled since 2021.",
        ], [
            ("Rehabilitation of shallow wells and berkads in Odweyne and Burao "
             "districts{{/projects/somaliland/wells}}", 410000),
            ("Water vouchers for 4,500 households", 278000),
            ("Veterinary treatment campaign for 600,000 head of livestock", 165500),
            ("Nutrition screening and referral", 97000),
            ("Drought-resistant fodder seed for agro-pastoralists", 58500),
        ]),
        ("Puntland", "Puntland", [
            "Nugaal and Mudug are the worst affected. The Bossaso port "
            "authority reports food imports 12% below 2021.",
        ], [
            ("Cash transfers in Garowe and Galkayo{{/projects/puntland/cash}}", 622000),
            ("Water trucking for 31 villages", 301500),
            ("Mobile clinics on the Garowe-Galkayo corridor", 186000),
        ]),
        ("Galmudug", "Galmudug", [
            "About 93,000 people have moved to camps around Dhusamareb and "
            "Adado since October 2021.",
        ], [
            ("Camp coordination and site improvement in Dhusamareb", 123500),
            ("Emergency latrines and handwashing stations for 60 sites{{/projects/galmudug/wash}}", 209000),
            ("Targeted supplementary feeding", 171000),
            ("Child protection case management", 66500),
        ]),
        ("Hiraan", "Hiraan", [
            "Beledweyne hosts the largest displacement sites of the region. "
            "Between 2019 and 2021 the Shabelle flooded three times; in 2022 it "
            "is the lack of rain.",
        ], [
            ("Cash for work: rehabilitation of 12 irrigation canals", 253000),
            ("Stabilisation centre at Beledweyne hospital{{/projects/hiraan/sc}}", 188500),
            ("Hygiene promotion in displacement sites", 72000),
        ]),
        ("Bay", "Bay", [
            "Baidoa and Burhakaba are the districts where the "
            "{{https://ipc.example.org/somalia/bay-famine-projection}}IPC projects "
            "a risk of famine from April. 58% of households report skipping meals.",
        ], [
            ("Integrated nutrition and health response in Baidoa, including "
             "two outpatient therapeutic sites and 40 community mobilisers", 534000),
            ("Unconditional cash for 6,200 households", 746000),
            ("Water trucking and borehole repair in Burhakaba{{/projects/bay/water}}", 318500),
            ("Measles and cholera vaccination support", 127000),
            ("Shelter kits for new arrivals", 204500),
        ]),
        ("Bakool", "Bakool", [
            "Access to Bakool remains limited to Hudur and Wajid towns; "
            "our partner reaches 11 villages by road.",
        ], [
            ("Cash transfers through mobile money", 276000),
            ("Nutrition supplies airlifted to Hudur{{/projects/bakool/airlift}}", 142500),
        ]),
        ("Gedo", "Gedo", [
            "In Gedo, Luuq and Dollow districts border the Ethiopian Dollo Ado "
            "camps; cross-border movement has increased by 25 per cent.",
        ], [
            ("Water trucking for Luuq and Dollow{{/projects/gedo/water}}", 236000),
            ("Mobile outpatient therapeutic programme", 181500),
            ("Protection monitoring on the border crossings", 54000),
            ("Livestock feed for 1,200 households", 99500),
        ]),
        ("Lower Juba", "Lower Juba", [
            "Kismayo received about 30,000 displaced people in January alone.",
        ], [
            ("Reception centre services in Kismayo", 167000),
            ("Emergency water supply for the Kismayo settlements{{/projects/lower-juba/water}}", 292500),
            ("Cash for 2,000 newly displaced households", 241000),
        ]),
    ]),
    ("Kenya", [
        "The Government of Kenya declared the drought a national disaster in "
        "September 2021. The {{https://ndma.example.go.ke/bulletins/2022-02}}"
        "NDMA bulletin lists 23 arid and semi-arid counties, 10 of them in the "
        "alarm phase, with 3.1 million people food insecure."
    ], [
        ("Turkana", "Turkana", [
            "Turkana North and Kibish have the highest malnutrition rates of the "
            "country: a global acute malnutrition rate above 30% in the "
            "{{https://smart.example.org/turkana-jan-2022}}January 2022 SMART survey.",
        ], [
            ("Outreach nutrition teams for Turkana North and Kibish", 318000),
            ("Borehole rehabilitation and solarisation at 9 sites{{/projects/turkana/boreholes}}", 274500),
            ("Hunger safety net top-up for 5,000 households", 452000),
            ("Peace dialogues on water and pasture access", 43500),
        ]),
        ("Marsabit", "Marsabit", [
            "In Marsabit, 80 per cent of pastoralist households have moved with "
            "their herds; schools in North Horr report attendance down by half.",
        ], [
            ("Emergency school meals for 14,000 pupils", 206000),
            ("Water trucking to North Horr and Laisamis", 187500),
            ("Livestock vaccination and deworming{{/projects/marsabit/livestock}}", 95000),
        ]),
        ("Wajir", "Wajir", [
            "Wajir has had no significant rain since March 2021. "
            "A total of 2,300 households have lost more than half of their herd.",
        ], [
            ("Cash transfers for 2,300 households{{/projects/wajir/cash}}", 391000),
            ("Repair of 16 shallow wells and pans", 162500),
            ("Community health volunteers' stipends and kits", 45000),
            ("Fodder distribution for breeding stock", 118000),
        ]),
        ("Mandera", "Mandera", [
            "Mandera town's water utility supplies 35% of normal demand. "
            "Cross-border arrivals from Gedo are counted at 4,700 since November.",
        ], [
            ("Water trucking and storage tanks for Mandera East and Lafey", 276500),
            ("Integrated outreach for malnutrition{{/projects/mandera/outreach}}", 213000),
            ("Cash for 1,800 host and displaced households", 198000),
            ("Psychosocial support in schools", 39500),
            ("Rehabilitation of the Rhamu livestock market water point", 87000),
        ]),
        ("Garissa", "{{/where-we-work/garissa}}Garissa", [
            "The Dadaab camps and the host communities around them share the same "
            "failing water sources; 2021 rainfall was 40% of the average.",
        ], [
            ("Host community borehole upgrades in Fafi and Lagdera", 329000),
            ("Nutrition supplies for 11 health facilities", 154500),
            ("Cash for work on water pans{{/projects/garissa/pans}}", 117000),
        ]),
        ("Isiolo", "Isiolo", [
            "In Merti and Garbatulla, 42 of 60 water pans are dry.",
        ], [
            ("Water pan desilting through cash for work", 168000),
            ("Livestock feed and mobile veterinary clinics{{/projects/isiolo/vet}}", 133500),
            ("Cash for nutrition for 900 households", 102000),
        ]),
    ]),
    ("Djibouti", [
        "Djibouti's rural regions depend on groundwater that has not recharged "
        "since 2020. About 194,000 people, one in six of the population, are "
        "food insecure according to the {{https://wfp.example.org/djibouti/mvam-2022}}"
        "mVAM survey."
    ], [
        ("Ali Sabieh", "Ali Sabieh", [
            "In Ali Sabieh, herders report losing 1 in 4 goats since October; "
            "the Holl-Holl refugee village hosts 6,500 people.",
        ], [
            ("Water trucking for rural settlements{{/projects/ali-sabieh/water}}", 152000),
            ("Nutrition screening and supplementary feeding", 98500),
            ("Cash assistance for 700 households", 121000),
        ]),
        ("Obock", "Obock", [
            "Obock also receives migrants crossing towards Yemen: 2,100 were "
            "assisted at our Obock point in 2021.",
        ], [
            ("Migrant response point: water, food and first aid{{/projects/obock/migrants}}", 214000),
            ("Rehabilitation of 6 rural wells in Obock region", 176500),
            ("Mobile health team for the northern coast", 143000),
            ("Hygiene kits and water filters", 57500),
        ]),
    ]),
]

# Injections --------------------------------------------------------------
CHANGED_ITEM = ("Dollo Ado", 1, 298500)        # printed 298,500 instead of 268,500
DROPPED_ITEM = ("Bay", 2)                       # item removed, total keeps it
SWAPPED_TOTAL = ("Obock", "591,000", "519,000")  # true total, printed total
HYPHEN_ITEM = ("Shabelle Zone", 2)             # "- USD 76,000"
LAKH_ITEM = ("Galmudug", 0, "1,23,500")        # "– USD 1,23,500"
NOCUR_ITEM = ("Wajir", 2)                      # "– 45,000"


def main():
    out = []
    truth = []   # (name, total_line, parts, listed_sum, declared)
    findings = []

    def add(lines):
        out.extend(lines)

    # --- page header (lynx: links, title, breadcrumbs) ---
    add([mark("   {{/}}Home {{/about}}About us {{/donate}}Donate "
              "{{/where-we-work}}Where we work {{/news}}News {{/contact}}Contact"), ""])
    add([mark("   {{/#skip}}Skip to content   [ridgewater-logo.png] Ridgewater Relief Fellowship"), ""])
    add([mark("   You are here: {{/}}Home > {{/appeals}}Appeals > Horn of Africa 2022"), ""])
    add(["                     Horn of Africa Drought Appeal 2022", ""])
    add(["   Published 14 March 2022 | Updated 2 May 2022"
         " | " + mark("{{/appeals/horn-of-africa-2022.pdf}}Download PDF (1.8 MB)"), ""])
    add(para("Four rainy seasons in a row have failed across Ethiopia, Somalia, Kenya "
             "and Djibouti, the longest drought in at least 40 years. More than 13 "
             "million people face severe hunger, and 3.6 million livestock have died "
             "in the region since late 2021. Ridgewater Relief Fellowship and its "
             "{{/partners}}local partners appeal for funds for 22 areas where we "
             "already work, listed below with their planned activities in US dollars."))
    add([""])
    add(para("Last year this appeal raised USD 3 million, 64% of its target. "
             "USD 50 provides clean water for a family of six for a month. "
             "{{/donate?appeal=hoa2022}}Donate now or read our "
             "{{/appeals/horn-of-africa-2022/faq}}questions and answers."))
    add([""])

    for cname, cintro, sections in COUNTRIES:
        add([cname, ""])
        for p in cintro:
            add(para(p))
            add([""])
        for name, heading, prose, items in sections:
            add([mark(heading), ""])
            for p in prose:
                add(para(p))
                add([""])
            add(["   Planned activities:", ""])
            items = list(items)
            true_sum = sum(a for _, a in items)
            printed = []   # (title, printed amount text, counted value)
            for i, (title, amt) in enumerate(items):
                txt = EN + " USD " + fmt(amt)
                val = amt
                code = None
                if CHANGED_ITEM[0] == name and CHANGED_ITEM[1] == i:
                    val = CHANGED_ITEM[2]
                    txt = EN + " USD " + fmt(val)
                if DROPPED_ITEM[0] == name and DROPPED_ITEM[1] == i:
                    continue
                if HYPHEN_ITEM[0] == name and HYPHEN_ITEM[1] == i:
                    txt = "- USD " + fmt(amt)
                    code = ("malformed-amount", amt)
                if LAKH_ITEM[0] == name and LAKH_ITEM[1] == i:
                    txt = EN + " USD " + LAKH_ITEM[2]
                    code = ("malformed-amount", amt)
                if NOCUR_ITEM[0] == name and NOCUR_ITEM[1] == i:
                    txt = EN + " " + fmt(amt)
                    code = ("missing-currency", amt)
                lines = item(title, txt)
                line_no = len(out) + len(lines)   # amount on the item's last line
                add(lines)
                printed.append(val)
                if code:
                    findings.append((line_no, code[0], "value=%d" % code[1], name))
            add([""])
            declared_txt = fmt(true_sum)
            if SWAPPED_TOTAL[0] == name:
                assert declared_txt == SWAPPED_TOTAL[1], (name, declared_txt)
                declared_txt = SWAPPED_TOTAL[2]
            declared = int(declared_txt.replace(",", ""))
            add(["   Total for %s: USD %s" % (name, declared_txt), ""])
            tl = len(out) - 1
            listed = sum(printed)
            truth.append((name, tl, len(printed), listed, declared))
            if listed != declared:
                findings.append((tl, "total-mismatch",
                                 "declared=%d computed=%d" % (declared, listed), name))

    # --- closing prose and footer ---
    add(["How your donation is used", ""])
    add(para("Ridgewater Relief Fellowship spends 91 per cent of every dollar on "
             "programmes. Our accounts for 2021 are audited and {{/accounts/2021}}"
             "published online. If funds raised exceed the requirements above, they "
             "will be used for the recovery phase in 2023."))
    add([""])
    add(para("Contact our supporter care team on +44 20 3946 1187 (Monday to Friday, "
             "9am to 5pm) or write to {{mailto:appeals@ridgewater-relief.org}}"
             "appeals@ridgewater-relief.org."))
    add([""])
    add(["   " + "_" * 72, ""])
    add([mark("   {{/privacy}}Privacy policy | {{/cookies}}Cookies | {{/accessibility}}Accessibility"), ""])
    add(["   \u00a9 2022 Ridgewater Relief Fellowship. Registered charity no. 1176524.",
         "   Tel. +44 20 3946 1100 | 4 Canal Wharf, Leeds LS11 5PS", ""])

    # --- lynx references ---
    add(["References", ""])
    for i, u in enumerate(links, 1):
        add(["%4d. %s" % (i, u)])

    text = "\n".join(out) + "\n"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)

    print("wrote", OUT, len(out), "lines,", len(links), "links")
    print("ordinal\ttotal_line\tname\tparts\tlisted_sum\tdeclared")
    for k, (n, tl, p, s, d) in enumerate(truth, 1):
        print("%d\t%d\t%s\t%d\t%d\t%d" % (k, tl, n, p, s, d))
    print("findings:")
    for f in sorted(findings):
        print(" ", *f)


if __name__ == "__main__":
    main()
