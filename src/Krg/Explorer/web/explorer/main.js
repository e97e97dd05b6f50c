import './explorer.css';
import { gql } from './graphql.js';
import { SEARCH_ACTORS, RELATION_TYPES, NEIGHBOURHOOD, PATHS } from './queries.js';
import { RelationColours } from './palette.js';
import { GraphView } from './graph-view.js';
import { DetailsPanel } from './panel.js';
import { renderLegend } from './legend.js';
import { FilterControls } from './controls.js';
import { el } from './dom.js';
import { followGraphChanges } from './live-updates.js';

const $ = (selector) => document.querySelector(selector);
const statusLine = $('#status');

// Tests and scripts wait on body[data-state]: idle | loading | ready | error.
function setState(state, message) {
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
  panel.clear('Search an actor to draw its neighbourhood.');
  window.cy = view.cy;

  let centre = null;
  const expanded = new Set();

  const refreshChrome = () => {
    renderLegend($('#legend'), colours, view.presentTypes());
    const params = (() => { try { return controls.exportParameters(centre); } catch { return new URLSearchParams(); } })();
    for (const format of ['cytoscape', 'graphml', 'gexf']) {
      params.set('format', format);
      $(`#export-${format}`).href = `/export?${params}`;
    }
    const datalist = $('#actor-ids');
    datalist.replaceChildren(...[...view.actors.values()].map((a) => el('option', { value: a.id }, a.name)));
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
    const data = await gql(NEIGHBOURHOOD, { actor: actorId, depth: replace ? controls.depth() : 1, filter: controls.filter() });
    const hood = data.neighbourhood;
    if (replace) {
      view.clear();
      expanded.clear();
      centre = actorId;
    }
    expanded.add(actorId);
    view.merge(hood.nodes.map((n) => n.actor), hood.edges, replace ? null : actorId);
    view.focus(centre);
    view.cy.getElementById(actorId).addClass('expanded');
    await view.layout(!replace);
    return `${view.cy.nodes().length} actors · ${view.cy.edges().length} relations${hood.truncated ? ' · truncated at the limit' : ''}`;
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
  view.cy.on('tap', 'edge', (evt) => {
    const relation = view.relations.get(evt.target.id());
    if (relation) panel.showRelation(relation, view.actorName);
  });
  view.cy.on('tap', 'node', (evt) => {
    const id = evt.target.id();
    const actor = view.actors.get(id);
    const already = expanded.has(id);
    if (actor) panel.showActor(actor, true);
    if (!already) drawNeighbourhood(id, { replace: false });
  });
  $('#redraw').addEventListener('click', () => centre && drawNeighbourhood(centre, { replace: true }));
  $('#fit').addEventListener('click', () => view.cy.fit(undefined, 40));
  $('#clear').addEventListener('click', () => {
    view.clear(); expanded.clear(); centre = null;
    $('#path-list').replaceChildren();
    panel.clear('Search an actor to draw its neighbourhood.');
    refreshChrome();
    setState('idle');
  });

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
  $('#path-form').addEventListener('submit', (e) => {
    e.preventDefault();
    run('Finding paths…', async () => {
      const [from, to] = await Promise.all([resolveActor($('#path-from').value.trim()), resolveActor($('#path-to').value.trim())]);
      const data = await gql(PATHS, { from, to, maxHops: Number($('#path-hops').value), k: 3, filter: controls.filter() });
      const paths = data.paths;
      pathList.replaceChildren();
      if (paths.length === 0) {
        view.highlight(new Set(), new Set());
        return `No path from ${from} to ${to} within ${$('#path-hops').value} hops.`;
      }
      for (const path of paths) view.merge(path.actors, path.hops.flatMap((h) => h.relations), centre ?? from);
      await view.layout(view.cy.nodes().length > 0);
      const show = (selected) => {
        const nodeIds = new Set(selected.flatMap((p) => p.actors.map((a) => a.id)));
        const edgeIds = new Set(selected.flatMap((p) => p.hops.flatMap((h) => h.relations.map((r) => r.id))));
        view.highlight(nodeIds, edgeIds);
      };
      show(paths);
      paths.forEach((path) => pathList.append(el('li', { onclick: () => show([path]), title: 'Highlight only this path' },
        `${path.length} hop${path.length === 1 ? '' : 's'}: `, path.actors.map((a) => a.name).join(' → '))));
      return `${paths.length} path${paths.length === 1 ? '' : 's'} from ${from} to ${to}; shortest ${paths[0].length} hop(s).`;
    });
  });
  $('#path-clear').addEventListener('click', () => view.highlight(new Set(), new Set()));

  refreshChrome();
  if (document.body.dataset.state !== 'error') setState('idle');
  followGraphChanges(() => centre && drawNeighbourhood(centre, { replace: true })); // redraw when the stored graph changes
}

start();
