import { el } from './dom.js';
import { actorKinds } from './palette.js';

export function renderLegend(root, colours, presentTypes, perSentence) {
  const types = colours.entries().filter(([type]) => presentTypes.size === 0 || presentTypes.has(type));
  root.replaceChildren(
    el('h3', {}, 'Actors'),
    el('ul', {}, actorKinds.map(({ color, label, shape }) =>
      el('li', {}, el('span', { class: `swatch shape-${shape}`, style: `background:${color}` }), label))),
    el('h3', {}, 'Relations'),
    el('ul', {}, types.map(([type, color]) =>
      el('li', {}, el('span', { class: 'line', style: `background:${color}` }), el('span', { class: 'glyph', style: `color:${color}` }, colours.glyphOf(type)), type))),
    el('p', { class: 'hint' }, perSentence
      ? 'one edge per cited sentence · solid asserted · dashed alleged · dotted planned/denied'
      : 'one edge per relationship, wider = more cited sentences · dashed: no asserted evidence'),
  );
}
