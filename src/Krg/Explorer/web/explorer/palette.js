// Colours are assigned, not hard-wired to type names: relation types are data (graph-schema/),
// so whatever types the server lists get a colour from this ordered palette.
const relationPalette = [
  '#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6',
  '#9a6324', '#469990', '#800000', '#808000', '#000075', '#bfef45', '#fabed4',
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
    [...typeNames].sort().forEach((name, i) => this.byType.set(name, relationPalette[i % relationPalette.length]));
  }

  colourOf(type) {
    if (!this.byType.has(type)) {
      this.byType.set(type, relationPalette[this.byType.size % relationPalette.length]);
    }
    return this.byType.get(type);
  }

  entries() {
    return [...this.byType.entries()];
  }
}
