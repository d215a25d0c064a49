package cn.onegrid.server.incidents;

import cn.onegrid.data.incidents.Incidents;
import cn.onegrid.data.incidents.Incidents.Incident;
import cn.onegrid.data.map.PhoneAccess;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.PersonalData;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An incident as a reader may see it: the reporter's contact whole for the reporter and for those
 * who see the committee's phone numbers ({@link PersonalData}), else masked; every view of an
 * incident that names people goes to the audit log.
 */
@Component
class IncidentViews {

  private final Incidents incidents;
  private final PersonalData personalData;

  IncidentViews(Incidents incidents, PersonalData personalData) {
    this.incidents = incidents;
    this.personalData = personalData;
  }

  String read(long id, Authentication principal) {
    Incident masked = incidents.get(id, false);
    boolean whole = mayReadContact(principal, masked);
    Incident shown = whole ? incidents.get(id, true) : masked;
    if (shown.namesPeople()) {
      personalData.viewed(
          principal,
          "incident " + id,
          whole ? "reporter, contact: full" : "reporter, contact: masked");
    }
    return shown.json();
  }

  private boolean mayReadContact(Authentication principal, Incident incident) {
    OneGridUser user = IncidentRoles.user(principal);
    if (user == null) {
      return false;
    }
    if (user.getUsername().equals(incident.reportedBy())) {
      return true;
    }
    PhoneAccess phones = personalData.phones(principal);
    return phones.wholeTown() || phones.committees().contains(incident.committee());
  }
}
