package org.sakuin.admin;

import java.time.Instant;

/**
 * One administrative action: who did what to what, when, and how it ended.
 *
 * @param action {@code upload}, {@code ingest}, {@code delete}, {@code reingest}, {@code synchronize},
 *               {@code login}, {@code logout} …
 */
public record AuditEntry(Instant at, String who, String action, String target, String outcome) {
}
