package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.TimeZone;
import kz.election.ElectionApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every node writes the engine's timestamps in one zone: a node whose JVM runs in another zone than the
 * configured one stops before it touches the database, saying which zone to start it in.
 */
@ExtendWith(OutputCaptureExtension.class)
class EngineTimeZoneTest {

    @Test
    void aNodeStartedInAnotherZoneRefusesToStartNamingBothZones(CapturedOutput output) {
        Path dataDirectory = Path.of("target", "postgres", "wrong-zone-must-not-start");
        TimeZone before = TimeZone.getDefault();
        Throwable failure;
        try {
            // as a JVM started on a server left in local time
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Almaty"));
            failure = catchThrowable(() -> new SpringApplicationBuilder(ElectionApplication.class).profiles("test")
                    .run("--server.port=0", "--election.engine.time-zone=UTC",
                            "--election.embedded-postgres.data-directory=" + dataDirectory)
                    .close());
        } finally {
            TimeZone.setDefault(before);
        }

        assertThat(failure).isInstanceOf(TimeZoneMismatchException.class)
                .hasMessageContaining("Asia/Almaty").hasMessageContaining("election.engine.time-zone is UTC");
        FailureAnalysis analysis = new TimeZoneMismatchFailureAnalyzer().analyze(failure);
        assertThat(analysis.getAction()).contains("-Duser.timezone=UTC", "TZ=UTC", "ELECTION_ENGINE_TIME_ZONE=Asia/Almaty");
        // what an operator reads in the log, through the analyzer registered in spring.factories
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "-Duser.timezone=UTC");
        assertThat(dataDirectory).as("nothing started before the refusal").doesNotExist();
    }

    @Test
    void theSameZoneUnderAnotherNameIsTheSameZone() {
        assertThatCode(() -> EngineTimeZone.check("UTC", ZoneId.of("Etc/UTC"))).doesNotThrowAnyException();
        assertThatCode(() -> EngineTimeZone.check("Asia/Almaty", ZoneId.of("Asia/Almaty"))).doesNotThrowAnyException();
        // the same offset today, another history: a timestamp of 2023 would move
        assertThatThrownBy(() -> EngineTimeZone.check("Asia/Almaty", ZoneId.of("Asia/Aqtobe")))
                .isInstanceOf(TimeZoneMismatchException.class);
    }

    @Test
    void aMisspelledZoneIsNamedAsSuch() {
        assertThatThrownBy(() -> EngineTimeZone.check("Asia/Alma-Ata", ZoneId.of("UTC")))
                .isInstanceOf(TimeZoneMismatchException.class)
                .hasMessageContaining("election.engine.time-zone is \"Asia/Alma-Ata\", which is no time zone");
    }
}
