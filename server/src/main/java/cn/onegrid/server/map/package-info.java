/** What the town map page needs beyond the OGC API: feature cards, search, the town summary. */
package cn.onegrid.server.map;
