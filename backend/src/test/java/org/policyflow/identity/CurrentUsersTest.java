package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policyflow.identity.CurrentUser.GroupRef;
import org.policyflow.identity.CurrentUser.Role;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUsersTest {

    private final CurrentUsers users = new CurrentUsers();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRequestUserWithItsBodiesAndRoles() {
        GroupRef office = new GroupRef(IdentityGroups.COORDINATION_OFFICE, "行动方案协调办公室");
        GroupRef bureau = new GroupRef("test-bureau-a", "测试局甲");
        CurrentUser user = new CurrentUser("someone", "某人",
                List.of(office, bureau, new GroupRef(IdentityGroups.MODELLERS, "流程建模人员")), List.of(office, bureau));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));

        CurrentUser current = users.get();
        assertThat(current.getName()).isEqualTo("someone");
        assertThat(current.departmentIds()).containsExactlyInAnyOrder(IdentityGroups.COORDINATION_OFFICE, "test-bureau-a");
        assertThat(current.department()).isEqualTo(office);
        assertThat(current.roles()).containsExactly(Role.DEPARTMENT, Role.COORDINATOR, Role.MODELLER);
        assertThat(current.isAdmin()).isFalse();
    }

    @Test
    void withoutLoginThereIsNone() {
        assertThat(users.find()).isEmpty();
        assertThatThrownBy(users::get).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
