package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Groups follow the department registry, in its transaction; the start-up step can run again without effect. */
class IdentityStartupTest extends IdentityIntegrationTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityStartup startup;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void everyBodyHasAWorkflowGroupWithItsChineseName() {
        List<String> bodies = jdbc.sql("select id from pf_department").query(String.class).list();
        assertThat(bodies).contains(IdentityGroups.COORDINATION_OFFICE, "city-government-office");
        for (String body : bodies) {
            Group group = identityService.createGroupQuery().groupId(body).singleResult();
            assertThat(group).as(body).isNotNull();
            assertThat(group.getType()).isEqualTo("WORKFLOW");
            assertThat(group.getName()).isEqualTo(jdbc.sql("select name from pf_department where id = ?")
                    .param(body).query(String.class).single());
        }
        assertThat(identityService.createGroupQuery().groupIdIn(IdentityGroups.MODELLERS, IdentityGroups.ADMINS,
                IdentityGroups.CAMUNDA_ADMIN).count()).isEqualTo(3);
    }

    @Test
    void demoAccountsExistWithTheirGroups() {
        assertThat(identityService.checkPassword(TestDepartments.COUNTY, "demo")).isTrue();
        assertThat(memberOf("coordinator")).containsExactly(IdentityGroups.COORDINATION_OFFICE);
        assertThat(memberOf("modeller")).containsExactly(IdentityGroups.MODELLERS);
        assertThat(memberOf("admin")).containsExactlyInAnyOrder(IdentityGroups.ADMINS, IdentityGroups.CAMUNDA_ADMIN);
        assertThat(memberOf("city-government-office")).containsExactly("city-government-office");
    }

    @Test
    void runningTheStartUpStepAgainChangesNothing() throws Exception {
        long groups = identityService.createGroupQuery().count();
        long users = identityService.createUserQuery().count();
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();

        startup.run(null);

        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    }

    @Test
    void aBodyRegisteredLaterGetsItsGroupAndAccountInTheSameTransaction() {
        TestDepartments.register(jdbc, transactions, events, "test-later-body", "测试新增单位", "OTHER");
        assertThat(identityService.createGroupQuery().groupId("test-later-body").singleResult().getName())
                .isEqualTo("测试新增单位");
        assertThat(memberOf("test-later-body")).containsExactly("test-later-body");

        transactions.executeWithoutResult(status -> {
            TestDepartments.register(jdbc, transactions, events, "test-rolled-back", "测试回滚单位", "OTHER");
            status.setRollbackOnly();
        });
        assertThat(identityService.createGroupQuery().groupId("test-rolled-back").count()).isZero();
        assertThat(identityService.createUserQuery().userId("test-rolled-back").count()).isZero();
    }

    private List<String> memberOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
