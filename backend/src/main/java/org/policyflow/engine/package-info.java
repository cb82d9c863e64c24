/**
 * Plumbing between PolicyFlow and the Camunda engine, where PolicyFlow touches the engine's internals: the
 * engine's time, reading submitted form values, refusals that reach the caller as 400, typed variables only, task
 * titles, indexes the engine's tables lack, old model class names, and the hook told of every process instance start.
 * <p>
 * Owns no tables. Publishes {@link org.policyflow.engine.EngineClock}, {@link org.policyflow.engine.FormValues} and
 * {@link org.policyflow.engine.SubmissionRejected} for listeners, and
 * {@link org.policyflow.engine.ProcessInstanceStartHook} for other packages to implement.
 */
@org.policyflow.OwnsTables
package org.policyflow.engine;
