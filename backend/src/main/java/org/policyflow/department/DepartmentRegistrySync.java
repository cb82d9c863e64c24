package org.policyflow.department;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Copies the registry file into pf_department at start-up, before identities (20) and the seed import (30). */
@Component
@Order(DepartmentRegistrySync.ORDER)
class DepartmentRegistrySync implements ApplicationRunner {

    static final int ORDER = 10;
    private static final Logger log = LoggerFactory.getLogger(DepartmentRegistrySync.class);

    private final DepartmentService departments;

    DepartmentRegistrySync(DepartmentService departments) {
        this.departments = departments;
    }

    @Override
    public void run(ApplicationArguments args) {
        DepartmentRegistry registry = DepartmentRegistry.load();
        List<Body> inserted = departments.syncRegistry(registry);
        log.info("Department registry: {} bodies in the registry file, {} newly registered", registry.entries().size(),
                inserted.size());
    }
}
