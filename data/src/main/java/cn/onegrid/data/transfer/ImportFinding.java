package cn.onegrid.data.transfer;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One thing the report says before anything is written, where it is (EPSG:4326, for the map) and
 * which features it concerns; said as a kind and arguments, the server puts them into words.
 *
 * @param kind what was found
 * @param codes the features concerned, in code order
 * @param where the place, in degrees: a repaired spot, a gap, an overlap, a post
 * @param args what the kind's words need, as each {@link Kind} says
 */
public record ImportFinding(Kind kind, List<String> codes, Geometry where, List<Object> args) {

  public ImportFinding {
    codes = List.copyOf(codes);
    args = List.copyOf(args);
  }

  public enum Kind {
    /** An invalid shape repaired by the editing's cleaning; args: the defect, m² gained or lost. */
    REPAIRED,
    /** Two features claim the same ground; args: m². */
    OVERLAP,
    /** Ground of the parent (town or committee) that no feature claims; args: m². */
    GAP,
    /** A feature reaches outside its parent (town or committee); args: m². */
    OUTSIDE_PARENT,
    /** A feature or a part of one narrower than a sliver; args: m². */
    SLIVER,
    /** A post that does not stand in its committee; no args. */
    POST_OUTSIDE,
    /** The file names a feature otherwise than the official list; args: official name, file's. */
    NAME_DIFFERS,
    /**
     * The data lies hundreds of metres off the town's outline: most likely GCJ-02 or BD-09
     * coordinates from a web map; args: metres.
     */
    FAR_FROM_TOWN,
    /** Published, absent from the file: applying removes it (a post is retired); no args. */
    REMOVED
  }
}
