package kz.election.election;

import java.util.List;

/** The outcome of a precinct upload: all precincts, or every error so staff fix the file in one go. */
public sealed interface PrecinctUpload {

    record Accepted(List<PrecinctRow> precincts) implements PrecinctUpload {
        public Accepted {
            precincts = List.copyOf(precincts);
        }
    }

    record Rejected(List<CsvError> errors) implements PrecinctUpload {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
