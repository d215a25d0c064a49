package cn.onegrid.server.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A JSON document as {@code resource/node.mustache} draws it: links as links, arrays of objects as
 * tables, other objects and arrays as nested lists, geometries by their type only. Each node is
 * exactly one of these; the others are empty, so the recursive template never reads a parent's.
 *
 * @param link the link this object is (none or one)
 * @param object whether this is an object drawn as a definition list of its {@code fields}
 * @param list whether this is an array drawn as a list of its {@code items}
 * @param table the table this array of objects is (none or one)
 * @param text a scalar's text, otherwise empty
 */
public record ResourceView(
    List<Link> link,
    boolean object,
    List<Field> fields,
    boolean list,
    List<ResourceView> items,
    List<Table> table,
    String text) {

  public record Link(String href, List<String> rel, String text, List<String> type) {}

  public record Field(String key, ResourceView value) {}

  public record Table(List<String> columns, List<Row> rows) {}

  public record Row(List<ResourceView> cells) {}

  private static final ResourceView EMPTY = text("");

  public static ResourceView of(JsonNode node) {
    if (node.isObject()) {
      return node.has("href") && node.get("href").isString() ? link(node) : object(node);
    }
    if (node.isArray()) {
      return !node.isEmpty() && node.get(0).isObject() && !node.get(0).has("href")
          ? table(node)
          : list(node);
    }
    return text(node.isNull() ? "" : node.asString());
  }

  private static ResourceView object(JsonNode node) {
    List<Field> fields = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      fields.add(new Field(field.getKey(), cell(field.getKey(), field.getValue())));
    }
    return new ResourceView(List.of(), true, fields, false, List.of(), List.of(), "");
  }

  private static ResourceView list(JsonNode node) {
    List<ResourceView> items = new ArrayList<>();
    node.forEach(item -> items.add(of(item)));
    return new ResourceView(List.of(), false, List.of(), true, items, List.of(), "");
  }

  private static ResourceView table(JsonNode rows) {
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(row -> row.propertyNames().forEach(columns::add));
    List<Row> drawn = new ArrayList<>();
    for (JsonNode row : rows) {
      drawn.add(
          new Row(columns.stream().map(c -> row.has(c) ? cell(c, row.get(c)) : EMPTY).toList()));
    }
    Table table = new Table(List.copyOf(columns), drawn);
    return new ResourceView(List.of(), false, List.of(), false, List.of(), List.of(table), "");
  }

  /** A geometry is named by its type: its coordinates are for machines, not for this page. */
  private static ResourceView cell(String name, JsonNode value) {
    return name.equals("geometry") ? text(value.path("type").asString("")) : of(value);
  }

  private static ResourceView link(JsonNode node) {
    String href = node.get("href").asString();
    String rel = node.path("rel").asString("");
    String type = node.path("type").asString("");
    Link link =
        new Link(
            href,
            rel.isEmpty() ? List.of() : List.of(rel),
            node.path("title").asString(rel.isEmpty() ? href : rel),
            type.isEmpty() ? List.of() : List.of(type));
    return new ResourceView(List.of(link), false, List.of(), false, List.of(), List.of(), "");
  }

  private static ResourceView text(String text) {
    return new ResourceView(List.of(), false, List.of(), false, List.of(), List.of(), text);
  }
}
