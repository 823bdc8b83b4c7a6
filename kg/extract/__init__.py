"""Sentences to statements: Open IE clauses, actors, events, dates (no rdflib here)."""
