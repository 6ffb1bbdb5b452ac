package kz.election.ruleset;

import java.util.Objects;

/** A ruleset value with the legal source it comes from, so every number in a decision can be traced. */
public record Cited<T>(T value, String citation, Certainty certainty) {

    public Cited {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(certainty, "certainty");
    }

    public boolean confirmed() {
        return certainty == Certainty.C;
    }
}
