package cn.onegrid.server.duty;

import cn.onegrid.data.NotFound;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.duty.MemberInvites;
import cn.onegrid.data.duty.Recorder;
import cn.onegrid.server.security.OneGridUser;
import org.springframework.stereotype.Component;

/** The signed-in account as the duty book sees it: a member's person, or staff's committees. */
@Component
class Recorders {

  private final MemberInvites members;

  Recorders(MemberInvites members) {
    this.members = members;
  }

  Recorder of(OneGridUser user) {
    if (user.role() == Role.MEMBER) {
      long person =
          members
              .personOf(user.accountId())
              .orElseThrow(() -> NotFound.of("duty.no-person", user.getUsername()));
      return Recorder.member(user.getUsername(), person);
    }
    return Recorder.staff(user.getUsername(), user.committees());
  }
}
