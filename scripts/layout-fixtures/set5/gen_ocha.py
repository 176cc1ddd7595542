# Generator for fixtures/layouts/blind/ocha-two-line-items.txt: an OCHA-style response plan where
# each project takes two lines (code and title; indented "Requirements: US$ n"), projects grouped
# by cluster with "Cluster sub-total: US$ n", clusters grouped by state with
# "Total for STATE: US$ n" (= sum of the state's cluster sub-totals as printed).
import random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *

STATES = [  # name, places
    ("Jonglei", ["Pibor", "Bor", "Akobo", "Ayod"]),
    ("Upper Nile", ["Malakal", "Renk", "Nasir", "Maban"]),
    ("Unity", ["Bentiu", "Leer", "Mayendit", "Panyijiar"]),
    ("Warrap", ["Kuajok", "Tonj", "Twic", "Gogrial"]),
    ("Lakes", ["Rumbek", "Yirol", "Cueibet", "Awerial"]),
    ("Western Equatoria", ["Yambio", "Maridi", "Tambura", "Ezo"]),
    ("Central Equatoria", ["Yei", "Morobo", "Kajo-Keji", "Terekeka"]),
    ("Eastern Equatoria", ["Torit", "Kapoeta", "Magwi", "Budi"]),
]
CLUSTERS = [  # heading, code letter, titles
    ("Health", "H", ["Primary health care in {p}", "Cholera preparedness and response in {p}",
                     "Mobile clinics for displaced people around {p}", "Emergency obstetric care in {p}"]),
    ("Nutrition", "N", ["Treatment of severe acute malnutrition in {p}",
                        "Blanket supplementary feeding in {p}", "Infant feeding counselling in {p}"]),
    ("Food Security and Livelihoods", "FSL", ["Emergency livelihood kits for returnees in {p}",
                                             "Cash for work on flood dykes in {p}",
                                             "Fishing and vegetable kits in {p}"]),
    ("Water, Sanitation and Hygiene", "WASH", ["Borehole rehabilitation in {p}",
                                              "Sanitation in the {p} displacement sites",
                                              "Hygiene promotion in {p} schools"]),
    ("Protection", "P", ["Case management for survivors of gender-based violence in {p}",
                         "Family tracing and reunification in {p}", "Protection monitoring in {p}"]),
]
PROSE = [
    "{s} remains among the worst-affected states: an estimated {m} million people need assistance "
    "in 2022, {pc} per cent of them children. Flooding in 2021 displaced {n} people in {a}.",
    "In {s}, partners plan to reach {n} people in 2022. Access along the {a}–{b} road is cut for "
    "five months of the year, and {pc} per cent of health facilities are not functional.",
]


def build():
    rng = random.Random(5503)
    d = Doc(); rows, marks = [], []
    d.add("SOUTH SUDAN")
    d.add("HUMANITARIAN RESPONSE PLAN 2022 – PROJECT LIST BY STATE (ILLUSTRATIVE EDITION)")
    d.add("Issued by the Humanitarian Country Team, January 2022")
    d.add("")
    d.para("This annex lists the projects of the 2022 plan for eight states. Each project is shown "
           "with its code and title and, on the next line, its financial requirements. Projects "
           "are grouped by cluster, each cluster ends with its sub-total, and each state ends with "
           "its total, which is the sum of the cluster sub-totals of that state. In 2022, 8.9 "
           "million people are in need, and the plan seeks US$ 1.7 billion overall.")
    serial = 170400
    plan = [3, 3, 3, 2, 3, 3, 2, 3]          # clusters per state
    nsub = sum(plan); mid_state = 3          # Warrap: state-level error (middle group)
    fmt_err = {(1, 1, 0): "nocur", (4, 0, 2): "long", (6, 1, 1): "locale"}
    subidx = 0
    for si, (state, places) in enumerate(STATES):
        d.add(state.upper()); d.add("")
        d.para(PROSE[si % 2].format(s=state, a=places[0], b=places[1],
                                    m=f"{rng.randrange(4, 14) / 10:.1f}",
                                    n=en(rng.randrange(20, 300) * 100), pc=rng.randrange(25, 70)))
        cls = rng.sample(CLUSTERS, plan[si])
        subs_printed = []
        for ki, (cname, code, titles) in enumerate(cls):
            d.add(cname)
            k = 2 + (si + ki) % 2
            vals = amounts(rng, k, 60, 2400, 500)
            if (si, ki) in [(a, b) for (a, b, c) in fmt_err]:
                j = [c for (a, b, c) in fmt_err if (a, b) == (si, ki)][0]
                if j >= k:
                    vals.append(amounts(rng, 1, 60, 2400, 500)[0]); k += 1
            ts = rng.sample(titles, min(k, len(titles)))
            while len(ts) < k: ts.append(titles[len(ts) % len(titles)])
            for j in range(k):
                serial += rng.randrange(3, 60)
                d.add(f"SSD-22/{code}/{serial}  {ts[j].format(p=places[j % 4])}")
                num, cur = en(vals[j]), "US$ "
                kind = fmt_err.get((si, ki, j))
                if kind == "nocur": cur = ""
                if kind == "locale": num = en(vals[j]).replace(",", ".")
                if kind == "long":
                    s = str(int(vals[j]))        # one four-digit group: "12,3500" style
                    num = s[:-4] + "," + s[-4:]
                if kind: marks.append(f"line {d.n + 1}: {kind} {plain(vals[j])}")
                d.add(f"    Requirements: {cur}{num}")
            declared = sum(vals)
            if subidx == 0:
                s = str(int(declared)); pos = len(s) - 5
                declared = Dm(s[:pos] + str((int(s[pos]) + 2) % 10) + s[pos + 1:])
                marks.append(f"{state}/{cname}: sub-total digit changed")
            d.add(f"Cluster sub-total: US$ {en(declared)}")
            rows.append((d.n, f"{state} / {cname}", vals, declared))
            subs_printed.append(declared)
            subidx += 1
            d.add("")
        declared = sum(subs_printed)
        if si == mid_state:      # two sub-totals added with one of them misread: digits swapped
            declared = declared - subs_printed[1] + swap2(subs_printed[1])
            marks.append(f"{state}: state total counts sub-total 2 as {plain(swap2(subs_printed[1]))}")
        if si == len(STATES) - 1:  # the state total leaves out the last cluster
            declared = declared - subs_printed[-1]
            marks.append(f"{state}: state total leaves out the last cluster sub-total")
        d.add(f"Total for {state}: US$ {en(declared)}")
        rows.append((d.n, state, subs_printed, declared))
        d.add("")
    d.para("Project requirements are as registered in the Financial Tracking Service on 15 "
           "January 2022 and may be revised during the year.")
    return d, rows, marks


if __name__ == "__main__":
    d, rows, marks = build()
    d.write("ocha-two-line-items.txt")
    write_tsv("ocha-two-line-items.sections.tsv", rows)
    report("ocha-two-line-items", rows, marks)
