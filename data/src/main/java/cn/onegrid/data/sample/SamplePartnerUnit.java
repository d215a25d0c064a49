package cn.onegrid.data.sample;

import java.util.OptionalInt;

/**
 * A unit that supports a committee: a sponsoring village, a co-building unit, a paired community or
 * a registered agency.
 *
 * @param committeeCode the committee supported
 * @param name made up, ends in （示例）
 * @param kind the kind of partnership
 * @param annualSupportYuan yearly support in yuan, when there is money involved
 */
public record SamplePartnerUnit(
    String committeeCode, String name, Kind kind, OptionalInt annualSupportYuan) {

  /** Kinds, named as the schema's {@code partner_unit.kind} values (lower case). */
  public enum Kind {
    VILLAGE_SPONSOR,
    CO_BUILDING_UNIT,
    PAIRED_COMMUNITY,
    AGENCY
  }
}
