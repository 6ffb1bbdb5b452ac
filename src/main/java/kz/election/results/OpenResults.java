package kz.election.results;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.election.commission.Commission;
import kz.election.commission.Registers;
import kz.election.commission.Territory;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.notification.MailLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public results as open data: an election's NIST SP 1500-100 report ({@link NistReport}), read in
 * one read-only transaction.
 */
@Service
@Transactional(readOnly = true)
public class OpenResults {

    private final ResultsReadModel results;
    private final ElectionService elections;
    private final Registers registers;
    private final ResultsTexts texts = new ResultsTexts();

    OpenResults(ResultsReadModel results, ElectionService elections, Registers registers) {
        this.results = results;
        this.elections = elections;
        this.registers = registers;
    }

    /** @throws kz.election.common.NotFoundException when no election has this number */
    public ObjectNode nist(String electionNumber, MailLanguage language) {
        ResultsView view = results.election(electionNumber, language);
        Election election = elections.byNumber(electionNumber);
        List<Territory> chain = view.territoryCode() == null ? List.of()
                : registers.territoryAndAncestors(view.territoryCode());
        Commission organizer = election.organizerCode() == null ? null
                : registers.commission(election.organizerCode()).orElse(null);
        return NistReport.of(view, election.reason(), chain, organizer, texts, language);
    }
}
