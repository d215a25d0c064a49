// Where a duty was: the phone's location, or a tap on a small map of the post (its area drawn).
import { circleMarker, geoJSON, map as leafletMap, tileLayer } from '../leaflet.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';

export class PlacePicker {
  constructor(config) {
    this._config = config;
    this._place = null;
    this._label = el('p', { className: 'og-duty-muted', id: 'duty-place' }, t('duty.placeNone'));
    this._locate = el('button', { type: 'button', id: 'duty-locate' }, t('duty.usePhone'));
    this._locate.addEventListener('click', () => this._fromPhone());
    this._mapBox = el('div', { className: 'og-duty-map', id: 'duty-map' });
    this.element = el('div', {},
      el('div', { className: 'og-duty-row' }, this._locate, el('span', {}, t('duty.tapMap'))),
      this._mapBox, this._label);
  }

  /** Shows this post (its area, else its location) on the small map; forgets the chosen place. */
  showPost(post) {
    if (!this._map) {
      this._map = leafletMap(this._mapBox, { zoomControl: true, attributionControl: false });
      const basemap = (this._config.basemaps || []).find((b) => b.id === this._config.defaultBasemap);
      for (const template of basemap?.layers || []) {
        tileLayer(template, { maxNativeZoom: 18, maxZoom: 19 }).addTo(this._map);
      }
      this._map.on('click', (e) => this._choose(e.latlng.lat, e.latlng.lng));
    }
    this._area?.remove();
    this._area = geoJSON(post.area || post.location, { style: { color: '#b3261e', weight: 2, fillOpacity: 0.1 } }).addTo(this._map);
    this._map.fitBounds(this._area.getBounds(), { maxZoom: 17 });
  }

  /** The chosen place as a GeoJSON point, or null. */
  place() {
    return this._place;
  }

  _fromPhone() {
    if (!navigator.geolocation) {
      this._label.textContent = t('duty.noLocation', { message: '-' });
      return;
    }
    this._label.textContent = t('duty.locating');
    navigator.geolocation.getCurrentPosition(
      (position) => this._choose(position.coords.latitude, position.coords.longitude),
      (error) => { this._label.textContent = t('duty.noLocation', { message: error.message }); },
      { enableHighAccuracy: true, timeout: 15000 });
  }

  _choose(lat, lon) {
    this._place = { type: 'Point', coordinates: [Number(lon.toFixed(7)), Number(lat.toFixed(7))] };
    this._marker?.remove();
    if (this._map) {
      this._marker = circleMarker([lat, lon], { radius: 8, color: '#fff', weight: 2, fillColor: '#0072b2', fillOpacity: 1 }).addTo(this._map);
    }
    this._label.textContent = t('duty.placeChosen', { lat: lat.toFixed(5), lon: lon.toFixed(5) });
  }
}
