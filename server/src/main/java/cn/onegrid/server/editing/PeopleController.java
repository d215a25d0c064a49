package cn.onegrid.server.editing;

import cn.onegrid.data.map.PhoneAccess;
import cn.onegrid.data.people.Person;
import cn.onegrid.data.people.PersonDetails;
import cn.onegrid.data.people.PersonRegister;
import cn.onegrid.server.security.PersonalData;
import cn.onegrid.server.system.RequestRefused;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of people, for planners within their committees: {@code GET
 * /committees/{code}/people} lists them (phones as {@link PersonalData} decides, each view
 * audited), {@code POST} adds one, {@code GET /people/{id}} reads and {@code PUT /people/{id}} with
 * its version tag in If-Match changes one (only what the body names). The shapes are in {@code
 * docs/people-and-time-api.md}.
 */
@RestController
class PeopleController {

  private final PersonRegister register;
  private final PersonalData personalData;

  PeopleController(PersonRegister register, PersonalData personalData) {
    this.register = register;
    this.personalData = personalData;
  }

  @GetMapping("/committees/{code}/people")
  Register list(
      @PathVariable String code,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) Boolean registered,
      Authentication principal) {
    Editors.mayEdit(principal, code);
    if (kind != null && !List.of("party_member", "volunteer", "staff").contains(kind)) {
      throw new RequestRefused(HttpStatus.BAD_REQUEST, "people.kind", kind);
    }
    PhoneAccess phones = personalData.phones(principal);
    List<Person> people = register.list(code, kind, Boolean.TRUE.equals(registered), phones);
    String shown = full(phones, code) ? "full" : "masked";
    personalData.viewed(principal, "register " + code, "names, phones: " + shown);
    return new Register(code, shown, people);
  }

  @PostMapping("/committees/{code}/people")
  ResponseEntity<Person> create(
      @PathVariable String code, @RequestBody PersonDetails body, Authentication principal) {
    Editors.mayEdit(principal, code);
    long id = register.create(code, body == null ? empty() : body);
    Person created = register.get(id, personalData.phones(principal));
    return ResponseEntity.created(URI.create("/people/" + id))
        .eTag(VersionTag.of(created.version()))
        .body(created);
  }

  @GetMapping("/people/{id}")
  ResponseEntity<Person> person(@PathVariable long id, Authentication principal) {
    Editors.mayEdit(principal, register.committeeOf(id));
    Person person = register.get(id, personalData.phones(principal));
    personalData.viewed(principal, "person " + id, "phone");
    return ResponseEntity.ok().eTag(VersionTag.of(person.version())).body(person);
  }

  @PutMapping("/people/{id}")
  ResponseEntity<Person> update(
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody PersonDetails body,
      Authentication principal) {
    Editors.mayEdit(principal, register.committeeOf(id));
    int expected = VersionTag.required(ifMatch);
    int version = register.update(id, expected, body == null ? empty() : body);
    Person person = register.get(id, personalData.phones(principal));
    return ResponseEntity.ok().eTag(VersionTag.of(version)).body(person);
  }

  private static boolean full(PhoneAccess phones, String committee) {
    return phones.wholeTown() || phones.committees().contains(committee);
  }

  private static PersonDetails empty() {
    return PersonDetails.NONE;
  }

  /**
   * A committee's register.
   *
   * @param phones {@code full} or {@code masked}
   */
  record Register(String committee, String phones, List<Person> people) {}
}
