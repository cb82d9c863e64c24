package org.policyflow.paper;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A printable document, in the order it is printed: a title, the document number under it, then labelled fields,
 * headings, paragraphs and tables, and the issuer's lines at the foot (right-aligned, above the signature).
 *
 * @param fileName the download's name without extension, e.g. 督办〔2025〕12号-测试局甲
 */
public record Paper(String title, String number, String fileName, List<Block> blocks, List<String> footer) {

    /** Dates as official documents write them: 2025年12月31日. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** One part of the body. */
    public sealed interface Block permits Field, Heading, Text, Table {
    }

    /** 「整改期限:2025年12月31日」 */
    public record Field(String label, String value) implements Block {
    }

    public record Heading(String text) implements Block {
    }

    public record Text(String text) implements Block {
    }

    /** @param widths relative column widths, one per header */
    public record Table(List<String> headers, List<Integer> widths, List<List<String>> rows) implements Block {
    }

    public static Builder builder(String title, String number, String fileName) {
        return new Builder(title, number, fileName);
    }

    /** Collects the blocks of a paper. */
    public static final class Builder {

        private final String title;
        private final String number;
        private final String fileName;
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> footer = new ArrayList<>();

        private Builder(String title, String number, String fileName) {
            this.title = title;
            this.number = number;
            this.fileName = fileName;
        }

        public Builder field(String label, String value) {
            blocks.add(new Field(label, value == null ? "" : value));
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder text(String text) {
            blocks.add(new Text(text));
            return this;
        }

        public Builder table(List<String> headers, List<Integer> widths, List<List<String>> rows) {
            blocks.add(new Table(headers, widths, rows));
            return this;
        }

        public Builder footer(String line) {
            footer.add(line);
            return this;
        }

        public Paper build() {
            return new Paper(title, number, fileName, List.copyOf(blocks), List.copyOf(footer));
        }
    }
}
