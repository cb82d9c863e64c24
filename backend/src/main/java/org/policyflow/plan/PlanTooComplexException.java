package org.policyflow.plan;

import java.time.Duration;

/** The text could not be read before its deadline: answered 422, nothing written. */
class PlanTooComplexException extends PlanTextException {

    PlanTooComplexException(Duration limit) {
        super("方案文本过于复杂，未能在 " + readable(limit) + "内读完，请检查括号是否配对，或把文件拆分后分别导入");
    }

    private static String readable(Duration limit) {
        long millis = limit.toMillis();
        return millis >= 1000 && millis % 1000 == 0 ? millis / 1000 + " 秒" : millis + " 毫秒";
    }
}
