package cn.onegrid.data.desk;

import cn.onegrid.data.SqlResource;
import java.sql.Date;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The past a sample town gets so its dashboard has trends to show: made-up months before this one,
 * marked {@code illustrative} (the dashboard says so), the same on every load. Real towns never get
 * it: their history starts with their first analysis.
 */
public class SampleHistory {

  /** Months of made-up past. */
  public static final int MONTHS = 6;

  private static final String SQL = SqlResource.load("desk/sample-history.sql");

  private final JdbcClient jdbc;

  public SampleHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the months before {@code now}; returns the rows written. */
  public int write(YearMonth now) {
    return jdbc.sql(SQL).param("now", Date.valueOf(now.atDay(1))).param("months", MONTHS).update();
  }
}
