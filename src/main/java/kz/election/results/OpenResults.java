package kz.election.results;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.election.commission.Commission;
import kz.election.commission.Registers;
import kz.election.commission.Territory;
import kz.election.election.Election;
import kz.election.election.ElectionService;
import kz.election.notification.MailLanguage;
import kz.election.notification.MailSettings;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public results as open data: an election's NIST SP 1500-100 report ({@link NistReport}) and the
 * Atom feed of published result versions ({@link ResultsFeed}), read in one read-only transaction each.
 * Only published versions reach the feed: an established result no second member has published is not
 * public (see {@link ResultStatus}).
 */
@Service
@Transactional(readOnly = true)
public class OpenResults {

    private final ResultsReadModel results;
    private final ElectionService elections;
    private final Registers registers;
    private final JdbcClient jdbc;
    private final String baseUrl;
    private final ResultsTexts texts = new ResultsTexts();

    OpenResults(ResultsReadModel results, ElectionService elections, Registers registers, JdbcClient jdbc,
                MailSettings mail) {
        this.results = results;
        this.elections = elections;
        this.registers = registers;
        this.jdbc = jdbc;
        this.baseUrl = mail.baseUrl();
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

    /**
     * The feed of the elections {@code filter} admits (the public list's filter), newest publication first,
     * at most {@link ResultsFeed#ENTRIES} entries.
     */
    public String feed(TerritoryChoices choices, TerritoryFilter filter, MailLanguage language) {
        Map<String, ElectionListing> admitted = results.elections(choices, filter, language).stream()
                .collect(Collectors.toMap(ElectionListing::number, Function.identity()));
        List<FeedItem> items = admitted.isEmpty() ? List.of() : jdbc.sql("""
                        SELECT e.election_number, r.version, r.outcome, r.winner_name, r.cause, r.published_at,
                               r.version > (SELECT MIN(f.version) FROM election.election_result f
                                            WHERE f.election_id = r.election_id AND f.published_at IS NOT NULL)
                                   AS revision
                        FROM election.election_result r JOIN election.election e ON e.id = r.election_id
                        WHERE r.published_at IS NOT NULL
                          AND e.election_number = ANY (string_to_array(:numbers, ','))
                        ORDER BY r.published_at DESC, e.election_number, r.version DESC
                        LIMIT :limit""")
                // one parameter however many elections the country has held (a bind list has a limit)
                .param("numbers", String.join(",", admitted.keySet()))
                .param("limit", ResultsFeed.ENTRIES)
                .query((rs, n) -> new FeedItem(rs.getString("election_number"),
                        admitted.get(rs.getString("election_number")).place().territory(), rs.getInt("version"),
                        rs.getBoolean("revision"), rs.getString("outcome"), rs.getString("winner_name"),
                        rs.getString("cause"), rs.getTimestamp("published_at").toInstant()))
                .list();
        TerritoryName oblast = filter.oblast() == null ? null : choices.oblasts().stream()
                .filter(o -> o.code().equals(filter.oblast())).findFirst().orElse(null);
        return ResultsFeed.render(items, oblast, filter.query(), baseUrl, language, texts,
                ClockUtil.getCurrentTime().toInstant());
    }
}
