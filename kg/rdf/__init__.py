"""Statements to RDF: the ontology namespace, the mapping to N-Quads, and file writers."""
