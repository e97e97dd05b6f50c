import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './style.js';

cytoscape.use(fcose);

// A link backed by one sentence is drawn 1.5 px wide; each doubling of its evidence adds 1.5 px, so a link of 60
// sentences stands out without hiding its neighbours.
export const widthOf = (evidenceCount) => 1.5 + 1.5 * Math.log2(Math.max(1, evidenceCount));

// A link's line style: solid when some evidence is asserted, else the style of the first status it has.
const statusOfLink = (statuses) => (statuses.includes('ASSERTED') ? 'ASSERTED' : statuses[0] ?? 'ASSERTED');

// Owns the Cytoscape instance and what it draws: actors and edges keyed by id, so that merging a neighbourhood or a
// path never duplicates an element. An edge is a link (one per relationship) or, per sentence, a relation.
export class GraphView {
  constructor(container, colours, symmetricTypes) {
    this.colours = colours;
    this.symmetricTypes = symmetricTypes;
    this.actors = new Map();
    this.items = new Map();
    this.cy = cytoscape({ container, style: graphStyle(), minZoom: 0.1, maxZoom: 4 });
    this.cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
  }

  clear() {
    this.cy.elements().remove();
    this.actors.clear();
    this.items.clear();
  }

  actorName = (id) => this.actors.get(id)?.name ?? id;

  /** Adds actors and links (or relations) not yet drawn; returns how many elements were new. */
  merge(actors, edges, anchorId) {
    const anchor = anchorId ? this.cy.getElementById(anchorId) : null;
    const origin = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const added = [];
    for (const actor of actors) {
      const known = this.actors.get(actor.id);
      this.actors.set(actor.id, { ...known, ...actor });
      if (this.cy.getElementById(actor.id).nonempty()) continue;
      added.push({
        group: 'nodes',
        data: { id: actor.id, label: actor.name, kind: actor.kind, degree: actor.degree ?? 1 },
        // New nodes start beside the node they came from, so an incremental layout moves little.
        position: { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 },
      });
    }
    for (const edge of edges) {
      this.items.set(edge.id, edge);
      if (this.cy.getElementById(edge.id).nonempty()) continue;
      const isLink = edge.evidenceCount !== undefined;
      const evidence = isLink ? edge.evidenceCount : 1;
      added.push({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.source.id,
          target: edge.target.id,
          type: edge.type,
          status: isLink ? statusOfLink(edge.statuses) : edge.status,
          evidence,
          width: widthOf(evidence),
          label: isLink
            ? `${edge.type} · ${evidence} sentence${evidence === 1 ? '' : 's'}, ${edge.documentCount} document${edge.documentCount === 1 ? '' : 's'}`
            : `${edge.type}${edge.date ? ' · ' + edge.date : ''}`,
          color: this.colours.colourOf(edge.type),
          arrow: this.colours.arrowOf(edge.type),
          symmetric: this.symmetricTypes.has(edge.type),
          link: isLink,
          date: isLink ? null : edge.date ?? null,
        },
      });
    }
    // Edges whose endpoints are not drawn (cannot happen for an induced subgraph, but paths
    // and neighbourhoods are merged separately) are skipped rather than breaking the add.
    const nodeIds = new Set([...this.cy.nodes().map((n) => n.id()), ...added.filter((e) => e.group === 'nodes').map((e) => e.data.id)]);
    this.cy.add(added.filter((e) => e.group === 'nodes' || (nodeIds.has(e.data.source) && nodeIds.has(e.data.target))));
    return added.length;
  }

  presentTypes() {
    return new Set(this.cy.edges().map((e) => e.data('type')));
  }

  /** Fits the drawing into the canvas, keeping a handful of nodes at reading size rather than a giant zoom. */
  refit() {
    this.cy.resize();
    if (this.cy.nodes().empty()) return;
    this.cy.fit(undefined, 40);
    if (this.cy.zoom() > 1.4) {
      this.cy.zoom(1.4);
      this.cy.center();
    }
  }

  /** Runs fcose and resolves when it stops, so callers (and tests) know the drawing is settled. */
  layout(incremental) {
    return new Promise((resolve) => {
      if (this.cy.nodes().empty()) {
        resolve();
        return;
      }
      const layout = this.cy.layout({
        name: 'fcose',
        quality: 'default',
        randomize: !incremental,
        animate: true,
        animationDuration: 350,
        fit: true,
        padding: 40,
        nodeSeparation: 90,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
      });
      layout.one('layoutstop', () => {
        this.refit();
        resolve();
      });
      layout.run();
    });
  }

  highlight(nodeIds, edgeIds) {
    this.cy.elements().removeClass('on-path faded');
    if (nodeIds.size === 0) return;
    this.cy.elements().addClass('faded');
    this.cy.nodes().filter((n) => nodeIds.has(n.id())).removeClass('faded').addClass('on-path');
    this.cy.edges().filter((e) => edgeIds.has(e.id())).removeClass('faded').addClass('on-path');
  }

  focus(id) {
    this.cy.nodes().removeClass('focus');
    this.cy.getElementById(id).addClass('focus');
  }
}
