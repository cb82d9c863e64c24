/**
 * Paper: the documents supervision offices print, sign and file (督办单, 督查通报), written as PDF with an embedded
 * Chinese font and as .docx for offices that edit before signing. A feature describes its document as a
 * {@link org.policyflow.paper.Paper} and hands it to {@link org.policyflow.paper.PaperWriter}; the font comes from
 * the paths in {@code policyflow.paper.fonts} ({@link org.policyflow.paper.PaperFonts}).
 * <p>
 * Owns no tables. Publishes {@code Paper}, {@code PaperFormat} and {@code PaperWriter}.
 */
@org.policyflow.OwnsTables
package org.policyflow.paper;
