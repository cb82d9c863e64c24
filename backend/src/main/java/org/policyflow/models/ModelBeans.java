package org.policyflow.models;

import java.util.AbstractMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The Spring beans a model's expressions may name: PolicyFlow's own delegates and listeners (beans of type
 * {@link JavaDelegate}, {@link TaskListener} or {@link ExecutionListener} whose class lies in
 * {@value #OWN_PACKAGE}), such as {@code ${sendReminder}} or {@code ${trafficLightRating}}. Nothing else — no
 * JdbcClient, DataSource, service, repository or Spring internal — resolves in an expression.
 * <p>
 * Camunda's Spring integration resolves every bean of the application context in JUEL unless the configuration has
 * a bean map. This plugin gives it one, and an expression manager that uses only that map (and refuses reflection,
 * see {@link ModelExpressionManager}); BPMN, DMN (JUEL) and script bindings all resolve beans through it. The map
 * looks the beans up only when an expression names one: the delegates need the engine's services, so they cannot
 * exist yet while the engine is built.
 */
@Component
class ModelBeans extends AbstractProcessEnginePlugin {

    static final String OWN_PACKAGE = "org.policyflow.";
    private static final Class<?>[] DELEGATE_TYPES = {JavaDelegate.class, TaskListener.class, ExecutionListener.class};
    private static final Logger log = LoggerFactory.getLogger(ModelBeans.class);

    private final ListableBeanFactory context;
    private volatile Set<String> names;

    ModelBeans(ListableBeanFactory context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        AllowedBeans beans = new AllowedBeans();
        configuration.setBeans(beans);
        // the Spring factory bean already made a manager that sees the whole application context: replace it
        configuration.setExpressionManager(new ModelExpressionManager(beans));
    }

    /** Whether a model may name this bean. */
    boolean allows(String name) {
        return names().contains(name);
    }

    /** Whether the name is that of a bean of the application (allowed to models or not). */
    boolean isApplicationBean(String name) {
        return context.containsBean(name);
    }

    /** The allowed names, sorted (for messages and the log). */
    Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            known = new TreeSet<>();
            for (Class<?> type : DELEGATE_TYPES) {
                for (String name : context.getBeanNamesForType(type, true, false)) {
                    Class<?> beanType = context.getType(name, false);
                    if (beanType != null && beanType.getName().startsWith(OWN_PACKAGE)) {
                        known.add(name);
                    }
                }
            }
            known = Set.copyOf(known);
            names = known;
            log.info("Model expressions may name these beans: {}", new TreeSet<>(known));
        }
        return known;
    }

    /** The engine's bean map: only allowed names, each looked up when an expression evaluates it. */
    private final class AllowedBeans extends AbstractMap<Object, Object> {

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && allows(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names().stream().map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(
                    name, context.getBean(name))).collect(Collectors.toUnmodifiableSet());
        }
    }
}
