package cn.onegrid.data.transfer;

import cn.onegrid.data.transfer.RosterSheet.Line;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A roster file's rows read as posts' rosters, every error kept with its row and column: a post's
 * rows agree on its leader; its people are its leader and everyone its rows list as members; a
 * row's weekday, start and end make a slot (all three or none), served by the people named in
 * {@link RosterColumn#SERVERS} or, when that is blank, by all of them; no two slots of a post start
 * together, and nobody serves two of its slots at once. Pure: the register is matched later.
 */
final class RosterRows {

  static final Pattern POST_CODE = Pattern.compile("[0-9]{12}P[0-9]{2}");
  private static final Pattern CLOCK = Pattern.compile("([0-9]{1,2})[:：]([0-9]{2})(?::00)?");
  private static final List<String> DAYS = List.of("一", "二", "三", "四", "五", "六", "日");
  private static final List<String> ENGLISH_DAYS =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private RosterRows() {}

  static List<RosterPost> posts(List<Line> lines, List<RosterError> errors) {
    Map<String, List<Line>> byPost = new LinkedHashMap<>();
    for (Line line : lines) {
      String code = line.cell(RosterColumn.POST);
      if (code.isEmpty()) {
        errors.add(RosterError.at(line.row(), RosterColumn.POST, "transfer.roster.post-missing"));
      } else if (!POST_CODE.matcher(code).matches()) {
        errors.add(
            RosterError.at(line.row(), RosterColumn.POST, "transfer.roster.post-format", code));
      } else {
        byPost.computeIfAbsent(code, c -> new ArrayList<>()).add(line);
      }
    }
    List<RosterPost> posts = new ArrayList<>();
    byPost.forEach((code, rows) -> posts.add(post(code, rows, errors)));
    return posts;
  }

  private static RosterPost post(String code, List<Line> rows, List<RosterError> errors) {
    RosterPerson leader = null;
    List<RosterPerson> people = new ArrayList<>();
    for (Line line : rows) {
      Optional<RosterPerson> named = leader(line, errors);
      if (named.isPresent()) {
        if (leader != null && !leader.equals(named.get())) {
          errors.add(
              RosterError.at(
                  line.row(),
                  RosterColumn.LEADER,
                  "transfer.roster.two-leaders",
                  code,
                  leader.label(),
                  named.get().label()));
        } else {
          leader = named.get();
        }
      }
    }
    if (leader != null) {
      people.add(leader);
    }
    for (Line line : rows) {
      for (RosterPerson member :
          RosterPerson.list(
              line.cell(RosterColumn.MEMBERS), line.row(), RosterColumn.MEMBERS, errors)) {
        if (find(people, member).isEmpty()) {
          people.add(member);
        }
      }
    }
    List<RosterPost.Slot> slots = new ArrayList<>();
    for (Line line : rows) {
      slot(line, people, errors).ifPresent(s -> addSlot(code, slots, s, errors));
    }
    return new RosterPost(code, rows.get(0).row(), leader, people, slots);
  }

  private static Optional<RosterPerson> leader(Line line, List<RosterError> errors) {
    String name = line.cell(RosterColumn.LEADER);
    String phone = line.cell(RosterColumn.LEADER_PHONE);
    if (name.isEmpty()) {
      if (!phone.isEmpty()) {
        errors.add(
            RosterError.at(
                line.row(), RosterColumn.LEADER, "transfer.roster.leader-phone-alone", phone));
      }
      return Optional.empty();
    }
    return RosterPerson.of(
        name, phone, line.row(), RosterColumn.LEADER, errors, (name + " " + phone).strip());
  }

  /** The person of the post {@code named} means: the same, or a namesake when no phone is said. */
  static Optional<RosterPerson> find(List<RosterPerson> people, RosterPerson named) {
    if (named.phone() != null) {
      return people.stream()
          .filter(p -> p.name().equals(named.name()))
          .filter(p -> p.phone() == null || p.phone().equals(named.phone()))
          .findFirst();
    }
    List<RosterPerson> namesakes =
        people.stream().filter(p -> p.name().equals(named.name())).toList();
    return namesakes.size() == 1 ? Optional.of(namesakes.get(0)) : Optional.empty();
  }

  private static Optional<RosterPost.Slot> slot(
      Line line, List<RosterPerson> people, List<RosterError> errors) {
    String day = line.cell(RosterColumn.WEEKDAY);
    String start = line.cell(RosterColumn.START);
    String end = line.cell(RosterColumn.END);
    String servers = line.cell(RosterColumn.SERVERS);
    if (day.isEmpty() && start.isEmpty() && end.isEmpty()) {
      if (!servers.isEmpty()) {
        errors.add(
            RosterError.at(line.row(), RosterColumn.WEEKDAY, "transfer.roster.servers-no-slot"));
      }
      return Optional.empty();
    }
    int before = errors.size();
    int weekday = weekday(line, day, errors);
    int from = minutes(line, RosterColumn.START, start, false, errors);
    int to = minutes(line, RosterColumn.END, end, true, errors);
    if (errors.size() > before) {
      return Optional.empty();
    }
    if (to <= from) {
      errors.add(
          RosterError.at(
              line.row(), RosterColumn.END, "transfer.roster.end-before-start", end, start));
      return Optional.empty();
    }
    List<RosterPerson> serving = new ArrayList<>();
    if (servers.isEmpty()) {
      serving.addAll(people);
    }
    for (RosterPerson named :
        RosterPerson.list(servers, line.row(), RosterColumn.SERVERS, errors)) {
      Optional<RosterPerson> found = find(people, named);
      if (found.isEmpty()) {
        boolean namesakes = people.stream().anyMatch(p -> p.name().equals(named.name()));
        errors.add(
            RosterError.at(
                line.row(),
                RosterColumn.SERVERS,
                namesakes ? "transfer.roster.server-ambiguous" : "transfer.roster.server-unknown",
                named.label()));
      } else if (!serving.contains(found.get())) {
        serving.add(found.get());
      }
    }
    return Optional.of(new RosterPost.Slot(line.row(), weekday, from, to, serving));
  }

  private static void addSlot(
      String code, List<RosterPost.Slot> slots, RosterPost.Slot slot, List<RosterError> errors) {
    for (RosterPost.Slot other : slots) {
      if (other.weekday() == slot.weekday() && other.start() == slot.start()) {
        errors.add(
            RosterError.at(
                slot.row(), RosterColumn.START, "transfer.roster.slot-twice", code, other.row()));
        return;
      }
      if (other.overlaps(slot)) {
        for (RosterPerson person : slot.servers()) {
          if (other.servers().contains(person)) {
            errors.add(
                RosterError.at(
                    slot.row(),
                    RosterColumn.SERVERS,
                    "transfer.roster.person-twice",
                    person.label(),
                    other.row()));
            return;
          }
        }
      }
    }
    slots.add(slot);
  }

  private static int weekday(Line line, String text, List<RosterError> errors) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.matches("[1-7]")) {
      return Integer.parseInt(t);
    }
    String bare = t.replaceFirst("^(星期|周|礼拜)", "").replace("天", "日");
    int chinese = DAYS.indexOf(bare);
    if (chinese >= 0) {
      return chinese + 1;
    }
    for (int i = 0; i < ENGLISH_DAYS.size(); i++) {
      if (t.length() >= 3 && t.startsWith(ENGLISH_DAYS.get(i))) {
        return i + 1;
      }
    }
    errors.add(RosterError.at(line.row(), RosterColumn.WEEKDAY, "transfer.roster.weekday", text));
    return 0;
  }

  /** HH:mm; 24:00 (and 00:00 as an end) is the end of the day. */
  private static int minutes(
      Line line, RosterColumn column, String text, boolean end, List<RosterError> errors) {
    Matcher m = CLOCK.matcher(text.strip());
    if (m.matches()) {
      int h = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      int value = h * 60 + min;
      if (min < 60 && (h < 24 || end && value == 1440)) {
        return end && value == 0 ? 1440 : value;
      }
    }
    errors.add(
        RosterError.at(
            line.row(),
            column,
            text.isEmpty() ? "transfer.roster.time-missing" : "transfer.roster.time",
            text));
    return -1;
  }
}
