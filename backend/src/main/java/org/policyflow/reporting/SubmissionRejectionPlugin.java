package org.policyflow.reporting;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a {@link SubmissionRejected} or {@link RequestRejected} thrown by a listener reach the caller as itself. The
 * engine wraps every listener exception in a plain ProcessEngineException (ENGINE-03051), which Camunda's REST API
 * answers with 500; unwrapped, it answers 400 with the listener's message. The interceptor sits outside the
 * transaction, so the rollback has happened when it rethrows.
 */
@Component
public class SubmissionRejectionPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withUnwrapper(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withUnwrapper(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> withUnwrapper(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = new ArrayList<>(interceptors == null ? List.of() : interceptors);
        all.add(new Unwrapper());
        return all;
    }

    static final class Unwrapper extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof SubmissionRejected || cause instanceof RequestRejected) {
                        throw (ProcessEngineException) cause;
                    }
                }
                throw e;
            }
        }
    }
}
