package cn.onegrid.server.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void aCsvCellThatLooksLikeAFormulaStaysText() {
    assertThat(AuditController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
  }
}
