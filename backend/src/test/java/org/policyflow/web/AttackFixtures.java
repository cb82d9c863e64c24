package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the attacker's checklist attacks: an imported one-item plan ("a world": 市商务局 leads, 市工信局 supports,
 * 昆山市 implements, and an extension request waiting for the coordinating office), a colleague in each of those
 * bodies, and victims that may be destroyed without harming the application (a process and a decision of their
 * own, a user, a group, a tenant, an authorization).
 */
final class AttackFixtures {

    /** The roles of the checklist; {@code body} is the Camunda group of a department. */
    record Role(String name, String user, String body) {

        boolean isDepartment() {
            return body != null;
        }

        String colleague() {
            return user + "-colleague";
        }
    }

    static final Role LEAD = new Role("lead body", "commerce", "commerce");
    static final Role SUPPORTING = new Role("supporting body", "industry-it", "industry-it");
    static final Role COUNTY = new Role("county body", "kunshan", "kunshan");
    static final Role COORDINATOR = new Role("coordinator", "coordinator", "coordination-office");
    static final Role MODELLER = new Role("modeller", "modeller", null);
    static final Role ADMIN = new Role("admin", "admin", null);
    static final Role ANONYMOUS = new Role("anonymous", null, null);
    static final List<Role> ROLES = List.of(LEAD, SUPPORTING, COUNTY, COORDINATOR, MODELLER, ADMIN, ANONYMOUS);

    static final String VICTIM_PROCESS = "attackVictim";
    static final String VICTIM_DECISION = "attackVictimDecision";
    static final String VICTIM_USER = "attack-victim";
    static final String VICTIM_GROUP = "attack-victim-group";
    static final String VICTIM_TENANT = "attackvictim";

    private static final AtomicInteger DOCUMENTS = new AtomicInteger(7000);

    /** One imported item with its open tasks; {@code dirty} once something changed it. */
    static final class World {
        final String businessKey;
        final long itemId;
        final String instance;
        final String leadTask;
        final String supportingTask;
        final String countyTask;
        final String reviewTask;
        boolean dirty;

        World(String businessKey, long itemId, String instance, String leadTask, String supportingTask,
                String countyTask, String reviewTask) {
            this.businessKey = businessKey;
            this.itemId = itemId;
            this.instance = instance;
            this.leadTask = leadTask;
            this.supportingTask = supportingTask;
            this.countyTask = countyTask;
            this.reviewTask = reviewTask;
        }

        /** The task the role may work on, or null for a role without tasks. */
        String ownTask(Role role) {
            if (role == LEAD) {
                return leadTask;
            }
            if (role == SUPPORTING) {
                return supportingTask;
            }
            if (role == COUNTY) {
                return countyTask;
            }
            return role == COORDINATOR ? reviewTask : null;
        }

        /** A task of a body the role does not belong to. */
        String otherTask(Role role) {
            return role == LEAD ? countyTask : leadTask;
        }
    }

    /** The values that complete each role's own task through its form, and nothing else. */
    static String formOnly(Role role) {
        if (role == LEAD) {
            return "{\"acknowledgement\":{\"value\":\"contest\"},\"contestReason\":{\"value\":\"本事项应由市发改委牵头\"}}";
        }
        if (role == COORDINATOR) {
            return "{\"decision\":{\"value\":\"refuse\"},\"reviewComment\":{\"value\":\"不同意延期\"}}";
        }
        return "{\"partAcknowledged\":{\"value\":true},\"acknowledgementComment\":{\"value\":\"已签收\"}}";
    }

    /** A department that is no part of the world's item. */
    static final String OUTSIDER = "water";

    private final RunningApplication app;
    private final JdbcClient jdbc;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private String victimAuthorization;

    AttackFixtures(RunningApplication app, ApplicationContext context) {
        this.app = app;
        this.jdbc = context.getBean(JdbcClient.class);
        this.taskService = context.getBean(TaskService.class);
        this.runtimeService = context.getBean(RuntimeService.class);
        this.repositoryService = context.getBean(RepositoryService.class);
        this.identityService = context.getBean(IdentityService.class);
        this.authorizationService = context.getBean(AuthorizationService.class);
    }

    /** Imports a one-item plan as the coordinating office would and collects its tasks. */
    World newWorld() {
        int number = DOCUMENTS.incrementAndGet();
        String plan = """
                苏州市人民政府办公室关于印发攻击测试工作要点的通知
                苏府办〔2026〕%d号
                一、重点任务
                （一）开展攻击测试%d。年内服务企业不少于300家。（市商务局牵头，市工信局、昆山市配合）
                """.formatted(number, number);
        HttpResponse<String> imported = app.postJson("coordinator", "/api/plans",
                "{\"text\":" + RunningApplication.quote(plan) + "}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String businessKey = "苏府办〔2026〕" + number + "号-1";
        long itemId = jdbc.sql("select id from pf_item where business_key = ?").param(businessKey).query(Long.class)
                .single();
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey("action-item").singleResult().getId();
        String review = runtimeService.startProcessInstanceByKey("extension-request", businessKey + "-延期",
                Map.of("extensionReason", "测试", "requestedDueDate", "2026-12-31", "itemLabel", "(一) 攻击测试",
                        "periodLabel", "2026年第四季度")).getId();
        return new World(businessKey, itemId, instance, task(instance, "AcknowledgeLead", LEAD.body()),
                task(instance, "AcknowledgePart", SUPPORTING.body()), task(instance, "AcknowledgePart", COUNTY.body()),
                taskService.createTaskQuery().processInstanceId(review).singleResult().getId());
    }

    private String task(String instance, String key, String body) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
                .taskCandidateGroup(body).singleResult().getId();
    }

    /** Colleagues (one more user in each department of the checklist) and the victims' process and decision. */
    void createOnce() {
        for (Role role : List.of(LEAD, SUPPORTING, COUNTY, COORDINATOR)) {
            if (identityService.createUserQuery().userId(role.colleague()).count() == 0) {
                User colleague = identityService.newUser(role.colleague());
                colleague.setFirstName("同事");
                colleague.setLastName(role.user());
                colleague.setPassword(RunningApplication.PASSWORD);
                identityService.saveUser(colleague);
                identityService.createMembership(role.colleague(), role.body());
            }
        }
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(VICTIM_PROCESS).count() == 0) {
            repositoryService.createDeployment().name("attack-victim")
                    .addString("attack-victim.bpmn", """
                            <?xml version="1.0" encoding="UTF-8"?>
                            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="victim" targetNamespace="http://policyflow.org/test">
                              <bpmn:process id="attackVictim" isExecutable="true" camunda:historyTimeToLive="1">
                                <bpmn:startEvent id="start"/>
                                <bpmn:sequenceFlow id="toWait" sourceRef="start" targetRef="wait"/>
                                <bpmn:userTask id="wait" camunda:candidateGroups="commerce"/>
                                <bpmn:sequenceFlow id="toEnd" sourceRef="wait" targetRef="end"/>
                                <bpmn:endEvent id="end"/>
                              </bpmn:process>
                            </bpmn:definitions>
                            """)
                    .addString("attack-victim.dmn", """
                            <?xml version="1.0" encoding="UTF-8"?>
                            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="victimDmn"
                                name="victim" namespace="http://policyflow.org/test"
                                xmlns:camunda="http://camunda.org/schema/1.0/dmn">
                              <decision id="attackVictimDecision" name="victim" camunda:historyTimeToLive="1">
                                <decisionTable id="table">
                                  <input id="in"><inputExpression id="x" typeRef="integer"><text>x</text></inputExpression></input>
                                  <output id="out" name="y" typeRef="integer"/>
                                  <rule id="r"><inputEntry id="e"><text>-</text></inputEntry><outputEntry id="o"><text>1</text></outputEntry></rule>
                                </decisionTable>
                              </decision>
                            </definitions>
                            """)
                    .deploy();
        }
    }

    /**
     * Brings back the victim user, group, tenant and authorization, which an administrator's case may delete, and
     * activates the victim process, which one may suspend.
     */
    void ensureVictims() {
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(VICTIM_PROCESS).suspended().list()
                .forEach(definition -> repositoryService.activateProcessDefinitionById(definition.getId()));
        if (identityService.createUserQuery().userId(VICTIM_USER).count() == 0) {
            User user = identityService.newUser(VICTIM_USER);
            user.setFirstName("受害");
            user.setLastName("用户");
            user.setPassword("victim-password-1");
            identityService.saveUser(user);
        }
        if (identityService.createGroupQuery().groupId(VICTIM_GROUP).count() == 0) {
            Group group = identityService.newGroup(VICTIM_GROUP);
            group.setName("受害组");
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
        if (identityService.createTenantQuery().tenantId(VICTIM_TENANT).count() == 0) {
            Tenant tenant = identityService.newTenant(VICTIM_TENANT);
            tenant.setName("受害租户");
            identityService.saveTenant(tenant);
        }
        victimAuthorization = authorizationService.createAuthorizationQuery().userIdIn(VICTIM_USER)
                .resourceType(Resources.FILTER).resourceId("attack-victim-filter").list().stream()
                .map(Authorization::getId).findFirst().orElse(null);
        if (victimAuthorization == null) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setUserId(VICTIM_USER);
            grant.setResource(Resources.FILTER);
            grant.setResourceId("attack-victim-filter");
            grant.addPermission(Permissions.READ);
            victimAuthorization = authorizationService.saveAuthorization(grant).getId();
        }
    }

    String victimAuthorization() {
        return victimAuthorization;
    }

    String victimProcessDefinition() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(VICTIM_PROCESS).latestVersion()
                .singleResult().getId();
    }

    String victimDecisionDefinition() {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(VICTIM_DECISION)
                .latestVersion().singleResult().getId();
    }

    String victimDeployment() {
        return repositoryService.createDeploymentQuery().deploymentName("attack-victim").list().stream()
                .map(Deployment::getId).findFirst().orElseThrow();
    }

    /** A job of the world's instance (its acknowledgement timers), or a made-up id when it has none. */
    String jobOf(World world) {
        return jdbc.sql("select id_ from ACT_RU_JOB where process_instance_id_ = ? order by id_").param(world.instance)
                .query(String.class).list().stream().findFirst().orElse("no-such-job");
    }

    /** The lead's acceptance (签收并制定工作计划) with a milestone in each cell of the item's work plan. */
    String leadAcceptance(World world) {
        return leadAcceptance(world, workPlanCells(world));
    }

    /**
     * The lead's acceptance with a work plan of {@code rows} rows (fewer or more than the plan's cells: an attacker's
     * or a stale form's).
     */
    String leadAcceptance(World world, int rows) {
        List<String> milestones = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            milestones.add("{\"milestone\":\"按季度推进\",\"plannedValue\":300}");
        }
        return "{\"variables\":{\"acknowledgement\":{\"value\":\"accept\"},\"milestones\":{\"type\":\"Json\","
                + "\"value\":" + RunningApplication.quote("[" + String.join(",", milestones) + "]") + "}}}";
    }

    /** How many cells the world's work plan has: its plan's periods times its item's targets. */
    int workPlanCells(World world) {
        return jdbc.sql("""
                        select count(*) from pf_item i join pf_reporting_period p on p.plan_id = i.plan_id
                        join pf_target t on t.item_id = i.id where i.id = ?""")
                .param(world.itemId).query(Integer.class).single();
    }

    /** Acknowledges the world's item by every body, so that its first reporting period opens; its tasks then. */
    List<org.camunda.bpm.engine.task.Task> acknowledged(World world) {
        assertThat(app.postJson(LEAD.user(), "/engine-rest/task/" + world.leadTask + "/submit-form",
                leadAcceptance(world)).statusCode()).isEqualTo(204);
        for (Role part : List.of(SUPPORTING, COUNTY)) {
            assertThat(app.postJson(part.user(), "/engine-rest/task/" + world.ownTask(part) + "/submit-form",
                    "{\"variables\":" + formOnly(part) + "}").statusCode()).isEqualTo(204);
        }
        return taskService.createTaskQuery().processInstanceBusinessKey(world.businessKey).list();
    }

    /** The value of a variable of the world's item instance, read as the engine stores it. */
    Object instanceVariable(World world, String name) {
        return runtimeService.getVariable(world.instance, name);
    }
}
