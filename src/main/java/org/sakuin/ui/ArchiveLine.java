package org.sakuin.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sakuin.index.IndexedFile;
import org.sakuin.search.ArchiveContents;

/** On the landing page, what a search here searches: 索引の内容: 5 計画・5 自治体（最終更新 2026年12月4日）. */
final class ArchiveLine extends Paragraph {

    /** The archive's towns keep Japan's calendar. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日")
            .withZone(ZoneId.of("Asia/Tokyo"));

    ArchiveLine() {
        addClassName("archive-contents");
    }

    void show(List<IndexedFile> files) {
        ArchiveContents held = ArchiveContents.of(files);
        setText("索引の内容: " + held.plans() + " 計画・" + held.towns() + " 自治体"
                + ArchiveContents.lastChanged(files).map(at -> "（最終更新 " + DAY.format(at) + "）").orElse(""));
    }
}
