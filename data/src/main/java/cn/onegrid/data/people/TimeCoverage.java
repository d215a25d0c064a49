package cn.onegrid.data.people;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.SqlResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.RowCallbackHandler;
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
  private static final String SLOTS = SqlResource.load("people/week-slots.sql");
  private static final String SERVING = SqlResource.load("people/week-serving.sql");
  private static final String NAMES = SqlResource.load("people/week-names.sql");
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

  /**
   * The names of a committee's posts by code, retired ones too (a table read as analysed may still
   * name one), so that cells can be read by name.
   */
  public Map<String, String> postNames(String committee) {
    Map<String, String> names = new HashMap<>();
    jdbc.sql(
            "SELECT d.code, d.name FROM duty_post d JOIN committee c ON c.id = d.committee_id"
                + " WHERE c.code = :committee")
        .param("committee", committee)
        .query((row, n) -> names.put(row.getString(1), row.getString(2)))
        .list();
    return names;
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
    // The reads are independent and of like cost at city scale: the names and the blocks are read
    // on other connections while this thread reads the slots and who serves them, so that the
    // cluster and the JVM can use more than one core. No thread holds a connection while it waits
    // for another (the pool cannot run dry). Each read is its own statement, as before: a post
    // published meanwhile may show in one and not another, as in a second request.
    CompletableFuture<Names> names = CompletableFuture.supplyAsync(() -> names(committee), READS);
    CompletableFuture<List<String[]>> blocks =
        CompletableFuture.supplyAsync(() -> blocks(committee), READS);
    Served served = served(committee);
    Map<String, PostWeek> weeks = weeks(served, done(names));
    // Neighbouring blocks are mostly covered by the same posts: their weeks are made once, found by
    // the posts' codes as the query joins them.
    Map<String, Row> rows = new HashMap<>();
    List<BlockTable> tables = new ArrayList<>();
    List<BlockTable.Block> of = new ArrayList<>();
    String current = null;
    for (String[] block : done(blocks)) {
      if (!block[0].equals(current)) {
        if (current != null) {
          tables.add(new BlockTable(current, of));
          of.clear();
        }
        current = block[0];
      }
      Row week = rows.computeIfAbsent(block[3], p -> row(p, weeks));
      of.add(new BlockTable.Block(block[1], block[2], week.cells, week.uncovered));
    }
    if (current != null) {
      tables.add(new BlockTable(current, of));
    }
    return tables;
  }

  /** What the reads on other threads share: a few daemon threads, made as calls need them. */
  private static final ExecutorService READS =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "time-coverage-read");
            thread.setDaemon(true);
            return thread;
          });

  private static <T> T done(CompletableFuture<T> read) {
    try {
      return read.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The blocks in committee and code order: committee, code, name, the posts' codes. */
  private List<String[]> blocks(String committee) {
    List<String[]> blocks = new ArrayList<>();
    jdbc.sql(BLOCKS)
        .param("committee", committee)
        .query(
            (RowCallbackHandler)
                row ->
                    blocks.add(
                        new String[] {
                          row.getString(1), row.getString(2), row.getString(3), row.getString(4)
                        }));
    return blocks;
  }

  /** The week of a block these posts cover. */
  private record Row(List<BlockTable.Cell> cells, int uncovered) {}

  private static final Row NOBODY_ALL_WEEK =
      new Row(Collections.nCopies(WeekSlots.COUNT, BlockTable.Cell.NOBODY), WeekSlots.COUNT);

  private static Row row(String posts, Map<String, PostWeek> weeks) {
    List<PostWeek> covering = new ArrayList<>();
    for (int from = 0; from < posts.length(); ) {
      int to = posts.indexOf(' ', from);
      to = to < 0 ? posts.length() : to;
      PostWeek week = weeks.get(posts.substring(from, to));
      if (week != null) {
        covering.add(week);
      }
      from = to + 1;
    }
    if (covering.isEmpty()) {
      return NOBODY_ALL_WEEK;
    }
    BlockTable.Cell[] cells = new BlockTable.Cell[WeekSlots.COUNT];
    // Cells by the duties they join (compared by identity): most repeat a few teams.
    Map<List<Duty>, BlockTable.Cell> shared = null;
    int uncovered = 0;
    for (int i = 0; i < WeekSlots.COUNT; i++) {
      Duty first = null;
      List<Duty> several = null;
      for (PostWeek week : covering) {
        Duty duty = week.duties[i];
        if (duty == null) {
          continue;
        }
        if (first == null) {
          first = duty;
        } else {
          if (several == null) {
            several = new ArrayList<>(covering.size());
            several.add(first);
          }
          several.add(duty);
        }
      }
      if (first == null) {
        uncovered++;
        cells[i] = BlockTable.Cell.NOBODY;
      } else if (several == null) {
        cells[i] = first.cell;
      } else {
        shared = shared == null ? new HashMap<>() : shared;
        cells[i] = shared.computeIfAbsent(several, TimeCoverage::joined);
      }
    }
    return new Row(List.of(cells), uncovered);
  }

  private static BlockTable.Cell joined(List<Duty> duties) {
    TreeSet<String> people = new TreeSet<>();
    duties.forEach(d -> people.addAll(d.cell.people()));
    return new BlockTable.Cell(
        duties.stream().map(d -> d.cell.posts().get(0)).toList(), List.copyOf(people));
  }

  /** People's names by id: a person's name is at their position in {@code ids}. */
  private record Names(IdPositions ids, List<String> names) {}

  private Names names(String committee) {
    IdPositions people = new IdPositions();
    List<String> names = new ArrayList<>();
    jdbc.sql(NAMES)
        .param("committee", committee)
        .query(
            (RowCallbackHandler)
                row -> {
                  int at = people.add(row.getLong(1));
                  if (at == names.size()) {
                    names.add(row.getString(2));
                  }
                });
    return new Names(people, names);
  }

  /**
   * The slots and who serves each, as pairs (the slot's position in {@code slots}, the person's id)
   * in {@code slotOf} and {@code people}, up to {@code count}.
   */
  private record Served(List<Slot> slots, int[] slotOf, long[] people, int count) {}

  private Served served(String committee) {
    IdPositions slotIds = new IdPositions();
    List<Slot> slots = new ArrayList<>();
    jdbc.sql(SLOTS)
        .param("committee", committee)
        .query(
            (RowCallbackHandler)
                row -> {
                  slotIds.add(row.getLong(1));
                  slots.add(
                      new Slot(row.getString(2), row.getInt(3), row.getInt(4), row.getInt(5)));
                });
    // A retired post's slots are not read: who serves them is skipped.
    int[][] slotOf = {new int[1 << 12]};
    long[][] people = {new long[1 << 12]};
    int[] count = {0};
    jdbc.sql(SERVING)
        .param("committee", committee)
        .query(
            (RowCallbackHandler)
                row -> {
                  int slot = slotIds.of(row.getLong(1));
                  if (slot < 0) {
                    return;
                  }
                  if (count[0] == slotOf[0].length) {
                    slotOf[0] = Arrays.copyOf(slotOf[0], count[0] * 2);
                    people[0] = Arrays.copyOf(people[0], count[0] * 2);
                  }
                  slotOf[0][count[0]] = slot;
                  people[0][count[0]] = row.getLong(2);
                  count[0]++;
                });
    return new Served(slots, slotOf[0], people[0], count[0]);
  }

  /**
   * The posts' weeks, from three flat reads joined here (slots; who serves each, by person; the
   * people's names): at city scale the database's join and sort of them cost twice as much as
   * everything else of every committee's tables (bench/README.md, PeopleBenchmark). Ids are kept in
   * primitive arrays ({@link IdPositions}), not maps of boxed ids, which cost as much again in the
   * JVM. Who serves a slot is in code point order (the cluster's C collation), as read sorted
   * before; a post's week does not depend on the order of its slots.
   */
  private static Map<String, PostWeek> weeks(Served served, Names names) {
    List<Slot> slots = served.slots();
    int count = served.count();
    // The pairs grouped by slot: slot s's people are at from[s] to from[s + 1] of who.
    int[] from = new int[slots.size() + 1];
    for (int k = 0; k < count; k++) {
      from[served.slotOf()[k] + 1]++;
    }
    for (int s = 0; s < slots.size(); s++) {
      from[s + 1] += from[s];
    }
    int[] next = Arrays.copyOf(from, slots.size());
    int[] who = new int[count];
    for (int k = 0; k < count; k++) {
      who[next[served.slotOf()[k]]++] = names.ids().of(served.people()[k]);
    }
    Map<String, PostWeek> weeks = new HashMap<>();
    for (int s = 0; s < slots.size(); s++) {
      String[] serving = new String[from[s + 1] - from[s]];
      for (int k = 0; k < serving.length; k++) {
        serving[k] = names.names().get(who[from[s] + k]);
      }
      Slot slot = slots.get(s);
      weeks
          .computeIfAbsent(slot.post(), PostWeek::new)
          .add(slot.weekday(), slot.start(), slot.end(), people(serving));
    }
    return weeks;
  }

  /** A slot of a post: its day, and its start and end in minutes (1440 for midnight at the end). */
  private record Slot(String post, int weekday, int start, int end) {}

  /** Who serves a slot: distinct names in code point order; none when nobody does. */
  private static List<String> people(String[] names) {
    if (names.length == 0) {
      return List.of();
    }
    Arrays.sort(names, CODE_POINTS);
    int distinct = 1;
    for (int i = 1; i < names.length; i++) {
      if (!names[i].equals(names[distinct - 1])) {
        names[distinct++] = names[i];
      }
    }
    return List.of(Arrays.copyOf(names, distinct));
  }

  /**
   * The order of the cluster's C collation (UTF-8 bytes), which differs from String's past U+FFFF.
   */
  private static final Comparator<String> CODE_POINTS =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int x = a.codePointAt(i);
          int y = b.codePointAt(j);
          if (x != y) {
            return Integer.compare(x, y);
          }
          i += Character.charCount(x);
          j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

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

    void add(int weekday, int start, int end, List<String> names) {
      boolean[] marked = new boolean[WeekSlots.COUNT];
      WeekSlots.mark(marked, weekday, start, end);
      Duty run = null;
      for (int i = 0; i < WeekSlots.COUNT; i++) {
        if (!marked[i]) {
          continue;
        }
        if (duties[i] == null) {
          if (run == null) {
            run = new Duty(post, List.copyOf(names)); // sorted by people()
          }
          duties[i] = run;
        } else { // two slots of the post overlap these two hours
          TreeSet<String> all = new TreeSet<>(duties[i].cell.people());
          all.addAll(names);
          duties[i] = new Duty(post, List.copyOf(all));
        }
      }
    }
  }
}
