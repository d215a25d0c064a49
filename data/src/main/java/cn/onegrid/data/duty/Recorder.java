package cn.onegrid.data.duty;

import java.util.List;

/**
 * Who records or reads duty records: a member (their register person) or staff (their committees).
 *
 * @param person the member's person, or null for staff
 * @param committees staff's committees (ignored for a member)
 */
public record Recorder(String username, Long person, List<String> committees) {

  public Recorder {
    committees = List.copyOf(committees);
  }

  public static Recorder member(String username, long person) {
    return new Recorder(username, person, List.of());
  }

  public static Recorder staff(String username, List<String> committees) {
    return new Recorder(username, null, committees);
  }

  public boolean isMember() {
    return person != null;
  }
}
