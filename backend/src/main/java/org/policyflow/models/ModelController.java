package org.policyflow.models;

import java.util.List;

import org.policyflow.identity.Modellers;
import org.policyflow.models.ModelCatalog.ModelVersion;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the modeler page lists: deployed models and their versions with running instances. Reading and deploying a
 * model's XML goes through the engine's REST API (/engine-rest/deployment), under the modeller's own authorizations.
 */
@RestController
@RequestMapping("/api/models")
@Modellers
class ModelController {

    private final ModelCatalog catalog;

    ModelController(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** The latest version of every deployed BPMN, DMN and form, by resource name (bpmn/…). */
    @GetMapping
    List<ModelVersion> latest() {
        return catalog.latest();
    }

    /** Every version of one resource, newest first, with the running instances of each process version. */
    @GetMapping("/versions")
    List<ModelVersion> versions(@RequestParam String resource) {
        List<ModelVersion> versions = catalog.versions(resource);
        if (versions.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "resource：没有名为“" + resource + "”的已部署模型");
        }
        return versions;
    }
}
