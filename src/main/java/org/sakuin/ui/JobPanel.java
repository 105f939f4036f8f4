package org.sakuin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sakuin.admin.ArchiveAdministration;
import org.sakuin.admin.Job;

/**
 * The ingest jobs, newest first, each with its overall progress, and the report of the chosen one (the newest unless
 * another is clicked) file by file: 取り込み済み, 変更なし or 失敗 with the reason.
 */
final class JobPanel extends Div {

    private final ArchiveAdministration admin;
    private final Grid<Job> jobs = new Grid<>();
    private final Grid<Job.FileProgress> files = new Grid<>();
    private String chosen;
    private Set<String> ended = Set.of();

    JobPanel(ArchiveAdministration admin) {
        this.admin = admin;
        addClassName("admin-jobs");
        jobs.addColumn(job -> AdminLabels.time(job.submitted())).setHeader("受付");
        jobs.addColumn(job -> AdminLabels.kind(job.kind())).setHeader("種類");
        jobs.addColumn(Job::who).setHeader("誰が");
        jobs.addColumn(job -> AdminLabels.state(job.state())).setHeader("状態");
        jobs.addComponentColumn(job -> AdminLabels.bar(job.progress(),
                job.state() == Job.State.RUNNING && job.total() == 0)).setHeader("進捗");
        jobs.addColumn(Job::summary).setHeader("結果").setFlexGrow(2);
        jobs.setAllRowsVisible(true);
        jobs.addItemClickListener(e -> {
            chosen = e.getItem().id();
            refresh();
        });

        files.addColumn(Job.FileProgress::file).setHeader("ファイル").setFlexGrow(2);
        files.addComponentColumn(file -> AdminLabels.bar(file.finished() ? 1 : 0,
                file.status() == Job.FileProgress.Status.INGESTING)).setHeader("進捗");
        files.addColumn(Job.FileProgress::summary).setHeader("結果").setFlexGrow(3);
        files.setAllRowsVisible(true);
        add(new H2("取り込みジョブ"), jobs, new H2("ファイルごとの結果"), files);
        refresh();
    }

    /** Follows a job just queued. */
    void follow(Job job) {
        chosen = job.id();
        refresh();
    }

    /**
     * Shows the jobs as they stand now.
     *
     * @return whether a job ended since the last time, so what it changed can be shown too
     */
    boolean refresh() {
        List<Job> all = admin.jobs();
        jobs.setItems(all);
        Optional<Job> shown = all.stream().filter(job -> job.id().equals(chosen)).findFirst()
                .or(() -> all.stream().findFirst());
        shown.ifPresentOrElse(jobs::select, jobs::deselectAll);
        files.setItems(shown.map(Job::files).orElse(List.of()));
        Set<String> endedNow = all.stream()
                .filter(job -> job.state() == Job.State.DONE || job.state() == Job.State.FAILED)
                .map(Job::id).collect(Collectors.toSet());
        boolean changed = !ended.containsAll(endedNow);
        ended = endedNow;
        return changed;
    }
}
