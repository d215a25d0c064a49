package cn.onegrid.bench.analysis;

import cn.onegrid.data.analysis.Analyst;
import cn.onegrid.data.sample.SampleTownGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One edit, then the incremental update: each invocation redraws one post's area (alternating
 * between its own area and a 150 m disc around its location, so every invocation is a real change
 * that the triggers queue) and catches up, which recomputes that one committee. Java ({@code
 * Analyst.catchUp}) against the same catch-up in PostGIS SQL. The edited post is the first of the
 * committee with the most posts ({@code busiest}) or of the committee with the median count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class TownEditBenchmark {

  @Param({"busiest", "median"})
  public String committee;

  private BenchDatabase db;
  private Analyst java;
  private PostgisAnalysis postgis;
  private long postId;
  private byte[] ownArea;
  private byte[] disc;
  private boolean drawnAsDisc;

  @Setup(Level.Trial)
  public void start() {
    db = BenchDatabase.with(SampleTownGenerator.generate());
    java = db.data().analyst();
    postgis = new PostgisAnalysis(db.dataSource(), 1);
    java.recomputeAll();
    postgis.recomputeAll();
    postId =
        db.jdbc()
            .sql(
                """
                SELECT min(d.id) FROM duty_post d WHERE d.committee_id = (
                    SELECT committee_id FROM duty_post GROUP BY committee_id
                     ORDER BY count(*) DESC, committee_id
                    OFFSET CASE WHEN :which = 'busiest' THEN 0
                                ELSE (SELECT count(DISTINCT committee_id) / 2 FROM duty_post) END
                     LIMIT 1)
                """)
            .param("which", committee)
            .query(Long.class)
            .single();
    ownArea = shape("area");
    disc = shape("ST_Multi(ST_Buffer(location::geography, 150)::geometry)");
    System.err.println(
        db.jdbc()
            .sql(
                "SELECT 'Edited post ' || d.code || ', committee ' || c.code || ' with '"
                    + " || (SELECT count(*) FROM duty_post x WHERE x.committee_id = c.id) || ' posts'"
                    + " FROM duty_post d JOIN committee c ON c.id = d.committee_id WHERE d.id = ?")
            .param(postId)
            .query(String.class)
            .single());
    CpuMeter.restart();
  }

  @TearDown(Level.Trial)
  public void stop() {
    db.close();
  }

  @Benchmark
  public int javaEdit() {
    redraw();
    return java.catchUp();
  }

  @Benchmark
  public int postgisEdit() {
    redraw();
    return postgis.catchUp();
  }

  private void redraw() {
    drawnAsDisc = !drawnAsDisc;
    db.jdbc()
        .sql("UPDATE duty_post SET area = ST_GeomFromEWKB(?) WHERE id = ?")
        .param(drawnAsDisc ? disc : ownArea)
        .param(postId)
        .update();
  }

  /** The EWKB of {@code expression} (a constant of this class) for the edited post. */
  private byte[] shape(String expression) {
    return db.jdbc()
        .sql("SELECT ST_AsEWKB(" + expression + ") FROM duty_post WHERE id = ?")
        .param(postId)
        .query(byte[].class)
        .single();
  }
}
