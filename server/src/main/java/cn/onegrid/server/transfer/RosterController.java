package cn.onegrid.server.transfer;

import cn.onegrid.data.transfer.RosterImport;
import cn.onegrid.data.transfer.RosterTemplate;
import cn.onegrid.data.transfer.UploadedFile;
import cn.onegrid.data.transfer.WorkFolder;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.SecurityProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Posts' rosters from a file: {@code GET /imports/roster-template.xlsx} and {@code .csv} the
 * template (Chinese headers, an example row); {@code POST /imports/rosters} (multipart part {@code
 * file}, XLSX or CSV; optional {@code planName}) stages the leaders, members and weeks it gives
 * into a new draft plan of the uploader's (201, {@code Location} the plan), published, previewed
 * and reverted like their own edits. A file with errors is a 422 listing every one by row and
 * column, and nothing is written. For administrators and planners, as a layer's import: the plan is
 * an import plan, which administrators publish and planners publish in their committees.
 */
@RestController
class RosterController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final RosterImport rosters;
  private final long maxUpload;

  RosterController(RosterImport rosters, SecurityProperties settings) {
    this.rosters = rosters;
    this.maxUpload = settings.maxUpload().toBytes();
  }

  @GetMapping("/imports/roster-template.xlsx")
  ResponseEntity<byte[]> xlsxTemplate() {
    return template(RosterTemplate.xlsx(), XLSX, "xlsx");
  }

  @GetMapping("/imports/roster-template.csv")
  ResponseEntity<byte[]> csvTemplate() {
    return template(RosterTemplate.csv(), CSV, "csv");
  }

  @PostMapping("/imports/rosters")
  ResponseEntity<Map<String, Object>> stage(
      @RequestParam("file") MultipartFile file,
      HttpServletRequest request,
      @AuthenticationPrincipal OneGridUser user)
      throws IOException {
    try (WorkFolder folder = WorkFolder.create()) {
      Path received;
      try (InputStream in = file.getInputStream()) {
        received =
            UploadedFile.receive(
                String.valueOf(file.getOriginalFilename()),
                in,
                folder.path(),
                maxUpload,
                maxUpload * ImportController.UNPACKED_PER_UPLOADED);
      }
      String name =
          ImportParameters.planName(request::getParameter).orElse("导入花名册 " + LocalDate.now());
      RosterImport.Staged staged =
          rosters.stage(received, user.getUsername(), user.committees(), name);
      return ResponseEntity.created(URI.create("/plans/" + staged.plan()))
          .body(
              Map.of(
                  "plan", staged.plan(),
                  "posts", staged.posts(),
                  "peopleAdded", staged.peopleAdded()));
    }
  }

  private static ResponseEntity<byte[]> template(byte[] bytes, MediaType type, String extension) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("花名册模板." + extension, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes);
  }
}
