package cn.onegrid.server.organisation;

import cn.onegrid.data.organisation.Field;
import cn.onegrid.data.organisation.OrganisationKind;
import cn.onegrid.data.people.Person;
import cn.onegrid.server.system.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the organisation page shows of one kind, in the reader's language: its table (a column per
 * field; a group's members and leader) and its form (an input per field: text, a choice, a weekday
 * or a whole number; a group's members as boxes to tick from the register and its leader chosen
 * among them; a compound's boundary).
 */
final class OrganisationWords {

  private final Messages messages;
  private final Locale locale;

  OrganisationWords(Messages messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  Map<String, Object> section(
      String code,
      OrganisationKind kind,
      List<Map<String, Object>> items,
      OrganisationForm form,
      List<Person> people) {
    Map<String, Object> section = new HashMap<>();
    section.put("id", kind.id());
    section.put("title", text("organisation.page.section." + kind.id()));
    List<String> headers = new ArrayList<>();
    kind.fields().forEach(f -> headers.add(text("organisation.field." + f.name())));
    if (kind == OrganisationKind.PARTY_GROUPS) {
      headers.add(text("organisation.page.members"));
      headers.add(text("organisation.page.leader"));
    }
    section.put("headers", headers);
    section.put("rows", items.stream().map(i -> row(code, kind, i, form)).toList());
    section.put("empty", items.isEmpty());
    section.put("form", form(code, kind, form, people));
    return section;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> row(
      String code, OrganisationKind kind, Map<String, Object> item, OrganisationForm form) {
    String key = String.valueOf(item.get("key"));
    List<String> cells = new ArrayList<>();
    kind.fields().forEach(f -> cells.add(shown(f, item.get(f.name()))));
    if (item.get(OrganisationKind.MEMBERS) instanceof List<?> members) {
      cells.add(
          String.join(
              text("organisation.page.separator"),
              members.stream()
                  .map(m -> String.valueOf(((Map<String, Object>) m).get("name")))
                  .toList()));
      cells.add(
          item.get(OrganisationKind.LEADER) instanceof Map<?, ?> leader
              ? String.valueOf(leader.get("name"))
              : text("organisation.page.noLeader"));
    }
    Map<String, Object> row = new HashMap<>();
    row.put("key", key);
    row.put("href", "/committees/" + code + "/organisation?kind=" + kind.id() + "&key=" + key);
    row.put("first", cells.get(0));
    row.put("rest", cells.subList(1, cells.size()));
    row.put("chosen", key.equals(form.key()));
    return row;
  }

  /** A stored value as the table shows it. */
  private String shown(Field f, Object value) {
    if (value == null) {
      return text("organisation.page.notRecorded");
    }
    return switch (f.type()) {
      case CHOICE -> text("organisation.choice." + value);
      case WEEKDAY -> text("weekday." + value);
      default -> value.toString();
    };
  }

  private Map<String, Object> form(
      String code, OrganisationKind kind, OrganisationForm form, List<Person> people) {
    Map<String, Object> model = new HashMap<>();
    model.put("action", "/committees/" + code + "/organisation/" + kind.id());
    model.put("editing", !form.isNew());
    model.put("key", form.isNew() ? "" : form.key());
    model.put(
        "removeHref",
        form.isNew()
            ? ""
            : "/committees/"
                + code
                + "/organisation?kind="
                + kind.id()
                + "&key="
                + form.key()
                + "&remove");
    model.put("version", form.version());
    List<Person> partyMembers =
        people.stream().filter(p -> !p.left() && "party_member".equals(p.kind())).toList();
    List<Map<String, Object>> inputs = new ArrayList<>();
    kind.fields().forEach(f -> inputs.add(input(kind, f, form)));
    if (kind == OrganisationKind.PARTY_GROUPS) {
      inputs.add(leaderInput(kind, form, partyMembers));
    }
    model.put("inputs", inputs);
    model.put(
        "members",
        kind != OrganisationKind.PARTY_GROUPS
            ? List.of()
            : partyMembers.stream()
                .map(
                    p ->
                        Map.of(
                            "id", p.id(),
                            "name", p.name(),
                            "chosen", form.members().contains(String.valueOf(p.id()))))
                .toList());
    model.put("hasMembers", kind == OrganisationKind.PARTY_GROUPS);
    model.put("hasBoundary", kind == OrganisationKind.COMPOUNDS);
    model.put("boundary", form.boundary());
    model.put("open", !form.isNew() || !form.values().isEmpty());
    return model;
  }

  /**
   * A group's leader: none, or one of the committee's party members (the store refuses a
   * non-member).
   */
  private Map<String, Object> leaderInput(
      OrganisationKind kind, OrganisationForm form, List<Person> partyMembers) {
    List<Map<String, Object>> options = new ArrayList<>();
    options.add(option("", text("organisation.page.noLeader"), form.leader()));
    partyMembers.forEach(p -> options.add(option(String.valueOf(p.id()), p.name(), form.leader())));
    Map<String, Object> input = new HashMap<>();
    input.put("id", kind.id() + "-" + OrganisationKind.LEADER);
    input.put("name", OrganisationKind.LEADER);
    input.put("label", text("organisation.page.leader"));
    input.put("required", false);
    input.put("value", form.leader());
    input.put("select", true);
    input.put("options", options);
    input.put("number", false);
    return input;
  }

  private Map<String, Object> input(OrganisationKind kind, Field f, OrganisationForm form) {
    String value = form.value(f.name());
    Map<String, Object> input = new HashMap<>();
    input.put("id", kind.id() + "-" + f.name());
    input.put("name", f.name());
    input.put("label", text("organisation.field." + f.name()));
    input.put("required", f.required());
    input.put("value", value);
    List<Map<String, Object>> options =
        switch (f.type()) {
          case CHOICE ->
              f.choices().stream()
                  .map(c -> option(c, text("organisation.choice." + c), value))
                  .toList();
          case WEEKDAY ->
              IntStream.rangeClosed(1, 7)
                  .mapToObj(
                      d ->
                          option(
                              String.valueOf(d),
                              text("weekday." + d),
                              value.isEmpty() ? String.valueOf(f.fallback()) : value))
                  .toList();
          default -> List.of();
        };
    input.put("select", !options.isEmpty());
    input.put("options", options);
    input.put("number", f.type() == Field.Type.YUAN);
    return input;
  }

  private static Map<String, Object> option(String value, String label, String chosen) {
    return Map.of("value", value, "label", label, "chosen", value.equals(chosen));
  }

  private String text(String key) {
    return messages.text(locale, key);
  }
}
