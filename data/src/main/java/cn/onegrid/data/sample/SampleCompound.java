package cn.onegrid.data.sample;

import java.util.Optional;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A made-up residential compound (小区) inside a committee, with its "four in one" team. Names end in
 * （示例）.
 *
 * @param code the committee's code, R and a two-digit sequence
 * @param committeeCode the committee it lies in
 * @param name e.g. 锦绣苑（示例）
 * @param boundary inside one micro-grid of the committee, EPSG:4326
 * @param partyOrganisation the community's party organisation that leads it
 * @param policeStation the police station responsible
 * @param propertyCompany the property company
 * @param ownersCommittee the owners' committee, where there is one
 */
public record SampleCompound(
    String code,
    String committeeCode,
    String name,
    MultiPolygon boundary,
    String partyOrganisation,
    String policeStation,
    String propertyCompany,
    Optional<String> ownersCommittee) {}
