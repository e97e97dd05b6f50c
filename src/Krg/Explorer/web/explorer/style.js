import { actorKinds } from './palette.js';

export function graphStyle() {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        width: 'mapData(degree, 0, 40, 22, 56)',
        height: 'mapData(degree, 0, 40, 22, 56)',
        'background-color': '#ccc',
        'border-width': 1,
        'border-color': '#555',
      },
    },
    ...actorKinds.map(({ kind, color, shape }) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': color, shape },
    })),
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#222' } },
    { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        // Many relations often join one pair of actors; a tight fan keeps them readable and clickable.
        'control-point-step-size': 14,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'data(arrow)',
        'arrow-scale': 0.9,
        opacity: 0.85,
      },
    },
    // A symmetric relationship (MET, SIGNED) has no direction: its type's mark sits on both ends.
    { selector: 'edge[?symmetric]', style: { 'source-arrow-shape': 'data(arrow)', 'source-arrow-color': 'data(color)' } },
    {
      selector: 'edge.hover',
      style: { label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 1, 'z-index': 20 },
    },
    { selector: 'edge[status = "ALLEGED"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[status = "PLANNED"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge[status = "DENIED"]', style: { 'line-style': 'dotted', opacity: 0.5 } },
    {
      selector: 'edge:selected',
      style: { 'overlay-opacity': 0.15, label: 'data(label)', 'font-size': 10, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 1 },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#ff006e' } },
    { selector: 'edge.on-path', style: { 'underlay-color': '#ff006e', 'underlay-opacity': 0.35, 'underlay-padding': 3, opacity: 1, 'z-index': 10 } },
  ];
}
