package kz.election.noconfidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import kz.election.election.AkimTerm;
import kz.election.election.CertifiedAkimElections;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The akim every no-confidence story is about: Nurlan Abenov, elected through election.bpmn on
 * 13 September 2026 in a fresh rural election and certified, in office from 2 October 2026; the
 * maslikhat rejected their reports on 10 December 2026 and 15 February 2027. Engine time is then set
 * to 1 March 2027, 10:00 (UTC+5).
 */
final class AkimOfKosshy {

    static final String NAME = "Nurlan Abenov";
    static final String EMAIL = "akim@example.kz";
    static final LocalDate IN_OFFICE_SINCE = LocalDate.parse("2026-10-02");
    static final List<LocalDate> REPORTS_REJECTED = List.of(LocalDate.parse("2026-12-10"), LocalDate.parse("2027-02-15"));

    private AkimOfKosshy() {
    }

    /** Elects and certifies the akim, whose nomination asks for mails in {@code language}; returns the election number. */
    static String elect(CertifiedAkimElections elections, String language) {
        ClockUtil.reset();
        AkimTerm term = elections.elect("no-confidence", new CertifiedAkimElections.Nominee(NAME, EMAIL, language));
        if (!term.termFrom().equals(IN_OFFICE_SINCE) || !term.akimName().equals(NAME)) {
            throw new IllegalStateException("the election certified " + term);
        }
        at("2027-03-01T10:00:00+05:00");
        return term.electionNumber();
    }

    static MotionRequest motion(String election, int deputies, int signed) {
        List<Initiator> initiators = new ArrayList<>();
        for (int i = 1; i <= signed; i++) {
            initiators.add(new Initiator("Deputy " + (char) ('A' + i - 1) + ". Seitkali", LocalDate.parse("2027-02-20")));
        }
        initiators.add(new Initiator("Deputy Unsigned", null));
        return new MotionRequest(CaseKind.MOTION, election, "Kosshy district maslikhat", deputies, initiators,
                MotionGround.REPORTS_REJECTED_TWICE, null, REPORTS_REJECTED, null, null, null);
    }

    static void at(String offsetDateTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(offsetDateTime).toInstant()));
    }
}
