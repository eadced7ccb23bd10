import json

import networkx as nx

import compkit
from compkit.framework.graph import node_id


def types(graph, what="nodes"):
    items = graph.nodes(data=True) if what == "nodes" else ((d for *_, d in graph.edges(data=True)))
    counts = {}
    for entry in items:
        data = entry[1] if what == "nodes" else entry
        counts[data["type"]] = counts.get(data["type"], 0) + 1
    return counts


def test_graph_of_both_frameworks(cis, wsx):
    g = compkit.to_graph(cis, wsx)
    assert isinstance(g, nx.MultiDiGraph)
    assert types(g) == {
        "framework": 2,
        "level": 9,
        "value": 4,
        "competency": 10,
        "indicator": 215,
        "role": 1,
    }
    edges = types(g, "edges")
    assert edges["belongs_to"] == edges["at_level"] == 215
    assert edges["builds_on"] == 3 + 4
    assert edges["expresses"] == 7
    assert edges["requires"] == 6


def test_graph_edges_carry_meaning(cis):
    g = compkit.to_graph(cis)
    ind = node_id("cis", "indicator", "people-l1-1")
    assert (
        g.nodes[ind]["text"] == cis.indicators.set_index("indicator_id").loc["people-l1-1", "text"]
    )
    assert g.has_edge(ind, node_id("cis", "competency", "people"), key="belongs_to")
    assert g.has_edge(node_id("cis", "level", "l2"), node_id("cis", "level", "l1"), key="builds_on")
    req = g.get_edge_data(
        node_id("cis", "role", "senior-officer"), node_id("cis", "competency", "others")
    )
    assert req["requires"]["level"] == "l3"
    assert g.has_edge(
        node_id("cis", "competency", "equality"), node_id("cis", "value", "collaborative-and-kind")
    )


def test_groups_in_graph(clustered):
    g = compkit.to_graph(clustered)
    assert g.has_edge(
        node_id("clustered", "competency", "leading"),
        node_id("clustered", "group", "people"),
        key="in_group",
    )


def test_graphml_and_node_link_round_trip(tmp_path, cis, wsx):
    g = compkit.to_graph(cis, wsx)
    back = compkit.framework.read_graphml(
        compkit.framework.write_graphml(g, tmp_path / "g.graphml")
    )
    assert set(back.nodes) == set(g.nodes)
    assert back.number_of_edges() == g.number_of_edges()
    assert back.nodes[node_id("wsx", "level", "core")]["level_rank"] == 1
    out = compkit.framework.write_node_link(g, tmp_path / "g.json")
    data = json.loads(out.read_text())
    again = nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
    assert again.number_of_nodes() == g.number_of_nodes()
    assert again.number_of_edges() == g.number_of_edges()
