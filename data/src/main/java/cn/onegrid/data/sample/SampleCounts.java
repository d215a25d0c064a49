package cn.onegrid.data.sample;

/**
 * How many rows of each kind a sample dataset has, or a load inserted.
 *
 * @param towns town rows (1)
 * @param committees committee rows
 * @param persons person rows
 * @param comprehensiveGrids grid rows of level comprehensive
 * @param microGrids grid rows of level micro
 * @param dutyPosts duty_post rows
 * @param dutyPostMembers duty_post_member rows
 * @param dutySlots duty_slot rows
 * @param dutySlotMembers duty_slot_member rows
 * @param liaisons liaison rows
 * @param partnerUnits partner_unit rows
 * @param volunteerTeams volunteer_team rows
 * @param compounds residential_compound rows
 * @param partyGroups party_group rows
 * @param partyGroupMembers party_group_member rows
 */
public record SampleCounts(
    int towns,
    int committees,
    int persons,
    int comprehensiveGrids,
    int microGrids,
    int dutyPosts,
    int dutyPostMembers,
    int dutySlots,
    int dutySlotMembers,
    int liaisons,
    int partnerUnits,
    int volunteerTeams,
    int compounds,
    int partyGroups,
    int partyGroupMembers) {

  /** All rows together. */
  public long total() {
    return (long) towns
        + committees
        + persons
        + comprehensiveGrids
        + microGrids
        + dutyPosts
        + dutyPostMembers
        + dutySlots
        + dutySlotMembers
        + liaisons
        + partnerUnits
        + volunteerTeams
        + compounds
        + partyGroups
        + partyGroupMembers;
  }
}
