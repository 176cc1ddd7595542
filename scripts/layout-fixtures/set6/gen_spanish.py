#!/usr/bin/env python3
"""Generate fixtures/layouts/learned/spanish-appeal.txt: a Spanish-language emergency appeal (invented
publisher, real departments of Central America's Dry Corridor, invented projects and figures), EUR in
European format after the figure ("• Título – 120.000 EUR"), one total per department in a Spanish
wording of its own, "Necesidades de financiación de NAME: 1.234.567 EUR", stated after its projects.

Written blind (no crossfoot source read, crossfoot not run). Deterministic: no randomness, no clock.
Only sum errors are injected, three of them:
- FIRST group (Chiquimula): one project's figure printed with two digits swapped;
- a middle group (Intibucá): one project left out of the text, the total still counts it;
- LAST group (Estelí): the total printed with two adjacent digits swapped.
Every other group foots exactly. The .expected is hand-written from the generated text; this script
only prints each group's lines and figures to compare with it.

Usage (from anywhere): python3 scripts/layout-fixtures/set6/gen_spanish.py"""
import re
import sys
import textwrap
from decimal import Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "fixtures" / "layouts" / "learned" / "spanish-appeal.txt"

WORDING = "Necesidades de financiación de {name}: {fig} EUR"
DASH = "–"          # en dash, U+2013, between a title and its amount
BULLET = "•"        # U+2022


def es(n):
    """European format for whole euros: '.' groups thousands, no decimals."""
    n = D(n)
    assert n == n.to_integral_value() and n > 0, n
    s = str(int(n))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ".".join(parts)


G = []


def grp(country, name, prose, items, err=None):
    G.append(dict(country=country, name=name, prose=prose,
                  items=[(t, D(v)) for t, v in items], err=err))


# ------------------------------------------------------------------------------------------ GUATEMALA
grp("GUATEMALA", "Chiquimula",
    "En los municipios de Jocotán, Camotán y Olopa se han perdido tres cosechas seguidas de maíz y "
    "frijol desde 2021. Cerca del 40 % de los hogares ha reducido el número de comidas diarias y las "
    "familias ch'ortís venden sus animales para comprar alimentos.",
    [("Transferencias de efectivo para familias ch'ortís de Jocotán", "238000"),
     ("Semillas resistentes a la sequía y huertos familiares en Camotán", "164500"),
     ("Tratamiento de la desnutrición aguda infantil en Olopa", "127000"),
     ("Cosecha de agua de lluvia en escuelas rurales", "85500")],
    dict(kind="swap", i=1, printed=D("146500")))      # 164.500 printed 146.500
grp(None, "Jalapa",
    "En el oriente de Jalapa, la canícula de 2023 duró más de 40 días. Unas 6.500 familias de "
    "San Pedro Pinula y San Luis Jilotepeque dependen de la ayuda alimentaria hasta la próxima cosecha.",
    [("Asistencia alimentaria para hogares con mujeres jefas de familia", "142000"),
     ("Rehabilitación de sistemas de agua comunitarios en San Pedro Pinula", "118500"),
     ("Formación en conservación de suelos para pequeños productores", "64000")])
grp(None, "Baja Verapaz",
    "Rabinal y Cubulco registran las tasas de desnutrición crónica más altas del departamento: "
    "más de la mitad de los menores de cinco años.",
    [("Alimentos por trabajo en Rabinal y Cubulco", "176000"),
     ("Vigilancia nutricional comunitaria en Salamá", "93500")])
grp(None, "Huehuetenango",
    "Huehuetenango es el departamento con más personas retornadas desde México y los Estados Unidos. "
    "Solo en 2023, cerca de 18.000 personas llegaron al centro de recepción.",
    [("Protección y orientación a personas migrantes retornadas", "211000"),
     ("Apoyo psicosocial para niñas, niños y adolescentes", "87000"),
     ("Insumos agrícolas para familias mam en Cuilco", "132500"),
     ("Kits de higiene y agua segura en albergues temporales", "58000")])
# ------------------------------------------------------------------------------------------- HONDURAS
grp("HONDURAS", "Choluteca",
    "En la zona sur, las lluvias llegaron con seis semanas de retraso. Las pérdidas en los cultivos de "
    "granos básicos superan el 60 % en Marcovia, Namasigüe y El Triunfo.",
    [("Transferencias monetarias multipropósito en Marcovia y Namasigüe", "254000"),
     ("Reparación de pozos y sistemas de riego por goteo", "171000"),
     ("Atención a la desnutrición en centros de salud de El Triunfo", "96500")])
grp(None, "Lempira",
    "Nuestra organización socia trabaja desde 2015 con 42 comunidades lencas del departamento.",
    [("Bancos comunitarios de semillas criollas en Gracias", "118000"),
     ("Comedores escolares en aldeas lencas de Erandique", "104500"),
     ("Letrinas y promoción de la higiene en San Andrés", "71500")])
grp(None, "Intibucá",
    "En el altiplano de Intibucá, las heladas de enero de 2024 se sumaron a la sequía. Unas 2.800 "
    "familias perdieron su cosecha de papa y hortalizas.",
    [("Asistencia alimentaria de emergencia en Yamaranguila", "187000"),
     ("Recuperación de cultivos de papa y hortalizas en La Esperanza", "143500"),
     ("Salud materna e infantil en comunidades lencas", "112000"),
     ("Acceso a agua potable en escuelas de Jesús de Otoro", "79500")],
    dict(kind="drop", i=2))                           # 'Salud materna ...' left out of the text
grp(None, "El Paraíso",
    "Por Trojes y Danlí pasan cada día cientos de personas migrantes que se dirigen hacia el norte.",
    [("Apoyo a familias cafetaleras afectadas por la roya y la sequía", "165000"),
     ("Atención a personas en tránsito en Trojes y Danlí", "138500")])
# ---------------------------------------------------------------------------------------- EL SALVADOR
grp("EL SALVADOR", "Morazán",
    "En el norte de Morazán, el 70 % de las familias vive de la agricultura de subsistencia en "
    "laderas con suelos muy degradados.",
    [("Huertos escolares y alimentación complementaria", "92000"),
     ("Reservorios de agua para riego de subsistencia", "147500"),
     ("Capacitación en gestión de riesgos para comités locales", "53000")])
grp(None, "Usulután",
    "La sequía y la subida de la temperatura del mar han reducido la pesca en la bahía de Jiquilisco, "
    "de la que dependen unas 4.000 familias.",
    [("Transferencias de efectivo para pescadores artesanales de Jiquilisco", "126000"),
     ("Restauración de manglares con trabajo remunerado", "88500"),
     ("Agua segura para comunidades del Bajo Lempa", "134000")])
grp(None, "La Unión", None,
    [("Medios de vida para jóvenes en riesgo de migrar", "109000"),
     ("Protección de la niñez en zonas fronterizas del golfo de Fonseca", "76500")])
# ------------------------------------------------------------------------------------------ NICARAGUA
grp("NICARAGUA", "Madriz",
    "En Somoto y Totogalpa, la primera siembra de 2023 se perdió casi por completo. Trabajamos con "
    "cinco cooperativas que agrupan a unas 1.200 familias.",
    [("Semillas de frijol y sorgo para familias de Somoto y Totogalpa", "121000"),
     ("Cosecha de agua y obras de conservación en laderas", "97500"),
     ("Vigilancia nutricional de menores de cinco años", "48000")])
grp(None, "Nueva Segovia", None,
    [("Asistencia alimentaria para familias en Mozonte y Dipilto", "158000"),
     ("Rehabilitación de pozos comunitarios", "82500")])
grp(None, "Estelí",
    "En los barrios periurbanos de Estelí viven muchas familias que abandonaron el campo en 2019, "
    "después de otra sequía.",
    [("Microcréditos para mujeres productoras en Condega", "117000"),
     ("Comedores infantiles en barrios periurbanos de Estelí", "69500"),
     ("Riego por goteo para cooperativas de Pueblo Nuevo", "143000")],
    dict(kind="total", printed=D("392500")))          # 329.500 printed 392.500

INTRO = [
    "Queridas amigas y queridos amigos:",
    "El fenómeno de El Niño ha traído a Centroamérica la peor sequía de la última década. En el "
    "Corredor Seco, que atraviesa Guatemala, Honduras, El Salvador y Nicaragua, más de 3,5 millones "
    "de personas no tienen hoy alimentos suficientes, y muchas familias ven la migración como su "
    "única salida.",
    "En 2023 ustedes aportaron 2,4 millones de euros a nuestros programas en la región, un 15 % más "
    "que el año anterior. Con este llamamiento presentamos los proyectos de 2024, ordenados por país "
    "y departamento, y las necesidades de financiación de cada departamento. Todas las cantidades se "
    "expresan en euros.",
    "Con 30 euros se entrega un kit de higiene a una familia durante un mes; con 120 euros, una "
    "familia recibe semillas y herramientas para toda la temporada de siembra.",
]

OUTRO = [
    "Los gastos de administración de la fundación fueron del 7,5 % de los gastos en 2023. Las "
    "donaciones desgravan en el impuesto sobre la renta y enviaremos el certificado fiscal en "
    "el mes de enero a quien lo solicite.",
]


def wrap(p, width=92):
    # a word holding a digit ("3,5", "2024,") is kept on one line with the words on both sides of it,
    # and a "%" or "euros" with the word after it ("más de 3,5 millones", "de 2024, ordenados",
    # "15 % más"), so that no prose line ends or begins with a figure
    words = p.split(" ")
    glue = [bool(re.search(r"\d", a) or re.search(r"\d", b) or re.match(r"^(%|euros)", a))
            for a, b in zip(words, words[1:])]
    p = "".join(w + ("\x00" if g else " ") for w, g in zip(words, glue)) + words[-1]
    lines = textwrap.fill(p, width=width, break_on_hyphens=False, break_long_words=False)
    lines = lines.replace("\x00", " ").split("\n")
    for l in lines:
        # prose never ends a line with a figure (alone or with %, EUR, euros): only bullets and totals do
        assert not re.search(r"(\d|\d\W*(%|EUR|euros?))\W*$", l), f"prose line ends with a figure: {l!r}"
        assert not re.match(r"^\W*\d", l), f"prose line begins with a figure: {l!r}"
    return lines


def main():
    L = []                      # lines of the document, no trailing newline

    def add(*xs):
        L.extend(xs)
        return len(L)           # 1-based number of the last line added

    add("FUNDACIÓN HORIZONTE SOLIDARIO",
        "Ayuda humanitaria y cooperación · Zaragoza",
        "",
        "LLAMAMIENTO DE EMERGENCIA 2024",
        "Sequía en el Corredor Seco centroamericano: alimentos, agua y protección",
        "",
        "Zaragoza, marzo de 2024",
        "")
    for p in INTRO:
        add(*wrap(p))
        add("")
    add("LOS PROYECTOS DE 2024", "")
    report = []
    for n, g in enumerate(G):
        if g["country"]:
            add(g["country"], "")
        head = add(g["name"])
        if g["prose"]:
            add(*wrap(g["prose"]))
        err = g["err"] or {}
        printed = [v for _, v in g["items"]]
        if err.get("kind") == "swap":
            printed[err["i"]] = err["printed"]
        true_total = sum(v for _, v in g["items"])
        declared = err["printed"] if err.get("kind") == "total" else true_total
        listed = []
        for i, (title, _) in enumerate(g["items"]):
            if err.get("kind") == "drop" and err["i"] == i:
                continue
            line = f"{BULLET} {title} {DASH} {es(printed[i])} EUR"
            assert len(line) <= 92 and not re.search(r"\d", title) and DASH not in title, line
            ln = add(line)
            listed.append((ln, printed[i]))
        assert 2 <= len(listed) <= 5, g["name"]
        add("")
        tl = add(WORDING.format(name=g["name"], fig=es(declared)))
        add("")
        computed = sum(v for _, v in listed)
        report.append((n, g["name"], head, tl, declared, computed, true_total, err.get("kind"), listed))
    add("CÓMO COLABORAR", "")
    for p in OUTRO:
        add(*wrap(p))
        add("")
    add("Cuenta de donaciones: Caja Rural del Ebro",
        "IBAN ES91 3191 0027 4105 6630 8214 · BIC CREBESZZXXX",
        "Concepto de la transferencia: «Corredor Seco»")
    text = "\n".join(L) + "\n"
    assert "\r" not in text and "\t" not in text
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(text.encode("utf-8"))

    # ---- what the hand-written .expected must say (printed, not written)
    bad = [r for r in report if r[4] != r[5]]
    assert [r[0] for r in bad] == [0, 6, len(G) - 1], [r[0] for r in bad]
    assert report[0][7] == "swap" and report[6][7] == "drop" and report[-1][7] == "total"
    first_ok = next(r for r in report if r[4] == r[5])
    print(f"{OUT.relative_to(ROOT)}: {len(L)} lines, {len(G)} groups")
    for n, name, head, tl, dec, comp, true, kind, listed in report:
        mark = "OK " if dec == comp else "BAD"
        print(f"{mark} {n + 1:2} {name:14} head={head:3} total_line={tl:3} declared={dec} computed={comp} "
              f"true={true} items={[ln for ln, _ in listed]} {kind or ''}")
    print(f"first footing total: {first_ok[1]} at line {first_ok[3]}; "
          f"{sum(1 for r in report if r[4] == r[5])} of {len(report)} statements foot")


if __name__ == "__main__":
    sys.exit(main())
