package cn.onegrid.data.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SQL is written from catalogue fragments only; every value travels as a parameter. */
class FeatureSqlTest {

  private static final Collection COLLECTION =
      Catalog.all().stream().filter(c -> c.queryables().size() >= 2).findFirst().orElseThrow();

  @Test
  void valuesFromTheRequestNeverReachTheSqlText() {
    Property filtered = COLLECTION.queryables().get(0);
    String hostile = "x'); DROP TABLE committee; --";
    String sql =
        FeatureSql.items(
            query(
                Optional.of(new BoundingBox(121.301234, 31.25, 121.32, 31.26, Crs.CRS84)),
                Crs.CRS84,
                Map.of(filtered, hostile)));
    assertThat(sql)
        .doesNotContain(hostile)
        .doesNotContain("121.301234")
        .contains(":f_" + filtered.name(), ":minx", ":maxy", ":limit", ":offset");
  }

  @Test
  void aBoxInDegreesUsesTheIndexDirectly() {
    String sql =
        FeatureSql.items(
            query(Optional.of(new BoundingBox(121.3, 31.25, 121.32, 31.26, Crs.CRS84)), Crs.CRS84));
    assertThat(sql)
        .contains(
            "ST_Intersects("
                + COLLECTION.geometry()
                + ", ST_MakeEnvelope(:minx0, :miny0, :maxx0, :maxy0, 4326))");
  }

  @Test
  void aBoxInMetresIsTransformedToTheStoredCrs() {
    String sql =
        FeatureSql.items(
            query(
                Optional.of(new BoundingBox(1.35e7, 3.66e6, 1.36e7, 3.67e6, Crs.EPSG_3857)),
                Crs.CRS84));
    assertThat(sql)
        .contains("ST_Transform(ST_MakeEnvelope(:minx0, :miny0, :maxx0, :maxy0, 3857), 4326)");
  }

  @Test
  void noBoxNoSpatialFilter() {
    assertThat(FeatureSql.items(query(Optional.empty(), Crs.CRS84)))
        .doesNotContain("ST_Intersects");
  }

  @Test
  void latitudeFirstOutputIsFlipped() {
    assertThat(FeatureSql.item(COLLECTION, Crs.EPSG_4326))
        .contains("ST_FlipCoordinates(" + COLLECTION.geometry() + ")");
    assertThat(FeatureSql.item(COLLECTION, Crs.CRS84)).doesNotContain("ST_FlipCoordinates");
  }

  @Test
  void metresAreProjectedAndWrittenToTheCentimetre() {
    assertThat(FeatureSql.item(COLLECTION, Crs.EPSG_3857))
        .contains("ST_AsGeoJSON(ST_Transform(" + COLLECTION.geometry() + ", 3857), 2)");
  }

  @Test
  void filtersComeInNameOrderWhateverTheRequestsOrder() {
    List<Property> two = COLLECTION.queryables().subList(0, 2);
    Map<Property, String> forwards = new LinkedHashMap<>();
    forwards.put(two.get(0), "a");
    forwards.put(two.get(1), "b");
    Map<Property, String> backwards = new LinkedHashMap<>();
    backwards.put(two.get(1), "b");
    backwards.put(two.get(0), "a");
    assertThat(FeatureSql.items(query(Optional.empty(), Crs.CRS84, forwards)))
        .isEqualTo(FeatureSql.items(query(Optional.empty(), Crs.CRS84, backwards)));
  }

  @Test
  void aTileIsOneLayerNamedAfterTheCollectionFilteredByTheIndex() {
    assertThat(FeatureSql.tile(COLLECTION))
        .contains("ST_AsMVT(t.*, '" + COLLECTION.id() + "', 4096, 'geom')")
        .contains(COLLECTION.geometry() + " && b.q");
  }

  private static FeatureQuery query(Optional<BoundingBox> bbox, Crs crs) {
    return query(bbox, crs, Map.of());
  }

  private static FeatureQuery query(
      Optional<BoundingBox> bbox, Crs crs, Map<Property, String> filters) {
    return new FeatureQuery(
        COLLECTION, bbox, crs, FeatureQuery.DEFAULT_LIMIT, 0, COLLECTION.properties(), filters);
  }
}
