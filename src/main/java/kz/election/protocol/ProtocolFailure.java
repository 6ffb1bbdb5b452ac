package kz.election.protocol;

import java.util.List;

/**
 * One failed control check.
 *
 * @param fields  stable field names (see {@link ProtocolFields}) the PEC has to look at again
 * @param message what is wrong, with the numbers, for the commission member correcting the protocol
 */
public record ProtocolFailure(ProtocolCheck check, List<String> fields, String message) {

    public ProtocolFailure {
        fields = List.copyOf(fields);
    }
}
