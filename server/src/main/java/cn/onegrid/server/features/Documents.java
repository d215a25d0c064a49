package cn.onegrid.server.features;

import java.util.List;

/** The JSON documents of OGC API - Features, named after their resources. */
final class Documents {

  private Documents() {}

  record LandingPage(String title, String description, List<Link> links) {}

  record Conformance(List<String> conformsTo) {}

  record Collections(List<Link> links, List<CollectionInfo> collections) {}

  record CollectionInfo(
      String id,
      String title,
      String description,
      Extent extent,
      String itemType,
      List<String> crs,
      String storageCrs,
      List<Link> links) {}

  record Extent(Spatial spatial) {}

  record Spatial(List<double[]> bbox, String crs) {}
}
