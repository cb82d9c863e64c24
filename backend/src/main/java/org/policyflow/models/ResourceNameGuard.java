package org.policyflow.models;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment whose resource names climb out of their folder (../), are absolute or carry control
 * characters. Nothing writes resources to disk today, but names travel into exports, Modeler and logs; a name such
 * as ../../etc/passwd is an attack, never a model. Camunda's REST API answers the refusal with 400.
 */
@Component
class ResourceNameGuard extends AbstractProcessEnginePlugin implements Deployer {

    private static final Pattern UNSAFE = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|^[/\\\\]|^[A-Za-z]:|\\p{Cntrl}");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        deployers.add(this);
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return;
        }
        for (String name : deployment.getResources().keySet()) {
            if (UNSAFE.matcher(name).find()) {
                throw new BadUserRequestException("文件名「" + name.replaceAll("\\p{Cntrl}", "?")
                        + "」不允许：不能含有 ../、以 / 或盘符开头或含有控制字符");
            }
        }
    }
}
