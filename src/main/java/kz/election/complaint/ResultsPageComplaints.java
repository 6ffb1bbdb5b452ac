package kz.election.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.election.common.ElectionTime;
import kz.election.results.PublicComplaint;
import kz.election.results.PublicComplaints;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints of an election as the public may see them, on the results page and in the complaint
 * API's public list: number, subject, status, the commission's decision and remedy, and a court's
 * ruling. The query selects only those columns: the complainant's name, email, language and text, the
 * reasons and the ruling summary are never read, so no page or export can show them. One statement per
 * election, whatever the number of complaints (the results page is read on election night).
 */
@Component
@Transactional(readOnly = true)
class ResultsPageComplaints implements PublicComplaints {

    private final JdbcClient jdbc;

    ResultsPageComplaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublicComplaint> ofElection(String electionNumber) {
        // a remedy on a candidate names the registration number and name when the nominee was ever
        // registered (a public fact); a nominee who never was is named by the nomination reference only
        return jdbc.sql("""
                        SELECT c.complaint_number, c.filed_at, c.subject, c.subject_reference, c.status, c.decision,
                               c.remedy, c.remedy_precinct, c.remedy_nomination, rn.registration_number AS remedy_reg,
                               rn.full_name AS remedy_name, c.decided_at, a.ruling, a.ruled_on, a.remedy AS court_remedy,
                               a.remedy_precinct AS court_precinct, a.remedy_nomination AS court_nomination,
                               cn.registration_number AS court_reg, cn.full_name AS court_name, e.territory_code
                        FROM election.complaint c
                        JOIN election.election e ON e.id = c.election_id
                        LEFT JOIN election.court_appeal a ON a.complaint_id = c.id
                        LEFT JOIN election.nomination rn ON rn.reference_number = c.remedy_nomination
                        LEFT JOIN election.nomination cn ON cn.reference_number = a.remedy_nomination
                        WHERE e.election_number = ? ORDER BY c.sequence""")
                .param(electionNumber)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Dates are days of the election's own time zone (its territory's), as the rest of the page writes them. */
    private PublicComplaint row(ResultSet rs) throws SQLException {
        ZoneId zone = ElectionTime.zoneOf(rs.getString("territory_code"));
        ComplaintSubject subject = ComplaintSubject.valueOf(rs.getString("subject"));
        return new PublicComplaint(rs.getString("complaint_number"), date(rs.getTimestamp("filed_at"), zone),
                subject.name(), publicReference(subject, rs.getString("subject_reference")), rs.getString("status"),
                rs.getString("decision"), rs.getString("remedy"),
                target(rs.getObject("remedy_precinct", Integer.class), rs.getString("remedy_nomination"),
                        rs.getString("remedy_reg"), rs.getString("remedy_name")),
                date(rs.getTimestamp("decided_at"), zone), rs.getString("ruling"),
                rs.getObject("ruled_on", LocalDate.class), rs.getString("court_remedy"),
                target(rs.getObject("court_precinct", Integer.class), rs.getString("court_nomination"),
                        rs.getString("court_reg"), rs.getString("court_name")));
    }

    /** What the complaint is about, where that is a precinct or a nomination; free text (a result, a violation) could name a person. */
    static String publicReference(ComplaintSubject subject, String reference) {
        return switch (subject) {
            case REGISTRATION_DECISION, REFUSAL, PRECINCT_PROTOCOL -> reference;
            case RESULT, ELECTION_DAY_VIOLATION -> null;
        };
    }

    private static String target(Integer precinct, String nomination, String registrationNumber, String name) {
        if (precinct != null) {
            return precinct.toString();
        }
        if (registrationNumber != null) {
            return registrationNumber + " " + name;
        }
        return nomination;
    }

    private static LocalDate date(Timestamp at, ZoneId zone) {
        return at == null ? null : LocalDate.ofInstant(at.toInstant(), zone);
    }
}
