package org.policyflow.engine;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Member;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The expression manager of the engine: JUEL over process variables and the beans {@link ModelExpressionBeans} allows
 * only (never the whole Spring context), and no way out through reflection or the engine itself. Without the barrier,
 * {@code ${"".getClass().forName(...)}} reaches any class and {@code ${execution.processEngineServices}} every
 * engine service without authorization checks (expressions run as the job executor, with no user).
 */
public class ModelExpressionManager extends JuelExpressionManager {

    /** Members that lead to classes, class loaders or the engine; the models of bpmn/ use none of them. */
    public static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "getClass", "classLoader", "getClassLoader",
            "forName", "loadClass", "newInstance", "invoke", "getMethod", "getMethods", "getDeclaredMethod",
            "getDeclaredMethods", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getRuntime",
            "exec", "processEngine", "getProcessEngine", "processEngineServices", "getProcessEngineServices");

    ModelExpressionManager(Map<Object, Object> beans) {
        super(beans);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new ReflectionBarrier());
        resolver.add(super.createElResolver());
        return resolver;
    }

    static boolean forbidden(Object base, Object member) {
        return base != null && (FORBIDDEN_MEMBERS.contains(String.valueOf(member)) || base instanceof Class
                || base instanceof ClassLoader || base instanceof Member || base instanceof ProcessEngineServices);
    }

    /** Resolves nothing; refuses what {@link #forbidden} names before the bean resolver would reach it. */
    private static final class ReflectionBarrier extends ELResolver {

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            refuse(base, property);
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            refuse(base, method);
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            refuse(base, property);
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            refuse(base, property);
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            refuse(base, property);
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }

        private static void refuse(Object base, Object member) {
            if (forbidden(base, member)) {
                throw new ELException("模型表达式不允许访问「" + member + "」（类、反射和流程引擎本身不对模型开放）");
            }
        }
    }
}
