package org.sakuin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.util.List;
import org.sakuin.admin.ArchiveAdministration;
import org.sakuin.admin.AuditEntry;

/** The latest entries of the audit log: who did what, when, and how it ended. */
final class AuditPanel extends Div {

    static final int SHOWN = 200;

    private final ArchiveAdministration admin;
    private final Grid<AuditEntry> entries = new Grid<>();
    private final Paragraph problem = new Paragraph();

    AuditPanel(ArchiveAdministration admin) {
        this.admin = admin;
        addClassName("admin-audit");
        entries.addColumn(AuditEntry::who).setHeader("誰が");
        entries.addColumn(entry -> AdminLabels.time(entry.at())).setHeader("いつ");
        entries.addColumn(entry -> AdminLabels.action(entry.action()) + ": " + entry.target()).setHeader("何を")
                .setFlexGrow(3);
        entries.addColumn(AuditEntry::outcome).setHeader("結果").setFlexGrow(2);
        entries.setAllRowsVisible(true);
        add(new H2("監査ログ（最新 " + SHOWN + " 件）"), problem, entries);
        refresh();
    }

    void refresh() {
        try {
            entries.setItems(admin.audit(SHOWN, 0));
            problem.setText("");
        } catch (IOException | RuntimeException e) {
            entries.setItems(List.of());
            problem.setText("監査ログを読めません: " + e.getMessage());
        }
    }
}
