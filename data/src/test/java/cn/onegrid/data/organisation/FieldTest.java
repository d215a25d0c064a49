package cn.onegrid.data.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onegrid.data.editing.InvalidEdit;
import org.junit.jupiter.api.Test;

/** What a field of the town's organisation accepts, and how it says what it refuses. */
class FieldTest {

  private static final String WHERE = "liaisons 7 (310114118009)";

  @Test
  void textIsStrippedAndMustBeOneToAHundredCharacters() {
    Field name = Field.text("name", "name", true);

    assertThat(name.value("  锦绣苑 ", WHERE)).isEqualTo("锦绣苑");
    assertRefused(() -> name.value("   ", WHERE), "organisation.text", "name");
    assertRefused(() -> name.value("x".repeat(101), WHERE), "organisation.text", "name");
    assertRefused(() -> name.value(12, WHERE), "organisation.text", "name");
  }

  @Test
  void aRequiredFieldMayNotBeNullAnOptionalOneMay() {
    assertRefused(
        () -> Field.text("name", "name", true).value(null, WHERE), "organisation.required", "name");
    assertThat(Field.text("policeStation", "police_station", false).value(null, WHERE)).isNull();
  }

  @Test
  void aChoiceNamesItsChoices() {
    Field kind = Field.choice("kind", "kind", "leader", "department");

    assertThat(kind.value("department", WHERE)).isEqualTo("department");
    assertRefused(() -> kind.value("mayor", WHERE), "organisation.choice", "leader, department");
  }

  @Test
  void aWeekdayIsAWholeNumberFromOneToSeven() {
    Field day = Field.weekday("serviceWeekday", "service_weekday", 4);

    assertThat(day.value(7, WHERE)).isEqualTo((short) 7);
    assertThat(day.value(4.0, WHERE)).isEqualTo((short) 4);
    assertThat(day.fallback()).isEqualTo((short) 4);
    assertRefused(() -> day.value(0, WHERE), "organisation.weekday", "serviceWeekday");
    assertRefused(() -> day.value(3.5, WHERE), "organisation.weekday", "serviceWeekday");
    assertRefused(() -> day.value("4", WHERE), "organisation.weekday", "serviceWeekday");
  }

  @Test
  void yuanAreWholeAndNotNegative() {
    Field yuan = Field.yuan("annualSupportYuan", "annual_support_yuan");

    assertThat(yuan.value(8000, WHERE)).isEqualTo(8000);
    assertRefused(() -> yuan.value(-1, WHERE), "organisation.yuan", "annualSupportYuan");
    assertRefused(() -> yuan.value(1e12, WHERE), "organisation.yuan", "annualSupportYuan");
  }

  private static void assertRefused(Runnable call, String key, String named) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidEdit.class,
            e -> {
              assertThat(e.key()).isEqualTo(key);
              assertThat(e.kind()).isEqualTo(InvalidEdit.Kind.BAD_FIELD);
              assertThat(e.args()).contains(WHERE, named);
            });
  }
}
