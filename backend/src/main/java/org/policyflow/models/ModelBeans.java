package org.policyflow.models;

import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.ModelExpressionBeans;
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
 * The engine resolves only these ({@link org.policyflow.engine.ModelExpressionManager}, which also refuses
 * reflection); {@link #bean} looks one up only when an expression names it.
 */
@Component
class ModelBeans implements ModelExpressionBeans {

    static final String OWN_PACKAGE = "org.policyflow.";
    private static final Class<?>[] DELEGATE_TYPES = {JavaDelegate.class, TaskListener.class, ExecutionListener.class};
    private static final Logger log = LoggerFactory.getLogger(ModelBeans.class);

    private final ListableBeanFactory context;
    private volatile Set<String> names;

    ModelBeans(ListableBeanFactory context) {
        this.context = context;
    }

    @Override
    public boolean allows(String name) {
        return names().contains(name);
    }

    /** Whether the name is that of a bean of the application (allowed to models or not). */
    boolean isApplicationBean(String name) {
        return context.containsBean(name);
    }

    /** The allowed names, sorted (for messages and the log). */
    @Override
    public Set<String> names() {
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

    @Override
    public Object bean(String name) {
        return context.getBean(name);
    }
}
