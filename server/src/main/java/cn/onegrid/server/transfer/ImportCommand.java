package cn.onegrid.server.transfer;

import cn.onegrid.data.Refusal;
import cn.onegrid.data.accounts.Account;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.editing.Plans;
import cn.onegrid.data.transfer.ImportFinding;
import cn.onegrid.data.transfer.ImportReport;
import cn.onegrid.data.transfer.Importer;
import cn.onegrid.data.transfer.Importer.Prepared;
import cn.onegrid.data.transfer.InvalidRoster;
import cn.onegrid.data.transfer.RosterError;
import cn.onegrid.data.transfer.RosterImport;
import cn.onegrid.data.transfer.UploadedFile;
import cn.onegrid.data.transfer.WorkFolder;
import cn.onegrid.server.OneGridApplication;
import cn.onegrid.server.system.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar onegrid.jar import <file> --target=… [options]}: the page's import for scripts,
 * on the same path ({@link Importer}): the report printed, then a draft plan made as {@code
 * --as=<planner>}, or published with {@code --publish} (and {@code --reason=…}); {@code --report}
 * stops after the report. {@code --target=rosters} reads a roster file (XLSX or CSV) as the page's
 * roster section does ({@link RosterImport}, in the committees of the {@code --as} account): every
 * error printed by row and column, or the draft plan made or published. The other options are the
 * upload form's fields ({@code --layer}, {@code --crs}, {@code --datum}, {@code --encoding}, {@code
 * --code}, {@code --name}, {@code --parent}, {@code --duties}, {@code --committee}, {@code
 * --townName}, {@code --planName}); {@code --lang=en} prints in English. Exit status: 0 done, 2
 * refused (the reason printed), 1 failed.
 */
public final class ImportCommand {

  /** A local file has no upload limit worth the name; a zip still stops at 16 GB unpacked. */
  private static final long LOCAL_FILE = Long.MAX_VALUE / 2;

  private static final long LOCAL_UNPACKED = 16L << 30;

  private static final String ROSTERS = "rosters";

  private final Importer importer;
  private final RosterImport rosters;
  private final AccountRepository accounts;
  private final Plans plans;
  private final Messages messages;
  private final ImportDocument words;

  public ImportCommand(
      Importer importer,
      RosterImport rosters,
      AccountRepository accounts,
      Plans plans,
      Messages messages) {
    this.importer = importer;
    this.rosters = rosters;
    this.accounts = accounts;
    this.plans = plans;
    this.messages = messages;
    this.words = new ImportDocument(messages);
  }

  /** Whether these program arguments name the import rather than starting the server. */
  public static boolean handles(String[] args) {
    return args.length > 0 && args[0].equals("import");
  }

  /** Runs {@code import …} and exits with its status. */
  public static void main(String[] args) {
    System.exit(start(List.of(args).subList(1, args.length)));
  }

  /** Starts OneGrid (no analysis, no sample, a private port) and runs the command; the status. */
  private static int start(List<String> args) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(OneGridApplication.class)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "onegrid.data.sample=none",
                "onegrid.analysis.enabled=false",
                "logging.level.root=WARN")
            .run()) {
      return new ImportCommand(
              context.getBean(Importer.class),
              context.getBean(RosterImport.class),
              context.getBean(AccountRepository.class),
              context.getBean(Plans.class),
              context.getBean(Messages.class))
          .run(args, System.out);
    }
  }

  /** Runs {@code import <file> --option=value…}, printing to {@code out}; the exit status. */
  public int run(List<String> args, PrintStream out) {
    Map<String, String> options = new HashMap<>();
    String file = null;
    for (String arg : args) {
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        options.put(
            eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "" : arg.substring(eq + 1));
      } else {
        file = arg;
      }
    }
    Locale locale = "en".equals(options.get("lang")) ? Locale.ENGLISH : Messages.CHINESE;
    if (file == null) {
      out.println(
          "usage: java -jar onegrid.jar import <file> --target=committees|comprehensive-grids|micro-grids|duty-posts|rosters [--as=<planner>] [--publish --reason=…] [--report]");
      return 2;
    }
    try (WorkFolder folder = WorkFolder.create();
        InputStream in = Files.newInputStream(Path.of(file))) {
      Path dataset =
          UploadedFile.receive(
              Path.of(file).getFileName().toString(),
              in,
              folder.path(),
              LOCAL_FILE,
              LOCAL_UNPACKED);
      if (ROSTERS.equals(options.get("target"))) {
        return rosters(dataset, options, out);
      }
      Prepared prepared =
          importer.prepare(dataset, ImportParameters.options(options::get), folder.path());
      print(prepared.report(), locale, out);
      if (options.containsKey("report")) {
        return 0;
      }
      String who = required(options, "as");
      String name =
          options.getOrDefault(
              "planName", "导入 " + prepared.report().target().id() + " " + LocalDate.now());
      long plan = importer.apply(prepared, who, name);
      out.println("plan " + plan);
      if (options.containsKey("publish")) {
        List<Plans.Published> published =
            plans.publish(plan, who, options.getOrDefault("reason", name));
        out.println("published " + published.size());
      }
      return 0;
    } catch (InvalidRoster refused) {
      out.println(messages.text(locale, refused));
      for (RosterError error : refused.errors()) {
        out.println(
            messages.text(
                    locale,
                    "import.page.roster.cell",
                    error.row(),
                    error.column() == null ? "—" : error.column())
                + " "
                + messages.text(locale, error.key(), error.args()));
      }
      return 2;
    } catch (Refusal refused) {
      out.println(messages.text(locale, refused));
      return 2;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A roster file staged as {@code --as}, in that account's committees; published if asked. */
  private int rosters(Path file, Map<String, String> options, PrintStream out) {
    String who = required(options, "as");
    Account account =
        accounts
            .byUsername(who)
            .filter(Account::enabled)
            .orElseThrow(() -> cn.onegrid.data.InvalidQuery.of("as", "transfer.cli-as"));
    String name = options.getOrDefault("planName", "导入花名册 " + LocalDate.now());
    RosterImport.Staged staged = rosters.stage(file, who, account.committees(), name);
    out.println("plan " + staged.plan());
    out.println("posts " + staged.posts() + ", people added " + staged.peopleAdded().size());
    staged.peopleAdded().forEach(person -> out.println("+ " + person));
    if (options.containsKey("publish")) {
      List<Plans.Published> published =
          plans.publish(staged.plan(), who, options.getOrDefault("reason", name));
      out.println("published " + published.size());
    }
    return 0;
  }

  private void print(ImportReport report, Locale locale, PrintStream out) {
    out.println(report.target().id() + " ← " + report.layer() + " " + report.fields());
    out.println(
        "created "
            + report.created()
            + ", updated "
            + report.updated()
            + ", removed "
            + report.removed());
    for (ImportFinding finding : report.findings()) {
      out.println(
          ImportDocument.kind(finding)
              + " "
              + finding.where().getInteriorPoint().getCoordinate()
              + " "
              + words.message(locale, finding));
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw cn.onegrid.data.InvalidQuery.of(name, "transfer.cli-as");
    }
    return value;
  }
}
