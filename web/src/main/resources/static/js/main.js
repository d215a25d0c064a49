// The town map page: puts the map, its controls, the search box and the card together, and keeps
// the URL's hash in step with what is shown.
import { canvas, control, featureGroup, map as leafletMap } from './leaflet.js';
import { account, collections, config, summary } from './api.js';
import { el } from './dom.js';
import { otherLanguage, setLanguage, t, translateDocument } from './i18n.js';
import { cardKindOf, catalogue } from './layerCatalog.js';
import { fitBbox, fitBounds, fitExtent, keepClear } from './mapView.js';
import { formatHash, parseHash, sameState } from './permalink.js';
import { BboxLayer } from './BboxLayer.js';
import { Choropleth } from './Choropleth.js';
import { DownloadPanel } from './DownloadPanel.js';
import { FeatureCard } from './FeatureCard.js';
import { HealthPanel } from './HealthPanel.js';
import { LayerPanel } from './LayerPanel.js';
import { Legend } from './Legend.js';
import { NoteControl } from './NoteControl.js';
import { SearchBox } from './SearchBox.js';
import { SummaryPanel } from './SummaryPanel.js';
import { UserMenu } from './UserMenu.js';

const FALLBACK_VIEW = { lat: 31.255, lng: 121.31, zoom: 13 }; // Jiangqiao, until the data says
const LABEL_PANE = 'og-labels';
const narrow = window.matchMedia('(max-width: 640px)').matches;

translateDocument();
const languageButton = document.getElementById('language');
languageButton.lang = otherLanguage();
languageButton.addEventListener('click', () => {
  setLanguage(otherLanguage());
  languageButton.lang = otherLanguage();
});

new UserMenu(document.getElementById('user'));
const plannerButton = document.getElementById('planner-toggle');
plannerButton.hidden = true; // planners only: shown once the account says so
account()
  .then((me) => {
    plannerButton.hidden = me.role !== 'planner';
    lazyBox('onduty', (box) => import('./onduty/OnDuty.js').then(({ OnDuty }) => new OnDuty(box, map)));
    if (me.role !== 'admin') { // everyone else reports incidents
      lazyBox('report', (box) => import('./incidentmap/ReportForm.js').then(({ ReportForm }) => new ReportForm(box, map)));
    }
  })
  .catch(() => {}); // not signed in: the plain map, no planning
let planner = null; // planner mode's code is loaded when it is first opened
plannerButton.addEventListener('click', togglePlanner);

const map = leafletMap('map', {
  renderer: canvas({ padding: 0.5, tolerance: 3 }), minZoom: 6, maxZoom: 19,
});
map.createPane(LABEL_PANE).classList.add('og-label-pane');
const start = parseHash(window.location.hash);
const startView = start?.view ?? FALLBACK_VIEW;
map.setView([startView.lat, startView.lng], startView.zoom);

const layers = [];
let selected = null; // the feature whose card is open: {collection, code}
let choropleth = null;
const layerPanel = new LayerPanel({ open: !narrow }).addTo(map);
const summaryPanel = new SummaryPanel({ open: !narrow, onIndicator: showIndicator }).addTo(map);
const healthPanel = new HealthPanel({
  open: false, zoomTo: (bounds) => fitBounds(map, bounds, cardElement),
}).addTo(map);
const legend = new Legend({ open: !narrow }).addTo(map);
// On a phone, opening a panel folds the others.
if (narrow) {
  map.getContainer().addEventListener('toggle', ({ target }) => target.open && target.matches('.og-box')
    && document.querySelectorAll('.og-box[open]').forEach((box) => { box.open = box === target; }), true);
}
const downloadPanel = new DownloadPanel({ open: false }).addTo(map);
control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
const note = new NoteControl('note.sample', { position: 'bottomleft', id: 'og-sample-note' }).addTo(map);
const cardElement = document.getElementById('card');
const card = new FeatureCard(cardElement, {
  navigate: (feature) => select(feature, { fit: true }),
  onClose: () => select(null),
});
new SearchBox(document.getElementById('search'), {
  onChoose: (result) => select({ collection: result.collection, code: result.code }, { bbox: result.bbox }),
});

map.on('moveend', writeHash);
window.addEventListener('hashchange', () => restore(parseHash(window.location.hash)));

config()
  .then((c) => {
    layerPanel.setBasemaps(c.basemaps || [], c.defaultBasemap);
    downloadPanel.setCrs(c.exportCrs);
  })
  .catch(() => layerPanel.setBasemaps([], 'none')); // no /config: the plain background
const summaryShown = summary()
  .then((doc) => {
    summaryPanel.setSummary(doc);
    note.setVisible(doc.counts?.illustrative !== false);
  })
  .catch(() => summaryPanel.setFailed());
const layersShown = Promise.all([collections(), catalogue])
  .then(([found, specs]) => {
    addLayers(found, specs);
    if (!start) { // once the panels are filled, and before any layer loads what it would refetch
      fitExtent(map, found.get('towns'));
    }
    layerPanel.showDefaults();
    downloadPanel.setCollections(specs.map((spec) => found.get(spec.id)).filter(Boolean));
    healthPanel.load(found.get('health-findings'));
    return Promise.all(layers.filter((layer) => map.hasLayer(layer)).map(firstSettled));
  })
  .catch((error) => showError(t('app.loadFailed', { message: error.message })));
// The moment the first view is usable (every layer shown has drawn its data, the summary is
// there), in the page's performance timeline: what bench/page measures.
Promise.all([summaryShown, layersShown]).then(() => performance.mark('og-usable'));
if (start?.feature) {
  select(start.feature, { focus: false });
}

function addLayers(found, specs) {
  for (const spec of specs) {
    const collection = found.get(spec.id);
    if (spec.id === 'incidents') { // js/incidentmap, loaded when first shown
      for (const id of ['incidents', 'incident-hotspots']) {
        const stub = Object.assign(featureGroup(), {
          spec: { ...spec, id, style: id, title: `layer.${id}` }, id, minZoom: spec.minZoom,
          status: { state: 'off', count: 0 }, setSelected() {}, reload() {},
        });
        stub.once('add', () => import('./incidentmap/layers.js')
          .then((m) => stub.addLayer(m.default[id](stub, collection))).catch(failed));
        add(stub);
      }
      continue;
    }
    const layer = new BboxLayer(spec, collection, {
      onSelect: pick, labelPane: LABEL_PANE,
      clipTo: () => layers.find((shown) => shown.id === 'towns')?.shapes() ?? [],
    });
    add(layer);
    if (spec.id === 'patrolled-areas') { // its month box (js/months), loaded when first shown
      layer.once('add', () => import('./months/MonthBox.js').then(({ MonthBox }) => new MonthBox(spec.id,
        'patrolled.month', (month) => layer.setFilter({ month })).follow(layer, map)).catch(failed));
    }
  }
}

function add(layer) {
  layer.on('drawn', restack);
  layer.setSelected(selectedCodeFor(layer));
  layers.push(layer);
  layerPanel.addOverlay(layer);
}

/** Resolves when the layer has first finished loading (or has nothing to load at this zoom). */
function firstSettled(layer) {
  return new Promise((resolve) => {
    const check = () => {
      if (layer.status.state !== 'loading') {
        layer.off('state', check);
        resolve();
      }
    };
    layer.on('state', check);
    check();
  });
}

/** Opens the card of feature {collection, code} (null: nothing selected) and highlights it. */
async function select(feature, { fit = false, bbox = null, focus = true, reveal = null } = {}) {
  if (planner?.placing) {
    return; // the click placed a post
  }
  selected = feature;
  if (feature && planner?.isOpen) {
    planner.chooseCommittee(committeeOf(feature));
  }
  layers.forEach((layer) => layer.setSelected(selectedCodeFor(layer)));
  restack();
  if (!feature) {
    writeHash();
    return;
  }
  const loading = card.open(feature, { focus });
  writeHash();
  if (bbox) {
    fitBbox(map, bbox, cardElement);
  } else if (reveal) {
    keepClear(map, reveal, cardElement);
  }
  const data = await loading;
  if (data && fit && !bbox) {
    fitBbox(map, data.bbox, cardElement);
  }
}

// A click opens a card, unless it places a report.
function pick(...args) {
  if (!document.querySelector('.og-report[open]')) select(...args);
}

function selectedCodeFor(layer) {
  const own = !layer.spec.opens; // analysis layers open their committee's card, not their own
  return own && selected && layer.spec.card === cardKindOf(selected.collection) ? selected.code : null;
}

/** Keeps the drawing order (so the smaller features win clicks) after data or selection change. */
function restack() {
  [...layers].sort((a, b) => a.spec.drawOrder - b.spec.drawOrder)
    .filter((layer) => map.hasLayer(layer))
    .forEach((layer) => layer.bringToFront());
}

function writeHash() {
  const center = map.getCenter();
  const view = { zoom: map.getZoom(), lat: center.lat, lng: center.lng };
  if (!sameState(parseHash(window.location.hash), view, card.feature)) {
    window.history.replaceState(window.history.state, '', formatHash(view, card.feature));
  }
  card.setPermalink(window.location.href);
}

function restore(state) {
  if (!state) {
    return;
  }
  map.setView([state.view.lat, state.view.lng], state.view.zoom);
  const open = card.feature;
  if (!state.feature) {
    card.close();
  } else if (!open || open.collection !== state.feature.collection || open.code !== state.feature.code) {
    select(state.feature, { focus: false });
  }
}

function showIndicator(indicator) {
  choropleth = indicator ? new Choropleth(indicator) : null;
  layers.filter((layer) => layer.id === 'committees')
    .forEach((layer) => layer.setFill(choropleth ? (f) => choropleth.colorFor(f.id) : null));
  legend.setChoropleth(choropleth);
  card.setChoropleth(choropleth);
}

/** Opens or closes planner mode (loading it the first time), on the committee of the card. */
async function togglePlanner() {
  const on = plannerButton.getAttribute('aria-pressed') !== 'true';
  plannerButton.setAttribute('aria-pressed', String(on));
  if (!on) {
    planner?.close();
    return;
  }
  try {
    if (!planner) {
      const [{ Planner }, found] = await Promise.all([import('./planner/Planner.js'), collections()]);
      planner = new Planner({
        map, element: document.getElementById('planner'), microGrids: found.get('micro-grids'),
        onPublished: reloadData,
      });
    }
    // The planner's panel takes the place of the summary, the layers and the legend: folded away.
    document.querySelectorAll('.og-summary, .og-layers, .og-legend, .og-health')
      .forEach((details) => { details.open = false; });
    // The published gaps stay in view while painting: covering one should not hide another.
    const areas = layers.find((layer) => layer.id === 'duty-post-areas');
    if (areas && !map.hasLayer(areas)) {
      map.addLayer(areas); // the areas being planned, as published
    }
    planner.open(selected ? committeeOf(selected) : null);
  } catch (error) {
    plannerButton.setAttribute('aria-pressed', 'false');
    showError(t('app.loadFailed', { message: error.message }));
  }
}

/** A box (signed in: who is on duty when, reporting an incident) whose code loads when opened. */
function lazyBox(name, load) {
  const box = el('details', { className: `og-box og-${name}` },
    el('summary', { 'data-i18n': `${name}.title` }, t(`${name}.title`)));
  box.addEventListener('toggle', () => load(box).catch(failed), { once: true });
  Object.assign(control({ position: 'topleft' }), { onAdd: () => box }).addTo(map);
}

/** The committee a feature belongs to: every code below a committee starts with its 12 digits. */
function committeeOf(feature) {
  return feature.code.slice(0, 12);
}

/** After a publish or revert: every layer, the summary, plan health and the open card anew. */
function reloadData() {
  layers.forEach((layer) => layer.reload());
  summaryPanel.setLoading();
  summary().then((doc) => summaryPanel.setSummary(doc)).catch(() => summaryPanel.setFailed());
  collections().then((found) => healthPanel.load(found.get('health-findings'))).catch(() => {});
  if (card.feature) {
    card.open(card.feature, { focus: false });
  }
}

function failed(error) {
  showError(t('app.loadFailed', { message: error.message }));
}

function showError(message) {
  const box = document.getElementById('og-error');
  box.textContent = message;
  box.hidden = false;
}
