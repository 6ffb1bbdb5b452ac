package kz.election.election;

/** One problem of an uploaded file; {@code column} is null when the whole line is at fault. */
public record CsvError(int line, String column, String message) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
