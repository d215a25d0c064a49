package cn.onegrid.data.sample;

import java.util.List;
import java.util.Set;

/**
 * What makes one generated dataset different from another besides its shapes: the town itself and
 * the committees that stand out.
 *
 * @param code the town's 9-digit code
 * @param name the town's name
 * @param nameEn the town's English name
 * @param nightPatrol codes of committees whose posts patrol every night
 * @param manyVolunteerTeams codes of committees with ten or more volunteer teams
 * @param sponsorVillages names of villages that sponsor residents' committees
 * @param pairedSubdistrict the subdistrict whose communities are paired with the town's
 */
record Profile(
    String code,
    String name,
    String nameEn,
    Set<String> nightPatrol,
    Set<String> manyVolunteerTeams,
    List<String> sponsorVillages,
    String pairedSubdistrict) {

  Profile {
    nightPatrol = Set.copyOf(nightPatrol);
    manyVolunteerTeams = Set.copyOf(manyVolunteerTeams);
    sponsorVillages = List.copyOf(sponsorVillages);
  }
}
