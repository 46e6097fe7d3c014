package io.nlscope.analysis.rules;

/** A rules file that cannot be used: one sentence saying where and why. */
public final class RulesException extends Exception {
    public RulesException(String message) { super(message); }
}
