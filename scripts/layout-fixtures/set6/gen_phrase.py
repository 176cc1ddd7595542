#!/usr/bin/env python3
# Generator for fixtures/layouts/learned/publisher-phrase.txt (written blind: no crossfoot source, no
# crossfoot run). An invented faith-based network's English flood appeal for Malawi and Mozambique,
# USD in English format. Each district or province: a heading line with its name, an optional prose
# paragraph, the projects "- Title – USD 120,000" (hyphen marker, en dash, "USD", the figure) and, right
# after the last project, the publisher's own closing phrase "Funds sought for NAME: USD 1,234,567"
# (no "total", no "sum"). No grand figure, no tables.
#
# Injected (3 sum errors, nothing else): FIRST group, the closing figure has one wrong digit; a middle
# group (Thyolo), one project amount has one wrong digit; LAST group, one project removed while the
# closing figure still counts it. Every sum is computed here; the .expected is written by hand.
#
# Run from anywhere: python3 scripts/layout-fixtures/set6/gen_phrase.py
import os
import re
import textwrap

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "fixtures", "layouts", "learned", "publisher-phrase.txt")
PHRASE = "Funds sought for {name}: USD {fig}"
WIDTH = 92


def en(n: int) -> str:
    return f"{n:,}"


G = []


def grp(banner, name, prose, items, err=None):
    G.append(dict(banner=banner, name=name, prose=prose, items=list(items), err=err))


# err: ("declared", printed)       the closing figure printed instead of the true sum
#      ("item", index, printed)    one project's printed amount, the closing figure counts the true one
#      ("drop", index)             one project not printed, the closing figure still counts it
grp("MALAWI", "Nsanje",
    "Nsanje lies at the bottom of the Shire valley, where the river meets the Ruo. When the banks "
    "broke on 13 January, water stood up to two metres deep in the villages of Bangula and Makhanga "
    "for almost three weeks. Our member churches sheltered some 3,000 families in schools and church "
    "halls during the first days.",
    [("Emergency shelter kits for families displaced along the Shire", 318400),
     ("Safe water and chlorination in 14 camps at Bangula and Makhanga", 164750),
     ("Food rations for displaced households in Nsanje East", 402600),
     ("Seed and tools for a second planting on the river banks", 96250)],
    ("declared", 987000))
grp(None, "Chikwawa",
    "In Chikwawa the floods destroyed 6,800 houses and washed away most of the maize that was "
    "ready to harvest. About 40 per cent of the displaced have already gone back to their villages.",
    [("Cash transfers to flood-affected households in Chikwawa", 276500),
     ("Rehabilitation of 22 boreholes in the lower Shire", 88900),
     ("Mobile clinics for the camps at Nchalo and Ngabu", 143600)])
grp(None, "Phalombe",
    "Flash floods from the Phalombe plain damaged 31 schools. Pupils have been taught under trees or "
    "in tents since the start of the second term.",
    [("Rebuilding of classroom blocks at Migowi and Nkhulambe", 212000),
     ("School feeding for pupils in the displacement sites", 67450),
     ("Latrines and hand-washing stations for 9 camps", 58300),
     ("Livestock restocking for widows' groups", 49750),
     ("Pastoral counselling and trauma healing through local congregations", 31500)])
grp(None, "Zomba",
    None,
    [("Repair of footbridges on the Likangala River", 134200),
     ("Relief items for fishing villages on Lake Chilwa", 79800)])
grp(None, "Mulanje",
    "On the slopes of Mulanje Mountain, landslides buried fields and cut the road to Fort Lister. "
    "District officers asked a total of 4,500 people to leave the most exposed hamlets, and the "
    "churches of the area took many of them in.",
    [("Relocation of households away from landslide slopes", 356000),
     ("Community early warning committees along the Ruo River", 42750),
     ("Home-based care for people living with HIV in displacement sites", 61250)])
grp(None, "Blantyre",
    "Blantyre was spared the worst of the water, but it is where the relief pipeline for the whole "
    "southern region starts. The network's warehouse at Limbe dispatches 25 trucks a week.",
    [("Emergency drugs and supplies for the Ndirande health centre", 118300),
     ("Warehouse and transport hub for the relief pipeline", 204650),
     ("Volunteer training in first aid and camp management", 36400),
     ("Coordination office of the network in Blantyre", 52650)])
grp(None, "Thyolo",
    "In Thyolo, heavy rain on the tea hills caused rivers to rise within hours. Smallholder farmers "
    "lost their vegetable gardens and many houses built of unfired brick collapsed.",
    [("Repair of houses of smallholder tea growers in Thekerani", 167250),
     ("Winter irrigation for 1,200 smallholders", 94500),
     ("Nutrition screening for children under five", 48750)],
    ("item", 1, 96500))
grp(None, "Machinga",
    "Around Liwonde the Shire rose over its banks for the first time since 1989, and several "
    "villages could only be reached by canoe.",
    [("Food parcels for families cut off by the Shire at Liwonde", 189600),
     ("Canoe ferry service and safe crossing points", 27400)])
grp(None, "Mangochi",
    "Cholera broke out in two lakeshore villages in late January. The health authorities reported "
    "118 cases by the end of the month, and the churches of the southern lakeshore have joined the "
    "prevention campaign.",
    [("Hygiene kits and water filters for lakeshore villages", 73850),
     ("Rebuilding of church-run nursery schools in Makanjira", 58150),
     ("Fishing nets and boats for families who lost their gear", 112300),
     ("Cholera prevention along the southern lakeshore", 84700)])
grp("MOZAMBIQUE", "Zambezia",
    "The Licungo river reached its highest level in living memory, and the town of Mocuba was cut "
    "off for ten days. The provincial government has asked families living on the flood plain to "
    "resettle on higher ground, and the churches are helping 2,400 of them to build again.",
    [("Shelter and household items for families resettled from the Licungo valley", 846000),
     ("Water trucking and emergency latrines in accommodation centres", 196250),
     ("Protection of children and women in the resettlement sites", 83750)])
grp(None, "Tete",
    "In Mutarara district the Zambezi and the Shire flooded the same fields from both sides. "
    "Families here depend on a single harvest a year.",
    [("Seed fairs for farmers in Mutarara district", 91200),
     ("Repair of the water system in Doa", 76800),
     ("Mosquito nets for 6,000 households", 54000),
     ("Training of village savings groups", 23650),
     ("Psychosocial support through parish volunteers", 18350)])
grp(None, "Niassa",
    None,
    [("Repair of rural feeder roads around Cuamba", 142000),
     ("Food assistance for families in Mecanhelas", 97500)])
grp(None, "Nampula",
    "Heavy rain in the west of Nampula province washed out bridges on the road to Malawi and "
    "isolated the districts of Malema and Ribáuè for more than a week.",
    [("Emergency food for households in Malema and Ribáuè", 233400),
     ("Rehabilitation of 8 health posts", 118650),
     ("Cholera treatment units in Nampula city", 87250),
     ("Household water treatment and hygiene promotion", 64700)],
    ("drop", 1))


INTRO = [
    "Dear friends,",
    "In the second week of January 2015, a week of torrential rain over southern Malawi and "
    "central Mozambique sent the Shire, the Ruo, the Zambezi and the Licungo over their banks. More "
    "than 230,000 people had to leave their homes, and whole villages are still under water in the "
    "lower Shire valley.",
    "The 27 member churches of our network were among the first to respond. They opened their "
    "halls and schools to displaced families, cooked for them and cared for the sick. Now they need "
    "your help to carry the recovery through the coming months.",
    "On the pages that follow, each district or province is presented with its projects, and its "
    "list closes with the funds sought for it. All amounts are in US dollars.",
]

CLOSING = [
    "Your gift reaches the member churches directly. A gift of USD 25 buys a hygiene kit for one "
    "family, and USD 60 gives a farming household seed and tools for a new season. The network "
    "spent 7 per cent of its income on administration in 2014, as in the year before.",
    "Please mark your gift \u201cFloods appeal\u201d and send it to the relief desk of the network, "
    "Private Bag B-14, Blantyre, Malawi. Thank you, and may God bless you.",
]


def wrap(text):
    # a figure is never left at the end of a prose line: it is glued to the word after it
    glued = re.sub(r"(?:USD )?\d[\d,]*(?: per cent)? (?=\S)",
                   lambda m: m.group(0).replace(" ", "\x00"), text)
    out = textwrap.fill(glued, width=WIDTH, break_on_hyphens=False, break_long_words=False)
    return [l.replace("\x00", " ") for l in out.split("\n")]


def main():
    lines = []
    prose_lines = []

    def add(*ls, prose=False):
        for l in ls:
            lines.append(l)
            if prose:
                prose_lines.append(len(lines))

    add("SHIRE VALLEY CHURCHES RELIEF NETWORK",
        "",
        "EMERGENCY APPEAL: FLOODS IN MALAWI AND MOZAMBIQUE",
        "Recovery projects of our member churches for the coming months",
        "Issued in Blantyre by the relief desk of the network",
        "")
    for p in INTRO:
        add(*wrap(p), prose=True)
        add("")
    add("")

    report = []
    for n, g in enumerate(G):
        if g["banner"]:
            add(g["banner"], "")
        add(g["name"])
        if g["prose"]:
            add(*wrap(g["prose"]), prose=True)
        true_sum = sum(v for _, v in g["items"])
        declared = true_sum
        printed = [v for _, v in g["items"]]
        dropped = None
        err = g["err"]
        if err and err[0] == "declared":
            declared = err[1]
        elif err and err[0] == "item":
            printed[err[1]] = err[2]
        elif err and err[0] == "drop":
            dropped = err[1]
        item_lines, listed = [], []
        for i, (title, _) in enumerate(g["items"]):
            if i == dropped:
                continue
            l = f"- {title} \u2013 USD {en(printed[i])}"
            assert len(l) <= 95, l
            add(l)
            item_lines.append(len(lines))
            listed.append(printed[i])
        add(PHRASE.format(name=g["name"], fig=en(declared)))
        close = len(lines)
        add("", "")
        report.append(dict(n=n + 1, name=g["name"], close=close, declared=declared,
                           computed=sum(listed), listed=listed, item_lines=item_lines, err=err,
                           true_sum=true_sum, items=g["items"]))

    add("HOW TO GIVE")
    for i, p in enumerate(CLOSING):
        add(*wrap(p), prose=True)
        if i + 1 < len(CLOSING):
            add("")

    # checks of the house form
    for k in prose_lines:
        l = lines[k - 1]
        assert not re.search(r"\d\W*$", l), (k, l)  # no figure at the end of a prose line
    for l in lines:
        if l.startswith("Funds sought"):
            assert not re.search(r"total|sum", l, re.I), l
    assert 12 <= len(G) and all(2 <= len(r["listed"]) <= 5 for r in report)
    bad = [r for r in report if r["declared"] != r["computed"]]
    assert [r["n"] for r in bad] == [1, 7, len(G)], bad

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    for r in report:
        flag = "" if r["declared"] == r["computed"] else "  <-- MISMATCH"
        print(f"{r['n']:2} {r['name']:<10} close={r['close']:<4} declared={r['declared']:<8} "
              f"computed={r['computed']:<8} items={r['item_lines']} {r['listed']} "
              f"true={r['true_sum']} err={r['err']}{flag}")


if __name__ == "__main__":
    main()
