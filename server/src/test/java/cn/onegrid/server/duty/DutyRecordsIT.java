package cn.onegrid.server.duty;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onegrid.server.ApiClient;
import cn.onegrid.server.ApiTest;
import cn.onegrid.server.TestAccount;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Duty records over HTTP: a member records at 金华's post (李娜, Thursday evenings), staff record on a
 * member's behalf, flagged records wait for staff, bad input is refused naming the field, a retried
 * submission is stored once, and each sees only what they may.
 */
class DutyRecordsIT extends ApiTest {

  private static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
  private static final String INSIDE = "{\"type\":\"Point\",\"coordinates\":[121.3051,31.2551]}";
  private static final String OUTSIDE_AREA =
      "{\"type\":\"Point\",\"coordinates\":[121.3090,31.2590]}";

  /** Last week's Thursday (or earlier this week), 19:30 in the town: inside the evening slot. */
  private static OffsetDateTime thursdayEvening() {
    LocalDate day =
        LocalDate.now(TOWN).minusDays(1).with(TemporalAdjusters.previous(DayOfWeek.THURSDAY));
    return day.atTime(19, 30).atZone(TOWN).toOffsetDateTime();
  }

  private static String body(OffsetDateTime start, int minutes, String place, String extra) {
    return "{\"post\":\"310114118009P01\",\"dutyType\":\"security_fire_patrol\",\"start\":\""
        + start
        + "\",\"end\":\""
        + start.plusMinutes(minutes)
        + "\",\"place\":"
        + place
        + ",\"note\":\"巡查楼道，无异常\""
        + extra
        + "}";
  }

  @Test
  void aMemberRecordsAPatrolInsideThePostAreaDuringTheirSlot() {
    HttpResponse<String> sent =
        as(TestAccount.MEMBER)
            .send("POST", "/duty-records", body(thursdayEvening(), 90, INSIDE, ""));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    JsonNode record = JSON.readTree(sent.body());
    assertThat(record.path("personName").asString()).isEqualTo("李娜（示例）");
    assertThat(record.path("flags").size()).isZero();
    assertThat(record.path("review").asString()).isEqualTo("none");
    assertThat(record.path("incident").isNull()).isTrue();
    assertThat(sent.headers().firstValue("Location"))
        .hasValue("/duty-records/" + record.path("id").asLong());
  }

  @Test
  void aRecordOutsideTheAreaAndFarFromTheSlotsIsKeptFlaggedAndWaits() {
    OffsetDateTime tuesdayNoon =
        thursdayEvening().minusDays(2).withHour(12).withMinute(0); // no slot on Tuesdays
    JsonNode record = created(as(TestAccount.MEMBER), body(tuesdayNoon, 30, OUTSIDE_AREA, ""));
    assertThat(record.path("flags").toString()).contains("outside_area", "far_from_slot");
    assertThat(record.path("review").asString()).isEqualTo("pending");

    JsonNode pending =
        JSON.readTree(
            as(TestAccount.STAFF)
                .get("/duty-records?pending=true&month=" + tuesdayNoon.toString().substring(0, 7))
                .body());
    assertThat(pending.path("records").size()).isEqualTo(1);
  }

  @Test
  void staffRejectWithAReasonOrConfirm() {
    long id =
        created(as(TestAccount.MEMBER), body(thursdayEvening(), 30, OUTSIDE_AREA, ""))
            .path("id")
            .asLong();
    String review = "/duty-records/" + id + "/review";
    HttpResponse<String> noReason =
        as(TestAccount.STAFF).send("POST", review, "{\"confirm\":false}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(noReason.body()).path("parameter").asString()).isEqualTo("reason");

    HttpResponse<String> rejected =
        as(TestAccount.STAFF).send("POST", review, "{\"confirm\":false,\"reason\":\"地点在别的小区\"}");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
    JsonNode record = JSON.readTree(rejected.body());
    assertThat(record.path("review").asString()).isEqualTo("rejected");
    assertThat(record.path("reviewReason").asString()).isEqualTo("地点在别的小区");
    assertThat(record.path("reviewedBy").asString()).isEqualTo(TestAccount.STAFF.username);

    HttpResponse<String> twice = as(TestAccount.STAFF).send("POST", review, "{\"confirm\":true}");
    assertThat(twice.statusCode()).isEqualTo(422);
  }

  @Test
  void aRetriedSubmissionWithTheSameKeyIsStoredOnce() {
    String record = body(thursdayEvening(), 60, INSIDE, "");
    ApiClient member = as(TestAccount.MEMBER);
    String csrf = member.csrfToken();
    HttpResponse<String> first =
        member.send(
            "POST",
            "/duty-records",
            record,
            "Content-Type",
            "application/json",
            "X-CSRF-TOKEN",
            csrf,
            "Idempotency-Key",
            "phone-42");
    HttpResponse<String> retry =
        member.send(
            "POST",
            "/duty-records",
            record,
            "Content-Type",
            "application/json",
            "X-CSRF-TOKEN",
            csrf,
            "Idempotency-Key",
            "phone-42");
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(jdbc.sql("SELECT count(*) FROM duty_record").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void badTimesAndPlacesAreRefusedNamingTheField() {
    ApiClient member = as(TestAccount.MEMBER);
    OffsetDateTime evening = thursdayEvening();
    refused(member, body(OffsetDateTime.now(TOWN).plusHours(2), 30, INSIDE, ""), 422, "start");
    refused(member, body(evening, -30, INSIDE, ""), 422, "end");
    refused(member, body(evening.minusDays(2), 25 * 60, INSIDE, ""), 422, "end");
    refused(
        member,
        body(evening, 30, "{\"type\":\"Point\",\"coordinates\":[121.40,31.30]}", ""),
        422,
        "place");
    refused(
        member,
        body(
            evening,
            30,
            "{\"type\":\"Polygon\",\"coordinates\":[[[121.3,31.25],[121.31,31.25],[121.3,31.26],[121.3,31.25]]]}",
            ""),
        422,
        "place");
    assertThat(jdbc.sql("SELECT count(*) FROM duty_record").query(Integer.class).single()).isZero();
  }

  @Test
  void aPhotoIsReencodedWithoutItsExifAndANonImageOrTooLargeOneIsRefused() throws IOException {
    byte[] withExif = jpegWithExif();
    assertThat(new String(withExif, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Exif");
    String photo = ",\"photo\":\"" + Base64.getEncoder().encodeToString(withExif) + "\"";
    JsonNode record = created(as(TestAccount.MEMBER), body(thursdayEvening(), 30, INSIDE, photo));
    HttpResponse<byte[]> kept = as(TestAccount.MEMBER).getBytes(record.path("photo").asString());
    assertThat(kept.statusCode()).isEqualTo(200);
    assertThat(kept.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(kept.body()))).isNotNull();
    assertThat(new String(kept.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("Exif")
        .doesNotContain("GPS");

    String notImage =
        ",\"photo\":\"" + Base64.getEncoder().encodeToString("<svg/>".getBytes()) + "\"";
    refused(as(TestAccount.MEMBER), body(thursdayEvening(), 30, INSIDE, notImage), 422, "photo");
    String large =
        ",\"photo\":\"" + Base64.getEncoder().encodeToString(new byte[600 * 1024]) + "\"";
    refused(as(TestAccount.MEMBER), body(thursdayEvening(), 30, INSIDE, large), 413, "photo");
  }

  @Test
  void staffRecordForAMemberOfTheirPostButNotForSomeoneElse() {
    long wang = jdbc.sql("SELECT id FROM person WHERE name = '王芳（示例）'").query(Long.class).single();
    JsonNode record =
        created(as(TestAccount.STAFF), body(thursdayEvening(), 30, INSIDE, ",\"person\":" + wang));
    assertThat(record.path("personName").asString()).isEqualTo("王芳（示例）");
    assertThat(record.path("recordedBy").asString()).isEqualTo(TestAccount.STAFF.username);
    refused(as(TestAccount.STAFF), body(thursdayEvening(), 30, INSIDE, ""), 422, "person");
  }

  @Test
  void aMemberSeesOnlyTheirOwnRecordsAndEveryViewIsAudited() {
    long wang = jdbc.sql("SELECT id FROM person WHERE name = '王芳（示例）'").query(Long.class).single();
    long theirs =
        created(as(TestAccount.STAFF), body(thursdayEvening(), 30, INSIDE, ",\"person\":" + wang))
            .path("id")
            .asLong();
    created(as(TestAccount.MEMBER), body(thursdayEvening(), 30, INSIDE, ""));
    String month = "?month=" + thursdayEvening().toString().substring(0, 7);
    JsonNode mine = JSON.readTree(as(TestAccount.MEMBER).get("/duty-records" + month).body());
    assertThat(mine.path("records").size()).isEqualTo(1);
    assertThat(mine.path("records").get(0).path("personName").asString()).isEqualTo("李娜（示例）");
    assertThat(as(TestAccount.MEMBER).get("/duty-records/" + theirs).statusCode()).isEqualTo(404);
    JsonNode staff = JSON.readTree(as(TestAccount.STAFF).get("/duty-records" + month).body());
    assertThat(staff.path("records").size()).isEqualTo(2);
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'view-duty-records'")
                .query(Integer.class)
                .single())
        .as("the member's list and the staff's; a record not theirs to see was not shown")
        .isEqualTo(2);
  }

  private static JsonNode created(ApiClient client, String body) {
    HttpResponse<String> sent = client.send("POST", "/duty-records", body);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    return JSON.readTree(sent.body());
  }

  private static void refused(ApiClient client, String body, int status, String field) {
    HttpResponse<String> sent = client.send("POST", "/duty-records", body);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(status);
    assertThat(sent.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.readTree(sent.body()).path("parameter").asString()).isEqualTo(field);
  }

  /** A small JPEG with an APP1 Exif segment that names a GPS position, as a phone writes one. */
  private static byte[] jpegWithExif() throws IOException {
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0xff0000);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", plain);
    byte[] jpeg = plain.toByteArray();
    byte[] payload =
        "Exif\0\0GPSLatitude 31.2551 Canon EOS"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    out.write(0xFF);
    out.write(0xE1);
    int length = payload.length + 2;
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.write(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }
}
