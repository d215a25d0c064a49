package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.transfer.SourceFeatures.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * A layer's rows as features of the target, with every code checked before anything else: present,
 * of the target's form, once only, of this town, under a published parent (a grid's or post's
 * committee, a micro-grid's comprehensive grid), matching the parent field when one is mapped, and
 * in the chosen committee. The first row that fails is refused, naming its number and code.
 */
final class ImportRows {

  private final ImportTarget target;
  private final Published published;
  private final Optional<String> scope;
  private final Set<String> dutyTypes;

  /** Every published grid's code, for a micro-grid's parent (read only for micro-grids). */
  private final Set<String> grids;

  ImportRows(
      ImportTarget target,
      Published published,
      Optional<String> scope,
      Set<String> dutyTypes,
      Set<String> grids) {
    this.target = target;
    this.published = published;
    this.scope = scope;
    this.dutyTypes = dutyTypes;
    this.grids = grids;
  }

  /** The features in the rows' order, shapes as read (degrees, not yet repaired). */
  List<ImportedFeature> features(List<Row> rows, FieldMapping mapping, String layer) {
    requireShapes(rows, layer);
    Set<String> seen = new HashSet<>();
    Optional<String> townCode = published.town().map(Published.Feature::code);
    List<ImportedFeature> features = new ArrayList<>();
    for (Row row : rows) {
      String code = row.value(mapping.code());
      String name = row.value(mapping.name());
      if (code.isEmpty() || name.isEmpty()) {
        throw refused("transfer.code-missing", row.number(), mapping.code(), mapping.name());
      }
      if (!target.isCode(code)) {
        throw refused("transfer.code-format", row.number(), code, target.id());
      }
      if (!seen.add(code)) {
        throw refused("transfer.code-duplicate", code);
      }
      String town = code.substring(0, 9);
      if (townCode.isPresent() && !townCode.get().equals(town)) {
        throw refused("transfer.code-other-town", code, town, townCode.get());
      }
      if (townCode.isEmpty() && !features.isEmpty()) {
        String first = features.get(0).code().substring(0, 9);
        if (!first.equals(town)) {
          throw refused("transfer.code-other-town", code, town, first);
        }
      }
      requireParent(row, code, mapping);
      features.add(new ImportedFeature(code, name, duties(row, code, mapping), shape(row)));
    }
    return features;
  }

  private void requireParent(Row row, String code, FieldMapping mapping) {
    String parent = target.parentOf(code);
    if (mapping.parentCode().isPresent()) {
      String said = row.value(mapping.parentCode().get());
      if (!said.isEmpty() && !said.equals(parent)) {
        throw refused("transfer.code-parent", code, said, parent);
      }
    }
    if (target == ImportTarget.COMMITTEES) {
      return;
    }
    String committee = target.committeeOf(code);
    if (published.committee(committee).isEmpty()) {
      throw refused("transfer.no-committee", code, committee);
    }
    if (target == ImportTarget.MICRO_GRIDS && !grids.contains(parent)) {
      throw refused("transfer.no-parent-grid", code, parent);
    }
    if (scope.isPresent() && !scope.get().equals(committee)) {
      throw refused("transfer.outside-scope", code, scope.get());
    }
  }

  private List<String> duties(Row row, String code, FieldMapping mapping) {
    if (target != ImportTarget.DUTY_POSTS) {
      return List.of();
    }
    String text = mapping.dutyTypes().map(row::value).orElse("");
    List<String> duties =
        Arrays.stream(text.replaceAll("[\\[\\]\"{}]", "").split("[,，、;；\\s]+"))
            .filter(s -> !s.isBlank())
            .distinct()
            .toList();
    if (duties.isEmpty()) {
      throw refused("transfer.duty-missing", code, String.join(", ", dutyTypes));
    }
    for (String duty : duties) {
      if (!dutyTypes.contains(duty)) {
        throw refused("transfer.duty-unknown", code, duty, String.join(", ", dutyTypes));
      }
    }
    return duties;
  }

  /** A post is one point (a multipoint of one is taken); an area is polygons. */
  private Geometry shape(Row row) {
    Geometry shape = row.shape();
    if (shape instanceof MultiPoint points && points.getNumGeometries() == 1) {
      return points.getGeometryN(0);
    }
    return shape;
  }

  /** Points where areas belong, or areas where points do: the layer is not this kind of thing. */
  private void requireShapes(List<Row> rows, String layer) {
    for (Row row : rows) {
      Geometry shape = shape(row);
      boolean fits = target.areas() ? shape instanceof Polygonal : shape instanceof Point;
      if (!fits) {
        throw refused(
            target.areas() ? "transfer.areas-expected" : "transfer.points-expected",
            layer,
            shape.getGeometryType(),
            target.id());
      }
    }
  }

  private static InvalidQuery refused(String key, Object... args) {
    return InvalidQuery.of("file", key, args);
  }
}
