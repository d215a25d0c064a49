package cn.onegrid.server.editing;

import cn.onegrid.data.editing.RosterFlags.Flag;
import cn.onegrid.data.editing.RosterPreview;
import cn.onegrid.server.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** A plan's flags as JSON, each with a sentence in the reader's language ({@code flag.<kind>}). */
@Component
final class FlagWords {

  private final Messages messages;

  FlagWords(Messages messages) {
    this.messages = messages;
  }

  List<FlagJson> of(List<RosterPreview.CommitteePeople> people, HttpServletRequest request) {
    Locale locale = messages.locale(request);
    List<FlagJson> out = new ArrayList<>();
    for (RosterPreview.CommitteePeople committee : people) {
      for (Flag f : committee.flags()) {
        String who = f.personName() == null ? String.valueOf(f.person()) : f.personName();
        String message =
            switch (f.kind()) {
              case "double-booked", "empty-slot" ->
                  messages.text(
                      locale,
                      "flag." + f.kind(),
                      who,
                      String.join(", ", f.posts()),
                      f.weekday(),
                      f.start(),
                      f.end());
              default -> messages.text(locale, "flag." + f.kind(), who, f.count(), f.limit());
            };
        out.add(FlagJson.of(f, message));
      }
    }
    return out;
  }

  /** One flag and what it means, in the reader's language. */
  record FlagJson(
      String kind,
      String committee,
      Long person,
      String personName,
      List<String> posts,
      Integer weekday,
      String start,
      String end,
      Integer count,
      Integer limit,
      String message) {
    static FlagJson of(Flag f, String message) {
      return new FlagJson(
          f.kind(),
          f.committee(),
          f.person(),
          f.personName(),
          f.posts(),
          f.weekday(),
          f.start(),
          f.end(),
          f.count(),
          f.limit(),
          message);
    }
  }
}
