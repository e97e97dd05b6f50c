"""Loads one krg export with a real Python graph library and prints what it read, as JSON on stdout.

    python3 read_export.py networkx|igraph graphml|gexf <file>
    python3 read_export.py networkx graphml|gexf <file> links   (an aggregate=links export: each edge's link fields)

The C# tests compare these readings with what the service holds. igraph has no GEXF reader, so igraph reads
GraphML only.
"""
import json
import sys
from collections import Counter


def read_networkx(fmt, path):
    import networkx as nx
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    # read_graphml keeps a GraphML edge id as the multigraph key; read_gexf as the 'id' attribute.
    keyed = list(graph.edges(keys=True, data=True)) if graph.is_multigraph() else [(u, v, None, d) for u, v, d in graph.edges(data=True)]
    edges = [(u, v, d) for u, v, _k, d in keyed]
    edge_ids = sorted(str(d.get("id", k)) for _u, _v, k, d in keyed)
    return reading(
        library=f"networkx {nx.__version__}",
        directed=graph.is_directed(),
        node_ids=[str(n) for n in graph.nodes],
        edge_ids=edge_ids,
        edges=edges,
        node_names={str(n): d.get("name", d.get("label")) for n, d in graph.nodes(data=True)})


def read_igraph(fmt, path):
    import igraph
    if fmt != "graphml":
        raise SystemExit("igraph has no GEXF reader")
    graph = igraph.Graph.Read_GraphML(path)
    ids = graph.vs["id"]
    edges = [(ids[e.source], ids[e.target], e.attributes()) for e in graph.es]
    return reading(
        library=f"igraph {igraph.__version__}",
        directed=graph.is_directed(),
        node_ids=ids,
        edge_ids=sorted(graph.es["id"]) if graph.ecount() else [],
        edges=edges,
        node_names={v["id"]: v["name"] for v in graph.vs})


def reading(library, directed, node_ids, edge_ids, edges, node_names):
    # A boolean attribute must come back as a boolean (declared type honoured), not the text "true".
    symmetric = [d.get("symmetric") for _u, _v, d in edges]
    return {
        "library": library,
        "directed": directed,
        "nodes": sorted(node_ids),
        "edges": edge_ids,
        "statuses": dict(Counter(str(d.get("status")) for _u, _v, d in edges)),
        "symmetricEdges": sum(1 for s in symmetric if s is True),
        "symmetricIsBoolean": all(isinstance(s, bool) for s in symmetric),
        "confidenceIsNumber": all(isinstance(d.get("confidence"), float) for _u, _v, d in edges),
        "quotes": sum(1 for _u, _v, d in edges if d.get("quote")),
        "nodeNames": node_names,
    }


def read_networkx_links(fmt, path):
    import networkx as nx
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    edges = {}
    for u, v, k, d in graph.edges(keys=True, data=True):
        edges[str(d.get("id", k))] = {
            "source": u, "target": v, "weight": d.get("weight"), "documents": d.get("documents"), "outlets": d.get("outlets"),
            "firstDate": d.get("firstDate"), "lastDate": d.get("lastDate"), "start": d.get("start"), "end": d.get("end"),
            "weightIsNumber": isinstance(d.get("weight"), (int, float)) and not isinstance(d.get("weight"), bool),
        }
    return {"library": f"networkx {nx.__version__}", "mode": graph.graph.get("mode"), "edges": edges}


if __name__ == "__main__":
    library, fmt, path = sys.argv[1:4]
    if sys.argv[4:5] == ["links"]:
        json.dump(read_networkx_links(fmt, path), sys.stdout)
        sys.exit(0)
    readers = {"networkx": read_networkx, "igraph": read_igraph}
    json.dump(readers[library](fmt, path), sys.stdout)
