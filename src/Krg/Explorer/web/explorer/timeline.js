import { el } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attributes = {}, ...children) => {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
};

/** The period a date falls in: its year, or its month (null for a year-only date when counting by month). */
const periodOf = (date, bucket) => (bucket === 'MONTH' ? (date.length >= 7 ? date.slice(0, 7) : null) : date.slice(0, 4));

/** Every period from first to last, the empty ones included. */
function periodsBetween(first, last, bucket) {
  const out = [];
  let [year, month] = first.split('-').map(Number);
  const [endYear, endMonth] = last.split('-').map(Number);
  while (year < endYear || (year === endYear && (bucket === 'YEAR' || month <= endMonth))) {
    out.push(bucket === 'YEAR' ? String(year).padStart(4, '0') : `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    if (bucket === 'YEAR') year++;
    else if (++month > 12) { month = 1; year++; }
  }
  return out;
}

/**
 * The histogram under the graph: the drawn neighbourhood's relations per year or month, stacked by type. Dragging
 * across it (the brush) picks a period, handed to onBrush as { from, to }; a click picks one bar's period.
 */
export class TimelineStrip {
  constructor(root, colours, onBrush) {
    this.root = root;
    this.colours = colours;
    this.onBrush = onBrush;
    this.bucket = 'YEAR';
    this.edges = [];
    this.selection = null;
  }

  render(edges = this.edges, selection = this.selection) {
    this.edges = edges;
    this.selection = selection;
    const counts = new Map();
    let undated = 0, imprecise = 0;
    for (const edge of edges) {
      if (!edge.date) { undated++; continue; }
      const period = periodOf(edge.date, this.bucket);
      if (!period) { imprecise++; continue; }
      const byType = counts.get(period) ?? new Map();
      byType.set(edge.type, (byType.get(edge.type) ?? 0) + 1);
      counts.set(period, byType);
    }
    const keys = [...counts.keys()].sort();
    const bucketSelect = el('select', { 'aria-label': 'Bucket', onchange: (e) => { this.bucket = e.target.value; this.render(); } },
      el('option', { value: 'YEAR', selected: this.bucket === 'YEAR' }, 'by year'),
      el('option', { value: 'MONTH', selected: this.bucket === 'MONTH' }, 'by month'));
    const notes = [undated ? `${undated} undated` : null, imprecise ? `${imprecise} dated to the year only` : null].filter(Boolean).join(' · ');
    const header = el('div', { class: 'timeline-head' },
      el('strong', {}, 'Timeline'), bucketSelect,
      el('span', { class: 'hint' }, keys.length ? 'drag across the bars to show one period' : 'no dated relations drawn'),
      notes ? el('span', { class: 'hint' }, `(${notes} not shown)`) : null,
      selection ? el('button', { type: 'button', class: 'link', id: 'timeline-clear', onclick: () => this.onBrush(null) }, 'show all dates') : null);
    if (keys.length === 0) {
      this.root.replaceChildren(header);
      return;
    }
    const periods = periodsBetween(keys[0], keys[keys.length - 1], this.bucket);
    const width = this.root.clientWidth || 800, height = 64, gap = 1;
    const barWidth = width / periods.length;
    const max = Math.max(...[...counts.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const chart = svg('svg', { class: 'timeline-chart', width, height: height + 14, viewBox: `0 0 ${width} ${height + 14}` });
    periods.forEach((period, i) => {
      const x = i * barWidth;
      const group = svg('g', { class: 'bar', 'data-period': period });
      let y = height;
      const byType = counts.get(period) ?? new Map();
      const total = [...byType.values()].reduce((a, b) => a + b, 0);
      for (const [type, n] of [...byType.entries()].sort()) {
        const h = (n / max) * (height - 4);
        y -= h;
        group.append(svg('rect', { x: x + gap, y, width: Math.max(1, barWidth - 2 * gap), height: h, fill: this.colours.colourOf(type) },
          svg('title', {}, `${period}: ${n} ${type}`)));
      }
      group.append(svg('rect', { class: 'hit', x, y: 0, width: barWidth, height, fill: 'transparent' }, svg('title', {}, `${period}: ${total} relations`)));
      chart.append(group);
    });
    // Label the first, last and as many periods between as fit.
    const every = Math.ceil(periods.length / Math.max(1, Math.floor(width / 48)));
    periods.forEach((period, i) => {
      if (i % every === 0 || i === periods.length - 1) chart.append(svg('text', { x: i * barWidth + barWidth / 2, y: height + 11, 'text-anchor': 'middle' }, period));
    });
    if (selection) {
      const key = (date, month) => (this.bucket === 'YEAR' ? date.slice(0, 4) : date.length >= 7 ? date.slice(0, 7) : `${date.slice(0, 4)}-${month}`);
      const from = periods.findIndex((p) => p >= key(selection.from, '01'));
      const to = periods.findLastIndex((p) => p <= key(selection.to, '12'));
      if (from >= 0 && to >= from) chart.append(svg('rect', { class: 'brush', x: from * barWidth, y: 0, width: (to - from + 1) * barWidth, height }));
    }
    this.#brush(chart, periods, barWidth, height);
    this.root.replaceChildren(header, chart);
  }

  #brush(chart, periods, barWidth, height) {
    const indexAt = (event) => {
      const box = chart.getBoundingClientRect();
      return Math.min(periods.length - 1, Math.max(0, Math.floor((event.clientX - box.left) / barWidth)));
    };
    let start = null;
    let band = null;
    chart.addEventListener('mousedown', (event) => {
      event.preventDefault();
      start = indexAt(event);
      band?.remove();
      band = svg('rect', { class: 'brush', x: start * barWidth, y: 0, width: barWidth, height });
      chart.append(band);
    });
    chart.addEventListener('mousemove', (event) => {
      if (start === null) return;
      const at = indexAt(event);
      band.setAttribute('x', Math.min(start, at) * barWidth);
      band.setAttribute('width', (Math.abs(at - start) + 1) * barWidth);
    });
    const finish = (event) => {
      if (start === null) return;
      const at = indexAt(event);
      const [from, to] = [periods[Math.min(start, at)], periods[Math.max(start, at)]];
      start = null;
      this.onBrush({ from, to });
    };
    chart.addEventListener('mouseup', finish);
    chart.addEventListener('mouseleave', finish);
  }
}
