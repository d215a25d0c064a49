package cn.onegrid.data.analysis;

import cn.onegrid.data.SqlResource;
import cn.onegrid.geo.Region;
import cn.onegrid.geo.patrol.DutyRoster;
import cn.onegrid.geo.patrol.WeeklySlot;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads committees with their posts, rosters and grids, in metres. */
final class AnalysisInputs {

  private static final String SQL = SqlResource.load("analysis/committee-inputs.sql");

  private final JdbcClient jdbc;
  private final MetricFrame frame;

  AnalysisInputs(JdbcClient jdbc, MetricFrame frame) {
    this.jdbc = jdbc;
    this.frame = frame;
  }

  List<CommitteeInput> load(List<Long> committeeIds) {
    if (committeeIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SQL)
        .param("ids", committeeIds.toArray(Long[]::new))
        .query((row, n) -> input(row))
        .list();
  }

  private CommitteeInput input(ResultSet row) throws SQLException {
    List<Region> areas = regions(row, "post_codes", "post_areas");
    Map<String, List<WeeklySlot>> slots = new LinkedHashMap<>();
    areas.forEach(a -> slots.put(a.id(), new ArrayList<>()));
    for (String slot : strings(row.getArray("slots"))) {
      String[] p = slot.split(":");
      slots
          .get(p[0])
          .add(
              new WeeklySlot(
                  Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])));
    }
    List<DutyRoster> rosters =
        areas.stream().map(a -> new DutyRoster(a, slots.get(a.id()))).toList();
    return new CommitteeInput(
        row.getLong("id"),
        row.getString("code"),
        metres(row.getBytes("boundary")),
        areas.stream().filter(a -> !a.shape().isEmpty()).toList(),
        regions(row, "post_codes", "post_locations"),
        rosters,
        regions(row, "comprehensive_codes", "comprehensive_shapes"),
        regions(row, "micro_codes", "micro_shapes"));
  }

  private List<Region> regions(ResultSet row, String codes, String shapes) throws SQLException {
    String[] ids = strings(row.getArray(codes));
    Object[] wkbs = (Object[]) row.getArray(shapes).getArray();
    List<Region> regions = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      regions.add(new Region(ids[i], metres((byte[]) wkbs[i])));
    }
    return regions;
  }

  private Geometry metres(byte[] wkb) {
    try {
      return frame.toMetres(new WKBReader().read(wkb));
    } catch (ParseException e) {
      throw new IllegalStateException("PostGIS sent unreadable WKB", e);
    }
  }

  private static String[] strings(Array array) throws SQLException {
    return (String[]) array.getArray();
  }
}
