package org.sakuin.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The names uploaded files are stored under: only a plain file name is left of what a client sends. */
class UploadNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "北斗市実施計画.pdf|北斗市実施計画.pdf",
            "../../etc/cron.d/plan.txt|plan.txt",
            "C:\\Users\\taro\\Desktop\\計画.docx|計画.docx",
            "/abs/path/plan.md|plan.md",
            ".hidden.pdf|hidden.pdf",
            "...plan.pdf|plan.pdf",
            "a..b.pdf|a.b.pdf",
            "plan.pdf.|plan.pdf",
            "  計画 (案).html  |計画 (案).html",
            "what?*<>:.txt|what_____.txt",
            "PLAN.PDF|PLAN.PDF"})
    void aNameKeepsOnlyWhatIsSafe(String sent, String stored) {
        assertThat(UploadNames.safe(sent)).isEqualTo(stored);
    }

    @Test
    void controlAndInvisibleFormattingCharactersAreDropped() {
        assertThat(UploadNames.safe("計\u0000画\n\r\u202Etxt.\u200Bmd")).isEqualTo("計画txt.md");
    }

    @Test
    void aLongNameIsCutBeforeItsExtensionOnACharacter() {
        String stored = UploadNames.safe("計".repeat(200) + ".xlsx");
        assertThat(stored.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(240);
        assertThat(stored).endsWith(".xlsx").startsWith("計計");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "..", "/", "../..", ".pdf", "sakuin-manifest.csv", "README.md", "~$計画.docx",
            "tool.exe", "plan.pdf.exe", "plan"})
    void aNameWithNothingUsableOrOfAnotherFormatIsRefused(String sent) {
        assertThatThrownBy(() -> UploadNames.safe(sent)).isInstanceOf(IllegalArgumentException.class);
    }
}
