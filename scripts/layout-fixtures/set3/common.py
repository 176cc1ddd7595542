# Shared helpers for the third blind set (fixtures/layouts/blind/). Written from scratch for set3.
import re, textwrap
from decimal import Decimal as Dm

OUT = "fixtures/layouts/blind/"
NB = "\u0001"          # placeholder that keeps "– USD 1,234" together while wrapping


def en(v):
    """English grouping: 1,234,567 or 1,234,567.50"""
    d = Dm(str(v))
    return f"{int(d):,}" if d == d.to_integral() else f"{d:,.2f}"


def ch(v, ap="\u2019"):
    """Swiss grouping with the typographic apostrophe: 1’234’567"""
    d = Dm(str(v))
    assert d == d.to_integral()
    return f"{int(d):,}".replace(",", ap)


def eu(v):
    """European format: 1.234.567 or 1.234.567,50"""
    d = Dm(str(v))
    s = f"{int(d):,}" if d == d.to_integral() else f"{d:,.2f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def plain(v):
    d = Dm(str(v))
    return str(int(d)) if d == d.to_integral() else f"{d:.2f}"


def wrap(text, width=90, first="", rest=""):
    out = textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                        break_on_hyphens=False, break_long_words=False)
    return [l.replace(NB, " ") for l in out]


def keep(s):
    """make s unbreakable for wrap()"""
    return s.replace(" ", NB)


class Doc:
    def __init__(self):
        self.lines = []

    def add(self, s=""):
        self.lines.extend(s.split("\n"))
        return len(self.lines)          # 1-based number of the last line added

    def para(self, text, width=90, indent=""):
        for l in wrap(text, width, indent, indent):
            self.lines.append(l)
        self.lines.append("")

    @property
    def n(self):
        return len(self.lines)

    def write(self, name):
        t = "\n".join(self.lines).rstrip("\n") + "\n"
        with open(OUT + name, "w", encoding="utf-8", newline="\n") as f:
            f.write(t)


def write_tsv(name, rows):
    """rows: (total_line, name, items_as_read(list of Decimal), declared)"""
    with open(OUT + name, "w", encoding="utf-8", newline="\n") as f:
        f.write("ordinal\ttotal_line\tname\tbullets\tamounted\tlisted_sum\tdeclared\n")
        for k, (line, nm, vals, dec) in enumerate(rows, 1):
            f.write(f"{k}\t{line}\t{nm}\t{len(vals)}\t{len(vals)}\t{plain(sum(vals))}\t{plain(dec)}\n")


def report(rows, marks):
    for line, nm, vals, dec in rows:
        if sum(vals) != Dm(str(dec)):
            print(f"  SUM   line {line}: {nm}: declared {plain(dec)} computed {plain(sum(vals))}")
    for m in marks:
        print("  MARK ", m)
