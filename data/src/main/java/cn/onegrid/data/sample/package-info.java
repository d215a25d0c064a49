/**
 * Sample datasets: reproducible, clearly illustrative data for the whole schema, generated from a
 * seed, and their loading into PostGIS.
 *
 * <ul>
 *   <li>{@link cn.onegrid.data.sample.SampleTownGenerator} makes the sample town, Jiangqiao, from
 *       its 58 real committees (codes, names, kinds) and its approximate outline; every boundary,
 *       person, post and schedule below the committee names is made up.
 *   <li>{@link cn.onegrid.data.sample.CityGenerator} makes a synthetic city of about 6,000
 *       committees by the same rules, for benchmarks.
 *   <li>{@link cn.onegrid.data.sample.SampleDataset} holds a result as immutable records (geometry
 *       in EPSG:4326, rounded to 7 decimals, clean coverages); {@link
 *       cn.onegrid.data.sample.SampleDatasetWriter} prints it as deterministic text; {@link
 *       cn.onegrid.data.sample.SampleDatasetLoader} inserts it in one transaction.
 * </ul>
 *
 * <p>Shapes are cut in a local metric frame with {@code cn.onegrid.geo.partition} (Voronoi cells of
 * evenly spread random seeds) and rounded onto the 1e-7° grid together, so that committees,
 * comprehensive grids and micro-grids nest exactly and neighbours share their border vertices. Duty
 * post areas tile some committees exactly and leave gaps and overlaps in others, so that coverage
 * analysis has something to find. Random numbers come from {@link java.util.SplittableRandom}
 * streams split in a fixed order: the same seed gives the same dataset, on any number of cores.
 */
package cn.onegrid.data.sample;
