package kz.election.web;

import java.util.List;
import kz.election.audit.AuditEntry;
import kz.election.audit.AuditTrail;
import kz.election.audit.ChainHeads;
import kz.election.audit.ChainVerification;
import kz.election.audit.ProtocolChain;
import kz.election.audit.ProtocolChainView;
import kz.election.audit.SignedChainHead;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final ChainHeads heads;

    AuditController(AuditTrail audit, ProtocolChain chain, ChainHeads heads) {
        this.audit = audit;
        this.chain = chain;
        this.heads = heads;
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

    /**
     * Recomputes the chain from the stored protocols; {@code intact} false names the first break. With
     * {@code length} and {@code digest} of a head published earlier, also checks that the chain still holds it.
     */
    @GetMapping("/verify")
    ChainVerification verify(@PathVariable String number, @RequestParam(required = false) Integer length,
                             @RequestParam(required = false) String digest) {
        return chain.verify(number, length, digest);
    }

    /**
     * The chain's head signed with the installation's Ed25519 key, as a file to keep: whoever holds it
     * detects a later rewrite of the chain (README, "Audit, the protocol chain").
     */
    @GetMapping("/chain/head")
    ResponseEntity<SignedChainHead> head(@PathVariable String number) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(number + "-chain-head.json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(heads.signedHead(number));
    }
}
