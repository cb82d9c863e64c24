package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Migration 201 on a database whose items were imported before the search index existed: afterwards the items are
 * found by a word of their titles, as items imported later are.
 */
class ItemTermsBackfillTest {

    @Test
    void itemsImportedBeforeTheIndexAreFoundAfterTheMigration() {
        var dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:item-terms-backfill;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).target("200").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into pf_plan (id, doc_number, title, plan_year, source_sha256, source_text, imported_at, "
                        + "imported_by) values (7, '苏府办〔2025〕77号', '品质苏州', 2025, ?, '', ?, 'test')")
                .params("0".repeat(64), OffsetDateTime.parse("2025-03-01T09:00:00+08:00")).update();
        List<String> titles = List.of("深入推进质量强企强链强县", "增加优质产品供给", "打造苏州品牌矩阵");
        for (int number = 1; number <= titles.size(); number++) {
            jdbc.sql("insert into pf_item (id, plan_id, number, label, title, text, business_key) "
                            + "values (?, 7, ?, ?, ?, '', ?)")
                    .params(100 + number, number, "(" + number + ")", titles.get(number - 1), "苏府办〔2025〕77号-" + number)
                    .update();
        }
        jdbc.sql("insert into pf_department (id, name, kind, created_at) values ('kunshan', '昆山市', 'COUNTY', ?)")
                .param(OffsetDateTime.parse("2025-03-01T09:00:00+08:00")).update();
        jdbc.sql("insert into pf_item_body (item_id, department_id, role, ordinal) values (102, 'kunshan', "
                + "'IMPLEMENTER', 1)").update();
        assertThat(jdbc.sql("select count(*) from pf_item_term").query(Long.class).single()).isZero();

        Flyway.configure().dataSource(dataSource).javaMigrations(new ItemTermsBackfill()).load().migrate();

        ItemSearch search = new ItemSearch(jdbc);
        assertThat(search.containing("优质产品", null, 10)).containsExactly(102L);
        assertThat(search.containing("苏州", null, 10)).containsExactly(103L);
        assertThat(search.containing("77号", null, 10)).as("every item by its business key")
                .containsExactly(101L, 102L, 103L);
        assertThat(search.containing("77号", null, 2)).containsExactly(101L, 102L);
        assertThat(search.containing("质量强链", null, 10)).as("its pairs, but not the word").isEmpty();
        assertThat(search.containing("77号", List.of("kunshan"), 10)).as("a body's own items")
                .containsExactly(102L);
        assertThat(search.containing("供给", List.of(), 10)).as("a body that takes part in nothing").isEmpty();
        assertThat(jdbc.sql("select \"description\" from \"flyway_schema_history\" where \"version\" = '201'")
                .query(String.class).single()).isEqualTo("item search terms of the items imported before");
    }
}
