package cn.onegrid.server.editing;

import cn.onegrid.data.InvalidQuery;

/** Why a change was made: required of every write, kept in its history. */
final class ChangeReason {

  static final String PARAMETER = "change_reason";
  static final int MAX_LENGTH = 500;

  private ChangeReason() {}

  static String required(String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw InvalidQuery.of(PARAMETER, "editing.change-reason", PARAMETER, MAX_LENGTH);
    }
    return text;
  }
}
