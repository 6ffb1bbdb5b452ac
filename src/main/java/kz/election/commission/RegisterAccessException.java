package kz.election.commission;

import java.util.List;
import kz.election.common.FieldViolation;

/** A change of the registers the importer may not make; answered 403 naming why. */
public class RegisterAccessException extends RuntimeException {

    private final List<FieldViolation> violations;

    public RegisterAccessException(String message, List<FieldViolation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
