package org.policyflow.migration;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda's migration validation failures in Chinese. The common kinds are translated (the names in quotes kept);
 * any other failure keeps the engine's original text, marked as such, so nothing the engine said is lost.
 */
final class MigrationFailures {

    private record Kind(Pattern pattern, String chinese) {
    }

    private static final List<Kind> KINDS = List.of(
            kind("There is no migration instruction for this instance's activity",
                    "实例正停在这个环节，迁移计划没有给它指定新版本中的对应环节（新版本删除或改名了等待环节）"),
            kind("Activities have incompatible types \\((.*) is not compatible with (.*)\\)",
                    "源环节与目标环节类型不同（$1 与 $2 不兼容）"),
            kind("Events are not of the same type \\((.*)\\)", "事件类型不同（$1）"),
            kind("There are multiple mappings for source activity id '(.*)'.*", "源环节「$1」被映射到了多个目标环节"),
            kind("Cannot remove the inner activity of a multi-instance body when the body is mapped",
                    "多实例结构改变：多实例已映射时不能去掉其中的环节"),
            kind("Target activity '(.*)' is a descendant of multi-instance body '(.*)' that is not mapped from the "
                    + "source process definition\\.", "多实例结构改变：目标环节「$1」位于新增的多实例「$2」之内"),
            kind("The closest mapped ancestor '(.*)' is mapped to scope '(.*)' which is not an ancestor of target "
                    + "scope '(.*)'", "子流程层级改变：上层环节「$1」映射到「$2」，而它不是目标「$3」的上层"),
            kind("The source activity's event scope \\((.*)\\) must be mapped.*",
                    "边界事件所附着的环节「$1」没有按同样方式映射"),
            kind("Cannot update event trigger because the activity does not define a persistent event trigger",
                    "该环节没有可更新的事件触发（只有定时器、消息、信号等事件可以更新触发）"),
            kind("The type of the source activity is not supported for activity instance migration",
                    "这类环节中的运行实例不支持迁移"),
            kind("Conditional event has to migrate with update event trigger\\.", "条件事件迁移时必须更新事件触发"),
            kind("Target activity is not asyncBefore", "目标环节不是“异步之前”，等待中的异步作业无法迁移过去"),
            kind("Target activity is not asyncAfter", "目标环节不是“异步之后”，等待中的异步作业无法迁移过去"),
            kind("The target gateway must have at least the same number of incoming sequence flows that the "
                    + "source gateway has", "目标网关的入口顺序流少于源网关"),
            kind("Only one gateway can be mapped to gateway '(.*)'", "只能有一个网关映射到网关「$1」"),
            kind("The variable '(.*)' exists in both, this scope and concurrent local in the parent scope.*",
                    "变量「$1」同时存在于本环节和上层并行分支中，迁移会覆盖其中一个"));

    private MigrationFailures() {
    }

    private static Kind kind(String regex, String chinese) {
        return new Kind(Pattern.compile(regex, Pattern.DOTALL), chinese);
    }

    /** One failure of Camunda's validation reports in Chinese; untranslated kinds keep the original text. */
    static String chinese(String failure) {
        String text = failure == null ? "" : failure.strip();
        for (Kind kind : KINDS) {
            Matcher matcher = kind.pattern().matcher(text);
            if (matcher.matches()) {
                return matcher.replaceFirst(kind.chinese());
            }
        }
        return "引擎报告（原文）：" + text;
    }
}
