package kz.election.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import kz.election.commission.Commission;
import kz.election.commission.Importer;
import kz.election.commission.Member;
import kz.election.commission.Position;
import kz.election.commission.RegisterAccessException;
import kz.election.commission.RegisterImports;
import kz.election.commission.Registers;
import kz.election.commission.Territory;
import kz.election.common.InvalidInputException;
import kz.election.common.NotFoundException;
import kz.election.platform.EngineUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers of territories (KATO), commissions and their members. Everyone signed in reads them;
 * administrators import territories; administrators and the commissions above change commissions and
 * members (RegisterImports decides from the signed-in user's seats in the register). A file with a
 * wrong line is answered 400 naming each line and column, and nothing of it is imported.
 */
@RestController
@RequestMapping("/api")
class RegisterController {

    static final String CSV = "text/csv";
    private static final Set<String> ADMIN_GROUPS = Set.of("admins", "camunda-admin");

    @Schema(description = "A member's seat on a commission")
    record Seat(@Schema(description = "the member's position on the commission", requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CHAIR", "DEPUTY_CHAIR", "SECRETARY", "MEMBER"}) String position) {
    }

    private final Registers registers;
    private final RegisterImports imports;
    private final EngineUsers engineUsers;

    RegisterController(Registers registers, RegisterImports imports, EngineUsers engineUsers) {
        this.registers = registers;
        this.imports = imports;
        this.engineUsers = engineUsers;
    }

    /** Every territory, or those lying directly in {@code parent}. */
    @GetMapping("/territories")
    List<Territory> territories(@RequestParam(required = false) String parent) {
        return registers.territories().stream()
                .filter(territory -> parent == null || parent.equals(territory.parentCode())).toList();
    }

    /** Every commission, or those answering directly to {@code parent}. */
    @GetMapping("/commissions")
    List<Commission> commissions(@RequestParam(required = false) String parent) {
        return registers.commissions().stream()
                .filter(commission -> parent == null || parent.equals(commission.parentCode())).toList();
    }

    @PostMapping(path = "/territories", consumes = CSV)
    RegisterImports.Outcome importTerritories(@RequestBody byte[] file, Authentication caller) {
        return imports.importTerritories(file, "POST /api/territories", importer(caller));
    }

    @PostMapping(path = "/commissions", consumes = CSV)
    RegisterImports.Outcome importCommissions(@RequestBody byte[] file, Authentication caller) {
        return imports.importCommissions(file, "POST /api/commissions", importer(caller));
    }

    @PostMapping(path = "/commissions/members", consumes = CSV)
    RegisterImports.Outcome importMembers(@RequestBody byte[] file, Authentication caller) {
        return imports.importMembers(file, "POST /api/commissions/members", importer(caller), userExists());
    }

    @GetMapping("/commissions/{code}/members")
    List<Member> members(@PathVariable String code) {
        registers.commission(code).orElseThrow(() -> new NotFoundException("Commission", code));
        return registers.members(code);
    }

    @PutMapping("/commissions/{code}/members/{userId}")
    Member seat(@PathVariable String code, @PathVariable String userId, @RequestBody Seat seat, Authentication caller) {
        Position position = seat.position() == null ? null : parse(seat.position());
        return imports.seat(code, userId, position, importer(caller), userExists());
    }

    @DeleteMapping("/commissions/{code}/members/{userId}")
    ResponseEntity<Void> unseat(@PathVariable String code, @PathVariable String userId, Authentication caller) {
        imports.unseat(code, userId, importer(caller));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(RegisterAccessException.class)
    ProblemDetail forbidden(RegisterAccessException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setProperty(ApiProblems.ERRORS, e.violations());
        return problem;
    }

    private static Position parse(String position) {
        for (Position candidate : Position.values()) {
            if (candidate.name().equals(position)) {
                return candidate;
            }
        }
        throw new InvalidInputException("position", "'" + position + "' is not one of "
                + List.of(Position.values()));
    }

    // who the caller is and whether they administer comes from the authentication, never from the request
    private static Importer importer(Authentication caller) {
        boolean admin = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(ADMIN_GROUPS::contains);
        return new Importer(caller.getName(), admin);
    }

    private Predicate<String> userExists() {
        return userId -> engineUsers.groupsOf(userId).isPresent();
    }
}
