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
        el('span', { class: 'glyph', style: `color:${colours.colourOf(type.name)}` }, colours.glyphOf(type.name)),
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

  /** Whether to draw one edge per cited sentence instead of one per relationship. */
  perSentence() {
    return this.root.querySelector('#per-sentence').checked;
  }

  setDates(from, to, includeUndated) {
    this.root.querySelector('#date-from').value = from ?? '';
    this.root.querySelector('#date-to').value = to ?? '';
    if (includeUndated !== undefined) this.root.querySelector('#include-undated').checked = includeUndated;
  }

  /** The controls as query-string parameters, only those that differ from the page's defaults. */
  toQuery(params) {
    const set = (name, value) => (value ? params.set(name, value) : params.delete(name));
    set('depth', this.depth() === 2 ? '' : String(this.depth()));
    set('from', this.root.querySelector('#date-from').value.trim());
    set('to', this.root.querySelector('#date-to').value.trim());
    set('undated', this.root.querySelector('#include-undated').checked ? '' : 'no');
    const typeBoxes = [...this.typesBox.querySelectorAll('input[type=checkbox]')];
    set('types', typeBoxes.every((b) => b.checked) ? '' : typeBoxes.filter((b) => b.checked).map((b) => b.value).join(','));
    const statuses = [...this.root.querySelectorAll('#statuses input:checked')].map((b) => b.value).join(',');
    set('statuses', statuses === 'ASSERTED,ALLEGED' ? '' : statuses);
    set('sentences', this.perSentence() ? '1' : '');
  }

  /** Sets the controls from query-string parameters (unknown values are left at their defaults). */
  fromQuery(params) {
    if (params.has('depth')) this.root.querySelector('#depth').value = params.get('depth');
    this.setDates(params.get('from'), params.get('to'), params.get('undated') !== 'no');
    if (params.has('types')) {
      const types = new Set(params.get('types').split(','));
      this.typesBox.querySelectorAll('input[type=checkbox]').forEach((box) => { box.checked = types.has(box.value); });
    }
    if (params.has('statuses')) {
      const statuses = new Set(params.get('statuses').split(','));
      this.root.querySelectorAll('#statuses input').forEach((box) => { box.checked = statuses.has(box.value); });
    }
    this.root.querySelector('#per-sentence').checked = params.get('sentences') === '1';
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
    if (f.includeUndated) p.set('includeUndated', 'true');
    p.set('statuses', f.statuses.join(','));
    if (!this.perSentence()) p.set('aggregate', 'links');
    return p;
  }
}
