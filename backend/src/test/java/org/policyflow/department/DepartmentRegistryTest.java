package org.policyflow.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DepartmentRegistryTest {

    static final List<String> SEED_BODIES = List.of("市市场监管局", "市工信局", "市农业农村局", "市商务局", "市民政局",
            "市住建局", "市文广旅局", "市卫生健康委", "市体育局", "市医保局", "市交通局", "市水务局", "市发改委", "市科技局",
            "市委宣传部", "市教育局", "市消保委", "市园林绿化局", "市中级法院", "市检察院", "市公安局", "市司法局", "市财政局",
            "市社科联");

    final DepartmentRegistry registry = DepartmentRegistry.load();

    @Test
    void holdsTheSeedsBodiesTheCountiesTheOfficeAndTheCoordinators() {
        List<Body> bodies = registry.entries().stream().map(DepartmentRegistry.Entry::body).toList();
        assertThat(bodies).filteredOn(b -> b.kind().equals("MUNICIPAL")).extracting(Body::name)
                .containsExactlyInAnyOrderElementsOf(SEED_BODIES);
        assertThat(registry.counties()).extracting(Body::name).containsExactly("张家港市", "常熟市", "太仓市", "昆山市",
                "吴江区", "吴中区", "相城区", "姑苏区", "苏州工业园区", "苏州高新区");
        assertThat(registry.find("行动方案协调办公室")).contains(new Body("coordination-office", "行动方案协调办公室",
                "COORDINATION"));
        assertThat(registry.find("市政府办公室").orElseThrow().id()).isEqualTo("city-government-office");
        assertThat(bodies).hasSize(36);
        assertThat(bodies).extracting(Body::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][a-z0-9-]{1,40}"));
    }

    @Test
    void aliasesLeadToTheCanonicalBody() {
        assertThat(registry.find("苏州市市场监督管理局").orElseThrow().name()).isEqualTo("市市场监管局");
        assertThat(registry.find("工业园区").orElseThrow().id()).isEqualTo("suzhou-industrial-park");
        assertThat(registry.find("高新区").orElseThrow().name()).isEqualTo("苏州高新区");
        assertThat(registry.find("中共苏州市委宣传部").orElseThrow().id()).isEqualTo("publicity");
        assertThat(registry.find("苏州市人民政府办公室").orElseThrow().id()).isEqualTo("city-government-office");
    }

    @Test
    void anUnknownBodyGetsAStableAsciiId() {
        Body body = BodyDirectory.unregistered("市数据局");
        assertThat(body.id()).matches("body-[0-9a-f]{10}").isEqualTo(BodyDirectory.unregistered("市数据局").id());
        assertThat(body.kind()).isEqualTo(Body.OTHER);
        assertThat(BodyDirectory.unregistered("市政务办").id()).isNotEqualTo(body.id());
    }
}
