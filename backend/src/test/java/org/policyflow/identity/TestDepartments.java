package org.policyflow.identity;

import java.time.OffsetDateTime;

import org.policyflow.department.DepartmentRegistered;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the bodies the identity tests rely on, as the department registry's start-up sync (step 10) does: the
 * two well-known offices (unless the registry already has them) and test bodies of its own, before identity's
 * start-up step (20) runs.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestDepartments {

    static final String BUREAU_A = "test-bureau-a";
    static final String BUREAU_A_NAME = "测试局甲";
    static final String BUREAU_B = "test-bureau-b";
    static final String COUNTY = "test-county";

    @Bean
    @Order(15)
    ApplicationRunner registerTestDepartments(JdbcClient jdbc, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        return args -> {
            register(jdbc, transactions, events, IdentityGroups.COORDINATION_OFFICE, "行动方案协调办公室", "COORDINATION");
            register(jdbc, transactions, events, "city-government-office", "市政府办公室", "GOVERNMENT_OFFICE");
            register(jdbc, transactions, events, BUREAU_A, BUREAU_A_NAME, "MUNICIPAL");
            register(jdbc, transactions, events, BUREAU_B, "测试局乙", "MUNICIPAL");
            register(jdbc, transactions, events, COUNTY, "测试县", "COUNTY");
        };
    }

    static void register(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
            String id, String name, String kind) {
        transactions.executeWithoutResult(status -> {
            if (jdbc.sql("select count(*) from pf_department where id = ?").param(id).query(Integer.class).single() > 0) {
                return;
            }
            jdbc.sql("insert into pf_department (id, name, kind, created_at) values (?, ?, ?, ?)")
                    .params(id, name, kind, OffsetDateTime.now()).update();
            events.publishEvent(new DepartmentRegistered(id, name, kind));
        });
    }
}
