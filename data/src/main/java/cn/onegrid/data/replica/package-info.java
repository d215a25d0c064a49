/**
 * Reads from a hot standby: {@link cn.onegrid.data.replica.ReadRouting} sends the read paths
 * (items, tiles, cards, search) to a PostgreSQL standby that follows the primary by streaming
 * replication, and to the primary whenever the standby is down or has not yet replayed what the
 * reader must see ({@link cn.onegrid.data.replica.Lsn}, a position in the primary's write-ahead
 * log).
 */
package cn.onegrid.data.replica;
