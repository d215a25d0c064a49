package cn.onegrid.data.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a roster file, one row per weekly slot of a post (or one row with no slot for a
 * post nobody serves at set times yet), headed in Chinese as the template has them; the English
 * names are taken too, for scripts. Only the post's code is required.
 */
public enum RosterColumn {
  POST("岗位编号", "post", "310114118009P01"),
  LEADER("组长", "leader", "张伟"),
  LEADER_PHONE("组长电话", "leader_phone", "13900000001"),
  MEMBERS("成员", "members", "李娜 13900000002、王芳 13900000003"),
  WEEKDAY("星期", "weekday", "周四"),
  START("开始时间", "start", "19:00"),
  END("结束时间", "end", "21:00"),
  SERVERS("值守人员", "servers", "张伟、李娜");

  private final String header;
  private final String english;
  private final String example;

  RosterColumn(String header, String english, String example) {
    this.header = header;
    this.english = english;
    this.example = example;
  }

  /** As the template heads it. */
  public String header() {
    return header;
  }

  /** The template's example row's cell. */
  String example() {
    return example;
  }

  /** The column a header names, Chinese or English, spaces and case aside. */
  static Optional<RosterColumn> named(String header) {
    String h = header.strip().replace("\uFEFF", "");
    return Arrays.stream(values())
        .filter(c -> c.header.equals(h) || c.english.equals(h.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The headers, in the template's order, for messages. */
  static String headers() {
    return String.join("、", Arrays.stream(values()).map(RosterColumn::header).toList());
  }
}
