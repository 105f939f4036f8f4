package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sakuin.admin.ArchiveAdministration;
import org.sakuin.admin.Job;
import org.sakuin.index.PlanIndex;
import org.sakuin.web.TestIndexFolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 管理 without a browser, signed in as an administrator: upload a plan, correct what was read of it, follow its
 * ingest, then delete it.
 */
@SpringBootTest
@WithMockUser(username = "kanri", roles = "ADMIN")
class AdminViewTest extends SpringBrowserlessTest {

    private static final Path HOKUTO = Path.of("corpus", "hokuto_jisshikeikaku_r6.md");

    @Autowired
    ArchiveAdministration admin;

    @Autowired
    PlanIndex index;

    /** An index and uploads folder of its own: the plans it uploads never reach the shared corpus index. */
    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        Path folder = TestIndexFolder.folder().resolve("admin-view");
        registry.add("sakuin.index", () -> folder.resolve("index").toString());
        registry.add("sakuin.corpus", () -> folder.resolve("no-corpus").toString());
        registry.add("sakuin.uploads", () -> folder.resolve("uploads").toString());
    }

    @SuppressWarnings("unchecked")
    private <T> GridTester<Grid<T>, T> grid(Class<? extends com.vaadin.flow.component.Component> panel) {
        return test($(Grid.class, $(panel).single()).first());
    }

    private TextField field(String label) {
        return $(TextField.class).withCaption(label).single();
    }

    private Job ended(String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Job job = admin.job(id).orElseThrow();
            if (job.state() == Job.State.DONE || job.state() == Job.State.FAILED) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not end within a minute");
    }

    @Test
    void anUploadedPlanIsReadCorrectedIngestedAndDeleted() throws Exception {
        navigate(AdminView.class);

        test($(Upload.class).single()).upload("hokuto_r6.md", "text/markdown", Files.readAllBytes(HOKUTO));

        assertThat(field("市町村").getValue()).isEqualTo("北斗市");
        assertThat(field("都道府県").getValue()).isEqualTo("北海道");
        assertThat(field("計画の種類").getValue()).isEqualTo("実施計画");
        test(field("表題")).setValue("北斗市 令和6年度実施計画（訂正）");
        assertThat(grid(UploadPanel.class).getCellText(0, 4)).isEqualTo("北斗市 令和6年度実施計画（訂正）");

        test($(Button.class).withText("取り込み").single()).click();

        GridTester<Grid<Job>, Job> jobs = grid(JobPanel.class);
        assertThat(jobs.size()).isEqualTo(1);
        Job job = ended(jobs.getRow(0).id());
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(grid(JobPanel.class).getCellText(0, 3)).isEqualTo("完了");
        assertThat(job.files()).singleElement().extracting(Job.FileProgress::status)
                .isEqualTo(Job.FileProgress.Status.INGESTED);
        assertThat(index.files()).singleElement().satisfies(file ->
                assertThat(file.document().metadata().title()).isEqualTo("北斗市 令和6年度実施計画（訂正）"));

        navigate(SearchView.class);
        navigate(AdminView.class);
        assertThat(grid(JobPanel.class).getCellText(0, 3)).as("after a reload").isEqualTo("完了");
        GridTester<Grid<Job.FileProgress>, Job.FileProgress> report = test($(Grid.class, $(JobPanel.class).single()).last());
        assertThat(report.getCellText(0, 0)).isEqualTo("hokuto_r6.md");
        assertThat(report.getCellText(0, 2)).startsWith("取り込み済み（");
        GridTester<Grid<Object>, Object> plans = grid(PlanPanel.class);
        assertThat(plans.size()).isEqualTo(1);
        assertThat(plans.getCellText(0, 1)).isEqualTo("北斗市");

        test((Button) plans.getCellComponent(0, 6)).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(grid(PlanPanel.class).size()).isZero();
        assertThat(index.files()).isEmpty();
        GridTester<Grid<Object>, Object> audit = grid(AuditPanel.class);
        assertThat(audit.getCellText(0, 0)).as("who").isEqualTo("kanri");
        assertThat(audit.getCellText(0, 2)).as("the file by its name, not its path").isEqualTo("削除: hokuto_r6.md");
        assertThat(audit.getCellText(0, 3)).isEqualTo("索引と保存したファイルを削除");
    }
}
