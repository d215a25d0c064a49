package cn.onegrid.server.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.accounts.AuditAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit page's filter offers every action the log records ({@link AuditAction}, which {@code
 * AuditLog.record} requires): each needs its label in both bundles, or the filter would show a key.
 */
class AuditActionLabelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"/messages.properties", "/messages_en.properties"})
  void everyAuditedActionHasALabel(String bundle) throws IOException {
    Properties messages = load(bundle);
    for (AuditAction action : AuditAction.values()) {
      assertThat(messages.getProperty(AuditPage.labelKey(action)))
          .as("%s in %s", AuditPage.labelKey(action), bundle)
          .isNotBlank();
    }
  }

  @ParameterizedTest
  @EnumSource(AuditAction.class)
  void actionsAreNamedAsStored(AuditAction action) {
    assertThat(action.id()).matches("[a-z]+(-[a-z]+)*").hasSizeLessThanOrEqualTo(64);
    assertThat(action.id().replace('-', '_').toUpperCase()).isEqualTo(action.name());
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = AuditActionLabelsTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
