package org.sakuin;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param index  the index folder
 * @param corpus the folder kept ingested while the server runs (skipped when it does not exist)
 */
@ConfigurationProperties("sakuin")
public record SakuinProperties(Path index, Path corpus) {

    public SakuinProperties {
        index = index == null ? Path.of("index") : index;
        corpus = corpus == null ? Path.of("corpus") : corpus;
    }
}
