package kz.election.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is and which roles they hold: the first thing an integration checks. */
@RestController
class MeController {

    record Me(String userId, List<String> groups) {
    }

    @GetMapping("/api/me")
    Me me(Authentication caller) {
        return new Me(caller.getName(), caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
    }
}
