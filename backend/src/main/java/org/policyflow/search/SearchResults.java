package org.policyflow.search;

import java.util.List;

import org.policyflow.inbox.OpenTaskSearch;

/**
 * What a search found, by kind, each list cut at {@link Search#LIMIT}.
 *
 * @param query the text searched for, trimmed
 */
record SearchResults(String query, List<FoundItem> items, List<OpenTaskSearch.FoundTask> tasks,
                     List<FoundBody> bodies, List<FoundPlan> plans) {

    record FoundItem(long id, String label, String title, String businessKey, long planId, String planDocNumber,
                String planTitle) {
    }

    /** @param kind MUNICIPAL, COUNTY, COORDINATION, GOVERNMENT_OFFICE or OTHER */
    record FoundBody(String id, String name, String kind) {
    }

    record FoundPlan(long id, String docNumber, String title) {
    }
}
