package cn.onegrid.server.system;

import cn.onegrid.data.DataSettings;
import cn.onegrid.data.OneGridData;
import cn.onegrid.data.accounts.AccessTokenRepository;
import cn.onegrid.data.accounts.AccountRepository;
import cn.onegrid.data.accounts.AuditLog;
import cn.onegrid.data.accounts.SignInFailures;
import cn.onegrid.data.analysis.AnalysisThreads;
import cn.onegrid.data.analysis.Analyst;
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
import cn.onegrid.server.analysis.AnalysisProperties;
import cn.onegrid.server.editing.EditingProperties;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place the server gets {@code data}'s classes from: {@link OneGridData} built on the data
 * source (and the map's reads on {@link ReadRouting}) with the settings ({@code
 * onegrid.analysis.metric-crs} and {@code walking-radius}, {@code onegrid.editing.snap-tolerance}),
 * so the background analysis, previews and cleaning agree. The analysis threads are closed when the
 * application stops.
 */
@Configuration(proxyBeanMethods = false)
class DataConfiguration {

  @Bean(destroyMethod = "close")
  AnalysisThreads analysisThreads() {
    return AnalysisThreads.perCore();
  }

  @Bean
  OneGridData oneGridData(
      DataSource dataSource,
      ReadRouting reads,
      AnalysisProperties analysis,
      EditingProperties editing,
      AnalysisThreads threads) {
    DataSettings settings =
        new DataSettings(analysis.metricCrs(), analysis.walkingRadius(), editing.snapTolerance());
    return new OneGridData(dataSource, reads, settings, threads);
  }

  @Bean
  FeatureRepository featureRepository(OneGridData data) {
    return data.features();
  }

  @Bean
  MapRepository mapRepository(OneGridData data) {
    return data.map();
  }

  @Bean
  Desk desk(OneGridData data) {
    return data.desk();
  }

  @Bean
  CommitteeTables committeeTables(OneGridData data) {
    return data.committeeTables();
  }

  @Bean
  SampleHistory sampleHistory(OneGridData data) {
    return data.sampleHistory();
  }

  @Bean
  WallMap wallMap(OneGridData data) {
    return data.wallMap();
  }

  @Bean
  OrganisationStore organisationStore(OneGridData data) {
    return data.organisation();
  }

  @Bean
  MemberInvites memberInvites(OneGridData data) {
    return data.memberInvites();
  }

  @Bean
  DutyBook dutyBook(OneGridData data) {
    return data.dutyBook();
  }

  @Bean
  Compliance compliance(OneGridData data) {
    return data.compliance();
  }

  @Bean
  PartyGroupActivities partyGroupActivities(OneGridData data) {
    return data.partyGroupActivities();
  }

  @Bean
  ServiceDayVisits serviceDayVisits(OneGridData data) {
    return data.serviceDayVisits();
  }

  @Bean
  AccountRepository accountRepository(OneGridData data) {
    return data.accounts();
  }

  @Bean
  SignInFailures signInFailures(OneGridData data) {
    return data.signInFailures();
  }

  @Bean
  IdempotentRequests idempotentRequests(OneGridData data) {
    return data.idempotentRequests();
  }

  @Bean
  AccessTokenRepository accessTokenRepository(OneGridData data) {
    return data.tokens();
  }

  @Bean
  AuditLog auditLog(OneGridData data) {
    return data.audit();
  }

  @Bean
  AreaEditor areaEditor(OneGridData data) {
    return data.areaEditor();
  }

  @Bean
  Plans plans(OneGridData data) {
    return data.plans();
  }

  @Bean
  History history(OneGridData data) {
    return data.history();
  }

  @Bean
  PostStore postStore(OneGridData data) {
    return data.posts();
  }

  @Bean
  PersonRegister personRegister(OneGridData data) {
    return data.people();
  }

  @Bean
  RosterPreview rosterPreview(OneGridData data) {
    return data.rosterPreview();
  }

  @Bean
  TimeCoverage timeCoverage(OneGridData data) {
    return data.timeCoverage();
  }

  @Bean
  PostHistory postHistory(OneGridData data) {
    return data.postHistory();
  }

  @Bean
  DutyTypes dutyTypes(OneGridData data) {
    return data.dutyTypes();
  }

  @Bean
  WhatIf whatIf(OneGridData data) {
    return data.whatIf();
  }

  @Bean
  Analyst analyst(OneGridData data) {
    return data.analyst();
  }

  @Bean
  SampleDatasetLoader sampleDatasetLoader(OneGridData data) {
    return data.samples();
  }

  @Bean
  Exporter exporter(OneGridData data) {
    return data.exporter();
  }

  @Bean
  Importer importer(OneGridData data) {
    return data.importer();
  }

  @Bean
  RosterImport rosterImport(OneGridData data) {
    return data.rosterImport();
  }

  @Bean
  IncidentTypes incidentTypes(OneGridData data) {
    return data.incidentTypes();
  }

  @Bean
  IncidentRouting incidentRouting(OneGridData data) {
    return data.incidentRouting();
  }

  @Bean
  Incidents incidents(OneGridData data) {
    return data.incidents();
  }

  @Bean
  SampleIncidents sampleIncidents(OneGridData data) {
    return data.sampleIncidents();
  }

  @Bean
  IncidentHotSpots incidentHotSpots(OneGridData data) {
    return data.incidentHotSpots();
  }

  @Bean
  SampleDutyRecords sampleDutyRecords(OneGridData data) {
    return data.sampleDutyRecords();
  }

  @Bean
  PatrolledAreas patrolledAreas(OneGridData data) {
    return data.patrolledAreas();
  }

  @Bean
  IncidentHours incidentHours(OneGridData data) {
    return data.incidentHours();
  }
}
