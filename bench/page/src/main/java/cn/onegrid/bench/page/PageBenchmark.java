package cn.onegrid.bench.page;

import cn.onegrid.bench.page.Panning.Pan;
import cn.onegrid.bench.page.Timeline.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page budgets of the town map, measured in headless Chromium and printed as Markdown:
 *
 * <pre>
 * first-view URL RUNS   RUNS first visits (fresh profile each): bytes and time until usable
 * pan BASE_URL          drags the map around the city at zoom 15: what each pan fetched
 * </pre>
 *
 * bench/page/run starts the servers and calls this.
 */
public final class PageBenchmark {

  /** Budgets of the town-map issue. */
  static final long FIRST_VIEW_BYTES = 1_000_000;

  static final double USABLE_MS = 1500;

  private PageBenchmark() {}

  public static void main(String[] args) {
    if (args.length >= 3 && args[0].equals("first-view")) {
      firstView(args[1], Integer.parseInt(args[2]));
    } else if (args.length >= 2 && args[0].equals("pan")) {
      pan(args[1]);
    } else {
      System.err.println("usage: PageBenchmark first-view URL RUNS | pan BASE_URL");
      System.exit(2);
    }
  }

  private static void firstView(String url, int runs) {
    List<FirstView> views = new ArrayList<>();
    FirstView.measure(url); // the server's first requests of the run (JIT, caches) are not timed
    for (int i = 0; i < runs; i++) {
      views.add(FirstView.measure(url));
    }
    System.out.printf("First visit to %s, %d runs, fresh browser profile each%n%n", url, runs);
    System.out.println("| run | bytes | requests | DOMContentLoaded ms | usable ms |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (int i = 0; i < views.size(); i++) {
      FirstView v = views.get(i);
      System.out.printf(
          Locale.ROOT,
          "| %d | %,d | %d | %.0f | %.0f |%n",
          i + 1,
          v.bytes(),
          v.requests(),
          v.domContentLoadedMs(),
          v.usableMs());
    }
    double[] usable = views.stream().mapToDouble(FirstView::usableMs).sorted().toArray();
    long maxBytes = views.stream().mapToLong(FirstView::bytes).max().orElse(0);
    System.out.printf(
        Locale.ROOT,
        "%nBytes: at most %,d (budget %,d: %s). Usable: median %.0f ms, slowest %.0f ms"
            + " (budget %.0f ms: %s).%n",
        maxBytes,
        FIRST_VIEW_BYTES,
        maxBytes < FIRST_VIEW_BYTES ? "met" : "MISSED",
        usable[usable.length / 2],
        usable[usable.length - 1],
        USABLE_MS,
        usable[usable.length - 1] < USABLE_MS ? "met" : "MISSED");
    Map<String, Long> byType = new TreeMap<>();
    views.get(0).bytesByType().forEach(byType::put);
    System.out.println("\nBytes of the first run by what asked for them:");
    byType.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> System.out.printf("- %s: %,d%n", e.getKey(), e.getValue()));
    waterfall(views.get(views.size() - 1));
  }

  /** When each request of a run started and ended: where the time until usable went. */
  private static void waterfall(FirstView view) {
    System.out.printf(
        Locale.ROOT,
        "%nRequests of the last run (ms from the start of navigation; DOMContentLoaded %.0f,"
            + " usable %.0f):%n%n",
        view.domContentLoadedMs(),
        view.usableMs());
    System.out.println("| start | end | took | bytes | request |");
    System.out.println("|---:|---:|---:|---:|---|");
    for (Resource r : view.resources()) {
      System.out.printf(
          Locale.ROOT,
          "| %.0f | %.0f | %.0f | %,d | %s |%n",
          r.start(),
          r.end(),
          r.end() - r.start(),
          r.bytes(),
          r.url().replaceFirst("^https?://[^/]+", ""));
    }
  }

  /**
   * From the centre of the micro-grids' extent at zoom 15: half a view east, twice; then south,
   * west and north; small moves in between.
   */
  private static void pan(String base) {
    double[] extent = Extent.of(base, "micro-grids");
    String url =
        String.format(
            Locale.ROOT,
            "%s/#15/%.5f/%.5f",
            base.replaceAll("/$", ""),
            (extent[1] + extent[3]) / 2,
            (extent[0] + extent[2]) / 2);
    int w = Chromium.WIDTH / 2;
    int h = Chromium.HEIGHT / 3;
    List<int[]> drags =
        List.of(
            new int[] {-w, 0},
            new int[] {-w, 0},
            new int[] {-40, 20},
            new int[] {0, h},
            new int[] {0, h},
            new int[] {w, 0},
            new int[] {30, -30},
            new int[] {w, 0},
            new int[] {0, -h},
            new int[] {0, -h});
    List<Pan> pans = Panning.run(url, drags);
    System.out.printf("Panning from %s (window %dx%d)%n%n", url, Chromium.WIDTH, Chromium.HEIGHT);
    System.out.println(
        "| pan | drag px | item requests | bytes | largest box / view | for layers not shown |");
    System.out.println("|---:|---|---:|---:|---:|---:|");
    for (int i = 0; i < pans.size(); i++) {
      Pan p = pans.get(i);
      System.out.printf(
          Locale.ROOT,
          "| %d | %d, %d | %d | %,d | %.2f | %d |%n",
          i + 1,
          p.dx(),
          p.dy(),
          p.requests(),
          p.bytes(),
          p.largestBoxToView(),
          p.unneeded());
    }
    double largest = pans.stream().mapToDouble(Pan::largestBoxToView).max().orElse(0);
    int unneeded = pans.stream().mapToInt(Pan::unneeded).sum();
    // 2 % for rounding: the hash's centre has 4-5 decimals, the view's edges are whole pixels.
    boolean met = largest <= Panning.MAX_BOX_TO_VIEW * 1.02 && unneeded == 0;
    System.out.printf(
        Locale.ROOT,
        "%nLargest box asked for: %.2f views (the page's margin allows %.0f); requests for layers"
            + " not shown: %d. Budget \"never more than the view needs\": %s.%n",
        largest,
        Panning.MAX_BOX_TO_VIEW,
        unneeded,
        met ? "met" : "MISSED");
  }
}
