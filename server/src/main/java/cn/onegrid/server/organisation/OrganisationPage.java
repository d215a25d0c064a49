package cn.onegrid.server.organisation;

import cn.onegrid.data.Refusal;
import cn.onegrid.data.desk.CommitteeTables;
import cn.onegrid.data.organisation.OrganisationKind;
import cn.onegrid.data.organisation.OrganisationStore;
import cn.onegrid.data.organisation.OrganisationStore.Item;
import cn.onegrid.data.people.Person;
import cn.onegrid.data.people.PersonRegister;
import cn.onegrid.server.html.Pages;
import cn.onegrid.server.security.PersonalData;
import cn.onegrid.server.system.Messages;
import cn.onegrid.server.system.RefusalStatus;
import cn.onegrid.server.system.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A committee's organisation as a page ({@code /committees/{code}/organisation}, {@code
 * organisation.mustache}): its featured party groups, liaisons, partner units and residential
 * compounds, each kind a table and a plain form, no script, for administrators and the committee's
 * planners, through the same {@link OrganisationStore} as the JSON API. {@code ?kind=…&key=…} fills
 * a kind's form with one item to change; one handler adds (no key) and changes (the key and the
 * version the form was filled at, as If-Match). A refused form comes back as sent, with the reason.
 * Removing takes two steps: {@code &remove} asks to confirm, and the confirmation posts the key and
 * version with {@code remove} to the kind's path, which {@link OrganisationStore#delete} removes.
 * An added item's answer (201) names its JSON API path in Location; the audit log records each
 * write as the JSON API's are ({@code AuditedWrites}).
 */
@RestController
class OrganisationPage {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationPage.class);

  private final OrganisationStore store;
  private final PersonRegister register;
  private final CommitteeTables committees;
  private final PersonalData personalData;
  private final Pages pages;
  private final Messages messages;
  private final JsonMapper json;

  OrganisationPage(
      OrganisationStore store,
      PersonRegister register,
      CommitteeTables committees,
      PersonalData personalData,
      Pages pages,
      Messages messages,
      JsonMapper json) {
    this.store = store;
    this.register = register;
    this.committees = committees;
    this.personalData = personalData;
    this.pages = pages;
    this.messages = messages;
    this.json = json;
  }

  @GetMapping("/committees/{code}/organisation")
  ResponseEntity<String> page(
      @PathVariable String code,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String key,
      @RequestParam(required = false) String remove,
      Authentication principal,
      CsrfToken csrf,
      HttpServletRequest request,
      HttpServletResponse response) {
    OrganisationController.mayKeep(principal, code);
    Locale locale = messages.choose(request, response);
    OrganisationForm chosen = null;
    if (kind != null && key != null) {
      OrganisationKind k = OrganisationKind.of(kind);
      chosen = OrganisationForm.of(k, item(k, key, code), json);
    }
    String page = render(code, chosen, null, false, principal, csrf, locale, remove != null);
    return Pages.answer(HttpStatus.OK, page);
  }

  /** The confirmed removal of an item at the version the confirmation showed. */
  @PostMapping(path = "/committees/{code}/organisation/{kind}", params = "remove")
  ResponseEntity<String> remove(
      @PathVariable String code,
      @PathVariable String kind,
      @RequestParam MultiValueMap<String, String> sent,
      Authentication principal,
      CsrfToken csrf,
      HttpServletRequest request) {
    OrganisationController.mayKeep(principal, code);
    OrganisationKind k = OrganisationKind.of(kind);
    Locale locale = messages.locale(request);
    OrganisationForm form = OrganisationForm.sent(k, sent);
    if (form.isNew()) {
      throw new RequestRefused(HttpStatus.BAD_REQUEST, "organisation.page.remove-no-key", k.id());
    }
    Item item = item(k, form.key(), code);
    String name = String.valueOf(OrganisationForm.read(item, json).get("name"));
    try {
      store.delete(k, form.key(), form.version());
      String done = messages.text(locale, "organisation.page.removed", name);
      return Pages.answer(
          HttpStatus.OK, render(code, null, done, false, principal, csrf, locale, false));
    } catch (Refusal refused) {
      LOG.info("removal from the organisation of {} refused: {}", code, refused.getMessage());
      String words = messages.text(locale, refused);
      OrganisationForm current = OrganisationForm.of(k, store.get(k, form.key()), json);
      return Pages.answer(
          RefusalStatus.of(refused),
          render(code, current, words, true, principal, csrf, locale, false));
    }
  }

  @PostMapping("/committees/{code}/organisation/{kind}")
  ResponseEntity<String> keep(
      @PathVariable String code,
      @PathVariable String kind,
      @RequestParam MultiValueMap<String, String> sent,
      Authentication principal,
      CsrfToken csrf,
      HttpServletRequest request) {
    OrganisationController.mayKeep(principal, code);
    OrganisationKind k = OrganisationKind.of(kind);
    Locale locale = messages.locale(request);
    OrganisationForm form = OrganisationForm.sent(k, sent);
    try {
      Map<String, Object> body = form.body();
      Item kept;
      if (form.isNew()) {
        body.put("committee", code);
        kept = store.create(k, body);
      } else {
        item(k, form.key(), code);
        kept = store.update(k, form.key(), form.version(), body);
      }
      String done =
          messages.text(
              locale,
              form.isNew() ? "organisation.page.added" : "organisation.page.saved",
              form.value("name"));
      OrganisationForm again = OrganisationForm.of(k, kept, json);
      String page = render(code, again, done, false, principal, csrf, locale, false);
      if (!form.isNew()) {
        return Pages.answer(HttpStatus.OK, page);
      }
      // A new item's place in the JSON API, as POST /organisation/{kind} answers it.
      return Pages.answer(
          ResponseEntity.created(URI.create("/organisation/" + k.id() + "/" + kept.key())), page);
    } catch (Refusal refused) {
      LOG.info("organisation of {} refused: {}", code, refused.getMessage());
      String words = messages.text(locale, refused);
      return Pages.answer(
          RefusalStatus.of(refused),
          render(code, form, words, true, principal, csrf, locale, false));
    }
  }

  /** The item of this committee, or 404 (an item of another committee is not on its page). */
  private Item item(OrganisationKind kind, String key, String code) {
    Item item = store.get(kind, key);
    if (!item.committee().equals(code)) {
      throw new RequestRefused(HttpStatus.NOT_FOUND, "organisation.not-found", kind.id(), key);
    }
    return item;
  }

  /**
   * The page: every kind's table and form, {@code form}'s kind filled with it; with {@code
   * confirm}, above them the question whether to remove {@code form}'s item.
   */
  private String render(
      String code,
      OrganisationForm form,
      String message,
      boolean refused,
      Authentication principal,
      CsrfToken csrf,
      Locale locale,
      boolean confirm) {
    List<Person> people = register.list(code, null, false, personalData.phones(principal));
    OrganisationWords words = new OrganisationWords(messages, locale);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (OrganisationKind kind : OrganisationKind.values()) {
      List<Map<String, Object>> items =
          store.list(kind, code).stream().map(i -> OrganisationForm.read(i, json)).toList();
      OrganisationForm shown =
          form != null && form.kind() == kind ? form : OrganisationForm.empty(kind);
      sections.add(words.section(code, kind, items, shown, people));
    }
    Map<String, Object> model = new HashMap<>();
    model.put(
        "title",
        messages.text(locale, "organisation.page.title", committees.committeeName(code), code));
    model.put("committee", code);
    model.put("switchTo", "/committees/" + code + "/organisation?lang=");
    model.put("csrf", Pages.csrf(csrf));
    model.put("message", message);
    model.put("refused", refused);
    model.put("sections", sections);
    if (confirm && form != null) {
      model.put(
          "confirm",
          Map.of(
              "question",
              messages.text(locale, "organisation.page.confirmRemove", form.value("name")),
              "action",
              "/committees/" + code + "/organisation/" + form.kind().id(),
              "key",
              form.key(),
              "version",
              form.version(),
              "back",
              "/committees/"
                  + code
                  + "/organisation?kind="
                  + form.kind().id()
                  + "&key="
                  + form.key()));
    }
    return pages.render("organisation", locale, model);
  }
}
