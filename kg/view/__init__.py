"""NetworkX actor graph -> one self-contained, offline HTML page to explore it.

``data`` turns the graph into the page's data (nodes most central first, statements with their
evidence), ``layout`` places and ranks the nodes, ``page`` puts template, vis-network, kg's
script and style and the data into one file; ``assets/`` holds the template, script and style.
"""

from kg.view.data import actor_view, page_data
from kg.view.page import to_pyvis

__all__ = ["actor_view", "page_data", "to_pyvis"]
