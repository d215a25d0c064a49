package cn.onegrid.server.duty;

import cn.onegrid.data.accounts.AuditAction;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.duty.InvalidRecord;
import cn.onegrid.data.duty.Invite;
import cn.onegrid.data.duty.MemberInvites;
import cn.onegrid.server.security.OneGridUser;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /members/invites} with {@code {"person": id}}: staff (their committee's people) and
 * administrators (anyone's) invite a person who serves a post; the answer holds the one-time code
 * and the link that sets the password, shown this once.
 */
@RestController
class MemberInviteController {

  private final MemberInvites invites;
  private final PasswordEncoder encoder;
  private final AuditLog audit;

  MemberInviteController(MemberInvites invites, PasswordEncoder encoder, AuditLog audit) {
    this.invites = invites;
    this.encoder = encoder;
    this.audit = audit;
  }

  @PostMapping("/members/invites")
  ResponseEntity<Map<String, Object>> invite(
      @RequestBody JsonNode body, @AuthenticationPrincipal OneGridUser user) {
    JsonNode person = body.path("person");
    if (!person.canConvertToLong()) {
      throw InvalidRecord.of("person", "duty.person-missing");
    }
    List<String> scope = user.role() == Role.ADMIN ? List.of() : user.committees();
    if (scope.isEmpty() && user.role() != Role.ADMIN) {
      throw InvalidRecord.of("person", "members.no-committee");
    }
    // Nobody knows this password: the account opens only through the invite.
    String unusable = encoder.encode(java.util.UUID.randomUUID().toString());
    Invite invite = invites.invite(person.asLong(), scope, user.getUsername(), unusable);
    audit.record(
        user.getUsername(),
        AuditAction.MEMBER_INVITE,
        "person " + invite.person(),
        invite.username());
    String link =
        JoinController.JOIN + "?code=" + URLEncoder.encode(invite.code(), StandardCharsets.UTF_8);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("username", invite.username());
    answer.put("person", invite.person());
    answer.put("code", invite.code());
    answer.put("link", link);
    answer.put("expiresAt", invite.expiresAt().toString());
    return ResponseEntity.created(URI.create(link)).body(answer);
  }
}
