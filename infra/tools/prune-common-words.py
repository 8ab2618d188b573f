#!/usr/bin/env python3
"""Drops one-word aliases of persons.tsv that running English text uses as common words.

Usage: infra/tools/prune-common-words.py src/Timeline.Core/Data/persons.tsv ../shared/data/tempeval3 ../shared/data/wikiwars \
           > persons.pruned.tsv

PETRARCH2's person lists hold aliases such as "prime" or "cooperation" that also start "Prime Minister" or name a
"Shanghai Cooperation Organisation", so a capitalised title was read as a foreign official. A one-word alias is dropped
when the corpora write it in lower case mid-sentence at least three times and more often than capitalised on its own
(not as the first word of a longer name or title, as in "Prime Minister"); surnames such as "Bush" stay, because the
corpora capitalise them more often.
"""
import os
import re
import sys
from collections import Counter

WORD = re.compile(r"(?<=[a-z,;] )([A-Za-z]+)\b(?!\s+[A-Z])")


def counts(roots):
    lower, upper = Counter(), Counter()
    for root in roots:
        for folder, _, files in os.walk(root):
            for name in files:
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    text = re.sub(r"<[^>]+>", " ", f.read())
                for m in WORD.finditer(text):  # mid-sentence only: after a lower-case word or a comma
                    w = m.group(1)
                    (upper if w[0].isupper() else lower)[w.lower()] += 1
    return lower, upper


def main(persons, roots):
    lower, upper = counts(roots)
    dropped = set()
    with open(persons, encoding="utf-8") as f:
        for line in f:
            alias = line.split("\t")[0]
            if not line.startswith("#") and " " not in alias and lower[alias] >= 3 and lower[alias] > upper[alias]:
                dropped.add(alias)
                continue
            sys.stdout.write(line)
    print(f"dropped {len(dropped)} aliases: {' '.join(sorted(dropped))}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
