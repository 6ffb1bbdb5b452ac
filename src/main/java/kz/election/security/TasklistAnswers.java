package kz.election.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiConsumer;
import kz.election.i18n.StaffLanguages;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A read of Tasklist's engine REST answered in the member's language: the answer is held back and, when it is a
 * successful JSON answer, handed with the member's language (kk or ru by the browser's Accept-Language, else
 * English) to a translation that rewrites it in place. Any other answer passes unchanged.
 */
final class TasklistAnswers {

    private TasklistAnswers() {
    }

    static void translated(HttpServletRequest request, HttpServletResponse response, FilterChain chain, ObjectMapper json,
            BiConsumer<JsonNode, String> translation) throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, held);
        String type = held.getContentType();
        if (held.getStatus() != 200 || type == null || !type.contains("json") || held.getContentSize() == 0) {
            held.copyBodyToResponse();
            return;
        }
        JsonNode body = json.readTree(held.getContentAsByteArray());
        translation.accept(body, StaffLanguages.fromAcceptLanguage(request.getHeader("Accept-Language")));
        byte[] bytes = json.writeValueAsBytes(body);
        held.resetBuffer();
        held.setContentLength(bytes.length);
        held.getOutputStream().write(bytes);
        held.copyBodyToResponse();
    }
}
