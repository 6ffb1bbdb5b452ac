package kz.election;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    /** The domain never reaches up into the REST layer or the security set-up. */
    @ArchTest
    static final ArchRule domainDoesNotDependOnWebOrSecurity = noClasses()
            .that().resideInAnyPackage("..election.election..", "..election.candidate..", "..election.precinct..",
                    "..election.tally..", "..election.ruleset..", "..election.notification..", "..election.audit..",
                    "..election.common..", "..election.complaint..", "..election.noconfidence..")
            .should().dependOnClassesThat().resideInAnyPackage("..election.web..", "..election.security..");

    /** Shared values and exceptions depend on nothing else of the application. */
    @ArchTest
    static final ArchRule commonStandsAlone = classes()
            .that().resideInAPackage("kz.election.common..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                    "kz.election.election..", "kz.election.candidate..", "kz.election.precinct..", "kz.election.tally..",
                    "kz.election.ruleset..", "kz.election.notification..", "kz.election.audit..", "kz.election.web..",
                    "kz.election.security..", "kz.election.platform..");

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
