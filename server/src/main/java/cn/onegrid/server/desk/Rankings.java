package cn.onegrid.server.desk;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.desk.Desk;
import cn.onegrid.data.desk.Indicator;
import cn.onegrid.data.desk.Table;
import cn.onegrid.data.people.NightWindow;
import cn.onegrid.server.duty.DutyBookProperties;
import cn.onegrid.server.system.DutyProperties;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.springframework.stereotype.Component;

/**
 * The committees ranked by an indicator this month (the town's, Asia/Shanghai), one way for the
 * page and for its files: rank, code, name, value, last month's value and the change.
 */
@Component
class Rankings {

  static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

  private final Desk desk;
  private final NightWindow night;
  private final int leastDuties;

  Rankings(Desk desk, DutyProperties duty, DutyBookProperties dutyBook) {
    this.desk = desk;
    this.night = duty.night();
    this.leastDuties = dutyBook.rules().minDutiesPerMember();
  }

  /** The indicator a request names, or an {@link InvalidQuery} listing those there are. */
  static Indicator indicator(String id) {
    return Indicator.of(id)
        .orElseThrow(
            () ->
                InvalidQuery.of(
                    "indicator",
                    "desk.indicator.unknown",
                    id,
                    String.join(
                        ", ", Arrays.stream(Indicator.values()).map(Indicator::id).toList())));
  }

  static YearMonth thisMonth() {
    return YearMonth.now(TOWN);
  }

  NightWindow night() {
    return night;
  }

  List<Desk.Ranked> of(Indicator indicator) {
    return desk.ranking(indicator, thisMonth(), night, leastDuties);
  }

  List<Desk.TownMonth> trend() {
    return desk.trend(thisMonth(), night, leastDuties);
  }

  /**
   * The ranking as a table: values as ratios or counts, the change as a number (for a ratio in
   * percentage points, column {@code change-points}), so a spreadsheet can sort and sum them.
   */
  Table table(Indicator indicator, String name) {
    boolean ratio = indicator.unit() == Indicator.Unit.RATIO;
    List<List<Object>> rows = new ArrayList<>();
    for (Desk.Ranked row : of(indicator)) {
      rows.add(
          new ArrayList<>(
              Arrays.asList(
                  row.rank(),
                  row.code(),
                  row.name(),
                  cell(indicator, row.value()),
                  cell(indicator, row.previous()),
                  row.value().isPresent() && row.previous().isPresent()
                      ? change(ratio, row.value().getAsDouble() - row.previous().getAsDouble())
                      : null)));
    }
    return new Table(
        name,
        List.of("rank", "code", "name", "value", "previous", ratio ? "change-points" : "change"),
        rows);
  }

  private static Object change(boolean ratio, double change) {
    return ratio ? Math.round(change * 1000) / 10.0 : (Object) Math.round(change);
  }

  private static Object cell(Indicator indicator, OptionalDouble value) {
    if (value.isEmpty()) {
      return null;
    }
    return indicator.unit() == Indicator.Unit.RATIO
        ? new Table.Ratio(value.getAsDouble())
        : (Object) Math.round(value.getAsDouble());
  }
}
