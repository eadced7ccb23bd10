"""The framework graph as an analyst opens its GraphML (probe 28, K): names and statements, not ids."""

import networkx as nx

import compkit
from compkit.framework.graph import to_graph, write_graphml


def test_a_statements_label_in_graphml_is_its_text(tmp_path):
    fw = compkit.load("wsx")
    g = nx.read_graphml(write_graphml(to_graph(fw), tmp_path / "wsx.graphml"))
    statements = {d["indicator_id"]: d for _, d in g.nodes(data=True) if d["type"] == "indicator"}
    first = fw.indicators.iloc[0]
    assert statements[first["indicator_id"]]["label"] == first["text"]  # was its id
    assert all(d["label"] == d["text"] for d in statements.values())
