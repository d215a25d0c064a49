package cn.onegrid.server.transfer;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.features.Access;
import cn.onegrid.data.features.Catalog;
import cn.onegrid.data.features.Collection;
import cn.onegrid.data.map.PhoneAccess;
import cn.onegrid.data.transfer.ExportFormat;
import cn.onegrid.data.transfer.Exporter;
import cn.onegrid.data.transfer.ShapefileEncoding;
import cn.onegrid.data.transfer.WorkFolder;
import cn.onegrid.server.features.DocumentWords;
import cn.onegrid.server.features.QueryParameters;
import cn.onegrid.server.security.PersonalData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * {@code /collections/{id}/export}: a whole collection as a file ({@code f} = gpkg, shp, geojson,
 * kml, csv or xlsx; {@code crs} = 4490, 4326 or the town's Gauss-Krüger zone; {@code encoding} =
 * UTF-8 or GBK for a shapefile). {@code /export}: the whole town as one GeoPackage, rosters
 * included. Items pages stay JSON and HTML: an export is every feature at once, not a page.
 */
@RestController
class ExportController {

  static final int DEFAULT_SRID = 4490;

  private final Exporter exporter;
  private final PersonalData personalData;
  private final DocumentWords words;

  ExportController(Exporter exporter, PersonalData personalData, DocumentWords words) {
    this.words = words;
    this.exporter = exporter;
    this.personalData = personalData;
  }

  @GetMapping("/collections/{collectionId}/export")
  void collection(
      @PathVariable String collectionId, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Collection collection = Catalog.get(collectionId);
    QueryParameters.allowOnly(request, Set.of("crs", "encoding"));
    ExportFormat format =
        Optional.ofNullable(request.getParameter("f"))
            .map(ExportFormat::of)
            .orElse(ExportFormat.GPKG);
    int srid = srid(request);
    ShapefileEncoding encoding = encoding(request, format);
    try (WorkFolder folder = WorkFolder.create()) {
      Path file = exporter.collection(collection, format, srid, encoding, folder.path());
      String name =
          "onegrid-"
              + collection.id()
              + "-"
              + srid
              + (format == ExportFormat.SHP ? "-" + encoding.label().toLowerCase(Locale.ROOT) : "")
              + "."
              + format.extension();
      send(request, response, file, format.mediaType(), name);
    }
  }

  @GetMapping("/export")
  void town(HttpServletRequest request, HttpServletResponse response, Authentication reader)
      throws IOException {
    QueryParameters.allowOnly(request, Set.of("crs"));
    String f = request.getParameter("f");
    if (f != null && ExportFormat.of(f) != ExportFormat.GPKG) {
      throw InvalidQuery.of("f", "transfer.town-gpkg", f);
    }
    int srid = srid(request);
    PhoneAccess phones = personalData.phones(reader);
    try (WorkFolder folder = WorkFolder.create()) {
      Path file =
          exporter.town(
              Catalog.readableBy(Access.SIGNED_IN), words::title, phones, srid, folder.path());
      personalData.viewed(reader, "town export", "rosters, phones: " + shown(phones));
      send(
          request, response, file, ExportFormat.GPKG.mediaType(), "onegrid-town-" + srid + ".gpkg");
    }
  }

  private int srid(HttpServletRequest request) {
    String crs = request.getParameter("crs");
    return crs == null ? DEFAULT_SRID : exporter.srid(crs);
  }

  private static ShapefileEncoding encoding(HttpServletRequest request, ExportFormat format) {
    String encoding = request.getParameter("encoding");
    if (encoding == null) {
      return ShapefileEncoding.UTF_8;
    }
    if (format != ExportFormat.SHP) {
      throw InvalidQuery.of("encoding", "transfer.encoding-shapefile-only", format.parameter());
    }
    return ShapefileEncoding.of(encoding);
  }

  private static String shown(PhoneAccess phones) {
    if (phones.wholeTown()) {
      return "full";
    }
    return phones.committees().isEmpty() ? "masked" : "full for " + phones.committees();
  }

  /**
   * The file as an attachment, streamed rather than buffered (the ETag filter would hash it all),
   * and kept by no cache: a town export carries rosters.
   */
  private static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      Path file,
      String mediaType,
      String name)
      throws IOException {
    ShallowEtagHeaderFilter.disableContentCaching(request);
    response.setContentType(mediaType);
    response.setContentLengthLong(Files.size(file));
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    Files.copy(file, response.getOutputStream());
  }
}
