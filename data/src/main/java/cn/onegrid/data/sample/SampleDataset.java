package cn.onegrid.data.sample;

import java.util.List;

/**
 * A generated, illustrative dataset: one town with its committees, grids, people, duty posts,
 * liaisons, partner units, volunteer teams, residential compounds and featured party groups,
 * everything as immutable values. Geometry is JTS in EPSG:4326 (SRID 4326) with coordinates rounded
 * to 7 decimals; the committees tile the town, the micro-grids tile their comprehensive grids and
 * committees, all as clean coverages (borders shared vertex for vertex). Rows refer to each other
 * by natural keys: committee, grid and post codes, and {@link SamplePerson#key()}. Lists are in
 * generation order (committees by code).
 *
 * @param town the town
 * @param committees the committees
 * @param grids comprehensive grids, each followed by its micro-grids
 * @param persons every person referenced by a grid, post or slot
 * @param dutyPosts the duty posts with their members and weekly slots
 * @param liaisons one per committee
 * @param partnerUnits partner units
 * @param volunteerTeams volunteer teams
 * @param compounds residential compounds, each inside a micro-grid of its committee
 * @param partyGroups featured party groups with their members
 */
public record SampleDataset(
    SampleTown town,
    List<SampleCommittee> committees,
    List<SampleGrid> grids,
    List<SamplePerson> persons,
    List<SampleDutyPost> dutyPosts,
    List<SampleLiaison> liaisons,
    List<SamplePartnerUnit> partnerUnits,
    List<SampleVolunteerTeam> volunteerTeams,
    List<SampleCompound> compounds,
    List<SamplePartyGroup> partyGroups) {

  /** Copies the lists. */
  public SampleDataset {
    committees = List.copyOf(committees);
    grids = List.copyOf(grids);
    persons = List.copyOf(persons);
    dutyPosts = List.copyOf(dutyPosts);
    liaisons = List.copyOf(liaisons);
    partnerUnits = List.copyOf(partnerUnits);
    volunteerTeams = List.copyOf(volunteerTeams);
    compounds = List.copyOf(compounds);
    partyGroups = List.copyOf(partyGroups);
  }

  /** The number of rows of each kind, as {@link SampleDatasetLoader} would insert them. */
  public SampleCounts counts() {
    long comprehensive =
        grids.stream().filter(g -> g.level() == SampleGrid.Level.COMPREHENSIVE).count();
    int slots = dutyPosts.stream().mapToInt(p -> p.slots().size()).sum();
    return new SampleCounts(
        1,
        committees.size(),
        persons.size(),
        (int) comprehensive,
        grids.size() - (int) comprehensive,
        dutyPosts.size(),
        dutyPosts.stream().mapToInt(p -> p.memberKeys().size()).sum(),
        slots,
        dutyPosts.stream()
            .flatMap(p -> p.slots().stream())
            .mapToInt(s -> s.memberKeys().size())
            .sum(),
        liaisons.size(),
        partnerUnits.size(),
        volunteerTeams.size(),
        compounds.size(),
        partyGroups.size(),
        partyGroups.stream().mapToInt(g -> g.memberKeys().size()).sum());
  }
}
