package cn.onegrid.server.html;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Renders any API document as a plain HTML page: its links as links, arrays of objects as tables,
 * everything else as nested lists. Every value is escaped: data never becomes markup.
 */
public final class HtmlRenderer {

  private HtmlRenderer() {}

  public static String page(String title, JsonNode document) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append(
            " · 一张网 OneGrid</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")
        .append("<link rel=\"stylesheet\" href=\"/api.css\"></head><body>")
        .append("<header><a href=\"/\">一张网 OneGrid</a></header><main><h1>")
        .append(escape(title))
        .append("</h1>");
    value(html, document);
    return html.append("</main></body></html>").toString();
  }

  private static void value(StringBuilder html, JsonNode node) {
    if (node.isObject()) {
      object(html, node);
    } else if (node.isArray()) {
      array(html, node);
    } else {
      scalar(html, node);
    }
  }

  private static void object(StringBuilder html, JsonNode node) {
    if (node.has("href") && node.get("href").isString()) {
      link(html, node);
      return;
    }
    html.append("<dl>");
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (field.getKey().equals("geometry")) {
        html.append("<dt>geometry</dt><dd>")
            .append(escape(field.getValue().path("type").asString("")))
            .append("</dd>");
        continue;
      }
      html.append("<dt>").append(escape(field.getKey())).append("</dt><dd>");
      value(html, field.getValue());
      html.append("</dd>");
    }
    html.append("</dl>");
  }

  private static void array(StringBuilder html, JsonNode node) {
    if (!node.isEmpty() && node.get(0).isObject() && !node.get(0).has("href")) {
      table(html, node);
      return;
    }
    html.append("<ul>");
    for (JsonNode item : node) {
      html.append("<li>");
      value(html, item);
      html.append("</li>");
    }
    html.append("</ul>");
  }

  private static void table(StringBuilder html, JsonNode rows) {
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(row -> row.propertyNames().forEach(columns::add));
    html.append("<table><thead><tr>");
    columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
    html.append("</tr></thead><tbody>");
    for (JsonNode row : rows) {
      html.append("<tr>");
      for (String column : columns) {
        html.append("<td>");
        JsonNode cell = row.path(column);
        if (column.equals("geometry")) {
          html.append(escape(cell.path("type").asString("")));
        } else if (!cell.isMissingNode()) {
          value(html, cell);
        }
        html.append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table>");
  }

  private static void link(StringBuilder html, JsonNode link) {
    String href = link.get("href").asString();
    String text = link.path("title").asString(link.path("rel").asString(href));
    html.append("<a href=\"").append(escape(href)).append("\"");
    if (link.has("rel")) {
      html.append(" rel=\"").append(escape(link.get("rel").asString())).append("\"");
    }
    html.append(">").append(escape(text)).append("</a>");
    if (link.has("type")) {
      html.append(" <small>").append(escape(link.get("type").asString())).append("</small>");
    }
  }

  private static void scalar(StringBuilder html, JsonNode node) {
    html.append(escape(node.isNull() ? "" : node.asString()));
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
