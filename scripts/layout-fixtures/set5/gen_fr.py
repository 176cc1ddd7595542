# Generator for fixtures/layouts/blind/fr-espaces.txt: a French-language appeal of an invented
# francophone NGO network (Réseau Solidarité Sahel-Océan, RESSO), EUR, French number format
# (space grouping with U+00A0, U+202F in a few figures, decimal comma, "EUR" after the figure).
import random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *

COUNTRIES = [  # heading, "pour ..." phrase, two places
    ("SÉNÉGAL", "le Sénégal", "Kolda", "Matam"),
    ("MALI", "le Mali", "Ségou", "Mopti"),
    ("BURKINA FASO", "le Burkina Faso", "Dori", "Kaya"),
    ("NIGER", "le Niger", "Tillabéri", "Diffa"),
    ("CÔTE D'IVOIRE", "la Côte d'Ivoire", "Korhogo", "Man"),
    ("GUINÉE", "la Guinée", "Kankan", "Labé"),
    ("BÉNIN", "le Bénin", "Natitingou", "Kandi"),
    ("TOGO", "le Togo", "Dapaong", "Sokodé"),
    ("CAMEROUN", "le Cameroun", "Maroua", "Bertoua"),
    ("TCHAD", "le Tchad", "Abéché", "Mongo"),
    ("RÉPUBLIQUE CENTRAFRICAINE", "la République centrafricaine", "Bambari", "Bossangoa"),
    ("MAURITANIE", "la Mauritanie", "Kiffa", "Néma"),
    ("MADAGASCAR", "Madagascar", "Ambovombe", "Tsihombe"),
    ("HAÏTI", "Haïti", "Jérémie", "Jacmel"),
    ("BURUNDI", "le Burundi", "Gitega", "Rumonge"),
    ("RWANDA", "le Rwanda", "Nyagatare", "Rusizi"),
    ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "la République démocratique du Congo", "Kalemie", "Bunia"),
    ("CONGO", "le Congo", "Bétou", "Impfondo"),
    ("GABON", "le Gabon", "Tchibanga", "Makokou"),
    ("COMORES", "les Comores", "Mohéli", "Anjouan"),
    ("DJIBOUTI", "Djibouti", "Obock", "Tadjourah"),
    ("LIBAN", "le Liban", "Tripoli", "Baalbek"),
]
ACTS = [
    "Forages et pompes solaires à {p}", "Cantines scolaires dans la région de {p}",
    "Semences et outils pour les coopératives de {p}", "Centre de santé communautaire de {p}",
    "Prise en charge de la malnutrition aiguë à {p}", "Latrines et hygiène dans les écoles de {p}",
    "Transferts monétaires aux ménages déplacés de {p}", "Maraîchage des groupements de femmes de {p}",
    "Réhabilitation des pistes rurales autour de {p}", "Formation des agents de santé de {p}",
    "Abris d'urgence pour les familles sinistrées de {p}", "Protection de l'enfance à {p}",
    "Banques de céréales des villages de {p}", "Vaccination du bétail dans le cercle de {p}",
    "Accès à l'eau potable dans les quartiers de {p}", "Alphabétisation des adultes à {p}",
    "Soutien psychosocial aux rescapés de {p}", "Microcrédit pour les artisans de {p}",
]
PROSE = [
    "Dans la région de {a}, plus de {n1} ménages ont perdu leurs récoltes en 2021 et {pc}\u00a0% des "
    "enfants de moins de cinq ans souffrent de malnutrition. Nos partenaires locaux interviennent "
    "depuis 2016 aux côtés des autorités communales.",
    "Les inondations de 2020 ont touché {n1} personnes autour de {a} et de {b}. Le réseau y "
    "soutient {n2} familles, dont {pc}\u00a0% sont dirigées par des femmes.",
    "À {b}, le taux d'accès à l'eau potable ne dépasse pas {pc}\u00a0% ; {n2} élèves fréquentent des "
    "écoles sans latrines. Les projets ci-dessous ont été validés par le comité national en 2022.",
]


def elide(t):
    for v in "AEIOUÉÂÎ":
        t = t.replace(" de " + v, " d'" + v)
    return t


def build():
    rng = random.Random(5501)
    d = Doc(); rows, marks = [], []
    d.add("RÉSEAU SOLIDARITÉ SAHEL-OCÉAN (RESSO)")
    d.add("Appel de fonds 2022 – Sécurité alimentaire, eau, santé et protection")
    d.add("")
    d.para("Le Réseau Solidarité Sahel-Océan regroupe 48 associations membres dans 22 pays. "
           "En 2021, il a atteint 1,3 million de personnes avec un budget de 9,8 millions d'euros, "
           "soit 12\u00a0% de plus qu'en 2020. Le présent appel présente, pays par pays, les projets "
           "retenus par les comités nationaux et le montant demandé pour chaque pays.")
    d.para("Les montants sont exprimés en euros (EUR). Chaque liste de projets est suivie du "
           "total demandé pour le pays.")
    N = len(COUNTRIES); mid = N // 2
    # per-country special handling (index -> what)
    nnbsp_items = {(2, 1), (7, 0), (12, 2), (16, 1), (19, 0)}
    nnbsp_totals = {4, 15}
    cents = {3: [Dm("0.50")], 9: [Dm("0.25"), Dm("0.50")], 14: [Dm("0.75")], 20: [Dm("0.40")]}
    fmt_err = {6: (1, "period"), 13: (0, "hyphen"), 18: (2, "nocur")}
    acts = ACTS[:]
    for ci, (head, pour, a, b) in enumerate(COUNTRIES):
        d.add(head); d.add("")
        d.para(elide(PROSE[ci % 3].format(a=a, b=b, n1=fr(rng.randrange(8, 60) * 1000),
                                    n2=fr(rng.randrange(3, 40) * 100), pc=rng.randrange(18, 64))))
        k = 3 + ci % 3
        vals = amounts(rng, k)
        for j, c in enumerate(cents.get(ci, [])):
            vals[j + 1] += c
        rng.shuffle(acts)
        titles = [elide(acts[j].format(p=(a if j % 2 == 0 else b))) for j in range(k)]
        printed = vals[:]; listed = vals[:]; declared = sum(vals)
        if ci == 0:                     # wrong digit in the declared total
            s = str(int(declared)); pos = len(s) - 5
            declared = Dm(s[:pos] + str((int(s[pos]) + 3) % 10) + s[pos + 1:])
            marks.append(f"{head}: total digit changed")
        if ci == mid:                   # two digits of an item swapped, the total counts the original
            printed[1] = swap2(vals[1]); listed = printed[:]
            marks.append(f"{head}: item 2 printed {plain(printed[1])} for {plain(vals[1])}")
        if ci == N - 1:                 # an item removed, the total still counts it
            marks.append(f"{head}: removed '{titles[-1]}' {plain(vals[-1])}")
            printed = printed[:-1]; listed = listed[:-1]; titles = titles[:-1]
        for j, (t, v) in enumerate(zip(titles, printed)):
            sep = NNBSP if (ci, j) in nnbsp_items else NBSP
            num, dash, cur = fr(v, sep), "–", " EUR"
            if fmt_err.get(ci, (None,))[0] == j:
                kind = fmt_err[ci][1]
                if kind == "period": num = fr(v, ".")
                if kind == "hyphen": dash = "-"
                if kind == "nocur": cur = ""
                marks.append(f"line {d.n + 1}: {kind} {plain(v)}")
            d.add(f"• {t} {dash} {num}{cur}")
        d.add("")
        d.add(f"Total pour {pour} : {fr(declared, NNBSP if ci in nnbsp_totals else NBSP)} EUR")
        rows.append((d.n, head.title(), listed, declared))
        d.add("")
    d.para("Les contributions peuvent être affectées à un pays ou à l'ensemble de l'appel. "
           "Le rapport financier de 2022 sera publié en juin 2023.")
    d.add("RESSO – Dakar, février 2022")
    return d, rows, marks


if __name__ == "__main__":
    d, rows, marks = build()
    d.write("fr-espaces.txt")
    write_tsv("fr-espaces.sections.tsv", rows)
    report("fr-espaces", rows, marks)
