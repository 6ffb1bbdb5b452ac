package kz.election.candidate;

import java.util.Objects;

/** The candidate's declarations that the law requires and staff confirm. */
public record Declarations(
        DeclarationStatus legalCapacity,
        DeclarationStatus noCriminalRecord,
        DeclarationStatus noCorruptionOffence) {

    public Declarations {
        Objects.requireNonNull(legalCapacity, "legalCapacity");
        Objects.requireNonNull(noCriminalRecord, "noCriminalRecord");
        Objects.requireNonNull(noCorruptionOffence, "noCorruptionOffence");
    }

    public static Declarations none() {
        return new Declarations(DeclarationStatus.NOT_DECLARED, DeclarationStatus.NOT_DECLARED,
                DeclarationStatus.NOT_DECLARED);
    }

    /** All three declared by the candidate and not yet looked at by staff. */
    public static Declarations allDeclared() {
        return new Declarations(DeclarationStatus.DECLARED, DeclarationStatus.DECLARED,
                DeclarationStatus.DECLARED);
    }
}
