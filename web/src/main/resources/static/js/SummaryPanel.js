// The town summary for leaders: the headline counts from /summary, and the indicators the
// committees can be coloured by (none yet: then the committees keep their neutral style).
import { Control, DomEvent } from './leaflet.js';
import { clear, el } from './dom.js';
import { number, onLanguageChange, t } from './i18n.js';
import { formatValue, indicatorTitle } from './analysisText.js';

const COUNTS = [
  'committees', 'residentsCommittees', 'villageCommittees', 'comprehensiveGrids', 'microGrids',
  'dutyPosts', 'postMembers', 'weeklySlots',
];

export class SummaryPanel extends Control {
  /** onIndicator(indicator|null): called when the reader picks an indicator to colour by. */
  constructor({ onIndicator, ...options }) {
    super({ position: 'topleft', ...options });
    this._onIndicator = onIndicator;
    this._summaryDoc = null;
    this._failed = false;
    this._indicatorId = '';
    this._details = el('details', { className: 'og-box og-summary', open: options.open });
    this._summary = el('summary');
    this._body = el('div', { className: 'og-summary-body' });
    this._details.append(this._summary, this._body);
    onLanguageChange(() => this._render());
  }

  onAdd() {
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    this._render();
    return this._details;
  }

  /** The /summary document: {counts: {...}, indicators: [{id, title, value, unit, byCommittee}]}. */
  setSummary(doc) {
    this._summaryDoc = doc;
    this._failed = false;
    this._render();
  }

  setFailed() {
    this._failed = true;
    this._render();
  }

  _render() {
    this._summary.textContent = t('summary.title');
    clear(this._body);
    if (this._failed) {
      this._body.append(el('p', { className: 'og-muted' }, t('summary.failed')));
      return;
    }
    if (!this._summaryDoc) {
      this._body.append(el('p', { className: 'og-muted' }, t('card.loading')));
      return;
    }
    const { counts, indicators = [] } = this._summaryDoc;
    this._body.append(
      el('dl', { className: 'og-counts' }, COUNTS.filter((key) => key in counts).map((key) =>
        el('div', { dataset: { count: key } }, el('dt', {}, t(`summary.${key}`)),
          el('dd', {}, number(counts[key]))))),
      this._indicatorPicker(indicators),
    );
  }

  _indicatorPicker(indicators) {
    if (indicators.length === 0) {
      return el('p', { className: 'og-muted og-no-indicators' }, t('summary.noIndicators'));
    }
    const select = el('select', { id: 'og-indicator' },
      el('option', { value: '' }, t('summary.indicatorNone')),
      indicators.map((indicator) => el('option', {
        value: indicator.id, selected: indicator.id === this._indicatorId,
      }, typeof indicator.value === 'number'
        ? t('summary.indicatorOption', {
          title: indicatorTitle(indicator), value: formatValue(indicator.value, indicator.unit),
        })
        : indicatorTitle(indicator))));
    select.addEventListener('change', () => {
      this._indicatorId = select.value;
      this._onIndicator(indicators.find((i) => i.id === select.value) ?? null);
    });
    return el('label', { className: 'og-indicator' }, el('span', {}, t('summary.indicator')), select);
  }
}
