package cn.onegrid.data.transfer;

import cn.onegrid.data.editing.Plans;
import cn.onegrid.data.editing.PostChange;
import cn.onegrid.data.editing.PostSlot;
import cn.onegrid.data.editing.PostState;
import cn.onegrid.data.people.PersonDetails;
import cn.onegrid.data.people.PersonRegister;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A roster file (XLSX or CSV, from {@link RosterTemplate}) put into a new draft plan: each post it
 * names gets the leader, members and week the file gives, staged through {@link Plans#stagePost} as
 * a planner's edits are, so preview, publish, history and revert are the plan's. People are matched
 * in the post's committee by name and phone (by name alone when no phone is given and the name is
 * unique), and added to the register when nobody matches. Every error of the file is found first,
 * by row and column ({@link InvalidRoster}); then nothing is written. The plan, the people added
 * and the staged posts are one transaction.
 */
public class RosterImport {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Plans plans;
  private final PersonRegister register;

  public RosterImport(
      JdbcClient jdbc, TransactionTemplate transaction, Plans plans, PersonRegister register) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.plans = plans;
    this.register = register;
  }

  /** What an import staged: the plan, how many posts, and the people added to the register. */
  public record Staged(long plan, int posts, List<String> peopleAdded) {}

  /**
   * Reads, checks and stages the file into a new plan of {@code who}'s.
   *
   * @param committees the committees {@code who} may edit; empty for the whole town
   * @throws InvalidRoster with every error, when there is any
   */
  public Staged stage(Path file, String who, List<String> committees, String planName) {
    List<RosterError> errors = new ArrayList<>();
    List<RosterPost> posts = RosterRows.posts(RosterSheet.read(file, errors), errors);
    Map<String, String> committeeOf = committees(posts, committees, errors);
    Register people = new Register(posts, committeeOf);
    Map<RosterPost, Map<RosterPerson, Match>> matches = new LinkedHashMap<>();
    for (RosterPost post : posts) {
      String committee = committeeOf.get(post.code());
      if (committee != null) {
        Map<RosterPerson, Match> matched = new LinkedHashMap<>();
        for (RosterPerson person : post.people()) {
          people.match(committee, person, post, errors).ifPresent(m -> matched.put(person, m));
        }
        matches.put(post, matched);
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(
          Comparator.comparingInt(RosterError::row)
              .thenComparingInt(
                  e ->
                      e.column() == null
                          ? -1
                          : RosterColumn.named(e.column()).map(Enum::ordinal).orElse(-1)));
      throw new InvalidRoster(errors);
    }
    return transaction.execute(
        status -> {
          long plan = plans.createImported(planName, who);
          List<String> added = new ArrayList<>();
          Map<Match, Long> ids = new HashMap<>();
          matches.forEach(
              (post, matched) -> {
                PostChange now = plans.post(plan, who, post.code());
                Map<RosterPerson, Long> id = new HashMap<>();
                matched.forEach(
                    (person, match) ->
                        id.put(person, ids.computeIfAbsent(match, m -> add(m, added))));
                plans.stagePost(plan, who, post.code(), now.baseVersion(), state(now, post, id));
              });
          return new Staged(plan, matches.size(), added);
        });
  }

  private long add(Match match, List<String> added) {
    if (match.id() != null) {
      return match.id();
    }
    added.add(match.person().label());
    return register.create(
        match.committee(),
        new PersonDetails(
            match.person().name(),
            match.person().phone(),
            "volunteer",
            false,
            null,
            null,
            false,
            null));
  }

  private static PostState state(PostChange now, RosterPost post, Map<RosterPerson, Long> id) {
    List<Long> members = post.people().stream().map(id::get).toList();
    List<PostSlot> week =
        post.slots().stream()
            .map(
                s ->
                    new PostSlot(
                        s.weekday(),
                        s.start(),
                        s.end(),
                        s.servers().stream().map(id::get).toList()))
            .toList();
    Long leader = post.leader() == null ? null : id.get(post.leader());
    return now.state().withPeople(leader, members).withSlots(week);
  }

  /** Each post's committee; errors for posts unknown, retired or outside {@code allowed}. */
  private Map<String, String> committees(
      List<RosterPost> posts, List<String> allowed, List<RosterError> errors) {
    Map<String, String> found = new HashMap<>();
    Map<String, Boolean> retired = new HashMap<>();
    jdbc.sql(
            "SELECT d.code, c.code AS committee, d.retired_at IS NOT NULL AS retired"
                + " FROM duty_post d JOIN committee c ON c.id = d.committee_id"
                + " WHERE d.code = ANY (:codes)")
        .param("codes", posts.stream().map(RosterPost::code).toArray(String[]::new))
        .query(
            (row, n) -> {
              found.put(row.getString("code"), row.getString("committee"));
              retired.put(row.getString("code"), row.getBoolean("retired"));
              return null;
            })
        .list();
    Map<String, String> committeeOf = new HashMap<>();
    for (RosterPost post : posts) {
      String committee = found.get(post.code());
      String key = null;
      if (committee == null) {
        key = "transfer.roster.post-unknown";
      } else if (retired.get(post.code())) {
        key = "transfer.roster.post-retired";
      } else if (!allowed.isEmpty() && !allowed.contains(committee)) {
        key = "transfer.roster.post-not-yours";
      }
      if (key == null) {
        committeeOf.put(post.code(), committee);
      } else {
        errors.add(RosterError.at(post.row(), RosterColumn.POST, key, post.code(), committee));
      }
    }
    return committeeOf;
  }

  /** A person of the file in a committee: someone in its register (id), or someone to add. */
  private record Match(String committee, RosterPerson person, Long id) {}

  /** The registers of the committees the file's posts are in, people who left aside. */
  private final class Register {
    private final List<Known> known;

    Register(List<RosterPost> posts, Map<String, String> committeeOf) {
      known =
          jdbc.sql(
                  "SELECT p.id, c.code, p.name, p.phone, p.left_on IS NOT NULL AS gone"
                      + " FROM person p JOIN committee c ON c.id = p.committee_id"
                      + " WHERE c.code = ANY (:committees) ORDER BY p.id")
              .param("committees", committeeOf.values().stream().distinct().toArray(String[]::new))
              .query(
                  (row, n) ->
                      new Known(
                          row.getLong("id"),
                          row.getString("code"),
                          row.getString("name"),
                          row.getString("phone"),
                          row.getBoolean("gone")))
              .list();
    }

    java.util.Optional<Match> match(
        String committee, RosterPerson person, RosterPost post, List<RosterError> errors) {
      List<Known> namesakes =
          known.stream()
              .filter(k -> k.committee().equals(committee) && k.name().equals(person.name()))
              .filter(k -> person.phone() == null || person.phone().equals(k.phone()))
              .toList();
      List<Known> present = namesakes.stream().filter(k -> !k.gone()).toList();
      RosterColumn column =
          person.equals(post.leader()) ? RosterColumn.LEADER : RosterColumn.MEMBERS;
      if (present.size() == 1 || person.phone() != null && present.size() > 1) {
        return java.util.Optional.of(new Match(committee, person, present.get(0).id()));
      }
      if (present.size() > 1) {
        errors.add(
            RosterError.at(
                post.row(), column, "transfer.roster.person-ambiguous", person.name(), committee));
      } else if (!namesakes.isEmpty()) {
        errors.add(
            RosterError.at(
                post.row(), column, "transfer.roster.person-left", person.label(), committee));
      } else {
        return java.util.Optional.of(new Match(committee, person, null));
      }
      return java.util.Optional.empty();
    }
  }

  private record Known(long id, String committee, String name, String phone, boolean gone) {}
}
