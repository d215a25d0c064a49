package cn.onegrid.data.map;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.SqlResource;
import cn.onegrid.data.features.Access;
import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.people.NightWindow;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cards, search and the town summary, each one SQL statement that returns JSON text. Cards name
 * people; only grid and post cards carry phone numbers, whole or masked as the caller's {@link
 * PhoneAccess} says.
 */
public class MapRepository {

  public static final int MAX_SEARCH_RESULTS = 20;

  private static final String COMMITTEE_CARD = SqlResource.load("map/committee-card.sql");
  private static final String GRID_CARD = SqlResource.load("map/grid-card.sql");
  private static final String POST_CARD = SqlResource.load("map/post-card.sql");
  private static final String SEARCH = SqlResource.load("map/search.sql");
  private static final String SUMMARY = SqlResource.load("map/summary.sql");
  private static final String INDICATORS = SqlResource.load("map/indicators.sql");

  private final JdbcClient jdbc;

  public MapRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The committee's card; its weakest slots name the night window's first among equals. */
  public Optional<String> committeeCard(String code, NightWindow night) {
    return jdbc.sql(COMMITTEE_CARD)
        .param("code", code)
        .param("nightFrom", night.from())
        .param("nightTo", night.to())
        .query(String.class)
        .optional();
  }

  /** The grid's card, with its leader's phone number whole or masked as {@code phones} says. */
  public Optional<String> gridCard(String code, PhoneAccess phones) {
    return jdbc.sql(GRID_CARD)
        .param("code", code)
        .param("town", phones.wholeTown())
        .param("committees", phones.committees().toArray(String[]::new))
        .query(String.class)
        .optional();
  }

  /**
   * The post's card; {@code now} is the local (Shanghai) time that decides who is on duty now; its
   * people's phone numbers are whole or masked as {@code phones} says.
   */
  public Optional<String> postCard(String code, LocalDateTime now, PhoneAccess phones) {
    return jdbc.sql(POST_CARD)
        .param("code", code)
        .param("now", now)
        .param("town", phones.wholeTown())
        .param("committees", phones.committees().toArray(String[]::new))
        .query(String.class)
        .optional();
  }

  /**
   * Up to {@code limit} matches for {@code text} (a name fragment or a code prefix), as JSON
   * objects, from the collections {@code reader} may read.
   */
  public List<String> search(String text, int limit, Access reader) {
    String q = text.strip();
    if (q.isEmpty() || q.length() > 50) {
      throw InvalidQuery.of("q", "query.q-length", q.length());
    }
    String prefix = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.sql(SEARCH)
        .param("q", q)
        .param("prefix", prefix)
        .param("limit", Math.min(limit, MAX_SEARCH_RESULTS))
        .param("collections", Catalog.readableBy(reader).stream().map(Collection::id).toList())
        .query(String.class)
        .list();
  }

  public String summary() {
    return jdbc.sql(SUMMARY).query(String.class).single();
  }

  /**
   * The analysis indicators as a JSON array of {@code {id, title, unit, value, byCommittee}}; empty
   * until analysis has run. Night coverage is over the night window's slots (and says which).
   */
  public String indicators(NightWindow night) {
    return jdbc.sql(INDICATORS)
        .param("nightFrom", night.from())
        .param("nightTo", night.to())
        .query(String.class)
        .single();
  }
}
