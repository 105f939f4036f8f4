package org.sakuin.admin;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxUploadSize the largest file an administrator may upload ({@code sakuin.admin.max-upload-size}, 50MB);
 *                      the server's multipart limit follows it
 * @param auditLog      the audit log ({@code sakuin.admin.audit-log}; default {@code audit.log} beside the uploads
 *                      folder)
 */
@ConfigurationProperties("sakuin.admin")
record AdminSettings(DataSize maxUploadSize, Path auditLog) {

    AdminSettings {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(50) : maxUploadSize;
    }

    Path auditLogBeside(Path uploads) {
        return auditLog != null ? auditLog : uploads.toAbsolutePath().normalize().resolveSibling("audit.log");
    }
}
