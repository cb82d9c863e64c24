package org.policyflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The tables a feature package owns (it alone writes and names them) and the views it publishes for others to read. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    /** Tables only this package names in its Java. */
    String[] value() default {};

    /** Views this package's migrations define for other packages to read. */
    String[] views() default {};
}
