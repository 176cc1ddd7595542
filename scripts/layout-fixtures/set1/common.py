import textwrap, json, re
from decimal import Decimal

def en(n):
    """English grouping, whole or with cents."""
    d = Decimal(str(n))
    if d == d.to_integral():
        return f"{int(d):,}"
    return f"{d:,.2f}"

def eu(n):
    d = Decimal(str(n))
    if d == d.to_integral():
        return f"{int(d):,}".replace(",", ".")
    s = f"{d:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")

def wrap(text, width=92, indent=""):
    # keep "USD 3 million" / "EUR 1,5 million" on one line
    text = re.sub(r"\b(USD|EUR|US\$) (\d[\d.,]*) (million|billion)",
                  lambda m: m.group(0).replace(" ", "\u0002"), text)
    out = textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent,
                        break_on_hyphens=False)
    return [l.replace("\u0002", " ") for l in out]

class Doc:
    def __init__(self):
        self.lines = []
        self.marks = {}   # key -> line number (1-based)
    def add(self, s="", mark=None):
        for part in s.split("\n"):
            self.lines.append(part)
        if mark:
            self.marks[mark] = len(self.lines)
        return len(self.lines)
    def para(self, text, width=92, indent=""):
        for l in wrap(text, width, indent):
            self.lines.append(l)
        self.lines.append("")
    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
    def text(self):
        return "\n".join(self.lines).rstrip("\n") + "\n"
    def write(self, path):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(self.text())

def num(s):
    return Decimal(s)
