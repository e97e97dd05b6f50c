// Loads krg's exports with real graph libraries and prints what each one read, as JSON on stdout:
//   node check-exports.mjs <file.cyjs> <file.graphml> <file.gexf>
// The C# tests compare these readings with the graph they exported.
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import graphology from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import gexf from 'graphology-gexf';

const [cyjsPath, graphmlPath, gexfPath] = process.argv.slice(2);
const { MultiGraph } = graphology;

function readCytoscape(path) {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  const cy = cytoscape({ headless: true, elements: json.elements });
  const edges = cy.edges();
  return {
    nodes: cy.nodes().length,
    edges: edges.length,
    // An edge whose endpoint is missing is silently dropped by cytoscape; count dangling ones explicitly.
    danglingEdges: json.elements.edges.length - edges.length,
    edgeData: Object.fromEntries(edges.map((e) => [e.id(), e.data()])),
    nodeData: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.data()])),
  };
}

function readGraphology(graph) {
  return {
    nodes: graph.order,
    edges: graph.size,
    directedEdges: graph.directedSize,
    undirectedEdges: graph.undirectedSize,
    edgeData: Object.fromEntries(graph.mapEdges((key, attributes, source, target, _s, _t, undirected) =>
      [key, { ...attributes, source, target, undirected }])),
    nodeData: Object.fromEntries(graph.mapNodes((key, attributes) => [key, attributes])),
  };
}

const readings = {
  cytoscape: readCytoscape(cyjsPath),
  graphml: readGraphology(parseGraphML(MultiGraph, readFileSync(graphmlPath, 'utf8'))),
  gexf: readGraphology(gexf.parse(MultiGraph, readFileSync(gexfPath, 'utf8'))),
};
process.stdout.write(JSON.stringify(readings));
