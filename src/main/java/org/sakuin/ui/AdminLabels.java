package org.sakuin.ui;

import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.sakuin.admin.ArchiveAdministration;
import org.sakuin.admin.Job;

/** How the 管理 page names jobs, actions and times, and who is using it. */
final class AdminLabels {

    /** Municipal plans are Japanese, and so are their administrators' clocks. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));
    private static final Map<String, String> ACTIONS = Map.of("upload", "アップロード", "ingest", "取り込み",
            "delete", "削除", "reingest", "再取り込み", "synchronize", "同期", "login", "ログイン", "logout", "ログアウト");

    private AdminLabels() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String action(String action) {
        return ACTIONS.getOrDefault(action, action);
    }

    static String kind(Job.Kind kind) {
        return switch (kind) {
            case UPLOAD -> "アップロード";
            case REINGEST -> "古い索引の再取り込み";
            case SYNCHRONIZE -> "起動時の同期";
        };
    }

    static String state(Job.State state) {
        return switch (state) {
            case WAITING -> "待機中";
            case RUNNING -> "実行中";
            case DONE -> "完了";
            case FAILED -> "失敗";
        };
    }

    /** A bar at {@code value} (0 to 1), or moving without one while the share is unknown. */
    static ProgressBar bar(double value, boolean indeterminate) {
        ProgressBar bar = new ProgressBar(0, 1, value);
        bar.setIndeterminate(indeterminate);
        return bar;
    }

    /** The user of this request, as the audit log names them. */
    static String currentUser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return ArchiveAdministration.nameOf(request == null ? null : request.getUserPrincipal());
    }
}
