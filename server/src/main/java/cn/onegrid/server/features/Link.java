package cn.onegrid.server.features;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A web link as OGC API documents carry them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(String href, String rel, String type, String title, Boolean templated) {

  public Link(String href, String rel, String type, String title) {
    this(href, rel, type, title, null);
  }

  public static Link template(String href, String rel, String type, String title) {
    return new Link(href, rel, type, title, true);
  }
}
