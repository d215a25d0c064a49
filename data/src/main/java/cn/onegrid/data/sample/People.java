package cn.onegrid.data.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the persons of one committee. Keys are {@code <committee code>-<3-digit seq>}; phone
 * numbers are {@code 13900000000 + committee index × 100 + seq}, an obviously fake block that stays
 * unique for up to 99,999 committees of up to 99 persons each.
 */
final class People {

  static final long PHONE_BLOCK = 139_0000_0000L;
  static final int MAX_PER_COMMITTEE = 99;

  private final String committeeCode;
  private final int committeeIndex;
  private final SplittableRandom random;
  private final List<SamplePerson> persons = new ArrayList<>();

  People(String committeeCode, int committeeIndex, SplittableRandom random) {
    if (committeeIndex >= 100_000) {
      throw new IllegalArgumentException("too many committees for the phone block");
    }
    this.committeeCode = committeeCode;
    this.committeeIndex = committeeIndex;
    this.random = random;
  }

  /** A new person of this committee; returns its key. */
  String next(SamplePerson.Role role) {
    int seq = persons.size() + 1;
    if (seq > MAX_PER_COMMITTEE) {
      throw new IllegalStateException(
          "more than " + MAX_PER_COMMITTEE + " persons in one committee");
    }
    String key = committeeCode + (seq < 10 ? "-00" : seq < 100 ? "-0" : "-") + seq;
    String phone = Long.toString(PHONE_BLOCK + committeeIndex * 100L + seq);
    persons.add(new SamplePerson(key, committeeCode, Names.person(random), phone, role));
    return key;
  }

  /** {@code count} new party members; returns their keys. */
  List<String> partyMembers(int count) {
    List<String> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      keys.add(next(SamplePerson.Role.PARTY_MEMBER));
    }
    return keys;
  }

  List<SamplePerson> all() {
    return List.copyOf(persons);
  }
}
