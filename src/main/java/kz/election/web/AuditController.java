package kz.election.web;

import java.util.List;
import kz.election.audit.AuditEntry;
import kz.election.audit.AuditTrail;
import kz.election.audit.ChainVerification;
import kz.election.audit.ProtocolChain;
import kz.election.audit.ProtocolChainView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who decided what in an election (supervisors and admins), and the hash chain of its accepted
 * protocols with its verification (anyone: a chain protects only when outsiders can hold its digests).
 * The security configuration sets who may call which.
 */
@RestController
@RequestMapping("/api/elections/{number}")
class AuditController {

    private final AuditTrail audit;
    private final ProtocolChain chain;

    AuditController(AuditTrail audit, ProtocolChain chain) {
        this.audit = audit;
        this.chain = chain;
    }

    /** Every human decision of the election, oldest first, from Camunda's history and the decision log. */
    @GetMapping("/audit")
    List<AuditEntry> audit(@PathVariable String number) {
        return audit.forElection(number);
    }

    /** The chain of accepted protocols: each link's canonical form, previous digest and digest. */
    @GetMapping("/chain")
    ProtocolChainView chain(@PathVariable String number) {
        return chain.chain(number);
    }

    /** Recomputes the chain from the stored protocols; {@code intact} false names the first break. */
    @GetMapping("/verify")
    ChainVerification verify(@PathVariable String number) {
        return chain.verify(number);
    }
}
