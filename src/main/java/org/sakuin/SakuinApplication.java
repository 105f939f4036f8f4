package org.sakuin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The web application: Vaadin UI, REST API and the background corpus ingest. */
@SpringBootApplication
@EnableConfigurationProperties(SakuinProperties.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@StyleSheet("hits.css")
@StyleSheet("results.css")
@StyleSheet("pages.css")
@StyleSheet("phone.css")
@StyleSheet("indicators.css")
public class SakuinApplication implements AppShellConfigurator {

    public static void start(String... args) {
        SpringApplication application = new SpringApplication(SakuinApplication.class);
        application.setMainApplicationClass(SakuinApplication.class);
        application.run(args);
    }
}
