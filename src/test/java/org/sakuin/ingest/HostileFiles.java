package org.sakuin.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Files a hostile user could give an ingest, made in the test (none is stored). */
final class HostileFiles {

    /** A sentence of a plan with a target in it: what the indicator patterns look for. */
    static final String TARGET_SENTENCE = "移住者数45人(2023年度)→60人(2029年度)を目指し、まちの魅力を高める取り組みを進めます";

    private HostileFiles() {
    }

    /** The bundled corpus's plain-text plans, as one line of prose: a plan pasted without its line breaks. */
    static Path oneLongLine(Path file, long bytes) throws IOException {
        String plans = (Files.readString(Path.of("corpus", "hokuto_jisshikeikaku_r6.md"))
                + Files.readString(Path.of("corpus", "rumoi_kouki_kihonkeikaku_sjis.txt"), Charset.forName("windows-31j"))
                + TARGET_SENTENCE).replaceAll("[\\r\\n|#-]+", "");
        int unitBytes = plans.getBytes(StandardCharsets.UTF_8).length;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < bytes; written += unitBytes) {
                out.write(plans);
            }
        }
        return file;
    }

    /** A spreadsheet of {@code cells} cells, ten a row, of policy words and figures. */
    static Path manyCells(Path file, int cells) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("指標");
            String[] words = {"子育て支援", "移住定住", "防災訓練", "観光振興", "地域福祉"};
            for (int r = 0; r * 10 < cells; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 10; c++) {
                    if (c % 2 == 0) {
                        row.createCell(c).setCellValue(words[(r + c) % words.length] + "の推進 " + r);
                    } else {
                        row.createCell(c).setCellValue(r * 10 + c);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return file;
    }

    /** A DOCX whose document.xml holds {@code paragraphs} paragraphs of text (a zip bomb of words when large). */
    static Path hugeDocx(Path file, int paragraphs) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                    + "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                    + "\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer xml = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (int p = 0; p < paragraphs; p++) {
                xml.write("<w:p><w:r><w:t>" + TARGET_SENTENCE + p + "</w:t></w:r></w:p>");
            }
            xml.write("</w:body></w:document>");
            xml.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** {@code size} random bytes. */
    static Path garbage(Path file, int size, Random random) throws IOException {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return Files.write(file, bytes);
    }

    /** Text in the charset, without a byte-order mark. */
    static Path text(Path file, String text, Charset charset) throws IOException {
        return Files.write(file, text.getBytes(charset));
    }
}
