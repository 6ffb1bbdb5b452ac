package kz.election.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The bar chart of the totals, laid out in Java and drawn by the page as SVG: nothing to download and
 * no script, so it shows on any machine. One bar per candidate in ballot order, then "against all"
 * and the invalid ballots; the longest bar spans the chart and the others are in proportion.
 */
public record BarChart(int width, int height, List<Bar> bars) {

    public static final int WIDTH = 640;
    static final int ROW = 46;
    static final int LABEL = 18;
    static final int BAR = 20;

    public enum Kind { CANDIDATE, AGAINST_ALL, INVALID }

    /**
     * @param label  the candidate's name; null for "against all" and invalid (the page names them in its language)
     * @param y      top of the label line; the bar starts {@link #LABEL} below it
     * @param length the bar's length in pixels, at least 1 so a zero still shows as a line
     */
    public record Bar(Kind kind, String registrationNumber, String label, long votes, BigDecimal sharePercent, int y,
                      int barY, int length) {
    }

    public BarChart {
        bars = List.copyOf(bars);
    }

    public static BarChart of(Totals totals) {
        List<Bar> bars = new ArrayList<>();
        long max = Math.max(1, Math.max(totals.againstAll(), Math.max(totals.invalidBallots(),
                totals.candidates().stream().mapToLong(CandidateTotal::votes).max().orElse(0))));
        for (CandidateTotal candidate : totals.candidates()) {
            bars.add(bar(bars.size(), Kind.CANDIDATE, candidate.registrationNumber(), candidate.name(),
                    candidate.votes(), candidate.sharePercent(), max));
        }
        bars.add(bar(bars.size(), Kind.AGAINST_ALL, null, null, totals.againstAll(), totals.againstAllSharePercent(), max));
        bars.add(bar(bars.size(), Kind.INVALID, null, null, totals.invalidBallots(), totals.invalidSharePercent(), max));
        return new BarChart(WIDTH, bars.size() * ROW, bars);
    }

    /** Bar length in pixels for {@code votes} when {@code max} spans the whole width. */
    static int length(long votes, long max) {
        return (int) Math.max(1, Math.round((double) votes * WIDTH / max));
    }

    private static Bar bar(int index, Kind kind, String registrationNumber, String label, long votes,
                           BigDecimal share, long max) {
        int y = index * ROW;
        return new Bar(kind, registrationNumber, label, votes, share, y + LABEL - 4, y + LABEL, length(votes, max));
    }
}
