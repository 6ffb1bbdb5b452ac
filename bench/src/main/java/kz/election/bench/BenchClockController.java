package kz.election.bench;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import kz.election.common.ElectionTime;
import kz.election.common.InvalidInputException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The election-night benchmark (bench/README.md) brings hundreds of elections to polls close without
 * waiting weeks: it moves this node's engine clock. Exists only under the {@code bench} profile, and
 * only Camunda administrators may call it; a production node never has it.
 *
 * <p>The clock keeps running from the new time ({@link ClockUtil#offset}), so timers, history and
 * protocol stamps advance as on a real night; a fixed time would stamp every step alike.
 */
@RestController
@Profile("bench")
@RequestMapping("/api/bench/clock")
class BenchClockController {

    private static final String CAMUNDA_ADMIN = "camunda-admin";

    record ClockRequest(OffsetDateTime now) {
    }

    @GetMapping
    Map<String, Object> now() {
        return Map.of("now", current());
    }

    @PutMapping
    Map<String, Object> move(@RequestBody ClockRequest request, Authentication caller) {
        if (caller.getAuthorities().stream().noneMatch(a -> CAMUNDA_ADMIN.equals(a.getAuthority()))) {
            throw new AccessDeniedException("only Camunda administrators move the benchmark's clock");
        }
        if (request == null || request.now() == null) {
            throw new InvalidInputException("now", "is required: the engine time to run from, e.g. 2026-09-13T20:00:00+05:00");
        }
        Instant target = request.now().toInstant();
        ClockUtil.offset(target.toEpochMilli() - System.currentTimeMillis());
        return Map.of("now", current());
    }

    private static OffsetDateTime current() {
        Date now = ClockUtil.getCurrentTime();
        // the benchmark's elections run all over the country: its clock reads in the country's zone
        return now.toInstant().atZone(ElectionTime.COUNTRY).toOffsetDateTime();
    }
}
