package kz.election.tally;

import java.util.List;
import kz.election.ballot.BallotCandidate;

/** What the count decides. {@link #kind()} is the value to keep in a process variable. */
public sealed interface Outcome {

    enum Kind { ELECTED, REPEAT_VOTING, FAILED_AGAINST_ALL, NO_VALID_RESULT }

    Kind kind();

    /** One candidate has the most votes (or won the tie by earlier registration). */
    record Elected(BallotCandidate candidate) implements Outcome {
        @Override
        public Kind kind() {
            return Kind.ELECTED;
        }
    }

    /** Candidates tied at the top, in ballot order; they go to repeat voting. */
    record RepeatVoting(List<BallotCandidate> tiedCandidates) implements Outcome {
        public RepeatVoting {
            tiedCandidates = List.copyOf(tiedCandidates);
        }

        @Override
        public Kind kind() {
            return Kind.REPEAT_VOTING;
        }
    }

    /** "Against all" beat every candidate while the ruleset switch was on: a REPEAT election follows. */
    record FailedAgainstAll() implements Outcome {
        @Override
        public Kind kind() {
            return Kind.FAILED_AGAINST_ALL;
        }
    }

    /** Nothing to decide on, e.g. no precinct counted or no candidate received a vote. */
    record NoValidResult(String reason) implements Outcome {
        @Override
        public Kind kind() {
            return Kind.NO_VALID_RESULT;
        }
    }
}
