package cn.onegrid.data.map;

import java.util.List;

/**
 * Whose phone numbers a reader may see whole: the whole town's, or those of the people of some
 * committees; every other number on a card is masked ({@code 138****1234}).
 *
 * @param committees committee codes (ignored when {@code wholeTown})
 */
public record PhoneAccess(boolean wholeTown, List<String> committees) {

  /** Every number masked. */
  public static final PhoneAccess NONE = new PhoneAccess(false, List.of());

  /** Every number whole. */
  public static final PhoneAccess TOWN = new PhoneAccess(true, List.of());

  public PhoneAccess {
    committees = List.copyOf(committees);
  }

  public static PhoneAccess of(List<String> committees) {
    return new PhoneAccess(false, committees);
  }
}
