import './explorer.css';
import { gql } from './graphql.js';
import { SEARCH_ACTORS, RELATION_TYPES, BEST_LINK, NEIGHBOURHOOD_LINKS, NEIGHBOURHOOD_RELATIONS, LINK_EVIDENCE, PATHS } from './queries.js';
import { RelationColours } from './palette.js';
import { GraphView } from './graph-view.js';
import { DetailsPanel, DRAWN_HINT } from './panel.js';
import { renderLegend } from './legend.js';
import { FilterControls } from './controls.js';
import { TimelineStrip } from './timeline.js';
import { el } from './dom.js';
import { followGraphChanges } from './live-updates.js';

const $ = (selector) => document.querySelector(selector);
const statusLine = $('#status');
const SEARCH_HINT = 'Search an actor to draw its neighbourhood.';

// Tests and scripts wait on body[data-state]: idle | loading | ready | error; body[data-centre] names the drawn actor,
// and body[data-draws] counts the drawings finished, so a script can wait for the next one.
function setState(state, message) {
  if (state === 'ready') document.body.dataset.draws = String(Number(document.body.dataset.draws ?? 0) + 1);
  document.body.dataset.state = state;
  statusLine.textContent = message ?? '';
  statusLine.classList.toggle('error', state === 'error');
}

async function start() {
  let typeInfos = [];
  try {
    typeInfos = (await gql(RELATION_TYPES)).relationTypes;
  } catch (error) {
    setState('error', `Could not load relation types: ${error.message}`);
  }
  const colours = new RelationColours(typeInfos.map((t) => t.name));
  const symmetric = new Set(typeInfos.filter((t) => t.symmetric).map((t) => t.name));
  const view = new GraphView($('#graph'), colours, symmetric);
  const panel = new DetailsPanel($('#details'), colours);
  const controls = new FilterControls($('#controls'));
  controls.renderTypes(typeInfos, colours);
  panel.clear(SEARCH_HINT);
  window.cy = view.cy;

  let centre = null;
  const expanded = new Set();
  // Every drawn relation's type and date over all time, for the timeline (see NEIGHBOURHOOD_LINKS' span).
  const spanEdges = new Map();
  const timeline = new TimelineStrip($('#timeline'), colours, (period) => {
    controls.setDates(period?.from, period?.to, period === null);
    if (centre) drawNeighbourhood(centre, { replace: true });
  });

  // --- the view in the address, so it can be shared and reloaded -----------------------------
  const saveView = () => {
    const params = new URLSearchParams();
    if (centre) params.set('actor', centre);
    try { controls.toQuery(params); } catch { /* a half-typed date stays out of the address */ }
    for (const [name, id] of [['pathFrom', '#path-from'], ['pathTo', '#path-to']]) if ($(id).value.trim()) params.set(name, $(id).value.trim());
    if (params.has('pathFrom') && $('#path-hops').value !== '4') params.set('hops', $('#path-hops').value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const refreshChrome = () => {
    renderLegend($('#legend'), colours, view.presentTypes(), controls.perSentence());
    const params = (() => { try { return controls.exportParameters(centre); } catch { return new URLSearchParams(); } })();
    for (const format of ['cytoscape', 'graphml', 'gexf']) {
      params.set('format', format);
      $(`#export-${format}`).href = `/export?${params}`;
    }
    const datalist = $('#actor-ids');
    datalist.replaceChildren(...[...view.actors.values()].map((a) => el('option', { value: a.id }, a.name)));
    const filter = (() => { try { return controls.filter(); } catch { return {}; } })();
    timeline.render([...spanEdges.values()], filter.from || filter.to ? { from: filter.from ?? '0001', to: filter.to ?? '9999' } : null);
    saveView();
  };

  const run = async (message, work) => {
    setState('loading', message);
    try {
      const summary = await work();
      refreshChrome();
      setState('ready', summary);
    } catch (error) {
      setState('error', error.message);
    }
  };

  const drawNeighbourhood = (actorId, { replace }) => run(`Loading ${actorId}…`, async () => {
    const filter = controls.filter();
    const { from, to, includeUndated, ...span } = filter;
    const perSentence = controls.perSentence();
    const data = await gql(perSentence ? NEIGHBOURHOOD_RELATIONS : NEIGHBOURHOOD_LINKS,
      { actor: actorId, depth: replace ? controls.depth() : 1, filter, span });
    const hood = data.neighbourhood;
    if (replace) {
      view.clear();
      expanded.clear();
      spanEdges.clear();
      centre = actorId;
      document.body.dataset.centre = actorId;
      panel.clear(DRAWN_HINT);
    }
    expanded.add(actorId);
    for (const edge of data.span.edges) spanEdges.set(edge.id, edge);
    view.merge(hood.nodes.map((n) => n.actor), perSentence ? hood.edges : hood.links, replace ? null : actorId);
    view.focus(centre);
    view.cy.getElementById(actorId).addClass('expanded');
    await view.layout(!replace);
    const drawn = view.cy.edges();
    const sentences = drawn.reduce((sum, e) => sum + e.data('evidence'), 0);
    const what = perSentence ? `${drawn.length} relations` : `${drawn.length} links from ${sentences} cited sentences`;
    return `${view.cy.nodes().length} actors · ${what}${hood.truncated ? ' · truncated at the limit' : ''}`;
  });

  // --- search ------------------------------------------------------------------------
  const resultsList = $('#search-results');
  let results = [];
  let searchSeq = 0;
  const search = async (text) => {
    const seq = ++searchSeq;
    const data = await gql(SEARCH_ACTORS, { search: text, first: 8 });
    if (seq !== searchSeq) return results;
    results = data.actors.edges.map((e) => e.node);
    resultsList.replaceChildren(...results.map((a) =>
      el('li', { 'data-id': a.id, onmousedown: () => choose(a) }, a.name, el('small', {}, `${a.kind.toLowerCase()} · ${a.degree} relations`))));
    resultsList.hidden = results.length === 0;
    return results;
  };
  const choose = (actor) => {
    resultsList.hidden = true;
    $('#search').value = actor.name;
    drawNeighbourhood(actor.id, { replace: true });
  };
  let debounce;
  $('#search').addEventListener('input', (e) => {
    clearTimeout(debounce);
    const text = e.target.value.trim();
    if (text.length < 2) { resultsList.hidden = true; return; }
    debounce = setTimeout(() => search(text).catch((err) => setState('error', err.message)), 200);
  });
  $('#search').addEventListener('blur', () => setTimeout(() => { resultsList.hidden = true; }, 150));
  $('#search-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    clearTimeout(debounce);
    const text = $('#search').value.trim();
    if (!text) return;
    try {
      const found = await search(text);
      if (found.length === 0) setState('error', `No actor matches “${text}”.`);
      else choose(found[0]);
    } catch (error) {
      setState('error', error.message);
    }
  });

  // --- graph interaction -------------------------------------------------------------
  view.cy.on('tap', 'edge', async (evt) => {
    const item = view.items.get(evt.target.id());
    if (!item) return;
    if (!evt.target.data('link')) {
      panel.showRelation(item, view.actorName);
      return;
    }
    try {
      const data = await gql(LINK_EVIDENCE, { id: item.id, filter: controls.filter() });
      if (data.link) panel.showLink(data.link, data.link.relations, view.actorName);
      else panel.clear('No sentence of this relationship passes the current filters any more.');
    } catch (error) {
      setState('error', error.message);
    }
  });
  view.cy.on('tap', 'node', (evt) => {
    const id = evt.target.id();
    const actor = view.actors.get(id);
    const already = expanded.has(id);
    if (actor) panel.showActor(actor, true);
    if (!already) drawNeighbourhood(id, { replace: false });
  });
  $('#redraw').addEventListener('click', () => centre && drawNeighbourhood(centre, { replace: true }));
  $('#per-sentence').addEventListener('change', () => centre && drawNeighbourhood(centre, { replace: true }));
  $('#fit').addEventListener('click', () => view.refit());
  $('#clear').addEventListener('click', () => {
    view.clear(); expanded.clear(); spanEdges.clear(); centre = null;
    delete document.body.dataset.centre;
    $('#path-list').replaceChildren();
    panel.clear(SEARCH_HINT);
    refreshChrome();
    setState('idle');
  });
  // The canvas follows the window (and the panels beside it): Cytoscape only measures its container when told to.
  let resizing;
  new ResizeObserver(() => {
    clearTimeout(resizing);
    resizing = setTimeout(() => { view.refit(); timeline.render(); }, 100);
  }).observe($('#graph-area'));

  // --- paths -------------------------------------------------------------------------
  const resolveActor = async (text) => {
    const data = await gql(SEARCH_ACTORS, { search: text, first: 10 });
    const found = data.actors.edges.map((e) => e.node);
    const lower = text.toLowerCase();
    const exact = found.find((a) => a.id === text || a.name.toLowerCase() === lower);
    if (exact || found.length > 0) return (exact ?? found[0]).id;
    throw new Error(`No actor matches “${text}”.`);
  };
  const pathList = $('#path-list');
  const findPaths = () => run('Finding paths…', async () => {
    const [from, to] = await Promise.all([resolveActor($('#path-from').value.trim()), resolveActor($('#path-to').value.trim())]);
    const data = await gql(PATHS, { from, to, maxHops: Number($('#path-hops').value), k: 3, filter: controls.filter() });
    const paths = data.paths;
    pathList.replaceChildren();
    if (paths.length === 0) {
      view.highlight(new Set(), new Set());
      return `No path from ${from} to ${to} within ${$('#path-hops').value} hops.`;
    }
    // A hop is drawn as its links (or, per sentence, its relations), so the highlight lights up whole relationships.
    const edgesOf = (hop) => (controls.perSentence() ? hop.relations : hop.links);
    for (const path of paths) view.merge(path.actors, path.hops.flatMap(edgesOf), centre ?? from);
    await view.layout(view.cy.nodes().length > 0);
    const show = (selected) => {
      const nodeIds = new Set(selected.flatMap((p) => p.actors.map((a) => a.id)));
      const edgeIds = new Set(selected.flatMap((p) => p.hops.flatMap((h) => edgesOf(h).map((e) => e.id))));
      view.highlight(nodeIds, edgeIds);
    };
    show(paths);
    paths.forEach((path) => pathList.append(el('li', { onclick: () => show([path]), title: 'Highlight only this path' },
      `${path.length} hop${path.length === 1 ? '' : 's'}: `, path.actors.map((a) => a.name).join(' → '))));
    return `${paths.length} path${paths.length === 1 ? '' : 's'} from ${from} to ${to}; shortest ${paths[0].length} hop(s).`;
  });
  $('#path-form').addEventListener('submit', (e) => {
    e.preventDefault();
    findPaths();
  });
  $('#path-clear').addEventListener('click', () => view.highlight(new Set(), new Set()));

  // --- the first view: the address's, else the best-corroborated relationship's better-connected end ---
  const params = new URLSearchParams(location.search);
  controls.fromQuery(params);
  if (params.has('pathFrom')) $('#path-from').value = params.get('pathFrom');
  if (params.has('pathTo')) $('#path-to').value = params.get('pathTo');
  if (params.has('hops')) $('#path-hops').value = params.get('hops');
  refreshChrome();
  if (document.body.dataset.state === 'error') return;
  followGraphChanges(() => centre && drawNeighbourhood(centre, { replace: true })); // redraw when the stored graph changes
  let first = params.get('actor');
  if (!first) {
    try {
      const best = (await gql(BEST_LINK)).links.nodes[0];
      if (best) first = best.source.degree >= best.target.degree ? best.source.id : best.target.id;
    } catch (error) {
      setState('error', error.message);
      return;
    }
  }
  if (first) await drawNeighbourhood(first, { replace: true });
  else setState('idle');
  if (params.has('pathFrom') && params.has('pathTo')) await findPaths();
}

start();
