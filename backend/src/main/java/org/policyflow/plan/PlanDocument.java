package org.policyflow.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns a plan document as offices receive it into the plain text {@link PlanReader} reads: Word (.docx), PDF with a
 * text layer, a page saved from a government portal (.html) or plain text in UTF-8 or GB18030/GBK. The format is told
 * by the file's bytes, never by its name, so a renamed file is read for what it is. Every format gives one line per
 * paragraph, no blank lines, and a table row per line with its cells separated by tabs; so the same plan gives the
 * same text, items and line numbers whatever it came as.
 */
final class PlanDocument {

    /** Word and PDF files carry fonts and images beside their text: they may use the whole request (8 MB). */
    public static final long MAX_BYTES = PlanRequestLimit.MAX_REQUEST_BYTES;

    private PlanDocument() {
    }

    /**
     * @throws PlanTextException naming the problem: too large, empty, a format that cannot be read, no text in it
     */
    public static String text(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PlanTextException("文件过大（" + bytes.length / 1024 + " KB），方案文件最多 "
                    + MAX_BYTES / 1024 / 1024 + " MB");
        }
        if (bytes.length == 0) {
            throw new PlanTextException("文件为空");
        }
        String text;
        if (startsWith(bytes, "%PDF-")) {
            text = PdfText.read(bytes);
        } else if (startsWith(bytes, "PK\u0003\u0004")) {
            text = zipped(bytes);
        } else if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
            throw new PlanTextException("这是旧版 Word（.doc）或其他 Office 二进制文件，无法直接读取：请在 Word 中另存为 .docx 后再导入");
        } else {
            text = PlanText.decode(bytes);
            if (HtmlText.looksLikeHtml(text)) {
                text = HtmlText.read(text);
            }
        }
        return PlanText.check(text);
    }

    /** Word files and OFD files are both zip archives: which one it is shows in the names of the entries. */
    private static String zipped(byte[] bytes) {
        boolean word = false;
        boolean ofd = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && !word && !ofd) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                word = name.equals("word/document.xml");
                ofd = name.equals("ofd.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PlanTextException("文件像是压缩包，但无法打开（" + e.getMessage() + "）");
        }
        if (ofd) {
            throw new PlanTextException("暂不支持 OFD 版式文件：请导入同一文件的 Word、PDF 或网页版本");
        }
        if (!word) {
            throw new PlanTextException("文件是压缩包，但不是 Word 文档（.docx）；请导入 Word、PDF、网页或纯文本文件");
        }
        return DocxText.read(bytes);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] prefix = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Lines of a document in order: trimmed, the empty ones left out. */
    static final class Lines {
        private final StringBuilder text = new StringBuilder();

        void add(String line) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                text.append(stripped).append('\n');
            }
        }

        /** A table row: its tab-separated cells kept as they are, empty ones at either end included. */
        void row(List<String> cells) {
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                text.append(String.join("\t", cells)).append('\n');
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
