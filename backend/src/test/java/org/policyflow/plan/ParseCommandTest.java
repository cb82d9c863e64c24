package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code parse} command as {@code PolicyFlowApplication.main} runs it, without Spring. */
class ParseCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int parse(Path file) {
        return ParseCommand.run(new String[] {"parse", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheSeedPlanAsJson() throws IOException {
        assertThat(parse(SeedPlanReaderTest.SEED)).isZero();
        assertThat(stderr()).isEmpty();
        JsonNode plan = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(plan.get("docNumber").asText()).isEqualTo("苏府办〔2025〕77号");
        assertThat(plan.get("published").asText()).isEqualTo("2025-07-28");
        assertThat(plan.get("year").asInt()).isEqualTo(2025);
        assertThat(plan.get("sections")).hasSize(6);
        assertThat(plan.get("sections").get(0).get("label").asText()).isEqualTo("一、");
        JsonNode items = plan.get("items");
        assertThat(items).hasSize(18);
        JsonNode first = items.get(0);
        for (String field : new String[] {"number", "label", "section", "title", "text", "lead", "supporting",
                "implementers", "targets", "responsibilityNote"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("lead").get("id").asText()).isEqualTo("market-regulation");
        assertThat(first.get("lead").get("name").asText()).isEqualTo("市市场监管局");
        JsonNode target = first.get("targets").get(0);
        assertThat(target.get("value").isIntegralNumber()).isTrue();
        assertThat(target.get("value").asLong()).isEqualTo(60000);
        assertThat(target.get("unit").asText()).isEqualTo("人");
        assertThat(target.get("comparator").asText()).isEqualTo("AT_LEAST");
        assertThat(target.has("deadline")).isTrue();
        assertThat(plan.get("warnings").get(0).get("line").asInt()).isEqualTo(34);
    }

    @Test
    void aWordFileAPdfAndAGbkTextPrintTheSameJsonAsTheText() throws IOException {
        assertThat(parse(SeedPlanReaderTest.SEED)).isZero();
        String expected = out.toString(StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(expected).get("items").get(0).get("lead").get("writtenAs").asText())
                .isEqualTo("市市场监管局");
        String seed = Files.readString(SeedPlanReaderTest.SEED);
        Path pdf = dir.resolve("方案.pdf");
        try (var in = ParseCommandTest.class.getResourceAsStream("/plans/seed.pdf")) {
            Files.write(pdf, in.readAllBytes());
        }
        // the name says nothing: a Word file called .txt is read as Word
        for (Path file : List.of(Files.write(dir.resolve("方案.txt"), PlanDocuments.docx(seed)), pdf,
                Files.write(dir.resolve("gbk.txt"), seed.getBytes(java.nio.charset.Charset.forName("GBK"))))) {
            out.reset();
            assertThat(parse(file)).as(file.toString()).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(expected);
        }
    }

    @Test
    void anItemWithoutNoteHasANullLead() throws IOException {
        Path file = dir.resolve("plan.txt");
        Files.writeString(file, "测试方案\n一、任务\n（一）推进某项工作。\n");
        assertThat(parse(file)).isZero();
        JsonNode item = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("items").get(0);
        assertThat(item.get("lead").isNull()).isTrue();
        assertThat(item.get("responsibilityNote").isNull()).isTrue();
    }

    @Test
    void missingFile() {
        assertThat(parse(dir.resolve("missing.txt"))).isEqualTo(1);
        assertThat(stderr()).contains("找不到文件");
        assertThat(out.size()).isZero();
    }

    @Test
    void emptyBinaryNotAPlanAndTooLarge() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("plan.txt"), new byte[] {'P', 'D', 'F', 0, 1, 2, (byte) 0xff});
        Path brokenPdf = Files.write(dir.resolve("plan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', 0, 1, 2, (byte) 0xff});
        Path prose = Files.writeString(dir.resolve("prose.txt"), "今天天气很好。\n我们去公园散步。\n");
        Path large = Files.write(dir.resolve("large.txt"), new byte[20 * 1024 * 1024]);
        assertThat(parse(empty)).isEqualTo(1);
        assertThat(parse(binary)).isEqualTo(1);
        assertThat(parse(brokenPdf)).isEqualTo(1);
        assertThat(parse(prose)).isEqualTo(1);
        assertThat(parse(large)).isEqualTo(1);
        assertThat(stderr()).contains("为空", "二进制", "不是有效的 PDF 文件", "未找到编号的工作事项", "过大");
        assertThat(out.size()).isZero();
    }

    @Test
    void wrongUsage() {
        assertThat(ParseCommand.run(new String[] {"parse"}, new PrintStream(out), new PrintStream(err))).isEqualTo(2);
        assertThat(err.toString()).contains("parse FILE");
    }
}
