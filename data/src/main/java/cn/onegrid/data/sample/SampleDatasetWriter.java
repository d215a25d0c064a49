package cn.onegrid.data.sample;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes a sample dataset as deterministic text: one line per row, fields separated by tabs,
 * geometry as WKT (2D, coordinates as rounded), enums as the schema's lower-case values, lists
 * comma-separated, weekdays as ISO numbers (1 = Monday), times as HH:mm. The same dataset always
 * gives the same characters, so two generations from one seed can be compared byte for byte; the
 * text is also handy for diffs and fixtures. Lines, in order:
 *
 * <pre>
 * town       code name name_en approximate boundary
 * committee  code name kind boundary
 * grid       code level seq name leader_key boundary
 * person     key committee_code name phone role
 * post       code name duty_types leader_key member_keys location area
 * slot       post_code weekday starts_at ends_at member_keys
 * liaison    committee_code kind name service_weekday
 * partner    committee_code kind name annual_support_yuan (empty when none)
 * team       committee_code interest name member_count
 * compound   code committee_code name party_organisation police_station property_company
 *            owners_committee (empty when none) boundary
 * group      committee_code speciality name member_keys
 * </pre>
 */
public final class SampleDatasetWriter {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private SampleDatasetWriter() {}

  /**
   * Writes the dataset; the caller closes (and picks the encoding of) the writer, UTF-8 usually.
   */
  public static void write(SampleDataset dataset, Writer out) throws IOException {
    WKTWriter wkt = new WKTWriter(2);
    SampleTown town = dataset.town();
    line(
        out,
        "town",
        town.code(),
        town.name(),
        town.nameEn(),
        town.approximate(),
        wkt(wkt, town.boundary()));
    for (SampleCommittee c : dataset.committees()) {
      line(out, "committee", c.code(), c.name(), sql(c.kind()), wkt(wkt, c.boundary()));
    }
    for (SampleGrid g : dataset.grids()) {
      line(
          out,
          "grid",
          g.code(),
          sql(g.level()),
          g.seq(),
          g.name(),
          g.leaderKey(),
          wkt(wkt, g.boundary()));
    }
    for (SamplePerson p : dataset.persons()) {
      line(out, "person", p.key(), p.committeeCode(), p.name(), p.phone(), sql(p.role()));
    }
    for (SampleDutyPost p : dataset.dutyPosts()) {
      String types =
          String.join(",", p.dutyTypes().stream().map(SampleDatasetWriter::sql).toList());
      line(
          out,
          "post",
          p.code(),
          p.name(),
          types,
          p.leaderKey(),
          String.join(",", p.memberKeys()),
          wkt(wkt, p.location()),
          wkt(wkt, p.area()));
      for (SampleDutySlot s : p.slots()) {
        line(
            out,
            "slot",
            p.code(),
            s.weekday().getValue(),
            TIME.format(s.startsAt()),
            TIME.format(s.endsAt()),
            String.join(",", s.memberKeys()));
      }
    }
    for (SampleLiaison l : dataset.liaisons()) {
      line(out, "liaison", l.committeeCode(), sql(l.kind()), l.name(), l.serviceDay().getValue());
    }
    for (SamplePartnerUnit u : dataset.partnerUnits()) {
      String yuan = u.annualSupportYuan().isPresent() ? "" + u.annualSupportYuan().getAsInt() : "";
      line(out, "partner", u.committeeCode(), sql(u.kind()), u.name(), yuan);
    }
    for (SampleVolunteerTeam t : dataset.volunteerTeams()) {
      line(out, "team", t.committeeCode(), t.interest(), t.name(), t.memberCount());
    }
    for (SampleCompound r : dataset.compounds()) {
      line(
          out,
          "compound",
          r.code(),
          r.committeeCode(),
          r.name(),
          r.partyOrganisation(),
          r.policeStation(),
          r.propertyCompany(),
          r.ownersCommittee().orElse(""),
          wkt(wkt, r.boundary()));
    }
    for (SamplePartyGroup g : dataset.partyGroups()) {
      line(
          out,
          "group",
          g.committeeCode(),
          sql(g.speciality()),
          g.name(),
          String.join(",", g.memberKeys()));
    }
  }

  /** The schema's value of an enum constant: its name in lower case. */
  static String sql(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String wkt(WKTWriter writer, Geometry geometry) {
    return writer.write(geometry);
  }

  private static void line(Writer out, Object... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(escape(String.valueOf(fields[i])));
    }
    out.write('\n');
  }

  private static String escape(String field) {
    return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }
}
