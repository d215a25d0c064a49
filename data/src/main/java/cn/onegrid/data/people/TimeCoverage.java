package cn.onegrid.data.people;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.SqlResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time coverage as leaders read it, from the published posts: each committee's blocks × the week's
 * slots ({@link BlockTable}), and the map's posts on duty and blocks with nobody at a time of the
 * week. A block is covered in a slot by the posts on duty then (some slot of theirs overlapping the
 * two hours) whose drawn area shares ground with it (PostGIS's {@code ST_Relate} 'T********': more
 * than a touching border; for the tables, as the committee's analysis stored it, {@code
 * analysis_block}, unless the committee awaits its analysis).
 */
public class TimeCoverage {

  private static final String BLOCKS = SqlResource.load("people/blocks.sql");
  private static final String WEEK = SqlResource.load("people/week.sql");
  private static final String ON_DUTY = SqlResource.load("people/on-duty.sql");

  private final JdbcClient jdbc;

  public TimeCoverage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One committee's table, or NotFound. */
  public BlockTable of(String committee) {
    boolean known =
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM committee WHERE code = :c)")
            .param("c", committee)
            .query(Boolean.class)
            .single();
    if (!known) {
      throw NotFound.of("people.no-committee", committee);
    }
    List<BlockTable> tables = tables(committee);
    return tables.isEmpty() ? new BlockTable(committee, List.of()) : tables.get(0);
  }

  /** Every committee's table (those with blocks), in code order. */
  public List<BlockTable> all() {
    return tables(null);
  }

  /**
   * The posts on duty at a two-hour slot and the blocks nobody covers then, as a GeoJSON
   * FeatureCollection that PostGIS writes.
   *
   * @param committee only this committee, or null
   * @param bbox minLon, minLat, maxLon, maxLat in degrees, or null
   */
  public String onDutyAt(int weekday, int startHour, String committee, double[] bbox) {
    return jdbc.sql(ON_DUTY)
        .param("weekday", weekday)
        .param("hour", startHour)
        .param("committee", committee)
        .param("bbox", bbox != null)
        .param("x0", bbox == null ? 0 : bbox[0])
        .param("y0", bbox == null ? 0 : bbox[1])
        .param("x1", bbox == null ? 0 : bbox[2])
        .param("y1", bbox == null ? 0 : bbox[3])
        .query(String.class)
        .single();
  }

  private List<BlockTable> tables(String committee) {
    Map<String, PostWeek> weeks = weeks(committee);
    // Neighbouring blocks are mostly covered by the same posts: their weeks are made once.
    Map<List<String>, Row> rows = new HashMap<>();
    Map<String, List<BlockTable.Block>> byCommittee = new LinkedHashMap<>();
    jdbc.sql(BLOCKS)
        .param("committee", committee)
        .query(
            (row, n) -> {
              List<String> posts = List.of((String[]) row.getArray("posts").getArray());
              Row week = rows.computeIfAbsent(posts, p -> row(p, weeks));
              byCommittee
                  .computeIfAbsent(row.getString("committee"), k -> new ArrayList<>())
                  .add(
                      new BlockTable.Block(
                          row.getString("code"),
                          row.getString("name"),
                          week.cells,
                          week.uncovered));
              return null;
            })
        .list();
    List<BlockTable> tables = new ArrayList<>(byCommittee.size());
    byCommittee.forEach((code, blocks) -> tables.add(new BlockTable(code, blocks)));
    return tables;
  }

  /** The week of a block these posts cover. */
  private record Row(List<BlockTable.Cell> cells, int uncovered) {}

  private static Row row(List<String> posts, Map<String, PostWeek> weeks) {
    List<PostWeek> covering = new ArrayList<>(posts.size());
    for (String post : posts) {
      PostWeek week = weeks.get(post);
      if (week != null) {
        covering.add(week);
      }
    }
    List<BlockTable.Cell> cells = new ArrayList<>(WeekSlots.COUNT);
    // Cells by the duties they join (compared by identity): most repeat a few teams.
    Map<List<Duty>, BlockTable.Cell> shared = new HashMap<>();
    int uncovered = 0;
    for (int i = 0; i < WeekSlots.COUNT; i++) {
      List<Duty> onDuty = new ArrayList<>(covering.size());
      for (PostWeek week : covering) {
        if (week.duties[i] != null) {
          onDuty.add(week.duties[i]);
        }
      }
      if (onDuty.isEmpty()) {
        uncovered++;
        cells.add(BlockTable.Cell.NOBODY);
      } else if (onDuty.size() == 1) {
        cells.add(onDuty.get(0).cell);
      } else {
        cells.add(shared.computeIfAbsent(onDuty, TimeCoverage::joined));
      }
    }
    return new Row(List.copyOf(cells), uncovered);
  }

  private static BlockTable.Cell joined(List<Duty> duties) {
    TreeSet<String> people = new TreeSet<>();
    duties.forEach(d -> people.addAll(d.cell.people()));
    return new BlockTable.Cell(
        duties.stream().map(d -> d.cell.posts().get(0)).toList(), List.copyOf(people));
  }

  private Map<String, PostWeek> weeks(String committee) {
    Map<String, PostWeek> weeks = new HashMap<>();
    jdbc.sql(WEEK)
        .param("committee", committee)
        .query(
            (row, n) -> {
              PostWeek week = weeks.computeIfAbsent(row.getString("post"), PostWeek::new);
              week.add(
                  row.getInt("weekday"),
                  row.getInt("start_minute"),
                  row.getInt("end_minute"),
                  (String[]) row.getArray("people").getArray());
              return null;
            })
        .list();
    return weeks;
  }

  /**
   * A post on duty in a slot and who serves it then, one object for each run of slots served by the
   * same people: cells are shared by identity. Equality is identity.
   */
  private static final class Duty {
    final BlockTable.Cell cell;

    Duty(String post, List<String> people) {
      this.cell = new BlockTable.Cell(List.of(post), people);
    }
  }

  /** A post's week: its duty in each slot (null when off), and who serves then. */
  private static final class PostWeek {
    final String post;
    final Duty[] duties = new Duty[WeekSlots.COUNT];

    PostWeek(String post) {
      this.post = post;
    }

    void add(int weekday, int start, int end, String[] names) {
      boolean[] marked = new boolean[WeekSlots.COUNT];
      WeekSlots.mark(marked, weekday, start, end);
      Duty run = null;
      for (int i = 0; i < WeekSlots.COUNT; i++) {
        if (!marked[i]) {
          continue;
        }
        if (duties[i] == null) {
          if (run == null) {
            run = new Duty(post, List.of(names)); // sorted by the query
          }
          duties[i] = run;
        } else { // two slots of the post overlap these two hours
          TreeSet<String> all = new TreeSet<>(duties[i].cell.people());
          all.addAll(Arrays.asList(names));
          duties[i] = new Duty(post, List.copyOf(all));
        }
      }
    }
  }
}
