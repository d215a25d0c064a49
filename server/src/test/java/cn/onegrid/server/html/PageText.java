package cn.onegrid.server.html;

/** What a page says in its own language: its text without tags and without the language switch. */
final class PageText {

  private PageText() {}

  /**
   * The page's visible text, less the elements marked as in another language (the switch names the
   * other language in that language) and the code samples.
   */
  static String outsideOtherLanguage(String html) {
    String title = html.replaceFirst("(?s)^.*<title>(.*?)</title>.*$", "$1");
    String body = html.replaceFirst("(?s)^.*?<body>", "");
    return (title + " " + body)
        .replaceAll("(?s)<(a|span|nav)[^>]*\\blang=\"[^\"]*\"[^>]*>.*?</\\1>", " ")
        .replaceAll("(?s)<code>.*?</code>", " ")
        .replaceAll("<[^>]*>", " ")
        .replaceAll("&[a-z]+;|&#\\d+;", " ");
  }
}
