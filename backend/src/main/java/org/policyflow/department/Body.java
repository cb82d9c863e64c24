package org.policyflow.department;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A body named by a plan, resolved to its registry id.
 *
 * @param id   stable ASCII slug (also the Camunda group id)
 * @param name canonical Chinese name
 * @param kind MUNICIPAL, COUNTY, COORDINATION, GOVERNMENT_OFFICE or OTHER (not in the registry: created from the plan)
 */
public record Body(String id, String name, String kind) {

    public static final String OTHER = "OTHER";
    public static final String COUNTY = "COUNTY";

    @JsonIgnore
    public boolean isCounty() {
        return COUNTY.equals(kind);
    }

    @JsonIgnore
    public boolean isRegistered() {
        return !OTHER.equals(kind);
    }
}
