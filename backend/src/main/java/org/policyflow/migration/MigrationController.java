package org.policyflow.migration;

import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.Modellers;
import org.policyflow.migration.MigrationApi.MigrationPlans;
import org.policyflow.migration.MigrationApi.MigrationProgress;
import org.policyflow.migration.MigrationApi.MigrationRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The studio's migration panel: after a new version of a process is deployed, move the running instances of its
 * older versions onto it. Modellers (and Camunda's administrators) only; the same moves are open to them through
 * /engine-rest/migration/* under their engine authorizations.
 */
@RestController
@RequestMapping("/api/migrations")
@Modellers
class MigrationController {

    private final MigrationRuns runs;

    MigrationController(MigrationRuns runs) {
        this.runs = runs;
    }

    /**
     * The plan from each older version with running instances to the latest version of the key: which activities
     * map where, which do not, and the chosen instances tried against it (nothing is changed).
     */
    @PostMapping("/plan")
    MigrationPlans plan(@RequestBody MigrationRequest request) {
        return runs.check(request);
    }

    /** Moves the chosen instances that can move, as Camunda batches; poll GET /api/migrations/{id} for progress. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MigrationProgress start(@RequestBody MigrationRequest request, @AuthenticationPrincipal CurrentUser user) {
        return runs.start(request, user);
    }

    /** How far a run is: instances moved, failed, and whether its batches are over. */
    @GetMapping("/{id}")
    MigrationProgress progress(@PathVariable long id) {
        return runs.progress(id);
    }
}
