# Generator for fixtures/layouts/blind/usd-dollar-sign.txt: an invented American NGO's appeal after
# an invented hurricane, USD written with the dollar sign ("$1,234,567", some "$ 1,234,567"), hyphen
# list "- Title: $n", totals "TOTAL FOR COUNTY: $n", one group per county or parish.
import random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *

COUNTIES = [  # heading, name in the total, town
    ("Cameron Parish, Louisiana", "CAMERON PARISH", "Holly Beach"),
    ("Calcasieu Parish, Louisiana", "CALCASIEU PARISH", "Sulphur"),
    ("Vermilion Parish, Louisiana", "VERMILION PARISH", "Abbeville"),
    ("Terrebonne Parish, Louisiana", "TERREBONNE PARISH", "Houma"),
    ("Lafourche Parish, Louisiana", "LAFOURCHE PARISH", "Thibodaux"),
    ("Jefferson County, Texas", "JEFFERSON COUNTY", "Port Arthur"),
    ("Orange County, Texas", "ORANGE COUNTY", "Vidor"),
    ("Chambers County, Texas", "CHAMBERS COUNTY", "Anahuac"),
    ("Galveston County, Texas", "GALVESTON COUNTY", "La Marque"),
    ("Brazoria County, Texas", "BRAZORIA COUNTY", "Freeport"),
    ("Hancock County, Mississippi", "HANCOCK COUNTY", "Bay St. Louis"),
    ("Harrison County, Mississippi", "HARRISON COUNTY", "Gulfport"),
    ("Jackson County, Mississippi", "JACKSON COUNTY", "Pascagoula"),
    ("Mobile County, Alabama", "MOBILE COUNTY", "Bayou La Batre"),
    ("Baldwin County, Alabama", "BALDWIN COUNTY", "Foley"),
    ("Escambia County, Florida", "ESCAMBIA COUNTY", "Pensacola"),
    ("Santa Rosa County, Florida", "SANTA ROSA COUNTY", "Milton"),
    ("Okaloosa County, Florida", "OKALOOSA COUNTY", "Crestview"),
    ("Walton County, Florida", "WALTON COUNTY", "DeFuniak Springs"),
    ("Bay County, Florida", "BAY COUNTY", "Panama City"),
    ("Gulf County, Florida", "GULF COUNTY", "Port St. Joe"),
]
ACTS = [
    "Roof tarping and emergency repairs in {t}", "Mobile medical unit for {t}",
    "Debris removal for elderly homeowners in {t}", "Rental assistance for displaced families in {t}",
    "Mold remediation in {t} public housing", "Hot meals and food boxes in {t}",
    "Case management for uninsured households in {t}", "Generator loans for home oxygen users in {t}",
    "Reopening of the {t} childcare center", "Small business recovery grants in {t}",
    "Mental health counseling for first responders in {t}", "Replacement school supplies in {t}",
    "Temporary shelter at the {t} fairgrounds", "Drinking water distribution in {t}",
    "Legal aid for FEMA appeals in {t}", "Rebuilding the {t} community food pantry",
    "Shrimp boat and dock repairs in {t}", "Volunteer housing and tool library in {t}",
]
PROSE = [
    "Hurricane Odessa made landfall on September 14, 2023 as a Category 4 storm with winds of "
    "{w} mph. In {t}, more than {n} homes were damaged and {pc}% of households had no power for "
    "a week.",
    "Storm surge of {s} feet flooded most of {t}. Local partners estimate that {n} residents are "
    "still displaced and that only {pc}% of damaged homes were insured for flood.",
    "Our teams have worked in {t} since Hurricane Laura in 2020. This year {n} families have "
    "registered for help; {pc}% of them include a person over 65.",
]


def build():
    rng = random.Random(5502)
    d = Doc(); rows, marks = [], []
    d.add("GULF NEIGHBORS RELIEF FUND")
    d.add("Hurricane Odessa Recovery Appeal - October 2023")
    d.add("")
    d.para("Gulf Neighbors Relief Fund is a network of 31 community organizations from Texas to "
           "Florida. After Hurricane Odessa, our members served 46,000 people in the first 30 days. "
           "This appeal lists the recovery projects proposed for each county or parish, with the "
           "amount requested, followed by the total for that county or parish.")
    d.para("All amounts are in US dollars. A gift of $50 provides a cleaning kit; $250 covers a "
           "week of temporary lodging for one family.")
    N = len(COUNTIES); mid = N // 2
    spaced = {(1, 2), (4, 0), (8, 1), (11, 3), (15, 0), (17, 2), (20, 1)}
    fmt_err = {5: (2, "short"), 12: (0, "nocur"), 16: (1, "locale")}
    acts = ACTS[:]
    for ci, (head, tname, town) in enumerate(COUNTIES):
        d.add(head); d.add("")
        d.para(PROSE[ci % 3].format(t=town, w=rng.randrange(120, 150), s=rng.randrange(6, 15),
                                    n=en(rng.randrange(8, 90) * 100), pc=rng.randrange(20, 75)))
        k = 3 + (ci * 2) % 3
        vals = amounts(rng, k, 30, 1400)
        if ci == 5:     # the short-group item is read as its digits: make it a 6-digit amount
            vals[2] = Dm(rng.randrange(100, 999) * 1000 + rng.randrange(101, 999, 10))
        rng.shuffle(acts)
        titles = [acts[j].format(t=town) for j in range(k)]
        printed = vals[:]; listed = vals[:]; declared = sum(vals)
        if ci == 0:
            s = str(int(declared)); pos = len(s) - 6
            declared = Dm(s[:pos] + str((int(s[pos]) + 1) % 10) + s[pos + 1:])
            marks.append(f"{head}: total digit changed")
        if ci == mid:
            printed[0] = swap2(vals[0]); listed = printed[:]
            marks.append(f"{head}: item 1 printed {plain(printed[0])} for {plain(vals[0])}")
        if ci == N - 1:
            marks.append(f"{head}: removed '{titles[1]}' {plain(vals[1])}")
            del printed[1], listed[1], titles[1]
        for j, (t, v) in enumerate(zip(titles, printed)):
            cur = "$ " if (ci, j) in spaced else "$"
            num = en(v)
            if fmt_err.get(ci, (None,))[0] == j:
                kind = fmt_err[ci][1]
                if kind == "short":
                    s = str(int(v)); num = s[0] + "," + s[1:4] + "," + s[4:]
                if kind == "nocur": cur = ""
                if kind == "locale": num = en(v).replace(",", ".")
                marks.append(f"line {d.n + 1}: {kind} {plain(v)}")
            d.add(f"- {t}: {cur}{num}")
        d.add("")
        d.add(f"TOTAL FOR {tname}: ${en(declared)}")
        rows.append((d.n, tname.title(), listed, declared))
        d.add("")
    d.para("Gifts can be designated for one county or parish or for the whole appeal. Gulf "
           "Neighbors Relief Fund is a 501(c)(3) organization; our audited accounts for 2022 are "
           "available on request.")
    d.add("Gulf Neighbors Relief Fund - Mobile, Alabama - October 2, 2023")
    return d, rows, marks


if __name__ == "__main__":
    d, rows, marks = build()
    d.write("usd-dollar-sign.txt")
    write_tsv("usd-dollar-sign.sections.tsv", rows)
    report("usd-dollar-sign", rows, marks)
