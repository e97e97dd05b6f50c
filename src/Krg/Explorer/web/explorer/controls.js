import { el } from './dom.js';

const partialDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// Reads the filter controls into a DESIGN §3 RelationFilter (only the fields the user narrowed).
export class FilterControls {
  constructor(root) {
    this.root = root;
    this.typesBox = root.querySelector('#types');
  }

  renderTypes(types, colours) {
    for (const type of types) {
      this.typesBox.append(el('label', { title: type.description ?? '' },
        el('input', { type: 'checkbox', value: type.name, checked: true }),
        ' ',
        el('span', { class: 'line', style: `background:${colours.colourOf(type.name)}` }),
        ' ', type.name));
    }
    this.root.querySelector('#types-all').addEventListener('click', () => this.setAllTypes(true));
    this.root.querySelector('#types-none').addEventListener('click', () => this.setAllTypes(false));
  }

  setAllTypes(on) {
    this.typesBox.querySelectorAll('input[type=checkbox]').forEach((box) => { box.checked = on; });
  }

  depth() {
    return Number(this.root.querySelector('#depth').value);
  }

  /** The filter, or throws with a message the status line can show. */
  filter() {
    const filter = {};
    const typeBoxes = [...this.typesBox.querySelectorAll('input[type=checkbox]')];
    const types = typeBoxes.filter((b) => b.checked).map((b) => b.value);
    if (types.length < typeBoxes.length) filter.types = types;
    for (const [id, key] of [['#date-from', 'from'], ['#date-to', 'to']]) {
      const value = this.root.querySelector(id).value.trim();
      if (!value) continue;
      if (!partialDate.test(value)) throw new Error(`'${value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`);
      filter[key] = value;
    }
    if (filter.from || filter.to) filter.includeUndated = this.root.querySelector('#include-undated').checked;
    const statuses = [...this.root.querySelectorAll('#statuses input:checked')].map((b) => b.value);
    if (statuses.length === 0) throw new Error('Pick at least one status.');
    filter.statuses = statuses;
    return filter;
  }

  /** The same narrowing as /export query parameters, so a download matches what is drawn. */
  exportParameters(actorId) {
    const f = this.filter();
    const p = new URLSearchParams();
    if (actorId) {
      p.set('actor', actorId);
      p.set('depth', String(this.depth()));
    }
    if (f.types) p.set('types', f.types.join(','));
    if (f.from) p.set('from', f.from);
    if (f.to) p.set('to', f.to);
    return p;
  }
}
