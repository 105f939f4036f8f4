package org.sakuin.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.sakuin.plan.PlanContent;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a worker process and its client say to each other over the worker's stdin and stdout: one JSON message per
 * frame, each prefixed with its length, so that a message of any size (a plan's whole text) is read whole.
 */
final class WorkerFrames {

    /** A reply to one request: what was read, or why the file failed. */
    record Reply(PlanContent content, String failure) {

        static Reply of(PlanContent content) {
            return new Reply(content, null);
        }

        static Reply failed(String reason) {
            return new Reply(null, reason);
        }
    }

    /** Far above any plan's content (20 million characters are at most 60 MB of UTF-8): a longer frame is corrupt. */
    private static final int MAX_FRAME_BYTES = 1 << 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WorkerFrames() {
    }

    static void write(DataOutputStream out, Object message) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(message);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /** The next message, or null at the end of the stream (the other side is gone). */
    static <T> T read(DataInputStream in, Class<T> type) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        if (length < 0 || length > MAX_FRAME_BYTES) {
            throw new IOException("corrupt frame: length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return JSON.readValue(bytes, type);
    }
}
