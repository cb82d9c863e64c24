package org.policyflow.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.policyflow.engine.EngineAsSystem;
import org.springframework.stereotype.Component;

/**
 * The names to show for user ids (张三, not zhangsan), read in one query for a page's worth of ids. An id without a
 * user, or a user without a name, shows as the id.
 */
@Component
public class UserNames {

    private final IdentityService identityService;

    UserNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Display name by user id, for every non-null id given; null for null (a map that may be asked for null). */
    public Map<String, String> of(Collection<String> userIds) {
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Collections.emptyMap();
        }
        // the names are shown to every user who may see the record, whatever the engine lets the caller read
        Map<String, String> names = EngineAsSystem.call(identityService,
                () -> identityService.createUserQuery().userIdIn(ids).list()).stream()
                .collect(Collectors.toMap(User::getId, user -> name(user, user.getId())));
        return Arrays.stream(ids).collect(Collectors.toMap(id -> id, id -> names.getOrDefault(id, id)));
    }

    /** First and last name (昆山市 工作人员), or the id when the user has none or is unknown. */
    public static String name(User user, String userId) {
        if (user == null) {
            return userId;
        }
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        return name.isEmpty() ? userId : name;
    }

    /** The name of one user id; null stays null. */
    public String of(String userId) {
        return userId == null ? null : of(List.of(userId)).get(userId);
    }
}
