// Colours and line styles, safe for colour-blind readers: the Okabe-Ito palette, and every
// layer also told apart by line weight and dash pattern, never by hue alone.

export const OKABE_ITO = Object.freeze({
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
});

/** The duty types in their fixed order: each owns one sector of a post's icon, clockwise. */
export const DUTY_TYPES = Object.freeze([
  { id: 'security_fire_patrol', color: OKABE_ITO.vermillion },
  { id: 'sanitation', color: OKABE_ITO.bluishGreen },
  { id: 'illegal_business_dissuasion', color: OKABE_ITO.orange },
  { id: 'public_event_report', color: OKABE_ITO.blue },
  { id: 'dispute_mediation', color: OKABE_ITO.reddishPurple },
]);

/** Committees with no indicator colouring. */
export const NEUTRAL_FILL = '#c8ccd0';

/** What a committee without a value gets when an indicator colours the map. */
export const NO_DATA_FILL = '#ffffff';

/** Sequential classes for a choropleth (ColorBrewer YlGnBu, colour-blind safe), light to dark. */
export const SEQUENTIAL = Object.freeze(['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']);

/** Leaflet path options of each collection's features. */
export const LAYER_STYLES = Object.freeze({
  towns: { color: OKABE_ITO.black, weight: 3, fill: false, interactive: false },
  committees: {
    color: OKABE_ITO.blue, weight: 2, fillColor: NEUTRAL_FILL, fillOpacity: 0.3,
  },
  'comprehensive-grids': {
    color: OKABE_ITO.vermillion, weight: 1.5, dashArray: '8 4', fillOpacity: 0,
  },
  'micro-grids': {
    color: OKABE_ITO.bluishGreen, weight: 1, dashArray: '2 3', fillOpacity: 0,
  },
  'duty-post-areas': {
    color: OKABE_ITO.reddishPurple, weight: 1, fillColor: OKABE_ITO.reddishPurple,
    fillOpacity: 0.12,
  },
  'duty-posts': { color: '#1f2933', weight: 1.5, radius: 8, fillOpacity: 1 },
  'residential-compounds': {
    color: OKABE_ITO.blue, weight: 1.5, dashArray: '6 2 1 2', fillColor: OKABE_ITO.skyBlue,
    fillOpacity: 0.18,
  },
  // Analysis results: loud fills for what needs attention, each with its own line pattern.
  // Nearly opaque: at 0.4 the vermillion blended into the choropleth's yellow-green-blue classes.
  'coverage-gaps': {
    color: OKABE_ITO.black, weight: 1, fillColor: OKABE_ITO.vermillion, fillOpacity: 0.85,
  },
  'coverage-overlaps': {
    color: OKABE_ITO.orange, weight: 2, dashArray: '6 3', fillColor: OKABE_ITO.yellow,
    fillOpacity: 0.55,
  },
  // Incidents: reddish purple with a black ring, clear of the gaps' vermillion and the choropleth's
  // yellow-green-blue classes alike.
  incidents: {
    color: OKABE_ITO.black, weight: 1.5, fillColor: OKABE_ITO.reddishPurple, radius: 6, fillOpacity: 0.9,
  },
  'patrolled-areas': {
    color: OKABE_ITO.bluishGreen, weight: 1, fillColor: OKABE_ITO.bluishGreen, fillOpacity: 0.3,
  },
  'incident-hotspots': { color: OKABE_ITO.reddishPurple, weight: 0, fillOpacity: 0.5 },
  'blind-spots': {
    color: OKABE_ITO.black, weight: 2, dashArray: '3 4', fillColor: OKABE_ITO.skyBlue,
    fillOpacity: 0.15,
  },
  'health-findings': {
    color: OKABE_ITO.reddishPurple, weight: 3, dashArray: '1 4', fillColor: OKABE_ITO.reddishPurple,
    fillOpacity: 0.3,
  },
});

/** How a finding picked in the plan-health list is outlined on the map. */
export const FOCUS_STYLE = Object.freeze({
  color: OKABE_ITO.black, weight: 5, dashArray: null, fillColor: OKABE_ITO.yellow, fillOpacity: 0.5,
  interactive: false,
});

/** What a selected feature adds to its layer's style. */
export const SELECTED_STYLE = Object.freeze({ color: OKABE_ITO.black, weight: 4, dashArray: null });

/** Planner mode: each post of a committee gets one of these, in the committee card's order. */
export const POST_COLORS = Object.freeze([
  OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple,
  OKABE_ITO.orange, OKABE_ITO.skyBlue,
]);

/** Planner mode: a micro-grid of the committee that can be painted, and one that is. */
export const PAINTABLE_STYLE = Object.freeze({
  color: OKABE_ITO.bluishGreen, weight: 1, dashArray: '2 3', fillColor: '#ffffff', fillOpacity: 0.05,
});
export const PAINTED_STYLE = Object.freeze({ weight: 2, dashArray: null, fillOpacity: 0.55 });

/** Planner mode: the area as the server would store it (outline only, so the grids show). */
export const PREVIEW_STYLE = Object.freeze({
  color: OKABE_ITO.black, weight: 4, dashArray: '10 5', fill: false, interactive: false,
});

/** Planner mode: what a draft plan changes, and where cleaning changed a drawing. */
export const PLANNED_STYLE = Object.freeze({
  color: OKABE_ITO.orange, weight: 3, dashArray: '4 4', fillColor: OKABE_ITO.yellow,
  fillOpacity: 0.15, interactive: false,
});
export const CLEANING_STYLE = Object.freeze({
  color: OKABE_ITO.black, weight: 3, fillColor: OKABE_ITO.yellow, fillOpacity: 0.9, radius: 9,
  interactive: false,
});
