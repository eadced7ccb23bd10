"""The framework graph: competencies, values, levels, indicators and roles as a networkx graph.

Graph schema (node and edge attributes use the DataFrame column names of
:mod:`compkit.framework.frames`):

Nodes, keyed ``"<framework>"`` for the framework and ``"<framework>:<type>:<id>"`` otherwise,
each with ``type``, ``framework`` and ``label``:

============  ==================================================================
type          further attributes
============  ==================================================================
framework     title, organisation, competency_term, cumulative
group         group_id, group, description
competency    competency_id, competency, description, group_id, position
value         value_id, value
level         level, level_name, level_rank
indicator     indicator_id, competency_id, level, level_rank, position, text, polarity,
              note (its label is its text, as a viewer shows it; every other label is
              a name; ``note`` is what the source sets beside it, "" when nothing)
role          role_id, role
============  ==================================================================

Edges of a :class:`networkx.MultiDiGraph`, keyed and attributed by ``type``:

==============  ===================  ===================================================
type            from -> to           meaning
==============  ===================  ===================================================
has_competency  framework -> comp.   the framework defines the competency
has_level       framework -> level   the framework defines the level
declares_value  framework -> value   the framework declares the value
has_group       framework -> group   the framework groups competencies under it
has_role        framework -> role    the framework profiles the role
in_group        competency -> group  the competency belongs to the cluster or domain
expresses       competency -> value  the competency expresses the value (as printed)
belongs_to      indicator -> comp.   the indicator describes the competency
at_level        indicator -> level   the indicator sits at the level
builds_on       level -> level       a cumulative level builds on the level just below
requires        role -> competency   the role requires the competency at ``level``
                                     (edge attributes level, level_name, level_rank;
                                     none when the role states no level)
==============  ===================  ===================================================
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .. import _atomic

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from .model import Framework

__all__ = [
    "graph_summary",
    "node_id",
    "read_graphml",
    "to_graph",
    "write_graphml",
    "write_node_link",
]


def node_id(framework: str, kind: str | None = None, key: str | None = None) -> str:
    """The node key of an item, e.g. ``"cis:competency:people"``.

    Examples
    --------
    >>> node_id("cis"), node_id("cis", "level", "l2")
    ('cis', 'cis:level:l2')
    """
    return framework if kind is None else f"{framework}:{kind}:{key}"


def to_graph(*frameworks: Framework | str | os.PathLike) -> nx.MultiDiGraph:
    """Build one typed graph of one or more frameworks (see the module docstring for the schema).

    Parameters
    ----------
    *frameworks : Framework, bundled id or path
        The frameworks to put into the graph.

    Returns
    -------
    FrameworkGraph
        A :class:`networkx.MultiDiGraph` whose ``repr`` names the frameworks and counts
        nodes and edges (:class:`~compkit.framework.graphtype.FrameworkGraph`).

    Raises
    ------
    compkit.UsageError
        When no framework is given (as :func:`compkit.combine` does).

    Examples
    --------
    >>> import compkit
    >>> g = compkit.to_graph("cis", "wsx")
    >>> sum(1 for _, d in g.nodes(data=True) if d["type"] == "indicator")
    215
    >>> sorted({d["type"] for *_, d in g.edges(data=True)})[:4]
    ['at_level', 'belongs_to', 'builds_on', 'declares_value']
    """
    from ..errors import UsageError
    from .graphtype import FrameworkGraph
    from .io import load

    if not frameworks:
        raise UsageError("to_graph() needs at least one framework (a bundled id or a path)")
    graph = FrameworkGraph()
    for item in frameworks:
        _add(graph, load(item))
    return graph


def _add(g: nx.MultiDiGraph, fw: Framework) -> None:
    f = fw.id
    root = node_id(f)
    g.add_node(
        root,
        type="framework",
        framework=f,
        label=fw.label,
        title=fw.title,
        organisation=fw.organisation,
        competency_term=fw.competency_term,
        cumulative=fw.cumulative,
    )

    def edge(u: str, v: str, kind: str, **attrs) -> None:
        g.add_edge(u, v, key=kind, type=kind, **attrs)

    below = None
    for lv in fw.level_records:
        n = node_id(f, "level", lv.id)
        g.add_node(
            n,
            type="level",
            framework=f,
            label=lv.name,
            level=lv.id,
            level_name=lv.name,
            level_rank=lv.rank,
        )
        edge(root, n, "has_level")
        if below is not None and fw.cumulative:
            edge(n, below, "builds_on")
        below = n
    for grp in fw.group_records:
        n = node_id(f, "group", grp.id)
        g.add_node(
            n,
            type="group",
            framework=f,
            label=grp.name,
            group_id=grp.id,
            group=grp.name,
            description=grp.description,
        )
        edge(root, n, "has_group")
    for v in fw.value_records:
        n = node_id(f, "value", v.id)
        g.add_node(n, type="value", framework=f, label=v.name, value_id=v.id, value=v.name)
        edge(root, n, "declares_value")
    for pos, c in enumerate(fw.competency_records, 1):
        n = node_id(f, "competency", c.id)
        g.add_node(
            n,
            type="competency",
            framework=f,
            label=c.name,
            competency_id=c.id,
            competency=c.name,
            description=c.description,
            group_id=c.group or "",
            position=pos,
        )
        edge(root, n, "has_competency")
        if c.group:
            edge(n, node_id(f, "group", c.group), "in_group")
        for v in c.values:
            edge(n, node_id(f, "value", v), "expresses")
    rank = {lv.id: lv.rank for lv in fw.level_records}
    for i in fw.indicator_records:
        n = node_id(f, "indicator", i.id)
        g.add_node(
            n,
            type="indicator",
            framework=f,
            label=i.text,  # what a graph viewer shows: the statement, not its id
            indicator_id=i.id,
            competency_id=i.competency,
            level=i.level,
            level_rank=rank[i.level],
            position=i.position,
            text=i.text,
            polarity=i.polarity,
            note=i.note,
        )
        edge(n, node_id(f, "competency", i.competency), "belongs_to")
        edge(n, node_id(f, "level", i.level), "at_level")
    levels = {lv.id: lv for lv in fw.level_records}
    for r in fw.role_records:
        n = node_id(f, "role", r.id)
        g.add_node(n, type="role", framework=f, label=r.name, role_id=r.id, role=r.name)
        edge(root, n, "has_role")
        for comp, lv in r.requires:
            # a competency needed at no stated level: an edge with no level (GraphML holds no None)
            at = {} if lv is None else {"level": lv, "level_name": levels[lv].name}
            at.update({} if lv is None else {"level_rank": levels[lv].rank})
            edge(n, node_id(f, "competency", comp), "requires", **at)


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write the graph as GraphML (opens in Gephi and yEd), atomically.

    Examples
    --------
    >>> import compkit, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "cis.graphml"
    >>> g = compkit.to_graph("cis")
    >>> back = compkit.framework.read_graphml(compkit.framework.write_graphml(g, out))
    >>> back.number_of_nodes() == g.number_of_nodes(), back.number_of_edges() == g.number_of_edges()
    (True, True)
    """
    import networkx as nx

    return _atomic.write_with(path, lambda tmp: nx.write_graphml(graph, tmp, named_key_ids=True))


def read_graphml(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml` back into a ``MultiDiGraph``.

    The graph is a :class:`~compkit.framework.graphtype.FrameworkGraph`, as
    :func:`to_graph` makes it.
    """
    import networkx as nx

    from .graphtype import FrameworkGraph

    return FrameworkGraph(nx.read_graphml(path, force_multigraph=True))


def write_node_link(graph: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write the graph as node-link JSON (``nodes`` and ``edges`` lists), atomically."""
    import networkx as nx

    data = nx.node_link_data(graph, edges="edges")
    return _atomic.write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def graph_summary(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """Count nodes and edges by type and framework: one row per type, one column per framework.

    Examples
    --------
    >>> import compkit
    >>> compkit.framework.graph_summary(compkit.to_graph("cis")).loc[("node", "indicator")].tolist()
    [62]
    """
    import pandas as pd

    rows = [("node", d["type"], d["framework"]) for _, d in graph.nodes(data=True)]
    rows += [("edge", d["type"], graph.nodes[u]["framework"]) for u, _, d in graph.edges(data=True)]
    frame = pd.DataFrame(rows, columns=["element", "type", "framework"])
    return (
        frame.groupby(["element", "type", "framework"])
        .size()
        .unstack("framework", fill_value=0)
        .sort_index(ascending=[False, True])
    )
