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
import org.springframework.transaction.support.TransactionTemplate;

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
  private final JdbcClient streamed;
  private final TransactionTemplate readOnly;

  /**
   * @param streamed reads fetched a part at a time, for the whole city's: pgjdbc otherwise holds a
   *     whole result (up to 330,000 rows) until it is read, and the collector copies it meanwhile
   * @param transactions whose manager the streamed reads' read-only transactions come from (pgjdbc
   *     fetches by parts only inside a transaction)
   */
  public TimeCoverage(JdbcClient jdbc, JdbcClient streamed, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.streamed = streamed;
    this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
    readOnly.setReadOnly(true);
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
    if (committee != null) {
      // a few milliseconds: one read after another on the caller's connection
      return tables(blocks(committee), weeks(served(committee), names(committee)));
    }
    // The whole city's reads are independent and of like cost: the names and the blocks are read
    // on other connections while this thread reads the slots and who serves them, so that the
    // cluster and the JVM can use more than one core. No thread holds a connection while it waits
    // for another (the pool cannot run dry). Each read is its own statement, as before: a post
    // published meanwhile may show in one and not another, as in a second request.
    CompletableFuture<Names> reading = CompletableFuture.supplyAsync(() -> names(null), WORK);
    CompletableFuture<List<String[]>> blocking =
        CompletableFuture.supplyAsync(() -> blocks(null), WORK);
    Served served = served(null);
    Map<String, PostWeek> weeks = weeks(served, done(reading));
    List<String[]> blocks = done(blocking);
    // The whole city's tables in two halves, the second on another thread, split where a
    // committee begins: the weeks are only read from here on.
    int half = blocks.size() / 2;
    while (half > 0
        && half < blocks.size()
        && blocks.get(half)[0].equals(blocks.get(half - 1)[0])) {
      half++;
    }
    List<String[]> second = blocks.subList(half, blocks.size());
    CompletableFuture<List<BlockTable>> later =
        CompletableFuture.supplyAsync(() -> tables(second, weeks), WORK);
    List<BlockTable> tables = tables(blocks.subList(0, half), weeks);
    tables.addAll(done(later));
    return tables;
  }

  /** The tables of these blocks (whole committees, in committee and code order). */
  private static List<BlockTable> tables(List<String[]> blocks, Map<String, PostWeek> weeks) {
    // Neighbouring blocks are mostly covered by the same posts: their weeks are made once, found by
    // the posts' codes as the query joins them.
    Map<String, Row> rows = new HashMap<>();
    List<BlockTable> tables = new ArrayList<>();
    List<BlockTable.Block> of = new ArrayList<>();
    String current = null;
    for (String[] block : blocks) {
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

  /**
   * What the whole city's reads and its second half of tables run on: a few daemon threads, made as
   * calls need them.
   */
  private static final ExecutorService WORK =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "time-coverage");
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

  /** One committee's read on the caller's connection; the whole city's streamed. */
  private void read(String sql, String committee, RowCallbackHandler rows) {
    if (committee != null) {
      jdbc.sql(sql).param("committee", committee).query(rows);
    } else {
      readOnly.executeWithoutResult(
          status -> streamed.sql(sql).param("committee", null).query(rows));
    }
  }

  /** The blocks in committee and code order: committee, code, name, the posts' codes. */
  private List<String[]> blocks(String committee) {
    List<String[]> blocks = new ArrayList<>();
    read(
        BLOCKS,
        committee,
        row ->
            blocks.add(
                new String[] {
                  row.getString(1), row.getString(2), row.getString(3), row.getString(4)
                }));
    blocks.sort(TimeCoverage::blockOrder);
    return blocks;
  }

  /** Committee, then block code, in the cluster's C collation. */
  private static int blockOrder(String[] a, String[] b) {
    int byCommittee = CODE_POINTS.compare(a[0], b[0]);
    return byCommittee != 0 ? byCommittee : CODE_POINTS.compare(a[1], b[1]);
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
    // The slots some covering post is on duty, and those where several are, from each post's
    // bits: a post is on duty in a few of the 84 slots.
    long[] some = new long[2];
    long[] several = new long[2];
    for (PostWeek week : covering) {
      for (int k = 0; k < 2; k++) {
        several[k] |= some[k] & week.onDuty[k];
        some[k] |= week.onDuty[k];
      }
    }
    BlockTable.Cell[] cells = new BlockTable.Cell[WeekSlots.COUNT];
    Arrays.fill(cells, BlockTable.Cell.NOBODY);
    // Cells by the duties they join (compared by identity): most repeat a few teams.
    Map<List<Duty>, BlockTable.Cell> shared = null;
    for (int k = 0; k < 2; k++) {
      for (long bits = some[k]; bits != 0; bits &= bits - 1) {
        int i = 64 * k + Long.numberOfTrailingZeros(bits);
        if ((several[k] & Long.lowestOneBit(bits)) == 0) { // one post on duty: its cell
          for (PostWeek week : covering) {
            if (week.duties[i] != null) {
              cells[i] = week.duties[i].cell;
              break;
            }
          }
        } else {
          List<Duty> duties = new ArrayList<>(covering.size());
          for (PostWeek week : covering) {
            if (week.duties[i] != null) {
              duties.add(week.duties[i]);
            }
          }
          shared = shared == null ? new HashMap<>() : shared;
          cells[i] = shared.computeIfAbsent(duties, TimeCoverage::joined);
        }
      }
    }
    int uncovered = WeekSlots.COUNT - Long.bitCount(some[0]) - Long.bitCount(some[1]);
    return new Row(Collections.unmodifiableList(Arrays.asList(cells)), uncovered);
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
    read(
        NAMES,
        committee,
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
    read(
        SLOTS,
        committee,
        row -> {
          slotIds.add(row.getLong(1));
          slots.add(new Slot(row.getString(2), row.getInt(3), row.getInt(4), row.getInt(5)));
        });
    // A retired post's slots are not read: who serves them is skipped.
    int[][] slotOf = {new int[1 << 12]};
    long[][] people = {new long[1 << 12]};
    int[] count = {0};
    read(
        SERVING,
        committee,
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

    /** Bit i (of 128, in two longs) set when the post is on duty in slot i. */
    final long[] onDuty = new long[2];

    PostWeek(String post) {
      this.post = post;
    }

    void add(int weekday, int start, int end, List<String> names) {
      Duty run = null;
      for (int i = WeekSlots.first(weekday, start); i <= WeekSlots.last(weekday, end); i++) {
        onDuty[i >> 6] |= 1L << i;
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
