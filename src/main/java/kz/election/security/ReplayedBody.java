package kz.election.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A request whose body a filter has read, for Camunda to read again: the same bytes, or the ones the filter put in
 * their place (its Content-Length says their length).
 */
final class ReplayedBody extends HttpServletRequestWrapper {

    private static final String CONTENT_LENGTH = "Content-Length";

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The JSON of a body a filter read, or null when it is none: the engine answers that as any bad body. */
    static com.fasterxml.jackson.databind.JsonNode jsonOf(byte[] body, com.fasterxml.jackson.databind.ObjectMapper json) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the replayed body is read blocking");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getHeader(String name) {
        return CONTENT_LENGTH.equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return CONTENT_LENGTH.equalsIgnoreCase(name) ? Collections.enumeration(List.of(String.valueOf(body.length)))
                : super.getHeaders(name);
    }
}
