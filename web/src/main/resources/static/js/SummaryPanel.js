// The town summary for leaders: the headline counts from /summary, and the indicators the
// committees can be coloured by (none yet: then the committees keep their neutral style).
import { Control, DomEvent } from './leaflet.js';
import { el } from './dom.js';
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
    this._details = el('details', { className: 'og-box og-summary', open: options.open });
    this._summary = el('summary');
    this._status = el('p', { className: 'og-muted' });
    this._counts = el('dl', { className: 'og-counts' }, COUNTS.map((key) =>
      el('div', { dataset: { count: key }, hidden: true }, el('dt'), el('dd'))));
    this._noIndicators = el('p', { className: 'og-muted og-no-indicators' });
    this._select = el('select', { id: 'og-indicator' }, el('option', { value: '' }));
    this._select.addEventListener('change', () => this._onIndicator(this._indicator(this._select.value)));
    this._picker = el('label', { className: 'og-indicator' }, el('span'), this._select);
    this._body = el('div', { className: 'og-summary-body' },
      this._status, this._counts, this._noIndicators, this._picker);
    this._details.append(this._summary, this._body);
    this.setLoading();
    onLanguageChange(() => this._render());
  }

  onAdd() {
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    return this._details;
  }

  /** Says the summary is being asked for (aria-busy) until setSummary or setFailed. */
  setLoading() {
    this._details.setAttribute('aria-busy', 'true');
    this._render();
  }

  /** The /summary document: {counts: {...}, indicators: [{id, title, value, unit, byCommittee}]}. */
  setSummary(doc) {
    this._summaryDoc = doc;
    this._failed = false;
    this._setOptions(doc.indicators ?? []);
    this._details.setAttribute('aria-busy', 'false');
    this._render();
  }

  setFailed() {
    this._failed = true;
    this._details.setAttribute('aria-busy', 'false');
    this._render();
  }

  _indicator(id) {
    return (this._summaryDoc?.indicators ?? []).find((i) => i.id === id) ?? null;
  }

  /** One option per indicator, kept when the same indicators come again (after a publish). */
  _setOptions(indicators) {
    const [none, ...shown] = this._select.options;
    if (shown.map((o) => o.value).join() !== indicators.map((i) => i.id).join()) {
      const chosen = this._select.value;
      this._select.replaceChildren(none, ...indicators.map((i) => el('option', { value: i.id })));
      this._select.value = indicators.some((i) => i.id === chosen) ? chosen : '';
    }
  }

  /** Sets texts, numbers and what is shown from the document, keeping the elements. */
  _render() {
    this._summary.textContent = t('summary.title');
    const doc = this._failed ? null : this._summaryDoc;
    this._status.hidden = Boolean(doc);
    this._status.textContent = this._failed ? t('summary.failed') : t('card.loading');
    this._counts.hidden = !doc;
    for (const row of this._counts.children) {
      const key = row.dataset.count;
      row.hidden = !doc || !(key in doc.counts);
      row.querySelector('dt').textContent = t(`summary.${key}`);
      row.querySelector('dd').textContent = row.hidden ? '' : number(doc.counts[key]);
    }
    const indicators = doc?.indicators ?? [];
    this._noIndicators.hidden = !doc || indicators.length > 0;
    this._noIndicators.textContent = t('summary.noIndicators');
    this._picker.hidden = !doc || indicators.length === 0;
    this._picker.querySelector('span').textContent = t('summary.indicator');
    const [none, ...options] = this._select.options;
    none.textContent = t('summary.indicatorNone');
    options.forEach((option, i) => { option.textContent = optionText(indicators[i]); });
  }
}

function optionText(indicator) {
  return typeof indicator.value === 'number'
    ? t('summary.indicatorOption', {
      title: indicatorTitle(indicator), value: formatValue(indicator.value, indicator.unit),
    })
    : indicatorTitle(indicator);
}
