package kz.election.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chart's bars are in proportion to the votes; the largest spans the chart, a zero still shows. */
class BarChartTest {

    @ParameterizedTest(name = "{0} of max {1} -> {2} px")
    @CsvSource(textBlock = """
            300, 300,  640
            150, 300,  320
            60,  300,  128
            1,   300,  2
            0,   300,  1
            0,   1,    1
            1,   3,    213
            2,   3,    427
            999999, 1000000, 640
            """)
    void barLengthIsProportionalToTheVotes(long votes, long max, int length) {
        assertThat(BarChart.length(votes, max)).isEqualTo(length);
    }

    @Test
    void oneBarPerCandidateInBallotOrderThenAgainstAllAndInvalid() {
        Totals totals = new Totals(812, 515, 5, new BigDecimal("0.97"), 60, new BigDecimal("11.65"), List.of(
                new CandidateTotal("C-1", "Aigerim Sadykova", 300, new BigDecimal("58.25")),
                new CandidateTotal("C-2", "Nurlan Bekov", 150, new BigDecimal("29.13"))));

        BarChart chart = BarChart.of(totals);

        assertThat(chart.bars()).extracting(BarChart.Bar::kind).containsExactly(BarChart.Kind.CANDIDATE,
                BarChart.Kind.CANDIDATE, BarChart.Kind.AGAINST_ALL, BarChart.Kind.INVALID);
        assertThat(chart.bars()).extracting(BarChart.Bar::votes).containsExactly(300L, 150L, 60L, 5L);
        assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(640, 320, 128, 11);
        assertThat(chart.bars()).extracting(BarChart.Bar::label)
                .containsExactly("Aigerim Sadykova", "Nurlan Bekov", null, null);
        assertThat(chart.bars().get(1).y()).isGreaterThan(chart.bars().get(0).barY() + BarChart.BAR);
        assertThat(chart.height()).isEqualTo(4 * BarChart.ROW);
    }

    @Test
    void noVotesYetGiveFlatBarsNotADivisionByZero() {
        Totals totals = new Totals(0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO,
                List.of(new CandidateTotal("C-1", "Aigerim Sadykova", 0, BigDecimal.ZERO)));

        assertThat(BarChart.of(totals).bars()).extracting(BarChart.Bar::length).containsOnly(1);
    }
}
