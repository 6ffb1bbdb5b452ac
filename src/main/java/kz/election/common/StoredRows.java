package kz.election.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What the domain services need to read their rows and JSON columns back: one place instead of a
 * private copy in every service. A JSON column that cannot be read is a broken row, not bad input.
 */
public final class StoredRows {

    private StoredRows() {
    }

    /** A TIMESTAMPTZ column as an instant, null stays null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** The value as the JSON text a JSONB column stores. */
    public static String toJson(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot be stored as JSON: " + value, e);
        }
    }

    /** A stored JSON text read back; null stays null. */
    public static <T> T fromJson(ObjectMapper json, String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read: " + text, e);
        }
    }
}
