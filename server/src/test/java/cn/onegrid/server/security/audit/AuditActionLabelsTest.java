package cn.onegrid.server.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.server.Bundles;
import java.io.IOException;
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
    Properties messages = Bundles.load(bundle);
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
}
