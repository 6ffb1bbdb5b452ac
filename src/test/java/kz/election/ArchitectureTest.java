package kz.election;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The package rules of docs/ARCHITECTURE.md and docs/STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "kz.election", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Packages form no cycle: each can be read, changed and tested knowing only those below it. A
     * process's steps ({@code candidate.process}) are a package of their own, above their part.
     */
    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().matching("kz.election.(**)")
            .should().beFreeOfCycles();

    /** The domain never reaches up into the REST layer or the security set-up. */
    @ArchTest
    static final ArchRule domainDoesNotDependOnWebOrSecurity = noClasses()
            .that().resideInAnyPackage("..election.election..", "..election.conduct..", "..election.candidate..",
                    "..election.precinct..", "..election.ballot..", "..election.protocol..", "..election.tally..",
                    "..election.ruleset..", "..election.notification..", "..election.audit..", "..election.common..",
                    "..election.complaint..", "..election.noconfidence..", "..election.results..", "..election.i18n..",
                    "..election.finance..")
            .should().dependOnClassesThat().resideInAnyPackage("..election.web..", "..election.security..");

    /** The election's core is what every part reads; it calls none of them (the conduct of an election does). */
    @ArchTest
    static final ArchRule electionCoreCallsNoPart = noClasses()
            .that().resideInAPackage("kz.election.election..")
            .should().dependOnClassesThat().resideInAnyPackage("kz.election.conduct..", "kz.election.candidate..",
                    "kz.election.precinct..", "kz.election.ballot..", "kz.election.protocol..", "kz.election.tally..",
                    "kz.election.complaint..", "kz.election.noconfidence..", "kz.election.results..");

    /** The rulesets are read by everyone and read nothing of the application but the shared values. */
    @ArchTest
    static final ArchRule rulesetsStandOnCommonAlone = classes()
            .that().resideInAPackage("kz.election.ruleset..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                    "kz.election.election..", "kz.election.conduct..", "kz.election.candidate..",
                    "kz.election.precinct..", "kz.election.ballot..", "kz.election.protocol..", "kz.election.tally..",
                    "kz.election.complaint..", "kz.election.noconfidence..", "kz.election.results..",
                    "kz.election.i18n..", "kz.election.notification..", "kz.election.audit..", "kz.election.web..",
                    "kz.election.security..", "kz.election.platform..");

    /** Shared values and exceptions depend on nothing else of the application. */
    @ArchTest
    static final ArchRule commonStandsAlone = classes()
            .that().resideInAPackage("kz.election.common..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                    "kz.election.election..", "kz.election.conduct..", "kz.election.candidate..",
                    "kz.election.precinct..", "kz.election.ballot..", "kz.election.protocol..", "kz.election.tally..",
                    "kz.election.ruleset..", "kz.election.complaint..", "kz.election.noconfidence..",
                    "kz.election.results..", "kz.election.i18n..", "kz.election.notification..",
                    "kz.election.audit..", "kz.election.web..", "kz.election.security..", "kz.election.platform..");

    /** The rules are plain Java: tested without the engine, Spring or a database. */
    @ArchTest
    static final ArchRule rulesArePlainJava = noClasses()
            .that().haveSimpleNameEndingWith("Rule").or().haveSimpleNameEndingWith("Rules")
            .or().haveSimpleName("Tally").or().haveSimpleName("ProtocolChecks").or().haveSimpleName("ElectoralCalendar")
            .or().haveSimpleName("PrecinctCsv").or().haveSimpleName("Iin").or().haveSimpleName("EligibilityCheck")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.springframework..", "java.sql..",
                    "javax.sql..");

    /** Delegates are thin: they call a domain service, never the database themselves. */
    @ArchTest
    static final ArchRule delegatesCallServicesNotTheDatabase = noClasses()
            .that().implement(JavaDelegate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
            .allowEmptyShould(true);

    /** Only the platform and security set-up touch the engine's internals (and everyone its clock). */
    @ArchTest
    static final ArchRule noEngineInternalsOutsidePlatform = noClasses()
            .that().resideOutsideOfPackages("kz.election.platform..", "kz.election.security..")
            .should().dependOnClassesThat(resideInAPackage("org.camunda.bpm.engine.impl..")
                    .and(not(equivalentTo(ClockUtil.class))))
            .because("engine internals change between versions; engine time (ClockUtil) is what tests move")
            .allowEmptyShould(true);
}
