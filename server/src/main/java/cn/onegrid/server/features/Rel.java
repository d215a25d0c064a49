package cn.onegrid.server.features;

/** Link relations used by OGC API links (IANA and OGC registers). */
public final class Rel {

  public static final String SELF = "self";
  public static final String ALTERNATE = "alternate";
  public static final String NEXT = "next";
  public static final String PREV = "prev";
  public static final String ITEMS = "items";
  public static final String COLLECTION = "collection";
  public static final String DATA = "data";
  public static final String CONFORMANCE = "conformance";
  public static final String SERVICE_DESC = "service-desc";
  public static final String SERVICE_DOC = "service-doc";
  public static final String TILESETS_VECTOR =
      "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
  public static final String TILING_SCHEME = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
  public static final String GEODATA = "http://www.opengis.net/def/rel/ogc/1.0/geodata";
  public static final String ITEM = "item";
  public static final String ENCLOSURE = "enclosure";

  private Rel() {}
}
