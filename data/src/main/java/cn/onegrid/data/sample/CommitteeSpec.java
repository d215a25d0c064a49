package cn.onegrid.data.sample;

/** What the generator is given about a committee: its code, name and kind. */
record CommitteeSpec(String code, String name, SampleCommittee.Kind kind) {

  CommitteeSpec {
    if (!code.matches("[0-9]{12}")) {
      throw new IllegalArgumentException("committee code must have 12 digits: " + code);
    }
  }

  /** The name without its committee suffix, as used in grid and post names. */
  String shortName() {
    return SampleCommittee.shortName(name);
  }
}
