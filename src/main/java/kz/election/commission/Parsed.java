package kz.election.commission;

import java.util.List;
import kz.election.common.FieldViolation;

/**
 * A register file read and checked: its rows when every line is right, else every wrong line named.
 *
 * @param noneAllowed the importer may touch none of the file's rows: the file is refused as forbidden
 *                    rather than as wrong
 */
public record Parsed<T>(List<T> rows, List<FieldViolation> errors, boolean noneAllowed) {

    public Parsed {
        rows = errors.isEmpty() ? List.copyOf(rows) : List.of();
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
