// How analysis results read: indicators in the reader's language, ratios as percentages, areas
// and radii with their units, and one sentence per partition-health finding.
import { language, number, t } from './i18n.js';

/** An indicator's title: ours for the ones we know, the server's title otherwise. */
export function indicatorTitle(indicator) {
  const key = `indicator.${indicator.id}`;
  const translated = t(key, indicator.window || {}); // night coverage names its hours
  return translated === key ? indicator.title : translated;
}

/** A value in an indicator's unit ('ratio' becomes a percentage, 'm2' square metres). */
export function formatValue(value, unit) {
  switch (unit) {
    case 'ratio':
      return percent(value);
    case 'm2':
      return squareMetres(value);
    default:
      return unit ? `${number(value)} ${unit}` : number(value);
  }
}

export function percent(ratio) {
  return new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 1 })
    .format(ratio);
}

export function squareMetres(value) {
  return t('unit.m2', { value: number(Math.round(value)) });
}

export function metres(value) {
  return t('unit.m', { value: number(Math.round(value)) });
}

/** A two-hour slot of the week, e.g. 周一 0–2时 / Mon 00–02. */
export function slotLabel({ weekday, startHour }) {
  return t('analysis.slot', {
    weekday: t(`weekday.${weekday}`), from: pad(startHour), to: pad((startHour + 2) % 24),
  });
}

/**
 * One finding (a health-findings feature's properties) as a sentence: what is wrong, with which
 * features, and the suggested fix when there is one.
 */
export function findingText(properties) {
  const { finding, scope, area_m2: area, feature_ids: ids = [], fixes = [] } = properties;
  const text = t(`finding.${finding}`, {
    scope: t(`scope.${scope}`), features: namesOf(properties, ids), area: squareMetres(area),
  });
  const fix = fixes[0];
  return fix ? `${text}${t(`fix.${fix.action}`, { target: namesOf(properties, [fix.target]) })}` : text;
}

/** The features of codes by name where the server named them (its `names`), else by code. */
function namesOf(properties, codes) {
  return codes.map((code) => properties.names?.[code] ?? code).join(t('list.separator'));
}

/** The tooltip of an analysis feature of the map. */
export function analysisTooltip(collectionId, properties) {
  const where = properties.committee_name ?? t(`scope.${properties.scope}`);
  switch (collectionId) {
    case 'coverage-gaps':
      return t('analysis.gapTip', { where, area: squareMetres(properties.area_m2) });
    case 'coverage-overlaps':
      return t('analysis.overlapTip', {
        where, area: squareMetres(properties.area_m2),
        posts: namesOf(properties, properties.feature_ids ?? []),
      });
    case 'blind-spots':
      return t('analysis.blindSpotTip', { where, radius: metres(properties.radius_m) });
    default:
      return findingText(properties);
  }
}

function pad(hour) {
  return String(hour).padStart(2, '0');
}
