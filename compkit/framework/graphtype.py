"""The framework graph's own type: a networkx ``MultiDiGraph`` that says what it holds.

:func:`compkit.to_graph` and :func:`~compkit.framework.graph.read_graphml` return a
:class:`FrameworkGraph`, which is a :class:`networkx.MultiDiGraph` in every other way (every
networkx function takes it; copies and subgraphs keep the type). Its ``repr``, the last line
of a notebook cell, names the frameworks and counts nodes and edges instead of networkx's
``<networkx.classes.multidigraph.MultiDiGraph at 0x7f…>``. networkx is imported here, so this
module is imported only where a graph is made.
"""

from __future__ import annotations

import networkx as nx

from .._words import join, plural

__all__ = ["FrameworkGraph"]


class FrameworkGraph(nx.MultiDiGraph):
    """A typed graph of one or more frameworks (schema in :mod:`compkit.framework.graph`).

    Examples
    --------
    >>> import compkit
    >>> compkit.to_graph("cis", "wsx")
    <FrameworkGraph of CiS and WSX Mind: 241 nodes, 474 edges>
    """

    def __repr__(self) -> str:
        names = [
            d.get("label") or n for n, d in self.nodes(data=True) if d.get("type") == "framework"
        ]
        of = f" of {join(names)}" if names else ""
        return (
            f"<FrameworkGraph{of}: {plural(self.number_of_nodes(), 'node')}, "
            f"{plural(self.number_of_edges(), 'edge')}>"
        )
