package org.sakuin.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sakuin.plan.PlanMetadata;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hidden entry point of a worker process ({@link WorkerClient} starts it): reads requests from stdin, one at a
 * time, and answers each with what {@link PlanReader} read, on stdout. It ends at the end of its input, or when the
 * process that started it ends, even while it is stuck in a file.
 * <p>
 * Its stdout carries nothing but replies: whatever else writes to {@code System.out} (a library's print, a logger)
 * is sent to stderr, which the worker shares with its parent.
 */
public final class ParseWorker {

    private ParseWorker() {
    }

    /** {@code ParseWorker <parent pid> <settings as JSON>}. */
    public static void main(String[] args) throws IOException {
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        WorkerLaunch.endWithParent(args[0]);
        IngestSettings settings = JsonMapper.builder().build().readValue(args[1], IngestSettings.class);
        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        try (PlanReader reader = new PlanReader(settings, false)) {
            warmUp(reader);
            WorkerFrames.write(replies, "ready");
            for (PlanReading.Request request = WorkerFrames.read(requests, PlanReading.Request.class);
                 request != null; request = WorkerFrames.read(requests, PlanReading.Request.class)) {
                WorkerFrames.write(replies, answer(reader, request));
            }
        }
        System.exit(0); // a parser's stray non-daemon thread must not keep the worker alive
    }

    private static WorkerFrames.Reply answer(PlanReader reader, PlanReading.Request request) {
        try {
            return WorkerFrames.Reply.of(reader.read(request));
        } catch (IngestException e) {
            return WorkerFrames.Reply.failed(e.getMessage());
        } catch (StackOverflowError e) {
            return WorkerFrames.Reply.failed("could not be read: nested too deeply (stack overflow)");
        } catch (RuntimeException e) {
            e.printStackTrace();
            return WorkerFrames.Reply.failed(PlanReader.unexpected(e));
        }
    }

    /**
     * Reads a small plan before the first real file, so that the time-out measures a file, not the loading of the
     * parsers, dictionaries and gazetteer that the first file would otherwise pay for.
     */
    private static void warmUp(PlanReader reader) throws IOException {
        Path sample = Files.createTempFile("sakuin-warm-up", ".txt");
        try {
            Files.writeString(sample, "第1章 まちづくりの方針\n移住者数 45人(2023年度)→60人(2029年度)を目指します。\n");
            reader.read(new PlanReading.Request(sample.toString(), "warm-up.txt", "", PlanMetadata.UNKNOWN));
        } catch (IngestException e) {
            System.err.println("parse worker: warm-up failed: " + e.getMessage());
        } finally {
            Files.delete(sample);
        }
    }
}
