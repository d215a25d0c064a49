package cn.onegrid.data.editing;

import cn.onegrid.data.NotFound;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and writes posts' state (name, location, duties, retired, leader, members and week). As
 * {@link AreaStore}: a write names the version it drew on and changes nothing otherwise, and leaves
 * its before and after in post_change. Runs in the caller's transaction.
 */
public class PostStore {

  static final GeometryFactory DEGREES = new GeometryFactory(new PrecisionModel(), 4326);

  private static final String FIND =
      """
      SELECT d.code, c.code AS committee, d.version, d.name, ST_X(d.location) AS x,
             ST_Y(d.location) AS y, d.duty_types, d.retired_at IS NOT NULL AS retired,
             d.leader_id, post_members(d.id) AS members, post_week(d.id) AS slots
        FROM duty_post d JOIN committee c ON c.id = d.committee_id
       WHERE d.code = :code
      """;

  /** Locks the row, compares versions after the lock, as {@link AreaStore}'s REPLACE. */
  private static final String UPDATE =
      """
      WITH before AS (
          SELECT d.* FROM duty_post d WHERE d.code = :code FOR UPDATE
      ), updated AS (
          UPDATE duty_post d SET name = :name, location = ST_SetSRID(ST_Point(:x, :y), 4326),
                 duty_types = :duties::text[], leader_id = :leader,
                 retired_at = CASE WHEN NOT :retired THEN NULL ELSE coalesce(d.retired_at, now()) END
            FROM before WHERE d.id = before.id AND before.version = :expected
          RETURNING d.*
      )
      INSERT INTO post_change (code, changed_by, reason, plan_id, reverts, before_version,
                               after_version, before_name, before_location, before_duty_types,
                               before_retired, before_leader, before_members, before_slots,
                               after_name, after_location, after_duty_types, after_retired,
                               after_leader, after_members, after_slots)
      SELECT :code, :who, :reason, :plan, :reverts, before.version, updated.version,
             before.name, before.location, before.duty_types, before.retired_at IS NOT NULL,
             before.leader_id, post_members(before.id), post_week(before.id),
             updated.name, updated.location, updated.duty_types, updated.retired_at IS NOT NULL,
             updated.leader_id, :members::bigint[], :slots::text[]
        FROM before, updated
      RETURNING after_version
      """;

  private static final String INSERT =
      """
      WITH created AS (
          INSERT INTO duty_post (committee_id, code, name, location, duty_types, retired_at,
                                 leader_id)
          SELECT c.id, :code, :name, ST_SetSRID(ST_Point(:x, :y), 4326), :duties::text[],
                 CASE WHEN :retired THEN now() END, :leader
            FROM committee c WHERE c.code = :committee
          ON CONFLICT (code) DO NOTHING
          RETURNING *
      )
      INSERT INTO post_change (code, changed_by, reason, plan_id, reverts, before_version,
                               after_version, after_name, after_location, after_duty_types,
                               after_retired, after_leader, after_members, after_slots)
      SELECT :code, :who, :reason, :plan, :reverts, 0, version, name, location, duty_types,
             retired_at IS NOT NULL, leader_id, :members::bigint[], :slots::text[]
        FROM created
      RETURNING after_version
      """;

  private final JdbcClient jdbc;
  private final PostRoster roster;

  public PostStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.roster = new PostRoster(jdbc);
  }

  public Optional<StoredPost> find(String code) {
    return jdbc.sql(FIND).param("code", code).query((row, n) -> post(row)).optional();
  }

  /** The post, retired or not, or NotFound. */
  public StoredPost get(String code) {
    return find(code).orElseThrow(() -> NotFound.of("editing.no-post", code));
  }

  /**
   * Writes the state if the post is still at version expected (0: creates it in the committee).
   *
   * @return the new version
   * @throws StaleVersion when it is not (or, for a new post, its code was taken meanwhile)
   */
  public int write(
      String code,
      String committee,
      int expected,
      PostState state,
      String who,
      String reason,
      Long plan,
      Long reverts) {
    Optional<Integer> written =
        jdbc.sql(expected == 0 ? INSERT : UPDATE)
            .param("code", code)
            .param("committee", committee)
            .param("expected", expected)
            .param("name", state.name())
            .param("x", state.location().getX())
            .param("y", state.location().getY())
            .param("duties", state.dutyTypes().toArray(String[]::new))
            .param("retired", state.retired())
            .param("leader", state.leader())
            .param("members", state.members().toArray(Long[]::new))
            .param("slots", PostSlot.encoded(state.slots()))
            .param("who", who)
            .param("reason", reason)
            .param("plan", plan)
            .param("reverts", reverts)
            .query(Integer.class)
            .optional();
    if (written.isPresent()) {
      roster.write(code, state);
      return written.get();
    }
    int now =
        find(code).map(StoredPost::version).orElseThrow(() -> NotFound.of("editing.no-post", code));
    throw new StaleVersion("duty-posts " + code, expected, now);
  }

  /**
   * The first post code of the committee that no post has and none of the plan's new posts took, or
   * none when all 99 are used.
   */
  Optional<String> freeCode(String committee, long plan) {
    return jdbc.sql(
            """
            SELECT :committee || 'P' || lpad(n::text, 2, '0') FROM generate_series(1, 99) AS n
             WHERE :committee || 'P' || lpad(n::text, 2, '0') NOT IN (
                   SELECT code FROM duty_post UNION ALL
                   SELECT code FROM plan_post_change WHERE plan_id = :plan)
             ORDER BY n LIMIT 1
            """)
        .param("committee", committee)
        .param("plan", plan)
        .query(String.class)
        .optional();
  }

  /** The committee code at a point (degrees); none outside every committee. */
  public Optional<String> committeeAt(Coordinate at) {
    return jdbc.sql(
            "SELECT code FROM committee"
                + " WHERE ST_Intersects(boundary, ST_SetSRID(ST_Point(:x, :y), 4326))"
                + " ORDER BY code LIMIT 1")
        .param("x", at.x)
        .param("y", at.y)
        .query(String.class)
        .optional();
  }

  /** Those of the ids that are nobody in the committee's register, ascending. */
  List<Long> notInRegister(String committee, java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT id FROM unnest(:ids::bigint[]) AS i(id) WHERE NOT EXISTS (SELECT 1 FROM person p"
                + " JOIN committee c ON c.id = p.committee_id WHERE p.id = i.id AND c.code = :c)"
                + " ORDER BY id")
        .param("ids", ids.toArray(Long[]::new))
        .param("c", committee)
        .query(Long.class)
        .list();
  }

  /** Whether the committee's boundary holds the point (degrees; its border counts). */
  boolean inside(String committee, Point at) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM committee WHERE code = :committee"
                + " AND ST_Intersects(boundary, ST_SetSRID(ST_Point(:x, :y), 4326)))")
        .param("committee", committee)
        .param("x", at.getX())
        .param("y", at.getY())
        .query(Boolean.class)
        .single();
  }

  static Point point(double x, double y) {
    return DEGREES.createPoint(new Coordinate(x, y));
  }

  static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static StoredPost post(ResultSet row) throws SQLException {
    return new StoredPost(
        row.getString("code"),
        row.getString("committee"),
        row.getInt("version"),
        new PostState(
            row.getString("name"),
            point(row.getDouble("x"), row.getDouble("y")),
            strings(row.getArray("duty_types")),
            row.getBoolean("retired"),
            (Long) row.getObject("leader_id"),
            longs(row.getArray("members")),
            PostSlot.decoded((String[]) row.getArray("slots").getArray())));
  }

  static List<Long> longs(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
  }
}
