package cn.onegrid.server.desk;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.desk.Desk;
import java.util.List;
import java.util.Locale;

/**
 * One page of a ranking, so the dashboard stays light at city scale (6,000 committees): the rows
 * whose name or code holds {@code find} (all when blank), {@link #SIZE} at a time, each keeping its
 * rank in the whole town. The files always hold every row ({@link Rankings#table}).
 *
 * @param rows this page's rows
 * @param number this page, from 1
 * @param pages how many pages the matching rows fill (at least 1)
 * @param matching how many rows match {@code find}
 */
record RankingPage(List<Desk.Ranked> rows, int number, int pages, int matching) {

  /** Rows per page: a screenful or two, enough to see the best and the worst at a glance. */
  static final int SIZE = 50;

  /**
   * Page {@code page} (from 1) of the rows that match {@code find}; a page past the last is an
   * {@link InvalidQuery} naming the last, a page of no rows is page 1 of 1.
   */
  static RankingPage of(List<Desk.Ranked> ranking, String find, int page) {
    String wanted = find == null ? "" : find.strip().toLowerCase(Locale.ROOT);
    List<Desk.Ranked> matching =
        wanted.isEmpty()
            ? ranking
            : ranking.stream()
                .filter(
                    r ->
                        r.code().contains(wanted)
                            || r.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    int pages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
    if (page < 1 || page > pages) {
      throw InvalidQuery.of("page", "desk.page.out-of-range", page, pages);
    }
    int from = (page - 1) * SIZE;
    return new RankingPage(
        matching.subList(from, Math.min(matching.size(), from + SIZE)),
        page,
        pages,
        matching.size());
  }

  boolean first() {
    return number == 1;
  }

  boolean last() {
    return number == pages;
  }
}
