package kz.election.ballot;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import kz.election.common.ConflictException;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.TextRules;
import kz.election.election.ElectionKeys;
import kz.election.protocol.ProtocolFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ballot of an election: fixed once, when registration has closed, and read by every protocol
 * check and the tabulation. A fixed ballot never changes, so a protocol checked against it stays valid.
 */
@Service
@Transactional
public class BallotService {

    // the widths of election.ballot_line's columns (V5)
    private static final int MAX_NUMBER_LENGTH = 32;
    private static final int MAX_NAME_LENGTH = 300;

    private final JdbcClient jdbc;
    private final ElectionKeys keys;
    private final BallotLines lines;

    BallotService(JdbcClient jdbc, ElectionKeys keys, BallotLines lines) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.lines = lines;
    }

    /**
     * @param entries the registered candidates in registration order
     * @throws InvalidInputException naming every bad line
     * @throws ConflictException     when the election's ballot is already fixed
     */
    public List<BallotEntry> fix(String electionNumber, List<BallotEntry> entries) {
        long electionId = keys.id(electionNumber);
        check(entries);
        if (lines.lockAndCheckFixed(electionId)) {
            throw new ConflictException("The ballot of election " + electionNumber + " is already fixed");
        }
        lines.write(electionId, entries.stream().map(entry -> new BallotEntry(entry.registrationNumber().strip(),
                entry.candidateName().strip(), entry.nominatedBy().strip())).toList());
        jdbc.sql("UPDATE election.election SET ballot_fixed_at = ? WHERE id = ?")
                .params(Timestamp.from(ElectionTime.now()), electionId).update();
        return ballot(electionNumber);
    }

    /** The candidates in ballot order; empty while the ballot is not fixed. */
    @Transactional(readOnly = true)
    public List<BallotEntry> ballot(String electionNumber) {
        return lines.read(keys.id(electionNumber));
    }

    /**
     * The ballot as the tabulation reads it. A candidate whose nomination is no longer REGISTERED
     * (withdrawn or deregistered after the ballot was fixed) is marked struck off: counted, never elected.
     * A line without a nomination (a ballot fixed by hand) stands.
     */
    @Transactional(readOnly = true)
    public Ballot forTally(String electionNumber) {
        List<BallotEntry> entries = requireFixed(electionNumber);
        Set<String> struckOff = new HashSet<>(jdbc.sql("""
                        SELECT registration_number FROM election.nomination
                        WHERE election_id = ? AND registration_number IS NOT NULL AND status <> 'REGISTERED'""")
                .param(keys.id(electionNumber)).query(String.class).list());
        return new Ballot(IntStream.range(0, entries.size())
                .mapToObj(i -> new BallotCandidate(entries.get(i).registrationNumber(), entries.get(i).candidateName(),
                        i + 1, struckOff.contains(entries.get(i).registrationNumber())))
                .toList());
    }

    public List<BallotEntry> requireFixed(String electionNumber) {
        List<BallotEntry> entries = ballot(electionNumber);
        if (entries.isEmpty()) {
            throw new ConflictException("The ballot of election " + electionNumber
                    + " is not fixed yet; protocols are checked against it");
        }
        return entries;
    }

    private static void check(List<BallotEntry> entries) {
        List<FieldViolation> violations = new ArrayList<>();
        if (entries == null || entries.isEmpty()) {
            throw new InvalidInputException("candidates", "a ballot lists at least one candidate");
        }
        if (entries.size() > ProtocolFields.MAX_CANDIDATE_LINES) {
            throw new InvalidInputException("candidates", "a ballot of " + entries.size()
                    + " candidates does not fit the protocol form, which has " + ProtocolFields.MAX_CANDIDATE_LINES
                    + " candidate lines");
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            BallotEntry entry = entries.get(i);
            String at = "candidates[" + i + "].";
            // the column widths of ballot_line: a longer value is named here instead of failing in the database
            Optional<String> numberProblem = TextRules.problemWithLine(entry.registrationNumber(), MAX_NUMBER_LENGTH);
            if (numberProblem.isPresent()) {
                violations.add(new FieldViolation(at + "registrationNumber", numberProblem.get()));
            } else if (!numbers.add(entry.registrationNumber().strip())) {
                violations.add(new FieldViolation(at + "registrationNumber",
                        entry.registrationNumber() + " is on the ballot twice"));
            }
            TextRules.problemWithLine(entry.candidateName(), MAX_NAME_LENGTH)
                    .ifPresent(problem -> violations.add(new FieldViolation(at + "candidateName", problem)));
            if (blank(entry.nominatedBy())) {
                violations.add(new FieldViolation(at + "nominatedBy", "is required: a party or self-nomination"));
            } else {
                TextRules.problemWithLine(entry.nominatedBy(), MAX_NAME_LENGTH)
                        .ifPresent(problem -> violations.add(new FieldViolation(at + "nominatedBy", problem)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
