"""SPARQL over a store or an RDF file: named queries, parameter binding, the endpoint.

Not named ``kg.query``: that is the Python API function, which a submodule would shadow."""
