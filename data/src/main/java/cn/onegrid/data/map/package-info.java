/**
 * What the town map asks besides features: a card per committee, grid or post (who is responsible,
 * when, for what), search by name or code, and the town's headline numbers. PostgreSQL writes the
 * JSON; the SQL lives in {@code sql/map/*.sql}.
 */
package cn.onegrid.data.map;
