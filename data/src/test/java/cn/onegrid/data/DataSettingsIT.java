package cn.onegrid.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.data.editing.CleanedArea;
import cn.onegrid.data.editing.Editable;
import cn.onegrid.geo.editing.Cleaning;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** The settings reach previews and drawing cleaning, not only the background analysis. */
class DataSettingsIT {

  private static final String POST = "310114118009P01"; // at the centre of 121.30–121.31 E
  private static final Geometry AREA = box(121.303, 31.253, 121.307, 31.257);

  @BeforeEach
  void twoCommittees() {
    TwoCommittees.load();
  }

  @Test
  void theWalkingRadiusReachesPreviews() {
    double standard = preview(DataSettings.DEFAULTS).catchmentRatio();
    double wider = preview(new DataSettings("EPSG:4549", 450, 2)).catchmentRatio();
    // The post's catchment lies inside its committee either way: a disc, so the share grows as r².
    assertThat(wider / standard).isCloseTo(2.25, within(0.02));
  }

  @Test
  void theMetricCrsReachesPreviews() {
    double gaussKruger = preview(DataSettings.DEFAULTS).postAreaM2().get(POST);
    double webMercator = preview(new DataSettings("EPSG:3857", 300, 2)).postAreaM2().get(POST);
    // Web Mercator stretches areas by 1 / cos² of the latitude (31.255° N).
    double stretch = 1 / Math.pow(Math.cos(Math.toRadians(31.255)), 2);
    assertThat(webMercator / gaussKruger).isCloseTo(stretch, within(stretch * 0.005));
  }

  @Test
  void theSnapToleranceReachesCleaning() {
    // The south-west corner is about 7 m from the committee's corner (121.30, 31.25).
    Geometry drawn = box(121.30005, 31.25005, 121.305, 31.255);
    CleanedArea standard = clean(DataSettings.DEFAULTS, drawn);
    assertThat(standard.cleanings()).isEmpty();
    assertThat(standard.shape().getEnvelopeInternal().getMinX()).isCloseTo(121.30005, within(1e-7));
    CleanedArea loose = clean(new DataSettings("EPSG:4549", 300, 10), drawn);
    assertThat(loose.cleanings()).extracting(Cleaning::kind).containsExactly(Cleaning.Kind.SNAPPED);
    assertThat(loose.shape().getEnvelopeInternal().getMinX()).isCloseTo(121.30, within(1e-7));
    assertThat(loose.shape().getEnvelopeInternal().getMinY()).isCloseTo(31.25, within(1e-7));
  }

  private static WhatIf.Figures preview(DataSettings settings) {
    return TestDatabase.data(settings).whatIf().of(Map.of(POST, AREA)).get(0).after();
  }

  private static CleanedArea clean(DataSettings settings, Geometry drawn) {
    return TestDatabase.data(settings)
        .areaEditor()
        .clean(Editable.of("duty-post-areas"), POST, drawn);
  }

  private static Geometry box(double west, double south, double east, double north) {
    return new GeometryFactory(new PrecisionModel(), 4326)
        .toGeometry(new Envelope(west, east, south, north));
  }
}
