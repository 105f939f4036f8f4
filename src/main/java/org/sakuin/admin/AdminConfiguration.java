package org.sakuin.admin;

import java.time.Clock;
import org.sakuin.SakuinProperties;
import org.sakuin.index.PlanIndex;
import org.sakuin.ingest.IngestService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Wires the administration; at start-up it catches up with the uploads folder (an upload a crash cut short). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminSettings.class)
class AdminConfiguration {

    @Bean(destroyMethod = "close")
    ArchiveAdministration archiveAdministration(IngestService ingest, PlanIndex index, SakuinProperties properties,
                                                AdminSettings settings) {
        return new ArchiveAdministration(ingest, index, new UploadFolder(properties.uploads()),
                settings.maxUploadSize().toBytes(), new AuditLog(settings.auditLogBeside(properties.uploads())),
                Clock.systemUTC());
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(ArchiveAdministration.class).synchronizeUploads();
    }
}
