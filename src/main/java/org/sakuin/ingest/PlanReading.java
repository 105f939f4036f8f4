package org.sakuin.ingest;

import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanMetadata;

/** Reads one file into what the index keeps of it: in this JVM ({@link PlanReader}) or a worker ({@link WorkerClient}). */
interface PlanReading extends AutoCloseable {

    /**
     * One file to read.
     *
     * @param file   its path
     * @param name   the name shown to users, as it was given to ingest
     * @param hash   its content hash, worked out by the caller that decided it needs reading
     * @param listed what the manifest says of it ({@link PlanMetadata#UNKNOWN} if nothing)
     */
    record Request(String file, String name, String hash, PlanMetadata listed) {
    }

    PlanContent read(Request request) throws IngestException;

    @Override
    void close();
}
