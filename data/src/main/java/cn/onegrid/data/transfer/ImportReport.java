package cn.onegrid.data.transfer;

import java.util.List;

/**
 * What an import would do, before anything is written.
 *
 * @param layer the layer read
 * @param fields the layer's fields, for mapping
 * @param mapping the mapping used
 * @param created features new to OneGrid
 * @param updated features that replace published ones of the same code
 * @param removed published features of the scope absent from the file
 * @param findings what to look at, each with a place on the map
 */
public record ImportReport(
    ImportTarget target,
    String layer,
    List<String> fields,
    FieldMapping mapping,
    int created,
    int updated,
    int removed,
    List<ImportFinding> findings) {

  public ImportReport {
    fields = List.copyOf(fields);
    findings = List.copyOf(findings);
  }
}
