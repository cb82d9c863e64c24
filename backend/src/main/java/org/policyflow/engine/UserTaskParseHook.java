package org.policyflow.engine;

/**
 * What a feature adds to every user task of every model when the engine parses it, after the model's own listeners;
 * {@link UserTaskParseHooks} calls each hook bean.
 */
public interface UserTaskParseHook {

    void parsed(ParsedUserTask task);
}
