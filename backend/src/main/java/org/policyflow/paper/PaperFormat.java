package org.policyflow.paper;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** The two forms of a paper: PDF to print as it is, .docx to edit before signing. */
public enum PaperFormat {

    PDF(MediaType.APPLICATION_PDF),
    DOCX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    private final MediaType mediaType;

    PaperFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** The format a request names ({@code pdf} or {@code docx}); anything else is 400 naming the parameter. */
    public static PaperFormat of(String format) {
        if (format != null) {
            for (PaperFormat candidate : values()) {
                if (candidate.extension().equals(format.trim().toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "格式(format)只能是 pdf 或 docx,收到的是「" + format + "」");
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The document as a download named after the paper, the Chinese name as RFC 5987 {@code filename*}. */
    public ResponseEntity<byte[]> download(Paper paper, byte[] document) {
        return ResponseEntity.ok().contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(paper.fileName() + "." + extension(), StandardCharsets.UTF_8).build().toString())
                .body(document);
    }
}
