package cn.onegrid.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: server → data → geo, and geo knows nothing but JTS. */
@AnalyzeClasses(packages = "cn.onegrid", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule geoDependsOnJtsOnly =
      classes()
          .that()
          .resideInAPackage("cn.onegrid.geo..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("cn.onegrid.geo..", "org.locationtech.jts..", "java..")
          .because("geo is pure JTS analysis: no Spring, no SQL, no JSON, no logging");

  @ArchTest
  static final ArchRule geoNeverTouchesADatabase =
      noClasses()
          .that()
          .resideInAPackage("cn.onegrid.geo..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..");

  @ArchTest
  static final ArchRule dataNeverImportsWebClasses =
      noClasses()
          .that()
          .resideInAPackage("cn.onegrid.data..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "cn.onegrid.server..",
              "org.springframework.web..",
              "org.springframework.http..",
              "jakarta.servlet..")
          .because("data serves any front end; HTTP is the server's business");

  @ArchTest
  static final ArchRule dataAndGeoNeverReachUp =
      noClasses()
          .that()
          .resideInAnyPackage("cn.onegrid.geo..", "cn.onegrid.data..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.onegrid.server..");
}
