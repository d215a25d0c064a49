// Downloads: a layer (any the reader may read) as a file in the format, coordinate system and, for
// a shapefile, character set chosen; for a signed-in reader also the whole town (every layer and
// the posts' rosters) as one GeoPackage. The links are plain downloads: the server checks who may.
import { Control, DomEvent } from './leaflet.js';
import { account, downloadUrl, downloads, townDownloadUrl } from './api.js';
import { clear, el } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

const ENCODINGS = ['UTF-8', 'GBK'];
const WGS84 = 4326;

export class DownloadPanel extends Control {
  constructor(options) {
    super({ position: 'topleft', ...options });
    this._layers = []; // [{id, title, downloads}]
    this._crs = [4490, WGS84];
    this._signedIn = false;
    this._choice = { layer: null, format: 'gpkg', crs: 4490, encoding: ENCODINGS[0] };
    this._details = el('details', { className: 'og-box og-download', open: options.open });
    this._summary = el('summary');
    this._body = el('div', { className: 'og-download-body' });
    this._details.append(this._summary, this._body);
    onLanguageChange(() => this._render());
    account()
      .then(() => { this._signedIn = true; this._render(); })
      .catch(() => {}); // a visitor: no town download
  }

  onAdd() {
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    this._render();
    return this._details;
  }

  /** The collections (as /collections lists them, in the order given) that offer downloads. */
  setCollections(collections) {
    this._layers = collections
      .map((c) => ({ id: c.id, downloads: downloads(c) }))
      .filter((layer) => layer.downloads.length > 0);
    this._choice.layer ??= this._layers[0]?.id ?? null;
    this._render();
  }

  /** The EPSG codes files come in (/config's exportCrs). */
  setCrs(codes) {
    if (codes?.length) {
      this._crs = codes;
      this._choice.crs = codes[0];
    }
    this._render();
  }

  _render() {
    this._summary.textContent = t('download.title');
    const layer = this._layers.find((l) => l.id === this._choice.layer);
    clear(this._body);
    if (!layer) {
      return;
    }
    const chosen = layer.downloads.find((d) => d.format === this._choice.format) ?? layer.downloads[0];
    this._choice.format = chosen.format;
    const kml = chosen.format === 'kml'; // KML is always WGS 84
    const crs = kml ? WGS84 : this._choice.crs;
    // append() would write a left-out control (null) as the text "null"
    this._body.append(...[
      this._select('layer', t('download.layer'), this._layers.map((l) => [l.id, t(`layer.${l.id}`)])),
      this._select('format', t('download.format'),
        layer.downloads.map((d) => [d.format, t(`download.format.${d.format}`)])),
      this._select('crs', t('download.crs'), this._crs.map((code) => [code, crsName(code)]), kml),
      chosen.format === 'shp'
        ? this._select('encoding', t('download.encoding'), ENCODINGS.map((e) => [e, e]))
        : null,
      el('a', {
        className: 'og-button og-primary', href: downloadUrl(chosen, crs, this._choice.encoding),
        download: '', dataset: { download: 'layer' },
      }, t('download.go')),
      this._signedIn
        ? el('a', {
          className: 'og-button', href: townDownloadUrl(this._choice.crs), download: '',
          dataset: { download: 'town' },
        }, t('download.town'))
        : null,
    ].filter(Boolean));
  }

  /** A labelled select bound to this._choice[name]; options are [value, text]. */
  _select(name, label, options, disabled = false) {
    const select = el('select', { dataset: { download: name }, disabled });
    const value = name === 'crs' && disabled ? WGS84 : this._choice[name];
    for (const [optionValue, text] of options) {
      select.append(el('option', { value: optionValue, selected: String(optionValue) === String(value) }, text));
    }
    select.addEventListener('change', () => {
      this._choice[name] = name === 'crs' ? Number(select.value) : select.value;
      this._render();
    });
    return el('label', { className: 'og-field' }, el('span', {}, label), select);
  }
}

/** A CRS's name: ours for the geographic ones, the Gauss-Krüger zone by its code. */
function crsName(code) {
  const key = `download.crs.${code}`;
  const name = t(key);
  return name === key ? t('download.crs.zone', { code }) : name;
}
