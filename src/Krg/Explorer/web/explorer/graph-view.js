import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './style.js';

cytoscape.use(fcose);

// Owns the Cytoscape instance and what it draws: actors and relations keyed by id, so that
// merging a neighbourhood or a path never duplicates an element.
export class GraphView {
  constructor(container, colours, symmetricTypes) {
    this.colours = colours;
    this.symmetricTypes = symmetricTypes;
    this.actors = new Map();
    this.relations = new Map();
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      minZoom: 0.1,
      maxZoom: 4,
    });
  }

  clear() {
    this.cy.elements().remove();
    this.actors.clear();
    this.relations.clear();
  }

  actorName = (id) => this.actors.get(id)?.name ?? id;

  /** Adds actors and relations not yet drawn; returns how many elements were new. */
  merge(actors, relations, anchorId) {
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
    for (const relation of relations) {
      this.relations.set(relation.id, relation);
      if (this.cy.getElementById(relation.id).nonempty()) continue;
      added.push({
        group: 'edges',
        data: {
          id: relation.id,
          source: relation.source.id,
          target: relation.target.id,
          type: relation.type,
          status: relation.status,
          color: this.colours.colourOf(relation.type),
          symmetric: this.symmetricTypes.has(relation.type),
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
        // A handful of nodes would otherwise be fitted at a giant zoom; keep labels at reading size.
        if (this.cy.zoom() > 1.4) {
          this.cy.zoom(1.4);
          this.cy.center();
        }
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
