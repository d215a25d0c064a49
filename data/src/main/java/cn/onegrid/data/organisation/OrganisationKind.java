package cn.onegrid.data.organisation;

import cn.onegrid.data.NotFound;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of the town's organisation that administrators and planners keep, each with its table
 * and plain fields. Party groups also have members and a leader among them ({@link
 * PartyGroupMembers}), compounds a boundary and a code of their own ({@link CompoundShapes}).
 */
public enum OrganisationKind {
  PARTY_GROUPS(
      "party-groups",
      "party_group",
      List.of(
          Field.text("name", "name", true),
          Field.choice(
              "speciality",
              "speciality",
              "intellect",
              "fitness",
              "arts",
              "enterprise",
              "handicraft",
              "other"))),
  LIAISONS(
      "liaisons",
      "liaison",
      List.of(
          Field.text("name", "name", true),
          Field.choice("kind", "kind", "leader", "department"),
          Field.weekday("serviceWeekday", "service_weekday", 4))),
  PARTNER_UNITS(
      "partner-units",
      "partner_unit",
      List.of(
          Field.text("name", "name", true),
          Field.choice(
              "kind", "kind", "village_sponsor", "co_building_unit", "paired_community", "agency"),
          Field.yuan("annualSupportYuan", "annual_support_yuan"))),
  COMPOUNDS(
      "compounds",
      "residential_compound",
      List.of(
          Field.text("name", "name", true),
          Field.text("partyOrganisation", "party_organisation", false),
          Field.text("policeStation", "police_station", false),
          Field.text("propertyCompany", "property_company", false),
          Field.text("ownersCommittee", "owners_committee", false)));

  /** A party group's members: person ids. */
  public static final String MEMBERS = "members";

  /** A party group's leader: a member's person id, or null for none. */
  public static final String LEADER = "leader";

  /** A compound's boundary: a Polygon or MultiPolygon in degrees. */
  public static final String BOUNDARY = "boundary";

  private final String id;
  private final String table;
  private final List<Field> fields;

  OrganisationKind(String id, String table, List<Field> fields) {
    this.id = id;
    this.table = table;
    this.fields = fields;
  }

  /** The kind's path segment, e.g. {@code party-groups}. */
  public String id() {
    return id;
  }

  String table() {
    return table;
  }

  /** What identifies an item in paths: a compound's code, else the row's id. */
  String keyColumn() {
    return this == COMPOUNDS ? "code" : "id";
  }

  /** The kind's plain fields, in the order forms show them. */
  public List<Field> fields() {
    return fields;
  }

  /** The members a request may send (besides {@code committee} when creating). */
  public List<String> memberNames() {
    List<String> names = new ArrayList<>(fields.stream().map(Field::name).toList());
    if (this == PARTY_GROUPS) {
      names.add(MEMBERS);
      names.add(LEADER);
    }
    if (this == COMPOUNDS) {
      names.add(BOUNDARY);
    }
    return names;
  }

  /** The kind with this path segment, or NotFound. */
  public static OrganisationKind of(String id) {
    return Arrays.stream(values())
        .filter(k -> k.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                NotFound.of(
                    "organisation.no-kind",
                    id,
                    String.join(", ", Arrays.stream(values()).map(k -> k.id).toList())));
  }
}
