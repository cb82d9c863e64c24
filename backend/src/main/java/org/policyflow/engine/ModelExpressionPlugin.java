package org.policyflow.engine;

import java.util.AbstractMap;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine a bean map of the {@link ModelExpressionBeans} only, and the {@link ModelExpressionManager} over
 * it. Camunda's Spring integration resolves every bean of the application context in JUEL unless the configuration
 * has a bean map; BPMN, DMN (JUEL) and script bindings all resolve beans through it.
 */
@Component
class ModelExpressionPlugin extends AbstractProcessEnginePlugin {

    private final ModelExpressionBeans allowed;

    ModelExpressionPlugin(ModelExpressionBeans allowed) {
        this.allowed = allowed;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        AllowedBeans beans = new AllowedBeans();
        configuration.setBeans(beans);
        // the Spring factory bean already made a manager that sees the whole application context: replace it
        configuration.setExpressionManager(new ModelExpressionManager(beans));
    }

    /** The engine's bean map: only allowed names, each looked up when an expression evaluates it. */
    private final class AllowedBeans extends AbstractMap<Object, Object> {

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && allowed.allows(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? allowed.bean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return allowed.names().stream().map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(
                    name, allowed.bean(name))).collect(Collectors.toUnmodifiableSet());
        }
    }
}
