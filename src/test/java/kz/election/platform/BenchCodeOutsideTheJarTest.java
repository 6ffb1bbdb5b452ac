package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Arrays;
import kz.election.ElectionApplication;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;

/**
 * Code that exists for the benchmark only (the engine clock it moves) is not in the
 * production jar at all, so no profile name switched on by mistake can bring it to life.
 */
class BenchCodeOutsideTheJarTest {

    @Test
    void theApplicationsOwnClassesHoldNoBenchCode() throws Exception {
        Path mainClasses = Path.of(ElectionApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(mainClasses);

        assertThat(classes).isNotEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("kz.election.bench"))
                .map(JavaClass::getName)).isEmpty();
        assertThat(classes.stream().filter(c -> c.tryGetAnnotationOfType(Profile.class)
                .map(profile -> Arrays.asList(profile.value()).contains("bench")).orElse(false))
                .map(JavaClass::getName)).isEmpty();
    }
}
