import { el } from './dom.js';

export const DRAWN_HINT = 'Click an edge to read the sentences behind it, or a node to expand it.';

// Only web links become links: a store written before sidecar urls were checked may hold javascript: or file: ones.
const webLink = (url) => (/^https?:\/\//i.test(url ?? '') ? url : null);

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

// The side panel: the sentences behind a clicked link or relation and where they are written, or who a clicked actor is.
export class DetailsPanel {
  constructor(root, colours) {
    this.root = root;
    this.colours = colours;
  }

  clear(message = DRAWN_HINT) {
    this.root.replaceChildren(el('p', { class: 'hint' }, message));
  }

  #chip(type) {
    return el('span', { class: 'type-chip', style: `background:${this.colours.colourOf(type)}` }, type);
  }

  #document(relation) {
    const doc = relation.citation.document;
    const label = doc.title || doc.id;
    const link = webLink(doc.url);
    return el('p', { class: 'document' },
      'From ',
      link ? el('a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, label) : el('strong', {}, label),
      doc.outlet ? ` (${doc.outlet}${doc.published ? ', ' + doc.published : ''})` : doc.published ? ` (${doc.published})` : '',
      ' · ',
      el('a', { href: `/graphql#document=${encodeURIComponent(doc.id)}`, target: '_blank' }, 'open in GraphQL IDE'));
  }

  #quote(relation) {
    return el('blockquote', { class: 'citation', 'data-relation-id': relation.id }, relation.citation.quote);
  }

  showRelation(relation, actorName) {
    const date = relation.date
      ? `${relation.date} (${(relation.datePrecision ?? '').toLowerCase()} precision)`
      : 'undated';
    const rows = [
      ['Type', this.#chip(relation.type)],
      ['From', actorName(relation.source.id)],
      ['To', actorName(relation.target.id)],
      ['Date', date],
      ['Reported on', relation.reportedOn ?? '—'],
      ['Status', relation.status],
      ['Attributed to', relation.attributedTo ? relation.attributedTo.name : '—'],
      ['Details', relation.details ?? '—'],
      ['Confidence', relation.confidence.toFixed(2)],
    ];
    this.root.replaceChildren(
      el('h2', {}, 'Relation'),
      el('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
      el('h3', {}, 'Cited sentence'),
      this.#quote(relation),
      this.#document(relation),
      el('p', { class: 'rule' }, `Characters ${relation.citation.start}–${relation.citation.end} · rule ${relation.citation.rule} · id ${relation.id}`),
    );
  }

  /** A relationship and its evidence, newest event first, each sentence with its document, outlet, date, status and claimant. */
  showLink(link, relations, actorName) {
    const span = link.firstDate ? (link.firstDate === link.lastDate ? link.firstDate : `${link.firstDate} – ${link.lastDate}`) : 'undated';
    const rows = [
      ['Type', this.#chip(link.type)],
      ['From', actorName(link.source.id)],
      ['To', actorName(link.target.id)],
      ['Backed by', `${plural(link.evidenceCount, 'sentence')} in ${plural(link.documentCount, 'document')} from ${plural(link.outletCount, 'outlet')}`],
      ['Event dates', span],
      ['First reported', link.firstReported ?? '—'],
      ['Statuses', link.statuses.join(', ')],
    ];
    this.root.replaceChildren(
      el('h2', {}, 'Relationship'),
      el('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
      el('h3', {}, `Evidence, newest first (${relations.totalCount})`),
      el('ol', { class: 'evidence' }, relations.nodes.map((r) => el('li', {},
        el('p', { class: 'meta' },
          el('strong', {}, r.date ?? 'undated'), ' · ', r.status.toLowerCase(),
          r.attributedTo ? ` · according to ${r.attributedTo.name}` : ''),
        this.#quote(r),
        this.#document(r)))),
      relations.totalCount > relations.nodes.length
        ? el('p', { class: 'hint' }, `${relations.totalCount - relations.nodes.length} more in the GraphQL API (Link.relations).`)
        : null,
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
