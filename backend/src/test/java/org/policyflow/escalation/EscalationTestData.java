package org.policyflow.escalation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The rows an escalation refers to (a plan item and its bodies), the caller's inputs, and what the listeners wrote. */
final class EscalationTestData {

    static final String ITEM_LABEL = "(三) 推进服务供给提质";

    private EscalationTestData() {
    }

    /** Inserts the bodies, a plan with the given document number and its item (三), once; returns the item's id. */
    static long seedItem(JdbcClient jdbc, String docNumber, List<String> departmentIds) {
        String businessKey = docNumber + "-3";
        if (jdbc.sql("select count(*) from pf_item where business_key = ?").param(businessKey).query(Long.class).single() == 0) {
            for (String id : departmentIds) {
                jdbc.sql("insert into pf_department (id, name, kind, created_at) values (?, ?, 'MUNICIPAL', current_timestamp)")
                        .param(id).param("督办测试单位 " + id).update();
            }
            jdbc.sql("""
                    insert into pf_plan (doc_number, title, plan_year, source_sha256, source_text, imported_at, imported_by)
                    values (?, '督办测试方案', 2025, repeat('0', 64), '…', current_timestamp, 'test')""")
                    .param(docNumber).update();
            jdbc.sql("""
                    insert into pf_item (plan_id, number, label, title, text, business_key)
                    select id, 3, '(三)', '推进服务供给提质', '…', ? from pf_plan where doc_number = ?""")
                    .param(businessKey).param(docNumber).update();
        }
        return jdbc.sql("select id from pf_item where business_key = ?").param(businessKey).query(Long.class).single();
    }

    /** The input variables the action-item and reporting-period processes pass to the call activity. */
    static Map<String, Object> inputs(long itemId, String departmentId, String trigger) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("itemId", itemId);
        variables.put("periodId", null);
        variables.put("departmentId", departmentId);
        variables.put("trigger", trigger);
        variables.put("reason", "2025年第三季度进展报告逾期未报");
        variables.put("itemLabel", ITEM_LABEL);
        variables.put("periodLabel", "2025年第三季度");
        return variables;
    }

    static List<Map<String, Object>> notices(JdbcClient jdbc, String processInstanceId) {
        return jdbc.sql("""
                select n.* from pf_escalation_notice n join pf_escalation e on e.id = n.escalation_id
                where e.process_instance_id = ? order by n.id""").param(processInstanceId).query().listOfRows();
    }
}
