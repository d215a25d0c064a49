package cn.onegrid.data.transfer;

import cn.onegrid.geo.webmap.WebMapDatum;
import java.util.Optional;

/**
 * How to read an upload and what it becomes.
 *
 * @param target what the layer is imported as
 * @param layer the dataset's layer (needed when it has several and none is named as the target)
 * @param crs the coordinate system, for a file that does not say
 * @param datum the web map's offset the coordinates carry (GCJ-02 or BD-09), which no file says
 * @param encoding a shapefile's character set when it has no {@code .cpg}
 * @param mapping the fields, when not the last mapping kept for this source or a guess
 * @param committee the one committee whose grids or posts are updated; empty: the whole town
 * @param townName the town's name, when the OneGrid is empty and committees make the town
 */
public record ImportOptions(
    ImportTarget target,
    Optional<String> layer,
    Optional<SourceCrs> crs,
    Optional<WebMapDatum> datum,
    Optional<String> encoding,
    Optional<FieldMapping> mapping,
    Optional<String> committee,
    Optional<String> townName) {

  /** The whole town's layer of this kind, every other choice left to the file or a guess. */
  public static ImportOptions of(ImportTarget target) {
    return new ImportOptions(
        target,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
