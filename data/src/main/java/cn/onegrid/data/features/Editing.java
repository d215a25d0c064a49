package cn.onegrid.data.features;

/**
 * How planners edit a collection's shapes: where each feature keeps its shape.
 *
 * @param table the table of the features
 * @param column its geometry column
 * @param filter the SQL condition, on the table aliased {@code t}, that picks this collection's
 *     rows
 * @param removable whether a shape may be removed (a post without an area keeps its location)
 */
public record Editing(String table, String column, String filter, boolean removable) {}
