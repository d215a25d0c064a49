package cn.onegrid.data.transfer;

import cn.onegrid.data.InvalidQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of a source's fields holds each of OneGrid's: the code and name (needed), the parent's code
 * (checked against the code's lineage) and, for posts, the duty types (comma- or 、-separated).
 * Leaders, members and slots come with rosters, not with shapes.
 */
public record FieldMapping(
    String code, String name, Optional<String> parentCode, Optional<String> dutyTypes) {

  private static final List<String> CODES = List.of("code", "编码", "代码", "编号");
  private static final List<String> NAMES = List.of("name", "名称", "名字");
  private static final List<String> PARENTS =
      List.of("parent_code", "committee_code", "上级编码", "parent");
  private static final List<String> DUTIES = List.of("duty_types", "职责", "duties");

  /** Every field named must be one of the source's. */
  public FieldMapping requireIn(List<String> fields) {
    for (String field : named()) {
      if (!fields.contains(field)) {
        throw InvalidQuery.choosing(
            "mapping", fields, "transfer.no-field", field, String.join(", ", fields));
      }
    }
    return this;
  }

  /** The fields it names, in the order code, name, parent, duties. */
  public List<String> named() {
    return java.util.stream.Stream.of(Optional.of(code), Optional.of(name), parentCode, dutyTypes)
        .flatMap(Optional::stream)
        .toList();
  }

  /** A first guess from the fields' names (English or Chinese), when none was given or kept. */
  public static Optional<FieldMapping> guess(List<String> fields) {
    Optional<String> code = find(fields, CODES);
    Optional<String> name = find(fields, NAMES);
    if (code.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FieldMapping(code.get(), name.get(), find(fields, PARENTS), find(fields, DUTIES)));
  }

  private static Optional<String> find(List<String> fields, List<String> candidates) {
    for (String candidate : candidates) {
      for (String field : fields) {
        if (field.toLowerCase(Locale.ROOT).equals(candidate)) {
          return Optional.of(field);
        }
      }
    }
    return Optional.empty();
  }
}
