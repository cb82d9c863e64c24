package org.policyflow.escalation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation queue over HTTP. The coordinating office and administrators see every open escalation; a body sees
 * those addressed to it (its Camunda groups, authorities {@code GROUP_<id>}).
 */
@RestController
@RequestMapping("/api/escalations")
class EscalationController {

    private static final String GROUP = "GROUP_";
    private static final Set<String> SEE_ALL = Set.of(GROUP + "coordination-office", GROUP + "camunda-admin");

    private final EscalationQueue queue;

    EscalationController(EscalationQueue queue) {
        this.queue = queue;
    }

    /**
     * @param department only this body's escalations; others than the coordinating office and administrators may ask
     *                   only for a body they belong to
     */
    @GetMapping
    @PreAuthorize("hasAnyAuthority('GROUP_coordination-office', 'GROUP_camunda-admin')"
            + " or #department == null or hasAuthority('GROUP_' + #department)")
    List<EscalationQueue.OpenEscalation> open(@RequestParam(required = false) String department,
                                              Authentication authentication) {
        if (department != null) {
            return queue.ofDepartments(List.of(department));
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.stream().anyMatch(SEE_ALL::contains)) {
            return queue.all();
        }
        return queue.ofDepartments(authorities.stream().filter(a -> a.startsWith(GROUP))
                .map(a -> a.substring(GROUP.length())).toList());
    }
}
