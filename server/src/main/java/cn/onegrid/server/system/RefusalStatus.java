package cn.onegrid.server.system;

import cn.onegrid.data.InvalidQuery;
import cn.onegrid.data.NotFound;
import cn.onegrid.data.Refusal;
import cn.onegrid.data.duty.InvalidRecord;
import cn.onegrid.data.editing.InvalidEdit;
import cn.onegrid.data.editing.PlanConflict;
import cn.onegrid.data.editing.PlanNotAllowed;
import cn.onegrid.data.editing.PlanStateConflict;
import cn.onegrid.data.editing.StaleVersion;
import cn.onegrid.data.incidents.IncidentRefusal;
import cn.onegrid.data.transfer.InvalidRoster;
import org.springframework.http.HttpStatus;

/** The status a refusal is answered with: in problem documents and on the server's pages. */
public final class RefusalStatus {

  private RefusalStatus() {}

  public static HttpStatus of(Refusal e) {
    if (e instanceof RequestRefused refused) {
      return refused.status();
    } else if (e instanceof InvalidRoster) {
      return HttpStatus.UNPROCESSABLE_ENTITY;
    } else if (e instanceof InvalidQuery) {
      return HttpStatus.BAD_REQUEST;
    } else if (e instanceof InvalidRecord record) {
      return record.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY;
    } else if (e instanceof NotFound) {
      return HttpStatus.NOT_FOUND;
    } else if (e instanceof StaleVersion) {
      return HttpStatus.PRECONDITION_FAILED;
    } else if (e instanceof InvalidEdit edit) {
      return switch (edit.kind()) {
        case TOO_MANY_VERTICES -> HttpStatus.CONTENT_TOO_LARGE;
        case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
        default -> HttpStatus.UNPROCESSABLE_ENTITY;
      };
    } else if (e instanceof IncidentRefusal incident) {
      return incident.kind() == IncidentRefusal.Kind.OUT_OF_ORDER
          ? HttpStatus.CONFLICT
          : HttpStatus.UNPROCESSABLE_ENTITY;
    } else if (e instanceof PlanConflict || e instanceof PlanStateConflict) {
      return HttpStatus.CONFLICT;
    } else if (e instanceof PlanNotAllowed notAllowed) {
      return notAllowed.kind() == PlanNotAllowed.Kind.NOT_A_PLANNER
          ? HttpStatus.UNPROCESSABLE_ENTITY
          : HttpStatus.FORBIDDEN;
    }
    return HttpStatus.BAD_REQUEST;
  }
}
