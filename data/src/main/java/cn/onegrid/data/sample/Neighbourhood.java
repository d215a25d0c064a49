package cn.onegrid.data.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The organisation of one committee's neighbourhood: its residential compounds with their "four in
 * one" teams, and its featured party groups. Drawn after everything else of the committee, from the
 * same random stream, so the rest of the sample stays as it was.
 */
final class Neighbourhood {

  static final List<String> COMPOUND_NAMES =
      List.of("锦绣苑", "和谐家园", "阳光花园", "怡景湾", "翠竹新村", "金色港湾", "绿洲公寓", "春晖苑", "馨园", "嘉和小区");

  static final List<String> PROPERTY_COMPANIES =
      List.of("示例物业服务有限公司", "示例物业管理有限公司", "示例置业物业公司", "示例城市服务公司");

  static final List<String> POLICE_STATIONS = List.of("示例第一派出所", "示例第二派出所", "示例第三派出所");

  /** A compound keeps clear of its micro-grid's border by this share of the grid's size. */
  static final double INSET = 0.18;

  private Neighbourhood() {}

  /**
   * Two to four compounds in a residents' committee, none or one in a village: each inside a
   * different micro-grid, simplified, on the output grid.
   */
  static List<SampleCompound> compounds(
      CommitteeSpec spec, Tiling.CommitteeTiles tiles, LocalFrame frame, SplittableRandom random) {
    boolean residents = spec.kind() == SampleCommittee.Kind.RESIDENTS_COMMITTEE;
    List<MultiPolygon> micro = tiles.micro().stream().flatMap(List::stream).toList();
    List<Integer> homes = new ArrayList<>();
    for (int i = 0; i < micro.size(); i++) {
      homes.add(i);
    }
    Rosters.shuffle(homes, random);
    int count = Math.min(micro.size(), residents ? 2 + random.nextInt(3) : random.nextInt(2));
    int firstName = random.nextInt(COMPOUND_NAMES.size());
    List<SampleCompound> compounds = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      Optional<MultiPolygon> shape = inset(micro.get(homes.get(c)), frame);
      if (shape.isEmpty()) {
        continue;
      }
      String name = place(spec) + COMPOUND_NAMES.get((firstName + c) % COMPOUND_NAMES.size());
      compounds.add(
          new SampleCompound(
              spec.code() + "R" + CommitteeContent.twoDigits(compounds.size() + 1),
              spec.code(),
              name + Names.MARK,
              shape.get(),
              place(spec) + (residents ? "居民区党总支" : "村党总支") + Names.MARK,
              Names.pick(POLICE_STATIONS, random) + Names.MARK,
              Names.pick(PROPERTY_COMPANIES, random) + Names.MARK,
              random.nextInt(4) == 0
                  ? Optional.empty()
                  : Optional.of(name + "业主委员会" + Names.MARK)));
    }
    return compounds;
  }

  /**
   * One to three featured party groups of different specialities, each of three to six of the
   * committee's party members (nobody in two).
   */
  static List<SamplePartyGroup> partyGroups(
      CommitteeSpec spec, List<SamplePerson> persons, SplittableRandom random) {
    List<String> members =
        new ArrayList<>(
            persons.stream()
                .filter(p -> p.role() == SamplePerson.Role.PARTY_MEMBER)
                .map(SamplePerson::key)
                .toList());
    Rosters.shuffle(members, random);
    List<SamplePartyGroup.Speciality> specialities =
        new ArrayList<>(List.of(SamplePartyGroup.Speciality.values()));
    Rosters.shuffle(specialities, random);
    int count = 1 + random.nextInt(3);
    List<SamplePartyGroup> groups = new ArrayList<>(count);
    int next = 0;
    for (int g = 0; g < count; g++) {
      int size = Math.min(3 + random.nextInt(4), members.size() - next);
      SamplePartyGroup.Speciality speciality = specialities.get(g);
      groups.add(
          new SamplePartyGroup(
              spec.code(),
              spec.shortName() + speciality.chinese() + "特色党小组" + Names.MARK,
              speciality,
              members.subList(next, next + size)));
      next += size;
    }
    return groups;
  }

  /** The committee's place name, 金华 of 金华社区: compounds of the town are told apart by it. */
  private static String place(CommitteeSpec spec) {
    String name = spec.shortName();
    for (String suffix : new String[] {"社区", "村"}) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** The micro-grid shrunk away from its border, or empty when too little is left. */
  private static Optional<MultiPolygon> inset(MultiPolygon grid, LocalFrame frame) {
    Geometry metres = frame.toMetres(grid);
    Geometry inner = metres.buffer(-INSET * Math.sqrt(metres.getArea()), 2);
    Geometry simple = DouglasPeuckerSimplifier.simplify(inner, 5);
    Geometry degrees =
        GeometryPrecisionReducer.reduce(
            LocalFrame.OUTPUT.createGeometry(frame.toDegrees(simple)),
            LocalFrame.OUTPUT.getPrecisionModel());
    @SuppressWarnings("unchecked")
    List<Polygon> parts = PolygonExtracter.getPolygons(degrees);
    if (parts.isEmpty() || !grid.contains(degrees)) {
      return Optional.empty();
    }
    return Optional.of(Tiling.union(parts));
  }
}
