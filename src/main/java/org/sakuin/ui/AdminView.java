package org.sakuin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.sakuin.admin.ArchiveAdministration;
import org.sakuin.admin.Job;

/**
 * 管理 ({@code /admin}), for administrators: add plans, follow their ingest, delete plans, re-ingest outdated ones and
 * read the audit log. The jobs run on the server, so they are all here again after a reload; the page looks at
 * them every second while it is open.
 */
@Route(value = AdminView.ROUTE, layout = SakuinLayout.class)
@PageTitle("管理 — Sakuin 索引")
@RolesAllowed("ADMIN")
public class AdminView extends Div {

    static final String ROUTE = "admin";
    static final int POLL_MILLIS = 1000;

    private final JobPanel jobs;
    private final PlanPanel plans;
    private final AuditPanel audit;
    private Registration polling;

    public AdminView(ArchiveAdministration admin) {
        addClassName("admin-view");
        jobs = new JobPanel(admin);
        audit = new AuditPanel(admin);
        plans = new PlanPanel(admin, this::queued, audit::refresh);
        UploadPanel upload = new UploadPanel(admin, this::queued);
        add(new H1("管理"), upload, jobs, plans, audit);
    }

    private void queued(Job job) {
        jobs.follow(job);
        audit.refresh();
    }

    /** What a poll shows: the jobs' progress, and once one ends, the plans and the audit log it changed. */
    void refresh() {
        if (jobs.refresh()) {
            plans.refresh();
            audit.refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        polling.remove();
    }
}
