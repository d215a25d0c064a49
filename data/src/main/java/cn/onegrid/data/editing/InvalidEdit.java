package cn.onegrid.data.editing;

import cn.onegrid.data.Refusal;

/**
 * An edit refused for what it contains: not an area, outside its committee, coordinates that look
 * swapped. Its words say what and, where they can, where: by committee, never by coordinates.
 */
public final class InvalidEdit extends Refusal {

  /** Why, for clients that act on it. */
  public enum Kind {
    NOT_A_POLYGON,
    TOO_MANY_VERTICES,
    /** Crossing itself too often to repair. */
    TOO_COMPLEX,
    /** Cleaning it ran out of time. */
    TOO_SLOW,
    /** Every thread that cleans drawings is taken: try again. */
    BUSY,
    /** Empty, or no area (points on a line). */
    EMPTY,
    OUTSIDE_COMMITTEE,
    SWAPPED_COORDINATES,
    NOT_IN_COMMITTEE,
    NOT_REMOVABLE,
    /** A duty type not on the town's list. */
    UNKNOWN_DUTY,
    /** A name that is blank or too long. */
    BAD_NAME,
    /** A slot that is not one: its end before its start, a day or time out of range, twice. */
    BAD_SLOT,
    /** Nobody of that id in the post's committee's register. */
    UNKNOWN_PERSON,
    /** A leader, or someone serving a slot, who is not a member of the post. */
    NOT_A_MEMBER,
    /** One person in two of the post's slots at once. */
    PERSON_TWICE,
    /** A person's details that are not ones: a blank name, a phone that is no mobile number. */
    BAD_PERSON
  }

  private final Kind kind;

  /** {@code message} for logs; {@code key} and {@code args} for people. */
  public InvalidEdit(Kind kind, String message, String key, Object... args) {
    super(message, key, args);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
