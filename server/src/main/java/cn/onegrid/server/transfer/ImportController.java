package cn.onegrid.server.transfer;

import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.transfer.Importer;
import cn.onegrid.data.transfer.Importer.Prepared;
import cn.onegrid.data.transfer.UploadedFile;
import cn.onegrid.data.transfer.WorkFolder;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.SecurityProperties;
import cn.onegrid.server.system.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /imports}: an uploaded file (multipart part {@code file}) read as one layer of one
 * kind ({@code target}), and the report of what importing it would do, nothing written. {@code POST
 * /imports/plans}: the same, put into a new draft plan (201, {@code Location} the plan), which is
 * published like any plan. Each upload lives in its own private folder, removed when the answer is
 * written. For administrators (the report) and planners of the whole town.
 */
@RestController
class ImportController {

  /** A zip may unpack to this many times the upload limit, and no more (zip bombs). */
  static final int UNPACKED_PER_UPLOADED = 10;

  private final Importer importer;
  private final ImportDocument documents;
  private final long maxUpload;

  ImportController(Importer importer, ImportDocument documents, SecurityProperties settings) {
    this.importer = importer;
    this.documents = documents;
    this.maxUpload = settings.maxUpload().toBytes();
  }

  @PostMapping("/imports")
  ObjectNode report(
      @RequestParam("file") MultipartFile file,
      HttpServletRequest request,
      @AuthenticationPrincipal OneGridUser user)
      throws IOException {
    requireWholeTown(user);
    try (WorkFolder folder = WorkFolder.create()) {
      return documents.of(prepare(file, request, folder.path()), request);
    }
  }

  @PostMapping("/imports/plans")
  ResponseEntity<ObjectNode> plan(
      @RequestParam("file") MultipartFile file,
      HttpServletRequest request,
      @AuthenticationPrincipal OneGridUser user)
      throws IOException {
    requireWholeTown(user);
    try (WorkFolder folder = WorkFolder.create()) {
      Prepared prepared = prepare(file, request, folder.path());
      String name =
          ImportParameters.planName(request::getParameter)
              .orElse("导入 " + prepared.report().target().id() + " " + LocalDate.now());
      long plan = importer.apply(prepared, user.getUsername(), name);
      ObjectNode document = documents.of(prepared, request);
      document.put("plan", plan);
      return ResponseEntity.created(URI.create("/plans/" + plan)).body(document);
    }
  }

  private Prepared prepare(MultipartFile file, HttpServletRequest request, Path folder)
      throws IOException {
    Path dataset;
    try (InputStream in = file.getInputStream()) {
      dataset =
          UploadedFile.receive(
              String.valueOf(file.getOriginalFilename()),
              in,
              folder,
              maxUpload,
              maxUpload * UNPACKED_PER_UPLOADED);
    }
    return importer.prepare(dataset, ImportParameters.options(request::getParameter), folder);
  }

  /** A planner of named committees may not import for the whole town, nor for one committee. */
  private static void requireWholeTown(OneGridUser user) {
    if (user.role() == Role.PLANNER && !user.committees().isEmpty()) {
      throw new RequestRefused(
          HttpStatus.FORBIDDEN, "transfer.import-town-wide", String.join(", ", user.committees()));
    }
  }
}
