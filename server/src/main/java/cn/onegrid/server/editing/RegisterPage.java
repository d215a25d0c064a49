package cn.onegrid.server.editing;

import cn.onegrid.data.Refusal;
import cn.onegrid.data.accounts.Role;
import cn.onegrid.data.desk.CommitteeTables;
import cn.onegrid.data.map.PhoneAccess;
import cn.onegrid.data.people.Person;
import cn.onegrid.data.people.PersonDetails;
import cn.onegrid.data.people.PersonRegister;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.security.OneGridUser;
import cn.onegrid.server.security.PersonalData;
import cn.onegrid.server.system.Messages;
import cn.onegrid.server.system.RefusalStatus;
import cn.onegrid.server.system.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A committee's register as a page ({@code /committees/{code}/register}, {@code
 * register.mustache}): plain forms, no script, for administrators and the committee's planners,
 * through the same {@link PersonRegister} as the JSON API. {@code ?person=id} fills the form with
 * one person to change; the form carries the version it was filled at, as If-Match does. Nobody is
 * deleted: people who leave are marked. Phones as {@link PersonalData} decides; a masked phone sent
 * back unchanged stays.
 */
@RestController
class RegisterPage {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterPage.class);
  private static final List<String> KINDS = List.of("party_member", "volunteer", "staff");

  private final PersonRegister register;
  private final CommitteeTables committees;
  private final PersonalData personalData;
  private final Pages pages;
  private final Messages messages;

  RegisterPage(
      PersonRegister register,
      CommitteeTables committees,
      PersonalData personalData,
      Pages pages,
      Messages messages) {
    this.register = register;
    this.committees = committees;
    this.personalData = personalData;
    this.pages = pages;
    this.messages = messages;
  }

  /** A person's form as sent. */
  record Form(
      String name,
      String phone,
      String kind,
      boolean registered,
      String homeUnit,
      String serviceProject,
      String partyGroup,
      boolean left) {

    /** The form's fields for the template. */
    Map<String, Object> fields() {
      return Map.of(
          "name",
          name,
          "phone",
          phone,
          "registered",
          registered,
          "homeUnit",
          homeUnit,
          "serviceProject",
          serviceProject,
          "left",
          left);
    }

    PersonDetails details(String shownPhone) {
      boolean keepPhone = phone.contains("*") && phone.equals(shownPhone);
      return new PersonDetails(
          name,
          keepPhone ? null : phone,
          kind,
          registered,
          registered ? homeUnit : "",
          registered ? serviceProject : "",
          left,
          partyGroup);
    }
  }

  @GetMapping("/committees/{code}/register")
  ResponseEntity<String> page(
      @PathVariable String code,
      @RequestParam(required = false) Long person,
      Authentication principal,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    mayKeep(principal, code);
    Locale locale = messages.choose(request, response);
    return Pages.answer(HttpStatus.OK, render(code, person, null, null, principal, csrf, locale));
  }

  @PostMapping("/committees/{code}/register")
  ResponseEntity<String> create(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String phone,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "false") boolean registered,
      @RequestParam(defaultValue = "") String homeUnit,
      @RequestParam(defaultValue = "") String serviceProject,
      @RequestParam(defaultValue = "") String partyGroup,
      @RequestParam(defaultValue = "false") boolean left,
      Authentication principal,
      CsrfToken csrf,
      HttpServletRequest request) {
    mayKeep(principal, code);
    Locale locale = messages.locale(request);
    Form form = new Form(name, phone, kind, registered, homeUnit, serviceProject, partyGroup, left);
    try {
      long id = register.create(code, form.details(null));
      String done = messages.text(locale, "register.page.added", name.strip());
      return Pages.answer(
          HttpStatus.CREATED, render(code, id, done, null, principal, csrf, locale));
    } catch (Refusal refused) {
      return Pages.answer(
          RefusalStatus.of(refused),
          render(code, null, words(locale, refused, code), form, principal, csrf, locale));
    }
  }

  @PostMapping("/committees/{code}/register/{id}")
  ResponseEntity<String> update(
      @PathVariable String code,
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int version,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String phone,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "false") boolean registered,
      @RequestParam(defaultValue = "") String homeUnit,
      @RequestParam(defaultValue = "") String serviceProject,
      @RequestParam(defaultValue = "") String partyGroup,
      @RequestParam(defaultValue = "false") boolean left,
      Authentication principal,
      CsrfToken csrf,
      HttpServletRequest request) {
    mayKeep(principal, code);
    if (!register.committeeOf(id).equals(code)) {
      throw new RequestRefused(HttpStatus.NOT_FOUND, "people.no-person", id);
    }
    Locale locale = messages.locale(request);
    Form form = new Form(name, phone, kind, registered, homeUnit, serviceProject, partyGroup, left);
    try {
      String shown = register.get(id, personalData.phones(principal)).phone();
      register.update(id, version, form.details(shown));
      String done = messages.text(locale, "register.page.saved", name.strip());
      return Pages.answer(HttpStatus.OK, render(code, id, done, null, principal, csrf, locale));
    } catch (Refusal refused) {
      return Pages.answer(
          RefusalStatus.of(refused),
          render(code, id, words(locale, refused, code), form, principal, csrf, locale));
    }
  }

  /** Administrators everywhere, planners in their committees; 403 otherwise. */
  private static void mayKeep(Authentication principal, String committee) {
    if (principal != null
        && principal.getPrincipal() instanceof OneGridUser user
        && user.role() == Role.ADMIN) {
      return;
    }
    Editors.mayEdit(principal, committee);
  }

  private String words(Locale locale, Refusal refused, String committee) {
    LOG.info("register of {} refused: {}", committee, refused.getMessage());
    return messages.text(locale, refused);
  }

  /**
   * The page: the register, and the form filled with {@code sent} (a refused form), else with the
   * person {@code chosen}, else empty for a new person.
   */
  private String render(
      String code,
      Long chosen,
      String message,
      Form sent,
      Authentication principal,
      CsrfToken csrf,
      Locale locale) {
    PhoneAccess phones = personalData.phones(principal);
    List<Person> people = register.list(code, null, false, phones);
    personalData.viewed(principal, "register " + code, "register page");
    Person person = chosen == null ? null : register.get(chosen, phones);
    if (person != null && !person.committee().equals(code)) {
      throw new RequestRefused(HttpStatus.NOT_FOUND, "people.no-person", chosen);
    }
    Form form = sent != null ? sent : person != null ? form(person) : null;
    Map<String, Object> model = new HashMap<>();
    model.put(
        "title",
        messages.text(locale, "register.page.title", committees.committeeName(code), code));
    model.put("committee", code);
    model.put("switchTo", "/committees/" + code + "/register?lang=");
    model.put("csrf", Pages.csrf(csrf));
    model.put("message", message);
    model.put("refused", sent != null);
    model.put("people", people.stream().map(p -> row(p, locale)).toList());
    model.put("action", "/committees/" + code + "/register" + (person == null ? "" : "/" + chosen));
    model.put("editing", person != null);
    model.put("version", person == null ? 0 : person.version());
    model.put(
        "form",
        (form == null ? new Form("", "", "volunteer", false, "", "", "", false) : form).fields());
    String kind = form == null ? "volunteer" : form.kind();
    model.put(
        "kinds",
        KINDS.stream()
            .map(
                k ->
                    Map.of(
                        "id",
                        k,
                        "name",
                        messages.text(locale, "kind." + k),
                        "chosen",
                        k.equals(kind)))
            .toList());
    String group = form == null ? "" : form.partyGroup();
    model.put(
        "groups",
        register.partyGroups(code).stream()
            .map(
                g ->
                    Map.of(
                        "id",
                        g.id(),
                        "name",
                        g.name(),
                        "chosen",
                        String.valueOf(g.id()).equals(group)))
            .toList());
    return pages.render("register", locale, model);
  }

  private static Form form(Person p) {
    return new Form(
        p.name(),
        p.phone() == null ? "" : p.phone(),
        p.kind(),
        p.registered(),
        p.homeUnit() == null ? "" : p.homeUnit(),
        p.serviceProject() == null ? "" : p.serviceProject(),
        p.partyGroup() == null ? "" : p.partyGroup().toString(),
        p.left());
  }

  private Map<String, Object> row(Person p, Locale locale) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", p.id());
    row.put("href", "/committees/" + p.committee() + "/register?person=" + p.id());
    row.put("name", p.name());
    row.put("phone", p.phone() == null ? "" : p.phone());
    row.put("kind", messages.text(locale, "kind." + p.kind()));
    row.put("registered", p.registered());
    row.put("homeUnit", p.homeUnit() == null ? "" : p.homeUnit());
    row.put("serviceProject", p.serviceProject() == null ? "" : p.serviceProject());
    row.put("partyGroup", p.partyGroupName() == null ? "" : p.partyGroupName());
    row.put("posts", String.join(" ", p.posts()));
    row.put("left", p.left());
    return row;
  }
}
