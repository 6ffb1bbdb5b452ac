package kz.election.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A POST to an {@code /api} call that takes no body (accept a protocol, cancel an election without a
 * reason) is what a plain HTML form on another site can send with the browser's credentials: such a call
 * sent with a form's content type (url-encoded, text/plain, multipart) needs the header
 * {@value CrossSiteRequests#MARKER}; JSON, or no body and no content type at all
 * (curl -X POST), is no form's. Calls that read a JSON body already refuse a form's content type with
 * 415, and uploads are covered by the Origin and Sec-Fetch-Site checks.
 */
class BodylessPostGuard implements HandlerInterceptor {

    private final ProblemSecurityHandler problems;

    BodylessPostGuard(ProblemSecurityHandler problems) {
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!request.getMethod().equals("POST") || !(handler instanceof HandlerMethod method) || takesBody(method)
                || !CrossSiteRequests.browserSendsWithoutOrigin(request) || request.getHeader(CrossSiteRequests.MARKER) != null) {
            return true;
        }
        problems.write(request, response, HttpStatus.FORBIDDEN, CrossSiteRequests.needsMarker(request));
        return false;
    }

    /** A call whose body may be left out (cancellation's reason) counts as body-less. */
    private static boolean takesBody(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters()).anyMatch(parameter ->
                (parameter.hasParameterAnnotation(RequestBody.class)
                        && parameter.getParameterAnnotation(RequestBody.class).required())
                        || parameter.hasParameterAnnotation(RequestPart.class)
                        || MultipartFile.class.isAssignableFrom(parameter.getParameterType()));
    }
}
