#!/usr/bin/env python3
"""Derives src/Timeline.Core/Data/countries.tsv from the PETRARCH2 country dictionary.

Usage: infra/tools/derive-countries.py ../shared/data/petrarch2/Phoenix.Countries.actors.txt > src/Timeline.Core/Data/countries.tsv

Keeps each country's code, its name and those aliases that are forms of the name (PAKISTANI, AFGHAN);
cities listed as aliases are left to the gazetteer, since a city is a place before it is an actor.
"""
import re
import sys

HEADER = re.compile(r"^([A-Z][A-Z_'\-]+?)_?\s+\[([A-Z]{3})\]\s*$")


def words(token):
    return token.strip().strip("_").replace("_", " ").lower()


def main(path):
    rows = {}
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = HEADER.match(line)
            if m:
                code = m.group(2)
                name = words(m.group(1))
                current = (code, name)
                rows.setdefault((name, code), name)
                continue
            if current and line.startswith("+"):
                alias = words(line[1:].split("#")[0])
                code, name = current
                stem = name.split()[0][:4]
                if alias and "(" not in alias and "," not in alias and alias.startswith(stem):
                    rows.setdefault((alias, code), name)
                continue
            if line and not line.startswith("#"):
                current = None
    print("# alias\tcode\tname - derived from PETRARCH2 Phoenix.Countries.actors.txt (MIT, Open Event Data Alliance)")
    for (alias, code), name in sorted(rows.items()):
        print(f"{alias}\t{code}\t{name}")


if __name__ == "__main__":
    main(sys.argv[1])
