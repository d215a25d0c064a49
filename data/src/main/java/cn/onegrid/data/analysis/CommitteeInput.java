package cn.onegrid.data.analysis;

import cn.onegrid.geo.Region;
import cn.onegrid.geo.patrol.DutyRoster;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One committee as the analyses need it, in metres.
 *
 * @param id the committee's row id
 * @param code its official code
 * @param boundary its boundary
 * @param postAreas drawn responsibility areas, by post code
 * @param postSites post locations (points), by post code
 * @param rosters each post's area with its weekly slots
 * @param comprehensiveGrids its comprehensive grids, by code
 * @param microGrids its micro-grids, by code
 */
public record CommitteeInput(
    long id,
    String code,
    Geometry boundary,
    List<Region> postAreas,
    List<Region> postSites,
    List<DutyRoster> rosters,
    List<Region> comprehensiveGrids,
    List<Region> microGrids) {}
