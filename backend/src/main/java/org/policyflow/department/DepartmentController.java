package org.policyflow.department;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The registry as the workbench needs it: every body, to choose a lead or a supporting body from. */
@RestController
@RequestMapping("/api/departments")
class DepartmentController {

    private final DepartmentService departments;

    DepartmentController(DepartmentService departments) {
        this.departments = departments;
    }

    /** Every registered body (and every body an import created), by kind and name. */
    @GetMapping
    List<Body> list() {
        return departments.list();
    }
}
