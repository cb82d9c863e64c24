package org.policyflow.paper;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Chinese font embedded in every PDF: the first file of {@code policyflow.paper.fonts} (comma-separated paths)
 * that exists and has TrueType outlines. PDFBox embeds only TrueType outlines, not the CFF outlines of the Noto CJK
 * .ttc/.otf files, so the default is WenQuanYi Micro Hei (Debian {@code fonts-wqy-microhei}), then AR PL UMing
 * ({@code fonts-arphic-uming}). Without one, a PDF is answered 503 naming the paths tried; .docx needs no font.
 */
@Component
class PaperFonts {

    static final String DEFAULT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/arphic/uming.ttc";

    private final List<String> paths;

    PaperFonts(@Value("${policyflow.paper.fonts:" + DEFAULT + "}") List<String> paths) {
        this.paths = paths.stream().map(String::trim).filter(path -> !path.isEmpty()).toList();
    }

    /** A font to embed, open until the caller closes it (after the document is saved: subsets are cut then). */
    LoadedFont open() {
        List<String> refused = new ArrayList<>();
        for (String path : paths) {
            File file = new File(path);
            if (!file.isFile()) {
                refused.add(path + "(不存在)");
                continue;
            }
            try {
                LoadedFont font = load(file);
                if (font != null) {
                    return font;
                }
                refused.add(path + "(CFF 字形,无法嵌入)");
            } catch (IOException e) {
                refused.add(path + "(无法读取:" + e.getMessage() + ")");
            }
        }
        throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                "未找到可嵌入 PDF 的中文 TrueType 字体(policyflow.paper.fonts):" + String.join(";", refused)
                        + "。请安装 fonts-wqy-microhei 或配置字体路径;.docx 格式不受影响");
    }

    private static LoadedFont load(File file) throws IOException {
        if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null && embeddable(font)) {
                    first[0] = font;
                }
            });
            if (first[0] == null) {
                collection.close();
                return null;
            }
            return new LoadedFont(first[0], collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        if (!embeddable(font)) {
            font.close();
            return null;
        }
        return new LoadedFont(font, font);
    }

    private static boolean embeddable(TrueTypeFont font) {
        return !(font instanceof OpenTypeFont openType && openType.isPostScript());
    }

    /** The font and what to close when the document is written. */
    record LoadedFont(TrueTypeFont font, Closeable source) implements Closeable {

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
