package cn.onegrid.data.transfer;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The last field mapping used for each source, offered the next time: a source is known by what it
 * is imported as and its field names (the same survey's file next year has the same fields, under
 * whatever file name).
 */
final class MappingMemory {

  private final JdbcClient jdbc;

  MappingMemory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<FieldMapping> recall(ImportTarget target, List<String> fields) {
    return jdbc.sql(
            "SELECT code, name, parent_code, duty_types FROM import_mapping WHERE source = :source")
        .param("source", source(target, fields))
        .query(
            (row, n) ->
                new FieldMapping(
                    row.getString("code"),
                    row.getString("name"),
                    Optional.ofNullable(row.getString("parent_code")),
                    Optional.ofNullable(row.getString("duty_types"))))
        .optional();
  }

  void remember(ImportTarget target, List<String> fields, FieldMapping mapping) {
    jdbc.sql(
            """
            INSERT INTO import_mapping (source, code, name, parent_code, duty_types)
            VALUES (:source, :code, :name, :parent, :duties)
            ON CONFLICT (source) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name,
                   parent_code = EXCLUDED.parent_code, duty_types = EXCLUDED.duty_types,
                   updated_at = now()
            """)
        .param("source", source(target, fields))
        .param("code", mapping.code())
        .param("name", mapping.name())
        .param("parent", mapping.parentCode().orElse(null))
        .param("duties", mapping.dutyTypes().orElse(null))
        .update();
  }

  private static String source(ImportTarget target, List<String> fields) {
    return target.id() + ":" + String.join("\t", new TreeSet<>(fields));
  }
}
