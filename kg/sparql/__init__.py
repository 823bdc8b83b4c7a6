"""SPARQL over a store or an RDF file: named queries, parameter binding, the checks every
query passes (``policy``), running (``engine``), and the endpoint (``serve``, ``worker``).

Not named ``kg.query``: that is the Python API function, which a submodule would shadow."""
