#!/usr/bin/env python3
"""Derives src/Timeline.Core/Data/organisations.tsv from PETRARCH2's international actor dictionary.

Usage: infra/tools/derive-organisations.py ../shared/data/petrarch2/Phoenix.International.actors.txt \
           ../shared/data/tempeval3 ../shared/data/wikiwars > src/Timeline.Core/Data/organisations.tsv

Keeps intergovernmental and non-governmental organisations (codes IGO..., NGO...), not companies and not people:
an entry is kept when one of its names says it is a body ("... Agency", "... Council", "Red Cross") or is an
acronym ("IAEA"). People in the file carry dated roles or read as personal names, and are left out. A one-word
alias that the corpora write in lower case mid-sentence more often than capitalised ("who", "aid") is dropped,
as infra/tools/prune-common-words.py does for persons.
"""
import importlib.util
import os
import re
import sys

# The corpora's word counts, as prune-common-words.py takes them (its name has hyphens, so it is loaded by path).
_spec = importlib.util.spec_from_file_location("common_words", os.path.join(os.path.dirname(__file__), "prune-common-words.py"))
common_words = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(common_words)

BODY = re.compile(
    r"\b(ORGANI[SZ]ATION|AGENCY|UNION|COUNCIL|COMMISSION|BANK|FUND|COURT|COMMITTEE|ASSOCIATION|PROGRAMME|PROGRAM|"
    r"LEAGUE|FEDERATION|INSTITUTE|FOUNDATION|TRIBUNAL|RED CROSS|RED CRESCENT|WATCH|INTERNATIONAL|PARLIAMENT|FORUM|"
    r"SECRETARIAT|CONFERENCE|MOVEMENT|COOPERATION|COMMUNITY|AUTHORITY|PANEL|CENTRE|CENTER|BOARD|MISSION|TREATY|"
    r"ASSEMBLY|CORPS|SOCIETY|NETWORK|FRONTIERES|COALITION)\b")
ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,7}$")
CODE = re.compile(r"\[([A-Z]{3,15})([^\]]*)\]")


def words(token):
    return token.strip().strip("_").replace("_", " ").strip()


SMALL = {"of", "the", "for", "and", "on", "in", "to", "at", "de", "du", "des", "la", "le"}


def Title(name):
    """'THE EUROPEAN UNION' -> 'European Union'; acronyms stay in capitals."""
    ws = name.split()
    if len(ws) > 1 and ws[0].upper() == "THE":
        ws = ws[1:]
    return " ".join(w if ACRONYM.match(w) and (len(ws) == 1 or len(w) <= 2) and w.lower() not in SMALL
                    else w.lower() if i > 0 and w.lower() in SMALL else w.capitalize() for i, w in enumerate(ws))


def entries(path):
    """Yields (names, codes) for each entry: a name line, its '+' aliases, and its code lines."""
    names, codes = [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#")[0].rstrip()
            if not line.strip():
                if names:
                    yield names, codes
                names, codes = [], []
                continue
            if line.startswith("+"):
                names.append(words(line[1:]))
                continue
            if line[0] in " \t":
                codes += CODE.findall(line)
                continue
            if names:
                yield names, codes
            head = line.split("[", 1)[0]
            names, codes = [words(head)], CODE.findall(line)
    if names:
        yield names, codes


def main(path, roots):
    lower, upper = common_words.counts(roots)
    rows = {}
    for names, codes in entries(path):
        if not codes or any(rest.strip() for _, rest in codes):
            continue  # a dated role is a person's
        code = codes[0][0]
        if not code.startswith(("IGO", "NGO")):
            continue
        raw = [n.upper() for n in names if n]
        if not any(BODY.search(n) or ACRONYM.match(n) for n in raw):
            continue
        full = next((n for n in names if BODY.search(n.upper())), names[0])
        name = Title(full)
        sector = "civil" if code.startswith("NGO") else ""
        for alias in names:
            key = alias.lower()
            if not key or len(key) < 2 or "(" in key or "," in key:
                continue
            if " " not in key and lower[key] >= 3 and lower[key] > upper[key]:
                continue  # a common word
            if " " in key and not BODY.search(alias.upper()) and not ACRONYM.match(alias.split()[0]):
                continue  # a personal name listed under the body
            rows.setdefault(key, (code, name, sector, "acronym" if ACRONYM.match(alias) else ""))
    print("# alias\tcode\tname\tcountry\tsector\tform — derived by infra/tools/derive-organisations.py from PETRARCH2's")
    print("# Phoenix.International.actors.txt (MIT licence, Open Event Data Alliance; see ../shared/data/petrarch2):")
    print("# intergovernmental (IGO) and non-governmental (NGO) organisations, with CAMEO's codes. An acronym is read only")
    print("# in capitals ('IAEA', not 'Amit').")
    for key in sorted(rows):
        code, name, sector, form = rows[key]
        print(f"{key}\t{code}\t{name}\t\t{sector}\t{form}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
