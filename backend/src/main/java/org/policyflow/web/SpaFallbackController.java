package org.policyflow.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Client-side routes of the workbench (/inbox, /items/3 …) are answered with index.html so a reload or a
 * bookmark works. Paths with a dot in their first segment and the server's own prefixes are not routes:
 * a missing /assets/x.js stays a 404.
 */
@Controller
class SpaFallbackController {

    private static final String ROUTE = "{route:^(?!(?:api|engine-rest|camunda|actuator|assets|error)$)[^.]*$}";

    @GetMapping({"/" + ROUTE, "/" + ROUTE + "/**"})
    String index() {
        return "forward:/index.html";
    }
}
