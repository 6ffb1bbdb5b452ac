package kz.election.audit;

import java.util.List;

/** The published chain of an election: where it starts, every link in order, and its head. */
public record ProtocolChainView(String electionNumber, String genesis, int length, String headDigest,
                                List<ChainLink> links) {

    public ProtocolChainView {
        links = List.copyOf(links);
    }
}
