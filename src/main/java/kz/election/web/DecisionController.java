package kz.election.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import kz.election.audit.Decision;
import kz.election.audit.DecisionLog;
import kz.election.common.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors and admins read who decided what (the security configuration keeps everyone else out). */
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

    private final DecisionLog decisionLog;

    DecisionController(DecisionLog decisionLog) {
        this.decisionLog = decisionLog;
    }

    @GetMapping
    List<Decision> forBusinessKey(
            @RequestParam @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9-]+",
                    message = "must be an election or reference number such as 2026-RUR-0042") String businessKey) {
        return decisionLog.forBusinessKey(businessKey);
    }

    @GetMapping("/{id}")
    Decision byId(@PathVariable long id) {
        return decisionLog.byId(id).orElseThrow(() -> new NotFoundException("Decision", id));
    }
}
