#!/usr/bin/env python3
"""Generate layouts2/german-totals.txt: a German Spendenaufruf, EUR in European format after the
figure ("120.000 €"), totals "Gesamtbedarf Nord-Kivu: 1.234.567 €". Only sum errors."""
from decimal import Decimal as D
from common import (Doc, de, key, write_tsv, write_expected, emit_group, findings_for, row_for, wrap,
                    OUT)

G = []


def grp(head, name, prose, items, errs=None):
    G.append(dict(head=head, name=name, prose=prose, items=[(t, D(v)) for t, v in items],
                  errs=errs or []))


grp("DEMOKRATISCHE REPUBLIK KONGO", "Nord-Kivu",
    "Seit dem Ende der M23-Rebellion im November 2013 kehren viele Familien in die Gebiete Rutshuru "
    "und Masisi zurück. Zugleich leben noch immer rund 1 Mio. Vertriebene in der Provinz, viele "
    "davon in Lagern rund um Goma. Unsere Partner haben 2013 mehr als 42.000 Menschen erreicht.",
    [("Saatgut und Werkzeug für Rückkehrerfamilien in Rutshuru", "284000"),
     ("Basisgesundheitsversorgung in drei Gesundheitszonen in Masisi", "356500"),
     ("Schutz und psychosoziale Begleitung von Überlebenden sexueller Gewalt", "198000"),
     ("Trinkwasserversorgung in den Lagern Mugunga I und III", "142500")],
    [dict(kind="swap", i=1, printed=D(365500), why="has two digits swapped (Zahlendreher)")])
grp(None, "Süd-Kivu",
    "In den Hochplateaus von Fizi und Mwenga sind bewaffnete Gruppen weiter aktiv. Etwa "
    "15 Prozent der Kinder unter fünf Jahren sind akut mangelernährt.",
    [("Behandlung akuter Mangelernährung in Fizi", "312000"),
     ("Wiederaufbau von Schulen in Mwenga", "187400"),
     ("Einkommen schaffende Maßnahmen für Frauengruppen in Uvira", "96600")])
grp(None, "Ituri",
    "Im Gebiet Irumu kam es 2013 zu neuen Kämpfen; rund 3.000 Familien flohen in die Stadt Bunia.",
    [("Nothilfegüter für Vertriebene in Bunia", "164000"),
     ("Cholera-Prävention am Albertsee", "88500"),
     ("Schulspeisung in Irumu", "72500")])
grp(None, "Katanga",
    "Im Norden Katangas, im sogenannten Dreieck des Todes zwischen Manono, Mitwaba und Pweto, "
    "hat sich die Zahl der Vertriebenen seit 2012 auf über 400.000 verdoppelt.",
    [("Unterkünfte und Haushaltsgüter für Vertriebene in Pweto", "246000"),
     ("Mobile Kliniken entlang der Straße Manono–Mitwaba", "173000"),
     ("Ernährungssicherung durch Saatgutmessen", "131000")])
grp("ZENTRALAFRIKANISCHE REPUBLIK", "Zentralafrikanische Republik",
    "Seit dem Umsturz im März 2013 ist die Lage außer Kontrolle geraten. Im Dezember 2013 suchten "
    "in Bangui über 100.000 Menschen Schutz auf dem Gelände des Flughafens M'Poko. Das Hilfswerk "
    "erhielt im Jahr 2013 Spenden in Höhe von 2 Mio. € für das Land.",
    [("Nahrungsmittelhilfe für Vertriebene am Flughafen M'Poko", "612000"),
     ("Medizinische Versorgung in Bossangoa", "438500"),
     ("Latrinen und Wasserstellen in den Lagern von Bangui", "217500"),
     ("Schutz von Kindern, die von bewaffneten Gruppen freigelassen wurden", "154000")])
grp("NACHBARLÄNDER", "Tschad",
    "Im Süden des Tschad sind seit Dezember 2013 mehr als 60.000 Menschen aus der "
    "Zentralafrikanischen Republik angekommen, darunter viele tschadische Rückkehrer.",
    [("Registrierung und Erstversorgung in Sido und Goré", "276000"),
     ("Wasserversorgung im Transitlager Doyaba", "143500"),
     ("Impfkampagne gegen Masern für geflüchtete Kinder", "65500")])
grp(None, "Kamerun",
    "In der Ostregion Kameruns leben rund 90.000 Flüchtlinge aus der Zentralafrikanischen Republik, "
    "die meisten in Dörfern entlang der Grenze.",
    [("Unterstützung der Gastgemeinden in Garoua-Boulaï", "218000"),
     ("Gesundheitsposten in der Region Adamaoua", "152500"),
     ("Schulmaterial und Lehrerfortbildung in Batouri", "84500")],
    [dict(kind="drop", i=1)])
grp(None, "Republik Kongo",
    "Im Norden der Republik Kongo, in der Region Likouala, leben etwa 18.000 Flüchtlinge "
    "aus beiden Nachbarländern.",
    [("Nahrungsmittel und Saatgut für Flüchtlinge in Bétou", "126000"),
     ("Gesundheitsversorgung am Ubangi", "79000")])
grp(None, "Burundi",
    "Burundi nimmt Flüchtlinge aus Süd-Kivu auf und erwartet vor den Wahlen 2015 neue Spannungen. "
    "Das Lager Musasa hat eine Kapazität von 7.000 Personen.",
    [("Lagermanagement in Musasa und Kinama", "193000"),
     ("Friedenserziehung in Schulen der Provinz Bujumbura", "58000")])
grp(None, "Ruanda",
    "Ruanda beherbergt über 73.000 Flüchtlinge aus der DR Kongo, einige von ihnen seit 1996.",
    [("Berufsausbildung für junge Flüchtlinge in Kiziba", "148000"),
     ("Psychosoziale Betreuung im Lager Gihembe", "116000"),
     ("Energiesparende Herde für das Lager Nyabiheke", "48750.50")])
grp(None, "Uganda",
    "Nach den Kämpfen in Kamango im Juli 2013 flohen innerhalb weniger Tage 66.000 Menschen nach "
    "Bundibugyo im Westen Ugandas.",
    [("Transit und Ansiedlung in Kyangwali", "265000"),
     ("Landwirtschaftliche Starthilfe für Flüchtlingsfamilien", "137500"),
     ("Wasserversorgung in Bundibugyo", "92500")])
grp(None, "Südsudan",
    "Seit dem 15. Dezember 2013 haben die Kämpfe im Südsudan fast 900.000 Menschen vertrieben. Die "
    "Provinz Western Equatoria grenzt an die DR Kongo und nimmt auch kongolesische Flüchtlinge auf.",
    [("Nothilfe für Vertriebene in Yambio", "342000"),
     ("Gesundheitsversorgung für Flüchtlinge aus der DR Kongo in Ezo", "178000"),
     ("Schutz von Kindern in Nzara", "86000")],
    [dict(kind="total", printed=D(660000),
          why="adjacent digits swapped in the total (606.000 printed 660.000)")])


def item(title, v, mod):
    body = f"{title} – {de(v)} €"
    if len(body) + 2 > 94:
        return [f"• {title}", f"  – {de(v)} €"], 1, body
    return [f"• {body}"], 0, body


def main():
    d = Doc()
    d.add("ÖKUMENISCHES HILFSWERK RHEIN-RUHR e. V.\n\n"
          "SPENDENAUFRUF 2014\n"
          "Zentralafrika und die Region der Großen Seen: Hilfe für Vertriebene und Flüchtlinge\n\n"
          "Essen, im Februar 2014\n\n")
    d.add("Liebe Spenderinnen und Spender,\n")
    for p in [
        "in der Demokratischen Republik Kongo, in der Zentralafrikanischen Republik und in ihren "
        "Nachbarländern sind heute mehr als 3,4 Mio. Menschen auf der Flucht. Unsere 14 "
        "Partnerorganisationen vor Ort leisten Nothilfe und begleiten Familien bei der Rückkehr.",
        "Im Jahr 2013 haben Sie uns mit 4,8 Mio. € unterstützt, 12 Prozent mehr als 2012. Dafür danken "
        "wir Ihnen herzlich. Auf den folgenden Seiten stellen wir die Projekte für 2014 vor, nach "
        "Provinz oder Land geordnet, jeweils mit dem Gesamtbedarf. Alle Beträge sind in Euro "
        "angegeben.",
        "Schon 25 € reichen für ein Hygienepaket, mit 80 € erhält eine Familie Saatgut und Werkzeug "
        "für eine Anbausaison."]:
        d.add(wrap(p) + "\n")
    d.add("\nDIE PROJEKTE 2014\n")
    rows, findings, infos = [], [], []
    for n, g in enumerate(G):
        if g["head"]:
            d.add(f"\n{g['head']}\n")
        if not (g["head"] and g["head"].lower() == g["name"].lower()):
            d.add(f"{g['name']}\n")
        d.add(wrap(g["prose"]) + "\n")

        def tot(name, v, mod):
            s = f"Gesamtbedarf {name}: {de(v)} €"
            return ["", s], 1, s

        info = emit_group(d, g, item, tot)
        d.blank(2)
        where = " (first group)" if n == 0 else (" (last group)" if n == len(G) - 1 else "")
        findings += findings_for(info, de, "", where)
        rows.append(row_for(info))
        infos.append(info)
    d.add("SO KÖNNEN SIE HELFEN\n")
    for p in [
        "Ihre Spende kommt ohne Umwege bei unseren Partnern an. Die Verwaltungskosten des Hilfswerks "
        "lagen 2013 bei 6,2 Prozent der Ausgaben. Spenden sind steuerlich abzugsfähig; ab 200 € "
        "senden wir Ihnen im Januar eine Zuwendungsbestätigung zu."]:
        d.add(wrap(p) + "\n")
    d.add("Spendenkonto: Rhein-Ruhr Genossenschaftsbank eG\n"
          "IBAN DE41 3506 0190 1012 2840 17 · BIC GENODEM1RRG\n"
          "Stichwort: Große Seen 2014\n")
    text = d.text()
    open(f"{OUT}/german-totals.txt", "w", encoding="utf-8").write(text)
    write_tsv(f"{OUT}/german-totals.sections.tsv", rows)
    # the drop note uses '– n €' with an empty currency word: fix the quote form
    fixed = []
    for line, rest in findings:
        fixed.append((line, rest.replace("–  ", "– ").replace("' removed", " €' removed")))
    by = {i["name"]: i for i in infos}
    L = dict(nk=by["Nord-Kivu"]["total_line"], nk_i=by["Nord-Kivu"]["item_lines"][1],
             cmr=by["Kamerun"]["total_line"], ssd=by["Südsudan"]["total_line"],
             rwa=by["Ruanda"]["total_line"], rwa_fig=de(by["Ruanda"]["declared"]))
    write_expected(f"{OUT}/german-totals.expected", HEADER.format(**L), fixed)
    for f in sorted(fixed):
        print(f[0], f[1][:200])


HEADER = """german-totals.txt — "Spendenaufruf 2014: Zentralafrika und die Region der Großen Seen" (invented
publisher: Ökumenisches Hilfswerk Rhein-Ruhr e. V., Essen). A German-language appeal in EUR, EUROPEAN
number format ("." groups thousands, "," marks cents), the euro sign AFTER the figure ("120.000 €").
No crossfoot.toml. Written with the text, never from crossfoot's output; lines and sums computed with
scripts/layout-fixtures/set2/gen_german.py and re-read by scripts/layout-fixtures/set2/verify.py. 12 declared totals,
one per province or country (see german-totals.sections.tsv).

Layout: a heading in capitals for the DR Congo, the Central African Republic and the neighbouring
countries; a province or country name; prose; the projects "• Projekttitel – 120.000 €" (en dash, the
figure, a space, "€"); a blank line; the total "Gesamtbedarf Nord-Kivu: 981.000 €". The total wording
is German ("Gesamtbedarf" = total requirement), followed by the group's name and a colon: no English
total statement appears anywhere, so a linter can only learn it from the arithmetic of the document.
Ruanda has cents: "48.750,50 €" and "Gesamtbedarf Ruanda: {rwa_fig} €" (line {rwa}).

Injected errors (3, all sum errors; NO format errors): {nk} (FIRST group, Nord-Kivu: an item with two digits
swapped, at {nk_i}), {cmr} (Kamerun: a project removed), {ssd} (LAST group, Südsudan: total with two adjacent
digits swapped). Every other group foots exactly. The only findings are these three total-mismatch.

Looked at and NOT findings:
- the German wording "Gesamtbedarf X:" is this document's total statement: not a malformed-total.
- "€" after the figure, European grouping "1.234.567" and the cents "48.750,50": the house form here.
- prose figures: "3,4 Mio. Menschen", "4,8 Mio. €" (2013 donations), "12 Prozent", "2 Mio. €" (received
  in 2013 for the Central African Republic), "rund 1 Mio. Vertriebene", "42.000 Menschen",
  "15 Prozent", "rund 3.000 Familien", "über 400.000", "über 100.000 Menschen", "60.000", "90.000",
  "18.000", "7.000 Personen", "73.000", "66.000", "fast 900.000", "15. Dezember 2013", "6,2 Prozent",
  "Schon 25 € ... mit 80 €" (examples of what a gift buys), "ab 200 €" (tax receipts), years.
- "M23-Rebellion", "Mugunga I und III", "Straße Manono–Mitwaba" (an en dash between two places inside a
  title, not before the amount), "Flughafen M'Poko".
- the bank details at the end: "IBAN DE41 3506 0190 1012 2840 17", "BIC GENODEM1RRG": account numbers,
  not amounts.
- the prose sentence "... jeweils mit dem Gesamtbedarf." in the letter: the word without a figure."""

if __name__ == "__main__":
    main()
