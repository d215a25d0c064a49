package cn.onegrid.server.duty;

import cn.onegrid.data.duty.DutyBook;
import cn.onegrid.data.duty.Recorder;
import cn.onegrid.server.security.OneGridUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /members/me/posts}: the posts a member serves, with their week and the member's own
 * slots marked, for the phone page.
 */
@RestController
class MemberController {

  private final DutyBook book;
  private final Recorders recorders;

  MemberController(DutyBook book, Recorders recorders) {
    this.book = book;
    this.recorders = recorders;
  }

  @GetMapping("/members/me/posts")
  ResponseEntity<String> posts(@AuthenticationPrincipal OneGridUser user) {
    Recorder member = recorders.of(user);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(book.postsOf(member.person()));
  }
}
