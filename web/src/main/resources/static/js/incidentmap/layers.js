// The incidents' two map layers, made when the panel first shows one: each goes into the panel's
// stub (main.js: a feature group that stands for it) and reports its state through the stub.
import './messages.js';
import { IncidentClusters } from './IncidentClusters.js';
import { HotSpots } from './HotSpots.js';

export default {
  incidents: (stub, collection) => new IncidentClusters(stub, collection),
  'incident-hotspots': (stub) => new HotSpots(stub),
};
