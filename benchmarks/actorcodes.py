"""Load time, memory and lookup speed of the Phoenix actor codes (kg.actorcodes) and the
GeoNames places (kg.places).

    python benchmarks/actorcodes.py

Loads ontology/phoenix_actors.tsv and agents.tsv in a fresh process (as kg does, once), then
times name lookups, the first role query (which builds the index of spells by code) and
later ones; then the same for ontology/places.tsv. Wall time depends on how busy the machine
is; CPU time less so.
"""

from __future__ import annotations

import datetime as dt
import time
import tracemalloc


def main() -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    from kg import actorcodes, data  # kg's own imports: a process pays for them once

    imported = time.perf_counter() - wall
    wall, cpu = time.perf_counter(), time.process_time()
    codes = actorcodes.load()
    load_wall, load_cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"import kg.actorcodes: {imported:.3f} s")
    print(f"load: {load_wall:.3f} s wall, {load_cpu:.3f} s CPU; {len(codes):,} actors,")
    print(f"      {len(codes.names):,} surface forms, {len(codes.agents):,} agent forms")

    tracemalloc.start()  # a second, uncached load: tracemalloc slows it several times
    again = actorcodes.ActorCodes()
    actorcodes.read_actors(again, data.phoenix_actors())
    actorcodes.read_agents(again, data.agents())
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"memory: {held / 1e6:.1f} MB held after loading (peak {peak / 1e6:.1f} MB)")
    del again

    names = ["Tony Blair", "Vladimir Putin", "Kofi Annan", "Hamas", "nobody at all"] * 20_000
    start = time.perf_counter()
    for name in names:
        codes.lookup(name)
    per = (time.perf_counter() - start) / len(names) * 1e6
    print(f"lookup: {per:.1f} µs per name ({len(names):,} lookups)")

    when = dt.date(2005, 6, 1)
    start = time.perf_counter()
    first = codes.who_held("prime minister", "GBR", when)
    print(f"first who_held (builds the code index): {time.perf_counter() - start:.3f} s")
    start = time.perf_counter()
    for _ in range(1_000):
        codes.who_held("prime minister", "GBR", when)
    per = (time.perf_counter() - start) / 1_000 * 1e3
    print(f"who_held: {per:.2f} ms per query; GBR prime minister on {when}: ", end="")
    print(", ".join(h.actor.label for h in first))
    places_timing()


def places_timing() -> None:
    """Load time and lookup speed of the places (cities and US states, kg.places)."""
    from kg.places import places

    wall, cpu = time.perf_counter(), time.process_time()
    found = places()
    load_wall, load_cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"places load: {load_wall:.3f} s wall, {load_cpu:.3f} s CPU; ", end="")
    print(f"{len(found.by_name):,} names, {len(found.by_alias):,} alternate names")
    names = ["Kirkuk", "Newcastle", "Bombay", "Houston", "Zubrovia"] * 20_000
    start = time.perf_counter()
    for name in names:
        found.lookup(name, country="GBR")
    per = (time.perf_counter() - start) / len(names) * 1e6
    print(f"places lookup: {per:.1f} µs per name ({len(names):,} lookups)")


if __name__ == "__main__":
    main()
