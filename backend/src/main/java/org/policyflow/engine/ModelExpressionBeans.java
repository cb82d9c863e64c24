package org.policyflow.engine;

import java.util.Set;

/**
 * The Spring beans the models' expressions may name ({@code ${sendReminder}}); the engine resolves no other bean in
 * BPMN, DMN (JUEL) or script bindings. One bean of the application decides which (models.ModelBeans).
 */
public interface ModelExpressionBeans {

    /** Whether a model may name this bean. */
    boolean allows(String name);

    /** The allowed names. */
    Set<String> names();

    /**
     * The allowed bean of this name, looked up when an expression evaluates it: the delegates need the engine's
     * services, so they cannot exist yet while the engine is built.
     */
    Object bean(String name);
}
