package cn.onegrid.data.incidents;

import java.util.List;

/**
 * Why a report went where it went, in words, Chinese and English: the place's micro-grid (else its
 * grid, else its committee), the posts whose area holds it, and the one on duty at the hour with
 * the slot's hours ("在微网格 金华-2、P01 的责任区内，P01 周四 19–21 时在岗").
 */
public final class RouteReason {

  private static final String[] WEEKDAYS_ZH = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  private static final String[] WEEKDAYS_EN = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  /** The reason in both languages. */
  public record Words(String zh, String en) {}

  private RouteReason() {}

  /**
   * @param place the micro-grid's name, else the grid's, else null (only the committee)
   * @param committee the committee's name
   * @param posts the short codes (P01) of the posts whose area holds the place, in code order
   * @param onDuty the short code of the one on duty, or null
   * @param weekday ISO weekday of the report (1 = Monday)
   * @param minute the report's minute of the day (local time)
   * @param slot the on-duty post's slot as [start, end] minutes, or null
   */
  public static Words of(
      String place,
      String committee,
      List<String> posts,
      String onDuty,
      int weekday,
      int minute,
      int[] slot) {
    String whereZh = place == null ? "在" + committee : "在微网格 " + place;
    String whereEn = place == null ? "In " + committee : "In micro-grid " + place;
    String dayZh = WEEKDAYS_ZH[weekday - 1];
    String dayEn = WEEKDAYS_EN[weekday - 1];
    if (posts.isEmpty()) {
      return new Words(
          whereZh + "，不在任何岗位的责任区内（未覆盖），交" + committee,
          whereEn + ", in no post's area (uncovered): to " + committee);
    }
    String listed = String.join("、", posts);
    String listedEn = String.join(", ", posts);
    String areaEn =
        posts.size() == 1 ? "post " + listedEn + "'s area" : "posts " + listedEn + "' areas";
    if (onDuty == null) {
      String first = posts.get(0);
      return new Words(
          whereZh + "、" + listed + " 的责任区内，" + dayZh + " " + clock(minute) + " 无人在岗，交 " + first,
          whereEn
              + ", "
              + areaEn
              + "; nobody on duty "
              + dayEn
              + " at "
              + clock(minute)
              + ": to "
              + first);
    }
    String hours = hour(slot[0]) + "–" + hour(slot[1]);
    return new Words(
        whereZh + "、" + listed + " 的责任区内，" + onDuty + " " + dayZh + " " + hours + " 时在岗",
        whereEn + ", " + areaEn + "; " + onDuty + " on duty " + dayEn + " " + hours);
  }

  private static String hour(int minute) {
    return minute % 60 == 0 ? Integer.toString(minute / 60) : clock(minute);
  }

  private static String clock(int minute) {
    return String.format("%d:%02d", minute / 60, minute % 60);
  }
}
