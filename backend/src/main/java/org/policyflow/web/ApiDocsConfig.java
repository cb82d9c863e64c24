package org.policyflow.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PolicyFlow's own API, described with OpenAPI at /api/docs.json and shown at /api/docs (login required like every
 * /api path). Operations are tagged by the feature package that owns them, so a new controller is filed under its
 * feature without annotations. The engine's REST API (/engine-rest) has its own documentation from Camunda.
 */
@Configuration
class ApiDocsConfig {

    private static final String BASIC = "basic";
    private static final String SESSION = "session";

    /** Feature package → tag (name shown in the documentation). */
    static final Map<String, String> FEATURES = Map.of(
            "plan", "方案导入与查询",
            "department", "单位名录",
            "workflow", "流程模型",
            "reporting", "报送与审核",
            "escalation", "督办",
            "identity", "登录与身份",
            "dashboard", "总览与台账",
            "web", "其他");

    @Bean
    OpenAPI policyFlowApi() {
        return new OpenAPI()
                .info(new Info().title("PolicyFlow API").version("1")
                        .description("PolicyFlow 政策落实工作台的接口。浏览器使用登录会话(Cookie JSESSIONID,"
                                + "修改类请求需带 X-XSRF-TOKEN 头,值取自 Cookie POLICYFLOW-XSRF-TOKEN);"
                                + "脚本使用 HTTP Basic。错误以 RFC 9457 problem details 返回。"))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION)))
                .tags(FEATURES.values().stream().sorted().map(name -> new Tag().name(name)).toList());
    }

    @Bean
    OperationCustomizer featureTags() {
        return (operation, handler) -> {
            String packageName = handler.getBeanType().getPackageName();
            String feature = packageName.substring(packageName.lastIndexOf('.') + 1);
            operation.setTags(List.of(FEATURES.getOrDefault(feature, feature)));
            return operation;
        };
    }
}
