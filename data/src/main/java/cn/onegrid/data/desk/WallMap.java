package cn.onegrid.data.desk;

import cn.onegrid.data.NotFound;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A wall map's drawing: the town or one committee as SVG paths in Web Mercator metres (y pointing
 * down, as {@code ST_AsSVG} writes it), framed to the paper's map frame so the scale is exact,
 * simplified to a fifth of a millimetre on paper. Layers, bottom to top: post areas, coverage gaps,
 * grids (a committee's) or committees (the town's), the outline, posts; labels on top.
 */
public class WallMap {

  /** What to draw and how, in the layer's order; widths in millimetres on paper. */
  public record Layer(String id, String stroke, String fill, double widthMm, List<Shape> shapes) {}

  /** A path, and a label with its anchor (or no label: empty name). */
  public record Shape(String path, String label, double x, double y) {}

  /**
   * The map: {@code viewBox} in Mercator units; {@code unitsPerMm} Mercator units per millimetre of
   * paper; {@code scale} the ground metres per paper metre (1:scale) at the subject's latitude.
   */
  public record Drawing(
      String title,
      String code,
      double minX,
      double minY,
      double width,
      double height,
      double unitsPerMm,
      double scale,
      boolean illustrative,
      List<Layer> layers) {}

  private final JdbcClient jdbc;

  public WallMap(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The town ({@code committee} null) or a committee in a frame of the given millimetres. */
  public Drawing draw(String committee, double frameWidthMm, double frameHeightMm) {
    Subject subject = subject(committee);
    double unitsPerMm =
        Math.max(subject.width / frameWidthMm, subject.height / frameHeightMm) * 1.04;
    double width = frameWidthMm * unitsPerMm;
    double height = frameHeightMm * unitsPerMm;
    double minX = subject.minX - (width - subject.width) / 2;
    double minY = -subject.maxY - (height - subject.height) / 2;
    double tolerance = unitsPerMm / 5;
    List<Layer> layers = new ArrayList<>();
    String where = committee == null ? "true" : "c.code = :code";
    layers.add(
        layer(
            "post-areas",
            "#56b4e9",
            "#cfe8f7",
            0.2,
            tolerance,
            committee,
            "SELECT p.area AS g, '' AS label FROM duty_post p JOIN committee c ON c.id = p.committee_id"
                + " WHERE p.area IS NOT NULL AND p.retired_at IS NULL AND "
                + where));
    layers.add(
        layer(
            "gaps",
            "#d55e00",
            "#f5c6a5",
            0.2,
            tolerance,
            committee,
            "SELECT f.shape AS g, '' AS label FROM analysis_feature f JOIN committee c ON c.id = f.committee_id"
                + " WHERE f.kind = 'gap' AND f.scope = 'posts' AND "
                + where));
    if (committee == null) {
      layers.add(
          layer(
              "committees",
              "#52606d",
              "none",
              0.35,
              tolerance,
              null,
              "SELECT c.boundary AS g, c.name AS label FROM committee c"));
    } else {
      layers.add(
          layer(
              "micro-grids",
              "#9aa5b1",
              "none",
              0.15,
              tolerance,
              committee,
              "SELECT g.boundary AS g, '' AS label FROM grid g JOIN committee c ON c.id = g.committee_id"
                  + " WHERE g.level = 'micro' AND "
                  + where));
      layers.add(
          layer(
              "comprehensive-grids",
              "#52606d",
              "none",
              0.35,
              tolerance,
              committee,
              "SELECT g.boundary AS g, g.name AS label FROM grid g JOIN committee c ON c.id = g.committee_id"
                  + " WHERE g.level = 'comprehensive' AND "
                  + where));
    }
    layers.add(
        layer(
            "outline",
            "#1f2933",
            "none",
            0.8,
            tolerance,
            committee,
            committee == null
                ? "SELECT t.boundary AS g, '' AS label FROM town t"
                : "SELECT c.boundary AS g, '' AS label FROM committee c WHERE " + where));
    layers.add(
        layer(
            "posts",
            "#0072b2",
            "#0072b2",
            0,
            tolerance,
            committee,
            "SELECT p.location AS g, "
                + (committee == null ? "''" : "p.name")
                + " AS label FROM duty_post p JOIN committee c ON c.id = p.committee_id"
                + " WHERE p.retired_at IS NULL AND "
                + where));
    double metresPerUnit = Math.cos(Math.toRadians(subject.latitude));
    return new Drawing(
        subject.title,
        committee,
        minX,
        minY,
        width,
        height,
        unitsPerMm,
        unitsPerMm * metresPerUnit * 1000,
        subject.illustrative,
        layers);
  }

  private record Subject(
      String title,
      double minX,
      double maxY,
      double width,
      double height,
      double latitude,
      boolean illustrative) {}

  private Subject subject(String committee) {
    String sql =
        committee == null
            ? "SELECT t.name AS title, ST_Transform(t.boundary, 3857) AS m, t.boundary AS g,"
                + " coalesce((SELECT bool_or(illustrative) FROM committee), false) AS illustrative"
                + " FROM town t ORDER BY t.id LIMIT 1"
            : "SELECT c.name AS title, ST_Transform(c.boundary, 3857) AS m, c.boundary AS g,"
                + " c.illustrative FROM committee c WHERE c.code = :code";
    return jdbc.sql(
            "SELECT title, ST_XMin(m) AS x0, ST_YMax(m) AS y1, ST_XMax(m) - ST_XMin(m) AS w,"
                + " ST_YMax(m) - ST_YMin(m) AS h, ST_Y(ST_Centroid(g)) AS lat, illustrative FROM ("
                + sql
                + ") s")
        .param("code", committee)
        .query(
            (rs, n) ->
                new Subject(
                    rs.getString("title"),
                    rs.getDouble("x0"),
                    rs.getDouble("y1"),
                    Math.max(rs.getDouble("w"), 1),
                    Math.max(rs.getDouble("h"), 1),
                    rs.getDouble("lat"),
                    rs.getBoolean("illustrative")))
        .optional()
        .orElseThrow(
            () ->
                committee == null
                    ? NotFound.of("desk.town.none")
                    : NotFound.of("desk.committee.not-found", committee));
  }

  private Layer layer(
      String id,
      String stroke,
      String fill,
      double widthMm,
      double tolerance,
      String committee,
      String select) {
    String sql =
        "SELECT ST_AsSVG(ST_SimplifyPreserveTopology(m, :tolerance), 0, 1) AS path, label,"
            + " ST_X(ST_PointOnSurface(m)) AS x, -ST_Y(ST_PointOnSurface(m)) AS y"
            + " FROM (SELECT ST_Transform(g, 3857) AS m, label FROM ("
            + select
            + ") s) t"
            + " WHERE NOT ST_IsEmpty(m) ORDER BY label";
    List<Shape> shapes =
        jdbc.sql(sql)
            .param("tolerance", tolerance)
            .param("code", committee)
            .query(
                (rs, n) ->
                    new Shape(
                        rs.getString("path"),
                        rs.getString("label"),
                        rs.getDouble("x"),
                        rs.getDouble("y")))
            .list();
    return new Layer(id, stroke, fill, widthMm, shapes);
  }
}
