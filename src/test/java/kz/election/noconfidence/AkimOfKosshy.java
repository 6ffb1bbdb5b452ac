package kz.election.noconfidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import kz.election.election.AnnouncementRequest;
import kz.election.election.ElectionReason;
import kz.election.election.ElectionService;
import kz.election.election.Level;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The akim every no-confidence story is about: elected on 13 September 2026 in a fresh district
 * election, in office from 20 September; the maslikhat rejected their reports on 10 December 2026
 * and 15 February 2027. Engine time is set to 1 March 2027, 10:00 (UTC+5).
 */
final class AkimOfKosshy {

    static final String PRECINCTS = """
            number;address;voters
            1;Village school No. 3;812
            2;"House of culture; main hall";430
            """;
    static final LocalDate IN_OFFICE_SINCE = LocalDate.parse("2026-09-20");
    static final List<LocalDate> REPORTS_REJECTED = List.of(LocalDate.parse("2026-12-10"), LocalDate.parse("2027-02-15"));

    private AkimOfKosshy() {
    }

    static String elect(ElectionService elections, CertifiedAkims akims, String language) {
        ClockUtil.reset();
        String election = elections.announce(new AnnouncementRequest("Kosshy district " + UUID.randomUUID(),
                Level.DISTRICT, "Akim of Kosshy district", ElectionReason.REGULAR, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-09-13"), LocalDate.parse("2026-10-01"), null, null, PRECINCTS), "demo-tec").number();
        akims.certify(new SittingAkim(election, "Nurlan Abenov", "akim@example.kz", language, IN_OFFICE_SINCE));
        at("2027-03-01T10:00:00+05:00");
        return election;
    }

    static MotionRequest motion(String election, int deputies, int signed) {
        List<Initiator> initiators = new java.util.ArrayList<>();
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
