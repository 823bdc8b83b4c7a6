"""A party's spokesperson when the party is in opposition: its front bench, which CAMEO codes
as the opposition (OPP), not the media Phoenix makes a spokesman ("Liberal Democrat
constitutional affairs spokesman David Heath": GBROPP, was GBRMED).

Whether the party is in opposition on the article's date is what kg's table of office holders
says of its leader (``offices.tsv``: the leader of a party in opposition is coded OPP); a party
in government or with no front bench keeps its people's other codes (a Labour spokesman in
2005 is the party's, GBRPTY, from its subtype).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kg.extract.titles import spokesperson_role, title_words

if TYPE_CHECKING:
    from kg.extract.names import Names

#: The body word of a party's front bench in opposition (``sector_nouns``: the opposition).
OPPOSITION = "opposition"
#: The CAMEO sector of the opposition.
OPP = "OPP"


def front_bench(names: Names, ent: Span, role: str | None) -> str | None:
    """``opposition`` when a person's role is a spokesperson's (``spokesperson_nouns``) and
    the title names a party whose leader led the opposition on the article's date; else None."""
    if not spokesperson_role(role):
        return None
    if names.codes is None or names.when is None:
        return None
    party = party_in_title(names, ent)
    if party is None:
        return None
    leader = names.codes.offices.holder("leader", party, names.when)
    return OPPOSITION if leader is not None and leader.code[3:6] == OPP else None


def party_in_title(names: Names, ent: Span) -> str | None:
    """The gazetteer key of the party a person's title names, alone or with the word before
    ("Tory", "Liberal Democrat", "Lib Dem", whatever entity the parser made of it: "Lib Dem"
    may be tagged a person), among the title's words and the words before the name that
    depend on it (a hyphen ends a title: "Tory co-chairman"); None if it names none."""
    words = {w.i: w for w in title_words(ent)}  # and the name's own modifiers: "Tory co-chairman"
    words.update((t.i, t) for t in ent.root.subtree if t.i < ent.start)
    for w in (words[i] for i in sorted(words)):
        for text in (w.text, f"{w.nbor(-1).text} {w.text}" if w.i else ""):
            hit = names.gazetteer.lookup(text) if text else None
            if hit is not None and hit[0].type == "Organization" and hit[0].subtype == "party":
                return hit[0].key
    return None
