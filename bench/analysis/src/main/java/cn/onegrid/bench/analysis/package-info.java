/**
 * JMH benchmarks of the committee analyses: {@code cn.onegrid.data.analysis.Analyst} (JTS) against
 * the same analyses written in PostGIS SQL, on the same data in the same embedded cluster. {@code
 * TownBenchmark} and {@code TownEditBenchmark} use the sample town, {@code CityBenchmark} generated
 * cities; {@code Breakdown} (a plain main) times the Java side stage by stage. See bench/README.md.
 */
package cn.onegrid.bench.analysis;
