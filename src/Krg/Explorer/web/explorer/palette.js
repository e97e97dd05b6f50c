// Colours are assigned, not hard-wired to type names: relation types are data (graph-schema/), so whatever types the
// server lists get a colour from this ordered palette. It is Kenneth Kelly's sequence of maximum contrast (1965),
// made for telling many categories apart (white and black left out: they vanish on the canvas or read as text);
// each type also gets its own arrowhead, so two types never differ by colour alone.
const relationPalette = [
  '#be0032', '#0067a5', '#f38400', '#008856', '#875692', '#f3c300',
  '#604e97', '#848482', '#e68fac', '#a1caf1', '#c2b280', '#f99379',
  '#882d17', '#8db600', '#654522', '#e25822', '#2b3d26', '#dcd300',
];

// Arrowheads Cytoscape draws, paired with the glyph the legend shows for each.
const arrowShapes = [
  ['triangle', '▶'], ['vee', '➤'], ['triangle-backcurve', '⮞'], ['square', '■'], ['diamond', '◆'], ['circle', '●'],
  ['tee', '⊤'], ['triangle-tee', '▶⊤'], ['circle-triangle', '●▶'], ['chevron', '›'], ['triangle-cross', '▶✕'], ['square', '□'],
];

// Actor kinds are a closed enum of the schema (DESIGN §2), so they get fixed colours and shapes.
export const actorKinds = [
  { kind: 'PERSON', color: '#ffd166', shape: 'ellipse', label: 'Person' },
  { kind: 'STATE', color: '#06d6a0', shape: 'round-rectangle', label: 'State' },
  { kind: 'ORGANIZATION', color: '#118ab2', shape: 'hexagon', label: 'Organization' },
  { kind: 'PLACE', color: '#ef476f', shape: 'triangle', label: 'Place' },
  { kind: 'GROUP', color: '#8d99ae', shape: 'diamond', label: 'Group' },
];

export class RelationColours {
  constructor(typeNames) {
    this.byType = new Map();
    [...typeNames].sort().forEach((name) => this.colourOf(name));
  }

  #index(type) {
    if (!this.byType.has(type)) this.byType.set(type, this.byType.size);
    return this.byType.get(type);
  }

  colourOf(type) {
    return relationPalette[this.#index(type) % relationPalette.length];
  }

  arrowOf(type) {
    return arrowShapes[this.#index(type) % arrowShapes.length][0];
  }

  glyphOf(type) {
    return arrowShapes[this.#index(type) % arrowShapes.length][1];
  }

  entries() {
    return [...this.byType.keys()].map((type) => [type, this.colourOf(type)]);
  }
}
