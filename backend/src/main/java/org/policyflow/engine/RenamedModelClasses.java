package org.policyflow.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Keeps the versions of the models deployed before a class named by {@code camunda:class} moved working: instances
 * of those versions run on for the rest of the year and still name the class where it was. The engine loads such
 * classes through its configured class loader first; this one answers the old names with the classes that moved.
 */
@Component
class RenamedModelClasses extends AbstractProcessEnginePlugin {

    /** Old name → class; only ever added to, as long as an instance of an older model version may run. */
    static final Map<String, String> MOVED = Map.of(
            "org.policyflow.workflow.TaskTitle", "org.policyflow.engine.TaskTitle",
            "org.policyflow.workflow.ReportingDeadlines", "org.policyflow.calendar.ReportingDeadlines");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ClassLoader parent = configuration.getClassLoader() != null ? configuration.getClassLoader()
                : RenamedModelClasses.class.getClassLoader();
        configuration.setClassLoader(new MovedClassLoader(parent));
    }

    static final class MovedClassLoader extends ClassLoader {

        MovedClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            return super.loadClass(MOVED.getOrDefault(name, name), resolve);
        }
    }
}
