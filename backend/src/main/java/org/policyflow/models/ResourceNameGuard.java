package org.policyflow.models;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.policyflow.engine.DeploymentCheck;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment whose resource names climb out of their folder (../), are absolute or carry control
 * characters. Nothing writes resources to disk today, but names travel into exports, Modeler and logs; a name such
 * as ../../etc/passwd is an attack, never a model. Camunda's REST API answers the refusal with 400. Runs before the
 * other checks, so such a name is refused as what it is before any content is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResourceNameGuard implements DeploymentCheck {

    private static final Pattern UNSAFE = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|^[/\\\\]|^[A-Za-z]:|\\p{Cntrl}");

    @Override
    public void check(Candidate deployment) {
        for (String name : deployment.resources().keySet()) {
            if (UNSAFE.matcher(name).find()) {
                throw new BadUserRequestException("文件名「" + name.replaceAll("\\p{Cntrl}", "?")
                        + "」不允许：不能含有 ../、以 / 或盘符开头或含有控制字符");
            }
        }
    }
}
