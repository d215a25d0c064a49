package cn.onegrid.data.duty;

import cn.onegrid.data.NotFound;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Featured party groups' activities: recorded by the committee's staff or by the group's leader (a
 * member whose account names them), and each group's month against {@link DutyRules}.
 */
public class PartyGroupActivities {

  static final int TITLE_MAX = 200;

  private final JdbcClient jdbc;

  public PartyGroupActivities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keeps one activity of a group. A group the recorder may not record for is not said to exist.
   *
   * @throws InvalidRecord naming {@code heldOn} (missing or in the future) or {@code title}
   */
  public GroupMonth.Activity record(long group, LocalDate heldOn, String title, Recorder by) {
    String name = title == null ? "" : title.strip();
    if (name.isEmpty()) {
      throw InvalidRecord.of("title", "activity.title-missing");
    }
    if (name.length() > TITLE_MAX) {
      throw InvalidRecord.of("title", "activity.title-too-long", TITLE_MAX);
    }
    if (heldOn == null) {
      throw InvalidRecord.of("heldOn", "activity.held-on-missing");
    }
    if (heldOn.isAfter(LocalDate.now(Compliance.TOWN_TIME))) {
      throw InvalidRecord.of("heldOn", "activity.held-on-future");
    }
    if (!mayRecord(group, by)) {
      throw NotFound.of("activity.no-group", group);
    }
    long id =
        jdbc.sql(
                """
                INSERT INTO party_group_activity (group_id, held_on, title, recorded_by)
                VALUES (:group, :heldOn, :title, :by) RETURNING id
                """)
            .param("group", group)
            .param("heldOn", Date.valueOf(heldOn))
            .param("title", name)
            .param("by", by.username())
            .query(Long.class)
            .single();
    return new GroupMonth.Activity(id, group, heldOn, name, by.username());
  }

  /** A committee's groups with the month's activities, by name. */
  public List<GroupMonth> month(String committee, YearMonth month, DutyRules rules) {
    Map<String, Object> bounds = Compliance.bounds(month, rules);
    Map<Long, List<GroupMonth.Activity>> held = new LinkedHashMap<>();
    jdbc.sql(
            """
            SELECT a.id, a.group_id, a.held_on, a.title, a.recorded_by
              FROM party_group_activity a JOIN party_group g ON g.id = a.group_id
              JOIN committee c ON c.id = g.committee_id
             WHERE c.code = :committee AND a.held_on >= :firstDay AND a.held_on < :nextFirstDay
             ORDER BY a.held_on, a.id
            """)
        .param("committee", committee)
        .param("firstDay", bounds.get("firstDay"))
        .param("nextFirstDay", bounds.get("nextFirstDay"))
        .query(
            (row, n) ->
                new GroupMonth.Activity(
                    row.getLong("id"),
                    row.getLong("group_id"),
                    row.getDate("held_on").toLocalDate(),
                    row.getString("title"),
                    row.getString("recorded_by")))
        .list()
        .forEach(a -> held.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a));
    return jdbc.sql(
            """
            SELECT g.id, g.name, g.speciality, p.name AS leader
              FROM party_group g JOIN committee c ON c.id = g.committee_id
              LEFT JOIN person p ON p.id = g.leader_id
             WHERE c.code = :committee ORDER BY g.name, g.id
            """)
        .param("committee", committee)
        .query(
            (row, n) -> {
              List<GroupMonth.Activity> activities =
                  held.getOrDefault(row.getLong("id"), List.of());
              return new GroupMonth(
                  row.getLong("id"),
                  row.getString("name"),
                  row.getString("speciality"),
                  row.getString("leader"),
                  activities,
                  activities.size() >= rules.minActivitiesPerGroup(),
                  activities.size() * rules.pointsPerActivity());
            })
        .list();
  }

  private boolean mayRecord(long group, Recorder by) {
    return jdbc.sql(
            """
            SELECT EXISTS (
              SELECT 1 FROM party_group g JOIN committee c ON c.id = g.committee_id
               WHERE g.id = :group
                 AND (g.leader_id = :person OR (:person IS NULL AND c.code = ANY (:committees))))
            """)
        .param("group", group)
        .param("person", by.person(), java.sql.Types.BIGINT)
        .param("committees", by.committees().toArray(String[]::new))
        .query(Boolean.class)
        .single();
  }
}
