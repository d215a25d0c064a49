package cn.onegrid.data;

import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.SignInFailures;
import cn.onegrid.data.analysis.AnalysisThreads;
import cn.onegrid.data.analysis.Analyst;
import cn.onegrid.data.analysis.MetricFrame;
import cn.onegrid.data.analysis.WhatIf;
import cn.onegrid.data.desk.CommitteeTables;
import cn.onegrid.data.desk.Desk;
import cn.onegrid.data.desk.SampleHistory;
import cn.onegrid.data.desk.WallMap;
import cn.onegrid.data.duty.Compliance;
import cn.onegrid.data.duty.DutyBook;
import cn.onegrid.data.duty.MemberInvites;
import cn.onegrid.data.duty.PartyGroupActivities;
import cn.onegrid.data.duty.PatrolledAreas;
import cn.onegrid.data.duty.SampleDutyRecords;
import cn.onegrid.data.duty.ServiceDayVisits;
import cn.onegrid.data.editing.AreaEditor;
import cn.onegrid.data.editing.AreaStore;
import cn.onegrid.data.editing.DutyTypes;
import cn.onegrid.data.editing.History;
import cn.onegrid.data.editing.Plans;
import cn.onegrid.data.editing.PostHistory;
import cn.onegrid.data.editing.PostStore;
import cn.onegrid.data.editing.RosterPreview;
import cn.onegrid.data.features.FeatureRepository;
import cn.onegrid.data.idempotency.IdempotentRequests;
import cn.onegrid.data.incidents.IncidentHotSpots;
import cn.onegrid.data.incidents.IncidentHours;
import cn.onegrid.data.incidents.IncidentRouting;
import cn.onegrid.data.incidents.IncidentTypes;
import cn.onegrid.data.incidents.Incidents;
import cn.onegrid.data.incidents.SampleIncidents;
import cn.onegrid.data.map.MapRepository;
import cn.onegrid.data.organisation.OrganisationStore;
import cn.onegrid.data.people.PersonRegister;
import cn.onegrid.data.people.TimeCoverage;
import cn.onegrid.data.replica.ReadRouting;
import cn.onegrid.data.sample.SampleDatasetLoader;
import cn.onegrid.data.transfer.Exporter;
import cn.onegrid.data.transfer.Importer;
import cn.onegrid.data.transfer.RosterImport;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every class of {@code data} that talks to the database, built once, here, from one data source
 * and one {@link DataSettings}: the one place that decides which metric frame, walking radius and
 * snapping tolerance each path gets, and which paths read through {@link ReadRouting} (a hot
 * standby when there is one): the map's reads, items, tiles, cards and search; all else, the writes
 * and what they read, stays on the primary. The server exposes these as beans; tests build their
 * own. Building connects to nothing.
 */
public final class OneGridData {

  private final DataSettings settings;
  private final FeatureRepository features;
  private final MapRepository map;
  private final AccountRepository accounts;
  private final AccessTokenRepository tokens;
  private final AuditLog audit;
  private final SignInFailures signInFailures;
  private final AreaEditor areaEditor;
  private final Plans plans;
  private final History history;
  private final PostStore posts;
  private final PersonRegister people;
  private final TimeCoverage timeCoverage;
  private final RosterPreview rosterPreview;
  private final PostHistory postHistory;
  private final DutyTypes dutyTypes;
  private final WhatIf whatIf;
  private final Analyst analyst;
  private final SampleDatasetLoader samples;
  private final Exporter exporter;
  private final Importer importer;
  private final RosterImport rosterImport;
  private final IdempotentRequests idempotentRequests;
  private final OrganisationStore organisation;
  private final Desk desk;
  private final CommitteeTables committeeTables;
  private final WallMap wallMap;
  private final SampleHistory sampleHistory;
  private final MemberInvites memberInvites;
  private final DutyBook dutyBook;
  private final Compliance compliance;
  private final PartyGroupActivities partyGroupActivities;
  private final ServiceDayVisits serviceDayVisits;
  private final IncidentTypes incidentTypes;
  private final IncidentRouting incidentRouting;
  private final Incidents incidents;
  private final SampleIncidents sampleIncidents;
  private final SampleDutyRecords sampleDutyRecords;
  private final PatrolledAreas patrolledAreas;
  private final IncidentHotSpots incidentHotSpots;
  private final IncidentHours incidentHours;

  /**
   * @param threads what the analysis computes on; its owner closes it
   */
  public OneGridData(DataSource dataSource, DataSettings settings, AnalysisThreads threads) {
    this(dataSource, ReadRouting.primaryOnly(dataSource), settings, threads);
  }

  /**
   * @param reads where the map's reads go; its owner closes it
   * @param threads what the analysis computes on; its owner closes it
   */
  public OneGridData(
      DataSource dataSource, ReadRouting reads, DataSettings settings, AnalysisThreads threads) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    TransactionTemplate transactions =
        new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    MetricFrame frame = new MetricFrame(settings.metricCrs());
    AreaStore areas = new AreaStore(jdbc);
    this.settings = settings;
    this.features = new FeatureRepository(reads.reads());
    this.map = new MapRepository(reads.reads());
    this.accounts = new AccountRepository(jdbc, transactions);
    this.tokens = new AccessTokenRepository(jdbc);
    this.audit = new AuditLog(jdbc);
    this.signInFailures = new SignInFailures(jdbc);
    this.areaEditor = new AreaEditor(areas, frame, settings.snapTolerance());
    this.posts = new PostStore(jdbc);
    this.people = new PersonRegister(jdbc, transactions);
    this.timeCoverage = new TimeCoverage(jdbc, fetching(dataSource), transactions);
    this.rosterPreview = new RosterPreview(jdbc);
    this.dutyTypes = new DutyTypes(jdbc);
    this.plans = new Plans(jdbc, transactions, areaEditor, areas, posts, dutyTypes);
    this.postHistory = new PostHistory(jdbc, transactions, posts);
    this.history = new History(jdbc, areas);
    this.whatIf = new WhatIf(jdbc, frame, settings.walkingRadius());
    this.analyst = new Analyst(jdbc, transactions, frame, settings.walkingRadius(), threads);
    this.samples = new SampleDatasetLoader(new JdbcTemplate(dataSource));
    this.exporter = new Exporter(jdbc, settings.metricCrs());
    this.importer = new Importer(jdbc, frame, plans);
    this.rosterImport = new RosterImport(jdbc, transactions, plans, people);
    this.idempotentRequests = new IdempotentRequests(jdbc);
    this.organisation = new OrganisationStore(jdbc, transactions);
    this.desk = new Desk(reads.reads());
    this.committeeTables = new CommitteeTables(reads.reads());
    this.wallMap = new WallMap(reads.reads());
    this.sampleHistory = new SampleHistory(jdbc);
    this.memberInvites = new MemberInvites(jdbc, transactions);
    this.compliance = new Compliance(jdbc);
    this.partyGroupActivities = new PartyGroupActivities(jdbc);
    this.serviceDayVisits = new ServiceDayVisits(jdbc);
    this.incidentTypes = new IncidentTypes(jdbc);
    this.incidentRouting = new IncidentRouting(jdbc);
    this.incidents = new Incidents(jdbc, transactions, incidentRouting);
    this.dutyBook = new DutyBook(jdbc, transactions, incidents);
    this.sampleIncidents = new SampleIncidents(jdbc, incidents);
    this.sampleDutyRecords = new SampleDutyRecords(jdbc);
    this.patrolledAreas = new PatrolledAreas(jdbc);
    this.incidentHotSpots = new IncidentHotSpots(reads.reads());
    this.incidentHours = new IncidentHours(jdbc);
  }

  public DataSettings settings() {
    return settings;
  }

  public FeatureRepository features() {
    return features;
  }

  public OrganisationStore organisation() {
    return organisation;
  }

  /** The leaders' desk: rankings and trends (the map's reads). */
  public Desk desk() {
    return desk;
  }

  /** A committee's posts and slots as tables (the map's reads). */
  public CommitteeTables committeeTables() {
    return committeeTables;
  }

  /** Wall maps to print (the map's reads). */
  public WallMap wallMap() {
    return wallMap;
  }

  /** A sample town's made-up past months, for the dashboard's trends. */
  public SampleHistory sampleHistory() {
    return sampleHistory;
  }

  public MemberInvites memberInvites() {
    return memberInvites;
  }

  public DutyBook dutyBook() {
    return dutyBook;
  }

  public Compliance compliance() {
    return compliance;
  }

  public PartyGroupActivities partyGroupActivities() {
    return partyGroupActivities;
  }

  public ServiceDayVisits serviceDayVisits() {
    return serviceDayVisits;
  }

  public MapRepository map() {
    return map;
  }

  public AccountRepository accounts() {
    return accounts;
  }

  public AccessTokenRepository tokens() {
    return tokens;
  }

  public IdempotentRequests idempotentRequests() {
    return idempotentRequests;
  }

  public AuditLog audit() {
    return audit;
  }

  public SignInFailures signInFailures() {
    return signInFailures;
  }

  public AreaEditor areaEditor() {
    return areaEditor;
  }

  public Plans plans() {
    return plans;
  }

  public History history() {
    return history;
  }

  public PersonRegister people() {
    return people;
  }

  public RosterPreview rosterPreview() {
    return rosterPreview;
  }

  public TimeCoverage timeCoverage() {
    return timeCoverage;
  }

  public PostStore posts() {
    return posts;
  }

  public PostHistory postHistory() {
    return postHistory;
  }

  public DutyTypes dutyTypes() {
    return dutyTypes;
  }

  public WhatIf whatIf() {
    return whatIf;
  }

  public Analyst analyst() {
    return analyst;
  }

  public SampleDatasetLoader samples() {
    return samples;
  }

  public Importer importer() {
    return importer;
  }

  public RosterImport rosterImport() {
    return rosterImport;
  }

  public Exporter exporter() {
    return exporter;
  }

  public IncidentTypes incidentTypes() {
    return incidentTypes;
  }

  public IncidentRouting incidentRouting() {
    return incidentRouting;
  }

  public Incidents incidents() {
    return incidents;
  }

  public SampleIncidents sampleIncidents() {
    return sampleIncidents;
  }

  public SampleDutyRecords sampleDutyRecords() {
    return sampleDutyRecords;
  }

  public PatrolledAreas patrolledAreas() {
    return patrolledAreas;
  }

  public IncidentHotSpots incidentHotSpots() {
    return incidentHotSpots;
  }

  public IncidentHours incidentHours() {
    return incidentHours;
  }

  /**
   * A client whose reads inside a transaction are fetched {@value #FETCH} rows at a time, for reads
   * too large to hold whole.
   */
  private static JdbcClient fetching(DataSource dataSource) {
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH);
    return JdbcClient.create(template);
  }

  private static final int FETCH = 10_000;
}
