package org.policyflow.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.DeploymentCheck;
import org.policyflow.engine.ModelExpressionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks every new deployment — from the modeler page, Camunda Modeler, the REST API or the build's own bpmn/
 * deployer alike — before the engine accepts it, and refuses it whole with one 400 answer (a
 * BadUserRequestException) that lists every problem by resource, element id and reason:
 * <ul>
 * <li>expressions that name a Spring bean other than PolicyFlow's delegates ({@link ModelBeans}), or a member that
 * leads to classes, reflection or the engine ({@link ModelExpressionManager#FORBIDDEN_MEMBERS});</li>
 * <li>scripts of any kind (script tasks, camunda:script, scriptFormat, script conditions, DMN in a script
 * language): they would run with the application's rights;</li>
 * <li>camunda:class (and the other class attributes) naming anything but a delegate of PolicyFlow's delegate
 * packages;</li>
 * <li>a timer start event of a process: it would start instances that nobody with start permission started;</li>
 * <li>XML that declares a DOCTYPE or is not well-formed, forms that are not Camunda Forms (JSON with an id and
 * components), and files of other kinds.</li>
 * </ul>
 * Deployments the engine re-parses into its cache (after a restart) are not new and pass unchecked: they were
 * checked when they were made.
 */
@Component
class ModelCheck implements DeploymentCheck {

    static final Set<String> DELEGATE_PACKAGES = Set.of("org.policyflow.engine", "org.policyflow.calendar", "org.policyflow.reporting",
            "org.policyflow.escalation");
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass");
    private static final Set<String> FEEL = Set.of("feel", "feel-scala", "feel-juel",
            "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/dmn/20191111/feel/",
            "http://www.omg.org/spec/dmn/20180521/feel/", "https://www.omg.org/spec/dmn/20230324/feel/");
    private static final Set<String> JUEL = Set.of("juel", "javascript:juel");
    private static final Set<String> DMN_EXPRESSIONS = Set.of("inputExpression", "inputEntry", "outputEntry",
            "literalExpression", "defaultOutputEntry");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "div",
            "mod", "eq", "ne", "lt", "gt", "le", "ge", "instanceof");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LISTED = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(ModelCheck.class);

    private final ModelBeans beans;

    ModelCheck(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    public void check(Candidate deployment) {
        if (!deployment.isNew()) {
            return;
        }
        List<String> problems = problems(deployment.resources());
        if (!problems.isEmpty()) {
            log.info("Deployment {} refused: {}", deployment.name(), problems);
            throw new BadUserRequestException(message(problems));
        }
    }

    /** The problems of the given resources (name → content), empty if they may be deployed. */
    List<String> problems(Map<String, byte[]> resources) {
        List<String> problems = new ArrayList<>();
        resources.forEach((name, content) -> checkResource(name, content, problems));
        return problems;
    }

    private void checkResource(String name, byte[] content, List<String> problems) {
        Problems found = new Problems(printable(name), problems);
        byte[] bytes = content == null ? new byte[0] : content;
        ModelCatalog.Kind kind = ModelCatalog.kindOf(name).orElse(null);
        if (kind == null) {
            found.add(null, "只能部署 BPMN（.bpmn）、DMN（.dmn）和 Camunda 表单（.form）文件");
            return;
        }
        switch (kind) {
            case BPMN -> {
                Document document = xml(bytes, found);
                if (document != null) {
                    checkBpmn(document.getDocumentElement(), found);
                }
            }
            case DMN -> {
                Document document = xml(bytes, found);
                if (document != null) {
                    checkDmn(document.getDocumentElement(), null, found);
                }
            }
            case FORM -> checkForm(bytes, found);
        }
    }

    private static Document xml(byte[] bytes, Problems found) {
        if (DOCTYPE.matcher(new String(bytes, StandardCharsets.UTF_8)).find()) {
            found.add(null, "文件声明了 DOCTYPE（不允许 DTD 和外部实体）");
            return null;
        }
        try {
            return parser().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            found.add(null, "文件不是格式正确的 XML（第 " + e.getLineNumber() + " 行：" + e.getMessage() + "）");
        } catch (SAXException | IOException e) {
            found.add(null, "文件不是格式正确的 XML（" + e.getMessage() + "）");
        }
        return null;
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkBpmn(Element element, Problems found) {
        String name = element.getLocalName();
        if ("scriptTask".equals(name)) {
            found.add(element, "脚本任务不允许（脚本以应用的权限运行）");
        } else if ("script".equals(name) && CAMUNDA_NS.equals(element.getNamespaceURI())) {
            found.add(element, "脚本（camunda:script）不允许");
        } else if ("startEvent".equals(name) && element.getParentNode() instanceof Element parent
                && "process".equals(parent.getLocalName()) && child(element, "timerEventDefinition")) {
            found.add(element, "定时开始事件不允许（流程会在没有发起权限的情况下自动启动）；请改为由系统或有权限的用户发起");
        } else if ("constraint".equals(name) && "validator".equals(element.getAttribute("name"))
                && !element.getAttribute("config").startsWith("${")) {
            checkClass(element, element.getAttribute("config"), found);
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if ("scriptFormat".equals(attributeName) || "resource".equals(attributeName)
                    && CAMUNDA_NS.equals(attribute.getNamespaceURI())) {
                found.add(element, "脚本（" + attribute.getName() + "）不允许");
            } else if ("language".equals(attributeName) && !attribute.getValue().isBlank()
                    && !JUEL.contains(attribute.getValue().strip().toLowerCase(Locale.ROOT))) {
                found.add(element, "脚本语言「" + attribute.getValue() + "」的条件不允许，只能使用 ${…} 表达式");
            } else if (CLASS_ATTRIBUTES.contains(attributeName) && CAMUNDA_NS.equals(attribute.getNamespaceURI())) {
                checkClass(element, attribute.getValue(), found);
            }
            checkExpressions(element, attribute.getValue(), found);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                checkBpmn(childElement, found);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkExpressions(element, child.getNodeValue(), found);
            }
        }
    }

    private void checkDmn(Element element, String inheritedLanguage, Problems found) {
        String language = element.hasAttribute("expressionLanguage")
                ? element.getAttribute("expressionLanguage").strip().toLowerCase(Locale.ROOT) : inheritedLanguage;
        if (element.hasAttribute("expressionLanguage") && !FEEL.contains(language) && !JUEL.contains(language)) {
            found.add(element, "表达式语言「" + element.getAttribute("expressionLanguage")
                    + "」不允许（脚本以应用的权限运行），只能使用 FEEL 或 JUEL");
        }
        if (DMN_EXPRESSIONS.contains(element.getLocalName()) && language != null && JUEL.contains(language)) {
            checkExpression(element, element.getTextContent(), found);
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkExpressions(element, attributes.item(i).getNodeValue(), found);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                checkDmn(childElement, language, found);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkExpressions(element, child.getNodeValue(), found);
            }
        }
    }

    private static void checkForm(byte[] bytes, Problems found) {
        JsonNode form;
        try {
            form = JSON.readTree(bytes);
        } catch (IOException e) {
            found.add(null, "表单不是格式正确的 JSON");
            return;
        }
        if (form == null || !form.isObject() || !form.path("id").isTextual() || form.path("id").asText().isBlank()
                || !form.path("components").isArray()) {
            found.add(null, "不是 Camunda 表单（需要含 id 和 components 的 JSON 对象，可用 Camunda Modeler 生成）");
        }
    }

    private static void checkClass(Element element, String className, Problems found) {
        String name = className.strip();
        int dot = name.lastIndexOf('.');
        boolean allowed = false;
        if (dot > 0 && DELEGATE_PACKAGES.contains(name.substring(0, dot))) {
            try {
                Class<?> type = Class.forName(name, false, ModelCheck.class.getClassLoader());
                allowed = JavaDelegate.class.isAssignableFrom(type) || TaskListener.class.isAssignableFrom(type)
                        || ExecutionListener.class.isAssignableFrom(type);
            } catch (ClassNotFoundException | LinkageError e) {
                allowed = false;
            }
        }
        if (!allowed) {
            found.add(element, "类「" + printable(name) + "」不允许：只能使用 PolicyFlow 自己的委托类（"
                    + String.join("、", DELEGATE_PACKAGES.stream().sorted().toList())
                    + " 包中的 JavaDelegate、TaskListener 或 ExecutionListener）");
        }
    }

    /** Every ${…} and #{…} in a text. */
    private void checkExpressions(Element element, String text, Problems found) {
        if (text == null) {
            return;
        }
        for (int start = next(text, 0); start >= 0; start = next(text, start + 2)) {
            int end = closing(text, start + 2);
            checkExpression(element, text.substring(start + 2, end), found);
        }
    }

    private static int next(String text, int from) {
        int dollar = text.indexOf("${", from);
        int hash = text.indexOf("#{", from);
        return dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
    }

    /** Where the expression opened before {@code from} ends (string literals and nested braces skipped). */
    private static int closing(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfString(text, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int endOfString(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i;
            }
        }
        return text.length() - 1;
    }

    /**
     * One JUEL expression (without ${}): its root identifiers must not name a bean other than the allowed ones, and
     * no member (a.b, a.b(), a['b']) may lead to classes, reflection or the engine.
     */
    private void checkExpression(Element element, String expression, Problems found) {
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfString(expression, i);
                if (previous(expression, i) == '[') {
                    checkMember(element, expression.substring(i + 1, end), found);
                }
                i = end;
            } else if (Character.isDigit(c)) {
                while (i + 1 < expression.length() && (Character.isLetterOrDigit(expression.charAt(i + 1))
                        || expression.charAt(i + 1) == '.')) {
                    i++;
                }
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < expression.length() && Character.isJavaIdentifierPart(expression.charAt(end))) {
                    end++;
                }
                String identifier = expression.substring(i, end);
                if (previous(expression, i) == '.') {
                    checkMember(element, identifier, found);
                } else if (!KEYWORDS.contains(identifier)) {
                    checkMember(element, identifier, found);
                    if (beans.isApplicationBean(identifier) && !beans.allows(identifier)) {
                        found.add(element, "表达式引用了应用内部对象「" + identifier + "」；模型只能引用流程变量和 "
                                + String.join("、", beans.names()));
                    }
                }
                i = end - 1;
            }
        }
    }

    private static void checkMember(Element element, String member, Problems found) {
        if (ModelExpressionManager.FORBIDDEN_MEMBERS.contains(member)) {
            found.add(element, "表达式不允许访问「" + printable(member) + "」（类、反射和流程引擎本身不对模型开放）");
        }
    }

    private static char previous(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static boolean child(Element element, String localName) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement && localName.equals(childElement.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String text) {
        String plain = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return plain.length() > 200 ? plain.substring(0, 200) + "…" : plain;
    }

    private static String message(List<String> problems) {
        List<String> listed = problems.size() > MAX_LISTED ? problems.subList(0, MAX_LISTED) : problems;
        String more = problems.size() > MAX_LISTED ? "\n……另有 " + (problems.size() - MAX_LISTED) + " 处问题" : "";
        return "模型未通过检查，未部署任何内容（共 " + problems.size() + " 处问题）：\n" + String.join("\n", listed) + more;
    }

    /** Problems of one resource, each named by resource and the id of the nearest element that has one. */
    private record Problems(String resource, List<String> all) {

        void add(Element element, String what) {
            String id = null;
            for (Node node = element; node instanceof Element e && id == null; node = node.getParentNode()) {
                id = e.hasAttribute("id") ? e.getAttribute("id") : null;
            }
            String problem = resource + (id == null ? "" : "（元素 " + printable(id) + "）") + "：" + what;
            if (!all.contains(problem)) {
                all.add(problem);
            }
        }
    }
}
