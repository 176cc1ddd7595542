# Helpers shared by the set-4 generators (fixtures/layouts/blind/, blind set 4). Written for set 4.
import os, textwrap
from decimal import Decimal as Dm

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
OUT = os.path.join(ROOT, "fixtures", "layouts", "blind")
EN = "\u2013"   # en dash
EM = "\u2014"   # em dash
NBSP_MARK = "\u0002"  # keeps "– USD 123,000" in one piece while wrapping


def en(v):
    """English grouping, whole units: 1,234,567"""
    d = Dm(v)
    assert d == d.to_integral(), v
    return f"{int(d):,}"


def plain(v):
    d = Dm(v)
    return str(int(d)) if d == d.to_integral() else str(d)


def glue(s):
    return s.replace(" ", NBSP_MARK)


def wrap(text, width, first="", rest=""):
    out = textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                        break_on_hyphens=False, break_long_words=False)
    return [l.replace(NBSP_MARK, " ") for l in out]


class Doc:
    """A list of lines; add() returns the 1-based number of the last line it added."""

    def __init__(self):
        self.lines = []

    def add(self, *ls):
        for s in ls:
            self.lines.extend(s.split("\n"))
        return len(self.lines)

    def blank(self):
        return self.add("")

    @property
    def n(self):
        return len(self.lines)

    def text(self):
        return "\n".join(self.lines) + "\n"


def write(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def write_tsv(name, rows):
    """rows: (total_line, name, [values summed, as read], declared), in line order"""
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("ordinal\ttotal_line\tname\tbullets\tamounted\tlisted_sum\tdeclared\n")
        for k, (line, nm, vals, dec) in enumerate(sorted(rows, key=lambda r: r[0]), 1):
            f.write(f"{k}\t{line}\t{nm}\t{len(vals)}\t{len(vals)}\t{plain(sum(vals, Dm(0)))}\t{plain(dec)}\n")


def summary(rows, marks):
    """print the ground truth: groups that do not foot and the injected format marks"""
    rows = sorted(rows, key=lambda r: r[0])
    print(f"  {len(rows)} groups")
    for k, (line, nm, vals, dec) in enumerate(rows, 1):
        s = sum(vals, Dm(0))
        if s != Dm(dec):
            print(f"  SUM  #{k} line {line} {nm}: declared {plain(dec)} computed {plain(s)}")
    for m in marks:
        print("  FMT ", m)
