package org.sakuin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sakuin.admin.ArchiveAdministration;
import org.sakuin.admin.Job;
import org.sakuin.admin.PlanUpload;
import org.sakuin.admin.StagedUpload;
import org.sakuin.admin.UploadTooLargeException;
import org.sakuin.plan.PlanMetadata;

/**
 * Uploading plans: files dropped or chosen are received and read for what they are; the form shows what was read of
 * the file chosen in the list, to correct; 取り込み stores them all and queues their ingest.
 */
final class UploadPanel extends Div {

    /** A received file and what the administrator says it is, so far. */
    private static final class Pending {
        final StagedUpload file;
        PlanMetadata metadata;
        final String problem;

        Pending(StagedUpload file, PlanMetadata metadata, String problem) {
            this.file = file;
            this.metadata = metadata;
            this.problem = problem;
        }
    }

    private final ArchiveAdministration admin;
    private final Consumer<Job> queued;
    private final Upload upload = new Upload();
    private final Grid<Pending> files = new Grid<>();
    private final List<Pending> pending = new ArrayList<>();
    private final TextField municipality = new TextField("市町村");
    private final TextField prefecture = new TextField("都道府県");
    private final TextField planType = new TextField("計画の種類");
    private final TextField title = new TextField("表題");
    private final Button ingest = new Button("取り込み", e -> ingest());

    UploadPanel(ArchiveAdministration admin, Consumer<Job> queued) {
        this.admin = admin;
        this.queued = queued;
        addClassName("admin-upload");
        upload.setUploadHandler(this::receive);
        upload.setMaxFiles(100);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, admin.maxUploadBytes()));
        upload.setAcceptedFileTypes(ArchiveAdministration.acceptedFormats().toArray(String[]::new));
        upload.setDropAllowed(true);
        upload.setI18n(japanese(admin.maxUploadBytes()));

        files.addColumn(p -> p.file.name()).setHeader("ファイル").setFlexGrow(2);
        files.addColumn(p -> p.metadata.municipality()).setHeader("市町村");
        files.addColumn(p -> p.metadata.prefecture()).setHeader("都道府県");
        files.addColumn(p -> p.metadata.planType()).setHeader("計画の種類");
        files.addColumn(p -> p.problem == null ? p.metadata.title() : "読めません: " + p.problem).setHeader("表題")
                .setFlexGrow(2);
        files.setAllRowsVisible(true);
        files.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        for (TextField field : List.of(municipality, prefecture, planType, title)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    edit();
                }
            });
        }
        Div form = new Div(municipality, prefecture, planType, title);
        form.addClassName("admin-form");
        ingest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button("選んだファイルを外す", e -> remove());
        add(new H2("計画書を追加"), upload, files, form, new Div(ingest, remove));
        show(null);
    }

    /** Runs on the upload's request, outside the session lock: reading the file may take a while. */
    private void receive(UploadEvent event) throws IOException {
        String who = ArchiveAdministration.nameOf(event.getRequest().getUserPrincipal());
        StagedUpload received;
        try {
            received = admin.receive(who, event.getFileName(), event.getInputStream());
        } catch (UploadTooLargeException | IllegalArgumentException refused) {
            event.reject(refused.getMessage());
            event.getUI().access(() -> error("受け付けられません: " + refused.getMessage()));
            return;
        }
        Pending file;
        try {
            file = new Pending(received, admin.inferred(received), null);
        } catch (IOException unreadable) {
            file = new Pending(received, PlanMetadata.UNKNOWN, unreadable.getMessage());
        }
        Pending arrived = file;
        event.getUI().access(() -> {
            pending.add(arrived);
            files.setItems(pending);
            files.select(arrived);
        });
    }

    private void show(Pending file) {
        PlanMetadata shown = file == null ? PlanMetadata.UNKNOWN : file.metadata;
        municipality.setValue(orEmpty(shown.municipality()));
        prefecture.setValue(orEmpty(shown.prefecture()));
        planType.setValue(orEmpty(shown.planType()));
        title.setValue(orEmpty(shown.title()));
        List.of(municipality, prefecture, planType, title).forEach(field -> field.setEnabled(file != null));
        ingest.setEnabled(!pending.isEmpty());
    }

    private void edit() {
        files.asSingleSelect().getOptionalValue().ifPresent(file -> {
            file.metadata = new PlanMetadata(blankToNull(municipality), blankToNull(prefecture), blankToNull(title),
                    blankToNull(planType), file.metadata.period());
            files.getDataProvider().refreshItem(file);
        });
    }

    private void ingest() {
        Job job;
        try {
            job = admin.ingest(AdminLabels.currentUser(),
                    pending.stream().map(p -> new PlanUpload(p.file, p.metadata)).toList());
        } catch (IOException | RuntimeException e) {
            error("取り込めません: " + e.getMessage());
            return;
        }
        pending.clear();
        files.setItems(pending);
        upload.clearFileList();
        show(null);
        queued.accept(job);
    }

    private void remove() {
        files.asSingleSelect().getOptionalValue().ifPresent(file -> {
            try {
                admin.discard(file.file);
            } catch (IOException | RuntimeException e) {
                error("外せません: " + e.getMessage());
            }
            pending.remove(file);
            files.setItems(pending);
            show(null);
        });
    }

    private static UploadI18N japanese(long maxBytes) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne("ファイルを選ぶ…").setMany("ファイルを選ぶ…"))
                .setDropFiles(new UploadI18N.DropFiles().setOne("ここにドロップ").setMany("ここにドロップ"))
                .setError(new UploadI18N.Error().setTooManyFiles("ファイルが多すぎます")
                        .setFileIsTooBig("大きすぎます（1 ファイル " + maxBytes / (1024 * 1024) + " MB まで）")
                        .setIncorrectFileType("取り込めない形式です（"
                                + String.join(" ", ArchiveAdministration.acceptedFormats()) + "）"));
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(TextField field) {
        return field.getValue().isBlank() ? null : field.getValue().strip();
    }
}
