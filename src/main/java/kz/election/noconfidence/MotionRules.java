package kz.election.noconfidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kz.election.common.FieldViolation;
import kz.election.ruleset.Level;
import kz.election.ruleset.NoConfidenceRules;

/**
 * The maslikhat's no-confidence rules (Law on Local Government, Art. 24, as the ruleset reads it):
 * who may initiate, when a motion is admissible, whether a vote is well formed, whether it carried.
 * Plain Java over plain values, tested as tables.
 */
public final class MotionRules {

    private MotionRules() {
    }

    /** At least this share of the deputies must sign; a fraction of a deputy counts as a whole one (23 x 0.2 = 4.6 -> 5). */
    public static int initiatorsNeeded(int deputiesTotal, BigDecimal minShare) {
        return minShare.multiply(BigDecimal.valueOf(deputiesTotal)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** MORE than this share of ALL deputies (present or not) must vote for: 25 x 0.5 = 12.5 -> 13, 24 -> 13. */
    public static int votesNeededToCarry(int deputiesTotal, BigDecimal moreThanShare) {
        return moreThanShare.multiply(BigDecimal.valueOf(deputiesTotal)).setScale(0, RoundingMode.FLOOR).intValueExact() + 1;
    }

    public static boolean carried(Vote vote, BigDecimal moreThanShare) {
        return vote.votesFor() >= votesNeededToCarry(vote.deputiesTotal(), moreThanShare);
    }

    /** Every problem of a recorded vote, named by the form's field; empty when the vote can be counted. */
    public static List<FieldViolation> checkVote(Integer votesFor, Integer votesAgainst, Integer votesAbstained,
                                                 Integer deputiesTotal) {
        List<FieldViolation> problems = new ArrayList<>();
        requireCount(problems, "votesFor", votesFor);
        requireCount(problems, "votesAgainst", votesAgainst);
        requireCount(problems, "votesAbstained", votesAbstained);
        if (deputiesTotal == null || deputiesTotal < 1) {
            problems.add(new FieldViolation("deputiesTotal", "enter the maslikhat's total number of deputies (at least 1)"));
        }
        if (problems.isEmpty() && votesFor + votesAgainst + votesAbstained > deputiesTotal) {
            String message = "for (%d) + against (%d) + abstained (%d) = %d is more than the %d deputies of the maslikhat"
                    .formatted(votesFor, votesAgainst, votesAbstained, votesFor + votesAgainst + votesAbstained, deputiesTotal);
            problems.add(new FieldViolation("votesFor", message));
        }
        return problems;
    }

    /** Every admissibility rule's finding, passed or not, so staff and the akim see why. */
    public static List<Finding> admissibility(MotionFacts facts, NoConfidenceRules rules) {
        List<Finding> findings = new ArrayList<>();
        boolean applies = facts.level() != Level.RURAL || rules.appliesToRuralAkims().value();
        findings.add(new Finding("APPLIES_TO_POST", applies,
                applies ? "a motion of no confidence may be brought against a " + facts.level() + " akim"
                        : "the ruleset does not apply motions of no confidence to elected rural akims",
                rules.appliesToRuralAkims().citation()));

        int needed = initiatorsNeeded(facts.deputiesTotal(), rules.initiationMinShareOfDeputies().value());
        boolean enoughSigned = facts.signedInitiators() >= needed;
        findings.add(new Finding("INITIATORS", enoughSigned,
                "%d of %d deputies signed; at least %d (%s of the deputies) are needed".formatted(facts.signedInitiators(),
                        facts.deputiesTotal(), needed, rules.initiationMinShareOfDeputies().value().stripTrailingZeros()
                                .toPlainString()),
                rules.initiationMinShareOfDeputies().citation()));

        findings.add(ground(facts));

        int minService = rules.minServiceDaysBeforeMotion().value();
        if (minService > 0 && facts.akimSince() != null) {
            LocalDate earliest = facts.akimSince().plusDays(minService);
            boolean served = !facts.filedOn().isBefore(earliest);
            findings.add(new Finding("MIN_SERVICE", served, served
                    ? "the akim has been in office since " + facts.akimSince()
                    : "the akim took office on " + facts.akimSince() + "; a motion may be filed from " + earliest,
                    rules.minServiceDaysBeforeMotion().citation()));
        }
        int waiting = rules.waitingDaysAfterFailedMotion().value();
        if (waiting > 0 && facts.lastFailedVoteOn() != null) {
            LocalDate earliest = facts.lastFailedVoteOn().plusDays(waiting);
            boolean waited = !facts.filedOn().isBefore(earliest);
            findings.add(new Finding("WAITING_PERIOD", waited, waited
                    ? "the last failed motion was voted on " + facts.lastFailedVoteOn()
                    : "a motion failed on " + facts.lastFailedVoteOn() + "; a new one may be filed from " + earliest,
                    rules.waitingDaysAfterFailedMotion().citation()));
        }
        return findings;
    }

    public static boolean admissible(List<Finding> findings) {
        return findings.stream().allMatch(Finding::passed);
    }

    private static Finding ground(MotionFacts facts) {
        String citation = "Law On Local Public Administration and Self-Government, Art. 24 (the maslikhat twice rejected the akim's reports)";
        if (facts.ground() == MotionGround.OTHER) {
            return new Finding("GROUND", true, "ground stated by the initiators: " + facts.groundsText(), citation);
        }
        TreeSet<LocalDate> dates = new TreeSet<>(facts.reportsRejectedOn());
        List<LocalDate> late = dates.stream().filter(d -> d.isAfter(facts.filedOn())).toList();
        if (!late.isEmpty()) {
            return new Finding("GROUND", false, "a report cannot have been rejected after the motion was filed on "
                    + facts.filedOn() + ": " + late, citation);
        }
        List<LocalDate> beforeTerm = facts.akimSince() == null ? List.of()
                : dates.stream().filter(d -> d.isBefore(facts.akimSince())).toList();
        TreeSet<LocalDate> inTerm = new TreeSet<>(dates);
        inTerm.removeAll(beforeTerm);
        boolean twice = inTerm.size() >= 2;
        String message = twice ? "the akim's reports were rejected on " + inTerm
                : "the akim's reports must have been rejected twice during this term (since " + facts.akimSince()
                        + "); dates given: " + (dates.isEmpty() ? "none" : dates.toString());
        return new Finding("GROUND", twice, message, citation);
    }

    private static void requireCount(List<FieldViolation> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new FieldViolation(field, "enter a number of deputies (0 or more)"));
        } else if (value < 0) {
            problems.add(new FieldViolation(field, "cannot be negative: " + value));
        }
    }

    /** One admissibility rule's result, with the legal source it applies. */
    public record Finding(String code, boolean passed, String message, String citation) {
    }

    /** The facts a motion is judged on. {@code akimSince} and {@code lastFailedVoteOn} may be null. */
    public record MotionFacts(Level level, int deputiesTotal, int signedInitiators, MotionGround ground,
                              String groundsText, List<LocalDate> reportsRejectedOn, LocalDate filedOn,
                              LocalDate akimSince, LocalDate lastFailedVoteOn) {
        public MotionFacts {
            reportsRejectedOn = List.copyOf(reportsRejectedOn);
        }
    }

    /** A recorded vote of the maslikhat; absentees are the deputies who did not vote at all. */
    public record Vote(int votesFor, int votesAgainst, int votesAbstained, int deputiesTotal) {
        public int absentees() {
            return deputiesTotal - votesFor - votesAgainst - votesAbstained;
        }
    }
}
