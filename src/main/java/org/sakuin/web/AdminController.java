package org.sakuin.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.sakuin.admin.ArchiveAdministration;
import org.sakuin.admin.ArchivedPlan;
import org.sakuin.admin.AuditEntry;
import org.sakuin.admin.Deletion;
import org.sakuin.admin.Job;
import org.sakuin.plan.PlanMetadata;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/admin/**}: upload plans (answered 202 with the ingest job they queued), follow jobs, list and delete
 * the indexed plans, re-ingest outdated ones and read the audit log. Who acts is the request's user.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final ArchiveAdministration admin;

    AdminController(ArchiveAdministration admin) {
        this.admin = admin;
    }

    /** One or more {@code file} parts; the metadata given (else inferred by ingest) holds for all of them. */
    @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Job> upload(@RequestParam("file") List<MultipartFile> files,
                               @RequestParam(required = false) String municipality,
                               @RequestParam(required = false) String prefecture,
                               @RequestParam(required = false) String planType,
                               @RequestParam(required = false) String title,
                               Principal principal) throws IOException {
        List<ArchiveAdministration.IncomingFile> incoming = files.stream()
                .map(file -> new ArchiveAdministration.IncomingFile(file.getOriginalFilename(), file)).toList();
        Job job = admin.upload(ArchiveAdministration.nameOf(principal), incoming,
                new PlanMetadata(municipality, prefecture, title, planType, null));
        return accepted(job);
    }

    @GetMapping("/jobs")
    List<Job> jobs() {
        return admin.jobs();
    }

    @GetMapping("/jobs/{id}")
    Job job(@PathVariable String id) {
        return admin.job(id).orElseThrow(() -> new NotFoundException("no job " + id));
    }

    @GetMapping("/documents")
    List<ArchivedPlan> documents() {
        return admin.plans();
    }

    @DeleteMapping("/documents/{id}")
    Deletion delete(@PathVariable String id, Principal principal) throws IOException {
        return admin.delete(ArchiveAdministration.nameOf(principal), id)
                .orElseThrow(() -> new NotFoundException("no document " + id));
    }

    @PostMapping("/reingest")
    ResponseEntity<Job> reingest(Principal principal) {
        return accepted(admin.reingestOutdated(ArchiveAdministration.nameOf(principal)));
    }

    @GetMapping("/audit")
    List<AuditEntry> audit(@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset)
            throws IOException {
        return admin.audit(limit, offset);
    }

    private static ResponseEntity<Job> accepted(Job job) {
        return ResponseEntity.accepted().location(URI.create("/api/admin/jobs/" + job.id())).body(job);
    }
}
