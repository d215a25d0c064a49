package cn.onegrid.data.incidents;

import cn.onegrid.data.SqlResource;
import java.sql.Timestamp;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where incidents gather, month by month: a WebMercatorQuad vector tile of the month's reports
 * counted in square cells (64 across a tile, so the cells shrink as one zooms in), for a heat
 * layer.
 */
public class IncidentHotSpots {

  private static final String HOTSPOTS = SqlResource.load("incidents/hotspots.sql");

  /** Half the Web Mercator world's width, metres. */
  private static final double HALF_WORLD = 20037508.342789244;

  private final JdbcClient jdbc;

  public IncidentHotSpots(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The month's tile (the town's months), empty when nothing was reported in it.
   *
   * @throws IncidentRefusal for a tile outside the matrix
   */
  public byte[] tile(int z, int x, int y, YearMonth month) {
    if (z < 0 || z > 22 || x < 0 || y < 0 || x >= (1 << z) || y >= (1 << z)) {
      throw new IncidentRefusal(
          IncidentRefusal.Kind.INVALID,
          "No tile " + z + "/" + x + "/" + y,
          "incidents.tile",
          z,
          x,
          y);
    }
    double cell = 2 * HALF_WORLD / (1 << z) / 64;
    byte[] mvt =
        jdbc.sql(HOTSPOTS)
            .param("z", z)
            .param("x", x)
            .param("y", y)
            .param("cell", cell)
            .param(
                "from",
                Timestamp.from(month.atDay(1).atStartOfDay(Incidents.TOWN_TIME).toInstant()))
            .param(
                "to",
                Timestamp.from(
                    month.plusMonths(1).atDay(1).atStartOfDay(Incidents.TOWN_TIME).toInstant()))
            .query(byte[].class)
            .single();
    return mvt == null ? new byte[0] : mvt;
  }
}
