package kz.election.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import kz.election.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class FormValuesTest {

    enum Choice { UPHOLD, REJECT }

    @Test
    void blankIsNullAndTextIsStripped() {
        assertThat(FormValues.text("  ")).isNull();
        assertThat(FormValues.text(null)).isNull();
        assertThat(FormValues.text(" Kosshy ")).isEqualTo("Kosshy");
        assertThat(FormValues.integer("votes", "")).isNull();
        assertThat(FormValues.date("electionDay", " ")).isNull();
        assertThat(FormValues.choice("decision", "", Choice.class)).isNull();
    }

    @Test
    void numbersArriveAsLongDoubleOrText() {
        assertThat(FormValues.integer("votes", 12L)).isEqualTo(12);
        assertThat(FormValues.integer("votes", 12.0d)).isEqualTo(12);
        assertThat(FormValues.integer("votes", " 12 ")).isEqualTo(12);
        assertThatThrownBy(() -> FormValues.integer("votes", 12.5d)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("votes").hasMessageContaining("whole number");
        assertThatThrownBy(() -> FormValues.integer("votes", 1e12d)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FormValues.integer("votes", "twelve")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'twelve'");
    }

    @Test
    void datesAreReadInKazakhstan() {
        assertThat(FormValues.date("electionDay", "2026-03-15")).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(FormValues.date("electionDay", "2026-03-15T00:00:00+05:00")).isEqualTo(LocalDate.of(2026, 3, 15));
        // a date picker's midnight in Kazakhstan is 19:00 UTC the day before
        assertThat(FormValues.date("electionDay", Date.from(Instant.parse("2026-03-14T19:00:00Z"))))
                .isEqualTo(LocalDate.of(2026, 3, 15));
        assertThatThrownBy(() -> FormValues.date("electionDay", "15.03.2026")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("electionDay").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void choicesAreTheEnumsNames() {
        assertThat(FormValues.choice("decision", "UPHOLD", Choice.class)).isEqualTo(Choice.UPHOLD);
        assertThatThrownBy(() -> FormValues.choice("decision", "uphold", Choice.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("[UPHOLD, REJECT]");
    }

    @Test
    void checkboxesAreTickedOnlyByTrue() {
        assertThat(FormValues.flag(true)).isTrue();
        assertThat(FormValues.flag("true")).isTrue();
        assertThat(FormValues.flag("yes")).isFalse();
        assertThat(FormValues.flag(null)).isFalse();
    }
}
