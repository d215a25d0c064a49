// Leaflet, from its WebJar and pinned to one version: the only place the path appears.
export * from '../webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';
