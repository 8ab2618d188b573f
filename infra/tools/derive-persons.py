#!/usr/bin/env python3
"""Derives src/Timeline.Core/Data/persons.tsv from the PETRARCH2 actor dictionaries.

Usage: infra/tools/derive-persons.py ../shared/data/petrarch2/Phoenix.Countries.actors.txt \
           ../shared/data/petrarch2/Phoenix.International.actors.txt > src/Timeline.Core/Data/persons.tsv

Each person (an entry whose codes sit on indented lines) gives one row per name form and dated role:
alias, CAMEO code, first and last day of the role (YYYY-MM-DD; open ends as 0001-01-01 / 9999-12-31).
A role without dates is the person's default, used when no dated role covers the day in question.
A surname alone ("panetta") is added when it names one person only.
"""
import re
import sys

ROLE = re.compile(r"\[([A-Z]{3,12})(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\]")


def words(token):
    return token.strip().strip("_").replace("_", " ").lower()


def day(text):
    if len(text) == 8:
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    else:
        yy, m, d = int(text[:2]), int(text[2:4]), int(text[4:])
        y = 1900 + yy if yy >= 30 else 2000 + yy
    return f"{y:04d}-{max(m, 1):02d}-{max(d, 1):02d}"


def main(paths):
    rows = set()
    entries = []  # (names, roles) per person, for the surname aliases
    for path in paths:
        names, roles = [], []

        def flush():
            if names and roles:
                entries.append((list(names), list(roles)))
            for alias in names:
                if len(alias) < 4 or "(" in alias or "," in alias or "{" in alias:
                    continue
                for code, start, end in roles:
                    rows.add((alias, code, start, end))

        with open(path, encoding="utf-8", errors="replace") as f:
            for raw in f:
                line = raw.split("#")[0].rstrip()
                if not line.strip():
                    continue
                if line[0] in " \t":
                    for code, op, a, b in ROLE.findall(line):
                        if op == ">":
                            roles.append((code, day(a), "9999-12-31"))
                        elif op == "<":
                            roles.append((code, "0001-01-01", day(a)))
                        elif a:
                            roles.append((code, day(a), day(b) if b else "9999-12-31"))
                        else:
                            roles.append((code, "", ""))
                    continue
                if line.startswith("+"):
                    names.append(words(line[1:]))
                    continue
                flush()
                names, roles = [], []
                if "[" in line:  # a country or an organisation with its code on the same line: not a person
                    names = []
                    continue
                names.append(words(line))
        flush()
    surnames = {}
    for names, roles in entries:
        parts = names[0].split()
        if len(parts) >= 2 and len(parts[-1]) >= 5 and parts[-1].isalpha():
            surnames.setdefault(parts[-1], []).append(roles)
    taken = {alias for alias, _, _, _ in rows}
    for surname, owners in surnames.items():
        if len(owners) == 1 and surname not in taken:
            for code, start, end in owners[0]:
                rows.add((surname, code, start, end))
    print("# alias\tcode\tfrom\tto - derived from PETRARCH2 Phoenix.*.actors.txt (MIT, Open Event Data Alliance)")
    for alias, code, start, end in sorted(rows):
        print(f"{alias}\t{code}\t{start}\t{end}")


if __name__ == "__main__":
    main(sys.argv[1:])
