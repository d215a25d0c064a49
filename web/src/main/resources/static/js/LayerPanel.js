// The layer control: base maps (from the server's /config) as radio buttons, the feature layers
// as checkboxes, each with its symbol and what it shows now (how many features, or from which
// zoom level it appears).
import { Control, DomEvent, layerGroup, tileLayer } from './leaflet.js';
import { el } from './dom.js';
import { number, onLanguageChange, t } from './i18n.js';
import { layerSwatch } from './swatch.js';

const BASEMAP_MAX_NATIVE_ZOOM = 18;
const NONE = { id: 'none', title: '', layers: [] };

export class LayerPanel extends Control {
  constructor(options) {
    super({ position: 'topright', ...options });
    this._basemaps = [NONE];
    this._basemapId = 'none';
    this._basemapLayer = null;
    this._overlays = [];
    this._details = el('details', { className: 'og-box og-layers', open: options.open });
    this._summary = el('summary');
    this._basemapLegend = el('legend');
    this._basemapSet = el('fieldset', { className: 'og-basemaps' }, this._basemapLegend);
    this._overlayLegend = el('legend');
    this._overlaySet = el('fieldset', { className: 'og-overlays' }, this._overlayLegend);
    this._details.append(this._summary, this._basemapSet, this._overlaySet);
    this._setBasemapRows();
    this._details.setAttribute('aria-busy', 'true'); // until the page knows the base maps
    onLanguageChange(() => this._translate());
    this._translate();
  }

  onAdd(map) {
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    this._overlays.forEach((layer) => this._renderStatus(layer));
    this._showBasemap(map);
    return this._details;
  }

  /** The base maps offered by /config ([{id, title, attribution, layers}]) and the default. */
  setBasemaps(basemaps, defaultId) {
    this._basemaps = basemaps.length > 0 ? basemaps : [NONE];
    const chosen = this._basemaps.find((b) => b.id === defaultId) ?? this._basemaps[0];
    this._basemapId = chosen.id;
    this._setBasemapRows();
    this._details.setAttribute('aria-busy', 'false');
    if (this._map) {
      this._showBasemap(this._map);
    }
  }

  /** Adds a BboxLayer's checkbox; showDefaults puts it on the map when spec.on says so. */
  addOverlay(layer) {
    this._overlays.push(layer);
    this._overlaySet.append(this._overlayRow(layer));
    layer.on('state', () => this._renderStatus(layer));
    this._renderStatus(layer);
  }

  /** Puts the layers that are on by default on the map: once the view is set, so each loads once. */
  showDefaults() {
    this._overlays.filter((layer) => layer.spec.on).forEach((layer) => this._map.addLayer(layer));
  }

  /** The rows of the base maps: rebuilt only when /config names other ones than shown. */
  _setBasemapRows() {
    const shown = [...this._basemapSet.querySelectorAll('input')].map((input) => input.value);
    if (shown.join() !== this._basemaps.map((b) => b.id).join()) {
      this._basemapSet.replaceChildren(this._basemapLegend,
        ...this._basemaps.map((basemap) => this._basemapRow(basemap)));
    }
    this._basemapSet.querySelectorAll('input').forEach((input) => {
      input.checked = input.value === this._basemapId;
    });
  }

  /** Sets every text in the current language, keeping the elements. */
  _translate() {
    this._summary.textContent = t('layers.title');
    this._basemapLegend.textContent = t('layers.basemaps');
    this._overlayLegend.textContent = t('layers.overlays');
    this._basemapSet.querySelectorAll('[data-basemap]').forEach((input) => {
      const basemap = this._basemaps.find((b) => b.id === input.value);
      input.parentElement.querySelector('span').textContent = basemapTitle(basemap);
    });
    this._overlays.forEach((layer) => {
      this._row(layer).querySelector('.og-name').textContent = t(layer.spec.title);
      this._renderStatus(layer);
    });
  }

  _basemapRow(basemap) {
    const input = el('input', {
      type: 'radio', name: 'og-basemap', value: basemap.id,
      checked: basemap.id === this._basemapId, dataset: { basemap: basemap.id },
    });
    input.addEventListener('change', () => {
      this._basemapId = basemap.id;
      this._showBasemap(this._map);
    });
    return el('label', { className: 'og-row' }, input, el('span', {}, basemapTitle(basemap)));
  }

  _overlayRow(layer) {
    const input = el('input', { type: 'checkbox', dataset: { layer: layer.id } });
    input.addEventListener('change', () => {
      if (input.checked) {
        this._map.addLayer(layer);
      } else {
        this._map.removeLayer(layer);
      }
    });
    const status = el('span', { className: 'og-status', 'aria-live': 'polite' });
    return el('label', { className: 'og-row', dataset: { row: layer.id } }, input,
      layerSwatch(layer.spec), el('span', { className: 'og-name' }, t(layer.spec.title)), status);
  }

  _row(layer) {
    return this._overlaySet.querySelector(`[data-row="${layer.id}"]`);
  }

  _renderStatus(layer) {
    const row = this._row(layer);
    const { state, count } = layer.status;
    row.dataset.state = state;
    row.querySelector('input').checked = state !== 'off'; // also when put on by others
    row.dataset.count = String(count);
    const text = {
      off: '',
      'zoom-in': t('layers.zoomIn', { zoom: layer.minZoom }),
      loading: t('layers.loading'),
      ready: t('layers.count', { count: number(count) }),
      signin: t('layers.signIn'),
      error: t('layers.failed'),
    }[state];
    row.querySelector('.og-status').textContent = text;
    row.title = state === 'error' ? String(layer.status.error?.message ?? '') : '';
  }

  _showBasemap(map) {
    this._basemapLayer?.remove();
    const basemap = this._basemaps.find((b) => b.id === this._basemapId) ?? NONE;
    this._basemapLayer = layerGroup(basemap.layers.map((template, i) => tileLayer(template, {
      maxNativeZoom: BASEMAP_MAX_NATIVE_ZOOM,
      maxZoom: map.getMaxZoom(),
      attribution: i === 0 && basemap.attribution ? escapeHtml(basemap.attribution) : null,
      pane: 'tilePane',
    }))).addTo(map);
    map.getContainer().dataset.basemap = basemap.id;
  }
}

/** A base map's name: ours for the ones we know, the server's title for others. */
function basemapTitle(basemap) {
  const key = `basemap.${basemap.id}`;
  const translated = t(key);
  return translated === key ? basemap.title : translated;
}

/** Leaflet shows attributions as HTML; the server's text must stay text. */
function escapeHtml(text) {
  const span = document.createElement('span');
  span.textContent = text;
  // eslint-disable-next-line no-restricted-properties -- reading it back is the escaping
  return span.innerHTML;
}
