// The committee's posts on the map in planner mode, as the draft plan has them: a pin each (a
// click chooses it; the chosen one can be dragged to move it), new ones and retired ones marked,
// and the largest blind spot as a "+" pin that creates a post there in one click.
import { DomUtil, circle, divIcon, layerGroup, marker, svg } from '../leaflet.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';

const SPOT_STYLE = { color: '#d55e00', weight: 2, dashArray: '6 6', fill: false, interactive: false };

export class PostPins {
  /** onChoose(code), onMove(code, [lng, lat]), onSuggest(): what the planner did with a pin. */
  constructor(map, pane, { onChoose, onMove, onSuggest }) {
    this._map = map;
    this._group = layerGroup();
    this._renderer = svg({ pane });
    this._pane = pane;
    this._handlers = { onChoose, onMove, onSuggest };
  }

  get shown() {
    return this._map.hasLayer(this._group);
  }

  addTo(map) {
    this._group.addTo(map);
  }

  remove() {
    this._group.remove();
    DomUtil.removeClass(this._map.getContainer(), 'og-placing');
  }

  /** posts: as PostEditor has them; chosen: a code; blindSpot: {location, radius} or null. */
  show(posts, chosen, blindSpot, placing) {
    const { onChoose, onMove, onSuggest } = this._handlers;
    this._group.clearLayers();
    if (!this.shown) {
      return;
    }
    (placing ? DomUtil.addClass : DomUtil.removeClass)(this._map.getContainer(), 'og-placing');
    if (blindSpot) {
      const at = [blindSpot.location[1], blindSpot.location[0]];
      this._group.addLayer(circle(at, { ...SPOT_STYLE, radius: blindSpot.radius, pane: this._pane, renderer: this._renderer }));
      const plus = marker(at, { icon: pin('og-pin og-pin-spot', '+'), title: t('posts.createAtBlindSpot'), keyboard: true });
      plus.on('click', onSuggest);
      this._group.addLayer(plus);
    }
    for (const post of posts) {
      const kind = post.retired ? ' og-pin-retired' : post.isNew ? ' og-pin-new' : '';
      const pinned = marker([post.location[1], post.location[0]], {
        icon: pin(`og-pin${kind}${post.code === chosen ? ' og-pin-chosen' : ''}`, post.code.slice(12)),
        title: post.name, draggable: post.code === chosen && !post.retired, keyboard: true,
        zIndexOffset: post.code === chosen ? 1000 : 0,
      });
      pinned.on('click', () => onChoose(post.code));
      pinned.on('dragend', () => {
        const { lat, lng } = pinned.getLatLng();
        onMove(post.code, [lng, lat]);
      });
      this._group.addLayer(pinned);
    }
  }
}

function pin(className, text) {
  return divIcon({ className, html: el('span', {}, text), iconSize: [34, 34] });
}
