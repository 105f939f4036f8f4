package org.sakuin.admin;

import org.sakuin.plan.PlanMetadata;

/**
 * A received file with what the administrator says it is; a blank or null part is left to ingest's inference.
 */
public record PlanUpload(StagedUpload file, PlanMetadata metadata) {

    public PlanUpload {
        metadata = metadata == null ? PlanMetadata.UNKNOWN : metadata;
    }
}
