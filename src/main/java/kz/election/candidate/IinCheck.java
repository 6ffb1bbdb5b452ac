package kz.election.candidate;

import java.util.Optional;

/** The outcome of checking a typed-in IIN: either the parsed value or the defect with a reason. */
public sealed interface IinCheck {

    boolean isValid();

    /** The IIN when valid, so callers need no cast. */
    Optional<Iin> validIin();

    /** A sentence for staff when invalid. */
    Optional<String> invalidReason();

    record Valid(Iin iin) implements IinCheck {
        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public Optional<Iin> validIin() {
            return Optional.of(iin);
        }

        @Override
        public Optional<String> invalidReason() {
            return Optional.empty();
        }
    }

    record Invalid(IinDefect defect, String reason) implements IinCheck {
        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public Optional<Iin> validIin() {
            return Optional.empty();
        }

        @Override
        public Optional<String> invalidReason() {
            return Optional.of(reason);
        }
    }
}
