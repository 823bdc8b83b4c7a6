"""Two ways one article writes one person's name, which must stay one person:

- a surname with a particle ("Julio De Vido", then "Mr De Vido"; "Dominique de Villepin",
  "Mr de Villepin"; "Osama bin Laden", "Bin Laden"): the surname is the particles and the last
  word, not the last word alone, so "Mr De Vido" found nobody of surname "De Vido";
- a given name spelt two ways ("Victor Makarov", then "Viktor Makarov"), as names written
  in another script reach English: the second spelling is the first person
  (:func:`kg.extract.spellings.is_spelling`: alike letters, same first letter, no two
  genders).

:func:`add_variants` adds both to an article's index of people by name part
(:func:`kg.extract.fullnames.people_index`). The particles are ``surname_particles`` in
``ontology/words.tsv``.
"""

from __future__ import annotations

from kg.extract.spellings import is_spelling
from kg.extract.words import vocabulary

People = dict[str, tuple[str, ...]]


def particle_surname(parts: list[str]) -> str | None:
    """The surname with its particles of a full name's words ("De Vido" of "Julio De Vido",
    "van der Waals" of "Johannes van der Waals"), None when no particle comes before the
    last word or nothing before the particles (a name is not its particles alone)."""
    particles = vocabulary().surname_particles
    i = len(parts) - 1
    while i > 1 and parts[i - 1].lower() in particles:
        i -= 1
    return " ".join(parts[i:]) if i < len(parts) - 1 else None


def _family_names(parts: list[str], with_particles: str) -> list[str]:
    """The name a person with a particle surname goes by before it, when a given name comes
    first ("Lula" and "Lula da Silva" of "Luiz Inacio Lula da Silva", as Portuguese and
    Spanish names put a family name before the particle); none for "Julio De Vido"."""
    before = len(parts) - len(with_particles.split()) - 1
    word = parts[before] if before >= 1 else ""
    if not (word.isalpha() and word[0].isupper()):
        return []
    return [word, f"{word} {with_particles}"]


def add_variants(people: People, fulls: list[list[str]]) -> None:
    """Add to ``people`` (name part -> full names) the particle surnames of the full names
    ``fulls`` (each as its words, in the order the article names them), both as written and
    with a capital first particle ("de Villepin", "De Villepin"), the family name before the
    particles of a name with two given names or more ("Lula" of Luiz Inacio Lula da Silva,
    unless the name is another's), and each full name spelt again with another given name,
    mapped to the first spelling."""
    first: dict[str, list[tuple[str, str]]] = {}  # surname -> (given names, full name)
    for parts in fulls:
        full, given, surname = " ".join(parts), " ".join(parts[:-1]), parts[-1]
        earlier = first.setdefault(surname, [])
        same = next((f for g, f in earlier if g != given and is_spelling(given, g)), None)
        if same is not None:  # "Viktor Makarov" after "Victor Makarov"
            people.setdefault(full, (same,))
            continue
        if all(f != full for _, f in earlier):
            earlier.append((given, full))
        with_particles = particle_surname(parts)
        if with_particles is not None:
            for form in {with_particles, with_particles[0].upper() + with_particles[1:]}:
                if full not in people.get(form, ()):
                    people[form] = (*people.get(form, ()), full)
            for form in _family_names(parts, with_particles):  # "Lula", "Lula da Silva"
                people.setdefault(form, (full,))
