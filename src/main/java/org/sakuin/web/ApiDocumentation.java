package org.sakuin.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API's description for springdoc: {@code /v3/api-docs} (OpenAPI 3.1 JSON) and Swagger UI at
 * {@code /api-docs}. Only {@code /api/**} and {@code /source/**} are in it ({@code springdoc.paths-to-match}).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Sakuin API", description = """
        自治体の計画（総合計画・基本計画・実施計画など）を検索し、指標を一覧し、\
        計画についての質問に答える API。応答は JSON、誤りは problem JSON (RFC 9457)。
        Search the archive of Japanese municipal plans, list their indicators and ask questions about them. \
        Answers are JSON; errors are problem JSON (RFC 9457)."""))
class ApiDocumentation {

    /** The version is the build's (META-INF/build-info.properties), not one written again in code. */
    @Bean
    OpenApiCustomizer buildVersion(ObjectProvider<BuildProperties> build) {
        return api -> build.ifAvailable(properties -> api.getInfo().setVersion(properties.getVersion()));
    }
}
