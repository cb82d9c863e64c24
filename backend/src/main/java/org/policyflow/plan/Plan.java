package org.policyflow.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.policyflow.department.Body;
import org.springframework.lang.Nullable;

/**
 * A plan as read from its document: what the command line prints as JSON and what an import writes.
 *
 * @param year     the year the plan is for (from its title, else its document number, else its publication)
 * @param warnings what the reader could not settle and a person should look at, with the line it concerns
 */
record Plan(@Nullable String title, @Nullable String issuer, @Nullable String docNumber, @Nullable LocalDate published,
            @Nullable Integer year, List<Section> sections, List<Item> items, List<Warning> warnings) {

    /** A heading that groups items ("一、强化质量支撑"). */
    public record Section(String label, String title) {
    }

    /**
     * One numbered action item.
     *
     * @param number             1..n in document order
     * @param label              the number as written, e.g. "(三)" or "12."
     * @param section            1-based index into the plan's sections, null if the plan has no sections
     * @param title              the first sentence
     * @param text               the full text after the label, responsibility note included
     * @param lead               the leading body (牵头单位); null if the document names none
     * @param supporting         supporting bodies (配合单位) in document order
     * @param implementers       bodies that carry the item out locally, e.g. every county-level government
     * @param responsibilityNote the note that names the bodies, as written; null if there is none
     * @param line               the line the item starts on
     * @param collectiveLead     the collective the note names first when no single body leads ("各有关部门和单位",
     *                           "各省级人民政府"), as written; the lead stays null and the coordinating office names
     *                           one accountable body after the import. Null otherwise
     * @param deadline           the deadline a task-division table gives the item (完成时限), as written; else null
     */
    public record Item(int number, String label, @Nullable Integer section, String title, String text,
                       @Nullable NamedBody lead, List<NamedBody> supporting, List<NamedBody> implementers,
                       List<Target> targets, @Nullable String responsibilityNote, int line,
                       @Nullable String collectiveLead, @Nullable String deadline) {
    }

    /**
     * A body an item names: the registry body it was matched to and the name the document used for it, which the
     * registry's canonical name replaces for routing (市发展改革委 → 市发改委) but a person still wants to see.
     *
     * @param writtenAs the name as written ("市发展改革委"; for each county a collective stands for, the collective
     *                  without its asides in brackets, "各县级市人民政府"); null for a body a person chose in a correction
     */
    public record NamedBody(String id, String name, String kind, @Nullable String writtenAs) {

        static NamedBody of(Body body, String writtenAs) {
            return new NamedBody(body.id(), body.name(), body.kind(), writtenAs);
        }

        /** The registry body, without the spelling. */
        @JsonIgnore
        public Body body() {
            return new Body(id, name, kind);
        }

        @JsonIgnore
        public boolean isCounty() {
            return Body.COUNTY.equals(kind);
        }

        @JsonIgnore
        public boolean isRegistered() {
            return !Body.OTHER.equals(kind);
        }
    }

    /**
     * A quantitative commitment in an item's text.
     *
     * @param text       the clause that states it
     * @param value      normalised number (6万 → 60000); money in 万元
     * @param comparator AT_LEAST, MORE_THAN, ABOUT, REACH or AT_MOST
     * @param deadline   the date the text sets for it, if any
     */
    public record Target(String text, BigDecimal value, String unit, String comparator,
                         @Nullable LocalDate deadline) {
    }

    /** Something a person should check, at a 1-based line of the document (0: the document as a whole). */
    public record Warning(int line, String message) {
    }
}
