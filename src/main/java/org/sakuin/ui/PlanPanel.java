package org.sakuin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.io.IOException;
import java.util.function.Consumer;
import org.sakuin.admin.ArchiveAdministration;
import org.sakuin.admin.ArchivedPlan;
import org.sakuin.admin.Job;

/** The indexed plans, each with 削除 (after a confirmation), and 古い索引を再取り込み for all that are outdated. */
final class PlanPanel extends Div {

    private final ArchiveAdministration admin;
    private final Runnable changed;
    private final Grid<ArchivedPlan> plans = new Grid<>();

    PlanPanel(ArchiveAdministration admin, Consumer<Job> queued, Runnable changed) {
        this.admin = admin;
        this.changed = changed;
        addClassName("admin-plans");
        plans.addColumn(ArchivedPlan::file).setHeader("ファイル").setFlexGrow(3);
        plans.addColumn(ArchivedPlan::municipality).setHeader("市町村");
        plans.addColumn(ArchivedPlan::planType).setHeader("計画の種類");
        plans.addColumn(ArchivedPlan::passages).setHeader("箇所");
        plans.addColumn(plan -> plan.outdated() ? "古い索引" : "最新").setHeader("索引");
        plans.addColumn(plan -> plan.uploaded() ? "アップロード" : "元の場所").setHeader("ファイルの場所");
        plans.addComponentColumn(plan -> {
            Button delete = new Button("削除", e -> confirmDeletion(plan));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return delete;
        }).setHeader("");
        plans.setAllRowsVisible(true);
        Button reingest = new Button("古い索引を再取り込み",
                e -> queued.accept(admin.reingestOutdated(AdminLabels.currentUser())));
        add(new H2("索引にある計画書"), reingest, plans);
        refresh();
    }

    void refresh() {
        plans.setItems(admin.plans());
    }

    private void confirmDeletion(ArchivedPlan plan) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("計画書を削除しますか");
        dialog.setText("「" + plan.file() + "」の本文・指標を索引から削除します。" + (plan.uploaded()
                ? "アップロードされたファイルも削除します。" : "元のファイルはそのまま残ります。"));
        dialog.setCancelable(true);
        dialog.setCancelText("やめる");
        dialog.setConfirmText("削除");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> delete(plan));
        dialog.open();
    }

    private void delete(ArchivedPlan plan) {
        try {
            admin.delete(AdminLabels.currentUser(), plan.id()).ifPresentOrElse(
                    deletion -> Notification.show(deletion.outcome()),
                    () -> Notification.show("「" + plan.file() + "」はもう索引にありません"));
        } catch (IOException | RuntimeException e) {
            Notification.show("削除できません: " + e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
        changed.run();
    }
}
