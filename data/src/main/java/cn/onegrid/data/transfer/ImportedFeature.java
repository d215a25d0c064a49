package cn.onegrid.data.transfer;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature ready to be staged: its code, name, duty types (posts only) and shape in degrees,
 * repaired when it needed it.
 */
public record ImportedFeature(String code, String name, List<String> dutyTypes, Geometry shape) {
  public ImportedFeature {
    dutyTypes = List.copyOf(dutyTypes);
  }
}
