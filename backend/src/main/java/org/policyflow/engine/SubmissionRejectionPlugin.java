package org.policyflow.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a {@link SubmissionRejected} thrown by a task listener reach the caller as itself, and keeps it out of the
 * engine's ERROR log.
 * <p>
 * The engine wraps every task listener exception in a plain ProcessEngineException (ENGINE-03029), which Camunda's
 * REST API answers with 500; unwrapped, submit-form and complete answer 400 with the listener's message. The
 * unwrapping interceptor sits outside the transaction, so the rollback has happened when it rethrows. A refused
 * form value is the user's mistake, not the server's: the command context logs it at DEBUG like the engine's own
 * BadUserRequestException, instead of ENGINE-16004 at ERROR.
 */
@Component
class SubmissionRejectionPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withUnwrapper(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withUnwrapper(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
        CommandContextFactory contexts = new RejectionAwareContexts();
        // the engine only configures a factory it creates itself
        contexts.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(contexts);
    }

    private static List<CommandInterceptor> withUnwrapper(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> all = new ArrayList<>(interceptors == null ? List.of() : interceptors);
        all.add(new Unwrapper());
        return all;
    }

    private static SubmissionRejected rejection(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SubmissionRejected rejected) {
                return rejected;
            }
        }
        return null;
    }

    static final class Unwrapper extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                SubmissionRejected rejected = rejection(e);
                throw rejected != null ? rejected : e;
            }
        }
    }

    private static final class RejectionAwareContexts extends CommandContextFactory {

        @Override
        public CommandContext createCommandContext() {
            return new CommandContext(processEngineConfiguration) {
                @Override
                protected boolean shouldLogFine(Throwable exception) {
                    return super.shouldLogFine(exception) || rejection(exception) != null;
                }
            };
        }
    }
}
