import { el } from './dom.js';

// The side panel: what a clicked edge claims and where it is written, or who a clicked actor is.
export class DetailsPanel {
  constructor(root, colours) {
    this.root = root;
    this.colours = colours;
  }

  clear(message = 'Click an edge to read its citation, or a node to expand it.') {
    this.root.replaceChildren(el('p', { class: 'hint' }, message));
  }

  showRelation(relation, actorName) {
    const doc = relation.citation.document;
    const date = relation.date
      ? `${relation.date} (${(relation.datePrecision ?? '').toLowerCase()} precision)`
      : 'undated';
    const rows = [
      ['Type', el('span', { class: 'type-chip', style: `background:${this.colours.colourOf(relation.type)}` }, relation.type)],
      ['From', actorName(relation.source.id)],
      ['To', actorName(relation.target.id)],
      ['Date', date],
      ['Reported on', relation.reportedOn ?? '—'],
      ['Status', relation.status],
      ['Attributed to', relation.attributedTo ? relation.attributedTo.name : '—'],
      ['Details', relation.details ?? '—'],
      ['Confidence', relation.confidence.toFixed(2)],
    ];
    const documentLabel = doc.title || doc.id;
    // Only web links become links: a store written before sidecar urls were checked may hold javascript: or file: ones.
    const link = /^https?:\/\//i.test(doc.url ?? '') ? doc.url : null;
    this.root.replaceChildren(
      el('h2', {}, 'Relation'),
      el('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
      el('h3', {}, 'Cited sentence'),
      el('blockquote', { class: 'citation', 'data-relation-id': relation.id }, relation.citation.quote),
      el('p', { class: 'document' },
        'From ',
        link ? el('a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, documentLabel) : el('strong', {}, documentLabel),
        doc.outlet ? ` (${doc.outlet}${doc.published ? ', ' + doc.published : ''})` : doc.published ? ` (${doc.published})` : '',
        ' · ',
        el('a', { href: `/graphql#document=${encodeURIComponent(doc.id)}`, target: '_blank' }, 'open in GraphQL IDE')),
      el('p', { class: 'rule' }, `Characters ${relation.citation.start}–${relation.citation.end} · rule ${relation.citation.rule} · id ${relation.id}`),
    );
  }

  showActor(actor, expanded) {
    this.root.replaceChildren(
      el('h2', {}, actor.name),
      el('dl', { class: 'facts' },
        el('dt', {}, 'Id'), el('dd', {}, actor.id),
        el('dt', {}, 'Kind'), el('dd', {}, actor.kind),
        el('dt', {}, 'Aliases'), el('dd', {}, actor.aliases?.length ? actor.aliases.join(', ') : '—'),
        el('dt', {}, 'Relations'), el('dd', {}, String(actor.degree ?? '?'))),
      el('p', { class: 'hint' }, expanded ? 'Neighbourhood merged into the drawing.' : ''),
    );
  }
}
