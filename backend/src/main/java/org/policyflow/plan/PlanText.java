package org.policyflow.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.mozilla.universalchardet.UniversalDetector;

/** Turns the bytes of an uploaded or given file into plan text, refusing what cannot be a plan document. */
final class PlanText {

    /** pf_plan.source_text holds up to a million characters; real plans have a few tens of thousands. */
    public static final int MAX_CHARACTERS = 1_000_000;
    /** A million Chinese characters take about 3 MB in UTF-8. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private PlanText() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PlanTextException("文件过大（" + bytes.length / 1024 + " KB），方案文本最多 " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new PlanTextException("文件含有二进制数据，不是纯文本（请提供 UTF-8 编码的 .txt 文本）");
            }
        }
        try {
            return check(strict(StandardCharsets.UTF_8, bytes));
        } catch (CharacterCodingException notUtf8) {
            return check(detected(bytes));
        }
    }

    /**
     * Text that is not UTF-8: the encoding is detected from the bytes (GB18030 and its subsets GBK and GB2312, which
     * Chinese Windows still saves by default), not assumed.
     */
    private static String detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        // GB2312 and GBK files are read as GB18030, which contains both: a rarer character must not fail the read
        Charset charset = name == null ? null : name.startsWith("GB") || name.equals("HZ-GB-2312")
                ? Charset.forName("GB18030") : Charset.isSupported(name) ? Charset.forName(name) : null;
        if (charset != null) {
            try {
                return strict(charset, bytes);
            } catch (CharacterCodingException e) {
                // detected wrongly: refused below like an undetected one
            }
        }
        throw new PlanTextException("无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK）：可能是二进制文件，请另存为 UTF-8 文本后再导入");
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Checks text that arrived as a string (REST): not blank, not too long, no control characters of binary data. */
    public static String check(String text) {
        if (text == null || text.isBlank()) {
            throw new PlanTextException("方案文本为空");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new PlanTextException("方案文本过长（" + text.length() + " 个字符），最多 " + MAX_CHARACTERS + " 个字符");
        }
        long control = text.chars().filter(c -> c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0) {
            throw new PlanTextException("方案文本含有 " + control + " 个控制字符，像是二进制数据而不是纯文本");
        }
        return text;
    }

    /**
     * Evens out what differs between copies of the same document without changing the text's meaning: byte order
     * mark, line endings, non-breaking spaces, full-width digits and percent signs.
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF') {
                continue;
            }
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u00A0') {
                out.append(' ');
            } else if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '％') {
                out.append('%');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
