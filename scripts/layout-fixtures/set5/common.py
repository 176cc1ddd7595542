# Shared helpers for the fifth blind set (fixtures/layouts/blind/). Written from scratch for set5.
import random, textwrap
from decimal import Decimal as Dm

OUT = "fixtures/layouts/blind/"
NBSP, NNBSP = "\u00a0", "\u202f"


def group3(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def fr(v, sep=NBSP):
    """French format: 1 234 567 or 1 234 567,50 (sep = U+00A0 or U+202F)"""
    d = Dm(str(v)); i = int(d)
    s = group3(i, sep)
    if d != i:
        s += "," + f"{d - i:.2f}"[2:]
    return s


def en(v):
    d = Dm(str(v))
    return f"{int(d):,}" if d == int(d) else f"{d:,.2f}"


def plain(v):
    d = Dm(str(v))
    return str(int(d)) if d == int(d) else f"{d:.2f}"


def swap2(v):
    """swap the first two different adjacent digits (from the left) of an integer amount"""
    s = str(int(v))
    for k in range(len(s) - 1):
        if s[k] != s[k + 1] and not (k == 0 and s[1] == "0"):
            return Dm(s[:k] + s[k + 1] + s[k] + s[k + 2:])
    raise ValueError(v)


def amounts(rng, n, lo=40, hi=900, step=250):
    return [Dm(rng.randrange(lo * 1000, hi * 1000, step)) for _ in range(n)]


class Doc:
    def __init__(self):
        self.lines = []

    def add(self, s=""):
        self.lines.extend(s.split("\n"))
        return len(self.lines)

    def para(self, text, width=90, indent=""):
        self.lines.extend(textwrap.wrap(text, width=width, initial_indent=indent,
                                        subsequent_indent=indent, break_on_hyphens=False,
                                        break_long_words=False))
        self.lines.append("")

    @property
    def n(self):
        return len(self.lines)

    def write(self, name):
        t = "\n".join(self.lines).rstrip("\n") + "\n"
        with open(OUT + name, "w", encoding="utf-8", newline="\n") as f:
            f.write(t)


def write_tsv(name, rows):
    """rows: (total_line, name, listed values as read, declared)"""
    with open(OUT + name, "w", encoding="utf-8", newline="\n") as f:
        f.write("ordinal\ttotal_line\tname\tbullets\tamounted\tlisted_sum\tdeclared\n")
        for k, (line, nm, vals, dec) in enumerate(rows, 1):
            f.write(f"{k}\t{line}\t{nm}\t{len(vals)}\t{len(vals)}\t{plain(sum(vals))}\t{plain(dec)}\n")


def report(tag, rows, marks):
    print(f"{tag}: {len(rows)} totals")
    for line, nm, vals, dec in rows:
        if sum(vals) != Dm(str(dec)):
            print(f"  SUM   line {line}: {nm}: declared {plain(dec)} computed {plain(sum(vals))}")
    for m in marks:
        print("  MARK ", m)
