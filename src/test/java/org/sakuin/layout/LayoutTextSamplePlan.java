package org.sakuin.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A synthetic town's plan as a Word file with the indicator tables offices print: a name column narrow enough
 * that names wrap over two or three lines while the figures stand centred beside them, a 目標値 header merged
 * over two years, a description column, empty cells, and a table long enough to run over a page break. It is
 * printed to PDF and to layout text at test time, so the layout reader meets the shapes the tools really make.
 */
final class LayoutTextSamplePlan {

    /** Twips (1/20 pt): a name column about 9 characters of 10.5 pt wide. */
    private static final int NARROW = 1900;
    private static final int FIGURE = 1300;

    private LayoutTextSamplePlan() {
    }

    static void write(Path target) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, "第2章 安心して暮らせるまち");
            paragraph(document, "第1節 防災・減災の推進");
            paragraph(document, "大規模な災害に備え、自主防災組織の結成と防災訓練への参加を促します。");
            paragraph(document, "【成果指標】");
            mergedTargetTable(document);
            paragraph(document, "第2節 子育て支援の充実");
            paragraph(document, "安心して子どもを産み育てられるよう、相談体制と保育の受け皿を充実します。");
            paragraph(document, "●成果指標");
            describedTable(document);
            paragraph(document, "第3節 健康づくりの推進");
            for (int i = 0; i < 14; i++) {
                paragraph(document, "健診の受診勧奨や健康教室の開催など、市民一人ひとりが主体的に健康づくりに取り組めるよう"
                        + "支援し、地域ぐるみで健康寿命の延伸を目指します。");
            }
            paragraph(document, "成果指標");
            longTable(document);
            paragraph(document, "以上の指標は毎年度の市民意識調査と事業実績により把握します。");
            try (OutputStream out = Files.newOutputStream(target)) {
                document.write(out);
            }
        }
    }

    private static void paragraph(XWPFDocument document, String text) {
        document.createParagraph().createRun().setText(text);
    }

    /** 指標名 | 単位 | 現状値 (令和5年度) | 目標値 over 令和7年度 and 令和12年度; the first three span both rows. */
    private static void mergedTargetTable(XWPFDocument document) {
        List<String[]> rows = List.of(
                new String[] {"指標名", "単位", "現状値(令和5年度)", "目標値", ""},
                new String[] {"", "", "", "令和7年度", "令和12年度"},
                new String[] {"自主防災組織の結成率", "%", "78.5", "85.0", "90.0以上"},
                new String[] {"防災訓練に参加したことのある市民の割合", "%", "32.1", "", "50.0"},
                new String[] {"避難行動要支援者の個別避難計画の作成件数(累計)", "件", "1,204", "2,000", "3,500"},
                new String[] {"防災メール登録者数", "人", "12,480", "15,000", "20,000"});
        XWPFTable table = table(document, rows, new int[] {NARROW, 700, FIGURE, FIGURE, FIGURE});
        for (int c = 0; c < 3; c++) {
            table.getRow(0).getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(c).getCTTc().addNewTcPr().addNewVMerge();
        }
        XWPFTableRow header = table.getRow(0);
        header.getCell(3).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
        header.removeCell(4);
    }

    /** 指標 | 内容 | 現状値 | 目標値: the name and its description both wrap. */
    private static void describedTable(XWPFDocument document) {
        table(document, List.of(
                new String[] {"指標", "内容", "現状値", "目標値"},
                new String[] {"保育所等の待機児童数", "4月1日時点で保育所等に入所できていない児童の数", "14人", "0人"},
                new String[] {"子育て支援センターの年間利用者数", "市内3か所の子育て支援センターを利用した親子の延べ人数", "8,240人",
                        "9,000人"},
                new String[] {"子育てしやすいと感じる市民の割合", "市民意識調査で「子育てしやすい」と答えた人の割合", "61.3%", "70.0%"}),
                new int[] {NARROW, 3400, FIGURE, FIGURE});
    }

    /** A table that runs over the page: many rows, its header repeated on the next page. */
    private static void longTable(XWPFDocument document) {
        String[] names = {"特定健康診査の受診率", "がん検診(胃がん)の受診率", "がん検診(大腸がん)の受診率",
                "健康教室の延べ参加者数", "健康ポイント事業に参加する市民の数", "週1回以上運動する市民の割合",
                "朝食を毎日食べる児童生徒の割合", "むし歯のない3歳児の割合", "自殺死亡率(人口10万人当たり)",
                "かかりつけ医をもつ市民の割合", "特定保健指導の実施率", "ゲートキーパー養成講座の受講者数(累計)"};
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"成果指標", "単位", "基準値(R4)", "目標値(R9)"});
        for (int i = 0; i < names.length; i++) {
            rows.add(new String[] {names[i], i % 3 == 0 ? "人" : "%", String.format("%.1f", 20.5 + i * 3.1),
                    String.format("%.1f", 30.0 + i * 3.5)});
        }
        XWPFTable table = table(document, rows, new int[] {NARROW, 700, FIGURE, FIGURE});
        table.getRow(0).getCtRow().addNewTrPr().addNewTblHeader();
    }

    private static XWPFTable table(XWPFDocument document, List<String[]> rows, int[] widths) {
        XWPFTable table = document.createTable(rows.size(), widths.length);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                if (!rows.get(r)[c].isEmpty()) {
                    cell.setText(rows.get(r)[c]);
                }
            }
        }
        return table;
    }
}
