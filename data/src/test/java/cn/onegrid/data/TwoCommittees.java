package cn.onegrid.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test database emptied and given {@code fixtures/two-committees.sql}: a small town of two
 * committees side by side, their grids, posts, people and organisation, all illustrative.
 */
public final class TwoCommittees {

  private TwoCommittees() {}

  /** Empties the test database and loads the two committees. */
  public static void load() {
    TestDatabase.truncateAll();
    try {
      JdbcClient.create(TestDatabase.dataSource())
          .sql(
              new ClassPathResource("fixtures/two-committees.sql")
                  .getContentAsString(StandardCharsets.UTF_8))
          .update();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
