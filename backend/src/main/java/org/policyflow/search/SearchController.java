package org.policyflow.search;

import org.policyflow.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The header's search box: items, open tasks, bodies and plans containing the text, as far as the caller may see. */
@RestController
class SearchController {

    /** Longer than any body name or document number a user would type; a pasted paragraph is refused. */
    static final int MAX_QUERY = 50;

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    /** @param q the text to find, 1 to 50 characters after trimming; a substring match (Chinese has no words) */
    @GetMapping("/api/search")
    SearchResults search(@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw badRequest("「搜索词」(q) 不能为空");
        }
        if (query.codePointCount(0, query.length()) > MAX_QUERY) {
            throw badRequest("「搜索词」(q) 最多 " + MAX_QUERY + " 个字");
        }
        return search.search(query, user);
    }

    private static ErrorResponseException badRequest(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
    }
}
